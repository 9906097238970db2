package knowledge

import (
	"slices"
	"strings"
)

// This file holds the slot checks of session 22 (helper "yesno"). The
// patient check, on a Yes already led: a yes/no question that asks
// whether something had a thing done to it ("did the strike get
// cancelled?") is not confirmed by a fact that says the verb of something
// else ("125,000 appointments and operations were cancelled"), as the
// doer check (otherDoer) asks who did it. The place check leads No where
// the fact puts another place in the slot the question puts its place in.

// patientReach is how many words either side of a verb the thing it was
// done to may stand: "appointments and operations were cancelled",
// "affect thousands of patients".
const patientReach = 4

// patientUnstated reports whether a yes/no question ending with its verb
// in the passive (a passive_aux word of the vocabulary between its subject
// and verb: "did the strike get cancelled?", "has the strike been
// called?"; or without one a thing of one word and a verb in -ed: "were
// operations cancelled?") names, as what the verb was done to, a thing no stated
// sentence of the fact has within patientReach words of that verb, when
// some stated sentence has the verb: the fact says it of something else.
func (b *Base) patientUnstated(q *query, stated [][]string) bool {
	raw := q.raw
	if len(raw) < 3 || !b.v.yesNo[raw[0]] {
		return false
	}
	subject := raw[1 : len(raw)-1]
	aux := false
	for len(subject) > 0 && slices.Contains(b.v.passiveAux, subject[len(subject)-1]) {
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

// placeSwapped reports whether a yes/no question naming one place
// ("did the BMA hold up England as an example?") is answered by a fact
// that names the place, but not where it says the rest of the question:
// every stated sentence with all the question's other words that the fact
// has lacks the place, and one puts another place of its sort in the
// slot the question puts it in, within placeSlot terms of the rarest of
// those words ("Scotland is the BMA's example"); England is only in
// another sentence ("differences between England and Scotland").
// swappedPlace is the twin for a fact that does not name the place.
func (b *Base) placeSwapped(q *query, fact int32) bool {
	if !q.yesNo || b.questionDenies(q) || b.facts[fact].Kind == KindGap {
		return false
	}
	d := b.derived[fact]()
	said := func(i int, t string) bool { return !q.weak[i] && !q.context[i] && slices.Contains(d.said, t) }
	// The claim's words (rest, below) are those of the question's the
	// fact says, less the place's: whatever the place, it needs two of
	// them, one naming no one. Most questions fail that, which is
	// cheaper to see than the place asked, read from every window of
	// the question's words.
	n, nameless := 0, false
	for i, t := range q.terms {
		if said(i, t) {
			n++
			nameless = nameless || len(b.ix.speakers[t]) == 0
		}
	}
	if n < 2 || !nameless {
		return false
	}
	p, ok := b.placeAsked(q)
	if !ok || slices.ContainsFunc(p.terms, func(t string) bool { return b.ix.disputeTerms[t] || b.ix.years[t] }) {
		return false // "the 2016 strike" names a dispute, not a place
	}
	asked := b.placeOrGapNamed(p.terms)
	var rest []string
	slot, idf := "", 0.0
	for i, t := range q.terms {
		if !said(i, t) || slices.Contains(p.terms, t) {
			continue
		}
		rest = append(rest, t)
		if len(b.ix.speakers[t]) == 0 && b.ix.idf[t] > idf {
			slot, idf = t, b.ix.idf[t] // the rarest word that names no one
		}
	}
	if len(rest) < 2 || slot == "" {
		return false // one word is no claim to find a sentence by
	}
	named, other := false, false
	for _, words := range d.statedWords {
		terms := b.v.terms(strings.Join(words, " "), nil)
		has := asked >= 0 && slices.ContainsFunc(b.ix.names[asked], func(n []string) bool { return containsRun(terms, n) })
		named = named || has
		if slices.ContainsFunc(rest, func(t string) bool { return !slices.Contains(terms, t) }) {
			continue
		}
		if has {
			return false // the place asked is in the claim's sentence
		}
		for k, t := range terms {
			if t != slot {
				continue
			}
			near := terms[max(0, k-placeSlot):min(len(terms), k+placeSlot+1)]
			for _, pl := range b.places().facts {
				if pl != asked && b.placeSort(pl) == p.sort && slices.ContainsFunc(b.ix.names[pl], func(n []string) bool { return containsRun(near, n) }) {
					other = true
				}
			}
		}
	}
	return named && other
}

// placeSlot is how many terms from the claim's rarest word another place
// may stand and be in its slot: "Scotland is the BMA's example".
const placeSlot = 3

// spanUnstated reports whether a yes/no question asks how long something
// ran ("for a year", "for two weeks": a span of the vocabulary's
// span_units after "for") and the fact gives no figure in that unit: a
// Yes on its words would rest on "the year" of "since the beginning of
// the year", which is no year of action.
func (b *Base) spanUnstated(q *query, fact int32) bool {
	raw := q.raw
	for i := 0; i+2 < len(raw); i++ {
		if raw[i] != "for" {
			continue
		}
		unit := b.v.term(raw[i+2])
		if !b.v.spanUnits[unit] || raw[i+1] != "a" && raw[i+1] != "an" && !b.v.isFigure(raw[i+1]) {
			continue
		}
		if !slices.ContainsFunc(b.derived[fact]().text.figures, func(g figure) bool { return g.unit == unit }) {
			return true
		}
	}
	return false
}

// ownerReach is how many words after a figure "by" and its owner may come:
// "a two-day strike by radiographers".
const ownerReach = 3

// unownedFigures decides between figures of the unit asked that both fit
// and do not (verdictMixed) by setting aside those the fact gives another
// side than the question names: one right after a side's name ("the
// junior doctors' five-day walkout") or followed by "by" and one ("a
// two-day strike by radiographers"). A side is a group of staff or a
// name's term a fact speaks for. What is left decides, Yes or No, when it
// alone does; otherwise no verdict. words are the answer's.
func (b *Base) unownedFigures(q *query, asked, given []figure, words []string) verdict {
	other := func(w string) bool {
		t := b.v.term(w)
		return (b.v.staffGroups[t] || len(b.ix.speakers[t]) > 0) && !slices.Contains(q.terms, t)
	}
	var rest []figure
	for _, g := range given {
		if g.at >= len(words) {
			return noVerdict // the figure is not where words put it
		}
		owned := g.at > 0 && other(words[g.at-1])
		for k := g.at + 1; k < len(words) && k <= g.at+ownerReach && !owned; k++ {
			owned = words[k] == "by" && k+1 < len(words) && other(words[k+1])
		}
		if !owned {
			rest = append(rest, g)
		}
	}
	if len(rest) == len(given) {
		return noVerdict
	}
	if v := compareFigures(asked, rest); v == verdictYes || v == verdictNo {
		return v
	}
	return noVerdict
}
