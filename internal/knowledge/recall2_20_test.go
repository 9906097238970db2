package knowledge

import "testing"

// recall2Cases are answerable questions (not yes/no) from session 20's
// blind dev sets that were declined or answered with the wrong fact: a
// dispute called by its Health Secretary or by a time clause, and words
// the articles do not use. Each has the dev question, paraphrases of it
// and a nearby question that must stay declined. TestFailureClasses runs
// them as it runs classCases.
var recall2Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A time clause naming a dispute says when, as a year would: the
	// question asks who held the role then.
	{"when clause", "Who was the Health Secretary when junior doctors held the first all-out strike?", true, "jeremy hunt was the health secretary"},
	{"when clause", "who was health secretary when the junior doctors walked out in 2016?", true, "jeremy hunt was the health secretary"},
	{"when clause", "Who was the Health Secretary while the five-day walkout was on?", true, "steve barclay"},
	{"when clause", "who was the prime minister when junior doctors held the first all-out strike?", false, ""},
	{"when clause", "who was health secretary when nurses went on strike in 2023?", false, ""},
	{"when clause", "Who was the Health Secretary when junior doctors held the first all-out strike in Wales?", false, ""},
	// A dispute called by its Health Secretary: "the strike under
	// Barclay", "the Hunt one", "the Barclay strike".
	{"under secretary", "How long is the junior doctors' strike under Steve Barclay?", true, "five-day"},
	{"under secretary", "how long did the walkout under Barclay last?", true, "five-day"},
	{"under secretary", "hw long is teh barclay strike 4", true, "five-day"},
	{"under secretary", "wen did the jr docs strike start n finish each day in the hunt 1??", true, "8am to 5pm"},
	{"under secretary", "what time did the strike under hunt start each day", true, "8am to 5pm"},
	{"under secretary", "y r docs strikin in the barclay 1 tho", true, "pay"},
	{"under secretary", "what were doctors striking over in the hunt one", true, "contract"},
	{"under secretary", "how long was the strike under Theresa May?", false, ""},
	{"under secretary", "what did the bma say about the strike under Sunak", false, ""},
}

func TestEndsOnAction(t *testing.T) {
	v := realVocab()
	for _, c := range []struct {
		q    string
		want string // the last raw word
	}{
		{"how long is the strike 4", "for"},
		{"how long is the walkout 4", "for"},
		{"wot r they striking 4", "for"},
		{"how many days was strike 4", "for"},
		{"what happened on day 4", "4"},
		{"what about the 2023 strike 2", "too"},
	} {
		w := v.words(c.q)
		if got := w[len(w)-1]; got != c.want {
			t.Errorf("words(%q) ends in %q, want %q", c.q, got, c.want)
		}
	}
}
