package interactions_test

import (
	"bytes"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/json"
	"net/http"
	"net/http/httptest"
	"strconv"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/interactions"
)

// benchEndpoint is the endpoint over the embedded fact base, called
// in-process (no sockets) so the figures are the endpoint's own cost.
func benchEndpoint(b *testing.B) (http.Handler, ed25519.PrivateKey, *discordtest.Server) {
	b.Helper()
	// A fixed key: verifying takes some thousands of instructions more or
	// less with each key (it is variable-time), and instruction counts must
	// compare between runs.
	priv := benchKey(1)
	pub := priv.Public().(ed25519.PublicKey)
	h := &commands.Handler{Bot: commands.New(loadBase(b))}
	// One signed body is sent many times: the replay check would refuse all
	// but the first.
	return interactions.New(interactions.Options{PublicKey: pub, Handler: h, Now: func() time.Time { return now }, RememberIDs: -1}), priv, discordtest.New(b)
}

// benchKey is a fixed private key, one for each seed byte.
func benchKey(seed byte) ed25519.PrivateKey {
	return ed25519.NewKeyFromSeed(bytes.Repeat([]byte{seed}, ed25519.SeedSize))
}

func benchPayload(b *testing.B, fake *discordtest.Server, name string, mutate func(map[string]any)) []byte {
	b.Helper()
	m := fake.Fixture(name)
	if mutate != nil {
		mutate(m)
	}
	body, err := json.Marshal(m)
	if err != nil {
		b.Fatal(err)
	}
	return body
}

func runInteraction(b *testing.B, h http.Handler, priv ed25519.PrivateKey, body []byte, want int) {
	b.Helper()
	hdr := signed(priv, now, body)
	b.ReportAllocs()
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	b.RunParallel(func(pb *testing.PB) {
		for pb.Next() {
			r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(body))
			r.Header = hdr.Clone()
			w := httptest.NewRecorder()
			h.ServeHTTP(w, r)
			if w.Code != want {
				b.Fatalf("status %d, want %d: %s", w.Code, want, w.Body)
			}
		}
	})
}

func BenchmarkInteractionPing(b *testing.B) {
	h, priv, _ := benchEndpoint(b)
	runInteraction(b, h, priv, []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`), http.StatusOK)
}

func BenchmarkInteractionWho(b *testing.B) {
	h, priv, fake := benchEndpoint(b)
	runInteraction(b, h, priv, benchPayload(b, fake, discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter")), http.StatusOK)
}

func BenchmarkInteractionAsk(b *testing.B) {
	h, priv, fake := benchEndpoint(b)
	body := benchPayload(b, fake, discordtest.InteractionWho, func(m map[string]any) {
		m["data"] = map[string]any{"id": "1", "name": "ask", "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": "when did the five-day strike start?"}}}
	})
	runInteraction(b, h, priv, body, http.StatusOK)
}

func BenchmarkInteractionAutocomplete(b *testing.B) {
	h, priv, fake := benchEndpoint(b)
	runInteraction(b, h, priv, benchPayload(b, fake, discordtest.InteractionAutocompleteWho, nil), http.StatusOK)
}

func BenchmarkInteractionButton(b *testing.B) {
	h, priv, fake := benchEndpoint(b)
	body := benchPayload(b, fake, discordtest.InteractionButton, func(m map[string]any) {
		m["data"].(map[string]any)["custom_id"] = "quotes:mark-porter"
	})
	runInteraction(b, h, priv, body, http.StatusOK)
}

// BenchmarkInteractionBadSignature is the cost of refusing a forged request,
// which is what an attacker can make the endpoint spend.
func BenchmarkInteractionBadSignature(b *testing.B) {
	h, _, fake := benchEndpoint(b)
	other := benchKey(2)
	runInteraction(b, h, other, benchPayload(b, fake, discordtest.InteractionWho, nil), http.StatusUnauthorized)
}

// BenchmarkVerify is Ed25519 verification alone over a typical signed
// message: the ceiling of any endpoint's throughput.
func BenchmarkVerify(b *testing.B) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := append([]byte(strconv.FormatInt(now.Unix(), 10)), bytes.Repeat([]byte("x"), 2000)...)
	sig := ed25519.Sign(priv, msg)
	b.ReportAllocs()
	b.ResetTimer()
	for b.Loop() {
		if !ed25519.Verify(pub, msg, sig) {
			b.Fatal("signature does not verify")
		}
	}
}
