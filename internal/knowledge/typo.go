package knowledge

import "unicode/utf8"

// Typo tolerance. sahilm/fuzzy matches subsequences, which suits
// autocomplete ("mpor" → "Mark Porter") but cannot see that "hnut" is
// "hunt" or "barcley" is "barclay". For those we use the Damerau–Levenshtein
// distance (optimal string alignment: insert, delete, substitute, swap two
// neighbours), and find candidates fast with a symmetric-delete index: every
// word of the vocabulary is stored under each of its one-letter deletions, so a
// misspelling and its word meet after at most one deletion each.

// editDistance returns the optimal-string-alignment distance between a and b,
// or max+1 as soon as it must exceed max. Short ASCII words (autocomplete
// checks every word of every choice) are compared as bytes copied to the
// stack; anything else as runes.
func editDistance(a, b string, max int) int {
	if len(a) < 32 && len(b) < 32 && isASCII(a) && isASCII(b) {
		var ba, bb [32]byte
		return alignDistance(ba[:copy(ba[:], a)], bb[:copy(bb[:], b)], max)
	}
	return alignDistance([]rune(a), []rune(b), max)
}

// alignDistance is the optimal-string-alignment distance between a and b, cut off at
// max+1, over three rolling rows (i-2, i-1, i).
func alignDistance[E byte | rune](a, b []E, max int) int {
	if d := len(a) - len(b); d > max || -d > max {
		return max + 1
	}
	var stack [3][33]int
	prev2, prev, cur := stack[0][:], stack[1][:], stack[2][:]
	if len(b) >= len(stack[0]) {
		prev2, prev, cur = make([]int, len(b)+1), make([]int, len(b)+1), make([]int, len(b)+1)
	}
	for j := 0; j <= len(b); j++ {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		best := i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			v := min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				v = min(v, prev2[j-2]+1)
			}
			cur[j] = v
			best = min(best, v)
		}
		if best > max {
			return max + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return min(prev[len(b)], max+1)
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// maxTypos is how many edits a word of n letters may carry and still be
// recognised. Short words are left alone: "pm" or "ae" are words, not typos,
// and three-letter words get one edit ("wen" → "when").
func maxTypos(n int) int {
	switch {
	case n < 3:
		return 0
	case n < 7:
		return 1
	default:
		return 2
	}
}

// plausibleTypo rules out corrections people rarely need: changing the
// first letter ("near" is not a typo of "year") unless the first two were
// swapped, and shortening a word into a stop word ("hit" is not "it").
func plausibleTypo(w, c string, stop map[string]bool) bool {
	if w[0] != c[0] && !(len(w) > 1 && len(c) > 1 && w[0] == c[1] && w[1] == c[0]) {
		return false
	}
	if stop[c] && len(c) < len(w) {
		return false
	}
	return true
}

// typoIndex finds vocabulary words near a misspelt word.
type typoIndex struct {
	words   map[string]int      // vocabulary word → how often it occurs (for ties)
	deletes map[string][]string // word with one letter deleted → vocabulary words
	longest int                 // the longest vocabulary word, in runes
	stop    map[string]bool     // stop words, which a longer word is never shortened into
	// byStart lists the long words by their first two bytes, for the
	// misspellings one deletion each side cannot reach ("radiografers").
	byStart map[string][]string
	// skeletons lists the words by consonant skeleton (see unvowelled).
	skeletons map[string][]string
}

func newTypoIndex(freq map[string]int, stop map[string]bool) *typoIndex {
	ix := &typoIndex{words: freq, deletes: map[string][]string{}, stop: stop, byStart: map[string][]string{}}
	for w := range freq {
		if len(w) >= 7 {
			ix.byStart[w[:2]] = append(ix.byStart[w[:2]], w)
		}
		ix.longest = max(ix.longest, utf8.RuneCountInString(w))
		if len([]rune(w)) < 3 || isDigitByte(w[0]) {
			continue
		}
		for _, d := range deletions(w) {
			ix.deletes[d] = append(ix.deletes[d], w)
		}
	}
	ix.skeletons = skeletonIndex(freq)
	return ix
}

// deletions lists w with each one rune removed.
func deletions(w string) []string {
	if isASCII(w) {
		// Most words: a rune is a byte, and one concatenation makes each
		// (correct asks for the deletions of every unknown word's
		// deletions).
		out := make([]string, 0, len(w))
		for i := range len(w) {
			out = append(out, w[:i]+w[i+1:])
		}
		return out
	}
	r := []rune(w)
	out := make([]string, 0, len(r))
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
	}
	return out
}

// correct returns the vocabulary word closest to w, or "" if none is within
// maxTypos. Ties go to the more frequent word, then the alphabetically first,
// so the answer never depends on map order.
func (ix *typoIndex) correct(w string) string {
	n := utf8.RuneCountInString(w)
	max := maxTypos(n)
	// A word longer than any word we know plus the typos allowed cannot be
	// one of them; checking would cost time cubic in its length, and a
	// hostile message can hold a 2,000-letter word.
	if max == 0 || isDigitByte(w[0]) || n > ix.longest+max {
		return ""
	}
	cands := map[string]bool{}
	// distance one: w itself is a deletion of the word, a deletion of w is
	// the word, or both share a deletion (substitution, transposition).
	for _, c := range ix.deletes[w] {
		cands[c] = true
	}
	dels := deletions(w)
	for _, d := range dels {
		if _, ok := ix.words[d]; ok {
			cands[d] = true
		}
		for _, c := range ix.deletes[d] {
			cands[c] = true
		}
	}
	if max >= 2 {
		// distance two: two deletions from w, or a deletion from each side
		// of a word two letters longer. An ASCII deletion's deletions are
		// built in one buffer and looked up as bytes (a map index of
		// string(buf) does not copy it): a long word has a hundred.
		var buf []byte
		for _, d := range dels {
			if !isASCII(d) {
				for _, dd := range deletions(d) {
					if _, ok := ix.words[dd]; ok {
						cands[dd] = true
					}
					for _, c := range ix.deletes[dd] {
						cands[c] = true
					}
				}
				continue
			}
			for i := range len(d) {
				buf = append(append(buf[:0], d[:i]...), d[i+1:]...)
				if _, ok := ix.words[string(buf)]; ok {
					cands[string(buf)] = true
				}
				for _, c := range ix.deletes[string(buf)] {
					cands[c] = true
				}
			}
		}
	}
	if len(cands) == 0 && max >= 2 && len(w) >= 2 {
		for _, c := range ix.byStart[w[:2]] {
			cands[c] = true
		}
	}
	best, bestD, bestF := "", max+1, -1
	for c := range cands {
		if !plausibleTypo(w, c, ix.stop) {
			continue
		}
		d := editDistance(w, c, max)
		if d > max {
			continue
		}
		f := ix.words[c]
		if d < bestD || d == bestD && (f > bestF || f == bestF && c < best) {
			best, bestD, bestF = c, d, f
		}
	}
	if best == "" {
		return ix.unvowelled(w)
	}
	return best
}
