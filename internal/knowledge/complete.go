package knowledge

import (
	"cmp"
	"maps"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// MaxChoices is the most autocomplete choices Discord accepts.
const MaxChoices = 25

// maxChoiceLen is Discord's limit on a choice's name and value.
const maxChoiceLen = 100

// completer ranks one look-up's facts for autocomplete. Its targets are each
// fact's title and aliases, lower-cased once at load.
type completer struct {
	facts   []int32  // the look-up's facts (indexes into Base.facts), by kind, then in data-file order
	targets []string // titles and aliases, lower case
	owner   []int32  // target → its fact (index into Base.facts)
	bytes   []uint64 // target → byteSet of it: which targets can hold a subsequence
	// words are the distinct words of the targets, sorted, and for each the
	// targets that contain it, ascending.
	words       []string
	wordTargets [][]int32
}

// targetList is a completer's targets as a fuzzy.Source.
type targetList struct {
	c   *completer
	idx []int32
}

func (s targetList) String(i int) string { return s.c.targets[s.idx[i]] }
func (s targetList) Len() int            { return len(s.idx) }

func newCompleter(b *Base, kinds []Kind) *completer {
	c := &completer{}
	byWord := map[string][]int32{}
	for i, f := range b.facts {
		if f.Kind == KindGap || kinds != nil && !slices.Contains(kinds, f.Kind) {
			continue
		}
		c.facts = append(c.facts, int32(i))
		for _, s := range append([]string{f.Title}, f.Aliases...) {
			s = strings.ToLower(s)
			t := int32(len(c.targets))
			c.targets = append(c.targets, s)
			c.bytes = append(c.bytes, byteSet(s))
			c.owner = append(c.owner, int32(i))
			for _, w := range split(normalizeChars(s), nil) {
				if ts := byWord[w]; len(ts) == 0 || ts[len(ts)-1] != t {
					byWord[w] = append(ts, t)
				}
			}
		}
	}
	// An empty input lists the facts in this order: grouped by the look-up's
	// kinds as LookupKinds orders them (people before organisations for
	// /who), each group in data-file order.
	slices.SortStableFunc(c.facts, func(x, y int32) int {
		return slices.Index(kinds, b.facts[x].Kind) - slices.Index(kinds, b.facts[y].Kind)
	})
	c.words = slices.Sorted(maps.Keys(byWord))
	for _, w := range c.words {
		c.wordTargets = append(c.wordTargets, byWord[w])
	}
	return c
}

// Complete returns up to 25 autocomplete choices for what the user has typed
// so far in a typed look-up, best first. An empty input lists the look-up's
// facts kind by kind, in the order LookupKinds gives its kinds (people
// before organisations for /who), and within a kind in the curated order
// of the data files.
//
// First comes the fact whose id was typed. Then the word hits: the targets
// in which each typed word begins or nearly matches a word ("barcl",
// "hnut"), the shortest first as the most specific name, fuzzy's matches
// before the rest among targets of one length. Then the loose subsequence
// matches by fuzzy's score. One or two letters are only ever word
// prefixes. Ties go to the earlier target.
func (b *Base) Complete(l Lookup, partial string) []Choice {
	c, ok := b.completer(l)
	if !ok {
		return nil
	}
	partial = strings.ToLower(strings.TrimSpace(clip(partial, maxChoiceLen)))
	var picked []int32
	add := func(f int32) {
		if !slices.Contains(picked, f) && len(picked) < MaxChoices {
			picked = append(picked, f)
		}
	}
	if partial == "" {
		for _, f := range c.facts {
			add(f)
		}
		return b.choices(picked)
	}
	if f, ok := b.byID[partial]; ok && slices.Contains(c.facts, int32(f)) {
		add(int32(f))
	}
	hits := c.wordHits(partial, b.v.stop)
	var fuzzed []int32
	if len(partial) >= 3 {
		cand := targetList{c: c}
		want := byteSet(partial)
		for i, t := range c.targets {
			if c.bytes[i]&want == want && subsequence(partial, t) {
				cand.idx = append(cand.idx, int32(i))
			}
		}
		// fuzzy.FindFrom would sort its matches with sort.Stable by
		// score, swapping whole Match values; sorting target and score
		// just as stably gives the same order for a fraction of the work.
		type scored struct {
			target int32
			score  int
		}
		var ms []scored
		for _, m := range fuzzy.FindFromNoSort(partial, cand) {
			ms = append(ms, scored{cand.idx[m.Index], m.Score})
		}
		slices.SortStableFunc(ms, func(x, y scored) int { return cmp.Compare(y.score, x.score) })
		for _, m := range ms {
			fuzzed = append(fuzzed, m.target)
		}
	}
	var ranked []int32
	for _, t := range fuzzed {
		if hits[t] {
			ranked = append(ranked, t)
			hits[t] = false // ranked already: the loop below skips it
		}
	}
	for t, hit := range hits {
		if hit {
			ranked = append(ranked, int32(t))
		}
	}
	slices.SortStableFunc(ranked, func(a, b int32) int { return len(c.targets[a]) - len(c.targets[b]) })
	for _, t := range ranked {
		add(c.owner[t])
	}
	for _, t := range fuzzed {
		add(c.owner[t])
	}
	return b.choices(picked)
}

// choices turns facts into autocomplete choices.
func (b *Base) choices(picked []int32) []Choice {
	out := make([]Choice, 0, len(picked))
	for _, p := range picked {
		f := b.facts[p]
		out = append(out, Choice{Name: clipRunes(f.Title, maxChoiceLen), Value: f.ID})
	}
	return out
}

// byteSet is the set of s's bytes, each byte as bit b%64: a target that
// lacks one of the typed bytes holds no subsequence of them, and that one
// AND spares scanning nearly every target for each keystroke. (Bytes 64
// apart share a bit, which only lets a few more targets through to
// subsequence.)
func byteSet(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= 1 << (s[i] & 63)
	}
	return m
}

// subsequence reports whether every byte of p occurs in s in order: the
// cheap test that decides which targets fuzzy scores.
func subsequence(p, s string) bool {
	// strings.IndexByte skips to each byte in turn far faster than a
	// loop comparing byte by byte (most targets let the first bytes
	// through byteSet).
	for i := 0; i < len(p); i++ {
		j := strings.IndexByte(s, p[i])
		if j < 0 {
			return false
		}
		s = s[j+1:]
	}
	return true
}

// wordHits returns, for each target, whether every typed word begins a
// word of it or (for words of three letters or more) is a plausible typo
// of one: the misspellings fuzzy's subsequences cannot see.
func (c *completer) wordHits(partial string, stop map[string]bool) []bool {
	count := make([]int32, len(c.targets)) // how many typed words each target has matched so far
	var need int32
	for _, t := range split(normalizeChars(partial), nil) {
		max := maxTypos(utf8.RuneCountInString(t))
		need++
		// Only words that begin with t's first byte, or (a typo swapping
		// the first two) with its second then first, can match: they lie
		// in one or two runs of the sorted words, so the rest of the
		// vocabulary is never read.
		starts := []string{t[:1]}
		if max > 0 && len(t) > 1 && t[0] != t[1] {
			starts = append(starts, string([]byte{t[1], t[0]}))
		}
		for _, p := range starts {
			j, _ := slices.BinarySearch(c.words, p)
			for ; j < len(c.words) && strings.HasPrefix(c.words[j], p); j++ {
				if !wordMatches(t, c.words[j], max, stop) {
					continue
				}
				for _, target := range c.wordTargets[j] {
					if count[target] == need-1 {
						count[target] = need
					}
				}
			}
		}
	}
	// A slice, not a map: Complete asks it about every target.
	hits := make([]bool, len(c.targets))
	for t, n := range count {
		hits[t] = need > 0 && n == need
	}
	return hits
}

// wordMatches reports whether w, a word of a target, matches t, a typed
// word allowed max typos: w begins with t or is within max edits of it.
func wordMatches(t, w string, max int, stop map[string]bool) bool {
	if strings.HasPrefix(w, t) {
		return true
	}
	d := len(w) - len(t)
	return max > 0 && d <= max && -d <= max && plausibleTypo(t, w, stop) && editDistance(t, w, max) <= max
}

// clipRunes shortens s to at most n runes, ending with an ellipsis if cut.
func clipRunes(s string, n int) string {
	if len(s) <= n {
		return s // no more runes than bytes
	}
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
