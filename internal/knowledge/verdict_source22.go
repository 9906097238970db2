package knowledge

import (
	"slices"
	"strings"
)

// This file holds session 22's answer to a yes/no question asking whether
// a place is on the list a place fact gives.

// listScan is how many of the best facts notListed looks at for the list.
const listScan = 6

// notListed answers No, with the list, a declined yes/no question asking
// whether a place is on a list an article gives ("is King's College
// Hospital on the News Shopper's list of affected hospitals?", "the local
// paper lists Queen Elizabeth Hospital in Greenwich - correct?"). The list
// settles it where it would not settle whether the place was affected, so
// the question must ask about the list (vocabulary list_words), the fact
// must be a place fact that lists (its answer has a list word) and cites
// the article named, if any, it must have every other word the question
// asks by, and a word naming the place asked (one beside a place sort:
// "College" in "King's College Hospital", "Greenwich" in "hospital in
// Greenwich") must be missing from it. A question asking whether the
// place was left off the list, or not on it, is left alone.
func (b *Base) notListed(q *query, a *Answer) {
	if a.Found || !q.yesNo || !slices.ContainsFunc(q.raw, func(w string) bool { return b.v.listWords[w] }) ||
		// "was Guy's left off the list?" or "isn't it on the list?" asks
		// the other way round, which a No would get wrong.
		slices.ContainsFunc(q.raw, func(w string) bool { return b.v.failure[w] }) || negated(strings.Join(q.raw, " ")) {
		return
	}
	var place []string // the terms naming the place asked
	for _, w := range q.raw {
		if t := b.v.term(w); !b.v.isStop(w) && !b.v.isWeak(w) && !b.v.placeSorts[t] && b.besidePlaceSort(q.raw, w) {
			place = append(place, t)
		}
	}
	if len(place) == 0 {
		return
	}
	// Of the lists, the one of the place asked ("Queen Elizabeth Hospital
	// in Greenwich" is the one in Woolwich), else the longest.
	best, bestShared, bestLong := int32(-1), -1, -1
	for i, s := range b.score(q, nil) {
		if i >= listScan {
			break
		}
		f := b.facts[s.fact]
		words := strings.Fields(strings.ToLower(f.Answer))
		if f.Kind != KindPlace || !slices.ContainsFunc(words, func(w string) bool { return b.v.listWords[strings.Trim(w, `.,;:"`)] }) ||
			q.article > 0 && !slices.ContainsFunc(f.Evidence, func(e Evidence) bool { return e.File == b.articles[q.article-1].File }) {
			continue
		}
		has := b.v.terms(f.Answer, nil)
		lacks := slices.ContainsFunc(place, func(t string) bool { return !slices.Contains(has, t) })
		for j, t := range q.terms {
			if !q.weak[j] && !q.context[j] && !slices.Contains(place, t) && !b.ix.has(s.fact, t) {
				lacks = false // the question asks of more than the list
			}
		}
		if !lacks {
			return // on this list, or asking more than it says
		}
		shared, long := 0, 0
		for _, t := range has {
			if slices.Contains(place, t) {
				shared++
			}
			if b.v.placeSorts[t] {
				long++
			}
		}
		if shared > bestShared || shared == bestShared && long > bestLong {
			best, bestShared, bestLong = s.fact, shared, long
		}
	}
	if best < 0 {
		return
	}
	*a = Answer{Question: a.Question, Sources: []Source{}, Suggestions: []string{}}
	b.fill(a, []int32{best})
	a.Text = "No. " + a.Text
	a.Found = true
}

// articleDate settles, by the article a yes/no question names, the
// calendar date it asks where the articles differ ("per the News Shopper,
// Hunt made his appeal on April 25 - correct?" against its "yesterday
// (April 26)", where article 000 says "on Monday"): Yes when that
// article's evidence for the fact gives the day and month asked, No when
// it gives another day of that month, and no verdict otherwise.
func (b *Base) articleDate(q *query, fact int32) verdict {
	if q.article <= 0 {
		return noVerdict
	}
	asked := b.monthDays(q.raw)
	if len(asked) == 0 {
		return noVerdict
	}
	file := b.articles[q.article-1].File
	var given []string
	for _, e := range b.facts[fact].Evidence {
		if e.File == file {
			given = append(given, b.monthDays(split(normalizeChars(strings.ToLower(e.Quote)), nil))...)
		}
	}
	out := noVerdict
	for _, d := range asked {
		month, _, _ := strings.Cut(d, " ")
		switch {
		case slices.Contains(given, d):
			out = verdictYes
		case slices.ContainsFunc(given, func(g string) bool { return strings.HasPrefix(g, month+" ") }):
			return verdictNo
		}
	}
	return out
}

// monthDays lists the calendar dates in words, a month beside a day's
// number ("april 26", "26 april"), each as "month day".
func (b *Base) monthDays(words []string) []string {
	var out []string
	day := func(j int) bool {
		return j >= 0 && j < len(words) && len(words[j]) <= 2 && words[j] != "" && isDigitByte(words[j][0])
	}
	for i, w := range words {
		if !b.v.months[w] {
			continue
		}
		switch {
		case day(i + 1):
			out = append(out, w+" "+words[i+1])
		case day(i - 1):
			out = append(out, w+" "+words[i-1])
		}
	}
	return out
}

// gapSwappedPlace is swappedPlace for a yes/no question a gap fact would
// answer ("were the strike photos in the local paper taken outside Darent
// Valley Hospital?", which the gap on what happened at each hospital
// covers): a fact further down that puts the same thing in another place
// of the sort asked (the photos' caption, "outside the Princess Royal
// University Hospital") answers No. The gaps, and the facts that name the
// place asked, are passed over, as swappedPlace would pass them over,
// without taking up its few places.
func (b *Base) gapSwappedPlace(q *query, ranked []scored) int32 {
	if !q.yesNo || len(ranked) == 0 || b.facts[ranked[0].fact].Kind != KindGap {
		return -1
	}
	p, ok := b.placeAsked(q)
	if !ok || b.placeNamed(p.terms) < 0 {
		// A place the articles never mention ("did the BMA call the
		// Welsh strike off?") is no wrong place of theirs: its gap says
		// they don't mention it, which is the honest answer.
		return -1
	}
	rest := slices.DeleteFunc(slices.Clone(ranked), func(s scored) bool {
		return b.facts[s.fact].Kind == KindGap || slices.ContainsFunc(p.terms, func(t string) bool { return !b.v.placeSorts[t] && b.ix.has(s.fact, t) })
	})
	return b.swappedPlace(q, rest)
}

// overallRatio is how close to the best a fact naming no group must score
// for preferOverall to put it first.
const overallRatio = 0.9

// preferOverall puts first, for a question asking what holds overall
// (vocabulary overall_words: "what does the YouGov polling say about
// public support overall?"), a fact about as good as the best whose answer
// names no staff group the question does not, when the best names one
// (the nurses' three in five): the question asks of everyone, not of them.
func (b *Base) preferOverall(q *query, ranked []scored) {
	if len(ranked) < 2 || !slices.ContainsFunc(q.raw, func(w string) bool { return b.v.overallWords[w] }) {
		return
	}
	group := func(s scored) bool {
		return slices.ContainsFunc(b.v.terms(b.facts[s.fact].Answer, nil), func(t string) bool {
			return b.v.staffGroups[t] && !slices.Contains(q.terms, t)
		})
	}
	if !group(ranked[0]) {
		return
	}
	lift(ranked, listScan, overallRatio, func(s scored) bool {
		return b.facts[s.fact].Kind == b.facts[ranked[0].fact].Kind && b.confidentIn(q, s) && !group(s)
	})
}

// nearPlace reports whether raw[i] is one of near_words just before a word
// of a place's name ("round Lewisham"): it says where, and names nothing
// of its own (not the round table, nor so the pay dispute).
func (b *Base) nearPlace(raw []string, i int) bool {
	return b.v.nearWords[raw[i]] && i+1 < len(raw) && b.places().terms[b.v.term(raw[i+1])]
}
