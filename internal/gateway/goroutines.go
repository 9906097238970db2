package gateway

import (
	"bytes"
	"context"
	"runtime"
	"strconv"
	"time"
)

// A lost connection's goroutines must be gone before the next Open.
//
// discordgo's Open starts two goroutines per connection, a heartbeat and a
// reader, and when they fail both close the session's connection field
// rather than the connection they serve: the heartbeat calls Session.Close
// when its write fails (or after five intervals without an ACK), the reader
// calls it after a read error once it has checked, and let go of the lock,
// that the field still holds its connection. Both are released by the close
// of their own connection, but neither says when it has returned. If the
// next Open has set the field by then, their Close closes the new
// connection: a second loss, one reconnect too many (and, without the
// 1000→4000 rewrite in conn.go, the end of the session). The reader also
// emits the Disconnect for an INVALID_SESSION before it forgets the
// session, so an Open before it returns may RESUME a session Discord has
// ended.
//
// Whether a lost connection's heartbeat goroutine will still write is a
// race no clock settles: the goroutine may not have run at all when the
// connection was dropped (a drop just after RESUMED), or was held behind
// Close's lock as a heartbeat fell due, and then picks at random between the
// tick and the closed channel that tells it to stop. Margins and timeouts
// were tried and failed on a loaded machine ("reconnects 5, want 4" in
// TestDropJustAfterResume). So the gateway asks the runtime instead: every
// goroutine's traceback names who created it ("created by
// github.com/bwmarrin/discordgo.(*Session).Open in goroutine N"), and the
// gateway calls Open on one goroutine (Run's), so the goroutines of its
// earlier connections are exactly those created by Open in that goroutine.
// TestOpenedGoroutines pins that format and the count of two per
// connection against a real session. Reading every goroutine's traceback
// stops the world for a moment: once per Open, and every discordgoPoll for
// the second or so a reconnect waits, which is nothing beside a reconnect.

// openedBy is how a traceback names a goroutine started by discordgo's
// Open; the creator's goroutine id and a newline follow.
const openedBy = "created by github.com/bwmarrin/discordgo.(*Session).Open in goroutine "

// openedGoroutines counts the running goroutines that discordgo's Open
// started when called on goroutine opener.
func openedGoroutines(opener uint64) int {
	buf := make([]byte, 64<<10)
	for {
		n := runtime.Stack(buf, true)
		if n < len(buf) {
			buf = buf[:n]
			break
		}
		buf = make([]byte, 2*len(buf))
	}
	return bytes.Count(buf, []byte(openedBy+strconv.FormatUint(opener, 10)+"\n"))
}

// goroutineID is the calling goroutine's id as tracebacks print it
// ("goroutine 7 [running]:"), or 0 if that cannot be read.
func goroutineID() uint64 {
	var buf [64]byte
	b := buf[:runtime.Stack(buf[:], false)]
	b, ok := bytes.CutPrefix(b, []byte("goroutine "))
	if i := bytes.IndexByte(b, ' '); ok && i > 0 {
		if id, err := strconv.ParseUint(string(b[:i]), 10, 64); err == nil {
			return id
		}
	}
	return 0
}

// discordgoPoll is how often awaitDiscordgo looks again. It sets only how
// soon the wait notices that the goroutines have returned, not whether it
// waits: they return within about a second of their connection's close
// (discordgo's Close sleeps a second under the session's lock).
const discordgoPoll = 5 * time.Millisecond

// discordgoSlow is how long awaitDiscordgo waits before it warns, once,
// that the goroutines have not returned: they always have well before,
// and a reconnect held up for good would otherwise be silent.
const discordgoSlow = 10 * time.Second

// awaitDiscordgo waits until every goroutine that discordgo's Open started
// from the calling goroutine, for earlier connections, has returned (see the
// top of this file). It reports false if ctx ended first.
func (g *Gateway) awaitDiscordgo(ctx context.Context) bool {
	me := goroutineID()
	n := openedGoroutines(me)
	if n == 0 {
		return true
	}
	start := time.Now()
	t := time.NewTicker(discordgoPoll)
	defer t.Stop()
	slow := time.NewTimer(discordgoSlow)
	defer slow.Stop()
	for ; n > 0; n = openedGoroutines(me) {
		select {
		case <-ctx.Done():
			return false
		case <-slow.C:
			g.log.Warn("discordgo's goroutines of the lost connection have not returned; still waiting to reconnect", "goroutines", n, "waited", time.Since(start))
		case <-t.C:
		}
	}
	g.log.Debug("discordgo's goroutines of the lost connection have returned", "waited", time.Since(start))
	return true
}
