package discordtest

import (
	"context"
	"crypto/rand"
	"encoding/base64"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/gorilla/websocket"
)

// Defaults used when no Option overrides them. The bot user and application
// share one id, as they do for every Discord application created since 2020.
const (
	// DefaultToken is the bot token the fake accepts unless WithToken is given.
	// Like a real token it is three base64url parts, the first encoding
	// DefaultBotUserID. Configure the bot with s.Token(); discordgo needs
	// "Bot " + token.
	DefaultToken = "MTE4MDQ2OTM5NTI5MDg2NTcwNA.GdTest.discordtest-fake-bot-token"
	// DefaultBotUserID is the id of the bot's own user.
	DefaultBotUserID = "1180469395290865704"
	// DefaultApplicationID is the id of the bot's application.
	DefaultApplicationID = "1180469395290865704"
	// DefaultBotUsername is the bot user's username.
	DefaultBotUsername = "strikebot"
	// DefaultHeartbeatInterval is the heartbeat interval sent in HELLO.
	DefaultHeartbeatInterval = 45 * time.Second
	// DefaultInteractionDeadline is how long an interaction accepts its
	// first response (its callback), as on Discord.
	DefaultInteractionDeadline = 3 * time.Second
)

type config struct {
	token             string
	botUserID         string
	botUsername       string
	appID             string
	appFlags          int64
	heartbeatInterval time.Duration
	shards            int
	remaining         int
	privileged        *int64
	noCompress        bool
	interactionTTL    time.Duration
}

// Option configures a Server created by New.
type Option func(*config)

// WithToken sets the bot token the fake accepts, without the "Bot " prefix.
// REST requests must carry "Authorization: Bot <token>" and IDENTIFY/RESUME
// must carry the token (discordgo sends it with the "Bot " prefix, which the
// fake accepts as Discord does).
func WithToken(token string) Option { return func(c *config) { c.token = token } }

// WithBotUser sets the id and username of the bot's own user (READY's user,
// GET /users/@me). The ids in fixtures that name the bot are rewritten to id.
func WithBotUser(id, username string) Option {
	return func(c *config) { c.botUserID, c.botUsername = id, username }
}

// WithApplicationID sets the application id (READY's application.id,
// GET /oauth2/applications/@me, the only {application_id} the command and
// webhook routes accept).
func WithApplicationID(id string) Option { return func(c *config) { c.appID = id } }

// WithApplicationFlags sets READY's application.flags.
func WithApplicationFlags(flags int64) Option { return func(c *config) { c.appFlags = flags } }

// WithHeartbeatInterval sets the heartbeat_interval sent in HELLO (default
// 45s). discordgo heartbeats at this interval and reconnects when no
// HEARTBEAT_ACK arrived for five intervals.
func WithHeartbeatInterval(d time.Duration) Option {
	return func(c *config) { c.heartbeatInterval = d }
}

// WithShards sets the recommended shard count returned by GET /gateway/bot.
func WithShards(n int) Option { return func(c *config) { c.shards = n } }

// WithSessionStartRemaining sets session_start_limit.remaining of
// GET /gateway/bot before any IDENTIFY (each IDENTIFY then uses one).
func WithSessionStartRemaining(r int) Option { return func(c *config) { c.remaining = r } }

// WithPrivilegedIntents makes the gateway enforce privileged intents as
// Discord does: an IDENTIFY asking for a privileged intent (GUILD_MEMBERS
// 1<<1, GUILD_PRESENCES 1<<8, MESSAGE_CONTENT 1<<15) that is not in allowed is
// closed with 4014 "Disallowed intent(s).". Without this option privileged
// intents are not checked.
func WithPrivilegedIntents(allowed int64) Option {
	return func(c *config) { c.privileged = &allowed }
}

// WithoutCompression makes the gateway send plain text frames even when
// IDENTIFY asks for compress: true (by default such clients get every payload
// after IDENTIFY as a zlib-compressed binary frame, which discordgo decodes).
func WithoutCompression() Option { return func(c *config) { c.noCompress = true } }

// WithInteractionDeadline makes interaction callbacks arriving later than d
// after the INTERACTION_CREATE dispatch fail with 404 "Unknown interaction"
// (code 10062), as Discord does after DefaultInteractionDeadline (3 s, the
// default). Tests shorten it rather than sleep; 0 turns the check off.
func WithInteractionDeadline(d time.Duration) Option {
	return func(c *config) { c.interactionTTL = d }
}

// Request is one HTTP request the bot made to the fake REST API.
type Request struct {
	Method string
	Path   string     // URL path as sent, e.g. "/api/v9/users/@me"
	Query  url.Values // query parameters
	Header http.Header
	Body   []byte // raw body
	// JSON is the decoded JSON body (for multipart bodies the payload_json
	// part), numbers as int64 or float64; nil when there was no body.
	JSON  any
	Files []File // file parts of a multipart body
	// Operation is the matched OpenAPI operation, e.g.
	// "PUT /applications/{application_id}/commands"; "" if none matched.
	Operation string
	// ValidationError is why the request did not conform to Discord's OpenAPI
	// spec (the test has been failed with it); nil if it conformed.
	ValidationError error
	Status          int  // status code the fake answered with
	Unexpected      bool // the fake has no behaviour for this request (answered 404)
	At              time.Time
}

// WebhookCall is one request the bot made to an interaction's webhook
// (editing the original response, sending or editing a follow-up).
type WebhookCall struct {
	InteractionID string
	Method        string
	MessageID     string // "@original" or a follow-up message id; "" for a new follow-up
	Body          map[string]any
}

type interactionState struct {
	id, token, channelID, guildID string
	typ                           int
	message                       map[string]any // message of a component interaction
	created                       time.Time      // from the id: the window counts from here

	responded  bool
	response   []byte // JSON body of the callback
	originalID string

	edits, followups         [][]byte
	editsTaken, followsTaken int
	messageIDs               map[string]bool // follow-ups created for this interaction
}

type failRule struct {
	method, path string
	status       int
	body         string
	header       http.Header
}

// Server is a fake Discord: an HTTP REST API under /api/v9 (and /api/v10) and
// a websocket gateway under /gateway, both on one httptest.Server on
// 127.0.0.1. Create it with New. All methods are safe for concurrent use; the
// Wait… methods must be called from the test's goroutine (they call
// t.Fatalf on timeout).
type Server struct {
	t    testing.TB
	cfg  config
	srv  *httptest.Server
	spec *apiSpec
	// resume serves the gateway at READY's resume_gateway_url, another
	// address than the one GET /gateway gives, as on Discord.
	resume *httptest.Server

	ids atomic.Uint64

	mu     sync.Mutex
	notify chan struct{} // closed and replaced on every state change
	closed bool

	requests      []Request
	failNext      []failRule
	commands      map[string][]map[string]any // by guild id, "" for global
	commandWrites map[string]int
	interactions  map[string]*interactionState
	byToken       map[string]*interactionState
	webhookCalls  []WebhookCall
	channelMsgs   map[string][][]byte
	channelTaken  map[string]int
	messages      map[string]map[string]any // message objects the bot created, by id

	// gateway state, see gateway.go
	dmu          sync.Mutex // serializes sequence numbering and sending of dispatches
	conns        map[*gwConn]struct{}
	cur          *gwConn // the connection that receives dispatches
	sess         *session
	connCount    int
	identifies   []Identify
	resumes      []Resume
	readies      int
	heartbeats   int
	noAck        bool
	unacked      []time.Time // when each heartbeat left without an ACK came
	dropResumed  int         // connections still to drop just after their RESUMED
	gwMessages   []GatewayMessage
	clientCloses []int
	serverCloses []int
	wg           sync.WaitGroup
}

// New starts a fake Discord on 127.0.0.1 and registers its shutdown with
// t.Cleanup. Point discordgo at it with UseEndpoints(t, s.APIURL()) (or the
// bot's own helper given s.APIURL()). Every request body is validated against
// Discord's OpenAPI spec; violations fail t.
func New(t testing.TB, opts ...Option) *Server {
	t.Helper()
	cfg := config{
		token:             DefaultToken,
		botUserID:         DefaultBotUserID,
		botUsername:       DefaultBotUsername,
		appID:             DefaultApplicationID,
		heartbeatInterval: DefaultHeartbeatInterval,
		shards:            1,
		remaining:         1000,
		interactionTTL:    DefaultInteractionDeadline,
	}
	for _, o := range opts {
		o(&cfg)
	}
	sp, err := loadSpec()
	if err != nil {
		t.Fatalf("discordtest: %v", err)
	}
	s := &Server{
		t:             t,
		cfg:           cfg,
		spec:          sp,
		notify:        make(chan struct{}),
		commands:      map[string][]map[string]any{},
		commandWrites: map[string]int{},
		interactions:  map[string]*interactionState{},
		byToken:       map[string]*interactionState{},
		channelMsgs:   map[string][][]byte{},
		channelTaken:  map[string]int{},
		messages:      map[string]map[string]any{},
		conns:         map[*gwConn]struct{}{},
	}
	// Assign before serving: a handler that reads s.srv (for the gateway
	// URL) must not race with this assignment.
	s.srv = httptest.NewUnstartedServer(http.HandlerFunc(s.serveHTTP))
	s.resume = httptest.NewUnstartedServer(http.HandlerFunc(s.serveResumeGateway))
	s.srv.Start()
	s.resume.Start()
	t.Cleanup(s.close)
	return s
}

func (s *Server) close() {
	s.mu.Lock()
	s.closed = true
	conns := make([]*gwConn, 0, len(s.conns))
	for c := range s.conns {
		conns = append(conns, c)
	}
	s.mu.Unlock()
	for _, c := range conns {
		c.ws.Close()
	}
	s.wg.Wait()
	s.srv.Close()
	s.resume.Close()
}

// URL is the base URL of the fake, "http://127.0.0.1:PORT".
func (s *Server) URL() string { return s.srv.URL }

// APIURL is the value for the bot's DISCORD_API_URL: the base URL of the
// fake, "http://127.0.0.1:PORT" (discordgo appends "api/v9/...").
func (s *Server) APIURL() string { return s.srv.URL }

// GatewayURL is the websocket URL returned by GET /gateway(/bot),
// "ws://127.0.0.1:PORT/gateway".
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.srv.URL, "http") + "/gateway"
}

// ResumeGatewayURL is READY's resume_gateway_url, "ws://127.0.0.1:PORT2":
// another listener than GatewayURL's, as Discord gives another host. A
// RESUME must arrive there (see Resume.OnResumeURL).
func (s *Server) ResumeGatewayURL() string {
	return "ws" + strings.TrimPrefix(s.resume.URL, "http")
}

// Token is the bot token the fake accepts (without "Bot ").
func (s *Server) Token() string { return s.cfg.token }

// BotUserID is the id of the bot's user.
func (s *Server) BotUserID() string { return s.cfg.botUserID }

// ApplicationID is the id of the bot's application.
func (s *Server) ApplicationID() string { return s.cfg.appID }

// changed wakes every waiter; s.mu must be held.
func (s *Server) changed() {
	close(s.notify)
	s.notify = make(chan struct{})
}

// wait blocks until cond (called with s.mu held) is true or ctx is done.
func (s *Server) wait(ctx context.Context, cond func() bool) error {
	for {
		s.mu.Lock()
		if cond() {
			s.mu.Unlock()
			return nil
		}
		ch := s.notify
		s.mu.Unlock()
		select {
		case <-ch:
		case <-ctx.Done():
			return ctx.Err()
		}
	}
}

// discordEpoch is the first millisecond of 2015, where snowflakes count from.
const discordEpoch = 1420070400000

// newID returns a fresh snowflake for the current time.
func (s *Server) newID() string { return s.SnowflakeAt(time.Now()) }

// SnowflakeAt returns a fresh snowflake id created at t. An interaction's
// window counts from its id's time, as on Discord, so an interaction with
// an id from more than 3 s ago (SendInteraction with m["id"] set to one)
// is one that reached the bot too late to be answered.
func (s *Server) SnowflakeAt(t time.Time) string {
	ms := uint64(t.UnixMilli() - discordEpoch)
	n := s.ids.Add(1)
	return strconv.FormatUint(ms<<22|(n&(1<<22-1)), 10)
}

// snowflakeTime is when snowflake id was created (now if it is not one).
func snowflakeTime(id string) time.Time {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return time.Now()
	}
	return time.UnixMilli(int64(n>>22) + discordEpoch)
}

func randomToken(prefix string, n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return prefix + base64.RawURLEncoding.EncodeToString(b)
}

func randomHex(n int) string {
	b := make([]byte, n)
	_, _ = rand.Read(b)
	return hex.EncodeToString(b)
}

func discordTime(t time.Time) string {
	return t.UTC().Format("2006-01-02T15:04:05.000000-07:00")
}

func (s *Server) botUser() map[string]any {
	return map[string]any{
		"id":                     s.cfg.botUserID,
		"username":               s.cfg.botUsername,
		"global_name":            nil,
		"discriminator":          "0",
		"avatar":                 nil,
		"avatar_decoration_data": nil,
		"banner":                 nil,
		"accent_color":           nil,
		"bot":                    true,
		"verified":               true,
		"mfa_enabled":            false,
		"locale":                 "en-US",
		"email":                  nil,
		"flags":                  0,
		"premium_type":           0,
		"public_flags":           0,
	}
}

func (s *Server) application() map[string]any {
	return map[string]any{
		"id":                     s.cfg.appID,
		"name":                   s.cfg.botUsername,
		"icon":                   nil,
		"description":            "",
		"type":                   nil,
		"bot":                    s.botUser(),
		"bot_public":             true,
		"bot_require_code_grant": false,
		"verify_key":             strings.Repeat("ab", 32),
		"flags":                  s.cfg.appFlags,
		"summary":                "",
		"team":                   nil,
		"owner":                  map[string]any{"id": FixtureUserID, "username": "nelly", "discriminator": "0", "avatar": nil, "global_name": "Nelly", "public_flags": 0, "flags": 0},
		"hook":                   true,
		"is_monetized":           false,
		"integration_types_config": map[string]any{
			"0": map[string]any{},
		},
	}
}

type apiError struct {
	status int
	code   int
	msg    string
}

func (e apiError) body() map[string]any {
	return map[string]any{"message": e.msg, "code": e.code}
}

var (
	errNotFound       = apiError{http.StatusNotFound, 0, "404: Not Found"}
	errUnauthorized   = apiError{http.StatusUnauthorized, 0, "401: Unauthorized"}
	errUnknownApp     = apiError{http.StatusNotFound, 10002, "Unknown Application"}
	errUnknownMessage = apiError{http.StatusNotFound, 10008, "Unknown Message"}
	errUnknownWebhook = apiError{http.StatusNotFound, 10015, "Unknown Webhook"}
	errUnknownCommand = apiError{http.StatusNotFound, 10063, "Unknown application command"}
	errUnknownInter   = apiError{http.StatusNotFound, 10062, "Unknown interaction"}
	// errExpiredInter is what Discord answers once an interaction's window
	// has passed: the fake's expected behaviour, not an unexpected request.
	errExpiredInter = apiError{http.StatusNotFound, 10062, "Unknown interaction"}
	errAlreadyAcked = apiError{http.StatusBadRequest, 40060, "Interaction has already been acknowledged."}
)

func (s *Server) serveHTTP(w http.ResponseWriter, r *http.Request) {
	if (r.URL.Path == "/gateway" || r.URL.Path == "/gateway/") && websocket.IsWebSocketUpgrade(r) {
		s.serveGateway(w, r)
		return
	}
	body, _ := io.ReadAll(r.Body)
	req := Request{
		Method: r.Method,
		Path:   r.URL.Path,
		Query:  r.URL.Query(),
		Header: r.Header.Clone(),
		Body:   body,
		At:     time.Now(),
	}
	ct := r.Header.Get("Content-Type")
	req.JSON, req.Files, _ = decodeBody(ct, body)

	op, verr := s.spec.validateRequest(r.Method, r.URL.Path, ct, body)
	if op != nil {
		req.Operation = op.Method + " " + op.Template
	}
	if verr != nil {
		req.ValidationError = verr
		s.t.Errorf("discordtest: %s %s does not conform to Discord's OpenAPI spec (%s): %v\nContent-Type: %s\nbody: %s",
			r.Method, r.URL.RequestURI(), specCommit(), verr, ct, truncate(body, 4000))
	}

	status, resp, header := s.respond(r, &req, op, verr)
	if status == 0 {
		// FailNextNetwork: no answer at all, as when the network fails.
		if hj, ok := w.(http.Hijacker); ok {
			if conn, _, err := hj.Hijack(); err == nil {
				conn.Close()
			}
		}
		s.mu.Lock()
		s.requests = append(s.requests, req)
		s.changed()
		s.mu.Unlock()
		return
	}
	for k, v := range header {
		w.Header()[k] = v
	}
	w.Header().Set("Content-Type", "application/json")
	if status == http.StatusNoContent {
		w.WriteHeader(status)
	} else {
		b, err := json.Marshal(resp)
		if err != nil {
			s.t.Errorf("discordtest: encoding response to %s %s: %v", r.Method, r.URL.Path, err)
		}
		w.WriteHeader(status)
		_, _ = w.Write(b)
	}
	req.Status = status
	s.mu.Lock()
	s.requests = append(s.requests, req)
	s.changed()
	s.mu.Unlock()
	if req.Unexpected {
		s.t.Logf("discordtest: unexpected request %s %s answered %d", r.Method, r.URL.RequestURI(), status)
	}
}

func truncate(b []byte, n int) string {
	if len(b) <= n {
		return string(b)
	}
	return string(b[:n]) + "…"
}

// respond decides the answer to one REST request.
func (s *Server) respond(r *http.Request, req *Request, op *specOperation, verr error) (int, any, http.Header) {
	rest, version, ok := apiPath(r.URL.Path)
	if !ok || (version != "9" && version != "10") {
		req.Unexpected = true
		return errNotFound.status, errNotFound.body(), nil
	}
	if !s.authorized(r, op) {
		return errUnauthorized.status, errUnauthorized.body(), nil
	}
	if verr != nil {
		if op == nil {
			req.Unexpected = true
			return errNotFound.status, errNotFound.body(), nil
		}
		return http.StatusBadRequest, map[string]any{"message": "Invalid Form Body", "code": 50035,
			"errors": map[string]any{"_errors": []any{map[string]any{"code": "DISCORDTEST_SCHEMA", "message": verr.Error()}}}}, nil
	}
	if f, ok := s.takeFailure(r.Method, rest); ok {
		if f.body == "" {
			return f.status, map[string]any{"message": http.StatusText(f.status), "code": 0}, f.header
		}
		return f.status, json.RawMessage(f.body), f.header
	}
	status, resp, aerr := s.route(r.Method, rest, req)
	if aerr != nil {
		if aerr.status == http.StatusNotFound && aerr != &errExpiredInter {
			req.Unexpected = true
		}
		return aerr.status, aerr.body(), nil
	}
	return status, resp, nil
}

func (s *Server) authorized(r *http.Request, op *specOperation) bool {
	if op != nil && op.AuthOptional {
		return true
	}
	if op != nil && !op.BotToken {
		return false // OAuth2-only operation: a bot token is not accepted
	}
	return r.Header.Get("Authorization") == "Bot "+s.cfg.token
}

// FailNext makes the next REST request with this method and path (without
// the /api/vN prefix, e.g. "/channels/123/messages") fail with status and
// body (a JSON text; "" for {"message": <status text>, "code": 0}). Rules are
// used once, in the order they were added. Note that discordgo retries 502
// responses up to three times and waits out 429 responses.
func (s *Server) FailNext(method, path string, status int, body string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = append(s.failNext, failRule{method: strings.ToUpper(method), path: path, status: status, body: body})
}

// FailNextNetwork makes the next REST request with this method and path get
// no answer: the fake closes the connection, as a network failure would
// (recorded with Status 0).
func (s *Server) FailNextNetwork(method, path string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = append(s.failNext, failRule{method: strings.ToUpper(method), path: path})
}

// FailNextRateLimited makes the next REST request with this method and path
// answer 429 Too Many Requests as Discord does
// (https://discord.com/developers/docs/topics/rate-limits): a body with
// retry_after in seconds and global, and the Retry-After and X-RateLimit-*
// headers (Remaining 0, Reset-After retryAfter; Global and scope "global"
// when global, which tells a client that every request must wait).
func (s *Server) FailNextRateLimited(method, path string, retryAfter time.Duration, global bool) {
	secs := retryAfter.Seconds()
	h := http.Header{}
	h.Set("Retry-After", strconv.Itoa(int(math.Ceil(secs))))
	h.Set("X-RateLimit-Limit", "5")
	h.Set("X-RateLimit-Remaining", "0")
	h.Set("X-RateLimit-Reset", strconv.FormatFloat(float64(time.Now().Add(retryAfter).UnixMilli())/1000, 'f', 3, 64))
	h.Set("X-RateLimit-Reset-After", strconv.FormatFloat(secs, 'f', 3, 64))
	h.Set("X-RateLimit-Bucket", randomHex(16))
	scope := "user"
	if global {
		h.Set("X-RateLimit-Global", "true")
		scope = "global"
	}
	h.Set("X-RateLimit-Scope", scope)
	body, _ := json.Marshal(map[string]any{"message": "You are being rate limited.", "retry_after": secs, "global": global})
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failNext = append(s.failNext, failRule{method: strings.ToUpper(method), path: path,
		status: http.StatusTooManyRequests, body: string(body), header: h})
}

// InteractionToken is the token of interaction id ("" if there is none), so
// that tests can check it never reaches a log.
func (s *Server) InteractionToken(id string) string {
	s.mu.Lock()
	defer s.mu.Unlock()
	if st := s.interactions[id]; st != nil {
		return st.token
	}
	return ""
}

func (s *Server) takeFailure(method, path string) (failRule, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	for i, f := range s.failNext {
		if f.method == method && f.path == path {
			s.failNext = append(s.failNext[:i], s.failNext[i+1:]...)
			return f, true
		}
	}
	return failRule{}, false
}

// route implements the fake's REST behaviour. rest is the path without the
// /api/vN prefix.
func (s *Server) route(method, rest string, req *Request) (int, any, *apiError) {
	seg := strings.Split(strings.TrimPrefix(rest, "/"), "/")
	n := len(seg)
	is := func(m string, parts ...string) bool {
		if method != m || n != len(parts) {
			return false
		}
		for i, p := range parts {
			if p != "*" && p != seg[i] {
				return false
			}
		}
		return true
	}
	body, _ := req.JSON.(map[string]any)

	switch {
	case is("GET", "gateway"), is("GET", "gateway", "bot"):
		// Discord's GET /gateway returns only the url; the extra fields are
		// harmless and let either call be used to read the configuration.
		s.mu.Lock()
		remaining := s.cfg.remaining - len(s.identifies)
		s.mu.Unlock()
		if remaining < 0 {
			remaining = 0
		}
		return 200, map[string]any{
			"url":    s.GatewayURL(),
			"shards": s.cfg.shards,
			"session_start_limit": map[string]any{
				"total": 1000, "remaining": remaining, "reset_after": 86400000, "max_concurrency": 1,
			},
		}, nil
	case is("GET", "users", "@me"):
		return 200, s.botUser(), nil
	case is("POST", "users", "@me", "channels"):
		recipient, _ := body["recipient_id"].(string)
		return 200, s.dmChannel(recipient), nil
	case is("GET", "oauth2", "applications", "@me"), is("GET", "applications", "@me"):
		return 200, s.application(), nil

	case n >= 3 && seg[0] == "applications" && seg[2] == "commands":
		if seg[1] != s.cfg.appID {
			return 0, nil, &errUnknownApp
		}
		return s.routeCommands(method, "", seg[3:], req)
	case n >= 5 && seg[0] == "applications" && seg[2] == "guilds" && seg[4] == "commands":
		if seg[1] != s.cfg.appID {
			return 0, nil, &errUnknownApp
		}
		return s.routeCommands(method, seg[3], seg[5:], req)

	case is("POST", "interactions", "*", "*", "callback"):
		return s.interactionCallback(seg[1], seg[2], req)

	case n >= 3 && seg[0] == "webhooks":
		return s.routeWebhook(method, seg[1], seg[2], seg[3:], req)

	case is("POST", "channels", "*", "messages"):
		msg := s.newMessage(seg[1], body, "", 0)
		s.mu.Lock()
		s.channelMsgs[seg[1]] = append(s.channelMsgs[seg[1]], jsonBytes(req.Header.Get("Content-Type"), req.Body))
		s.messages[msg["id"].(string)] = msg
		s.changed()
		s.mu.Unlock()
		return 200, msg, nil
	case is("POST", "channels", "*", "typing"):
		return http.StatusNoContent, nil, nil
	case is("PATCH", "channels", "*", "messages", "*"), is("DELETE", "channels", "*", "messages", "*"):
		s.mu.Lock()
		defer s.mu.Unlock()
		m := s.messages[seg[3]]
		if m == nil || m["channel_id"] != seg[1] {
			return 0, nil, &errUnknownMessage
		}
		if method == "DELETE" {
			delete(s.messages, seg[3])
			s.changed()
			return http.StatusNoContent, nil, nil
		}
		mergeMessage(m, body)
		m["edited_timestamp"] = discordTime(time.Now())
		s.changed()
		return 200, cloneJSON(m), nil
	case is("PUT", "channels", "*", "messages", "*", "reactions", "*", "@me"),
		is("DELETE", "channels", "*", "messages", "*", "reactions", "*", "@me"):
		return http.StatusNoContent, nil, nil
	}
	return 0, nil, &errNotFound
}

func (s *Server) dmChannel(recipient string) map[string]any {
	id := FixtureDMChannelID
	if recipient != FixtureUserID {
		id = s.newID()
	}
	return map[string]any{
		"id":              id,
		"type":            1,
		"last_message_id": nil,
		"flags":           0,
		"recipients": []any{map[string]any{
			"id": recipient, "username": "user" + recipient, "global_name": nil, "discriminator": "0",
			"avatar": nil, "public_flags": 0, "flags": 0, "avatar_decoration_data": nil,
		}},
	}
}

// newMessage builds the message object Discord returns for a message created
// from body (a message create/execute-webhook request).
func (s *Server) newMessage(channelID string, body map[string]any, webhookID string, msgType int) map[string]any {
	m := map[string]any{
		"id":               s.newID(),
		"channel_id":       channelID,
		"type":             msgType,
		"content":          "",
		"author":           s.botUser(),
		"attachments":      []any{},
		"embeds":           []any{},
		"components":       []any{},
		"mentions":         []any{},
		"mention_roles":    []any{},
		"mention_everyone": false,
		"pinned":           false,
		"tts":              false,
		"timestamp":        discordTime(time.Now()),
		"edited_timestamp": nil,
		"flags":            0,
	}
	if webhookID != "" {
		m["webhook_id"] = webhookID
		m["application_id"] = s.cfg.appID
	}
	mergeMessage(m, body)
	if _, ok := m["message_reference"].(map[string]any); ok && msgType == 0 {
		m["type"] = 19 // REPLY
	}
	return m
}

// mergeMessage copies the message fields of a create/edit request into m.
func mergeMessage(m, body map[string]any) {
	for _, k := range []string{"content", "embeds", "components", "flags", "tts", "poll", "message_reference", "sticker_ids", "nonce"} {
		v, ok := body[k]
		if !ok {
			continue
		}
		switch {
		case v == nil && (k == "embeds" || k == "components"):
			m[k] = []any{}
		case v == nil:
		default:
			m[k] = cloneJSON(v)
		}
	}
	if a, ok := body["attachments"].([]any); ok {
		m["attachments"] = cloneJSON(a)
	}
}

func (s *Server) routeCommands(method, guildID string, tail []string, req *Request) (int, any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	cur := s.commands[guildID]
	switch {
	case len(tail) == 0 && method == "GET":
		return 200, cloneList(cur), nil
	case len(tail) == 0 && method == "PUT":
		in, _ := req.JSON.([]any)
		out := make([]map[string]any, 0, len(in))
		for _, c := range in {
			cm, _ := c.(map[string]any)
			out = append(out, s.echoCommand(cm, guildID, cur))
		}
		s.commands[guildID] = out
		s.commandWrites[guildID]++
		s.changed()
		return 200, cloneList(out), nil
	case len(tail) == 0 && method == "POST":
		cm, _ := req.JSON.(map[string]any)
		c := s.echoCommand(cm, guildID, cur)
		replaced := false
		for i, old := range cur {
			if old["id"] == c["id"] {
				cur[i], replaced = c, true
			}
		}
		if !replaced {
			cur = append(cur, c)
		}
		s.commands[guildID] = cur
		s.commandWrites[guildID]++
		s.changed()
		status := 201
		if replaced {
			status = 200
		}
		return status, cloneJSON(c), nil
	case len(tail) == 1:
		for i, old := range cur {
			if old["id"] != tail[0] {
				continue
			}
			switch method {
			case "GET":
				return 200, cloneJSON(old), nil
			case "DELETE":
				s.commands[guildID] = append(cur[:i:i], cur[i+1:]...)
				s.commandWrites[guildID]++
				s.changed()
				return http.StatusNoContent, nil, nil
			case "PATCH":
				patch, _ := req.JSON.(map[string]any)
				c := cloneJSON(old).(map[string]any)
				for k, v := range patch {
					c[k] = v
				}
				c = s.echoCommand(c, guildID, cur)
				cur[i] = c
				s.commandWrites[guildID]++
				s.changed()
				return 200, cloneJSON(c), nil
			}
		}
		return 0, nil, &errUnknownCommand
	}
	return 0, nil, &errNotFound
}

// echoCommand turns a command request into the command object Discord stores
// and returns, keeping the id of an existing command of the same name and
// type as Discord does on overwrite. s.mu must be held.
func (s *Server) echoCommand(in map[string]any, guildID string, existing []map[string]any) map[string]any {
	c := map[string]any{}
	for k, v := range in {
		c[k] = cloneJSON(v)
	}
	typ := c["type"]
	if typ == nil {
		typ = int64(1)
	}
	c["type"] = typ
	id := ""
	for _, old := range existing {
		if old["name"] == c["name"] && fmt.Sprint(old["type"]) == fmt.Sprint(typ) {
			id, _ = old["id"].(string)
		}
	}
	if id == "" {
		id = s.newID()
	}
	c["id"] = id
	c["application_id"] = s.cfg.appID
	c["version"] = s.newID()
	if guildID != "" {
		c["guild_id"] = guildID
	}
	if _, ok := c["description"]; !ok {
		c["description"] = ""
	}
	switch p := c["default_member_permissions"].(type) {
	case int64:
		c["default_member_permissions"] = strconv.FormatInt(p, 10)
	case float64:
		c["default_member_permissions"] = strconv.FormatFloat(p, 'f', 0, 64)
	}
	if _, ok := c["nsfw"]; !ok {
		c["nsfw"] = false
	}
	return c
}

func (s *Server) interactionCallback(id, token string, req *Request) (int, any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.interactions[id]
	if st == nil || st.token != token {
		return 0, nil, &errUnknownInter
	}
	if s.cfg.interactionTTL > 0 && time.Since(st.created) > s.cfg.interactionTTL {
		return 0, nil, &errExpiredInter
	}
	if st.responded {
		return 0, nil, &errAlreadyAcked
	}
	raw := jsonBytes(req.Header.Get("Content-Type"), req.Body)
	st.responded = true
	st.response = raw
	body, _ := req.JSON.(map[string]any)
	data, _ := body["data"].(map[string]any)
	typ, _ := body["type"].(int64)
	switch typ {
	case 4: // CHANNEL_MESSAGE_WITH_SOURCE
		m := s.newMessage(st.channelID, data, s.cfg.appID, 20)
		st.originalID = m["id"].(string)
		s.messages[st.originalID] = m
	case 5: // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE
		m := s.newMessage(st.channelID, nil, s.cfg.appID, 20)
		flags := int64(128) // LOADING
		if f, ok := data["flags"].(int64); ok {
			flags |= f
		}
		m["flags"] = flags
		st.originalID = m["id"].(string)
		s.messages[st.originalID] = m
	case 6, 7: // DEFERRED_UPDATE_MESSAGE, UPDATE_MESSAGE
		if st.message != nil {
			m := cloneJSON(st.message).(map[string]any)
			if typ == 7 {
				mergeMessage(m, data)
				m["edited_timestamp"] = discordTime(time.Now())
			}
			id, _ := m["id"].(string)
			st.originalID = id
			s.messages[id] = m
		}
	}
	s.changed()
	return http.StatusNoContent, nil, nil
}

func (s *Server) routeWebhook(method, appID, token string, tail []string, req *Request) (int, any, *apiError) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.byToken[token]
	if appID != s.cfg.appID || st == nil || !st.responded {
		// An interaction's webhook exists once the interaction is acknowledged.
		return 0, nil, &errUnknownWebhook
	}
	body, _ := req.JSON.(map[string]any)
	raw := jsonBytes(req.Header.Get("Content-Type"), req.Body)
	call := WebhookCall{InteractionID: st.id, Method: method, Body: cloneMap(body)}
	switch {
	case len(tail) == 0 && method == "POST":
		m := s.newMessage(st.channelID, body, s.cfg.appID, 20)
		id := m["id"].(string)
		s.messages[id] = m
		if st.messageIDs == nil {
			st.messageIDs = map[string]bool{}
		}
		st.messageIDs[id] = true
		st.followups = append(st.followups, raw)
		s.webhookCalls = append(s.webhookCalls, call)
		s.changed()
		if req.Query.Get("wait") != "true" {
			return http.StatusNoContent, nil, nil
		}
		return 200, cloneJSON(m), nil
	case len(tail) == 2 && tail[0] == "messages":
		msgID := tail[1]
		call.MessageID = msgID
		if msgID == "@original" {
			msgID = st.originalID
		} else if !st.messageIDs[msgID] && msgID != st.originalID {
			msgID = ""
		}
		m := s.messages[msgID]
		if msgID == "" || m == nil {
			return 0, nil, &errUnknownMessage
		}
		switch method {
		case "GET":
			return 200, cloneJSON(m), nil
		case "DELETE":
			delete(s.messages, msgID)
			s.webhookCalls = append(s.webhookCalls, call)
			s.changed()
			return http.StatusNoContent, nil, nil
		case "PATCH":
			mergeMessage(m, body)
			if f, ok := m["flags"].(int64); ok {
				m["flags"] = f &^ 128 // the LOADING state ends with the first edit
			}
			m["edited_timestamp"] = discordTime(time.Now())
			if call.MessageID == "@original" {
				st.edits = append(st.edits, raw)
			}
			s.webhookCalls = append(s.webhookCalls, call)
			s.changed()
			return 200, cloneJSON(m), nil
		}
	}
	return 0, nil, &errNotFound
}

func cloneJSON(v any) any {
	switch v := v.(type) {
	case map[string]any:
		return cloneMap(v)
	case []any:
		out := make([]any, len(v))
		for i, x := range v {
			out[i] = cloneJSON(x)
		}
		return out
	}
	return v
}

func cloneMap(m map[string]any) map[string]any {
	if m == nil {
		return nil
	}
	out := make(map[string]any, len(m))
	for k, x := range m {
		out[k] = cloneJSON(x)
	}
	return out
}

func cloneList(l []map[string]any) []map[string]any {
	out := make([]map[string]any, len(l))
	for i, m := range l {
		out[i] = cloneMap(m)
	}
	return out
}

// decodeMap decodes a JSON object body the way Request.JSON is decoded.
func decodeMap(raw []byte) map[string]any {
	v, _, err := decodeBody("application/json", raw)
	if err != nil {
		return nil
	}
	m, _ := v.(map[string]any)
	return m
}

// Message returns the current state of a message the bot created (channel
// message, interaction response or follow-up) as the fake holds it, and
// whether it exists (it is gone once deleted).
func (s *Server) Message(id string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	m, ok := s.messages[id]
	return cloneMap(m), ok
}

// Requests returns every REST request received so far, in order.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// Unexpected returns the REST requests the fake had no behaviour for (answered
// with 404), e.g. an endpoint it does not implement or an unknown
// interaction, webhook or command.
func (s *Server) Unexpected() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []Request
	for _, r := range s.requests {
		if r.Unexpected {
			out = append(out, r)
		}
	}
	return out
}

// WaitRequest waits until a REST request for which match returns true has
// been answered (including requests answered before the call) and returns
// the first such request.
func (s *Server) WaitRequest(ctx context.Context, match func(Request) bool) Request {
	s.t.Helper()
	var found Request
	err := s.wait(ctx, func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for a matching REST request: %v", err)
	}
	return found
}

// Commands returns the application commands currently registered for
// guildID ("" for global commands), as the fake returned them (with id,
// application_id, version …).
func (s *Server) Commands(guildID string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	return cloneList(s.commands[guildID])
}

// WaitCommands waits until the bot has written the commands of guildID (""
// for global) at least once (bulk overwrite, create, edit or delete) and
// returns the registered set.
func (s *Server) WaitCommands(ctx context.Context, guildID string) []map[string]any {
	s.t.Helper()
	var out []map[string]any
	err := s.wait(ctx, func() bool {
		if s.commandWrites[guildID] == 0 {
			return false
		}
		out = cloneList(s.commands[guildID])
		return true
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for commands of guild %q: %v", guildID, err)
	}
	return out
}

// WaitInteractionResponse waits for the bot's callback to interaction id
// (POST /interactions/{id}/{token}/callback) and returns the JSON body it
// sent (for multipart bodies the payload_json part), e.g.
// {"type": 4, "data": {"content": …}}. The body has been validated against
// the spec.
func (s *Server) WaitInteractionResponse(ctx context.Context, id string) map[string]any {
	s.t.Helper()
	var raw []byte
	err := s.wait(ctx, func() bool {
		st := s.interactions[id]
		if st == nil || !st.responded {
			return false
		}
		raw = st.response
		return true
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for the response to interaction %s: %v", id, err)
	}
	return decodeMap(raw)
}

// InteractionResponse returns the callback body the bot sent for interaction
// id, and whether it has responded yet.
func (s *Server) InteractionResponse(id string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.interactions[id]
	if st == nil || !st.responded {
		return nil, false
	}
	return decodeMap(st.response), true
}

// WaitInteractionEdit waits for the next edit of interaction id's original
// response (PATCH /webhooks/{app}/{token}/messages/@original) not returned by
// an earlier call and returns the JSON body the bot sent.
func (s *Server) WaitInteractionEdit(ctx context.Context, id string) map[string]any {
	s.t.Helper()
	var raw []byte
	err := s.wait(ctx, func() bool {
		st := s.interactions[id]
		if st == nil || st.editsTaken >= len(st.edits) {
			return false
		}
		raw = st.edits[st.editsTaken]
		st.editsTaken++
		return true
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for an edit of interaction %s's response: %v", id, err)
	}
	return decodeMap(raw)
}

// WaitFollowup waits for the next follow-up message of interaction id (POST
// /webhooks/{app}/{token}) not returned by an earlier call and returns the
// JSON body the bot sent.
func (s *Server) WaitFollowup(ctx context.Context, id string) map[string]any {
	s.t.Helper()
	var raw []byte
	err := s.wait(ctx, func() bool {
		st := s.interactions[id]
		if st == nil || st.followsTaken >= len(st.followups) {
			return false
		}
		raw = st.followups[st.followsTaken]
		st.followsTaken++
		return true
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for a follow-up to interaction %s: %v", id, err)
	}
	return decodeMap(raw)
}

// OriginalResponse returns the current state of interaction id's original
// response message as the fake holds it (created by a type 4 or 5 callback,
// updated by edits), and whether it exists.
func (s *Server) OriginalResponse(id string) (map[string]any, bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	st := s.interactions[id]
	if st == nil || st.originalID == "" || s.messages[st.originalID] == nil {
		return nil, false
	}
	return cloneMap(s.messages[st.originalID]), true
}

// WebhookCalls returns every successful interaction-webhook request (edits,
// follow-ups, deletions) in order.
func (s *Server) WebhookCalls() []WebhookCall {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]WebhookCall(nil), s.webhookCalls...)
}

// WaitChannelMessage waits for the next message the bot posts to channelID
// (POST /channels/{id}/messages) not returned by an earlier call and returns
// the JSON body it sent (for multipart bodies the payload_json part).
func (s *Server) WaitChannelMessage(ctx context.Context, channelID string) map[string]any {
	s.t.Helper()
	var raw []byte
	err := s.wait(ctx, func() bool {
		if s.channelTaken[channelID] >= len(s.channelMsgs[channelID]) {
			return false
		}
		raw = s.channelMsgs[channelID][s.channelTaken[channelID]]
		s.channelTaken[channelID]++
		return true
	})
	if err != nil {
		s.t.Fatalf("discordtest: waiting for a message in channel %s: %v", channelID, err)
	}
	return decodeMap(raw)
}

// ChannelMessages returns the JSON bodies of every message the bot has posted
// to channelID so far, in order.
func (s *Server) ChannelMessages(channelID string) []map[string]any {
	s.mu.Lock()
	defer s.mu.Unlock()
	var out []map[string]any
	for _, raw := range s.channelMsgs[channelID] {
		out = append(out, decodeMap(raw))
	}
	return out
}

// specCommit names the spec version used, for error messages.
func specCommit() string {
	c := strings.TrimSpace(string(specCommitFile))
	if len(c) > 12 {
		c = c[:12]
	}
	return "discord-api-spec " + c
}
