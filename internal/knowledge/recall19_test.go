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
}

func TestCueAcross(t *testing.T) {
	v := realVocab()
	for _, c := range []struct {
		q    string
		want bool
	}{
		{"which neighbouring nation did the bma praise", true},
		{"what strike date was set", true},
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
