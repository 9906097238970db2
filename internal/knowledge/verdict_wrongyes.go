package knowledge

import (
	"slices"
	"strings"
)

// This file holds the checks that keep a "Yes" from being given on
// evidence that matches the claim only loosely: a value of the claim's
// slot (a broadcaster, a pollster, an organisation) the fact gives for
// someone else or not at all ("did Hunt appear on Radio 4?" against "Hunt
// was interviewed on BBC Breakfast, and Mark Porter on the BBC Radio 4
// Today programme"), and a figure of another thing confirming a duration
// ("did the strike run for three days?" against "three days of letters").

// unbackedYes turns a Yes led on a yes/no question into "the articles
// don't say" when the fact does not state the value the question puts in
// its predicate for the question's subject (see valueUnbacked), or when
// the question claims nothing the facts know of its subject (see
// bareSubject). Declined,
// the question is open to wrongValue, which answers No where another value
// of the same sort is the fact's.
func (b *Base) unbackedYes(q *query, fact int32, a *Answer) {
	if !a.Found || !q.yesNo || !strings.HasPrefix(a.Text, "Yes. ") || b.facts[fact].Kind == KindGap {
		return
	}
	if strings.HasPrefix(b.facts[fact].Answer, "Yes") || !b.positionUnsaid(q, fact) && !b.valueUnbacked(q, fact) && !b.bareSubject(q) {
		return // a fact that answers Yes itself was written for the question
	}
	a.decline("", trimLead(a.Text))
}

// valueUnbacked reports whether a yes/no question puts a value of the
// vocabulary's value_sorts in its predicate ("on Radio 4", "by Opinium",
// "from NHS England") that the fact's answer does not write, or writes
// only nearer another person than the person the question is about: the
// nearest person named before it in its sentence is one the question does
// not name.
func (b *Base) valueUnbacked(q *query, fact int32) bool {
	raw := q.raw
	if len(raw) < 3 || !b.v.yesNo[raw[0]] || len(b.v.valueSorts) == 0 {
		return false
	}
	var asked *sortMember
	at := -1
	for _, v := range b.valuesIn(raw) {
		if b.inPredicate(raw, v.at) {
			asked, at = v.m, v.at
			break // longest first: "bbc radio 4" before "radio 4"
		}
	}
	if asked == nil || raw[at-1] == "a" || raw[at-1] == "an" {
		return false // "is Porter a GP?" asks what he is
	}
	if asked.sort == "person" {
		return false // a person in the predicate is checked by otherPerson
	}
	stated := false
	names := b.derived[fact]().text.names
	// Whose value it is matters where the question is about a person.
	subjectPerson := b.personAsked(raw[1:at], nil)
	for _, s := range sentences(b.facts[fact].Answer) {
		words := b.v.words(s)
		k := memberAt(words, b.v.termsOf(words), *asked)
		if k < 0 {
			continue
		}
		if !subjectPerson {
			stated = true
			break
		}
		if who := b.nearestPerson(words[:k], names); who == nil && !b.namedAfter(raw[1:at], s, *asked) || who != nil && b.personAsked(raw[1:at], who) {
			stated = true
			break
		}
	}
	return !stated
}

// positionUnsaid reports whether a yes/no question asks what someone wants
// or argues ("did the BMA want more than 100k appointments cancelled?")
// and the fact gives no position (the position type's kinds and pattern):
// that it happened is not that anyone wanted it.
func (b *Base) positionUnsaid(q *query, fact int32) bool {
	t := b.v.answerType("position")
	if t == nil || !q.asks("position") || q.asks("quote") {
		return false
	}
	// Anyone's words may give their position ("Barclay said …").
	f := b.facts[fact]
	return f.Kind != KindQuote && f.Kind != KindPosition && len(b.derived[fact]().text.speech) == 0 && !b.suppliesType(fact, t)
}

// bareSubject reports whether a yes/no question names a person or an
// organisation and then only words that gave it no term ("did Hunt give
// in?", "did the BMA cave?") or that name another ("did Hunt give in to
// the BMA?"): the facts know whom it is about, not what it claims of
// them, and a fact about them confirms none of it. After a form of "be"
// the other name is the claim: "is Hunt the Health Secretary?", "is
// Cordery from NHS Providers?".
func (b *Base) bareSubject(q *query) bool {
	raw := q.raw
	if len(raw) < 3 || !b.v.yesNo[raw[0]] {
		return false
	}
	for j := len(raw) - 1; j >= 2; j-- {
		if len(b.personsNamed(raw[1:j])) == 0 && len(b.namedBy(b.ix.orgs, raw[1:j])) == 0 {
			continue
		}
		var values []valueAt
		if !b.v.beWords[raw[0]] {
			values = b.valuesIn(raw[j:])
		}
		for k, w := range raw[j:] {
			if !b.v.beWords[raw[0]] && b.nameAt(raw[j:], k) && !inValue(values, k) {
				continue // "give in to the BMA": another name claims nothing of it
			}
			t := b.v.term(w)
			for i, qt := range q.terms {
				if qt == t && !q.weak[i] && !q.context[i] {
					return false
				}
			}
		}
		return true
	}
	return false
}

// nameAt reports whether words[k] is a word of a person's or an
// organisation's name standing alone or with a neighbour ("Corbyn",
// "Mark Porter", "NHS Providers").
func (b *Base) nameAt(words []string, k int) bool {
	if b.v.isStop(words[k]) {
		return false
	}
	named := func(w []string) bool { return len(b.personsNamed(w)) > 0 || len(b.namedBy(b.ix.orgs, w)) > 0 }
	return named(words[k:k+1]) || k > 0 && named(words[k-1:k+1]) || k+1 < len(words) && named(words[k:k+2])
}

// inValue reports whether the k-th word is a word of one of values, the
// value_sorts members found in the words ("go on Radio 4"): a value in a
// slot is what a question claims, and valueUnbacked checks it.
func inValue(values []valueAt, k int) bool {
	return slices.ContainsFunc(values, func(v valueAt) bool { return v.m.sort != "person" && v.at <= k && k < v.at+len(v.m.words) })
}

// valueAt is a value_sorts member found in words, and where it starts.
type valueAt struct {
	m  *sortMember
	at int
}

// valuesIn lists the value_sorts members in words, longest first, with
// where each starts (memberAt). A member whose first word starts unlike
// every word and every word's term is passed over unread: memberAt reads
// a term for every word it compares, and a word and its term share their
// start ("tories", "tori").
func (b *Base) valuesIn(words []string) []valueAt {
	terms := b.v.termsOf(words)
	starts := make([]string, 0, 2*len(words))
	for i, w := range words {
		starts = append(starts, start3(w), start3(terms[i]))
	}
	var out []valueAt
	for i := range b.v.valueSorts {
		m := &b.v.valueSorts[i]
		if !slices.Contains(starts, start3(m.words[0])) {
			continue
		}
		if k := memberAt(words, terms, *m); k >= 0 {
			out = append(out, valueAt{m, k})
		}
	}
	return out
}

// start3 is the first three bytes of w, or all of a shorter w.
func start3(w string) string { return w[:min(3, len(w))] }

// nearestPerson is the person facts named by the last person's name in
// words (a one- or two-word name ending in a word of names, those the
// answer writes with a capital: "spoke" is no name), or nil.
func (b *Base) nearestPerson(words, names []string) []int32 {
	for k := len(words) - 1; k >= 0; k-- {
		if !slices.Contains(names, words[k]) {
			continue
		}
		if k > 0 {
			if p := b.personsNamed(words[k-1 : k+1]); len(p) > 0 && !b.v.isStop(words[k-1]) {
				return p
			}
		}
		if b.v.isStop(words[k]) {
			continue
		}
		if p := b.personsNamed(words[k : k+1]); len(p) > 0 {
			return p
		}
	}
	return nil
}

// personAsked reports whether the words of the question (its subject)
// name one of the person facts who, or with who nil any person.
func (b *Base) personAsked(words []string, who []int32) bool {
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			if slices.ContainsFunc(b.personsNamed(words[i:j]), func(p int32) bool { return who == nil || slices.Contains(who, p) }) {
				return true
			}
		}
	}
	return false
}

// ofOther drops from a fact's figures those that count something the
// question does not name: "three days of letters" is no duration of a
// strike. Only a span of time (vocabulary span_units) counts a thing so:
// "57% of the public" is a share of those asked. The thing counted is the first word after "of" that is no stop
// word, right after the figure's unit; a question term keeps the figure
// ("were there three days of letters?"). words are the answer's.
func (b *Base) ofOther(q *query, given []figure, answer string) []figure {
	if !slices.ContainsFunc(given, func(g figure) bool { return b.v.spanUnits[g.unit] }) {
		return given // no span of time: nothing to split the answer for
	}
	var words []string
	var out []figure
	dropped := false
	for _, g := range given {
		if words == nil {
			words = split(normalizeChars(answer), nil)
		}
		if k := g.at + 2; b.v.spanUnits[g.unit] && k < len(words) && words[k] == "of" {
			for k++; k < len(words) && b.v.isStop(words[k]); k++ {
			}
			// "eight months of industrial action": the next two words
			// name the thing counted.
			if k < len(words) && !slices.Contains(q.terms, b.v.term(words[k])) && (k+1 == len(words) || !slices.Contains(q.terms, b.v.term(words[k+1]))) {
				dropped = true
				continue
			}
		}
		out = append(out, g)
	}
	if !dropped {
		return given
	}
	return out
}

// preferOwnFigure puts first, for a yes/no question asking a figure ("did
// the 2016 strike run for three days?"), the best confident fact that
// gives a figure of the unit asked as its own, if the best gives one only
// of another thing ("three days of letters", see ofOther): that one
// settles the question.
func (b *Base) preferOwnFigure(q *query, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 || !slices.ContainsFunc(q.raw, b.v.isFigure) {
		return
	}
	var units []string
	for _, g := range q.figures {
		if g.unit != "" && g.unit != yearUnit {
			units = append(units, g.unit)
		}
	}
	if len(units) == 0 {
		return
	}
	gives := func(given []figure) bool {
		return slices.ContainsFunc(given, func(g figure) bool {
			return slices.Contains(units, g.unit) || slices.ContainsFunc(g.also, func(u string) bool { return slices.Contains(units, u) })
		})
	}
	own := func(f int32) bool { return gives(b.ofOther(q, b.derived[f]().text.figures, b.facts[f].Answer)) }
	if top := ranked[0].fact; !gives(b.derived[top]().text.figures) || own(top) {
		return
	}
	b.preferVerdict(q, ranked, own)
}

// dayToo revises a day verdict v of fact for a question asking whether
// something happened on the day asked as well ("did the all-out strike go
// ahead on Wednesday as well?", vocabulary additive_words): a fact that
// names another day first and then the day asked, added to it in a
// sentence of the subject ("on a Tuesday … and again on Wednesday"), does
// not deny it, and the other checks decide. question is as asked.
func (b *Base) dayToo(q *query, day string, subject []string, v verdict, fact int32) verdict {
	if v != verdictNo || !slices.ContainsFunc(q.raw, func(w string) bool { return b.v.additive[w] }) {
		return v
	}
	// "did the strike start on Wednesday too?" asks which day was first,
	// as the question's own word of starting says; "go ahead" (read as
	// "start") asks whether it happened.
	if slices.ContainsFunc(q.plain, func(w string) bool { return slices.Contains(b.v.claims.startWords, w) }) {
		return v
	}
	for _, s := range sentenceEnd.Split(b.facts[fact].body, -1) {
		terms := b.v.terms(s, nil)
		if !slices.Contains(terms, day) || !slices.ContainsFunc(subject, func(t string) bool { return slices.Contains(terms, t) }) {
			continue
		}
		// The words themselves: "again" is a stop word no term keeps.
		words := split(normalizeChars(s), nil)
		at := slices.IndexFunc(words, func(w string) bool { return b.v.term(w) == day })
		if at > 0 && slices.ContainsFunc(words[max(0, at-3):at], func(w string) bool { return b.v.dayListWords[w] }) {
			return verdictYes
		}
	}
	return v
}
