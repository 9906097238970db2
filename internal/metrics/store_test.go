package metrics

import "testing"

// TestStoreSeries: the store's series exist at 0 from start-up for every
// kind and result, count what the queue reports, and fold unknown labels.
func TestStoreSeries(t *testing.T) {
	m := New(testOptions)
	before := scrape(t, m)
	for _, k := range []string{
		`strikebot_store_records_total{kind="question",result="written"}`,
		`strikebot_store_records_total{kind="feedback",result="dropped"}`,
		`strikebot_store_queue_length`, `strikebot_store_pruned_rows_total`,
	} {
		if v, ok := before[k]; !ok || v != 0 {
			t.Errorf("at start-up %s = %v (present %v), want 0", k, v, ok)
		}
	}
	m.StoreRecord("question", "written")
	m.StoreRecord("question", "written")
	m.StoreRecord("feedback", "failed")
	m.StoreRecord("payload-invented", "dropped")
	m.StoreQueueLength(7)
	m.StorePruned(12)
	got := scrape(t, m)
	for k, want := range map[string]float64{
		`strikebot_store_records_total{kind="question",result="written"}`: 2,
		`strikebot_store_records_total{kind="feedback",result="failed"}`:  1,
		`strikebot_store_records_total{kind="unknown",result="dropped"}`:  1,
		`strikebot_store_queue_length`:                                    7,
		`strikebot_store_pruned_rows_total`:                               12,
	} {
		if got[k] != want {
			t.Errorf("%s = %v, want %v", k, got[k], want)
		}
	}
}
