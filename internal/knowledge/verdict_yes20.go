package knowledge

import (
	"slices"
	"strings"
)

// Yes/no questions the articles confirm, asked in words of their own
// (session 20, helper "yes").

// impliedAsked lists the terms of a yes/no question that add nothing to
// its claim once its other words are matched, so that a Yes need not find
// them in the fact: the start verb ending an order clause, "before the
// walkout started" or "before the strike began", says no more than "before
// the walkout", which is when something happened, not that the walkout
// did start. The clause is an order word of "before" sense, then at most
// three words ending in an action word, then one of the claims'
// start_words. A question with the start term twice ("did picketing start
// before the strike began?") asks about a start elsewhere too, and keeps it.
func (b *Base) impliedAsked(q *query) []string {
	before := b.v.term("before")
	for i, w := range q.raw {
		if b.v.term(w) != before {
			continue
		}
		for j := i + 1; j <= i+4 && j+1 < len(q.raw); j++ {
			v := q.raw[j+1]
			if !b.v.actionWords[b.v.term(q.raw[j])] || v == "from" || !slices.Contains(b.v.claims.startWords, v) {
				continue
			}
			if t := b.v.term(v); termCount(q.terms, t) == 1 {
				return []string{t}
			}
			return nil
		}
	}
	return nil
}

// termCount is how many times t is in terms.
func termCount(terms []string, t string) int {
	n := 0
	for _, u := range terms {
		if u == t {
			n++
		}
	}
	return n
}

// pronounOne reports whether the word "one" at words[i] stands for a thing
// named before rather than counting one: "is the five-day one the longest
// walkout?", "which one?", "the 2023 one". Such a "one" has nothing it
// counts after it: the text ends, or a stop word follows that is none of
// count_words ("one in five", "one of the leaders" still count). A number
// of pointer_textspeak after a word that is no number stands for its word:
// "is the five-day 1 the longest?" asks of the five-day one.
func (v *vocab) pronounOne(words []string, i int) bool {
	w := words[i]
	if to, ok := v.pointerSpeak[w]; ok && i > 0 && words[i-1] != "" && !isDigitByte(words[i-1][0]) {
		w = to
	}
	if w != "one" {
		return false
	}
	return i+1 == len(words) || v.isStop(words[i+1]) && !v.countWords[words[i+1]]
}

// ownClaim reports whether a yes/no question asks whether someone said
// what the fact has that same one claim or think: "did Hunt say lives were
// at risk?" against "Hunt claimed that lives were being put at risk". A
// claim is what its claimant said, so the words after the belief word are
// asserted for the question as for one asking "did Hunt claim …?"
// (asksOpinion). The question names the claimant before its verb of speech
// or belief, or as its speaker ("according to Hunt, …"); every belief word
// of the fact's text has one of those names just before it ("Hunt
// claimed", "Hunt has claimed"), so "the BMA said Barclay had claimed …"
// is no claim of the BMA's; nor, a claim reported by another (a verb of
// speech within claimReport words before), Barclay's own.
func (b *Base) ownClaim(q *query, text *factText) bool {
	if !q.yesNo || len(q.raw) < 3 {
		return false
	}
	var who []string
	for j := 2; b.v.yesNo[q.raw[0]] && j < len(q.raw) && j <= 1+maxSubject; j++ {
		if b.v.speech[q.raw[j]] || b.v.belief[q.raw[j]] {
			who = b.v.terms(strings.Join(q.raw[1:j], " "), nil)
			break
		}
	}
	if len(who) == 0 {
		who = q.speaker // "according to Hunt, were lives at risk?"
	}
	if len(who) == 0 {
		return false
	}
	n := 0
	for k, w := range text.words {
		if !b.v.belief[w] {
			continue
		}
		p := k - 1
		if p > 0 && (b.v.beWords[text.words[p]] || text.words[p] == "has" || text.words[p] == "had") {
			p--
		}
		if p < 0 || !slices.Contains(who, b.v.term(text.words[p])) {
			return false
		}
		// "the BMA leaders said Barclay had claimed …" reports the claim:
		// it is the BMA's word, not Barclay's own.
		if slices.ContainsFunc(text.words[max(0, p-claimReport):p], func(w string) bool { return b.v.speech[w] || b.v.belief[w] }) {
			return false
		}
		n++
	}
	return n > 0
}

// claimReport is how many words before a claimant a verb of speech makes
// the claim a report of someone else's: "the BMA leaders said Barclay had
// claimed".
const claimReport = 4
