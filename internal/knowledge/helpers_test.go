package knowledge

import (
	"bufio"
	"encoding/json"
	"io/fs"
	"os"
	"regexp"
	"strings"
	"sync"
	"testing"
	"testing/fstest"

	"github.com/strikebot/strikebot/data"
)

// Shared by the tests, fuzzers and benchmarks of this package.

var (
	realOnce sync.Once
	realB    *Base
	realErr  error
)

// realBase loads the embedded fact base once per test binary. The Base is
// read-only, so every test and fuzz worker may share it.
func realBase(tb testing.TB) *Base {
	tb.Helper()
	realOnce.Do(func() { realB, realErr = Load(data.FS()) })
	if realErr != nil {
		tb.Fatalf("the embedded fact base does not load: %v", realErr)
	}
	return realB
}

// evalFile is the committed evaluation set at the repository root.
const evalFile = "../../testdata/eval.jsonl"

// evalQuestions reads the questions of the evaluation set, skipping blank
// lines and // comments as bot eval does.
func evalQuestions(tb testing.TB) []string {
	tb.Helper()
	f, err := os.Open(evalFile)
	if err != nil {
		tb.Fatalf("open eval set: %v", err)
	}
	defer f.Close()
	var qs []string
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "//") {
			continue
		}
		var c struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal([]byte(line), &c); err != nil {
			tb.Fatalf("%s: %v", evalFile, err)
		}
		qs = append(qs, c.Question)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	if len(qs) == 0 {
		tb.Fatalf("%s has no questions", evalFile)
	}
	return qs
}

// articleFS copies the real articles and their descriptions out of the
// embedded fact base into a MapFS, with no facts: each test adds its own.
func articleFS(tb testing.TB) fstest.MapFS {
	tb.Helper()
	m := fstest.MapFS{}
	src := data.FS()
	names, err := fs.Glob(src, "articles/*.txt")
	if err != nil || len(names) == 0 {
		tb.Fatalf("no embedded articles: %v", err)
	}
	for _, name := range append(names, "articles.yaml", "disputes.yaml", "vocabulary.yaml", "words/english.txt", "words/modifiers.txt") {
		b, err := fs.ReadFile(src, name)
		if err != nil {
			tb.Fatal(err)
		}
		if name == "disputes.yaml" {
			// The tests' facts are their own: no dispute overview among them.
			b = regexp.MustCompile(`(?m)^  overview: .*\n`).ReplaceAll(b, nil)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}

// withModel adds the embedded disputes, vocabulary and word list (as
// articleFS has them) to a test's own articles and facts, which name the
// embedded disputes.
func withModel(tb testing.TB, m fstest.MapFS) fstest.MapFS {
	tb.Helper()
	src := articleFS(tb)
	for _, name := range []string{"disputes.yaml", "vocabulary.yaml", "words/english.txt", "words/modifiers.txt"} {
		m[name] = src[name]
	}
	return m
}

// collapse is the test's own white-space collapsing, independent of the
// loader's: every run of Unicode white space (NBSP included) becomes one
// space, and the ends are trimmed.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }

// citesTruly reports whether line (1-based) of the base's article file
// contains quote, white space collapsed.
func citesTruly(b *Base, s Source) bool {
	a, ok := b.Article(s.File)
	if !ok || s.Line < 1 || s.Line > len(a.Lines) || strings.TrimSpace(s.Quote) == "" {
		return false
	}
	return strings.Contains(collapse(a.Lines[s.Line-1]), collapse(s.Quote))
}

// The text pipeline's steps as the real vocabulary reads them, for the
// tests of those steps.
func realVocab() *vocab {
	realOnce.Do(func() { realB, realErr = Load(data.FS()) })
	if realErr != nil {
		panic(realErr)
	}
	return realB.v
}

func normalize(s string) string                     { return strings.Join(realVocab().words(s), " ") }
func termOf(w string) string                        { return realVocab().term(w) }
func stem(w string) string                          { return realVocab().stem(w) }
func terms(s string, words map[string]int) []string { return realVocab().terms(s, words) }

// realFile reads one file of the embedded fact base.
func realFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := fs.ReadFile(data.FS(), name)
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// realFactFiles copies the embedded facts/*.yaml.
func realFactFiles(tb testing.TB) map[string]*fstest.MapFile {
	tb.Helper()
	names, err := fs.Glob(data.FS(), "facts/*.yaml")
	if err != nil {
		tb.Fatal(err)
	}
	out := map[string]*fstest.MapFile{}
	for _, n := range names {
		out[n] = &fstest.MapFile{Data: realFile(tb, n)}
	}
	return out
}
