package commands

import (
	"context"
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/knowledge"
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

// TestSlowCheckDefersPrivately: a message command slower than DeferAfter is
// acknowledged ephemerally, so the private check never shows in public.
func TestSlowCheckDefersPrivately(t *testing.T) {
	release := make(chan struct{})
	slow := Command{Name: "Slow check", Type: MessageCommand, Description: "waits",
		Run: func(context.Context, Request) (Reply, error) {
			<-release
			return Reply{Title: "done", Ephemeral: true}, nil
		}}
	h := &Handler{Bot: New(loadRenderBase(t), slow), DeferAfter: time.Millisecond}
	d := newRecordingDeliverer()
	done := make(chan error, 1)
	go func() {
		done <- h.Serve(context.Background(), Request{Kind: KindCommand, Command: "Slow check", UserID: "u"}, d)
	}()
	d.waitResponded(t)
	close(release)
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if len(d.responses) != 1 || d.responses[0].Type != RespondDeferred || len(d.edits) != 1 {
		t.Fatalf("responses %+v edits %+v, want one deferral and one edit", d.responses, d.edits)
	}
	r := RenderResponse(d.responses[0])
	if r.Data == nil || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("deferral %+v, want ephemeral", r)
	}
	if r := RenderResponse(Response{Type: RespondDeferred}); r.Data != nil {
		t.Errorf("a public command's deferral %+v, want no data", r)
	}
}

// TestCheckRepliesAreSpecValid: the check, its shared post and the
// ephemeral acknowledgement are bodies Discord's OpenAPI spec accepts for
// the interaction callback, even for a message of many long claims.
func TestCheckRepliesAreSpecValid(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t))}
	long := strings.Repeat("the 2016 strike started at 9am and "+strings.Repeat("very ", 60)+"many junior doctors went on strike. ", 8)
	check := h.Handle(context.Background(), checkRequest(long))
	if len(check.Reply.Buttons) != 1 {
		t.Fatalf("no share button: %+v", check.Reply)
	}
	share := h.Handle(context.Background(), Request{Kind: KindComponent, CustomID: check.Reply.Buttons[0].CustomID, ChannelID: "200"})
	for name, resp := range map[string]Response{
		"check": check, "share": share,
		"deferral": {Type: RespondDeferred, Reply: Reply{Ephemeral: true}},
	} {
		body, err := json.Marshal(RenderResponse(resp))
		if err != nil {
			t.Fatal(err)
		}
		if err := discordtest.ValidateRequestBody("POST", "/api/v10/interactions/1/tok/callback", "application/json", body); err != nil {
			t.Errorf("%s: %s: %v", name, body, err)
		}
		if e := Embed(resp.Reply); resp.Type == RespondReply && embedSize(e, strLen) > limitEmbedTotal {
			t.Errorf("%s: embed of %d characters", name, embedSize(e, strLen))
		}
	}
	if n := len(Embed(check.Reply).Fields); n != len(check.Reply.Fields) || n != knowledge.MaxClaims {
		t.Errorf("the check's embed kept %d of its %d claims' fields, want %d", n, len(check.Reply.Fields), knowledge.MaxClaims)
	}
}

// checkGoldenDir holds the rendered checks: testdata/golden-check/<slug>.
const checkGoldenDir = "../golden-check/"

// TestGoldenChecks renders the message command on recorded messages, as text
// and as Discord's JSON, against golden files (go test -run GoldenChecks
// -update rewrites them).
func TestGoldenChecks(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t))}
	for _, msg := range []string{
		"apparently the BMA wants 35%",
		"lol, the 2016 strike started at 9am and 57% of the public supported the doctors",
		"a quarter of the public supported the doctors in 2016. Mark Porter was health secretary",
		"the Ipsos Mori poll was for ITV",
		"who is mark porter?",
	} {
		t.Run(slug(msg), func(t *testing.T) {
			r := h.Handle(context.Background(), checkRequest(msg))
			js, err := json.MarshalIndent(RenderResponse(r), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, checkGoldenDir+slug(msg)+".txt", []byte(Text(r.Reply)))
			golden(t, checkGoldenDir+slug(msg)+".json", append(js, '\n'))
		})
	}
}
