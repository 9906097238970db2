package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"sync"
)

// locatedQuestion reads a yes/no question asking whether one place is in
// another ("is the PRUH in Sidcup?", "is Queen Mary's hospital in Woolwich
// per the local paper?"): the place fact the words just before a place_in
// word name, whole, and the place fact named just after it; -1, -1 when
// the question has no such pair.
func (b *Base) locatedQuestion(q *query) (place, in int32) {
	if !q.yesNo {
		return -1, -1
	}
	for i, w := range q.raw {
		if i == 0 || !b.v.placeIn[w] || i+1 == len(q.raw) {
			continue
		}
		in := b.placeAt(q.raw[i+1:])
		if in < 0 || b.placeSort(in) == "" || !b.oneWordPlace(in) {
			continue
		}
		// The longest run of words ending just before "in" that is a
		// place's whole name.
		for j := max(0, i-maxPlaceWords); j < i; j++ {
			if p := b.placeNamed(b.v.terms(strings.Join(q.raw[j:i], " "), nil)); p >= 0 {
				if b.placeGroup(p) {
					break
				}
				return p, in
			}
		}
	}
	return -1, -1
}

// placeNamed finds the place fact one of whose names is terms, whole:
// its index, or -1.
func (b *Base) placeNamed(terms []string) int32 {
	if len(terms) == 0 {
		return -1
	}
	for _, f := range b.places().facts {
		if slices.ContainsFunc(b.ix.names[f], func(n []string) bool { return slices.Equal(n, terms) }) {
			return f
		}
	}
	return -1
}

// oneWordPlace reports whether place fact f is a place one can be in,
// named by a word of its own ("Sidcup", "England"): not a group or a
// topic ("which hospitals", "the 2016 strike took place") whose only
// one-word name is its sort.
func (b *Base) oneWordPlace(f int32) bool {
	return slices.ContainsFunc(b.ix.names[f], func(n []string) bool { return len(n) == 1 && !b.v.placeSorts[n[0]] })
}

// placeGroup reports whether place fact f is a group of places ("the local
// hospitals", "England's hospitals"): one of its names has another place's
// name in it, beyond a sort's ("hospital"). A group has no one location.
func (b *Base) placeGroup(f int32) bool {
	for _, g := range b.places().facts {
		if g == f {
			continue
		}
		for _, other := range b.ix.names[g] {
			if len(other) == 1 && b.v.placeSorts[other[0]] {
				continue
			}
			if slices.ContainsFunc(b.ix.names[f], func(n []string) bool { return containsRun(n, other) }) {
				return true
			}
		}
	}
	return false
}

// possessivePlace finds a place named in the possessive before another
// place's name: "Dartford's Darent Valley". Compiled on first use: its
// Unicode classes made it half of the package's start-up, which every
// command pays, for a rule few questions reach.
var possessivePlace = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`([\p{L}\p{N}]+)'s ([\p{L}\p{N}' ]+)`)
})

// locatedVerdict decides, from one fact, a question asking whether place
// fact place is in place fact in (see locatedQuestion). The fact locates
// a place where its name stands just before a place_in word and another
// place's name ("the PRUH in Farnborough"), or just after a place's name
// in the possessive ("Dartford's Darent Valley"). No when the fact locates
// the place asked about only in places of the sort asked that are not the
// one asked ("the PRUH in Farnborough" against "is the PRUH in Sidcup?");
// verdictMixed, neither, when it does not locate the place at all and
// the place asked is another's; otherwise no verdict: one it locates in
// the place asked is for the other checks. A place of another sort
// ("is the PRUH in England?") is no other value of the same slot.
func (b *Base) locatedVerdict(place, in int32, fact int32) verdict {
	if place < 0 {
		return noVerdict
	}
	located := b.locations(place, b.placeSort(in), fact)
	switch {
	case slices.Contains(located, in):
		return noVerdict
	case len(located) == 0 && place != in:
		// "is Lewisham Hospital in Sidcup?" against a list naming
		// "Queen Mary's in Sidcup" beside it: the fact says where
		// neither is, so no Yes from the names being near.
		return verdictMixed
	case len(located) == 0:
		return noVerdict
	}
	return verdictNo
}

// leadLocated leads the answer to a question asking whether one place is
// in another with "No" when the best fact locates it elsewhere, and with
// nothing when it does not locate it (see locatedVerdict); it reports
// whether it settled the lead.
func (b *Base) leadLocated(q *query, fact int32, a *Answer, text string) bool {
	place, in := b.locatedQuestion(q)
	switch b.locatedVerdict(place, in, fact) {
	case verdictNo:
		a.Text = "No. " + text
		return true
	case verdictMixed:
		return true
	}
	return false
}

// locations lists the places of sort sort that fact locates place fact
// place in (see locatedVerdict).
func (b *Base) locations(place int32, sort string, fact int32) []int32 {
	names := b.ix.names[place]
	ends := func(terms []string, at int) bool {
		return slices.ContainsFunc(names, func(n []string) bool {
			return len(n) > 0 && at >= len(n) && at <= len(terms) && slices.Equal(terms[at-len(n):at], n)
		})
	}
	var located []int32
	for _, s := range b.placed[fact]() {
		for _, pl := range s.places {
			// "Queen Mary's in Sidcup" locates it in its own town's name.
			if b.placeSort(pl.place) == sort && ends(s.terms, pl.at) {
				located = append(located, pl.place)
			}
		}
	}
	for _, s := range sentences(b.facts[fact].body) {
		for _, m := range possessivePlace().FindAllStringSubmatch(normalizeChars(s), -1) {
			of := b.placeAt([]string{m[1]})
			if of >= 0 && b.placeSort(of) == sort && b.placeAt(split(m[2], nil)) == place {
				located = append(located, of)
			}
		}
	}
	return located
}

// preferLocated puts first, for a yes/no question asking whether one
// place is in another, the best confident fact that says where the first
// is (see locatedVerdict), if the best does not: a gap naming the
// hospitals decides nothing.
func (b *Base) preferLocated(q *query, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 {
		return
	}
	if place, in := b.locatedQuestion(q); place >= 0 {
		sort := b.placeSort(in)
		b.preferVerdict(q, ranked, func(f int32) bool { return b.facts[f].Kind != KindGap && len(b.locations(place, sort, f)) > 0 })
	}
}

// shareNo decides a yes/no question asking whether a share did something
// ("did half the public oppose the doctors?", "do only half of Britons
// support the nurses?") against the fact's shares for the same verb ("a
// quarter oppose it", "three in five Britons supporting them"): No when
// the fact gives that verb's share only with values that do not fit the
// one asked, and says everything else the question does (said are its
// terms); otherwise no verdict. A rough share ("about half") fits
// within roughShare points; one asked twice is left to the other checks,
// and so is every Yes.
func (b *Base) shareNo(q *query, words, said []string) verdict {
	at, n := -1, 0
	var asked figure
	rough := false
	for k := 0; k < len(q.raw); k++ {
		pct, m := b.v.shareAt(q.raw, k)
		if m == 0 {
			continue
		}
		if at >= 0 {
			return noVerdict // two shares: which is whose is for the others
		}
		at, n, asked = k, m, figure{value: pct}
		rough = false
		for j := k - 1; j >= 0 && j >= k-3; j-- {
			if b.v.approx[q.raw[j]] {
				rough = true // "about half": within roughShare points
				continue
			}
			if bd, ok := b.v.bounds[q.raw[j]]; ok {
				asked.bound = bd
				break
			}
		}
		k += m - 1
	}
	if at < 0 {
		return noVerdict
	}
	verb := b.v.stem(b.verbAfter(q.raw, at+n))
	if verb == "" || !b.saysAllBut(q, said, b.v.terms(strings.Join(q.raw[at:at+n], " "), nil)) {
		return noVerdict
	}
	out := noVerdict
	for k := 0; k < len(words); k++ {
		pct, m := b.v.shareAt(words, k)
		if m == 0 || b.v.stem(b.verbAfter(words, k+m)) != verb {
			continue
		}
		if fitsShare(pct, asked) || rough && fitsRoughly(pct, asked) {
			return noVerdict
		}
		out = verdictNo
	}
	return out
}

// roughShare is how many points a share given may be from a rough share
// asked ("about half") and fit it: 57% may be about half; three in five
// (60%) is not.
const roughShare = 8

// fitsRoughly reports whether a share given fits a rough one asked:
// within roughShare points, or on the side its bound allows ("only about
// half": not above it by more).
func fitsRoughly(pct float64, asked figure) bool {
	switch asked.bound {
	case ">":
		return pct > asked.value-roughShare
	case "<", "<=":
		return pct < asked.value+roughShare
	}
	return pct > asked.value-roughShare && pct < asked.value+roughShare
}

// fitsShare reports whether a share given, in percent, fits the one
// asked, to within a point ("a third" is 33, not 33.3).
func fitsShare(pct float64, asked figure) bool {
	switch asked.bound {
	case ">":
		return pct > asked.value
	case "<":
		return pct < asked.value
	case "<=":
		return pct <= asked.value+1
	}
	return abs(int(pct-asked.value)) <= 1
}

// leadShare leads with "No" the answer to a yes/no question asking a
// share the best fact disproves (see shareNo), and reports whether it did.
func (b *Base) leadShare(q *query, fact int32, a *Answer, text string) bool {
	d := b.derived[fact]()
	return b.leadNo(q, func() verdict { return b.shareNo(q, d.text.words, d.said) }, a, text)
}

// leadNo leads the answer with "No" when the verdict is No and the
// question does not itself deny ("didn't …?"), and reports whether it did.
func (b *Base) leadNo(q *query, v func() verdict, a *Answer, text string) bool {
	if b.questionDenies(q) || v() != verdictNo {
		return false
	}
	a.Text = "No. " + text
	return true
}

// clientNo decides a yes/no question asking for whom something was done
// ("was the Ipsos Mori poll done for Sky News?") against the fact's
// "<word> for <organisation>" ("an Ipsos Mori poll for BBC News"), where
// the word before "for" is one the question has just before its own
// "for": No when the question names another organisation there, or an
// unknown one of the same kind (the same last word: "Sky News" against
// "BBC News"); otherwise no verdict.
func (b *Base) clientNo(q *query, fact int32) verdict {
	i := slices.Index(q.raw, "for")
	if i < 2 || i+1 == len(q.raw) || slices.Contains(q.raw[i+1:], "for") {
		return noVerdict
	}
	asked := q.raw[i+1:]
	other := b.askedOrganisations(asked)
	unknown := len(other) == 0 && len(asked) >= 2 && !b.knownTerm(b.v.term(asked[0]))
	if len(other) == 0 && !unknown {
		return noVerdict // no organisation, known or not, asked
	}
	askedTerms := b.v.terms(strings.Join(asked, " "), nil)
	before := b.v.terms(strings.Join(q.raw[max(0, i-maxClientWords):i], " "), nil)
	words := split(normalizeChars(b.facts[fact].body), nil)
	// The question's "for" belongs to the word just before it: in "did
	// the poll show support for the doctors?" it is whom the support is
	// for, which the fact also speaks of away from its own "for"
	// ("supported the doctors' cause"), not whom the poll was for. A word
	// the fact has just before its "for" ("carried out a poll for") is
	// the same slot.
	near := b.wordBefore(q.raw, i)
	said := b.derived[fact]().said
	out := noVerdict
	for k, w := range words {
		if w != "for" || !b.doneFor(words, k, before) {
			continue
		}
		if near != "" && slices.Contains(said, near) && !slices.Contains(b.v.terms(strings.Join(words[max(0, k-maxClientWords):k], " "), nil), near) {
			continue // the fact says near elsewhere: the question's "for" is its
		}
		for m := min(len(words), k+1+maxClientWords); m > k+1; m-- {
			given := words[k+1 : m]
			named := b.namedBy(b.ix.orgs, given)
			// "BBC News found 57%": the name ends with a word of it.
			last := b.v.term(given[len(given)-1])
			if len(named) == 0 || !slices.ContainsFunc(b.ix.names[named[0]], func(n []string) bool { return slices.Contains(n, last) }) {
				continue
			}
			givenTerms := b.v.terms(strings.Join(given, " "), nil)
			if !slices.ContainsFunc(givenTerms, func(t string) bool { return !slices.Contains(askedTerms, t) }) {
				return noVerdict // the question names it
			}
			switch {
			case len(other) > 0 && !slices.ContainsFunc(other, func(o int32) bool { return slices.Contains(named, o) }):
				out = verdictNo
			case unknown && asked[len(asked)-1] == given[len(given)-1]:
				// "Sky News", which the facts do not know, against "BBC News".
				out = verdictNo
			}
			break
		}
	}
	return out
}

// doneFor reports whether the word before words[k], a "for", stop words
// aside ("the poll was for"), is one of the terms in before.
func (b *Base) doneFor(words []string, k int, before []string) bool {
	w := b.wordBefore(words, k)
	return w != "" && slices.Contains(before, w)
}

// wordBefore is the term of the last word before words[k] that is no stop
// word, within maxClientWords, or "".
func (b *Base) wordBefore(words []string, k int) string {
	for j := k - 1; j >= 0 && j >= k-maxClientWords; j-- {
		if !b.v.isStop(words[j]) {
			return b.v.term(words[j])
		}
	}
	return ""
}

// maxClientWords is how many words an organisation's name after "for", or
// the word it was done for before it, may take: "the Ipsos Mori poll done for".
const maxClientWords = 4

// askedOrganisations lists the organisations the words from the start
// name, the longest run first.
func (b *Base) askedOrganisations(words []string) []int32 {
	for m := len(words); m > 0; m-- {
		if named := b.namedBy(b.ix.orgs, words[:m]); len(named) > 0 {
			return named
		}
	}
	return nil
}

// knownTerm reports whether any fact has term t.
func (b *Base) knownTerm(t string) bool {
	_, ok := b.ix.idf[t]
	return ok
}

// leadClient leads with "No" the answer to a yes/no question naming
// another organisation than the one the best fact says it was done for
// (see clientNo), and reports whether it did.
func (b *Base) leadClient(q *query, fact int32, a *Answer, text string) bool {
	return b.leadNo(q, func() verdict { return b.clientNo(q, fact) }, a, text)
}

// pairClause splits a fact's body into the clauses that each pair someone
// with something: "Jeremy Hunt was interviewed on BBC Breakfast, and Mark
// Porter on the BBC Radio 4 Today programme".
var pairClause = regexp.MustCompile(`,\s+(?:and\s+)?|;\s+|:\s+|\.\s+`)

// orgRun is an organisation's name as written: its terms and the facts it
// names.
type orgRun struct {
	terms []string
	facts []int32
}

// namedClause is what one clause of a fact's answer names (see namedRuns).
type namedClause struct {
	persons []int32
	orgs    []orgRun
}

// namedClauses reads each clause of a fact's answer body (pairClause) for
// the people and organisations it names.
func (b *Base) namedClauses(body string) []namedClause {
	var out []namedClause
	for _, c := range pairClause.Split(body, -1) {
		ps, os := b.namedRuns(split(normalizeChars(c), nil))
		out = append(out, namedClause{ps, os})
	}
	return out
}

// namedRuns reads the people and organisations words name, the longest
// name first: the person facts, and each organisation's name as written.
func (b *Base) namedRuns(words []string) (persons []int32, orgs []orgRun) {
	// Each word read once (see nameTerm), not once for every run it is in.
	terms := make([]string, len(words))
	for i, w := range words {
		terms[i] = b.nameTerm(w)
	}
	for i := 0; i < len(words); i++ {
		for j := min(len(words), i+maxClientWords); j > i; j-- {
			if b.v.isStop(words[i]) {
				break
			}
			if p := namedByTerms(b.ix.persons, terms[i:j]); len(p) > 0 {
				persons = append(persons, p...)
				i = j - 1
				break
			}
			if o := namedByTerms(b.ix.orgs, terms[i:j]); len(o) > 0 {
				orgs = append(orgs, orgRun{b.v.terms(strings.Join(words[i:j], " "), nil), o})
				i = j - 1
				break
			}
		}
	}
	return persons, orgs
}

// pairedNo decides a yes/no question pairing one person with one
// organisation ("did Mark Porter go on BBC Breakfast?") against a fact
// whose clauses pair that organisation with someone else ("Jeremy Hunt
// was interviewed on BBC Breakfast") and the person with a rival of it
// ("and Mark Porter on the BBC Radio 4 Today programme"): No then; no
// verdict when a clause pairs the two asked, or the fact does not pair
// both otherwise. Only a rival is another value of the slot: "Hunt said
// the Government …" does not keep him from the NHS.
func (b *Base) pairedNo(q *query, fact int32) verdict {
	// A word naming someone and one naming an organisation, by itself
	// ("Porter", "BBC"), before reading every name.
	names := func(byName map[string][]int32) bool {
		return slices.ContainsFunc(q.terms, func(t string) bool { return len(byName[t]) > 0 })
	}
	if !q.yesNo || !names(b.ix.persons) || !names(b.ix.orgs) {
		return noVerdict
	}
	ps, os := b.namedRuns(q.raw)
	if len(ps) != 1 || len(os) != 1 {
		return noVerdict
	}
	p, o := ps[0], os[0].terms
	// A rival is another organisation sharing a word of the name asked:
	// "BBC" (its radio's Today programme) against "BBC Breakfast"; "the
	// health service" is the NHS under another name, no rival.
	rival := func(r orgRun) bool {
		return !slices.ContainsFunc(r.facts, func(f int32) bool { return slices.Contains(os[0].facts, f) }) &&
			slices.ContainsFunc(r.terms, func(t string) bool { return slices.Contains(o, t) })
	}
	other, elsewhere := false, false
	for _, c := range b.clauses[fact]() {
		hasP := slices.Contains(c.persons, p)
		hasO := slices.ContainsFunc(c.orgs, func(r orgRun) bool { return containsRun(r.terms, o) })
		switch {
		case hasP && hasO:
			return noVerdict
		case hasO && len(c.persons) > 0:
			other = true
		case hasP && slices.ContainsFunc(c.orgs, rival):
			elsewhere = true
		}
	}
	if other && elsewhere {
		return verdictNo
	}
	return noVerdict
}

// leadPaired leads with "No" the answer to a yes/no question pairing a
// person with an organisation the best fact pairs with others (see
// pairedNo), and reports whether it did.
func (b *Base) leadPaired(q *query, fact int32, a *Answer, text string) bool {
	return b.leadNo(q, func() verdict { return b.pairedNo(q, fact) }, a, text)
}
