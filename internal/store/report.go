package store

import (
	"cmp"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// Filter says which rows a report reads.
type Filter struct {
	Since time.Time // rows at or after this time; zero for all
	// GuildID limits the report to one server's questions and feedback, as
	// /report does so that a server's managers see only their own; "" is
	// every server and DM (bot report, for the operator).
	GuildID string
	// Limit caps each list; 0 is DefaultLimit.
	Limit int
}

// DefaultLimit is how many entries each list of a report holds by default.
const DefaultLimit = 20

// Report is what curators read: what went unanswered, what users disliked,
// and what is used. Lists are sorted by count, then name.
type Report struct {
	Since      time.Time    `json:"since"`
	Questions  int          `json:"questions"` // every question in the period
	Outcomes   []Count      `json:"outcomes"`
	Unanswered []Unanswered `json:"unanswered"`
	// Ratings counts 👍 (up) and 👎 (down).
	Ratings []Count `json:"ratings"`
	// CommandRatings counts them by the command whose answer was rated;
	// Command "" holds the ratings from buttons too old to say.
	CommandRatings []CommandRatings `json:"command_ratings"`
	// Disliked are the 👎 on answers built from facts, by fact and reason.
	Disliked []Disliked `json:"disliked"`
	// DislikedDeclines are the not-found answers rated 👎: questions the
	// bot declined that users think the articles do answer. They are
	// grouped and worded as Unanswered is.
	DislikedDeclines []Unanswered `json:"disliked_declines"`
	Facts            []Count      `json:"facts"`    // the facts answers were built from
	Commands         []Count      `json:"commands"` // the commands questions came through
}

// CommandRatings counts the 👍 and 👎 on one command's answers.
type CommandRatings struct {
	Command string `json:"command"`
	Up      int    `json:"up"`
	Down    int    `json:"down"`
}

// Count is how often something came up; Title is a fact's title when the
// report was annotated.
type Count struct {
	Name  string `json:"name"`
	Title string `json:"title,omitempty"`
	Count int    `json:"count"`
}

// Unanswered is one unanswered question, as most often worded, with how
// many times it (or the same words in another case or punctuation) came.
type Unanswered struct {
	Question string   `json:"question"`
	Count    int      `json:"count"`
	Nearest  *Nearest `json:"nearest,omitempty"` // the closest fact, when annotated
}

// Nearest is the fact closest to an unanswered question: where a curator
// would add an alias or keyword, or next to which a new fact belongs.
type Nearest struct {
	Fact  string `json:"fact"`
	Title string `json:"title"`
}

// Disliked counts 👎 ratings on answers built from one fact, for one
// reason ("" when the user gave none).
type Disliked struct {
	Fact   string `json:"fact"`
	Title  string `json:"title,omitempty"`
	Reason string `json:"reason"`
	Count  int    `json:"count"`
}

// Report reads the rows f selects and sums them up.
func (d *DB) Report(ctx context.Context, f Filter) (Report, error) {
	limit := cmp.Or(f.Limit, DefaultLimit)
	r := Report{Since: f.Since}
	where, args := f.where("")
	var err error
	if r.Outcomes, err = d.counts(ctx, `SELECT outcome, COUNT(*) FROM questions WHERE `+where+` GROUP BY outcome`, args); err != nil {
		return Report{}, err
	}
	for _, c := range r.Outcomes {
		r.Questions += c.Count
	}
	if r.Commands, err = d.counts(ctx, `SELECT command, COUNT(*) FROM questions WHERE `+where+` GROUP BY command`, args); err != nil {
		return Report{}, err
	}
	if r.Ratings, err = d.counts(ctx, `SELECT rating, COUNT(*) FROM feedback WHERE `+where+` GROUP BY rating`, args); err != nil {
		return Report{}, err
	}
	if r.Unanswered, err = d.unanswered(ctx, where, args); err != nil {
		return Report{}, err
	}
	if r.Facts, err = d.facts(ctx, where, args); err != nil {
		return Report{}, err
	}
	if r.Disliked, err = d.disliked(ctx, where, args); err != nil {
		return Report{}, err
	}
	if r.CommandRatings, err = d.commandRatings(ctx, where, args); err != nil {
		return Report{}, err
	}
	if r.DislikedDeclines, err = d.dislikedDeclines(ctx, f); err != nil {
		return Report{}, err
	}
	r.Commands = top(r.Commands, limit)
	r.Unanswered = top(r.Unanswered, limit)
	r.Facts = top(r.Facts, limit)
	r.Disliked = top(r.Disliked, limit)
	r.CommandRatings = top(r.CommandRatings, limit)
	r.DislikedDeclines = top(r.DislikedDeclines, limit)
	return r, nil
}

// where is the condition selecting f's rows of a table, with its
// arguments; prefix qualifies the columns ("f." in a join).
func (f Filter) where(prefix string) (string, []any) {
	where, args := prefix+"at >= ?", []any{f.Since.UnixMilli()}
	if f.Since.IsZero() {
		args[0] = int64(0)
	}
	if f.GuildID != "" {
		where += " AND " + prefix + "guild_id = ?"
		args = append(args, f.GuildID)
	}
	return where, args
}

func top[T any](s []T, n int) []T {
	if len(s) > n {
		return s[:n]
	}
	return s
}

// counts runs a name, count query and sorts its rows.
func (d *DB) counts(ctx context.Context, query string, args []any) ([]Count, error) {
	out := []Count{}
	err := d.each(ctx, query, args, func(rows *sql.Rows) error {
		var c Count
		if err := rows.Scan(&c.Name, &c.Count); err != nil {
			return err
		}
		out = append(out, c)
		return nil
	})
	sortCounts(out)
	return out, err
}

func sortCounts(s []Count) {
	slices.SortFunc(s, func(a, b Count) int { return cmp.Or(b.Count-a.Count, strings.Compare(a.Name, b.Name)) })
}

// each runs query and calls row for every row.
func (d *DB) each(ctx context.Context, query string, args []any, row func(*sql.Rows) error) error {
	rows, err := d.db.QueryContext(ctx, d.rebind(query), args...)
	if err != nil {
		return fmt.Errorf("report from %s: %w", d.where, err)
	}
	defer rows.Close()
	for rows.Next() {
		if err := row(rows); err != nil {
			return fmt.Errorf("report from %s: %w", d.where, err)
		}
	}
	if err := rows.Err(); err != nil {
		return fmt.Errorf("report from %s: %w", d.where, err)
	}
	return nil
}

// unanswered groups the not-found questions by their words (questionGroups).
func (d *DB) unanswered(ctx context.Context, where string, args []any) ([]Unanswered, error) {
	var g questionGroups
	err := d.each(ctx, `SELECT question FROM questions WHERE `+where+` AND outcome = '`+OutcomeNotFound+`'`, args, func(rows *sql.Rows) error {
		var q string
		if err := rows.Scan(&q); err != nil {
			return err
		}
		g.add(q)
		return nil
	})
	return g.list(), err
}

// dislikedDeclines groups the questions whose not-found answers were rated
// 👎, once per rating. A rating counts only against a not-found question
// asked in the same server (or DM) as it was given, so a made-up custom id
// cannot show one server's question in another's /report; a rating whose
// question is no longer stored (pruned, or never written) is left out.
func (d *DB) dislikedDeclines(ctx context.Context, f Filter) ([]Unanswered, error) {
	where, args := f.where("f.")
	var g questionGroups
	err := d.each(ctx, `SELECT (SELECT q.question FROM questions q WHERE q.request_id = f.question_id AND q.guild_id = f.guild_id AND q.outcome = '`+OutcomeNotFound+`' LIMIT 1)
		FROM feedback f WHERE `+where+` AND f.rating = '`+RatingDown+`' AND f.question_id <> ''`, args, func(rows *sql.Rows) error {
		var q sql.NullString
		if err := rows.Scan(&q); err != nil {
			return err
		}
		if q.Valid {
			g.add(q.String)
		}
		return nil
	})
	return g.list(), err
}

// questionGroups groups questions by their words, ignoring case,
// punctuation and spacing (normalize), and shows each group as it was most
// often typed. The zero value is empty.
type questionGroups struct {
	byKey map[string]*questionGroup
}

type questionGroup struct {
	n        int
	wordings map[string]int
}

func (g *questionGroups) add(q string) {
	if g.byKey == nil {
		g.byKey = map[string]*questionGroup{}
	}
	q = strings.Join(strings.Fields(q), " ")
	key := normalize(q)
	e := g.byKey[key]
	if e == nil {
		e = &questionGroup{wordings: map[string]int{}}
		g.byKey[key] = e
	}
	e.n++
	e.wordings[q]++
}

// list is the groups, most asked first.
func (g *questionGroups) list() []Unanswered {
	out := []Unanswered{}
	for _, e := range g.byKey {
		best, bestN := "", 0
		for w, n := range e.wordings {
			if n > bestN || n == bestN && w < best {
				best, bestN = w, n
			}
		}
		out = append(out, Unanswered{Question: best, Count: e.n})
	}
	slices.SortFunc(out, func(a, b Unanswered) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Question, b.Question))
	})
	return out
}

// normalize is the grouping key of a question: its letters and digits,
// lower-cased, one space between words.
func normalize(q string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(q), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '%'
	}), " ")
}

// facts counts the facts the answered questions were built from.
func (d *DB) facts(ctx context.Context, where string, args []any) ([]Count, error) {
	n := map[string]int{}
	err := d.each(ctx, `SELECT facts FROM questions WHERE `+where+` AND outcome = '`+OutcomeAnswered+`'`, args, func(rows *sql.Rows) error {
		var facts string
		if err := rows.Scan(&facts); err != nil {
			return err
		}
		for _, id := range strings.Fields(facts) {
			n[id]++
		}
		return nil
	})
	out := []Count{}
	for id, c := range n {
		out = append(out, Count{Name: id, Count: c})
	}
	sortCounts(out)
	return out, err
}

// disliked counts the 👎 ratings by fact and reason. An answer built from
// several facts counts against each, since any of them may be the one at
// fault. Not-found answers rated 👎 are dislikedDeclines', not these.
func (d *DB) disliked(ctx context.Context, where string, args []any) ([]Disliked, error) {
	type key struct{ fact, reason string }
	n := map[key]int{}
	err := d.each(ctx, `SELECT facts, reason FROM feedback WHERE `+where+` AND rating = '`+RatingDown+`' AND question_id = ''`, args, func(rows *sql.Rows) error {
		var facts, reason string
		if err := rows.Scan(&facts, &reason); err != nil {
			return err
		}
		ids := strings.Fields(facts)
		if len(ids) == 0 {
			ids = []string{""}
		}
		for _, id := range ids {
			n[key{id, reason}]++
		}
		return nil
	})
	out := []Disliked{}
	for k, c := range n {
		out = append(out, Disliked{Fact: k.fact, Reason: k.reason, Count: c})
	}
	slices.SortFunc(out, func(a, b Disliked) int {
		return cmp.Or(b.Count-a.Count, strings.Compare(a.Fact, b.Fact), strings.Compare(a.Reason, b.Reason))
	})
	return out, err
}

// commandRatings counts the 👍 and 👎 by the command whose answer was
// rated, most rated first.
func (d *DB) commandRatings(ctx context.Context, where string, args []any) ([]CommandRatings, error) {
	by := map[string]*CommandRatings{}
	err := d.each(ctx, `SELECT command, rating, COUNT(*) FROM feedback WHERE `+where+` GROUP BY command, rating`, args, func(rows *sql.Rows) error {
		var command, rating string
		var n int
		if err := rows.Scan(&command, &rating, &n); err != nil {
			return err
		}
		c := by[command]
		if c == nil {
			c = &CommandRatings{Command: command}
			by[command] = c
		}
		switch rating {
		case RatingUp:
			c.Up += n
		case RatingDown:
			c.Down += n
		}
		return nil
	})
	out := []CommandRatings{}
	for _, c := range by {
		out = append(out, *c)
	}
	slices.SortFunc(out, func(a, b CommandRatings) int {
		return cmp.Or(b.Up+b.Down-a.Up-a.Down, strings.Compare(a.Command, b.Command))
	})
	return out, err
}

// Annotator knows the fact base a report is read against.
type Annotator interface {
	// Nearest is the fact closest to a question, if any comes close.
	Nearest(question string) (id, title string, ok bool)
	// Title is a fact's title, or "" for an id the base no longer has.
	Title(id string) string
}

// Annotate adds the nearest fact to each unanswered question and each
// disliked decline, and the titles of the facts listed.
func (r *Report) Annotate(a Annotator) {
	for _, list := range [][]Unanswered{r.Unanswered, r.DislikedDeclines} {
		for i := range list {
			if id, title, ok := a.Nearest(list[i].Question); ok {
				list[i].Nearest = &Nearest{Fact: id, Title: title}
			}
		}
	}
	for i := range r.Facts {
		r.Facts[i].Title = a.Title(r.Facts[i].Name)
	}
	for i := range r.Disliked {
		if r.Disliked[i].Fact != "" {
			r.Disliked[i].Title = a.Title(r.Disliked[i].Fact)
		}
	}
}

// MaxSince is the longest period a report can ask for: a year, well past
// any retention.
const MaxSince = 366 * 24 * time.Hour

// ParseSince reads a report's period: a number of days or weeks ("7d",
// "2w") or a Go duration ("36h", "90m").
func ParseSince(s string) (time.Duration, error) {
	s = strings.ToLower(strings.TrimSpace(s))
	var d time.Duration
	if n, unit, ok := cutUnit(s); ok {
		d = time.Duration(n) * unit
	} else {
		var err error
		if d, err = time.ParseDuration(s); err != nil {
			return 0, fmt.Errorf("%q is not a period such as 24h, 7d or 2w", s)
		}
	}
	if d <= 0 || d > MaxSince {
		return 0, fmt.Errorf("%q must be more than nothing and at most 366 days", s)
	}
	return d, nil
}

// cutUnit reads "Nd" or "Nw".
func cutUnit(s string) (int64, time.Duration, bool) {
	units := map[byte]time.Duration{'d': 24 * time.Hour, 'w': 7 * 24 * time.Hour}
	if len(s) < 2 {
		return 0, 0, false
	}
	unit, ok := units[s[len(s)-1]]
	if !ok {
		return 0, 0, false
	}
	n, err := strconv.ParseInt(s[:len(s)-1], 10, 32)
	if err != nil {
		return 0, 0, false
	}
	return n, unit, true
}
