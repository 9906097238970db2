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

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/gateway"
	"github.com/strikebot/strikebot/internal/health"
	"github.com/strikebot/strikebot/internal/interactions"
	"github.com/strikebot/strikebot/internal/metrics"
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

// runServe is bot serve: the Discord bot itself. What runs follows from the
// configuration: the gateway session when DISCORD_TOKEN is set, the signed
// HTTP interactions endpoint when INTERACTIONS_ADDR is set, and the health
// and metrics endpoints when HEALTH_ADDR is set. It returns nil when ctx is
// cancelled (SIGINT, SIGTERM) after shutting everything down, and an error
// when the bot cannot run (bad configuration, a rejected token …).
func runServe(ctx context.Context, e *env, args []string) error {
	if len(args) > 0 {
		return usagef("bot serve takes no arguments: it is configured by the environment and .env (see 'bot help serve')")
	}
	getenv, err := withDotEnv(e.getenv, ".env")
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
	return serve(ctx, cfg, newLogger(cfg, e.stdout))
}

// serve runs the configured parts of the bot until ctx is done or one of
// them fails.
func serve(ctx context.Context, cfg Config, log *slog.Logger) error {
	base, err := loadBase(cfg.FactsDir)
	if err != nil {
		return err
	}
	m := metrics.New()
	h := &commands.Handler{
		Bot:        commands.New(base),
		Log:        log,
		Limiter:    commands.NewRateLimiter(rateBurst, rateWindow, nil),
		Metrics:    m,
		DeferAfter: deferAfter,
	}

	var modes []string
	if cfg.Token != "" {
		modes = append(modes, "gateway")
	}
	if cfg.InteractionsAddr != "" {
		modes = append(modes, "http-interactions")
	}
	log.Info("starting strikebot", "version", version, "modes", strings.Join(modes, ","),
		"facts", len(base.Facts()), "api", cfg.APIURL, "shard", cfg.ShardID, "shards", shardsAttr(cfg))
	if appID := cmp.Or(cfg.AppID, cfg.BotUserID()); appID != "" {
		log.Info("invite the bot with this URL", "url", commands.InviteURL(appID))
	}

	ctx, stop := context.WithCancel(ctx)
	defer stop()
	var (
		errMu    sync.Mutex
		firstErr error
	)
	fail := func(err error) {
		errMu.Lock()
		if firstErr == nil {
			firstErr = err
		}
		errMu.Unlock()
		stop()
	}

	var gw *gateway.Gateway
	if cfg.Token != "" {
		gw, err = gateway.New(gateway.Options{
			Token: cfg.Token, Handler: h, GuildID: cfg.GuildID,
			ShardID: cfg.ShardID, ShardCount: cfg.ShardCount, ShardAuto: cfg.ShardAuto,
			Log: log.With("component", "gateway"), Observer: m,
		})
		if err != nil {
			return err
		}
	}

	// Deferred HTTP answers outlive their request's context on purpose;
	// this one abandons them once the HTTP drain has given up.
	abandon, abandonNow := context.WithCancel(context.WithoutCancel(ctx))
	defer abandonNow()
	servers, err := listen(cfg, log, h, m, gw, abandon)
	if err != nil {
		return err
	}
	for _, s := range servers {
		go func() {
			if err := s.srv.Serve(s.ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				fail(fmt.Errorf("%s server on %s: %w", s.name, s.ln.Addr(), err))
			}
		}()
	}

	gwDone := make(chan struct{})
	if gw != nil {
		// discordgo's endpoints are process globals (see discordapi.SetBaseURL): set
		// them once, here, after every check that can fail and before the
		// session makes its first request.
		discordapi.SetBaseURL(cfg.APIURL)
		go func() {
			defer close(gwDone)
			if err := gw.Run(ctx); err != nil {
				fail(fmt.Errorf("gateway: %w", err))
			}
		}()
	} else {
		close(gwDone)
	}

	<-ctx.Done()
	start := time.Now()
	log.Info("shutting down")
	var wg sync.WaitGroup
	for _, s := range servers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			sctx, cancel := context.WithTimeout(context.Background(), httpDrain)
			defer cancel()
			if err := s.srv.Shutdown(sctx); err != nil {
				log.Warn("HTTP requests still in flight at shutdown; abandoning them", "server", s.name, "err", err)
				abandonNow()
				_ = s.srv.Close()
			}
		}()
	}
	wg.Wait()
	<-gwDone
	log.Info("stopped", "latency", time.Since(start))
	errMu.Lock()
	defer errMu.Unlock()
	return firstErr
}

// server is one HTTP listener and what it serves.
type server struct {
	name string
	ln   net.Listener
	srv  *http.Server
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
	var interactionsHandler http.Handler
	if cfg.InteractionsAddr != "" {
		interactionsHandler = m.InstrumentHTTP("interactions", interactions.New(interactions.Options{
			PublicKey: ed25519.PublicKey(cfg.PublicKey),
			Handler:   h,
			Log:       log.With("component", "interactions"),
			APIURL:    cfg.APIURL,
			Context:   abandon,
		}))
	}

	type plan struct {
		name, addr string
		handler    http.Handler
	}
	var plans []plan
	switch {
	case cfg.HealthAddr != "" && cfg.HealthAddr == cfg.InteractionsAddr:
		mux := http.NewServeMux()
		mux.Handle("/interactions", interactionsHandler)
		mux.Handle("/", healthMux)
		plans = append(plans, plan{"health+interactions", cfg.HealthAddr, mux})
	default:
		if cfg.HealthAddr != "" {
			plans = append(plans, plan{"health", cfg.HealthAddr, healthMux})
		}
		if cfg.InteractionsAddr != "" {
			mux := http.NewServeMux()
			mux.Handle("/interactions", interactionsHandler)
			plans = append(plans, plan{"interactions", cfg.InteractionsAddr, mux})
		}
	}

	var out []server
	for _, p := range plans {
		ln, err := net.Listen("tcp", p.addr)
		if err != nil {
			for _, s := range out {
				_ = s.ln.Close()
			}
			return nil, fmt.Errorf("%s server: %w", p.name, err)
		}
		log.Info("listening", "server", p.name, "addr", ln.Addr().String())
		out = append(out, server{name: p.name, ln: ln, srv: &http.Server{
			Handler:           p.handler,
			ReadHeaderTimeout: 5 * time.Second,
			ReadTimeout:       10 * time.Second,
			IdleTimeout:       2 * time.Minute,
			ErrorLog:          slog.NewLogLogger(log.Handler(), slog.LevelWarn),
		}})
	}
	return out, nil
}

// shardsAttr describes the shard count for the start-up log.
func shardsAttr(cfg Config) string {
	if cfg.ShardAuto {
		return "auto"
	}
	return fmt.Sprint(cfg.ShardCount)
}
