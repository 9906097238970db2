package store

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/store/storetest"
)

// fakeWriter is a store that can be slow (blocked until released) or
// broken (every write fails).
type fakeWriter struct {
	block   chan struct{} // writes wait for this to close, or their context
	broken  bool
	ignore  bool // a blocked write ignores its context, as a hung driver might
	mu      sync.Mutex
	written []string
	pruned  []time.Time
}

func (w *fakeWriter) wait(ctx context.Context) error {
	if w.block == nil {
		return nil
	}
	if w.ignore {
		<-w.block
		return nil
	}
	select {
	case <-w.block:
		return nil
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (w *fakeWriter) WriteQuestion(ctx context.Context, q Question) error {
	if err := w.wait(ctx); err != nil {
		return err
	}
	if w.broken {
		return errors.New("disk on fire")
	}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.written = append(w.written, q.Question)
	return nil
}

func (w *fakeWriter) WriteFeedback(ctx context.Context, f Feedback) error {
	return w.WriteQuestion(ctx, Question{Question: "feedback:" + f.Rating})
}

func (w *fakeWriter) Prune(_ context.Context, before time.Time) (int64, error) {
	w.mu.Lock()
	defer w.mu.Unlock()
	w.pruned = append(w.pruned, before)
	return 1, nil
}

func (w *fakeWriter) got() []string {
	w.mu.Lock()
	defer w.mu.Unlock()
	return append([]string(nil), w.written...)
}

// counter is an Observer that keeps counts.
type counter struct {
	mu     sync.Mutex
	n      map[string]int
	pruned int64
	maxLen int
}

func (c *counter) StoreRecord(kind, result string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.n == nil {
		c.n = map[string]int{}
	}
	c.n[kind+"/"+result]++
}

func (c *counter) StoreQueueLength(n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.maxLen = max(c.maxLen, n)
}

func (c *counter) StorePruned(n int64) { c.mu.Lock(); c.pruned += n; c.mu.Unlock() }

func (c *counter) get(k string) int { c.mu.Lock(); defer c.mu.Unlock(); return c.n[k] }

// syncBuffer is a log destination safe for the writer goroutine.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}
func (s *syncBuffer) String() string { s.mu.Lock(); defer s.mu.Unlock(); return s.b.String() }

// TestQueueSlowStoreNeverBlocks: with the store hung, recording far more
// than the queue holds returns every time (a blocking call would hang the
// test), the overflow is dropped and counted exactly, and once the store
// recovers what was queued is written in order.
func TestQueueSlowStoreNeverBlocks(t *testing.T) {
	w := &fakeWriter{block: make(chan struct{})}
	c := &counter{}
	q := NewQueue(w, QueueOptions{Size: 8, Observer: c})
	// The writer takes the first record and hangs on it; 8 more fill the
	// queue; the remaining 91 are dropped.
	q.RecordQuestion(Question{Question: "q0"})
	waitFor(t, func() bool { return len(q.ch) == 0 })
	for i := 1; i < 100; i++ {
		q.RecordQuestion(Question{Question: "q" + string(rune('0'+i%10))})
	}
	if got := c.get("question/dropped"); got != 91 {
		t.Errorf("dropped %d, want 91 (100 recorded, 1 being written, 8 queued)", got)
	}
	close(w.block)
	if err := q.Close(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if got := w.got(); len(got) != 9 || got[0] != "q0" || got[1] != "q1" || got[8] != "q8" {
		t.Errorf("written %v, want q0 … q8 in order", got)
	}
	if c.get("question/written") != 9 || c.maxLen != 8 {
		t.Errorf("written %d, longest queue %d; want 9 and 8", c.get("question/written"), c.maxLen)
	}
}

// TestQueueBrokenStore: every write fails; each failure is counted, the log
// is throttled (one line, not one per failure), and recording carries on.
func TestQueueBrokenStore(t *testing.T) {
	w := &fakeWriter{broken: true}
	c := &counter{}
	var logs syncBuffer
	q := NewQueue(w, QueueOptions{Observer: c, Log: slog.New(slog.NewTextHandler(&logs, nil))})
	for range 50 {
		q.RecordQuestion(Question{Question: "q"})
		q.RecordFeedback(Feedback{Rating: RatingDown})
	}
	if err := q.Close(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if c.get("question/failed") != 50 || c.get("feedback/failed") != 50 {
		t.Errorf("failed %v, want 50 questions and 50 feedback", c.n)
	}
	if n := strings.Count(logs.String(), "store write failed"); n != 1 || !strings.Contains(logs.String(), "disk on fire") {
		t.Errorf("%d log lines for 100 failures within %v, want 1 naming the error:\n%s", n, logEvery, logs.String())
	}
}

// TestQueueCloseBounded: Close waits for the queue to drain, but no longer
// than its context: a hung store is abandoned, whether or not its driver
// honours cancellation.
func TestQueueCloseBounded(t *testing.T) {
	for _, ignore := range []bool{false, true} {
		w := &fakeWriter{block: make(chan struct{}), ignore: ignore}
		c := &counter{}
		q := NewQueue(w, QueueOptions{Observer: c})
		for range 5 {
			q.RecordQuestion(Question{Question: "q"})
		}
		cctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		err := q.Close(cctx)
		cancel()
		if err == nil || !strings.Contains(err.Error(), "not written before shutdown") {
			t.Errorf("ignore=%v: Close = %v, want records not written", ignore, err)
		}
		q.RecordQuestion(Question{Question: "late"})
		if c.get("question/dropped") < 1 {
			t.Errorf("ignore=%v: a record after Close was not counted as dropped: %v", ignore, c.n)
		}
		close(w.block)
	}
}

// TestQueueRetention: Prune deletes past the retention period; the writer
// also prunes on its own ticker.
func TestQueueRetention(t *testing.T) {
	w := &fakeWriter{}
	c := &counter{}
	now := time.Date(2026, 1, 31, 12, 0, 0, 0, time.UTC)
	q := NewQueue(w, QueueOptions{Retention: 30 * 24 * time.Hour, PruneEvery: time.Millisecond, Observer: c, Now: func() time.Time { return now }})
	if err := q.Prune(ctx(t)); err != nil {
		t.Fatal(err)
	}
	waitFor(t, func() bool { w.mu.Lock(); defer w.mu.Unlock(); return len(w.pruned) >= 3 })
	if err := q.Close(ctx(t)); err != nil {
		t.Fatal(err)
	}
	if want := time.Date(2026, 1, 1, 12, 0, 0, 0, time.UTC); !w.pruned[0].Equal(want) {
		t.Errorf("pruned before %v, want %v", w.pruned[0], want)
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.pruned < 3 {
		t.Errorf("pruned rows counted %d, want ≥ 3", c.pruned)
	}
}

// TestQueueIntoDB: records through the queue land in a real store, in
// both engines, and the report sees them once the queue has drained.
func TestQueueIntoDB(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		d := open(t, u, Options{})
		q := NewQueue(d, QueueOptions{})
		q.RecordQuestion(Question{Command: "ask", Question: "what about the rota?", Outcome: OutcomeNotFound})
		q.RecordFeedback(Feedback{Rating: RatingDown, Reason: ReasonIncomplete, Facts: []string{"f"}})
		if err := q.Close(ctx(t)); err != nil {
			t.Fatal(err)
		}
		r, err := d.Report(ctx(t), Filter{Since: time.Now().Add(-time.Hour)})
		if err != nil || len(r.Unanswered) != 1 || r.Unanswered[0].Question != "what about the rota?" ||
			len(r.Disliked) != 1 || r.Disliked[0].Reason != ReasonIncomplete {
			t.Errorf("report after the queue drained: %+v, %v", r, err)
		}
	})
}

func waitFor(t *testing.T, cond func() bool) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			t.Fatal("condition not met within 10s")
		}
		time.Sleep(time.Millisecond)
	}
}

// BenchmarkRecordQuestion measures what recording costs an answer while
// the store is hung: the queue is full, so every call is a drop.
func BenchmarkRecordQuestion(b *testing.B) {
	w := &fakeWriter{block: make(chan struct{})}
	q := NewQueue(w, QueueOptions{Size: 16, Observer: &counter{}})
	defer func() { close(w.block); _ = q.Close(context.Background()) }()
	x := Question{Command: "ask", Question: "who is saffron cordery?", Outcome: OutcomeAnswered, Facts: []string{"a", "b"}}
	b.ReportAllocs()
	for b.Loop() {
		q.RecordQuestion(x)
	}
}
