package knowledge

import (
	"slices"
	"strings"
	"unicode"
)

// This file holds session 20's second round of vetoes on a Yes already led
// (helper "wrongyes2"): a claim that ties a name to a value ("did Hunt say
// 125,000 appointments were cancelled?", "was the 35% demand made by the
// government?") is only
// confirmed by a sentence that says them together. A fact that names Hunt
// in one sentence and gives the figure in another, the Press
// Association's, does not say Hunt gave it. Likewise a figure asked as a
// want ("did the BMA want a 5% pay rise?") is only confirmed by a sentence
// giving it as one: "Barclay had claimed pay above 5% wasn't realistic"
// gives 5% as what was said, not as what anyone wanted. wrongVerdict20
// (verdict_wrongyes20.go) applies these checks with its own.

// namesApart reports whether a yes/no question has a figure and a name
// (a person, organisation or place the facts know) or another figure,
// not merely naming the dispute, that no stated sentence of the fact has
// all of.
func (b *Base) namesApart(q *query, stated [][]string) bool {
	var want []string
	figure := false
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] || slices.Contains(want, t) {
			continue
		}
		digits := strings.IndexFunc(t, unicode.IsDigit) >= 0
		if q.named[i] || digits {
			want = append(want, t)
			figure = figure || digits
		}
	}
	// The doer of a passive ("made by the government") is a name asked,
	// however common: the fact must give the figure as theirs.
	for k, w := range q.raw[:max(0, len(q.raw)-1)] {
		if w != "by" {
			continue
		}
		for _, x := range q.raw[k+1:] {
			if b.v.isStop(x) {
				continue
			}
			if t := b.wordTerm(x); len(b.ix.speakers[t]) > 0 && !slices.Contains(want, t) {
				want = append(want, t)
			}
			break
		}
	}
	// Two names alone may stand apart rightly: "a phone call between Hunt
	// and the head of the BMA" names Porter by his role.
	if len(want) < 2 || !figure {
		return false
	}
	return !slices.ContainsFunc(stated, func(words []string) bool {
		has := b.v.terms(joinWords(words), nil)
		return !slices.ContainsFunc(want, func(t string) bool { return !slices.Contains(has, t) })
	})
}

// wantUnstated reports whether a yes/no question asks a figure as a want
// (a word of the vocabulary's yes_checks wants that is not a verb of
// speech: "want", "demand", not "claim") that no stated sentence of the
// fact gives with a word of want beside it.
func (b *Base) wantUnstated(q *query, stated [][]string) bool {
	wants := func(w string) bool { return b.v.checks.wants[w] && !b.v.speech[w] }
	if !slices.ContainsFunc(q.raw, wants) {
		return false
	}
	var figures []string
	for i, t := range q.terms {
		if !q.context[i] && strings.IndexFunc(t, unicode.IsDigit) >= 0 {
			figures = append(figures, t)
		}
	}
	if len(figures) == 0 {
		return false
	}
	return !slices.ContainsFunc(stated, func(words []string) bool {
		has := b.v.terms(joinWords(words), nil)
		return slices.ContainsFunc(words, wants) && !slices.ContainsFunc(figures, func(t string) bool { return !slices.Contains(has, t) })
	})
}
