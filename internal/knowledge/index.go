package knowledge

import (
	"math"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"
)

// Field weights (BM25F): a word in a fact's title or aliases names its
// subject; one in an example question or keyword points at it; a word of
// the answer or the quotes merely occurs.
const (
	weightAlias    = 3.0
	weightQuestion = 2.0
	weightKeyword  = 2.0
	weightAnswer   = 1.0
	weightEvidence = 0.6
	// weightAbout is for the names of the people and organisations a fact
	// is about: "what did the cabinet minister say" reaches Hunt's quotes
	// through his person fact's aliases, though the quotes never say it.
	weightAbout = 0.6
	// bm25K1 saturates a term's weighted frequency; bm25B is how much a long
	// field's length discounts it.
	bm25K1 = 3.0
	bm25B  = 0.3
)

// Base is a loaded fact base, ready to answer questions. It is read-only
// after Load, so one Base serves any number of goroutines.
type Base struct {
	v        *vocab
	disputes []*DisputeInfo
	articles []*Article
	facts    []*Fact
	byID     map[string]int
	ix       *index
	group    []int32 // per fact, its group (see groupFacts)
	sample   []int32 // per group, one of its facts
	// derived has, per fact, what is worked out from its text for
	// answering (see derived), on first use.
	derived []func() *derived
	// several has, per fact, the most weekdays and the most places one
	// sentence of its answer names, on first use (see preferSeveral).
	several []func() [2]int
	// shared are the terms every dispute's names share (sharedTerms),
	// which name no one dispute.
	shared []string
	// groups are the terms that name a group of people (see namesGroup),
	// worked out at load: analyze asks it of every term of every question.
	groups map[string]bool
	// sides has, per fact of every dispute, its body's sentences as terms
	// with the one dispute each speaks of ("" for none, or several), on
	// first use; nil for a fact of one dispute. It is apart from derived
	// because every question weighs the facts of both disputes it reaches
	// against the dispute it asks (offSide), and most of derived would be
	// wasted on them.
	sides []func() []side
	// places are the place facts with their sorts, and placed, per fact,
	// its sentences with the places they put something in: on first use,
	// for the yes/no questions putting something in a place (see
	// placeVerdict), which weigh up to ten facts each.
	places func() placeFacts
	placed []func() []placedSentence
	// examples has, per fact, the keys of its example questions, read as
	// a question is (see exampleKey), on first use. Per fact, not one map
	// for the base: reading every example question of every fact was a
	// tenth of "bot ask", and a question checks only the facts that could
	// make its ranking (see mayRank).
	examples []func() []uint64
	// roles has, per fact, the roles its answer puts a qualifier
	// before, as terms ("deputy chief executive": leader, executiv), on
	// first use. It is apart from derived because every question asking
	// who weighs each candidate's roles (otherRole), and most of derived
	// would be wasted on them: working it all out took a fifth of `bot ask
	// "who is mark porter"`.
	roles []func() [][]string
	// clauses has, per fact, what each clause of its answer names (see
	// namedClauses), on first use: pairedNo weighs them for every yes/no
	// question pairing a person with an organisation.
	clauses []func() []namedClause
	// nameRuns has, per fact, its names as runs of raw words (see
	// namedIn), on first use: who-said questions test every person and
	// organisation against the words before the speech verb, and
	// splitting all their names again for each question was a quarter
	// of answering one.
	nameRuns []func() [][]string
	// matchPool holds *matchSet, one question's working space (see release).
	matchPool    sync.Pool
	complete     map[Lookup]*completer // see completer
	completeOnce sync.Once
	tune         tuning
	// shareVerbs are the terms of the verbs the facts give a share for
	// ("57% support", "a quarter oppose"), on first use (see readShareCount).
	shareVerbs func() map[string]bool
}

// tuning holds the engine's weights and thresholds, tuned on
// testdata/eval.jsonl; a test may vary them.
type tuning struct {
	minCoverage   float64 // share of the question a fact must match to answer it
	leadCoverage  float64 // the lower share enough for a fact of the asked type far ahead of the next
	leadRatio     float64 // how many times the next best's score that lead must be
	minStrength   float64 // how strongly (by field) it must match
	unknownWeight float64 // an unknown word's weight, as a share of the rarest known word's
	realWeight    float64 // a real English word's weight when the facts do not know it, as that share
	modifierShare float64 // a missing modifier's share of a missing real word's weight (see vocab.modifiers)
	weakWeight    float64 // a generic question word's weight
	phraseBonus   float64 // bonus for containing a whole multi-word alias, per idf
	nameBonus     float64 // bonus when the question is exactly a fact's name, per idf
	exampleBoost  float64 // multiplier for the facts an example question asking just the question is of
	intentBoost   float64 // multiplier for facts that supply what the question asks for
	otherDispute  float64 // multiplier for facts of a dispute the question did not name
	gapWeight     float64 // multiplier for gap facts
	bothDispute   float64 // multiplier for facts of several disputes when the question names one
	minSubject    float64 // idf a question needs besides dispute names for those to be mere context
	sourceBoost   float64 // multiplier for facts citing the article a question points at
	otherSource   float64 // multiplier for facts that do not cite it
}

func defaultTuning() tuning {
	return tuning{
		minCoverage: 0.6, leadCoverage: 0.45, leadRatio: 2.0, minStrength: 1.2, unknownWeight: 0.5, realWeight: 0.9, modifierShare: 0.7, weakWeight: 0.3,
		phraseBonus: 0.3, nameBonus: 1.0, exampleBoost: 1.3, intentBoost: 1.4, otherDispute: 0.4, gapWeight: 0.8, bothDispute: 0.7, minSubject: 2.0,
		sourceBoost: 1.3, otherSource: 0.5,
	}
}

type posting struct {
	fact   int32
	weight float64 // the term's BM25F weight in the fact, 1 for one mention in the title
}

// alias is a name of a fact's subject as a sequence of terms; a question
// containing the whole sequence names that fact.
type alias struct {
	terms []string
	fact  int32
	idf   float64 // the sum of its terms' idf
}

// phrase is a name of a dispute or an article as a sequence of raw words,
// matched by their terms: "the 2016 walkout" is "the 2016 strike".
type phrase struct {
	words   []string
	terms   []string // v.term of each word, stop words too
	dispute Dispute  // set for a dispute's name
	article int      // 1 + the article's index, for an article's name
}

type index struct {
	postings map[string][]posting // term → the facts it occurs in
	idf      map[string]float64
	maxIDF   float64
	aliases  map[string][]alias // first term → aliases starting with it
	// The typo index is built on the first word that needs it: most
	// questions have none, and a one-shot "bot ask" should not pay for it.
	typoOnce sync.Once
	typo     *typoIndex
	// surnameMap pairs first names with surnames (see surnames).
	surnameOnce sync.Once
	surnameMap  map[string][]string
	v           *vocab
	facts       []*Fact
	kindCache   map[Kind][]string  // see kindTerms
	dispute     map[string]Dispute // terms that mark one dispute
	context     map[string]bool    // terms that name a dispute and nothing else (a year, "allout")
	years       map[string]bool    // terms that are a dispute's year
	// disputeTerms are the terms of the disputes' names and aliases: a
	// question of nothing else asks about the disputes as a whole.
	disputeTerms map[string]bool
	// owners lists, per term, the disputes one of whose names, aliases or
	// years has it, in declaration order ("strike" has both, "allout" one).
	owners      map[string][]*DisputeInfo
	declared    map[string]bool  // terms of one dispute's declared names
	phrases     []phrase         // names of disputes and articles
	phraseStart map[string][]int // first word → indexes into phrases
	cites       [][]bool         // per fact, per article, whether the fact cites it
	artDispute  []Dispute        // per article, the dispute it covers

	// entity holds the rarer terms of the names of people, organisations
	// and places ("scotland", "larby", "yougov"): a question naming one is
	// answered only by a fact that knows it.
	entity map[string]bool
	// speakers holds the terms of the names of people and organisations.
	speakers map[string][]int32
	// names are each fact's nameTerms; members, for an organisation's
	// fact, the people whose facts are about it (its spokespeople).
	names   [][][]string
	members map[int32][]int32
	// persons maps each name of a person's fact, as nameKey gives it, to
	// those facts: "is Barclay the Prime Minister?" looks both names up.
	persons map[string][]int32
	// orgs is persons for the organisations' facts: "is Cordery from the
	// BMA?" looks the organisation up.
	orgs map[string][]int32
	// articleTerms are, per article, the terms of its text (inText) and of
	// the facts that cite it alone (inFacts): what "the article with the
	// Farnborough pictures" may name it by (see articleByContent).
	articleTerms func() []map[string]termSource
	// articleText is, per article, the terms of its whole text as
	// articleNames reads them, worked out on first use: not the whole
	// article split again for every question that names it.
	articleText []func() []string
}

// nameKey is a name's terms sorted, without repeats, and joined: the same
// key for "Jeremy Hunt" and "Hunt Jeremy".
func nameKey(terms []string) string {
	if len(terms) == 1 {
		// Most keys looked up per question are one word ("Barclay",
		// "BMA"): no copy to sort and join.
		return terms[0]
	}
	ts := slices.Clone(terms) // not slices.Sorted: that grows its copy
	slices.Sort(ts)
	return strings.Join(slices.Compact(ts), " ")
}

// has reports whether fact f has term t in any field.
func (ix *index) has(f int32, t string) bool {
	_, ok := slices.BinarySearchFunc(ix.postings[t], f, func(p posting, f int32) int { return int(p.fact - f) })
	return ok
}

func newBase(v *vocab, disputes []*DisputeInfo, articles []*Article, facts []*Fact) *Base {
	b := &Base{v: v, disputes: disputes, articles: articles, facts: facts, byID: make(map[string]int, len(facts)), tune: defaultTuning()}
	shared := sharedTerms(v, disputes)
	b.shared = shared
	b.derived = make([]func() *derived, len(facts))
	b.several = make([]func() [2]int, len(facts))
	b.sides = make([]func() []side, len(facts))
	b.placed = make([]func() []placedSentence, len(facts))
	b.roles = make([]func() [][]string, len(facts))
	b.clauses = make([]func() []namedClause, len(facts))
	b.places = sync.OnceValue(b.newPlaces)
	b.examples = make([]func() []uint64, len(facts))
	b.nameRuns = make([]func() [][]string, len(facts))
	for i, f := range facts {
		b.byID[f.ID] = i
		b.derived[i] = sync.OnceValue(func() *derived { return b.derive(i, shared) })
		b.several[i] = sync.OnceValue(func() [2]int { return b.severalIn(f) })
		b.placed[i] = sync.OnceValue(func() []placedSentence { return b.placedSentences(int32(i)) })
		b.roles[i] = sync.OnceValue(func() [][]string { return qualifiedRoles(v, f.body) })
		b.clauses[i] = sync.OnceValue(func() []namedClause { return b.namedClauses(f.body) })
		b.examples[i] = sync.OnceValue(func() []uint64 { return b.exampleKeys(f) })
		b.nameRuns[i] = sync.OnceValue(func() [][]string { return nameRuns(f) })
		if f.Dispute == DisputeBoth {
			b.sides[i] = sync.OnceValue(func() []side { return b.factSides(f) })
		}
	}
	b.ix = buildIndex(v, disputes, articles, facts)
	b.groups = b.groupTerms()
	b.group, b.sample = groupFacts(facts, b.ix.cites)
	b.shareVerbs = sync.OnceValue(func() map[string]bool {
		verbs := map[string]bool{}
		for _, f := range facts {
			if f.Kind != KindPoll && f.Kind != KindFigure {
				continue // "6.5% unions would accept" is no share of people
			}
			words := split(normalizeChars(f.Answer), nil)
			for k := range words {
				_, n := v.shareAt(words, k)
				if n == 0 {
					continue
				}
				// The word right after the share, past whom it is of:
				// "57% support", "three in five Britons supporting".
				j := k + n
				for j < len(words) && (words[j] == "of" || words[j] == "the" || v.population[v.term(words[j])]) {
					j++
				}
				if j < len(words) && !isDigitByte(words[j][0]) && !v.isStop(words[j]) && !v.isStop(v.term(words[j])) {
					verbs[v.stem(v.term(words[j]))] = true
				}
			}
		}
		return verbs
	})
	return b
}

// derived is what is worked out from one fact's text for answering. It is
// fixed once the base is loaded, but worked out the first time a question
// considers the fact: matching every answer type's patterns against every
// fact was most of loading's work, and a question looks at a few
// candidates only. Each fact's is its own, so the cost grows with the
// facts a question reaches, not with the base.
type derived struct {
	// body is the fact's answer body as terms, read by the checks of what
	// an answer says (verdicts, figures in a sentence).
	body []string
	// said is what the fact asserts, as terms: its answer body, its names,
	// the names of its dispute and of what it is about, and the words of
	// its example questions that are not yes/no ("which TV programme did
	// Hunt appear on?" presupposes he appeared on one; "was the public
	// against it?" presupposes nothing). A Yes rests on these.
	said []string
	// supplied has bit i set when the fact gives the vocabulary's answer
	// type i.
	supplied uint64
	// denials has, per answer type, the terms near each place the fact's
	// answer says the articles do not give that type ("no calendar date").
	denials [][]string
	// lacked are the terms its answer has only where it says the
	// articles do not give something (see lackedTerms).
	lacked []string
	// sentences are its body's sentences with the types each gives.
	sentences []typedSentence
	// text is what the checks of an answer read of its text (see factText).
	text *factText
	// differ is whether its answer reports that the articles disagree
	// (sourcesDiffer), which a yes/no answer then leads with.
	differ bool
	// referenced are the terms its answer has only in what something is
	// compared with ("higher than in January"; see referencedTerms).
	referenced []string
	// questions are the terms of its example questions, which borrowed
	// reads for every yes/no question.
	questions []string
	// stated are the terms of what the fact states (its answer, title and
	// evidence) and pointers those of each of its aliases and keywords, in
	// that order: termUnwritten reads them for every Yes, and working them
	// out per question was its whole cost.
	stated   []string
	pointers [][]string
	// statedWords are the words of what the fact states, sentence by
	// sentence, as written (no phrase joined): its answer's sentences, its
	// title and each evidence quote. The unstated-Yes vetoes
	// (verdict_wrongyes20.go) read them for every Yes.
	statedWords [][]string
	// group and groupAlias are the person fact naming a quote's speakers
	// as a group and the group's name its answer calls them by ("the BMA
	// leaders"), if any (see speakerGroup).
	group      *Fact
	groupAlias string
}

// side is one sentence of a fact of every dispute and the dispute it is
// about.
type side struct {
	dispute Dispute
	terms   map[string]bool
}

// derive works out fact i's derived; shared are the terms every dispute's
// names share (see sharedTerms).
func (b *Base) derive(i int, shared []string) *derived {
	v, f := b.v, b.facts[i]
	d := &derived{body: v.terms(f.body, nil), denials: make([][]string, len(v.types))}
	for _, e := range f.Questions {
		d.questions = append(d.questions, v.terms(e, nil)...)
	}
	lower := strings.ToLower(f.body)
	for ti := range v.types {
		t := &v.types[ti]
		if supplies(f, lower, t) {
			d.supplied |= 1 << ti
		}
		if t.denied != nil {
			d.denials[ti] = ownNames(v, f, deniedTerms(v, t.denied, f.Answer))
		}
	}
	d.differ = sourcesDiffer.MatchString(f.body)
	d.referenced = v.referencedTerms(f.body)
	if lacked := lackedTerms(v, f.body); len(lacked) > 0 {
		// What the curator wrote the fact to be about is no term it
		// lacks: "the article does not say whether those groups were
		// striking" still answers "which groups …?" of its keywords.
		declared := v.terms(f.Title, nil)
		for _, s := range slices.Concat(f.Aliases, f.Keywords, f.Questions) {
			declared = append(declared, v.terms(s, nil)...)
		}
		d.lacked = slices.DeleteFunc(lacked, func(t string) bool { return slices.Contains(declared, t) })
	}
	d.sentences = typeSentences(v, f, lower, d.supplied)
	d.said = b.saidTerms(f, d.body, shared)
	d.text = b.newFactText(f)
	d.stated = v.terms(f.Answer+" . "+f.Title, nil)
	for _, e := range f.Evidence {
		d.stated = append(d.stated, v.terms(e.Quote, nil)...)
	}
	for _, p := range slices.Concat(f.Aliases, f.Keywords) {
		d.pointers = append(d.pointers, v.terms(p, nil))
	}
	for _, s := range append(sentences(f.Answer), f.Title) {
		d.statedWords = append(d.statedWords, split(normalizeChars(s), nil))
	}
	for _, e := range f.Evidence {
		d.statedWords = append(d.statedWords, split(normalizeChars(e.Quote), nil))
	}
	d.group, d.groupAlias = b.speakerGroup(f)
	return d
}

// qualifiedRoles are the roles body puts a qualifier before: the terms of
// up to two words after each qualifier, up to a stop word.
func qualifiedRoles(v *vocab, body string) [][]string {
	words := split(strings.ToLower(body), nil)
	var roles [][]string
	for j, w := range words {
		if !v.qualifiers[w] {
			continue
		}
		var ts []string
		for k := j + 1; k < len(words) && len(ts) < 2 && !v.isStop(words[k]); k++ {
			ts = append(ts, v.term(words[k]))
		}
		if len(ts) > 0 {
			roles = append(roles, ts)
		}
	}
	return roles
}

// ownNames adds to near, the terms after a fact's denial, the terms of all
// its aliases when near has all of one: "the article never names the Prime
// Minister" denies the name of "the PM" too.
func ownNames(v *vocab, f *Fact, near []string) []string {
	if len(near) == 0 {
		return near
	}
	var all []string
	names := false
	for _, a := range f.Aliases {
		ts := v.terms(a, nil)
		all = append(all, ts...)
		names = names || len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return !slices.Contains(near, t) })
	}
	if !names {
		return near
	}
	return append(near, all...)
}

// sharedTerms are the terms that the names and aliases of every dispute
// share ("strike", "dispute").
func sharedTerms(v *vocab, disputes []*DisputeInfo) []string {
	var shared []string
	for i, d := range disputes {
		var ts []string
		for _, n := range append([]string{d.Name}, d.Aliases...) {
			ts = append(ts, v.terms(n, nil)...)
		}
		if i == 0 {
			shared = ts
		} else {
			shared = slices.DeleteFunc(shared, func(t string) bool { return !slices.Contains(ts, t) })
		}
	}
	return shared
}

// saidTerms works out derived.said for fact f, whose body terms are body.
func (b *Base) saidTerms(f *Fact, body, shared []string) []string {
	v := b.v
	said := slices.Clone(body)
	// A fact of a dispute speaks of its strike and its years: "did the
	// 2016 strike affect maternity?" against "the first time …
	// maternity … had been affected during the dispute". Only the words
	// every dispute's names share (strike, dispute) count: "pay", of
	// "the pay dispute", is no word of every fact of it.
	said = append(said, shared...)
	for _, d := range b.disputes {
		if f.Dispute == d.ID || f.Dispute == DisputeBoth {
			said = append(said, d.Years...)
		}
	}
	names := func(g *Fact) {
		for _, n := range append([]string{g.Title}, g.Aliases...) {
			said = append(said, v.terms(n, nil)...)
		}
	}
	names(f)
	for _, id := range f.About {
		if j, ok := b.byID[id]; ok {
			names(b.facts[j])
		}
	}
	for _, q := range f.Questions {
		if w := v.words(q); len(w) > 0 && !v.yesNo[w[0]] {
			said = append(said, v.terms(q, nil)...)
		}
	}
	slices.Sort(said)
	return slices.Compact(said)
}

// completer returns the look-up's completer, building them all on first
// use: a one-shot "bot ask" never completes.
func (b *Base) completer(l Lookup) (*completer, bool) {
	b.completeOnce.Do(func() {
		b.complete = map[Lookup]*completer{}
		for l, kinds := range LookupKinds {
			b.complete[l] = newCompleter(b, kinds)
		}
	})
	c, ok := b.complete[l]
	return c, ok
}

// suppliesType reports whether fact i gives type t: what its supplies
// say, or else what its kind gives or its answer text shows. A strict type
// with a pattern must be in the answer text, whatever the kind: a poll's
// "57%" is no count of people surveyed.
func (b *Base) suppliesType(i int32, t *answerType) bool {
	return b.derived[i]().supplied&(1<<t.index) != 0
}

// supplies is suppliesType's rule, for fact f whose body, lower-cased, is
// body.
func supplies(f *Fact, body string, t *answerType) bool {
	switch {
	case len(f.Supplies) > 0:
		return slices.Contains(f.Supplies, t.name)
	case t.strict && t.pattern != nil:
		return t.matches(body)
	}
	return slices.Contains(t.kinds, f.Kind) || t.matches(body)
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

// Article returns the article with the given file name or short reference.
func (b *Base) Article(file string) (*Article, bool) {
	for _, a := range b.articles {
		if a.File == file || a.Ref != "" && a.Ref == file {
			return a, true
		}
	}
	return nil, false
}

// terms turns text into index terms, dropping stop words; words, when not
// nil, counts the raw words.
func (v *vocab) terms(text string, words map[string]int) []string {
	return v.appendTerms(nil, text, words)
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

// field is one field of a fact as BM25F sees it.
type field struct {
	weight float64
	terms  []string
}

// fieldsOf lists a fact's fields as BM25F weighs them. nameLists are its
// nameTerms, kindTerms the terms of its kind's words, and aboutNames the
// nameTerms of the people and organisations in its about list, whose names
// it matches weakly; the caller works them out once for every fact.
func fieldsOf(v *vocab, f *Fact, nameLists [][]string, kindTerms []string, aboutNames [][][]string) []field {
	names := slices.Concat(nameLists...)
	var questions []string
	for _, q := range f.Questions {
		questions = v.appendTerms(questions, q, nil)
	}
	var keywords []string
	for _, k := range f.Keywords {
		keywords = v.appendTerms(keywords, k, nil)
	}
	// Words that only occur in answers and quotes are known (not
	// missing) but are no targets for typo correction: "near" should
	// not become "year" because some quote says "last year".
	var quotes []string
	for _, e := range f.Evidence {
		quotes = v.appendTerms(quotes, e.Quote, nil)
	}
	quotes = append(quotes, kindTerms...)
	n := 0
	for _, lists := range aboutNames {
		for _, l := range lists {
			n += len(l)
		}
	}
	var about []string
	if n > 0 {
		about = make([]string, 0, n)
	}
	for _, lists := range aboutNames {
		for _, l := range lists {
			about = append(about, l...)
		}
	}
	return []field{
		{weightAlias, names}, {weightQuestion, questions}, {weightKeyword, keywords},
		{weightAnswer, v.terms(f.Answer, nil)}, {weightEvidence, quotes}, {weightAbout, about},
	}
}

// appendTerms appends the terms of text to dst, dropping stop words;
// words, when not nil, counts the raw words.
func (v *vocab) appendTerms(dst []string, text string, words map[string]int) []string {
	raw := v.words(text)
	dst = slices.Grow(dst, len(raw))
	for _, w := range raw {
		if words != nil {
			words[w]++
		}
		if !v.isStop(w) {
			dst = append(dst, v.term(w))
		}
	}
	return dst
}

// parallel calls f(0) … f(n-1) on GOMAXPROCS goroutines, each taking
// the next i until none is left, and waits. Splitting the facts' text into
// terms is a third of loading, and each fact's stands alone; a goroutine
// per fact would grow a fresh stack for each.
func parallel(n int, f func(i int)) {
	var next atomic.Int64
	var wg sync.WaitGroup
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1) - 1); i < n; i = int(next.Add(1) - 1) {
				f(i)
			}
		})
	}
	wg.Wait()
}

// nameTerms are the terms of a fact's title and of each of its aliases.
func nameTerms(v *vocab, f *Fact) [][]string {
	lists := make([][]string, 0, 1+len(f.Aliases))
	for _, a := range append([]string{f.Title}, f.Aliases...) {
		lists = append(lists, v.terms(a, nil))
	}
	return lists
}

// bm25f weighs each term of a fact's fields: the field-weighted frequency,
// each field's share discounted by its length against that field's mean,
// then saturated, and scaled so one mention in a name of mean length
// weighs 1.
func bm25f(fields []field, mean []float64) map[string]float64 {
	n := 0
	for _, fl := range fields {
		n += len(fl.terms)
	}
	// About half a fact's terms are repeats: room for the rest at once
	// rather than growing the map from empty.
	tf := make(map[string]float64, n/2)
	for i, fl := range fields {
		if len(fl.terms) == 0 {
			continue
		}
		norm := 1 - bm25B + bm25B*float64(len(fl.terms))/max(mean[i], 1)
		for j, t := range fl.terms {
			// A word said twice in the title counts once: names repeat
			// ("Mark Porter", "porter") without being more about it.
			if i == 0 && slices.Contains(fl.terms[:j], t) {
				continue
			}
			tf[t] += fl.weight / norm
		}
	}
	unit := weightAlias * (bm25K1 + 1) / (weightAlias + bm25K1)
	for t, x := range tf {
		tf[t] = x * (bm25K1 + 1) / (x + bm25K1) / unit
	}
	return tf
}

// termStats is what buildIndex gathers for one term, in one map so that
// each posting costs one look-up: its postings, and whether it marks a
// dispute. For that it counts only the facts of one dispute (not gaps):
// the first such fact's dispute, whether others have another, and how many
// name it in their title or aliases.
type termStats struct {
	postings []posting
	dispute  Dispute
	counted  bool // dispute is set
	several  bool
	named    int
}

// termsStats holds the termStats of a run of facts, by term.
type termsStats map[string]*termStats

// add adds fact i, f, whose terms have the given weights and whose names
// have the terms named; facts are added in order.
func (m termsStats) add(i int32, f *Fact, weights map[string]float64, named []string) {
	for t, w := range weights {
		s := m[t]
		if s == nil {
			s = &termStats{}
			m[t] = s
		}
		s.postings = append(s.postings, posting{fact: i, weight: w})
		if f.Dispute == DisputeBoth || f.Kind == KindGap {
			continue
		}
		if !s.counted {
			s.dispute, s.counted = f.Dispute, true
		}
		s.several = s.several || s.dispute != f.Dispute
		if slices.Contains(named, t) {
			s.named++
		}
	}
}

// join adds r, the stats of the same term over a later run of facts.
func (s *termStats) join(r *termStats) {
	s.postings = append(s.postings, r.postings...)
	switch {
	case !s.counted:
		s.dispute, s.counted, s.several = r.dispute, r.counted, r.several
	case r.counted:
		s.several = s.several || r.several || r.dispute != s.dispute
	}
	s.named += r.named
}

func buildIndex(v *vocab, disputes []*DisputeInfo, articles []*Article, facts []*Fact) *index {
	ix := &index{
		aliases:      map[string][]alias{},
		dispute:      map[string]Dispute{},
		context:      map[string]bool{},
		years:        map[string]bool{},
		disputeTerms: map[string]bool{},
		owners:       map[string][]*DisputeInfo{},
		declared:     map[string]bool{},
	}
	// Reading the articles' capitals needs nothing else built here: it is
	// done meanwhile rather than after.
	var proper, lower map[string]bool
	var cased sync.WaitGroup
	cased.Go(func() { proper, lower = articleCase(v, articles) })
	// Each fact's terms only read v, so they are split in parallel; the
	// names first, because a fact also matches its subjects' names.
	all := make([][]field, len(facts))
	at := make(map[string]int, len(facts))
	for i, f := range facts {
		at[f.ID] = i
	}
	names := make([][][]string, len(facts))
	parallel(len(facts), func(i int) { names[i] = nameTerms(v, facts[i]) })
	kindTerms := make([][]string, len(facts))
	for i, f := range facts {
		kindTerms[i] = ix.kindTerms(v, f.Kind)
	}
	parallel(len(facts), func(i int) {
		f := facts[i]
		var about [][][]string
		for _, id := range f.About {
			if j, ok := at[id]; ok && j != i {
				about = append(about, names[j])
			}
		}
		all[i] = fieldsOf(v, f, names[i], kindTerms[i], about)
	})
	var mean []float64
	for i := range facts {
		if mean == nil {
			mean = make([]float64, len(all[i]))
		}
		for j, fl := range all[i] {
			mean[j] += float64(len(fl.terms)) / float64(len(facts))
		}
	}
	// The facts are weighed and their postings gathered in parallel, one
	// run of consecutive facts per core; the runs are joined in order
	// after, so every term's postings stay sorted by fact. (More runs
	// would balance the cores better but cost more joining.)
	runs := make([]termsStats, min(runtime.GOMAXPROCS(0), len(facts)))
	parallel(len(runs), func(r int) {
		stats := termsStats{}
		for i := r * len(facts) / len(runs); i < (r+1)*len(facts)/len(runs); i++ {
			stats.add(int32(i), facts[i], bm25f(all[i], mean), all[i][0].terms)
		}
		runs[r] = stats
	})
	stats := termsStats{}
	for i, run := range runs {
		if i == 0 {
			stats = run
			continue
		}
		for t, r := range run {
			if s := stats[t]; s != nil {
				s.join(r)
			} else {
				stats[t] = r
			}
		}
	}
	n := float64(len(facts))
	ix.postings = make(map[string][]posting, len(stats))
	ix.idf = make(map[string]float64, len(stats))
	for t, s := range stats {
		ix.postings[t] = s.postings
		ix.idf[t] = math.Log(1 + n/float64(len(s.postings)))
		ix.maxIDF = max(ix.maxIDF, ix.idf[t])
		// A term marks a dispute when it names things there (the titles or
		// aliases of two facts or more) and occurs nowhere in another
		// dispute's facts: "hunt" does; "action" (in "industrial action",
		// said of several) and "week" (one alias) do not.
		if s.counted && !s.several && s.named >= 2 {
			ix.dispute[t] = s.dispute
		}
	}
	ix.markDisputes(v, disputes)
	for a, art := range articles {
		for _, name := range append([]string{art.Ref, art.File}, art.Aliases...) {
			if w := v.words(name); len(w) > 0 {
				ix.phrases = append(ix.phrases, phrase{words: w, article: a + 1})
			}
		}
	}
	for _, art := range articles {
		ix.artDispute = append(ix.artDispute, art.Dispute)
	}
	ix.cites = make([][]bool, len(facts))
	for i, f := range facts {
		ix.cites[i] = make([]bool, len(articles))
		for _, e := range f.Evidence {
			for a, art := range articles {
				if art.File == e.File {
					ix.cites[i][a] = true
				}
			}
		}
	}
	for i := range facts {
		for _, ts := range names[i] {
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
	cased.Wait()
	ix.entity = entities(proper, lower, facts, names, ix.postings)
	ix.speakers, ix.names, ix.members, ix.persons, ix.orgs = map[string][]int32{}, names, map[int32][]int32{}, map[string][]int32{}, map[string][]int32{}
	for i, f := range facts {
		if f.Kind != KindPerson && f.Kind != KindOrganisation {
			continue
		}
		byName := ix.persons
		if f.Kind == KindOrganisation {
			byName = ix.orgs
		}
		for _, ts := range names[i] {
			k := nameKey(ts)
			if l := byName[k]; len(l) == 0 || l[len(l)-1] != int32(i) {
				byName[k] = append(l, int32(i))
			}
		}
		for _, ts := range names[i] {
			for _, t := range ts {
				if l := ix.speakers[t]; len(l) == 0 || l[len(l)-1] != int32(i) {
					ix.speakers[t] = append(l, int32(i))
				}
			}
		}
		if f.Kind == KindPerson {
			for _, id := range f.About {
				if j, ok := at[id]; ok && facts[j].Kind == KindOrganisation {
					ix.members[int32(j)] = append(ix.members[int32(j)], int32(i))
				}
			}
		}
	}
	ix.articleText = make([]func() []string, len(articles))
	for a, art := range articles {
		ix.articleText[a] = sync.OnceValue(func() []string { return v.terms(strings.Join(art.Lines, "\n"), nil) })
	}
	// The terms of the facts that cite one article alone (not gaps: a gap
	// says what its article lacks), from the fields split above: their
	// names, keywords and answer. Split again on first use, they were
	// most of articleTerms, which a first question often needs (a fact's
	// example questions read as questions are).
	own := make([][]string, len(articles))
	for i, f := range facts {
		if f.Kind == KindGap {
			continue
		}
		if a := slices.Index(ix.cites[i], true); a >= 0 && !slices.Contains(ix.cites[i][a+1:], true) {
			// fieldsOf's names, keywords and answer
			own[a] = append(append(append(own[a], all[i][0].terms...), all[i][2].terms...), all[i][3].terms...)
		}
	}
	ix.articleTerms = sync.OnceValue(func() []map[string]termSource {
		// On first use: reading every article's text again is no cost a
		// question that names no article should pay at load.
		out := make([]map[string]termSource, len(articles))
		add := func(a int, text string, src termSource) {
			for _, t := range v.terms(text, nil) {
				out[a][t] = max(out[a][t], src)
			}
		}
		for a, art := range articles {
			out[a] = map[string]termSource{}
			for _, line := range art.Lines {
				add(a, line, inText)
			}
		}
		for a, terms := range own {
			for _, t := range terms {
				out[a][t] = max(out[a][t], inFacts)
			}
		}
		return out
	})
	ix.phraseStart = map[string][]int{}
	for j := range ix.phrases {
		p := &ix.phrases[j]
		p.terms = make([]string, len(p.words))
		for k, w := range p.words {
			p.terms[k] = v.term(w)
		}
		ix.phraseStart[p.terms[0]] = append(ix.phraseStart[p.terms[0]], j)
	}
	ix.v, ix.facts = v, facts
	return ix
}

// entities works out index.entity: the terms of the names of people,
// organisations and places that the articles write as proper names
// (capitalised inside a sentence, never in lower case: "Scotland",
// "Larby", but not "staff" or "hunt" the verb; see articleCase), other
// than the few that nearly every fact has ("BMA", "NHS").
func entities(proper, lower map[string]bool, facts []*Fact, names [][][]string, postings map[string][]posting) map[string]bool {
	out := map[string]bool{}
	for i, f := range facts {
		if f.Kind != KindPerson && f.Kind != KindOrganisation && f.Kind != KindPlace {
			continue
		}
		for _, ts := range names[i] {
			for _, t := range ts {
				if proper[t] && !lower[t] && !isFigureTerm(t) && len(postings[t]) <= len(facts)/3 {
					out[t] = true
				}
			}
		}
	}
	return out
}

// articleCase returns the terms of the words the articles write with a
// capital inside a sentence, and of those they write in lower case.
func articleCase(v *vocab, articles []*Article) (proper, lower map[string]bool) {
	proper, lower = map[string]bool{}, map[string]bool{}
	for _, a := range articles {
		for _, line := range a.Lines {
			start := true
			for f := range strings.FieldsSeq(line) {
				w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
				r, _ := utf8.DecodeRuneInString(w)
				switch {
				case w == "":
				case unicode.IsLower(r):
					lower[v.term(strings.ToLower(w))] = true
				case unicode.IsUpper(r) && !start:
					proper[v.term(strings.ToLower(w))] = true
				}
				start = strings.ContainsAny(f[len(f)-1:], ".!?:\"")
			}
		}
	}
	return proper, lower
}

// kindTerms are the terms of a kind's kind_words, worked out once per kind.
func (ix *index) kindTerms(v *vocab, k Kind) []string {
	if ix.kindCache == nil {
		ix.kindCache = map[Kind][]string{}
	}
	ts, ok := ix.kindCache[k]
	if !ok {
		ts = v.terms(v.kindWords[k], nil)
		ix.kindCache[k] = ts
	}
	return ts
}

// typos returns the typo index and its vocabulary, building them the first
// time a word needs them. The vocabulary holds every raw word of the facts'
// names, example questions, keywords and kind words, and every stop and
// generic word, so that a misspelt "wen" can become "when" but "when"
// stays itself.
func (ix *index) typos() *typoIndex {
	ix.typoOnce.Do(func() {
		words := map[string]int{}
		count := func(text string) {
			for _, w := range ix.v.words(text) {
				words[w]++
			}
		}
		for _, f := range ix.facts {
			count(f.Title)
			for _, list := range [][]string{f.Aliases, f.Questions, f.Keywords} {
				for _, t := range list {
					count(t)
				}
			}
			count(ix.v.kindWords[f.Kind])
		}
		for w := range ix.v.stop {
			words[w] += 1000
		}
		// The generic words of questions are question words too:
		// "actulaly" is "actually".
		for w := range ix.v.weak {
			words[w]++
		}
		for w := range ix.v.synonyms {
			words[w]++
		}
		for w := range ix.v.numbers {
			words[w]++
		}
		ix.typo = newTypoIndex(words, ix.v.stop)
	})
	return ix.typo
}

// markDisputes reads the declared disputes: a year, or a term of a
// dispute's names that no other dispute's names use, marks that dispute; a
// year or a one-term name ("allout") only names the dispute, so it is
// context rather than the subject of a question.
func (ix *index) markDisputes(v *vocab, disputes []*DisputeInfo) {
	owners := map[string]map[Dispute]bool{}
	for _, d := range disputes {
		for _, name := range append([]string{d.Name}, d.Aliases...) {
			ts := v.terms(name, nil)
			for _, t := range ts {
				ix.disputeTerms[t] = true
				if owners[t] == nil {
					owners[t] = map[Dispute]bool{}
				}
				owners[t][d.ID] = true
			}
			if len(ts) == 1 {
				ix.context[ts[0]] = true
			}
			if w := v.words(name); len(w) > 0 {
				ix.phrases = append(ix.phrases, phrase{words: w, dispute: d.ID})
			}
		}
		for _, y := range d.Years {
			ix.dispute[y] = d.ID
			ix.context[y] = true
			ix.years[y] = true
		}
		own := func(t string) {
			if !slices.Contains(ix.owners[t], d) {
				ix.owners[t] = append(ix.owners[t], d)
			}
		}
		for _, y := range d.Years {
			own(y)
		}
		for _, name := range append([]string{d.Name}, d.Aliases...) {
			for _, t := range v.terms(name, nil) {
				own(t)
			}
		}
	}
	for t, ds := range owners {
		if len(ds) != 1 || v.weak[t] || ix.idf[t] == 0 {
			continue
		}
		for d := range ds {
			ix.dispute[t] = d
			ix.declared[t] = true
		}
	}
	for t := range ix.context {
		if len(owners[t]) > 1 {
			delete(ix.context, t)
		}
	}
}

// query is a question taken apart.
type query struct {
	raw []string // the raw words
	// words are the question's words as vocab.words reads them, before
	// splitCompounds and dropOpeners: the words wrongValue and cleftYes
	// read.
	words []string
	// plain are the question's words split (split of normalizeChars),
	// before vocab.words joins and expands them, and figures the
	// figures they give (vocab.figures): the rules that read figures
	// and their words read these.
	plain   []string
	figures []figure
	// lead is how many raw words a lead-in clause takes before a yes/no
	// question ("according to Barclay, did …?"), 0 for none (leadIn).
	lead    int
	terms   []string // content terms, in order (duplicates kept for alias phrases)
	weak    []bool   // whether terms[i] came from a generic question word or names only the dispute
	context []bool   // whether terms[i] names only the dispute (a year, "all-out") or the article
	source  []bool   // whether terms[i] is part of an article's name ("the local paper")
	group   []bool   // whether terms[i] names a group of people by itself (see namesGroup)
	named   []bool   // whether terms[i] is a name a fact must know (see lacksName)
	missing float64  // idf mass of words the fact base does not know at all
	names   []string // words written with a capital inside the question: names, when unknown
	opposed []string // unknown terms whose opposites the facts know
	// checkedTimes are the clock times of a yes/no question, the values
	// it checks rather than names of a dispute (checkedSignal).
	checkedTimes []string
	types        []*answerType
	yesNo        bool
	// hypothetical are, in a yes/no question, the terms it has only after
	// a hypothetical word or a word of belief ("would the BMA call the
	// strike off?"): see Base.asserts.
	hypothetical map[string]bool
	endAsk       bool    // asks when something ended
	dispute      Dispute // "" when the question does not say; DisputeBoth when it names several
	// disputes are the disputes the question names, strongest first.
	disputes []Dispute
	// mixed is set when the question names things from several disputes
	// without asking to compare them ("what did Porter say about the
	// five-day strike?"): no article links them.
	mixed       bool
	strong      bool // the dispute was named by a year or its declared name, not a passing word
	compare     bool
	comparative bool // asks which is earlier, longer …
	article     int  // 1 + the index of the article the question points at, or 0
	// articleAt is 1 + the index of the raw word for an article when the
	// question names the article by what it has ("the report quoting
	// Saffron Cordery", articleByContent), or 0.
	articleAt int
	// speaker holds the rarer terms naming who a question asks the words
	// of ("what did the Prime Minister say …?", "according to Hunt, …"):
	// only a fact that has them say it answers.
	speaker []string
	// wordsAt is where wordsFirst found the yes/no word after a cue of
	// quotes ("what word did the PM use?"), or 0.
	wordsAt int
	// crossName is set when the question names a dispute strongly and a
	// person, organisation or place found only in another ("did Porter
	// comment on the 2023 strike?"): nothing links them.
	crossName bool
	// detail is set when the question asks for the exact detail ("what
	// exactly did Corbyn's tweet say?"): a gap that fits answers it.
	detail bool
	// gapCue is set when the question asks what the articles rarely give
	// (vocabulary gap_cues): what happened afterwards ("did Hunt end up
	// imposing the contract?"), the figures themselves. A gap that covers
	// it as well as the best fact answers, as for an exact detail.
	gapCue bool
	// ranked is set when the question asks which one ranks first ("which
	// hospital had the most cancellations?"): only a fact that ranks
	// things answers it.
	ranked bool
	// rawTerms is the term of every raw word. nameCtx, nameSource and
	// nameGeneric are, for every raw word, what namePositions read of it
	// (a word of a name, of an article's name, naming an article by what
	// it has), before timeClause adds a time clause to the context:
	// aboutArticles reads them as they are, rather than work them out
	// again. Nothing may change them once analyze has set them.
	rawTerms                         []string
	nameCtx, nameSource, nameGeneric []bool
}

// readCrossName sets q.crossName and, when it is set, q.mixed. Two
// people, organisations or places each found only in a different dispute
// ("what did Trivedi say about Hunt?") cross too, whatever the dispute.
func (q *query) readCrossName(ix *index) {
	if q.compare {
		return
	}
	if q.mixed {
		seen := Dispute("")
		for i, t := range q.terms {
			d, ok := ix.dispute[t]
			if !ok || q.weak[i] || !ix.entity[t] || ix.years[t] {
				continue
			}
			if seen != "" && d != seen {
				q.crossName = true
				return
			}
			seen = d
		}
	}
	if !q.strong || q.dispute == "" || q.dispute == DisputeBoth {
		return
	}
	for i, t := range q.terms {
		if d, ok := ix.dispute[t]; ok && !q.weak[i] && ix.entity[t] && !ix.years[t] && d != q.dispute {
			q.crossName, q.mixed = true, true
			q.disputes = []Dispute{q.dispute, d}
			return
		}
	}
}

// analyze reads a question: its words, what it asks for, which dispute and
// article it names, and its terms. The rules take the query by pointer and
// only read it: it is some 400 bytes, and each of the hundred-odd rule
// calls per question copied it whole when it was passed by value.
func (b *Base) analyze(question string) *query { return b.analyzeSplit(question, nil) }

// analyzeSplit is analyze for a question whose words (split of
// normalizeChars) the caller has read already, or nil to read them here.
// Nothing changes them: the query keeps them as its plain words.
func (b *Base) analyzeSplit(question string, plain []string) *query {
	v := b.v
	var q query
	q.plain = plain
	if plain == nil {
		q.plain = split(normalizeChars(question), make([]string, 0, 16))
	}
	q.figures = v.figuresIn(q.plain)
	q.words = v.wordsOf(slices.Clone(q.plain))
	q.raw = b.splitCompounds(q.words)
	q.terms = make([]string, 0, len(q.raw)) // a term per raw word at most
	q.names = properNames(question)
	lead := b.leadIn(question, q.raw)
	q.lead = lead
	if lead == 0 {
		q.raw = v.dropOpeners(q.raw)
	}
	q.readCues(v, lead)
	b.readShareCount(&q)
	q.wordsAt = b.wordsFirst(q.raw)
	q.speaker = b.speakerTerms(q.raw, q.wordsAt, !q.yesNo)
	// The term of every raw word, worked out once: namePositions, the
	// loop below and aboutArticles read the same terms.
	rawTerms := make([]string, len(q.raw))
	for i, w := range q.raw {
		rawTerms[i] = v.term(w)
	}
	q.rawTerms = rawTerms
	q.nameCtx, q.nameSource, q.nameGeneric = b.ix.namePositions(q.raw, rawTerms, &q)
	contextAt, sourceAt, genericAt := b.timeClause(&q, q.nameCtx, q.nameSource, rawTerms), q.nameSource, q.nameGeneric
	signal := map[Dispute]float64{}
	for i, w := range q.raw {
		cue := v.askCues[w] // one look-up for the five below, which most words are not
		comparative := cue && v.comparatives[w]
		if cue && (v.compare[w] || comparative) {
			q.compare = true
		}
		if comparative {
			q.comparative = true
		}
		if cue && v.endCues[w] {
			q.endAsk = true
		}
		if cue && v.detailCues[w] {
			q.detail = true
		}
		if cue && v.gapCues[w] {
			q.gapCue = true
		}
		if v.isStop(w) || v.qualifiers[w] && notBefore(q.raw, i) || comparative && v.orderWords[rawTerms[i]] && !contextAt[i] && i+1 < len(q.raw) && contextAt[i+1] && !sourceAt[i+1] {
			// "the chief executive (not the deputy)" asks for the
			// chief executive: the deputy is who it is not. "The later
			// pay dispute", "the earlier all-out strike": a comparative
			// before a dispute's name only tells the disputes apart; the
			// name says which.
			continue
		}
		if i > 0 && v.placeIn[q.raw[i-1]] && v.placeNames[w] {
			// "did Hunt speak in Whitehall?" puts him in the street, not
			// in the Government its synonym stands for: a place the
			// articles never name, which counts against an answer as an
			// unknown name does.
			q.missing += b.ix.maxIDF
			continue
		}
		tw := rawTerms[i]
		_, indexed := b.ix.idf[tw]
		if !indexed && contextAt[i] {
			continue // a word of an article's name the facts do not use
		}
		t, ok := tw, indexed // known's first answer, worked out already
		if !indexed {
			t, ok = b.known(w, &q)
		}
		if !ok {
			continue
		}
		// A typo corrected into a weak word ("acording") is as weak.
		named := genericAt != nil && genericAt[i] // names an article by what it has
		weak := v.isWeak(w) || t != tw && v.weakTerms[t] || q.checksBound(v, i) || named || b.inShare(&q, i) || b.nearPlace(q.raw, i) || v.countOfAsked(q.raw, i)
		ctx := contextAt[i] || b.ix.context[t]
		q.terms = append(q.terms, t)
		q.weak = append(q.weak, weak || ctx)
		q.context = append(q.context, ctx)
		q.source = append(q.source, sourceAt[i])
		group := b.namesGroup(t)
		q.group = append(q.group, group)
		q.named = append(q.named, !weak && !ctx && (b.ix.entity[t] || group))
		if weak && !named { // an article's contents still name its dispute
			continue
		}
		if d, ok := b.ix.dispute[t]; ok && !b.checkedSignal(&q, t) {
			signal[d] += b.signalWeight(t)
		}
	}
	b.addCheckedSignal(&q, signal)
	q.readDisputes(signal)
	named := 0.0 // how strongly the question names one dispute
	for _, x := range signal {
		named = max(named, x)
	}
	q.strong = named >= 2
	q.readCrossName(b.ix)
	if q.article > 0 && !q.compare && !q.crossName && !q.yesNo {
		// The article named is of one dispute: it says nothing of a
		// person of the other ("in the report with the YouGov poll, what
		// did Porter say?"). Whether it mentions them is a yes/no question.
		ad := b.articles[q.article-1].Dispute
		for i, t := range q.terms {
			if d, ok := b.ix.dispute[t]; ok && !q.weak[i] && b.ix.entity[t] && !b.ix.years[t] && d != ad {
				q.crossName, q.mixed = true, true
				q.disputes = []Dispute{ad, d}
				break
			}
		}
	}
	for i := 1; i < len(q.raw) && !q.yesNo; i++ {
		q.ranked = q.ranked || q.raw[i-1] == "the" && v.superlatives[q.raw[i]] && !namesSource(contextAt, genericAt, i)
	}
	// A word that happens to occur in one dispute's facts ("day") does not
	// pick a side of a comparison; a year or a dispute's name does.
	// Whether it asks of every dispute ("both strikes") is read last: a
	// scan of the question per phrase, which most need not make.
	if named < 2 && len(b.disputes) > 1 && (q.comparative || slices.ContainsFunc(v.everyDispute, func(p []string) bool { return containsRun(q.raw, p) }) || b.everyRole(q.raw)) {
		q.disputes, q.mixed = nil, false
		// "which walkout started earlier?": every dispute is a side.
		q.dispute = DisputeBoth
		for _, d := range b.disputes {
			q.disputes = append(q.disputes, d.ID)
		}
	}
	return &q
}

// countOfAsked reports whether raw word i is a count right after "which"
// or "what" and before what it counts: "which three services were
// affected?" asks which they were, and the three are no figure a fact
// must give.
func (v *vocab) countOfAsked(raw []string, i int) bool {
	if i == 0 || i+1 >= len(raw) || raw[i-1] != "which" && raw[i-1] != "what" || v.isStop(raw[i+1]) {
		return false
	}
	_, spelled := v.numbers[raw[i]]
	return spelled || isDigits(raw[i])
}

// checksBound reports whether raw word i of a yes/no question is a bound
// on the figure after it ("was support above 50%?"): like the figure, it is
// what the verdict checks, not what picks the fact, and a fact need not
// say "above" (or "more than") to answer.
func (q *query) checksBound(v *vocab, i int) bool {
	if !q.yesNo || v.bounds[q.raw[i]] == "" {
		return false
	}
	next := i + 1
	if next < len(q.raw) && q.raw[next] == "than" {
		next++
	}
	return next < len(q.raw) && isFigureTerm(q.raw[next])
}

// wordsFirst finds a question asking someone's words before naming them
// ("what word did the PM use?"): the place of the yes/no word the
// speaker follows, after a cue of quotes ("words", however written), or 0.
func (b *Base) wordsFirst(raw []string) int {
	qt := b.v.answerType("quote")
	if qt == nil {
		return 0
	}
	cue := func(w string) bool { return qt.cueTerms[b.v.term(w)] }
	for i := 1; i < len(raw) && i < 4; i++ {
		if b.v.yesNo[raw[i]] && slices.ContainsFunc(raw[:i], cue) {
			return i
		}
	}
	return 0
}

// articleSays reports whether the one a question asks the words of is an
// article, not a person: "how did the 2016 report describe the turnout?"
// (an article word between the auxiliary and a one-word quote cue, as
// speakerTerms reads them) asks how the article puts it, which any of its
// facts says.
func (b *Base) articleSays(raw []string) bool {
	qt := b.v.answerType("quote")
	if qt == nil {
		return false
	}
	for i := 0; i < len(raw) && i < 3; i++ {
		if !b.v.yesNo[raw[i]] {
			continue
		}
		for j := i + 1; j < len(raw) && j <= i+6; j++ {
			if qt.wordCues[raw[j]] {
				return slices.ContainsFunc(raw[i+1:j], func(w string) bool { return b.v.articleWords[w] })
			}
		}
		return false
	}
	return false
}

// speakerTerms finds who a question asks the words of: the words between a
// question's auxiliary ("did", "does", "has" …, the yes_no_starts) and a
// one-word quote cue ("say", "claim", "describe" …), or after "according
// to", or after wordsAt, where wordsFirst found the speaker's words asked
// before the speaker ("what word did the PM use?"). It keeps the terms few
// facts have, which name someone: "the BMA" or "the Government" name too
// much to check. With roles, a role that is someone's whole name counts
// too (see roleSpeaker); a yes/no question does not read one, as its
// verdict would deny whatever any holder of the role denied.
func (b *Base) speakerTerms(raw []string, wordsAt int, roles bool) []string {
	v := b.v
	qt := v.answerType("quote")
	if qt == nil {
		return nil
	}
	isCue := func(w string) bool { return qt.wordCues[w] }
	var span []string
	for i := 0; i < len(raw) && i < 3 && span == nil; i++ {
		if !v.yesNo[raw[i]] {
			continue
		}
		for j := i + 1; j < len(raw) && j <= i+6; j++ {
			if isCue(raw[j]) {
				span = raw[i+1 : j]
				break
			}
		}
	}
	if i := wordsAt; span == nil && i > 0 {
		span = raw[i+1 : min(len(raw), i+4)]
	}
	for i := 0; i+2 < len(raw) && span == nil; i++ {
		if raw[i] == "according" && raw[i+1] == "to" {
			end := i + 2
			for end < len(raw) && end < i+6 && !v.yesNo[raw[end]] && !isCue(raw[end]) && !slices.Contains(v.questionWords, raw[end]) {
				end++
			}
			span = raw[i+2 : end]
		}
	}
	var out []string
	for _, w := range span {
		if v.isStop(w) || v.isWeak(w) {
			continue
		}
		t := v.term(w)
		if len(b.ix.speakers[t]) > 0 && (b.ix.entity[t] || len(b.ix.postings[t]) <= len(b.facts)/10) {
			out = append(out, t)
		}
	}
	if len(out) == 0 && roles {
		out = b.roleSpeaker(span)
	}
	if len(out) == 0 {
		return nil
	}
	// The speaker may be quoted by another of its names, or through the
	// people who speak for it: "NHS Providers" through Saffron Cordery.
	var named []int32
	asked := slices.Clone(out)
	for _, t := range asked {
		for _, i := range b.ix.speakers[t] {
			if slices.Contains(named, i) {
				continue
			}
			for _, ts := range b.ix.names[i] {
				if len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return !slices.Contains(asked, t) && !v.weak[t] }) {
					named = append(named, i)
					break
				}
			}
		}
	}
	add := func(i int32) {
		for _, ts := range b.ix.names[i] {
			for _, t := range ts {
				if b.ix.entity[t] && !slices.Contains(out, t) {
					out = append(out, t)
				}
			}
		}
	}
	for _, i := range named {
		add(i)
		for _, m := range b.ix.members[i] {
			add(m)
		}
	}
	return out
}

// roleSpeaker reads a speaker named by a role of several words that is
// a person's whole name in the facts ("the health secretary", "the prime
// minister"): each word names too much to check alone, but together they
// name the people who held the role, whose words only they can give.
func (b *Base) roleSpeaker(span []string) []string {
	var ts []string
	for _, w := range span {
		if !b.v.isStop(w) && !b.v.isWeak(w) {
			ts = append(ts, b.v.term(w))
		}
	}
	if len(ts) < 2 || len(b.ix.persons[nameKey(ts)]) == 0 {
		return nil
	}
	return ts
}

// speaks reports whether a fact has the question's speaker say something:
// one of the speaker's names (or, in the speaker's own fact, "he", "she"
// or "they") within a few words before a word of speech outside the
// answer's quotes ("Barclay said: …", "Jeremy Hunt, speaking on BBC
// Breakfast, accused …"). "What did the Prime Minister say?" is not
// answered by the BMA's words about the Prime Minister.
func (b *Base) speaks(q *query, fact int32) bool {
	if len(q.speaker) == 0 {
		return true
	}
	qt := b.v.answerType("quote")
	if qt == nil || qt.pattern == nil {
		return true
	}
	f := b.facts[fact]
	if sp := b.speakerFact(f); f.Kind == KindQuote && sp != nil && sp.Kind == KindPerson {
		// A quote is its speaker's words: "responding to Hunt's claim,
		// Porter said" is Porter speaking, not Hunt; "the BMA leaders
		// said" is each of them speaking.
		return slices.ContainsFunc(b.speakers(f), func(p *Fact) bool { return b.namesAsked(q, p) })
	}
	own := (f.Kind == KindPerson || f.Kind == KindOrganisation) && b.namesAsked(q, f)
	text := b.derived[fact]().text
	words := text.spoken
	for _, i := range text.speech {
		for k := i - 1; k >= 0 && k >= i-speakerWindow; k-- {
			if slices.Contains(q.speaker, b.v.term(words[k])) || own && slices.Contains(b.v.speakerPronouns, words[k]) {
				return true
			}
		}
	}
	if f.Kind == KindQuote && len(f.About) > 0 {
		// A quote's first subject is its speaker: "the BMA leaders said"
		// is Laurenson and Trivedi speaking.
		if sp, ok := b.Fact(f.About[0]); ok && (sp.Kind == KindPerson || sp.Kind == KindOrganisation) {
			return b.namesAsked(q, sp)
		}
	}
	return false
}

// namesAsked reports whether one of a person's or organisation's names
// has a term of the question's speaker.
func (b *Base) namesAsked(q *query, sp *Fact) bool {
	// The index has the terms of its title and aliases (nameTerms): they
	// are not split again for every question.
	for _, n := range b.ix.names[b.byID[sp.ID]] {
		if slices.ContainsFunc(n, func(t string) bool { return slices.Contains(q.speaker, t) }) {
			return true
		}
	}
	return false
}

// speakerWindow is how many words before a word of speech its speaker may
// stand: "BMA head Mark Porter told", "Hunt, speaking on BBC Breakfast, accused".
const speakerWindow = 6

// known maps a raw word to a known term, correcting a typo when the word is
// neither known nor a real English word; it adds the weight of an unknown
// word to q.missing.
func (b *Base) known(w string, q *query) (string, bool) {
	v, ix := b.v, b.ix
	t := v.term(w)
	if _, ok := ix.idf[t]; ok {
		return t, true
	}
	// A misspelt surname after its first name ("mark porta") is the
	// person, even when the misspelling is a real word.
	if s := b.surnameAfter(q.raw, w); s != "" {
		if t := v.term(s); ix.idf[t] > 0 {
			q.addCues(v, w, s)
			return t, true
		}
	}
	// A word of the facts' names is known (its term may differ: a
	// synonym's), and a real word is never "corrected" into another:
	// "weather" is not "whether", it is a question the articles cannot
	// answer. (A word of an answer or quote has its term indexed, so it
	// never gets here.)
	_, word := ix.typos().words[w]
	real := v.dict.has(w) || v.dict.has(v.stem(w)) || !word && v.typeWord(w)
	c := "" // the word w is a typo of, if any
	if !word && !real && !v.isWeak(w) {
		if !slices.Contains(q.names, w) && b.inUnknownPair(q.raw, w) {
			q.names = append(q.names, w)
		}
		c = ix.typos().correct(w)
		if c != "" && slices.Contains(q.names, w) && editDistance(w, c, 1) > 1 {
			// A capitalised word is a name, misspelt by one slip at
			// most: "Barcley" is Barclay, "Starmer" is not "started".
			c = ""
		}
		if c != "" {
			q.addCues(v, w, c)
			if v.isStop(c) {
				return "", false
			}
			t = v.term(c)
			if _, ok := ix.idf[t]; ok {
				return t, true
			}
		}
	}
	switch {
	case b.opposedTerm(t):
		// "was the demand reasonable?" when the facts say
		// "unreasonable": the facts cover it, and the verdict says No.
		// A generic word too: "lower than in January" against "higher".
		q.opposed = append(q.opposed, t)
	case v.isWeak(w) || v.isWeak(c): // "actulaly" is as generic as "actually"
	case v.detailCues[w]:
		// "precisely how many …?" asks the detail exactly, which the
		// detail checks weigh (exactCountUnsaid): no subject the facts lack.
	case q.yesNo && (isFigureTerm(t) || isTimeTerm(t)):
		// "was the strike from 9am?": a figure the facts do not give is
		// what the verdict answers No to, not a subject they lack.
	case real:
		// A real word the facts do not know is a subject they do not
		// cover ("what is the weather in London?"). A word mostly used
		// as a verb, adjective or adverb ("mostly", "keeps", "outright")
		// qualifies the subject rather than naming another, and weighs
		// less than a missing noun.
		m := ix.maxIDF * b.tune.realWeight
		if v.modifiers.has(w) || v.modifiers.has(v.stem(w)) {
			m *= b.tune.modifierShare
		}
		q.missing += m
	case b.besidePlaceSort(q.raw, w):
		// A name beside a sort of place ("maidstone hospital", "Queen
		// Elizabeth Hospital Birmingham", "a hospital in Leeds") is the
		// place asked about: a fact of another hospital of the same
		// sort is no answer, so the name weighs as much as the place
		// word it tells apart.
		q.missing += 2 * ix.maxIDF
	case slices.Contains(q.names, w):
		// A name the fact base does not know ("which hospital in
		// Manchester?") is a subject the articles do not cover, as much
		// as a real word is.
		q.missing += ix.maxIDF
	default:
		q.missing += ix.maxIDF * b.tune.unknownWeight
	}
	return "", false
}

// besidePlaceSort reports whether the word w stands in raw next to a word
// naming a sort of place (vocabulary place_sorts: "hospital"), or after
// one and a word putting it in a place ("hospital in Leeds").
func (b *Base) besidePlaceSort(raw []string, w string) bool {
	v := b.v
	sort := func(j int) bool { return j >= 0 && j < len(raw) && v.placeSorts[v.term(raw[j])] }
	for i, r := range raw {
		if r == w && (sort(i-1) || sort(i+1) || i >= 2 && v.placeIn[raw[i-1]] && sort(i-2)) {
			return true
		}
	}
	return false
}

// notBefore reports whether raw[i] follows "not" or "not the": "(not the
// deputy)".
func notBefore(raw []string, i int) bool {
	switch {
	case i >= 1 && raw[i-1] == "not":
		return true
	case i >= 2 && raw[i-2] == "not":
		return raw[i-1] == "the" || raw[i-1] == "a" || raw[i-1] == "an"
	}
	return false
}

// inUnknownPair reports whether the word w, neither known to the facts,
// nor a real English word, nor a word of the facts' names, stands in raw
// next to another such word: two in a row are a name written in lower case
// ("keir starmer"), not two typos, and are corrected no more than a
// capitalised one ("starmer" is not "start").
func (b *Base) inUnknownPair(raw []string, w string) bool {
	v, ix := b.v, b.ix
	unknown := func(w string) bool {
		if w == "" || v.isStop(w) || v.isWeak(w) || isDigitByte(w[0]) {
			return false
		}
		if _, ok := ix.idf[v.term(w)]; ok {
			return false
		}
		return !v.dict.has(w) && !v.dict.has(v.stem(w)) && ix.typos().words[w] == 0 && !ix.typos().slip(w)
	}
	for i, r := range raw {
		if r == w && (i > 0 && unknown(raw[i-1]) || i+1 < len(raw) && unknown(raw[i+1])) {
			return true
		}
	}
	return false
}

// splitCompounds splits the words run together that the facts know apart
// ("payrise" → "pay", "rise"; "healthsecretary"): a word that is neither
// known, nor a real word, nor a typo of a known word, and that is two
// known words end to end, neither of them weak ("newsnight" is no "news"
// and "night"). Of several splits the most even wins.
func (b *Base) splitCompounds(raw []string) []string {
	v, ix := b.v, b.ix
	knownWord := func(w string) bool {
		_, ok := ix.idf[v.term(w)]
		return ok && (v.dict.has(w) || ix.typos().words[w] > 0)
	}
	out := raw
	for i := len(raw) - 1; i >= 0; i-- {
		w := raw[i]
		if len(w) < minCompound || v.isStop(w) || isDigitByte(w[0]) || !isASCII(w) {
			continue
		}
		if _, ok := ix.idf[v.term(w)]; ok || v.dict.has(w) || v.dict.has(v.stem(w)) || ix.typos().words[w] > 0 {
			continue
		}
		cut := 0
		for k := 2; k <= len(w)-3; k++ {
			// A weak half ("news" of "newsnight") leaves the other half a
			// loose word of its own: no split.
			if min(k, len(w)-k) > min(cut, len(w)-cut) && knownWord(w[:k]) && knownWord(w[k:]) && !v.isWeak(w[:k]) && !v.isWeak(w[k:]) {
				cut = k
			}
		}
		if cut > 0 && ix.typos().correct(w) == "" {
			out = slices.Concat(out[:i], []string{w[:cut], w[cut:]}, out[i+1:])
		}
	}
	return out
}

// minCompound is the shortest word split into two ("payrise"): shorter
// ones are more often a typo than two words run together.
const minCompound = 6

// properNames lists, lower-cased, the words of a question written with a
// capital letter other than its first: the way a writer marks a name.
// A question in capitals throughout marks nothing.
func properNames(question string) []string {
	if upperCase(question) {
		return nil
	}
	if isASCII(question) {
		return properNamesASCII(question)
	}
	return properNamesRunes(question)
}

// properNamesRunes is properNames rune by rune, for any text.
func properNamesRunes(question string) []string {
	var out []string
	first := true
	for f := range strings.FieldsSeq(question) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if !first && unicode.IsUpper(r) {
			out = append(out, strings.ToLower(w))
		}
		first = false
	}
	return out
}

// readCues works out what the question asks for from its cue words, and
// whether it asks yes or no.
func (q *query) readCues(v *vocab, lead int) {
	var asked uint64 // bit i: v.types[i] is asked
	asking := false  // a question word has asked already
	wh := false      // a wh- word ("what", "how") has asked already
	for i, w := range q.raw {
		// A conjunction after a question word, not joined to it by "and"
		// or "or", asks nothing: "who's Saffron Cordery when she's at
		// home?" asks who, not when.
		if asking && v.conjunctions[w] && q.raw[i-1] != "and" && q.raw[i-1] != "or" {
			continue
		}
		// Nor does a relative right after a noun once a wh- word or a
		// cue has asked: "what's the exact number of junior doctors who
		// joined the strike?" and "give me the exact number of doctors
		// who struck" ask for a count, not a person. A cleft after a
		// yes/no word ("was it Porter who said …?") still asks who.
		if (wh || asked != 0) && v.relatives[w] && !v.isStop(q.raw[i-1]) && !slices.Contains(v.questionWords, q.raw[i-1]) && !v.yesNo[q.raw[i-1]] {
			continue
		}
		wh = wh || slices.Contains(v.questionWords, w) && !v.yesNo[w]
		// "was Porter on BBC Breakfast when he talked …?" asks yes or
		// no, not when: a yes/no word opening it asks already.
		asking = asking || slices.Contains(v.questionWords, w) && !v.yesNo[w] || i == lead && v.yesNo[w]
		for _, c := range v.cueStart[w] {
			if asked&(1<<c.typ) == 0 && (len(c.words) <= len(q.raw)-i && slices.Equal(q.raw[i:i+len(c.words)], c.words) || v.cueAcross(q.raw, i, c.words)) {
				asked |= 1 << c.typ
			}
		}
	}
	if qt := v.answerType("quote"); qt != nil && asked&(1<<qt.index) != 0 && q.asksWording(v, qt) {
		asked &^= 1 << qt.index
	}
	for i := range v.types {
		if asked&(1<<i) != 0 {
			q.types = append(q.types, &v.types[i])
		}
	}
	if len(q.raw) > lead+1 && v.yesNo[q.raw[lead]] {
		q.yesNo = true
		q.hypothetical, _ = v.hypotheticalIn([][]string{q.raw}, true, true)
		// "was the strike from 9am to 5pm?" asks for the time, to check it.
		if t := v.answerType("time"); t != nil && asked&(1<<t.index) == 0 && slices.ContainsFunc(q.raw, isTimeTerm) {
			q.types = append(q.types, t)
		}
	}
}

// leadIn returns how many words of a question a lead-in clause takes before
// a yes/no question: "According to the national report, did support
// fall?" is a yes/no question as "did support fall?" is. The clause ends
// at the first comma, asks nothing itself (no question word) and is
// short; the question after it starts with a yes/no word. 0 for none.
// raw is the question's raw words (split compounds and all, as analyze
// reads them), for a lead-in naming an article with no comma to end it;
// nil reads only a lead-in a comma ends.
func (b *Base) leadIn(question string, raw []string) int {
	i, skip := leadInEnd(question)
	if i < 0 {
		return b.articleLeadIn(raw)
	}
	before := b.splitCompounds(b.v.words(question[:i]))
	if len(before) == 0 || len(before) > maxLeadIn || b.v.yesNo[before[0]] ||
		slices.ContainsFunc(before, func(w string) bool { return slices.Contains(b.v.questionWords, w) }) {
		return 0
	}
	if after := b.v.words(question[i+skip:]); len(after) < 2 || !b.v.yesNo[after[0]] {
		return 0
	}
	return len(before)
}

// articleLeadIn is leadIn for a lead-in naming an article with no mark to
// end it: "in the local article did Hunt appeal on April 25?" asks yes or
// no from "did", the lead-in ending at its article word.
func (b *Base) articleLeadIn(words []string) int {
	for k := 1; k < len(words)-1 && k <= maxLeadIn; k++ {
		if slices.Contains(b.v.questionWords, words[k-1]) || b.v.yesNo[words[k-1]] {
			return 0
		}
		if b.v.yesNo[words[k]] {
			if b.v.articleWords[words[k-1]] && b.v.isStop(words[0]) {
				return k
			}
			return 0
		}
	}
	return 0
}

// maxLeadIn is the most words a lead-in clause may have: "according to
// the national 2016 report".
const maxLeadIn = 8

// readShareCount reads "how many people support the doctors?" as asking
// for a share rather than a count: when a count cue is followed, past stop
// words and the population ("people", "Britons"), by a verb the facts give
// a share for ("57% support", "a quarter oppose"), the share answers it.
// "How many people took part in the poll?" still asks for a count.
func (b *Base) readShareCount(q *query) {
	v := b.v
	count, amount := v.answerType("count"), v.answerType("amount")
	if count == nil || amount == nil || !slices.Contains(q.types, count) || q.asks("duration") ||
		slices.ContainsFunc(q.raw, func(w string) bool { return v.detailCues[w] }) {
		// One asking for the exact detail wants the count ("in actual
		// numbers"); "how many days of letters back and forth?" counts
		// days, of which no share is given.
		return
	}
	share := false
	for i, w := range q.raw {
		for _, c := range v.cueStart[w] {
			if len(c.words) > len(q.raw)-i || !slices.Equal(q.raw[i:i+len(c.words)], c.words) {
				continue
			}
			switch {
			case c.typ == amount.index && (i == 0 || !isDigitByte(q.raw[i-1][0])):
				// A question that names a share itself tells the two
				// apart ("in number terms, not as a share"); "58%" is a
				// figure it gives, not one it asks for.
				return
			case c.typ == count.index && b.shareVerbAfter(q.raw, i+len(c.words)):
				share = true
			}
		}
	}
	if share {
		q.types = slices.DeleteFunc(q.types, func(t *answerType) bool { return t == count })
		if !slices.Contains(q.types, amount) {
			q.types = append(q.types, amount)
		}
	}
}

// shareVerbAfter reports whether one of the few words from raw[from] on
// is a verb the facts give a share for, a misspelt one corrected
// ("suport"): "how many people support", "how many nurses support".
func (b *Base) shareVerbAfter(raw []string, from int) bool {
	for k := from; k < len(raw) && k < from+shareVerb; k++ {
		w := raw[k]
		if b.v.isStop(w) {
			continue
		}
		t := b.v.term(w)
		if _, ok := b.ix.idf[t]; !ok && !b.v.dict.has(w) {
			t = b.v.term(b.ix.typos().correct(w))
		}
		if b.shareVerbs()[b.v.stem(t)] {
			return true
		}
	}
	return false
}

// asksWording reports whether a question asks how something was
// described rather than what someone said: its only quote cues are
// passive ones (vocab.passive), after a form of "be", with no yes/no
// auxiliary and no "by" that would name who did it ("how were the
// placards described?", not "how did the nurses describe the strike?"
// or "how was it described by the nurses?"). The
// articles' own wording answers it, said by anyone or no one.
func (q *query) asksWording(v *vocab, qt *answerType) bool {
	be := false
	for i, w := range q.raw {
		switch {
		case v.identity[w]:
			be = true
		case v.yesNo[w]:
			return false
		case slices.ContainsFunc(qt.cues, func(c []string) bool { return len(c) <= len(q.raw)-i && slices.Equal(q.raw[i:i+len(c)], c) }):
			if !be || !v.passive[w] || slices.Contains(q.raw[i:], "by") {
				return false // "described by the Prime Minister" names who
			}
		}
	}
	return be
}

// addCues adds the cues a corrected typo makes: the one-word cues c is
// ("wen" → "when"), and the cues of several words it completes where the
// typo stands ("how lng" → "how long"), which readCues, reading the words
// as typed, could not see.
func (q *query) addCues(v *vocab, typo, c string) {
	for i := range v.types {
		t := &v.types[i]
		if slices.Contains(q.types, t) {
			continue
		}
		if slices.ContainsFunc(t.cues, func(cue []string) bool { return q.completes(cue, typo, c) }) {
			q.types = append(q.types, t)
		}
	}
}

// completes reports whether cue is c alone, or is in the question's words
// with c in place of the typo.
func (q *query) completes(cue []string, typo, c string) bool {
	if len(cue) == 1 {
		return cue[0] == c
	}
	for k, w := range cue {
		if w != c {
			continue
		}
		for j, r := range q.raw {
			if r != typo || j < k || j-k+len(cue) > len(q.raw) {
				continue
			}
			at := q.raw[j-k : j-k+len(cue)]
			if slices.Equal(at[:k], cue[:k]) && slices.Equal(at[k+1:], cue[k+1:]) {
				return true
			}
		}
	}
	return false
}

// asks reports whether the question asks for the named answer type.
func (q *query) asks(name AnswerType) bool {
	return slices.ContainsFunc(q.types, func(t *answerType) bool { return t.name == name })
}

// replaced reports whether another type the question asks replaces t
// ("by when" asks a deadline, which replaces the date "when" asks).
func (q *query) replaced(t *answerType) bool {
	return slices.ContainsFunc(q.types, func(u *answerType) bool { return slices.Contains(u.replaces, t.name) })
}

// containsRun reports whether words holds run as consecutive words.
func containsRun(words, run []string) bool {
	if len(run) == 0 {
		return false
	}
	for i := 0; i+len(run) <= len(words); i++ {
		if words[i] == run[0] && slices.Equal(words[i:i+len(run)], run) {
			return true
		}
	}
	return false
}

// namePositions finds the names of disputes and articles in the question's
// raw words. Their words are context, not subject: "what does the local
// paper say about the hospitals" is about the hospitals. It sets q.article
// and returns which raw words are context, which of those name an
// article, and which name an article by what it has (see
// articleByContent; nil when none do), which are generic words of the
// question. terms are the raw words' terms.
func (ix *index) namePositions(raw, terms []string, q *query) (ctx, source, generic []bool) {
	ctx = make([]bool, len(raw))
	source = make([]bool, len(raw))
	for i, t := range terms {
		for _, j := range ix.phraseStart[t] {
			p := ix.phrases[j]
			if len(p.words) < 2 && (p.article == 0 || len(raw) <= 2) ||
				len(p.words) > len(raw)-i || !ix.namesAs(raw[i:i+len(p.words)], terms[i:i+len(p.words)], p) ||
				p.article > 0 && ix.reportVerb(raw, i, i+len(p.words)) {
				continue
			}
			// Of two articles named, the first is the one asked about:
			// "what does the local paper add to the national report?"
			if p.article > 0 && q.article == 0 {
				q.article = p.article
			}
			for k := range p.words {
				ctx[i+k] = true
				source[i+k] = source[i+k] || p.article > 0
			}
		}
	}
	if q.article == 0 {
		generic = ix.articleByContent(raw, ctx, source, q)
	}
	return ctx, source, generic
}

// namesAs reports whether the question's words (raw, and their terms) are
// the name p: an article's name may call it by any article word after its
// first ("the national story" is "the national report", "the local piece"
// "the local paper"), as people do not keep to one.
func (ix *index) namesAs(raw, terms []string, p phrase) bool {
	for k, t := range terms {
		if t != p.terms[k] && (p.article == 0 || k == 0 || !ix.v.articleWords[raw[k]] || !ix.v.articleWords[p.words[k]]) {
			return false
		}
	}
	return true
}

// articleByContent finds an article named by what it has rather than by
// one of its names: "the article with the Farnborough pictures", "the
// longest-walkout article", "the report that has the blame poll". The few
// words before an article word, or after one and a link (vocabulary
// article_links: "with", "that credits"), name an article when it alone
// has every one of their terms.
func (ix *index) articleByContent(raw []string, ctx, source []bool, q *query) (generic []bool) {
	v := ix.v
	for i, w := range raw {
		if !v.articleWords[w] && !v.pointsAtArticle(raw, i) || source[i] {
			continue
		}
		var span []int
		for j := i - 1; j >= 0 && j >= i-articleSpan && raw[j] != "the" && !v.isStop(raw[j]); j-- {
			span = append(span, j) // "the longest walkout article"
		}
		link := i + 1 // after the link's own words ("that cites"), which name nothing asked
		if k, ok := v.articleLink(raw, i+1); len(span) == 0 && ok {
			link = k
			// The link's words end where the question's own begin: "the
			// piece that cites the Press Association, what hours …".
			for j := k; j < len(raw) && j < k+articleSpan && !slices.Contains(v.questionWords, raw[j]); j++ {
				if !v.isStop(raw[j]) {
					span = append(span, j)
				}
			}
		}
		if len(span) == 0 || ix.reportVerb(raw, span[len(span)-1], i+1) {
			continue
		}
		// The article must have every term but the generic ones, and
		// more of them than any other; of two with as many, the one whose
		// own text has more: "the article with the blame poll" is the one
		// that reports the poll on blame, not the one whose facts say
		// Barclay blamed the union.
		found, best, bestText := -1, 0, 0
		var side Dispute // the dispute of the best articles, "" when they differ
		// The span's terms once, not once per article.
		spanTerms := make([]string, len(span))
		for k, j := range span {
			spanTerms[k] = v.term(raw[j])
		}
		for a, has := range ix.articleTerms() {
			n, text := 0, 0
			for k, j := range span {
				switch src := has[spanTerms[k]]; {
				case src != 0:
					n++
					if src == inText {
						text++
					}
				case !v.isWeak(raw[j]):
					n = -len(raw)
				}
			}
			switch {
			case n > best || n == best && n > 0 && text > bestText:
				found, best, bestText, side = a, n, text, ix.artDispute[a]
			case n == best && text == bestText:
				found = -1 // as much in another: names none
				if ix.artDispute[a] != side {
					side = ""
				}
			}
		}
		if found < 0 && (best <= 0 || side == "") {
			continue
		}
		// The words that name it are generic, not context: "the report
		// with the BBC poll" may also be about the poll. Two articles of
		// one dispute that have them as much still name an article, one
		// of those: "the article with the BBC Breakfast interview" (both
		// 2016 reports) is no subject of the question.
		if found >= 0 {
			q.article = found + 1
			q.articleAt = i + 1
		}
		ctx[i], source[i] = true, true
		for j := i + 1; j < link; j++ {
			ctx[j] = true
		}
		if found >= 0 && (ix.asksBeyond(raw, i, link, span, ctx) || ix.v.refersBack(raw, span)) {
			return nil
		}
		generic = make([]bool, len(raw))
		for _, j := range span {
			generic[j] = true
		}
		return generic
	}
	return nil
}

// refersBack reports whether a person pronoun (vocabulary
// personal_pronouns) after the words naming an article by what it has
// stands for them: "what does the article that mentions Jeremy Corbyn say
// he did?" asks about Corbyn, within that article, so his name is the
// question's subject as well as the article's.
func (v *vocab) refersBack(raw []string, span []int) bool {
	last := slices.Max(span)
	return slices.ContainsFunc(raw[last+1:], func(w string) bool { return slices.Contains(v.personalPronouns, w) })
}

// reportVerb reports whether the words raw[from:to] that would name an
// article end the question with an article word that is its verb: "what
// did the Press Association report?" asks what the agency reported, as
// "what did it say?" would, where "what is the Press Association report?"
// names the report.
func (ix *index) reportVerb(raw []string, from, to int) bool {
	if to != len(raw) || !ix.v.articleWords[raw[to-1]] {
		return false
	}
	j := from - 1
	if j >= 0 && raw[j] == "the" {
		j--
	}
	return j >= 0 && ix.v.yesNo[raw[j]] && !ix.v.identity[raw[j]]
}

// termSource is where an article has a term: only in the facts that cite
// it alone, or in its own text.
type termSource uint8

const (
	inFacts termSource = 1 + iota
	inText
)

// articleSpan is how many words around an article word may say what it has.
const articleSpan = 3

// signalWeight is how strongly a term names its dispute: a year three
// times ("what did Hunt say in 2023" is about 2023, whatever Hunt
// suggests), a word of the dispute's declared names twice, and a word that
// only happens to name things in one dispute's facts once.
func (b *Base) signalWeight(t string) float64 {
	switch {
	case b.ix.years[t]:
		return 3
	case b.ix.declared[t]:
		return 2
	}
	return 1
}

// readDisputes decides which dispute the question is about from how
// strongly it names each.
func (q *query) readDisputes(signal map[Dispute]float64) {
	for d := range signal {
		q.disputes = append(q.disputes, d)
	}
	slices.SortFunc(q.disputes, func(a, b Dispute) int {
		if c := signal[b] - signal[a]; c != 0 {
			if c > 0 {
				return 1
			}
			return -1
		}
		return strings.Compare(string(a), string(b))
	})
	switch {
	case len(q.disputes) == 0:
	case len(q.disputes) == 1:
		q.dispute = q.disputes[0]
	default:
		first, second := signal[q.disputes[0]], signal[q.disputes[1]]
		switch {
		case q.compare && second >= 2 || first >= 3 && second >= 3:
			q.dispute = DisputeBoth
		case !q.compare && first < 3 && second < 3:
			q.mixed = true
		default:
			q.dispute = q.disputes[0]
			q.disputes = q.disputes[:1]
		}
	}
}

// exampleKey is what a question asks, as a key: its distinct terms, in
// any order, and the answer types it asks, hashed. "Why won't the
// Government just pay the junior doctors what they want?" and "why won't
// the govt pay the junior docs what they want" share one; "who was the
// health secretary during the strike?" and "what did the health secretary
// say about the strike?" do not. 0 for a question of fewer than
// minExampleTerms terms. A hash, not a string, as every question looks
// its key up: a clash would only favour a fact a little.
func exampleKey(q *query) uint64 {
	if len(q.terms) < minExampleTerms {
		return 0
	}
	var key uint64
	for i, t := range q.terms {
		if slices.Contains(q.terms[:i], t) {
			continue
		}
		h := uint64(14695981039346656037) // FNV-1a
		for k := 0; k < len(t); k++ {
			h = (h ^ uint64(t[k])) * 1099511628211
		}
		key += h
	}
	for _, t := range q.types {
		key += uint64(t.index+1) * 0x9e3779b97f4a7c15
	}
	if q.yesNo {
		key ^= 1
	}
	if key == 0 {
		key = 1
	}
	return key
}

// minExampleTerms is how many terms an example question needs to point at
// its fact when asked just so: "what is the BMA?" has one, which its name
// already finds.
const minExampleTerms = 2

// exampleKeys reads f's example questions as questions are read and
// returns their keys (see Base.examples).
func (b *Base) exampleKeys(f *Fact) []uint64 {
	var out []uint64
	for _, q := range f.Questions {
		if k := exampleKey(b.analyze(q)); k != 0 {
			out = append(out, k)
		}
	}
	return out
}
