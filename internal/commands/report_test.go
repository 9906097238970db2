package commands

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/knowledge"
	"github.com/strikebot/strikebot/internal/store"
)

// fakeReporter returns a canned report and keeps the filter it was given.
type fakeReporter struct {
	r   store.Report
	err error
	got store.Filter
}

func (f *fakeReporter) Report(_ context.Context, fl store.Filter) (store.Report, error) {
	f.got = fl
	return f.r, f.err
}

func reportBot(t *testing.T, r Reporter) *Bot {
	t.Helper()
	base := loadRenderBase(t)
	return New(base, ReportCommand(r, func() *knowledge.Base { return base }))
}

func TestReportCommand(t *testing.T) {
	fr := &fakeReporter{r: store.Report{
		Questions: 7,
		Outcomes:  []store.Count{{Name: "not_found", Count: 4}, {Name: "answered", Count: 3}},
		Unanswered: []store.Unanswered{
			{Question: "what did saffron cordery say about **pay**?", Count: 3},
			{Question: "xqzv", Count: 1},
		},
		Ratings:        []store.Count{{Name: "down", Count: 2}, {Name: "up", Count: 1}},
		CommandRatings: []store.CommandRatings{{Command: "ask", Up: 1, Down: 1}, {Command: "", Down: 1}},
		Disliked:       []store.Disliked{{Fact: "gone-fact", Reason: store.ReasonWrong, Count: 2}, {Fact: "", Count: 1}},
		DislikedDeclines: []store.Unanswered{
			{Question: "when did the *five-day* strike start?", Count: 2},
		},
		Facts:    []store.Count{{Name: "gone-fact", Count: 3}},
		Commands: []store.Count{{Name: "ask", Count: 7}},
	}}
	b := reportBot(t, fr)
	before := time.Now()
	rep, err := b.Run(context.Background(), Request{Kind: KindCommand, Command: "report", GuildID: "42", Options: map[string]string{"since": "30d"}})
	if err != nil {
		t.Fatal(err)
	}
	if fr.got.GuildID != "42" || fr.got.Limit != reportLines {
		t.Errorf("filter %+v: want this guild only, %d per list", fr.got, reportLines)
	}
	if month := 30 * 24 * time.Hour; fr.got.Since.Before(before.Add(-month)) || fr.got.Since.After(time.Now().Add(-month)) {
		t.Errorf("since %v, want 30 days before the request", fr.got.Since)
	}
	if !rep.Ephemeral || rep.Title != "strikebot report: the last 30d" {
		t.Errorf("reply %q ephemeral=%v", rep.Title, rep.Ephemeral)
	}
	if want := "7 questions, 4 not found, 3 answered; rated 👍 1, 👎 2"; rep.Text != want {
		t.Errorf("summary %q, want %q", rep.Text, want)
	}
	fields := map[string]string{}
	for _, f := range rep.Fields {
		fields[f.Name] = f.Value
	}
	un := fields["Unanswered"]
	if !strings.Contains(un, `3× “what did saffron cordery say about \*\*pay\*\*?” → nearest: `) || !strings.Contains(un, "1× “xqzv”") {
		t.Errorf("Unanswered field:\n%s", un)
	}
	// The nearest fact is a real one from the base, shown by title and id.
	_, _, m := b.Base().Explain("what did saffron cordery say about pay?", 1)
	f, _ := b.Base().Fact(m[0].Fact)
	if !strings.Contains(un, f.Title+" (`"+f.ID+"`)") {
		t.Errorf("Unanswered field lacks the nearest fact %s:\n%s", f.ID, un)
	}
	if want := "• 2× `gone-fact` (no longer in the fact base): wrong\n• 1× (no fact): no reason given"; fields["Rated 👎"] != want {
		t.Errorf("Rated 👎 field %q, want %q", fields["Rated 👎"], want)
	}
	declines := fields[DislikedDeclinesTitle]
	if !strings.HasPrefix(declines, `• 2× “when did the \*five\-day\* strike start?” → nearest: `) {
		t.Errorf("%s field:\n%s", DislikedDeclinesTitle, declines)
	}
	if want := "• ask: 👍 1, 👎 1\n• unknown (older buttons): 👍 0, 👎 1"; fields["Ratings by command"] != want {
		t.Errorf("Ratings by command field %q, want %q", fields["Ratings by command"], want)
	}
	var order []string
	for _, f := range rep.Fields {
		order = append(order, f.Name)
	}
	if want := []string{"Unanswered", DislikedDeclinesTitle, "Rated 👎", "Ratings by command", "Most-used facts", "Commands"}; !slices.Equal(order, want) {
		t.Errorf("fields %q, want %q", order, want)
	}
	if fields["Commands"] != "• 7× ask" || fields["Most-used facts"] == "" {
		t.Errorf("fields %v", fields)
	}
	checkEmbed(t, Embed(rep))

	// The registered definition is for managers, in servers only.
	for _, ac := range b.ApplicationCommands() {
		if ac.Name != "report" {
			continue
		}
		if ac.DefaultMemberPermissions == nil || *ac.DefaultMemberPermissions != discordgo.PermissionManageGuild ||
			fmt.Sprint(*ac.Contexts) != "[0]" || fmt.Sprint(*ac.IntegrationTypes) != "[0]" {
			t.Errorf("/report definition: permissions %v contexts %v installs %v", ac.DefaultMemberPermissions, *ac.Contexts, *ac.IntegrationTypes)
		}
	}
}

func TestReportCommandRefuses(t *testing.T) {
	fr := &fakeReporter{err: errors.New("connection refused")}
	b := reportBot(t, fr)
	for _, tc := range []struct {
		name string
		req  Request
		want string
	}{
		{"in a DM", Request{Kind: KindCommand, Command: "report"}, "servers only"},
		{"a bad period", Request{Kind: KindCommand, Command: "report", GuildID: "1", Options: map[string]string{"since": "forever"}}, "can't read that period"},
		{"too long", Request{Kind: KindCommand, Command: "report", GuildID: "1", Options: map[string]string{"since": "500d"}}, "at most 366 days"},
	} {
		rep, err := b.Run(context.Background(), tc.req)
		if err != nil || !rep.Ephemeral || !strings.Contains(rep.Text, tc.want) {
			t.Errorf("%s: %q (ephemeral %v), %v; want %q", tc.name, rep.Text, rep.Ephemeral, err, tc.want)
		}
	}
	if _, err := b.Run(context.Background(), Request{Kind: KindCommand, Command: "report", GuildID: "1"}); err == nil || !strings.Contains(err.Error(), "connection refused") {
		t.Errorf("a failing store: %v, want the error for the pipeline to log", err)
	}
	if fr.got.Since.IsZero() || time.Since(fr.got.Since) < 7*24*time.Hour-time.Minute {
		t.Errorf("default period: since %v, want 7 days ago", fr.got.Since)
	}
}

// TestReportCommandFits: a report of many long, hostile questions still
// renders within Discord's limits, by whole lines, saying how many more.
func TestReportCommandFits(t *testing.T) {
	var r store.Report
	for i := range 20 {
		r.Unanswered = append(r.Unanswered, store.Unanswered{Question: fmt.Sprintf("%d %s", i, strings.Repeat("é*_", 400)), Count: 20 - i})
		r.Facts = append(r.Facts, store.Count{Name: strings.Repeat("f", 150), Count: 1})
		r.DislikedDeclines = append(r.DislikedDeclines, store.Unanswered{Question: strings.Repeat("<@everyone> ", 100), Count: 1})
		r.CommandRatings = append(r.CommandRatings, store.CommandRatings{Command: strings.Repeat("c", 100), Up: i})
	}
	r.Questions = 20
	rep := reportReply(r, "7d")
	checkEmbed(t, Embed(rep))
	if v := rep.Fields[0].Value; !strings.Contains(v, "more") || strings.Count(v, "•") < 2 {
		t.Errorf("unanswered field keeps %d lines and no count of the rest:\n%s", strings.Count(v, "•"), v)
	}
	empty := reportReply(store.Report{}, "24h")
	if empty.Text != "No questions were asked here in the last 24h." || len(empty.Fields) != 0 {
		t.Errorf("empty report: %+v", empty)
	}
}
