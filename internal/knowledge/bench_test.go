package knowledge

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
	"sync"
	"testing"
	"testing/fstest"
	"time"

	"github.com/strikebot/strikebot/data"
	"go.yaml.in/yaml/v3"
)

// Benchmarks. Reproduce the figures with:
//
//	go test -run '^$' -bench . -benchmem ./internal/knowledge/
//
// Targets on the project's 2-core machine: Answer median ≤ 20 µs and
// Complete ≤ 20 µs on the real fact base, Answer ≤ 200 µs on the
// synthetic one 100× larger, Load ≤ 30 ms. Benchmarks only measure; no
// test fails on time.

const scale = 100

// synthFact is the on-disk form of a fact, for generating fact files.
type synthFact struct {
	ID       string          `yaml:"id"`
	Kind     string          `yaml:"kind"`
	Dispute  string          `yaml:"dispute"`
	Title    string          `yaml:"title"`
	Aliases  []string        `yaml:"aliases,omitempty"`
	Keywords []string        `yaml:"keywords,omitempty"`
	About    []string        `yaml:"about,omitempty"`
	Question []string        `yaml:"questions,omitempty"`
	Preamble bool            `yaml:"preamble"` // false: Answer carries it already
	Answer   string          `yaml:"answer"`
	Evidence []synthEvidence `yaml:"evidence"`
}

type synthEvidence struct {
	File  string `yaml:"file"`
	Quote string `yaml:"quote"`
}

// suffixWords appends n to every word of s: "bma boss" → "bma7 boss7".
func suffixWords(s string, n int) string {
	f := strings.Fields(s)
	for i, w := range f {
		f[i] = fmt.Sprintf("%s%d", w, n)
	}
	return strings.Join(f, " ")
}

func cloneID(id string, k int) string {
	if k == 0 {
		return id
	}
	return fmt.Sprintf("%s-c%d", id, k)
}

// syntheticFS builds a fact base factor times the size of the real one:
// every fact is cloned factor times (clone 0 is the original) with a new
// id, a numbered title, and aliases and keywords whose words carry the
// clone's number, so the vocabulary grows too. Answers and evidence are
// kept, so every quote is still verbatim and Load checks them all. Each
// source file's facts go to their own generated file.
func syntheticFS(tb testing.TB, factor int) fstest.MapFS {
	tb.Helper()
	b := realBase(tb)
	m := articleFS(tb)
	byFile := map[string][]synthFact{}
	var files []string
	for k := range factor {
		for _, f := range b.Facts() {
			s := synthFact{
				ID: cloneID(f.ID, k), Kind: string(f.Kind), Dispute: string(f.Dispute),
				Title: f.Title, Answer: f.Answer,
			}
			if k > 0 {
				s.Title = fmt.Sprintf("%s (clone %d)", f.Title, k)
			}
			for _, a := range f.Aliases {
				if k > 0 {
					a = suffixWords(a, k)
				}
				s.Aliases = append(s.Aliases, a)
			}
			for _, w := range f.Keywords {
				if k > 0 {
					w = suffixWords(w, k)
				}
				s.Keywords = append(s.Keywords, w)
			}
			for _, q := range f.Questions {
				if k > 0 {
					q = suffixWords(q, k)
				}
				s.Question = append(s.Question, q)
			}
			for _, id := range f.About {
				s.About = append(s.About, cloneID(id, k))
			}
			for _, e := range f.Evidence {
				s.Evidence = append(s.Evidence, synthEvidence{File: e.File, Quote: e.Quote})
			}
			name := fmt.Sprintf("facts/clone-%02d-%s", k%10, strings.TrimPrefix(f.DataFile, "facts/"))
			if _, ok := byFile[name]; !ok {
				files = append(files, name)
			}
			byFile[name] = append(byFile[name], s)
		}
	}
	for _, name := range files {
		out, err := yaml.Marshal(byFile[name])
		if err != nil {
			tb.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: out}
	}
	return m
}

var (
	bigOnce sync.Once
	bigFS   fstest.MapFS
	bigBase *Base
	bigErr  error
)

// bigFactBase loads the 100× synthetic base once per benchmark binary.
func bigFactBase(tb testing.TB) (fs.FS, *Base) {
	tb.Helper()
	bigOnce.Do(func() {
		bigFS = syntheticFS(tb, scale)
		bigBase, bigErr = Load(bigFS)
	})
	if bigErr != nil {
		tb.Fatalf("synthetic base: %v", bigErr)
	}
	return bigFS, bigBase
}

// TestSyntheticBase checks the generator the benchmarks rely on, at a
// small factor: it loads, holds every clone, and a clone's perturbed alias
// finds that clone.
func TestSyntheticBase(t *testing.T) {
	orig := realBase(t)
	b, err := Load(syntheticFS(t, 3))
	if err != nil {
		t.Fatalf("synthetic base does not load: %v", err)
	}
	if got, want := len(b.Facts()), 3*len(orig.Facts()); got != want {
		t.Fatalf("%d facts, want %d", got, want)
	}
	if _, ok := b.Fact("mark-porter-c2"); !ok {
		t.Fatal("no clone mark-porter-c2")
	}
	if a := b.Answer("mark2 porter2"); len(a.Facts) == 0 || a.Facts[0] != "mark-porter-c2" {
		t.Errorf("Answer(mark2 porter2) = %v, want mark-porter-c2 first", a.Facts)
	}
	if a := b.Answer("who is mark porter"); !a.Found || len(a.Facts) == 0 || !strings.HasPrefix(a.Facts[0], "mark-porter") {
		t.Errorf("Answer(who is mark porter) = %v", a.Facts)
	}
}

// benchAnswer answers every question in turn, one question per op, and
// reports the median and 90th-percentile per-question latency beside
// ns/op.
func benchAnswer(b *testing.B, base *Base, qs []string) {
	total := make([]time.Duration, len(qs))
	count := make([]int, len(qs))
	// Each question once first: what the base works out per fact on first
	// use (see derived) would otherwise be charged to the questions that
	// happen to reach a fact first. A fresh base's first question is
	// measured with the whole process (bot ask, in the README).
	for _, q := range qs {
		base.Answer(q)
	}
	b.ReportAllocs()
	b.ResetTimer()
	i := 0
	for b.Loop() {
		j := i % len(qs)
		start := time.Now()
		base.Answer(qs[j])
		total[j] += time.Since(start)
		count[j]++
		i++
	}
	b.StopTimer()
	var per []float64
	for j := range qs {
		if count[j] > 0 {
			per = append(per, float64(total[j].Nanoseconds())/float64(count[j]))
		}
	}
	if len(per) == 0 {
		return
	}
	// The median and 90th percentile of the per-question means. (A maximum
	// would mostly measure which question a GC pause happened to hit.)
	slices.Sort(per)
	b.ReportMetric(per[len(per)/2], "median-ns/question")
	b.ReportMetric(per[len(per)*9/10], "p90-ns/question")
}

func BenchmarkAnswer(b *testing.B) {
	qs := evalQuestions(b)
	b.Run("real", func(b *testing.B) { benchAnswer(b, realBase(b), qs) })
	b.Run("x100", func(b *testing.B) {
		_, big := bigFactBase(b)
		benchAnswer(b, big, qs)
	})
}

// completePartials are what users typically have typed when Discord asks
// for choices.
var completePartials = []string{"", "m", "mark", "hnut", "barcl", "ipsos"}

// completeMore are further cases, kept out of "mixed" so that its figures
// stay comparable: the partial the handler benchmark sends, two words,
// and a word most targets of /ask's look-up contain.
var completeMore = []struct {
	name    string
	l       Lookup
	partial string
}{
	{"mar", LookupWho, "mar"},
	{"mark_porter", LookupWho, "mark porter"},
	{"any_the", LookupAny, "the"},
}

// benchWho runs one sub-benchmark of Complete on /who's look-up per
// partial, named after it ("empty" for "").
func benchWho(b *testing.B, base *Base, partials []string) {
	for _, p := range partials {
		name := p
		if name == "" {
			name = "empty"
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				base.Complete(LookupWho, p)
			}
		})
	}
}

func benchComplete(b *testing.B, base *Base) {
	benchWho(b, base, completePartials)
	for _, c := range completeMore {
		b.Run(c.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				base.Complete(c.l, c.partial)
			}
		})
	}
	b.Run("mixed", func(b *testing.B) {
		// every partial against every look-up, in turn
		b.ReportAllocs()
		i := 0
		for b.Loop() {
			base.Complete(fuzzLookups[(i/len(completePartials))%len(fuzzLookups)], completePartials[i%len(completePartials)])
			i++
		}
	})
}

func BenchmarkComplete(b *testing.B) {
	b.Run("real", func(b *testing.B) { benchComplete(b, realBase(b)) })
	b.Run("x100", func(b *testing.B) {
		_, big := bigFactBase(b)
		benchComplete(b, big)
	})
}

func BenchmarkLoad(b *testing.B) {
	b.Run("real", func(b *testing.B) {
		fsys := data.FS()
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Load(fsys); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("x100", func(b *testing.B) {
		fsys, _ := bigFactBase(b)
		b.ReportAllocs()
		for b.Loop() {
			if _, err := Load(fsys); err != nil {
				b.Fatal(err)
			}
		}
	})
}

// BenchmarkFirstAnswer is a fresh base's first question, after Load: what
// a one-shot "bot ask" does besides starting the process. What the base
// works out on first use (see derived, Base.examples) is charged here, not
// to BenchmarkAnswer, which asks every question once before measuring.
func BenchmarkFirstAnswer(b *testing.B) {
	fsys := data.FS()
	b.ReportAllocs()
	for b.Loop() {
		base, err := Load(fsys)
		if err != nil {
			b.Fatal(err)
		}
		if a := base.Answer("who is mark porter"); !a.Found {
			b.Fatalf("not found: %q", a.Text)
		}
	}
}
