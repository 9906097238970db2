// Package interactions is strikebot's signed HTTP interactions endpoint:
// Discord POSTs every slash command, autocomplete and button press to it
// instead of (or as well as) sending them over the gateway, so any number of
// stateless replicas can answer behind a load balancer.
//
// The endpoint checks each request in a fixed order, cheapest and most
// security-relevant first: the method (405), the size (413), the Ed25519
// signature over timestamp + body (401, before the body is parsed, because
// Discord deliberately sends bad signatures and removes endpoints that accept
// them), the timestamp's freshness (401, against replays), and only then the
// JSON (400). What to answer is decided by commands.Handler, the same code path
// the gateway uses; this package only carries the answer: as the HTTP response
// body, or, when the answer is slow, as a deferred acknowledgement (type 5)
// followed by an edit of the original response through the interaction's
// webhook, which needs no bot token.
package interactions

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"mime"
	"net/http"
	"strconv"
	"sync"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
)

// Defaults for the zero values of Options.
const (
	// DefaultMaxBody is the largest request body accepted. Real interactions
	// are a few kilobytes (a button's carries its whole message); 64 KiB
	// leaves ample room while bounding what an unauthenticated caller can
	// make the endpoint read.
	DefaultMaxBody = 64 << 10
	// DefaultAPIURL is where the webhook edits of deferred answers go.
	DefaultAPIURL = "https://discord.com"
	// DefaultDeferredTimeout bounds how long a deferred answer may take to be
	// computed and edited in. Discord keeps the interaction token for 15
	// minutes, but answers come from memory: anything near this is a fault,
	// and the bound keeps a request from outliving a graceful shutdown.
	DefaultDeferredTimeout = 30 * time.Second
)

// MaxClockSkew is how far the signed timestamp may be from now, either way,
// before a request is refused as a replay (or a badly wrong clock).
const MaxClockSkew = 5 * time.Minute

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
	// APIURL is the scheme and host of Discord's REST API (DISCORD_API_URL)
	// for webhook edits; "" means DefaultAPIURL. Tests point it at a fake.
	APIURL string
	// Client sends the webhook edits; nil means a client with a 10 s timeout.
	Client *http.Client
	// DeferredTimeout bounds a deferred answer, from the request's arrival to
	// the end of its webhook edit; 0 means DefaultDeferredTimeout.
	DeferredTimeout time.Duration
	// Context, if set, abandons deferred answers still in flight when it is
	// done: cancel it once http.Server.Shutdown has given up waiting, so that
	// no request outlives the server. Shutdown itself drains them, because a
	// deferred answer keeps its request open until the edit is sent.
	Context context.Context
}

// endpoint is the http.Handler New returns.
type endpoint struct {
	key      ed25519.PublicKey
	h        *commands.Handler
	log      *slog.Logger
	maxBody  int64
	now      func() time.Time
	edits    webhook
	deferFor time.Duration
	stop     context.Context
	bufs     sync.Pool // *bytes.Buffer: request bodies and response bodies
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
		deferFor: o.DeferredTimeout,
		stop:     o.Context,
		edits:    webhook{base: o.APIURL, client: o.Client},
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
	if e.edits.base == "" {
		e.edits.base = DefaultAPIURL
	}
	if e.edits.client == nil {
		e.edits.client = &http.Client{Timeout: 10 * time.Second}
	}
	e.edits.log = e.log
	e.bufs.New = func() any { return new(bytes.Buffer) }
	return e
}

// Error bodies, encoded once: rejections are the cheapest thing the endpoint
// does, and Discord's probes should not cost allocations.
var (
	errMethod       = errorBody("method not allowed: use POST")
	errTooLarge     = errorBody("request body too large")
	errBodyRead     = errorBody("could not read request body")
	errNoSignature  = errorBody("missing signature headers")
	errBadSignature = errorBody("invalid request signature")
	errStale        = errorBody("request timestamp too far from now")
	errContentType  = errorBody("content type must be application/json")
	errNotJSON      = errorBody("request body is not a JSON interaction")
	errUnknownType  = errorBody("unsupported interaction type")
	errInternal     = errorBody("internal error")
)

func errorBody(msg string) []byte {
	b, _ := json.Marshal(map[string]string{"error": msg})
	return b
}

// jsonContentType is shared by every response: net/http only reads header
// values, and Header.Set would allocate a fresh slice per response.
var jsonContentType = []string{"application/json"}

func writeJSON(w http.ResponseWriter, status int, body []byte) {
	h := w.Header()
	h["Content-Type"] = jsonContentType
	h.Set("Content-Length", strconv.Itoa(len(body)))
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
	sigHex := r.Header.Get("X-Signature-Ed25519")
	ts := r.Header.Get("X-Signature-Timestamp")

	// The signed message is timestamp + body: read the body straight after
	// the timestamp in one pooled buffer, so verifying needs no copy.
	buf := e.bufs.Get().(*bytes.Buffer)
	defer e.putBuf(buf)
	buf.Reset()
	buf.WriteString(ts)
	n, err := buf.ReadFrom(io.LimitReader(r.Body, e.maxBody+1))
	if n > e.maxBody {
		e.reject(w, r, http.StatusRequestEntityTooLarge, errTooLarge, "body over "+strconv.FormatInt(e.maxBody, 10)+" bytes")
		return
	}
	if err != nil {
		e.reject(w, r, http.StatusBadRequest, errBodyRead, "reading body: "+err.Error())
		return
	}
	msg := buf.Bytes()
	body := msg[len(ts):]

	if sigHex == "" || ts == "" {
		e.reject(w, r, http.StatusUnauthorized, errNoSignature, "missing signature or timestamp")
		return
	}
	var sig [ed25519.SignatureSize]byte
	if len(sigHex) != 2*len(sig) {
		e.reject(w, r, http.StatusUnauthorized, errBadSignature, "signature is not 128 hex digits")
		return
	}
	if _, err := hex.Decode(sig[:], []byte(sigHex)); err != nil {
		e.reject(w, r, http.StatusUnauthorized, errBadSignature, "signature is not hex")
		return
	}
	if !ed25519.Verify(e.key, msg, sig[:]) {
		e.reject(w, r, http.StatusUnauthorized, errBadSignature, "signature does not verify")
		return
	}
	// Only a verified timestamp is worth parsing: the signature covers it.
	sec, err := strconv.ParseInt(ts, 10, 64)
	if err != nil {
		e.reject(w, r, http.StatusUnauthorized, errStale, "timestamp is not unix seconds")
		return
	}
	if skew := e.now().Sub(time.Unix(sec, 0)); skew > MaxClockSkew || skew < -MaxClockSkew {
		e.reject(w, r, http.StatusUnauthorized, errStale, "timestamp off by "+skew.Round(time.Second).String())
		return
	}
	if ct := r.Header.Get("Content-Type"); ct != "" && ct != "application/json" {
		if mt, _, err := mime.ParseMediaType(ct); err != nil || mt != "application/json" {
			e.reject(w, r, http.StatusBadRequest, errContentType, "content type "+ct)
			return
		}
	}
	in, err := decodeInteraction(body)
	if err != nil {
		e.reject(w, r, http.StatusBadRequest, errNotJSON, "decoding: "+err.Error())
		return
	}
	switch in.Type {
	case discordgo.InteractionPing:
		// Discord's endpoint check: answered here, as it needs no handler.
		writeJSON(w, http.StatusOK, pong)
		return
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete,
		discordgo.InteractionMessageComponent, discordgo.InteractionModalSubmit:
	default:
		// Not an interaction Discord sends; a type the handler does not know
		// among those it does send (modal submits) gets its polite apology.
		e.reject(w, r, http.StatusBadRequest, errUnknownType, "type "+strconv.Itoa(int(in.Type)))
		return
	}
	e.serve(w, r, in, buf)
}

// pong is the answer to Discord's PING.
var pong = []byte(`{"type":1}`)

func (e *endpoint) putBuf(b *bytes.Buffer) {
	// Keep the pool's buffers modest: one huge answer must not pin its
	// memory for ever.
	if b.Cap() <= 4*int(e.maxBody) {
		e.bufs.Put(b)
	}
}

// serve answers a verified interaction through commands.Handler.Serve, with
// the HTTP response as its first delivery and the webhook for edits. buf is
// free for reuse once the interaction is decoded.
func (e *endpoint) serve(w http.ResponseWriter, r *http.Request, in *discordgo.Interaction, buf *bytes.Buffer) {
	// A deferred answer is computed and edited in after the response has
	// been sent and Discord may have hung up, so the request's cancellation
	// must not stop it; the bound and Options.Context do, armed only when
	// the answer is deferred: nearly every answer is sent at once, and the
	// timer and stop hook would cost each of them more than the answer.
	ctx, cancel := context.WithCancel(context.WithoutCancel(r.Context()))
	defer cancel()
	d := &delivery{w: w, buf: buf, in: in, ctx: ctx, cancel: cancel, e: e, arrived: time.Now()}
	defer d.disarm()
	err := e.h.Serve(ctx, in, d)
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
	buf     *bytes.Buffer
	in      *discordgo.Interaction
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
func (d *delivery) Respond(resp *discordgo.InteractionResponse) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	if d.responded {
		return errResponded
	}
	d.responded = true
	d.buf.Reset()
	if err := encodeResponse(d.buf, resp); err != nil {
		writeJSON(d.w, http.StatusInternalServerError, errInternal)
		return fmt.Errorf("encode interaction response: %w", err)
	}
	writeJSON(d.w, http.StatusOK, d.buf.Bytes())
	if resp.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource ||
		resp.Type == discordgo.InteractionResponseDeferredMessageUpdate {
		d.bind()
		if err := http.NewResponseController(d.w).Flush(); err != nil {
			return fmt.Errorf("flush deferred response: %w", err)
		}
	}
	return nil
}

// Edit replaces the original response through the interaction's webhook.
func (d *delivery) Edit(edit *discordgo.WebhookEdit) error {
	return d.e.edits.editOriginal(d.ctx, d.in.AppID, d.in.Token, edit)
}
