package knowledge

import (
	"slices"
	"strings"
	"testing"
	"unicode/utf8"
)

// TestCheck checks claims against the embedded fact base: each must get
// its verdict from the named fact, and a source in the named article.
func TestCheck(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		msg     string
		verdict Verdict
		fact    string // "" when any fact (or none) will do; "a|b" for either
		source  string // an article file the sources must include; "" for none required
		note    string // a part of the note
	}{
		// The example: 35% is Barclay's description of the demand.
		{"apparently the BMA wants 35%", Attributed, "figure-35-percent|pay-demand-2023|quote-barclay-35-percent", "002_27ed4c5538eb03e9.txt", "Steve Barclay's words"},
		{"the BMA wants 35% lol!!", Attributed, "figure-35-percent|pay-demand-2023|quote-barclay-35-percent", "002_27ed4c5538eb03e9.txt", "Steve Barclay's words"},
		{"is it true that the BMA wants 35%?", Attributed, "figure-35-percent|pay-demand-2023|quote-barclay-35-percent", "002_27ed4c5538eb03e9.txt", "35%"},
		{"Barclay says the BMA wants 35% or more", Supported, "figure-35-percent|pay-demand-2023|quote-barclay-35-percent", "002_27ed4c5538eb03e9.txt", "35% or more"},
		{"Barclay said the 35% demand was reasonable", Contradicted, "figure-35-percent|pay-demand-2023|quote-barclay-35-percent", "002_27ed4c5538eb03e9.txt", "otherwise"},
		// Times, with start and end told apart.
		{"the 2016 strike started at 9am", Contradicted, "", "000_73b2b942d9bd6961.txt", "8am, not 9am"},
		{"the 2016 strike started at 8am", Supported, "", "000_73b2b942d9bd6961.txt", "8am"},
		{"the 2016 strike ended at 5pm", Supported, "", "", "5pm"},
		{"the 2016 strike started at 5pm", Contradicted, "", "", "not 5pm"},
		{"picket lines started at 7am in 2023", Supported, "", "002_27ed4c5538eb03e9.txt", "7am"},
		{"picket lines started at 6am in 2023", Contradicted, "", "002_27ed4c5538eb03e9.txt", "7am, not 6am"},
		// Days and dates.
		{"the 2016 strike started on a Tuesday", Supported, "strike-2016-start", "000_73b2b942d9bd6961.txt", "Tuesday"},
		{"the 2016 strike started on Monday", Contradicted, "strike-2016-start", "", "Tuesday, not Monday"},
		{"the 2016 strike started on April 27", NotCovered, "", "", "don't give"},
		// Counts and bounds: "more than 125,000" cannot settle 200,000.
		{"more than 125,000 appointments were cancelled in 2016", Supported, "figure-125000-cancelled", "000_73b2b942d9bd6961.txt", "125,000"},
		{"200,000 appointments were cancelled in 2016", NotCovered, "", "", "200,000"},
		{"100,000 appointments were cancelled in 2016", Contradicted, "figure-125000-cancelled", "", "not 100,000"},
		{"651,000 procedures were rescheduled", Supported, "figure-651000-rescheduled", "002_27ed4c5538eb03e9.txt", "651,000"},
		{"the strike lasted five days", Supported, "", "002_27ed4c5538eb03e9.txt", "five days"},
		// Percentages and their curated aliases.
		{"57% of the public supported the doctors", Supported, "", "000_73b2b942d9bd6961.txt", "57%"},
		{"70% of the public supported the doctors", Contradicted, "", "000_73b2b942d9bd6961.txt", "57%, not 70%"},
		{"25% opposed the doctors' cause", Supported, "figure-quarter-oppose|poll-ipsos-mori-oppose", "", "25%"},
		// Shares in words, and figures said of the opposite: the quarter
		// who opposed are no quarter who supported.
		{"a quarter opposed the doctors", Supported, "poll-ipsos-mori-oppose|figure-quarter-oppose", "000_73b2b942d9bd6961.txt", "a quarter"},
		{"a quarter supported the doctors", Contradicted, "", "000_73b2b942d9bd6961.txt", "57%"},
		{"57% of people opposed the doctors", Contradicted, "", "", "a quarter"},
		{"three in five Britons support nurses", Supported, "poll-yougov-nurses", "002_27ed4c5538eb03e9.txt", "three in five"},
		{"60% supported nurses", Supported, "poll-yougov-nurses", "", "60%"},
		// The subject, not the value, picks the fact: the radiographers'
		// two-day strike is not the junior doctors' five-day one.
		{"the 2023 strike lasted two days", Contradicted, "strike-2023-duration|figure-five-days", "", "not two days"},
		{"radiographers will strike for two days", Supported, "radiographers-strike-2023", "", "two days"},
		// A hedged figure settles nothing: "above 5% wasn't realistic".
		{"the government offered 5%", NotCovered, "", "", "5%"},
		{"the BMA wants 5%", Contradicted, "", "002_27ed4c5538eb03e9.txt", "35% or more, not 5%"},
		// Assertions: the engine's yes/no verdict, held back when the
		// fact gives the words to someone else.
		{"Mark Porter is the head of the BMA", Supported, "mark-porter", "000_73b2b942d9bd6961.txt", "say so"},
		{"Jeremy Hunt was health secretary in 2016", Supported, "jeremy-hunt", "", "say so"},
		{"Jeremy Hunt is the head of the BMA", NotCovered, "", "", "don't say"},
		{"Porter backed the doctors", NotCovered, "", "", "don't say"},
		{"Mark Porter was health secretary", NotCovered, "", "", "don't say"},
		// A name the facts never have, a denial near a word, and a quote
		// that denies what the claim says settle nothing.
		{"the Ipsos Mori poll was for ITV", NotCovered, "", "", "don't mention ITV"},
		{"the Ipsos Mori poll for ITV found 57% support", NotCovered, "", "", "ITV"},
		// A YouGov poll is in article 002, so "the poll" reads as that one.
		{"the poll was by YouGov", Supported, "poll-yougov-overview", "002_27ed4c5538eb03e9.txt", ""},
		{"the government was blackmailed", NotCovered, "", "", "don't say"},
		{"there were 3 articles", NotCovered, "", "", "3 articles"},
		{"Everyone knows the BMA wants 35%", Attributed, "figure-35-percent|pay-demand-2023", "002_27ed4c5538eb03e9.txt", "Barclay"},
		// Years no dispute has, and things the articles never mention.
		{"the 2019 strike started at 8am", NotCovered, "", "", ""},
		{"the moon is made of cheese and costs 5 pounds", NotCovered, "", "", ""},
	}
	for _, c := range cases {
		t.Run(c.msg, func(t *testing.T) {
			got := b.Check(c.msg)
			if len(got) != 1 {
				t.Fatalf("Check(%q) found %d claims, want 1: %+v", c.msg, len(got), got)
			}
			cl := got[0]
			if cl.Verdict != c.verdict {
				t.Errorf("verdict %s, want %s (note %q, facts %v)", cl.Verdict, c.verdict, cl.Note, cl.Facts)
			}
			if c.fact != "" && !slices.ContainsFunc(strings.Split(c.fact, "|"), func(f string) bool { return slices.Contains(cl.Facts, f) }) {
				t.Errorf("facts %v, want %s", cl.Facts, c.fact)
			}
			if c.source != "" && !slices.ContainsFunc(cl.Sources, func(s Source) bool { return s.File == c.source && s.Line > 0 }) {
				t.Errorf("sources %v, want one in %s", cl.Sources, c.source)
			}
			if !strings.Contains(cl.Note, c.note) {
				t.Errorf("note %q, want it to contain %q", cl.Note, c.note)
			}
			if cl.Verdict != NotCovered && (len(cl.Facts) == 0 || cl.Said == "" || len(cl.Sources) == 0) {
				t.Errorf("a %s claim must show the facts, what they say and sources: %+v", cl.Verdict, cl)
			}
		})
	}
}

// TestCheckFindsClaims checks which sentences of a message are claims.
func TestCheckFindsClaims(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		msg  string
		want []string
	}{
		{"lol what a mess", nil},
		{"thanks everyone!", nil},
		{"who is mark porter?", nil},
		{"hello", nil},
		{"", nil},
		{"<@123> **apparently** the BMA wants 35%!! https://example.com/x", []string{"the BMA wants 35%"}},
		{"Barclay says the BMA wants 35% or more. Lol. Also 651,000 procedures were rescheduled; the strike started at 7am",
			[]string{"Barclay says the BMA wants 35% or more", "651,000 procedures were rescheduled", "the strike started at 7am"}},
		{"Dr. Porter is the head of the BMA. Pay rises of 6.5% were recommended",
			[]string{"Dr. Porter is the head of the BMA", "Pay rises of 6.5% were recommended"}},
		{"the BMA wants 35% and the 2016 strike started at 9am", []string{"the BMA wants 35%", "the 2016 strike started at 9am"}},
		// Each joined part loses its own hedges and trailers.
		{"apparently the BMA wants 35% lol, and apparently the 2016 strike started at 9am tbh",
			[]string{"the BMA wants 35%", "the 2016 strike started at 9am"}},
		{"the 2016 strike ran from 8am to 5pm on Tuesday and again on Wednesday", []string{"the 2016 strike ran from 8am to 5pm on Tuesday and again on Wednesday"}},
		{"> 57% of the public supported the doctors, but 70% supported the nurses",
			[]string{"57% of the public supported the doctors", "70% supported the nurses"}},
	}
	for _, c := range cases {
		var got []string
		for _, cl := range b.Check(c.msg) {
			got = append(got, cl.Text)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("Check(%q) claims %q, want %q", c.msg, got, c.want)
		}
	}
}

// TestCheckCaps checks that a long message yields at most MaxClaims claims.
func TestCheckCaps(t *testing.T) {
	b := realBase(t)
	msg := strings.Repeat("The 2016 strike started at 9am. ", 50)
	if got := b.Check(msg); len(got) != MaxClaims {
		t.Fatalf("%d claims, want %d", len(got), MaxClaims)
	}
	if got := b.Check(strings.Repeat("x", 100_000)); len(got) != 0 {
		t.Fatalf("a wall of x is no claim: %+v", got)
	}
}

// TestFactClaim checks the rebuilding of a claim for the share button.
func TestFactClaim(t *testing.T) {
	b := realBase(t)
	c, ok := b.FactClaim(Attributed, "figure-35-percent")
	if !ok || c.Speaker != "Steve Barclay" || c.Said == "" || len(c.Sources) == 0 || c.Sources[0].File != "002_27ed4c5538eb03e9.txt" {
		t.Fatalf("FactClaim = %+v, %v", c, ok)
	}
	if _, ok := b.FactClaim(Supported, "no-such-fact"); ok {
		t.Fatal("a fact no longer in the base must not rebuild")
	}
	if c, ok := b.FactClaim(NotCovered, ""); !ok || len(c.Facts) != 0 {
		t.Fatalf("a claim without a fact: %+v, %v", c, ok)
	}
}

// FuzzSplitClaims holds the claim splitter to its promises on any input:
// no panic, a bounded number of trimmed, non-empty, valid UTF-8 pieces, no
// longer in total than the input, each of which splits to itself.
func FuzzSplitClaims(f *testing.F) {
	for _, s := range []string{"apparently the BMA wants 35%", "a. b! c? d; e\nf, but g", "Dr. Porter said 6.5%.", "...", "<@1> x", "e.g. this", "\xff\xfe", "a , but , but b"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		cw := &realVocab().claims
		pieces := cw.splitClaims(s)
		if len(pieces) > maxSentences {
			t.Fatalf("%d pieces, more than %d", len(pieces), maxSentences)
		}
		total := 0
		for _, p := range pieces {
			if p == "" || p != strings.TrimSpace(p) || !utf8.ValidString(p) {
				t.Fatalf("piece %q of %q is empty, untrimmed or not UTF-8", p, s)
			}
			total += len(p)
			if again := cw.splitClaims(p); len(again) != 1 || again[0] != p {
				t.Fatalf("piece %q of %q splits again into %q", p, s, again)
			}
			cw.claimText(p) // must not panic
		}
		if total > len(s)+len(s)/2 {
			t.Fatalf("pieces of %q total %d bytes, input %d", s, total, len(s))
		}
	})
}

// TestCheckNeverContradictsTheArticles checks every line of every article,
// and every sentence of every curated answer, as a message: what the
// articles say must never come back contradicted, and some of it must come
// back supported.
func TestCheckNeverContradictsTheArticles(t *testing.T) {
	b := realBase(t)
	var texts []string
	for _, a := range b.Articles() {
		texts = append(texts, a.Lines...)
	}
	for _, f := range b.Facts() {
		if f.Kind != KindGap {
			texts = append(texts, sentences(f.Answer)...)
		}
	}
	counts := map[Verdict]int{}
	for _, text := range texts {
		for _, c := range b.Check(text) {
			counts[c.Verdict]++
			if c.Verdict == Contradicted {
				t.Errorf("the articles' own words %q came back contradicted: %s %v", c.Text, c.Note, c.Facts)
			}
		}
	}
	if counts[Supported] < 100 {
		t.Errorf("only %d of the articles' own claims came back supported: %v", counts[Supported], counts)
	}
}

// BenchmarkCheck measures checking a message with three claims and some
// chit-chat, as the message command does.
func BenchmarkCheck(b *testing.B) {
	base := realBase(b)
	msg := "lol apparently the BMA wants 35%. The 2016 strike started at 9am! And 57% of the public supported the doctors, but who cares?"
	b.ReportAllocs()
	for b.Loop() {
		if len(base.Check(msg)) != 3 {
			b.Fatal("want three claims")
		}
	}
}

// TestCheckCitesTheSettlingQuoteFirst: the first source shown is the quote
// that gives the value the claim is checked against.
func TestCheckCitesTheSettlingQuoteFirst(t *testing.T) {
	b := realBase(t)
	for msg, want := range map[string]string{
		"the 2016 strike started at 9am":                "8am",
		"the BMA wants 35%":                             "35%",
		"the moon is made of cheese and costs 5 pounds": "",
	} {
		got := b.Check(msg)
		switch {
		case want == "" && len(got) == 1 && len(got[0].Sources) == 0 && len(got[0].Facts) == 0:
		case want == "" || len(got) != 1 || len(got[0].Sources) == 0 || !strings.Contains(got[0].Sources[0].Quote, want):
			t.Errorf("Check(%q) = %+v, want the first source to quote %q", msg, got, want)
		}
	}
}

// FuzzCheck holds Check to its promises on any message: no panic, at most
// MaxClaims claims, each with a known verdict and cited lines, and no
// support or contradiction without a fact behind it.
func FuzzCheck(f *testing.F) {
	b := realBase(f)
	for _, s := range []string{"apparently the BMA wants 35%", "the 2016 strike started at 9am and 57% supported it", "a quarter of 10 in 3 is 0.5am", "12pm 13pm 0am april 32 31st may"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		claims := b.Check(s)
		if len(claims) > MaxClaims {
			t.Fatalf("%d claims", len(claims))
		}
		for _, c := range claims {
			if _, ok := verdictNames[c.Verdict]; !ok || c.Text == "" || c.Note == "" {
				t.Fatalf("claim %+v", c)
			}
			if c.Verdict != NotCovered && (len(c.Facts) == 0 || len(c.Sources) == 0) {
				t.Fatalf("%s without a fact: %+v", c.Verdict, c)
			}
			for _, src := range c.Sources {
				if src.Line < 1 {
					t.Fatalf("source without a line: %+v", src)
				}
			}
		}
	})
}

var verdictNames = map[Verdict]bool{Supported: true, Attributed: true, Contradicted: true, NotCovered: true}
