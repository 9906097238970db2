package interactions

import (
	"strconv"
	"testing"
	"time"
)

func TestReplays(t *testing.T) {
	t0 := time.Unix(1_700_000_000, 0)
	r := newReplays(4)
	if !r.first("a", t0, t0) || r.first("a", t0, t0) {
		t.Fatal("a: want new, then seen")
	}
	// Remembered until its timestamp is past the window, then forgotten.
	if r.first("a", t0, t0.Add(MaxClockSkew)) {
		t.Error("a at the edge of its window: want seen")
	}
	if !r.first("a", t0, t0.Add(MaxClockSkew+time.Second)) {
		t.Error("a past its window: want new")
	}
	// Bounded: the oldest ids go first.
	for i := range 10 {
		r.first(strconv.Itoa(i), t0, t0)
	}
	if n := r.len(); n != 4 {
		t.Errorf("%d ids remembered, want the capacity 4", n)
	}
	if r.first("9", t0, t0) || !r.first("0", t0, t0) {
		t.Error("want the newest id seen and the oldest forgotten")
	}
}

// BenchmarkReplays is the cost the check adds to each interaction, with the
// ring full.
func BenchmarkReplays(b *testing.B) {
	r := newReplays(DefaultRememberIDs)
	ids := make([]string, 4*DefaultRememberIDs)
	for i := range ids {
		ids[i] = strconv.Itoa(1180471205112430642 + i)
	}
	t0 := time.Unix(1_700_000_000, 0)
	i := 0
	for b.Loop() {
		r.first(ids[i%len(ids)], t0, t0)
		i++
	}
}
