// Package store keeps what curators need to improve the fact base: the
// questions users asked, how each went, which facts answered it, and the
// feedback users gave. It records nothing about Discord beyond ids, and user
// ids only when the operator asks for them.
//
// The types here are what the bot hands over; the engines (SQLite through
// modernc.org/sqlite, PostgreSQL through jackc/pgx) live beside them.
package store

import "time"

// Outcomes of a question, as stored. They match the pipeline's outcomes.
const (
	OutcomeAnswered    = "answered"
	OutcomeNotFound    = "not_found"
	OutcomeRateLimited = "rate_limited"
	OutcomeError       = "error"
)

// Ratings a user can give an answer.
const (
	RatingUp   = "up"
	RatingDown = "down"
)

// Reasons a user can give for a 👎.
const (
	ReasonWrong      = "wrong"
	ReasonOffTopic   = "off_topic"
	ReasonIncomplete = "incomplete"
)

// Question is one question a user asked and how it went.
type Question struct {
	Time     time.Time
	Command  string   // the slash command, "message" for DMs and mentions, or the message command's name
	Question string   // the question as asked (for look-ups, the option typed)
	Outcome  string   // one of the Outcome constants
	Facts    []string // ids of the facts the answer was built from, best first
	// RequestID is the Discord id of the interaction or message that asked
	// ("" from the terminal). The 👍/👎 under a not-found answer carry it,
	// as Feedback.QuestionID, since that answer has no facts to rate.
	RequestID string
	UserID    string // who asked; the store drops it unless told to keep user ids
	GuildID   string // "" in DMs
}

// Feedback is one 👍 or 👎 on an answer, with the reason for a 👎 if given.
// An answer built from facts is rated by its Facts; a not-found answer (the
// articles don't say), which has none, by its QuestionID.
type Feedback struct {
	Time   time.Time
	Facts  []string // ids of the facts the rated answer was built from
	Rating string   // RatingUp or RatingDown
	Reason string   // one of the Reason constants, or "" when none was given
	// Command is the command whose answer was rated, as Question.Command
	// names it ("message" for DMs and mentions); "" when unknown, as for
	// buttons sent before ratings carried it.
	Command string
	// QuestionID is, for a rated not-found answer, the RequestID of the
	// Question it answered; "" for an answer rated by its facts.
	QuestionID string
	UserID     string // who rated; dropped unless told to keep user ids
	GuildID    string
}

// Recorder is what the bot records to. Implementations must never block or
// fail the caller: a slow or broken store must not delay an answer.
type Recorder interface {
	RecordQuestion(Question)
	RecordFeedback(Feedback)
}

// Discard is a Recorder that keeps nothing, for tests and for running
// without a store.
type Discard struct{}

// RecordQuestion does nothing.
func (Discard) RecordQuestion(Question) {}

// RecordFeedback does nothing.
func (Discard) RecordFeedback(Feedback) {}
