package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"

	"github.com/strikebot/strikebot/internal/commands"
)

func TestClassify(t *testing.T) {
	rest := func(code int) error {
		return &discordgo.RESTError{
			Request:  &http.Request{URL: &url.URL{Path: "/api/v9/gateway/bot"}},
			Response: &http.Response{StatusCode: code},
		}
	}
	for _, c := range []struct {
		name  string
		err   error
		fatal string // "" if retrying may help
	}{
		{"nil", nil, ""},
		{"4004", &websocket.CloseError{Code: 4004, Text: "Authentication failed."}, "token was rejected"},
		{"wrapped 4004", fmt.Errorf("open: %w", &websocket.CloseError{Code: 4004}), "4004"},
		{"4014", &websocket.CloseError{Code: 4014}, "disallowed intents"},
		{"4011", &websocket.CloseError{Code: 4011}, "SHARD_COUNT"},
		{"4000 resumable", &websocket.CloseError{Code: 4000}, ""},
		{"4009 session timed out", &websocket.CloseError{Code: 4009}, ""},
		{"1006 dropped", &websocket.CloseError{Code: 1006}, ""},
		{"REST 401", rest(401), "token was rejected"},
		{"REST 403", rest(403), "403"},
		{"REST 502", rest(502), ""},
		{"network", errors.New("dial tcp: connection refused"), ""},
		{"shard bounds", discordgo.ErrWSShardBounds, "ShardID"},
	} {
		got := classify(c.err)
		switch {
		case c.fatal == "" && got != nil:
			t.Errorf("%s: classify = %v, want retryable", c.name, got)
		case c.fatal != "" && (got == nil || !strings.Contains(got.Error(), c.fatal)):
			t.Errorf("%s: classify = %v, want a fatal error containing %q", c.name, got, c.fatal)
		}
	}
	if err := classify(rest(401)); !errors.Is(err, ErrTokenRejected) {
		t.Errorf("401 is not ErrTokenRejected: %v", err)
	}
}

// fakeSession records the REST calls the event handlers make.
type fakeSession struct {
	Session // the lifecycle methods are not used by these tests

	mu        sync.Mutex
	responses []*discordgo.InteractionResponse
	edits     []*discordgo.WebhookEdit
	sent      map[string][]*discordgo.MessageSend
	done      chan struct{}
}

func (f *fakeSession) record() {
	f.done <- struct{}{}
}

func (f *fakeSession) InteractionRespond(_ *discordgo.Interaction, r *discordgo.InteractionResponse, _ ...discordgo.RequestOption) error {
	f.mu.Lock()
	f.responses = append(f.responses, r)
	f.mu.Unlock()
	f.record()
	return nil
}

func (f *fakeSession) InteractionResponseEdit(_ *discordgo.Interaction, e *discordgo.WebhookEdit, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.mu.Lock()
	f.edits = append(f.edits, e)
	f.mu.Unlock()
	f.record()
	return &discordgo.Message{}, nil
}

func (f *fakeSession) ChannelMessageSendComplex(ch string, m *discordgo.MessageSend, _ ...discordgo.RequestOption) (*discordgo.Message, error) {
	f.mu.Lock()
	if f.sent == nil {
		f.sent = map[string][]*discordgo.MessageSend{}
	}
	f.sent[ch] = append(f.sent[ch], m)
	f.mu.Unlock()
	f.record()
	return &discordgo.Message{}, nil
}

func TestHandlersWithFakeSession(t *testing.T) {
	f := &fakeSession{done: make(chan struct{}, 10)}
	g := newGateway(Options{Handler: &commands.Handler{Bot: commands.New(loadBase(t))}}, f)
	ctx := testCtx(t)
	wait := func() {
		t.Helper()
		select {
		case <-f.done:
		case <-ctx.Done():
			t.Fatal("no REST call")
		}
	}
	self := &discordgo.User{ID: "42", Username: "strikebot", Bot: true}
	g.onReady(&discordgo.Ready{User: self}) // no application: nothing to register
	if !g.Ready() {
		t.Error("not ready after READY")
	}

	g.onInteraction(&discordgo.InteractionCreate{Interaction: &discordgo.Interaction{
		ID: "1", Type: discordgo.InteractionApplicationCommand, User: &discordgo.User{ID: "7"},
		Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{
			{Name: "name", Type: discordgo.ApplicationCommandOptionString, Value: "Jeremy Hunt"}}},
	}})
	wait()
	g.onMessage(&discordgo.MessageCreate{Message: &discordgo.Message{
		ID: "2", ChannelID: "dm", Content: "who is Jeremy Hunt?", Author: &discordgo.User{ID: "7"},
	}})
	wait()
	// From the bot itself and with no author: nothing sent.
	g.onMessage(&discordgo.MessageCreate{Message: &discordgo.Message{ID: "3", ChannelID: "dm", Content: "hi", Author: self}})
	g.onMessage(&discordgo.MessageCreate{Message: &discordgo.Message{ID: "4", ChannelID: "dm", Content: "hi"}})
	g.onMessage(nil)
	g.onInteraction(nil)
	g.tasks.drain(time.Second, func() {})

	f.mu.Lock()
	defer f.mu.Unlock()
	if len(f.responses) != 1 || f.responses[0].Type != discordgo.InteractionResponseChannelMessageWithSource {
		t.Errorf("responses %v", f.responses)
	}
	if len(f.sent["dm"]) != 1 || f.sent["dm"][0].Reference == nil || f.sent["dm"][0].Reference.MessageID != "2" {
		t.Errorf("DM replies %v, want one reply to message 2", f.sent["dm"])
	}

	g.onDisconnect()
	if g.Ready() || g.ReadyCheck() == nil {
		t.Error("still ready after a disconnect")
	}
}

func TestConnBrokenIgnoresStaleConnections(t *testing.T) {
	g := newGateway(Options{Handler: &commands.Handler{}}, &fakeSession{})
	g.connGen.Store(2)
	g.setReady(true)
	g.connBroken(1) // an old connection failing late
	if !g.Ready() {
		t.Error("a stale connection's failure made the gateway not ready")
	}
	g.connBroken(2)
	if g.Ready() {
		t.Error("the newest connection's failure left the gateway ready")
	}
}

func TestDrainCancelsAfterTimeout(t *testing.T) {
	var tk tasks
	ctx, cancel := context.WithCancel(context.Background())
	tk.start(ctx)
	tctx, ok := tk.acquire()
	if !ok {
		t.Fatal("acquire failed")
	}
	go func() { <-tctx.Done(); tk.release() }() // a task that ends only when cancelled
	tk.drain(10*time.Millisecond, cancel)
	if _, ok := tk.acquire(); ok {
		t.Error("acquire succeeded after drain")
	}
}
