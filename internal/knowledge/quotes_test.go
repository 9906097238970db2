package knowledge

import (
	"strings"
	"testing"
)

// factQuoting is goodFact with its quote replaced (YAML single-quoted, so
// any text can be given) and, when file is not "", its article.
func factQuoting(id, file, quote string) string {
	f := strings.Replace(goodFact(id), "quote: Jeremy Hunt appealed directly to medics on Monday",
		"quote: '"+strings.ReplaceAll(quote, "'", "''")+"'", 1)
	if file != "" {
		f = strings.Replace(f, art000, file, 1)
	}
	return f
}

func TestQuoteHints(t *testing.T) {
	cases := []struct {
		name, file, quote string
		want              []string // pieces of the one problem, at facts/a.yaml:7
		not               string   // a piece it must not have
	}{
		{"a changed word", art000, "Jeremy Hunt appealed directly to medics on Sunday",
			[]string{"quote not found in " + art000, "; nearest is line 2: ", "`Jeremy Hunt appealed directly to medics on Monday not to withdraw emergency cover, which he…`", "(differs at `Sunday`: the line has `Monday not to`)"}, "case"},
		{"a word left out", art000, "Jeremy Hunt appealed to medics on Monday",
			[]string{"nearest is line 2", "differs at `to medics on`: the line has `directly to medics`"}, ""},
		{"case", art000, "jeremy hunt appealed directly to medics",
			[]string{"nearest is line 2", "differs at `jeremy hunt appealed`: the line has `Jeremy Hunt appealed`; case must match"}, ""},
		{"curly quote marks", art000, "Hunt accused union leaders of trying to “blackmail” the Government",
			[]string{"nearest is line 6", "differs at `“blackmail” the Government`: the line has `\"blackmail\" the Government`; punctuation and quote marks must match"}, ""},
		{"a word added in front", art000, "Zzyzx Jeremy Hunt appealed directly",
			[]string{"nearest is line 2", "differs at `Zzyzx Jeremy Hunt`: the line starts `Jeremy Hunt appealed`"}, ""},
		{"run on into the next line", art000, "particular risks for A&E departments, maternity and intensive care. The impasse",
			[]string{"nearest is line 2", "(the line ends before `The impasse`, which starts line 3; a quote must lie within one line)"}, ""},
		{"run on from the line before", art000, "maternity and intensive care. The impasse between the Government",
			[]string{"nearest is line 3", "`The impasse between the Government and the British…` (the quote starts on line 2, with `maternity and intensive`; a quote must lie within one line)"}, ""},
		{"the wrong article", art000, "Jeremy Hunt appealed directly to medics yesterday (April 26)",
			[]string{"quote not found in " + art000 + "; it is in " + art001 + " line "}, "nearest"},
		{"no line shares a word", art000, "Zzyzx qwerty plugh",
			[]string{"quote not found in " + art000}, "nearest"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadWith(t, map[string]string{"facts/a.yaml": factQuoting("hint", c.file, c.quote)})
			checkProblems(t, err, []wantProblem{{"facts/a.yaml", 7, c.want[0]}})
			msg := err.(*LoadError).Problems[0].Msg
			for _, w := range c.want {
				if !strings.Contains(msg, w) {
					t.Errorf("problem lacks %s\n got: %s", w, msg)
				}
			}
			if c.not != "" && strings.Contains(msg, c.not) {
				t.Errorf("problem has %q: %s", c.not, msg)
			}
		})
	}
}

func TestQuoteChecks(t *testing.T) {
	cases := []struct {
		name  string
		files map[string]string
		want  []wantProblem
	}{
		{"two words", map[string]string{"facts/a.yaml": factQuoting("short", "", "the BMA")},
			[]wantProblem{{"facts/a.yaml", 7, `fact short: quote "the BMA" is 2 word(s); quote at least 3 words`}}},
		{"one word", map[string]string{"facts/a.yaml": factQuoting("short", "", "Monday")},
			[]wantProblem{{"facts/a.yaml", 7, `quote "Monday" is 1 word(s)`}}},
		{"two words that are not in the article", map[string]string{"facts/a.yaml": factQuoting("short", "", "Zzyzx plugh")},
			[]wantProblem{{"facts/a.yaml", 7, "is 2 word(s)"}}},
		{"unknown kind lists the kinds", map[string]string{"facts/a.yaml": strings.Replace(goodFact("k"), "kind: person", "kind: persn", 1)},
			[]wantProblem{{"facts/a.yaml", 1, `unknown kind "persn" (valid kinds: person, organisation, dispute, event, poll, figure, place, position, quote, topic, gap)`}}},
		{"an unknown field does not hide the fact's other problems",
			map[string]string{"facts/a.yaml": strings.Replace(factQuoting("both", "", "the BMA"), "  title:", "  alias: [x]\n  title:", 1)},
			[]wantProblem{{"facts/a.yaml", 4, `unknown field "alias"`}, {"facts/a.yaml", 8, "is 2 word(s)"}}},
		{"each wrong type at its own line", map[string]string{"facts/a.yaml": strings.Replace(strings.Replace(goodFact("types"),
			`dispute: "2016"`, "dispute: [2016]", 1), "  answer: An answer.", "  answer: {a: b}", 1)},
			[]wantProblem{{"facts/a.yaml", 3, "wrong type: cannot unmarshal !!seq into string"}, {"facts/a.yaml", 5, "wrong type: cannot unmarshal !!map into string"}}},
		{"every quote problem in one run, across files", map[string]string{
			"facts/a.yaml": factQuoting("one", "", "the BMA") + factQuoting("two", "", "Jeremy Hunt appealed directly to medics on Sunday"),
			"facts/b.yaml": factQuoting("three", art002, "Jeremy Hunt appealed directly to medics on Monday") +
				strings.Replace(factQuoting("four", "", "x y z"), "kind: person", "kind: who", 1),
		}, []wantProblem{
			{"facts/a.yaml", 7, "is 2 word(s)"},
			{"facts/a.yaml", 15, "nearest is line 2"},
			{"facts/b.yaml", 7, "it is in " + art000 + " line 2"},
			{"facts/b.yaml", 9, `unknown kind "who"`},
			{"facts/b.yaml", 15, "quote not found"},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := loadWith(t, c.files)
			checkProblems(t, err, c.want)
		})
	}
}

func TestQuoteAccepted(t *testing.T) {
	cases := []struct {
		name, file, quote string
		line              int
	}{
		{"a short quote that is a whole line (a label)", art001, "News Shopper:", 5},
		{"the first of several lines", art001, "News Shopper:", 5},
		{"three words", art000, "Jeremy Hunt appealed", 2},
		{"the end of a line", art000, "maternity and intensive care.", 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b, err := loadWith(t, map[string]string{"facts/a.yaml": factQuoting("ok", c.file, c.quote)})
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if e := b.Facts()[0].Evidence; len(e) != 1 || e[0].Line != c.line {
				t.Errorf("evidence %+v, want line %d", e, c.line)
			}
		})
	}
}

func TestArticleTextFind(t *testing.T) {
	text := newArticleText([]string{"one two three", "", "two  three\u00a0four", "one two three"})
	cases := []struct {
		quote string
		line  int
	}{
		{"one two three", 1},
		{"two three four", 3},
		{"two\tthree", 1},
		{"three four", 3},
		{"three two", 0},
		{"three\none", 0}, // across a line break
		{"", 0},
		{"   ", 0},
	}
	for _, c := range cases {
		if got := text.find(c.quote); got != c.line {
			t.Errorf("find(%q) = %d, want %d", c.quote, got, c.line)
		}
	}
}

// FuzzQuoteHint runs the hint's alignment arithmetic (quotes starting
// before a line, running past it, repeated and empty words) on arbitrary
// text: it must not panic, and a hint names one of the lines.
//
//	go test -run '^$' -fuzz '^FuzzQuoteHint$' -fuzztime 20s ./internal/knowledge/
func FuzzQuoteHint(f *testing.F) {
	f.Add("Jeremy Hunt appealed directly to medics", "on Monday not to withdraw", "medics on Monday")
	f.Add("a a a a", "a a", "b a a a a a")
	f.Add("", "  ", " x ")
	f.Add("“quoted” text", "\"quoted\" text", "“quoted” text here")
	f.Add("end of line", "start of next", "of line start of")
	f.Fuzz(func(t *testing.T, one, two, quote string) {
		text := newArticleText([]string{one, two})
		h := text.hint(quote)
		if h != "" && !strings.HasPrefix(h, "nearest is line 1: ") && !strings.HasPrefix(h, "nearest is line 2: ") {
			t.Errorf("hint %q names no line of the article", h)
		}
		if line := text.find(quote); line < 0 || line > 2 {
			t.Errorf("find = %d", line)
		}
	})
}
