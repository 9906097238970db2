package knowledge

import (
	"os"
	"strings"
	"testing"
	"testing/fstest"
)

// openFS is the real fact base plus, from testdata/newdispute, a synthetic
// fourth article and a third dispute with its facts: added as data alone,
// as a curator would.
func openFS(t *testing.T) fstest.MapFS {
	t.Helper()
	m := articleFS(t)
	read := func(name string) []byte {
		b, err := os.ReadFile("testdata/newdispute/" + name)
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	for name, f := range realFactFiles(t) {
		m[name] = f
	}
	m["disputes.yaml"] = &fstest.MapFile{Data: append(realFile(t, "disputes.yaml"), read("dispute.yaml")...)}
	m["articles.yaml"] = &fstest.MapFile{Data: append(realFile(t, "articles.yaml"), read("article.yaml")...)}
	m["articles/003_synthetic.txt"] = &fstest.MapFile{Data: read("003_synthetic.txt")}
	m["facts/rota.yaml"] = &fstest.MapFile{Data: read("facts.yaml")}
	return m
}

func TestOpenModel(t *testing.T) {
	b, err := Load(openFS(t))
	if err != nil {
		t.Fatalf("a fourth article and a third dispute do not load: %v", err)
	}
	if n := len(b.Articles()); n != 4 {
		t.Fatalf("%d articles, want 4", n)
	}
	if n := len(b.Disputes()); n != 3 {
		t.Fatalf("%d disputes, want 3", n)
	}
	if a, ok := b.Article("003"); !ok || a.Publication != "The Test Gazette" || a.Dispute != "rota-2024" {
		t.Errorf("article 003 = %+v, %v", a, ok)
	}
	if s := b.Scope(); !strings.Contains(s, "the 2024 rota dispute") || !strings.Contains(s, "4 news articles") {
		t.Errorf("Scope() = %q, want the new dispute and 4 articles", s)
	}
	cases := []struct {
		q        string
		found    bool
		fact     string // among the answer's facts
		text     string // in the answer's text
		citeFile string // cited
	}{
		{"when did the welsh strike start?", true, "rota-start", "In the 2024 rota dispute, the strike began", "003_synthetic.txt"},
		{"what time did picket lines form in cardiff?", true, "rota-start", "6am", "003_synthetic.txt"},
		{"who is alys morgan", true, "alys-morgan", "regrettable", "003_synthetic.txt"},
		{"2024", true, "rota-overview", "three-day strike", "003_synthetic.txt"},
		{"what does the test gazette say about the rota dispute?", true, "rota-overview", "rota", "003_synthetic.txt"},
		{"who is mark porter", true, "mark-porter", "Porter", "000_73b2b942d9bd6961.txt"},
		{"how many people marched in cardiff?", false, "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			if a.Found != c.found {
				t.Fatalf("found = %v, want %v (%v: %s)", a.Found, c.found, a.Facts, a.Text)
			}
			if c.fact != "" && !strings.Contains(","+strings.Join(a.Facts, ",")+",", ","+c.fact+",") {
				t.Errorf("facts %v lack %s", a.Facts, c.fact)
			}
			if !strings.Contains(a.Text, c.text) {
				t.Errorf("text %q lacks %q", a.Text, c.text)
			}
			if c.citeFile != "" && !slicesContainsFile(a.Sources, c.citeFile) {
				t.Errorf("sources %v do not cite %s", a.Sources, c.citeFile)
			}
			for _, s := range a.Sources {
				if !citesTruly(b, s) {
					t.Errorf("source %+v is not verbatim", s)
				}
			}
		})
	}
	// A broad question with no dispute named gets every dispute's overview.
	a := b.Answer("tell me about the strikes")
	for _, id := range []string{"dispute-2016-overview", "dispute-2023-overview", "rota-overview"} {
		if !strings.Contains(","+strings.Join(a.Facts, ",")+",", ","+id+",") {
			t.Errorf("broad answer %v lacks %s", a.Facts, id)
		}
	}
}

// TestOpenModelProblems: a fact naming an undeclared dispute, and evidence
// naming an unknown ref, are errors that list what is valid.
func TestOpenModelProblems(t *testing.T) {
	m := openFS(t)
	m["facts/bad.yaml"] = &fstest.MapFile{Data: []byte(`- id: bad-dispute
  kind: event
  dispute: "1999"
  title: Bad
  answer: An answer.
  evidence:
    - file: "009"
      quote: Resident doctors in Wales began
`)}
	_, err := Load(m)
	if err == nil {
		t.Fatal("loaded a fact with an undeclared dispute")
	}
	for _, want := range []string{`dispute must be one of "2016", "2023", "rota-2024" or "both", not "1999"`, `evidence file "009" is not one of the articles`} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error %q lacks %q", err, want)
		}
	}
}

func slicesContainsFile(sources []Source, file string) bool {
	for _, s := range sources {
		if s.File == file {
			return true
		}
	}
	return false
}
