package knowledge

// recall22bCases are answerable questions worded in words the articles do
// not use, which session 22 found declined on dev-blind14: each with the
// dev question, paraphrases written for this table and a nearby question
// that must stay declined. TestFailureClasses runs them as it runs classCases.
var recall22bCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// People dying (or who died) are deaths; "did anyone die?" is not.
	{"people dying", "What did the head of the doctors' union claim the government had done with the figures about people dying at weekends?", true, "distorted"},
	{"people dying", "what did the bma head say the government did to the numbers on people dying at the weekend", true, "distorted"},
	{"people dying", "which union leader said ministers twisted the data about people who died at weekends", true, "porter.*distorted"},
	{"people dying", "did anyone die during the all out strike", false, ""},
	// "Not to withdraw" cover is keeping it: an opposite the fact says
	// only denied does not stand against the question's word.
	{"keep", "During the all-out stoppage, which senior doctors did the union boss say would keep emergency care going?", true, "consultants"},
	{"keep", "which senior doctors would keep emergency care going during the all-out strike, according to the bma boss?", true, "consultants"},
	{"keep", "who did porter say would keep a&e going while juniors were out", true, "consultants"},
	{"keep", "who would keep emergency cover running in the 2023 strike", false, ""},
	// What someone hosted with others they held with them; "who hosted a
	// radio show" still asks for a presenter the articles do not name.
	{"hosted with", "What event did the health secretary say he'd hosted with trainee doctors earlier in the week of the five-day strike?", true, "round table"},
	{"hosted with", "what did barclay host with junior doctors earlier this week", true, "round table"},
	{"hosted with", "what did the health sec say he hosted with doctors in training", true, "round table"},
	{"hosted with", "who hosted a radio show with porter?", false, ""},
	// Medical school places are for medical students; how many there are
	// is still not given.
	{"medical students", "By what year does the government want to have doubled the number of places for training medical students?", true, "2031"},
	{"medical students", "in which year will the number of places for medical students have doubled?", true, "2031"},
	{"medical students", "by what year does the government want twice as many medical students?", true, "2031"},
	{"medical students", "how many medical students are there?", false, ""},
	// Talks wrecked, scuppered or derailed collapsed.
	{"wrecked", "what did he say actually wrecked the negotiations?", true, "collapsed the negotiations"},
	{"wrecked", "who scuppered the talks according to barclay?", true, "representatives"},
	{"wrecked", "what did barclay say derailed the negotiations", true, "announcing further strikes"},
	{"wrecked", "did the bma wreck the talks in 2016?", false, ""},
	// To recognise a concept is to acknowledge it.
	{"recognise", "What idea did the doctors' leaders say the minister refused to even recognise?", true, "pay restoration"},
	{"recognise", "what did the bma say barclay would not even recognise?", true, "pay restoration"},
	{"recognise", "which concept did the union say the health secretary wouldn't recognise?", true, "pay restoration"},
	{"recognise", "did hunt recognise the bma?", false, ""},
	// A long, rambling question declined whole asks its last clause, a
	// "he" or "she" in it being the last person the story names; with no
	// one named, the pronoun is no guess.
	{"rambling", "So my housemate's an F2 and she says the government just refuses to talk to them, but apparently the health secretary tells it differently — what did he say actually wrecked the negotiations?", true, "collapsed the negotiations"},
	{"rambling", "My uncle works in a hospital pharmacy and he keeps going on about how nobody tells him anything about the strikes, anyway — what did Barclay say collapsed the negotiations?", true, "announcing further strikes"},
	{"rambling", "ok so my mate in the pub was ranting about the whole thing for ages and I didn't really follow it, but apparently Jeremy Hunt was on telly — what did he accuse the union leaders of?", true, "blackmail"},
	{"rambling", "we were chatting about this in the staff room yesterday and nobody could agree on anything at all really — what did he say wrecked the talks?", false, ""},
	{"rambling", "My gran remembers the first all-out strike really well and she always says Jeremy Hunt handled it badly, honestly — what did he say about the 35% demand?", false, ""},
	{"rambling", "my flatmate was going on and on about the 2023 walkout last night over dinner, and then she mentioned Steve Barclay — what did he say on BBC Breakfast?", false, ""},
	{"rambling", "my cousin is a nurse and she was moaning about the strike all weekend long at the family barbecue, honestly — what is the name of her hospital trust?", false, ""},
	// Being angrier, angry or furious is anger.
	{"angrier", "What would get the unions even angrier regarding the pay panels' recommendations?", true, "renewed anger"},
	{"angrier", "what would leave unions angry over the pay review recommendations?", true, "rejects"},
	{"angrier", "were nurses angry about the 2016 strike?", false, ""},
	// To apportion blame is to blame.
	{"apportion blame", "Was there any shift in how people apportion blame in that survey?", true, "equally to blame"},
	{"apportion blame", "how did people apportion blame in the bbc poll?", true, "equally to blame"},
	{"apportion blame", "has the way the public apportions blame shifted in the ipsos mori poll?", true, "rising number"},
	{"apportion blame", "how did people apportion blame in the 2023 poll?", false, ""},
	// The Government and the doctors together are both sides.
	{"both sides", "What did the group representing NHS trusts want both the government and the doctors to do?", true, "resume talks"},
	{"both sides", "what did nhs providers urge both the government and the bma to do?", true, "resume talks"},
	{"both sides", "what did the trusts' body want both the doctors and the government to do?", true, "resume talks"},
	{"both sides", "what did the trusts' body want both the government and the doctors to do in scotland?", false, ""},
	// Westminster is the UK Government; money to play with is financial
	// freedom; how much it has is still not given.
	{"westminster", "I keep hearing the medics' union reckons Westminster has way more money to play with than the Scottish government does, is that what they actually said, like what was the exact point about money?", true, "financial freedom"},
	{"westminster", "does westminster have more money to play with than scotland, according to the bma?", true, "^yes.*financial freedom"},
	{"westminster", "what did the bma say about westminster having more cash to play with?", true, "far more financial freedom"},
	{"westminster", "how much money does westminster have to play with?", false, ""},
	// A yes/no question naming two figures is decided by the fact giving
	// both, not by one giving only the months.
	{"both figures", "Is the 651,000 figure for eight months of NHS industrial action?", true, "^yes.*651,000"},
	{"both figures", "does the 651,000 number cover 8 months of strikes?", true, "eight consecutive months.*651,000"},
	{"both figures", "is the 651,000 figure for five months of action?", true, "^no.*eight consecutive months"},
	{"both figures", "is the 651,000 figure for 3 months of walkouts in scotland?", false, ""},
}
