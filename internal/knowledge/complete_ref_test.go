package knowledge

import (
	"slices"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// The reference autocomplete: Complete as it was before it was made fast
// (commit 833640f), kept verbatim apart from names, so that the tests can
// hold the fast version to exactly the same choices in the same order. It
// builds its own completers from the Base's facts, so a change to the
// completer's precomputed data cannot hide a change of behaviour.

type refCompleter struct {
	facts       []int32
	targets     []string
	owner       []int32
	words       []string
	wordTargets [][]int32
}

type refCandidates struct {
	c   *refCompleter
	idx []int32
}

func (s refCandidates) String(i int) string { return s.c.targets[s.idx[i]] }
func (s refCandidates) Len() int            { return len(s.idx) }

func newRefCompleter(b *Base, kinds []Kind) *refCompleter {
	c := &refCompleter{}
	index := map[string]int{}
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

func refSubsequence(p, s string) bool {
	i := 0
	for j := 0; i < len(p) && j < len(s); j++ {
		if p[i] == s[j] {
			i++
		}
	}
	return i == len(p)
}

var (
	refMu         sync.Mutex
	refCompleters = map[*Base]map[Lookup]*refCompleter{}
)

// refCompleterFor builds (once per base and look-up) the reference's
// completer; ok is false for a look-up Complete does not know.
func refCompleterFor(b *Base, l Lookup) (*refCompleter, bool) {
	refMu.Lock()
	defer refMu.Unlock()
	m := refCompleters[b]
	if m == nil {
		m = map[Lookup]*refCompleter{}
		for l, kinds := range LookupKinds {
			m[l] = newRefCompleter(b, kinds)
		}
		refCompleters[b] = m
	}
	c, ok := m[l]
	return c, ok
}

// referenceComplete is the old (*Base).Complete.
func referenceComplete(b *Base, l Lookup, partial string) []Choice {
	c, ok := refCompleterFor(b, l)
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
		return refChoices(b, picked)
	}
	if f, ok := b.byID[partial]; ok && slices.Contains(c.facts, int32(f)) {
		add(int32(f))
	}
	hits := c.wordHits(partial)
	var fuzzed []int32
	if len(partial) >= 3 {
		cand := refCandidates{c: c}
		for i, t := range c.targets {
			if refSubsequence(partial, t) {
				cand.idx = append(cand.idx, int32(i))
			}
		}
		for _, m := range fuzzy.FindFrom(partial, cand) {
			fuzzed = append(fuzzed, cand.idx[m.Index])
		}
	}
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
	return refChoices(b, picked)
}

func (c *refCompleter) wordHits(partial string) map[int32]bool {
	var count map[int32]int
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

func refChoices(b *Base, picked []int32) []Choice {
	out := make([]Choice, 0, len(picked))
	for _, p := range picked {
		f := b.facts[p]
		out = append(out, Choice{Name: refClipRunes(f.Title, maxChoiceLen), Value: f.ID})
	}
	return out
}

func refClipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
