package knowledge

import (
	"regexp"
	"regexp/syntax"
	"slices"
	"strings"
	"sync"
	"unicode/utf8"
)

// typePattern is one of an answer type's regular expressions (pattern,
// exclude, denied) with the words one of which every match contains. Most
// facts' text has none of a pattern's words, and Go's regexp tries every
// alternative of a long word list at every position of the text, so a
// strings.Contains for each word rules a text out for a small part of the
// cost. A fact's types are worked out from these the first time a
// question considers it (see derived).
type typePattern struct {
	re *regexp.Regexp
	// needs returns strings one of which every match contains; nil when
	// the expression names none (it may match anything, or only a class of
	// characters too wide to list). Worked out on first use, like the
	// facts' types: parsing the expressions again would add to Load.
	needs func() []string
}

// newTypePattern compiles expr as Load matches it, against lower-cased
// text.
func newTypePattern(expr string) (*typePattern, error) {
	expr = strings.ToLower(expr)
	re, err := regexp.Compile(expr)
	if err != nil {
		return nil, err
	}
	needs := sync.OnceValue(func() []string {
		tree, err := syntax.Parse(expr, syntax.Perl) // as regexp.Compile did
		if err != nil {
			return nil
		}
		return needed(tree)
	})
	return &typePattern{re: re, needs: needs}, nil
}

// mayMatch reports whether s contains one of the strings every match
// needs: false means the expression cannot match s.
func (p *typePattern) mayMatch(s string) bool {
	needs := p.needs()
	if needs == nil {
		return true
	}
	for _, n := range needs {
		if strings.Contains(s, n) {
			return true
		}
	}
	return false
}

// matchString reports whether the expression matches s.
func (p *typePattern) matchString(s string) bool {
	return p.mayMatch(s) && p.re.MatchString(s)
}

// maxClassRunes bounds the characters of a class that needed lists one by
// one ("[$£]", "\d"); a wider class needs nothing in particular.
const maxClassRunes = 10

// needed returns strings one of which every match of re contains, or nil
// if it cannot tell. A sequence needs what any one of its parts needs (the
// part with the longest shortest string is the most telling); an
// alternation needs what one of its branches needs, so every branch must
// name something.
func needed(re *syntax.Regexp) []string {
	switch re.Op {
	case syntax.OpLiteral:
		if re.Flags&syntax.FoldCase != 0 || slices.Contains(re.Rune, utf8.RuneError) {
			// (?i): the text may spell it in either case; U+FFFD also
			// matches a byte that is not UTF-8.
			return nil
		}
		return []string{string(re.Rune)}
	case syntax.OpCharClass:
		if re.Flags&syntax.FoldCase != 0 {
			return nil
		}
		var out []string
		for i := 0; i+1 < len(re.Rune); i += 2 {
			for r := re.Rune[i]; r <= re.Rune[i+1]; r++ {
				if len(out) == maxClassRunes || !utf8.ValidRune(r) || r == utf8.RuneError {
					return nil
				}
				out = append(out, string(r))
			}
		}
		return out
	case syntax.OpCapture, syntax.OpPlus:
		return needed(re.Sub[0])
	case syntax.OpRepeat:
		if re.Min >= 1 {
			return needed(re.Sub[0])
		}
	case syntax.OpConcat:
		var best []string
		for _, sub := range re.Sub {
			if n := needed(sub); n != nil && (best == nil || shortest(n) > shortest(best)) {
				best = n
			}
		}
		return best
	case syntax.OpAlternate:
		var out []string
		for _, sub := range re.Sub {
			n := needed(sub)
			if n == nil {
				return nil
			}
			out = append(out, n...)
		}
		return out
	}
	return nil
}

// shortest is the length of the shortest of ss.
func shortest(ss []string) int {
	n := len(ss[0])
	for _, s := range ss[1:] {
		n = min(n, len(s))
	}
	return n
}
