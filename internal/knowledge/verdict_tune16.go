package knowledge

import (
	"regexp"
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
// figures, words the question's plain words they index; it is changed in place.
func (b *Base) claimedFigures(words []string, asked []figure) []figure {
	return slices.DeleteFunc(asked, func(g figure) bool {
		return g.at < len(words) && b.namesStrike(words, g.at)
	})
}

// objectReach is how many words of what a denied word is denied of
// deniedObjects keeps, and how far from the question's word otherObject
// looks for its own.
const objectReach = 2

// deniedObjects lists, per term of a word a denial reaches (up to three
// words after "no", "not", "never" or "without"), the terms of the words
// right after it that are no stop words (at most objectReach), within its
// clause: "not to withdraw emergency cover" denies withdrawing emergency
// cover. A word with a stop word or a mark after it ("no talks while …",
// "not round the clock. Article 001 …") has none.
func deniedObjects(v *vocab, text string) map[string][]string {
	var out map[string][]string
	for _, clause := range objectClause.Split(text, -1) {
		words := v.words(clause)
		for i, w := range words {
			if w != "no" && w != "not" && w != "never" && w != "without" && v.term(w) != "not" {
				continue
			}
			for k := i + 1; k < len(words) && k <= i+3; k++ {
				if v.isStop(words[k]) {
					continue
				}
				t := v.term(words[k])
				for m := k + 1; m < len(words) && m <= k+objectReach && !v.isStop(words[m]); m++ {
					if out == nil {
						out = map[string][]string{}
					}
					out[t] = append(out[t], v.term(words[m]))
				}
			}
		}
	}
	return out
}

// objectClause ends a clause for deniedObjects: what a word is denied of
// does not run past a mark.
var objectClause = regexp.MustCompile(`[.,;:!?()"“”]`)

// otherObject reports whether a question puts a word the text denies of
// one thing (objects: "not to withdraw emergency cover") beside another
// thing of its own: "was the new contract withdrawn?", "did Hunt withdraw
// the contract?" ask of the contract, which the denial does not reach.
// The question's words within objectReach of the word, past stop words,
// are its things; one of the denial's objects among them, or none of
// them, leaves the denial standing ("did the doctors withdraw emergency
// cover?", "did they withdraw?").
func (b *Base) otherObject(q *query, t string, objects []string) bool {
	if len(objects) == 0 {
		return false
	}
	other := false
	for k, w := range q.raw {
		if b.v.term(w) != t {
			continue
		}
		for _, step := range []int{-1, 1} {
			seen := 0
			for m := k + step; m >= 0 && m < len(q.raw) && seen < objectReach; m += step {
				if b.v.isStop(q.raw[m]) || b.v.beWords[q.raw[m]] {
					continue
				}
				seen++
				ot := b.v.term(q.raw[m])
				if slices.Contains(objects, ot) {
					return false
				}
				if !b.v.isWeak(q.raw[m]) && !b.v.yesNo[q.raw[m]] {
					other = true
				}
			}
		}
	}
	return other
}

// inCue reports whether term w is a word of one of answer type t's cues
// ("calendar" of "calendar date"): a word asking for the type, not
// naming what it is asked of.
func (v *vocab) inCue(t *answerType, w string) bool {
	return slices.ContainsFunc(t.cues, func(c []string) bool {
		return slices.ContainsFunc(c, func(x string) bool { return v.term(x) == w })
	})
}

// otherOwner reports whether every place fact p's answer says the articles
// do not give type t names whose it is not given, with a possessive the
// question lacks: "neither article prints the strike's calendar date" is
// no denial of the date of Hunt's appeal.
func (b *Base) otherOwner(q *query, p int32, t *answerType) bool {
	lower := strings.ToLower(b.facts[p].Answer)
	spans := deniedSpans(t.denied, lower)
	for _, m := range spans {
		owned := false
		for _, w := range strings.Fields(lower[m[0]:m[1]]) {
			w = strings.Trim(w, ".,;:()\"“”")
			stem, ok := strings.CutSuffix(w, "'s")
			if !ok {
				stem, ok = strings.CutSuffix(w, "’s")
			}
			if ok && stem != "" && !slices.Contains(q.terms, b.v.term(stem)) {
				owned = true
				break
			}
		}
		if !owned {
			return false
		}
	}
	return len(spans) > 0
}
