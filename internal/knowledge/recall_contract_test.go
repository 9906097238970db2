package knowledge

import (
	"slices"
	"testing"
)

// contractRecallCases are answerable questions about the contract dispute
// that were declined because they word the question otherwise than the
// articles and facts do, each with paraphrases and a nearby question that
// must stay declined; TestFailureClasses runs them as it runs classCases.
var contractRecallCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// To single something out is to cite it (vocabulary phrases): the
	// "single" of "the longest single walkout" made these 2023 questions
	// too, mixing the disputes.
	{"single out", "Which hospital departments did Hunt single out as especially at risk if emergency cover was pulled?", true, "a&e, maternity and intensive care"},
	{"single out", "Which services did Hunt single out as particularly at risk?", true, "a&e, maternity and intensive care"},
	{"single out", "Which departments did Hunt single out as facing particular risks?", true, "a&e, maternity and intensive care"},
	{"single out", "What services did Jeremy Hunt single out if emergency cover was withdrawn?", true, "a&e, maternity and intensive care"},
	{"single out", "Which hospitals did Hunt single out?", false, "^the articles don't say where"},
	{"single out", "Which hospitals did Barclay single out as at risk?", false, ""},
	// Locked (embroiled) in a dispute is in it; and the union
	// asked for is an organisation, which the BMA is in both disputes:
	// Hunt's own fact, which mentions union leaders, is no answer.
	{"locked in", "Which union was locked in the contract dispute with the Government in 2016?", true, "british medical association"},
	{"locked in", "Which union was embroiled in a row with ministers in 2016?", true, "british medical association"},
	{"locked in", "Which union was locked in a dispute with the government in 2023?", true, "british medical association"},
	{"locked in", "What union was fighting the government over the junior doctors' contract?", true, "british medical association"},
	{"locked in", "Which union was in dispute with the government in 2023?", true, "british medical association"},
	{"locked in", "Which union was locked in a dispute with the Scottish government in 2016?", false, ""},
	// Only before a dispute: what is locked in a hospital is no answer.
	{"locked in", "Were the doctors locked in the hospital?", false, ""},
	{"locked in", "Did the pay deal get locked in?", false, ""},
	// Only a question naming the sort of organisation asks for one: the
	// union is not whom the doctors faced.
	{"locked in", "Who were the junior doctors locked in a dispute with in 2016?", false, "^the articles don't say who"},
	// "in order to" is "to": "order" is no subject.
	{"in order to", "According to Hunt, what would he have to give up in order to stop the strike?", true, "abandoning a manifesto promise"},
	{"in order to", "What did Hunt say he would have to abandon in order to end the walkout?", true, "abandoning a manifesto promise"},
	{"in order to", "What would the health secretary have had to give up in order to halt the action?", true, "abandoning a manifesto promise"},
	{"in order to", "What did Hunt say he would give up in order to end the 2023 strike?", false, ""},
	// What stood out is what there was to see, not anyone standing (nor
	// the gap saying how many stood on picket lines).
	{"stood out", "What did the article say stood out among the people on picket lines?", true, "creative placards"},
	{"stood out", "What stood out on the picket lines in 2016?", true, "creative placards"},
	{"stood out", "What stands out about the placards on the 2016 picket lines?", true, "creative placards"},
	{"stood out", "What stood out on the picket lines in Scotland?", false, ""},
	{"stood out", "What did the placards on the picket lines say?", false, ""},
	// A why question takes the saying as given: when the quote asked is
	// someone else's, say whose (wrongSpeaker). What someone said about
	// a topic they never spoke of stays declined.
	// An article named by what two articles of one dispute both have
	// ("the article with the BBC Breakfast interview") names no subject:
	// the gap about interviewers, which has those words, is no answer.
	{"article by content", "In the article with the BBC Breakfast interview, what did Porter say on Radio 4?", true, "distorted"},
	{"article by content", "In the report with Hunt's BBC Breakfast interview, what did Porter tell Radio 4?", true, "distorted"},
	{"article by content", "In the story that has the BBC Breakfast interview, what did the BMA head say on the radio?", true, "distorted"},
	{"article by content", "In the article with the BBC Breakfast interview, what did Barclay say on Radio 4?", false, ""},
	{"article by content", "In the article with the BBC Breakfast interview, who interviewed Porter?", false, "name no presenter, interviewer"},
	{"wrong speaker", "Why did Mark Porter say the 35% pay demand was unreasonable?", true, "^that was steve barclay, not mark porter\\..*35%"},
	{"wrong speaker", "Why did Porter call the 35% pay claim excessive?", true, "^that was steve barclay, not mark porter\\."},
	{"wrong speaker", "Why did Hunt say the 35% pay demand was unreasonable?", true, "^that was steve barclay, not jeremy hunt\\."},
	{"wrong speaker", "Why did Barclay say the Government had distorted the weekend death statistics?", true, "^that was mark porter, not steve barclay\\..*distorted"},
	{"wrong speaker", "Why did Hunt call the strike blackmail?", true, "^in the 2016 contract dispute, jeremy hunt"},
	{"wrong speaker", "What did Jeremy Hunt say about the 35% pay demand?", false, ""},
	{"wrong speaker", "Why did Porter say the 50% pay demand was unreasonable?", false, ""},
	{"wrong speaker", "Why did Corbyn say no union could veto the manifesto?", false, ""},
}

// TestArticleByContentTie: words that two articles of one dispute have as
// much name an article, one of the two, and are generic; two of different
// disputes ("the report that has the poll": 2016's and 2023's) leave them
// the question's subject.
func TestArticleByContentTie(t *testing.T) {
	b := realBase(t)
	for _, c := range []struct {
		q, term string
		weak    bool
	}{
		{"In the article with the BBC Breakfast interview, what did Porter say on Radio 4?", "breakfast", true},
		{"in the report that has the poll, how much support did the doctors have?", "poll", false},
	} {
		q := b.analyze(c.q)
		i := slices.Index(q.terms, c.term)
		if q.article != 0 || i < 0 || q.weak[i] != c.weak {
			t.Errorf("%q: article %d, terms %v weak %v; want no article and %q weak = %v", c.q, q.article, q.terms, q.weak, c.term, c.weak)
		}
	}
}
