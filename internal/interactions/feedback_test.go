package interactions_test

import (
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/interactions"
	"github.com/strikebot/strikebot/internal/store"
	"github.com/strikebot/strikebot/internal/store/recordtest"
)

// buttonIDs are the custom ids of a response's buttons.
func buttonIDs(t *testing.T, rows []json.RawMessage) []string {
	t.Helper()
	var ids []string
	for _, raw := range rows {
		var row struct {
			Components []struct {
				CustomID string `json:"custom_id"`
			} `json:"components"`
		}
		if err := json.Unmarshal(raw, &row); err != nil {
			t.Fatal(err)
		}
		for _, c := range row.Components {
			ids = append(ids, c.CustomID)
		}
	}
	return ids
}

// TestFeedbackButtons: the HTTP endpoint routes the feedback buttons
// through the same pipeline as the gateway: an answer carries 👍 and 👎,
// 👎 asks why ephemerally, and the reason clicked is recorded.
func TestFeedbackButtons(t *testing.T) {
	rec := &recordtest.Recorder{}
	f := newFixture(t, func(h *commands.Handler, _ *interactions.Options) { h.Recorder = rec })
	resp, raw := f.answer(f.payload(discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter")))
	if resp.Data == nil {
		t.Fatalf("no answer: %s", raw)
	}
	var down string
	for _, id := range buttonIDs(t, resp.Data.Components) {
		if strings.HasPrefix(id, "fb:down:") {
			down = id
		}
	}
	if down == "" {
		t.Fatalf("no 👎 on the answer: %s", raw)
	}
	clicks := 0
	press := func(customID string) (interactionResponse, []byte) {
		t.Helper()
		clicks++
		resp, raw := f.answer(f.payload(discordtest.InteractionButton, func(m map[string]any) {
			m["id"] = strconv.Itoa(1180471205112431000 + clicks) // each click its own interaction
			m["data"].(map[string]any)["custom_id"] = customID
		}))
		if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
			t.Fatalf("%s: want an ephemeral message, got %s", customID, raw)
		}
		return resp, raw
	}
	why, raw := press(down)
	reasons := buttonIDs(t, why.Data.Components)
	if len(reasons) != 4 || !strings.HasPrefix(reasons[0], "fb:wrong:") {
		t.Fatalf("👎 offered %q: %s", reasons, raw)
	}
	press(reasons[0])
	if _, fb := rec.Recorded(); len(fb) != 1 || fb[0].Rating != store.RatingDown || fb[0].Reason != store.ReasonWrong ||
		fb[0].Facts[0] != "mark-porter" || fb[0].GuildID != discordtest.FixtureGuildID {
		t.Errorf("recorded %+v, want one 👎 wrong on mark-porter", fb)
	}
}
