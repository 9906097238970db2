package knowledge

import "testing"

// wrong24Cases are session 24's confident wrong answers (helper "wrong"),
// found by hand: the motivating question of each class first, then
// paraphrases written for these tests, then neighbours that must keep
// their answers. lead is a case-insensitive pattern the answer's text must
// open with; fact, if not empty, is a fact the answer must be built from.
var wrong24Cases = []trapCase{
	// Breakfast eaten is a meal, not BBC Breakfast: the articles say
	// nothing of what anyone ate (vocabulary phrases).
	{"meal", "what did Jeremy Hunt have for breakfast?", false, "The articles don't say", "", false},
	{"meal", "what did hunt eat for breakfast", false, "The articles don't say", "", false},
	{"meal", "did hunt have breakfast?", false, "The articles don't say", "", false},
	{"meal", "what did the health secretary eat at breakfast", false, "The articles don't say", "", false},
	{"meal", "did hunt eat breakfast before the interview?", false, "The articles don't say", "", false},
	{"meal", "what did porter have for breakfast", false, "The articles don't say", "", false},
	{"meal", "what did jeremy hunt have for his breakfast", false, "The articles don't say", "", false},
	{"meal", "what did Hunt say on BBC Breakfast?", true, "", "hunt-bbc-breakfast-2016", false},
	{"meal", "what did hunt say on breakfast tv?", true, "", "", false},
	{"meal", "which programme did hunt appear on", true, "", "bbc-breakfast", false},
	{"meal", "did hunt speak on bbc breakfast", true, "Yes", "", false},
	// A decision verb (vocabulary decision_verbs) the fact has nowhere:
	// Hunt told MPs something; no one is said to welcome the contract.
	// "what N" asks as "which N" does, and a yes/no question of a subject
	// of a word or two too; the verb's opposite still answers No.
	{"verb", "which mp welcomed the contract?", false, "The articles don't say", "", false},
	{"verb", "what mp welcomed the contract?", false, "The articles don't say", "", false},
	{"verb", "who welcomed the contract?", false, "The articles don't say", "", false},
	{"verb", "which politician welcomed the new contract?", false, "The articles don't say", "", false},
	{"verb", "which MPs welcomed the junior doctors' contract?", false, "The articles don't say", "", false},
	{"verb", "did any mp welcome the contract?", false, "The articles don't say", "", false},
	{"verb", "did hunt welcome the contract?", false, "The articles don't say", "", false},
	{"verb", "Did Barclay welcome the BMA's decision to strike?", true, "No", "", false},
	{"verb", "which mps did hunt speak to?", false, "", "hunt-tells-mps-2016", false},
	{"verb", "who did hunt tell that no trade union could veto the manifesto?", true, "", "", false},
	{"verb", "which politician joined the march?", true, "", "corbyn-march-2016", false},
}

// TestWrong24 checks wrong24Cases.
func TestWrong24(t *testing.T) { runTrapCases(t, wrong24Cases) }
