package knowledge

import (
	"strings"
	"testing"
)

// recall21Cases are answerable questions (not yes/no) worded in words the
// articles do not use, which session 21 found declined on dev-heldout3
// (blind writers' paraphrases): each with the dev question, paraphrases
// written the way other people would ask and a nearby question that must
// stay declined. TestFailureClasses runs them as it runs classCases.
var recall21Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A fatality is a death; "top" in "a top union figure" names no
	// subject of its own.
	{"fatalities", "Which top union figure claimed ministers had fiddled the numbers on weekend fatalities?", true, "porter"},
	{"fatalities", "which senior union figure said the government fiddled the weekend fatality figures", true, "porter"},
	{"fatalities", "which top bma guy said the weekend fatality numbers were twisted", true, "porter"},
	{"fatalities", "who accused ministers of skewing the stats on weekend deaths", true, "porter"},
	{"fatalities", "which top union figure said the government fiddled figures on nurse fatalities in wales", false, ""},
	// "Went along" on a march is joining it: "along" names no subject.
	{"went along", "Which opposition boss went along on the march with the striking trainees?", true, "corbyn"},
	{"went along", "which opposition leader went along to the march", true, "corbyn"},
	{"went along", "did any politician go along with the junior doctors on the march", true, "corbyn"},
	{"went along", "which top tory went along on the march", false, ""},
	// The Beeb is the BBC; a share of the population is of the public.
	{"beeb", "What share of the population backed the medics in the survey done for the Beeb?", true, "57%"},
	{"beeb", "what percentage of the population supported the strike in the beeb poll", true, "57%"},
	{"beeb", "how much of the population backed the doctors according to the survey for the beeb", true, "57%"},
	{"beeb", "what share of the population backed the nurses in the beeb survey", false, ""},
	// A check-up is an appointment; an appointment "bumped" is put off
	// (a pay bump stays a rise).
	{"bumped", "How many check-ups and routine ops have been bumped because of months of walkouts?", true, "651,000"},
	{"bumped", "how many check-ups got bumped in 2023", true, "651,000"},
	{"bumped", "how many appointments were bumped by the walkouts", true, "125,000"},
	{"bumped", "how many ops were bumped in scotland", false, ""},
	// "Record-breaking" and "record-setting" are "record".
	{"record-breaking", "How long is the record-breaking stoppage by doctors in the health service?", true, "five"},
	{"record-breaking", "how long is the record-breaking walkout", true, "five"},
	{"record-breaking", "how many days does the record-setting strike last", true, "five"},
	{"record-breaking", "how long is the record-breaking strike by nurses?", false, ""},
	// "routin" is "routine" misspelt, not "routing" with its g dropped.
	{"routin", "hw many routin procedurs got reschedualed", true, "651,000"},
	{"routin", "how many routin ops got cancelled", true, "651,000"},
	{"routin", "hw many routin appointments were moved", true, "651,000"},
	{"routin", "wot routin checks did scotland cancel", false, ""},
	// The two BMA leaders of the pay dispute, however counted; "the pay
	// 1" is the pay one.
	{"two leaders", "who r the 2 bma leaders in the pay 1", true, "laurenson.*trivedi"},
	{"two leaders", "who are the two BMA leaders quoted in 2023", true, "laurenson.*trivedi"},
	{"two leaders", "which two bma leaders were quoted", true, "laurenson.*trivedi"},
	{"two leaders", "who were the two nurses leaders", false, ""},
}

// TestPointerEnd holds pointerEnd to a number after "the" and a word that
// is no number, at the end or before a stop word that counts nothing: "the
// pay 1" is the pay one, "strike 1", "the 1" and "the pay 1 in 5" keep it.
func TestPointerEnd(t *testing.T) {
	b := realBase(t)
	for q, want := range map[string]string{
		"who r the 2 bma leaders in the pay 1": "who are the 2 bma leaders in the pay one",
		"what about the contract 1":            "what about the contract one",
		"how long was strike 1":                "how long was strike 1",
		"what happened on the 1":               "what happened on the 1",
		"was it the 2 1":                       "was it the 2 1",
		"is the 5 day 1 the longest":           "is the fiveday one the longest",
		"was the contract 1 the first":         "was the contract one the first",
		"was the pay 1 in 5":                   "was the pay 1 in 5",
		"did the strike 1 day cost":            "did the strike 1 day cost",
	} {
		if got := strings.Join(b.v.words(q), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", q, got, want)
		}
	}
}
