package knowledge

import "slices"

// strandedEnd moves a stranded_words word that ends a question asking
// "when" to before its first "when": "when are med school places
// supposed to be doubled by" asks "by when", a deadline, as the answer
// types' cues read it. Other words are left as they are.
func (v *vocab) strandedEnd(out []string) []string {
	n := len(out)
	if n < 3 || !v.stranded[out[n-1]] {
		return out
	}
	at := slices.Index(out[:n-2], "when")
	if at < 0 {
		return out
	}
	return slices.Insert(out[:n-1], at, out[n-1])
}
