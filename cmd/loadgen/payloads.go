package main

import (
	"bytes"
	"crypto/ed25519"
	"embed"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"strconv"
	"time"
)

// The recorded interactions: copies of internal/discordtest's fixtures, since
// an embed pattern cannot reach another package's directory.
//
//go:embed payloads/*.json
var recorded embed.FS

// payload is one signed request and the start of the answer it must get.
type payload struct {
	kind   string // who, ask, autocomplete, button
	body   []byte
	header http.Header
	want   []byte // prefix of a correct bot answer
}

// buildPayloads makes n distinct interactions from the recorded ones, with
// fresh ids and tokens, cycling through the mix.
func buildPayloads(n int) ([]payload, error) {
	// The mix: what users ask, the autocomplete calls that typing a name
	// costs, and a "Show quotes" button, cycled in the proportions below.
	whoNames := []string{"Mark Porter", "Jeremy Hunt", "Steve Barclay", "Robert Laurenson", "BMA", "Vivek Trivedi"}
	questions := []string{
		"when did the five-day strike start?", "who is Mark Porter?", "what did the Ipsos Mori poll find?",
		"how many appointments were cancelled?", "why did junior doctors strike in 2023?", "where did doctors picket?",
	}
	partials := []string{"Jer", "porter", "bma", "st", "", "tri"}
	quoteIDs := []string{"mark-porter", "jeremy-hunt", "steve-barclay", "robert-laurenson"}
	load := func(name string) (map[string]any, error) {
		raw, err := recorded.ReadFile("payloads/" + name + ".json")
		if err != nil {
			return nil, fmt.Errorf("recorded payload %s: %w", name, err)
		}
		var m map[string]any
		d := json.NewDecoder(bytes.NewReader(raw))
		d.UseNumber()
		if err := d.Decode(&m); err != nil {
			return nil, fmt.Errorf("recorded payload %s: %w", name, err)
		}
		return m, nil
	}
	out := make([]payload, 0, n)
	for i := range n {
		var (
			m    map[string]any
			err  error
			kind string
			want = `{"type":4,`
		)
		switch i % 10 {
		case 0, 1, 2: // /who
			kind = "who"
			if m, err = load("interaction_who"); err == nil {
				setOption(m, "name", whoNames[i%len(whoNames)])
			}
		case 3, 4, 5: // /ask
			kind = "ask"
			if m, err = load("interaction_who"); err == nil {
				m["data"] = map[string]any{"id": "1180470558240784446", "name": "ask", "type": 1,
					"options": []any{map[string]any{"name": "question", "type": 3, "value": questions[i%len(questions)]}}}
			}
		case 6, 7, 8: // autocomplete of /who's name
			kind, want = "autocomplete", `{"type":8,`
			if m, err = load("interaction_autocomplete_who"); err == nil {
				setOption(m, "name", partials[i%len(partials)])
			}
		default: // the "Show quotes" button
			kind = "button"
			if m, err = load("interaction_button"); err == nil {
				m["data"].(map[string]any)["custom_id"] = "quotes:" + quoteIDs[i%len(quoteIDs)]
			}
		}
		if err != nil {
			return nil, err
		}
		m["id"] = strconv.FormatInt(1180471205112430642+int64(i), 10)
		m["token"] = fmt.Sprintf("aW50ZXJhY3Rpb246bG9hZGdlbi%06d", i)
		if member, ok := m["member"].(map[string]any); ok {
			// Different users, as in a busy server.
			member["user"].(map[string]any)["id"] = strconv.FormatInt(80351110224678912+int64(i%97), 10)
		}
		body, err := json.Marshal(m)
		if err != nil {
			return nil, fmt.Errorf("encode payload: %w", err)
		}
		out = append(out, payload{kind: kind, body: body, want: []byte(want)})
	}
	return out, nil
}

func setOption(m map[string]any, name string, value any) {
	data := m["data"].(map[string]any)
	for _, o := range data["options"].([]any) {
		if om := o.(map[string]any); om["name"] == name {
			om["value"] = value
		}
	}
}

// sign (re)signs every payload at ts: the endpoint refuses timestamps more
// than five minutes old, so each run signs afresh, outside its timing.
func sign(ps []payload, priv ed25519.PrivateKey, ts time.Time) {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	for i := range ps {
		sig := ed25519.Sign(priv, append([]byte(stamp), ps[i].body...))
		h := http.Header{}
		h.Set("Content-Type", "application/json")
		h.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
		h.Set("X-Signature-Timestamp", stamp)
		ps[i].header = h
	}
}
