package knowledge

import "slices"

// cueAcross reports whether the answer-type cue c (a phrase asking which
// one or how many: "which nation", "how many days") stands at q.raw[i]
// with one word that qualifies its noun before its last word: "which
// neighbouring nation" asks for a place as "which nation" does, "what
// strike date" a date as "what date" does, and "how many strike days" a
// duration as "how many days" does. The word between must be no stop word
// (not "what the date"), no number ("what 7 day health service", the
// seven-day NHS, asks no day), nor start a cue of its own.
func (v *vocab) cueAcross(raw []string, i int, c []string) bool {
	n := len(c)
	if n < 2 || n > 3 || i+n >= len(raw) {
		return false
	}
	switch {
	case n == 2 && (c[0] == "which" || c[0] == "what"):
	case v.countAskAt(c, 0) == n-1: // "how many" and a noun
	default:
		return false
	}
	// The words first, the cheap test: most cues differ in their last word.
	if raw[i+n] != c[n-1] || !slices.Equal(raw[i:i+n-1], c[:n-1]) {
		return false
	}
	mid := raw[i+n-1]
	_, num := v.numbers[mid]
	return !num && !v.isStop(mid) && !isDigitByte(mid[0]) && !slices.Contains(v.questionWords, mid) && len(v.cueStart[mid]) == 0
}

// choiceHasOther reports whether the term t, a name the fact does not
// know, is one side of a choice the question offers ("across the whole UK
// or just England?") whose other side the fact has: the question asks
// which, and a fact with one side answers it, so the other side's name is
// no subject the fact lacks. A choice neither side of which the fact has
// ("in Scotland or Wales?") still lacks both.
func (b *Base) choiceHasOther(q *query, t string, fact int32) bool {
	v, raw := b.v, q.raw
	side := func(k, step int) string {
		for k += step; k >= 0 && k < len(raw); k += step {
			if !v.isStop(raw[k]) && raw[k] != "or" {
				return v.term(raw[k])
			}
		}
		return ""
	}
	for k, w := range raw {
		if w != "or" {
			continue
		}
		before, after := side(k, -1), side(k, 1)
		if before == "" || after == "" {
			continue
		}
		if before == t && b.ix.has(fact, after) || after == t && b.ix.has(fact, before) {
			return true
		}
	}
	return false
}
