package gateway

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"log/slog"
	"net"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// serverFrame is an unmasked websocket frame as a server sends it.
func serverFrame(op byte, payload []byte) []byte {
	return append([]byte{0x80 | op, byte(len(payload))}, payload...)
}

func zlibbed(s string) []byte {
	var b bytes.Buffer
	w := zlib.NewWriter(&b)
	_, _ = w.Write([]byte(s))
	_ = w.Close()
	return b.Bytes()
}

// TestGuardHandshake: an op 7 or op 9 answering IDENTIFY or RESUME, text or
// zlib-compressed, gets a heartbeat request in front; anything else passes.
func TestGuardHandshake(t *testing.T) {
	for _, tc := range []struct {
		name  string
		frame []byte
		guard bool
	}{
		{"op 9 text, Discord's field order", serverFrame(1, []byte(`{"t":null,"s":null,"op":9,"d":false}`)), true},
		{"op 7 compressed", serverFrame(2, zlibbed(`{"op":7,"d":null}`)), true},
		{"RESUMED", serverFrame(2, zlibbed(`{"op":0,"t":"RESUMED","s":5,"d":{}}`)), false},
		{"truncated", serverFrame(1, []byte(`{"op":9,"d":false}`))[:10], false},
		{"not a frame", []byte("HTTP/1.1 101 Switching Protocols\r\n"), false},
	} {
		p := make([]byte, 4096)
		n := copy(p, tc.frame)
		got := guardHandshake(p, n)
		switch {
		case tc.guard && (got != n+len(heartbeatRequest) || !bytes.Equal(p[:got], append(append([]byte(nil), heartbeatRequest...), tc.frame...))):
			t.Errorf("%s: not guarded: %q", tc.name, p[:got])
		case !tc.guard && (got != n || !bytes.Equal(p[:n], tc.frame)):
			t.Errorf("%s: changed to %q", tc.name, p[:got])
		}
	}
	if op, ok := serverOp(heartbeatRequest); !ok || op != 1 {
		t.Errorf("heartbeatRequest is op %d (%v), want 1", op, ok)
	}
}

// recordConn keeps what is written to it.
type recordConn struct {
	net.Conn
	out bytes.Buffer
}

func (c *recordConn) Write(p []byte) (int, error) { return c.out.Write(p) }

// clientFrameOf is a masked websocket frame as a client sends it.
func clientFrameOf(op byte, payload []byte) []byte {
	mask := []byte{0x12, 0x34, 0x56, 0x78}
	f := append([]byte{0x80 | op, 0x80 | byte(len(payload))}, mask...)
	for i, b := range payload {
		f = append(f, b^mask[i%4])
	}
	return f
}

// TestWatchedConnWrites: heartbeats are seen, IDENTIFY arms the handshake
// guard, and a 1000 close frame becomes 4000 unless the gateway is shutting
// down.
func TestWatchedConnWrites(t *testing.T) {
	var closing atomic.Bool
	rc := &recordConn{}
	wc := &watchedConn{Conn: rc, beats: make(chan time.Time, 8), closing: &closing, broken: func() {}}
	closeCode := func() int {
		rc.out.Reset()
		_, _ = wc.Write(clientFrameOf(websocket.CloseMessage, websocket.FormatCloseMessage(1000, "")))
		op, payload, ok := clientFrame(rc.out.Bytes())
		if !ok || op != websocket.CloseMessage {
			t.Fatalf("close frame %x", rc.out.Bytes())
		}
		return int(binary.BigEndian.Uint16(payload))
	}
	_, _ = wc.Write(clientFrameOf(websocket.TextMessage, []byte(`{"op":1,"d":3}`+"\n")))
	if len(wc.beats) != 1 {
		t.Error("heartbeat not seen")
	}
	_, _ = wc.Write(clientFrameOf(websocket.TextMessage, []byte(`{"op":2,"d":{"token":"x"}}`)))
	if !wc.awaiting.Load() {
		t.Error("IDENTIFY did not arm the handshake guard")
	}
	if code := closeCode(); code != 4000 {
		t.Errorf("close %d while running, want 4000", code)
	}
	closing.Store(true)
	if code := closeCode(); code != 1000 {
		t.Errorf("close %d while shutting down, want 1000", code)
	}
}

// TestHelloInterval reads the heartbeat interval from HELLO only.
func TestHelloInterval(t *testing.T) {
	for _, tc := range []struct {
		name  string
		frame []byte
		want  time.Duration
	}{
		{"HELLO", serverFrame(1, []byte(`{"op":10,"d":{"heartbeat_interval":41250,"_trace":["x"]}}`)), 41250 * time.Millisecond},
		{"HELLO compressed", serverFrame(2, zlibbed(`{"t":null,"s":null,"op":10,"d":{"heartbeat_interval":1000}}`)), time.Second},
		{"op 11", serverFrame(1, []byte(`{"op":11,"d":null}`)), 0},
		{"no interval", serverFrame(1, []byte(`{"op":10,"d":{}}`)), 0},
		{"truncated", serverFrame(1, []byte(`{"op":10,"d":{"heartbeat_interval":1000}}`))[:12], 0},
	} {
		if got, _ := helloInterval(tc.frame); got != tc.want {
			t.Errorf("%s: %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestWatchdogJudgesAtHelloInterval: a heartbeat answering an op 1 right
// after the first (before the first's ACK could arrive) is no zombie; a
// heartbeat a whole interval later without an ACK is, and gets a 4000
// close. Without HELLO's interval nothing is judged.
func TestWatchdogJudgesAtHelloInterval(t *testing.T) {
	for _, tc := range []struct {
		name     string
		interval time.Duration
		beats    []time.Duration // after the first heartbeat, with no ACK at all
		zombie   bool
	}{
		{"op 1 answered at once", time.Second, []time.Duration{time.Millisecond}, false},
		{"a whole interval", time.Second, []time.Duration{time.Millisecond, time.Second}, true},
		{"HELLO not seen", 0, []time.Duration{time.Millisecond, time.Second, 2 * time.Second}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			closed := make(chan int, 1)
			g := &Gateway{log: slog.New(slog.DiscardHandler),
				lastAck:       func() time.Time { return time.Time{} },
				closeWithCode: func(code int) error { closed <- code; return nil }}
			wc := &watchedConn{Conn: &recordConn{}, gen: 1, readDone: make(chan struct{}), beats: make(chan time.Time, 8), broken: func() {}}
			wc.interval.Store(int64(tc.interval))
			g.connGen.Store(1)
			g.newest.Store(wc)
			t0 := time.Now()
			wc.beats <- t0
			for _, d := range tc.beats {
				wc.beats <- t0.Add(d)
			}
			done := make(chan struct{})
			go func() { g.watchdog(wc); close(done) }()
			select {
			case code := <-closed:
				if !tc.zombie || code != 4000 {
					t.Errorf("closed with %d, want no zombie", code)
				}
			case <-time.After(200 * time.Millisecond):
				if tc.zombie {
					t.Error("no zombie close")
				}
			}
			close(wc.readDone)
			<-done
		})
	}
}

// readConn returns its reads in turn.
type readConn struct {
	net.Conn
	reads [][]byte
}

func (c *readConn) Read(p []byte) (int, error) {
	if len(c.reads) == 0 {
		return 0, net.ErrClosed
	}
	n := copy(p, c.reads[0])
	c.reads = c.reads[1:]
	return n, nil
}

// TestWatchedConnSeesHello: HELLO's interval is read whether it comes in
// the read of the HTTP upgrade's answer or in a read after it.
func TestWatchedConnSeesHello(t *testing.T) {
	hello := serverFrame(1, []byte(`{"op":10,"d":{"heartbeat_interval":41250}}`))
	upgrade := []byte("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n\r\n")
	for name, reads := range map[string][][]byte{
		"with the upgrade": {append(append([]byte(nil), upgrade...), hello...)},
		"after it":         {upgrade, hello},
	} {
		wc := &watchedConn{Conn: &readConn{reads: reads}, readDone: make(chan struct{}), broken: func() {}}
		p := make([]byte, 4096)
		for range reads {
			if _, err := wc.Read(p); err != nil {
				t.Fatal(err)
			}
		}
		if got := time.Duration(wc.interval.Load()); got != 41250*time.Millisecond {
			t.Errorf("%s: interval %v, want 41.25s", name, got)
		}
	}
}

// A Disconnect that finds the newest connection open is a stale second one
// for an earlier loss and is ignored; one after the connection was closed
// is a loss. Acting on the stale one made Open race with the reader of a
// connection handling an INVALID_SESSION.
func TestAwaitLossIgnoresStaleDisconnect(t *testing.T) {
	g := &Gateway{log: slog.New(slog.DiscardHandler), lost: make(chan struct{})}
	server, client := net.Pipe()
	defer server.Close()
	c := &watchedConn{Conn: client, readDone: make(chan struct{})}
	g.newest.Store(c)
	got := make(chan bool, 1)
	go func() { got <- g.awaitLoss(context.Background()) }()

	send := func(what string) {
		t.Helper()
		select {
		case g.lost <- struct{}{}:
		case r := <-got:
			t.Fatalf("awaitLoss returned %v before the %s Disconnect", r, what)
		case <-time.After(10 * time.Second):
			t.Fatalf("awaitLoss took no %s Disconnect", what)
		}
	}
	// The connection is open: the first is ignored, so awaitLoss takes
	// the second too.
	send("stale")
	send("second stale")
	_ = c.Close()
	// The second may already find the connection closed; if not, a third
	// Disconnect does.
	var r bool
	select {
	case g.lost <- struct{}{}:
		r = <-got
	case r = <-got:
	case <-time.After(10 * time.Second):
		t.Fatal("awaitLoss did not return after the newest connection was closed")
	}
	if !r {
		t.Fatal("awaitLoss = false after the newest connection was closed, want true")
	}

	// A cancelled context ends the wait.
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if g.awaitLoss(ctx) {
		t.Fatal("awaitLoss = true with its context cancelled")
	}
}
