package knowledge

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
)

// This file answers questions about the source articles themselves rather
// than about the strikes: which article has something ("which article
// cites a figure of 651,000?", "where does the Ipsos Mori poll appear?"),
// how many do ("how many articles quote Jeremy Hunt?"), whether a named one
// does ("does the local version credit the Press Association?", "is Hunt
// mentioned in the five-day strike report?"), and what articles.yaml and
// the text say of one: what it is about, its date, its publisher, how it
// begins or ends. Which articles have a thing is read from the facts: what
// is asked after the verb is answered as a question of its own, and the
// articles its answer's evidence cites are the ones that have it. The words
// these questions are asked with are vocabulary article_asks.

// articleAsks are vocabulary article_asks, each a set of raw words.
type articleAsks struct {
	has       map[string]bool // verbs asking whether an article has something ("mention", "cite")
	particles map[string]bool // words a has verb may take before its object ("deal with")
	about     map[string]bool // words asking what an article is about ("about", "summary")
	start     map[string]bool // words asking how an article begins ("begin", "open")
	end       map[string]bool // words asking how it ends ("end", "last")
	date      map[string]bool // words asking its date ("date", "published")
	publisher map[string]bool // words asking who published it ("outlet", "publisher")
	order     map[string]bool // words asking which came first ("first", "earliest")
	quote     map[string]bool // has verbs asking whether an article quotes someone ("quoted")
	shared    map[string]bool // words asking whether two articles share their wording ("wording", "copy")
	whole     map[string]bool // words asking whether they share all of it ("identical")
	repeat    map[string]bool // has verbs asking whether an article prints something more than once ("repeated")
}

// sharedShare is the share of the shorter article's sentences the other
// must have word for word for two articles to share much of their wording.
const sharedShare = 0.5

// aboutArticles answers a question if it is about the articles themselves, and
// reports whether it was. Questions it cannot settle are left to the
// ranking (false), which answers many of them from its own facts.
func (b *Base) aboutArticles(q *query) (Answer, bool) {
	if len(q.raw) < 2 || len(b.articles) == 0 {
		return Answer{}, false
	}
	raw := q.raw
	if a, ok := b.sharedWording(q, raw); ok {
		// "same" and "share" compare: of two articles, their wording.
		return a, true
	}
	if q.compare {
		return Answer{}, false
	}
	// The names analyze found in the raw words, before a time clause
	// joined the context.
	ctx, source, generic := q.nameCtx, q.nameSource, q.nameGeneric
	if a, ok := b.articleHas(q, raw, source, q.article); ok {
		return a, true
	}
	article := q.article
	if q.articleAt > 0 {
		// Named by what it has: the facts say which article has it, as
		// for "which article has …?", or none is named.
		article = b.articleHaving(raw, q.articleAt-1)
	}
	if article > 0 {
		// The words naming the article by what it has ("the report
		// quoting Saffron Cordery") are its name here too.
		naming := slices.Clone(source)
		for i := range naming {
			naming[i] = naming[i] || q.articleAt > 0 && (ctx[i] || generic != nil && generic[i])
		}
		return b.articleMeta(q, raw, naming, b.articles[article-1])
	}
	return b.articleOrder(raw)
}

// articleHas answers which article has something, how many do, and whether
// a named one does.
func (b *Base) articleHas(q *query, raw []string, source []bool, named int) (Answer, bool) {
	aa := b.v.articleAsks
	// where the article words the question asks about end, and how it asks
	count, which := false, false
	at := -1
	switch {
	case len(raw) > 2 && raw[0] == "how" && raw[1] == "many":
		count, at = true, b.articleWordAt(raw, 2)
	case raw[0] == "which" || raw[0] == "what":
		which, at = true, b.articleWordAt(raw, 1)
	case raw[0] == "in" && len(raw) > 1 && (raw[1] == "which" || raw[1] == "what"):
		which, at = true, b.articleWordAt(raw, 2)
	case raw[0] == "where":
		which, at = true, 0
	}
	var content []string
	verb := ""
	switch {
	case at > 0 && raw[0] != "where":
		// "which article cites X", "how many articles quote X",
		// "which report is Hunt quoted in"
		content, verb = b.hasObject(raw, at+1, source)
		if content == nil {
			content, verb = b.hasSubject(raw, at+1, source)
		}
	case raw[0] == "where":
		// "where does the Ipsos Mori poll appear?"
		content, verb = b.hasSubject(raw, 1, source)
	case q.yesNo && named > 0:
		// "does the first article include the list?", "is Hunt
		// mentioned in the five-day strike report?"
		end := 1
		for end < len(raw) && (source[end] || end > 1 && b.v.articleWords[raw[end]]) {
			end++ // "the News Shopper piece"
		}
		if end > 1 {
			content, verb = b.hasObject(raw, end, source)
		} else {
			content, verb = b.hasSubject(raw, 0, source)
		}
	}
	if count && at > 0 && content == nil && !slices.ContainsFunc(raw[at+1:], func(w string) bool { return !b.v.isStop(w) }) {
		// "how many articles are there?"
		return b.allArticles(), true
	}
	if len(content) == 0 {
		return Answer{}, false
	}
	content = slices.DeleteFunc(content, func(w string) bool { return aa.has[w] || b.v.articleWords[w] })
	if len(content) == 0 || !slices.ContainsFunc(content, func(w string) bool { return !b.v.isStop(w) }) {
		return Answer{}, false
	}
	if q.missing > 0 {
		// "which article mentions the 2019 election?": a word the facts
		// do not know is no part of any answer to what follows.
		return Answer{}, false
	}
	arts, ca, ok := b.articlesWith(strings.Join(content, " "), aa.quote[verb], b.nameTerms(q, content))
	if !ok {
		return Answer{}, false
	}
	a := Answer{Question: ca.Question, Sources: ca.Sources, Suggestions: ca.Suggestions, Related: ca.Related,
		Facts: ca.Facts, Title: ca.Title, Dispute: ca.Dispute, Score: ca.Score, Found: true}
	body := trimLead(ca.Text)
	switch {
	case count && len(arts) == 0:
		a.Text = fmt.Sprintf("None of the %d articles. %s", len(b.articles), body)
	case count:
		a.Text = fmt.Sprintf("%d of the %d articles: %s. %s", len(arts), len(b.articles), b.refList(arts, false), body)
	case which && len(arts) == 0:
		a.Text = "None of them. " + body
	case which:
		a.Text = b.refList(arts, true) + ". " + body
	case aa.repeat[verb] && slices.Contains(arts, b.articles[named-1]):
		// "is the photo caption repeated in the local article?": how
		// many of its lines print what the answer cites from it.
		art := b.articles[named-1]
		n := b.timesPrinted(art, a.Sources)
		lead := "No. It is printed once"
		if n > 1 {
			lead = fmt.Sprintf("Yes. It is printed %d times", n)
		}
		a.Text = fmt.Sprintf("%s in article %s (%s). %s", lead, art.Ref, art.Short, body)
	case slices.Contains(arts, b.articles[named-1]):
		a.Text = "Yes. " + body
	default:
		art := b.articles[named-1]
		others := "no article does"
		if len(arts) > 0 {
			others = b.refList(arts, false) + map[bool]string{true: " does", false: " do"}[len(arts) == 1]
		}
		a.Text = fmt.Sprintf("No. Article %s (%s) doesn't; %s. %s", art.Ref, art.Short, others, body)
		a.Sources = append(slices.Clone(a.Sources), b.lineSource(art, b.articleLine(art, false)))
	}
	return a, true
}

// articleHaving is 1 + the index of the one article that has what the
// words after the article word raw[at] and a link say ("the report quoting
// Saffron Cordery"), or 0 when not exactly one does.
func (b *Base) articleHaving(raw []string, at int) int {
	k, ok := b.v.articleLink(raw, at+1)
	if !ok || k >= len(raw) {
		return 0
	}
	arts, _, _ := b.articlesWith(strings.Join(raw[k:], " "), b.v.articleAsks.quote[raw[k-1]], nil)
	if len(arts) != 1 {
		return 0
	}
	return slices.Index(b.articles, arts[0]) + 1
}

// timesPrinted is how many lines of an article print a quote the sources
// cite from it: the most of any one quote.
func (b *Base) timesPrinted(art *Article, sources []Source) int {
	most := 0
	for _, src := range sources {
		if src.File != art.File || src.Quote == "" {
			continue
		}
		n := 0
		for _, l := range art.Lines {
			if strings.Contains(l, src.Quote) {
				n++
			}
		}
		most = max(most, n)
	}
	return most
}

// articleWordAt is the index of the article word that ends a question's
// opening "which of these articles", "how many reports", from raw[from]
// on with only "of", "the", "these" and a count between, or -1.
func (b *Base) articleWordAt(raw []string, from int) int {
	for j := from; j < len(raw) && j <= from+3; j++ {
		if b.v.articleWords[raw[j]] {
			return j
		}
		if _, isCount := b.v.numbers[raw[j]]; raw[j] != "of" && raw[j] != "the" && raw[j] != "these" && !isCount && !isDigits(raw[j]) {
			return -1
		}
	}
	return -1
}

// hasObject is what a has verb at raw[from] (after an auxiliary, and before
// a particle: "deal with") asks about: the words after it, up to a name of
// an article ("in the local paper"). It is nil when raw[from] is no has
// verb.
func (b *Base) hasObject(raw []string, from int, source []bool) (content []string, verb string) {
	aa := b.v.articleAsks
	if from < len(raw) && (raw[from] == "do" || raw[from] == "does" || raw[from] == "did") {
		from++
	}
	if from >= len(raw) {
		return nil, ""
	}
	if raw[from] == "are" || raw[from] == "is" || raw[from] == "was" || raw[from] == "were" {
		// "how many articles are about the 2023 strike?"
		if from+1 >= len(raw) || !aa.particles[raw[from+1]] {
			return nil, ""
		}
		from++
	} else if !aa.has[raw[from]] {
		return nil, ""
	}
	verb = raw[from]
	from++
	for from < len(raw) && aa.particles[raw[from]] {
		from++
	}
	return b.untilArticle(raw, from, source), verb
}

// hasSubject is what "is X mentioned in …", "does X appear …" or "is X
// quoted in" asks about: the words after an auxiliary at raw[from] (or
// raw[from+1]), up to a has verb. It is nil when there is none.
func (b *Base) hasSubject(raw []string, from int, source []bool) (content []string, verb string) {
	switch {
	case from < len(raw) && b.auxiliary(raw[from]):
		from++
	case from+1 < len(raw) && b.auxiliary(raw[from+1]) && raw[from] == "the":
		from += 2
	default:
		return nil, ""
	}
	// The last has verb before the article's name: "is the Press
	// Association credit repeated in …?" asks of the credit.
	at := -1
	for j := from + 1; j < len(raw) && !source[j]; j++ {
		if b.v.articleAsks.has[raw[j]] {
			at = j
		}
	}
	if at < 0 {
		return nil, ""
	}
	return b.untilArticle(raw[:at], from, source), raw[at]
}

// auxiliary reports whether w opens a yes/no question's subject ("is",
// "does").
func (b *Base) auxiliary(w string) bool {
	return b.v.yesNo[w] && b.v.isStop(w)
}

// untilArticle is raw from raw[from] on, up to a word naming an article or
// an article word, with the "in" or "by" before it.
func (b *Base) untilArticle(raw []string, from int, source []bool) []string {
	var out []string
	for j := from; j < len(raw); j++ {
		if j < len(source) && source[j] || b.v.articleWords[raw[j]] && j > from {
			break
		}
		out = append(out, raw[j])
	}
	for len(out) > 0 && (out[len(out)-1] == "in" || out[len(out)-1] == "by" || out[len(out)-1] == "the" || out[len(out)-1] == "of") {
		out = out[:len(out)-1]
	}
	return out
}

// nameTerms are the terms of the words of content that the question
// writes with a capital ("Guy's Hospital"): names, which an article that
// has what is asked must have in its own text.
func (b *Base) nameTerms(q *query, content []string) []string {
	var out []string
	for _, n := range q.names {
		for _, w := range b.v.words(n) {
			if !b.v.isStop(w) && slices.Contains(content, w) {
				out = append(out, b.v.term(w))
			}
		}
	}
	return out
}

// articlesWith answers content as a question of its own, and lists the
// articles its answer cites: the ones that have it. A name the question
// gives (names, and the terms of the names of people, organisations and places) must be
// in an article's own text as well, so that a fact citing an article for
// something else around it does not make it mention the name. Asked which
// articles quote someone (quoted), they are those the quotes of the people
// and organisations content names cite, none when it names someone never
// quoted. Without a found answer, or an article left where quotes are not
// asked, it reports false.
func (b *Base) articlesWith(content string, quoted bool, names []string) ([]*Article, Answer, bool) {
	ca := b.answer(content, nil)
	if !ca.Found || len(ca.Sources) == 0 {
		return nil, ca, false
	}
	files := map[string]bool{}
	for _, s := range ca.Sources {
		files[s.File] = true
	}
	if quoted {
		if f, ok := b.quotedIn(content); ok {
			files = f
		}
	}
	cq := b.analyze(content)
	for i, t := range cq.terms {
		if b.ix.entity[t] && !cq.context[i] {
			names = append(names, t)
		}
	}
	// The other words asked: an article cited for something around them
	// (Hunt's appeal, beside Porter's word that consultants would cover)
	// need not have them. Where no article cited has them all, the
	// answer's words are not the question's, and the citations stand.
	var asked []string
	for i, t := range cq.terms {
		if !cq.weak[i] && !cq.context[i] {
			asked = append(asked, t)
		}
	}
	var arts, having []*Article
	all := b.ix.articleTerms()
	for a, art := range b.articles {
		if !files[art.File] {
			continue
		}
		text := b.ix.articleText[a]()
		if slices.ContainsFunc(names, func(t string) bool { return !slices.Contains(text, t) }) {
			continue
		}
		arts = append(arts, art)
		if !slices.ContainsFunc(asked, func(t string) bool { return all[a][t] == 0 }) {
			having = append(having, art)
		}
	}
	if len(having) > 0 {
		arts = having
	}
	return arts, ca, len(arts) > 0 || quoted
}

// quotedIn lists the files of the articles that quote the people and
// organisations content names: those the evidence of their quotes cites,
// the speaker being one of them or one of theirs (the BMA's leaders for
// the BMA). It reports false when content names no one.
func (b *Base) quotedIn(content string) (map[string]bool, bool) {
	// Names as questions are read, phrases joined ("primeminister"), on
	// both sides: content was read so already.
	words := b.v.words(content)
	who := map[string]bool{}
	for _, f := range b.facts {
		if f.Kind != KindPerson && f.Kind != KindOrganisation {
			continue
		}
		if slices.ContainsFunc(nameRuns(f), func(n []string) bool { return containsRun(words, b.v.words(strings.Join(n, " "))) }) {
			who[f.ID] = true
		}
	}
	if len(who) == 0 {
		return nil, false
	}
	files := map[string]bool{}
	for _, f := range b.facts {
		sp := b.speakerFact(f)
		if f.Kind != KindQuote || sp == nil || !who[sp.ID] && !slices.ContainsFunc(sp.About, func(id string) bool { return who[id] }) {
			continue
		}
		for _, e := range f.Evidence {
			files[e.File] = true
		}
	}
	return files, true
}

// refList names articles as answers cite them: "article 000 (First all-out
// strike begins) and article 001 (…)", capitalised when it opens a
// sentence.
func (b *Base) refList(arts []*Article, capital bool) string {
	var s []string
	for _, art := range arts {
		s = append(s, fmt.Sprintf("article %s (%s)", art.Ref, art.Short))
	}
	out := joinAnd(s)
	if capital && out != "" {
		out = strings.ToUpper(out[:1]) + out[1:]
	}
	return out
}

// articleMeta answers what articles.yaml and the text say of the article a
// question names, when the question asks nothing else: what it is about,
// how it begins or ends, its date, its publisher.
func (b *Base) articleMeta(q *query, raw []string, source []bool, art *Article) (Answer, bool) {
	aa := b.v.articleAsks
	var rest, before []string // the question's own words beside the article's name, and before it
	named := false
	for i, w := range raw {
		named = named || source[i]
		if source[i] || b.v.articleWords[w] || w == art.Ref || slices.Contains(b.v.questionWords, w) {
			continue
		}
		rest = append(rest, w)
		if !named {
			before = append(before, w)
		}
	}
	only := func(set map[string]bool, also ...map[string]bool) bool {
		return b.onlyAsks(rest, set, also...)
	}
	lines := map[string]bool{"line": true, "lines": true, "sentence": true, "sentences": true, "paragraph": true, "words": true}
	a := Answer{Question: strings.Join(raw, " "), Sources: []Source{}, Suggestions: []string{}, Dispute: art.Dispute, Found: true}
	a.Title = art.Title
	name := fmt.Sprintf("article %s (%s)", art.Ref, art.Short)
	switch {
	case (only(aa.publisher) || b.onlyAsks(before, aa.publisher)) && !slices.Contains(raw, "when"):
		if art.Publication == "" {
			a.Text = fmt.Sprintf("The articles don't say: %s names no publisher.", name)
			a.Found = false
		} else {
			a.Text = fmt.Sprintf("%s was published by %s.", capitalise(name), art.Publication)
		}
		a.Sources = append(a.Sources, b.lineSource(art, b.articleLine(art, false)))
		if art.Publication == "" {
			b.publisherAside(q, art, &a)
		}
	case only(aa.date):
		a.Text = fmt.Sprintf("As far as its text shows, %s is from %s.", name, art.Date)
		a.Sources = append(a.Sources, b.dateSources(art)...)
	case only(aa.end, lines):
		i := b.articleLine(art, true)
		a.Text = fmt.Sprintf("%s ends: %q", capitalise(name), art.Lines[i])
		a.Sources = append(a.Sources, b.lineSource(art, i))
	case only(aa.start, lines):
		i := b.articleLine(art, false)
		a.Text = fmt.Sprintf("%s begins: %q", capitalise(name), art.Lines[i])
		a.Sources = append(a.Sources, b.lineSource(art, i))
	case !slices.ContainsFunc(rest, func(w string) bool { return !b.v.isStop(w) }) && !q.yesNo && art.Publication != "" && containsRun(raw, b.v.words(art.Publication)):
		// "what is the News Shopper?": the publisher the name is.
		a.Text = fmt.Sprintf("%s published %s: %s", art.Publication, name, art.Summary)
		a.Sources = append(a.Sources, b.lineSource(art, b.articleLine(art, false)))
	case only(aa.about) && !q.yesNo && (raw[len(raw)-1] == "about" || !slices.Contains(rest, "about")):
		// "what is the local paper about?", "summarise it"; not "what
		// does it say about the 2016 dispute?".
		a.Text = fmt.Sprintf("%s, %q: %s", capitalise(name), art.Title, art.Summary)
		a.Sources = append(a.Sources, b.lineSource(art, b.articleLine(art, false)))
	default:
		return Answer{}, false
	}
	return a, true
}

// publisherAside adds to the answer that an article names no publisher
// what the facts do say of where its report came from: the clauses of the
// best fact for the question that name the article and no publisher word
// (that it names none is said already), with that fact's evidence from the
// article. "Who published the report with the Ipsos Mori poll?" gets
// "article 000 says part of its report came from the Press Association".
func (b *Base) publisherAside(q *query, art *Article, a *Answer) {
	ranked := b.score(q, nil)
	if len(ranked) == 0 || !b.confidentIn(q, ranked[0]) {
		return
	}
	f := b.facts[ranked[0].fact]
	var said []string
	for _, c := range clauseEnd.Split(f.body, -1) {
		words := split(normalizeChars(c), nil)
		if b.namesArticle(words, art) && !slices.ContainsFunc(words, func(w string) bool { return b.v.articleAsks.publisher[w] }) {
			said = append(said, strings.TrimSuffix(strings.TrimSpace(c), "."))
		}
	}
	if len(said) == 0 {
		return
	}
	a.Text += " " + capitalise(strings.Join(said, "; ")) + "."
	a.Facts = append(a.Facts, f.ID)
	for _, e := range f.Evidence {
		if e.File == art.File {
			addSource(a, e.Source())
		}
	}
}

// articleNameReach is how many words before an article's number its word
// for an article may be: "articles 000 and 002".
const articleNameReach = 3

// namesArticle reports whether words name an article by its number after
// a word for an article ("article 000", "articles 000 and 002").
func (b *Base) namesArticle(words []string, art *Article) bool {
	for k, w := range words {
		if w != art.Ref {
			continue
		}
		for j := max(0, k-articleNameReach); j < k; j++ {
			if b.v.articleWords[words[j]] {
				return true
			}
		}
	}
	return false
}

// onlyAsks reports whether words have a word of set and otherwise only
// stop words and words of also.
func (b *Base) onlyAsks(words []string, set map[string]bool, also ...map[string]bool) bool {
	seen := false
	for _, w := range words {
		switch {
		case set[w]:
			seen = true
		case b.v.isStop(w) || slices.ContainsFunc(also, func(m map[string]bool) bool { return m[w] }):
		default:
			return false
		}
	}
	return seen
}

// allArticles lists the articles, each with its short title and dispute.
func (b *Base) allArticles() Answer {
	a := Answer{Sources: []Source{}, Suggestions: []string{}, Found: true, Title: "The articles"}
	var s []string
	for _, art := range b.articles {
		d := string(art.Dispute)
		if info, ok := b.DisputeByID(art.Dispute); ok {
			d = info.Name
		}
		s = append(s, fmt.Sprintf("article %s (%s), on %s", art.Ref, art.Short, d))
		a.Sources = append(a.Sources, b.lineSource(art, b.articleLine(art, false)))
	}
	a.Text = fmt.Sprintf("%d articles: %s.", len(b.articles), strings.Join(s, "; "))
	return a
}

// articleOrder declines a question asking which article came first
// ("which of the articles was published first?"): the articles
// carry no publication dates, only what their text shows.
func (b *Base) articleOrder(raw []string) (Answer, bool) {
	aa := b.v.articleAsks
	if !slices.ContainsFunc(raw, func(w string) bool { return b.v.articleWords[w] }) ||
		!slices.ContainsFunc(raw, func(w string) bool { return aa.date[w] }) ||
		!slices.ContainsFunc(raw, func(w string) bool { return aa.order[w] }) {
		return Answer{}, false
	}
	var dates []string
	a := Answer{Question: strings.Join(raw, " "), Sources: []Source{}, Suggestions: []string{}}
	for _, art := range b.articles {
		dates = append(dates, fmt.Sprintf("article %s, %s", art.Ref, art.Date))
		a.Sources = append(a.Sources, b.dateSources(art)...)
	}
	a.Text = "The articles don't say: they carry no publication dates. As far as their text shows: " + strings.Join(dates, "; ") + "."
	return a, true
}

// sharedWording answers whether two articles share their wording ("do the
// first two articles share much of the same wording?", "is the local
// paper's text copied from the national report?"): the share of the
// shorter one's sentences that the other has word for word. The two are
// the articles the question names, the first two it counts ("the first
// two articles"), or the two of the dispute it names.
func (b *Base) sharedWording(q *query, raw []string) (Answer, bool) {
	aa := b.v.articleAsks
	if !slices.ContainsFunc(raw, func(w string) bool { return aa.shared[w] }) ||
		!slices.ContainsFunc(raw, func(w string) bool { return b.v.articleWords[w] }) {
		return Answer{}, false
	}
	var pair []*Article
	for i := 0; i+1 < len(raw); i++ {
		if raw[i] == "first" && b.v.numbers[raw[i+1]] == "2" && len(b.articles) >= 2 {
			pair = b.articles[:2]
		}
	}
	if pair == nil {
		var names []int
		terms := make([]string, len(raw))
		for i, w := range raw {
			terms[i] = b.v.term(w)
		}
		// Each article named, in turn: namePositions finds the first.
		for from := 0; from < len(raw); from++ {
			var n query
			b.ix.namePositions(raw[from:], terms[from:], &n)
			if n.article > 0 && !slices.Contains(names, n.article-1) {
				names = append(names, n.article-1)
			}
		}
		switch {
		case len(names) == 2:
			pair = []*Article{b.articles[names[0]], b.articles[names[1]]}
		case q.dispute != "" && q.dispute != DisputeBoth:
			for _, art := range b.articles {
				if art.Dispute == q.dispute {
					pair = append(pair, art)
				}
			}
		}
	}
	if len(pair) != 2 {
		return Answer{}, false
	}
	short, long := pair[0], pair[1]
	if len(sentenceLines(long)) < len(sentenceLines(short)) {
		short, long = long, short
	}
	others := sentenceLines(long)
	var shared []Source
	var match []int // the line of long each shared sentence matches
	lines := sentenceLines(short)
	for _, l := range lines {
		for _, o := range others {
			if sameSentence(l.words, o.words) {
				shared = append(shared, b.lineSource(short, l.at))
				match = append(match, o.at)
				break
			}
		}
	}
	if len(lines) == 0 {
		return Answer{}, false
	}
	a := Answer{Question: strings.Join(raw, " "), Sources: []Source{}, Suggestions: []string{}, Found: true, Title: "Wording shared by two articles"}
	lead := "No"
	need := sharedShare * float64(len(lines))
	if slices.ContainsFunc(raw, func(w string) bool { return aa.whole[w] }) {
		need = float64(len(lines)) // "identical wording" is every sentence
	}
	if float64(len(shared)) >= need {
		lead = "Yes"
	}
	a.Text = fmt.Sprintf("%s. %d of the %d sentences of article %s (%s) are, all but a word or two, in article %s (%s).",
		lead, len(shared), len(lines), short.Ref, short.Short, long.Ref, long.Short)
	if len(shared) > 0 {
		a.Sources = append(a.Sources, shared[0], b.lineSource(long, match[0]))
	}
	return a, true
}

// articleSentence is a line of an article with words, its words and its
// index.
type articleSentence struct {
	words []string
	at    int
}

// sentenceLines are an article's lines of more than a few words, each as
// its lower-case words.
func sentenceLines(art *Article) []articleSentence {
	var out []articleSentence
	for i, l := range art.Lines {
		if w := split(normalizeChars(strings.ToLower(l)), nil); len(w) > 3 {
			out = append(out, articleSentence{w, i})
		}
	}
	return out
}

// sameShare is the share of a sentence's words another must have for the
// two to be one sentence printed twice: a copy adds a courtesy title ("Mr
// Hunt") or dates by another day ("yesterday" for "on Monday").
const sameShare = 0.8

// sameSentence reports whether sentences a and b are one printed twice:
// each has at least sameShare of the other's words.
func sameSentence(a, b []string) bool {
	has := func(x, y []string) bool {
		n := 0
		for _, w := range x {
			if slices.Contains(y, w) {
				n++
			}
		}
		return float64(n) >= sameShare*float64(len(x))
	}
	return has(a, b) && has(b, a)
}

// articleLine is the index of an article's first (or last) line with text.
func (b *Base) articleLine(art *Article, last bool) int {
	best := 0
	for i, l := range art.Lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		best = i
		if !last {
			return i
		}
	}
	return best
}

// dateSources cites the lines of an article that give a calendar date, or
// its first line when none does.
func (b *Base) dateSources(art *Article) []Source {
	var out []Source
	for i, l := range art.Lines {
		if len(b.monthDays(split(normalizeChars(strings.ToLower(l)), nil))) > 0 {
			out = append(out, b.lineSource(art, i))
		}
	}
	if len(out) == 0 {
		out = append(out, b.lineSource(art, b.articleLine(art, false)))
	}
	return out
}

// lineSource cites line i (0-based) of an article whole.
func (b *Base) lineSource(art *Article, i int) Source {
	return Source{File: art.File, Line: i + 1, Quote: art.Lines[i], Title: art.Short, Publisher: art.Publication, URL: art.URL}
}

// capitalise puts the first letter of s in upper case.
func capitalise(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}

// isDigits reports whether w is a run of digits ("002", "3").
func isDigits(w string) bool {
	_, err := strconv.Atoi(w)
	return err == nil
}
