package knowledge

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

const (
	art000 = "000_73b2b942d9bd6961.txt"
	art001 = "001_882c57e83c69025d.txt"
	art002 = "002_27ed4c5538eb03e9.txt"
)

// goodFact is a valid fact of eight lines whose quote is on line 2 of
// article 000; the loader tests break copies of it.
func goodFact(id string) string {
	return fmt.Sprintf(`- id: %s
  kind: person
  dispute: "2016"
  title: Title of %s
  answer: An answer.
  evidence:
    - file: %s
      quote: Jeremy Hunt appealed directly to medics on Monday
`, id, id, art000)
}

// wantProblem is a problem a broken fact base must report: in file, at
// line, with a message containing msg.
type wantProblem struct {
	file string
	line int
	msg  string
}

// loadWith loads the real articles plus the given files (facts/*.yaml, or
// a replacement articles.yaml).
func loadWith(t *testing.T, files map[string]string) (*Base, error) {
	t.Helper()
	m := articleFS(t)
	for name, text := range files {
		m[name] = &fstest.MapFile{Data: []byte(text)}
	}
	return Load(m)
}

func TestLoadReportsProblems(t *testing.T) {
	// The second line of article 002 runs on into the third; a quote across
	// the break must not be found.
	a002 := articleFS(t)[("articles/" + art002)].Data
	lines002 := strings.Split(string(a002), "\n")
	tail := strings.Fields(lines002[1])
	head := strings.Fields(lines002[2])
	spanning := strings.Join(tail[len(tail)-3:], " ") + " " + strings.Join(head[:3], " ")

	cases := []struct {
		name  string
		files map[string]string
		want  []wantProblem
	}{
		{
			name: "broken quote names the data file and the evidence item's line",
			files: map[string]string{"facts/a.yaml": goodFact("ok-one") + `- id: broken
  kind: event
  dispute: "2016"
  title: Broken
  answer: An answer.
  evidence:
    - file: ` + art000 + `
      quote: Jeremy Hunt appealed directly to medics on Monday
    - file: ` + art000 + `
      quote: Jeremy Hunt appealed directly to medics on Sunday
`},
			want: []wantProblem{{"facts/a.yaml", 17, `fact broken: quote not found in ` + art000}},
		},
		{
			name: "quote differing only in case is not found",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("lower"),
				"Jeremy Hunt appealed", "jeremy hunt appealed", 1)},
			want: []wantProblem{{"facts/a.yaml", 7, "quote not found"}},
		},
		{
			name: "quote spanning two lines is not found",
			files: map[string]string{"facts/a.yaml": `- id: spans
  kind: event
  dispute: "2023"
  title: Spans
  answer: An answer.
  evidence:
    - file: ` + art002 + `
      quote: '` + strings.ReplaceAll(spanning, "'", "''") + `'
`},
			want: []wantProblem{{"facts/a.yaml", 7, "quote not found in " + art002}},
		},
		{
			name: "duplicate id across files names both places",
			files: map[string]string{
				"facts/a.yaml": goodFact("twice"),
				"facts/b.yaml": goodFact("other") + goodFact("twice"),
			},
			want: []wantProblem{{"facts/b.yaml", 9, `id "twice" repeats (first defined at facts/a.yaml:1)`}},
		},
		{
			name:  "duplicate id in one file",
			files: map[string]string{"facts/a.yaml": goodFact("twice") + goodFact("twice")},
			want:  []wantProblem{{"facts/a.yaml", 9, "first defined at facts/a.yaml:1"}},
		},
		{
			name:  "missing id",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("x"), "- id: x\n  kind", "- kind", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "missing id"}},
		},
		{
			name:  "id not kebab-case",
			files: map[string]string{"facts/a.yaml": goodFact("Mark_Porter")},
			want:  []wantProblem{{"facts/a.yaml", 1, `id "Mark_Porter" must be kebab-case`}},
		},
		{
			name:  "missing kind",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("nokind"), "  kind: person\n", "", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact nokind: missing kind"}},
		},
		{
			name:  "missing dispute",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("nodispute"), "  dispute: \"2016\"\n", "", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact nodispute: missing dispute"}},
		},
		{
			name:  "missing title",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("notitle"), "  title: Title of notitle\n", "", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact notitle: missing title"}},
		},
		{
			name:  "blank title",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("blank"), "Title of blank", `"   "`, 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact blank: missing title"}},
		},
		{
			name:  "missing answer",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("noanswer"), "  answer: An answer.\n", "", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact noanswer: missing answer"}},
		},
		{
			name: "missing evidence",
			files: map[string]string{"facts/a.yaml": goodFact("ok-one") + `- id: noevidence
  kind: person
  dispute: "2016"
  title: No evidence
  answer: An answer.
`},
			want: []wantProblem{{"facts/a.yaml", 9, "fact noevidence: missing evidence"}},
		},
		{
			name:  "empty evidence list",
			files: map[string]string{"facts/a.yaml": "- id: empty\n  kind: person\n  dispute: both\n  title: T\n  answer: A.\n  evidence: []\n"},
			want:  []wantProblem{{"facts/a.yaml", 1, "fact empty: missing evidence"}},
		},
		{
			name:  "evidence without a quote",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("noquote"), "      quote: Jeremy Hunt appealed directly to medics on Monday\n", "", 1)},
			want:  []wantProblem{{"facts/a.yaml", 7, "fact noquote: evidence needs both file and quote"}},
		},
		{
			name:  "unknown field (alias: for aliases:)",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("typo"), "  title:", "  alias: [typo]\n  title:", 1)},
			want:  []wantProblem{{"facts/a.yaml", 4, `unknown field "alias"`}},
		},
		{
			name:  "unknown kind",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("badkind"), "kind: person", "kind: persn", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, `fact badkind: unknown kind "persn"`}},
		},
		{
			name:  "unknown dispute year",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("badyear"), `dispute: "2016"`, "dispute: 2017", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, `not "2017"`}},
		},
		{
			name:  "dispute is case-sensitive",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("capital"), `dispute: "2016"`, "dispute: Both", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, `not "Both"`}},
		},
		{
			name:  "dispute as a list",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("list"), `dispute: "2016"`, "dispute: [2016, 2023]", 1)},
			want:  []wantProblem{{"facts/a.yaml", 3, "cannot unmarshal"}},
		},
		{
			name:  "about names an unknown id",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("about"), "  answer:", "  about: [nobody]\n  answer:", 1)},
			want:  []wantProblem{{"facts/a.yaml", 1, `fact about: about names unknown fact "nobody"`}},
		},
		{
			name:  "unknown article file",
			files: map[string]string{"facts/a.yaml": strings.Replace(goodFact("nofile"), art000, "003_0000000000000000.txt", 1)},
			want:  []wantProblem{{"facts/a.yaml", 7, `evidence file "003_0000000000000000.txt" is not one of the articles`}},
		},
		{
			name:  "YAML syntax error with its line",
			files: map[string]string{"facts/a.yaml": goodFact("fine") + "- id: bad\n  title: x: y\n"},
			want:  []wantProblem{{"facts/a.yaml", 10, "mapping values are not allowed"}},
		},
		{
			name:  "top level must be a list",
			files: map[string]string{"facts/a.yaml": "id: lonely\nkind: person\n"},
			want:  []wantProblem{{"facts/a.yaml", 1, "top level must be a list"}},
		},
		{
			name:  "empty fact file",
			files: map[string]string{"facts/a.yaml": "# nothing yet\n"},
			want:  []wantProblem{{"facts/a.yaml", 0, "empty file"}},
		},
		{
			name:  "list item that is not a mapping",
			files: map[string]string{"facts/a.yaml": goodFact("fine") + "- just a string\n"},
			want:  []wantProblem{{"facts/a.yaml", 9, "each item must be a mapping"}},
		},
		{
			name: "article left out of articles.yaml",
			files: map[string]string{
				"facts/a.yaml":  goodFact("fine"),
				"articles.yaml": "- file: " + art000 + "\n  ref: a\n  title: A\n  dispute: \"2016\"\n- file: " + art001 + "\n  ref: b\n  title: B\n  dispute: \"2016\"\n",
			},
			want: []wantProblem{{"articles.yaml", 0, "article " + art002 + " is not described"}},
		},
		{
			name: "every problem at once, across files",
			files: map[string]string{
				"facts/a.yaml": goodFact("dup") +
					strings.Replace(goodFact("k"), "kind: person", "kind: nope", 1) +
					strings.Replace(goodFact("q"), "on Monday", "on Friday", 1),
				"facts/b.yaml": goodFact("dup") +
					strings.Replace(strings.Replace(goodFact("two"), "  title: Title of two\n", "", 1), "  answer:", "  about: [ghost]\n  answer:", 1),
			},
			want: []wantProblem{
				{"facts/a.yaml", 9, `unknown kind "nope"`},
				{"facts/a.yaml", 23, "fact q: quote not found"},
				{"facts/b.yaml", 1, `id "dup" repeats (first defined at facts/a.yaml:1)`},
				{"facts/b.yaml", 9, "fact two: missing title"},
				{"facts/b.yaml", 9, `about names unknown fact "ghost"`},
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := loadWith(t, c.files)
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v, %v; want a *LoadError", b != nil, err)
			}
			if b != nil {
				t.Errorf("Load returned a Base along with the error")
			}
			for _, w := range c.want {
				found := false
				for _, p := range le.Problems {
					if p.File == w.file && p.Line == w.line && strings.Contains(p.Msg, w.msg) {
						found = true
					}
				}
				if !found {
					t.Errorf("missing problem %s:%d: …%s…\ngot:\n%v", w.file, w.line, w.msg, le)
				}
				if !strings.Contains(le.Error(), w.msg) {
					t.Errorf("Error() does not list %q", w.msg)
				}
			}
			if len(le.Problems) != len(c.want) {
				t.Errorf("got %d problems, want %d:\n%v", len(le.Problems), len(c.want), le)
			}
		})
	}
}

func TestLoadAccepts(t *testing.T) {
	cases := []struct {
		name  string
		fact  string
		check func(t *testing.T, f *Fact)
	}{
		{
			name: "unquoted 2016 dispute reads as the string 2016",
			fact: strings.Replace(goodFact("year"), `dispute: "2016"`, "dispute: 2016", 1),
			check: func(t *testing.T, f *Fact) {
				if f.Dispute != Dispute("2016") {
					t.Errorf("Dispute = %q, want %q", f.Dispute, Dispute("2016"))
				}
			},
		},
		{
			name: "unquoted 2023 dispute reads as the string 2023",
			fact: strings.Replace(goodFact("year"), `dispute: "2016"`, "dispute: 2023", 1),
			check: func(t *testing.T, f *Fact) {
				if f.Dispute != Dispute("2023") {
					t.Errorf("Dispute = %q, want %q", f.Dispute, Dispute("2023"))
				}
			},
		},
		{
			name: "plain space matches the NBSP in 001 line 39",
			fact: `- id: nbsp
  kind: place
  dispute: "2016"
  title: NBSP
  answer: An answer.
  evidence:
    - file: ` + art001 + `
      quote: the PRUH in Farnborough, and Dartford's Darent Valley.
`,
			check: func(t *testing.T, f *Fact) {
				if len(f.Evidence) != 1 || f.Evidence[0].Line != 39 {
					t.Errorf("evidence = %+v, want line 39", f.Evidence)
				}
			},
		},
		{
			name: "runs of white space in a quote match one space",
			fact: strings.Replace(goodFact("spaces"), "appealed directly to", "appealed  directly\tto", 1),
			check: func(t *testing.T, f *Fact) {
				if len(f.Evidence) != 1 || f.Evidence[0].Line != 2 {
					t.Errorf("evidence = %+v, want line 2", f.Evidence)
				}
			},
		},
		{
			name: "fields are kept and located",
			fact: "# a comment first\n" + strings.Replace(goodFact("kept"), "  answer:", "  aliases: [one, two]\n  keywords: [k]\n  answer:", 1),
			check: func(t *testing.T, f *Fact) {
				if f.DataFile != "facts/a.yaml" || f.DataLine != 2 {
					t.Errorf("located at %s:%d, want facts/a.yaml:2", f.DataFile, f.DataLine)
				}
				if f.Kind != KindPerson || f.Title != "Title of kept" || f.Answer != "In the 2016 contract dispute, An answer." ||
					strings.Join(f.Aliases, ",") != "one,two" || strings.Join(f.Keywords, ",") != "k" {
					t.Errorf("fact = %+v", f)
				}
			},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := loadWith(t, map[string]string{"facts/a.yaml": c.fact})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if len(b.Facts()) != 1 {
				t.Fatalf("got %d facts, want 1", len(b.Facts()))
			}
			c.check(t, b.Facts()[0])
		})
	}
}

func TestLoadYAMLSyntaxLines(t *testing.T) {
	// go.yaml.in/yaml/v3 puts a 0-based line in parser errors and a 1-based
	// one in scanner errors; these cases pin the line a curator needs, for
	// both kinds.
	cases := []struct {
		name, text string
		line       int
	}{
		{"mapping value in a plain scalar (scanner)", "- id: a\n  kind: person\n  title: x: y\n", 3},
		{"tab indentation (scanner)", "- id: a\n\tkind: person\n", 2},
		{"unclosed flow list (parser)", "- id: a\n  kind: person\n  aliases: [one, two\n  title: x\n", 3},
		{"bad indentation (parser)", "- id: a\n  kind: person\n title: x\n", 3},
		{"unclosed flow mapping (parser)", "- id: a\n  kind: person\n  about: {a: 1\n  title: x\n", 3},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadWith(t, map[string]string{"facts/a.yaml": c.text})
			var le *LoadError
			if !errors.As(err, &le) || len(le.Problems) != 1 {
				t.Fatalf("Load = %v; want one problem", err)
			}
			p := le.Problems[0]
			if p.File != "facts/a.yaml" || !strings.Contains(p.Msg, "parse") {
				t.Fatalf("problem = %v; want a parse problem in facts/a.yaml", p)
			}
			if p.Line != c.line {
				t.Errorf("reported line %d, want %d (%s)", p.Line, c.line, p)
			}
		})
	}
}

func TestLoadNoFacts(t *testing.T) {
	_, err := Load(articleFS(t))
	var le *LoadError
	if !errors.As(err, &le) || len(le.Problems) != 1 || !strings.Contains(le.Problems[0].Msg, "no facts/*.yaml") {
		t.Fatalf("Load without facts = %v; want one 'no facts' problem", err)
	}
}

// TestLoadProblemOrder breaks every part of a fact base at once. Load
// reads the parts concurrently, yet must list their problems in one order,
// the order it checks them in, on every run.
func TestLoadProblemOrder(t *testing.T) {
	m := articleFS(t)
	m["articles/notes.md"] = &fstest.MapFile{Data: []byte("x")}
	m["disputes.yaml"] = &fstest.MapFile{Data: append([]byte("- name: no id\n"), m["disputes.yaml"].Data...)}
	m["articles.yaml"] = &fstest.MapFile{Data: append(m["articles.yaml"].Data, "- file: nosuch.txt\n"...)}
	m["vocabulary.yaml"] = &fstest.MapFile{Data: append(m["vocabulary.yaml"].Data, "\nnosuch: 1\n"...)}
	m["facts/a.yml"] = &fstest.MapFile{Data: []byte(goodFact("a"))}
	m["facts/b.yaml"] = &fstest.MapFile{Data: []byte("- [\n")}
	m["facts/c.yaml"] = &fstest.MapFile{Data: []byte(strings.Replace(goodFact("c"), "kind:", "knd:", 1))}
	m["facts/d.yaml"] = &fstest.MapFile{Data: []byte(goodFact("Bad_ID"))}
	want := []string{"articles/notes.md", "disputes.yaml", "articles.yaml", "vocabulary.yaml", "facts/a.yml", "facts/b.yaml", "facts/c.yaml", "facts/d.yaml"}

	var first []Problem
	for run := range 20 {
		_, err := Load(m)
		var le *LoadError
		if !errors.As(err, &le) {
			t.Fatalf("Load = %v; want a *LoadError", err)
		}
		if run == 0 {
			first = le.Problems
			var files []string
			for _, p := range le.Problems {
				if len(files) == 0 || files[len(files)-1] != p.File {
					files = append(files, p.File)
				}
			}
			if !slices.Equal(files, want) {
				t.Fatalf("problems come from %q; want each file once, in the order %q:\n%v", files, want, err)
			}
			continue
		}
		if !slices.Equal(le.Problems, first) {
			t.Fatalf("run %d listed\n%v\nwhere run 0 listed\n%v", run, le.Problems, first)
		}
	}
}

func TestProblemString(t *testing.T) {
	cases := []struct {
		p    Problem
		want string
	}{
		{Problem{File: "facts/a.yaml", Line: 12, Msg: "boom"}, "facts/a.yaml:12: boom"},
		{Problem{File: "articles.yaml", Msg: "whole file"}, "articles.yaml: whole file"},
	}
	for _, c := range cases {
		t.Run(c.want, func(t *testing.T) {
			if got := c.p.String(); got != c.want {
				t.Errorf("String() = %q, want %q", got, c.want)
			}
		})
	}
}

// TestRealBase loads the embedded fact base and checks every citation the
// loader computed against the article text, independently of the loader.
func TestRealBase(t *testing.T) {
	b := realBase(t)
	if n := len(b.Articles()); n != 3 {
		t.Errorf("%d articles, want 3", n)
	}
	if n := len(b.Facts()); n < 100 {
		t.Errorf("only %d facts; the fact base should cover the articles", n)
	}
	ids := map[string]bool{}
	for _, f := range b.Facts() {
		if ids[f.ID] {
			t.Errorf("id %s repeats", f.ID)
		}
		ids[f.ID] = true
		if len(f.Evidence) == 0 {
			t.Errorf("%s has no evidence", f.ID)
		}
		for _, e := range f.Evidence {
			if !citesTruly(b, Source{File: e.File, Line: e.Line, Quote: e.Quote}) {
				t.Errorf("%s (%s:%d): %s:%d does not contain %q", f.ID, f.DataFile, f.DataLine, e.File, e.Line, e.Quote)
			}
		}
	}
	for _, a := range b.Articles() {
		if a.Title == "" || (a.Dispute != Dispute("2016") && a.Dispute != Dispute("2023")) {
			t.Errorf("article %s: title %q dispute %q", a.File, a.Title, a.Dispute)
		}
	}
}
