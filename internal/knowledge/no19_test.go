package knowledge

// no19Cases are the yes/no questions of session 19's No rules and data: a
// claim asked of someone the fact has another person make, something asked
// to have happened before that the fact says happened for the first time,
// words the vocabulary's opposites contradict ("disappointing" against
// "pleased", "double" against "triple"), a share asked in words, and one
// dispute's strike asked under the other's subject. Each family has the dev question,
// paraphrases, a question the articles confirm (still Yes) and a nearby one
// they do not settle (no lead, or declined). want is as in noCases.
var no19Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Hunt claimed lives were at risk; Porter replied he was throwing mud.
	{"speaker", "was it Mark Porter who claimed lives were being put at risk by the strike?", true, `^No\b.*Hunt claimed`},
	{"speaker", "did Mark Porter claim lives were being put at risk by the strike?", true, `^No\b.*Hunt claimed`},
	{"speaker", "did Porter say lives were at risk?", true, `^No\b`},
	{"speaker", "Did the BMA head say the strike was putting lives at risk?", true, `^(?:[^Y]|Y[^e])`},
	{"speaker", "did Hunt claim lives were at risk?", true, `^Yes\b`},
	{"speaker", "did Porter say Hunt was throwing mud at junior doctors?", true, `^Yes\b`},
	// A sentence naming the one asked among its speakers is theirs.
	{"speaker", "did Laurenson say Scotland proved him wrong?", true, `^Yes\b`},
	{"speaker", "did Barclay say the strike was disappointing?", true, `^Yes\b`},
	// Nobody the articles quote said it: no No from another's words.
	{"speaker", "did Cordery say lives were being put at risk?", false, ``},

	// The first time A&E, maternity and intensive care were affected; the
	// first all-out strike in NHS history; the first ever workforce plan.
	{"first time", "Had A&E, maternity and intensive care been hit by earlier strikes in the contract dispute?", true, `^No\b.*first time`},
	{"first time", "had a&e and maternity been hit in the earlier strikes over the contract?", true, `^No\b`},
	{"first time", "Had A&E and maternity already been affected in earlier strikes in the contract dispute?", true, `^No\b`},
	{"first time", "had intensive care been affected before?", true, `^No\b.*first time`},
	{"first time", "Had there ever been an all-out doctors' strike before?", true, `^No\b.*first all-out strike`},
	{"first time", "had there been an nhs workforce plan before?", true, `^No\b.*first ever`},
	{"first time", "Were A&E and maternity affected by the strike?", true, `^Yes\b`},
	{"first time", "was this the first time A&E was affected?", true, `^Yes\b`},
	// Before another time asks of that time.
	{"first time", "had A&E been affected before the 2023 strike?", false, ``},
	{"first time", "did Hunt appeal to medics before the strike?", true, `^(?:[^N]|N[^o])`},

	// Barclay called it disappointing.
	{"opposite", "is barclay pleased the bma went ahead?", true, `^No\b.*disappointing`},
	{"opposite", "was Barclay happy about the strike?", true, `^No\b`},
	{"opposite", "was the health secretary glad the BMA went ahead with the walkout?", true, `^No\b`},
	{"opposite", "did Barclay find the strike disappointing?", true, `^Yes\b`},
	// The workforce plan doubles medical school places by 2031.
	{"opposite", "does the workforce plan aim to triple medical school places?", true, `^No\b.*double`},
	{"opposite", "is the workforce plan going to cut medical school places?", true, `^No\b.*double`},
	{"opposite", "will the long term workforce plan halve the number of medical school places?", true, `^No\b`},
	{"opposite", "will the workforce plan double medical school places?", true, `^Yes\b`},
	// "Welcome" asked where Barclay called the decision disappointing.
	{"opposite", "Did Barclay welcome the BMA's decision to strike?", true, `^No\b.*disappointing`},
	{"opposite", "was barclay happy with the bma's decision to walk out?", true, `^No\b`},
	{"opposite", "did Barclay call the BMA's decision to strike disappointing?", true, `^Yes\b`},
	// Not settled: Barclay published the plan; no article says he
	// welcomed it (vocabulary decision_verbs), so it is declined.
	{"opposite", "did Barclay welcome the workforce plan?", false, `^The articles don't say`},

	// A share asked in words is a figure: the poll's other share for the
	// same verb answers it, No; the share it gives, Yes.
	{"share", "a third opposed the doctors in the bbc poll, right?", true, `^No\b.*a quarter`},
	{"share", "did a third oppose the doctors in the bbc poll?", true, `^No\b`},
	{"share", "Did two thirds of the public oppose the doctors in the Ipsos Mori poll?", true, `^No\b`},
	{"share", "did a quarter oppose the doctors in the bbc poll?", true, `^Yes\b`},
	{"share", "Did the poll find 57% support?", true, `^Yes\b`},

	// The majority blamed the Government: "junior doctors" are the doctors
	// of the poll.
	{"majority", "did most ppl blame the junior doctors for the dispute?", true, `^No\b.*Government`},
	{"majority", "were junior doctors blamed by most of the public?", true, `^No\b`},
	{"majority", "did the majority blame junior doctors in the BBC poll?", true, `^No\b`},
	{"majority", "did most people blame the government?", true, `^Yes\b`},

	// One dispute's strike under the other's subject: the five-day walkout
	// was over pay, the all-out strike over a new contract.
	{"dispute subject", "is the 2023 five-day strike about a new contract?", true, `^No\b.*over pay`},
	{"dispute subject", "is the five-day walkout about a new contract?", true, `^No\b.*over pay`},
	{"dispute subject", "is the 5 day strike over a new contract?", true, `^No\b`},
	{"dispute subject", "was the all-out strike over pay?", true, `^No\b.*new contract`},
	{"dispute subject", "was the 2016 strike about pay?", true, `^No\b`},
	{"dispute subject", "is the 2023 strike about pay?", true, `^Yes\b`},
	{"dispute subject", "was the 2016 strike about a new contract?", true, `^Yes\b`},
	// The all-out strike ran 8am to 5pm, "not round the clock": 24/7,
	// overnight and all night are round the clock.
	{"round the clock", "was the all out strike 24/7?", true, `^No\b.*8am to 5pm`},
	{"round the clock", "did the all-out strike go on overnight?", true, `^No\b.*8am to 5pm`},
	{"round the clock", "did the 2016 walkout carry on through the night?", true, `^No\b`},
	{"round the clock", "did the all-out strike run for 24 hours a day?", true, `^No\b`},
	{"round the clock", "did the all-out strike run from 8am to 5pm?", true, `^Yes\b`},
	{"round the clock", "was the five-day strike 24/7?", false, ``},
	// More than the other's name is a claim of its own, but the other's
	// name heads it: the five-day strike is not about a new contract at
	// all, so it is no strike about one for weekend working (session 21).
	{"dispute subject", "Is the five-day strike about a new contract for weekend working?", true, `^No\b.*over pay`},
}
