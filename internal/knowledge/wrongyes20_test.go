package knowledge

import "testing"

// TestWrongVerdict20 holds yes/no questions (session 20, helper
// "wrongyes20") found by probing that were once confirmed on a fact that
// does not state what they ask: a rank of another thing or only an alias's
// ("the third walkout" against "third parties", "the second all-out
// strike" against "its second day", "the last strike" against "the last
// minute"), a time relative to the article's own it does not give ("next
// month" against "later this month"), and an outcome asked of a want ("did
// the doctors get a pay rise?" against the pay demand). Each has the probe,
// paraphrases and nearby questions whose verdict must stay. lead is a
// regular expression the answer must match; "" means it must only not
// start with "Yes".
func TestWrongVerdict20(t *testing.T) {
	b := realBase(t)
	checkLeads(t, b, []leadCase{
		// A rank the fact gives something else, or only its alias.
		{"alias-only rank", "is this the third walkout?", `^The articles don't say`},
		{"alias-only rank, digits", "is this the 3rd walkout?", `^The articles don't say`},
		{"alias-only rank, strike", "was this the third strike?", ""},
		{"another thing's rank", "was the 2016 strike the second all-out strike?", `^The articles don't say`},
		{"another thing's rank, walkout", "was the 2016 walkout the second all out strike?", ""},
		{"another thing's rank, last", "is this the last strike?", `^The articles don't say`},
		{"another thing's rank, final", "was it the final strike of the dispute?", ""},
		{"another thing's rank, 2016 last", "was the 2016 strike the last one?", ""},
		{"its own rank stays", "was the 2016 walkout the first all-out strike?", `^Yes\.`},
		{"its own rank stays, history", "was it the first all out strike in nhs history?", `^Yes\.`},
		{"its own rank stays, ever", "was that the first ever all out strike in the nhs?", `^Yes\.`},
		{"its own rank stays, plan", "was the workforce plan the first ever one?", `^Yes\.`},
		{"its own rank stays, time", "was it the first time A&E was affected?", `^Yes\.`},
		{"an alias said whole stays", "did a third party weigh in?", `^Yes\.`},
		{"a verb, not a rank", "did the 2016 strike last two days?", `^Yes\.`},
		// A time relative to the article's own day it does not give.
		{"next month, not later this month", "will the consultants strike next month?", `^The articles don't say`},
		{"next month, radiographers", "are the radiographers striking next month?", `^The articles don't say`},
		{"next week", "did the consultants strike next week?", ""},
		{"last week, not earlier this week", "was Barclay's round table last week?", `^The articles don't say`},
		{"last month", "was the round table held last month?", ""},
		{"the time it gives stays", "are the consultants striking later this month?", `^Yes\.`},
		{"the time it gives stays, this week", "did barclay hold the round table this week?", `^Yes\.`},
		{"last year stays", "did Hunt say the manifesto promise was voted on at last year's general election?", `^Yes\.`},
		{"this year is the year", "Has public support for strikes stayed steady this year according to YouGov?", `^Yes\.`},
		// An outcome asked of a want.
		{"a demand is not a rise won", "did the doctors get a pay rise?", `^The articles don't say`},
		{"a demand is not a rise given", "did the government give junior doctors a pay rise?", `^The articles don't say`},
		{"a demand is not a rise given, figure", "did barclay give the doctors 35%?", `^The articles don't say`},
		{"a demand is not a rise received", "did junior doctors receive a pay rise in 2023?", ""},
		{"a demand is not a rise won, figure", "did the BMA get a 35% pay rise?", ""},
		{"what was urged stays", "Did NHS Providers urge both sides to get back to talks?", `^Yes\.`},
		{"support they got stays", "did junior doctors get public support?", `^Yes\.`},
		{"an offer they got stays", "did junior doctors in scotland get a pay offer?", `^Yes\.`},
		{"backing they got stays", "did nurses get the strongest backing?", `^Yes\.`},
		// A unit in a list after another ("651,000 routine procedures and
		// appointments") is the figure's too: no other dispute's figure of
		// the unit decides.
		{"a unit listed second", "were 651,000 appointments rescheduled in 2023?", `^Yes\..*651,000`},
		{"a unit listed second, bound", "were more than 600,000 appointments rescheduled in 2023?", `^Yes\..*651,000`},
		{"a unit listed second, shorthand", "did over 600k appointments get rescheduled in the pay dispute?", `^Yes\..*651,000`},
		{"a unit listed second, by", "had 651,000 appointments been rescheduled by 2023?", `^Yes\..*651,000`},
		{"another dispute's figure stays No", "were 125,000 appointments cancelled in 2023?", `^No\..*651,000`},
		{"the other way stays No", "were 651,000 appointments cancelled in 2016?", `^No\..*125,000`},
		{"far beyond stays declined", "were 2 million appointments rescheduled in 2023?", `^The articles don't say`},
		// A run-together word with a weak half ("newsnight": "news",
		// "night") is no two words: "night" alone matched "night emergency
		// cover" in Porter's words.
		{"a programme run together", "did Hunt speak on Newsnight?", `^No\..*BBC Breakfast`},
		{"a programme run together, lower case", "did hunt appear on newsnight?", ""},
		{"a programme run together, Porter", "was porter on newsnight", ""},
		{"his own programme stays", "did hunt appear on bbc breakfast?", `^Yes\.`},
		{"a compound of two strong words stays", "what payrise do the doctors want?", `35%`},
	})
}
