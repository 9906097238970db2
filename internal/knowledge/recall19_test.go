package knowledge

import "testing"

// recall19Cases are answerable questions (not yes/no) worded in words the
// articles do not use, which session 19 found declined: each with the dev
// question, paraphrases of it and a nearby question that must stay
// declined. TestFailureClasses runs them as it runs classCases.
var recall19Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Fiddled or manipulated figures are distorted ones; a mortality
	// figure counts deaths.
	{"fiddled", "who's the doctors' union chief who said the government fiddled the weekend mortality figures?", true, "porter"},
	{"fiddled", "which bma boss claimed the weekend mortality stats were manipulated?", true, "porter"},
	{"fiddled", "who accused the government of skewing weekend death figures?", true, "porter"},
	{"fiddled", "who said the Scottish government fiddled its figures?", false, ""},
	// Twice as many training spots is double the places.
	{"twice", "by when do they want twice as many training spots at medical schools?", true, "2031"},
	{"twice", "by when does the workforce plan double training spots?", true, "2031"},
	{"twice", "by when will nurse training spots double?", false, ""},
	// "Which neighbouring nation" asks a place as "which nation" does; a
	// model to follow is an example.
	{"which ADJ nation", "which neighbouring nation did the doctors' union hold up as the model to follow?", true, "scotland"},
	{"which ADJ nation", "which neighbouring country did the BMA say the UK government should copy?", true, "scotland"},
	{"which ADJ nation", "which neighbouring country did Hunt hold up as a model?", false, ""},
	// Complaining about something is criticising it.
	{"complain", "what's the precondition the bma is complaining about", true, "precondition.*talk"},
	{"complain", "what precondition did the doctors complain about?", true, "precondition.*talk"},
	{"complain", "what did the nurses complain about?", false, ""},
	// NHS Providers' words: months of industrial action hamper the cut.
	{"hampering", "what's hampering efforts to cut waiting lists according to nhs providers", true, "industrial action were hampering"},
	{"hampering", "what does nhs providers say is hindering efforts to cut waiting lists?", true, "industrial action were hampering"},
	{"hampering", "how long is the nhs waiting list?", false, ""},
	// A hospital's town is the place the articles put it in.
	{"town", "what town is the PRUH in", true, "farnborough"},
	{"town", "which town is the Princess Royal University Hospital in?", true, "farnborough"},
	{"town", "what town is Darent Valley hospital in?", true, "dartford"},
	{"town", "what town is Downing Street in?", false, ""},
	{"town", "what town did the 2023 strike take place in?", false, ""},
	// What a photographer captures or snaps is in the photos.
	{"capture", "what did the local south london paper's photographer capture", true, "princess royal"},
	{"capture", "what did the news shopper photographer snap?", true, "princess royal"},
	{"capture", "what did the bbc photographer capture?", false, ""},
	// To fix is to improve; "the new deal" of 2016 is the new contract.
	{"fix", "what was Hunt actually trying to fix with the new deal for juniors?", true, "weekend"},
	{"fix", "what was the health secretary hoping to fix with the new junior contract?", true, "weekend"},
	{"fix", "what was Barclay trying to fix with the new deal?", false, ""},
	// Only "the new deal for" someone is the contract: the 2023 deal
	// talked of in Scotland stays a 2023 question.
	{"fix", "what did the BMA think of the new deal in Scotland?", true, "scotland"},
	// Inflation is an economic worry: a question about it asks why Barclay
	// calls the demand unreasonable, not for economic figures.
	{"economic", "what's Barclay's economic worry about the big pay claim?", true, "inflation"},
	{"economic", "what economic risk did Barclay see in the pay demand?", true, "inflation"},
	{"economic", "what was the inflation rate in 2023?", false, ""},
	{"economic", "what economic worry did Hunt have about the pay claim?", false, ""},
	// A choice ("the whole UK or just England?") is answered by the fact
	// that has one side; a choice of two sides the facts lack is not.
	{"choice", "were the 125k cancellations across the whole uk or just england?", true, "england's hospitals"},
	{"choice", "were the 125,000 cancelled operations in England or Scotland?", true, "england's hospitals"},
	{"choice", "were the 125k cancellations in Scotland or Wales?", false, ""},
	// The difference of the two strikes' lengths, as the comparison states it.
	{"days longer", "how many days longer is the five day walkout than the all out strike", true, "three days longer"},
	{"days longer", "how much longer was the 2023 strike than the 2016 one?", true, "three days longer"},
	{"days longer", "how many days longer was the radiographers' strike than the nurses'?", false, ""},
}

func TestCueAcross(t *testing.T) {
	v := realVocab()
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"which neighbouring nation did the bma praise", true},
		{"what strike date was set", true},
		{"how many strike days in total", true},
		{"how many days in total", false},
		{"which nation did the bma praise", false}, // the cue itself, no word between
		{"what the date was", false},
		{"what 7 day health service", false},
		{"what which day", false},
		{"which neighbouring", false},
	} {
		raw := v.words(c.q)
		got := false
		for i, w := range raw {
			for _, cue := range v.cueStart[w] {
				got = got || v.cueAcross(raw, i, cue.words)
			}
		}
		if got != c.want {
			t.Errorf("cueAcross in %q = %v, want %v", c.q, got, c.want)
		}
	}
}
