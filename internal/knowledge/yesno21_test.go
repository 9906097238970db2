package knowledge

import "testing"

// yesno21Cases are the yes/no questions of session 21's yesno rules and
// data. Each family has the dev question, paraphrases written for it, a
// question the articles confirm or deny the other way, and a nearby one
// they do not settle. want is as in noCases.
var yesno21Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// One dispute's strike put under the other's subject, with more words
	// after it: the five-day strike was over pay, the all-out strike over
	// a new contract; a News Shopper article is about the all-out strike.
	{"dispute premise", "Is the five-day strike about a new contract rather than pay?", true, `^No\b.*over pay`},
	{"dispute premise", "was the 5 day strike about the contract like the first one", true, `^No\b.*over pay`},
	{"dispute premise", "r the 2023 strikes over a new contract or what", true, `^No\b.*over pay`},
	{"dispute premise", "is the longest walkout about a new contract instead of pay?", true, `^No\b.*over pay`},
	{"dispute premise", "is the news shopper article about the pay strike", true, `^No\b.*new contract`},
	{"dispute premise", "is the local paper's piece about the five-day walkout?", true, `^No\b`},
	{"dispute premise", "was the all-out strike about pay rather than the contract?", true, `^No\b.*new contract`},
	// Its own subject first is no clash.
	{"dispute premise", "is the five-day walkout about pay?", true, `^Yes\b`},
	// Both disputes' subjects claimed at once: open.
	{"dispute premise", "was the all-out strike over pay and a new contract?", true, `^(?:[^NY]|N[^o]|Y[^e])`},

	// A month that is part of a dispute's name ("the April strike", an
	// alias of the contract dispute) asks nothing of the month.
	{"month name", "Was the April strike the first all-out strike in NHS history?", true, `^Yes\b.*first all-out strike`},
	{"month name", "was the april walkout the first ever all-out strike in the nhs", true, `^Yes\b`},
	{"month name", "did the april strike begin on a tuesday?", true, `^Yes\b`},
	// A month asked of its own is still one the facts do not give.
	{"month name", "did the april strike happen in may?", false, `anything of May`},
}

// yesno21CheckCases are claims put to be checked, the way a fact-checker
// asks (vocabulary check_leads, check_tags, check_sources): each is asked
// as "is it true that …?", Yes when the articles say it, No when they give
// another value, and no verdict when they do not settle it.
var yesno21CheckCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	{"check claim", "Someone says the all-out walkout ran 8am-5pm on both days. Accurate?", true, `^Yes\b.*8am to 5pm`},
	{"check claim", "Claim: 57% of the public backed the doctors' cause in the Ipsos Mori survey. True?", true, `^Yes\b.*57%`},
	{"check claim", "claim - 57% supported the doctors in the ipsos poll", true, `^Yes\b.*57%`},
	{"check claim", "Am I right that the Ipsos Mori poll was done for BBC News?", true, `^Yes\b.*BBC News`},
	{"check claim", "Checking: Porter said consultants would cover emergencies during the walkout?", true, `^Yes\b.*consultants`},
	{"check claim", "i heard porter said consultants would provide emergency cover. is that true?", true, `^Yes\b.*consultants`},
	{"check claim", "The workforce plan Barclay mentions would double medical school places by 2031 - is that what he said?", true, `^Yes\b.*2031`},
	{"check claim", "Ipsos Mori found 67% support for the doctors - accurate?", true, `^No\b.*57%`},
	{"check claim", "ipsos mori had 67% backing the doctors. true or false?", true, `^No\b.*57%`},
	{"check claim", "There were five days of letters between Hunt and the BMA before the strike - true?", true, `^No\b.*three days`},
	{"check claim", "Cordery said consultants would strike for three days after the junior doctors - accurate?", true, `^No\b.*two days`},
	{"check claim", "Barclay called a pay demand of 25% or more unreasonable - is that the figure?", true, `^No\b.*35%`},
	{"check claim", "The workforce plan aims to double medical school places by 2030, per Barclay?", true, `^No\b.*2031`},
	{"check claim", "medical school places doubled by 2030, according to Barclay?", true, `^No\b.*2031`},
	// A claim the articles do not settle stays unsettled.
	{"check claim", "Claim: the BMA in Wales backed the strike. True?", false, ``},
	// A question asked with a question word is that question.
	{"check claim", "Roughly how many junior doctors started the all-out strike, according to the local paper?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
}

// TestUncheck reads a claim put to be checked as the yes/no question it
// asks and leaves other questions as they are.
func TestUncheck(t *testing.T) {
	v := realVocab()
	for _, c := range []struct{ q, want string }{
		{"Claim: 57% backed the doctors. True?", "is it true that 57% backed the doctors?"},
		{"Someone says the walkout ran on both days. Accurate?", "is it true that the walkout ran on both days?"},
		{"was it 57%, correct?", "was it 57%?"},
		{"Fact check: who joined the march?", "who joined the march?"},
		{"the plan doubles places by 2030, per Barclay?", "is it true that the plan doubles places by 2030, per Barclay?"},
		{"how many struck, according to the local paper?", "how many struck, according to the local paper?"},
		{"Is the claim true?", "Is the claim true?"},
		{"was the figure right?", "was the figure right?"},
		{"claims of blackmail?", "claims of blackmail?"},
		{"true?", "true?"},
	} {
		if got := v.uncheck(c.q); got != c.want {
			t.Errorf("uncheck(%q) = %q; want %q", c.q, got, c.want)
		}
	}
}
