package knowledge

import (
	"slices"
	"strings"
)

// namesStrike reports whether the figure at words[i] of a question is part
// of a dispute's name after "the", past the question's first words ("were
// consultants striking in the same month as the five-day strike?"): the
// words point at a strike, as a year names its dispute, and claim nothing
// of the figure. "was the all-out strike a five-day strike?" still claims
// one ("a", not "the"), as does a name that is the subject asked of ("is
// the five-day walkout by consultants?"). words are split as figures
// splits them.
func (b *Base) namesStrike(words []string, i int) bool {
	if i < 3 || words[i-1] != "the" {
		return false
	}
	for _, d := range b.disputes {
		for _, name := range d.Aliases {
			w := split(normalizeChars(strings.ToLower(name)), nil)
			if len(w) < 2 || i+len(w) > len(words) || !isDigitByte(figureWord(b.v, w[0])) {
				continue
			}
			match := true
			for k := range w {
				if b.v.term(words[i+k]) != b.v.term(w[k]) {
					match = false
					break
				}
			}
			if match {
				return true
			}
		}
	}
	return false
}

// figureWord is the first byte of a word as figures reads it: a number
// word's digits ("five" is "5"), or the word's own first byte.
func figureWord(v *vocab, w string) byte {
	if d, ok := v.numbers[w]; ok {
		w = d
	}
	if w == "" {
		return 0
	}
	return w[0]
}

// claimedFigures are the figures asked that claim something: those that
// name a strike (namesStrike) are left out. asked is the question's
// figures; it is changed in place.
func (b *Base) claimedFigures(question string, asked []figure) []figure {
	var words []string
	return slices.DeleteFunc(asked, func(g figure) bool {
		if words == nil {
			words = split(normalizeChars(question), nil)
		}
		return g.at < len(words) && b.namesStrike(words, g.at)
	})
}
