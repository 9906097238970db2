package knowledge

import (
	"errors"
	"fmt"
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// Quote checking on an article as large as the loader accepts, quoted by
// thousands of facts:
//
//	go test -run '^$' -bench 'LargeArticle|FindQuote' -benchtime 3x ./internal/knowledge/

const (
	largeFacts    = 4000 // facts quoting the large article
	factsPerFile  = 1000 // keeps each fact file under MaxFileSize
	largeArticle  = "000_large.txt"
	largeLineSize = 200
)

// largeArticleFS builds a fact base of one article of almost MaxFileSize
// bytes, in lines of about 200 bytes of words drawn from a small
// vocabulary (so common words are on most lines, as in prose), and
// largeFacts facts each quoting six words of a random line. The first
// broken quotes have one word changed, so they are not found.
func largeArticleFS(tb testing.TB, broken int) (fstest.MapFS, []string) {
	tb.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	vocab := strings.Fields("the doctors strike pay contract government union hospital patients nurses " +
		"minister health care emergency cover services walkout morning week junior consultants talks offer " +
		"deal poll support public cancelled appointments operations england scotland wales london agreed")
	var lines [][]string
	size := 0
	for n := 0; size < MaxFileSize-2*largeLineSize; n++ {
		words := []string{fmt.Sprintf("Paragraph %d:", n)}
		for l := 0; l < largeLineSize; l += len(words[len(words)-1]) + 1 {
			words = append(words, vocab[rng.IntN(len(vocab))])
		}
		lines = append(lines, words)
		size += len(strings.Join(words, " ")) + 1
	}
	text := make([]string, len(lines))
	for i, w := range lines {
		text[i] = strings.Join(w, " ")
	}
	m := fstest.MapFS{
		"articles/" + largeArticle: {Data: []byte(strings.Join(text, "\n") + "\n")},
		"articles.yaml":            {Data: []byte("- ref: \"000\"\n  file: " + largeArticle + "\n  title: Large\n  dispute: \"2016\"\n")},
	}
	var quotes []string
	var file strings.Builder
	for i := range largeFacts {
		w := lines[rng.IntN(len(lines))]
		at := 1 + rng.IntN(len(w)-7)
		q := slices.Clone(w[at : at+6])
		if i < broken {
			q[3] = "zzyzx"
		}
		quote := strings.Join(q, " ")
		quotes = append(quotes, quote)
		fmt.Fprintf(&file, "- id: fact-%d\n  kind: topic\n  dispute: \"2016\"\n  title: Fact %d\n  answer: An answer.\n"+
			"  evidence:\n    - file: %s\n      quote: %s\n", i, i, largeArticle, quote)
		if (i+1)%factsPerFile == 0 {
			m[fmt.Sprintf("facts/f%d.yaml", i/factsPerFile)] = &fstest.MapFile{Data: []byte(file.String())}
			file.Reset()
		}
	}
	return withModel(tb, m), quotes
}

// TestLargeArticleFS checks the generator the benchmarks rely on: every
// file within the cap, every quote found, and broken ones reported with a
// hint up to the cap on hints.
func TestLargeArticleFS(t *testing.T) {
	if testing.Short() {
		t.Skip("builds a 1 MiB article")
	}
	m, _ := largeArticleFS(t, 0)
	for name, f := range m {
		if len(f.Data) > MaxFileSize {
			t.Errorf("%s is %d bytes, over the cap", name, len(f.Data))
		}
	}
	if len(m["articles/"+largeArticle].Data) < MaxFileSize*9/10 {
		t.Errorf("article only %d bytes", len(m["articles/"+largeArticle].Data))
	}
	b, err := Load(m)
	if err != nil {
		t.Fatal(err)
	}
	if len(b.Facts()) != largeFacts {
		t.Errorf("%d facts", len(b.Facts()))
	}
	m, _ = largeArticleFS(t, maxHints+10)
	_, err = Load(m)
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != maxHints+10 {
		t.Fatalf("Load = %v; want %d problems", err, maxHints+10)
	}
	hints := strings.Count(le.Error(), "nearest is line")
	if hints != maxHints {
		t.Errorf("%d hints, want %d (the cap)", hints, maxHints)
	}
}

func BenchmarkLoadLargeArticle(b *testing.B) {
	for _, broken := range []int{0, largeFacts} {
		b.Run(fmt.Sprintf("broken=%d", broken), func(b *testing.B) {
			m, _ := largeArticleFS(b, broken)
			b.ReportAllocs()
			for b.Loop() {
				_, err := Load(m)
				if (err != nil) != (broken > 0) {
					b.Fatal(err)
				}
			}
		})
	}
}

// BenchmarkFindQuote compares the suffix array with the line scan it
// replaced, for every quote of the large base.
func BenchmarkFindQuote(b *testing.B) {
	m, quotes := largeArticleFS(b, 0)
	lines := strings.Split(string(m["articles/"+largeArticle].Data), "\n")
	b.Run("index", func(b *testing.B) {
		for b.Loop() {
			t := newArticleText(lines)
			for _, q := range quotes {
				if t.find(q) == 0 {
					b.Fatal(q)
				}
			}
		}
	})
	b.Run("scan", func(b *testing.B) {
		for b.Loop() {
			collapsed := make([]string, len(lines))
			for i, l := range lines {
				collapsed[i] = collapseSpace(l)
			}
			for _, q := range quotes {
				q = collapseSpace(q)
				found := false
				for _, l := range collapsed {
					if strings.Contains(l, q) {
						found = true
						break
					}
				}
				if !found {
					b.Fatal(q)
				}
			}
		}
	})
}
