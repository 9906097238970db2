package knowledge

import (
	"slices"
	"strings"
)

// droppedG restores the g that text-speak drops from a word ending in
// "-ing" ("strikin", "askin", "talkin"): a word ending in "in" that is no
// English word itself, where the same word with a "g" is one. A real word
// is left alone ("begin", "within", "robin"), and so is a name ("Corbin"
// with a g is no word either). Nor is a word that is one letter short of
// two English words, in -ing and in -ine ("routin": "routing" or
// "routine"): the typo correction picks the one the facts know.
func (v *vocab) droppedG(w string) string {
	n := len(w)
	if n < 4 || w[n-2] != 'i' || w[n-1] != 'n' || v.dict.has(w) || v.dict.has(w+"e") {
		return w
	}
	if g := w + "g"; v.dict.has(g) {
		return g
	}
	return w
}

// namesSource reports whether the question's raw word i is one of a name
// (of an article or a dispute) or of what names an article by what it has
// (see namePositions): "the longest-walkout piece" points at an article,
// and asks for no ranking.
func namesSource(ctx, generic []bool, i int) bool {
	return ctx[i] || generic != nil && generic[i]
}

// asksBeyond reports whether a question that names one article by what it
// has (raw[at], its link up to link, the words of span) asks about
// something else of its own: "the article citing the Press Association -
// which days was the strike?" asks the days, and the Press Association
// only says which article. Then the naming words become context, as an
// alias's would (marked in ctx); otherwise ("the report with the BBC
// poll, what did it find?") they stay what the question is about.
func (ix *index) asksBeyond(raw []string, at, link int, span []int, ctx []bool) bool {
	v := ix.v
	own := false
	for j, w := range raw {
		if j >= at && j < link || ctx[j] || slices.Contains(span, j) || v.isStop(w) || v.isWeak(w) || slices.Contains(v.questionWords, w) {
			continue
		}
		if _, ok := ix.idf[v.term(w)]; ok {
			own = true
			break
		}
	}
	if own {
		for _, j := range span {
			ctx[j] = true
		}
	}
	return own
}

// pointsAtArticle reports whether raw[i] is a word of article_pointers
// standing for an article: after "the" and before an article link ("the
// one with the creative placards").
func (v *vocab) pointsAtArticle(raw []string, i int) bool {
	if !v.articlePointers[raw[i]] || i == 0 || raw[i-1] != "the" {
		return false
	}
	_, ok := v.articleLink(raw, i+1)
	return ok
}

// speakAfterVerb reports whether the number raw[i] (one of
// linking_textspeak) stands for its word because a verb in -ing comes
// before it and no count after it: "askin 4 acording 2 barclay", "askin 4
// more pay" ask "for" and "to", where "striking 2 days", "striking 2 more
// days", "asking 4 per cent" and "striking 2 of them" count.
func (v *vocab) speakAfterVerb(raw []string, i int) bool {
	if i == 0 || i+1 >= len(raw) {
		return false
	}
	// A participle of light_verbs is a verb too: "what has the nhs done
	// 4 patient safety".
	if prev := raw[i-1]; (len(prev) < 5 || !strings.HasSuffix(prev, "ing")) && !v.light[prev] {
		return false
	}
	// What a count counts is a word, next or after one more ("2 more
	// days"); a number two on is text-speak of its own ("4 acording 2").
	counts := func(j int) bool {
		if j >= len(raw) {
			return false
		}
		w := raw[j]
		return w == "" || j == i+1 && isDigitByte(w[0]) || strings.HasSuffix(w, "s") || v.countWords[w] || v.spanUnits[v.term(w)]
	}
	return !counts(i+1) && !counts(i+2)
}
