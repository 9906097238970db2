// Package gateway connects strikebot to Discord's gateway through
// discordgo: it opens the session with the intents the bot needs (and
// nothing privileged), hands interactions and messages to
// commands.Handler, delivers the answers over REST, registers the command
// table at the first READY, and keeps the session alive.
//
// The package owns the reconnect loop rather than leaving it to discordgo:
// discordgo's own loop retries every error forever, including a rejected
// token (close 4004), which would burn Discord's 1000 logins a day and then
// get the token reset. Here a rejected token, an exhausted session start
// limit or a bad shard configuration stops Run with an error that says so;
// anything else is retried with backoff (discordapi.Backoff), resuming the
// session on resume_gateway_url when Discord allows. conn.go keeps the
// rules discordgo does not: a watchdog drops a zombie connection (no
// heartbeat ACK between two heartbeats) with 4000 so that it resumes, an
// accidental 1000 close becomes 4000, and an op 7 or op 9 answering
// IDENTIFY or RESUME cannot deadlock discordgo's Open.
package gateway

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
)

// Intents are the gateway intents strikebot asks for: guild metadata,
// guild messages (to see mentions) and direct messages. None is
// privileged: DMs and messages that mention the bot carry their content
// without MESSAGE_CONTENT.
const Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages

// identifyInterval is how long Discord wants between IDENTIFYs in one
// max_concurrency bucket.
const identifyInterval = 5 * time.Second

// Session is the part of *discordgo.Session the gateway uses, so that tests
// can stand in a fake for the REST side.
type Session interface {
	commands.Registrar
	Open() error
	Close() error
	AddHandler(handler any) func()
	GatewayBot(options ...discordgo.RequestOption) (*discordgo.GatewayBotResponse, error)
	InteractionRespond(i *discordgo.Interaction, resp *discordgo.InteractionResponse, options ...discordgo.RequestOption) error
	InteractionResponseEdit(i *discordgo.Interaction, edit *discordgo.WebhookEdit, options ...discordgo.RequestOption) (*discordgo.Message, error)
	ChannelMessageSendComplex(channelID string, m *discordgo.MessageSend, options ...discordgo.RequestOption) (*discordgo.Message, error)
}

var _ Session = (*discordgo.Session)(nil)

// Observer is told about the session's health, for metrics. The metrics
// package implements it.
type Observer interface {
	SetGatewayReady(ready bool)
	GatewayReconnected()
}

// Options configures a Gateway.
type Options struct {
	// Token is the bot token, without "Bot ". Never logged.
	Token string
	// Handler answers interactions and messages.
	Handler *commands.Handler
	// GuildID registers the commands in that guild only (instant, for
	// development); "" registers them globally.
	GuildID string
	// NoRegister skips registering the commands at the first READY (e.g.
	// when bot register does it as a deployment step).
	NoRegister bool
	// ShardID and ShardCount shard the session (one process per shard);
	// ShardAuto takes the count from GET /gateway/bot. A zero ShardCount
	// without ShardAuto means one shard.
	ShardID    int
	ShardCount int
	ShardAuto  bool
	// Log receives the gateway's events; nil discards them.
	Log *slog.Logger
	// Observer is told about readiness and reconnects; nil for none.
	Observer Observer
	// DrainTimeout bounds how long Run waits at shutdown for answers still
	// being delivered before cancelling them; 0 means 2 s, which keeps the
	// whole shutdown inside the 5 s a container stop allows.
	DrainTimeout time.Duration
	// RegisterBackoff is the wait before retrying a registration that failed
	// for a reason that may pass (a network error, a 5xx or a 429), doubling
	// per attempt up to five minutes; 0 means 5 s. Tests shorten it.
	RegisterBackoff time.Duration
	// REST is told about every error answer from Discord's REST API (see
	// discordapi.Observer); nil for none.
	REST discordapi.Observer
}

// interactionWindow is how long Discord waits for the first response to an
// interaction; after it the callback fails with 10062 Unknown interaction.
const interactionWindow = 3 * time.Second

// restTimeout bounds every REST request (discordgo's default too).
const restTimeout = 20 * time.Second

// drainGrace is how long shutdown waits, after cancelling the answers still
// in flight, for them to notice. discordgo sleeps through rate limits
// without looking at the context, so it may not; the process is exiting.
const drainGrace = 500 * time.Millisecond

// reopenBackoff paces reconnects after a failed open.
var reopenBackoff = discordapi.Backoff{Initial: time.Second, Max: time.Minute}

// registerAttempts bounds registration attempts at start-up: with the
// default backoff the last comes about five minutes after the first.
const registerAttempts = 6

// Gateway is one gateway session (one shard) and what it does with events.
type Gateway struct {
	s    Session
	opts Options
	log  *slog.Logger

	lost chan struct{} // a Disconnect happened: Run reconnects

	readyMu sync.Mutex // orders readiness changes and their reports
	ready   atomic.Bool
	connGen atomic.Uint64 // generation of the newest websocket connection
	newest  atomic.Pointer[watchedConn]

	// dialCtx is Run's context, for the dialer; set before the first Open,
	// and read only by Open on Run's goroutine.
	dialCtx context.Context

	self       atomic.Pointer[discordgo.User]
	roles      botRoles // the bot's managed role in each guild, for mentions
	appID      atomic.Pointer[string]
	registered atomic.Bool
	reconnects atomic.Int64
	dropped    atomic.Bool // lost since the last READY/RESUMED: the next one is a reconnect
	closing    atomic.Bool // shutdown has begun: a 1000 close is meant

	// The real session's heartbeat state and close, for the zombie
	// watchdog; nil with a test's fake session.
	lastAck       func() time.Time
	closeWithCode func(code int) error

	tasks tasks // answers in flight
}

// New creates the gateway's discordgo session without connecting.
func New(o Options) (*Gateway, error) {
	if o.Handler == nil {
		return nil, errors.New("gateway: no handler")
	}
	s, err := discordgo.New("Bot " + o.Token)
	if err != nil {
		return nil, fmt.Errorf("gateway: create session: %w", err)
	}
	g := newGateway(o, s)
	routeDiscordgoLog(g.log)
	s.Identify.Intents = Intents
	// Run reconnects itself, so that fatal close codes stop it (see the
	// package documentation).
	s.ShouldReconnectOnError = false
	// discordgo waits out a 429 with a sleep that ignores the context, which
	// would hold an answer past its interaction's window and a shutdown past
	// its 5 s. A 429 is returned instead; discordapi.Backoff honours its
	// retry_after where a retry makes sense.
	s.ShouldRetryOnRateLimit = false
	s.Client = discordapi.NewClient(o.REST, restTimeout)
	g.lastAck = func() time.Time {
		s.RLock()
		defer s.RUnlock()
		return s.LastHeartbeatAck
	}
	g.closeWithCode = s.CloseWithCode
	// Handlers run in order on the goroutine that read the event, so READY
	// is handled before any event after it and readiness changes are not
	// reordered; answers run on goroutines of their own (see spawn).
	s.SyncEvents = true
	// The bot needs no cache of guilds, channels or members.
	s.StateEnabled = false
	s.Dialer = g.dialer()
	return g, nil
}

// newGateway wires a gateway around any Session; tests pass a fake.
func newGateway(o Options, s Session) *Gateway {
	log := o.Log
	if log == nil {
		log = slog.New(slog.DiscardHandler)
	}
	if o.ShardCount < 1 {
		o.ShardCount = 1
	}
	if o.DrainTimeout <= 0 {
		o.DrainTimeout = 2 * time.Second
	}
	g := &Gateway{s: s, opts: o, log: log.With("shard", o.ShardID), lost: make(chan struct{}, 1), dialCtx: context.Background()}
	g.tasks.start(context.Background())
	return g
}

// Ready reports whether the session is READY (or RESUMED) now.
func (g *Gateway) Ready() bool { return g.ready.Load() }

// ReadyCheck is Ready as a health check: nil when ready.
func (g *Gateway) ReadyCheck() error {
	if g.Ready() {
		return nil
	}
	return errors.New("gateway session not ready (connecting or reconnecting)")
}

// Reconnects is how many times the session has been re-established.
func (g *Gateway) Reconnects() int64 { return g.reconnects.Load() }

// ApplicationID is the application id from READY ("" before it).
func (g *Gateway) ApplicationID() string {
	if p := g.appID.Load(); p != nil {
		return *p
	}
	return ""
}

func (g *Gateway) setReady(v bool) {
	g.readyMu.Lock()
	defer g.readyMu.Unlock()
	g.setReadyLocked(v)
}

func (g *Gateway) setReadyLocked(v bool) {
	if g.ready.Swap(v) == v {
		return
	}
	if g.opts.Observer != nil {
		g.opts.Observer.SetGatewayReady(v)
	}
}

// Run connects and keeps the session up until ctx is done, then closes it
// and waits for answers in flight. It returns nil after ctx is done, or the
// error that made reconnecting pointless (ErrTokenRejected, a
// *SessionLimitError, a bad shard setting …).
func (g *Gateway) Run(ctx context.Context) error {
	// Answers in flight outlive ctx by up to DrainTimeout, so that a
	// shutdown does not cut off replies already being delivered.
	work, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	g.tasks.start(work)
	g.dialCtx = ctx
	g.addHandlers()

	wait, err := g.prepare(ctx)
	if err != nil {
		g.tasks.drain(g.opts.DrainTimeout, cancelWork)
		if ctx.Err() != nil {
			return nil
		}
		return err
	}
	if wait > 0 {
		g.log.Info("waiting for this shard's turn to identify", "wait", wait)
		if !discordapi.Sleep(ctx, wait) {
			return nil
		}
	}

	err = g.supervise(ctx)
	g.shutdown(cancelWork)
	return err
}

// prepare checks the token and the session start limit with GET
// /gateway/bot before any IDENTIFY, settles the shard count, and returns how
// long this shard must wait for its turn to identify.
func (g *Gateway) prepare(ctx context.Context) (time.Duration, error) {
	var info *discordgo.GatewayBotResponse
	b := reopenBackoff
	b.Retryable = func(err error) bool { return classify(err) == nil }
	b.OnRetry = func(err error, _ int, d time.Duration) {
		g.log.Warn("GET /gateway/bot failed; retrying", "err", discordapi.RedactError(err), "retry_in", d)
	}
	err := b.Retry(ctx, func(int) error {
		var err error
		info, err = g.s.GatewayBot(discordgo.WithContext(ctx))
		return err
	})
	if err != nil {
		if fatal := classify(err); fatal != nil {
			return 0, fatal
		}
		return 0, err
	}
	lim := info.SessionStartLimit
	// A response without session_start_limit (Total 0) says nothing about
	// logins left; only a real "0 of N" stops us.
	if lim.Total > 0 && lim.Remaining <= 0 {
		return 0, &SessionLimitError{Total: lim.Total, ResetAfter: time.Duration(lim.ResetAfter) * time.Millisecond}
	}
	if lim.Total > 0 && lim.Remaining < lim.Total/10 {
		g.log.Warn("few gateway logins left", "remaining", lim.Remaining, "total", lim.Total,
			"reset_after", (time.Duration(lim.ResetAfter) * time.Millisecond).Round(time.Second))
	}
	if g.opts.ShardAuto {
		g.opts.ShardCount = max(info.Shards, 1)
		g.log.Info("shard count from Discord", "shards", g.opts.ShardCount)
	}
	if g.opts.ShardID < 0 || g.opts.ShardID >= g.opts.ShardCount {
		return 0, fmt.Errorf("SHARD_ID %d must be below the shard count %d", g.opts.ShardID, g.opts.ShardCount)
	}
	if s, ok := g.s.(*discordgo.Session); ok {
		s.ShardID, s.ShardCount = g.opts.ShardID, g.opts.ShardCount
	}
	return IdentifyDelay(g.opts.ShardID, lim.MaxConcurrency), nil
}

// IdentifyDelay is how long shard id waits before its first IDENTIFY when
// every shard starts at once, one process each. Discord lets max_concurrency
// shards identify together: shard id is in bucket id % max_concurrency, and
// shards of one bucket must identify identifyInterval apart, in order of id,
// so shard id goes after the id / max_concurrency shards before it in its
// bucket. Shard 0 never waits.
func IdentifyDelay(id, maxConcurrency int) time.Duration {
	if maxConcurrency < 1 {
		maxConcurrency = 1
	}
	return time.Duration(id/maxConcurrency) * identifyInterval
}

// supervise opens the session and reopens it whenever it is lost, until ctx
// is done (nil) or reconnecting cannot help (the error).
func (g *Gateway) supervise(ctx context.Context) error {
	b := reopenBackoff
	b.Retryable = func(err error) bool { return classify(err) == nil }
	b.OnRetry = func(err error, _ int, d time.Duration) {
		g.log.Warn("gateway connection failed; retrying", "err", err, "retry_in", d)
	}
	for {
		// Open returns once the first event after IDENTIFY or RESUME has
		// arrived. After a RESUME that may be a replayed dispatch, with
		// RESUMED still to come, so readiness and the reconnect count are
		// taken from the READY and RESUMED events, not from here.
		err := b.Retry(ctx, func(int) error {
			err := g.open(ctx)
			if errors.Is(err, discordgo.ErrWSAlreadyOpen) {
				// A second Disconnect for one loss (discordgo's heartbeat
				// and reader both close): the session is already back.
				return nil
			}
			return err
		})
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			fatal := classify(err)
			g.log.Error("gateway stopped", "err", fatal)
			return fatal
		}
		g.log.Debug("gateway connection open", "shards", g.opts.ShardCount)
		if !g.awaitLoss(ctx) {
			return nil
		}
		g.log.Warn("gateway connection lost; reconnecting")
	}
}

// awaitLoss waits for a Disconnect that lost the newest connection, and
// reports false if ctx ended first. discordgo can emit two Disconnects for
// one loss (its heartbeat and its reader both close); the second, arriving
// once the session is back, finds the newest connection open and is
// ignored. Acting on it once made Open run while that connection's reader
// was handling an INVALID_SESSION, racing with its reset of the session.
func (g *Gateway) awaitLoss(ctx context.Context) bool {
	for {
		select {
		case <-ctx.Done():
			return false
		case <-g.lost:
		}
		if c := g.newest.Load(); c == nil || c.lost() {
			return true
		}
		g.log.Debug("gateway Disconnect for an earlier connection; the newest is open")
	}
}

// open opens the session, giving up if ctx ends meanwhile. It first waits
// for discordgo's goroutines of the lost connection to return, which would
// otherwise close the new one (see goroutines.go). discordgo's Open
// takes no context and its handshake may wait up to 45 s on a silent
// server, which would break the promise to exit within 5 s of SIGTERM; so
// the connection being opened is closed under it when ctx ends. Only a
// connection this Open dialled: when Open finds the session already open
// (a second Disconnect for one loss), the newest connection is an
// established one, and shutdown closes it with its close frame (1000);
// closing it here would drop it without one (1006), leaving Discord to
// think the session was only interrupted.
func (g *Gateway) open(ctx context.Context) error {
	if !g.awaitDiscordgo(ctx) || ctx.Err() != nil {
		return ctx.Err()
	}
	before := g.connGen.Load()
	stop := context.AfterFunc(ctx, func() {
		if c := g.newest.Load(); c != nil && c.gen > before {
			_ = c.Close()
		}
	})
	defer stop()
	return g.s.Open()
}

// shutdown closes the session (with 1000: the session ends) and drains the
// answers in flight, both at once and each bounded, so that the whole stays
// inside the 5 s a container stop allows.
func (g *Gateway) shutdown(cancelWork context.CancelFunc) {
	start := time.Now()
	g.closing.Store(true)
	g.setReady(false)
	closed := make(chan struct{})
	go func() {
		defer close(closed)
		// discordgo's Close waits a second for the server's close frame.
		if err := g.s.Close(); err != nil {
			g.log.Warn("closing gateway", "err", err)
		}
	}()
	g.tasks.drain(g.opts.DrainTimeout, cancelWork)
	t := time.NewTimer(closeGrace)
	defer t.Stop()
	select {
	case <-closed:
	case <-t.C:
		g.log.Warn("gateway close did not finish in time")
	}
	g.setReady(false)
	g.log.Info("gateway closed", "latency", time.Since(start))
}

// addHandlers registers the event handlers. They run synchronously, in
// event order (SyncEvents), and must return quickly.
func (g *Gateway) addHandlers() {
	g.s.AddHandler(func(_ *discordgo.Session, r *discordgo.Ready) { g.onReady(r) })
	g.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Resumed) {
		g.log.Info("gateway session resumed")
		g.sessionUp()
	})
	g.s.AddHandler(func(_ *discordgo.Session, _ *discordgo.Disconnect) { g.onDisconnect() })
	g.s.AddHandler(func(_ *discordgo.Session, ic *discordgo.InteractionCreate) { g.onInteraction(ic) })
	g.s.AddHandler(func(_ *discordgo.Session, m *discordgo.MessageCreate) { g.onMessage(m) })
	// Every event, raw, after its typed handlers: the guild and role events
	// say which role is the bot's (see roles.go).
	g.s.AddHandler(func(_ *discordgo.Session, e *discordgo.Event) {
		if u := g.self.Load(); u != nil {
			g.roles.onGuildEvent(e, u.ID)
		}
	})
}

func (g *Gateway) onReady(r *discordgo.Ready) {
	if r.User != nil {
		g.self.Store(r.User)
	}
	if r.Application != nil && r.Application.ID != "" {
		id := r.Application.ID
		g.appID.Store(&id)
	}
	attrs := []any{"session_guilds", len(r.Guilds), "application", g.ApplicationID()}
	if r.User != nil {
		attrs = append(attrs, "user", r.User.ID, "username", r.User.Username)
	}
	g.log.Info("gateway session ready", attrs...)
	g.sessionUp()
	// Register once per process, from shard 0 only: every shard shares one
	// application, and N shards overwriting the same commands is N-1 wasted
	// requests against a tight rate limit.
	if g.opts.NoRegister || g.opts.ShardID != 0 || g.ApplicationID() == "" || !g.registered.CompareAndSwap(false, true) {
		return
	}
	appID := g.ApplicationID()
	g.spawn(func(ctx context.Context) { g.register(ctx, appID) })
}

// register registers the commands, retrying failures that may pass: without
// its commands a bot answers only DMs and mentions, so a passing outage at
// start-up must not leave it so until the next restart.
func (g *Gateway) register(ctx context.Context, appID string) {
	wait := g.opts.RegisterBackoff
	if wait <= 0 {
		wait = 5 * time.Second
	}
	where := "global"
	if g.opts.GuildID != "" {
		where = "guild " + g.opts.GuildID
	}
	b := discordapi.Backoff{Initial: wait, Max: 5 * time.Minute, Attempts: registerAttempts, Retryable: retryable,
		OnRetry: func(err error, attempt int, d time.Duration) {
			g.log.Warn("command registration failed, retrying", "err", discordapi.RedactError(err), "attempt", attempt, "retry_in", d)
		}}
	var last int
	err := b.Retry(ctx, func(attempt int) error {
		last = attempt
		start := time.Now()
		n, err := g.opts.Handler.Bot.Register(ctx, g.s, appID, g.opts.GuildID)
		if err == nil {
			g.log.Info("commands registered", "commands", n, "scope", where, "attempt", attempt, "latency", time.Since(start))
		}
		return err
	})
	if err != nil {
		g.log.Error("registering commands failed", "err", discordapi.RedactError(err), "attempt", last)
	}
}

// sessionUp marks the session ready after READY or RESUMED, counting a
// reconnect if the connection had been lost.
func (g *Gateway) sessionUp() {
	g.setReady(true)
	if g.dropped.Swap(false) {
		n := g.reconnects.Add(1)
		if g.opts.Observer != nil {
			g.opts.Observer.GatewayReconnected()
		}
		g.log.Info("gateway reconnected", "reconnects", n)
	}
}

func (g *Gateway) onDisconnect() {
	g.dropped.Store(true)
	g.setReady(false)
	select {
	case g.lost <- struct{}{}:
	default: // a reconnect is already pending
	}
}

// onInteraction answers one interaction through commands.Handler.Serve,
// which acknowledges within Discord's three seconds and defers slow answers.
func (g *Gateway) onInteraction(ic *discordgo.InteractionCreate) {
	if ic == nil || ic.Interaction == nil {
		return
	}
	i := ic.Interaction
	req := interactionRequest(i)
	window := time.Now().Add(interactionWindow)
	g.spawn(func(ctx context.Context) {
		if err := g.opts.Handler.Serve(ctx, req, deliverer{s: g.s, i: i, ctx: ctx, window: window}); err != nil {
			g.log.Warn("delivering interaction response failed", "interaction", i.ID, "user", req.UserID, "err", discordapi.RedactError(err))
		}
	})
}

// onMessage answers a DM, or a guild message that mentions the bot or its
// role, as a reply in the same channel; messageRequest decides what to
// ignore.
func (g *Gateway) onMessage(mc *discordgo.MessageCreate) {
	if mc == nil || mc.Message == nil {
		return
	}
	m := mc.Message
	req, ok := messageRequest(m, g.self.Load(), g.roles.of(m.GuildID))
	if !ok {
		return
	}
	g.spawn(func(ctx context.Context) {
		resp := g.opts.Handler.Handle(ctx, req)
		if resp.Type != commands.RespondReply {
			return
		}
		out := commands.RenderMessage(resp.Reply, m.Reference())
		if _, err := g.s.ChannelMessageSendComplex(m.ChannelID, out, discordgo.WithContext(ctx)); err != nil {
			g.log.Warn("sending reply failed", "channel", m.ChannelID, "message", m.ID, "err", discordapi.RedactError(err))
		}
	})
}

// spawn runs f on its own goroutine, tracked so that shutdown can wait for
// it; after shutdown has begun, f is dropped.
func (g *Gateway) spawn(f func(ctx context.Context)) {
	ctx, ok := g.tasks.acquire()
	if !ok {
		g.log.Debug("shutting down: event dropped")
		return
	}
	go func() {
		defer g.tasks.release()
		f(ctx)
	}()
}

// deliverer sends an interaction's response over REST, as commands.Handler
// asks: the first response once, then edits of the original.
//
// The first response is bounded by the interaction's window: Discord
// refuses it afterwards, so discordgo's retries of a 5xx must stop there.
// Errors carry the request's URL, which holds the interaction token, so
// they are redacted here, before anyone can log them.
type deliverer struct {
	s      Session
	i      *discordgo.Interaction
	ctx    context.Context
	window time.Time // when Discord stops accepting the first response
}

func (d deliverer) Respond(resp commands.Response) error {
	ctx, cancel := context.WithDeadline(d.ctx, d.window)
	defer cancel()
	return discordapi.RedactError(d.s.InteractionRespond(d.i, commands.RenderResponse(resp), discordgo.WithContext(ctx)))
}

func (d deliverer) Edit(r commands.Reply) error {
	_, err := d.s.InteractionResponseEdit(d.i, commands.RenderEdit(r), discordgo.WithContext(d.ctx))
	return discordapi.RedactError(err)
}

// tasks tracks answers in flight. acquire fails once draining has begun, so
// that the WaitGroup is never added to while it is being waited on.
type tasks struct {
	mu     sync.Mutex
	ctx    context.Context // what tasks run under
	closed bool
	wg     sync.WaitGroup
}

// start sets the context new tasks run under.
func (t *tasks) start(ctx context.Context) {
	t.mu.Lock()
	t.ctx = ctx
	t.mu.Unlock()
}

// acquire registers a task and returns its context, or false once draining
// has begun.
func (t *tasks) acquire() (context.Context, bool) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.closed {
		return nil, false
	}
	t.wg.Add(1)
	return t.ctx, true
}

func (t *tasks) release() { t.wg.Done() }

// drain stops new tasks and waits for running ones; after timeout it
// cancels them and waits up to drainGrace for them to notice.
func (t *tasks) drain(timeout time.Duration, cancel context.CancelFunc) {
	t.mu.Lock()
	t.closed = true
	t.mu.Unlock()
	done := make(chan struct{})
	go func() { t.wg.Wait(); close(done) }()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	select {
	case <-done:
		return
	case <-timer.C:
		cancel()
	}
	grace := time.NewTimer(drainGrace)
	defer grace.Stop()
	select {
	case <-done:
	case <-grace.C:
	}
}
