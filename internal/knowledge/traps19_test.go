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
	// Which value of a sort (value_sorts: party, pollster, broadcaster):
	// an answer naming none of that sort is no answer.
	{"sort unnamed", "which party is jeremy hunt in", false, "don't say"},
	{"sort unnamed", "what party does Jeremy Hunt belong to?", false, "don't say"},
	{"sort unnamed", "which political party was Steve Barclay in?", false, "don't say"},
	{"sort unnamed", "which party does Corbyn lead?", true, "labour"},
	{"sort unnamed", "which pollster did the BBC poll?", true, "ipsos mori"},
	// What someone wrote is what they said: the quote must be theirs.
	{"what was written", "what did Hunt write in his letters to the BMA?", false, "do not say what the letters"},
	{"what was written", "what was written in the letters between Hunt and the BMA?", false, "do not say what the letters"},
	{"what was written", "what did Jeremy Hunt's letters to the BMA say?", false, "do not say what the letters"},
	{"what was written", "what did Corbyn write on twitter?", false, "does not quote"},
	{"what was written", "were there letters between Hunt and the BMA?", true, "^yes.*letters"},
	{"what was written", "how long was the phone call between Hunt and the BMA?", false, "how long"},
	// What ought to be is no fact: the articles report each side's view.
	{"judgement", "should junior doctors get the 35% they want?", false, "don't say what should happen"},
	{"judgement", "should the government give junior doctors the 35%?", false, "don't say what should happen"},
	{"judgement", "should talks continue right up to the last minute, according to the BMA?", true, "^yes.*last minute"},
	{"judgement", "did junior doctors want 35%?", true, "35%"},
	// Meeting someone is not talks: "on talks" confirms no meeting.
	{"meeting", "Did Barclay meet Laurenson and Trivedi that week?", false, "don't say"},
	{"meeting", "did hunt meet corbyn during the strike?", false, "don't say"},
	{"meeting", "did Hunt have a meeting with Corbyn?", false, "don't say"},
	{"meeting", "When did Barclay meet doctors in training for a round table?", true, "earlier this week"},
	{"meeting", "were there talks before the 2016 strike?", true, "^yes.*letters"},
	// "once" the strike was over asks what happened later.
	{"once over", "Did Barclay meet the BMA once the five-day strike was over?", false, "don.t say"},
	{"once over", "were talks held once the 2023 strike was over?", false, "don.t say"}, // declined; which fact explains it sits on a knife edge of "held"'s weight
	{"once over", "did the two sides agree a deal once the strike ended?", false, "happened later"},
}
