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

// TestWrongYesProbes19 holds the probes written this round in the shapes
// of a confident wrong Yes (wrong doer, time, place, programme, count,
// "before/after/again", a contradicted premise, a claim only an alias
// supports): none may be confirmed. Those still confirmed wrongly are
// listed in the round's report, not here.
func TestWrongYesProbes19(t *testing.T) {
	checkLeads(t, realBase(t), []leadCase{
		{"probe", "is this a third strike?", ""},
		{"probe", "was there a third strike in 2016?", ""},
		{"probe", "was there an all-out strike before 2016?", ""},
		{"probe", "was there a strike before 2016?", ""},
		{"probe", "were junior doctors striking before 2023?", ""},
		{"probe", "did the doctors walk out before 2016?", ""},
		{"probe", "did the government break off the pay talks?", ""},
		{"probe", "did the government collapse the negotiations?", ""},
		{"probe", "did Barclay collapse the talks?", ""},
		{"probe", "did Barclay end the negotiations?", ""},
		{"probe", "did Hunt collapse the talks?", ""},
		{"probe", "did the government walk away from the talks?", ""},
		{"probe", "did Barclay meet the BMA leaders?", ""},
		{"probe", "was Mark Porter on BBC News?", ""},
		{"probe", "was Porter on BBC Breakfast?", ""},
		{"probe", "did Porter appear on BBC News?", ""},
		{"probe", "was Hunt on BBC News?", ""},
		{"probe", "was Hunt interviewed by BBC News?", ""},
		{"probe", "which politician accepted the contract?", ""},
		{"probe", "which politician signed the contract?", ""},
		{"probe", "were 150k appointments cancelled?", ""},
		{"probe", "were 150,000 appointments cancelled?", ""},
		{"probe", "were 130,000 operations cancelled in 2016?", ""},
		{"probe", "were 700,000 procedures rescheduled?", ""},
		{"probe", "were 1 million appointments rescheduled in 2023?", ""},
		{"probe", "was the 2016 strike in Scotland?", ""},
		{"probe", "was the 2023 strike in Wales?", ""},
		{"probe", "did the 2023 strike last three days?", ""},
		{"probe", "did the 2016 strike last five days?", ""},
		{"probe", "did the all-out strike start at 9am?", ""},
		{"probe", "did the strike end at 6pm?", ""},
		{"probe", "did the 2023 strike start on a Tuesday?", ""},
		{"probe", "did Corbyn tweet support for Hunt?", ""},
		{"probe", "did Corbyn march on Parliament?", ""},
		{"probe", "did Corbyn join the march on Whitehall?", ""},
		{"probe", "did Hunt tweet his support?", ""},
		{"probe", "did Cordery work for NHS England?", ""},
		{"probe", "did Cordery say the NHS was collapsing?", ""},
		{"probe", "did YouGov poll for the BBC?", ""},
		{"probe", "was the Ipsos Mori poll for Sky News?", ""},
		{"probe", "did the Ipsos Mori poll find 75% support?", ""},
		{"probe", "did the poll find 57% opposed the strike?", ""},
		{"probe", "did the BMA strike again in 2016?", ""},
		{"probe", "did the consultants strike in 2016?", ""},
		{"probe", "did Sunak meet the BMA?", ""},
		{"probe", "did the Prime Minister call the strike blackmail?", ""},
		{"probe", "did Barclay call the strike blackmail?", ""},
		{"probe", "did Porter call the strike blackmail?", ""},
		{"probe", "did the BMA accuse Hunt of blackmail?", ""},
		{"probe", "did Laurenson accuse Hunt?", ""},
		{"probe", "did Trivedi accuse Hunt of an obstinate approach?", ""},
		{"probe", "did Scotland prove Hunt wrong?", ""},
		{"probe", "did Wales prove Barclay wrong?", ""},
		{"probe", "did the strike take place in Lewisham in 2023?", ""},
		{"probe", "was there a picket line at Guy's in 2023?", ""},
		{"probe", "did Keith Larby photograph the 2023 strike?", ""},
		{"probe", "was this the first strike in 2023?", ""},
		{"probe", "did the 2023 strike come after the 2016 one?", ""},
		{"probe", "did the 2016 strike come after the 2023 one?", ""},
		{"probe", "was the five-day strike before the all-out strike?", ""},
		{"probe", "did 651,000 appointments get cancelled in 2016?", ""},
		{"probe", "were 125,000 procedures rescheduled in 2023?", ""},
		{"probe", "did Barclay offer 35%?", ""},
		{"probe", "did the doctors ask for 10%?", ""},
		{"probe", "did Hunt resign?", ""},
		{"probe", "did the talks resume?", ""},
		{"probe", "did Corbyn speak on Radio 4?", ""},
		{"probe", "did Porter tweet his support?", ""},
		{"probe", "did the Government collapse the talks by announcing strikes?", ""},
		{"probe", "did NHS Providers collapse the talks?", ""},
		{"probe", "did NHS England warn of the fabric of the NHS fraying?", ""},
	})
}
