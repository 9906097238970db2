package metrics

import (
	"net/http"
	"strconv"
	"time"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// LatencyBuckets are the answer latency histogram's upper bounds in seconds:
// from 50 µs (a cached look-up) to 5 s (past Discord's 3 s deadline, which
// only a deferred answer may take).
var LatencyBuckets = []float64{
	0.00005, 0.0001, 0.00025, 0.0005,
	0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
	0.1, 0.25, 0.5, 1, 2.5, 5,
}

// notFound is the outcome counted as unanswered (commands.OutcomeNotFound;
// this package does not import commands, which is free to change around it).
const notFound = "not_found"

// The results of strikebot_reloads_total.
const (
	reloadOK     = "ok"
	reloadFailed = "failed"
)

// The store's kinds and results (the store package's Kind… and Result…
// constants; this package does not import it).
var (
	storeKinds   = []string{"question", "feedback"}
	storeResults = []string{"written", "failed", "dropped"}
)

// series are strikebot's own metrics.
type series struct {
	buildInfo    *prometheus.GaugeVec   // strikebot_build_info{version}
	questions    *prometheus.CounterVec // strikebot_questions_total{command,outcome}
	unanswered   prometheus.Counter     // strikebot_unanswered_total
	latency      prometheus.Histogram   // strikebot_answer_latency_seconds
	httpRequests *prometheus.CounterVec // strikebot_http_requests_total{handler,code}
	restErrors   *prometheus.CounterVec // strikebot_discord_rest_errors_total{status}
	restLimited  prometheus.Counter     // strikebot_discord_rest_rate_limited_total
	reloads      *prometheus.CounterVec // strikebot_reloads_total{result}
	facts        prometheus.Gauge       // strikebot_fact_base_facts
	loadedAt     prometheus.Gauge       // strikebot_fact_base_loaded_timestamp_seconds
	storeRecords *prometheus.CounterVec // strikebot_store_records_total{kind,result}
	storeQueue   prometheus.Gauge       // strikebot_store_queue_length
	storePruned  prometheus.Counter     // strikebot_store_pruned_rows_total
	// Registered only when a gateway runs; nil otherwise.
	reconnects   prometheus.Counter // strikebot_gateway_reconnects_total
	gatewayReady prometheus.Gauge   // strikebot_gateway_ready
}

func newSeries(reg prometheus.Registerer, gateway bool) series {
	f := func(c prometheus.Collector) { reg.MustRegister(c) }
	s := series{
		buildInfo: prometheus.NewGaugeVec(prometheus.GaugeOpts{Name: "strikebot_build_info",
			Help: "Always 1; the version label is the release this binary was built as."}, []string{"version"}),
		questions: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "strikebot_questions_total",
			Help: "Questions answered, by command (slash command name, message, button, autocomplete; unknown for anything else) and outcome (answered, not_found, error, rate_limited)."},
			[]string{"command", "outcome"}),
		unanswered: prometheus.NewCounter(prometheus.CounterOpts{Name: "strikebot_unanswered_total",
			Help: "Questions the fact base had no answer for (outcome not_found)."}),
		latency: prometheus.NewHistogram(prometheus.HistogramOpts{Name: "strikebot_answer_latency_seconds",
			Help:    "Time from receiving a question to having its answer, before delivery to Discord (autocomplete excluded).",
			Buckets: LatencyBuckets}),
		httpRequests: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "strikebot_http_requests_total",
			Help: "HTTP requests served by the interactions endpoint, by handler and status code."},
			[]string{"handler", "code"}),
		restErrors: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "strikebot_discord_rest_errors_total",
			Help: "Discord REST calls that failed, by HTTP status (4xx, 5xx; network for no response). A 429 counts here and in strikebot_discord_rest_rate_limited_total."},
			[]string{"status"}),
		restLimited: prometheus.NewCounter(prometheus.CounterOpts{Name: "strikebot_discord_rest_rate_limited_total",
			Help: "Discord REST calls answered 429 Too Many Requests."}),
		reloads: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "strikebot_reloads_total",
			Help: "Fact base reloads (SIGHUP or --watch), by result: ok (swapped in) or failed (rejected; the previous base still answers)."},
			[]string{"result"}),
		facts: prometheus.NewGauge(prometheus.GaugeOpts{Name: "strikebot_fact_base_facts",
			Help: "Facts in the fact base now answering."}),
		loadedAt: prometheus.NewGauge(prometheus.GaugeOpts{Name: "strikebot_fact_base_loaded_timestamp_seconds",
			Help: "Unix time the fact base now answering was loaded (at start-up or by the last good reload)."}),
		storeRecords: prometheus.NewCounterVec(prometheus.CounterOpts{Name: "strikebot_store_records_total",
			Help: "Questions and feedback sent to the store, by kind (question, feedback) and result (written; failed: the store refused or timed out; dropped: the queue was full or shut)."},
			[]string{"kind", "result"}),
		storeQueue: prometheus.NewGauge(prometheus.GaugeOpts{Name: "strikebot_store_queue_length",
			Help: "Records waiting for the store; near the queue's size means the store is slower than the questions."}),
		storePruned: prometheus.NewCounter(prometheus.CounterOpts{Name: "strikebot_store_pruned_rows_total",
			Help: "Rows the store deleted for being older than RETENTION_DAYS."}),
	}
	// Both results exist from start-up, so that an alert on failed reloads
	// has a series to compare against before the first one.
	s.reloads.WithLabelValues(reloadOK)
	s.reloads.WithLabelValues(reloadFailed)
	for _, kind := range storeKinds {
		for _, result := range storeResults {
			s.storeRecords.WithLabelValues(kind, result)
		}
	}
	f(s.storeRecords)
	f(s.storeQueue)
	f(s.storePruned)
	f(s.buildInfo)
	f(s.questions)
	f(s.unanswered)
	f(s.latency)
	f(s.httpRequests)
	f(s.restErrors)
	f(s.restLimited)
	f(s.reloads)
	f(s.facts)
	f(s.loadedAt)
	if gateway {
		s.reconnects = prometheus.NewCounter(prometheus.CounterOpts{Name: "strikebot_gateway_reconnects_total",
			Help: "Gateway sessions re-established (RESUME or new IDENTIFY) after the connection was lost."})
		s.gatewayReady = prometheus.NewGauge(prometheus.GaugeOpts{Name: "strikebot_gateway_ready",
			Help: "1 while the gateway session is READY or RESUMED, 0 before and while reconnecting."})
		f(s.reconnects)
		f(s.gatewayReady)
	}
	return s
}

// Observe counts one question; it is the commands.Observer hook. A command
// or outcome New was not told about is counted as "unknown".
func (m *Metrics) Observe(command, outcome string, latency time.Duration) {
	c, ok := m.counters[question{command, outcome}]
	if !ok {
		c = m.questions.WithLabelValues(allowed(m.commands, command), allowed(m.outcomes, outcome))
	}
	c.Inc()
	if outcome == notFound {
		m.unanswered.Inc()
	}
	// Autocomplete runs on every keystroke; mixing it into the answer
	// latency would drown the questions people actually ask.
	if command != "autocomplete" {
		m.latency.Observe(latency.Seconds())
	}
}

// SetGatewayReady records whether the gateway session is usable. Without
// Options.Gateway it does nothing.
func (m *Metrics) SetGatewayReady(ready bool) {
	if m.gatewayReady == nil {
		return
	}
	v := 0.0
	if ready {
		v = 1
	}
	m.gatewayReady.Set(v)
}

// GatewayReconnected counts one re-established gateway session. Without
// Options.Gateway it does nothing.
func (m *Metrics) GatewayReconnected() {
	if m.reconnects != nil {
		m.reconnects.Inc()
	}
}

// DiscordREST counts one failed Discord REST call by its HTTP status: 0 for
// a network error (no response), 400–599 for an error response; 429s are
// also counted on their own. Any other status is not an error and is not
// counted.
func (m *Metrics) DiscordREST(status int) {
	switch {
	case status == 0:
		m.restErrors.WithLabelValues("network").Inc()
	case status >= 400 && status <= 599:
		m.restErrors.WithLabelValues(strconv.Itoa(status)).Inc()
		if status == http.StatusTooManyRequests {
			m.restLimited.Inc()
		}
	}
}

// InstrumentHTTP counts the requests h serves under the given handler
// label (a constant from the caller, never from a request), by status code.
func (m *Metrics) InstrumentHTTP(handler string, h http.Handler) http.Handler {
	return promhttp.InstrumentHandlerCounter(m.httpRequests.MustCurryWith(prometheus.Labels{"handler": handler}), h)
}

// Reloaded counts one fact base reload: ok when the new base was swapped
// in, not ok when it was rejected.
func (m *Metrics) Reloaded(ok bool) {
	result := reloadFailed
	if ok {
		result = reloadOK
	}
	m.reloads.WithLabelValues(result).Inc()
}

// FactBaseLoaded records the fact base now answering: how many facts it has
// and when it was loaded.
func (m *Metrics) FactBaseLoaded(facts int, at time.Time) {
	m.facts.Set(float64(facts))
	m.loadedAt.Set(float64(at.UnixNano()) / 1e9)
}

// StoreRecord counts one record the store queue handled; it is the
// store.Observer hook. Kinds and results outside the known ones are counted
// as "unknown".
func (m *Metrics) StoreRecord(kind, result string) {
	m.storeRecords.WithLabelValues(allowed(storeKinds, kind), allowed(storeResults, result)).Inc()
}

// StoreQueueLength records how many records wait for the store.
func (m *Metrics) StoreQueueLength(n int) { m.storeQueue.Set(float64(n)) }

// StorePruned counts rows deleted by the retention period.
func (m *Metrics) StorePruned(rows int64) { m.storePruned.Add(float64(rows)) }
