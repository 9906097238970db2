package knowledge

// This file holds the second of session 20's trap checks: a question
// asking only what a group of workers wants ("what do nurses want?",
// "what are ambulance staff after?") is not answered by a fact that gives
// no stance, such as their support in a poll.

// declineTraps20b declines a found answer to one clause that asks the
// stance of a group of workers (the vocabulary's staff_groups) and names
// nothing else, when the fact answering is no stance, quote or topic:
// the group's support in a poll says nothing of what it wants. Questions
// asking more of the group ("how popular are nurses?") name another word
// and are left alone.
func (b *Base) declineTraps20b(q *query, a *Answer) {
	if !a.Found || q.article > 0 || q.yesNo || q.compare || len(a.Facts) == 0 || !q.asks("position") {
		return
	}
	fact, ok := b.byID[a.Facts[0]]
	if !ok {
		return
	}
	switch b.facts[fact].Kind {
	case KindPosition, KindQuote, KindTopic, KindGap:
		return
	}
	group := false
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] {
			continue
		}
		if !b.v.staffGroups[t] {
			return
		}
		group = true
	}
	if group {
		a.decline(" what they want", a.Text)
	}
}
