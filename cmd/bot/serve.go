package main

import (
	"cmp"
	"context"
	"crypto/ed25519"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync"
	"time"

	"golang.org/x/net/netutil"
	"golang.org/x/sync/errgroup"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/gateway"
	"github.com/strikebot/strikebot/internal/health"
	"github.com/strikebot/strikebot/internal/interactions"
	"github.com/strikebot/strikebot/internal/knowledge"
	"github.com/strikebot/strikebot/internal/metrics"
	"github.com/strikebot/strikebot/internal/store"
)

const (
	// deferAfter is how long an interaction's answer may take before the
	// bot acknowledges it and edits the answer in: Discord allows 3 s from
	// its side, and the acknowledgement itself needs a round trip.
	deferAfter = 2 * time.Second
	// httpDrain bounds how long shutdown waits for HTTP requests in flight.
	// With the gateway's own close (about 1 s) and drain (2 s) running
	// beside it, the process exits within the 5 s a container stop allows.
	httpDrain = 3 * time.Second
	// Per-user rate limit: a burst of rateBurst questions, refilled over
	// rateWindow.
	rateBurst  = 5
	rateWindow = 10 * time.Second
)

// The HTTP servers' limits, which bound what a client can make the process
// hold. Discord and the probes send small requests at once and read the
// answer at once; anything slower or bigger is a broken or hostile client.
const (
	// maxHeaderBytes caps a request's headers (Go's default is 1 MiB: 100
	// connections sending that much took 147 MB). Discord's are under 2 KiB.
	maxHeaderBytes = 16 << 10
	// readHeaderTimeout closes a connection whose headers have not arrived,
	// so silent or trickling connections free their slot.
	readHeaderTimeout = 5 * time.Second
	readTimeout       = 10 * time.Second // headers and body
	// writeTimeout bounds a client that will not read its answer; every
	// answer is written within Discord's 3 s (later ones go by webhook).
	writeTimeout = 10 * time.Second
	// idleTimeout closes keep-alive connections left unused. A proxy in
	// front should keep its own upstream idle timeout below this.
	idleTimeout = 30 * time.Second
)

// runServe is bot serve: the Discord bot itself. What runs follows from the
// configuration: the gateway session when DISCORD_TOKEN is set, the signed
// HTTP interactions endpoint when INTERACTIONS_ADDR is set, and the health
// and metrics endpoints when HEALTH_ADDR is set. It returns nil when ctx is
// cancelled (SIGINT, SIGTERM) after shutting everything down, and an error
// when the bot cannot run (bad configuration, a rejected token …). SIGHUP,
// and with --watch a change under FACTS_DIR, reload the fact base (reload.go).
func runServe(ctx context.Context, e *env, args []string) error {
	fs := plainFlags("serve")
	ro := reloadOptions{notify: e.notifyHangup}
	fs.BoolVar(&ro.watch, "watch", false, "reload the fact base when the files under FACTS_DIR change")
	fs.DurationVar(&ro.every, "watch-interval", defaultWatchEvery, "how often --watch looks at FACTS_DIR")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if ro.every < minWatchEvery {
		return usagef("serve: --watch-interval must be at least %v, not %v", minWatchEvery, ro.every)
	}
	if fs.NArg() > 0 {
		return usagef("serve takes no arguments: it is configured by the environment and .env (see 'bot help serve')")
	}
	getenv, err := withDotEnv(e.lookupenv, ".env")
	if err != nil {
		return err
	}
	// The HTTP endpoint answers with only the public key; the gateway
	// (needed for DMs and mentions) needs the token.
	httpOnly := strings.TrimSpace(getenv("INTERACTIONS_ADDR")) != ""
	cfg, err := parseConfig(getenv, needs{token: !httpOnly})
	if err != nil {
		return err
	}
	if ro.watch && cfg.FactsDir == "" {
		return usagef("serve --watch needs FACTS_DIR: the embedded fact base cannot change")
	}
	return serve(ctx, cfg, newLogger(cfg, e.stdout), ro, nil)
}

// serve runs the configured parts of the bot until ctx is done or one of
// them fails, then stops them all: first the parts are built and every
// listener bound (so that a mistake fails before anything runs), then each
// runs in one errgroup, whose first error stops the rest.
// Tests pass onHandler to reach the pipeline serve built; main passes nil.
func serve(ctx context.Context, cfg Config, log *slog.Logger, ro reloadOptions, onHandler func(*commands.Handler)) error {
	reload := newReloader(cfg.FactsDir, ro, log)
	defer reload.close()
	base, err := reload.load()
	if err != nil {
		return err
	}
	db, err := openStore(ctx, cfg, log)
	if err != nil {
		return err
	}
	var bot *commands.Bot
	if db != nil {
		defer func() { _ = db.Close() }()
	}
	bot = commands.New(base, storeCommands(cfg, db, func() *knowledge.Base { return bot.Base() })...)
	bot.SetRuntime(serveRuntime(cfg))
	m := metrics.New(metrics.Options{
		Commands: bot.MetricNames(), Outcomes: commands.Outcomes(),
		Gateway: cfg.Token != "", Version: currentBuild().String(),
	})
	rec, drain := startRecorder(ctx, cfg, db, m, log)
	defer drain()
	h := &commands.Handler{
		Bot:        bot,
		Log:        log,
		Limiter:    commands.NewRateLimiter(rateBurst, rateWindow, nil),
		Metrics:    m,
		DeferAfter: deferAfter,
		Recorder:   rec,
	}
	if onHandler != nil {
		onHandler(h)
	}
	logStart(log, cfg, len(base.Facts()))
	gw, err := newGateway(cfg, h, m, log)
	if err != nil {
		return err
	}
	// Deferred HTTP answers outlive their request's context on purpose;
	// this one abandons them once the HTTP drain has given up.
	abandon, abandonNow := context.WithCancel(context.WithoutCancel(ctx))
	defer abandonNow()
	servers, err := listen(cfg, log, h, m, gw, abandon)
	if err != nil {
		return err
	}
	// discordgo's endpoints are process globals (see discordapi.SetBaseURL):
	// set them once, here, after every check that can fail and before the
	// gateway session or a deferred HTTP answer makes its first request.
	discordapi.SetBaseURL(cfg.APIURL)

	g, ctx := errgroup.WithContext(ctx)
	stopping := make(chan time.Time, 1)
	g.Go(func() error {
		<-ctx.Done()
		stopping <- time.Now()
		log.Info("shutting down")
		return nil
	})
	for _, s := range servers {
		g.Go(func() error { return s.run(ctx, log, abandonNow) })
	}
	if gw != nil {
		g.Go(func() error { return runGateway(ctx, cfg, gw) })
	}
	g.Go(func() error { return reload.run(ctx, bot, m) })
	err = g.Wait()
	log.Info("stopped", "latency", time.Since(<-stopping))
	return err
}

// serveRuntime is what /help and /about describe: without a token there is
// no gateway session, so only slash commands and buttons reach the bot.
func serveRuntime(cfg Config) commands.Runtime {
	rt := commands.Runtime{Mode: commands.ModeGateway, Version: version}
	if cfg.Token == "" {
		rt.Mode = commands.ModeHTTP
	}
	return rt
}

// storeOpenTimeout bounds opening the store and migrating it at start-up:
// a database that does not answer is a clear error, not a hang.
const storeOpenTimeout = 15 * time.Second

// storeDrain bounds how long shutdown writes the records still queued,
// after the answers in flight have finished; with httpDrain the process
// still exits within a container stop's 5 s.
const storeDrain = time.Second

// openStore opens and migrates the configured store, or returns nil when
// DATABASE_URL is off. A store that cannot be opened stops start-up with a
// clear error: it is the operator's mistake (a missing volume, a wrong
// password), best seen at once. Once running, a failing store only costs
// records (see startRecorder), never answers.
func openStore(ctx context.Context, cfg Config, log *slog.Logger) (*store.DB, error) {
	if cfg.DatabaseURL == store.Off {
		log.Info("store off: nothing is recorded (DATABASE_URL=off)")
		return nil, nil
	}
	octx, cancel := context.WithTimeout(ctx, storeOpenTimeout)
	defer cancel()
	db, err := store.Open(octx, cfg.DatabaseURL, store.Options{KeepUserIDs: cfg.StoreUserIDs})
	if err != nil {
		return nil, fmt.Errorf("DATABASE_URL: %w", err)
	}
	v, _ := db.SchemaVersion(octx)
	log.Info("store open", "engine", db.Engine(), "database", db.String(), "schema_version", v,
		"retention_days", cfg.RetentionDays, "user_ids", cfg.StoreUserIDs)
	return db, nil
}

// startRecorder puts the bounded queue in front of db, deletes the rows
// past the retention period once now (the queue repeats it hourly), and
// returns the Recorder with the function that drains it at shutdown.
// Without a store the Recorder is nil: nothing is recorded.
func startRecorder(ctx context.Context, cfg Config, db *store.DB, m *metrics.Metrics, log *slog.Logger) (store.Recorder, func()) {
	if db == nil {
		return nil, func() {}
	}
	slg := log.With("component", "store")
	q := store.NewQueue(db, store.QueueOptions{
		Retention: time.Duration(cfg.RetentionDays) * 24 * time.Hour,
		Log:       slg, Observer: m,
	})
	pctx, cancel := context.WithTimeout(ctx, storeOpenTimeout)
	defer cancel()
	if err := q.Prune(pctx); err != nil {
		slg.Warn("store retention at start failed; the queue retries hourly", "err", err)
	}
	return q, func() {
		dctx, cancel := context.WithTimeout(context.Background(), storeDrain)
		defer cancel()
		if err := q.Close(dctx); err != nil {
			slg.Warn("store queue not drained at shutdown", "err", err)
		}
	}
}

// logStart logs what is starting and, when the application id is known,
// the invite URL.
func logStart(log *slog.Logger, cfg Config, facts int) {
	var modes []string
	if cfg.Token != "" {
		modes = append(modes, "gateway")
	}
	if cfg.InteractionsAddr != "" {
		modes = append(modes, "http-interactions")
	}
	log.Info("starting strikebot", "version", currentBuild().String(), "modes", strings.Join(modes, ","),
		"facts", facts, "api", redactURL(cfg.APIURL), "shard", cfg.ShardID, "shards", shardsAttr(cfg))
	if appID := cmp.Or(cfg.AppID, cfg.BotUserID()); appID != "" {
		log.Info("invite the bot with this URL", "url", commands.InviteURL(appID))
	}
}

// newGateway builds the gateway session when there is a token, else nil.
func newGateway(cfg Config, h *commands.Handler, m *metrics.Metrics, log *slog.Logger) (*gateway.Gateway, error) {
	if cfg.Token == "" {
		return nil, nil
	}
	return gateway.New(gateway.Options{
		Token: cfg.Token, Handler: h, GuildID: cfg.GuildID,
		ShardID: cfg.ShardID, ShardCount: cfg.ShardCount, ShardAuto: cfg.ShardAuto,
		Log: log.With("component", "gateway"), Observer: m, REST: m,
	})
}

// runGateway runs the gateway session until ctx is done.
func runGateway(ctx context.Context, cfg Config, gw *gateway.Gateway) error {
	if err := gw.Run(ctx); err != nil {
		return fmt.Errorf("gateway: %w", err)
	}
	return nil
}

// server is one HTTP listener and what it serves.
type server struct {
	name string
	ln   net.Listener
	srv  *http.Server
}

// run serves until ctx is done, then drains requests in flight for up to
// httpDrain; past that it abandons them (abandon cancels deferred answers)
// and closes the connections.
func (s server) run(ctx context.Context, log *slog.Logger, abandon context.CancelFunc) error {
	served := make(chan error, 1)
	go func() { served <- s.srv.Serve(s.ln) }()
	select {
	case err := <-served:
		return fmt.Errorf("%s server on %s: %w", s.name, s.ln.Addr(), err)
	case <-ctx.Done():
	}
	dctx, cancel := context.WithTimeout(context.Background(), httpDrain)
	defer cancel()
	if err := s.srv.Shutdown(dctx); err != nil {
		log.Warn("HTTP requests still in flight at shutdown; abandoning them", "server", s.name, "err", err)
		abandon()
		_ = s.srv.Close()
	}
	if err := <-served; !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("%s server on %s: %w", s.name, s.ln.Addr(), err)
	}
	return nil
}

// listen binds the health and interactions listeners before anything
// connects, so a taken port is an error at once. When both use one address
// they share one server.
func listen(cfg Config, log *slog.Logger, h *commands.Handler, m *metrics.Metrics, gw *gateway.Gateway, abandon context.Context) ([]server, error) {
	var ready []health.Check
	if gw != nil {
		ready = append(ready, gw.ReadyCheck)
	}
	// Without a gateway the bot is ready as soon as its listener answers,
	// which a request to /readyz proves.
	healthMux := health.Handler(health.Options{Ready: ready, Metrics: m})
	var interactionsMux *http.ServeMux
	if cfg.InteractionsAddr != "" {
		interactionsMux = http.NewServeMux()
		interactionsMux.Handle("/interactions", m.InstrumentHTTP("interactions", interactions.New(interactions.Options{
			PublicKey: ed25519.PublicKey(cfg.PublicKey),
			Handler:   h,
			Log:       log.With("component", "interactions"),
			Context:   abandon,
			REST:      m,
		})))
	}

	type plan struct {
		name, addr string
		handler    http.Handler
	}
	var plans []plan
	switch {
	case cfg.HealthAddr != "" && cfg.HealthAddr == cfg.InteractionsAddr:
		interactionsMux.Handle("/", healthMux)
		plans = append(plans, plan{"health+interactions", cfg.HealthAddr, interactionsMux})
	default:
		if cfg.HealthAddr != "" {
			plans = append(plans, plan{"health", cfg.HealthAddr, healthMux})
		}
		if cfg.InteractionsAddr != "" {
			plans = append(plans, plan{"interactions", cfg.InteractionsAddr, interactionsMux})
		}
	}

	var out []server
	for _, p := range plans {
		s, err := newServer(p.name, p.addr, p.handler, cfg.MaxConns, log)
		if err != nil {
			for _, s := range out {
				_ = s.ln.Close()
			}
			return nil, err
		}
		log.Info("listening", "server", p.name, "addr", s.ln.Addr().String(), "max_connections", cfg.MaxConns)
		out = append(out, s)
	}
	return out, nil
}

// newServer binds addr and builds the hardened server for handler: the
// limits above, and at most maxConns connections open at once
// (netutil.LimitListener; the rest wait in the kernel's accept queue).
func newServer(name, addr string, handler http.Handler, maxConns int, log *slog.Logger) (server, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		return server{}, fmt.Errorf("%s server: %w", name, err)
	}
	srv := &http.Server{
		Handler:           handler,
		MaxHeaderBytes:    maxHeaderBytes,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
	}
	g := &connGuard{srv: srv, max: maxConns}
	srv.ConnState = g.track
	return server{name: name, ln: netutil.LimitListener(ln, maxConns), srv: srv}, nil
}

// connGuard keeps a full server answering. At the cap LimitListener stops
// accepting, and a new client (Discord's signed request) would wait behind
// connections that merely sit idle until their IdleTimeout. So when the cap
// is reached the guard turns keep-alives off, which closes the idle
// connections at once and every other after its current answer, as nginx
// reclaims idle keep-alive connections when it runs out; keep-alives come
// back once half the slots are free.
type connGuard struct {
	srv *http.Server
	max int

	mu       sync.Mutex
	open     int
	shedding bool
}

// track is the server's ConnState hook. net/http calls it without holding
// its own lock, so calling SetKeepAlivesEnabled here cannot deadlock.
func (g *connGuard) track(_ net.Conn, st http.ConnState) {
	g.mu.Lock()
	defer g.mu.Unlock()
	switch st {
	case http.StateNew:
		g.open++
	case http.StateClosed, http.StateHijacked:
		g.open--
	default:
		return
	}
	switch {
	case !g.shedding && g.open >= g.max:
		g.shedding = true
		g.srv.SetKeepAlivesEnabled(false)
	case g.shedding && g.open <= g.max/2:
		g.shedding = false
		g.srv.SetKeepAlivesEnabled(true)
	}
}

// shardsAttr describes the shard count for the start-up log.
func shardsAttr(cfg Config) string {
	if cfg.ShardAuto {
		return "auto"
	}
	return fmt.Sprint(cfg.ShardCount)
}
