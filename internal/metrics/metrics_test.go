package metrics

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	dto "github.com/prometheus/client_model/go"
	"github.com/prometheus/common/expfmt"
	"github.com/prometheus/common/model"
)

var testOptions = Options{
	Commands: []string{"ask", "who", "message", "button", "autocomplete"},
	Outcomes: []string{"answered", "not_found", "error", "rate_limited"},
	Gateway:  true,
	Version:  "v1.2.3",
}

// scrape serves /metrics as a scraper sees it, parses it strictly with
// Prometheus's own text parser and returns "name{a="x",b="y"}" → value
// (labels sorted by name; histograms as _bucket, _sum and _count).
func scrape(t *testing.T, m *Metrics) map[string]float64 {
	t.Helper()
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if rec.Code != http.StatusOK {
		t.Fatalf("/metrics = %d", rec.Code)
	}
	p := expfmt.NewTextParser(model.LegacyValidation)
	fams, err := p.TextToMetricFamilies(rec.Body)
	if err != nil {
		t.Fatalf("/metrics does not parse: %v", err)
	}
	out := map[string]float64{}
	for name, f := range fams {
		for _, mt := range f.GetMetric() {
			key := func(suffix string, extra ...string) string {
				var ls []string
				for _, l := range mt.GetLabel() {
					ls = append(ls, fmt.Sprintf("%s=%q", l.GetName(), l.GetValue()))
				}
				ls = append(ls, extra...)
				sort.Strings(ls)
				if len(ls) == 0 {
					return name + suffix
				}
				return name + suffix + "{" + strings.Join(ls, ",") + "}"
			}
			switch f.GetType() {
			case dto.MetricType_COUNTER:
				out[key("")] = mt.GetCounter().GetValue()
			case dto.MetricType_GAUGE:
				out[key("")] = mt.GetGauge().GetValue()
			case dto.MetricType_HISTOGRAM:
				h := mt.GetHistogram()
				for _, b := range h.GetBucket() {
					out[key("_bucket", fmt.Sprintf("le=%q", fmt.Sprint(b.GetUpperBound())))] = float64(b.GetCumulativeCount())
				}
				out[key("_count")] = float64(h.GetSampleCount())
				out[key("_sum")] = h.GetSampleSum()
			default:
				out[key("")] = 0 // summaries and untyped: present is enough here
			}
		}
	}
	return out
}

func TestObserve(t *testing.T) {
	m := New(testOptions)
	m.Observe("who", "answered", 30*time.Microsecond)
	m.Observe("who", "answered", 3*time.Millisecond)
	m.Observe("ask", "not_found", 70*time.Millisecond)
	m.Observe("ask", "error", 10*time.Second)
	m.Observe("autocomplete", "answered", time.Millisecond)
	s := scrape(t, m)
	for k, want := range map[string]float64{
		`strikebot_questions_total{command="who",outcome="answered"}`:          2,
		`strikebot_questions_total{command="ask",outcome="not_found"}`:         1,
		`strikebot_questions_total{command="ask",outcome="error"}`:             1,
		`strikebot_questions_total{command="autocomplete",outcome="answered"}`: 1,
		`strikebot_questions_total{command="button",outcome="answered"}`:       0, // every allowed series exists from the start
		`strikebot_unanswered_total`:                                           1,
		`strikebot_answer_latency_seconds_bucket{le="5e-05"}`:                  1,
		`strikebot_answer_latency_seconds_bucket{le="0.005"}`:                  2,
		`strikebot_answer_latency_seconds_bucket{le="0.1"}`:                    3,
		`strikebot_answer_latency_seconds_bucket{le="5"}`:                      3,
		`strikebot_answer_latency_seconds_count`:                               4, // autocomplete is not timed
		`strikebot_build_info{version="v1.2.3"}`:                               1,
	} {
		if got, ok := s[k]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, want)
		}
	}
	if sum := s["strikebot_answer_latency_seconds_sum"]; sum < 10.07 || sum > 10.08 {
		t.Errorf("latency sum = %v, want about 10.073", sum)
	}
}

// TestLabelsOnlyFromTheTable: whatever command or outcome a payload makes
// the caller report, the only series are the allowed ones and "unknown".
func TestLabelsOnlyFromTheTable(t *testing.T) {
	m := New(testOptions)
	for i := range 500 {
		m.Observe(fmt.Sprintf("evil%d", i), "answered", time.Millisecond)
		m.Observe("who", fmt.Sprintf("outcome%d", i), time.Millisecond)
		m.Observe(`a"b\c`+"\n", "", time.Millisecond)
	}
	s := scrape(t, m)
	n := 0
	for k := range s {
		if !strings.HasPrefix(k, "strikebot_questions_total{") {
			continue
		}
		n++
		if strings.Contains(k, "evil") || strings.Contains(k, "outcome0") || strings.Contains(k, `a\"b`) {
			t.Errorf("a reported value became a series: %s", k)
		}
	}
	if max := (len(testOptions.Commands) + 1) * (len(testOptions.Outcomes) + 1); n > max {
		t.Errorf("%d questions series, want at most %d", n, max)
	}
	for k, want := range map[string]float64{
		`strikebot_questions_total{command="unknown",outcome="answered"}`: 500,
		`strikebot_questions_total{command="who",outcome="unknown"}`:      500,
		`strikebot_questions_total{command="unknown",outcome="unknown"}`:  500,
	} {
		if s[k] != want {
			t.Errorf("%s = %v, want %v", k, s[k], want)
		}
	}
}

// TestGatewaySeriesOnlyWithAGateway: an HTTP-only process has no gauge
// saying the gateway is not ready.
func TestGatewaySeriesOnlyWithAGateway(t *testing.T) {
	for _, gw := range []bool{false, true} {
		o := testOptions
		o.Gateway = gw
		m := New(o)
		m.SetGatewayReady(true)
		m.GatewayReconnected()
		s := scrape(t, m)
		for _, k := range []string{"strikebot_gateway_ready", "strikebot_gateway_reconnects_total"} {
			if v, ok := s[k]; ok != gw || (gw && v != 1) {
				t.Errorf("gateway %v: %s = %v, present %v", gw, k, v, ok)
			}
		}
		m.SetGatewayReady(false)
		if s := scrape(t, m); gw && s["strikebot_gateway_ready"] != 0 {
			t.Errorf("ready after SetGatewayReady(false) = %v", s["strikebot_gateway_ready"])
		}
	}
}

func TestDiscordREST(t *testing.T) {
	m := New(testOptions)
	for _, status := range []int{0, 0, 200, 204, 304, 400, 404, 429, 429, 429, 500, 502, 700, -1} {
		m.DiscordREST(status)
	}
	s := scrape(t, m)
	for k, want := range map[string]float64{
		`strikebot_discord_rest_errors_total{status="network"}`: 2,
		`strikebot_discord_rest_errors_total{status="400"}`:     1,
		`strikebot_discord_rest_errors_total{status="404"}`:     1,
		`strikebot_discord_rest_errors_total{status="429"}`:     3,
		`strikebot_discord_rest_errors_total{status="500"}`:     1,
		`strikebot_discord_rest_errors_total{status="502"}`:     1,
		`strikebot_discord_rest_rate_limited_total`:             3,
	} {
		if s[k] != want {
			t.Errorf("%s = %v, want %v", k, s[k], want)
		}
	}
	for k := range s {
		if strings.HasPrefix(k, "strikebot_discord_rest_errors_total{") &&
			(strings.Contains(k, `"200"`) || strings.Contains(k, `"304"`) || strings.Contains(k, `"700"`) || strings.Contains(k, `"-1"`)) {
			t.Errorf("not an error, counted: %s", k)
		}
	}
}

func TestInstrumentHTTP(t *testing.T) {
	m := New(testOptions)
	h := m.InstrumentHTTP("interactions", http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.URL.Path == "/bad" {
			http.Error(w, "no", http.StatusUnauthorized)
			return
		}
		_, _ = w.Write([]byte("ok"))
	}))
	for _, p := range []string{"/ok", "/bad", "/bad"} {
		h.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("POST", p, nil))
	}
	s := scrape(t, m)
	if s[`strikebot_http_requests_total{code="200",handler="interactions"}`] != 1 ||
		s[`strikebot_http_requests_total{code="401",handler="interactions"}`] != 2 {
		t.Errorf("http counters wrong: %v", s)
	}
}

// TestRuntimeAndProcessCollectors: the standard go_* and process_* series
// are there, with real values.
func TestRuntimeAndProcessCollectors(t *testing.T) {
	s := scrape(t, New(Options{}))
	for _, k := range []string{"go_goroutines", "process_resident_memory_bytes", "go_memstats_heap_alloc_bytes", "process_open_fds"} {
		if s[k] <= 0 {
			t.Errorf("%s = %v, want > 0", k, s[k])
		}
	}
	found := false
	for k, v := range s {
		if strings.HasPrefix(k, "go_build_info{") && v == 1 {
			found = true
		}
		if strings.HasPrefix(k, "strikebot_build_info{") && (v != 1 || strings.Contains(k, `version=""`)) {
			t.Errorf("%s = %v", k, v)
		}
	}
	if !found {
		t.Error("no go_build_info")
	}
}

func TestConcurrentUpdatesAndScrapes(t *testing.T) {
	m := New(testOptions)
	var wg sync.WaitGroup
	const workers, each = 4, 300
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				m.Observe(testOptions.Commands[w%2], "answered", time.Duration(i)*time.Microsecond)
				m.SetGatewayReady(i%2 == 0)
				m.DiscordREST(429)
				if i%100 == 0 {
					m.ServeHTTP(httptest.NewRecorder(), httptest.NewRequest("GET", "/metrics", nil))
				}
			}
		})
	}
	wg.Wait()
	s := scrape(t, m)
	if got := s[`strikebot_questions_total{command="ask",outcome="answered"}`] + s[`strikebot_questions_total{command="who",outcome="answered"}`]; got != workers*each {
		t.Errorf("questions = %v, want %d", got, workers*each)
	}
	if got := s["strikebot_discord_rest_rate_limited_total"]; got != workers*each {
		t.Errorf("429s = %v, want %d", got, workers*each)
	}
}

// BenchmarkObserve is what counting one answered question costs, on every
// request the pipeline answers.
func BenchmarkObserve(b *testing.B) {
	m := New(testOptions)
	b.ReportAllocs()
	for b.Loop() {
		m.Observe("who", "answered", time.Millisecond)
	}
}

// BenchmarkInstrumentHTTP is what counting one request to the interactions
// endpoint costs, beyond the handler itself.
func BenchmarkInstrumentHTTP(b *testing.B) {
	m := New(testOptions)
	h := m.InstrumentHTTP("interactions", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		w.WriteHeader(http.StatusOK)
	}))
	r := httptest.NewRequest(http.MethodPost, "/interactions", nil)
	w := httptest.NewRecorder()
	b.ReportAllocs()
	for b.Loop() {
		h.ServeHTTP(w, r)
	}
}
