// Package health serves strikebot's probe and metrics endpoints: GET
// /healthz (the process is running), GET /readyz (it can do its job now)
// and GET /metrics (the Prometheus handler it is given).
//
// Liveness and readiness are kept apart on purpose: a bot whose gateway is
// reconnecting is alive (restarting it would only burn a login) but not
// ready (a load balancer or rollout should wait for it).
package health

import (
	"errors"
	"net/http"
)

// Check reports whether one part of the bot is ready; the error says why
// not, for the /readyz body and the operator reading it.
type Check func() error

// Options says what the endpoints report.
type Options struct {
	// Ready lists the readiness checks; /readyz is 200 when all pass. None
	// means ready as soon as the server answers.
	Ready []Check
	// Metrics serves /metrics; nil leaves it out (404).
	Metrics http.Handler
}

// Handler returns the mux serving /healthz, /readyz and /metrics.
func Handler(o Options) http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, _ *http.Request) {
		text(w, http.StatusOK, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, _ *http.Request) {
		var errs []error
		for _, c := range o.Ready {
			if err := c(); err != nil {
				errs = append(errs, err)
			}
		}
		if err := errors.Join(errs...); err != nil {
			text(w, http.StatusServiceUnavailable, "not ready: "+err.Error()+"\n")
			return
		}
		text(w, http.StatusOK, "ready\n")
	})
	if o.Metrics != nil {
		mux.Handle("GET /metrics", o.Metrics)
	}
	return mux
}

func text(w http.ResponseWriter, code int, body string) {
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	// Probes must see the state now, never a cached answer.
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(body))
}
