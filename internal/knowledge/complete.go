package knowledge

import (
	"cmp"
	"maps"
	"math/bits"
	"slices"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/sahilm/fuzzy"
)

// MaxChoices is the most autocomplete choices Discord accepts.
const MaxChoices = 25

// maxChoiceLen is Discord's limit on a choice's name and value.
const maxChoiceLen = 100

// Autocomplete runs on every keystroke, so a completer works out at load
// everything that does not depend on what was typed, and each call works in
// pooled scratch space indexed by small integers rather than in maps.
//
// Fuzzy is the costly part, and Complete needs its scores only to order
// targets. fuzzy scores each string on its own (the score is a function of
// the pattern and that string alone) and FindFrom sorts stably by score, so
// scoring any subset of the candidates, each distinct string once, and
// sorting by (score, target index) puts those targets in the order they
// have in the full result. Complete relies on that to score only the
// targets whose order can still change the choices.

// completer ranks one look-up's facts for autocomplete.
type completer struct {
	facts  []int32  // the look-up's facts (indexes into Base.facts), in data-file order
	choice []Choice // per fact of the look-up, what the user is offered
	local  []int32  // Base.facts index → its place in facts, or -1
	// The targets are each fact's title and aliases, lower-cased once here
	// rather than per keystroke.
	targets []string
	owner   []int32  // target → its fact's place in facts
	masks   []uint64 // target → byteMask of it
	text    []int32  // target → its string's place in texts
	texts   []string // the distinct strings of the targets, which fuzzy scores
	// For word matching: every distinct word of the targets, sorted so that
	// the words a typed word can match are one or two short runs, and for
	// each the targets that contain it, ascending.
	words       []string
	wordTargets [][]int32
	// byFirst[c]:byFirst[c+1] are the words that begin with byte c.
	byFirst [257]int32
	// The targets shortest first, then in target order, which is how word
	// hits rank before fuzzy's verdicts; and each target's place there.
	byLen, lenRank []int32
	scratch        sync.Pool // of *completeScratch
}

// completeScratch is one call's working space, sized to its completer.
// Between calls every count, claim and asked is zero and every seen false.
type completeScratch struct {
	words    []string       // the typed words
	count    []int32        // per target, how many typed words it matched so far
	touched  []int32        // the targets whose count is above zero
	hits     []uint64       // a set of lenRanks: the word hits, to list them in order
	ranked   []scoredTarget // the word hits, in the order Complete offers them
	claim    []int32        // per fact of the look-up, who will pick it (see claimFact)
	claimed  []int32        // the facts whose claim is set
	asked    []int32        // per text, 1 + its place in cand.idx if fuzzy is to score it
	cand     candidates     // the texts fuzzy scores
	verdicts []verdict      // per place in cand.idx, fuzzy's verdict
	pos      []int32        // the places in ranked of the hits fuzzy must order
	tail     []scoredTarget // the subsequence matches of the facts no hit picks
	seen     []bool         // per fact of the look-up, whether it is picked
	picked   []int32        // facts of the look-up, in the order offered
}

// scoredTarget is a target with fuzzy's verdict on it, when there is one.
type scoredTarget struct {
	target int32
	verdict
}

// verdict is what fuzzy made of a string: whether it matched, and how well.
type verdict struct {
	fuzzed bool
	score  int
}

// candidates is a list of a completer's texts; it is a fuzzy.Source. It is
// used through a pointer, so passing it as an interface does not allocate.
type candidates struct {
	c   *completer
	idx []int32
}

func (s *candidates) String(i int) string { return s.c.texts[s.idx[i]] }
func (s *candidates) Len() int            { return len(s.idx) }

func newCompleter(b *Base, kinds []Kind) *completer {
	c := &completer{local: make([]int32, len(b.facts))}
	wordTargets := map[string][]int32{}
	texts := map[string]int32{}
	for i, f := range b.facts {
		c.local[i] = -1
		if f.Kind == KindGap || kinds != nil && !slices.Contains(kinds, f.Kind) {
			continue
		}
		fact := int32(len(c.facts))
		c.local[i] = fact
		c.facts = append(c.facts, int32(i))
		c.choice = append(c.choice, Choice{Name: clipRunes(f.Title, maxChoiceLen), Value: f.ID})
		first := len(c.targets)
		for _, s := range append([]string{f.Title}, f.Aliases...) {
			s = strings.ToLower(s)
			// A fact's name twice over ("Mark Porter", "mark porter") is one
			// target: the copy would match and score exactly as the first,
			// always rank after it, and so never pick anything.
			if slices.Contains(c.targets[first:], s) {
				continue
			}
			t := int32(len(c.targets))
			c.targets = append(c.targets, s)
			c.owner = append(c.owner, fact)
			c.masks = append(c.masks, byteMask(s))
			x, ok := texts[s]
			if !ok {
				x = int32(len(c.texts))
				texts[s] = x
				c.texts = append(c.texts, s)
			}
			c.text = append(c.text, x)
			for _, w := range split(normalize(s), nil) {
				if ts := wordTargets[w]; len(ts) == 0 || ts[len(ts)-1] != t {
					wordTargets[w] = append(ts, t)
				}
			}
		}
	}
	c.words = slices.Sorted(maps.Keys(wordTargets))
	for _, w := range c.words {
		c.wordTargets = append(c.wordTargets, wordTargets[w])
	}
	for ch := range 256 {
		c.byFirst[ch+1] = int32(sort.Search(len(c.words), func(i int) bool { return int(c.words[i][0]) > ch }))
	}
	c.byLen = make([]int32, len(c.targets))
	for t := range c.byLen {
		c.byLen[t] = int32(t)
	}
	slices.SortStableFunc(c.byLen, func(a, b int32) int { return len(c.targets[a]) - len(c.targets[b]) })
	c.lenRank = make([]int32, len(c.targets))
	for r, t := range c.byLen {
		c.lenRank[t] = int32(r)
	}
	return c
}

func (c *completer) getScratch() *completeScratch {
	sc, ok := c.scratch.Get().(*completeScratch)
	if !ok {
		sc = &completeScratch{
			count: make([]int32, len(c.targets)),
			hits:  make([]uint64, (len(c.targets)+63)/64),
			claim: make([]int32, len(c.facts)),
			asked: make([]int32, len(c.texts)),
			seen:  make([]bool, len(c.facts)),
			cand:  candidates{c: c},
		}
	}
	return sc
}

// putScratch restores the zeroes getScratch promises, touching only what
// this call set rather than clearing arrays as long as the completer's.
func (c *completer) putScratch(sc *completeScratch) {
	for _, t := range sc.touched {
		sc.count[t] = 0
	}
	for _, f := range sc.claimed {
		sc.claim[f] = 0
	}
	for _, x := range sc.cand.idx {
		sc.asked[x] = 0
	}
	for _, f := range sc.picked {
		sc.seen[f] = false
	}
	clear(sc.words)
	sc.touched, sc.ranked, sc.claimed, sc.picked = sc.touched[:0], sc.ranked[:0], sc.claimed[:0], sc.picked[:0]
	sc.cand.idx, sc.verdicts, sc.pos, sc.tail = sc.cand.idx[:0], sc.verdicts[:0], sc.pos[:0], sc.tail[:0]
	c.scratch.Put(sc)
}

// byteBit gives each byte a bit of a 64-bit set: a letter or digit its own,
// the rest of the bytes shared among the remaining bits.
var byteBit = func() (t [256]uint64) {
	for c := range 256 {
		switch {
		case c >= 'a' && c <= 'z':
			t[c] = 1 << (c - 'a')
		case c >= '0' && c <= '9':
			t[c] = 1 << (26 + c - '0')
		default:
			t[c] = 1 << (36 + c%28)
		}
	}
	return t
}()

// byteMask is the set of byteBits of s's bytes. p can only be a
// subsequence of s if byteMask(p) is a subset of byteMask(s), which rules
// out most targets with one AND.
func byteMask(s string) uint64 {
	var m uint64
	for i := 0; i < len(s); i++ {
		m |= byteBit[s[i]]
	}
	return m
}

// subsequence reports whether every byte of p occurs in s in order: the
// cheap test that decides which targets fuzzy scores. Both are lower case
// already.
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
//
// First comes the fact whose id was typed. Then the word hits: the targets
// in which each typed word begins or nearly matches a word ("barcl",
// "hnut"), the shortest first as the most specific name ("hunt" before "the
// health secretary in each dispute (hunt, then barclay)"), and among
// targets of one length those fuzzy matches, by its score, then the rest.
// Then the loose subsequence matches by fuzzy's score ("hnut" is a
// subsequence of "hospital consultants", but no one means that). One or
// two letters are only ever word prefixes. Ties go to the earlier target.
func (b *Base) Complete(l Lookup, partial string) []Choice {
	c, ok := b.complete[l]
	if !ok {
		return nil
	}
	partial = strings.ToLower(strings.TrimSpace(clip(partial, maxChoiceLen)))
	if partial == "" {
		out := make([]Choice, min(len(c.choice), MaxChoices))
		copy(out, c.choice)
		return out
	}
	sc := c.getScratch()
	defer c.putScratch(sc)
	if f, ok := b.byID[partial]; ok && c.local[f] >= 0 {
		sc.claimFact(c.local[f], 1)
		sc.add(c.local[f])
	}
	c.wordHits(sc, partial)
	if len(partial) >= 3 {
		c.fuzzyOrder(sc, partial)
	}
	for _, h := range sc.ranked {
		sc.add(c.owner[h.target])
	}
	for _, m := range sc.tail {
		sc.add(c.owner[m.target])
	}
	out := make([]Choice, len(sc.picked))
	for i, f := range sc.picked {
		out[i] = c.choice[f]
	}
	return out
}

// add picks fact f, unless it is picked already or the choices are full.
func (sc *completeScratch) add(f int32) {
	if !sc.seen[f] && len(sc.picked) < MaxChoices {
		sc.seen[f] = true
		sc.picked = append(sc.picked, f)
	}
}

// claimFact notes that fact f will be picked, by the typed id (stamp 1) or
// by the word hits that start at sc.ranked[stamp-2]. It reports whether f
// was unclaimed.
func (sc *completeScratch) claimFact(f, stamp int32) bool {
	if sc.claim[f] != 0 {
		return false
	}
	sc.claim[f] = stamp
	sc.claimed = append(sc.claimed, f)
	return true
}

// ask puts target t's string among those fuzzy is to score.
func (sc *completeScratch) ask(c *completer, t int32) {
	if x := c.text[t]; sc.asked[x] == 0 {
		sc.cand.idx = append(sc.cand.idx, x)
		sc.asked[x] = int32(len(sc.cand.idx))
	}
}

// judge gives s fuzzy's verdict on its target's string, which must have
// been asked about.
func (sc *completeScratch) judge(c *completer, s *scoredTarget) {
	s.verdict = sc.verdicts[sc.asked[c.text[s.target]]-1]
}

// byVerdict orders targets by fuzzy's verdicts: its matches first, best
// score first, then in target order, as fuzzy.FindFrom's stable sort of
// candidates listed in target order would.
func byVerdict(a, b scoredTarget) int {
	if a.fuzzed != b.fuzzed {
		if a.fuzzed {
			return -1
		}
		return 1
	}
	return cmp.Or(b.score-a.score, int(a.target-b.target))
}

// fuzzyOrder asks fuzzy, in one call, about the targets whose order it can
// change: the word hits that tie on length with another fact's (see
// tiedHits), and, if the hits leave room among the choices, the
// subsequence matches of the facts that neither they nor the typed id
// pick; the targets of those facts could only repeat them. It sorts
// sc.ranked by its verdicts and leaves its other matches, best first, in
// sc.tail.
func (c *completer) fuzzyOrder(sc *completeScratch, partial string) {
	full := c.tiedHits(sc, partial)
	if !full {
		want := byteMask(partial)
		for t, s := range c.targets {
			if sc.claim[c.owner[t]] == 0 && c.masks[t]&want == want && subsequence(partial, s) {
				sc.tail = append(sc.tail, scoredTarget{target: int32(t)})
				sc.ask(c, int32(t))
			}
		}
	}
	if len(sc.cand.idx) == 0 {
		return
	}
	sc.verdicts = append(sc.verdicts[:0], make([]verdict, len(sc.cand.idx))...)
	for _, m := range fuzzy.FindFromNoSort(partial, &sc.cand) {
		sc.verdicts[m.Index] = verdict{fuzzed: true, score: m.Score}
	}
	tail := sc.tail[:0]
	for _, s := range sc.tail {
		if sc.judge(c, &s); s.fuzzed {
			tail = append(tail, s)
		}
	}
	sc.tail = tail
	slices.SortFunc(sc.tail, byVerdict)
	if len(sc.pos) > 0 {
		for _, i := range sc.pos {
			sc.judge(c, &sc.ranked[i])
		}
		slices.SortFunc(sc.ranked, func(a, b scoredTarget) int {
			return cmp.Or(len(c.targets[a.target])-len(c.targets[b.target]), byVerdict(a, b))
		})
	}
}

// tiedHits walks the word hits, shortest first, as Complete will pick their
// facts, and asks fuzzy about the ones whose order it must settle: within
// one length, the subsequence matches among the targets of facts that
// length is the first to pick, when it picks two facts or more. Anywhere
// else fuzzy's verdict cannot change which fact comes first. It reports
// whether the hits fill the choices (and if so drops the hits after the
// length that fills them), and claims every fact they pick if not.
func (c *completer) tiedHits(sc *completeScratch, partial string) (full bool) {
	picked := len(sc.claimed) // the typed id's fact, if any
	for i := 0; i < len(sc.ranked); {
		n := len(c.targets[sc.ranked[i].target])
		stamp := int32(i + 2)
		j, fresh := i, 0
		for ; j < len(sc.ranked) && len(c.targets[sc.ranked[j].target]) == n; j++ {
			if sc.claimFact(c.owner[sc.ranked[j].target], stamp) {
				fresh++
			}
		}
		if fresh > 1 {
			for k := i; k < j; k++ {
				t := sc.ranked[k].target
				if sc.claim[c.owner[t]] == stamp && subsequence(partial, c.targets[t]) {
					sc.ask(c, t)
					sc.pos = append(sc.pos, int32(k))
				}
			}
		}
		if picked += fresh; picked >= MaxChoices {
			sc.ranked = sc.ranked[:j] // the longer hits can pick nothing
			return true
		}
		i = j
	}
	return false
}

// wordHits puts in sc.ranked, shortest first, then in target order, the
// targets in which every word typed begins a word, or (for words of three
// letters or more) is within a few edits of one: the misspellings fuzzy's
// subsequences cannot see.
func (c *completer) wordHits(sc *completeScratch, partial string) {
	sc.words = split(normalize(partial), sc.words[:0])
	// sc.count[t] is how many of the typed words so far target t matched,
	// for the targets in sc.touched; a target that misses one word can
	// never catch up.
	need := int32(0)
	for _, t := range sc.words {
		need++
		max := maxTypos(utf8.RuneCountInString(t))
		reached := false
		mark := func(j int) {
			for _, target := range c.wordTargets[j] {
				if sc.count[target] == need-1 {
					sc.count[target] = need
					if need == 1 {
						sc.touched = append(sc.touched, target)
					}
					reached = true
				}
			}
		}
		// A word matches t when it begins with t or is a plausible typo of
		// it, and plausibleTypo requires the same first byte, or the first
		// two swapped: so only the words beginning with t[0] and those
		// beginning with t[1], t[0] can match.
		lo, hi := c.wordsFrom(t[0])
		if max == 0 {
			// prefixes only: one run of the sorted words
			lo += sort.SearchStrings(c.words[lo:hi], t)
			for j := lo; j < hi && strings.HasPrefix(c.words[j], t); j++ {
				mark(j)
			}
		} else {
			for j := lo; j < hi; j++ {
				if wordMatches(t, c.words[j], max) {
					mark(j)
				}
			}
			if len(t) > 1 && t[1] != t[0] {
				lo, hi := c.wordsFrom(t[1])
				// Among these, the one-byte word sorts first, then the
				// rest by second byte.
				run := c.words[lo:hi]
				k := sort.Search(len(run), func(i int) bool { return len(run[i]) > 1 && run[i][1] >= t[0] })
				for j := lo + k; j < hi && c.words[j][1] == t[0]; j++ {
					if wordMatches(t, c.words[j], max) {
						mark(j)
					}
				}
			}
		}
		if !reached {
			return // no target has matched every word so far, and none can
		}
	}
	// Listing the hits through a bitset of their places in c.byLen sorts
	// them in time linear in the completer, where a 100-times larger base
	// can have thousands of hits for "m".
	for _, t := range sc.touched {
		if sc.count[t] == need {
			r := c.lenRank[t]
			sc.hits[r/64] |= 1 << (r % 64)
		}
	}
	for i, w := range sc.hits {
		for ; w != 0; w &= w - 1 {
			r := i*64 + bits.TrailingZeros64(w)
			sc.ranked = append(sc.ranked, scoredTarget{target: c.byLen[r]})
		}
		sc.hits[i] = 0
	}
}

// wordsFrom returns the run of c.words that begin with byte b.
func (c *completer) wordsFrom(b byte) (lo, hi int) {
	return int(c.byFirst[b]), int(c.byFirst[int(b)+1])
}

// wordMatches reports whether w, a word of a target, matches t, a typed
// word allowed max typos: w begins with t or is within max edits of it.
func wordMatches(t, w string, max int) bool {
	if strings.HasPrefix(w, t) {
		return true
	}
	d := len(w) - len(t)
	return max > 0 && d <= max && -d <= max && plausibleTypo(t, w) && editDistance(t, w, max) <= max
}

// clipRunes shortens s to at most n runes, ending with an ellipsis if cut.
func clipRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}
