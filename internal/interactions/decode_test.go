package interactions

import (
	"encoding/json"
	"reflect"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// recorded returns every recorded interaction, plus a modal submit and a
// context-menu command with resolved data, as JSON.
func recorded(t testing.TB) map[string][]byte {
	t.Helper()
	fake := discordtest.New(t)
	out := map[string][]byte{}
	for _, name := range discordtest.FixtureNames() {
		if !strings.HasPrefix(name, "interaction_") {
			continue
		}
		b, err := json.Marshal(fake.Fixture(name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = b
	}
	modal := fake.Fixture(discordtest.InteractionWho)
	modal["type"] = 5
	modal["data"] = map[string]any{"custom_id": "feedback", "components": []any{
		map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": "text", "value": "hello"}}},
	}}
	menu := fake.Fixture(discordtest.InteractionWho)
	menu["data"] = map[string]any{"id": "1", "name": "Ask strikebot", "type": 3, "target_id": "42",
		"resolved": map[string]any{"messages": map[string]any{"42": map[string]any{"id": "42", "content": "who is Mark Porter?", "channel_id": "7"}}}}
	for name, m := range map[string]map[string]any{"modal": modal, "message_menu": menu} {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = b
	}
	return out
}

// TestDecodeMatchesDiscordgo: the lean decoding gives the handler exactly
// what discordgo's would, but for the message under a button.
func TestDecodeMatchesDiscordgo(t *testing.T) {
	for name, body := range recorded(t) {
		t.Run(name, func(t *testing.T) {
			var want discordgo.Interaction
			if err := json.Unmarshal(body, &want); err != nil {
				t.Fatalf("discordgo: %v", err)
			}
			want.Message = nil
			got, err := decodeInteraction(body)
			if err != nil {
				t.Fatalf("decodeInteraction: %v", err)
			}
			if !reflect.DeepEqual(got, &want) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(&want)
				t.Errorf("decoded differently\n got: %s\nwant: %s", g, w)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, body := range []string{``, `nope`, `[]`, `{"type":"2"}`, `{"type":2,"data":[]}`, `{"type":2,"data":{"options":{}}}`, `{"type":1} x`} {
		if _, err := decodeInteraction([]byte(body)); err == nil {
			t.Errorf("%q: decoded without error", body)
		}
	}
}

// BenchmarkDecode compares discordgo's decoding with the lean one, per
// recorded interaction.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{discordtest.InteractionWho, discordtest.InteractionButton} {
		body := recorded(b)[name]
		b.Run(name+"/discordgo", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var i discordgo.Interaction
				if err := json.Unmarshal(body, &i); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/lean", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := decodeInteraction(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
