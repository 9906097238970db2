package knowledge

import (
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
// fact's title and aliases, lower-cased once here rather than per keystroke.
type completer struct {
	base    *Base
	facts   []int32  // the look-up's facts, in data-file order
	targets []string // search strings
	owner   []int32  // target index → fact
	// For typo matching: every distinct word of the targets, and for each
	// the targets that contain it.
	words       []string
	wordTargets [][]int32
}

// candidates is the subset of a completer's targets that fuzzy should
// score; it is a fuzzy.Source.
type candidates struct {
	c   *completer
	idx []int32
}

func (s candidates) String(i int) string { return s.c.targets[s.idx[i]] }
func (s candidates) Len() int            { return len(s.idx) }

func newCompleter(b *Base, kinds []Kind) *completer {
	c := &completer{base: b}
	index := map[string]int{} // word → its place in c.words
	for i, f := range b.facts {
		if f.Kind == KindGap || kinds != nil && !slices.Contains(kinds, f.Kind) {
			continue
		}
		c.facts = append(c.facts, int32(i))
		for _, s := range append([]string{f.Title}, f.Aliases...) {
			s = strings.ToLower(s)
			t := int32(len(c.targets))
			c.targets = append(c.targets, s)
			c.owner = append(c.owner, int32(i))
			for _, w := range split(normalize(s), nil) {
				j, ok := index[w]
				if !ok {
					j = len(c.words)
					index[w] = j
					c.words = append(c.words, w)
					c.wordTargets = append(c.wordTargets, nil)
				}
				if ts := c.wordTargets[j]; len(ts) == 0 || ts[len(ts)-1] != t {
					c.wordTargets[j] = append(ts, t)
				}
			}
		}
	}
	return c
}

// subsequence reports whether every byte of p occurs in s in order, ignoring
// ASCII case: the cheap test that decides which targets fuzzy scores.
func subsequence(p, s string) bool {
	i := 0
	for j := 0; i < len(p) && j < len(s); j++ {
		if p[i] == s[j] {
			i++
		}
	}
	return i == len(p)
}

// Complete returns up to 25 autocomplete choices for what the user has typed
// so far in a typed look-up, best first. An empty input lists the look-up's
// facts in the curated order of the data files.
func (b *Base) Complete(l Lookup, partial string) []Choice {
	c, ok := b.complete[l]
	if !ok {
		return nil
	}
	partial = strings.ToLower(strings.TrimSpace(clip(partial, maxChoiceLen)))
	var picked []int32
	seen := map[int32]bool{}
	add := func(f int32) {
		if !seen[f] && len(picked) < MaxChoices {
			seen[f] = true
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
	// First the targets each typed word begins or nearly matches a word of
	// ("barcl", "hnut"), best fuzzy score first; then the loose subsequence
	// matches ("hnut" is a subsequence of "hospital consultants", but no
	// one means that). One or two letters are only ever word prefixes.
	hits := c.wordHits(partial)
	var fuzzed []int32
	if len(partial) >= 3 {
		cand := candidates{c: c}
		for i, t := range c.targets {
			if subsequence(partial, t) {
				cand.idx = append(cand.idx, int32(i))
			}
		}
		for _, m := range fuzzy.FindFrom(partial, cand) {
			fuzzed = append(fuzzed, cand.idx[m.Index])
		}
	}
	// Among word hits the shortest target is the most specific name ("hunt"
	// before "the health secretary in each dispute (hunt, then barclay)").
	ranked := make([]int32, 0, len(hits))
	for _, t := range fuzzed {
		if hits[t] {
			ranked = append(ranked, t)
		}
	}
	for i := range c.targets {
		if hits[int32(i)] && !slices.Contains(ranked, int32(i)) {
			ranked = append(ranked, int32(i))
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

// wordHits returns the targets in which every word typed begins a word,
// or (for words of three letters or more) is within a few edits of one: the
// misspellings fuzzy's subsequences cannot see.
func (c *completer) wordHits(partial string) map[int32]bool {
	var count map[int32]int // target → how many typed words it matched so far
	need := 0
	for _, t := range split(normalize(partial), nil) {
		max := maxTypos(utf8.RuneCountInString(t))
		need++
		for j, w := range c.words {
			if !strings.HasPrefix(w, t) {
				if d := len(w) - len(t); max == 0 || d > max || -d > max || !plausibleTypo(t, w) || editDistance(t, w, max) > max {
					continue
				}
			}
			if count == nil {
				count = map[int32]int{}
			}
			for _, target := range c.wordTargets[j] {
				if count[target] == need-1 {
					count[target] = need
				}
			}
		}
	}
	hits := map[int32]bool{}
	for t, n := range count {
		if n == need {
			hits[t] = true
		}
	}
	return hits
}

func (b *Base) choices(picked []int32) []Choice {
	out := make([]Choice, 0, len(picked))
	for _, p := range picked {
		f := b.facts[p]
		out = append(out, Choice{Name: clipRunes(f.Title, maxChoiceLen), Value: f.ID})
	}
	return out
}

// clipRunes shortens s to at most n runes, ending with an ellipsis if cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
