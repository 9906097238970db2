package discordtest

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/json"
	"errors"
	"net"
	"net/http"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes (https://discord.com/developers/docs/topics/opcodes-and-status-codes).
const (
	OpDispatch            = 0  // an event (READY, INTERACTION_CREATE …), server to client
	OpHeartbeat           = 1  // a heartbeat, client to server (or a request for one)
	OpIdentify            = 2  // IDENTIFY, client to server
	OpPresenceUpdate      = 3  // a presence update, client to server
	OpVoiceStateUpdate    = 4  // a voice state update, client to server
	OpResume              = 6  // RESUME, client to server
	OpReconnect           = 7  // RECONNECT: the client must reconnect and resume
	OpRequestGuildMembers = 8  // a guild members request, client to server
	OpInvalidSession      = 9  // INVALID_SESSION: the client must identify (d: may it resume)
	OpHello               = 10 // HELLO with heartbeat_interval, the first payload of a connection
	OpHeartbeatAck        = 11 // the answer to a heartbeat
)

// Gateway close codes (https://discord.com/developers/docs/topics/opcodes-and-status-codes#gateway-gateway-close-event-codes).
const (
	CloseUnknownError         = 4000 // "Unknown error." (resumable)
	CloseUnknownOpcode        = 4001 // "Unknown opcode." (resumable)
	CloseDecodeError          = 4002 // "Error while decoding payload." (resumable)
	CloseNotAuthenticated     = 4003 // "Not authenticated.": a payload before IDENTIFY (resumable)
	CloseAuthenticationFailed = 4004 // "Authentication failed.": wrong token
	CloseAlreadyAuthenticated = 4005 // "Already authenticated.": a second IDENTIFY (resumable)
	CloseInvalidSeq           = 4007 // "Invalid seq." on RESUME
	CloseRateLimited          = 4008 // "Rate limited." (resumable)
	CloseSessionTimedOut      = 4009 // "Session timed out."
	CloseInvalidShard         = 4010 // "Invalid shard."
	CloseShardingRequired     = 4011 // "Sharding required."
	CloseInvalidAPIVersion    = 4012 // "Invalid API version."
	CloseInvalidIntents       = 4013 // "Invalid intent(s)."
	CloseDisallowedIntents    = 4014 // "Disallowed intent(s).": a privileged intent not enabled
)

// privilegedIntents are GUILD_MEMBERS, GUILD_PRESENCES and MESSAGE_CONTENT.
const privilegedIntents = 1<<1 | 1<<8 | 1<<15

// Identify is one IDENTIFY (op 2) the bot sent.
type Identify struct {
	Conn           int    // which connection (1-based, see Connections)
	Token          string // as sent; discordgo sends "Bot <token>"
	Intents        int64
	HasIntents     bool  // the intents field was present
	Shard          []int // [shard_id, num_shards], nil if absent
	Compress       bool
	LargeThreshold int
	Properties     map[string]any // e.g. {"os": …} or discordgo's {"$os": …}
	Presence       json.RawMessage
	Raw            json.RawMessage // the whole d object
}

// Resume is one RESUME (op 6) the bot sent.
type Resume struct {
	Conn      int
	Token     string
	SessionID string
	Seq       int64
	Accepted  bool // the session was resumed (false: INVALID_SESSION was sent)
	// OnResumeURL: the RESUME came on READY's resume_gateway_url, as Discord
	// asks. One on the first URL is still accepted (Discord says such
	// clients "will experience disconnects at a higher rate") but fails the
	// test.
	OnResumeURL bool
}

// GatewayMessage is one payload the bot sent on the gateway.
type GatewayMessage struct {
	Conn int
	Op   int
	Data json.RawMessage
	At   time.Time
}

type event struct {
	seq int64
	t   string
	d   json.RawMessage
}

type session struct {
	id        string
	seq       int64
	log       []event
	resumable bool
	compress  bool
	shard     []int
}

type gwConn struct {
	s        *Server
	ws       *websocket.Conn
	n        int
	version  string
	onResume bool // on the resume_gateway_url listener

	wmu      sync.Mutex // serializes writes; guards compress
	compress bool

	identified bool // guarded by s.mu
	closing    atomic.Bool
}

type frame struct {
	Op int     `json:"op"`
	D  any     `json:"d"`
	S  *int64  `json:"s"`
	T  *string `json:"t"`
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveResumeGateway serves the resume_gateway_url listener: the gateway
// at any path (discordgo appends "?v=…" to the bare host Discord gives).
func (s *Server) serveResumeGateway(w http.ResponseWriter, r *http.Request) {
	if !websocket.IsWebSocketUpgrade(r) {
		http.NotFound(w, r)
		return
	}
	s.serveGatewayConn(w, r, true)
}

func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.serveGatewayConn(w, r, false)
}

func (s *Server) serveGatewayConn(w http.ResponseWriter, r *http.Request, resume bool) {
	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return
	}
	c := &gwConn{s: s, ws: ws, version: r.URL.Query().Get("v"), onResume: resume}
	if c.version == "" {
		c.version = "10"
	}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.connCount++
	c.n = s.connCount
	s.conns[c] = struct{}{}
	s.wg.Add(1)
	s.changed()
	s.mu.Unlock()
	defer s.wg.Done()
	c.run()
}

func (c *gwConn) run() {
	s := c.s
	defer func() {
		c.ws.Close()
		s.mu.Lock()
		delete(s.conns, c)
		if s.cur == c {
			s.cur = nil
		}
		s.changed()
		s.mu.Unlock()
	}()
	hello := map[string]any{"heartbeat_interval": s.cfg.heartbeatInterval.Milliseconds(), "_trace": []string{`["discordtest-gateway",{"micros":0}]`}}
	if err := c.send(frame{Op: OpHello, D: hello}); err != nil {
		return
	}
	for {
		_, data, err := c.ws.ReadMessage()
		if err != nil {
			var ce *websocket.CloseError
			if errors.As(err, &ce) {
				s.mu.Lock()
				s.clientCloses = append(s.clientCloses, ce.Code)
				// Discord invalidates the session when the client closes
				// with 1000 or 1001.
				if (ce.Code == websocket.CloseNormalClosure || ce.Code == websocket.CloseGoingAway) &&
					c.identified && s.sess != nil && !c.closing.Load() {
					s.sess.resumable = false
				}
				s.changed()
				s.mu.Unlock()
			}
			return
		}
		if c.closing.Load() {
			continue
		}
		c.handle(data)
	}
}

// send writes one payload, zlib-compressed in a binary frame when the
// session asked for compression.
func (c *gwConn) send(f frame) error {
	b, err := json.Marshal(f)
	if err != nil {
		return err
	}
	c.wmu.Lock()
	defer c.wmu.Unlock()
	_ = c.ws.SetWriteDeadline(time.Now().Add(5 * time.Second))
	if !c.compress {
		return c.ws.WriteMessage(websocket.TextMessage, b)
	}
	var buf bytes.Buffer
	zw := zlib.NewWriter(&buf)
	_, _ = zw.Write(b)
	_ = zw.Close()
	return c.ws.WriteMessage(websocket.BinaryMessage, buf.Bytes())
}

func (c *gwConn) setCompress(on bool) {
	c.wmu.Lock()
	c.compress = on
	c.wmu.Unlock()
}

// closeWith sends a close frame, half-closes the TCP connection and lets the
// read loop finish when the client goes away (or after two seconds).
func (c *gwConn) closeWith(code int, reason string) {
	if c.closing.Swap(true) {
		return
	}
	c.s.mu.Lock()
	c.s.serverCloses = append(c.s.serverCloses, code)
	if c.s.cur == c {
		c.s.cur = nil
	}
	c.s.changed()
	c.s.mu.Unlock()
	c.wmu.Lock()
	_ = c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, reason), time.Now().Add(time.Second))
	c.wmu.Unlock()
	if tc, ok := c.ws.UnderlyingConn().(*net.TCPConn); ok {
		_ = tc.CloseWrite()
	}
	_ = c.ws.SetReadDeadline(time.Now().Add(2 * time.Second))
}

func (c *gwConn) handle(data []byte) {
	s := c.s
	var p struct {
		Op *int            `json:"op"`
		D  json.RawMessage `json:"d"`
	}
	if err := json.Unmarshal(data, &p); err != nil || p.Op == nil {
		c.closeWith(CloseDecodeError, "Error while decoding payload.")
		return
	}
	s.mu.Lock()
	s.gwMessages = append(s.gwMessages, GatewayMessage{Conn: c.n, Op: *p.Op, Data: append(json.RawMessage(nil), p.D...), At: time.Now()})
	identified := c.identified
	s.changed()
	s.mu.Unlock()

	switch *p.Op {
	case OpHeartbeat:
		s.mu.Lock()
		s.heartbeats++
		ack := !s.noAck
		if !ack {
			s.unacked = append(s.unacked, time.Now())
		}
		s.changed()
		s.mu.Unlock()
		if ack {
			_ = c.send(frame{Op: OpHeartbeatAck})
		}
	case OpIdentify:
		c.identify(p.D)
	case OpResume:
		c.resume(p.D)
	case OpPresenceUpdate, OpVoiceStateUpdate, OpRequestGuildMembers:
		if !identified {
			c.closeWith(CloseNotAuthenticated, "Not authenticated.")
		}
	default:
		c.closeWith(CloseUnknownOpcode, "Unknown opcode.")
	}
}

func stripBot(token string) string { return strings.TrimPrefix(token, "Bot ") }

func (c *gwConn) identify(raw json.RawMessage) {
	s := c.s
	var d struct {
		Token          string          `json:"token"`
		Intents        *int64          `json:"intents"`
		Shard          []int           `json:"shard"`
		Compress       bool            `json:"compress"`
		LargeThreshold int             `json:"large_threshold"`
		Properties     map[string]any  `json:"properties"`
		Presence       json.RawMessage `json:"presence"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		c.closeWith(CloseDecodeError, "Error while decoding payload.")
		return
	}
	rec := Identify{Conn: c.n, Token: d.Token, Shard: d.Shard, Compress: d.Compress, LargeThreshold: d.LargeThreshold,
		Properties: d.Properties, Presence: d.Presence, Raw: append(json.RawMessage(nil), raw...)}
	if d.Intents != nil {
		rec.Intents, rec.HasIntents = *d.Intents, true
	}
	s.mu.Lock()
	s.identifies = append(s.identifies, rec)
	already := c.identified
	s.changed()
	s.mu.Unlock()

	switch {
	case already:
		c.closeWith(CloseAlreadyAuthenticated, "Already authenticated.")
		return
	case stripBot(d.Token) != s.cfg.token:
		c.closeWith(CloseAuthenticationFailed, "Authentication failed.")
		return
	case d.Intents == nil || *d.Intents < 0 || *d.Intents >= 1<<26:
		c.closeWith(CloseInvalidIntents, "Invalid intent(s).")
		return
	case d.Shard != nil && (len(d.Shard) != 2 || d.Shard[0] < 0 || d.Shard[1] < 1 || d.Shard[0] >= d.Shard[1]):
		c.closeWith(CloseInvalidShard, "Invalid shard.")
		return
	case s.cfg.privileged != nil && *d.Intents&privilegedIntents&^*s.cfg.privileged != 0:
		c.closeWith(CloseDisallowedIntents, "Disallowed intent(s).")
		return
	}

	s.dmu.Lock()
	defer s.dmu.Unlock()
	compress := d.Compress && !s.cfg.noCompress
	sess := &session{id: randomHex(16), seq: 1, resumable: true, compress: compress, shard: d.Shard}
	s.mu.Lock()
	s.sess = sess
	c.identified = true
	old := s.cur
	s.cur = c
	s.mu.Unlock()
	if old != nil && old != c {
		old.ws.Close()
	}
	c.setCompress(compress)
	ready := map[string]any{
		"v":                       atoiOr(c.version, 10),
		"user":                    s.botUser(),
		"guilds":                  []any{},
		"session_id":              sess.id,
		"session_type":            "normal",
		"resume_gateway_url":      s.ResumeGatewayURL(),
		"application":             map[string]any{"id": s.cfg.appID, "flags": s.cfg.appFlags},
		"private_channels":        []any{},
		"relationships":           []any{},
		"presences":               []any{},
		"guild_join_requests":     []any{},
		"geo_ordered_rtc_regions": []string{"rotterdam", "london", "frankfurt"},
		"user_settings":           map[string]any{},
		"_trace":                  []string{`["discordtest-gateway",{"micros":0}]`},
	}
	if d.Shard != nil {
		ready["shard"] = d.Shard
	}
	s.mu.Lock()
	s.readies++
	s.changed()
	s.mu.Unlock()
	seq := int64(1)
	t := "READY"
	_ = c.send(frame{Op: OpDispatch, D: ready, S: &seq, T: &t})
}

func atoiOr(s string, def int) int {
	n := 0
	for _, r := range s {
		if r < '0' || r > '9' {
			return def
		}
		n = n*10 + int(r-'0')
	}
	if s == "" {
		return def
	}
	return n
}

func (c *gwConn) resume(raw json.RawMessage) {
	s := c.s
	var d struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(raw, &d); err != nil {
		c.closeWith(CloseDecodeError, "Error while decoding payload.")
		return
	}
	s.mu.Lock()
	already := c.identified
	s.mu.Unlock()
	if already {
		c.recordResume(Resume{Conn: c.n, Token: d.Token, SessionID: d.SessionID, Seq: d.Seq})
		c.closeWith(CloseAlreadyAuthenticated, "Already authenticated.")
		return
	}
	if stripBot(d.Token) != s.cfg.token {
		c.recordResume(Resume{Conn: c.n, Token: d.Token, SessionID: d.SessionID, Seq: d.Seq})
		c.closeWith(CloseAuthenticationFailed, "Authentication failed.")
		return
	}

	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.mu.Lock()
	sess := s.sess
	ok := sess != nil && sess.id == d.SessionID && sess.resumable && d.Seq <= sess.seq
	var missed []event
	if ok {
		for _, e := range sess.log {
			if e.seq > d.Seq {
				missed = append(missed, e)
			}
		}
	}
	s.mu.Unlock()
	c.recordResume(Resume{Conn: c.n, Token: d.Token, SessionID: d.SessionID, Seq: d.Seq, Accepted: ok})
	if !ok {
		_ = c.send(frame{Op: OpInvalidSession, D: false})
		return
	}
	c.setCompress(sess.compress)
	for _, e := range missed {
		seq, t := e.seq, e.t
		if err := c.send(frame{Op: OpDispatch, D: e.d, S: &seq, T: &t}); err != nil {
			return
		}
	}
	s.mu.Lock()
	sess.seq++
	seq := sess.seq
	c.identified = true
	old := s.cur
	s.cur = c
	s.mu.Unlock()
	if old != nil && old != c {
		old.ws.Close()
	}
	s.mu.Lock()
	s.readies++
	drop := s.dropResumed > 0
	if drop {
		s.dropResumed--
		s.cur = nil
	}
	s.changed()
	s.mu.Unlock()
	t := "RESUMED"
	_ = c.send(frame{Op: OpDispatch, D: map[string]any{"_trace": []string{`["discordtest-gateway",{"micros":0}]`}}, S: &seq, T: &t})
	if drop {
		c.closing.Store(true)
		c.ws.Close()
	}
}

func (c *gwConn) recordResume(r Resume) {
	r.OnResumeURL = c.onResume
	if !r.OnResumeURL {
		c.s.t.Errorf("discordtest: RESUME on the first gateway URL (connection %d); Discord wants it on READY's resume_gateway_url %s", c.n, c.s.ResumeGatewayURL())
	}
	c.s.mu.Lock()
	c.s.resumes = append(c.s.resumes, r)
	c.s.changed()
	c.s.mu.Unlock()
}

// Dispatch sends a dispatch event (op 0) named t with data d (anything that
// encodes to JSON) to the bot with the session's next sequence number, and
// keeps it so that a RESUME replays it. If the bot is disconnected the event
// waits for its RESUME; if it has no session at all the test fails.
// Dispatching INTERACTION_CREATE registers the interaction's id and token
// so that the bot can respond to it. It returns the sequence number.
func (s *Server) Dispatch(t string, d any) int64 {
	s.t.Helper()
	raw, err := json.Marshal(d)
	if err != nil {
		s.t.Errorf("discordtest: Dispatch(%s): %v", t, err)
		return 0
	}
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.mu.Lock()
	sess := s.sess
	if sess == nil {
		s.mu.Unlock()
		s.t.Errorf("discordtest: Dispatch(%s) before the bot identified: nobody would receive it", t)
		return 0
	}
	sess.seq++
	seq := sess.seq
	sess.log = append(sess.log, event{seq: seq, t: t, d: raw})
	if t == "INTERACTION_CREATE" {
		s.registerInteraction(raw)
	}
	c := s.cur
	s.changed()
	s.mu.Unlock()
	if c != nil {
		tt := t
		if err := c.send(frame{Op: OpDispatch, D: json.RawMessage(raw), S: &seq, T: &tt}); err != nil {
			// The connection is broken: drop it; the event is replayed on RESUME.
			c.ws.Close()
		}
	}
	return seq
}

// registerInteraction records an interaction's id and token; s.mu held.
func (s *Server) registerInteraction(raw []byte) {
	var in struct {
		ID        string              `json:"id"`
		Token     string              `json:"token"`
		Type      int                 `json:"type"`
		ChannelID string              `json:"channel_id"`
		GuildID   string              `json:"guild_id"`
		Channel   struct{ ID string } `json:"channel"`
		Message   map[string]any      `json:"message"`
	}
	if err := json.Unmarshal(raw, &in); err != nil || in.ID == "" || in.Token == "" {
		return
	}
	if in.ChannelID == "" {
		in.ChannelID = in.Channel.ID
	}
	st := &interactionState{id: in.ID, token: in.Token, typ: in.Type, channelID: in.ChannelID, guildID: in.GuildID,
		message: in.Message, created: snowflakeTime(in.ID)}
	s.interactions[in.ID] = st
	s.byToken[in.Token] = st
}

// current returns the connection receiving dispatches, failing the test if
// there is none.
func (s *Server) current(what string) *gwConn {
	s.t.Helper()
	s.mu.Lock()
	c := s.cur
	s.mu.Unlock()
	if c == nil {
		s.t.Errorf("discordtest: %s: the bot has no ready gateway connection", what)
	}
	return c
}

// DropConnection closes the current gateway connection's TCP connection
// abruptly, without a close frame, as a network failure would. The session
// stays resumable: discordgo reconnects and RESUMEs, and dispatches sent
// meanwhile are replayed.
func (s *Server) DropConnection() {
	s.t.Helper()
	c := s.current("DropConnection")
	if c == nil {
		return
	}
	s.mu.Lock()
	if s.cur == c {
		s.cur = nil
	}
	s.changed()
	s.mu.Unlock()
	c.closing.Store(true)
	c.ws.Close()
}

// DropAfterResumed makes the next n resumed connections drop, as
// DropConnection does, just after they send RESUMED: a network that fails
// again and again, with the bot's heartbeat goroutine for each connection
// barely started.
func (s *Server) DropAfterResumed(n int) {
	s.mu.Lock()
	s.dropResumed = n
	s.mu.Unlock()
}

// SendReconnect sends RECONNECT (op 7) on the current connection. discordgo
// closes the connection with 1012 and reconnects with RESUME.
func (s *Server) SendReconnect() {
	s.t.Helper()
	c := s.current("SendReconnect")
	if c == nil {
		return
	}
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.mu.Lock()
	if s.cur == c {
		s.cur = nil
	}
	s.mu.Unlock()
	_ = c.send(frame{Op: OpReconnect})
}

// SendInvalidSession sends INVALID_SESSION (op 9) with d = resumable on the
// current connection, which then needs a new IDENTIFY. When resumable is
// false the session is discarded so a later RESUME fails. discordgo v0.29
// ignores d and immediately sends IDENTIFY on the same connection.
func (s *Server) SendInvalidSession(resumable bool) {
	s.t.Helper()
	c := s.current("SendInvalidSession")
	if c == nil {
		return
	}
	s.dmu.Lock()
	defer s.dmu.Unlock()
	s.mu.Lock()
	if s.cur == c {
		s.cur = nil
	}
	c.identified = false
	if !resumable && s.sess != nil {
		s.sess.resumable = false
	}
	s.mu.Unlock()
	_ = c.send(frame{Op: OpInvalidSession, D: resumable})
}

// CloseWith closes the current gateway connection with a close frame of the
// given code and reason. Codes after which Discord does not allow resuming
// (4004, 4007, 4009, 4010–4014) also invalidate the session.
func (s *Server) CloseWith(code int, reason string) {
	s.t.Helper()
	c := s.current("CloseWith")
	if c == nil {
		return
	}
	switch code {
	case CloseAuthenticationFailed, CloseInvalidSeq, CloseSessionTimedOut, CloseInvalidShard,
		CloseShardingRequired, CloseInvalidAPIVersion, CloseInvalidIntents, CloseDisallowedIntents:
		s.mu.Lock()
		if s.sess != nil {
			s.sess.resumable = false
		}
		s.mu.Unlock()
	}
	c.closeWith(code, reason)
}

// SetHeartbeatAcks turns HEARTBEAT_ACK replies on (the default) or off, to
// simulate a zombie connection: discordgo reconnects after five heartbeat
// intervals without an ACK.
func (s *Server) SetHeartbeatAcks(on bool) {
	s.mu.Lock()
	s.noAck = !on
	s.mu.Unlock()
}

// SessionID is the current gateway session id ("" before the first READY).
func (s *Server) SessionID() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return ""
	}
	return s.sess.id
}

// Sequence is the sequence number of the last dispatch of the current session.
func (s *Server) Sequence() int64 {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sess == nil {
		return 0
	}
	return s.sess.seq
}

// Connected reports whether the bot has a gateway connection that has
// reached READY or RESUMED and receives dispatches.
func (s *Server) Connected() bool {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.cur != nil
}

// Identifies returns every IDENTIFY received, in order.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// Resumes returns every RESUME received, in order.
func (s *Server) Resumes() []Resume {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Resume(nil), s.resumes...)
}

// Connections is the number of gateway websocket connections accepted so far.
func (s *Server) Connections() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.connCount
}

// Readies is the number of times a connection reached READY or RESUMED.
func (s *Server) Readies() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.readies
}

// Heartbeats is the number of heartbeats (op 1) received.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeats
}

// UnackedHeartbeats returns when each heartbeat that SetHeartbeatAcks(false)
// left without an ACK was received, in order. The first one after acks went
// off is when a connection became a zombie: a test timing the bot's
// detection from there, rather than from the SetHeartbeatAcks call (up to
// an interval earlier), measures the bot and not where in its heartbeat
// interval the call fell.
func (s *Server) UnackedHeartbeats() []time.Time {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]time.Time(nil), s.unacked...)
}

// GatewayMessages returns every payload the bot sent on the gateway
// (heartbeats, IDENTIFY, RESUME, presence updates …), in order.
func (s *Server) GatewayMessages() []GatewayMessage {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]GatewayMessage(nil), s.gwMessages...)
}

// ClientCloseCodes returns the codes of the close frames the bot sent.
func (s *Server) ClientCloseCodes() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.clientCloses...)
}

// ServerCloseCodes returns the codes of the close frames the fake sent
// (CloseWith and protocol errors such as 4004).
func (s *Server) ServerCloseCodes() []int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]int(nil), s.serverCloses...)
}

func (s *Server) waitCount(ctx context.Context, what string, n int, count func() int) {
	s.t.Helper()
	if err := s.wait(ctx, func() bool { return count() >= n }); err != nil {
		s.t.Fatalf("discordtest: waiting for %s #%d (have %d): %v", what, n, s.countLocked(count), err)
	}
}

func (s *Server) countLocked(count func() int) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return count()
}

// WaitIdentify waits for the first IDENTIFY and returns it.
func (s *Server) WaitIdentify(ctx context.Context) Identify {
	s.t.Helper()
	return s.WaitIdentifyN(ctx, 1)
}

// WaitIdentifyN waits for the n-th IDENTIFY (1-based) and returns it.
func (s *Server) WaitIdentifyN(ctx context.Context, n int) Identify {
	s.t.Helper()
	s.waitCount(ctx, "IDENTIFY", n, func() int { return len(s.identifies) })
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.identifies[n-1]
}

// WaitResume waits for the first RESUME and returns it.
func (s *Server) WaitResume(ctx context.Context) Resume {
	s.t.Helper()
	return s.WaitResumeN(ctx, 1)
}

// WaitResumeN waits for the n-th RESUME (1-based) and returns it (its
// Accepted field says whether the session will be resumed; WaitReadyN tells
// when RESUMED has been sent).
func (s *Server) WaitResumeN(ctx context.Context, n int) Resume {
	s.t.Helper()
	s.waitCount(ctx, "RESUME", n, func() int { return len(s.resumes) })
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.resumes[n-1]
}

// WaitReady waits until a connection has reached READY or RESUMED at least
// once.
func (s *Server) WaitReady(ctx context.Context) {
	s.t.Helper()
	s.WaitReadyN(ctx, 1)
}

// WaitReadyN waits until connections have reached READY or RESUMED n times in
// total (e.g. s.WaitReadyN(ctx, s.Readies()+1) after DropConnection).
func (s *Server) WaitReadyN(ctx context.Context, n int) {
	s.t.Helper()
	s.waitCount(ctx, "READY/RESUMED", n, func() int { return s.readies })
}

// WaitConnections waits until n gateway connections have been accepted.
func (s *Server) WaitConnections(ctx context.Context, n int) {
	s.t.Helper()
	s.waitCount(ctx, "gateway connection", n, func() int { return s.connCount })
}

// WaitHeartbeats waits until n heartbeats have been received in total.
func (s *Server) WaitHeartbeats(ctx context.Context, n int) {
	s.t.Helper()
	s.waitCount(ctx, "heartbeat", n, func() int { return s.heartbeats })
}

// WaitOp waits for the first gateway payload with opcode op the bot sent
// (including earlier ones) and returns it.
func (s *Server) WaitOp(ctx context.Context, op int) GatewayMessage {
	s.t.Helper()
	var found GatewayMessage
	err := s.wait(ctx, func() bool {
		for _, m := range s.gwMessages {
			if m.Op == op {
				found = m
				return true
			}
		}
		return false
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for gateway op %d: %v", op, err)
	}
	return found
}

// WaitDisconnected waits until the bot has no ready gateway connection.
func (s *Server) WaitDisconnected(ctx context.Context) {
	s.t.Helper()
	if err := s.wait(ctx, func() bool { return s.cur == nil }); err != nil {
		s.t.Fatalf("discordtest: waiting for the gateway connection to end: %v", err)
	}
}
