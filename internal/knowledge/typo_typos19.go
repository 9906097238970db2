package knowledge

// Text-speak drops vowels and doubled letters ("labr" for labour,
// "cancld" for cancelled, "mngmnt"): more edits than maxTypos allows a
// short word, yet only ever deletions of letters that carry little. Such a
// word keeps the consonant skeleton of its word, so the vocabulary is also
// indexed by skeleton, and a word whose skeleton is one word's alone is
// read as that word.

// skeleton is w without the vowels after its first letter and with each
// run of one letter cut to one: "cancelled" and "cancld" are both "cncld".
func skeleton(w string) string {
	b := make([]byte, 0, len(w))
	for i := 0; i < len(w); i++ {
		c := w[i]
		if i > 0 && (isVowel(c) || c == w[i-1]) {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}

func isVowel(c byte) bool {
	return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'
}

// minSkeleton is the fewest letters a skeleton needs to name one word:
// "lbr" is labour, but two consonants fit too many words.
const minSkeleton = 3

// skeletonIndex lists the vocabulary's ASCII words by skeleton.
func skeletonIndex(freq map[string]int) map[string][]string {
	out := map[string][]string{}
	for w := range freq {
		if len(w) < minSkeleton+1 || !isASCII(w) || !isLetters(w) {
			continue
		}
		if s := skeleton(w); len(s) >= minSkeleton {
			out[s] = append(out[s], w)
		}
	}
	return out
}

func isLetters(w string) bool {
	for i := 0; i < len(w); i++ {
		if w[i] < 'a' || w[i] > 'z' {
			return false
		}
	}
	return true
}

// dropsOnly reports whether w is c with only vowels after the first
// letter and repeated letters left out: "labr" of "labour", "cancld" of
// "cancelled", never "prog" of "programme" (an r and an m are gone).
func dropsOnly(w, c string) bool {
	if len(w) >= len(c) || w[0] != c[0] {
		return false
	}
	j := 0
	for i := 0; i < len(c); i++ {
		if j < len(w) && c[i] == w[j] {
			j++
			continue
		}
		if i == 0 || !isVowel(c[i]) && c[i] != c[i-1] {
			return false
		}
	}
	return j == len(w)
}

// unvowelled returns the vocabulary word that w is with the fewest vowels
// or doubled letters dropped ("cancld" is "canceled" before "cancelled"),
// or "" when none is, or when two are as near: "wrkr" could be "worker"
// or "warker", and a guess between them is no reading.
func (ix *typoIndex) unvowelled(w string) string {
	if len(w) < minSkeleton+1 || !isASCII(w) || !isLetters(w) {
		return ""
	}
	found, tie := "", false
	for _, c := range ix.skeletons[skeleton(w)] {
		if !dropsOnly(w, c) {
			continue
		}
		switch {
		case found == "" || len(c) < len(found):
			found, tie = c, false
		case len(c) == len(found):
			tie = true
		}
	}
	if tie {
		return ""
	}
	return found
}

// slip reports whether w is one slip (see editDistance) from a vocabulary
// word: "wich", "leadr", "strikin". Beside an unknown word it is a typo of
// a text-speak question, not the other half of a name the facts lack:
// "wich labr leadr" is no "Keir Starmer".
func (ix *typoIndex) slip(w string) bool {
	c := ix.correct(w)
	return c != "" && editDistance(w, c, 1) <= 1
}
