package gateway

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
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
