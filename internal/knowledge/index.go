package knowledge

import (
	"math"
	"slices"
	"sync"
)

// Field weights: a word in a fact's title or aliases names its subject; a
// keyword points at it; a word of the answer or the quotes merely occurs.
const (
	weightAlias    = 3.0
	weightKeyword  = 2.0
	weightAnswer   = 1.0
	weightEvidence = 0.6
)

// Base is a loaded fact base, ready to answer questions. It is read-only
// after Load, so one Base serves any number of goroutines.
type Base struct {
	articles []*Article
	facts    []*Fact
	byID     map[string]int
	ix       *index
	complete map[Lookup]*completer
	tune     tuning
	scratch  sync.Pool  // of *scratch, for score
	meta     []factMeta // per fact, what score needs, as small integers
}

// factMeta is what score needs of a fact in its hot loop: indexes into
// Kinds and disputeOrder rather than strings to compare.
type factMeta struct {
	kind    uint8
	dispute uint8
}

const (
	numKinds    = 11 // len(Kinds)
	numDisputes = 3
)

var disputeOrder = [numDisputes]Dispute{Dispute2016, Dispute2023, DisputeBoth}

// tuning holds the engine's weights and thresholds, tuned on
// testdata/eval.jsonl; a test may vary them.
type tuning struct {
	minCoverage   float64 // share of the question a fact must match to answer it
	minStrength   float64 // how strongly (by field) it must match
	unknownWeight float64 // an unknown word's weight, as a share of the rarest known word's
	weakWeight    float64 // a generic question word's weight
	phraseBonus   float64 // bonus for containing a whole multi-word alias, per idf
	nameBonus     float64 // bonus when the question is exactly a fact's name, per idf
	intentBoost   float64 // multiplier for kinds the question word asks for
	otherDispute  float64 // multiplier for facts of the dispute the question did not name
	gapWeight     float64 // multiplier for gap facts
	bothDispute   float64 // multiplier for facts of both disputes when the question names one
	minSubject    float64 // idf a question needs besides dispute names for those to be mere context
}

func defaultTuning() tuning {
	return tuning{
		minCoverage: 0.6, minStrength: 1.2, unknownWeight: 0.5, weakWeight: 0.3,
		phraseBonus: 0.3, nameBonus: 1.0, intentBoost: 1.4, otherDispute: 0.4, gapWeight: 0.8, bothDispute: 0.85, minSubject: 2.0,
	}
}

type posting struct {
	fact   int32
	weight float32
}

// alias is a name of a fact's subject as a sequence of terms; a question
// containing the whole sequence names that fact.
type alias struct {
	terms []string
	fact  int32
	idf   float64 // the sum of its terms' idf
}

type index struct {
	postings map[string][]posting // term → the facts it occurs in, with its field weight
	idf      map[string]float64
	maxIDF   float64
	aliases  map[string][]alias // first term → aliases starting with it
	words    map[string]int     // raw words of titles, aliases and keywords, with counts: the typo vocabulary
	seen     map[string]int     // raw words of answers and quotes: known, but not typo targets
	typo     *typoIndex
	dispute  map[string]Dispute // terms that occur in the facts of only one dispute
}

func newBase(articles []*Article, facts []*Fact) *Base {
	b := &Base{articles: articles, facts: facts, byID: make(map[string]int, len(facts)), tune: defaultTuning()}
	b.meta = make([]factMeta, len(facts))
	for i, f := range facts {
		b.byID[f.ID] = i
		b.meta[i] = factMeta{kind: uint8(slices.Index(Kinds, f.Kind)), dispute: uint8(slices.Index(disputeOrder[:], f.Dispute))}
	}
	b.ix = buildIndex(facts)
	b.complete = map[Lookup]*completer{}
	for l, kinds := range LookupKinds {
		b.complete[l] = newCompleter(b, kinds)
	}
	return b
}

// Articles returns the source articles, ordered by file name.
func (b *Base) Articles() []*Article { return b.articles }

// Facts returns every fact, in the order of the data files.
func (b *Base) Facts() []*Fact { return b.facts }

// Fact returns the fact with the given id.
func (b *Base) Fact(id string) (*Fact, bool) {
	i, ok := b.byID[id]
	if !ok {
		return nil, false
	}
	return b.facts[i], true
}

// Article returns the article with the given file name.
func (b *Base) Article(file string) (*Article, bool) {
	for _, a := range b.articles {
		if a.File == file {
			return a, true
		}
	}
	return nil, false
}

// terms turns text into index terms, dropping stop words.
func terms(text string, words map[string]int) []string {
	raw := mergeTimes(split(normalize(text), nil))
	out := make([]string, 0, len(raw))
	for _, w := range raw {
		if words != nil {
			words[w]++
		}
		if isStop(w) {
			continue
		}
		out = append(out, termOf(w))
	}
	return out
}

// mergeTimes turns the words "8", "am" into "8am", as the articles write it,
// so that the 8 of a time is not also the 8 of "eight months".
func mergeTimes(raw []string) []string {
	out := raw[:0]
	for _, w := range raw {
		if n := len(out); (w == "am" || w == "pm") && n > 0 && len(out[n-1]) <= 2 && isDigitByte(out[n-1][0]) {
			out[n-1] += w
			continue
		}
		out = append(out, w)
	}
	return out
}

func buildIndex(facts []*Fact) *index {
	ix := &index{
		postings: map[string][]posting{},
		idf:      map[string]float64{},
		aliases:  map[string][]alias{},
		words:    map[string]int{},
		seen:     map[string]int{},
		dispute:  map[string]Dispute{},
	}
	seenIn := map[string]map[Dispute]float64{} // term → dispute → best field weight
	named := map[string]int{}                  // term → how many facts it names
	for i, f := range facts {
		best := map[string]float64{}
		note := func(ts []string, w float64) {
			for _, t := range ts {
				if best[t] < w {
					best[t] = w
				}
			}
		}
		note(terms(f.Title, ix.words), weightAlias)
		for _, a := range f.Aliases {
			note(terms(a, ix.words), weightAlias)
		}
		for _, k := range f.Keywords {
			note(terms(k, ix.words), weightKeyword)
		}
		// Words that only occur in answers and quotes are known (not
		// missing) but are no targets for typo correction: "near" should
		// not become "year" because some quote says "last year".
		note(terms(kindWords[f.Kind], ix.words), weightEvidence)
		note(terms(f.Answer, ix.seen), weightAnswer)
		for _, e := range f.Evidence {
			note(terms(e.Quote, ix.seen), weightEvidence)
		}
		for t, w := range best {
			ix.postings[t] = append(ix.postings[t], posting{fact: int32(i), weight: float32(w)})
			if f.Dispute == DisputeBoth || f.Kind == KindGap {
				continue
			}
			if seenIn[t] == nil {
				seenIn[t] = map[Dispute]float64{}
			}
			seenIn[t][f.Dispute] = max(seenIn[t][f.Dispute], w)
			if w >= weightAlias {
				named[t]++
			}
		}
	}
	n := float64(len(facts))
	for t, ps := range ix.postings {
		ix.idf[t] = math.Log(1 + n/float64(len(ps)))
		ix.maxIDF = max(ix.maxIDF, ix.idf[t])
		// A term marks a dispute when it names things there (the titles or
		// aliases of two facts or more) and occurs nowhere in the other
		// dispute's facts: "hunt" does; "action" (in "industrial action",
		// said of both) and "week" (one alias) do not.
		if d := seenIn[t]; len(d) == 1 && named[t] >= 2 {
			for k, w := range d {
				if w >= weightAlias {
					ix.dispute[t] = k
				}
			}
		}
	}
	// Explicit years and the disputes' own names always count.
	for t, d := range map[string]Dispute{"2016": Dispute2016, "2023": Dispute2023, "contract": Dispute2016, "allout": Dispute2016, "fiveday": Dispute2023} {
		ix.dispute[t] = d
	}
	for i, f := range facts {
		names := append([]string{f.Title}, f.Aliases...)
		for _, a := range names {
			ts := terms(a, nil)
			if len(ts) == 0 {
				continue
			}
			sum := 0.0
			for _, t := range ts {
				sum += ix.idf[t]
			}
			ix.aliases[ts[0]] = append(ix.aliases[ts[0]], alias{terms: ts, fact: int32(i), idf: sum})
		}
	}
	// The typo vocabulary holds every word of the facts and every stop word,
	// so that a misspelt "wen" can become "when" but "when" stays itself.
	for w := range stopWords {
		ix.words[w] += 1000
	}
	for w := range synonyms {
		ix.words[w]++
	}
	for w := range numberWords {
		ix.words[w]++
	}
	ix.typo = newTypoIndex(ix.words)
	return ix
}

// kindWords are words that ask for a kind of fact without naming its
// subject ("Barclay's job", "the date of …"); every fact of the kind knows
// them, weakly, so they count as matched rather than missing.
var kindWords = map[Kind]string{
	KindPerson:       "job role who person",
	KindOrganisation: "organisation organization group body who",
	KindEvent:        "date time day when happen",
	KindPlace:        "where place location located",
	KindPoll:         "poll survey public support opinion",
	KindFigure:       "number figure how many much",
	KindQuote:        "say said quote words",
	KindPosition:     "why want stance position argue",
}

// intent is what a question asks for, read from its question words.
type intent uint16

const (
	intentWho intent = 1 << iota
	intentWhen
	intentWhere
	intentWhy
	intentCount
	intentPoll
	intentQuote
	intentPosition
)

// intentKinds are the kinds of fact each intent prefers.
var intentKinds = []struct {
	intent intent
	kinds  []Kind
}{
	{intentWho, []Kind{KindPerson, KindOrganisation}},
	{intentWhen, []Kind{KindEvent, KindDispute}},
	{intentWhere, []Kind{KindPlace}},
	{intentWhy, []Kind{KindPosition, KindTopic, KindDispute}},
	{intentCount, []Kind{KindFigure, KindPoll}},
	{intentPoll, []Kind{KindPoll}},
	{intentQuote, []Kind{KindQuote}},
	{intentPosition, []Kind{KindPosition}},
}

// intentWords maps question words (raw, before stemming) to an intent.
var intentWords = map[string]intent{
	"who": intentWho, "whom": intentWho, "whose": intentWho, "whos": intentWho,
	"when": intentWhen, "date": intentWhen, "time": intentWhen, "day": intentWhen, "days": intentWhen,
	"hours": intentWhen, "whens": intentWhen, "long": intentWhen, "duration": intentWhen, "length": intentWhen,
	"where": intentWhere, "wheres": intentWhere, "location": intentWhere, "hospitals": intentWhere,
	"why": intentWhy, "y": intentWhy, "reason": intentWhy, "cause": intentWhy, "caused": intentWhy, "because": intentWhy,
	"many": intentCount, "much": intentCount, "number": intentCount, "percent": intentCount,
	"percentage": intentCount, "figure": intentCount, "figures": intentCount, "proportion": intentCount,
	"poll": intentPoll, "polls": intentPoll, "polling": intentPoll, "survey": intentPoll, "public": intentPoll,
	"popular": intentPoll, "support": intentPoll, "opinion": intentPoll, "backing": intentPoll,
	"say": intentQuote, "said": intentQuote, "says": intentQuote, "quote": intentQuote, "quotes": intentQuote,
	"claim": intentQuote, "claimed": intentQuote, "words": intentQuote, "told": intentQuote,
	"want": intentPosition, "wants": intentPosition, "demand": intentPosition, "demands": intentPosition,
	"stance": intentPosition, "position": intentPosition, "argue": intentPosition, "think": intentPosition,
}

// query is a question taken apart.
type query struct {
	terms   []string // content terms, in order (duplicates kept for alias phrases)
	weak    []bool   // whether terms[i] came from a generic question word or names only the dispute
	context []bool   // whether terms[i] names only the dispute ("2016", "all-out")
	missing float64  // idf mass of words the fact base does not know at all
	intent  intent
	dispute Dispute // "" when the question does not say; both when it names both
	// mixed is set when the question names things from both disputes
	// without asking to compare them ("what did Porter say about the
	// five-day strike?"): no article links them.
	mixed bool
}

// compareWords ask for both disputes at once.
var compareWords = wordSet("and both each compare comparing comparison versus vs between differ difference different differences contrast two")

func (b *Base) analyze(question string) query {
	ix := b.ix
	var q query
	raw := mergeTimes(split(normalize(question), make([]string, 0, 16)))
	n16, n23 := 0.0, 0.0
	compare := false
	for _, w := range raw {
		if compareWords[w] {
			compare = true
		}
		if it, ok := intentWords[w]; ok {
			q.intent |= it
		}
		if isStop(w) {
			continue
		}
		t := termOf(w)
		if _, known := ix.idf[t]; !known {
			_, word := ix.words[w]
			_, seen := ix.seen[w]
			if !word && !seen {
				if c := ix.typo.correct(w); c != "" {
					if it, ok := intentWords[c]; ok {
						q.intent |= it
					}
					if isStop(c) {
						continue
					}
					t = termOf(c)
				}
			}
		}
		if _, known := ix.idf[t]; !known {
			if !isWeak(w) {
				q.missing += ix.maxIDF * b.tune.unknownWeight
			}
			continue
		}
		q.terms = append(q.terms, t)
		q.weak = append(q.weak, isWeak(w) || contextTerms[t])
		q.context = append(q.context, contextTerms[t])
		if isWeak(w) {
			continue
		}
		switch ix.dispute[t] {
		case Dispute2016:
			n16 += weightOfSignal(t)
		case Dispute2023:
			n23 += weightOfSignal(t)
		}
	}
	switch {
	case n16 > 0 && n23 > 0 && (compare || n16 >= 3 && n23 >= 3):
		q.dispute = DisputeBoth
	case n16 > 0 && n23 > 0 && n16 < 3 && n23 < 3:
		q.mixed = true
	case n16 > n23:
		q.dispute = Dispute2016
	case n23 > n16:
		q.dispute = Dispute2023
	}
	return q
}

// weightOfSignal counts a named year three times: "what did Hunt say in
// 2023" is about 2023, whatever Hunt suggests.
func weightOfSignal(t string) float64 {
	if t == "2016" || t == "2023" {
		return 3
	}
	return 1
}

// maxRanked is how many of the best facts score keeps: the answer, the
// other dispute's, and suggestions need far fewer.
const maxRanked = 16

// better orders scores: higher first, then the earlier fact, so that ties
// never depend on map or pool order.
func better(a, b scored) bool {
	return a.score > b.score || a.score == b.score && a.fact < b.fact
}

// insertRanked adds s to out, kept sorted best first and at most maxRanked
// long: a top-k selection instead of sorting every fact a question touched.
func insertRanked(out []scored, s scored) []scored {
	if len(out) == maxRanked {
		if !better(s, out[len(out)-1]) {
			return out
		}
		out = out[:len(out)-1]
	}
	i := len(out)
	out = append(out, s)
	for i > 0 && better(s, out[i-1]) {
		out[i] = out[i-1]
		i--
	}
	out[i] = s
	return out
}

// scratch is one question's working space for score, pooled so that a
// question allocates nothing in proportion to the size of the fact base.
type scratch struct {
	acc     []scored // indexed by fact
	stamp   []uint32 // acc[f] belongs to this question when stamp[f] == gen
	gen     uint32
	touched []int32 // the facts this question has touched
}

func (b *Base) getScratch() *scratch {
	sc, ok := b.scratch.Get().(*scratch)
	if !ok {
		sc = &scratch{acc: make([]scored, len(b.facts)), stamp: make([]uint32, len(b.facts))}
	}
	sc.gen++
	if sc.gen == 0 { // wrapped: forget every old stamp
		clear(sc.stamp)
		sc.gen = 1
	}
	sc.touched = sc.touched[:0]
	return sc
}

// scored is a fact's match against a query.
type scored struct {
	fact     int32
	score    float64 // ranking score, after intent and dispute
	coverage float64 // share of the question's idf mass the fact matched
	strength float64 // matched idf mass, weighted by field
}

// score ranks the facts for q; kinds, when given, restricts the kinds.
func (b *Base) score(q query, kinds []Kind) []scored {
	ix := b.ix
	if len(q.terms) == 0 {
		return nil
	}
	// Dispute names are context only when the question has a subject
	// besides them: in "what was the 2016 dispute about?" they are the subject.
	subject := 0.0
	for i, t := range q.terms {
		if !q.weak[i] {
			subject += ix.idf[t]
		}
	}
	if subject < b.tune.minSubject {
		q.weak = slices.Clone(q.weak)
		for i, c := range q.context {
			if c {
				q.weak[i] = false
			}
		}
	}
	total := q.missing
	uniq := make([]string, 0, len(q.terms))
	weight := make([]float64, 0, len(q.terms)) // a term's share of the question
	for i, t := range q.terms {
		w := 1.0
		if q.weak[i] {
			w = b.tune.weakWeight
		}
		if j := slices.Index(uniq, t); j >= 0 {
			if w > weight[j] {
				total += ix.idf[t] * (w - weight[j])
				weight[j] = w
			}
			continue
		}
		uniq = append(uniq, t)
		weight = append(weight, w)
		total += ix.idf[t] * w
	}
	sc := b.getScratch()
	defer b.scratch.Put(sc)
	get := func(f int32) *scored {
		if sc.stamp[f] != sc.gen {
			sc.stamp[f] = sc.gen
			sc.acc[f] = scored{fact: f}
			sc.touched = append(sc.touched, f)
		}
		return &sc.acc[f]
	}
	touched := func(f int32) (*scored, bool) {
		if sc.stamp[f] != sc.gen {
			return nil, false
		}
		return &sc.acc[f], true
	}
	for j, t := range uniq {
		idf := ix.idf[t] * weight[j]
		for _, p := range ix.postings[t] {
			s := get(p.fact)
			s.strength += idf * float64(p.weight) / weightAlias
			s.coverage += idf
		}
	}
	// A question that is nothing but a name ("Hunt", "who is Barclay")
	// asks about the named fact itself, not the facts that mention it.
	var named []string // the question's terms less its generic words
	for j, t := range uniq {
		if weight[j] == 1 {
			named = append(named, t)
		}
	}
	if len(named) > 0 && len(named) <= 3 {
		for _, a := range ix.aliases[named[0]] {
			if k := b.facts[a.fact].Kind; k != KindPerson && k != KindOrganisation && k != KindPlace {
				continue
			}
			if slices.Equal(a.terms, named) {
				if s, ok := touched(a.fact); ok {
					s.score = max(s.score, a.idf*b.tune.nameBonus)
				}
			}
		}
	}
	// A question that contains a whole alias names that fact's subject, if
	// the alias is what the question is about: in "how many were cancelled
	// in the first all-out strike", the strike's name is only context.
	focus := 0.0
	for j, t := range uniq {
		if weight[j] == 1 {
			focus += ix.idf[t]
		}
	}
	for i, t := range q.terms {
		for _, a := range ix.aliases[t] {
			if len(a.terms) < 2 || len(a.terms) > len(q.terms)-i || !slices.Equal(a.terms, q.terms[i:i+len(a.terms)]) {
				continue
			}
			named, n := 0.0, 0
			for k := range a.terms {
				if !q.weak[i+k] {
					named += ix.idf[a.terms[k]]
					n++
				}
			}
			if n < 2 || named < focus/2 {
				continue
			}
			if s, ok := touched(a.fact); ok {
				s.score = max(s.score, named*b.tune.phraseBonus)
			}
		}
	}
	// The multipliers depend only on a fact's kind and dispute, so they are
	// worked out once per question, not once per fact.
	var kindMul [numKinds]float64
	for k, kind := range Kinds {
		switch {
		case kinds != nil && !slices.Contains(kinds, kind):
			kindMul[k] = 0 // not searched
		case kind == KindGap:
			// A gap is written for the questions that ask for what the
			// articles lack; it answers when it fits at least as well as the
			// real facts do, and never on a bare topic word.
			kindMul[k] = b.tune.gapWeight
			if q.intent != 0 {
				kindMul[k] *= b.tune.intentBoost
			}
		default:
			kindMul[k] = 1
			for _, ik := range intentKinds {
				if q.intent&ik.intent != 0 && slices.Contains(ik.kinds, kind) {
					kindMul[k] = b.tune.intentBoost
					break
				}
			}
		}
	}
	var disputeMul [numDisputes]float64
	for d := range disputeMul {
		disputeMul[d] = 1
		fd := disputeOrder[d]
		switch {
		case q.dispute == Dispute2016 && fd == Dispute2023, q.dispute == Dispute2023 && fd == Dispute2016:
			disputeMul[d] = b.tune.otherDispute
		case (q.dispute == Dispute2016 || q.dispute == Dispute2023) && fd == DisputeBoth:
			// "why did they strike in 2016?" wants the 2016 fact, not the
			// comparison of both.
			disputeMul[d] = b.tune.bothDispute
		}
	}
	out := make([]scored, 0, maxRanked)
	for _, fi := range sc.touched {
		s := &sc.acc[fi]
		m := b.meta[fi]
		mul := kindMul[m.kind]
		if mul == 0 {
			continue
		}
		mul *= disputeMul[m.dispute]
		s.coverage /= total
		s.score = (s.strength + s.score) * (0.3 + 0.7*s.coverage) * mul
		out = insertRanked(out, *s)
	}
	return out
}
