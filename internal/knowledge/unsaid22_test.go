package knowledge

import (
	"regexp"
	"slices"
	"testing"
)

// unsaid22Cases are questions asking a detail the articles leave out
// (verdict_unsaid22.go): the blind question, paraphrases written for
// these tests, and nearby questions that must stay answered. lead is a
// case-insensitive pattern the answer's text must open with; fact, if not
// empty, is a fact the answer must be built from.
var unsaid22Cases = []struct {
	class string
	q     string
	found bool
	lead  string
	fact  string
}{
	// An exact head count where the articles say only "thousands".
	{"exact count", "Exactly how many junior doctors walked out during the all-out strike?", false, "The articles don't say exactly how many", "figure-thousands-2016"},
	{"exact count", "precisely how many doctors went on strike in 2016", false, "The articles don't say exactly how many", "figure-thousands-2016"},
	{"exact count", "tell me exactly how many junior doctors went out on the 2016 strike", false, "The articles don't say exactly how many", ""},
	{"exact count", "how many junior doctors, exactly, were on strike in the all-out walkout?", false, "The articles don't say exactly how many", ""},
	{"exact count", "how many junior doctors walked out in 2016?", true, "", "figure-thousands-2016"},
	{"exact count", "exactly how many operations were cancelled in 2016?", true, "", ""},
	// The figures themselves, where the fact reports only a claim about them.
	{"figures", "What were the weekend death statistics the government was accused of distorting?", false, "The articles don't say", ""},
	{"figures", "what were the weekend mortality statistics porter said were distorted?", false, "The articles don't say", ""},
	{"figures", "what are the weekend death stats hunt used?", false, "The articles (don't say|do not give)", ""},
	{"figures", "what were the ipsos mori figures?", true, "", ""},
	{"figures", "what were the poll figures for nurses?", true, "", ""},
	// An exact title where the articles say only "BMA leaders": the gap
	// saying no officer's title is given ranks below the people named.
	{"exact title", "What is Dr Robert Laurenson's exact job title at the BMA?", false, "The articles name no BMA", "gap-bma-officials"},
	{"exact title", "what's Robert Laurenson's exact title in the BMA?", false, "The articles name no BMA", "gap-bma-officials"},
	{"exact title", "what is trivedi's exact position in the BMA?", false, "The articles name no BMA", "gap-bma-officials"},
	{"exact title", "what is Mark Porter's job title?", true, "", "mark-porter"},
	{"exact title", "who is robert laurenson?", true, "", "robert-laurenson"},
	// An organisation the articles never name, sharing its first word
	// with one they do: NHS England is not NHS Providers.
	{"sibling name", "Who is the chief executive of NHS England?", false, "The articles don't mention NHS England", ""},
	{"sibling name", "who runs NHS England", false, "The articles don't mention NHS England", ""},
	{"sibling name", "Who heads NHS Scotland?", false, "The articles don't mention NHS Scotland", ""},
	{"sibling name", "what did NHS Providers say?", true, "", "nhs-providers"},
	// Who held a role before or after someone: the articles give each
	// person's role at the time only.
	{"succession", "Who was Health Secretary right before Steve Barclay?", false, "The articles don't say who came before Steve Barclay", ""},
	{"succession", "who was health secretary after hunt?", false, "The articles don't say who came after Jeremy Hunt", ""},
	{"succession", "who held the health secretary job just before barclay", false, "The articles don't say who came before Steve Barclay", ""},
	{"succession", "who was health secretary in 2016?", true, "", "jeremy-hunt"},
	// Whether people met in person, where the fact tells of letters and a
	// phone call.
	{"meeting", "Did Hunt and Mark Porter meet face to face before the all-out strike?", false, "The articles don't say", ""},
	{"meeting", "did jeremy hunt and the bma chief meet in person before the walkout?", false, "The articles don't say", ""},
	{"meeting", "was there a face to face meeting between Hunt and Porter before the strike?", false, "The articles don't say", ""},
	{"meeting", "did hunt and the head of the bma speak by phone?", true, "Yes", "letters-and-phone-call-2016"},
	{"succession", "who spoke after Hunt said lives were at risk?", true, "", ""},
	{"sibling name", "what did the BBC Radio 4 Today programme hear from Porter?", true, "", ""},
}

func TestUnsaid22(t *testing.T) {
	b := realBase(t)
	for _, c := range unsaid22Cases {
		t.Run(c.class+"/"+c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			expectAnswer(t, a, c.found, "")
			expectLeadFact(t, a, c.lead, c.fact)
			checkAnswer(t, b, c.q, a)
		})
	}
}

// expectLeadFact fails t unless a's text opens with the case-insensitive
// pattern lead (if any) and a is built from fact (if any).
func expectLeadFact(t *testing.T, a Answer, lead, fact string) {
	t.Helper()
	if lead != "" && !regexp.MustCompile("(?is)^"+lead).MatchString(a.Text) {
		t.Errorf("text does not open with /%s/ (%v): %s", lead, a.Facts, a.Text)
	}
	if fact != "" && !slices.Contains(a.Facts, fact) {
		t.Errorf("facts %v, want %s: %s", a.Facts, fact, a.Text)
	}
}
