package commands

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/strikebot/strikebot/internal/knowledge"
	"github.com/strikebot/strikebot/internal/store"
)

// Reporter reads the curators' report from the store (*store.DB does).
type Reporter interface {
	Report(ctx context.Context, f store.Filter) (store.Report, error)
}

// defaultReportSince is the period /report and bot report cover when not
// told otherwise.
const defaultReportSince = "7d"

// reportLines is how many entries each list of /report shows: what fits a
// field's 1,024 characters with room for long questions.
const reportLines = 8

// reportQuestion is how much of a question /report quotes, in characters.
const reportQuestion = 200

// ReportCommand is /report, for server managers: what this server asked
// that the articles could not answer (each with the nearest fact), which
// declines users rated 👎 (thinking the articles do answer them), which
// answers got 👎 and why, how each command's answers were rated, and what
// is used most. It reads only the
// server's own questions, replies ephemerally, and is in the table only
// when a store is configured. base is the fact base answers come from now
// (Bot.Base), for the nearest facts and titles.
func ReportCommand(r Reporter, base func() *knowledge.Base) Command {
	return Command{
		Name: "report", Description: "For server managers: unanswered questions, 👎 answers and most-used facts here",
		ManagerOnly: true,
		Options:     []Option{{Name: "since", Description: "How far back, e.g. 24h, 7d or 30d (default 7d)", MaxLength: 10}},
		Example:     "/report since: 30d",
		Run: func(ctx context.Context, req Request) (Reply, error) {
			if req.GuildID == "" {
				return Reply{Title: "Report", Text: "/report works in servers only: it reports that server's questions.", Ephemeral: true}, nil
			}
			since := req.Option("since")
			if since == "" {
				since = defaultReportSince
			}
			d, err := store.ParseSince(since)
			if err != nil {
				return Reply{Title: "Report", Text: "I can't read that period: " + err.Error() + ".", Ephemeral: true}, nil
			}
			rep, err := r.Report(ctx, store.Filter{Since: time.Now().Add(-d), GuildID: req.GuildID, Limit: reportLines})
			if err != nil {
				return Reply{}, fmt.Errorf("/report: %w", err)
			}
			rep.Annotate(BaseAnnotator{base()})
			return reportReply(rep, since), nil
		},
	}
}

// BaseAnnotator annotates a store report from a fact base: the nearest fact
// to a question is the best-scoring one, found or not (Base.Explain).
type BaseAnnotator struct{ Base *knowledge.Base }

// Nearest is the fact scoring best for question, if any scores at all.
func (a BaseAnnotator) Nearest(question string) (id, title string, ok bool) {
	_, _, m := a.Base.Explain(question, 1)
	if len(m) == 0 || m[0].Score <= 0 {
		return "", "", false
	}
	return m[0].Fact, a.Title(m[0].Fact), true
}

// Title is the fact's title, or "" for an id the base no longer has.
func (a BaseAnnotator) Title(id string) string {
	if f, ok := a.Base.Fact(id); ok {
		return f.Title
	}
	return ""
}

// reportReply renders a report as one ephemeral embed; each list keeps to
// a field's limit by whole lines.
func reportReply(r store.Report, since string) Reply {
	rep := Reply{Title: "strikebot report: the last " + since, Ephemeral: true}
	rep.Text = Summary(r)
	if r.Questions == 0 && len(r.Ratings) == 0 {
		rep.Text = "No questions were asked here in the last " + since + "."
		return rep
	}
	var bad, rated, facts, cmds []string
	questions := func(list []store.Unanswered) []string {
		var lines []string
		for _, u := range list {
			line := fmt.Sprintf("%d× “%s”", u.Count, escapeUserText(truncate(u.Question, reportQuestion)))
			if u.Nearest != nil {
				line += " → nearest: " + factName(u.Nearest.Fact, u.Nearest.Title)
			}
			lines = append(lines, line)
		}
		return lines
	}
	for _, d := range r.Disliked {
		bad = append(bad, fmt.Sprintf("%d× %s: %s", d.Count, factName(d.Fact, d.Title), ReasonName(d.Reason)))
	}
	for _, c := range r.CommandRatings {
		rated = append(rated, fmt.Sprintf("%s: 👍 %d, 👎 %d", RatedCommandName(c.Command), c.Up, c.Down))
	}
	for _, f := range r.Facts {
		facts = append(facts, fmt.Sprintf("%d× %s", f.Count, factName(f.Name, f.Title)))
	}
	for _, c := range r.Commands {
		cmds = append(cmds, fmt.Sprintf("%d× %s", c.Count, c.Name))
	}
	// Most telling first: fitEmbed drops fields from the end.
	for _, f := range []struct {
		name  string
		lines []string
	}{
		{"Unanswered", questions(r.Unanswered)},
		{DislikedDeclinesTitle, questions(r.DislikedDeclines)},
		{"Rated 👎", bad},
		{"Ratings by command", rated},
		{"Most-used facts", facts},
		{"Commands", cmds},
	} {
		if len(f.lines) > 0 {
			rep.Fields = append(rep.Fields, Field{Name: f.name, Value: fitLines(f.lines, limitFieldValue)})
		}
	}
	return rep
}

// Summary is a report's one-line count of questions by outcome and of
// ratings, for /report and bot report alike.
func Summary(r store.Report) string {
	parts := []string{fmt.Sprintf("%d questions", r.Questions)}
	for _, o := range r.Outcomes {
		parts = append(parts, fmt.Sprintf("%d %s", o.Count, strings.ReplaceAll(o.Name, "_", " ")))
	}
	s := strings.Join(parts, ", ")
	var up, down int
	for _, c := range r.Ratings {
		switch c.Name {
		case store.RatingUp:
			up = c.Count
		case store.RatingDown:
			down = c.Count
		}
	}
	return s + fmt.Sprintf("; rated 👍 %d, 👎 %d", up, down)
}

// DislikedDeclinesTitle heads the list of not-found answers rated 👎, in
// /report and bot report alike.
const DislikedDeclinesTitle = "Declines rated 👎 (users think the articles do answer these)"

// RatedCommandName is how the command of a rating reads: its name, or that
// it is unknown for ratings from buttons sent before they carried it.
func RatedCommandName(command string) string {
	if command == "" {
		return "unknown (older buttons)"
	}
	return command
}

// ReasonName is how a 👎 reason reads.
func ReasonName(reason string) string {
	switch reason {
	case store.ReasonWrong:
		return "wrong"
	case store.ReasonOffTopic:
		return "off-topic"
	case store.ReasonIncomplete:
		return "incomplete"
	case "":
		return "no reason given"
	}
	return reason
}

// factName shows a fact by title and id; a fact the base no longer has, or
// a rating without facts, is said so.
func factName(id, title string) string {
	switch {
	case id == "":
		return "(no fact)"
	case title == "":
		return "`" + id + "` (no longer in the fact base)"
	}
	return title + " (`" + id + "`)"
}

// fitLines joins lines as a bulleted list of at most limit characters,
// dropping whole lines from the end and saying how many.
func fitLines(lines []string, limit int) string {
	var b strings.Builder
	for i, l := range lines {
		line := "• " + l + "\n"
		more := fmt.Sprintf("… and %d more", len(lines)-i)
		if b.Len()+len(line)+len(more) > limit && i < len(lines)-1 || b.Len()+len(line) > limit {
			if b.Len()+len(more) <= limit {
				b.WriteString(more)
			}
			break
		}
		b.WriteString(line)
	}
	return strings.TrimSpace(b.String())
}

// escapeUserText keeps what users typed from formatting the report: a
// question with ** or a masked link shows as typed.
func escapeUserText(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune("\\*_~`|>[]()#-<:@", r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}
