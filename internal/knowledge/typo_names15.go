package knowledge

import "slices"

// Misspelt surnames after a first name. A surname misspelt into a real
// English word ("mark porta", "steve barkley") is never corrected by known,
// which leaves real words alone; but after a first name the facts know, the
// word stands where that person's surname goes, and a near spelling of the
// surname is the name asked about, not a subject the articles lack.

// surnameAfter returns the surname a word of raw is a misspelling of, when
// the word follows a first name (or title) the facts pair with that surname
// and is within the typos a name may carry of it; or "".
func (b *Base) surnameAfter(raw []string, w string) string {
	pairs := b.ix.surnames()
	for i := 1; i < len(raw); i++ {
		if raw[i] != w {
			continue
		}
		best, bestD := "", 0
		for _, s := range pairs[raw[i-1]] {
			// The first name vouches for the word: one typo more than
			// a loose word may carry, up to two.
			limit := min(2, maxTypos(len(s))+1)
			if len(w) < 4 || !plausibleTypo(w, s, b.v.stop) {
				continue
			}
			if d := editDistance(w, s, limit); d <= limit && (best == "" || d < bestD) {
				best, bestD = s, d
			}
		}
		if best != "" {
			return best
		}
	}
	return ""
}

// surnames maps a first name or title to the surnames it comes before in
// the aliases of a person's fact: an alias of two words whose second word is
// an alias of the same fact by itself ("mark porter" beside "porter").
// Built on first use.
func (ix *index) surnames() map[string][]string {
	ix.surnameOnce.Do(func() {
		ix.surnameMap = map[string][]string{}
		for _, f := range ix.facts {
			if f.Kind != KindPerson {
				continue
			}
			for _, a := range f.Aliases {
				ws := ix.v.words(a)
				if len(ws) != 2 || !slices.Contains(f.Aliases, ws[1]) || ix.v.isStop(ws[0]) {
					continue
				}
				if !slices.Contains(ix.surnameMap[ws[0]], ws[1]) {
					ix.surnameMap[ws[0]] = append(ix.surnameMap[ws[0]], ws[1])
				}
			}
		}
	})
	return ix.surnameMap
}
