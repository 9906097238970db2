package knowledge

import (
	"slices"
	"strings"
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

// insertRanked adds s to out, kept sorted best first and at most maxRanked
// long: the best few, without sorting every fact a question touched.
func insertRanked(out []scored, s scored) []scored {
	if len(out) == maxRanked {
		if !better(s, out[len(out)-1]) {
			return out
		}
		out = out[:len(out)-1]
	}
	// At most maxRanked to pass: a plain scan beats a binary search's
	// generic calls.
	i := 0
	for i < len(out) && better(out[i], s) {
		i++
	}
	return slices.Insert(out, i, s)
}

// qterm is one distinct term of a question and its share of it.
type qterm struct {
	term    string
	weight  float64 // 1, or less for a generic or context word
	context bool    // names only the dispute or the article: counts for strength, not coverage
	// idf and postings are the index's for term, looked up once here:
	// accumulate and nameBonus read them for every term several times.
	idf      float64
	postings []posting
}

// score ranks the facts for q, best first; kinds, when given, restricts
// the kinds searched.
func (b *Base) score(q *query, kinds []Kind) []scored {
	if len(q.terms) == 0 {
		return nil
	}
	uniq, total := b.weighTerms(q)
	acc := b.accumulate(uniq, q.dispute == DisputeBoth)
	defer b.release(acc)
	b.nameBonus(q, uniq, acc)
	mul := b.multipliers()
	// A fact with an example question asking just what q asks is favoured.
	example := exampleKey(q)
	out := make([]scored, 0, maxRanked)
	// The facts whose example questions are read only once every fact
	// is scored, against the ranking then: read as each fact was scored,
	// the first maxRanked touched always qualified, and reading a fact's
	// examples (see Base.examples) is most of a first question's work.
	var laterBuf [maxRanked * 2]int32
	later := laterBuf[:0]
	for _, f := range acc.touched {
		s := &acc.facts[f]
		g := b.group[f]
		if mul[g] < 0 {
			mul[g] = b.multiplier(q, kinds, b.sample[g])
		}
		mul := mul[g]
		if mul == 0 {
			continue
		}
		s.coverage /= total
		s.score = (s.strength + s.score) * (0.3 + 0.7*s.coverage) * mul
		if example != 0 && b.mayRank(out, *s) {
			if s.score >= 0 && b.tune.exampleBoost >= 1 {
				later = append(later, f)
			} else if slices.Contains(b.examples[f](), example) {
				// This boost lowers the score, which could let a fact
				// ranked out already back in: decided now, in turn.
				s.score *= b.tune.exampleBoost
			}
		}
		out = insertRanked(out, *s)
	}
	// Raising one fact's score keeps out the best maxRanked: the fact
	// moves up, or comes in at the cost of the last.
	for _, f := range later {
		s := &acc.facts[f]
		if !b.mayRank(out, *s) || !slices.Contains(b.examples[f](), example) {
			continue
		}
		if i := slices.IndexFunc(out, func(o scored) bool { return o.fact == f }); i >= 0 {
			out = slices.Delete(out, i, i+1)
		}
		s.score *= b.tune.exampleBoost
		out = insertRanked(out, *s)
	}
	return out
}

// mayRank reports whether s, boosted as an example question's fact, would
// make the ranking out. One that would not is left out either way, so its
// example questions need not be read (see Base.examples): of the facts a
// question touches, most are far below the best few.
func (b *Base) mayRank(out []scored, s scored) bool {
	if len(out) < maxRanked || b.tune.exampleBoost < 1 || s.score < 0 {
		return true
	}
	s.score *= b.tune.exampleBoost
	return better(s, out[len(out)-1])
}

// weighTerms gives each distinct term its share of the question, and
// returns the question's total idf mass (unknown words included). Dispute
// names are context only when the question has a subject besides them: in
// "what was the 2016 dispute about?" they are the subject.
func (b *Base) weighTerms(q *query) ([]qterm, float64) {
	ix := b.ix
	weak := q.weak
	subject := 0.0
	for i, t := range q.terms {
		if !weak[i] && !b.checkedFigure(q, t) {
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
	uniq := make([]qterm, 0, len(q.terms))
	for i, t := range q.terms {
		w := 1.0
		if weak[i] {
			w = b.tune.weakWeight
		}
		// Once the dispute multiplier has used a dispute's name, a fact
		// need not repeat it to cover the question.
		ctx := weak[i] && q.context[i]
		if b.checkedFigure(q, t) {
			// "was the strike three days long?": the number is what the
			// verdict checks, not what picks the fact; a fact giving
			// another number answers No.
			w, ctx = b.tune.weakWeight, true
		}
		if j := slices.IndexFunc(uniq, func(u qterm) bool { return u.term == t }); j >= 0 {
			if w > uniq[j].weight {
				uniq[j].weight = w
			}
			uniq[j].context = uniq[j].context && ctx
			continue
		}
		uniq = append(uniq, qterm{t, w, ctx, ix.idf[t], ix.postings[t]})
	}
	total := q.missing
	for _, u := range uniq {
		if !u.context {
			total += u.idf * u.weight
		}
	}
	return uniq, max(total, 1e-9)
}

// matchSet is one question's matches, indexed by fact; touched lists the
// facts matched, in the order first matched.
type matchSet struct {
	facts   []scored
	touched []int32
}

// release clears what a question set and returns its matchSet for the
// next: a dense array per question would be as large as the fact base, and
// at a hundred times the real one allocating it cost more than scoring.
func (b *Base) release(m *matchSet) {
	for _, f := range m.touched {
		m.facts[f] = scored{}
	}
	m.touched = m.touched[:0]
	b.matchPool.Put(m)
}

// get returns fact f's match, if it has one.
func (m *matchSet) get(f int32) (*scored, bool) {
	s := &m.facts[f]
	return s, s.strength > 0 || s.coverage > 0
}

// accumulate adds up each fact's match: its coverage (the idf mass of the
// question's terms it has) and strength (that mass weighted by BM25F).
// Only the question's seeds, its subject words that are not common, bring
// in new facts; the other terms ("strike", in most facts, or a generic
// "earlier") add to the facts the seeds found. A fact that matches nothing
// but common or generic words cannot answer anyway, and skipping them keeps
// a large fact base fast. With no such subject word, every term seeds; so
// does every term of a question asking for each dispute ("start times of
// the 2016 vs 2023 strikes?"), whose rare words ("vs") find the facts that
// compare the disputes but not each side's own.
func (b *Base) accumulate(uniq []qterm, sides bool) *matchSet {
	common := len(b.facts) / 10
	seed := func(u qterm) bool { return u.weight == 1 && !u.context && len(u.postings) <= common }
	if sides || !slices.ContainsFunc(uniq, seed) {
		seed = func(qterm) bool { return true }
	}
	acc, ok := b.matchPool.Get().(*matchSet)
	if !ok {
		acc = &matchSet{facts: make([]scored, len(b.facts))}
	}
	for pass := range 2 {
		for _, u := range uniq {
			if seed(u) != (pass == 0) {
				continue
			}
			idf := u.idf * u.weight
			for _, p := range u.postings {
				s := &acc.facts[p.fact]
				if s.coverage == 0 && s.strength == 0 {
					if pass == 1 {
						continue
					}
					s.fact = p.fact
					acc.touched = append(acc.touched, p.fact)
				}
				s.strength += idf * p.weight
				if !u.context {
					s.coverage += idf
				}
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
func (b *Base) nameBonus(q *query, uniq []qterm, acc *matchSet) {
	ix := b.ix
	var named []string // the question's terms less its generic words
	focus := 0.0
	for _, u := range uniq {
		if u.weight == 1 {
			named = append(named, u.term)
			focus += u.idf
		}
	}
	if len(named) > 0 && len(named) <= 3 {
		for _, a := range ix.aliases[named[0]] {
			if k := b.facts[a.fact].Kind; k != KindPerson && k != KindOrganisation && k != KindPlace && k != KindTopic {
				continue
			}
			if s, ok := acc.get(a.fact); ok && slices.Equal(a.terms, named) {
				s.score = max(s.score, a.idf*b.tune.nameBonus)
			}
		}
	}
	for i, t := range q.terms {
		for _, a := range ix.aliases[t] {
			// a.terms[0] is t: the second term tells most aliases apart.
			if len(a.terms) < 2 || len(a.terms) > len(q.terms)-i || a.terms[1] != q.terms[i+1] || !slices.Equal(a.terms, q.terms[i:i+len(a.terms)]) {
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
			if s, ok := acc.get(a.fact); ok {
				s.score = max(s.score, mass*b.tune.phraseBonus)
			}
		}
	}
}

// groupOf puts facts that every multiplier treats alike in one group: the
// same kind, dispute, article cited first and supplies. score works
// a question's multiplier out once per group, not once per fact.
type groupOf struct {
	kind     Kind
	dispute  Dispute
	cites    string // the articles the fact cites, as a bit string
	supplies string
}

// groupFacts assigns each fact its group, and returns one fact of each.
func groupFacts(facts []*Fact, cites [][]bool) (group []int32, sample []int32) {
	ids := map[groupOf]int32{}
	group = make([]int32, len(facts))
	for i, f := range facts {
		var c []byte
		for _, ok := range cites[i] {
			c = append(c, map[bool]byte{true: '1', false: '0'}[ok])
		}
		var sup []string
		for _, t := range f.Supplies {
			sup = append(sup, string(t))
		}
		k := groupOf{f.Kind, f.Dispute, string(c), strings.Join(sup, ",")}
		g, ok := ids[k]
		if !ok {
			g = int32(len(sample))
			ids[k] = g
			sample = append(sample, int32(i))
		}
		group[i] = g
	}
	return group, sample
}

// multipliers makes room for each group's multiplier, -1 until score
// works it out: only for the groups of the facts a question matched.
func (b *Base) multipliers() []float64 {
	out := make([]float64, len(b.sample))
	for g := range out {
		out[g] = -1
	}
	return out
}

// multiplier scales a fact's score by what the question asks for (the
// answer types it supplies), the dispute the question names and the
// article it points at; 0 leaves the fact out. It depends only on the
// fact's group.
func (b *Base) multiplier(q *query, kinds []Kind, fact int32) float64 {
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
	case f.Dispute == DisputeBoth && f.Kind == KindOrganisation && q.asks("organisation"):
		// "which union was in the 2016 dispute?" asks for an
		// organisation, and one of both disputes is the same one in
		// each, no comparison of them. Not so "who were the doctors in
		// dispute with?": the union is not whoever they faced.
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
func (b *Base) suppliesAsked(q *query, fact int32) bool {
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

// checkedFigure reports whether a term of a yes/no question is a figure
// or time the verdict checks ("was the strike three days long?", "from
// 9am?"): what the verdict answers, not what picks the fact. A dispute's
// year names the dispute instead.
func (b *Base) checkedFigure(q *query, t string) bool {
	return q.yesNo && (isFigureTerm(t) || isTimeTerm(t)) && !b.ix.years[t]
}

// isTimeTerm reports whether a term is a clock time: "8am", "5:30pm".
func isTimeTerm(t string) bool {
	return len(t) > 2 && isDigitByte(t[0]) && (strings.HasSuffix(t, "am") || strings.HasSuffix(t, "pm"))
}

// isFigureTerm reports whether a term is a number: digits, with a decimal
// point or a percent sign.
func isFigureTerm(t string) bool {
	if t == "" || !isDigitByte(t[0]) {
		return false
	}
	for i := 0; i < len(t); i++ {
		if c := t[i]; !isDigitByte(c) && c != '.' && c != ',' && c != '%' {
			return false
		}
	}
	return true
}
