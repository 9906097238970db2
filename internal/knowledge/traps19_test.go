package knowledge

// traps19Cases are session 19's traps: the dev question, paraphrases of
// it written as others would ask it, and a nearby question that must stay
// answered. want is a case-insensitive pattern the answer's text must
// match; TestFailureClasses runs them as it runs classCases.
var traps19Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Small talk run together: greetings, "how's your day", fillers.
	{"small talk", "hey bot hows ur day going lol", false, "strikebot"},
	{"small talk", "hi! how r u?", false, "strikebot"},
	{"small talk", "hello there, how's it going?", false, "strikebot"},
	{"small talk", "good morning bot, how is your day going today?", false, "strikebot"},
	{"small talk", "thanks lol", false, "strikebot"},
	{"not small talk", "hey how is the strike going", true, ""},
	{"not small talk", "hi, who is Jeremy Hunt?", true, "hunt"},
	// Another group of workers striking: the disputes' names say the
	// junior doctors strike, not the nurses the poll is about.
	{"other group striking", "are ambulance workers striking this month too?", false, "does not say whether"},
	{"other group striking", "were ambulance workers on strike at the same time as the five-day walkout?", false, "does not say whether"},
	{"other group striking", "are nurses on strike as well?", false, "does not say whether"},
	{"other group striking", "are ambulance crews walking out too?", false, "don't say"},
	{"other group striking", "are teachers going on strike?", false, "does not say whether"},
	{"other group striking", "are radiographers striking?", true, "^yes.*two-day strike"},
	{"other group striking", "did nurses have the strongest public backing?", true, "^yes"},
	{"other group striking", "do ambulance workers have public support?", true, "58%"},
}
