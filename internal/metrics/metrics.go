// Package metrics is strikebot's Prometheus instrumentation, built on
// github.com/prometheus/client_golang: a private registry holding the Go
// runtime (go_*) and process (process_*) collectors, the build info and
// strikebot's own series (series.go), served by promhttp.
//
// Label values come only from lists given to New (the command table's
// names and the outcomes commands reports); anything else is counted as
// "unknown", so nothing in a request can create new series.
package metrics

import (
	"net/http"
	"runtime/debug"
	"slices"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"
)

// Unknown is the label value for a command or outcome that New was not told
// about.
const Unknown = "unknown"

// Options says which label values exist and which series apply.
type Options struct {
	// Commands are the allowed values of the command label: the command
	// table's names and the other kinds commands reports (message, button,
	// autocomplete).
	Commands []string
	// Outcomes are the allowed values of the outcome label.
	Outcomes []string
	// Gateway registers the gateway's series (ready, reconnects). Without a
	// gateway they are left out, so that an HTTP-only process exports no
	// gauge claiming the gateway is down.
	Gateway bool
	// Version is the release the binary was built as (strikebot_build_info);
	// "" takes the main module's version from the binary's build info.
	Version string
}

// Metrics are strikebot's series in their own registry. It implements
// commands.Observer (Observe) and gateway.Observer (SetGatewayReady,
// GatewayReconnected); ServeHTTP serves the registry at /metrics.
type Metrics struct {
	handler  http.Handler
	commands []string
	outcomes []string
	// counters holds strikebot_questions_total's counter for every allowed
	// command and outcome, resolved once by New, so that counting a
	// question needs no label hashing or look-up in the vector.
	counters map[question]prometheus.Counter
	series
}

// question is a strikebot_questions_total series' labels.
type question struct{ command, outcome string }

// New builds the registry: Go and process collectors, build info and the
// strikebot series for o.
func New(o Options) *Metrics {
	reg := prometheus.NewRegistry()
	reg.MustRegister(
		collectors.NewGoCollector(),
		collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		collectors.NewBuildInfoCollector(),
	)
	m := &Metrics{
		commands: slices.Clone(o.Commands),
		outcomes: slices.Clone(o.Outcomes),
		counters: make(map[question]prometheus.Counter, len(o.Commands)*len(o.Outcomes)),
		handler:  promhttp.HandlerFor(reg, promhttp.HandlerOpts{Registry: reg}),
	}
	m.series = newSeries(reg, o.Gateway)
	m.buildInfo.WithLabelValues(buildVersion(o.Version)).Set(1)
	// Every allowed series exists from start-up at 0, so that rate() and
	// absent-series alerts work before the first question.
	for _, c := range m.commands {
		for _, out := range m.outcomes {
			m.counters[question{c, out}] = m.questions.WithLabelValues(c, out)
		}
	}
	return m
}

// buildVersion is v, or the main module's version from the build info.
func buildVersion(v string) string {
	if v != "" {
		return v
	}
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return Unknown
}

// ServeHTTP serves the registry in the Prometheus exposition format.
func (m *Metrics) ServeHTTP(w http.ResponseWriter, r *http.Request) { m.handler.ServeHTTP(w, r) }

// allowed returns v if it is in list, else Unknown.
func allowed(list []string, v string) string {
	if slices.Contains(list, v) {
		return v
	}
	return Unknown
}
