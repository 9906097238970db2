package knowledge

import (
	"slices"
	"strings"
)

// timeClause marks as context the words of a time clause that only says
// which dispute a question is about: "who was the Health Secretary when
// junior doctors held the first all-out strike?" asks who the Health
// Secretary was, and "when junior doctors held the first all-out strike"
// says when, as "in 2016" would. The clause starts at a conjunction
// (vocabulary conjunctions: "when", "while") after a question word that
// asked, and reaches the end of the question; it only says when if it
// names a dispute by a name of two words or more, or by a year. Its other
// words ("junior doctors held") then name no subject a fact must cover.
// A yes/no question checks its clause, and is left as it is. It returns
// ctx with the clause marked, a copy when it marks any.
func (b *Base) timeClause(q *query, ctx, source []bool, terms []string) []bool {
	if q.yesNo {
		return ctx
	}
	v := b.v
	asking := false
	for i, w := range q.raw {
		if !asking || !v.conjunctions[w] || q.raw[i-1] == "and" || q.raw[i-1] == "or" {
			asking = asking || slices.Contains(v.questionWords, w) && !v.yesNo[w]
			continue
		}
		// A name keeps the clause a subject: "when nurses went on strike
		// in 2023", "when … the first all-out strike in Wales" put
		// someone or somewhere in the strike, which a fact must say. So
		// does a word the facts do not know.
		names := false
		for k := i + 1; k < len(q.raw); k++ {
			t := terms[k]
			if _, known := b.ix.idf[t]; !known && !v.isStop(q.raw[k]) || !ctx[k] && (b.ix.entity[t] || b.namesGroup(t) || v.staffGroups[t] || slices.Contains(q.names, q.raw[k])) {
				return ctx
			}
			names = names || ctx[k] && !source[k] || b.ix.years[t]
		}
		if !names {
			return ctx
		}
		// A copy: what namePositions found stays as it found it, for
		// aboutArticles.
		ctx = slices.Clone(ctx)
		for k := i; k < len(q.raw); k++ {
			ctx[k] = true
		}
		return ctx
	}
	return ctx
}

// endsOnAction reports whether a question ending in the word last, after
// the word before, ends in text-speak for a word after a noun naming the
// action or the dispute (vocabulary action_words, whole_words): "how long
// is the strike 4" asks how long it is for, not about a fourth strike.
func (v *vocab) endsOnAction(before, last string) bool {
	if _, ok := v.finalSpeak[last]; !ok {
		return false
	}
	t := v.term(before)
	return v.actionWords[t] || v.wholeWords[t]
}

// clauseSpeak writes out, in a question about to be split into its parts,
// the text-speak words that stand for a conjunction or a question word
// ("n" for "and", "wen" for "when"): "who organised the strike n wen did
// it start" has two parts, as "… and when did it start" has. Other words
// are left as typed; the parts are read through the same text-speak.
func (v *vocab) clauseSpeak(q string) string {
	var out strings.Builder
	last := 0 // q[:last] is written to out, when out is in use
	for i := 0; i < len(q); {
		if !isWordByte(q, i) || isWordByte(q, i-1) {
			i++
			continue
		}
		j := i
		for j < len(q) && isWordByte(q, j) {
			j++
		}
		if to, ok := v.textspeak[strings.ToLower(q[i:j])]; ok && len(to) == 1 && (slices.Contains(v.partJoins, to[0]) || slices.Contains(v.questionWords, to[0])) {
			out.WriteString(q[last:i])
			out.WriteString(to[0])
			last = j
		}
		i = j
	}
	if last == 0 {
		return q
	}
	out.WriteString(q[last:])
	return out.String()
}
