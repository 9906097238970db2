package knowledge

import "testing"

// TestWrongVerdict19 holds yes/no questions (session 19, round 2, helper
// "wrongyes") once answered with a confident verdict the evidence does not
// state: a generic word only an alias supplies ("third" from "third
// parties"), "before" a year the fact is of, another doer of an active
// verb, a value given to someone else in another clause, and a figure
// the articles give only as a lower bound. Each has the failing probe,
// paraphrases and nearby questions whose verdict must stay. lead is a
// regular expression the answer must match; "" means it must only not
// start with "Yes".
func TestWrongVerdict19(t *testing.T) {
	b := realBase(t)
	checkLeads(t, b, []leadCase{
		// A generic word only an alias or keyword supplies.
		{"alias-only ordinal", "is this a third strike?", `^The articles don't say`},
		{"alias-only ordinal, phrased", "was there a third strike?", ""},
		{"the alias said whole stays", "did a third party weigh in?", `^Yes\.`},
		// Before a year the fact is of.
		{"before its own year", "was there an all-out strike before 2016?", `^The articles don't say`},
		{"before its own year, strike", "was there a strike before 2016?", `^The articles don't say`},
		{"before its own year, walk out", "did the doctors walk out before 2016?", ""},
		{"the year itself stays", "was there an all-out strike in 2016?", `first all-out strike`},
		// Another doer of an active verb.
		{"another doer", "did the government break off the pay talks?", `^The articles don't say.*collapsed`},
		{"another doer, collapse", "did the government collapse the negotiations?", `^The articles don't say`},
		{"another doer, the speaker", "did Barclay collapse the talks?", `^The articles don't say`},
		{"another doer, end", "did Barclay end the negotiations?", `^The articles don't say`},
		{"a value in its owner's clause stays No", "was corbyn leader of the lib dems?", `^No\..*Labour`},
		{"another doer, by announcing", "did the Government collapse the talks by announcing strikes?", `^The articles don't say`},
		{"the doer asked stays", "did the BMA collapse the negotiations?", `^Yes\.`},
		{"the doer asked stays, break off", "did the bma break off the talks?", `^Yes\.`},
		{"joined by others stays", "Did Jeremy Corbyn march with junior doctors on Downing Street?", `^Yes\.`},
		{"his own support stays", "did Corbyn back the 2016 strike?", `^Yes\.`},
		{"two doers in order stay", "Did the radiographers strike after the consultants?", `^Yes\.`},
		{"not a doer: a poll", "did most people in the BBC poll blame the government?", `^Yes\.`},
		{"the speaker's words stay", "Did Barclay say the BMA collapsed the negotiations?", `^Yes\.`},
		// A value of another person's clause.
		{"another's programme", "was Mark Porter on BBC News?", `^No\..*Radio 4`},
		{"another's programme, appear", "did Porter appear on BBC News?", ""},
		{"another's programme, Hunt", "was Hunt on BBC News?", `^No\..*BBC Breakfast`},
		{"own programme stays", "was porter interviewed on radio 4?", `^Yes\.`},
		{"the poll's own stays", "was the ipsos mori poll for bbc news?", `^Yes\.`},
		// A lower bound does not deny a larger figure.
		{"above a lower bound", "were 150k appointments cancelled?", `^The articles don't say.*more than 125,000`},
		{"above a lower bound, digits", "were 150,000 appointments cancelled?", `^The articles don't say.*more than 125,000`},
		{"above a lower bound, 2023", "were 700,000 procedures rescheduled in 2023?", `^The articles don't say.*651,000`},
		{"far above the bound stays No", "Were 200,000 appointments cancelled in 2016?", `^No\.`},
		{"far above the bound stays No, shorthand", "were 1.5m appointments cancelled in 2016?", `^No\.`},
		{"below the bound stays Yes", "were 100,000 appointments cancelled?", `^Yes\.`},
		{"the bound itself stays Yes", "did 125,000 appointments get cancelled?", `^Yes\.`},
		{"a bound asked compares", "Did the BMA leaders say Barclay had claimed anything above 10% wasn't realistic?", `^No\b`},
		{"a share threshold stays No", "did Barclay offer 35%?", `^No\.`},
		{"an exact figure stays No", "did the 2023 strike last three days?", `^No\.`},
	})
}
