package interactions

import (
	"context"
	"encoding/json"
	"testing"

	strikedata "github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// BenchmarkParts splits what the endpoint does beyond verifying a signature
// into its parts, for each kind of request loadgen sends: decoding the
// verified body into the pipeline's request, answering it through
// commands.Handler (the fact base's work), and rendering and encoding the
// response. Run with -cpu 1 -benchmem; the sum of a kind's parts is what it
// costs the endpoint more than a bare endpoint that verifies and answers a
// canned reply.
func BenchmarkParts(b *testing.B) {
	base, err := knowledge.Load(strikedata.FS())
	if err != nil {
		b.Fatal(err)
	}
	h := &commands.Handler{Bot: commands.New(base)}
	fake := discordtest.New(b)
	body := func(name string, mutate func(map[string]any)) []byte {
		m := fake.Fixture(name)
		mutate(m)
		raw, err := json.Marshal(m)
		if err != nil {
			b.Fatal(err)
		}
		return raw
	}
	ask := func(q string) func(map[string]any) {
		return func(m map[string]any) {
			m["data"] = map[string]any{"id": "1", "name": "ask", "type": 1,
				"options": []any{map[string]any{"name": "question", "type": 3, "value": q}}}
		}
	}
	kinds := []struct {
		name string
		body []byte
	}{
		{"who", body(discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter"))},
		// Three of loadgen's six questions: one the fact base answers
		// quickly, two it spends much longer on.
		{"ask-start", body(discordtest.InteractionWho, ask("when did the five-day strike start?"))},
		{"ask-porter", body(discordtest.InteractionWho, ask("who is Mark Porter?"))},
		{"ask-cancelled", body(discordtest.InteractionWho, ask("how many appointments were cancelled?"))},
		{"autocomplete", body(discordtest.InteractionAutocompleteWho, discordtest.SetOption("name", "porter"))},
		{"button", body(discordtest.InteractionButton, func(m map[string]any) {
			m["data"].(map[string]any)["custom_id"] = "quotes:mark-porter"
		})},
	}
	ctx := context.Background()
	for _, k := range kinds {
		var in interaction
		if err := unmarshal(k.body, &in); err != nil {
			b.Fatal(err)
		}
		req := in.request()
		resp := h.Handle(ctx, req)
		if resp.Outcome != commands.OutcomeAnswered {
			b.Fatalf("%s: outcome %q", k.name, resp.Outcome)
		}
		b.Run(k.name+"/decode", func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(k.body)))
			for b.Loop() {
				var in interaction
				if err := unmarshal(k.body, &in); err != nil {
					b.Fatal(err)
				}
				_ = in.request()
			}
		})
		b.Run(k.name+"/answer", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				h.Handle(ctx, req)
			}
		})
		b.Run(k.name+"/encode", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf, err := encode(commands.RenderResponse(resp))
				if err != nil {
					b.Fatal(err)
				}
				release(buf)
			}
		})
	}
}
