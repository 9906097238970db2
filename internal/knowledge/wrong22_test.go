package knowledge

import "testing"

// wrong22Cases are session 22's confident wrong answers (helper
// "wrong2"): a question answered with a fact whose doer, verb or group is
// not the one asked, paraphrases of it written for these tests, and
// nearby questions that must keep their answers. lead is a
// case-insensitive pattern the answer's text must open with; fact, if not
// empty, is a fact the answer must be built from.
var wrong22Cases = []trapCase{
	// A lead-in or a cleft keeps the doer check: Barclay says the BMA's
	// representatives collapsed the talks, not the Government.
	{"doer", "According to Barclay, was it the Government that broke off the pay talks?", true, "No", "negotiations-collapsed-2023", false},
	{"doer", "was it the government that collapsed the talks?", true, "No", "", false},
	{"doer", "according to barclay, was it the government that ended the negotiations?", true, "No", "", false},
	{"doer", "According to Barclay, did the Government break off the pay talks?", false, "The articles don't say", "", false},
	{"doer", "per barclay, did the government collapse the negotiations?", false, "The articles don't say", "", false},
	{"doer", "was it the bma that broke off the pay talks?", true, "Yes", "", false},
	{"doer", "according to barclay, did the bma collapse the talks?", true, "Yes", "", false},
	{"doer", "did the doctors' reps collapse the talks?", true, "Yes", "", false},
	{"doer", "according to the health secretary, did the junior doctors' reps collapse the negotiations?", true, "Yes", "", false},
	{"doer", "did barclay collapse the talks?", false, "The articles don't say", "", false},
	// A poll figure for a staff group is not the doctors': YouGov's 58%
	// is ambulance workers'; the doctors' support is Ipsos Mori's 57%.
	{"group", "what percentage of britons supported the doctors?", true, "In the 2016 contract dispute, an Ipsos Mori poll for BBC News found 57%", "polls-compared", false},
	{"group", "what share of britons backed the junior doctors?", true, ".*57%", "", false},
	{"group", "how many britons support the doctors?", true, ".*57%", "", false},
	{"group", "what percentage of britons supported the nurses?", true, "", "poll-yougov-nurses", false},
	{"group", "what percentage of people supported the doctors?", true, "", "figure-57-percent-support", false},
	// A decision verb the fact has nowhere: nobody is said to accept
	// the contract; Corbyn's fact is his march.
	{"verb", "which politician accepted the contract?", false, "The articles don't say", "", false},
	{"verb", "which politician agreed to the contract?", false, "The articles don't say", "", false},
	{"verb", "which mp approved the new contract?", false, "", "", false},
	{"verb", "which politician joined the march?", true, "", "corbyn-march-2016", false},
	{"verb", "which politician backed the doctors?", true, "", "jeremy-corbyn", false},
	// Roles reversed: Porter (the BMA) said the Health Secretary was
	// throwing mud at the junior doctors, not the other way round.
	{"said", "who said the bma was smearing the government?", false, "The articles don't say", "", false},
	{"said", "who said the bma was throwing mud at ministers?", false, "The articles don't say", "", false},
	{"said", "who said the junior doctors were smearing hunt?", false, "The articles don't say", "", false},
	{"said", "who said the government was smearing the doctors?", true, "", "quote-porter-throw-mud", false},
	{"said", "who said hunt was smearing the doctors?", true, "", "quote-porter-throw-mud", false},
	// A verdict from a fact with no action word at all is on something
	// else: "last year's general election" says nothing of how long the
	// strikes ran.
	{"action", "have the nhs strikes been going for a year", false, "The articles don't say", "", false},
	{"action", "has the nhs strike lasted a year?", false, "The articles don't say", "", false},
	{"action", "did the nhs walkouts last a year?", false, "The articles don't say", "", false},
	{"action", "have the strikes been going on for twelve months?", true, "No", "", false},
	{"action", "did the strike last five days?", true, "Yes", "", false},
	{"action", "someone on the picket said 70% back the ambulance workers, is that right?", true, "No", "", false},
	{"action", "a striker told me 40% of people back the nurses' strike - true?", true, "No", "", false},
}

// TestWrong22 checks wrong22Cases.
func TestWrong22(t *testing.T) { runTrapCases(t, wrong22Cases) }
