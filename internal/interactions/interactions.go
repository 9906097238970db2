// Package interactions is strikebot's signed HTTP interactions endpoint:
// Discord POSTs every slash command, autocomplete and button press to it
// instead of (or as well as) sending them over the gateway, so any number of
// stateless replicas can answer behind a load balancer.
//
// The endpoint checks each request in a fixed order, cheapest and most
// security-relevant first: the method (405), the size (413), the signature
// headers' presence and the timestamp's form (401), the Ed25519 signature over
// timestamp + body (401, before the body is parsed, because Discord
// deliberately sends bad signatures and removes endpoints that accept them),
// the timestamp's freshness (401), the JSON (400), and whether the same
// interaction was already received (409, see replays). What to answer is
// decided by commands.Handler, the same pipeline the gateway uses; this
// package only translates (wire.go) and carries the answer: as the HTTP
// response body, or, when the answer is slow, as a deferred acknowledgement
// (type 5) followed by an edit of the original response, which discordgo's
// InteractionResponseEdit sends through the interaction's webhook and which
// needs no bot token.
package interactions

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
)

// Defaults for the zero values of Options.
const (
	// DefaultMaxBody is the largest request body accepted. Real interactions
	// are a few kilobytes (a button's carries its whole message); 64 KiB
	// leaves ample room while bounding what an unauthenticated caller can
	// make the endpoint read.
	DefaultMaxBody = 64 << 10
	// DefaultDeferredTimeout bounds how long a deferred answer may take to be
	// computed and edited in. Discord keeps the interaction token for 15
	// minutes, but answers come from memory: anything near this is a fault,
	// and the bound keeps a request from outliving a graceful shutdown.
	DefaultDeferredTimeout = 30 * time.Second
)

// editTimeout bounds each REST request of the default Editor.
const editTimeout = 10 * time.Second

// MaxClockSkew is how far the signed timestamp may be from now, either way,
// before a request is refused as a replay (or a badly wrong clock).
const MaxClockSkew = 5 * time.Minute

// Editor edits an interaction's original response, as
// *discordgo.Session's InteractionResponseEdit does.
type Editor interface {
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

// Options configures the endpoint. PublicKey and Handler are required.
type Options struct {
	// PublicKey is the application's Ed25519 public key (DISCORD_PUBLIC_KEY).
	PublicKey ed25519.PublicKey
	// Handler decides every answer, exactly as for the gateway.
	Handler *commands.Handler
	// Log receives rejections (at debug: Discord probes with bad signatures
	// on purpose, and bodies are never logged) and delivery failures.
	Log *slog.Logger
	// MaxBody is the largest accepted body in bytes; 0 means DefaultMaxBody.
	MaxBody int64
	// Now is the clock for the timestamp check; nil means time.Now.
	Now func() time.Time
	// Editor edits deferred answers in; nil means a discordgo session with
	// no token (the interaction token authorises the edit). It sends to
	// discordgo's endpoints, which the caller points at DISCORD_API_URL with
	// discordapi.SetBaseURL.
	Editor Editor
	// REST is told about every error answer from Discord's REST API to the
	// default Editor's edits (see discordapi.Observer), as the gateway's
	// are; nil for none. A custom Editor does its own counting.
	REST discordapi.Observer
	// DeferredTimeout bounds a deferred answer, from the request's arrival to
	// the end of its edit; 0 means DefaultDeferredTimeout.
	DeferredTimeout time.Duration
	// Context, if set, abandons deferred answers still in flight when it is
	// done: cancel it once http.Server.Shutdown has given up waiting, so that
	// no request outlives the server. Shutdown itself drains them, because a
	// deferred answer keeps its request open until the edit is sent.
	Context context.Context
	// RememberIDs is how many recent interaction ids are kept to refuse
	// replays; 0 means DefaultRememberIDs. Negative turns the check off, for
	// load generators and benchmarks that send one signed body many times.
	RememberIDs int
}

// endpoint is the http.Handler New returns.
type endpoint struct {
	key      ed25519.PublicKey
	h        *commands.Handler
	log      *slog.Logger
	maxBody  int64
	now      func() time.Time
	editor   Editor
	deferFor time.Duration
	stop     context.Context
	replays  *replays // nil: not checked
}

// New returns the handler for POST /interactions. It panics if PublicKey is
// not an Ed25519 public key or Handler is nil: both are programming or
// configuration errors that parseConfig catches first.
func New(o Options) http.Handler {
	if len(o.PublicKey) != ed25519.PublicKeySize {
		panic(fmt.Sprintf("interactions.New: public key has %d bytes, want %d", len(o.PublicKey), ed25519.PublicKeySize))
	}
	if o.Handler == nil {
		panic("interactions.New: nil Handler")
	}
	e := &endpoint{
		key:      o.PublicKey,
		h:        o.Handler,
		log:      o.Log,
		maxBody:  o.MaxBody,
		now:      o.Now,
		editor:   o.Editor,
		deferFor: o.DeferredTimeout,
		stop:     o.Context,
	}
	if e.log == nil {
		e.log = slog.New(slog.DiscardHandler)
	}
	if e.maxBody <= 0 {
		e.maxBody = DefaultMaxBody
	}
	if e.now == nil {
		e.now = time.Now
	}
	if e.deferFor <= 0 {
		e.deferFor = DefaultDeferredTimeout
	}
	if e.editor == nil {
		// discordgo.New fails only for a malformed token, and "" is none.
		s, _ := discordgo.New("")
		s.Client = discordapi.NewClient(o.REST, editTimeout)
		e.editor = s
	}
	switch {
	case o.RememberIDs == 0:
		e.replays = newReplays(DefaultRememberIDs)
	case o.RememberIDs > 0:
		e.replays = newReplays(o.RememberIDs)
	}
	return e
}

// Error bodies, encoded once.
var (
	errMethod       = errorBody("method not allowed: use POST")
	errTooLarge     = errorBody("request body too large")
	errBodyRead     = errorBody("could not read request body")
	errNoSignature  = errorBody("missing signature headers")
	errBadTimestamp = errorBody("malformed signature timestamp: want unix seconds")
	errBadSignature = errorBody("invalid request signature")
	errStale        = errorBody("request timestamp too far from now")
	errContentType  = errorBody("content type must be application/json")
	errNotJSON      = errorBody("request body is not a JSON interaction")
	errUnknownType  = errorBody("unsupported interaction type")
	errReplayed     = errorBody("interaction already received")
	errInternal     = errorBody("internal error")
)

func errorBody(msg string) []byte {
	b, _ := marshal(map[string]string{"error": msg})
	return b
}

// jsonType is the Content-Type of every response, one shared value: net/http
// copies the header before writing it, and nothing here changes it.
var jsonType = []string{"application/json"}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h["Content-Type"] = jsonType
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(status)
	_, _ = w.Write(body)
}

// reject answers a refused request. The reason goes to the debug log with the
// peer's address, never the body: bodies are untrusted until verified and
// hold users' questions afterwards.
func (e *endpoint) reject(w http.ResponseWriter, r *http.Request, status int, body []byte, reason string) {
	e.log.Debug("interaction rejected", "status", status, "reason", reason, "remote", r.RemoteAddr)
	writeJSON(w, status, body)
}

// ServeHTTP implements the checks in the package documentation, then hands
// the interaction to commands.Handler.Serve.
func (e *endpoint) ServeHTTP(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodPost {
		w.Header().Set("Allow", http.MethodPost)
		e.reject(w, r, http.StatusMethodNotAllowed, errMethod, "method "+r.Method)
		return
	}
	if r.ContentLength > e.maxBody {
		e.reject(w, r, http.StatusRequestEntityTooLarge, errTooLarge, "declared length "+strconv.FormatInt(r.ContentLength, 10))
		return
	}
	sigHex := header(r.Header, "X-Signature-Ed25519")
	ts := header(r.Header, "X-Signature-Timestamp")
	// The signed message is timestamp + body: read the body straight after
	// the timestamp, into a buffer sized from Content-Length when it is
	// declared, so that verifying needs no copy.
	// The buffer is pooled: nothing keeps the body once ServeHTTP returns
	// (decoding copies what it keeps, and a deferred answer is edited in
	// before ServeHTTP returns).
	bp := bodyBuffers.Get().(*[]byte)
	defer putBody(bp)
	msg, err := readSigned(*bp, ts, r.Body, r.ContentLength, e.maxBody)
	*bp = msg
	body := msg[len(ts):]
	if int64(len(body)) > e.maxBody {
		e.reject(w, r, http.StatusRequestEntityTooLarge, errTooLarge, "body over "+strconv.FormatInt(e.maxBody, 10)+" bytes")
		return
	}
	if err != nil {
		e.reject(w, r, http.StatusBadRequest, errBodyRead, "reading body: "+err.Error())
		return
	}
	if sigHex == "" || ts == "" {
		e.reject(w, r, http.StatusUnauthorized, errNoSignature, "missing signature or timestamp")
		return
	}
	// Discord signs unix seconds. Anything else is malformed, whatever the
	// signature says, and is refused as such rather than as "too far from
	// now". (ParseUint takes no sign, so "+5" and "-5" are malformed too.)
	sec, err := strconv.ParseUint(ts, 10, 63)
	if err != nil {
		e.reject(w, r, http.StatusUnauthorized, errBadTimestamp, "timestamp is not unix seconds")
		return
	}
	sig, err := hex.DecodeString(sigHex)
	if err != nil || len(sig) != ed25519.SignatureSize {
		e.reject(w, r, http.StatusUnauthorized, errBadSignature, "signature is not 128 hex digits")
		return
	}
	if !ed25519.Verify(e.key, msg, sig) {
		e.reject(w, r, http.StatusUnauthorized, errBadSignature, "signature does not verify")
		return
	}
	signedAt := time.Unix(int64(sec), 0)
	if skew := e.now().Sub(signedAt); skew > MaxClockSkew || skew < -MaxClockSkew {
		e.reject(w, r, http.StatusUnauthorized, errStale, "timestamp off by "+skew.Round(time.Second).String())
		return
	}
	if ct := header(r.Header, "Content-Type"); ct != "" && ct != "application/json" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			e.reject(w, r, http.StatusBadRequest, errContentType, "content type "+ct)
			return
		}
	}
	var in interaction
	if err := unmarshal(body, &in); err != nil {
		e.reject(w, r, http.StatusBadRequest, errNotJSON, "decoding: "+err.Error())
		return
	}
	if err := in.validate(); err != nil {
		e.reject(w, r, http.StatusBadRequest, errUnknownType, err.Error())
		return
	}
	if in.Type == typePing {
		// Discord's endpoint check: answered here, as it needs no handler,
		// and every time, as it has no effect to repeat.
		writeJSON(w, http.StatusOK, pong)
		return
	}
	// Only now, with the request verified and fresh, is its id worth
	// remembering: an unsigned request must not be able to claim an id
	// before Discord's own request arrives with it.
	if e.replays != nil && !e.replays.first(in.ID, signedAt, e.now()) {
		e.reject(w, r, http.StatusConflict, errReplayed, "interaction "+in.ID+" already received")
		return
	}
	e.serve(w, r, &in)
}

// header is h.Get(key) for a key already in canonical form, as net/http
// stores a request's header names: Get would canonicalize it again on every
// request.
func header(h http.Header, key string) string {
	if v := h[key]; len(v) > 0 {
		return v[0]
	}
	return ""
}

// readSigned returns prefix followed by at most max+1 bytes of body (one
// more than allowed, so that an oversized body shows), in buf when it has
// room. It reads as io.ReadAll does, but into a buffer sized from the
// declared length, so a typical body needs no growing series of buffers.
func readSigned(buf []byte, prefix string, body io.Reader, declared, max int64) ([]byte, error) {
	size := int64(512)
	if declared >= 0 {
		size = min(declared, max) + 1 // room for the read that sees EOF
	}
	if need := int64(len(prefix)) + size; int64(cap(buf)) < need {
		buf = make([]byte, 0, need)
	}
	buf = append(buf[:0], prefix...)
	r := io.LimitReader(body, max+1)
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// bodyBuffers hold request bodies while they are verified and decoded:
// every request needs one of a few kilobytes, and reusing them takes that
// garbage off the collector.
var bodyBuffers = sync.Pool{New: func() any { return new([]byte) }}

// maxPooledBody is the largest body buffer put back: real interactions are
// a few kilobytes, and a rare big one should not stay in memory for good.
const maxPooledBody = 16 << 10

func putBody(bp *[]byte) {
	if cap(*bp) <= maxPooledBody {
		bodyBuffers.Put(bp)
	}
}

// pong is the answer to Discord's PING.
var pong = []byte(`{"type":1}`)

// serve answers a verified interaction through commands.Handler.Serve, with
// the HTTP response as its first delivery and the webhook for edits.
func (e *endpoint) serve(w http.ResponseWriter, r *http.Request, in *interaction) {
	// A deferred answer is computed and edited in after the response has
	// been sent and Discord may have hung up, so the request's cancellation
	// must not stop it; the bound and Options.Context do, armed only when
	// the answer is deferred: nearly every answer is sent at once, and the
	// timer and stop hook would cost each of them more than the answer.
	ctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	defer cancel()
	d := &delivery{w: w, in: in, ctx: ctx, cancel: cancel, e: e, arrived: time.Now()}
	defer d.disarm()
	err := e.h.Serve(ctx, in.request(), d)
	if !d.answered() {
		// Serve gave up before any answer (its context ended): say so rather
		// than leave an empty 200.
		e.log.Error("interaction not answered", "interaction", in.ID, "err", err)
		writeJSON(w, http.StatusInternalServerError, errInternal)
		return
	}
	if err != nil {
		e.log.Error("interaction delivery failed", "interaction", in.ID, "err", err)
	}
}

// delivery is the commands.Deliverer of one HTTP interaction: its first
// response is the HTTP response body; edits go to the interaction's webhook.
type delivery struct {
	w       http.ResponseWriter
	in      *interaction
	ctx     context.Context
	cancel  context.CancelFunc // ends ctx
	e       *endpoint
	arrived time.Time

	// Respond may run on the timer goroutine that defers a slow answer.
	mu        sync.Mutex
	responded bool
	unbind    func() // stops the bounds armed for a deferred answer
}

// bind arms the bounds of a deferred answer: DeferredTimeout from the
// request's arrival, and Options.Context.
func (d *delivery) bind() {
	t := time.AfterFunc(d.e.deferFor-time.Since(d.arrived), d.cancel)
	stopHook := func() bool { return false }
	if d.e.stop != nil {
		stopHook = context.AfterFunc(d.e.stop, d.cancel)
	}
	d.unbind = func() { t.Stop(); stopHook() }
}

// disarm releases what bind armed, once the answer is over.
func (d *delivery) disarm() {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.unbind != nil {
		d.unbind()
	}
}

// answered reports whether a response was sent.
func (d *delivery) answered() bool {
	d.mu.Lock()
	defer d.mu.Unlock()
	return d.responded
}

// errResponded is returned by a second Respond: HTTP has one response.
var errResponded = errors.New("interaction already responded to")

// Respond writes resp as the HTTP response, once. A deferred acknowledgement
// is flushed at once, because the request stays open until the edit.
func (d *delivery) Respond(resp commands.Response) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.responded {
		return errResponded
	}
	d.responded = true
	body, err := encode(commands.RenderResponse(resp))
	if err != nil {
		writeJSON(d.w, http.StatusInternalServerError, errInternal)
		return fmt.Errorf("encode interaction response: %w", err)
	}
	writeJSON(d.w, http.StatusOK, body.Bytes()) // copied into the connection's buffer
	release(body)
	if resp.Type == commands.RespondDeferred || resp.Type == commands.RespondDeferredUpdate {
		d.bind()
		if err := http.NewResponseController(d.w).Flush(); err != nil {
			return fmt.Errorf("flush deferred response: %w", err)
		}
	}
	return nil
}

// Edit replaces the original response through the interaction's webhook,
// with discordgo's own InteractionResponseEdit (which retries a 429 after
// Discord's retry_after, and a 502). The interaction token is part of the
// webhook URL, so no error that could carry it leaves here unredacted.
func (d *delivery) Edit(r commands.Reply) error {
	if d.in.AppID == "" || d.in.Token == "" {
		return errors.New("edit original response: interaction has no application id or token")
	}
	i := &discordgo.Interaction{AppID: d.in.AppID, Token: d.in.Token}
	if _, err := d.e.editor.InteractionResponseEdit(i, commands.RenderEdit(r), discordgo.WithContext(d.ctx)); err != nil {
		return fmt.Errorf("edit original response: %w", redact(err, d.in.Token))
	}
	return nil
}

// redact returns err without the webhook URL or the interaction token,
// which is valid for 15 minutes. discordgo's errors quote the request URL:
// the client's *url.Error and RateLimitError do. A context error stays
// matchable with errors.Is.
func redact(err error, token string) error {
	var ue *url.Error
	var rl *discordgo.RateLimitError
	switch {
	case errors.As(err, &ue):
		err = fmt.Errorf("%s webhook: %w", ue.Op, ue.Err)
	case errors.As(err, &rl):
		err = fmt.Errorf("rate limited, retry after %v", rl.RetryAfter)
	}
	if !strings.Contains(err.Error(), token) {
		return err
	}
	msg := errors.New(strings.ReplaceAll(err.Error(), token, "<token>"))
	for _, ce := range []error{context.Canceled, context.DeadlineExceeded} {
		if errors.Is(err, ce) {
			return fmt.Errorf("%w (%w)", msg, ce)
		}
	}
	return msg
}
