package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestNormalizeSplit(t *testing.T) {
	cases := []struct {
		in   string
		want []string // split(normalize(in))
	}{
		{"A&E", []string{"ae"}},
		{"a & e", []string{"ae"}},
		{"A and E department", []string{"ae", "department"}},
		{"A+E", []string{"ae"}},
		{"125,000", []string{"125000"}},
		{"651,000 procedures", []string{"651000", "procedures"}},
		{"1,2345", []string{"1", "2345"}}, // not a thousands separator
		{"1,23", []string{"1", "23"}},
		{"Hunt's", []string{"hunt"}},
		{"Hunt’s appeal", []string{"hunt", "appeal"}}, // curly apostrophe
		{"the doctors' cause", []string{"the", "doctors", "cause"}},
		{"didn't", []string{"didn", "t"}},
		{"8 a.m.", []string{"8am"}},
		{"8AM", []string{"8am"}},
		{"57%", []string{"57", "percent"}},
		{"57 per cent", []string{"57", "percent"}},
		{"6.5%", []string{"6.5", "percent"}},
		{"between 6% and 6.5%.", []string{"between", "6", "percent", "and", "6.5", "percent"}},
		{"e.g. 3.", []string{"e", "g", "3"}},
		{"all-out", []string{"allout"}},
		{"ALL OUT strike", []string{"allout", "strike"}},
		{"No. 10", []string{"downing", "street"}},
		{"number 10", []string{"downing", "street"}},
		{"long-term workforce plan", []string{"longterm", "workforce", "plan"}},
		{"Dartford's\u00a0Darent Valley", []string{"dartford", "darent", "valley"}},
		{"Ünïcödé café", []string{"ünïcödé", "café"}},
		{"   ", nil},
		{"?!…", nil},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got := split(normalize(c.in), nil)
			if !slices.Equal(got, c.want) {
				t.Errorf("split(normalize(%q)) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTermsMeet checks that spellings a reader and an article might use for
// one thing end up as the same index terms.
func TestTermsMeet(t *testing.T) {
	cases := []struct {
		name   string
		a, b   string
		engine string // a known engine gap: skipped while it fails
	}{
		{"A&E", "A&E", "a and e", ""},
		{"thousands separator", "125,000", "125000", ""},
		{"possessive", "Hunt's", "hunt", ""},
		{"plural", "hunts", "hunt", ""},
		{"percent sign", "57%", "57 per cent", ""},
		{"number words", "five-day strike", "5-day strike", ""},
		{"ordinal", "first strike", "1st strike", ""},
		{"strike forms", "striking", "strikes", ""},
		{"struck", "struck", "strike", ""},
		{"walkout", "walkout", "strike", ""},
		{"cancelled", "cancelled", "cancel", ""},
		{"rescheduled", "rescheduled", "postponed", ""},
		{"surgeries", "surgeries", "operations", ""},
		{"survey", "survey", "poll", ""},
		{"boss", "boss", "head", ""},
		{"began", "began", "start", ""},
		{"No. 10", "No. 10", "Downing Street", ""},
		{"time with space", "8 am", "8am", ""},
		{"time with dots", "8 a.m.", "8am", ""},
		{"cancellations", "cancellations", "cancelled", "engine: stem leaves \"cancellation\"; no synonym maps it to \"cancel\""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			ta, tb := terms(c.a, nil), terms(c.b, nil)
			if len(ta) == 0 {
				t.Fatalf("terms(%q) is empty", c.a)
			}
			if !slices.Equal(ta, tb) {
				if c.engine != "" {
					t.Skipf("%s: terms(%q) = %q, terms(%q) = %q", c.engine, c.a, ta, c.b, tb)
				}
				t.Errorf("terms(%q) = %q, terms(%q) = %q; want equal", c.a, ta, c.b, tb)
			}
		})
	}
}

func TestTermsDropStopWords(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"what is the", []string{}},
		{"who is the BMA boss?", []string{"bma", "leader"}},
		{"Was Hunt's appeal on Monday?", []string{"hunt", "appeal", "monday"}},
		// A contraction typed without its apostrophe is still a negation.
		{"hunt didnt appeal", []string{"hunt", "not", "appeal"}},
		{"hunt didn't appeal", []string{"hunt", "not", "appeal"}},
		// "won't" is no "won" (it is "will not"); "stated" is said.
		{"why won't the bma call the walkout off", []string{"bma", "calloff", "strik"}},
		{"hunt stated", []string{"hunt", "say"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := terms(c.in, nil); !slices.Equal(got, c.want) {
				t.Errorf("terms(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestStem(t *testing.T) {
	cases := []struct{ in, want string }{
		{"news", "news"}, // kept whole
		{"nhs", "nhs"},
		{"status", "status"},
		{"ops", "op"}, // plural of a two-letter word
		{"mps", "mp"},
		{"ass", "ass"},
		{"policies", "policy"},
		{"classes", "class"},
		{"analysis", "analysis"},
		{"doctors", "doctor"},
		{"striking", "strik"},
		{"stopped", "stop"},
		{"cancelled", "cancel"},
		{"cancelling", "cancel"},
		{"five", "5"},
		{"third", "3rd"},
		{"2016", "2016"},
		{"125000", "125000"},
		{"at", "at"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := stem(c.in); got != c.want {
				t.Errorf("stem(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestTermOf(t *testing.T) {
	cases := []struct{ in, want string }{
		{"boss", "leader"},
		{"chairman", "leader"},
		{"walkout", "strik"},
		{"survey", "poll"},
		{"surgeries", "operation"},
		{"rescheduled", "cancel"},
		{"didn", "not"},
		{"hunt", "hunt"},
		{"hunts", "hunt"},
		{"tories", "conservativ"}, // stems need not be words, only agree
		{"stoppages", "strik"},    // the plural of a listed synonym
		{"raises", "rise"},
		{"raised", "rise"},
		{"oppose", "opposition"}, // every form of a listed term reads alike
		{"opposed", "opposition"},
		{"against", "opposition"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := termOf(c.in); got != c.want {
				t.Errorf("termOf(%q) = %q, want %q", c.in, got, c.want)
			}
			// termOf is idempotent: facts and questions may pass a word through twice.
			if again := termOf(termOf(c.in)); again != termOf(c.in) {
				t.Errorf("termOf(termOf(%q)) = %q, want %q", c.in, again, termOf(c.in))
			}
		})
	}
}

func TestEditDistance(t *testing.T) {
	cases := []struct {
		a, b string
		max  int
		want int
	}{
		{"hunt", "hunt", 2, 0},
		{"", "", 1, 0},
		{"", "abc", 3, 3},
		{"abc", "", 3, 3},
		{"hnut", "hunt", 2, 1},       // transposition
		{"barcley", "barclay", 2, 1}, // substitution
		{"porterr", "porter", 2, 1},  // insertion
		{"portr", "porter", 2, 1},    // deletion
		{"strik", "strike", 1, 1},
		{"kitten", "sitting", 3, 3},
		{"ca", "abc", 3, 3}, // optimal string alignment, not full Damerau: 3, not 2
		{"abcd", "badc", 2, 2},
		{"café", "cafe", 1, 1}, // counts runes, not bytes
		{"ünï", "uni", 2, 2},
		// cut-off: max+1 as soon as the distance must exceed max
		{"kitten", "sitting", 2, 3},
		{"kitten", "sitting", 1, 2},
		{"a", "abcdef", 2, 3},
		{"abcdef", "a", 0, 1},
		{"hunt", "barclay", 1, 2},
		{"hunt", "hunt", 0, 0},
		{"hunt", "hint", 0, 1},
	}
	for _, c := range cases {
		t.Run(c.a+"|"+c.b, func(t *testing.T) {
			if got := editDistance(c.a, c.b, c.max); got != c.want {
				t.Errorf("editDistance(%q, %q, %d) = %d, want %d", c.a, c.b, c.max, got, c.want)
			}
			if got := editDistance(c.b, c.a, c.max); got != c.want {
				t.Errorf("editDistance(%q, %q, %d) = %d, want %d (symmetry)", c.b, c.a, c.max, got, c.want)
			}
		})
	}
}

func TestMaxTypos(t *testing.T) {
	for n, want := range map[int]int{0: 0, 2: 0, 3: 1, 6: 1, 7: 2, 20: 2} {
		if got := maxTypos(n); got != want {
			t.Errorf("maxTypos(%d) = %d, want %d", n, got, want)
		}
	}
}

func TestTypoCorrectRealBase(t *testing.T) {
	ix := realBase(t).ix.typos()
	cases := []struct {
		in, want string
		not      string // when set, only require the result is not this
	}{
		{in: "hnut", want: "hunt"},
		{in: "barcley", want: "barclay"},
		{in: "wen", want: "when"},
		{in: "strik", want: "strike"},
		{in: "polll", want: "poll"},
		{in: "porterr", want: "porter"},
		{in: "ipsoss", want: "ipsos"},
		{in: "yougob", want: "yougov"},
		{in: "cordry", want: "cordery"},
		{in: "laurensen", want: "laurenson"},
		{in: "trivdi", want: "trivedi"},
		{in: "corbin", want: "corbyn"},
		{in: "maternty", want: "maternity"},
		{in: "xyzzy", want: ""},
		{in: "it", want: ""},   // too short to correct
		{in: "2016", want: ""}, // numbers are never corrected
		{in: "near", not: "year"},
		{in: "hit", not: "it"},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			got := ix.correct(c.in)
			if c.not != "" {
				if got == c.not {
					t.Errorf("correct(%q) = %q", c.in, got)
				}
				return
			}
			if got != c.want {
				t.Errorf("correct(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

// TestTypoCorrectRules uses a small vocabulary, so the rules are tested
// without depending on which words the fact base happens to hold.
func TestTypoCorrectRules(t *testing.T) {
	ix := newTypoIndex(map[string]int{
		"year": 5, "it": 1000, "hunt": 3, "barclay": 2, "when": 1000,
		"nurses": 1, "nurse": 4, "cat": 1, "cot": 1,
	}, map[string]bool{"it": true, "when": true})
	cases := []struct{ in, want string }{
		{"near", ""},     // a different first letter is not a typo
		{"eyar", "year"}, // unless the first two letters were swapped
		{"hit", ""},      // never shorten a word into a stop word
		{"hnut", "hunt"},
		{"hunt", "hunt"},        // a known word stays itself
		{"barcley", "barclay"},  // substitution
		{"barclya", "barclay"},  // transposition
		{"brclay", "barclay"},   // deletion
		{"barrclay", "barclay"}, // insertion
		{"barcleyy", "barclay"}, // two edits allowed at seven letters
		{"wen", "when"},
		{"nursse", "nurse"},   // one edit from both: ties go to the more frequent word
		{"nursess", "nurses"}, // one edit from nurses, two from nurse
		{"cbt", "cat"},        // equal distance and frequency: alphabetical
		{"xyz", ""},
		{"ab", ""}, // two letters: no correction
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := ix.correct(c.in); got != c.want {
				t.Errorf("correct(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
	// Two edits that need two deletions on each side (a swap plus a
	// substitution) are out of the symmetric-delete index's reach.
	known := []struct{ in, want string }{
		{"bracley", "barclay"},
	}
	for _, c := range known {
		t.Run(c.in, func(t *testing.T) {
			if d := editDistance(c.in, c.want, 2); d > 2 {
				t.Fatalf("test is wrong: %q is %d edits from %q", c.in, d, c.want)
			}
			if got := ix.correct(c.in); got != c.want {
				t.Skipf("engine: correct(%q) = %q, want %q: only one deletion is indexed per vocabulary word", c.in, got, c.want)
			}
		})
	}
}

func TestClip(t *testing.T) {
	cases := []struct {
		s    string
		n    int
		want string
	}{
		{"hello", 10, "hello"},
		{"hello", 5, "hello"},
		{"hello", 3, "hel"},
		{"hello", 0, ""},
		{"héllo", 2, "h"},  // é is two bytes: do not split it
		{"héllo", 3, "hé"}, // exactly after é
		{"日本語", 4, "日"},    // three-byte runes
		{"日本語", 2, ""},
		{"a😀b", 4, "a"}, // four-byte rune
		{"a😀b", 5, "a😀"},
	}
	for _, c := range cases {
		t.Run(c.s, func(t *testing.T) {
			got := clip(c.s, c.n)
			if got != c.want {
				t.Errorf("clip(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
			}
		})
	}
	// Every cut of a mixed string stays valid UTF-8 and within n bytes.
	s := strings.Repeat("aé日😀̈", 50)
	for n := 0; n <= len(s)+1; n++ {
		got := clip(s, n)
		if !utf8.ValidString(got) || len(got) > n || !strings.HasPrefix(s, got) || len(got) < n-3 {
			t.Fatalf("clip(…, %d) = %d bytes, valid %v", n, len(got), utf8.ValidString(got))
		}
	}
}

func TestSplitClauses(t *testing.T) {
	cases := []struct {
		in   string
		want []string
	}{
		{"who is hunt", []string{"who is hunt"}},
		{"who is hunt?", []string{"who is hunt"}},
		{"who is hunt? who is barclay?", []string{"who is hunt", "who is barclay"}},
		{"who is hunt; when did the strike start", []string{"who is hunt", "when did the strike start"}},
		{"who is hunt and who is barclay", []string{"who is hunt", "who is barclay"}},
		{"who is hunt, and when did he appeal?", []string{"who is hunt", "when did he appeal"}},
		{"who is porter plus what did he say", []string{"who is porter", "what did he say"}},
		{"what did hunt want vs what the bma said", []string{"what did hunt want", "what the bma said"}},
		{"how did Hunt react versus how did Barclay", []string{"how did Hunt react", "how did Barclay"}},
		{"start times of the 2016 vs 2023 strikes", []string{"start times of the 2016 vs 2023 strikes"}},
		{"compare public support in 2016 and 2023", []string{"compare public support in 2016 and 2023"}},
		{"hunt and barclay", []string{"hunt and barclay"}},
		{"Who is Hunt AND WHO is Barclay", []string{"Who is Hunt", "WHO is Barclay"}},
		{"???", []string{"???"}},
		{"", []string{""}},
		{"?? hunt ??", []string{"hunt"}},
	}
	for _, c := range cases {
		t.Run(c.in, func(t *testing.T) {
			if got := realVocab().splitClauses(c.in); !slices.Equal(got, c.want) {
				t.Errorf("splitClauses(%q) = %q, want %q", c.in, got, c.want)
			}
		})
	}
}

func TestClipRunes(t *testing.T) {
	cases := []struct {
		s    string
		n    int
		want string
	}{
		{"Mark Porter", 100, "Mark Porter"},
		{"abcdef", 4, "abc…"},
		{"日本語日本語", 3, "日本…"},
	}
	for _, c := range cases {
		t.Run(c.s, func(t *testing.T) {
			got := clipRunes(c.s, c.n)
			if got != c.want || utf8.RuneCountInString(got) > c.n {
				t.Errorf("clipRunes(%q, %d) = %q, want %q", c.s, c.n, got, c.want)
			}
		})
	}
}

func TestProperNames(t *testing.T) {
	tests := []struct {
		question string
		want     []string
	}{
		{"Which hospital in Manchester was picketed?", []string{"manchester"}},
		{"What did Rishi Sunak say?", []string{"rishi", "sunak"}},
		{"Who is the health secretary?", nil},
		{"WHO LED THE BMA?", nil},
		{"Hunt said what?", nil},
		{"did \"Hunt\" say it?", []string{"hunt"}},
	}
	for _, tt := range tests {
		if got := properNames(tt.question); !slices.Equal(got, tt.want) {
			t.Errorf("properNames(%q) = %q, want %q", tt.question, got, tt.want)
		}
	}
}

func TestIsFigureTerm(t *testing.T) {
	for term, want := range map[string]bool{"3": true, "6.5": true, "125,000": true, "57%": true, "": false, "day": false, "8am": false, "3rd": false} {
		if got := isFigureTerm(term); got != want {
			t.Errorf("isFigureTerm(%q) = %v, want %v", term, got, want)
		}
	}
}

// TestArticleNamedByContent: an article named by what it alone has is the
// article asked about; words that two articles share name none.
func TestArticleNamedByContent(t *testing.T) {
	b := realBase(t)
	tests := []struct {
		question string
		want     string // the article's ref, or "" for none
	}{
		{"What does the article with the Farnborough pictures say about cancelled appointments?", "001"},
		{"What does the longest-walkout article say about radiographers?", "002"},
		{"In the report that has the Ipsos Mori figures, what % back the doctors?", "000"},
		{"What did the local South East London paper say Hunt said about blackmail?", "001"},
		// BBC Breakfast is in both 2016 articles; a report is not a word.
		{"In the article with the BBC Breakfast interview, what did Porter say?", ""},
		{"What did the report say about nurses?", ""},
		{"In the article with the weather forecast, what did Hunt say?", ""},
		// Named by an alias, before the question or after it.
		{"in the local paper, what did Porter say about weekend deaths?", "001"},
		{"what did Porter say about weekend deaths in the local paper?", "001"},
		{"in the national report, which hospitals were hit?", "000"},
		{"who took the photos in the national report?", "000"},
	}
	for _, tt := range tests {
		q := b.analyze(tt.question)
		got := ""
		if q.article > 0 {
			got = b.articles[q.article-1].Ref
		}
		if got != tt.want {
			t.Errorf("analyze(%q).article = %q, want %q", tt.question, got, tt.want)
		}
	}
}

// TestFinalTextspeak: a number ending a question after a verb is
// text-speak ("striking 4" is "striking for"); anywhere else, or after a
// name, it is a number.
func TestFinalTextspeak(t *testing.T) {
	v := realVocab()
	for in, want := range map[string]string{
		"hw long r the consultants striking 4": "for",
		"wot is nhs providrs askin 4":          "for",
		"r the scottish docs striking 2":       "too",
		"was porter on radio 4":                "radio4", // a name, joined by the vocabulary's phrases
		"did the strike last 2":                "2",
		"striking 4 days":                      "days",
	} {
		w := v.words(in)
		if got := w[len(w)-1]; got != want {
			t.Errorf("words(%q) ends %q, want %q", in, got, want)
		}
	}
}

// TestTextspeakBeforePhrases: text-speak is read before the vocabulary's
// phrases, so a phrase meets the words it stands for, and a number before
// a linking word stands for one ("4 the bma"), while a count stays one.
func TestTextspeakBeforePhrases(t *testing.T) {
	v := realVocab()
	for in, want := range map[string]string{
		"wot does barclay want b4 talks":     "what does barclay want for talks to resume",
		"wot does barclay want before talks": "what does barclay want for talks to resume",
		"who spoke 4 the bma":                "who spoke for the bma",
		"is the govt talkin 2 them":          "is the government talking to them",
		"was the strike 4 days":              "was the strike 4 days",
		"2 of the strikes":                   "2 of the strikes",
		"wot is the pay rise meant 2 b":      "what is the pay rise meant to be",
	} {
		if got := strings.Join(v.words(in), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestNamesByTerm: a dispute's or article's name is matched by its terms,
// so a synonym names it too ("the all-out walkout" is "the all-out strike").
func TestNamesByTerm(t *testing.T) {
	b := realBase(t)
	for _, question := range []string{
		"Who was the head of the BMA during the all-out strike?",
		"Who was the head of the BMA during the all-out walkout?",
		"who was the head of the bma during the 2016 walkout?",
	} {
		q := b.analyze(question)
		var ctx []string
		for i, t := range q.terms {
			if q.context[i] {
				ctx = append(ctx, t)
			}
		}
		if q.dispute != "2016" || !slices.Contains(ctx, "strik") {
			t.Errorf("analyze(%q): dispute %q, context terms %q; want 2016 and the strike as context", question, q.dispute, ctx)
		}
	}
}

// TestSplitASCIIClasses checks the byte test split uses below
// utf8.RuneSelf against the unicode classes it stands for.
func TestSplitASCIIClasses(t *testing.T) {
	for c := range utf8.RuneSelf {
		if got, want := isAlnum(byte(c)), unicode.IsLetter(rune(c)) || unicode.IsDigit(rune(c)); got != want {
			t.Errorf("isAlnum(%q) = %v; unicode says %v", rune(c), got, want)
		}
	}
}

// TestWordsIgnoreTrimAndCase checks what AnswerWith relies on when it
// splits a question once for small talk, bareYesNo and analyze: the words
// of normalizeChars are the same whether the text was trimmed or lowered
// first.
func TestWordsIgnoreTrimAndCase(t *testing.T) {
	for _, s := range []string{
		"Who is Mark Porter?", "  agreement REACHED? ", "\u00a0who is K\u212a?\u2003",
		"was it 125,000 ", " 125,000", "İstanbul?", "x's 's 't", "\tfoo\n", "ΣΑΣ?", "\xff\xfeabc?", "%&`,",
	} {
		trimmed := split(normalizeChars(strings.TrimSpace(s)), nil)
		if got := split(normalizeChars(s), nil); !slices.Equal(got, trimmed) {
			t.Errorf("%q: untrimmed %q, trimmed %q", s, got, trimmed)
		}
		if got := split(normalizeChars(strings.ToLower(strings.TrimSpace(s))), nil); !slices.Equal(got, trimmed) {
			t.Errorf("%q: lowered %q, trimmed %q", s, got, trimmed)
		}
	}
}
