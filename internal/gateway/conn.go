package gateway

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// The gateway watches its websocket connections at the byte level, under
// gorilla/websocket, for what discordgo does not do by Discord's rules:
//
//   - Zombie connections. Discord: if no heartbeat ACK arrives between two
//     heartbeats, close the connection with a code other than 1000/1001 and
//     RESUME. discordgo waits five intervals and then closes with 1000,
//     which ends the session. The watchdog sees each heartbeat discordgo
//     writes and closes with 4000 at the first one not preceded by an ACK
//     of the one before, at the interval the connection's HELLO set.
//   - Close codes. discordgo answers any read error by closing with 1000,
//     ending a session that was only interrupted. Unless the gateway is
//     shutting down, a 1000 close frame is rewritten to 4000 so that the
//     session can be resumed.
//   - Op 7 and op 9 during the handshake. discordgo's Open holds the
//     session's lock while it reads the answer to IDENTIFY or RESUME, and
//     handles a RECONNECT or INVALID_SESSION there by closing the session,
//     which takes the same lock: a permanent deadlock
//     (github.com/bwmarrin/discordgo/pull/1694, not merged). The guard
//     puts a heartbeat request (op 1, which Open handles without the lock)
//     in front of such an answer, so that Open returns and discordgo's
//     reader handles op 7 or op 9 as usual.

// closeGrace bounds how long a zombie connection gets for its close frame
// before its TCP connection is closed under it.
const closeGrace = 2 * time.Second

// dialer is discordgo's websocket dialer with the watchedConn above.
func (g *Gateway) dialer() *websocket.Dialer {
	nd := &net.Dialer{Timeout: 30 * time.Second, KeepAlive: 30 * time.Second}
	return &websocket.Dialer{
		Proxy:            http.ProxyFromEnvironment,
		HandshakeTimeout: 45 * time.Second,
		NetDialContext: func(_ context.Context, network, addr string) (net.Conn, error) {
			// gorilla passes context.Background; Run's context lets a
			// shutdown interrupt a slow dial.
			c, err := nd.DialContext(g.dialCtx, network, addr)
			if err != nil {
				return nil, err
			}
			wc := g.watch(c)
			return wc, nil
		},
	}
}

// watch wraps a new connection, makes it the newest, and starts its
// heartbeat watchdog.
func (g *Gateway) watch(c net.Conn) *watchedConn {
	gen := g.connGen.Add(1)
	wc := &watchedConn{Conn: c, gen: gen, readDone: make(chan struct{}), beats: make(chan time.Time, 8),
		closing: &g.closing, broken: func() { g.connBroken(gen) }}
	g.newest.Store(wc)
	if g.dialCtx.Err() != nil {
		// Run ended while dialling, perhaps before open's AfterFunc could
		// see this connection: close it here, or its handshake would wait.
		_ = c.Close()
	}
	if g.lastAck != nil {
		go g.watchdog(wc)
	}
	return wc
}

// watchdog closes wc as a zombie at the first heartbeat sent without an ACK
// since the heartbeat before it. A heartbeat sent much sooner than the
// interval HELLO gave (an answer to an op 1: the gateway's, or the one the
// handshake guard puts before an op 7 or 9) is not judged: the ACK of the
// previous one may still be on its way. Judging it once made a connection
// that had just said hello a "zombie". Before HELLO's interval is known
// nothing is judged.
func (g *Gateway) watchdog(wc *watchedConn) {
	var prev time.Time
	for {
		select {
		case <-wc.readDone:
			return
		case t := <-wc.beats:
			if prev.IsZero() {
				prev = t
				continue
			}
			interval := time.Duration(wc.interval.Load())
			if interval == 0 || t.Sub(prev) < interval/2 {
				continue
			}
			gap := t.Sub(prev)
			if !g.lastAck().After(prev) {
				g.zombie(wc, gap)
				return
			}
			prev = t
		}
	}
}

// zombie drops a connection whose heartbeats go unanswered: not ready at
// once, then a 4000 close so that Discord keeps the session for a RESUME.
func (g *Gateway) zombie(wc *watchedConn, interval time.Duration) {
	if g.newest.Load() != wc {
		return
	}
	g.log.Warn("no heartbeat ACK between two heartbeats: closing the zombie connection to resume", "interval", interval)
	g.connBroken(wc.gen)
	// The close frame is written without a deadline; a dead network must
	// not hold discordgo's lock (and so shutdown) for long.
	t := time.AfterFunc(closeGrace, func() { _ = wc.Conn.Close() })
	go func() {
		defer t.Stop()
		if g.closeWithCode != nil {
			_ = g.closeWithCode(4000)
		}
	}()
}

// watchedConn is one gateway connection as the gateway watches it.
type watchedConn struct {
	net.Conn
	gen      uint64
	once     sync.Once
	broken   func()        // the first read or write error
	readDone chan struct{} // closed at the first read error: the reader has finished
	beats    chan time.Time
	closed   atomic.Bool  // Close was called (by discordgo, or by shutdown)
	closing  *atomic.Bool // the gateway is shutting down: 1000 means it
	awaiting atomic.Bool  // IDENTIFY or RESUME sent: the next read is the answer
	reads    atomic.Int32 // reads looked at for HELLO
	interval atomic.Int64 // HELLO's heartbeat interval, in nanoseconds; 0 until known
}

// Close closes the connection and notes that it was: discordgo closes the
// connection before every Disconnect it emits, so a Disconnect that finds
// the newest connection neither closed nor failed is a stale second one
// for an earlier loss (see Gateway.awaitLoss).
func (c *watchedConn) Close() error {
	c.closed.Store(true)
	return c.Conn.Close()
}

// lost reports whether the connection has been closed or has failed a read.
func (c *watchedConn) lost() bool {
	if c.closed.Load() {
		return true
	}
	select {
	case <-c.readDone:
		return true
	default:
		return false
	}
}

func (c *watchedConn) Read(p []byte) (int, error) {
	n, err := c.Conn.Read(p)
	if n > 0 && c.interval.Load() == 0 && c.reads.Add(1) <= helloReads {
		// HELLO is the first frame, in the read of the HTTP upgrade's
		// answer or in one soon after.
		b := p[:n]
		if bytes.HasPrefix(b, []byte("HTTP/")) {
			if _, rest, ok := bytes.Cut(b, []byte("\r\n\r\n")); ok {
				b = rest
			}
		}
		if d, ok := helloInterval(b); ok {
			c.interval.Store(int64(d))
		}
	}
	if n > 0 && c.awaiting.Swap(false) {
		n = guardHandshake(p, n)
	}
	if err != nil {
		c.once.Do(func() {
			c.broken()
			close(c.readDone)
		})
	}
	return n, err
}

func (c *watchedConn) Write(p []byte) (int, error) {
	if op, payload, ok := clientFrame(p); ok {
		switch {
		case op == websocket.TextMessage && bytes.HasPrefix(payload, []byte(`{"op":1,`)):
			select {
			case c.beats <- time.Now():
			default:
			}
		case op == websocket.TextMessage && (bytes.HasPrefix(payload, []byte(`{"op":2,`)) || bytes.HasPrefix(payload, []byte(`{"op":6,`))):
			c.awaiting.Store(true)
		case op == websocket.CloseMessage:
			if len(payload) >= 2 && binary.BigEndian.Uint16(payload) == websocket.CloseNormalClosure && !c.closing.Load() {
				p = rewriteClose(p, 4000)
			}
		}
	}
	n, err := c.Conn.Write(p)
	if err != nil {
		c.once.Do(c.broken)
	}
	return n, err
}

// clientFrame decodes p if it is exactly one masked websocket frame, as
// gorilla writes a small message: its opcode and unmasked payload.
func clientFrame(p []byte) (op int, payload []byte, ok bool) {
	if len(p) < 6 || p[0]&0x80 == 0 || p[1]&0x80 == 0 {
		return 0, nil, false
	}
	n, h := int(p[1]&0x7f), 2
	switch n {
	case 126:
		if len(p) < 8 {
			return 0, nil, false
		}
		n, h = int(binary.BigEndian.Uint16(p[2:])), 4
	case 127:
		return 0, nil, false // far bigger than anything watched
	}
	if len(p) != h+4+n {
		return 0, nil, false
	}
	mask := p[h : h+4]
	payload = make([]byte, n)
	for i := range payload {
		payload[i] = p[h+4+i] ^ mask[i%4]
	}
	return int(p[0] & 0x0f), payload, true
}

// rewriteClose is the close frame p (from clientFrame) with code instead of
// its own, in a copy: Write must not change its argument.
func rewriteClose(p []byte, code uint16) []byte {
	q := append([]byte(nil), p...)
	h := 2
	if q[1]&0x7f == 126 {
		h = 4
	}
	mask := q[h : h+4]
	q[h+4] = byte(code>>8) ^ mask[0]
	q[h+5] = byte(code) ^ mask[1]
	return q
}

// helloReads is how many of a connection's first reads are looked at for
// HELLO.
const helloReads = 4

// heartbeatRequest is a server frame asking for a heartbeat (op 1).
var heartbeatRequest = []byte("\x81\x11" + `{"op":1,"d":null}`)

// guardHandshake looks at the first frame of the answer to IDENTIFY or
// RESUME in p[:n] and, if it is op 7 or op 9, puts heartbeatRequest in
// front of it (see the top of this file). It returns the new length.
func guardHandshake(p []byte, n int) int {
	op, ok := serverOp(p[:n])
	if !ok || (op != 7 && op != 9) || n+len(heartbeatRequest) > len(p) {
		return n
	}
	copy(p[len(heartbeatRequest):], p[:n])
	copy(p, heartbeatRequest)
	return n + len(heartbeatRequest)
}

// serverOp is the gateway opcode of the unmasked websocket frame at the
// start of b, if b holds all of it: JSON text, or zlib-compressed binary.
func serverOp(b []byte) (int, bool) {
	var f struct {
		Op *int `json:"op"`
	}
	if !decodeServerFrame(b, &f) || f.Op == nil {
		return 0, false
	}
	return *f.Op, true
}

// helloInterval is the heartbeat interval of the HELLO (op 10) frame at the
// start of b, if b holds all of it.
func helloInterval(b []byte) (time.Duration, bool) {
	var f struct {
		Op int `json:"op"`
		D  struct {
			HeartbeatInterval int64 `json:"heartbeat_interval"`
		} `json:"d"`
	}
	if !decodeServerFrame(b, &f) || f.Op != 10 || f.D.HeartbeatInterval <= 0 {
		return 0, false
	}
	return time.Duration(f.D.HeartbeatInterval) * time.Millisecond, true
}

// decodeServerFrame decodes into v the payload of the unmasked websocket frame at
// the start of b, if b holds all of it: JSON text, or zlib-compressed binary.
func decodeServerFrame(b []byte, v any) bool {
	if len(b) < 2 || b[1]&0x80 != 0 {
		return false
	}
	n, h := int(b[1]&0x7f), 2
	switch n {
	case 126:
		if len(b) < 4 {
			return false
		}
		n, h = int(binary.BigEndian.Uint16(b[2:])), 4
	case 127:
		return false
	}
	if len(b) < h+n {
		return false
	}
	payload := b[h : h+n]
	switch b[0] & 0x0f {
	case websocket.TextMessage:
	case websocket.BinaryMessage:
		zr, err := zlib.NewReader(bytes.NewReader(payload))
		if err != nil {
			return false
		}
		if payload, err = io.ReadAll(io.LimitReader(zr, 1<<16)); err != nil {
			return false
		}
	default:
		return false
	}
	return json.Unmarshal(payload, v) == nil
}

// connBroken marks the session not ready when connection gen, if it is
// still the newest, fails to read or write (or is found a zombie). A stale
// report from an older connection, arriving after a newer one is up, is
// ignored.
func (g *Gateway) connBroken(gen uint64) {
	g.readyMu.Lock()
	defer g.readyMu.Unlock()
	if gen == g.connGen.Load() {
		g.setReadyLocked(false)
	}
}
