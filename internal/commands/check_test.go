package commands

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// checkRequest is the message command run on a message saying text.
func checkRequest(text string) Request {
	return Request{Kind: KindCommand, ID: "3", Command: CheckCommand, UserID: "u1",
		GuildID: "100", ChannelID: "200", TargetID: "300", TargetText: text}
}

// TestCheckCommand runs the message command through the pipeline and
// presses its share button.
func TestCheckCommand(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t))}
	resp := h.Handle(context.Background(), checkRequest("lol, apparently the BMA wants 35%. And the 2016 strike started at 9am!"))
	r := resp.Reply
	if resp.Type != RespondReply || !r.Ephemeral || resp.Outcome != OutcomeAnswered {
		t.Fatalf("check: %+v, want an ephemeral answer", resp)
	}
	if len(r.Fields) != 2 {
		t.Fatalf("fields %+v, want one per claim", r.Fields)
	}
	for i, want := range []struct{ name, value string }{
		{"Only as someone's words: “the BMA wants 35%”", "002_27ed4c5538eb03e9.txt:24"},
		{"Contradicted: “the 2016 strike started at 9am”", "8am, not 9am"},
	} {
		if !strings.Contains(r.Fields[i].Name, want.name) || !strings.Contains(r.Fields[i].Value, want.value) {
			t.Errorf("field %d = %+v, want %q with %q", i, r.Fields[i], want.name, want.value)
		}
	}
	if !strings.Contains(r.Fields[0].Value, "Steve Barclay") {
		t.Errorf("the 35%% claim must say whose words: %q", r.Fields[0].Value)
	}
	if !strings.Contains(r.Text, "https://discord.com/channels/100/200/300") {
		t.Errorf("text %q lacks the link to the checked message", r.Text)
	}
	if len(r.Buttons) != 1 || r.Buttons[0].Label != "Share in channel" {
		t.Fatalf("buttons %+v, want Share in channel", r.Buttons)
	}
	id := r.Buttons[0].CustomID
	if len(id) > limitCustomID || !strings.HasPrefix(id, customShare+"300:") {
		t.Fatalf("custom id %q", id)
	}
	rendered := Render(r)
	if rendered.Flags != discordgo.MessageFlagsEphemeral || len(rendered.Components) != 1 {
		t.Fatalf("rendered %+v, want ephemeral with one button row", rendered)
	}

	press := Request{Kind: KindComponent, ID: "4", CustomID: id, UserID: "u2", GuildID: "100", ChannelID: "200"}
	shared := h.Handle(context.Background(), press)
	s := shared.Reply
	if shared.Type != RespondReply || s.Ephemeral || shared.Outcome != OutcomeAnswered {
		t.Fatalf("share: %+v, want a public reply", shared)
	}
	if len(s.Fields) != 2 || !strings.Contains(s.Fields[0].Value, "002_27ed4c5538eb03e9.txt") ||
		!strings.Contains(s.Fields[0].Value, "Steve Barclay") || !strings.Contains(s.Fields[1].Name, "Contradicted") {
		t.Errorf("shared fields %+v", s.Fields)
	}
	if len(s.Buttons) != 0 || len(Components(s)) != 0 {
		t.Errorf("the shared post has no buttons: %+v", s.Buttons)
	}
	if !strings.Contains(s.Text, "https://discord.com/channels/100/200/300") {
		t.Errorf("shared text %q lacks the link", s.Text)
	}
}

// TestCheckCommandReplies covers the replies without claims.
func TestCheckCommandReplies(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t))}
	for _, tc := range []struct{ text, title string }{
		{"", "Nothing to check"},
		{"   ", "Nothing to check"},
		{"lol what a week", "No claims to check"},
		{"who is mark porter?", "No claims to check"},
	} {
		r := h.Handle(context.Background(), checkRequest(tc.text)).Reply
		if r.Title != tc.title || !r.Ephemeral || len(r.Buttons) != 0 {
			t.Errorf("check %q: %+v, want %q, ephemeral, no button", tc.text, r, tc.title)
		}
	}
}

// TestShareExpired: a share button naming a fact no longer in the base, or
// garbled, expires politely.
func TestShareExpired(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t))}
	for _, id := range []string{"share:300:sno-such-fact", "share:300:", "share:300", "share:300:xfigure-35-percent", "share:300:s"} {
		resp := h.Handle(context.Background(), button(id))
		if resp.Outcome != OutcomeExpired {
			t.Errorf("%q: outcome %s, want expired", id, resp.Outcome)
		}
	}
}

// TestShareIDFits: however many claims, the custom id fits Discord's 100
// characters and names at least the first.
func TestShareIDFits(t *testing.T) {
	b := New(loadRenderBase(t))
	msg := strings.Repeat("57% of the public supported the doctors. 651,000 procedures were rescheduled. ", 5)
	claims := b.Base().Check(msg)
	id, ok := shareID("123456789012345678901", claims)
	if !ok || len(id) > limitCustomID || strings.Count(id, ",") >= len(claims) {
		t.Fatalf("shareID = %q (%d chars), %v", id, len(id), ok)
	}
}

// TestCheckRegistration: the message command registers as type 3 with an
// empty description, in every context and for both installs.
func TestCheckRegistration(t *testing.T) {
	b := New(loadRenderBase(t))
	i := slices.IndexFunc(b.ApplicationCommands(), func(c *discordgo.ApplicationCommand) bool { return c.Name == CheckCommand })
	if i < 0 {
		t.Fatal("the message command is not registered")
	}
	c := b.ApplicationCommands()[i]
	raw, err := json.Marshal(c)
	if err != nil {
		t.Fatal(err)
	}
	var got struct {
		Type        int    `json:"type"`
		Description string `json:"description"`
		Contexts    []int  `json:"contexts"`
		Installs    []int  `json:"integration_types"`
		Options     []any  `json:"options"`
	}
	if err := json.Unmarshal(raw, &got); err != nil {
		t.Fatal(err)
	}
	if got.Type != 3 || got.Description != "" || !slices.Equal(got.Contexts, []int{0, 1, 2}) || !slices.Equal(got.Installs, []int{0, 1}) || len(got.Options) != 0 || len(CheckCommand) > 32 {
		t.Fatalf("registered %s", raw)
	}
	help := b.help()
	if !slices.ContainsFunc(help.Fields, func(f Field) bool { return f.Name == "Apps › "+CheckCommand }) {
		t.Errorf("/help lacks the message command: %+v", help.Fields)
	}
}
