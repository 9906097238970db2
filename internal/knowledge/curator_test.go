package knowledge

import (
	"errors"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

func TestFindArticle(t *testing.T) {
	articles := realBase(t).Articles()
	cases := []struct {
		ref, want, err string
	}{
		{art000, art000, ""},
		{"000", art000, ""},
		{"001_882", art001, ""},
		{"002_27ed4c5538eb03e9", art002, ""},
		{"0", "", "could be any of " + art000 + ", " + art001 + ", " + art002},
		{"003", "", `no article "003"; the articles are ` + art000},
		{"", "", `no article ""`},
		{"73b2", "", "no article"}, // a prefix, not any part of the name
	}
	for _, c := range cases {
		t.Run(c.ref, func(t *testing.T) {
			a, err := FindArticle(articles, c.ref)
			if c.err != "" {
				if err == nil || !strings.Contains(err.Error(), c.err) {
					t.Errorf("FindArticle(%q) = %v, %v; want error with %q", c.ref, a, err, c.err)
				}
				return
			}
			if err != nil || a.File != c.want {
				t.Errorf("FindArticle(%q) = %v, %v; want %s", c.ref, a, err, c.want)
			}
		})
	}
}

func TestReadArticlesWhileFactsAreBroken(t *testing.T) {
	m := articleFS(t)
	m["facts/a.yaml"] = &fstest.MapFile{Data: []byte("- id: [broken\n")}
	articles, err := ReadArticles(m)
	if err != nil {
		t.Fatalf("ReadArticles: %v", err)
	}
	if len(articles) != 3 || articles[0].File != art000 || len(articles[0].Lines) < 10 {
		t.Errorf("got %d articles, first %v", len(articles), articles[0])
	}
	m["articles/003_bin.txt"] = &fstest.MapFile{Data: []byte("\x00\x01")}
	m["articles/notes.md"] = &fstest.MapFile{Data: []byte("x")}
	_, err = ReadArticles(m)
	checkProblems(t, err, []wantProblem{{"articles/003_bin.txt", 1, "control characters"}, {"articles/notes.md", 0, "not a *.txt file"}})
	var le *LoadError
	if _, err := ReadArticles(fstest.MapFS{}); !errors.As(err, &le) {
		t.Errorf("ReadArticles of nothing = %v; want a *LoadError", err)
	}
}

func TestSentenceSpans(t *testing.T) {
	cases := []struct {
		line string
		want []string
	}{
		{"", nil},
		{"One sentence without a stop", []string{"One sentence without a stop"}},
		{"First one. Second one.", []string{"First one.", "Second one."}},
		{"He said: \"Stop.\" Then he left!", []string{"He said: \"Stop.\"", "Then he left!"}},
		{"Is it? “Yes,” she said.", []string{"Is it?", "“Yes,” she said."}},
		{"It rose 6.5% in 2023. 57% agreed.", []string{"It rose 6.5% in 2023.", "57% agreed."}},
		{"at 8 a.m. on Tuesday", []string{"at 8 a.m. on Tuesday"}}, // no capital follows
		{"(He left.) After that, calm.", []string{"(He left.)", "After that, calm."}},
		{"Trailing stop. ", []string{"Trailing stop. "}},
	}
	for _, c := range cases {
		t.Run(c.line, func(t *testing.T) {
			var got []string
			for _, s := range sentenceSpans(c.line) {
				got = append(got, c.line[s[0]:s[1]])
			}
			if !slices.Equal(got, c.want) {
				t.Errorf("sentences %q, want %q", got, c.want)
			}
		})
	}
}

func TestCoverage(t *testing.T) {
	article := "One is quoted. Two is not.\n\nThree is quoted here, and repeated below.\nThree is quoted here, and repeated below.\nFour is never quoted.\n"
	m := fstest.MapFS{
		"articles/000_a.txt": {Data: []byte(article)},
		"articles.yaml":      {Data: []byte("- ref: \"000\"\n  file: 000_a.txt\n  title: A\n  dispute: \"2016\"\n")},
		"facts/a.yaml": {Data: []byte(`- id: one
  kind: topic
  dispute: "2016"
  title: One
  answer: One.
  evidence:
    - file: 000_a.txt
      quote: One is quoted.
    - file: 000_a.txt
      quote: quoted here, and
`)},
	}
	b, err := Load(withModel(t, m))
	if err != nil {
		t.Fatal(err)
	}
	c := b.Coverage()
	want := []Sentence{{"000_a.txt", 1, "Two is not."}, {"000_a.txt", 5, "Four is never quoted."}}
	if c.Sentences != 5 || !slices.Equal(c.Uncited, want) {
		t.Errorf("Coverage = %d sentences, uncited %+v; want 5, %+v", c.Sentences, c.Uncited, want)
	}
}

// TestRealCoverage: every uncited sentence the real base reports is truly
// on its line and overlaps no quote there.
func TestRealCoverage(t *testing.T) {
	b := realBase(t)
	c := b.Coverage()
	if c.Sentences < 50 || len(c.Uncited) >= c.Sentences {
		t.Fatalf("Coverage = %d sentences, %d uncited", c.Sentences, len(c.Uncited))
	}
	for _, s := range c.Uncited {
		a, _ := b.Article(s.File)
		if !strings.Contains(collapse(a.Lines[s.Line-1]), s.Text) {
			t.Errorf("%s:%d does not hold %q", s.File, s.Line, s.Text)
		}
		for _, f := range b.Facts() {
			for _, e := range f.Evidence {
				if e.File == s.File && strings.Contains(s.Text, collapse(e.Quote)) {
					t.Errorf("%s:%d %q is quoted by %s", s.File, s.Line, s.Text, f.ID)
				}
			}
		}
	}
}
