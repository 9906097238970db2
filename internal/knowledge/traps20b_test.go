package knowledge

// traps20bCases are session 20's second round of traps: the question
// found answered with confidence, paraphrases of it written as others
// would ask it, and nearby questions that must stay answered. want is a
// case-insensitive pattern the answer's text must match;
// TestFailureClasses runs them as it runs classCases.
var traps20bCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Barclay made no offer: the articles give the BMA's 35% demand, as he
	// put it, and 5% as the pay he called realistic.
	{"no offer", "what % pay offer did barclay make", false, "no figure for any pay offer.*5%.*pay demand unreasonable"},
	{"no offer", "what percentage did barclay offer?", false, "no figure for any pay offer.*5%"},
	{"no offer", "how much did barclay offer the doctors", false, "no figure for any pay offer"},
	{"no offer", "what pay demand did Barclay call unreasonable?", true, "35%"},
	// The PRUH and the other hospitals are listed; no one who runs them
	// is named (placeNoPerson).
	{"hospital head", "who runs the PRUH", false, "don't say who"},
	{"hospital head", "who manages Queen Mary's in Sidcup?", false, "don't say who"},
	{"hospital head", "who's in charge of Lewisham Hospital?", false, "don't say who"},
	{"hospital head", "which hospitals will the strikes affect?", true, "lewisham"},
	{"hospital head", "Which local hospital is named after a princess?", true, "princess royal"},
	{"hospital head", "who marched on Downing Street?", true, "corbyn"},
	// Scotland's government is cited as an example; no minister named.
	{"scottish leader", "who is the leader of the Scottish government", false, "names no scottish minister"},
	{"scottish leader", "who leads Scotland's government?", false, "(names no scottish minister|don't say)"},
	{"scottish leader", "who heads the government in Scotland?", false, "names no scottish minister"},
	{"scottish leader", "what example did the BMA say the UK Government should follow?", true, "scotland"},
	// The 2016 contract's terms are never given.
	{"contract terms", "what did the 2016 contract say about night shifts", false, "do not describe the new contract's terms"},
	{"contract terms", "what does the new contract say about weekend hours?", false, "do not describe"},
	{"contract terms", "what did the new contract change for night work?", false, "do not describe"},
	{"contract terms", "what was Hunt threatening to do with the contract?", true, "impose"},
	// What a group of workers wants, where the articles give only its
	// support in a poll or its strike dates.
	{"group wants", "what do ambulance workers want?", false, "nor what they want"},
	{"group wants", "what are ambulance workers demanding", false, "(nor what they want|don't say)"},
	{"group wants", "what do nurses want", false, "don't say what they want.*three in five"},
	{"group wants", "what do the radiographers want?", false, "don't say what they want"},
	{"group wants", "how much support do ambulance workers have", true, "58%"},
	{"group wants", "how popular are nurses?", true, "strongest public backing"},
	{"group wants", "what does the BMA want?", true, ""},
	// The pay review bodies are never named one by one.
	{"body unnamed", "what's the name of the body that recommended 6%?", false, "never names a pay review body"},
	{"body unnamed", "what was the name of the body that made the recommendations", false, "never names a pay review body"},
	{"body unnamed", "whats the name of the body which recommended 6 percent", false, "never names a pay review body"},
	{"body unnamed", "what's the name of the body that recommended the rises?", false, "never names a pay review body"},
	{"body unnamed", "what did the pay review bodies recommend?", true, "6%"},
}
