package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"regexp"
	"slices"
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// evalCase is one line of an evaluation set.
type evalCase struct {
	Question string   `json:"question"`
	Patterns []string `json:"patterns"` // regexps, all must match the answer (case-insensitive)
	Sources  []string `json:"sources"`  // the answer must cite at least one of these files
	NotFound bool     `json:"not_found"`
	Note     string   `json:"note"`

	line     int
	patterns []*regexp.Regexp
}

// readEval parses an evaluation set, checking every line up front.
func readEval(r io.Reader, name string) ([]evalCase, error) {
	var cases []evalCase
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), maxLine)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var c evalCase
		dec := json.NewDecoder(strings.NewReader(line))
		dec.DisallowUnknownFields()
		if err := dec.Decode(&c); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if strings.TrimSpace(c.Question) == "" {
			return nil, fmt.Errorf("%s:%d: missing question", name, n)
		}
		if !c.NotFound && len(c.Patterns) == 0 && len(c.Sources) == 0 {
			return nil, fmt.Errorf("%s:%d: expects nothing: give patterns, sources or not_found", name, n)
		}
		for _, p := range c.Patterns {
			re, err := regexp.Compile("(?i)" + p)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: pattern %q: %w", name, n, p, err)
			}
			c.patterns = append(c.patterns, re)
		}
		c.line = n
		cases = append(cases, c)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return cases, nil
}

// check returns why an answer fails a case, or "" if it passes.
func (c evalCase) check(a knowledge.Answer) string {
	if c.NotFound {
		if a.Found {
			return fmt.Sprintf("expected not found, got %v", a.Facts)
		}
		return ""
	}
	if !a.Found {
		return "not found"
	}
	var why []string
	for _, re := range c.patterns {
		if !re.MatchString(a.Text) {
			why = append(why, "missing /"+strings.TrimPrefix(re.String(), "(?i)")+"/")
		}
	}
	if len(c.Sources) > 0 && !slices.ContainsFunc(a.Sources, func(s knowledge.Source) bool { return slices.Contains(c.Sources, s.File) }) {
		why = append(why, fmt.Sprintf("cites none of %v", c.Sources))
	}
	if len(why) > 0 {
		return strings.Join(why, "; ") + fmt.Sprintf(" (got %v)", a.Facts)
	}
	return ""
}

func runEval(_ context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "eval")
	minPass := fs.Float64("min", 0, "fail when fewer than this fraction of questions pass (0 to 1)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return usagef("eval needs exactly one FILE (see 'bot help eval')")
	}
	if *minPass < 0 || *minPass > 1 {
		return usagef("eval: --min must be between 0 and 1, not %v", *minPass)
	}
	name := fs.Arg(0)
	f, err := os.Open(name)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	defer f.Close()
	cases, err := readEval(f, name)
	if err != nil {
		return fmt.Errorf("eval: %w", err)
	}
	if len(cases) == 0 {
		return fmt.Errorf("eval: %s has no questions", name)
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	passed := 0
	for _, c := range cases {
		a := base.Answer(c.Question)
		if why := c.check(a); why != "" {
			fmt.Fprintf(e.stdout, "FAIL %s:%d %q: %s\n", name, c.line, c.Question, why)
			continue
		}
		passed++
	}
	rate := float64(passed) / float64(len(cases))
	fmt.Fprintf(e.stdout, "eval: %d/%d passed (%.1f%%)\n", passed, len(cases), 100*rate)
	if rate < *minPass {
		return fmt.Errorf("eval: pass rate %.1f%% is below --min %.1f%%", 100*rate, 100**minPass)
	}
	return nil
}
