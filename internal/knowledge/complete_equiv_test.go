package knowledge

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"
)

// Complete was rewritten for speed under the promise that no user sees a
// different choice: these tests hold it to referenceComplete (the old code,
// in complete_ref_test.go) for every look-up over a large set of inputs.

// completeLookups are every look-up Complete knows, in a fixed order, and
// one it does not.
func completeLookups() []Lookup {
	ls := make([]Lookup, 0, len(LookupKinds)+1)
	for l := range LookupKinds {
		ls = append(ls, l)
	}
	slices.Sort(ls)
	return append(ls, Lookup("nope"))
}

// typos returns w with each rune in turn dropped, swapped with the next,
// or replaced by the next letter of the alphabet: the slips the typo
// matching exists for, and near misses it must reject.
func typos(w string) []string {
	r := []rune(w)
	var out []string
	for i := range r {
		out = append(out, string(r[:i])+string(r[i+1:]))
		if i+1 < len(r) {
			s := slices.Clone(r)
			s[i], s[i+1] = s[i+1], s[i]
			out = append(out, string(s))
		}
		s := slices.Clone(r)
		s[i]++
		out = append(out, string(s))
	}
	return out
}

// someTypos returns three of w's typos, one of each sort, at positions
// picked by rng.
func someTypos(w string, rng *rand.Rand) []string {
	r := []rune(w)
	if len(r) < 2 {
		return typos(w)
	}
	i := rng.IntN(len(r) - 1)
	drop := string(r[:i]) + string(r[i+1:])
	s := slices.Clone(r)
	s[i], s[i+1] = s[i+1], s[i]
	swap := string(s)
	s = slices.Clone(r)
	s[i+1] = 'a' + rune(rng.IntN(26))
	return []string{drop, swap, string(s)}
}

// completeInputs builds the partials for b: every prefix of every title,
// alias and id, every word of them with its typos, typos of a sample of
// prefixes, odd and hostile inputs, and random strings.
func completeInputs(b *Base) []string {
	rng := rand.New(rand.NewPCG(1, 2))
	seen := map[string]bool{}
	var out []string
	add := func(ss ...string) {
		for _, s := range ss {
			if !seen[s] {
				seen[s] = true
				out = append(out, s)
			}
		}
	}
	words := map[string]bool{}
	for _, f := range b.facts {
		add(f.ID, strings.ToUpper(f.ID))
		for _, name := range append([]string{f.Title}, f.Aliases...) {
			r := []rune(name)
			for n := 1; n <= len(r); n++ {
				p := string(r[:n])
				add(p)
				if n%3 == 0 { // a sample: all of them would be too many
					add(someTypos(p, rng)...)
				}
			}
			add(strings.ToUpper(name), " "+name+" ", name+" x", "x "+name)
			for _, w := range strings.Fields(name) {
				words[w] = true
			}
			for _, w := range split(normalize(name), nil) {
				words[w] = true
			}
		}
	}
	ws := make([]string, 0, len(words))
	for w := range words {
		ws = append(ws, w)
	}
	slices.Sort(ws)
	for i, w := range ws {
		add(w, strings.ToUpper(w[:1])+w[1:])
		add(typos(w)...)
		// two words, each possibly misspelt, as someone narrowing down
		next := ws[(i*7+3)%len(ws)]
		add(w+" "+next, w+" "+next[:max(1, len(next)/2)])
		if t := typos(next); len(t) > 0 {
			add(w + " " + t[i%len(t)])
		}
	}
	add("", " ", "\t\n", "   mark   ", "MaRk PoRtEr", "BARCL", "Barclay é", "ü", "é", "ée", "ßtrike",
		"İstanbul", "K", "\u212a", "ǅ", "ﬃ", "\x00", "mark\x00porter", "\xff\xfe", "a\xffb", "🩺", "👩‍⚕️ strike",
		"a&e", "a & e", "125,000", "6.5%", "8 a.m.", "all-out", "five-day", "no. 10", "'s", "hunt's", "porter's",
		"...", "---", "? ? ?", "zzzzqqq", "qqq", "xyz", "the", "of the", "jeremy-hunt", "mark-porter",
		strings.Repeat("a", 100), strings.Repeat("a", 101), strings.Repeat("mark ", 30), strings.Repeat("é", 60),
		strings.Repeat("hunt ", 40), strings.Repeat("%", 100), strings.Repeat("&", 100), strings.Repeat("x", 1000),
		strings.Repeat("barclay", 20), strings.Repeat("ab ", 50), strings.Repeat(" ", 200)+"hunt")
	for _, s := range fuzzSeeds {
		add(s)
	}
	const alphabet = "abcdehiklmnoprstuy  -'.%&0123456789éüAMZ"
	ab := []rune(alphabet)
	for range 3000 {
		r := make([]rune, 1+rng.IntN(12))
		for i := range r {
			r[i] = ab[rng.IntN(len(ab))]
		}
		add(string(r))
	}
	return out
}

// sampled returns the inputs, or every tenth under -short or the race
// detector, whose slowdown would make the whole set take minutes. (Plain
// go test runs them all.)
func sampled(inputs []string) []string {
	if !testing.Short() && !raceEnabled {
		return inputs
	}
	var out []string
	for i := 0; i < len(inputs); i += 10 {
		out = append(out, inputs[i])
	}
	return out
}

// checkSameChoices compares Complete with the reference for one input,
// down to a nil result for an unknown look-up against an empty one.
func checkSameChoices(t *testing.T, b *Base, l Lookup, partial string) bool {
	t.Helper()
	got, want := b.Complete(l, partial), referenceComplete(b, l, partial)
	if !slices.Equal(got, want) || (got == nil) != (want == nil) {
		t.Errorf("Complete(%s, %q):\n got %v\nwant %v", l, partial, got, want)
		return false
	}
	return true
}

// compareAll checks every input against every look-up, giving up on a
// look-up after ten differences.
func compareAll(t *testing.T, b *Base, inputs []string) {
	t.Helper()
	t.Logf("%d inputs × %d look-ups", len(inputs), len(completeLookups()))
	for _, l := range completeLookups() {
		failures := 0
		for _, p := range inputs {
			if !checkSameChoices(t, b, l, p) {
				if failures++; failures == 10 {
					t.Fatalf("%s: too many differences", l)
				}
			}
		}
	}
}

func TestCompleteMatchesReference(t *testing.T) {
	b := realBase(t)
	compareAll(t, b, sampled(append(completeInputs(b), evalQuestions(t)...)))
}

// TestCompleteMatchesReferenceSynthetic repeats the comparison on a base
// three times the size, whose numbered clones make many equal-length
// targets: the ties fuzzy's scores break. A sample of the inputs does.
func TestCompleteMatchesReferenceSynthetic(t *testing.T) {
	if testing.Short() {
		t.Skip("loads a synthetic base")
	}
	b, err := Load(syntheticFS(t, 3))
	if err != nil {
		t.Fatal(err)
	}
	inputs := []string{"mark2", "mark2 porter2", "porter1", "clone", "clone 2", "(clone", "hunt2", "hnut1", "barclay2 2"}
	for i, p := range sampled(completeInputs(realBase(t))) {
		if i%10 == 0 || utf8.RuneCountInString(p) <= 4 {
			inputs = append(inputs, p)
		}
	}
	compareAll(t, b, inputs)
}

func FuzzCompleteMatchesReference(f *testing.F) {
	b := realBase(f)
	for i, p := range append([]string{"", "m", "mark", "hnut", "barcl", "ipsos", "mpor", "zzzz", "jeremy-hunt", "Barclay é", "ü"}, fuzzSeeds...) {
		f.Add(uint8(i), p)
	}
	for i, q := range evalQuestions(f) {
		f.Add(uint8(i), q)
	}
	ls := completeLookups()
	f.Fuzz(func(t *testing.T, k uint8, partial string) {
		checkSameChoices(t, b, ls[int(k)%len(ls)], partial)
	})
}

// TestCompleteConcurrent: Complete's pooled scratch space must never be
// shared by two calls. Goroutines complete interleaved inputs on every
// look-up and must each get what one call alone gets.
func TestCompleteConcurrent(t *testing.T) {
	b := realBase(t)
	inputs := []string{"", "m", "mar", "mark", "hnut", "barcl", "ipsos", "the", "mark porter", "jeremy-hunt", "strike", "zzzz"}
	ls := completeLookups()
	want := map[Lookup][][]Choice{}
	for _, l := range ls {
		for _, p := range inputs {
			want[l] = append(want[l], b.Complete(l, p))
		}
	}
	var wg sync.WaitGroup
	for g := range 8 {
		wg.Go(func() {
			for i := range 200 {
				l, j := ls[(g+i)%len(ls)], (g*7+i)%len(inputs)
				if got := b.Complete(l, inputs[j]); !slices.Equal(got, want[l][j]) {
					t.Errorf("Complete(%s, %q) = %v concurrently, %v alone", l, inputs[j], got, want[l][j])
					return
				}
			}
		})
	}
	wg.Wait()
}
