package interactions_test

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/interactions"
)

// countingObserver counts the requests the pipeline saw.
type countingObserver struct{ outcomes []string }

func (c *countingObserver) Observe(_, outcome string, _ time.Duration) {
	c.outcomes = append(c.outcomes, outcome)
}

// TestReplayRefused: the same signed request, sent again within its window,
// is refused with 409 and never reaches the pipeline, so it is neither
// answered twice nor charged to the user's rate limit.
func TestReplayRefused(t *testing.T) {
	obs := &countingObserver{}
	f := newFixture(t, func(h *commands.Handler, _ *interactions.Options) {
		h.Metrics = obs
		h.Limiter = commands.NewRateLimiter(2, time.Hour, func() time.Time { return now })
	})
	withID := func(id string) []byte {
		return f.payload(discordtest.InteractionWho, func(m map[string]any) { m["id"] = id })
	}
	first := withID("1180471205112430001")
	if r := f.post(first); r.status != http.StatusOK {
		t.Fatalf("first delivery: status %d %s", r.status, r.body)
	}
	for i := range 3 {
		// Byte for byte the same request, and the same interaction signed
		// again a second later: both are the interaction already received.
		h := signed(f.priv, now.Add(time.Duration(i)*time.Second), first)
		r := f.do(http.MethodPost, h, bytes.NewReader(first))
		var e struct{ Error string }
		_ = json.Unmarshal(r.body, &e)
		if r.status != http.StatusConflict || e.Error != "interaction already received" {
			t.Fatalf("replay %d: status %d %s, want 409 interaction already received", i, r.status, r.body)
		}
	}
	// The user's second question of a burst of two is still answered, not
	// rate-limited: the replays cost nothing.
	resp, raw := f.answer(withID("1180471205112430002"))
	if resp.Data == nil || len(resp.Data.Embeds) != 1 || strings.Contains(string(raw), "faster than I can answer") {
		t.Errorf("second question: %s", raw)
	}
	if len(obs.outcomes) != 2 || obs.outcomes[0] != commands.OutcomeAnswered || obs.outcomes[1] != commands.OutcomeAnswered {
		t.Errorf("pipeline saw %v, want two answered requests", obs.outcomes)
	}
}

// TestReplayNotPoisoned: a request that fails a check does not claim its
// interaction id, so Discord's genuine request with that id is answered.
func TestReplayNotPoisoned(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionWho, nil)
	_, otherKey, _ := ed25519.GenerateKey(nil)
	for name, h := range map[string]http.Header{
		"forged": signed(otherKey, now, body),
		"stale":  signed(f.priv, now.Add(-time.Hour), body),
	} {
		if r := f.do(http.MethodPost, h, bytes.NewReader(body)); r.status != http.StatusUnauthorized {
			t.Fatalf("%s: status %d, want 401", name, r.status)
		}
	}
	if r := f.post(body); r.status != http.StatusOK {
		t.Errorf("genuine request after refused ones: status %d %s", r.status, r.body)
	}
}

// TestPingRepeated: PING has no effect to repeat; Discord's endpoint check
// is answered every time.
func TestPingRepeated(t *testing.T) {
	f := newFixture(t, nil)
	ping := []byte(`{"id":"1180471205112430642","application_id":"1180469395290865704","type":1,"token":"x","version":1}`)
	for i := range 2 {
		if r := f.post(ping); r.status != http.StatusOK || string(r.body) != `{"type":1}` {
			t.Errorf("PING %d: %d %s", i, r.status, r.body)
		}
	}
}

// TestTimestampMalformed: a timestamp that is not unix seconds is refused
// as malformed (401, since it cannot be Discord's signature), never as
// "too far from now", even when it is correctly signed.
func TestTimestampMalformed(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionWho, nil)
	for _, stamp := range []string{"yesterday", "1700000000.5", "+1700000000", "-1700000000", "1e9", "99999999999999999999", "0x6553F100"} {
		t.Run(stamp, func(t *testing.T) {
			h := signed(f.priv, now, body)
			h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(stamp), body...))))
			h.Set("X-Signature-Timestamp", stamp)
			r := f.do(http.MethodPost, h, bytes.NewReader(body))
			var e struct{ Error string }
			_ = json.Unmarshal(r.body, &e)
			if r.status != http.StatusUnauthorized || !strings.Contains(e.Error, "malformed signature timestamp") {
				t.Errorf("status %d %q, want 401 malformed signature timestamp", r.status, e.Error)
			}
		})
	}
	// A well-formed but old timestamp is the other reason.
	r := f.do(http.MethodPost, signed(f.priv, now.Add(-time.Hour), body), bytes.NewReader(body))
	if !strings.Contains(string(r.body), "too far from now") {
		t.Errorf("stale timestamp: %d %s", r.status, r.body)
	}
}

// TestReplayConcurrent: of many copies of one signed request arriving at
// once, exactly one is answered.
func TestReplayConcurrent(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionWho, nil)
	h := signed(f.priv, now, body)
	const n = 16
	statuses := make(chan int, n)
	for range n {
		go func() {
			req, _ := http.NewRequest(http.MethodPost, f.srv.URL+"/interactions", bytes.NewReader(body))
			req.Header = h.Clone()
			resp, err := f.srv.Client().Do(req)
			if err != nil {
				statuses <- 0
				return
			}
			resp.Body.Close()
			statuses <- resp.StatusCode
		}()
	}
	count := map[int]int{}
	for range n {
		count[<-statuses]++
	}
	if count[http.StatusOK] != 1 || count[http.StatusConflict] != n-1 {
		t.Errorf("statuses %v, want one 200 and %d 409s", count, n-1)
	}
}
