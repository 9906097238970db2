package interactions_test

import (
	"encoding/json"
	"slices"
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
// through the same pipeline as the gateway: an answer carries 👍 and 👎
// naming its command, 👎 asks why ephemerally, and the reason clicked is
// recorded with the command; a decline's 👎 is recorded against its
// question.
func TestFeedbackButtons(t *testing.T) {
	rec := &recordtest.Recorder{}
	f := newFixture(t, func(h *commands.Handler, _ *interactions.Options) { h.Recorder = rec })
	resp, raw := f.answer(f.payload(discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter")))
	if resp.Data == nil {
		t.Fatalf("no answer: %s", raw)
	}
	var down string
	for _, id := range buttonIDs(t, resp.Data.Components) {
		if strings.HasPrefix(id, "fb:down:who:") {
			down = id
		}
	}
	if down == "" {
		t.Fatalf("no 👎 naming /who on the answer: %s", raw)
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
	if _, fb := rec.Take(); len(fb) != 1 || fb[0].Rating != store.RatingDown || fb[0].Reason != store.ReasonWrong ||
		fb[0].Facts[0] != "mark-porter" || fb[0].Command != "who" || fb[0].GuildID != discordtest.FixtureGuildID {
		t.Errorf("recorded %+v, want one 👎 wrong on mark-porter from /who", fb)
	}

	// A decline's 👎 names /ask and the interaction that asked, and is
	// recorded at once against that question.
	const asked = "1180471205112430900"
	resp, raw = f.answer(f.payload(discordtest.InteractionWho, func(m map[string]any) {
		m["id"] = asked
		m["data"] = map[string]any{"id": discordtest.FixtureCommandID, "name": "ask", "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": "what is the capital of france?"}}}
	}))
	qs, _ := rec.Take()
	if resp.Data == nil || len(qs) != 1 || qs[0].RequestID != asked || qs[0].Outcome != store.OutcomeNotFound {
		t.Fatalf("the unanswerable /ask recorded %+v: %s", qs, raw)
	}
	decline := "nf:down:ask:" + asked
	if ids := buttonIDs(t, resp.Data.Components); !slices.Contains(ids, decline) {
		t.Fatalf("the decline's buttons %q lack %s", ids, decline)
	}
	press(decline)
	if _, fb := rec.Take(); len(fb) != 1 || fb[0].Rating != store.RatingDown || fb[0].QuestionID != asked || fb[0].Command != "ask" || len(fb[0].Facts) != 0 {
		t.Errorf("recorded %+v, want one 👎 on the question %s from /ask", fb, asked)
	}
}
