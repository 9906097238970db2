package knowledge

import (
	"strings"
	"testing"
)

// typosCases are text-speak and heavy-typo questions (session 19): the dev
// question, paraphrases of our own in the same shape, and nearby traps
// that must stay declined however the words are spelt.
var typosCases = []struct {
	q     string
	found bool
	want  string
}{
	// A word with its vowels or doubled letters dropped ("cancld",
	// "labr") is the one word it is a skeleton of.
	{"hw many ops got cancld cuz of the 1st all out strik", true, "125,000"},
	{"how many operations were cancld in the 1st all-out strike", true, "125,000"},
	{"hw mny appts wer cancld in 2016", true, "125,000"},
	{"wich labr leadr marchd wit the docs to downing st", true, "corbyn"},
	{"which labr leader joined the march on downing st", true, "corbyn"},
	{"wot did the labr leadr tweet", true, "corbyn"},
	{"hw many nurses wer cancld", false, ""},
	// "-in" for "-ing" ("strikin", "askin"), beside another typo, is a
	// typo too, not half of a name in lower case.
	{"radiografers strikin 2?? how long 4", true, "two"},
	{"how long r the radiografers strikin 4", true, "two"},
	{"radiografers strikin when", true, "later this month|no exact dates"},
	{"r the midwifes strikin 2", false, ""},
	// "prog" is a programme, "tday" today.
	{"who ws the bma guy on radio 4 tday prog", true, "porter"},
	{"wot did porter say on the tday prog", true, "distorted"},
	{"who presented the tday prog", false, "name no presenter"},
	// "per the … article" names its source as "according to" does; "per
	// hour" keeps its word.
	{"how many months of industrial action has the nhs had, per the 5-day strike article", true, "eight"},
	{"per the local paper, which hospitals were hit?", true, "lewisham"},
	{"as per the five-day strike article, how long did the consultants strike?", true, "two"},
	{"what was the pay per hour", false, ""},
	// A superlative that names the article ("the longest-walkout piece")
	// asks for no ranking.
	{"the longest-walkout piece: who's the NHS Providers person quoted?", true, "cordery"},
	{"in the longest walkout story, who is quoted from NHS Providers?", true, "cordery"},
	{"which hospital had the most cancellations?", false, "ranks first"},
	// An article named by what it has, in a question with a subject of
	// its own, is the question's source, not its subject.
	{"the article citing the Press Association - which days was the strike?", true, "tuesday.*wednesday"},
	{"the report quoting saffron cordery: how many procedures were rescheduled?", true, "651,000"},
	{"in the piece with the farnborough photos, which hospitals were hit?", true, "lewisham"},
	{"the article citing the Press Association - what was the weather like?", false, ""},
	{"in the report with the BBC poll, what did it find?", true, "57%"},
	// "the one with …" names an article as "the article with …" does.
	{"the one with the creative placards - how many appointments got cancelled?", true, "125,000"},
	{"in the one with the farnborough photos, who took them?", true, "larby"},
	{"the one with the creative placards - what did Barclay say?", false, ""},
	{"the one with the creative placards - what was the weather like?", false, ""},
	// 4 and 2 after a verb in -ing, with no count after them, are "for"
	// and "to".
	{"hw much r the juniors askin 4 acording 2 barclay", true, "35%"},
	{"how much pay are they asking 4 according 2 barclay", true, "35%"},
	{"wot pay rise r the docs askin 4 acording 2 the govt", true, "35%"},
	{"r the nurses askin 4 more pay", false, ""},
	// What the five-day strike article says about teachers (data: the
	// topic's questions).
	{"the five-day strike story, what does it say about teachers and civil servants?", true, "review bod"},
	{"what does the 2023 article say about teachers?", true, "review bod"},
	{"what pay rise are teachers getting?", false, "does not say what pay rise"},
	// "Which article …?" is answered with the article the answer's
	// evidence is from, when it is one.
	{"which of the articles talks about scotland's pay offer?", true, "^article 002 \\(five-day strike begins\\)"},
	{"which article mentions scotland's pay offer?", true, "^article 002"},
	{"what report talks about the yougov poll?", true, "^article 002"},
	{"which article mentions corbyn?", true, "only article 000"},
	{"which article mentions the weather?", false, ""},
	{"which article mentions wales?", false, "do not mention wales"},
}

func TestTypos19(t *testing.T) {
	b := realBase(t)
	for _, c := range typosCases {
		t.Run(c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			expectAnswer(t, a, c.found, c.want)
			checkAnswer(t, b, c.q, a)
		})
	}
}

// TestUnvowelled: a word is read as the one vocabulary word it is with
// only vowels and doubled letters dropped; a real word, a word two words
// fit as well, and a word missing a consonant are not.
func TestUnvowelled(t *testing.T) {
	b := realBase(t)
	ix := b.ix.typos()
	for w, want := range map[string]string{"labr": "labour", "pckt": "picket", "plcrds": "placards", "prog": "", "wthr": "", "st": "", "mngmnt": ""} {
		if got := ix.unvowelled(w); got != want {
			t.Errorf("unvowelled(%q) = %q, want %q", w, got, want)
		}
	}
	for _, c := range []struct {
		w, c string
		ok   bool
	}{{"labr", "labour", true}, {"cancld", "cancelled", true}, {"prog", "programme", false}, {"abour", "labour", false}, {"labour", "labour", false}} {
		if got := dropsOnly(c.w, c.c); got != c.ok {
			t.Errorf("dropsOnly(%q, %q) = %v, want %v", c.w, c.c, got, c.ok)
		}
	}
	for q, want := range map[string]string{
		"hw much r they askin 4 acording 2 barclay": "how much are they asking for acording to barclay",
		"r they striking 2 more days":               "are they striking 2 more days",
		"were they asking 4 per cent":               "were they asking 4 percent",
		"were they striking 2 of the days":          "were they striking 2 of the days",
		"askin 4 more pay":                          "asking for more pay",
	} {
		if got := strings.Join(b.v.words(q), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", q, got, want)
		}
	}
	for w, want := range map[string]string{"strikin": "striking", "askin": "asking", "begin": "begin", "within": "within", "corbin": "corbin", "in": "in", "routin": "routin"} {
		if got := b.v.droppedG(w); got != want {
			t.Errorf("droppedG(%q) = %q, want %q", w, got, want)
		}
	}
}
