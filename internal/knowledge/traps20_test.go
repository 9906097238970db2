package knowledge

// traps20Cases are session 20's traps: the dev question, paraphrases of
// it written as others would ask it, and nearby questions that must stay
// answered. want is a case-insensitive pattern the answer's text must
// match; TestFailureClasses runs them as it runs classCases.
var traps20Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A role the articles never fill with a name: the fact saying so
	// answers, as not found.
	{"role never named", "Which MP questioned Hunt in the Commons?", false, "never names an MP"},
	{"role never named", "which MP asked Hunt about the strike in parliament?", false, "never names an MP"},
	{"role never named", "who was the MP that challenged Hunt in the House of Commons?", false, "never names an MP"},
	{"role never named", "who's the prime minister the bma called obstinate", false, "never names the Prime Minister"},
	{"role never named", "which prime minister did the BMA accuse of an obstinate approach?", false, "never names the Prime Minister"},
	{"role never named", "whats the name of the pay review body for doctors", false, "never names a pay review body"},
	{"role never named", "what is the pay review body for doctors called?", false, "never names a pay review body"},
	{"role never named", "what did Hunt tell MPs?", true, "no trade union"},
	{"role never named", "did Hunt tell MPs that no trade union could veto the manifesto?", true, "^yes"},
	{"role never named", "what are pay review bodies?", true, "recommendations"},
	{"role never named", "what did the pay review bodies recommend?", true, "6%"},
	{"role never named", "which party leader joined the doctors march", true, "corbyn"},
	// A role the answer never mentions: a hospital's place in a list
	// names no one who runs it.
	{"role unsaid", "who is the chief exec of Queen Mary's Hospital in Sidcup?", false, "don't say who the chief executive is"},
	{"role unsaid", "who is the head of Darent Valley hospital?", false, "don't say who the head is"},
	{"role unsaid", "which hospital did Corbyn visit on strike day?", false, "don't say which hospital"},
	{"role unsaid", "which hospital did Corbyn go to?", false, "don't say which hospital.*Downing Street"},
	{"role unsaid", "who is the head of the BMA?", true, "porter"},
	{"role unsaid", "who is the deputy chief executive of NHS Providers?", true, "cordery"},
	{"role unsaid", "which hospital were doctors photographed outside?", true, "princess royal"},
	{"role unsaid", "who was the Labour leader?", true, "corbyn"},
	// An acronym whose letters are a stop word: "US" is no "us".
	{"stop acronym", "have US doctors done strikes like this too?", false, "don't say"},
	{"stop acronym", "did junior doctors in the US strike as well?", false, "(does not|don't) say"},
	{"stop acronym", "have you heard of doctors striking like this in the US?", false, "don't say"},
	{"stop acronym", "what about doctors in the USA?", false, "don't say"},
	{"stop acronym", "did the strike affect us?", true, ""},
	{"stop acronym", "did the 2016 strike start at 8 AM?", true, "^yes"},
	{"stop acronym", "Which channel did Hunt appear on, BBC or ITV?", true, "bbc breakfast"},
	{"stop acronym", "what did the PA report?", true, "press association"},
	// A group of workers and nothing else of the question in the answer.
	{"group only", "what pay rise do radiographers want", false, "don't say"},
	{"group only", "how much are radiographers asking for?", false, "don't say"},
	{"group only", "what pay rise are consultants asking for?", false, "don't say"},
	{"group only", "when are radiographers striking?", true, "later this month"},
	{"group only", "how long will consultants strike for?", true, "two days"},
	{"group only", "how popular are nurses?", true, "strongest public backing"},
	// A yes/no question opened by a word such as "so" (openers) is read
	// from its yes/no word on: "in the end" asks a later outcome.
	{"opener", "so did the govt accept the 6.5% in the end", false, "does not report the Government's decision"},
	{"opener", "ok so did the government end up accepting the pay review recommendations?", false, "does not report"},
	{"opener", "so was Hunt the health secretary in 2016?", true, "^yes"},
	{"opener", "but was the 2023 strike five days long?", true, "^yes"},
	{"opener", "well did the strike last five days in 2016?", true, "^no"},
}
