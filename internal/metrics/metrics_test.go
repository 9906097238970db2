package metrics

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
)

// sampleLine is one sample of the text format: name, optional labels, value.
var sampleLine = regexp.MustCompile(`^([a-zA-Z_:][a-zA-Z0-9_:]*)(\{(?:[a-zA-Z_][a-zA-Z0-9_]*="(?:[^"\\\n]|\\.)*",?)*\})? (\S+)$`)

// parse checks text against the exposition format's rules that matter to a
// scraper (HELP and TYPE once, before the family's samples; every sample
// belongs to a declared family; values parse) and returns the samples as
// "name{labels}" → value.
func parse(t *testing.T, text string) map[string]float64 {
	t.Helper()
	samples := map[string]float64{}
	types := map[string]string{}
	helps := map[string]bool{}
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		line := sc.Text()
		switch {
		case strings.HasPrefix(line, "# HELP "):
			f := strings.SplitN(line, " ", 4)
			if len(f) < 4 || helps[f[2]] {
				t.Errorf("bad or repeated HELP line %q", line)
			}
			helps[f[2]] = true
		case strings.HasPrefix(line, "# TYPE "):
			f := strings.Fields(line)
			if len(f) != 4 || types[f[2]] != "" || !helps[f[2]] {
				t.Errorf("bad, repeated or HELP-less TYPE line %q", line)
			}
			types[f[2]] = f[3]
		default:
			m := sampleLine.FindStringSubmatch(line)
			if m == nil {
				t.Errorf("not a sample line: %q", line)
				continue
			}
			family := m[1]
			if typ := types[family]; typ == "" {
				base := strings.TrimSuffix(strings.TrimSuffix(strings.TrimSuffix(family, "_bucket"), "_sum"), "_count")
				if types[base] != "histogram" {
					t.Errorf("sample %q before its TYPE line", line)
				}
			}
			v, err := strconv.ParseFloat(m[3], 64)
			if err != nil && m[3] != "+Inf" {
				t.Errorf("bad value in %q", line)
			}
			key := m[1] + m[2]
			if _, dup := samples[key]; dup {
				t.Errorf("duplicate series %q", key)
			}
			samples[key] = v
		}
	}
	return samples
}

func TestExpositionFormat(t *testing.T) {
	m := New()
	m.Observe("who", commands.OutcomeAnswered, 30*time.Microsecond)
	m.Observe("who", commands.OutcomeAnswered, 3*time.Millisecond)
	m.Observe("ask", commands.OutcomeNotFound, 70*time.Millisecond)
	m.Observe("ask", commands.OutcomeError, 10*time.Second)
	m.Observe("autocomplete", commands.OutcomeAnswered, time.Millisecond)
	m.SetGatewayReady(true)
	m.GatewayReconnected()

	var b strings.Builder
	if err := m.WriteText(&b); err != nil {
		t.Fatal(err)
	}
	text := b.String()
	s := parse(t, text)
	want := map[string]float64{
		`strikebot_questions_total{command="who",outcome="answered"}`:          2,
		`strikebot_questions_total{command="ask",outcome="not_found"}`:         1,
		`strikebot_questions_total{command="ask",outcome="error"}`:             1,
		`strikebot_questions_total{command="autocomplete",outcome="answered"}`: 1,
		`strikebot_unanswered_total`:                                           1,
		`strikebot_gateway_reconnects_total`:                                   1,
		`strikebot_gateway_ready`:                                              1,
		`strikebot_answer_latency_seconds_bucket{le="5e-05"}`:                  1,
		`strikebot_answer_latency_seconds_bucket{le="0.005"}`:                  2,
		`strikebot_answer_latency_seconds_bucket{le="0.1"}`:                    3,
		`strikebot_answer_latency_seconds_bucket{le="5"}`:                      3,
		`strikebot_answer_latency_seconds_bucket{le="+Inf"}`:                   4,
		`strikebot_answer_latency_seconds_count`:                               4, // autocomplete is not timed
	}
	for k, v := range want {
		if got, ok := s[k]; !ok || got != v {
			t.Errorf("%s = %v (present %v), want %v\n%s", k, got, ok, v, text)
		}
	}
	if sum := s["strikebot_answer_latency_seconds_sum"]; sum < 10.07 || sum > 10.08 {
		t.Errorf("latency sum = %v, want about 10.073", sum)
	}
	for _, typ := range []string{
		"# TYPE strikebot_questions_total counter", "# TYPE strikebot_answer_latency_seconds histogram",
		"# TYPE strikebot_gateway_ready gauge", "# TYPE strikebot_unanswered_total counter",
		"# TYPE strikebot_gateway_reconnects_total counter",
	} {
		if !strings.Contains(text, typ+"\n") {
			t.Errorf("missing %q", typ)
		}
	}
	// Buckets are cumulative and in ascending order of le.
	prev := -1.0
	for _, bound := range append(LatencyBuckets, 0) {
		le := formatFloat(bound)
		if bound == 0 {
			le = "+Inf"
		}
		v, ok := s[`strikebot_answer_latency_seconds_bucket{le="`+le+`"}`]
		if !ok || v < prev {
			t.Errorf("bucket le=%s = %v (present %v), previous %v", le, v, ok, prev)
		}
		prev = v
	}
}

func TestZeroSeriesAreWritten(t *testing.T) {
	m := New()
	var b strings.Builder
	_ = m.WriteText(&b)
	s := parse(t, b.String())
	for _, k := range []string{"strikebot_unanswered_total", "strikebot_gateway_reconnects_total", "strikebot_gateway_ready",
		`strikebot_answer_latency_seconds_bucket{le="+Inf"}`, "strikebot_answer_latency_seconds_count", "strikebot_answer_latency_seconds_sum"} {
		if v, ok := s[k]; !ok || v != 0 {
			t.Errorf("%s = %v (present %v), want 0", k, v, ok)
		}
	}
}

func TestLabelEscaping(t *testing.T) {
	r := NewRegistry()
	c := r.NewCounter("x_total", "help with \\ and\nnewline", "l")
	c.Inc("a\"b\\c\nd")
	c.Add(-1, "ignored") // counters never go down
	c.Inc("too", "many") // wrong arity is ignored
	var b strings.Builder
	_ = r.WriteText(&b)
	want := "# HELP x_total help with \\\\ and\\nnewline\n# TYPE x_total counter\nx_total{l=\"a\\\"b\\\\c\\nd\"} 1\n"
	if b.String() != want {
		t.Errorf("got\n%s\nwant\n%s", b.String(), want)
	}
	parse(t, b.String())
}

func TestDuplicateNamePanics(t *testing.T) {
	r := NewRegistry()
	r.NewGauge("g", "h")
	defer func() {
		if recover() == nil {
			t.Error("registering g twice did not panic")
		}
	}()
	r.NewCounter("g", "h")
}

func TestConcurrentUpdatesAndScrapes(t *testing.T) {
	m := New()
	var wg sync.WaitGroup
	const workers, each = 8, 500
	for w := range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range each {
				m.Observe(fmt.Sprintf("cmd%d", w%3), commands.OutcomeAnswered, time.Duration(i)*time.Microsecond)
				m.SetGatewayReady(i%2 == 0)
				if i%50 == 0 {
					var b strings.Builder
					_ = m.WriteText(&b)
				}
			}
		}()
	}
	wg.Wait()
	if got := m.Latency.Count(); got != workers*each {
		t.Errorf("count = %d, want %d", got, workers*each)
	}
	var total float64
	for c := range 3 {
		total += m.Questions.Value(fmt.Sprintf("cmd%d", c), commands.OutcomeAnswered)
	}
	if total != workers*each {
		t.Errorf("questions = %v, want %d", total, workers*each)
	}
}

func TestServeHTTPAndInstrument(t *testing.T) {
	m := New()
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
	rec := httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("GET", "/metrics", nil))
	if ct := rec.Header().Get("Content-Type"); ct != ContentType {
		t.Errorf("Content-Type = %q", ct)
	}
	s := parse(t, rec.Body.String())
	if s[`strikebot_http_requests_total{handler="interactions",code="200"}`] != 1 ||
		s[`strikebot_http_requests_total{handler="interactions",code="401"}`] != 2 {
		t.Errorf("http counters wrong:\n%s", rec.Body.String())
	}
	rec = httptest.NewRecorder()
	m.ServeHTTP(rec, httptest.NewRequest("POST", "/metrics", nil))
	if rec.Code != http.StatusMethodNotAllowed {
		t.Errorf("POST /metrics = %d, want 405", rec.Code)
	}
}
