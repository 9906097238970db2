package knowledge

import (
	"maps"
	"strings"
	"testing"
)

// TestMayStartStemPhrase checks the prefilter joinStemPhrases reads before
// stemming a word: every word whose stem starts a stem phrase passes it
// (the eval questions' words, the facts' answers' words, the spelled
// numbers and some inflections of each stem phrase's first word), so
// that skipping the others changes no reading.
func TestMayStartStemPhrase(t *testing.T) {
	b := realBase(t)
	v := b.v
	var words []string
	for _, q := range evalQuestions(t) {
		words = append(words, split(normalizeChars(q), nil)...)
	}
	for _, f := range b.facts {
		words = append(words, split(normalizeChars(f.Answer), nil)...)
	}
	words = append(words, "", "a", "x", "1")
	for w := range maps.Keys(v.numbers) {
		words = append(words, w)
	}
	for s := range maps.Keys(v.stemPhrases) {
		for _, end := range []string{"", "s", "es", "ed", "ing", "led", "ling", "ies", "e", "ied"} {
			words = append(words, s+end, strings.TrimSuffix(s, "y")+end)
		}
	}
	starts := 0
	for _, w := range words {
		if len(v.stemPhrases[v.stem(w)]) == 0 {
			continue
		}
		starts++
		if !v.mayStartStemPhrase(w) {
			t.Errorf("%q stems to %q, which starts a stem phrase, but mayStartStemPhrase says it cannot", w, v.stem(w))
		}
	}
	if starts == 0 {
		t.Fatal("no word read starts a stem phrase: the test reads nothing")
	}
	if v.mayStartStemPhrase("qqzz") {
		t.Error(`"qqzz" starts no stem phrase, yet passes the prefilter`)
	}
}
