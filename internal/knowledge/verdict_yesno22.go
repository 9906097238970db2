package knowledge

import (
	"slices"
	"strings"
)

// This file holds the patient check of session 22 (helper "yesno") on a
// Yes already led: a yes/no question that asks whether something had a
// thing done to it ("did the strike get cancelled?") is not confirmed by
// a fact that says the verb of something else ("125,000 appointments and
// operations were cancelled"). What the verb was done to must be the
// thing asked, as the doer check (otherDoer) asks who did it.

// passiveAux are the words between a passive question's subject and its
// verb: "did the strike get cancelled?", "has the strike been called?".
var passiveAux = []string{"get", "got", "gotten", "been", "be", "being"}

// patientReach is how many words either side of a verb the thing it was
// done to may stand: "appointments and operations were cancelled",
// "affect thousands of patients".
const patientReach = 4

// patientUnstated reports whether a yes/no question ending with its verb
// in the passive ("did the strike get cancelled?", or without "get" or
// "been" a thing of one word and a verb in -ed: "were operations
// cancelled?") names, as what the verb was done to, a thing no stated
// sentence of the fact has within patientReach words of that verb, when
// some stated sentence has the verb: the fact says it of something else.
func (b *Base) patientUnstated(q *query, stated [][]string) bool {
	raw := q.raw
	if len(raw) < 3 || !b.v.yesNo[raw[0]] {
		return false
	}
	subject := raw[1 : len(raw)-1]
	aux := false
	for len(subject) > 0 && slices.Contains(passiveAux, subject[len(subject)-1]) {
		subject, aux = subject[:len(subject)-1], true
	}
	last := raw[len(raw)-1]
	if !aux && (!b.v.beWords[raw[0]] || !strings.HasSuffix(last, "ed")) {
		// "did the BMA strike?" is active (otherDoer's); "was Corbyn
		// the leader in the article?" has no verb last.
		return false
	}
	var asked []string
	for _, w := range subject {
		if !b.v.isStop(w) {
			asked = append(asked, b.v.term(w))
		}
	}
	verb := b.v.term(raw[len(raw)-1])
	if len(asked) == 0 || len(asked) > maxSubject || !aux && len(asked) > 1 || b.v.isStop(raw[len(raw)-1]) || slices.Contains(asked, verb) {
		return false
	}
	found := false
	for _, words := range stated {
		terms := b.v.termsOf(words)
		for k, t := range terms {
			if t != verb {
				continue
			}
			found = true
			near := terms[max(0, k-patientReach):min(len(terms), k+patientReach+1)]
			if slices.ContainsFunc(asked, func(a string) bool { return slices.Contains(near, a) }) {
				return false
			}
		}
	}
	return found
}
