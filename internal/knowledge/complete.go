package knowledge

import (
	"slices"
	"strings"

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
	facts   []int32    // the look-up's facts, in data-file order
	targets []string   // search strings
	owner   []int32    // target index → fact
	words   [][]string // target index → its words, for typo matching
}

func newCompleter(b *Base, kinds []Kind) *completer {
	c := &completer{base: b}
	for i, f := range b.facts {
		if f.Kind == KindGap || kinds != nil && !slices.Contains(kinds, f.Kind) {
			continue
		}
		c.facts = append(c.facts, int32(i))
		for _, s := range append([]string{f.Title}, f.Aliases...) {
			s = strings.ToLower(s)
			c.targets = append(c.targets, s)
			c.owner = append(c.owner, int32(i))
			c.words = append(c.words, split(normalize(s), nil))
		}
	}
	return c
}

// String and Len make completer a fuzzy.Source.
func (c *completer) String(i int) string { return c.targets[i] }

// Len is the number of search strings, for fuzzy.Source.
func (c *completer) Len() int { return len(c.targets) }

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
	for _, m := range fuzzy.FindFrom(partial, c) {
		add(c.owner[m.Index])
	}
	if len(picked) < MaxChoices {
		c.typos(partial, add)
	}
	return b.choices(picked)
}

// typos adds the facts one of whose words is within a few edits of each
// word typed, for the misspellings fuzzy's subsequences cannot see.
func (c *completer) typos(partial string, add func(int32)) {
	typed := split(normalize(partial), nil)
	for i, words := range c.words {
		if matchesWords(typed, words) {
			add(c.owner[i])
		}
	}
}

// matchesWords reports whether every typed word of three letters or more is
// close to some word of the target.
func matchesWords(typed, target []string) bool {
	any := false
	for _, t := range typed {
		n := len([]rune(t))
		if n < 3 {
			continue
		}
		max := maxTypos(n)
		found := false
		for _, w := range target {
			if editDistance(t, w, max) <= max || strings.HasPrefix(w, t) {
				found = true
				break
			}
		}
		if !found {
			return false
		}
		any = true
	}
	return any
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
