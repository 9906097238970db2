package main

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// bot check is "Check with the articles" without Discord: the same
// knowledge.Base.Check, on a message given as arguments or on standard
// input, rendered for a terminal or as JSON.

// checkCommand is bot check's entry in the command-line table.
func checkCommand() cliCommand {
	return cliCommand{name: "check", args: "[--json] [--data DIR] [TEXT...]", summary: "check a message's claims against the articles (no Discord needed)",
		detail: "Does what Discord's \"Check with the articles\" does: finds the claims TEXT makes (at most " + strconv.Itoa(knowledge.MaxClaims) + ")\n" +
			"and says of each whether the articles support it, give it only as someone's words, contradict it or\n" +
			"don't cover it, with what the articles say and the sources as file:line. With no TEXT, the whole of\n" +
			"standard input is one message. Only its first " + strconv.Itoa(knowledge.MaxCheckText) + " bytes are read, as in Discord.\n" +
			"--json writes one JSON object: message, claims [{claim, verdict, note, speaker, facts, said, sources\n" +
			"[{file, line, quote}]}]; verdict is supported, attributed, contradicted or not_covered.\n" +
			"Flags may follow the text: bot check apparently the BMA wants 35% --json.",
		run: runCheck}
}

// checkJSON is what bot check --json writes.
type checkJSON struct {
	Message string          `json:"message"`
	Claims  []checkClaimOut `json:"claims"`
}

// checkClaimOut is one claim in bot check --json.
type checkClaimOut struct {
	Claim   string             `json:"claim"`
	Verdict knowledge.Verdict  `json:"verdict"`
	Note    string             `json:"note"`
	Speaker string             `json:"speaker,omitempty"`
	Facts   []string           `json:"facts"`
	Said    string             `json:"said"`
	Sources []knowledge.Source `json:"sources"`
}

// verdictLabel is how bot check names a verdict on a terminal.
var verdictLabel = map[knowledge.Verdict]string{
	knowledge.Supported:    "SUPPORTED",
	knowledge.Attributed:   "ONLY AS SOMEONE'S WORDS",
	knowledge.Contradicted: "CONTRADICTED",
	knowledge.NotCovered:   "NOT COVERED",
}

func runCheck(_ context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "check")
	asJSON := fs.Bool("json", false, "write one JSON object, and nothing else, to standard output")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	msg := strings.Join(fs.Args(), " ")
	if fs.NArg() == 0 {
		// The whole input is one message, new lines and all: a claim
		// check reads a message's lines as its sentences.
		b, err := io.ReadAll(io.LimitReader(e.stdin, maxLine+1))
		if err != nil {
			return fmt.Errorf("read message: %w", err)
		}
		if len(b) > maxLine {
			return fmt.Errorf("read message: standard input is longer than %d bytes", maxLine)
		}
		msg = string(b)
	}
	msg = strings.TrimSpace(msg)
	if msg == "" {
		return usagef("check: nothing to check; give TEXT or a message on standard input (see 'bot help check')")
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	claims := base.Check(msg)
	if *asJSON {
		out := checkJSON{Message: msg, Claims: []checkClaimOut{}}
		for _, c := range claims {
			out.Claims = append(out.Claims, checkClaimOut{Claim: c.Text, Verdict: c.Verdict, Note: c.Note, Speaker: c.Speaker,
				Facts: nonNil(c.Facts), Said: c.Said, Sources: nonNil(c.Sources)})
		}
		b, err := json.Marshal(out)
		if err != nil {
			return fmt.Errorf("encode check: %w", err)
		}
		_, err = fmt.Fprintf(e.stdout, "%s\n", b)
		return err
	}
	_, err = io.WriteString(e.stdout, checkText(claims))
	return err
}

// checkText renders a check for a terminal: each claim's verdict and
// words, the verdict in a sentence, what the articles say, and the
// sources as file:line with their quotes.
func checkText(claims []knowledge.Claim) string {
	var b strings.Builder
	if len(claims) == 0 {
		b.WriteString("No claims to check: nothing in the message that the articles could settle (no figure, date, time or name they cover).\n" +
			"To ask about the strikes, use bot ask.\n")
		return b.String()
	}
	for i, c := range claims {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(&b, "%s: %q\n  %s\n", verdictLabel[c.Verdict], c.Text, c.Note)
		if c.Said != "" {
			fmt.Fprintf(&b, "  What the articles say: %s\n", strings.Join(strings.Fields(c.Said), " "))
		}
		if len(c.Sources) > 0 {
			b.WriteString("  Sources:\n")
			for _, s := range c.Sources {
				cite := s.File + ":" + strconv.Itoa(s.Line)
				if s.Title != "" {
					cite += "  " + s.Title
				}
				fmt.Fprintf(&b, "    %s\n        %q\n", cite, s.Quote)
			}
		}
	}
	return b.String()
}

// nonNil is s, or an empty slice for nil, so that JSON shows [] and not
// null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}
