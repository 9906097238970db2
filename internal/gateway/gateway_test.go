package gateway

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// These tests open real discordgo sessions against the fake Discord. They
// rewrite discordgo's package-level endpoints (discordapi.SetBaseURL), so none of them
// runs in parallel.

// heartbeat is the fake's heartbeat interval. discordgo reconnects when no
// ACK has come for five intervals, counted from HELLO, so an interval much
// shorter than a second makes a slow READY on a loaded machine look like a
// zombie connection.
const heartbeat = time.Second

var (
	baseOnce sync.Once
	base     *knowledge.Base
	baseErr  error
)

func loadBase(t *testing.T) *knowledge.Base {
	t.Helper()
	baseOnce.Do(func() { base, baseErr = knowledge.Load(data.FS()) })
	if baseErr != nil {
		t.Fatalf("load fact base: %v", baseErr)
	}
	return base
}

// testCtx bounds a test's waits. It loads the fact base first, as every
// gateway's handler needs it: loaded under the clock, it took most of the
// first test's 15 s on a loaded machine with -race, and that test timed out
// waiting for an answer the gateway was about to give.
func testCtx(t *testing.T) context.Context {
	loadBase(t)
	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// syncBuffer is a log destination safe for the gateway's goroutines, which
// tests can wait on.
type syncBuffer struct {
	mu     sync.Mutex
	b      bytes.Buffer
	notify chan struct{} // closed and replaced on every write
}

func newSyncBuffer() *syncBuffer { return &syncBuffer{notify: make(chan struct{})} }

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	close(s.notify)
	s.notify = make(chan struct{})
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// waitFor waits until the log contains substr.
func (s *syncBuffer) waitFor(t *testing.T, ctx context.Context, substr string) {
	t.Helper()
	for {
		s.mu.Lock()
		found, ch := strings.Contains(s.b.String(), substr), s.notify
		s.mu.Unlock()
		if found {
			return
		}
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("waiting for %q in the log: %v", substr, ctx.Err())
		}
	}
}

// recorder is an Observer that reports every change on a channel, so tests
// see readiness flip without polling.
type recorder struct{ events chan string }

func newRecorder() *recorder { return &recorder{events: make(chan string, 256)} }

func (r *recorder) SetGatewayReady(ready bool) {
	if ready {
		r.events <- "ready"
	} else {
		r.events <- "not ready"
	}
}

func (r *recorder) GatewayReconnected() { r.events <- "reconnected" }

// expect waits for the next observer events to be want, in order.
func (r *recorder) expect(t *testing.T, ctx context.Context, want ...string) {
	t.Helper()
	for _, w := range want {
		select {
		case got := <-r.events:
			if got != w {
				t.Fatalf("observer: got %q, want %q", got, w)
			}
		case <-ctx.Done():
			t.Fatalf("observer: waiting for %q: %v", w, ctx.Err())
		}
	}
}

// harness runs one Gateway against a fake Discord.
type harness struct {
	t    *testing.T
	srv  *discordtest.Server
	g    *Gateway
	obs  *recorder
	logs *syncBuffer

	cancel context.CancelFunc
	done   chan error
	once   sync.Once
	err    error
}

func start(t *testing.T, srv *discordtest.Server, apiURL string, o Options) *harness {
	t.Helper()
	discordapi.SetBaseURL(apiURL)
	t.Cleanup(func() { discordapi.SetBaseURL(discordapi.DefaultBaseURL) })
	h := &harness{t: t, srv: srv, obs: newRecorder(), logs: newSyncBuffer(), done: make(chan error, 1)}
	if o.Token == "" {
		o.Token = srv.Token()
	}
	if o.Handler == nil {
		o.Handler = &commands.Handler{Bot: commands.New(loadBase(t))}
	}
	o.Log = slog.New(slog.NewTextHandler(h.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	if o.Handler.Log == nil {
		o.Handler.Log = o.Log
	}
	o.Observer = h.obs
	g, err := New(o)
	if err != nil {
		t.Fatal(err)
	}
	h.g = g
	ctx, cancel := context.WithCancel(context.Background())
	h.cancel = cancel
	go func() { h.done <- g.Run(ctx) }()
	t.Cleanup(func() {
		h.stop()
		if t.Failed() {
			t.Logf("gateway log:\n%s", h.logs.String())
		}
	})
	return h
}

// stop cancels Run and returns its result.
func (h *harness) stop() error {
	h.t.Helper()
	h.once.Do(func() {
		h.cancel()
		h.err = h.wait()
	})
	return h.err
}

// wait waits for Run to return by itself.
func (h *harness) wait() error {
	h.t.Helper()
	select {
	case err := <-h.done:
		h.done <- err // keep it for stop
		return err
	case <-time.After(10 * time.Second):
		h.t.Fatal("Run did not return within 10s")
		return nil
	}
}

var citation = regexp.MustCompile(`\d{3}_[0-9a-f]{16}\.txt:\d+`)

func embeds(t *testing.T, data map[string]any) []map[string]any {
	t.Helper()
	raw, _ := data["embeds"].([]any)
	var out []map[string]any
	for _, e := range raw {
		m, _ := e.(map[string]any)
		out = append(out, m)
	}
	if len(out) == 0 {
		t.Fatalf("no embeds in %v", data)
	}
	return out
}

func embedText(e map[string]any) string {
	var b strings.Builder
	fmt.Fprint(&b, e["title"], "\n", e["description"], "\n")
	fields, _ := e["fields"].([]any)
	for _, f := range fields {
		fm, _ := f.(map[string]any)
		fmt.Fprint(&b, fm["name"], "\n", fm["value"], "\n")
	}
	return b.String()
}

func TestConnectIdentifyRegisterAnswer(t *testing.T) {
	// Enforce privileged intents as Discord does, with none granted.
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat), discordtest.WithPrivilegedIntents(0))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{})

	id := srv.WaitIdentify(ctx)
	if !id.HasIntents || id.Intents != int64(Intents) || Intents != 1|1<<9|1<<12 {
		t.Errorf("IDENTIFY intents = %d, want GUILDS|GUILD_MESSAGES|DIRECT_MESSAGES = %d", id.Intents, 1|1<<9|1<<12)
	}
	if id.Shard != nil {
		t.Errorf("one shard: IDENTIFY shard = %v, want none", id.Shard)
	}
	h.obs.expect(t, ctx, "ready")
	if !h.g.Ready() || h.g.ReadyCheck() != nil {
		t.Error("Ready() false after READY")
	}
	if h.g.ApplicationID() != srv.ApplicationID() {
		t.Errorf("application id %q, want %q from READY", h.g.ApplicationID(), srv.ApplicationID())
	}
	cmds := srv.WaitCommands(ctx, "")
	if len(cmds) != len(commands.New(loadBase(t)).Commands()) {
		t.Errorf("registered %d commands", len(cmds))
	}

	iid := srv.SendInteraction(discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter"))
	resp := srv.WaitInteractionResponse(ctx, iid)
	if resp["type"] != int64(4) {
		t.Fatalf("response type %v, want 4", resp["type"])
	}
	d, _ := resp["data"].(map[string]any)
	text := embedText(embeds(t, d)[0])
	if !strings.Contains(text, "Porter") || !citation.MatchString(text) {
		t.Errorf("/who Mark Porter answered without the answer or a file:line citation:\n%s", text)
	}
	if err := h.stop(); err != nil {
		t.Errorf("Run after cancel = %v, want nil", err)
	}
	if h.g.Ready() {
		t.Error("still ready after shutdown")
	}
	if got := srv.ClientCloseCodes(); len(got) == 0 || got[len(got)-1] != 1000 {
		t.Errorf("close codes sent %v, want a final 1000", got)
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1", n)
	}
}

func TestGuildRegistrationAndNoRegister(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	start(t, srv, srv.APIURL(), Options{GuildID: discordtest.FixtureGuildID})
	cmds := srv.WaitCommands(ctx, discordtest.FixtureGuildID)
	if len(cmds) == 0 {
		t.Fatal("no guild commands registered")
	}
	if len(srv.Commands("")) != 0 {
		t.Error("guild registration also wrote global commands")
	}

	srv2 := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	h2 := start(t, srv2, srv2.APIURL(), Options{NoRegister: true})
	srv2.WaitReady(ctx)
	// An interaction round trip after READY proves the READY handler ran
	// (handlers run in order), so registration would have started by now.
	iid := srv2.SendInteraction(discordtest.InteractionWho, nil)
	srv2.WaitInteractionResponse(ctx, iid)
	_ = h2.stop()
	for _, r := range srv2.Requests() {
		if strings.Contains(r.Path, "/commands") {
			t.Errorf("NoRegister: %s %s", r.Method, r.Path)
		}
	}
}

// TestRegistrationRetries: a registration that fails with a server error is
// retried; one refused with a 4xx is not, as it would fail the same way.
func TestRegistrationRetries(t *testing.T) {
	for _, tc := range []struct {
		name     string
		statuses []int // the failures before the fake answers normally
		wantPuts int
		wantCmds bool
	}{
		{"server errors pass", []int{500, 503}, 3, true},
		{"forbidden is final", []int{403}, 1, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
			path := "/applications/" + srv.ApplicationID() + "/commands"
			for _, status := range tc.statuses {
				srv.FailNext(http.MethodPut, path, status, "")
			}
			ctx := testCtx(t)
			h := start(t, srv, srv.APIURL(), Options{RegisterBackoff: time.Millisecond})
			isPut := func(r discordtest.Request) bool { return r.Method == http.MethodPut && strings.HasSuffix(r.Path, path) }
			if tc.wantCmds {
				srv.WaitCommands(ctx, "")
			} else {
				srv.WaitRequest(ctx, isPut)
				// The verdict is logged after the request: wait for it.
				h.logs.waitFor(t, ctx, "registering commands failed")
			}
			_ = h.stop()
			puts := 0
			for _, r := range srv.Requests() {
				if isPut(r) {
					puts++
				}
			}
			if puts != tc.wantPuts {
				t.Errorf("%d registration requests, want %d", puts, tc.wantPuts)
			}
			if got := len(srv.Commands("")) > 0; got != tc.wantCmds {
				t.Errorf("commands registered: %v, want %v", got, tc.wantCmds)
			}
		})
	}
}

func TestPanicAndSlowAnswers(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	release := make(chan struct{})
	extra := []commands.Command{
		{Name: "boom", Description: "Panics, for tests",
			Run: func(context.Context, commands.Request) (commands.Reply, error) { panic("kaboom") }},
		{Name: "slow", Description: "Answers when the test says so",
			Run: func(ctx context.Context, _ commands.Request) (commands.Reply, error) {
				select {
				case <-release:
				case <-ctx.Done():
				}
				return commands.Reply{Title: "Slow", Text: "finally"}, nil
			}},
	}
	h := start(t, srv, srv.APIURL(), Options{Handler: &commands.Handler{
		Bot: commands.New(loadBase(t), extra...), DeferAfter: 20 * time.Millisecond,
	}})
	srv.WaitReady(ctx)

	iid := srv.SendInteraction(discordtest.InteractionWho, func(m map[string]any) {
		m["data"] = map[string]any{"id": discordtest.FixtureCommandID, "name": "boom", "type": 1}
	})
	resp := srv.WaitInteractionResponse(ctx, iid)
	d, _ := resp["data"].(map[string]any)
	if resp["type"] != int64(4) || d["flags"] != int64(64) {
		t.Errorf("panicking command: response %v, want an ephemeral (flags 64) message", resp)
	}
	if text := embedText(embeds(t, d)[0]); !strings.Contains(text, "went wrong") {
		t.Errorf("apology text: %s", text)
	}
	if !strings.Contains(h.logs.String(), "kaboom") {
		t.Error("the panic was not logged")
	}

	iid = srv.SendInteraction(discordtest.InteractionWho, func(m map[string]any) {
		m["data"] = map[string]any{"id": discordtest.FixtureCommandID, "name": "slow", "type": 1}
	})
	resp = srv.WaitInteractionResponse(ctx, iid)
	if resp["type"] != int64(5) {
		t.Fatalf("slow command: first response type %v, want 5 (deferred)", resp["type"])
	}
	close(release)
	edit := srv.WaitInteractionEdit(ctx, iid)
	if text := embedText(embeds(t, edit)[0]); !strings.Contains(text, "finally") {
		t.Errorf("deferred edit: %s", text)
	}
	am, _ := edit["allowed_mentions"].(map[string]any)
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("edit allowed_mentions = %v, want parse: []", edit["allowed_mentions"])
	}
}

func TestMessages(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{})
	srv.WaitReady(ctx)

	// Ignored: another bot, the bot itself, a guild message without a
	// mention. Then a DM, whose reply proves the ignored ones were handled
	// first (events are handled in order; replies are sent in order here
	// because ignored messages send nothing at all).
	srv.SendMessage(discordtest.MessageCreateBot, nil)
	srv.SendMessage(discordtest.MessageCreateDM, func(m map[string]any) {
		m["author"] = map[string]any{"id": srv.BotUserID(), "username": "strikebot", "discriminator": "0", "bot": true}
	})
	srv.SendMessage(discordtest.MessageCreateMention, func(m map[string]any) {
		m["content"] = "when did the strike start?"
		m["mentions"] = []any{}
	})
	dm := srv.SendMessage(discordtest.MessageCreateDM, nil)
	reply := srv.WaitChannelMessage(ctx, discordtest.FixtureDMChannelID)
	ref, _ := reply["message_reference"].(map[string]any)
	if ref["message_id"] != dm {
		t.Errorf("DM answer is not a reply to the question: message_reference %v", reply["message_reference"])
	}
	if !citation.MatchString(embedText(embeds(t, reply)[0])) {
		t.Errorf("DM answer cites no file:line: %v", reply)
	}

	srv.SendMessage(discordtest.MessageCreateMention, nil)
	reply = srv.WaitChannelMessage(ctx, discordtest.FixtureChannelID)
	_ = h.stop() // drains every answer in flight, so the counts below are final
	am, _ := reply["allowed_mentions"].(map[string]any)
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("allowed_mentions = %v, want parse: []", reply["allowed_mentions"])
	}
	if n := len(srv.ChannelMessages(discordtest.FixtureChannelID)); n != 1 {
		t.Errorf("%d messages in the guild channel, want only the answer to the mention", n)
	}
	if n := len(srv.ChannelMessages(discordtest.FixtureDMChannelID)); n != 1 {
		t.Errorf("%d messages in the DM channel, want 1 (the bot's own message is ignored)", n)
	}
}

func TestResumeAfterDrop(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{})
	h.obs.expect(t, ctx, "ready")
	srv.WaitCommands(ctx, "")
	session := srv.SessionID()

	srv.DropConnection()
	// Dispatched while the bot is away: the fake replays it after RESUME.
	iid := srv.SendInteraction(discordtest.InteractionWho, nil)
	h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	r := srv.WaitResume(ctx)
	if !r.Accepted || r.SessionID != session {
		t.Errorf("RESUME %+v, want session %s accepted", r, session)
	}
	resp := srv.WaitInteractionResponse(ctx, iid)
	if resp["type"] != int64(4) {
		t.Errorf("missed interaction answered with type %v", resp["type"])
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1: a drop must resume, not log in again", n)
	}
	if h.g.Reconnects() != 1 || !h.g.Ready() {
		t.Errorf("reconnects %d, ready %v", h.g.Reconnects(), h.g.Ready())
	}

	// RECONNECT (op 7): discordgo closes with 1012 and resumes.
	srv.SendReconnect()
	h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	srv.WaitResumeN(ctx, 2)
	if h.g.Reconnects() != 2 {
		t.Errorf("reconnects %d, want 2", h.g.Reconnects())
	}
	iid = srv.SendInteraction(discordtest.InteractionWho, nil)
	srv.WaitInteractionResponse(ctx, iid)
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs after RECONNECT, want 1", n)
	}
}

func TestRejectedTokenGateway4004(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	// A proxy that lets REST through with the right token, so only the
	// gateway sees the wrong one: the case REST checks cannot catch.
	const wrong = "MTE4MDQ2OTM5NTI5MDg2NTcwNA.GdTest.this-token-was-reset-long-ago"
	target, _ := url.Parse(srv.URL())
	proxy := httptest.NewServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.Out.Header.Set("Authorization", "Bot "+srv.Token())
	}})
	t.Cleanup(proxy.Close)
	h := start(t, srv, proxy.URL, Options{Token: wrong})
	err := h.wait()
	if !errors.Is(err, ErrTokenRejected) || !strings.Contains(err.Error(), "4004") || !strings.Contains(err.Error(), "token was rejected") {
		t.Fatalf("Run = %v, want ErrTokenRejected naming 4004", err)
	}
	if strings.Contains(err.Error(), wrong) || strings.Contains(h.logs.String(), wrong) {
		t.Error("the token appears in the error or the log")
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want exactly 1: no retry with a rejected token", n)
	}
}

func TestRejectedTokenREST401(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	h := start(t, srv, srv.APIURL(), Options{Token: "MTE4MDQ2OTM5NTI5MDg2NTcwNA.GdTest.this-token-was-reset-long-ago"})
	err := h.wait()
	if !errors.Is(err, ErrTokenRejected) || !strings.Contains(err.Error(), "401") {
		t.Fatalf("Run = %v, want ErrTokenRejected naming 401", err)
	}
	if srv.Connections() != 0 {
		t.Errorf("%d gateway connections, want none after a REST 401", srv.Connections())
	}
}

func TestSessionStartLimitUsedUp(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithSessionStartRemaining(0))
	h := start(t, srv, srv.APIURL(), Options{})
	err := h.wait()
	var sl *SessionLimitError
	if !errors.As(err, &sl) || sl.ResetAfter != 24*time.Hour || !strings.Contains(err.Error(), "reset_after") {
		t.Fatalf("Run = %v, want a SessionLimitError naming reset_after (24h)", err)
	}
	if srv.Connections() != 0 {
		t.Errorf("%d gateway connections with no logins left", srv.Connections())
	}
}

func TestShardAuto(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat), discordtest.WithShards(3))
	ctx := testCtx(t)
	start(t, srv, srv.APIURL(), Options{ShardAuto: true})
	id := srv.WaitIdentify(ctx)
	if len(id.Shard) != 2 || id.Shard[0] != 0 || id.Shard[1] != 3 {
		t.Errorf("IDENTIFY shard = %v, want [0 3]", id.Shard)
	}
	srv.WaitCommands(ctx, "") // shard 0 registers

	srv2 := discordtest.New(t, discordtest.WithShards(2))
	h2 := start(t, srv2, srv2.APIURL(), Options{ShardAuto: true, ShardID: 2})
	if err := h2.wait(); err == nil || !strings.Contains(err.Error(), "SHARD_ID 2") {
		t.Errorf("SHARD_ID 2 of auto 2: Run = %v", err)
	}
}

func TestShardWaitsForItsIdentifyTurn(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{ShardID: 1, ShardCount: 2})
	// With max_concurrency 1, shard 1 identifies 5 s after shard 0. Cancel
	// during the wait: it must return promptly without having connected.
	h.logs.waitFor(t, ctx, "wait=5s")
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	if srv.Connections() != 0 {
		t.Error("shard 1 connected before its identify turn")
	}
}

func TestIdentifyDelay(t *testing.T) {
	for _, c := range []struct {
		id, conc int
		want     time.Duration
	}{
		{0, 1, 0}, {1, 1, 5 * time.Second}, {3, 1, 15 * time.Second},
		{0, 16, 0}, {15, 16, 0}, {16, 16, 5 * time.Second}, {33, 16, 10 * time.Second},
		{2, 0, 10 * time.Second}, // a missing max_concurrency means 1
	} {
		if got := IdentifyDelay(c.id, c.conc); got != c.want {
			t.Errorf("IdentifyDelay(%d, %d) = %v, want %v", c.id, c.conc, got, c.want)
		}
	}
}

// TestShutdownDuringSilentHandshake stops a gateway whose server accepted
// the websocket connection and then said nothing: discordgo's Open would
// wait 45 s for the handshake; Run must return at once instead.
func TestShutdownDuringSilentHandshake(t *testing.T) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	accepted := make(chan net.Conn, 4)
	go func() {
		for {
			c, err := ln.Accept()
			if err != nil {
				return
			}
			accepted <- c // held open, silent
		}
	}()
	t.Cleanup(func() {
		ln.Close()
		close(accepted)
		for c := range accepted {
			c.Close()
		}
	})
	api := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		fmt.Fprintf(w, `{"url":"ws://%s","shards":1,"session_start_limit":{"total":1000,"remaining":1000,"reset_after":0,"max_concurrency":1}}`, ln.Addr())
	}))
	t.Cleanup(api.Close)
	ctx := testCtx(t)
	h := start(t, nil, api.URL, Options{Token: discordtest.DefaultToken})
	select {
	case <-accepted:
	case <-ctx.Done():
		t.Fatal("the gateway never dialled")
	}
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v, want nil", err)
	}
}
