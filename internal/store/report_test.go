package store

import (
	"context"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/store/storetest"
)

// seed writes a small, known history: two days ago and an hour ago, in two
// guilds and a DM, with ratings of answers built from facts and of
// not-found answers (by the question they answered).
func seed(t *testing.T, d *DB, now time.Time) {
	t.Helper()
	old, recent := now.Add(-48*time.Hour), now.Add(-time.Hour)
	qs := []Question{
		{Time: old, Command: "ask", Question: "old question", Outcome: OutcomeNotFound, GuildID: "1"},
		{Time: recent, Command: "ask", Question: "Who won the toss?", Outcome: OutcomeNotFound, GuildID: "1", RequestID: "1001"},
		{Time: recent, Command: "message", Question: "who  won the TOSS", Outcome: OutcomeNotFound, RequestID: "1002"},
		{Time: recent, Command: "ask", Question: "who won the toss?", Outcome: OutcomeNotFound, GuildID: "2"},
		{Time: recent, Command: "ask", Question: "Who won the toss?", Outcome: OutcomeNotFound, GuildID: "1"},
		{Time: recent, Command: "ask", Question: "what is the rota?", Outcome: OutcomeNotFound, GuildID: "1", RequestID: "1003"},
		{Time: recent, Command: "who", Question: "hunt", Outcome: OutcomeAnswered, Facts: []string{"hunt", "bma"}, GuildID: "1"},
		{Time: recent, Command: "ask", Question: "who is hunt", Outcome: OutcomeAnswered, Facts: []string{"hunt"}, GuildID: "2", RequestID: "1004"},
		{Time: recent, Command: "ask", Question: "spam", Outcome: OutcomeRateLimited, GuildID: "1"},
	}
	for _, q := range qs {
		if err := d.WriteQuestion(ctx(t), q); err != nil {
			t.Fatal(err)
		}
	}
	fs := []Feedback{
		{Time: old, Rating: RatingDown, Reason: ReasonWrong, Facts: []string{"hunt"}, GuildID: "1"},
		{Time: recent, Rating: RatingDown, Reason: ReasonWrong, Facts: []string{"hunt", "bma"}, GuildID: "1", Command: "who"},
		{Time: recent, Rating: RatingDown, Reason: ReasonWrong, Facts: []string{"hunt"}, GuildID: "2"},
		{Time: recent, Rating: RatingDown, Facts: []string{"bma"}, GuildID: "1", Command: "ask"},
		{Time: recent, Rating: RatingUp, Facts: []string{"hunt"}, GuildID: "1", Command: "who"},
		// 👍 and 👎 under not-found answers, by the question they answered.
		{Time: old, Rating: RatingDown, QuestionID: "1001", GuildID: "1", Command: "ask"},
		{Time: recent, Rating: RatingDown, QuestionID: "1001", GuildID: "1", Command: "ask"},
		{Time: recent, Rating: RatingDown, QuestionID: "1002", Command: "message"},
		{Time: recent, Rating: RatingUp, QuestionID: "1003", GuildID: "1", Command: "ask"},
		// Left out of the declines: another server's question (a made-up
		// custom id), an answered question, and one never stored.
		{Time: recent, Rating: RatingDown, QuestionID: "1003", GuildID: "2", Command: "ask"},
		{Time: recent, Rating: RatingDown, QuestionID: "1004", GuildID: "2", Command: "ask"},
		{Time: recent, Rating: RatingDown, QuestionID: "9999", GuildID: "1", Command: "ask"},
	}
	for _, f := range fs {
		if err := d.WriteFeedback(ctx(t), f); err != nil {
			t.Fatal(err)
		}
	}
}

// fakeBase annotates as a fact base would.
type fakeBase struct{}

func (fakeBase) Nearest(q string) (string, string, bool) {
	if strings.Contains(strings.ToLower(q), "toss") {
		return "coin", "The coin toss", true
	}
	return "", "", false
}

func (fakeBase) Title(id string) string {
	return map[string]string{"hunt": "Jeremy Hunt", "bma": "BMA"}[id]
}

func TestReport(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		d := open(t, u, Options{})
		now := time.Now()
		seed(t, d, now)
		for _, tc := range []struct {
			name string
			f    Filter
			want string
		}{
			{"the last day, every guild", Filter{Since: now.Add(-24 * time.Hour)}, `{
				"questions": 8,
				"outcomes": [{"name":"not_found","count":5},{"name":"answered","count":2},{"name":"rate_limited","count":1}],
				"unanswered": [{"question":"Who won the toss?","count":4,"nearest":{"fact":"coin","title":"The coin toss"}},{"question":"what is the rota?","count":1}],
				"ratings": [{"name":"down","count":8},{"name":"up","count":2}],
				"command_ratings": [{"command":"ask","up":1,"down":5},{"command":"who","up":1,"down":1},{"command":"","up":0,"down":1},{"command":"message","up":0,"down":1}],
				"disliked": [{"fact":"hunt","title":"Jeremy Hunt","reason":"wrong","count":2},{"fact":"bma","title":"BMA","reason":"","count":1},{"fact":"bma","title":"BMA","reason":"wrong","count":1}],
				"disliked_declines": [{"question":"Who won the toss?","count":2,"nearest":{"fact":"coin","title":"The coin toss"}}],
				"facts": [{"name":"hunt","title":"Jeremy Hunt","count":2},{"name":"bma","title":"BMA","count":1}],
				"commands": [{"name":"ask","count":6},{"name":"message","count":1},{"name":"who","count":1}]}`},
			{"one guild, limited", Filter{Since: now.Add(-24 * time.Hour), GuildID: "1", Limit: 1}, `{
				"questions": 5,
				"outcomes": [{"name":"not_found","count":3},{"name":"answered","count":1},{"name":"rate_limited","count":1}],
				"unanswered": [{"question":"Who won the toss?","count":2,"nearest":{"fact":"coin","title":"The coin toss"}}],
				"ratings": [{"name":"down","count":4},{"name":"up","count":2}],
				"command_ratings": [{"command":"ask","up":1,"down":3}],
				"disliked": [{"fact":"bma","title":"BMA","reason":"","count":1}],
				"disliked_declines": [{"question":"Who won the toss?","count":1,"nearest":{"fact":"coin","title":"The coin toss"}}],
				"facts": [{"name":"bma","title":"BMA","count":1}],
				"commands": [{"name":"ask","count":4}]}`},
			{"everything", Filter{}, `{
				"questions": 9,
				"outcomes": [{"name":"not_found","count":6},{"name":"answered","count":2},{"name":"rate_limited","count":1}],
				"unanswered": [{"question":"Who won the toss?","count":4,"nearest":{"fact":"coin","title":"The coin toss"}},{"question":"old question","count":1},{"question":"what is the rota?","count":1}],
				"ratings": [{"name":"down","count":10},{"name":"up","count":2}],
				"command_ratings": [{"command":"ask","up":1,"down":6},{"command":"","up":0,"down":2},{"command":"who","up":1,"down":1},{"command":"message","up":0,"down":1}],
				"disliked": [{"fact":"hunt","title":"Jeremy Hunt","reason":"wrong","count":3},{"fact":"bma","title":"BMA","reason":"","count":1},{"fact":"bma","title":"BMA","reason":"wrong","count":1}],
				"disliked_declines": [{"question":"Who won the toss?","count":3,"nearest":{"fact":"coin","title":"The coin toss"}}],
				"facts": [{"name":"hunt","title":"Jeremy Hunt","count":2},{"name":"bma","title":"BMA","count":1}],
				"commands": [{"name":"ask","count":7},{"name":"message","count":1},{"name":"who","count":1}]}`},
		} {
			t.Run(tc.name, func(t *testing.T) {
				r, err := d.Report(ctx(t), tc.f)
				if err != nil {
					t.Fatal(err)
				}
				r.Annotate(fakeBase{})
				r.Since = time.Time{}
				got, _ := json.Marshal(r)
				var w map[string]any
				if err := json.Unmarshal([]byte(tc.want), &w); err != nil {
					t.Fatal(err)
				}
				w["since"] = time.Time{}
				want, _ := json.Marshal(w)
				var g map[string]any
				_ = json.Unmarshal(got, &g)
				got, _ = json.Marshal(g)
				if string(got) != string(want) {
					t.Errorf("report\n got %s\nwant %s", got, want)
				}
			})
		}
	})
}

func TestParseSince(t *testing.T) {
	for in, want := range map[string]time.Duration{
		"7d": 7 * 24 * time.Hour, " 2W ": 14 * 24 * time.Hour, "36h": 36 * time.Hour, "90m": 90 * time.Minute, "366d": MaxSince,
	} {
		if got, err := ParseSince(in); err != nil || got != want {
			t.Errorf("ParseSince(%q) = %v, %v; want %v", in, got, err, want)
		}
	}
	for _, in := range []string{"", "d", "7", "-1d", "0d", "367d", "forever", "1y", "9999999999d"} {
		if got, err := ParseSince(in); err == nil {
			t.Errorf("ParseSince(%q) = %v, want an error", in, got)
		}
	}
}

// FuzzParseSince: whatever is typed in /report's option, ParseSince never
// panics and accepts only a period from nothing to MaxSince.
func FuzzParseSince(f *testing.F) {
	for _, s := range []string{"7d", "2w", "36h", "-1d", "9223372036854775807d", "1e9h", "d", " 0w "} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := ParseSince(s)
		if err == nil && (d <= 0 || d > MaxSince) {
			t.Errorf("ParseSince(%q) = %v, outside (0, %v]", s, d, MaxSince)
		}
	})
}

// FuzzNormalize: grouping is stable: a key normalizes to itself, and
// wordings that differ only in case and punctuation share a key.
func FuzzNormalize(f *testing.F) {
	for _, s := range []string{"Who won the toss?", "who  won the TOSS", "35%!", "ÉTÉ, été"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		k := normalize(s)
		if normalize(k) != k {
			t.Errorf("normalize(%q) = %q, which normalizes to %q", s, k, normalize(k))
		}
		// Only where upper-casing round-trips (not, say, for ſ or ß).
		up := strings.ToUpper(s)
		lower, roundTrip := strings.ToLower(s), strings.ToLower(up)
		if lower == roundTrip && normalize(up+"?!") != k {
			t.Errorf("case and punctuation split %q", s)
		}
	})
}

// BenchmarkReport measures a report over a month of a busy bot's rows
// (10,000 questions, a third unanswered, 1,000 ratings) in SQLite.
func BenchmarkReport(b *testing.B) {
	d, err := Open(context.Background(), b.TempDir()+"/bench.db", Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer d.Close()
	now := time.Now()
	q := NewQueue(d, QueueOptions{Size: 20000})
	for i := range 10000 {
		out, facts := OutcomeAnswered, []string{"fact-" + strconv.Itoa(i%50), "fact-" + strconv.Itoa(i%7)}
		if i%3 == 0 {
			out, facts = OutcomeNotFound, nil
		}
		q.RecordQuestion(Question{Time: now.Add(-time.Duration(i) * time.Minute), Command: "ask", Question: "question number " + strconv.Itoa(i%400), Outcome: out, Facts: facts})
		if i%10 == 0 {
			q.RecordFeedback(Feedback{Time: now, Rating: RatingDown, Reason: ReasonWrong, Facts: facts})
		}
	}
	if err := q.Close(context.Background()); err != nil {
		b.Fatal(err)
	}
	b.ResetTimer()
	for b.Loop() {
		if _, err := d.Report(context.Background(), Filter{Since: now.Add(-30 * 24 * time.Hour)}); err != nil {
			b.Fatal(err)
		}
	}
}
