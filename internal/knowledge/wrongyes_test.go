package knowledge

import "testing"

// TestUnbackedYes holds yes/no questions (session 18, round 2, helper
// "wrongyes") the engine once confirmed on evidence that matched the claim
// only loosely: a value of the claim's slot (a broadcaster, a pollster, an
// organisation) the fact gives for someone else or not at all, a span
// of time that counts another thing, another day than one asked "as
// well", a claim made only in stop words ("did Hunt give in?"), and a
// want no fact gives. Each has the failing question, two
// paraphrases and a nearby question whose right verdict must stay. lead is
// a regular expression the answer must match; "" means it must only not
// start with "Yes".
func TestUnbackedYes(t *testing.T) {
	b := realBase(t)
	cases := []leadCase{
		// The value asked stands in the fact beside another person.
		{"another's broadcaster", "did hunt appear on radio 4?", `^No\..*BBC Breakfast`},
		{"another's broadcaster, speak", "did hunt speak on radio 4?", `^No\..*BBC Breakfast`},
		{"another's broadcaster, interviewed", "Was Hunt interviewed on Radio 4?", `^No\..*BBC Breakfast`},
		{"another's broadcaster, full name", "did jeremy hunt go on the radio 4 today programme?", `^No\.`},
		{"another's broadcaster, dev", "Was Hunt on Radio 4?", `^No\.`},
		{"own broadcaster stays", "did hunt appear on bbc breakfast?", `^Yes\.`},
		{"own broadcaster stays, Porter", "was porter interviewed on radio 4?", `^Yes\..*Radio 4`},
		{"other broadcaster stays No", "did mark porter appear on bbc breakfast?", `^No\.`},
		// The value asked is not in the fact at all.
		{"organisation unsaid", "is saffron cordery from nhs england?", `^No\..*NHS Providers`},
		{"organisation unsaid, work for", "does saffron cordery work for nhs england?", ""},
		{"own organisation stays", "is saffron cordery from nhs providers?", `^Yes\.`},
		{"pollster unsaid", "was the polling in the pay dispute by opinium?", `^No\..*YouGov`},
		{"pollster unsaid, done by", "was the 2023 polling done by savanta?", `^No\..*YouGov`},
		{"pollster unsaid, 2016", "was the 2016 poll carried out by yougov?", `^No\..*Ipsos Mori`},
		{"own pollster stays", "was the 2023 poll by yougov?", `^Yes\.`},
		{"own pollster stays, 2016", "was the 2016 poll by ipsos mori?", `^Yes\.`},
		// A span of time of another thing is no duration of the strike.
		{"days of letters", "did the 2016 strike run for three days?", `^No\..*two days`},
		{"days of letters, long", "was the all-out strike three days long?", `^No\..*two days`},
		{"days of letters, last", "did the 2016 walkout last 3 days?", `^No\..*two days`},
		{"the letters' own days", "were there three days of letters?", `^Yes\.`},
		{"the letters' days, paraphrase", "did the letters go back and forth for three days?", `^Yes\.`},
		{"the strike's own days", "did the 2016 strike last two days?", `^Yes\.`},
		{"months of industrial action", "has there been eight months of industrial action?", `^Yes\.`},
		{"months of action, paraphrase", "had the 2023 action lasted eight months?", `^Yes\.`},
		{"a share of the public", "Did the poll find 57% support?", `^Yes\.`},
		// A day added to another ("on a Tuesday … and again on
		// Wednesday") is no other day when asked "as well".
		{"a day as well", "Did the all-out strike go ahead on Wednesday as well?", `^Yes\..*Wednesday`},
		{"a day too", "did the all-out strike go ahead on wednesday too?", `^Yes\..*Wednesday`},
		{"a day also", "did the 2016 strike also take place on wednesday?", `^Yes\..*Wednesday`},
		{"another day too stays No", "Did the all-out strike go ahead on Monday too?", `^No\.`},
		{"which day it began stays No", "did the 2016 strike start on wednesday too?", `^No\.`},
		{"which day it began, begin", "did the 2016 strike begin on a wednesday?", `^No\.`},
		// A question claiming nothing the facts know of its subject.
		{"a claim in stop words", "did hunt give in", `^The articles don't say`},
		{"a claim in stop words, the BMA", "did the bma give in?", `^The articles don't say`},
		{"a claim in stop words and another name", "did hunt give in to the bma?", `^The articles don't say`},
		{"a claim in stop words, Porter", "did porter give in?", ""},
		{"turning up is joining", "did corbyn turn up", `^Yes\..*join`},
		{"showing up is joining", "did corbyn show up?", `^Yes\..*join`},
		{"a copula names the claim", "is hunt the health secretary?", `^Yes\.`},
		{"a copula names the claim, party", "was corbyn the labour leader?", `^Yes\.`},
		{"a copula names the claim, organisation", "is saffron cordery from nhs providers?", `^Yes\.`},
		{"a copula names the claim, role", "was porter the head of the bma?", `^Yes\.`},
		// That it happened is not that anyone wanted it.
		{"a want no fact gives", "did the bma want more than 100k appointments cancelled?", `^The articles don't say`},
		{"a want no fact gives, ops", "did the BMA want over 100,000 operations cancelled?", ""},
		{"a want no fact gives, doctors", "did junior doctors want 125,000 appointments cancelled?", ""},
		{"a want in words stays", "did hunt want a seven-day nhs?", `^Yes\.`},
		{"a want in a quote stays", "Did the BMA want talks to continue while strikes were planned?", `^Yes\.`},
	}
	checkLeads(t, b, cases)
}

// TestUnsaidResponse holds questions asking how one side responded to
// something the other did, which the articles do not report: the other
// side's own words about it are no answer.
func TestUnsaidResponse(t *testing.T) {
	b := realBase(t)
	for _, c := range []struct {
		q     string
		found bool
	}{
		{"How did the BMA respond to Barclay's round table?", false},
		{"what was the bma's reaction to barclay's round table?", false},
		{"how did the bma react to the round table?", false},
		// What Barclay said of it is reported.
		{"What did Barclay say about the round table?", true},
		{"did barclay hold a round table?", true},
	} {
		if a := b.Answer(c.q); a.Found != c.found {
			t.Errorf("%q: found %v, want %v (%q)", c.q, a.Found, c.found, a.Text)
		}
	}
}
