package knowledge

import (
	"regexp"
	"testing"
)

// TestYesNoShapes holds yes/no questions asked in other shapes (session
// 18, helper "yesno3"): a statement with a question tag, a question about
// a word used and one asking whether something happened only on one day.
// lead is a regular expression (case-insensitive) the answer must match;
// "" for a case that must only not start with Yes (nor No, with noNo).
func TestYesNoShapes(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		why  string
		q    string
		lead string
		noNo bool // the answer must not start with No either
	}{
		// A statement with a tag asks yes or no.
		{"tag, as well as", "so the strike happened on wednesday as well as tuesday right?", `^Yes\..*Wednesday`, false},
		{"tag after a comma", "the strike happened on wednesday, right?", `^Yes\.`, false},
		{"tag, is that right", "the strike was on tuesday and wednesday, is that right?", `^Yes\.`, false},
		{"tag after a yes/no question", "was the strike on tuesday, right?", `^Yes\.`, false},
		{"tag, a day not given", "the strike ran on thursday, right?", "", false},
		{"a question word before the tag", "what's right?", "", true},
		// "use the word X": the fact quoting X says it.
		{"the word used", "did hunt actually use the word blackmail on bbc breakfast", `^Yes\..*"blackmail"`, false},
		{"the word said", "did hunt say the word blackmail?", `^Yes\.`, false},
		{"the word quoted", "did jeremy hunt use the word 'blackmail' on bbc breakfast?", `^Yes\.`, false},
		{"the word, another programme", "did hunt use the word blackmail on radio 4?", "", false},
		{"a word not quoted", "did hunt say the word greedy?", "", false},
		{"the word, another speaker", "did porter use the word blackmail on bbc breakfast?", "", false},
		// "only on Tuesday" is no Yes on a fact giving Tuesday alone.
		{"only, one day given", "did the strike only happen on tuesday?", "", false},
		{"only, paraphrase", "was the all-out strike only on tuesday?", "", false},
		{"only after the verb", "did the strike go ahead only on tuesday?", "", false},
		{"only with a tag", "the strike was only on tuesday, right?", "", false},
		{"the day without only", "did the strike happen on tuesday?", `^Yes\.`, false},
		// Data: a fact about the junior doctors says "junior doctors"
		// (about: junior-doctors) though its answer says "the doctors' cause";
		// the photographer's fact says "pictures" (its questions).
		{"junior doctors of the doctors' cause", "Did the Ipsos Mori poll find 57% backing the junior doctors?", `^Yes\..*57%`, false},
		{"junior doctors, paraphrase", "Did 57% of people support the junior doctors in the Ipsos Mori poll?", `^Yes\.`, false},
		{"juniors", "Did the Ipsos Mori poll find 57% backing the juniors?", `^Yes\.`, false},
		{"junior doctors, another group", "Did the Ipsos Mori poll find 57% backing the consultants?", "", false},
		{"junior doctors, another share", "Did the Ipsos Mori poll find 75% backing the junior doctors?", `^No\.`, false},
		{"pics are the photographs", "Was Keith Larby the photographer credited for the picket pics?", `^Yes\..*Keith Larby`, false},
		{"pictures, paraphrase", "were the picket pictures by keith larby?", `^Yes\.`, false},
		{"pictures, the other dispute", "Did Keith Larby take the pictures in the 2023 article?", "", false},
		// A figure of the other side ("33% opposed") does not contradict
		// the one asked ("58% support").
		{"the figure in favour", "In the YouGov polling, did ambulance workers get 58% support?", `^Yes\..*58%`, false},
		{"the figure in favour, backing", "did 58% back the ambulance workers in the yougov poll?", `^Yes\.`, false},
		{"another figure in favour", "did ambulance workers get 60% support in the yougov poll?", `^No\.`, false},
		{"the figure opposed asked as support", "did ambulance workers get 33% support?", `^No\.`, false},
		{"another group's figure", "did nurses get 58% support?", "", true},
		{"no group asked", "did 58% support the strikes in the yougov poll?", "", true},
		// "set to" is "going to": no word of the claim.
		{"set to", "Are consultants set to strike for two days after the junior doctors' five-day walkout?", `^Yes\.`, false},
		{"set to, walk out", "are consultants set to walk out for two days after the junior doctors' five-day strike?", `^Yes\.`, false},
		{"set to, past", "were consultants set to strike after the junior doctors?", `^Yes\.`, false},
		{"set to, another length", "are consultants set to strike for five days?", "", false},
		{"set to, the other order", "are consultants set to strike before the junior doctors?", `^No\.`, false},
	}
	yes := regexp.MustCompile(`(?i)^\W*yes\b`)
	no := regexp.MustCompile(`(?i)^\W*no\b`)
	for _, c := range cases {
		a := b.Answer(c.q)
		if c.lead == "" {
			if yes.MatchString(a.Text) || c.noNo && no.MatchString(a.Text) {
				t.Errorf("%s: %q\n  must have no verdict, got %q", c.why, c.q, a.Text)
			}
			continue
		}
		if !regexp.MustCompile(`(?is)` + c.lead).MatchString(a.Text) {
			t.Errorf("%s: %q\n  want %s, got %q", c.why, c.q, c.lead, a.Text)
		}
	}
}

// TestUntag reads a statement ending in a tag as a yes/no question and
// leaves other questions as they are.
func TestUntag(t *testing.T) {
	v := realVocab()
	for _, c := range []struct{ q, want string }{
		{"so the strike happened on Wednesday, right?", "is it true that so the strike happened on Wednesday?"},
		{"Hunt said blackmail, didn’t he?", "is it true that Hunt said blackmail?"},
		{"was it on Tuesday right", "was it on Tuesday?"},
		{"what's right?", "what's right?"},
		{"right?", "right?"},
		{"did the BMA have the right to strike?", "did the BMA have the right to strike?"},
		{"who is correct", "who is correct"},
	} {
		if got := v.untag(c.q); got != c.want {
			t.Errorf("untag(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}
