package knowledge

import (
	"slices"
	"strings"
)

// stemSlot is the word of a stem_phrases spelling that stands for the
// words between its neighbours ("call ... off"), and of its replacement
// for where they go.
const stemSlot = "..."

// stemSlotMax is the most words a slot spans: "call the five-day strike
// off" has two (the phrase "five day" is one word by then), and a slot
// any wider would join words of different clauses.
const stemSlotMax = 3

// stemPhrase is one entry of stem_phrases: a phrase matched on the stems
// of its words, so that one entry reads every inflection ("cancel the
// stoppage", "cancelled the stoppages", "cancelling the stoppage"), where
// an entry of phrases must list each spelling. A slot lets other words
// stand inside it ("call the five-day strike off").
type stemPhrase struct {
	from []string // stems; stemSlot where the slot is
	to   []string // raw words; stemSlot where the slot's words go
}

// loadStemPhrases reads stem_phrases, once numbers are loaded (the
// stemmer reads them). An entry needs two words or more, at most one
// slot, and a slot in its replacement exactly when its spelling has one,
// neither first nor last.
func (v *vocab) loadStemPhrases(entries [][]string, l *loader, line int) {
	v.stemPhrases = map[string][]stemPhrase{}
	for _, e := range entries {
		if len(e) != 2 {
			l.add(vocabFile, line, "stem_phrases: each entry is [spelling, replacement], not %q", e)
			continue
		}
		p := stemPhrase{from: v.slotWords(e[0]), to: v.slotWords(e[1])}
		for i, w := range p.from {
			if w != stemSlot {
				p.from[i] = v.stem(w)
			}
		}
		slots := slices.Index(p.from, stemSlot)
		switch {
		case len(p.from) < 2 || len(p.to) == 0:
			l.add(vocabFile, line, "stem_phrases: %q needs two words or more and a replacement", e)
		case strings.Count(e[0], stemSlot) > 1 || strings.Count(e[1], stemSlot) > 1:
			l.add(vocabFile, line, "stem_phrases: %q has more than one %s", e, stemSlot)
		case slots == 0 || slots == len(p.from)-1:
			l.add(vocabFile, line, "stem_phrases: %q begins or ends with %s", e, stemSlot)
		case (slots >= 0) != slices.Contains(p.to, stemSlot):
			l.add(vocabFile, line, "stem_phrases: %q must have %s in both or neither", e, stemSlot)
		default:
			v.stemPhrases[p.from[0]] = append(v.stemPhrases[p.from[0]], p)
		}
	}
	v.stemHeads = new(stemHeadSet)
	for s := range v.stemPhrases {
		if len(s) >= 2 {
			v.stemHeads.set(s)
		}
	}
	for w, d := range v.numbers {
		if _, ok := v.stemPhrases[d]; ok && len(w) >= 2 {
			v.stemHeads.set(w) // "one" stems to "1"
		}
	}
}

// set marks the first two bytes of w (two or more bytes) in a stemHeads.
func (h *stemHeadSet) set(w string) {
	k := int(w[0])<<8 | int(w[1])
	h[k/64] |= 1 << (k % 64)
}

// stemHeadSet is the type of vocab.stemHeads: a bit for each pair of
// bytes.
type stemHeadSet [1 << 16 / 64]uint64

// mayStartStemPhrase reports whether w's stem may start a stem phrase,
// without stemming it: a word of two bytes or more that is no spelled
// number stems to a word of two bytes or more with the same first two
// (stem only cuts endings, "ies" to "y" at most), so a word whose first
// two bytes start no stem phrase's first stem, nor are those of a
// spelled number whose digits do, starts none. joinStemPhrases reads
// every word of every question this way, and most start none.
func (v *vocab) mayStartStemPhrase(w string) bool {
	if len(w) < 2 {
		return true
	}
	k := int(w[0])<<8 | int(w[1])
	return v.stemHeads[k/64]&(1<<(k%64)) != 0
}

// slotWords splits a stem_phrases spelling as text is split, keeping the
// slot.
func (v *vocab) slotWords(s string) []string {
	var out []string
	for _, f := range strings.Fields(s) {
		if f == stemSlot {
			out = append(out, f)
			continue
		}
		out = append(out, split(normalizeChars(f), nil)...)
	}
	return out
}

// joinStemPhrases replaces, in words already read (phrases joined), each
// stem_phrases match by its replacement, first entry first at each place.
// A replacement's word of the same stem as one of the spelling's keeps
// the word as written ("cancelled the strikes" is "calloff the strikes"),
// as the verdicts read it.
func (v *vocab) joinStemPhrases(words []string) []string {
	if len(v.stemPhrases) == 0 {
		return words
	}
	var out []string
	var buf [][]string // room for matchStemPhrase's words, reused
	for i := 0; i < len(words); i++ {
		n := 0
		var starting []stemPhrase
		if v.mayStartStemPhrase(words[i]) {
			starting = v.stemPhrases[v.stem(words[i])]
		}
		if len(starting) > 0 && buf == nil {
			buf = make([][]string, 0, 8)
		}
		for _, p := range starting {
			got, ok := v.matchStemPhrase(words[i:], p.from, buf[:0])
			if !ok {
				continue
			}
			buf = got
			if out == nil {
				out = append(make([]string, 0, len(words)), words[:i]...)
			}
			for _, w := range p.to {
				k := slices.Index(p.from, w)
				if w != stemSlot {
					k = slices.Index(p.from, v.stem(w))
				}
				if k >= 0 {
					out = append(out, got[k]...)
				} else {
					out = append(out, w)
				}
			}
			for _, g := range got {
				n += len(g)
			}
			break
		}
		switch {
		case n > 0:
			i += n - 1
		case out != nil:
			out = append(out, words[i])
		}
	}
	if out == nil {
		return words
	}
	return out
}

// matchStemPhrase matches the stems from against words from the start,
// and gives the words each of from took: one word each, and the slot the
// fewest that let the rest match. It appends them to got, which the
// caller may pass empty to reuse its room: stems of strike words start
// many phrases, and most tries fail after the first word.
func (v *vocab) matchStemPhrase(words, from []string, got [][]string) ([][]string, bool) {
	j := 0
	for k, f := range from {
		if f != stemSlot {
			if j >= len(words) || v.stem(words[j]) != f {
				return nil, false
			}
			got = append(got, words[j:j+1])
			j++
			continue
		}
		for n := 0; n <= stemSlotMax && j+n <= len(words); n++ {
			if rest, ok := v.matchStemPhrase(words[j+n:], from[k+1:], nil); ok {
				return append(append(got, words[j:j+n]), rest...), true
			}
		}
		return nil, false
	}
	return got, true
}
