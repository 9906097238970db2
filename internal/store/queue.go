package store

import (
	"cmp"
	"context"
	"fmt"
	"log/slog"
	"sync"
	"time"
)

// Writer is what a Queue writes to: a *DB, or a test's stand-in.
type Writer interface {
	WriteQuestion(context.Context, Question) error
	WriteFeedback(context.Context, Feedback) error
	Prune(ctx context.Context, before time.Time) (int64, error)
}

// Kinds of record, as counted.
const (
	KindQuestion = "question"
	KindFeedback = "feedback"
)

// Results of a record, as counted.
const (
	ResultWritten = "written" // in the store
	ResultFailed  = "failed"  // the store refused it or timed out
	ResultDropped = "dropped" // never tried: the queue was full or closed
)

// Observer is told how the queue's records go, for metrics. Its methods
// must be quick and safe for concurrent use.
type Observer interface {
	StoreRecord(kind, result string)
	StoreQueueLength(n int)
	StorePruned(rows int64)
}

// QueueOptions configure a Queue. The zero value of each field is a
// sensible default.
type QueueOptions struct {
	// Size is how many records may wait; more are dropped. Default 1024.
	Size int
	// WriteTimeout bounds one write. Default 5 s.
	WriteTimeout time.Duration
	// Retention deletes rows older than this, at start (Prune) and every
	// PruneEvery; 0 keeps everything.
	Retention  time.Duration
	PruneEvery time.Duration // default 1 h
	Log        *slog.Logger  // nil: not logged
	Observer   Observer      // nil: not counted
	Now        func() time.Time
}

// Queue is the Recorder the bot records to. It never blocks the caller:
// records wait in a bounded channel, one goroutine writes them, and when
// the channel is full a record is dropped and counted. So a slow or broken
// store costs answers nothing; failures are logged (at most once per
// logEvery) and counted instead.
type Queue struct {
	w  Writer
	o  QueueOptions
	ch chan record

	// closing guards closed: records take it shared, Close exclusively,
	// so that no record slips into the queue after the writer has drained
	// it (it would be neither written nor counted).
	closing sync.RWMutex
	closed  bool
	stop    chan struct{} // closed by Close: drain and return
	done    chan struct{} // closed when the writer has returned
	// writes is the context every write runs under; Close cancels it when
	// its own bound passes, so a hung store cannot hold shutdown.
	writes       context.Context
	cancelWrites context.CancelFunc
	closeOnce    sync.Once

	mu      sync.Mutex // guards the log throttle below
	lastLog time.Time
	quiet   int // problems not logged since lastLog
}

// record is one question or one feedback.
type record struct {
	question *Question
	feedback *Feedback
}

func (r record) kind() string {
	if r.question != nil {
		return KindQuestion
	}
	return KindFeedback
}

// logEvery throttles the queue's warnings: a broken store at a hundred
// questions a second must not write a hundred log lines a second.
const logEvery = 10 * time.Second

// NewQueue starts the writer goroutine over w. Close it to drain.
func NewQueue(w Writer, o QueueOptions) *Queue {
	o.Size = cmp.Or(o.Size, 1024)
	o.WriteTimeout = cmp.Or(o.WriteTimeout, 5*time.Second)
	o.PruneEvery = cmp.Or(o.PruneEvery, time.Hour)
	if o.Log == nil {
		o.Log = slog.New(slog.DiscardHandler)
	}
	if o.Now == nil {
		o.Now = time.Now
	}
	q := &Queue{w: w, o: o, ch: make(chan record, o.Size), stop: make(chan struct{}), done: make(chan struct{})}
	q.writes, q.cancelWrites = context.WithCancel(context.Background())
	go q.run()
	return q
}

// RecordQuestion queues a question; it never blocks.
func (q *Queue) RecordQuestion(x Question) {
	if x.Time.IsZero() {
		x.Time = q.o.Now()
	}
	q.put(record{question: &x})
}

// RecordFeedback queues a rating; it never blocks.
func (q *Queue) RecordFeedback(f Feedback) {
	if f.Time.IsZero() {
		f.Time = q.o.Now()
	}
	q.put(record{feedback: &f})
}

func (q *Queue) put(r record) {
	q.closing.RLock()
	if q.closed {
		q.closing.RUnlock()
		q.count(r.kind(), ResultDropped)
		return
	}
	select {
	case q.ch <- r:
		q.closing.RUnlock()
		q.length()
	default:
		q.closing.RUnlock()
		q.count(r.kind(), ResultDropped)
		q.warn("store queue full: record dropped", "kind", r.kind(), "size", q.o.Size)
	}
}

// Prune deletes the rows past the retention period now, on the caller's
// goroutine: serve calls it once at start, before the queue's own ticker
// takes over.
func (q *Queue) Prune(ctx context.Context) error {
	if q.o.Retention <= 0 {
		return nil
	}
	n, err := q.w.Prune(ctx, q.o.Now().Add(-q.o.Retention))
	if err != nil {
		return fmt.Errorf("store retention: %w", err)
	}
	if q.o.Observer != nil {
		q.o.Observer.StorePruned(n)
	}
	if n > 0 {
		q.o.Log.Info("store retention: deleted old rows", "rows", n, "retention", q.o.Retention)
	}
	return nil
}

// Close stops taking records and writes those waiting, for as long as ctx
// allows; past that it abandons them (cancelling the write in progress)
// and says how many were lost. It is safe to call more than once.
func (q *Queue) Close(ctx context.Context) error {
	q.closeOnce.Do(func() {
		q.closing.Lock()
		q.closed = true
		q.closing.Unlock()
		close(q.stop)
	})
	select {
	case <-q.done:
		return nil
	case <-ctx.Done():
	}
	q.cancelWrites()
	// The writer sees the cancellation at its next write; a store that
	// ignores it is given a moment more, not forever.
	select {
	case <-q.done:
	case <-time.After(time.Second):
	}
	return fmt.Errorf("store: %d records not written before shutdown", len(q.ch))
}

// run is the one writer: records in order, and the retention ticker.
func (q *Queue) run() {
	defer close(q.done)
	var tick <-chan time.Time
	if q.o.Retention > 0 {
		t := time.NewTicker(q.o.PruneEvery)
		defer t.Stop()
		tick = t.C
	}
	for {
		select {
		case r := <-q.ch:
			q.write(r)
		case <-tick:
			ctx, cancel := context.WithTimeout(q.writes, q.o.WriteTimeout)
			if err := q.Prune(ctx); err != nil {
				q.warn("store retention failed", "err", err)
			}
			cancel()
		case <-q.stop:
			for {
				select {
				case r := <-q.ch:
					if q.writes.Err() != nil {
						q.count(r.kind(), ResultDropped)
						continue
					}
					q.write(r)
				default:
					return
				}
			}
		}
	}
}

// write writes one record within WriteTimeout.
func (q *Queue) write(r record) {
	q.length()
	ctx, cancel := context.WithTimeout(q.writes, q.o.WriteTimeout)
	defer cancel()
	var err error
	if r.question != nil {
		err = q.w.WriteQuestion(ctx, *r.question)
	} else {
		err = q.w.WriteFeedback(ctx, *r.feedback)
	}
	if err != nil {
		q.count(r.kind(), ResultFailed)
		q.warn("store write failed", "kind", r.kind(), "err", err)
		return
	}
	q.count(r.kind(), ResultWritten)
}

func (q *Queue) count(kind, result string) {
	if q.o.Observer != nil {
		q.o.Observer.StoreRecord(kind, result)
	}
}

func (q *Queue) length() {
	if q.o.Observer != nil {
		q.o.Observer.StoreQueueLength(len(q.ch))
	}
}

// warn logs a problem unless one was logged within logEvery; the next line
// says how many were not.
func (q *Queue) warn(msg string, attrs ...any) {
	q.mu.Lock()
	now := q.o.Now()
	if !q.lastLog.IsZero() && now.Sub(q.lastLog) < logEvery {
		q.quiet++
		q.mu.Unlock()
		return
	}
	quiet := q.quiet
	q.lastLog, q.quiet = now, 0
	q.mu.Unlock()
	if quiet > 0 {
		attrs = append(attrs, "not_logged_since_last", quiet)
	}
	q.o.Log.Warn(msg, attrs...)
}
