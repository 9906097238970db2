package gateway

import (
	"context"
	"log/slog"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// TestOpenedGoroutines: a real discordgo session opened on this goroutine
// has two goroutines (its connection's heartbeat and reader) that the
// runtime names as created by Open in this goroutine, and none once it is
// closed and they have returned; another goroutine has none. This pins the
// traceback format and the count that goroutines.go relies on: were a Go or
// discordgo upgrade to change either, awaitDiscordgo would find nothing to
// wait for and stop guarding, and only this test would say so.
func TestOpenedGoroutines(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	discordtest.UseEndpoints(t, srv.APIURL())
	ctx := testCtx(t)
	g := &Gateway{log: slog.New(slog.DiscardHandler)}
	me := goroutineID()
	if me == 0 {
		t.Fatal("goroutineID cannot read this goroutine's id")
	}
	if n := openedGoroutines(me); n != 0 {
		t.Fatalf("%d goroutines opened before any Open, want 0", n)
	}
	open := func() *discordgo.Session {
		t.Helper()
		dg, err := discordgo.New("Bot " + srv.Token())
		if err != nil {
			t.Fatal(err)
		}
		dg.Identify.Intents = Intents
		dg.ShouldReconnectOnError = false
		if err := dg.Open(); err != nil {
			t.Fatalf("Open: %v", err)
		}
		return dg
	}

	dg := open()
	if n := openedGoroutines(me); n != 2 {
		t.Errorf("%d goroutines opened by Open on this goroutine, want 2 (heartbeat, reader)", n)
	}
	other := make(chan int)
	go func() { other <- openedGoroutines(goroutineID()) }()
	if n := <-other; n != 0 {
		t.Errorf("%d goroutines opened by another goroutine's Opens, want 0", n)
	}
	// While the connection is up the wait lasts until ctx ends.
	cancelled, cancel := context.WithCancel(ctx)
	cancel()
	if g.awaitDiscordgo(cancelled) {
		t.Error("awaitDiscordgo = true while the connection's goroutines run")
	}
	_ = dg.Close()
	if !g.awaitDiscordgo(ctx) {
		t.Fatalf("the closed session's goroutines did not return: %v", ctx.Err())
	}
	if n := openedGoroutines(me); n != 0 {
		t.Errorf("%d goroutines after awaitDiscordgo, want 0", n)
	}
}
