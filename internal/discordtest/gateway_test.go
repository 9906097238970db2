package discordtest

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// rawClient speaks the gateway protocol by hand, to check the fake at the
// frame level (compression, sequence numbers, close codes).
type rawClient struct {
	t  *testing.T
	ws *websocket.Conn
}

func dialRaw(t *testing.T, s *Server) *rawClient {
	t.Helper()
	return dialRawURL(t, s.GatewayURL()+"/")
}

// dialRawResume dials READY's resume_gateway_url, where RESUMEs belong.
func dialRawResume(t *testing.T, s *Server) *rawClient {
	t.Helper()
	return dialRawURL(t, s.ResumeGatewayURL())
}

func dialRawURL(t *testing.T, url string) *rawClient {
	t.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(url+"?v=9&encoding=json", nil)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ws.Close() })
	return &rawClient{t: t, ws: ws}
}

// ready identifies on a new connection and reads READY's session id.
func (c *rawClient) ready(token string) string {
	c.t.Helper()
	c.read() // HELLO
	c.identify(token, false)
	p := c.read()
	var d struct {
		SessionID string `json:"session_id"`
	}
	if err := json.Unmarshal(p.D, &d); err != nil || p.T == nil || *p.T != "READY" {
		c.t.Fatalf("want READY, got %+v %s", p, p.D)
	}
	return d.SessionID
}

type rawPayload struct {
	Op     int             `json:"op"`
	D      json.RawMessage `json:"d"`
	S      *int64          `json:"s"`
	T      *string         `json:"t"`
	binary bool
}

func (c *rawClient) read() rawPayload {
	c.t.Helper()
	_ = c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	mt, data, err := c.ws.ReadMessage()
	if err != nil {
		c.t.Fatalf("read: %v", err)
	}
	var p rawPayload
	if mt == websocket.BinaryMessage {
		p.binary = true
		zr, err := zlib.NewReader(bytes.NewReader(data))
		if err != nil {
			c.t.Fatalf("binary frame is not zlib: %v", err)
		}
		if data, err = io.ReadAll(zr); err != nil {
			c.t.Fatal(err)
		}
	}
	if err := json.Unmarshal(data, &p); err != nil {
		c.t.Fatalf("frame %q: %v", data, err)
	}
	return p
}

func (c *rawClient) readClose() int {
	c.t.Helper()
	_ = c.ws.SetReadDeadline(time.Now().Add(5 * time.Second))
	for {
		_, _, err := c.ws.ReadMessage()
		var ce *websocket.CloseError
		if errors.As(err, &ce) {
			return ce.Code
		}
		if err != nil {
			c.t.Fatalf("want a close frame, got %v", err)
		}
	}
}

func (c *rawClient) send(op int, d any) {
	c.t.Helper()
	if err := c.ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		c.t.Fatal(err)
	}
}

func (c *rawClient) identify(token string, compress bool) {
	c.send(OpIdentify, map[string]any{"token": token, "intents": 513, "compress": compress,
		"properties": map[string]any{"os": "linux", "browser": "raw", "device": "raw"}})
}

func TestGatewayProtocol(t *testing.T) {
	s := New(t, WithHeartbeatInterval(1234*time.Millisecond))
	c := dialRaw(t, s)

	hello := c.read()
	var h struct {
		HeartbeatInterval int `json:"heartbeat_interval"`
	}
	_ = json.Unmarshal(hello.D, &h)
	if hello.Op != OpHello || hello.binary || h.HeartbeatInterval != 1234 || hello.S != nil || hello.T != nil {
		t.Fatalf("HELLO = %+v %s", hello, hello.D)
	}
	c.send(OpHeartbeat, nil)
	if ack := c.read(); ack.Op != OpHeartbeatAck {
		t.Fatalf("want ACK, got %+v", ack)
	}

	c.identify(s.Token(), true)
	ready := c.read()
	if !ready.binary || ready.Op != OpDispatch || *ready.T != "READY" || *ready.S != 1 {
		t.Fatalf("READY = %+v", ready)
	}
	var rd struct {
		V                int            `json:"v"`
		SessionID        string         `json:"session_id"`
		ResumeGatewayURL string         `json:"resume_gateway_url"`
		User             map[string]any `json:"user"`
		Application      map[string]any `json:"application"`
		Guilds           []any          `json:"guilds"`
	}
	if err := json.Unmarshal(ready.D, &rd); err != nil {
		t.Fatal(err)
	}
	if rd.V != 9 || rd.SessionID == "" || rd.ResumeGatewayURL != s.ResumeGatewayURL() || rd.ResumeGatewayURL == s.GatewayURL() || rd.User["bot"] != true ||
		rd.Application["id"] != s.ApplicationID() || rd.Guilds == nil {
		t.Errorf("READY d = %s", ready.D)
	}
	if id := s.Identifies()[0]; id.Intents != 513 || id.Properties["os"] != "linux" {
		t.Errorf("recorded IDENTIFY = %+v", id)
	}

	// Dispatches carry increasing sequence numbers.
	s.Dispatch("MESSAGE_CREATE", map[string]any{"id": "1", "content": "a"})
	s.Dispatch("MESSAGE_CREATE", map[string]any{"id": "2", "content": "b"})
	for want := int64(2); want <= 3; want++ {
		p := c.read()
		if *p.S != want || *p.T != "MESSAGE_CREATE" {
			t.Errorf("dispatch %+v, want seq %d", p, want)
		}
	}

	// A second IDENTIFY on the same connection is a protocol error.
	c.identify(s.Token(), true)
	if code := c.readClose(); code != CloseAlreadyAuthenticated {
		t.Errorf("second IDENTIFY: close %d", code)
	}

	// RESUME on a new connection replays what came after seq, then RESUMED.
	ctx := testCtx(t)
	s.WaitDisconnected(ctx)
	s.Dispatch("MESSAGE_CREATE", map[string]any{"id": "3", "content": "c"})
	c2 := dialRawResume(t, s)
	c2.read() // HELLO
	c2.send(OpResume, map[string]any{"token": "Bot " + s.Token(), "session_id": rd.SessionID, "seq": 2})
	var got []string
	for {
		p := c2.read()
		if !p.binary {
			t.Errorf("resumed payload not compressed: %+v", p)
		}
		got = append(got, fmt.Sprintf("%s:%d", *p.T, *p.S))
		if *p.T == "RESUMED" {
			break
		}
	}
	if strings.Join(got, " ") != "MESSAGE_CREATE:3 MESSAGE_CREATE:4 RESUMED:5" {
		t.Errorf("replay = %v", got)
	}
	if r := s.Resumes(); len(r) != 1 || !r[0].Accepted || r[0].Seq != 2 || !r[0].OnResumeURL {
		t.Errorf("resumes = %+v", r)
	}
	s.Dispatch("TYPING_START", map[string]any{"channel_id": "4"})
	if p := c2.read(); *p.S != 6 || *p.T != "TYPING_START" {
		t.Errorf("after RESUMED: %+v", p)
	}
}

func TestGatewayErrors(t *testing.T) {
	s := New(t, WithPrivilegedIntents(1<<1))

	cases := []struct {
		name   string
		send   func(c *rawClient)
		want   int
		resume bool // dial the resume_gateway_url
	}{
		{"wrong token", func(c *rawClient) { c.identify("Bot nope", false) }, CloseAuthenticationFailed, false},
		{"presence before IDENTIFY", func(c *rawClient) { c.send(OpPresenceUpdate, map[string]any{"status": "online"}) }, CloseNotAuthenticated, false},
		{"unknown opcode", func(c *rawClient) { c.send(42, nil) }, CloseUnknownOpcode, false},
		{"not JSON", func(c *rawClient) { _ = c.ws.WriteMessage(websocket.TextMessage, []byte("{op")) }, CloseDecodeError, false},
		{"disallowed intent", func(c *rawClient) {
			c.send(OpIdentify, map[string]any{"token": s.Token(), "intents": 1 << 15, "properties": map[string]any{}})
		}, CloseDisallowedIntents, false},
		{"no intents", func(c *rawClient) {
			c.send(OpIdentify, map[string]any{"token": s.Token(), "properties": map[string]any{}})
		}, CloseInvalidIntents, false},
		{"bad shard", func(c *rawClient) {
			c.send(OpIdentify, map[string]any{"token": s.Token(), "intents": 1, "shard": []int{2, 2}, "properties": map[string]any{}})
		}, CloseInvalidShard, false},
		{"wrong token on RESUME", func(c *rawClient) {
			c.send(OpResume, map[string]any{"token": "nope", "session_id": "x", "seq": 1})
		}, CloseAuthenticationFailed, true},
	}
	for _, tc := range cases {
		c := dialRaw(t, s)
		if tc.resume {
			c = dialRawResume(t, s)
		}
		c.read() // HELLO
		tc.send(c)
		if code := c.readClose(); code != tc.want {
			t.Errorf("%s: close %d, want %d", tc.name, code, tc.want)
		}
	}

	// An allowed privileged intent is fine; RESUME of an unknown session
	// gets INVALID_SESSION false.
	c := dialRawResume(t, s)
	c.read()
	c.send(OpResume, map[string]any{"token": s.Token(), "session_id": "nope", "seq": 1})
	if p := c.read(); p.Op != OpInvalidSession || string(p.D) != "false" {
		t.Errorf("RESUME of unknown session: %+v %s", p, p.D)
	}
	c.send(OpIdentify, map[string]any{"token": s.Token(), "intents": 1<<1 | 1, "properties": map[string]any{}})
	if p := c.read(); p.binary || *p.T != "READY" {
		t.Errorf("IDENTIFY with allowed privileged intent: %+v", p)
	}
}

func TestWithoutCompression(t *testing.T) {
	s := New(t, WithoutCompression(), WithShards(4), WithSessionStartRemaining(10))
	c := dialRaw(t, s)
	c.read()
	c.send(OpIdentify, map[string]any{"token": s.Token(), "intents": 1, "compress": true, "shard": []int{1, 4}, "properties": map[string]any{}})
	p := c.read()
	if p.binary || *p.T != "READY" {
		t.Fatalf("READY = %+v", p)
	}
	var rd struct {
		Shard []int `json:"shard"`
	}
	_ = json.Unmarshal(p.D, &rd)
	if len(rd.Shard) != 2 || rd.Shard[0] != 1 || rd.Shard[1] != 4 {
		t.Errorf("READY shard = %v", rd.Shard)
	}
}

// fatalRecorder records Fatalf and ends the goroutine, as testing.T does.
type fatalRecorder struct {
	recorderTB
	fatal chan string
}

func (r *fatalRecorder) Fatalf(format string, args ...any) {
	r.fatal <- fmt.Sprintf(format, args...)
	runtime.Goexit()
}

func TestWaitsFailCleanly(t *testing.T) {
	rec := &fatalRecorder{recorderTB: recorderTB{TB: t}, fatal: make(chan string, 1)}
	s := New(rec)
	waits := map[string]func(ctx context.Context){
		"WaitInteractionResponse": func(ctx context.Context) { s.WaitInteractionResponse(ctx, "1") },
		"WaitChannelMessage":      func(ctx context.Context) { s.WaitChannelMessage(ctx, "1") },
		"WaitReady":               func(ctx context.Context) { s.WaitReady(ctx) },
		"WaitIdentify":            func(ctx context.Context) { s.WaitIdentify(ctx) },
		"WaitResume":              func(ctx context.Context) { s.WaitResume(ctx) },
		"WaitCommands":            func(ctx context.Context) { s.WaitCommands(ctx, "") },
	}
	for name, w := range waits {
		ctx, cancel := context.WithTimeout(context.Background(), 20*time.Millisecond)
		done := make(chan struct{})
		go func() {
			defer close(done)
			w(ctx)
		}()
		select {
		case msg := <-rec.fatal:
			if !strings.Contains(msg, "context deadline exceeded") {
				t.Errorf("%s: %q", name, msg)
			}
		case <-time.After(5 * time.Second):
			t.Errorf("%s did not give up", name)
		}
		<-done
		cancel()
	}
	// Dispatching with no session fails the test instead of losing the event.
	s.Dispatch("MESSAGE_CREATE", map[string]any{})
	if errs := rec.errors(); len(errs) != 1 || !strings.Contains(errs[0], "before the bot identified") {
		t.Errorf("errors = %q", errs)
	}
}

// TestSessionRules checks the session rules Discord documents
// (https://discord.com/developers/docs/events/gateway#resuming): a client
// close with 1000 or 1001 ends the session, another code or a dropped
// connection keeps it, and so do codes Discord calls resumable; 4009 and
// the like end it.
func TestSessionRules(t *testing.T) {
	for _, tc := range []struct {
		name      string
		end       func(s *Server, c *rawClient)
		resumable bool
	}{
		{"client 1000", func(_ *Server, c *rawClient) { c.closeWith(websocket.CloseNormalClosure) }, false},
		{"client 1001", func(_ *Server, c *rawClient) { c.closeWith(websocket.CloseGoingAway) }, false},
		{"client 4000", func(_ *Server, c *rawClient) { c.closeWith(4000) }, true},
		{"client 1012", func(_ *Server, c *rawClient) { c.closeWith(websocket.CloseServiceRestart) }, true},
		{"dropped", func(s *Server, _ *rawClient) { s.DropConnection() }, true},
		{"server 4000", func(s *Server, c *rawClient) { s.CloseWith(CloseUnknownError, "Unknown error."); c.readClose() }, true},
		{"server 4009", func(s *Server, c *rawClient) { s.CloseWith(CloseSessionTimedOut, "Session timed out."); c.readClose() }, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := New(t)
			ctx := testCtx(t)
			c := dialRaw(t, s)
			session := c.ready(s.Token())
			tc.end(s, c)
			s.WaitDisconnected(ctx)
			// Wait for the fake to see the connection end, close frame and all.
			if err := s.wait(ctx, func() bool { return len(s.conns) == 0 }); err != nil {
				t.Fatal(err)
			}
			c2 := dialRawResume(t, s)
			c2.read() // HELLO
			c2.send(OpResume, map[string]any{"token": s.Token(), "session_id": session, "seq": 1})
			p := c2.read()
			switch {
			case tc.resumable && (p.T == nil || *p.T != "RESUMED"):
				t.Errorf("RESUME answered %+v %s, want RESUMED", p, p.D)
			case !tc.resumable && (p.Op != OpInvalidSession || string(p.D) != "false"):
				t.Errorf("RESUME answered %+v %s, want op 9 false", p, p.D)
			}
		})
	}
}

func (c *rawClient) closeWith(code int) {
	c.t.Helper()
	if err := c.ws.WriteMessage(websocket.CloseMessage, websocket.FormatCloseMessage(code, "")); err != nil {
		c.t.Fatal(err)
	}
	c.ws.Close()
}

// TestHeartbeatAcksOnDemand: with ACKs off, heartbeats go unanswered (a
// zombie connection, as a client sees one); back on, they are answered.
func TestHeartbeatAcksOnDemand(t *testing.T) {
	s := New(t)
	c := dialRaw(t, s)
	c.ready(s.Token())
	s.SetHeartbeatAcks(false)
	before := time.Now()
	c.send(OpHeartbeat, 1)
	// Once the fake has counted the heartbeat it has decided on its ACK
	// (counting it first and then waiting on the wire raced a loaded
	// machine's fake, still reading).
	s.WaitHeartbeats(testCtx(t), 1)
	if u := s.UnackedHeartbeats(); len(u) != 1 || u[0].Before(before) {
		t.Errorf("unacked heartbeats %v, want the one sent after %v", u, before)
	}
	_ = c.ws.SetReadDeadline(time.Now().Add(200 * time.Millisecond))
	if _, _, err := c.ws.ReadMessage(); err == nil {
		t.Fatal("a heartbeat was answered with ACKs off")
	}
	c2 := dialRaw(t, s) // the first client's reader is spent by the timeout
	c2.ready(s.Token())
	s.SetHeartbeatAcks(true)
	c2.send(OpHeartbeat, 1)
	if p := c2.read(); p.Op != OpHeartbeatAck {
		t.Errorf("with ACKs on: %+v", p)
	}
	if n := s.Heartbeats(); n != 2 || len(s.UnackedHeartbeats()) != 1 {
		t.Errorf("%d heartbeats, %d unacked; want 2 and 1", n, len(s.UnackedHeartbeats()))
	}
}

// TestResumeOnFirstURLFailsTheTest: Discord wants RESUME on
// resume_gateway_url; the fake accepts one elsewhere but fails the test.
func TestResumeOnFirstURLFailsTheTest(t *testing.T) {
	rec := &recorderTB{TB: t}
	s := New(rec)
	c := dialRaw(t, s)
	session := c.ready(s.Token())
	s.DropConnection()
	c2 := dialRaw(t, s)
	c2.read()
	c2.send(OpResume, map[string]any{"token": s.Token(), "session_id": session, "seq": 1})
	if p := c2.read(); p.T == nil || *p.T != "RESUMED" {
		t.Errorf("RESUME on the first URL: %+v", p)
	}
	if r := s.Resumes(); len(r) != 1 || r[0].OnResumeURL {
		t.Errorf("resumes %+v, want one not on the resume URL", r)
	}
	if errs := rec.errors(); len(errs) != 1 || !strings.Contains(errs[0], "resume_gateway_url") {
		t.Errorf("errors %q, want one naming resume_gateway_url", errs)
	}
}
