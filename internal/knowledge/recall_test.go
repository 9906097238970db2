package knowledge

// recallCases are answerable questions (not yes/no) that were declined or
// answered with the wrong fact because they word the question otherwise
// than the facts do (text-speak, idioms, "in each"), each with paraphrases
// and a nearby question that must stay declined; TestFailureClasses runs
// them as it runs classCases.
var recallCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// "Round the table" with no article before "round" is the idiom, as is
	// "before they'll …": what Barclay wants first, not his round table.
	{"round the table", "wot does barclay want b4 getting round the table", true, "move significantly"},
	{"round the table", "what does barclay need before he'll sit round the table again?", true, "move significantly"},
	{"round the table", "wat does barclay want from the bma before they'll negotiate again", true, "move significantly"},
	{"round the table", "what must the bma do b4 barclay will talk again?", true, "move significantly"},
	{"round the table", "who was at barclay's round table?", true, "doctors in training"},
	{"round the table", "when will barclay get round the table with the nurses?", false, ""},
	// "depts" are departments; which ones Hunt warned about.
	{"depts", "which hospital depts did hunt warn were most at risk if cover was pulled", true, "a&e.*maternity.*intensive care"},
	{"depts", "what depts did hunt say were at risk?", true, "a&e.*maternity.*intensive care"},
	{"depts", "which hospital departments were most at risk according to barclay?", false, ""},
	// Page 1 is the first page.
	{"page 1", "hunt said wot was on page 1 of the tory manifesto?", true, "seven-day nhs"},
	{"page 1", "what was on page one of the manifesto according to hunt?", true, "seven-day nhs"},
	{"page 1", "wot was on the front page of the manifesto", true, "seven-day nhs"},
	{"page 1", "what was on page 1 of the labour manifesto?", false, ""},
	// The core or main issue of a row is its reason; "original" and
	// "2016-style" only qualify it.
	{"core issue", "wot was the original 2016-style row actually over, like the core issue?", true, "new contract"},
	{"core issue", "what was the core issue in the 2016 dispute?", true, "new contract"},
	{"core issue", "what was the main sticking point in the contract row?", true, "new contract"},
	{"core issue", "whats the main issue in the 2023 row", true, "pay"},
	{"core issue", "what key issues did barclay talk about at the round table?", true, "other key issues"},
	// Pushing something so hard is what drives someone.
	{"pushing so hard", "why does hunt say hes pushing this so hard, whats his reason", true, "weekend services"},
	{"pushing so hard", "what reason does hunt give for pushing so hard?", true, "weekend services"},
	{"pushing so hard", "why is hunt pushing so hard", true, "weekend"},
	{"pushing so hard", "why is corbyn pushing so hard?", false, ""},
	// The role of a group in each dispute is its fact of both disputes.
	{"each", "consultants in both stories - wot role do they play in each", true, "emergency cover.*two days"},
	{"each", "what part did consultants play in both strikes?", true, "emergency cover.*two days"},
	{"each", "what role did consultants play in each dispute?", true, "emergency cover.*two days"},
	{"each", "how did each govt justify not giving in", true, "manifesto.*unreasonable"},
	{"each", "how did the two governments justify refusing to back down?", true, "manifesto.*unreasonable"},
	{"each", "how did the scottish government justify its offer?", false, ""},
	// "Calling it off" is calling off the strike: a second part of a
	// two-part question, answered by the fact that has both sides.
	{"two parts", "wot did the bma want hunt to do, n wot did hunt say calling it off would mean", true, "impose.*manifesto"},
	{"two parts", "wot did hunt say calling it off would mean", true, "abandoning a manifesto promise"},
	{"two parts", "what did hunt say cancelling the strike would mean for him?", true, "abandoning a manifesto promise"},
	{"two parts", "what did corbyn say calling it off would mean?", false, ""},
	// An article named by what it has ("the piece that cites the Press
	// Association"): the link's words are no subject, and the question's
	// own words after a comma are not part of the name.
	{"article link", "in the piece that cites the press association, what hours was the strike?", true, "8am to 5pm"},
	{"article link", "in the report that names the pa, what hours was the strike", true, "8am to 5pm"},
	{"article link", "in the story that mentions corbyn, what time did the strike start?", true, "8am"},
	{"article link", "in the piece that cites the press association, what did barclay say?", false, ""},
	// Comparisons "in each dispute" of what no single dispute's fact
	// covers: talks before each strike, the other politicians, the
	// voices outside the two sides.
	{"each", "were there talks going on right before each strike?", true, "letters.*refused to talk"},
	{"each", "were the two sides talking b4 each strike", true, "letters.*talks"},
	{"each", "how did talks go in each of the disputes?", true, "letters.*refused to talk"},
	{"each", "were there talks going on right before the radiographers strike?", false, ""},
	{"each", "apart from the health secretaries, which other politicians come up in each dispute?", true, "corbyn.*prime minister"},
	{"each", "which politicians come up in each dispute", true, "corbyn.*prime minister"},
	{"each", "who are the other politicians in the two disputes?", true, "corbyn.*prime minister"},
	{"each", "who was pm when hunt was health secretary", false, ""},
	{"each", "who outside govt and the bma weighed in on each strike", true, "corbyn.*nhs providers"},
	{"each", "who else weighed in on each strike besides the govt and the bma", true, "corbyn.*nhs providers"},
	{"each", "apart from the two sides, who else spoke up in each dispute?", true, "corbyn.*nhs providers"},
	{"each", "who outside govt and the bma weighed in on the scottish strike", false, ""},
	// Talks that fell apart collapsed.
	{"fell apart", "Besides pay, what did the minister say he had been discussing with the trainees before the talks fell apart?", true, "range of other measures"},
	{"fell apart", "why did the talks fall apart in 2023?", true, "collapsed|announcing further strikes"},
	{"fell apart", "when did the talks fall apart in 2016?", false, ""},
	// What is pricier, costlier or dearer is more expensive.
	{"pricier", "r strikes getting pricier for hospitals", true, "more expensive"},
	{"pricier", "are strikes getting costlier for trusts?", true, "more expensive"},
	{"pricier", "is cover getting dearer for hospitals", true, "more expensive"},
	{"pricier", "are strikes getting pricier for nurses?", false, ""},
	// Paraphrases of what a poll, a quote or a timetable already answers.
	{"paraphrase", "r more ppl saying both sides r to blame now", true, "rising number"},
	{"paraphrase", "is the public blaming both sides more now?", true, "rising number"},
	{"paraphrase", "do more people blame the bma now in 2023?", false, ""},
	{"paraphrase", "the union's view on whether talks should happen during strikes?", true, "last minute"},
	{"paraphrase", "whats the union's take on talking during strikes", true, "last minute"},
	{"paraphrase", "what does the bma think about talking during strikes?", true, "last minute"},
	{"paraphrase", "what does the rcn think about talking during strikes?", false, ""},
	{"paraphrase", "Do the local paper and the other report on the all-out strike agree on the strike hours?", true, "8am to 5pm"},
	{"paraphrase", "do both reports give the same strike hours?", true, "8am to 5pm"},
	{"paraphrase", "do the two 2016 articles agree on the hours?", true, "8am to 5pm"},
	{"paraphrase", "do the two 2016 articles agree on the hours of the consultants' strike?", false, ""},
}
