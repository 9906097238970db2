package knowledge

import "slices"

// premiseCoverage is how much of a question, less the name of the speaker
// it asks about, a quote must match for the question to be that quote
// with the wrong speaker.
const premiseCoverage = 0.9

// wrongSpeaker finds a question asking why someone said what the articles
// have someone else say: "why did Mark Porter say the 35% pay demand was
// unreasonable?" is Barclay's quote, matched in everything but its
// speaker. It returns the quote and the person the question named
// instead, or -1. Only a quote or position of one person counts, and only
// when nothing the named person says fits the question as well. A why
// question takes the saying as given, and is corrected; "what did Hunt
// say about the 35% demand?" asks what he said, and he said nothing.
func (b *Base) wrongSpeaker(q *query, ranked []scored) (int32, *Fact) {
	if q.yesNo || len(q.speaker) == 0 || len(ranked) == 0 || !q.asks("reason") {
		return -1, nil
	}
	top := ranked[0]
	f := b.facts[top.fact]
	sp := b.speakerFact(f)
	if f.Kind != KindQuote && f.Kind != KindPosition || sp == nil || sp.Kind != KindPerson || b.namesAsked(q, sp) || top.strength < b.tune.minStrength || b.wrongDispute(q, top.fact) {
		return -1, nil
	}
	// A position of several people ("Hunt's and Barclay's") has no one
	// speaker to name.
	people := 0
	for _, id := range f.About {
		if p, ok := b.Fact(id); ok && p.Kind == KindPerson {
			people++
		}
	}
	if people != 1 {
		return -1, nil
	}
	// The person the question has say it: one whose alias is all
	// speaker's terms ("porter", not the "jeremy" of Jeremy Corbyn).
	var named *Fact
	for _, t := range q.speaker {
		for _, a := range b.ix.aliases[t] {
			if p := b.facts[a.fact]; named == nil && p.Kind == KindPerson && p != sp &&
				!slices.ContainsFunc(a.terms, func(t string) bool { return !slices.Contains(q.speaker, t) }) {
				named = p
			}
		}
	}
	if named == nil {
		return -1, nil
	}
	// The question's share less the words of that person's names must be
	// nearly all matched: the quote is what was asked, bar who said it.
	var names []string
	for _, n := range append([]string{named.Title}, named.Aliases...) {
		names = b.v.appendTerms(names, n, nil)
	}
	uniq, total := b.weighTerms(q)
	name := 0.0
	for _, u := range uniq {
		if !u.context && slices.Contains(names, u.term) && !b.ix.has(top.fact, u.term) {
			name += b.ix.idf[u.term] * u.weight
		}
	}
	if name == 0 || name >= total || top.coverage*total/(total-name) < premiseCoverage {
		return -1, nil
	}
	for i, s := range ranked {
		if i >= 5 {
			break
		}
		if b.confident(s) && b.facts[s.fact].Kind != KindGap && b.speaks(q, s.fact) {
			return -1, nil
		}
	}
	return top.fact, named
}
