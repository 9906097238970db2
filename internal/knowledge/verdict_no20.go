package knowledge

import (
	"slices"
)

// This file holds the No checks of session 20: a yes/no question naming
// a place the best fact does not have, where the fact says the rest of
// the question of another place of the same sort ("did the BMA point to
// Wales as the example to follow?" against "follow the example of the
// government in Scotland").

// askedPlace is a place a yes/no question names: the terms of its name
// as asked and its sort (the vocabulary's place_sorts: country,
// hospital, town).
type askedPlace struct {
	terms []string
	sort  string
}

// placeAsked finds the one place a yes/no question names, by the names
// of the place facts and of the gap facts about places the articles do
// not mention ("Wales and Northern Ireland (not mentioned)", whose
// keywords give its sort: "other nations"); ok is false when it names
// none, several, or one of no sort.
func (b *Base) placeAsked(q *query) (p askedPlace, ok bool) {
	if !slices.ContainsFunc(q.terms, func(t string) bool { return b.places().terms[t] }) {
		return p, false // no word of a place's name: the common case, cheaply
	}
	// The terms of the raw words but stop words, and for each raw word how
	// many of them come before it: a window of raw words has the run of
	// terms between, as analyze read them.
	content := make([]string, 0, len(q.raw))
	before := make([]int, len(q.raw)+1)
	for i, w := range q.raw {
		before[i] = len(content)
		if !b.v.isStop(w) {
			content = append(content, q.rawTerms[i])
		}
	}
	before[len(q.raw)] = len(content)
	found := false
	for i := 0; i < len(q.raw); i++ {
		if b.v.isStop(q.raw[i]) {
			continue // a name starts with a word of its own: "in Wales" is read at "Wales"
		}
		for m := min(len(q.raw), i+maxPlaceWords); m > i; m-- {
			terms := content[before[i]:before[m]:before[m]]
			if len(terms) == 0 || len(terms) == 1 && b.v.placeSorts[terms[0]] {
				continue // "a hospital" names no one place
			}
			f := b.placeOrGapNamed(terms)
			if f < 0 || b.placeGroup(f) {
				continue // "the hospitals affected" are no one place
			}
			sort := b.places().sort[f]
			if sort == "" || found && !slices.Equal(p.terms, terms) {
				return askedPlace{}, false
			}
			if i > 0 && b.v.placeIn[q.raw[i-1]] && m < len(q.raw) {
				// "were junior doctors in Wales offered a deal?" asks of
				// some of the doctors, whom a fact about those in
				// Scotland says nothing of (see placeQuestion).
				return askedPlace{}, false
			}
			p, found = askedPlace{terms: terms, sort: sort}, true
			i = m - 1 // the name's words are read
			break
		}
	}
	return p, found
}

// placeOrGapNamed finds the place fact, or gap fact about a place the
// articles do not mention (placeFacts.unmentioned), one of whose names is
// terms, whole; -1 if none.
func (b *Base) placeOrGapNamed(terms []string) int32 {
	if f := b.placeNamed(terms); f >= 0 {
		return f
	}
	for _, f := range b.places().unmentioned {
		if slices.ContainsFunc(b.ix.names[f], func(n []string) bool { return slices.Equal(n, terms) }) {
			return f
		}
	}
	return -1
}

// swappedPlace finds, for a yes/no question that no fact answers whole,
// one of the best facts that says everything the question does but the
// place it names, and puts it in another place of the same sort: the
// question has the wrong place, and the fact says which (see leadYesNo
// for a place the facts answer). It returns the fact, or -1. The fact
// must match nearly all of the question less the place's name
// (premiseCoverage), not name the place asked, and put something in
// another place of its sort that the question does not name.
func (b *Base) swappedPlace(q *query, ranked []scored) int32 {
	ranked = ranked[:min(3, len(ranked))]
	// Which facts may be the one needs no place: reading the place asked
	// from every window of the question's words costs far more, so it is
	// left until one may.
	if !q.yesNo || !slices.ContainsFunc(ranked, func(s scored) bool { return b.mayHaveSwapped(q, s) }) || b.questionDenies(q) {
		return -1
	}
	p, ok := b.placeAsked(q)
	if !ok {
		return -1
	}
	uniq, total := b.weighTerms(q)
	for _, s := range ranked {
		f := s.fact
		if !b.mayHaveSwapped(q, s) || slices.ContainsFunc(p.terms, func(t string) bool { return !b.v.placeSorts[t] && b.ix.has(f, t) }) {
			continue // names the place asked ("Hospital" names none by itself)
		}
		name := 0.0
		for _, u := range uniq {
			if !u.context && slices.Contains(p.terms, u.term) {
				name += b.ix.idf[u.term] * u.weight
			}
		}
		if name == 0 || name >= total || s.coverage*total/(total-name) < premiseCoverage {
			continue
		}
		for _, ps := range b.placed[f]() {
			for _, pl := range ps.places {
				if b.placeSort(pl.place) == p.sort && !slices.ContainsFunc(b.ix.names[pl.place], func(n []string) bool { return containsRun(q.terms, n) }) {
					return f
				}
			}
		}
	}
	return -1
}

// mayHaveSwapped reports whether a ranked fact may be swappedPlace's
// whatever place the question names: no gap, strong enough, of the
// question's dispute, putting something in a place of some sort.
func (b *Base) mayHaveSwapped(q *query, s scored) bool {
	if b.facts[s.fact].Kind == KindGap || s.strength < b.tune.minStrength || b.wrongDispute(q, s.fact) {
		return false
	}
	return slices.ContainsFunc(b.placed[s.fact](), func(ps placedSentence) bool {
		return slices.ContainsFunc(ps.places, func(pl placement) bool { return b.placeSort(pl.place) != "" })
	})
}

// leadSwappedPlace leads with "No" the answer to a yes/no question naming
// a place the best fact has another place of the same sort in (see
// swappedPlace), and reports whether it did.
func (b *Base) leadSwappedPlace(q *query, top scored, a *Answer, text string) bool {
	return b.leadNo(q, func() verdict {
		if b.swappedPlace(q, []scored{top}) >= 0 || b.placeSwapped(q, top.fact) {
			return verdictNo
		}
		return noVerdict
	}, a, text)
}

// saysOnly reports whether a fact's body (its terms) says "only" just
// before the day asked ("only on Tuesday"), within onlyReach terms: "the
// only date given" elsewhere in it bounds no day.
func (b *Base) saysOnly(body []string, day string) bool {
	for i, t := range body {
		if t != day {
			continue
		}
		if slices.Contains(body[max(0, i-onlyReach):i], "only") {
			return true
		}
	}
	return false
}

// preferOnlyDay puts first, for a yes/no question asking whether
// something happened only on one day ("did the all-out strike only
// happen on Tuesday?"), the best confident fact that puts it on another
// day too ("8am to 5pm on Tuesday and again on Wednesday"), if the best
// does not: a fact giving the day asked alone says nothing of the others.
func (b *Base) preferOnlyDay(q *query, ranked []scored) {
	b.preferVerdict(q, ranked, func(f int32) bool {
		v, ok := b.onlyDay(q, f)
		return ok && v == verdictNo
	})
}

// missingNo decides a yes/no question asking whether a place was missing
// from something ("was Lewisham Hospital left off the list of hospitals
// affected?", the vocabulary's failure_words before "from") against a
// fact that names the place, whole, and says everything else the
// question does: No, it is there. A place the facts do not know ("Guy's
// Hospital"), or a fact not saying the rest, decides nothing.
func (b *Base) missingNo(q *query, fact int32) verdict {
	if !q.yesNo {
		return noVerdict
	}
	k := slices.IndexFunc(q.raw, func(w string) bool { return b.v.failure[w] })
	if k < 0 || k+1 == len(q.raw) || q.raw[k+1] != "from" {
		return noVerdict
	}
	p, ok := b.placeAsked(q)
	if !ok || b.placeNamed(p.terms) < 0 || b.facts[fact].Kind == KindGap {
		return noVerdict
	}
	d := b.derived[fact]()
	if slices.ContainsFunc(p.terms, func(t string) bool { return !slices.Contains(d.said, t) }) || !b.saysAllBut(q, d.said, []string{b.v.term(q.raw[k])}) {
		return noVerdict
	}
	return verdictNo
}

// leadMissing leads with "No" the answer to a yes/no question asking
// whether a place the best fact names was missing from it (see
// missingNo), and reports whether it did. The question's failure word is
// the claim it denies, so it is no reason to hold back the No.
func (b *Base) leadMissing(q *query, fact int32, a *Answer, text string) bool {
	if b.missingNo(q, fact) != verdictNo {
		return false
	}
	a.Text = "No. " + text
	return true
}
