package main

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"time"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/interactions"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// server is one endpoint under test, on its own http.Server and port.
type server struct {
	name string
	url  string
	srv  *http.Server
	done chan error
}

// start serves h on a fresh 127.0.0.1 port: the load never leaves the
// machine.
func start(name string, h http.Handler) (*server, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return nil, fmt.Errorf("%s endpoint: listen: %w", name, err)
	}
	mux := http.NewServeMux()
	mux.Handle("/interactions", h)
	s := &server{
		name: name,
		url:  "http://" + ln.Addr().String() + "/interactions",
		// The timeouts a production server would set; none is reached here.
		srv:  &http.Server{Handler: mux, ReadHeaderTimeout: 5 * time.Second, IdleTimeout: time.Minute},
		done: make(chan error, 1),
	}
	go func() { s.done <- s.srv.Serve(ln) }()
	return s, nil
}

// stop shuts the server down gracefully, as bot serve does.
func (s *server) stop() error {
	ctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := s.srv.Shutdown(ctx); err != nil {
		return fmt.Errorf("%s endpoint: shutdown: %w", s.name, err)
	}
	if err := <-s.done; err != nil && !errors.Is(err, http.ErrServerClosed) {
		return fmt.Errorf("%s endpoint: %w", s.name, err)
	}
	return nil
}

// botHandler is the real endpoint over the embedded fact base, configured
// as bot serve configures it, except that there is no rate limit (one load
// generator is not abusive users), no replay check (it resends its payloads)
// and, unless logInfo, no log output.
func botHandler(pub ed25519.PublicKey, logInfo bool) (http.Handler, error) {
	base, err := knowledge.Load(data.FS())
	if err != nil {
		return nil, fmt.Errorf("load embedded fact base: %w", err)
	}
	log := slog.New(slog.DiscardHandler)
	if logInfo {
		// Formats every "answered" line as production would, then drops it.
		log = slog.New(slog.NewTextHandler(io.Discard, &slog.HandlerOptions{Level: slog.LevelInfo}))
	}
	h := &commands.Handler{Bot: commands.New(base), Log: log}
	// loadgen cycles through a few hundred signed payloads, so every one
	// after the first round would be a replay: the check is off here, and
	// BenchmarkReplays in internal/interactions measures what it costs.
	return interactions.New(interactions.Options{PublicKey: pub, Handler: h, Log: log, RememberIDs: -1}), nil
}

// bareHandler is the reference: what any endpoint must do at least (read the
// body, verify the signature) and nothing more, written plainly.
func bareHandler(pub ed25519.PublicKey) http.Handler {
	canned := []byte(`{"type":4,"data":{"content":"ok"}}`)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
			return
		}
		body, err := io.ReadAll(io.LimitReader(r.Body, 64<<10))
		if err != nil {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		sig, err := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
		msg := append([]byte(r.Header.Get("X-Signature-Timestamp")), body...)
		if err != nil || len(sig) != ed25519.SignatureSize || !ed25519.Verify(pub, msg, sig) {
			http.Error(w, "invalid request signature", http.StatusUnauthorized)
			return
		}
		w.Header().Set("Content-Type", "application/json")
		_, _ = w.Write(canned)
	})
}
