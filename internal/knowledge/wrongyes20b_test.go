package knowledge

import "testing"

// TestWrongVerdict20b holds yes/no questions (session 20, helper
// "wrongyes2") found by probing that were once confirmed on a fact that
// does not state what they ask: a figure tied to a name that the fact has
// only in another sentence ("did Hunt say 125,000 appointments were
// cancelled?": the figure is the article's, not Hunt's), a figure asked as
// a want that the fact gives as what was said ("did the BMA want a 5% pay
// rise?" against "Barclay had claimed pay above 5% wasn't realistic"), and
// an outcome
// asked of a pledge ("did Hunt get his seven-day NHS?": a manifesto pledge
// is a want, not what was won). Each has the probe, paraphrases and nearby
// true claims that must keep their Yes. lead is a regular expression the
// answer must match; "" means it must only not start with "Yes".
func TestWrongVerdict20b(t *testing.T) {
	b := realBase(t)
	checkLeads(t, b, []leadCase{
		// A figure and a name no one sentence has together.
		{"a figure not the speaker's", "did Hunt say 125,000 appointments were cancelled?", `^The articles don't say`},
		{"a figure not the speaker's, claim", "did Jeremy Hunt claim more than 125,000 operations had been cancelled?", `^The articles don't say`},
		{"a figure not the speaker's, cleft", "was it Hunt who said 125,000 appointments were cancelled?", ""},
		{"the figure alone stays", "were more than 125,000 appointments cancelled?", `^Yes\..*125,000`},
		{"the speaker's figure stays", "did Barclay say a 35% pay demand is unreasonable?", `^Yes\.`},
		{"a poll's figure stays checked", "did Ipsos Mori find that 66% of the public supported the strike?", `^No\..*57%`},
		// The doer of a passive must be the one the figure is given to.
		{"a figure not the doer's", "was the 35% demand made by the government?", `^The articles don't say`},
		{"a figure not the doer's, bma", "were 125,000 appointments cancelled by the BMA?", ""},
		{"a figure not the doer's, ministers", "was the 35 percent demand put forward by ministers?", ""},
		{"the doer's figure stays", "was the 57% figure found by Ipsos Mori?", `^Yes\..*57%`},
		{"the doer's figure stays, barclay", "was the 35% demand called unreasonable by Barclay?", `^Yes\.`},
		// A figure asked as a want that the fact gives as what was said.
		{"a figure said is not a want", "did the BMA want a 5% pay rise?", `^The articles don't say`},
		{"a figure said is not a demand", "did the BMA demand 5%?", `^No\..*35%`},
		{"a figure said is not a want, doctors", "do junior doctors want a 5% rise?", ""},
		{"the demand stays", "do junior doctors want 35% or more?", `^Yes\..*35%`},
		// An outcome asked of a pledge.
		{"a pledge is not an outcome", "did hunt get his seven day nhs?", `^The articles don't say`},
		{"a pledge is not an outcome, achieve", "did Hunt achieve his seven-day NHS?", ""},
		{"a pledge is not an outcome, government", "did the government get its seven day health service?", ""},
		{"the pledge stays", "did Hunt pledge a seven-day NHS?", `^Yes\.`},
		{"the manifesto quote stays", "did Hunt say it was the first page of the manifesto?", `^Yes\.`},
	})
}
