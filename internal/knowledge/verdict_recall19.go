package knowledge

import "slices"

// cueAcross reports whether the answer-type cue c (a phrase starting with
// "which" or "what", such as "which nation") stands at q.raw[i] with one
// word that qualifies its noun between its first two words: "which
// neighbouring nation" asks for a place as "which nation" does, and "what
// strike date" a date as "what date" does. The word between must be no
// stop word (not "what the date"), no number ("what 7 day health service",
// the seven-day NHS, asks no day), nor start a cue of its own.
func (v *vocab) cueAcross(raw []string, i int, c []string) bool {
	if len(c) < 2 || c[0] != "which" && c[0] != "what" || i+1+len(c) > len(raw) {
		return false
	}
	mid := raw[i+1]
	if _, n := v.numbers[mid]; n || v.isStop(mid) || isDigitByte(mid[0]) || slices.Contains(questionWords, mid) || len(v.cueStart[mid]) > 0 {
		return false
	}
	return slices.Equal(raw[i+2:i+1+len(c)], c[1:])
}
