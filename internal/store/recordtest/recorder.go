// Package recordtest is a store.Recorder for tests: it keeps what the bot
// records in memory, so that a test can check what reached the store.
package recordtest

import (
	"slices"
	"sync"

	"github.com/strikebot/strikebot/internal/store"
)

// Recorder keeps every question and feedback recorded to it. It is safe for
// concurrent use; the zero value is ready.
type Recorder struct {
	mu        sync.Mutex
	questions []store.Question
	feedback  []store.Feedback
}

var _ store.Recorder = (*Recorder)(nil)

// RecordQuestion keeps q.
func (r *Recorder) RecordQuestion(q store.Question) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.questions = append(r.questions, q)
}

// RecordFeedback keeps f.
func (r *Recorder) RecordFeedback(f store.Feedback) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.feedback = append(r.feedback, f)
}

// Recorded returns what has been recorded so far, in order.
func (r *Recorder) Recorded() ([]store.Question, []store.Feedback) {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.questions), slices.Clone(r.feedback)
}

// Take returns what has been recorded so far and forgets it.
func (r *Recorder) Take() ([]store.Question, []store.Feedback) {
	r.mu.Lock()
	defer r.mu.Unlock()
	q, f := r.questions, r.feedback
	r.questions, r.feedback = nil, nil
	return q, f
}
