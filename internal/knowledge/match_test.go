package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// matchCase pins which fact answers a question: the first of Answer.Facts.
//
//   - want lists the acceptable top facts ("a|b"); "kind:poll" accepts any
//     fact of that kind.
//   - notFound expects Found false; with want set too, the top fact must be
//     that gap (an honest "the articles don't say", with what they do say).
//   - engine marks a case the lead knows fails: it still runs, and is
//     skipped with its actual result while it fails, so `go test -v -run
//     TestMatch | grep SKIP` lists them. Drop the note once it passes.
type matchCase struct {
	q        string
	want     string
	notFound bool
	engine   string
}

var matchCases = []matchCase{
	// People and organisations, by name, role and bare name.
	{q: "who's the bma boss?", want: "mark-porter|bma-leaders-both"},
	{q: "Who is Mark Porter?", want: "mark-porter"},
	{q: "who is jeremy hunt", want: "jeremy-hunt"},
	{q: "Steve Barclay", want: "steve-barclay"},
	{q: "Hunt", want: "jeremy-hunt"},
	{q: "Barclay", want: "steve-barclay"},
	{q: "Porter", want: "mark-porter"},
	{q: "Corbyn", want: "jeremy-corbyn"},
	{q: "Saffron Cordery", want: "saffron-cordery"},
	{q: "who is laurenson", want: "robert-laurenson"},
	{q: "trivedi", want: "vivek-trivedi"},
	{q: "who took the photo", want: "keith-larby"},
	{q: "what is nhs providers", want: "nhs-providers"},
	{q: "what is the bma", want: "bma"},
	{q: "ipsos", want: "ipsos-mori"},
	{q: "yougov", want: "yougov"},
	{q: "radiographers", want: "radiographers|radiographers-strike-2023"},
	{q: "consultants strike", want: "consultants-strike-2023"},

	// Typos: transpositions, substitutions, dropped letters.
	{q: "who is hnut", want: "jeremy-hunt"},
	{q: "what did hnut say", want: "jeremy-hunt|kind:quote"},
	{q: "barcley", want: "steve-barclay"},
	{q: "who is steve barcley", want: "steve-barclay"},
	{q: "who is cordry", want: "saffron-cordery"},
	{q: "polll", want: "kind:poll"},
	{q: "what did the pol find", want: "kind:poll"},
	// A real word is never corrected into another: "pole" is not "poll".
	{q: "pole", notFound: true},
	{q: "ipsos mori pol", want: "kind:poll|ipsos-mori"},
	{q: "wen did the strik start", want: "strike-2016-start|strike-2023-start"},
	{q: "lewishm hospital", want: "lewisham-hospital"},

	// Questions that name a year or a dispute.
	{q: "when did the 2016 strike start", want: "strike-2016-start"},
	{q: "when did the 2023 strike start", want: "strike-2023-start"},
	{q: "when did the five-day strike start", want: "strike-2023-start"},
	{q: "when did the first all-out strike begin", want: "strike-2016-start"},
	{q: "what were the strike hours in 2016", want: "strike-2016-hours|figure-8am-5pm"},
	{q: "how many operations were cancelled in 2016", want: "figure-125000-cancelled"},
	{q: "how many procedures were rescheduled in 2023", want: "figure-651000-rescheduled"},
	{q: "why did junior doctors strike in 2016", want: "why-doctors-strike-2016|causes-2016"},
	{q: "why did junior doctors strike in 2023", want: "why-doctors-strike-2023"},
	{q: "who was the health secretary in 2016", want: "jeremy-hunt|health-secretary"},
	{q: "who was the health secretary in 2023", want: "steve-barclay|health-secretary"},
	{q: "where did the 2016 strike happen", want: "where-strike-2016|south-east-london-hospitals"},
	{q: "what did the 2023 poll find", want: "poll-yougov-overview|poll-yougov-consistent"},
	{q: "what percentage supported the doctors in 2016", want: "figure-57-percent-support|poll-ipsos-mori-support"},
	{q: "how long was the 2023 strike", want: "strike-2023-duration|figure-five-days"},
	{q: "compare public support in 2016 and 2023", want: "polls-compared"},

	// Topics, figures, places and quotes.
	{q: "what did the ipsos mori poll find", want: "poll-ipsos-mori-overview|poll-ipsos-mori-support"},
	{q: "what pay rise do junior doctors want", want: "pay-demand-2023|bma-demands-2023"},
	{q: "what did barclay say about the 35% pay demand", want: "quote-barclay-35-percent|figure-35-percent|barclay-why-unreasonable"},
	{q: "what did hunt say about blackmail", want: "quote-hunt-blackmail|hunt-bbc-breakfast-2016"},
	{q: "which hospitals were affected", want: "south-east-london-hospitals"},
	{q: "what services were affected", want: "services-affected-2016"},
	{q: "A&E", want: "services-affected-2016"},
	{q: "who covered emergencies", want: "emergency-cover-2016"},
	{q: "125,000", want: "figure-125000-cancelled"},
	{q: "8am", want: "figure-8am-5pm|strike-2016-hours"},
	{q: "8 am", want: "figure-8am-5pm|strike-2016-hours"},
	{q: "what is the workforce plan", want: "workforce-plan"},
	{q: "hunt's appeal", want: "hunt-appeal-2016"},
	{q: "Jeremy Hunt's appeal", want: "hunt-appeal-2016",
		engine: "adding the first name turns a question about the appeal into one about Hunt"},
	{q: "when was hunt's appeal", want: "hunt-appeal-2016"},
	{q: "what is the pruh", want: "pruh-farnborough"},
	{q: "scotland", want: "scotland|scotland-pay-offer"},
	{q: "what happened in scotland", want: "scotland-pay-offer|scotland|bma-scotland-argument"},

	// Questions the articles cannot answer: not found, honestly.
	{q: "what is the weather in london", notFound: true},
	{q: "who won the world cup", notFound: true},
	{q: "what is the capital of france", notFound: true},
	{q: "tell me a joke", notFound: true},
	{q: "asdfghjkl", notFound: true},
	{q: "", notFound: true},
	{q: "who is rishi sunak", notFound: true},
	{q: "how much do junior doctors earn", notFound: true, want: "gap-junior-doctor-pay"},
	{q: "what year was the strike", notFound: true, want: "gap-year"},
	{q: "did anyone die", notFound: true, want: "gap-deaths-harm"},
	{q: "what did the placards say", notFound: true, want: "gap-placard-slogans"},
	{q: "was there a strike in wales", notFound: true, want: "gap-wales-northern-ireland"},
	// A capitalised name the facts do not know is a subject they lack.
	{q: "Which hospital in Manchester was picketed?", notFound: true},
	// "how many X" from a fact that gives no number of X.
	{q: "How many strikes had the BMA held before the five-day one?", notFound: true},
	{q: "how many junior doctors were on the picket line at Lewisham Hospital?", notFound: true},
}

// matches reports whether the top fact id satisfies want.
func matches(b *Base, top, want string) bool {
	for _, w := range strings.Split(want, "|") {
		if k, ok := strings.CutPrefix(w, "kind:"); ok {
			if f, ok := b.Fact(top); ok && string(f.Kind) == k {
				return true
			}
			continue
		}
		if w == top {
			return true
		}
	}
	return false
}

func TestMatch(t *testing.T) {
	b := realBase(t)
	for _, c := range matchCases {
		name := c.q
		if name == "" {
			name = "empty"
		}
		t.Run(name, func(t *testing.T) {
			// The wanted ids must exist, or the case tests nothing.
			for _, w := range strings.Split(c.want, "|") {
				if w == "" || strings.HasPrefix(w, "kind:") {
					continue
				}
				if _, ok := b.Fact(w); !ok {
					t.Fatalf("no fact %q in the fact base", w)
				}
			}
			a := b.Answer(c.q)
			top := ""
			if len(a.Facts) > 0 {
				top = a.Facts[0]
			}
			var why string
			switch {
			case c.notFound && a.Found:
				why = "found, want not found"
			case !c.notFound && !a.Found:
				why = "not found"
			case c.want != "" && !matches(b, top, c.want):
				why = "top fact is not " + c.want
			}
			if why == "" {
				if c.engine != "" {
					t.Logf("fixed? passes despite engine note %q", c.engine)
				}
				return
			}
			got := "found=" + map[bool]string{true: "true", false: "false"}[a.Found] + " facts=" + strings.Join(a.Facts, ",")
			if c.engine != "" {
				t.Skipf("engine: %s: %s (got %s)", c.engine, why, got)
			}
			t.Errorf("Answer(%q): %s (got %s)", c.q, why, got)
		})
	}
}

// TestAnswerShape checks what every answer promises, whatever it matched.
func TestAnswerShape(t *testing.T) {
	b := realBase(t)
	for _, c := range matchCases {
		a := b.Answer(c.q)
		if a.Sources == nil || a.Suggestions == nil {
			t.Errorf("%q: nil Sources or Suggestions (JSON would say null)", c.q)
		}
		if a.Text == "" {
			t.Errorf("%q: empty Text", c.q)
		}
		if a.Found && len(a.Sources) == 0 {
			t.Errorf("%q: found with no sources", c.q)
		}
		if !a.Found && len(a.Suggestions) == 0 {
			t.Errorf("%q: not found and nothing suggested", c.q)
		}
		if len(a.Suggestions) > maxSuggestions || len(a.Related) > len(a.Suggestions) {
			t.Errorf("%q: %d suggestions, %d related", c.q, len(a.Suggestions), len(a.Related))
		}
		for _, s := range a.Sources {
			if !citesTruly(b, s) {
				t.Errorf("%q cites %s:%d, which does not contain %q", c.q, s.File, s.Line, s.Quote)
			}
		}
		for _, id := range a.Facts {
			if _, ok := b.Fact(id); !ok {
				t.Errorf("%q: answer names unknown fact %q", c.q, id)
			}
		}
	}
}

// TestAnswerBothDisputes: a question naming neither dispute, where each
// has its own answer, answers for both.
func TestAnswerBothDisputes(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		q    string
		want []string // every one of these must be in the answer's text
	}{
		{"who was the health secretary", []string{"Jeremy Hunt", "Steve Barclay"}},
		{"how many appointments were cancelled", []string{"125,000", "651,000"}},
	}
	for _, c := range cases {
		t.Run(c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			for _, w := range c.want {
				if !strings.Contains(a.Text, w) {
					t.Errorf("answer %q (facts %v) lacks %s", a.Text, a.Facts, w)
				}
			}
		})
	}
}

func TestAnswerMultiPart(t *testing.T) {
	b := realBase(t)
	a := b.Answer("who is Mark Porter? and who is Steve Barclay?")
	if !a.Found {
		t.Fatalf("not found: %s", a.Text)
	}
	for _, w := range []string{"mark-porter", "steve-barclay"} {
		if !strings.Contains(strings.Join(a.Facts, ","), w) {
			t.Errorf("facts %v lack %s", a.Facts, w)
		}
	}
	if !strings.Contains(a.Text, "Porter") || !strings.Contains(a.Text, "Barclay") {
		t.Errorf("text does not answer both parts: %q", a.Text)
	}
	// A part the articles cannot answer says so, by name, beside the rest.
	a = b.Answer("who is Mark Porter? who won the world cup?")
	if !a.Found || !strings.Contains(a.Text, `On "who won the world cup"`) {
		t.Errorf("mixed answer: found %v, text %q", a.Found, a.Text)
	}
}

func TestAnswerLongQuestionClipped(t *testing.T) {
	b := realBase(t)
	q := "who is mark porter " + strings.Repeat("é", 5*MaxQuestion)
	a := b.Answer(q)
	if len(a.Question) > MaxQuestion {
		t.Errorf("question kept at %d bytes, want ≤ %d", len(a.Question), MaxQuestion)
	}
	if !a.Found || len(a.Facts) == 0 || a.Facts[0] != "mark-porter" {
		t.Errorf("clipped question: found %v facts %v", a.Found, a.Facts)
	}
}

func TestLookup(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		name   string
		l      Lookup
		query  string
		found  bool
		top    string // first fact, "" to skip
		minLen int    // at least this many facts (lists)
	}{
		{"who by name", LookupWho, "hunt", true, "jeremy-hunt", 1},
		{"who by typo", LookupWho, "barcley", true, "steve-barclay", 1},
		{"who by id", LookupWho, "mark-porter", true, "mark-porter", 1},
		{"gap by id is not found", LookupAny, "gap-year", false, "gap-year", 1},
		{"when by event", LookupWhen, "start of the five-day strike", true, "strike-2023-start", 1},
		{"where lists places", LookupWhere, "", true, "", 5},
		{"poll lists polls", LookupPoll, "", true, "", 5},
		{"poll by name", LookupPoll, "ipsos mori", true, "", 1},
		{"quote by topic", LookupQuote, "blackmail", true, "quote-hunt-blackmail|quote-hunt-no-union-right-to-blackmail", 1},
		{"figures by number", LookupFigures, "125,000", true, "figure-125000-cancelled", 1},
		{"wrong look-up falls back to everything", LookupWhere, "saffron cordery", true, "saffron-cordery", 1},
		{"unknown look-up", Lookup("nope"), "hunt", false, "", 0},
		{"nothing matches", LookupWho, "rishi sunak", false, "", 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := b.Lookup(c.l, c.query)
			if a.Found != c.found {
				t.Errorf("Found = %v, want %v (%v: %s)", a.Found, c.found, a.Facts, a.Text)
			}
			if c.top != "" && (len(a.Facts) == 0 || !slices.Contains(strings.Split(c.top, "|"), a.Facts[0])) {
				t.Errorf("facts %v, want %s first", a.Facts, c.top)
			}
			if len(a.Facts) < c.minLen {
				t.Errorf("%d facts, want ≥ %d", len(a.Facts), c.minLen)
			}
			if a.Sources == nil || a.Suggestions == nil {
				t.Errorf("nil Sources or Suggestions")
			}
			for _, id := range a.Facts {
				f, _ := b.Fact(id)
				if kinds := LookupKinds[c.l]; c.query == "" && f != nil && !slices.Contains(kinds, f.Kind) {
					t.Errorf("list for %s holds %s of kind %s", c.l, id, f.Kind)
				}
			}
			for _, s := range a.Sources {
				if !citesTruly(b, s) {
					t.Errorf("cites %s:%d, which does not contain %q", s.File, s.Line, s.Quote)
				}
			}
		})
	}
}

func TestComplete(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		l       Lookup
		partial string
		first   string // the first choice's value, "" to skip
		has     string // a value among the choices, "" to skip
		none    bool   // no choices at all
		engine  string // a known engine gap: skipped while it fails
	}{
		{l: LookupWho, partial: "", has: "mark-porter"},
		{l: LookupWho, partial: "mark", first: "mark-porter"},
		{l: LookupWho, partial: "mpor", has: "mark-porter"},
		{l: LookupWho, partial: "hnut", has: "jeremy-hunt"},
		{l: LookupWho, partial: "barcl", first: "steve-barclay"},
		{l: LookupWho, partial: "barcley", has: "steve-barclay"},
		{l: LookupWho, partial: "ipsos", has: "ipsos-mori"},
		{l: LookupWho, partial: "jeremy-corbyn", first: "jeremy-corbyn"},
		{l: LookupPoll, partial: "ipsos", has: "poll-ipsos-mori-overview"},
		{l: LookupWhere, partial: "lewis", first: "lewisham-hospital"},
		{l: LookupWho, partial: "zzzzqqq", none: true},
		{l: Lookup("nope"), partial: "hunt", none: true},
	}
	for _, c := range cases {
		t.Run(string(c.l)+"/"+c.partial, func(t *testing.T) {
			got := b.Complete(c.l, c.partial)
			if c.none {
				if len(got) != 0 {
					t.Errorf("%d choices, want none: %v", len(got), got)
				}
				return
			}
			if len(got) == 0 {
				t.Fatal("no choices")
			}
			checkChoices(t, b, c.l, got)
			if c.first != "" && got[0].Value != c.first {
				t.Errorf("first choice %v, want %s", got[0], c.first)
			}
			if c.has != "" {
				found := false
				for _, ch := range got {
					found = found || ch.Value == c.has
				}
				if !found && c.engine != "" {
					t.Skipf("engine: %s: choices %v lack %s", c.engine, got, c.has)
				}
				if !found {
					t.Errorf("choices %v lack %s", got, c.has)
				}
			}
		})
	}
}

// checkChoices checks Discord's rules for autocomplete choices, and that
// each names a fact of the look-up's kinds (gaps are never offered).
func checkChoices(t *testing.T, b *Base, l Lookup, got []Choice) {
	t.Helper()
	if len(got) > MaxChoices {
		t.Errorf("%d choices, want ≤ %d", len(got), MaxChoices)
	}
	seen := map[string]bool{}
	for _, ch := range got {
		if n := len([]rune(ch.Name)); n == 0 || n > 100 {
			t.Errorf("choice name %q is %d characters", ch.Name, n)
		}
		if n := len([]rune(ch.Value)); n == 0 || n > 100 {
			t.Errorf("choice value %q is %d characters", ch.Value, n)
		}
		if seen[ch.Value] {
			t.Errorf("choice %s offered twice", ch.Value)
		}
		seen[ch.Value] = true
		f, ok := b.Fact(ch.Value)
		if !ok {
			t.Errorf("choice %q is no fact", ch.Value)
			continue
		}
		if f.Kind == KindGap {
			t.Errorf("choice %s is a gap", ch.Value)
		}
		if kinds := LookupKinds[l]; kinds != nil && !slices.Contains(kinds, f.Kind) {
			t.Errorf("choice %s is a %s, not one of %v", ch.Value, f.Kind, kinds)
		}
	}
}

// TestExplain checks the curator's view agrees with Answer.
func TestExplain(t *testing.T) {
	b := realBase(t)
	terms, dispute, ms := b.Explain("when did the 2023 strike start", 5)
	if len(ms) == 0 || len(ms) > 5 {
		t.Fatalf("%d matches, want 1..5", len(ms))
	}
	if dispute != Dispute("2023") {
		t.Errorf("dispute %q, want 2023", dispute)
	}
	if len(terms) == 0 {
		t.Errorf("no terms")
	}
	for i := 1; i < len(ms); i++ {
		if ms[i].Score > ms[i-1].Score {
			t.Errorf("matches not ranked: %v", ms)
		}
	}
	if ms[0].Fact != b.Answer("when did the 2023 strike start").Facts[0] || !ms[0].Found {
		t.Errorf("Explain's best %+v differs from Answer's", ms[0])
	}
}
