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
	{"verb", "according to the local paper, did any mp welcome the contract?", false, "The articles don't say", "", false},
	{"verb", "so did hunt welcome the contract?", false, "The articles don't say", "", false},
	{"verb", "Did Barclay welcome the BMA's decision to strike?", true, "No", "", false},
	{"verb", "which mps did hunt speak to?", false, "", "hunt-tells-mps-2016", false},
	{"verb", "who did hunt tell that no trade union could veto the manifesto?", true, "", "", false},
	{"verb", "which politician joined the march?", true, "", "corbyn-march-2016", false},
	// A relative "who" after a noun asks no person once a wh- word has
	// asked (vocabulary relatives), and "the exact number of" asks a count
	// (answer_types count): the articles give only "thousands", so an
	// exact count is not given (exactCountUnsaid), and a detail cue the
	// facts lack ("precise") is no subject they lack. "Joined" the strike
	// is taking part in it, not Corbyn joining the march.
	{"count", "what's the exact number of junior doctors who joined the first all-out strike?", false, "The articles don't say exactly how many", "figure-thousands-2016", false},
	{"count", "what was the exact number of doctors who went on strike in 2016?", false, "The articles don't say exactly how many", "figure-thousands-2016", false},
	{"count", "give me the exact number of doctors who struck in 2016", false, "The articles don't say exactly how many", "figure-thousands-2016", false},
	{"count", "precisely how many doctors walked out in 2016?", false, "The articles don't say exactly how many", "figure-thousands-2016", false},
	{"count", "exactly how many junior doctors walked out in the first all-out strike?", false, "The articles don't say exactly how many", "figure-thousands-2016", false},
	{"count", "what was the precise number of junior doctors on strike in the first all-out strike?", false, ".*thousands of junior doctors", "", false},
	{"count", "how many junior doctors joined the first all-out strike?", true, "", "figure-thousands-2016", false},
	{"count", "what number of junior doctors joined the all-out strike?", true, "", "figure-thousands-2016", false},
	{"count", "how many junior doctors went on strike in 2016?", true, "", "figure-thousands-2016", false},
	{"count", "how many doctors struck?", true, "", "figure-thousands-2016", false},
	{"count", "who joined the junior doctors marching on downing street?", true, "", "corbyn-march-2016", false},
	{"count", "what is the name of the doctor who leads the bma?", true, "", "", false},
	{"count", "was it Porter who said the government distorted statistics?", true, "Yes", "", false},
	{"count", "Was it Saffron Cordery who said 'Scotland has proved him wrong'?", true, "No", "", false},
	// Who said it is read from the quote's speakers however the answer
	// was led: "was it X who argued …?" answered with no verdict is No
	// with the words of whoever did say it (cleftYes); "did X argue …?",
	// as other speech verbs' questions, is declined with those words; X's
	// own words keep their answer.
	{"speaker", "Was it Mark Porter who argued that talks should go on right up to the last minute?", true, "No.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "Was it Mark Porter that argued talks should continue right up to the last minute?", true, "No.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did Mark Porter argue that talks should go on right up to the last minute?", false, "The articles don't say.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "was it jeremy hunt who argued talks should go on right up to the last minute?", true, "No.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did hunt say talks should continue right up to the last minute?", false, "The articles don't say.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did Saffron Cordery argue that talks should continue right up to the last minute?", false, "The articles don't say.*BMA leaders", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did barclay say scotland proved him wrong?", false, "The articles don't say.*BMA leaders", "", false},
	{"speaker", "did laurenson say talks should continue right up to the last minute?", true, "Yes", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did the bma say talks should continue to the last minute?", true, "Yes", "quote-bma-talks-to-last-minute", false},
	{"speaker", "who argued that talks should go on right up to the last minute?", true, ".*Laurenson", "quote-bma-talks-to-last-minute", false},
	{"speaker", "did hunt say the disruption was unprecedented?", true, "Yes", "", false},
	{"speaker", "did Mark Porter claim lives were being put at risk by the strike?", true, "No.*Hunt claimed", "", false},
	{"speaker", "did porter say anything about weekend deaths?", true, "Yes", "", false},
	// Whitehall after a place word is the street (vocabulary
	// place_names), not the Government its synonym makes it: the articles
	// have Hunt speak on BBC Breakfast and to MPs, and never name
	// Whitehall. As the Government it keeps its answers.
	{"place", "did hunt speak in whitehall", false, "The articles don't say", "", false},
	{"place", "was hunt speaking in whitehall", false, "The articles don't say", "", false},
	{"place", "hunt spoke in whitehall, right?", false, "The articles don't say", "", false},
	{"place", "did hunt talk in whitehall", false, "The articles don't say", "", false},
	{"place", "did Hunt give a speech in Whitehall?", false, "The articles don't say", "", false},
	{"place", "did the doctors march in whitehall?", false, "The articles don't say", "", false},
	{"place", "did hunt speak on bbc breakfast", true, "Yes", "", false},
	{"place", "did hunt tell MPs no trade union could veto the manifesto commitment?", true, "Yes", "", false},
	{"place", "what did whitehall say?", true, "", "", false},
	{"place", "Which opposition chief turned up alongside the doctors in Westminster?", true, "", "", false},
	// What someone expects or hopes, and a condition, is asserted by no
	// one (vocabulary expectation, conditional; wishedOnly): "doctors have
	// a right to expect that … talks will continue right up to the last
	// minute … without the need to strike" does not say the BMA will keep
	// striking, and the question's "will" does not ask an expectation. A
	// question with a hypothetical word of its own still gets its Yes.
	{"expected", "will the BMA continue to strike?", false, "The articles don't say", "quote-bma-talks-to-last-minute", false},
	{"expected", "will the BMA keep trying to strike?", false, "The articles don't say", "quote-bma-talks-to-last-minute", false},
	{"expected", "will the BMA carry on striking?", false, "The articles don't say", "", false},
	{"expected", "will the doctors keep striking?", false, "The articles don't say", "", false},
	{"expected", "are the BMA going to continue the strike?", false, "The articles don't say", "", false},
	{"expected", "will talks continue right up to the last minute?", false, "The articles don't say", "quote-bma-talks-to-last-minute", false},
	{"expected", "did the BMA say talks should continue to the last minute?", true, "Yes", "quote-bma-talks-to-last-minute", false},
	{"expected", "do doctors expect talks to continue right up to the last minute?", true, "Yes", "quote-bma-talks-to-last-minute", false},
	{"expected", "did the BMA want talks to continue?", true, "Yes", "quote-bma-talks-to-last-minute", false},
	{"expected", "did the strike go ahead?", true, "Yes", "", false},
	// A forecast in the passive is the article's own report.
	{"expected", "will the 2023 strike cause disruption?", true, "Yes", "", false},
	// A counterfactual denies its condition: the BMA would have called off
	// the strike if Hunt had agreed to lift his threat, so he did not
	// (vocabulary synonyms: to lift a threat is to drop it).
	{"counterfactual", "did Hunt drop the threat to impose the contract?", true, "No", "threat-to-impose-contract", false},
	{"counterfactual", "did Hunt lift the threat to impose the contract?", true, "No", "threat-to-impose-contract", false},
	{"counterfactual", "did hunt abandon his threat to impose the contract", true, "No", "threat-to-impose-contract", false},
	{"counterfactual", "has Hunt dropped the threat of imposing the contract?", true, "No", "threat-to-impose-contract", false},
	{"counterfactual", "did Hunt agree to drop the threat to impose the contract?", true, "No", "threat-to-impose-contract", false},
	{"counterfactual", "would the BMA have called off the strike if Hunt lifted his threat?", true, "Yes", "threat-to-impose-contract", false},
	{"counterfactual", "did the BMA say it would have called off the strike if Hunt dropped his threat?", true, "Yes", "threat-to-impose-contract", false},
	{"counterfactual", "did the BMA defend the walkout?", true, "Yes", "", false},
}

// TestWrong24 checks wrong24Cases.
func TestWrong24(t *testing.T) { runTrapCases(t, wrong24Cases) }
