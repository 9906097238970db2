package knowledge

import (
	"slices"
	"strings"
	"testing"
)

func TestNeeded(t *testing.T) {
	cases := []struct {
		expr  string
		needs []string // nil: no prefilter
	}{
		{`\bmoney\b`, []string{"money"}},
		{`\bwages?\b`, []string{"wage"}},
		{`£|\$|\bcost`, []string{"£", "$", "cost"}},
		{`\b(monday|tuesday)\b`, []string{"monday", "tuesday"}},
		{`\b(january|may) \d{1,2}\b`, []string{"january", "may"}},
		{`\d|\bone\b`, []string{"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "one"}},
		{`(ab)+x`, []string{"ab"}},
		{`x(ab){2,3}`, []string{"ab"}},
		// Nothing every match must contain.
		{`\b[a-z]+\b`, nil},
		{`money|\w+`, nil},
		{`(money)?`, nil},
		{`(money)*x?`, nil},
		{`\b`, nil},
		{`(?i)money`, nil},
		{"\ufffd", nil}, // also matches a byte that is not UTF-8
	}
	for _, c := range cases {
		p, err := newTypePattern(c.expr)
		if err != nil {
			t.Fatalf("%s: %v", c.expr, err)
		}
		got := slices.Clone(p.needs())
		slices.Sort(got)
		want := slices.Clone(c.needs)
		slices.Sort(want)
		if !slices.Equal(got, want) {
			t.Errorf("%s: needs %q, want %q", c.expr, got, want)
		}
	}
}

// TestTypePatternsRuleOutOnlyNonMatches checks the prefilter of every
// answer-type pattern of the real vocabulary against every fact's text,
// sentence and word: it may only rule out a text the expression does not
// match.
func TestTypePatternsRuleOutOnlyNonMatches(t *testing.T) {
	b := realBase(t)
	var texts []string
	for _, f := range b.facts {
		body := strings.ToLower(f.body)
		texts = append(texts, body, strings.ToLower(f.Answer))
		texts = append(texts, sentences(body)...)
		texts = append(texts, split(body, nil)...)
	}
	ruledOut := 0
	for _, at := range b.v.types {
		for _, p := range []*typePattern{at.pattern, at.exclude, at.denied} {
			if p == nil {
				continue
			}
			for _, s := range texts {
				if !p.mayMatch(s) {
					ruledOut++
					if p.re.MatchString(s) {
						t.Errorf("%s: %s ruled out %q, which it matches", at.name, p.re, s)
					}
				}
			}
		}
	}
	if ruledOut == 0 {
		t.Error("no text was ruled out: the prefilter does nothing")
	}
}

// FuzzTypePattern checks that mayMatch never rules out a text that the
// expression matches.
func FuzzTypePattern(f *testing.F) {
	f.Add(`\b(monday|tuesday)\b`, "on tuesday")
	f.Add(`£|\$|\bpounds?\b`, "£5")
	f.Add(`\d{1,2}(st|nd|rd|th)`, "the 21st")
	f.Add(`a\x{fffd}b`, "a\xffb")
	f.Add(`[\x{fffd}x]`, "\xff")
	f.Fuzz(func(t *testing.T, expr, text string) {
		p, err := newTypePattern(expr)
		if err != nil {
			return
		}
		if p.re.MatchString(text) && !p.mayMatch(text) {
			t.Errorf("%q ruled out %q, which it matches (needs %q)", expr, text, p.needs())
		}
	})
}
