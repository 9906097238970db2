package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
)

// LatencyBuckets are the answer latency histogram's upper bounds in seconds:
// from 50 µs (a cached look-up) to 5 s (past Discord's 3 s deadline, which
// only a deferred answer may take).
var LatencyBuckets = []float64{
	0.00005, 0.0001, 0.00025, 0.0005,
	0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
	0.1, 0.25, 0.5, 1, 2.5, 5,
}

// Metrics are strikebot's series. It implements commands.Observer for the
// question counters and the gateway's observer for readiness and
// reconnects; ServeHTTP serves them all at /metrics.
type Metrics struct {
	*Registry
	Questions    *Counter   // strikebot_questions_total{command,outcome}
	Unanswered   *Counter   // strikebot_unanswered_total
	Latency      *Histogram // strikebot_answer_latency_seconds
	Reconnects   *Counter   // strikebot_gateway_reconnects_total
	GatewayReady *Gauge     // strikebot_gateway_ready
	HTTPRequests *Counter   // strikebot_http_requests_total{handler,code}
}

// New registers strikebot's metrics in a fresh registry.
func New() *Metrics {
	r := NewRegistry()
	return &Metrics{
		Registry: r,
		Questions: r.NewCounter("strikebot_questions_total",
			"Questions answered, by command (slash command name, message, button, autocomplete) and outcome (answered, not_found, error, rate_limited).",
			"command", "outcome"),
		Unanswered: r.NewCounter("strikebot_unanswered_total",
			"Questions the fact base had no answer for (outcome not_found)."),
		Latency: r.NewHistogram("strikebot_answer_latency_seconds",
			"Time from receiving a question to having its answer, before delivery to Discord.", LatencyBuckets),
		Reconnects: r.NewCounter("strikebot_gateway_reconnects_total",
			"Gateway sessions re-established (RESUME or new IDENTIFY) after the connection was lost."),
		GatewayReady: r.NewGauge("strikebot_gateway_ready",
			"1 while the gateway session is READY or RESUMED, 0 before and while reconnecting."),
		HTTPRequests: r.NewCounter("strikebot_http_requests_total",
			"HTTP requests served by the interactions endpoint, by handler and status code.",
			"handler", "code"),
	}
}

var _ commands.Observer = (*Metrics)(nil)

// Observe counts one question; it is the commands.Observer hook.
func (m *Metrics) Observe(command, outcome string, latency time.Duration) {
	m.Questions.Inc(command, outcome)
	if outcome == commands.OutcomeNotFound {
		m.Unanswered.Inc()
	}
	// Autocomplete runs on every keystroke; mixing it into the answer
	// latency would drown the questions people actually ask.
	if command != "autocomplete" {
		m.Latency.Observe(latency.Seconds())
	}
}

// SetGatewayReady records whether the gateway session is usable.
func (m *Metrics) SetGatewayReady(ready bool) {
	v := 0.0
	if ready {
		v = 1
	}
	m.GatewayReady.Set(v)
}

// GatewayReconnected counts one re-established gateway session.
func (m *Metrics) GatewayReconnected() { m.Reconnects.Inc() }

// InstrumentHTTP counts the requests h serves under the given handler
// label, by status code.
func (m *Metrics) InstrumentHTTP(handler string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		sw := &statusWriter{ResponseWriter: w, code: http.StatusOK}
		h.ServeHTTP(sw, r)
		m.HTTPRequests.Inc(handler, strconv.Itoa(sw.code))
	})
}

// statusWriter remembers the status code a handler wrote.
type statusWriter struct {
	http.ResponseWriter
	code        int
	wroteHeader bool
}

func (w *statusWriter) WriteHeader(code int) {
	if !w.wroteHeader {
		w.code, w.wroteHeader = code, true
	}
	w.ResponseWriter.WriteHeader(code)
}

func (w *statusWriter) Write(b []byte) (int, error) {
	w.wroteHeader = true
	return w.ResponseWriter.Write(b)
}

// Unwrap lets http.ResponseController reach the underlying writer.
func (w *statusWriter) Unwrap() http.ResponseWriter { return w.ResponseWriter }
