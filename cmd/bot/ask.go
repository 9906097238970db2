package main

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// askJSON is the line bot ask --json writes for each question.
type askJSON struct {
	Question    string             `json:"question"`
	Found       bool               `json:"found"`
	Answer      string             `json:"answer"`
	Sources     []knowledge.Source `json:"sources"`
	Suggestions []string           `json:"suggestions"`
}

// maxLine bounds one line of standard input, so a runaway pipe cannot
// exhaust memory; longer lines are an error, not a silent truncation.
const maxLine = 1 << 20

func runAsk(ctx context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "ask")
	asJSON := fs.Bool("json", false, "write one JSON object per line")
	explain := fs.Bool("explain", false, "also show how the question was read and the best-scoring facts (on stderr with --json)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	answer := func(q string) error {
		a := base.Answer(q)
		if *explain {
			// --json output is JSON alone, so that it can be piped to jq;
			// the explanation is for a person and goes to stderr then.
			w := e.stdout
			if *asJSON {
				w = e.stderr
			}
			terms, dispute, matches := base.Explain(q, 8)
			fmt.Fprintf(w, "terms %v dispute %q asks %v\n", terms, dispute, base.ExplainTypes(q))
			for _, m := range matches {
				fmt.Fprintf(w, "  %-40s %-12s score %6.2f coverage %.2f strength %5.2f found %v\n", m.Fact, m.Kind, m.Score, m.Coverage, m.Strength, m.Found)
			}
		}
		if *asJSON {
			b, err := json.Marshal(askJSON{Question: q, Found: a.Found, Answer: a.Text, Sources: a.Sources, Suggestions: a.Suggestions})
			if err != nil {
				return fmt.Errorf("encode answer: %w", err)
			}
			_, err = fmt.Fprintf(e.stdout, "%s\n", b)
			return err
		}
		_, err := fmt.Fprint(e.stdout, commands.Text(commands.Reply{Answer: &a}))
		return err
	}
	if fs.NArg() > 0 {
		return answer(strings.Join(fs.Args(), " "))
	}
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	first := true
	for sc.Scan() {
		if err := ctx.Err(); err != nil {
			return err
		}
		q := strings.TrimSpace(sc.Text())
		if q == "" {
			continue
		}
		if !first && !*asJSON {
			fmt.Fprintln(e.stdout)
		}
		first = false
		if err := answer(q); err != nil {
			return err
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("read questions: %w", err)
	}
	return nil
}

func runChat(ctx context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "chat")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("chat takes no arguments; type questions at the prompt")
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	bot := commands.New(base)
	bot.SetRuntime(commands.Runtime{Mode: commands.ModeTerminal, Version: version})
	var talk *knowledge.Context // what the last answer was about
	fmt.Fprintln(e.stdout, "strikebot: ask about the junior doctors' strikes. /help lists commands, /quit ends.")
	sc := bufio.NewScanner(e.stdin)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	for {
		fmt.Fprint(e.stdout, "> ")
		if !sc.Scan() {
			fmt.Fprintln(e.stdout)
			if err := sc.Err(); err != nil && !errors.Is(err, io.EOF) {
				return fmt.Errorf("read input: %w", err)
			}
			return nil
		}
		line := strings.TrimSpace(sc.Text())
		switch line {
		case "":
			continue
		case "/quit", "/exit", "quit", "exit":
			return nil
		}
		if strings.HasPrefix(line, "/") {
			r, err := bot.Text(ctx, line, "terminal")
			if err != nil {
				return err
			}
			if r.Answer != nil && r.Answer.Found {
				talk = r.Answer.Context()
			}
			fmt.Fprintln(e.stdout, commands.Text(r))
			continue
		}
		// A question is read against the conversation so far: "what did
		// he say?" after "who is mark porter?" asks about Porter.
		a := base.AnswerWith(line, talk)
		if a.Found {
			talk = a.Context()
		}
		fmt.Fprintln(e.stdout, commands.Text(commands.Reply{Answer: &a}))
	}
}

func runValidate(_ context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "validate")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("validate takes no arguments")
	}
	base, err := loadBase(*dir)
	var le *knowledge.LoadError
	if errors.As(err, &le) {
		for _, p := range le.Problems {
			fmt.Fprintln(e.stdout, p)
		}
		return fmt.Errorf("fact base is invalid: %d problem(s)", len(le.Problems))
	}
	if err != nil {
		return err
	}
	quotes := 0
	for _, f := range base.Facts() {
		quotes += len(f.Evidence)
	}
	fmt.Fprintf(e.stdout, "ok: %d facts, %d quotes checked against %d articles\n", len(base.Facts()), quotes, len(base.Articles()))
	return nil
}
