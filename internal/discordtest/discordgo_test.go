package discordtest

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// These tests drive the fake with a real discordgo.Session. They change
// discordgo's package-level endpoints, so none of them runs in parallel.

const testIntents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

func testCtx(t *testing.T) context.Context {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// events collects what a session's handlers received.
type events struct {
	ready        chan *discordgo.Ready
	resumed      chan *discordgo.Resumed
	interactions chan *discordgo.InteractionCreate
	messages     chan *discordgo.MessageCreate
}

// newSession creates a discordgo session against s with handlers that feed
// ev, without opening it.
func newSession(t *testing.T, s *Server, token string) (*discordgo.Session, *events) {
	t.Helper()
	UseEndpoints(t, s.APIURL())
	dg, err := discordgo.New("Bot " + token)
	if err != nil {
		t.Fatal(err)
	}
	dg.Identify.Intents = testIntents
	ev := &events{
		ready:        make(chan *discordgo.Ready, 10),
		resumed:      make(chan *discordgo.Resumed, 10),
		interactions: make(chan *discordgo.InteractionCreate, 10),
		messages:     make(chan *discordgo.MessageCreate, 10),
	}
	dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { ev.ready <- r })
	dg.AddHandler(func(_ *discordgo.Session, r *discordgo.Resumed) { ev.resumed <- r })
	dg.AddHandler(func(_ *discordgo.Session, i *discordgo.InteractionCreate) { ev.interactions <- i })
	dg.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { ev.messages <- m })
	return dg, ev
}

// openSession opens a discordgo session against s and closes it when the
// test ends.
func openSession(t *testing.T, s *Server) (*discordgo.Session, *events) {
	t.Helper()
	dg, ev := newSession(t, s, s.Token())
	if err := dg.Open(); err != nil {
		t.Fatalf("Open: %v", err)
	}
	t.Cleanup(func() { closeSession(dg) })
	return dg, ev
}

// closeSession closes dg for good. discordgo's heartbeat goroutine can race
// with Close (with short heartbeat intervals it may try one more heartbeat on
// the closing connection, fail and start reconnect()), which would leave a
// reconnect loop running after the test; turning ShouldReconnectOnError off
// first prevents that.
func closeSession(dg *discordgo.Session) {
	dg.Lock()
	dg.ShouldReconnectOnError = false
	dg.Unlock()
	_ = dg.Close()
}

// awaitFirstHeartbeat waits for the session's first heartbeat. discordgo
// sends it from a goroutine of its own; if that runs only after the test has
// made discordgo reconnect, the write fails on the old connection and
// discordgo answers by closing the new one with 1000, which ends the session
// (a race in discordgo that the gateway package guards against).
func awaitFirstHeartbeat(ctx context.Context, s *Server) {
	s.WaitHeartbeats(ctx, 1)
}

func recv[T any](t *testing.T, ctx context.Context, ch <-chan T, what string) T {
	t.Helper()
	select {
	case v := <-ch:
		return v
	case <-ctx.Done():
		t.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// safeHeartbeat is the shortest heartbeat interval these tests use.
// discordgo reconnects when no ACK has come for five intervals (counted
// from the last ACK, or from Open), so 100 ms gave a loaded machine half
// a second to read an ACK before discordgo closed a healthy session.
const safeHeartbeat = time.Second

func TestOpenIdentifyReady(t *testing.T) {
	s := New(t, WithHeartbeatInterval(safeHeartbeat))
	ctx := testCtx(t)
	dg, ev := openSession(t, s)

	id := s.WaitIdentify(ctx)
	if id.Intents != int64(testIntents) || !id.HasIntents {
		t.Errorf("IDENTIFY intents = %d, want %d", id.Intents, testIntents)
	}
	if id.Token != "Bot "+s.Token() {
		t.Errorf("IDENTIFY token = %q", id.Token)
	}
	if !id.Compress {
		t.Errorf("discordgo did not ask for compression")
	}
	if id.Properties["$os"] == nil && id.Properties["os"] == nil {
		t.Errorf("IDENTIFY properties = %v", id.Properties)
	}
	s.WaitReady(ctx)
	r := recv(t, ctx, ev.ready, "READY")
	if r.SessionID == "" || r.SessionID != s.SessionID() {
		t.Errorf("READY session %q, server session %q", r.SessionID, s.SessionID())
	}
	if r.User == nil || r.User.ID != s.BotUserID() || !r.User.Bot {
		t.Errorf("READY user = %+v", r.User)
	}
	if r.Application == nil || r.Application.ID != s.ApplicationID() {
		t.Errorf("READY application = %+v", r.Application)
	}
	if dg.State.User == nil || dg.State.User.ID != s.BotUserID() {
		t.Errorf("session state user = %+v", dg.State.User)
	}
	if s.Connections() != 1 || len(s.Identifies()) != 1 {
		t.Errorf("connections %d, identifies %d", s.Connections(), len(s.Identifies()))
	}
	// Heartbeats are acknowledged: discordgo keeps sending them.
	s.WaitHeartbeats(ctx, 3)

	// REST basics.
	u, err := dg.User("@me")
	if err != nil || u.ID != s.BotUserID() || !u.Bot {
		t.Errorf("User(@me) = %+v, %v", u, err)
	}
	app, err := dg.Application("@me")
	if err != nil || app.ID != s.ApplicationID() {
		t.Errorf("Application(@me) = %+v, %v", app, err)
	}
	gw, err := dg.GatewayBot()
	if err != nil || gw.Shards != 1 || !strings.HasPrefix(gw.URL, "ws://127.0.0.1:") || gw.SessionStartLimit.Remaining != 999 {
		t.Errorf("GatewayBot() = %+v, %v", gw, err)
	}
	for _, r := range s.Requests() {
		if r.ValidationError != nil || r.Unexpected {
			t.Errorf("request %s %s: validation %v, unexpected %v", r.Method, r.Path, r.ValidationError, r.Unexpected)
		}
	}
}

func TestInteractionRoundTrip(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	dg, ev := openSession(t, s)
	s.WaitReady(ctx)

	id := s.SendInteraction(InteractionWho, nil)
	ic := recv(t, ctx, ev.interactions, "INTERACTION_CREATE")
	if ic.ID != id || ic.Token == "" || ic.Type != discordgo.InteractionApplicationCommand {
		t.Fatalf("interaction = %+v", ic.Interaction)
	}
	if ic.GuildID != FixtureGuildID || ic.ChannelID != FixtureChannelID || ic.AppID != s.ApplicationID() {
		t.Errorf("guild %q channel %q app %q", ic.GuildID, ic.ChannelID, ic.AppID)
	}
	if ic.Member == nil || ic.Member.User == nil || ic.Member.User.ID != FixtureUserID || ic.User != nil {
		t.Errorf("member %+v user %+v", ic.Member, ic.User)
	}
	data := ic.ApplicationCommandData()
	if data.Name != "who" || data.ID != FixtureCommandID || len(data.Options) != 1 || data.Options[0].StringValue() != "Jeremy Hunt" {
		t.Errorf("data = %+v", data)
	}
	if ic.Context != discordgo.InteractionContextGuild || ic.AppPermissions == 0 {
		t.Errorf("context %v, app permissions %d", ic.Context, ic.AppPermissions)
	}

	err := dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseChannelMessageWithSource,
		Data: &discordgo.InteractionResponseData{Content: "Jeremy Hunt was Health Secretary.", Flags: discordgo.MessageFlagsEphemeral},
	})
	if err != nil {
		t.Fatalf("InteractionRespond: %v", err)
	}
	resp := s.WaitInteractionResponse(ctx, id)
	d, _ := resp["data"].(map[string]any)
	if resp["type"] != int64(4) || d["content"] != "Jeremy Hunt was Health Secretary." || d["flags"] != int64(64) {
		t.Errorf("response = %v", resp)
	}
	r := s.WaitRequest(ctx, func(r Request) bool { return strings.HasSuffix(r.Path, "/callback") })
	if r.ValidationError != nil || r.Status != http.StatusNoContent || r.Operation != "POST /interactions/{interaction_id}/{interaction_token}/callback" {
		t.Errorf("callback request: status %d, operation %q, validation %v", r.Status, r.Operation, r.ValidationError)
	}

	// A second response is refused, as by Discord.
	err = dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Message == nil || rerr.Message.Code != 40060 {
		t.Errorf("second response: %v", err)
	}

	// Edit the original response and send a follow-up.
	edited := "Jeremy Hunt was Health Secretary in 2016."
	msg, err := dg.InteractionResponseEdit(ic.Interaction, &discordgo.WebhookEdit{Content: &edited})
	if err != nil || msg.Content != edited || msg.ChannelID != FixtureChannelID {
		t.Errorf("InteractionResponseEdit = %+v, %v", msg, err)
	}
	if e := s.WaitInteractionEdit(ctx, id); e["content"] != edited {
		t.Errorf("edit = %v", e)
	}
	if orig, ok := s.OriginalResponse(id); !ok || orig["content"] != edited {
		t.Errorf("original = %v", orig)
	}
	fu, err := dg.FollowupMessageCreate(ic.Interaction, true, &discordgo.WebhookParams{Content: "More in the articles."})
	if err != nil || fu.ID == "" || fu.Content != "More in the articles." {
		t.Errorf("FollowupMessageCreate = %+v, %v", fu, err)
	}
	if f := s.WaitFollowup(ctx, id); f["content"] != "More in the articles." {
		t.Errorf("follow-up = %v", f)
	}
	if _, err := dg.FollowupMessageEdit(ic.Interaction, fu.ID, &discordgo.WebhookEdit{Content: &edited}); err != nil {
		t.Errorf("FollowupMessageEdit: %v", err)
	}
	if len(s.WebhookCalls()) != 3 {
		t.Errorf("webhook calls = %+v", s.WebhookCalls())
	}
	if u := s.Unexpected(); len(u) != 0 {
		t.Errorf("unexpected requests: %+v", u)
	}
}

func TestInteractionFixtures(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	dg, ev := openSession(t, s)
	s.WaitReady(ctx)

	// DM: user set, no member, context 1 (BOT_DM).
	s.SendInteraction(InteractionWhoDM, SetOption("name", "Pat Cullen"))
	ic := recv(t, ctx, ev.interactions, "DM interaction")
	if ic.Member != nil || ic.User == nil || ic.User.ID != FixtureUserID || ic.GuildID != "" || ic.ChannelID != FixtureDMChannelID {
		t.Errorf("DM interaction member %+v user %+v guild %q channel %q", ic.Member, ic.User, ic.GuildID, ic.ChannelID)
	}
	if ic.Context != discordgo.InteractionContextBotDM || ic.ApplicationCommandData().Options[0].StringValue() != "Pat Cullen" {
		t.Errorf("DM interaction context %v data %+v", ic.Context, ic.ApplicationCommandData())
	}

	// Autocomplete: type 4 with a focused option; answer with choices.
	acID := s.SendInteraction(InteractionAutocompleteWho, nil)
	ic = recv(t, ctx, ev.interactions, "autocomplete interaction")
	opt := ic.ApplicationCommandData().Options[0]
	if ic.Type != discordgo.InteractionApplicationCommandAutocomplete || !opt.Focused || opt.StringValue() != "Jer" {
		t.Errorf("autocomplete type %v option %+v", ic.Type, opt)
	}
	err := dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Jeremy Hunt", Value: "jeremy-hunt"}}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if r := s.WaitInteractionResponse(ctx, acID); r["type"] != int64(8) {
		t.Errorf("autocomplete response = %v", r)
	}

	// Button: type 3 with custom_id and the message it is on; update it.
	btnID := s.SendInteraction(InteractionButton, nil)
	ic = recv(t, ctx, ev.interactions, "button interaction")
	cd := ic.MessageComponentData()
	if ic.Type != discordgo.InteractionMessageComponent || cd.CustomID != "fact:jeremy-hunt" || cd.ComponentType != discordgo.ButtonComponent {
		t.Errorf("button type %v data %+v", ic.Type, cd)
	}
	if ic.Message == nil || ic.Message.ID != FixtureButtonMessageID || ic.Message.Author == nil || ic.Message.Author.ID != s.BotUserID() {
		t.Errorf("button message = %+v", ic.Message)
	}
	err = dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{
		Type: discordgo.InteractionResponseUpdateMessage,
		Data: &discordgo.InteractionResponseData{Content: "Jeremy Hunt: more facts", Components: []discordgo.MessageComponent{}},
	})
	if err != nil {
		t.Fatal(err)
	}
	s.WaitInteractionResponse(ctx, btnID)
	if orig, ok := s.OriginalResponse(btnID); !ok || orig["id"] != FixtureButtonMessageID || orig["content"] != "Jeremy Hunt: more facts" {
		t.Errorf("updated message = %v", orig)
	}
}

func TestMessages(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	dg, ev := openSession(t, s)
	s.WaitReady(ctx)

	id := s.SendMessage(MessageCreateDM, nil)
	m := recv(t, ctx, ev.messages, "DM message")
	if m.ID != id || m.ChannelID != FixtureDMChannelID || m.GuildID != "" || m.Author.ID != FixtureUserID || m.Author.Bot || m.Content == "" {
		t.Errorf("DM message = %+v", m.Message)
	}
	if _, err := dg.ChannelMessageSendReply(m.ChannelID, "The 2016 strike began on 26 April.", m.Reference()); err != nil {
		t.Fatalf("ChannelMessageSendReply: %v", err)
	}
	body := s.WaitChannelMessage(ctx, FixtureDMChannelID)
	ref, _ := body["message_reference"].(map[string]any)
	if body["content"] != "The 2016 strike began on 26 April." || ref["message_id"] != id {
		t.Errorf("reply = %v", body)
	}

	s.SendMessage(MessageCreateMention, nil)
	m = recv(t, ctx, ev.messages, "mention")
	if m.GuildID != FixtureGuildID || len(m.Mentions) != 1 || m.Mentions[0].ID != s.BotUserID() || !strings.Contains(m.Content, "<@"+s.BotUserID()+">") {
		t.Errorf("mention = %+v", m.Message)
	}
	s.SendMessage(MessageCreateBot, func(m map[string]any) { m["content"] = "beep" })
	m = recv(t, ctx, ev.messages, "bot message")
	if !m.Author.Bot || m.Author.ID != FixtureOtherBotID || m.Content != "beep" {
		t.Errorf("bot message = %+v", m.Message)
	}

	// Files go as multipart; the payload_json part is validated and returned.
	_, err := dg.ChannelMessageSendComplex(FixtureChannelID, &discordgo.MessageSend{
		Content: "attached",
		Files:   []*discordgo.File{{Name: "facts.txt", ContentType: "text/plain", Reader: strings.NewReader("facts")}},
	})
	if err != nil {
		t.Fatal(err)
	}
	if b := s.WaitChannelMessage(ctx, FixtureChannelID); b["content"] != "attached" {
		t.Errorf("multipart message = %v", b)
	}
	r := s.WaitRequest(ctx, func(r Request) bool { return len(r.Files) > 0 })
	if r.Files[0].Name != "facts.txt" || string(r.Files[0].Data) != "facts" || r.ValidationError != nil {
		t.Errorf("file = %+v, validation %v", r.Files[0], r.ValidationError)
	}
	if n := len(s.ChannelMessages(FixtureDMChannelID)); n != 1 {
		t.Errorf("%d messages in the DM channel", n)
	}

	// DM channel, typing, edit, reaction, delete.
	ch, err := dg.UserChannelCreate(FixtureUserID)
	if err != nil || ch.ID != FixtureDMChannelID || ch.Type != discordgo.ChannelTypeDM {
		t.Errorf("UserChannelCreate = %+v, %v", ch, err)
	}
	if err := dg.ChannelTyping(FixtureDMChannelID); err != nil {
		t.Errorf("ChannelTyping: %v", err)
	}
	sent, err := dg.ChannelMessageSend(FixtureChannelID, "draft")
	if err != nil {
		t.Fatal(err)
	}
	if ed, err := dg.ChannelMessageEdit(FixtureChannelID, sent.ID, "final"); err != nil || ed.Content != "final" || ed.EditedTimestamp == nil {
		t.Errorf("ChannelMessageEdit = %+v, %v", ed, err)
	}
	if err := dg.MessageReactionAdd(FixtureChannelID, sent.ID, "👍"); err != nil {
		t.Errorf("MessageReactionAdd: %v", err)
	}
	if err := dg.ChannelMessageDelete(FixtureChannelID, sent.ID); err != nil {
		t.Errorf("ChannelMessageDelete: %v", err)
	}
	if _, ok := s.Message(sent.ID); ok {
		t.Error("deleted message still there")
	}
	for _, r := range s.Requests() {
		if r.ValidationError != nil || r.Unexpected {
			t.Errorf("request %s %s: validation %v, unexpected %v", r.Method, r.Path, r.ValidationError, r.Unexpected)
		}
	}
}

func TestCommandRegistration(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	UseEndpoints(t, s.APIURL())
	dg, err := discordgo.New("Bot " + s.Token())
	if err != nil {
		t.Fatal(err)
	}
	perm := int64(discordgo.PermissionSendMessages)
	cmds := []*discordgo.ApplicationCommand{
		{Name: "who", Description: "Who is someone in the strikes?", DefaultMemberPermissions: &perm, Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "Their name", Required: true, Autocomplete: true},
		}},
		{Name: "when", Description: "When did something happen?"},
	}
	got, err := dg.ApplicationCommandBulkOverwrite(s.ApplicationID(), "", cmds)
	if err != nil {
		t.Fatalf("bulk overwrite: %v", err)
	}
	if len(got) != 2 || got[0].ID == "" || got[0].ApplicationID != s.ApplicationID() || got[0].DefaultMemberPermissions == nil || *got[0].DefaultMemberPermissions != perm {
		t.Errorf("returned %+v", got[0])
	}
	reg := s.WaitCommands(ctx, "")
	if len(reg) != 2 || reg[0]["name"] != "who" || reg[1]["name"] != "when" {
		t.Errorf("registered = %v", reg)
	}
	// Overwriting again keeps the ids of commands with the same name.
	again, err := dg.ApplicationCommandBulkOverwrite(s.ApplicationID(), "", cmds[:1])
	if err != nil || len(again) != 1 || again[0].ID != got[0].ID {
		t.Errorf("second overwrite = %+v, %v", again, err)
	}
	// Guild commands are kept apart.
	if _, err := dg.ApplicationCommandBulkOverwrite(s.ApplicationID(), FixtureGuildID, cmds[1:]); err != nil {
		t.Fatal(err)
	}
	if g := s.WaitCommands(ctx, FixtureGuildID); len(g) != 1 || g[0]["guild_id"] != FixtureGuildID {
		t.Errorf("guild commands = %v", g)
	}
	list, err := dg.ApplicationCommands(s.ApplicationID(), "")
	if err != nil || len(list) != 1 {
		t.Errorf("ApplicationCommands = %v, %v", list, err)
	}
	// Another application's commands are not ours.
	if _, err := dg.ApplicationCommandBulkOverwrite("1", "", cmds); err == nil {
		t.Error("overwrite for a foreign application succeeded")
	}
	if len(s.Unexpected()) != 1 {
		t.Errorf("unexpected = %+v", s.Unexpected())
	}
}

// recorderTB captures Errorf so that a test can assert that the fake failed
// the test it was given.
type recorderTB struct {
	testing.TB
	mu   sync.Mutex
	errs []string
}

func (r *recorderTB) Errorf(format string, args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprintf(format, args...))
}

func (r *recorderTB) Error(args ...any) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.errs = append(r.errs, fmt.Sprint(args...))
}

func (r *recorderTB) errors() []string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return append([]string(nil), r.errs...)
}

func TestInvalidBodiesFailTheTest(t *testing.T) {
	rec := &recorderTB{TB: t}
	s := New(rec)
	ctx := testCtx(t)
	dg, ev := openSession(t, s)
	s.WaitReady(ctx)

	_, err := dg.ApplicationCommandBulkOverwrite(s.ApplicationID(), "", []*discordgo.ApplicationCommand{
		{Name: strings.Repeat("w", 200), Description: "far too long a name"},
	})
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != http.StatusBadRequest || rerr.Message.Code != 50035 {
		t.Errorf("invalid overwrite: err = %v", err)
	}
	errs := rec.errors()
	if len(errs) != 1 || !strings.Contains(errs[0], "PUT /api/v9/applications/"+s.ApplicationID()+"/commands") ||
		!strings.Contains(errs[0], "maxLength") || !strings.Contains(errs[0], strings.Repeat("w", 200)) {
		t.Fatalf("recorded errors = %q", errs)
	}
	if len(s.Commands("")) != 0 {
		t.Error("an invalid overwrite was stored")
	}

	// An interaction callback of an unknown type.
	s.SendInteraction(InteractionWho, nil)
	ic := recv(t, ctx, ev.interactions, "interaction")
	if err := dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: 99}); err == nil {
		t.Error("callback type 99 accepted")
	}
	errs = rec.errors()
	if len(errs) != 2 || !strings.Contains(errs[1], "/callback") || !strings.Contains(errs[1], `"type":99`) {
		t.Fatalf("recorded errors = %q", errs)
	}

	// A request for an operation the spec does not have.
	if _, err := dg.Request("POST", discordgo.EndpointAPI+"strikes/picket-lines", map[string]any{"where": "St Thomas'"}); err == nil {
		t.Error("unknown endpoint succeeded")
	}
	errs = rec.errors()
	if len(errs) != 3 || !strings.Contains(errs[2], "no operation POST /strikes/picket-lines") {
		t.Fatalf("recorded errors = %q", errs)
	}
	if u := s.Unexpected(); len(u) != 1 || u[0].Path != "/api/v9/strikes/picket-lines" {
		t.Errorf("unexpected = %+v", u)
	}
}

func TestWrongToken(t *testing.T) {
	s := New(t, WithToken("the-right-token"))
	ctx := testCtx(t)
	dg, _ := newSession(t, s, "a-wrong-token")
	err := dg.Open()
	var ce *websocket.CloseError
	if !errors.As(err, &ce) || ce.Code != CloseAuthenticationFailed {
		t.Fatalf("Open = %v, want close 4004", err)
	}
	if codes := s.ServerCloseCodes(); len(codes) != 1 || codes[0] != 4004 {
		t.Errorf("server close codes = %v", codes)
	}
	if id := s.WaitIdentify(ctx); id.Token != "Bot a-wrong-token" {
		t.Errorf("identify token %q", id.Token)
	}
	if s.Readies() != 0 {
		t.Error("READY sent for a wrong token")
	}
	// REST answers 401.
	_, err = dg.User("@me")
	var rerr *discordgo.RESTError
	if !errors.As(err, &rerr) || rerr.Response.StatusCode != http.StatusUnauthorized {
		t.Errorf("User(@me) with a wrong token: %v", err)
	}
}

func TestDropConnectionResumesAndReplays(t *testing.T) {
	s := New(t, WithHeartbeatInterval(safeHeartbeat))
	ctx := testCtx(t)
	_, ev := openSession(t, s)
	s.WaitReady(ctx)
	awaitFirstHeartbeat(ctx, s)
	recv(t, ctx, ev.ready, "READY")

	s.SendMessage(MessageCreateDM, func(m map[string]any) { m["content"] = "before" })
	if m := recv(t, ctx, ev.messages, "message before the drop"); m.Content != "before" {
		t.Fatalf("got %q", m.Content)
	}
	seqBefore := s.Sequence()
	session := s.SessionID()

	s.DropConnection()
	// Sent while the bot is away: must be replayed on RESUME.
	s.SendMessage(MessageCreateDM, func(m map[string]any) { m["content"] = "while away" })

	r := s.WaitResume(ctx)
	if !r.Accepted || r.SessionID != session || r.Seq != seqBefore || !r.OnResumeURL {
		t.Errorf("RESUME = %+v, want session %s seq %d", r, session, seqBefore)
	}
	if m := recv(t, ctx, ev.messages, "replayed message"); m.Content != "while away" {
		t.Errorf("replayed %q", m.Content)
	}
	recv(t, ctx, ev.resumed, "RESUMED")
	s.WaitReadyN(ctx, 2)
	if n := len(s.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1 (resumed)", n)
	}
	// The resumed connection receives new dispatches.
	s.SendMessage(MessageCreateDM, func(m map[string]any) { m["content"] = "after" })
	if m := recv(t, ctx, ev.messages, "message after the resume"); m.Content != "after" {
		t.Errorf("got %q", m.Content)
	}
	if s.Connections() != 2 {
		t.Errorf("%d connections", s.Connections())
	}
}

func TestReconnectOpcode(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	_, ev := openSession(t, s)
	s.WaitReady(ctx)
	awaitFirstHeartbeat(ctx, s)
	s.SendReconnect()
	if r := s.WaitResume(ctx); !r.Accepted || !r.OnResumeURL {
		t.Errorf("RESUME after op 7 not accepted on the resume URL: %+v", r)
	}
	recv(t, ctx, ev.resumed, "RESUMED")
	if codes := s.ClientCloseCodes(); len(codes) != 1 || codes[0] != websocket.CloseServiceRestart {
		t.Errorf("client close codes = %v, want [1012]", codes)
	}
}

// TestInvalidSessionReidentifies: discordgo's master answers op 9 false by
// closing with 1012 and identifying again, on a new connection to the first
// URL.
func TestInvalidSessionReidentifies(t *testing.T) {
	s := New(t)
	ctx := testCtx(t)
	_, ev := openSession(t, s)
	s.WaitReady(ctx)
	awaitFirstHeartbeat(ctx, s)
	first := recv(t, ctx, ev.ready, "READY")
	s.SendInvalidSession(false)
	s.WaitIdentifyN(ctx, 2)
	second := recv(t, ctx, ev.ready, "second READY")
	if second.SessionID == first.SessionID || second.SessionID != s.SessionID() {
		t.Errorf("sessions %s then %s, server %s", first.SessionID, second.SessionID, s.SessionID())
	}
	if s.Connections() != 2 || len(s.Resumes()) != 0 {
		t.Errorf("%d connections, resumes %+v: want a new connection and no RESUME", s.Connections(), s.Resumes())
	}
	if codes := s.ClientCloseCodes(); len(codes) != 1 || codes[0] != websocket.CloseServiceRestart {
		t.Errorf("client close codes = %v, want [1012]", codes)
	}
}

func TestFailNextAndInteractionDeadline(t *testing.T) {
	s := New(t, WithInteractionDeadline(time.Nanosecond))
	ctx := testCtx(t)
	dg, ev := openSession(t, s)
	s.WaitReady(ctx)

	path := "/channels/" + FixtureChannelID + "/messages"
	s.FailNext("POST", path, 403, `{"message":"boom","code":50013}`)
	if _, err := dg.ChannelMessageSend(FixtureChannelID, "first"); err == nil || !strings.Contains(err.Error(), "boom") {
		t.Errorf("injected failure: %v", err)
	}
	if _, err := dg.ChannelMessageSend(FixtureChannelID, "second"); err != nil {
		t.Errorf("rule used twice: %v", err)
	}
	// discordgo retries a 5xx three times: one failure passes, four do not.
	s.FailNext("POST", path, 503, "")
	if _, err := dg.ChannelMessageSend(FixtureChannelID, "retried"); err != nil {
		t.Errorf("one 503: %v", err)
	}
	for range 4 {
		s.FailNext("POST", path, 500, "")
	}
	if _, err := dg.ChannelMessageSend(FixtureChannelID, "given up"); err == nil {
		t.Error("four 500s: no error")
	}

	// A 429 as Discord sends it: discordgo reads retry_after from the body.
	s.FailNextRateLimited("POST", path, 1500*time.Millisecond, false)
	_, err := dg.ChannelMessageSend(FixtureChannelID, "limited", discordgo.WithRetryOnRatelimit(false))
	var rl *discordgo.RateLimitError
	if !errors.As(err, &rl) || rl.RetryAfter != 1500*time.Millisecond {
		t.Errorf("429: %v, want a RateLimitError with retry_after 1.5s", err)
	}
	reqs := s.Requests()
	if h := reqs[len(reqs)-1].Status; h != 429 {
		t.Errorf("status %d", h)
	}

	s.SendInteraction(InteractionWho, nil)
	ic := recv(t, ctx, ev.interactions, "interaction")
	err = dg.InteractionRespond(ic.Interaction, &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	if err == nil || !strings.Contains(err.Error(), "10062") {
		t.Errorf("late response: %v", err)
	}
}
