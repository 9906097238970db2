package interactions_test

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// TestMessageCommandOverHTTP runs "Check with the articles" from the
// recorded type-3 payload ("apparently the BMA wants 35% lol") through the
// HTTP endpoint: an ephemeral check citing article 002, whose share button,
// pressed, posts it publicly.
func TestMessageCommandOverHTTP(t *testing.T) {
	f := newFixture(t, nil)
	resp, raw := f.answer(f.payload(discordtest.InteractionMessageCommand, nil))
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("want one embed in a type 4 response, got %s", raw)
	}
	if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("the check must be ephemeral: %s", raw)
	}
	e := resp.Data.Embeds[0]
	if len(e.Fields) != 1 || !strings.Contains(e.Fields[0].Name, "someone's words") ||
		!strings.Contains(e.Fields[0].Value, "002_27ed4c5538eb03e9.txt:") || !strings.Contains(e.Fields[0].Value, "Barclay") {
		t.Fatalf("want the 35%% claim checked against 002_27ed4c5538eb03e9.txt, as Barclay's words: %s", raw)
	}
	if !strings.Contains(e.Description, "1180470911137366097") {
		t.Errorf("the check should link the checked message: %q", e.Description)
	}
	var rows []struct {
		Components []struct {
			Label    string `json:"label"`
			CustomID string `json:"custom_id"`
		} `json:"components"`
	}
	for _, c := range resp.Data.Components {
		var row struct {
			Components []struct {
				Label    string `json:"label"`
				CustomID string `json:"custom_id"`
			} `json:"components"`
		}
		if err := json.Unmarshal(c, &row); err != nil {
			t.Fatal(err)
		}
		rows = append(rows, row)
	}
	if len(rows) != 1 || len(rows[0].Components) != 1 || rows[0].Components[0].Label != "Share in channel" {
		t.Fatalf("want one Share in channel button: %s", raw)
	}
	id := rows[0].Components[0].CustomID

	shared, raw := f.answer(f.payload(discordtest.InteractionButton, func(m map[string]any) {
		m["data"].(map[string]any)["custom_id"] = id
		m["id"] = "1180471205112430701"
	}))
	if shared.Type != discordgo.InteractionResponseChannelMessageWithSource || shared.Data == nil || len(shared.Data.Embeds) != 1 {
		t.Fatalf("share: want one embed in a type 4 response, got %s", raw)
	}
	if shared.Data.Flags&discordgo.MessageFlagsEphemeral != 0 {
		t.Errorf("the shared check must be public: %s", raw)
	}
	if s := shared.Data.Embeds[0]; len(s.Fields) != 1 || !strings.Contains(s.Fields[0].Value, "002_27ed4c5538eb03e9.txt:") || !strings.Contains(s.Fields[0].Value, "Barclay") {
		t.Errorf("the shared check must cite 002_27ed4c5538eb03e9.txt: %s", raw)
	}
}
