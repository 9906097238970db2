package knowledge

import (
	"slices"
	"strings"
)

// This file holds session 25's checks for questions asking what the
// articles leave out while the best fact answers their topic: what a term
// means, where the fact itself says the articles do not define it ("What
// does 'pay restoration' actually mean?"), and the hours of a strike,
// where the fact gives only when it began ("what hours are the doctors
// striking?" answered "from 7am"). Either answered as found would claim
// more than the articles say.

// maxDefinitionAsk is the most words "what is a … exactly?" may have and
// still ask what a term is: a longer one asks something of it ("what is
// the BMA actually asking for?").
const maxDefinitionAsk = 6

// declineUnsaid25 declines a found answer to one clause that asks what a
// term means when the best fact says the articles do not define it, or
// asks a strike's hours when the fact gives fewer than two clock times.
func (b *Base) declineUnsaid25(q *query, a *Answer) {
	if !a.Found || len(a.Facts) == 0 || q.yesNo {
		return
	}
	definition, hours := b.asksDefinition(q), b.asksHours(q)
	if !definition && !hours {
		return
	}
	fact, ok := b.byID[a.Facts[0]]
	if !ok {
		return
	}
	answer := b.facts[fact].Answer
	switch {
	case definition && b.v.saysUndefined(answer):
		a.decline(" what the term means", a.Text)
	case hours && len(b.v.times(answer)) < 2:
		a.decline(" what hours the strike ran", a.Text)
	}
}

// saysUndefined reports whether an answer says the articles do not define
// its term: it has one of undefined_cues.
func (v *vocab) saysUndefined(answer string) bool {
	low := strings.ToLower(answer)
	return slices.ContainsFunc(v.undefinedCues, func(c string) bool { return strings.Contains(low, c) })
}

// asksDefinition reports whether a question asks what a term means: it
// has one of definition_words ("what does X mean?"), or is a short "what
// is …" with a detail cue ("What is an NHS trust exactly?").
func (b *Base) asksDefinition(q *query) bool {
	v := b.v
	if slices.ContainsFunc(q.raw, func(w string) bool { return v.definitionWords[w] }) {
		return true
	}
	return len(q.raw) >= 3 && len(q.raw) <= maxDefinitionAsk && q.raw[0] == "what" && v.identity[q.raw[1]] && q.detail
}

// asksHours reports whether a question asks the hours something ran
// (hours_asks, "what hours"), which a start time alone does not give.
func (b *Base) asksHours(q *query) bool {
	return slices.ContainsFunc(b.v.hoursAsks, func(p []string) bool { return containsRun(q.raw, p) })
}
