// Package metrics is a small Prometheus registry for strikebot: counters,
// gauges and histograms written in the Prometheus text exposition format
// (version 0.0.4), with the standard library only.
//
// The registry is deliberately tiny: strikebot exports a handful of series,
// and pulling in client_golang (and its dependency tree) for that would be
// most of the binary. Metrics are registered once, up front, and every
// update is safe for concurrent use.
package metrics

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"net/http"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
)

// ContentType is the Content-Type of the text exposition format.
const ContentType = "text/plain; version=0.0.4; charset=utf-8"

// Registry holds metric families and writes them out in registration order.
type Registry struct {
	mu       sync.Mutex
	families []family
	names    map[string]bool
}

// family is one metric name with its HELP and TYPE and its series.
type family interface {
	name() string
	write(w *bufio.Writer)
}

// NewRegistry returns an empty registry.
func NewRegistry() *Registry { return &Registry{names: map[string]bool{}} }

func (r *Registry) add(f family) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.names[f.name()] {
		// Registration happens at start-up from code, so a duplicate is a
		// programming error, not a runtime condition.
		panic("metrics: duplicate metric " + f.name())
	}
	r.names[f.name()] = true
	r.families = append(r.families, f)
}

// WriteText writes every family in the Prometheus text format.
func (r *Registry) WriteText(w io.Writer) error {
	r.mu.Lock()
	fams := slices.Clone(r.families)
	r.mu.Unlock()
	bw := bufio.NewWriter(w)
	for _, f := range fams {
		f.write(bw)
	}
	return bw.Flush()
}

// ServeHTTP serves the registry as GET /metrics does.
func (r *Registry) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	if req.Method != http.MethodGet && req.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		http.Error(w, "method not allowed", http.StatusMethodNotAllowed)
		return
	}
	w.Header().Set("Content-Type", ContentType)
	if req.Method == http.MethodHead {
		return
	}
	_ = r.WriteText(w)
}

// header writes the HELP and TYPE lines of a family.
func header(w *bufio.Writer, name, help, typ string) {
	fmt.Fprintf(w, "# HELP %s %s\n# TYPE %s %s\n", name, escapeHelp(help), name, typ)
}

// escapeHelp escapes a HELP text as the format requires: backslash and
// newline.
func escapeHelp(s string) string {
	return strings.NewReplacer(`\`, `\\`, "\n", `\n`).Replace(s)
}

// escapeLabel escapes a label value: backslash, double quote and newline.
func escapeLabel(s string) string {
	return strings.NewReplacer(`\`, `\\`, `"`, `\"`, "\n", `\n`).Replace(s)
}

// formatFloat writes a sample value as Prometheus expects, with +Inf, -Inf
// and NaN spelled out.
func formatFloat(v float64) string {
	switch {
	case math.IsInf(v, 1):
		return "+Inf"
	case math.IsInf(v, -1):
		return "-Inf"
	case math.IsNaN(v):
		return "NaN"
	}
	return strconv.FormatFloat(v, 'g', -1, 64)
}

// labelString renders {a="x",b="y"}; extra is appended (for le).
func labelString(names, values []string, extra ...string) string {
	if len(names) == 0 && len(extra) == 0 {
		return ""
	}
	var b strings.Builder
	b.WriteByte('{')
	for i, n := range names {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `%s="%s"`, n, escapeLabel(values[i]))
	}
	for i := 0; i+1 < len(extra); i += 2 {
		if b.Len() > 1 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `%s="%s"`, extra[i], escapeLabel(extra[i+1]))
	}
	b.WriteByte('}')
	return b.String()
}

// Counter is a monotonically increasing count, optionally split by labels
// (a "counter vector"). With no label names it has exactly one series,
// which is written even while it is zero so that rate() works from start-up.
type Counter struct {
	fname, help string
	labels      []string

	mu     sync.Mutex
	series map[string]*counterSeries
}

type counterSeries struct {
	values []string
	v      float64
}

// NewCounter registers a counter. Its series are keyed by label values in
// the order of labels.
func (r *Registry) NewCounter(name, help string, labels ...string) *Counter {
	c := &Counter{fname: name, help: help, labels: labels, series: map[string]*counterSeries{}}
	if len(labels) == 0 {
		c.series[""] = &counterSeries{}
	}
	r.add(c)
	return c
}

func (c *Counter) name() string { return c.fname }

// Inc adds one to the series with these label values.
func (c *Counter) Inc(values ...string) { c.Add(1, values...) }

// Add adds v (which must not be negative: counters only go up) to the
// series with these label values.
func (c *Counter) Add(v float64, values ...string) {
	if v < 0 || len(values) != len(c.labels) {
		return
	}
	key := strings.Join(values, "\xff")
	c.mu.Lock()
	s := c.series[key]
	if s == nil {
		s = &counterSeries{values: slices.Clone(values)}
		c.series[key] = s
	}
	s.v += v
	c.mu.Unlock()
}

// Value returns the current value of the series with these label values.
func (c *Counter) Value(values ...string) float64 {
	c.mu.Lock()
	defer c.mu.Unlock()
	if s := c.series[strings.Join(values, "\xff")]; s != nil {
		return s.v
	}
	return 0
}

func (c *Counter) write(w *bufio.Writer) {
	header(w, c.fname, c.help, "counter")
	c.mu.Lock()
	keys := make([]string, 0, len(c.series))
	for k := range c.series {
		keys = append(keys, k)
	}
	sort.Strings(keys) // stable output makes diffs and tests readable
	for _, k := range keys {
		s := c.series[k]
		fmt.Fprintf(w, "%s%s %s\n", c.fname, labelString(c.labels, s.values), formatFloat(s.v))
	}
	c.mu.Unlock()
}

// Gauge is a value that goes up and down.
type Gauge struct {
	fname, help string
	mu          sync.Mutex
	v           float64
}

// NewGauge registers a gauge without labels.
func (r *Registry) NewGauge(name, help string) *Gauge {
	g := &Gauge{fname: name, help: help}
	r.add(g)
	return g
}

func (g *Gauge) name() string { return g.fname }

// Set sets the gauge.
func (g *Gauge) Set(v float64) {
	g.mu.Lock()
	g.v = v
	g.mu.Unlock()
}

// Value returns the gauge's value.
func (g *Gauge) Value() float64 {
	g.mu.Lock()
	defer g.mu.Unlock()
	return g.v
}

func (g *Gauge) write(w *bufio.Writer) {
	header(w, g.fname, g.help, "gauge")
	fmt.Fprintf(w, "%s %s\n", g.fname, formatFloat(g.Value()))
}

// Histogram counts observations into cumulative buckets, with their sum
// and count, as Prometheus histograms do.
type Histogram struct {
	fname, help string
	bounds      []float64 // upper bounds, ascending, without +Inf

	mu     sync.Mutex
	counts []uint64 // per bucket, not cumulative; last is +Inf
	sum    float64
	count  uint64
}

// NewHistogram registers a histogram with the given bucket upper bounds
// (sorted and de-duplicated here; +Inf is implied).
func (r *Registry) NewHistogram(name, help string, bounds []float64) *Histogram {
	b := slices.Clone(bounds)
	slices.Sort(b)
	b = slices.Compact(b)
	b = slices.DeleteFunc(b, func(v float64) bool { return math.IsInf(v, 1) || math.IsNaN(v) })
	h := &Histogram{fname: name, help: help, bounds: b, counts: make([]uint64, len(b)+1)}
	r.add(h)
	return h
}

func (h *Histogram) name() string { return h.fname }

// Observe records one value.
func (h *Histogram) Observe(v float64) {
	if math.IsNaN(v) {
		return
	}
	i, _ := slices.BinarySearch(h.bounds, v) // first bound >= v: le is inclusive
	h.mu.Lock()
	h.counts[i]++
	h.sum += v
	h.count++
	h.mu.Unlock()
}

// Count returns how many values have been observed.
func (h *Histogram) Count() uint64 {
	h.mu.Lock()
	defer h.mu.Unlock()
	return h.count
}

func (h *Histogram) write(w *bufio.Writer) {
	header(w, h.fname, h.help, "histogram")
	h.mu.Lock()
	counts := slices.Clone(h.counts)
	sum, count := h.sum, h.count
	h.mu.Unlock()
	var cum uint64
	for i, b := range h.bounds {
		cum += counts[i]
		fmt.Fprintf(w, "%s_bucket%s %d\n", h.fname, labelString(nil, nil, "le", formatFloat(b)), cum)
	}
	cum += counts[len(h.bounds)]
	fmt.Fprintf(w, "%s_bucket%s %d\n", h.fname, labelString(nil, nil, "le", "+Inf"), cum)
	fmt.Fprintf(w, "%s_sum %s\n", h.fname, formatFloat(sum))
	fmt.Fprintf(w, "%s_count %d\n", h.fname, count)
}
