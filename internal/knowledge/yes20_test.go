package knowledge

// yes20Cases are yes/no questions the articles confirm, asked in words of
// their own (session 20, helper "yes"), run by TestFailureClasses: the dev
// question, paraphrases of it, and nearby questions with one wrong detail
// that must not be answered Yes (want `^(?:[^Y]|Y[^e])`). want is as in
// noCases.
var yes20Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// "before the walkout started" is "before the walkout"
	// (impliedAsked): the start verb adds nothing to the order.
	{"before it started", "Did Hunt talk to the BMA boss on the phone before the walkout started?", true, `^Yes\..*phone call`},
	{"before it began", "Did Hunt and the BMA leader speak on the phone before the strike began?", true, `^Yes\.`},
	{"before it kicked off", "Was there a phone call between Hunt and the BMA head before the strike kicked off?", true, `^Yes\.`},
	{"before it started, a denied deal", "Did Hunt and the BMA reach an agreement before the strike started?", true, `^No\.`},
	{"after it began", "Did Hunt phone the BMA boss after the strike began?", true, `^(?:[^Y]|Y[^e])`},
	{"before it began, in person", "Did Hunt meet the BMA head in person before the strike began?", false, `^The articles don't say`}, // letters and a call are no meeting (meetingUnsaid)
	// "per YouGov" names the source as "according to" does (stop word).
	{"per", "Has public support for strikes stayed roughly the same since the start of the year, per YouGov?", true, `^Yes\..*consistent`},
	{"per, paraphrase", "per yougov, has support for the strikes stayed steady this year?", true, `^Yes\.`},
	{"per, another trend", "Has public support for strikes fallen since the start of the year, per YouGov?", true, `^(?:[^Y]|Y[^e])`},
	{"per, another pollster's finding", "per YouGov, did most people blame the government?", false, `^(?:[^Y]|Y[^e])`},
	// "the only way to stop it was to drop X" is "could only stop it by
	// dropping X" (phrases); to drop a promise is to abandon it.
	{"only way", "Did Hunt claim the only way to stop the action was to drop an election pledge?", true, `^Yes\..*abandoning`},
	{"only way, ditch", "Did Hunt say the only way to end the strike was to ditch a manifesto promise?", true, `^Yes\.`},
	{"only way, turned round", "Was abandoning a manifesto promise the only way to halt the strike, according to Hunt?", true, `^Yes\.`},
	{"could only, dropping", "Did Hunt say he could only halt the strike by dropping a manifesto pledge?", true, `^Yes\.`},
	{"only way, another thing dropped", "Did Hunt say the only way to stop the strike was to drop the contract?", true, `^(?:[^Y]|Y[^e])`},
	{"only way, another speaker", "Did Porter say the only way to stop the strike was to drop a manifesto pledge?", false, `^(?:[^Y]|Y[^e])`},
	{"only way, denied", "did hunt say he could stop the strike without ditching a manifesto promise?", true, `^(?:[^Y]|Y[^e])`},
	{"only way, another act", "Did Hunt say the only way to end the strike was to sack Porter?", false, `^(?:[^Y]|Y[^e])`},
	// In reported speech "that very day" is the speaker's "today".
	{"that very day", "Did the BMA leaders say the strike could be called off that very day?", true, `^Yes\..*today`},
	{"that same day", "Did the BMA say it could cancel the strike that same day?", true, `^Yes\.`},
	{"another day", "Did the BMA say the strike could be called off next week?", false, `^(?:[^Y]|Y[^e])`},
	{"that very day, unconditionally", "Did the BMA say they would call the strike off that very day whatever happened?", false, `^(?:[^Y]|Y[^e])`},
	// "the five-day one" names a strike; it counts no one (pronounOne).
	{"the five-day one", "is the 5 day one the longest walkout in nhs history", true, `^Yes\..*longest`},
	{"the 2023 one", "is the 2023 one the longest walkout in nhs history", true, `^Yes\.`},
	{"the five-day one, another record", "is the five-day one the first all-out strike?", true, `^(?:[^Y]|Y[^e])`},
	{"one day still counts", "did the all-out strike last one day?", true, `^No\.`},
	// "Hunt claimed that lives were at risk" is what Hunt said (ownClaim).
	{"said what he claimed", "did hunt say lives were at risk", true, `^Yes\..*claimed`},
	{"said what he claimed, paraphrase", "Did Jeremy Hunt say the strike put patients' lives at risk?", true, `^Yes\.`},
	{"according to the claimant", "according to hunt, were lives at risk?", true, `^Yes\.`},
	{"another claimant", "did porter say lives were at risk", true, `^(?:[^Y]|Y[^e])`},
	{"according to another", "according to porter, were lives at risk?", true, `^(?:[^Y]|Y[^e])`},
	{"a claim reported by another", "did barclay say above 5% wasnt realistic", true, `^(?:[^Y]|Y[^e])`},
	{"claimed by someone else", "did the BMA say 5% was the limit?", true, `^(?:[^Y]|Y[^e])`},
	{"said what he claimed, another risk", "did hunt say lives were lost", false, `^(?:[^Y]|Y[^e])`},
	// "right up to the last minute" is "until the last minute": the fact says
	// so in its questions (data); "up until" is "until" (phrases).
	{"till the last minute", "do the bma say talks should go on till the last minute", true, `^Yes\..*last minute`},
	{"until the very last minute", "did the BMA say talks should continue until the very last minute?", true, `^Yes\.`},
	{"up until", "does the BMA expect talks to carry on up until the last minute?", true, `^Yes\.`},
	{"till the last minute, another speaker", "did Barclay say talks should go on till the last minute?", false, `^(?:[^Y]|Y[^e])`},
	{"until another end", "did the BMA say talks should continue until the strike ended?", true, `^(?:[^Y]|Y[^e])`},
}
