package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/knowledge"
	"github.com/strikebot/strikebot/internal/store"
)

// reportCommand is bot report's entry in the command-line table.
func reportCommand() cliCommand {
	return cliCommand{name: "report", args: "[--since 7d] [--json] [--limit N] [--data DIR]",
		summary: "print what curators need from the store: unanswered questions, 👎 answers, most-used facts",
		detail: "Reads DATABASE_URL (and .env) like serve. Prints the unanswered questions, grouped and counted, each\n" +
			"with the nearest fact in the fact base; the declined questions rated 👎 (users think the articles do\n" +
			"answer them), likewise; the answers rated 👎, by fact and reason; the 👍 and 👎 by command; the\n" +
			"most-used facts and commands. --since is 24h, 7d, 2w … (default 7d); --limit caps each list (default\n" +
			"20); --json prints one JSON object and nothing else.",
		run: runReport}
}

// storeCommands are the commands a configured store adds to the table:
// /report, reading db against the fact base base returns. Without a store
// there are none. bot register passes a nil db: it only publishes the
// definitions.
func storeCommands(cfg Config, db *store.DB, base func() *knowledge.Base) []commands.Command {
	if cfg.DatabaseURL == store.Off {
		return nil
	}
	var r commands.Reporter = db
	if db == nil {
		r = nil
	}
	return []commands.Command{commands.ReportCommand(r, base)}
}

// reportJSON is what bot report --json prints: the report and the period
// it covers as asked.
type reportJSON struct {
	Period string `json:"period"`
	store.Report
}

// runReport is bot report.
func runReport(ctx context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "report")
	since := fs.String("since", "7d", "how far back: 24h, 7d, 2w …")
	asJSON := fs.Bool("json", false, "print one JSON object")
	limit := fs.Int("limit", store.DefaultLimit, "entries in each list")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("bot report takes no arguments, only flags (see 'bot help report')")
	}
	d, err := store.ParseSince(*since)
	if err != nil {
		return usagef("bot report: --since %v", err)
	}
	if *limit < 1 {
		return usagef("bot report: --limit must be at least 1")
	}
	getenv, err := withDotEnv(e.lookupenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := parseConfig(getenv, needs{})
	if err != nil {
		return err
	}
	if cfg.DatabaseURL == store.Off {
		return fmt.Errorf("DATABASE_URL is off: bot serve stores nothing, so there is nothing to report")
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	db, err := store.Open(ctx, cfg.DatabaseURL, store.Options{MustExist: true})
	if err != nil {
		return fmt.Errorf("DATABASE_URL: %w", err)
	}
	defer func() { _ = db.Close() }()
	rep, err := db.Report(ctx, store.Filter{Since: time.Now().Add(-d), Limit: *limit})
	if err != nil {
		return err
	}
	return writeReport(e.stdout, rep, base, *since, *asJSON)
}

// writeReport annotates rep from base and prints it, as text or JSON.
func writeReport(w io.Writer, rep store.Report, base *knowledge.Base, since string, asJSON bool) error {
	rep.Annotate(commands.BaseAnnotator{Base: base})
	if asJSON {
		enc := json.NewEncoder(w)
		enc.SetIndent("", "  ")
		return enc.Encode(reportJSON{Period: since, Report: rep})
	}
	var b strings.Builder
	fmt.Fprintf(&b, "strikebot report: the last %s (since %s)\n", since, rep.Since.UTC().Format("2006-01-02 15:04 UTC"))
	fmt.Fprintf(&b, "%s\n", commands.Summary(rep))

	questions := func(title string, list []store.Unanswered) {
		section(&b, title+", with the nearest fact", len(list))
		for _, u := range list {
			fmt.Fprintf(&b, "%5d  %s\n", u.Count, oneLine(u.Question))
			if u.Nearest != nil {
				fmt.Fprintf(&b, "       nearest: %s\n", factLabel(u.Nearest.Fact, u.Nearest.Title))
			} else {
				fmt.Fprintf(&b, "       nearest: none (nothing in the fact base comes close)\n")
			}
		}
	}
	questions("Unanswered questions", rep.Unanswered)
	questions(commands.DislikedDeclinesTitle, rep.DislikedDeclines)
	section(&b, "Answers rated 👎, by fact and reason", len(rep.Disliked))
	for _, d := range rep.Disliked {
		fmt.Fprintf(&b, "%5d  %s: %s\n", d.Count, factLabel(d.Fact, d.Title), commands.ReasonName(d.Reason))
	}
	section(&b, "Ratings by command", len(rep.CommandRatings))
	for _, c := range rep.CommandRatings {
		fmt.Fprintf(&b, "%5d 👍 %5d 👎  %s\n", c.Up, c.Down, oneLine(commands.RatedCommandName(c.Command)))
	}
	section(&b, "Most-used facts", len(rep.Facts))
	for _, f := range rep.Facts {
		fmt.Fprintf(&b, "%5d  %s\n", f.Count, factLabel(f.Name, f.Title))
	}
	section(&b, "Commands", len(rep.Commands))
	for _, c := range rep.Commands {
		fmt.Fprintf(&b, "%5d  %s\n", c.Count, c.Name)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// section starts a list, saying so when it is empty.
func section(b *strings.Builder, title string, n int) {
	fmt.Fprintf(b, "\n%s:\n", title)
	if n == 0 {
		b.WriteString("       (none)\n")
	}
}

// factLabel names a fact by title and id, or says it is gone from the base.
func factLabel(id, title string) string {
	switch {
	case id == "":
		return "(no fact)"
	case title == "":
		return id + " (no longer in the fact base)"
	}
	return title + " [" + id + "]"
}

// oneLine keeps a stored question on one terminal line: control characters
// (a stored escape sequence, say) are shown as spaces, not obeyed.
func oneLine(s string) string {
	return strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) {
			return ' '
		}
		return r
	}, s)
}
