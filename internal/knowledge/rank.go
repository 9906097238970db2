package knowledge

import (
	"slices"
	"sort"
)

// Ranking, in named steps: weigh the question's terms, accumulate each
// fact's BM25F match, add the bonus for naming a fact, then scale by what
// the question asks for, its dispute and its source.

// scored is a fact's match against a query.
type scored struct {
	fact     int32
	score    float64 // ranking score, after intent and dispute
	coverage float64 // share of the question's idf mass the fact matched
	strength float64 // matched idf mass, weighted by field
}

// maxRanked is how many of the best facts score keeps: the answer, the
// other dispute's, and suggestions need far fewer.
const maxRanked = 16

// better orders scores: higher first, then the earlier fact, so that ties
// never depend on map order.
func better(a, b scored) bool {
	return a.score > b.score || a.score == b.score && a.fact < b.fact
}

// qterm is one distinct term of a question and its share of it.
type qterm struct {
	term    string
	weight  float64 // 1, or less for a generic or context word
	context bool    // names only the dispute or the article: counts for strength, not coverage
}

// score ranks the facts for q, best first; kinds, when given, restricts
// the kinds searched.
func (b *Base) score(q query, kinds []Kind) []scored {
	if len(q.terms) == 0 {
		return nil
	}
	uniq, total := b.weighTerms(q)
	acc := b.accumulate(uniq)
	b.nameBonus(q, uniq, acc)
	out := make([]scored, 0, len(acc))
	for _, s := range acc {
		mul := b.multiplier(q, kinds, s.fact)
		if mul == 0 {
			continue
		}
		s.coverage /= total
		s.score = (s.strength + s.score) * (0.3 + 0.7*s.coverage) * mul
		out = append(out, *s)
	}
	sort.Slice(out, func(i, j int) bool { return better(out[i], out[j]) })
	if len(out) > maxRanked {
		out = out[:maxRanked]
	}
	return out
}

// weighTerms gives each distinct term its share of the question, and
// returns the question's total idf mass (unknown words included). Dispute
// names are context only when the question has a subject besides them: in
// "what was the 2016 dispute about?" they are the subject.
func (b *Base) weighTerms(q query) ([]qterm, float64) {
	ix := b.ix
	weak := q.weak
	subject := 0.0
	for i, t := range q.terms {
		if !weak[i] {
			subject += ix.idf[t]
		}
	}
	if subject < b.tune.minSubject {
		weak = slices.Clone(weak)
		for i, c := range q.context {
			if c && !q.source[i] {
				weak[i] = false
			}
		}
	}
	var uniq []qterm
	for i, t := range q.terms {
		w := 1.0
		if weak[i] {
			w = b.tune.weakWeight
		}
		// Once the dispute multiplier has used a dispute's name, a fact
		// need not repeat it to cover the question.
		ctx := weak[i] && q.context[i]
		if j := slices.IndexFunc(uniq, func(u qterm) bool { return u.term == t }); j >= 0 {
			if w > uniq[j].weight {
				uniq[j].weight = w
			}
			uniq[j].context = uniq[j].context && ctx
			continue
		}
		uniq = append(uniq, qterm{t, w, ctx})
	}
	total := q.missing
	for _, u := range uniq {
		if !u.context {
			total += ix.idf[u.term] * u.weight
		}
	}
	return uniq, max(total, 1e-9)
}

// accumulate adds up each fact's match: its coverage (the idf mass of the
// question's terms it has) and strength (that mass weighted by BM25F).
func (b *Base) accumulate(uniq []qterm) map[int32]*scored {
	acc := map[int32]*scored{}
	for _, u := range uniq {
		idf := b.ix.idf[u.term] * u.weight
		for _, p := range b.ix.postings[u.term] {
			s := acc[p.fact]
			if s == nil {
				s = &scored{fact: p.fact}
				acc[p.fact] = s
			}
			s.strength += idf * p.weight
			if !u.context {
				s.coverage += idf
			}
		}
	}
	return acc
}

// nameBonus favours a fact the question names. A question that is nothing
// but a name ("Hunt", "who is Barclay") asks about the named fact itself,
// not the facts that mention it; and a question that contains a whole
// multi-word alias names that fact's subject, if the alias is what the
// question is about: in "how many were cancelled in the first all-out
// strike", the strike's name is only context.
func (b *Base) nameBonus(q query, uniq []qterm, acc map[int32]*scored) {
	ix := b.ix
	var named []string // the question's terms less its generic words
	focus := 0.0
	for _, u := range uniq {
		if u.weight == 1 {
			named = append(named, u.term)
			focus += ix.idf[u.term]
		}
	}
	if len(named) > 0 && len(named) <= 3 {
		for _, a := range ix.aliases[named[0]] {
			if k := b.facts[a.fact].Kind; k != KindPerson && k != KindOrganisation && k != KindPlace && k != KindTopic {
				continue
			}
			if s, ok := acc[a.fact]; ok && slices.Equal(a.terms, named) {
				s.score = max(s.score, a.idf*b.tune.nameBonus)
			}
		}
	}
	for i, t := range q.terms {
		for _, a := range ix.aliases[t] {
			if len(a.terms) < 2 || len(a.terms) > len(q.terms)-i || !slices.Equal(a.terms, q.terms[i:i+len(a.terms)]) {
				continue
			}
			mass, n := 0.0, 0
			for k := range a.terms {
				if !q.weak[i+k] {
					mass += ix.idf[a.terms[k]]
					n++
				}
			}
			if n < 2 || mass < focus/2 {
				continue
			}
			if s, ok := acc[a.fact]; ok {
				s.score = max(s.score, mass*b.tune.phraseBonus)
			}
		}
	}
}

// multiplier scales a fact's score by what the question asks for (the
// answer types it supplies), the dispute the question names and the
// article it points at; 0 leaves the fact out.
func (b *Base) multiplier(q query, kinds []Kind, fact int32) float64 {
	f := b.facts[fact]
	if kinds != nil && !slices.Contains(kinds, f.Kind) {
		return 0
	}
	mul := 1.0
	switch {
	case f.Kind == KindGap:
		// A gap is written for the questions that ask for what the
		// articles lack; it answers when it fits at least as well as the
		// real facts do, and never on a bare topic word.
		mul = b.tune.gapWeight
		if len(q.types) > 0 {
			mul *= b.tune.intentBoost
		}
	case b.suppliesAsked(q, fact):
		mul = b.tune.intentBoost
	}
	switch {
	case q.dispute == "" || q.dispute == DisputeBoth:
	case f.Dispute == DisputeBoth:
		// "why did they strike in 2016?" wants the 2016 fact, not the
		// comparison of both.
		mul *= b.tune.bothDispute
	case f.Dispute != q.dispute:
		mul *= b.tune.otherDispute
	}
	if q.article > 0 {
		if b.ix.cites[fact][q.article-1] {
			mul *= b.tune.sourceBoost
		} else {
			mul *= b.tune.otherSource
		}
	}
	return mul
}

// suppliesAsked reports whether the fact's kind (or its supplies) gives
// something the question asks for.
func (b *Base) suppliesAsked(q query, fact int32) bool {
	f := b.facts[fact]
	for _, t := range q.types {
		if len(f.Supplies) > 0 {
			if slices.Contains(f.Supplies, t.name) {
				return true
			}
			continue
		}
		if slices.Contains(t.kinds, f.Kind) {
			return true
		}
	}
	return false
}
