package knowledge

import "slices"

// This file holds the second of session 20's trap checks, applied by
// declineTraps20 after its own: a question asking only what a group of
// workers wants ("what do nurses want?", "what are ambulance staff
// after?") is not answered by a fact that gives no stance, such as their
// support in a poll.

// declineStance declines a found answer to one clause (fact is its
// first) that asks who of a place the answer names no one for
// (placeNoPerson), or that asks the stance of a group of workers (the
// vocabulary's staff_groups) and names nothing else, when the fact
// answering is no stance, quote or topic: the group's support in a poll
// says nothing of what it wants. Questions asking more of the group
// ("how popular are nurses?") name another word and are left alone.
func (b *Base) declineStance(q *query, a *Answer, fact int32, staff staffAsk) {
	if b.placeNoPerson(q, fact) {
		a.decline(" who", a.Text)
		return
	}
	switch b.facts[fact].Kind {
	case KindPosition, KindQuote, KindTopic, KindGap:
		return
	}
	if q.asks("position") && staff.groupAlone() {
		a.decline(" what they want", a.Text)
	}
}

// placeNoPerson reports whether a question asking "who" did something is
// answered by a place fact that leaves a word of it unsaid: "who runs the
// PRUH?" is not answered by the hospital's place in a list of those the
// strikes affect, which names no one.
func (b *Base) placeNoPerson(q *query, fact int32) bool {
	if b.facts[fact].Kind != KindPlace || !q.asks("person") || !slices.Contains(q.raw, "who") || slices.Contains(q.raw, "which") {
		return false // "which hospital …" asks a place
	}
	said := b.derived[fact]().said
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && !slices.Contains(said, t) {
			return true
		}
	}
	return false
}
