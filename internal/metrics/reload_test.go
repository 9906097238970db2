package metrics

import (
	"testing"
	"time"
)

func TestReloadSeries(t *testing.T) {
	m := New(testOptions)
	s := scrape(t, m)
	for _, k := range []string{`strikebot_reloads_total{result="ok"}`, `strikebot_reloads_total{result="failed"}`} {
		if v, ok := s[k]; !ok || v != 0 {
			t.Errorf("before any reload %s = %v (present %v), want 0", k, v, ok)
		}
	}
	at := time.Unix(1_780_000_000, 500_000_000)
	m.FactBaseLoaded(120, at)
	m.Reloaded(true)
	m.Reloaded(false)
	m.Reloaded(false)
	s = scrape(t, m)
	for k, want := range map[string]float64{
		`strikebot_reloads_total{result="ok"}`:         1,
		`strikebot_reloads_total{result="failed"}`:     2,
		`strikebot_fact_base_facts`:                    120,
		`strikebot_fact_base_loaded_timestamp_seconds`: 1_780_000_000.5,
	} {
		if got, ok := s[k]; !ok || got != want {
			t.Errorf("%s = %v (present %v), want %v", k, got, ok, want)
		}
	}
}
