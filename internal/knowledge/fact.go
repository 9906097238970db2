// Package knowledge holds strikebot's fact base and answers questions from it.
//
// It is the domain of the program and knows nothing of Discord: the fact base
// is loaded from an fs.FS (the embedded data directory by default), every fact
// is checked against the verbatim text of the article it cites, and questions
// are answered only from those facts. When the facts do not cover a question the
// answer says so and suggests nearby topics instead of guessing.
package knowledge

import "slices"

// Kind says what sort of thing a fact describes. The typed look-ups (/who,
// /when, /poll …) each search the kinds that fit them.
type Kind string

// The kinds of fact in the fact base.
const (
	KindPerson       Kind = "person"       // a named person: role, side, what they said
	KindOrganisation Kind = "organisation" // a union, government body, pollster, broadcaster …
	KindDispute      Kind = "dispute"      // an overview of a dispute, or of several
	KindEvent        Kind = "event"        // something that happened at a date or time
	KindPoll         Kind = "poll"         // a poll figure with its pollster and client
	KindFigure       Kind = "figure"       // a number: cancellations, percentages, counts
	KindPlace        Kind = "place"        // a hospital, street or country
	KindPosition     Kind = "position"     // a side's stance or demand, and why
	KindQuote        Kind = "quote"        // a notable quote, attributed
	KindTopic        Kind = "topic"        // anything else: services affected, causes …
	KindGap          Kind = "gap"          // something readers ask that the articles do not say
)

// Kinds lists every valid Kind, in the order they are documented.
var Kinds = []Kind{KindPerson, KindOrganisation, KindDispute, KindEvent, KindPoll,
	KindFigure, KindPlace, KindPosition, KindQuote, KindTopic, KindGap}

// Dispute is the id of a dispute declared in disputes.yaml, or DisputeBoth.
type Dispute string

// Fact is one curated statement about the strikes, backed by evidence.
type Fact struct {
	ID       string   // stable, unique, kebab-case; used in autocomplete values and buttons
	Kind     Kind     // what sort of fact this is
	Dispute  Dispute  // which dispute it belongs to
	Title    string   // a short label: autocomplete choice, embed title
	Aliases  []string // names and phrases a user would type for this subject
	Keywords []string // further words that point here
	About    []string // ids of the facts (people, organisations) this one concerns
	// Questions are natural questions the fact answers: the ranking reads
	// them as a field of their own, in place of question words as keywords.
	Questions []string
	// Supplies says what the fact answers (a person, a time, a count …);
	// empty means as its kind and answer text show (see answer_types).
	Supplies []AnswerType
	// NoPreamble leaves out the dispute's preamble ("In the … dispute,").
	NoPreamble bool
	// body is Answer as written, without the preamble: what the answer
	// types are read from.
	body     string
	Answer   string     // the curated answer sentence(s)
	Evidence []Evidence // at least one verbatim quote backing the answer

	// DataFile and DataLine locate the fact in the curated data, for errors.
	DataFile string
	DataLine int
}

// Evidence is one verbatim quote from an article, with where it was found.
type Evidence struct {
	File  string // the article's file name, e.g. 000_73b2b942d9bd6961.txt
	Quote string // a verbatim span of that file
	Line  int    // the 1-based line the quote starts on, filled in at load time

	article *Article // the article quoted, for its citation (Source)
}

// Source is a citation in an answer: an article file, a line, and the quote,
// with the article's short title, publisher and link from articles.yaml
// (Publisher and URL are empty when the data gives none).
type Source struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Quote     string `json:"quote"`
	Title     string `json:"title,omitempty"`
	Publisher string `json:"publisher,omitempty"`
	URL       string `json:"url,omitempty"`
}

// Answer is the reply to a question. Found is false when the fact base does
// not cover the question well enough; Text then says so honestly and
// Suggestions lists nearby topics the user could ask about instead.
type Answer struct {
	Question    string   `json:"question"`
	Found       bool     `json:"found"`
	Title       string   `json:"title,omitempty"`
	Text        string   `json:"answer"`
	Sources     []Source `json:"sources"`
	Suggestions []string `json:"suggestions"`
	// Related are the ids of the suggested facts, in the same order, for
	// buttons that ask about them.
	Related []string `json:"-"`
	// Facts are the ids of the facts the answer was built from, best first.
	Facts []string `json:"facts,omitempty"`
	// Score is the matcher's confidence in the best fact, for logs and tuning.
	Score float64 `json:"-"`
	// Dispute is the dispute the answer is about (DisputeBoth for several),
	// for the next question's Context.
	Dispute Dispute `json:"-"`
	// SmallTalk marks the reply to a greeting, thanks or "who are you?":
	// not found, as nothing was looked up, but no decline either, so it
	// asks for no rating.
	SmallTalk bool `json:"-"`
}

// Context is what a conversation carries from one answer to the next, so
// that a follow-up ("what did she say?", "and in 2023?") is read against it.
type Context struct {
	Question string   // the previous question
	Subjects []string // ids of the facts the previous answer was built from, best first
	Dispute  Dispute  // the dispute it was about, if any
}

// Context returns the context a follow-up to a should be read in.
func (a Answer) Context() *Context {
	return &Context{Question: a.Question, Subjects: slices.Clone(a.Facts), Dispute: a.Dispute}
}

// Choice is one autocomplete entry: a label to show and a value to send back.
type Choice struct {
	Name  string // shown to the user, at most 100 characters
	Value string // a fact id, at most 100 characters
}

// Lookup names a typed look-up, as offered by /who, /when, /poll and friends.
type Lookup string

// The typed look-ups and the kinds of fact each one searches.
const (
	LookupWho     Lookup = "who"
	LookupWhen    Lookup = "when"
	LookupWhere   Lookup = "where"
	LookupPoll    Lookup = "poll"
	LookupFigures Lookup = "figures"
	LookupQuote   Lookup = "quote"
	LookupAny     Lookup = "any"
)

// LookupKinds maps each typed look-up to the kinds of fact it searches.
var LookupKinds = map[Lookup][]Kind{
	LookupWho:     {KindPerson, KindOrganisation},
	LookupWhen:    {KindEvent, KindDispute},
	LookupWhere:   {KindPlace},
	LookupPoll:    {KindPoll},
	LookupFigures: {KindFigure, KindPoll},
	LookupQuote:   {KindQuote},
	LookupAny:     nil,
}
