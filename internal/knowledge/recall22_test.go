package knowledge

import (
	"strings"
	"testing"
)

// recall22Cases are answerable questions that session 22 found declined
// (the recall class), each with the dev question, paraphrases written for
// the test and a nearby question that must stay declined.
// TestFailureClasses runs them as it runs classCases.
var recall22Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// stem_phrases: "call ... off" with words inside and in any
	// inflection is one verb, as "call off" is.
	{"call off", "Did the BMA leaders say they could call the five-day strike off?", true, `\byes\b.*scotland`},
	{"call off", "did the union say it might call the five day walkout off", true, `\byes\b.*scotland`},
	{"call off", "could the bma call the pay strike off today", true, "scotland"},
	{"call off", "did the bma call the welsh strike off", false, ""},
}

// TestStemPhrases holds stem_phrases to every inflection of its words, to
// the words of a slot kept in place, and to no match when the slot would
// be wider than stemSlotMax.
func TestStemPhrases(t *testing.T) {
	b := realBase(t)
	for q, want := range map[string]string{
		"could they call the five-day strike off": "could they calloff the fiveday strike",
		"they called it off":                      "they calloff it",
		"calling off the strike":                  "calloff the strike",
		"calls the strikes off":                   "calloff the strikes",
		"call the long pay strike by doctors off": "call the long pay strike by doctors off",
	} {
		if got := strings.Join(b.v.words(q), " "); got != want {
			t.Errorf("words(%q) = %q, want %q", q, got, want)
		}
	}
}
