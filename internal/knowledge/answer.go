package knowledge

import (
	"fmt"
	"math"
	"slices"
	"strconv"
	"strings"
)

// How answers are assembled. Whether a fact is an answer at all is decided
// by the tuning thresholds: it must match most of what the question is about
// (coverage), somewhere that names the subject, not only in passing
// (strength).
const (
	// A fact from the other dispute joins the answer when the question names
	// neither and it scores nearly as well: "who was the health secretary?"
	// has two true answers.
	otherDisputeRatio = 0.75
	// A question that compares disputes takes each one's best fact that
	// clears the thresholds and scores at least this share of the best.
	compareRatio = 0.25
	// nearerRatio is how close to the best a fact must score, and
	// nearerFactor how many times nearer the figure asked its own figure
	// must be, for preferNearer to put it first.
	nearerRatio  = 0.9
	nearerFactor = 2.0
	// eventRatio is how close to a thing's own fact an event about it must
	// score to answer when it happened.
	eventRatio     = 0.7
	maxSuggestions = 5
	// wrongDisputeSlack is how much less of a question a fact of the
	// dispute asked may cover than the best of another dispute.
	wrongDisputeSlack = 0.15
	maxAnswerFacts    = 3
	// gapTie is the share of the best fact's score at which a gap that
	// covers more of the question goes first.
	gapTie = 0.97
	// cueTie is the share of the best fact's score at which a gap that
	// covers as much of a question with a gap cue ("eventually") goes first.
	cueTie = 0.8
	// denialTie is the share of the best fact's score at which a gap
	// saying the thing asked is missing goes first.
	denialTie = 0.9
	// speakerRatio is how close to the best a fact that has the
	// question's speaker say something must score to answer instead.
	speakerRatio = 0.5
	// rankingRatio is how close to the best a fact that ranks things must
	// score to answer a question asking which one ranks first instead.
	rankingRatio = 0.75
)

// MaxQuestion is the longest question Answer reads; the rest is ignored, so
// a hostile 100 KB message costs no more than a long question.
const MaxQuestion = 1000

// Answer answers a free-text question from the fact base.
func (b *Base) Answer(question string) Answer { return b.AnswerWith(question, nil) }

// AnswerWith answers a question in a conversation: ctx, when not nil, is the
// previous answer's context (see Answer.Context), against which "what did
// she say?", "and in 2023?" or "what about the poll?" are read.
func (b *Base) AnswerWith(question string, ctx *Context) Answer {
	question = clip(question, MaxQuestion)
	// The question's words, split once: small talk, a bare yes/no
	// question and, when it is its own one clause, analyze read them.
	norm := normalizeChars(strings.TrimSpace(question))
	plain := split(norm, make([]string, 0, 16))
	if a, ok := b.smallTalkIn(question, norm, plain); ok {
		return a
	}
	asked := b.v.withoutCourtesies(question)
	if ctx != nil {
		asked = b.resolve(asked, ctx)
	}
	askedWords := plain // the words of question, so only while asked is it
	if asked != question {
		askedWords = nil
	}
	var parts []Answer
	// "agreement reached?" asks yes or no: read before its mark goes.
	for i, c := range b.v.splitClauses(b.v.clauseSpeak(b.v.uncheck(b.v.bareYesNo(asked, askedWords)))) {
		read := c
		if i > 0 && !parts[i-1].Found && b.bareQuestion(c) {
			// "was the dispute eventually settled? how": a bare
			// question word asks the part before's question again, and
			// what the articles do not say has no "how" either.
			continue
		}
		if i > 0 {
			// "how many in 2023?" after "how many were cancelled in
			// 2016": a part with no subject takes the one before's.
			read = b.resolve(b.otherDispute(b.pluralReferent(c, parts[i-1]), parts[i-1].Dispute), parts[i-1].Context())
		}
		read = b.v.untag(read) // "…, right?" asks yes or no
		var words []string     // the question's words, when this clause is all of it as asked
		if read == question {
			words = plain
		}
		p, q := b.answerChecked(read, words)
		if i > 0 {
			p = b.pronounInQuestion(c, parts[i-1], p)
		}
		b.nameSpeakers(q, &p)
		p.Question = c
		parts = append(parts, p)
	}
	a := parts[0]
	if len(parts) > 1 {
		a = merge(b, asked, parts)
	} else if !a.Found {
		// A rambling question declined whole may ask its last clause
		// alone (rambling.go); only a found answer to it replaces the
		// decline. A found answer stands, so its question is not read
		// again for a clause.
		if fq := b.finalQuestion(asked); fq != "" {
			if p, _ := b.answerChecked(fq, nil); p.Found {
				a = p
			}
		}
		// "I used to be a nurse myself many years ago. What did …?":
		// an aside before the question, when the question is declined
		// with it, is read without.
		if fq := b.v.dropForeword(asked); !a.Found && fq != "" {
			if p := b.AnswerWith(fq, ctx); p.Found {
				a = p
			}
		}
	}
	a.Question = question
	fitLimit(&a, MaxReply)
	return a
}

// pronounInQuestion re-reads a later part of a question whose pronoun,
// read as the part before's answer, only gave that answer again: in
// "which hospital is in the News Shopper photos and who took them?",
// "them" is the photos the part before asked about, not the hospital it
// answered. The part is read with the part before's own words instead
// (its question words left out), and that reading answers if it gives
// something new. Otherwise p stays as it is.
func (b *Base) pronounInQuestion(part string, before, p Answer) Answer {
	if !p.Found || len(p.Facts) == 0 || !slices.Contains(before.Facts, p.Facts[0]) {
		return p
	}
	raw := b.v.words(part)
	if !slices.ContainsFunc(raw, func(w string) bool { return slices.Contains(b.v.pronouns, w) }) {
		return p
	}
	words := strings.Fields(before.Question)
	for len(words) > 0 && (slices.Contains(b.v.questionWords, strings.ToLower(words[0])) || b.v.isStop(strings.ToLower(words[0]))) {
		words = words[1:]
	}
	if len(words) == 0 {
		return p
	}
	read := b.v.untag(strings.TrimRight(part, "?!. \t") + " (" + strings.TrimRight(strings.Join(words, " "), "?!. \t") + ")")
	alt, _ := b.answerChecked(read, nil)
	if !alt.Found || len(alt.Facts) == 0 || slices.Contains(before.Facts, alt.Facts[0]) {
		return p
	}
	return alt
}

// bareQuestion reports whether a part of a question is question words
// alone ("how", "and why?"), with nothing of its own to ask about.
func (b *Base) bareQuestion(part string) bool {
	words := b.v.words(part)
	return len(words) > 0 && !slices.ContainsFunc(words, func(w string) bool {
		return !slices.Contains(b.v.questionWords, w) && w != "and" && w != "or"
	})
}

// otherDispute names the dispute a part of a question means by "the later
// walkout" or "the earlier strike" after a part about one dispute: a
// comparative before a word of the disputes' names, in a part naming no
// dispute, tells this one from the one before. It is the other dispute
// when there is exactly one; otherwise the part is left as it is.
func (b *Base) otherDispute(part string, before Dispute) string {
	if before == "" || before == DisputeBoth {
		return part
	}
	raw := b.v.words(part)
	at := -1
	for j, w := range raw {
		if _, ok := b.ix.dispute[b.v.term(w)]; ok {
			return part // "the later strike in 2023", "Barclay's later strike"
		}
		if at < 0 && j+1 < len(raw) && b.v.comparatives[w] && b.ix.disputeTerms[b.v.term(raw[j+1])] {
			at = j
		}
	}
	if at < 0 {
		return part
	}
	var other *DisputeInfo
	for _, d := range b.disputes {
		if d.ID != before {
			if other != nil {
				return part
			}
			other = d
		}
	}
	if other == nil {
		return part
	}
	// The comparative has said which dispute; the name says it now.
	return strings.Join(slices.Delete(raw, at, at+1), " ") + " (" + other.Name + ")"
}

// MaxReply bounds an answer's text and quotes together, in characters, so
// that a reply fits a chat message and an embed.
const MaxReply = 1500

// answer answers one clause; kinds, if not nil, restricts the facts searched.
func (b *Base) answer(question string, kinds []Kind) Answer {
	return b.answerQuery(b.analyze(question), question, kinds)
}

// answerChecked answers one clause as AnswerWith does, checked for a
// wrong value (wrongValue), and returns the query it read too: the rules
// after it read the clause's words from there rather than split it again.
// plain, if not nil, is the clause's words split already (see
// analyzeSplit).
func (b *Base) answerChecked(question string, plain []string) (Answer, *query) {
	// "The newer strike" is the strike of the latest dispute (relative.go);
	// the question is read so, and echoed as asked.
	if relative := b.dateRelative(question); relative != question {
		question, plain = relative, nil
	}
	q := b.analyzeSplit(question, plain)
	return b.wrongValue(q, question, b.answerQuery(q, question, nil)), q
}

// answerQuery is answer for the question as analyze read it.
func (b *Base) answerQuery(q *query, question string, kinds []Kind) Answer {
	if kinds == nil {
		// "which article cites 651,000?", "how does the local article
		// end?": about the articles, not the strikes.
		if a, ok := b.aboutArticles(q); ok {
			a.Question = question
			return a
		}
	}
	a := b.answerTo(q, question, kinds)
	b.premiseOverview(q, &a)
	b.notListed(q, &a)
	b.declineTraps20(q, question, &a)
	b.declineTraps22(q, question, &a)
	b.declineUnsaid22(q, question, &a)
	b.declineUnsaid25(q, &a)
	b.otherSource(q, &a)
	b.whichArticle(q, &a)
	return a
}

// answerTo is answer's work for the question as analyze read it.
func (b *Base) answerTo(q *query, question string, kinds []Kind) Answer {
	a := Answer{Question: question, Sources: []Source{}, Suggestions: []string{}}
	if kinds == nil && b.broad(q) {
		return b.overviewNo(q, b.leadOverview(q, b.overview(q, a)))
	}
	ranked := b.score(q, kinds)
	// The best fact that clears the thresholds answers; one that ranks higher
	// without clearing them matched loosely and is only a suggestion.
	// A fact of the dispute asked that covers much less of the question
	// than a better one of the other dispute is no answer: "what was the
	// pay rise in 2016?" is not answered by a 2016 poll's rising number.
	// A question the best fact would answer circularly is about someone
	// the facts know doing or being something they do not: the facts that
	// merely mention them are no answer either.
	circular := len(ranked) > 0 && b.circular(q, ranked[0].fact)
	wrongCover := 0.0
	for i, s := range ranked {
		if i >= 5 || len(ranked) > 0 && s.score < ranked[0].score/2 {
			break
		}
		if b.wrongDispute(q, s.fact) {
			if b.confidentIn(q, s) {
				wrongCover = max(wrongCover, s.coverage)
			}
			continue
		}
		if b.confidentIn(q, s) && s.coverage >= wrongCover-wrongDisputeSlack {
			ranked[0], ranked[i] = ranked[i], ranked[0]
			break
		}
	}
	b.preferDeciding(q, ranked)
	b.preferUnit(q, ranked)
	b.preferSeveral(q, ranked)
	b.preferDoing(q, ranked)
	b.preferGap(q, ranked)
	b.preferAsked(q, ranked)
	b.preferDenial(q, ranked)
	b.preferRanking(q, ranked)
	b.preferWhole(q, ranked)
	b.preferAskedGroup(q, ranked)
	// Where a yes/no question puts something ("… in Scotland?"), read
	// once for the ranking and the verdict.
	place, placed := b.placeQuestion(q)
	b.preferPlaced(q, place, placed, ranked)
	b.preferLocated(q, ranked)
	b.preferDay(q, ranked)
	b.preferPassive(q, ranked)
	b.preferOwnFigure(q, ranked)
	b.preferSpeaker(q, ranked)
	b.preferSaidBy(q, ranked)
	b.preferSummary(q, ranked)
	b.preferOverall(q, ranked)
	answers := len(ranked) > 0 && !circular && (b.confidentIn(q, ranked[0]) && !b.wrongDispute(q, ranked[0].fact) || b.clearLead(q, ranked))
	if !answers {
		if fact, named := b.wrongSpeaker(q, ranked); fact >= 0 {
			// The quote asked for, said by someone else: say who.
			b.fill(&a, []int32{fact})
			a.Text = "That was " + b.speakerFact(b.facts[fact]).Title + ", not " + named.Title + ". " + a.Text
			a.Found, a.Score = true, ranked[0].score
			a.Suggestions, a.Related = b.suggest(ranked[1:], []int32{fact})
			return a
		}
		if fact := b.swappedPlace(q, ranked); fact >= 0 {
			// "did the BMA point to Wales as the example?": No, Scotland.
			b.fill(&a, []int32{fact})
			a.Text = "No. " + a.Text
			a.Found, a.Score = true, ranked[0].score
			a.Suggestions, a.Related = b.suggest(ranked, []int32{fact})
			return a
		}
		a.Text = b.dontKnow()
		a.Suggestions, a.Related = b.suggest(ranked, nil)
		if len(ranked) > 0 {
			a.Score = ranked[0].score
		}
		return a
	}
	top := ranked[0]
	a.Score = top.score
	if fact := b.gapSwappedPlace(q, ranked); fact >= 0 {
		// "were the photos taken outside Darent Valley?": No, the PRUH,
		// though a gap on each hospital covers the question.
		b.fill(&a, []int32{fact})
		a.Text = "No. " + a.Text
		a.Found = true
		a.Suggestions, a.Related = b.suggest(ranked, []int32{fact})
		return a
	}
	if h := b.roleHolder(q); h >= 0 {
		// "was Barclay the Health Secretary in 2016?": No, Hunt was.
		b.fill(&a, []int32{h})
		a.Text = "No. " + a.Text
		a.Found = true
		a.Suggestions, a.Related = b.suggest(ranked, []int32{h})
		return a
	}
	if q.mixed && (b.facts[top.fact].Dispute != DisputeBoth || q.crossName) && b.facts[top.fact].Kind != KindGap {
		a.Text = "The articles don't say: that question mixes " + b.disputeNames(q.disputes) +
			", and no article links them. Ask about one dispute at a time, or ask to compare them."
		a.Suggestions, a.Related = b.suggest(ranked, nil)
		return a
	}
	picked := []int32{top.fact}
	topFact := b.facts[top.fact]
	if topFact.Kind == KindGap {
		b.fill(&a, picked)
		a.Found = false
		a.Suggestions, a.Related = b.suggest(ranked[1:], picked)
		return a
	}
	for _, s := range ranked[1:] {
		if len(picked) >= maxAnswerFacts {
			break
		}
		f := b.facts[s.fact]
		if f.Kind == KindGap || sameSubject(b, picked, f) {
			continue
		}
		// confidentIn last, as it costs most: a question of one dispute
		// picks no other fact, and would weigh every candidate for nothing.
		switch {
		case q.dispute == DisputeBoth && otherDispute(b, picked, f.Dispute) && s.score >= top.score*compareRatio && b.confidentIn(q, s):
			// "compare 2016 and 2023": the best of each.
			picked = append(picked, s.fact)
		case q.dispute == "" && topFact.Dispute != DisputeBoth && otherDispute(b, picked, f.Dispute) &&
			sameGroup(topFact.Kind, f.Kind) && s.score >= top.score*otherDisputeRatio && b.confidentIn(q, s):
			picked = append(picked, s.fact)
		}
	}
	kept, missing, denied := b.checkSupplied(q, picked)
	b.fill(&a, kept)
	a.Found = !denied
	if denied && q.yesNo && q.article > 0 && q.asks("person") {
		// "does the 2023 article name the Prime Minister?" against "the
		// article never names the Prime Minister": what the article
		// does is what is asked, and the fact says it does not.
		a.Text = "No. " + a.Text
		a.Found = true
		return a
	}
	a.Suggestions, a.Related = b.suggest(ranked[1:], kept)
	if missing != "" {
		// The best fact is about the right thing but does not give what
		// was asked: say so, and give what the articles do say.
		a.decline(" "+missing, a.Text)
		return a
	}
	if a.Found && (b.verbUncovered(q, kept[0]) || !q.yesNo && b.saidDoerSwapped(q, kept[0])) {
		// "which politician accepted the contract?" against Corbyn's
		// march, "did any MP welcome the contract?" against Hunt telling
		// MPs: the articles don't say who did that, or whether anyone did.
		a.decline("", a.Text)
		return a
	}
	if a.Found && !q.yesNo && b.lacksAsked(q, kept[0]) {
		// "what did YouGov find about junior doctors?" against "the
		// article gives no YouGov figure for junior doctors": the answer
		// itself says the articles lack it.
		a.Found = false
		return a
	}
	if a.Found {
		b.leadYesNo(q, place, placed, top, &a)
		b.unbackedYes(q, kept[0], &a)
		b.wrongVerdict19(q, kept[0], &a)
		b.wrongVerdict20(q, kept[0], &a)
	}
	b.declineUnsettled(q, kept[0], &a)
	b.declineTraps19(q, ranked, kept[0], &a)
	return a
}

// lacksAsked reports whether a word of the question (not a weak one) is one
// the fact's answer has only where it says the articles do not give it.
func (b *Base) lacksAsked(q *query, fact int32) bool {
	lacked := b.derived[fact]().lacked
	if len(lacked) == 0 {
		return false
	}
	for i, t := range q.terms {
		if !q.weak[i] && slices.Contains(lacked, t) {
			return true
		}
	}
	return false
}

// promote is the step every prefer… rule below shares: it swaps with the
// best the first of the next limit-1 candidates that ok accepts, among
// those scoring at least ratio times the best, and reports whether there
// was one. Each rule only says what a better answer looks like and how
// close it must score.
func promote(ranked []scored, limit int, ratio float64, ok func(scored) bool) bool {
	i := promotable(ranked, limit, ratio, ok)
	if i > 0 {
		ranked[0], ranked[i] = ranked[i], ranked[0]
	}
	return i > 0
}

// lift is promote keeping the order of the rest: the best goes second,
// not to the promoted one's place, for the rules whose runner-up matters
// (a speaker's words, a ranking).
func lift(ranked []scored, limit int, ratio float64, ok func(scored) bool) {
	if i := promotable(ranked, limit, ratio, ok); i > 0 {
		s := ranked[i]
		copy(ranked[1:i+1], ranked[:i])
		ranked[0] = s
	}
}

// promotable is the index of the candidate promote and lift move, or -1.
func promotable(ranked []scored, limit int, ratio float64, ok func(scored) bool) int {
	if len(ranked) == 0 {
		return -1
	}
	low := ranked[0].score * ratio
	for i := 1; i < len(ranked) && i < limit && ranked[i].score >= low; i++ {
		if ok(ranked[i]) {
			return i
		}
	}
	return -1
}

// preferDeciding puts first, for a yes/no question with a figure ("did the
// 2016 strike last five days?"), the best confident fact that gives a
// figure in the same unit, if the best does not: it can decide the verdict,
// where a fact about the strike's last day cannot.
func (b *Base) preferDeciding(q *query, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 {
		return
	}
	var units []string
	var values []float64
	for _, g := range q.figures {
		if !b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			values = append(values, g.value)
			if g.unit != "" {
				units = append(units, g.unit)
			}
		}
	}
	if len(units) == 0 {
		return
	}
	// A fact giving every figure the question names ("is the 651,000
	// figure for eight months of action?") decides it, where one giving
	// only the months cannot say what the 651,000 counts.
	givesAll := func(s scored) bool {
		return !slices.ContainsFunc(values, func(x float64) bool {
			return !slices.ContainsFunc(b.derived[s.fact]().text.figures, func(g figure) bool { return g.value == x })
		})
	}
	if len(values) > 1 && b.confidentIn(q, ranked[0]) && !givesAll(ranked[0]) && promote(ranked, 5, 0.5, func(s scored) bool {
		return b.facts[s.fact].Kind != KindGap && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && givesAll(s)
	}) {
		return
	}
	gives := func(s scored) bool {
		return slices.ContainsFunc(b.derived[s.fact]().text.figures, func(g figure) bool {
			return slices.Contains(units, g.unit)
		})
	}
	if !b.confidentIn(q, ranked[0]) {
		return
	}
	// The best giving the unit in a list after another ("651,000 routine
	// procedures and appointments") gives it as well.
	listed := b.facts[ranked[0].fact].Kind != KindGap && slices.ContainsFunc(b.derived[ranked[0].fact]().text.figures, func(g figure) bool {
		for j := 1; j < len(g.also); j++ {
			if (g.also[j-1] == "and" || g.also[j-1] == "or") && slices.Contains(units, g.also[j]) {
				return true
			}
		}
		return false
	})
	if !gives(ranked[0]) && !listed && promote(ranked, 5, 0.5, func(s scored) bool {
		return b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && gives(s)
	}) {
		return
	}
	b.preferNearer(q, ranked)
}

// preferPlaced puts first, for a yes/no question putting something in a
// place ("is the five-day strike in Scotland?"), the best confident fact
// that says where it was (see placeVerdict), if the best does not: one
// that merely mentions Scotland decides nothing.
func (b *Base) preferPlaced(q *query, place int32, subject []string, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 {
		return
	}
	if place < 0 {
		return
	}
	// The fact saying where it happened may rank well below those about
	// the place itself ("was the 2023 strike in Scotland?": the facts
	// about Scotland's pay offer come first).
	b.preferVerdict(q, ranked, func(f int32) bool { return b.placeVerdict(place, subject, f) != noVerdict })
}

// preferVerdict puts first the best confident fact, not far below the
// best, for which decides holds, if the best's does not.
func (b *Base) preferVerdict(q *query, ranked []scored, decides func(int32) bool) {
	if !b.confidentIn(q, ranked[0]) || decides(ranked[0].fact) {
		return
	}
	promote(ranked, 16, 1.0/3, func(s scored) bool {
		// A gap gives no verdict, whatever places or days it names.
		return b.facts[s.fact].Kind != KindGap && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && decides(s.fact)
	})
}

// sideOfSeveral reports whether a fact gives several sides' words, the
// first of them not the speaker asked about ("what would end the strike,
// according to each side": the BMA's, then Barclay's). Such a fact has the
// speaker say something, but not, for all the question's other words
// match, what was asked: those are the words of the side that leads it.
func (b *Base) sideOfSeveral(q *query, fact int32) bool {
	about := b.facts[fact].About
	if len(about) < 2 {
		return false
	}
	first, ok := b.Fact(about[0])
	return ok && !b.namesAsked(q, first)
}

// preferUnit puts first, for a question asking "how many" of a unit ("how
// many days was the all-out strike?"), the best confident fact that gives a
// number of that unit, if the best does not: the strike's first day and
// hours are no count of its days.
func (b *Base) preferUnit(q *query, ranked []scored) {
	if q.yesNo || !q.asks("duration") || len(ranked) < 2 || b.facts[ranked[0].fact].Kind == KindGap || !b.confidentIn(q, ranked[0]) {
		return
	}
	var unit string
	for i := range q.raw {
		if e := b.v.countAskAt(q.raw, i); e >= 0 && e < len(q.raw) {
			unit = b.v.term(q.raw[e])
		}
	}
	if unit == "" {
		return
	}
	gives := func(s scored) bool {
		return slices.ContainsFunc(b.derived[s.fact]().text.figures, func(g figure) bool { return g.unit == unit })
	}
	if gives(ranked[0]) {
		return
	}
	// Only a fact of the same dispute: the 2023 consultants' two-day
	// strike is no count of days of a 2016 strike.
	d := b.facts[ranked[0].fact].Dispute
	promote(ranked, 5, 0.5, func(s scored) bool {
		return b.facts[s.fact].Dispute == d && b.confidentIn(q, s) && gives(s)
	})
}

// preferSeveral puts first, for a question asking which days or which
// hospitals (a day, date or place cue with its noun in the plural: "which
// days was the all-out strike?"), the best confident fact of the same
// dispute that names more of them in one sentence, if the best names at
// most one day, or two fewer places: the strike's first day is one of its
// days, and one hospital's fact is not the list asked.
func (b *Base) preferSeveral(q *query, ranked []scored) {
	if q.yesNo || len(ranked) < 2 || len(q.types) == 0 {
		return
	}
	which := -1 // severalIn's count: 0 weekdays, 1 places
	better := func(top, other int) bool { return top <= 1 && other > 1 }
	switch {
	case b.asksPlural(q, "date", "day", "calendar"):
		which = 0
	case b.asksPlural(q, "place"):
		which = 1
		better = func(top, other int) bool { return other >= top+2 }
	}
	if which < 0 || b.facts[ranked[0].fact].Kind == KindGap || !b.confidentIn(q, ranked[0]) {
		return
	}
	named := func(s scored) int { return b.several[s.fact]()[which] }
	top := named(ranked[0])
	d := b.facts[ranked[0].fact].Dispute
	promote(ranked, 5, 0.5, func(s scored) bool {
		return b.facts[s.fact].Dispute == d && b.confidentIn(q, s) && better(top, named(s))
	})
}

// severalIn counts, for preferSeveral, the most weekdays and the most places
// (by the weekday and place types' patterns) one sentence of f's answer
// names: the first day's fact that mentions the Monday before in another
// sentence names one day.
func (b *Base) severalIn(f *Fact) [2]int {
	var out [2]int
	for k, name := range []AnswerType{"weekday", "place"} {
		t := b.v.answerType(name)
		if t == nil || t.pattern == nil {
			continue
		}
		for _, sentence := range sentences(strings.ToLower(f.body)) {
			seen := map[string]bool{}
			for _, m := range t.pattern.re.FindAllString(sentence, -1) {
				seen[m] = true
			}
			out[k] = max(out[k], len(seen))
		}
	}
	return out
}

// asksPlural reports whether the question asks for one of the named
// types with a cue's noun in the plural: "which days" against the cue
// "which day", "which hospitals" against "which hospital".
func (b *Base) asksPlural(q *query, names ...AnswerType) bool {
	asked := false
	for _, name := range names {
		asked = asked || q.asks(name)
	}
	if !asked {
		return false
	}
	for _, name := range names {
		t := b.v.answerType(name)
		if t == nil {
			continue
		}
		for _, c := range t.cues {
			if len(c) != 2 {
				continue
			}
			for i := 0; i+1 < len(q.raw); i++ {
				if w := q.raw[i+1]; q.raw[i] == c[0] && len(w) == len(c[1])+1 && w[len(c[1])] == 's' && w[:len(c[1])] == c[1] {
					return true
				}
			}
		}
	}
	return false
}

// preferDoing puts first, when the best is a person's, organisation's or
// place's own fact, a confident fact about it that gives what the
// question asks and fits nearly as well: what someone said ("what does the
// health secretary say the walkout will do?") is their quote, and when
// Hunt appeared on BBC Breakfast is the appearance, not the programme.
// Who or what they are is neither.
func (b *Base) preferDoing(q *query, ranked []scored) {
	if q.yesNo || q.asks("person") || len(ranked) < 2 || !b.confidentIn(q, ranked[0]) {
		return
	}
	who := b.facts[ranked[0].fact]
	if who.Kind != KindPerson && who.Kind != KindOrganisation && who.Kind != KindPlace {
		return
	}
	want, ratio := Kind(""), 0.0
	switch {
	case q.asks("quote"):
		want, ratio = KindQuote, nearerRatio
	case q.asks("date") || q.asks("day") || q.asks("time"):
		want, ratio = KindEvent, eventRatio
	default:
		return
	}
	// The fact must be about the one whose own fact ranked first, so that
	// it is their words or doings, not someone's words about someone else.
	promote(ranked, 3, ratio, func(s scored) bool {
		f := b.facts[s.fact]
		return f.Kind == want && slices.Contains(f.About, who.ID) && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact)
	})
}

// preferNearer puts first, among confident facts that fit a yes/no
// question with a figure about as well as the best and give a figure in
// the unit asked, the one whose figure is far nearer the one asked: "were
// over 600,000 procedures rescheduled?" is decided by the 651,000
// rescheduled, not by the 125,000 cancelled that ranks a hair higher.
func (b *Base) preferNearer(q *query, ranked []scored) {
	var asked []figure
	for _, g := range q.figures {
		if g.unit != "" && g.value > 0 && !b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			asked = append(asked, g)
		}
	}
	// distance is how many times off the fact's nearest figure in an asked
	// unit is, as a ratio ≥ 1.
	distance := func(s scored) float64 {
		d := math.Inf(1)
		for _, g := range b.derived[s.fact]().text.figures {
			for _, a := range asked {
				if g.value > 0 && (g.unit == a.unit || slices.Contains(g.also, a.unit)) {
					d = min(d, max(g.value/a.value, a.value/g.value))
				}
			}
		}
		return d
	}
	top := distance(ranked[0])
	promote(ranked, 5, nearerRatio, func(s scored) bool {
		return distance(s)*nearerFactor <= top && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact)
	})
}

// detailReach is how far down the ranking preferGap looks for a gap that
// covers more of a question asking the exact detail than the best fact.
const detailReach = 16

// preferGap puts first, for a question asking for the exact detail
// ("what did the placards actually say?", "what exact pay rise …?"), a gap
// that fits it about as well as the best fact: the facts give the subject,
// the gap says the detail is not there.
func (b *Base) preferGap(q *query, ranked []scored) {
	if len(ranked) < 2 || b.facts[ranked[0].fact].Kind == KindGap {
		return
	}
	// Without a detail cue, a gap still goes first when it scores as well
	// as the best fact and covers more of the question: "how long did the
	// phone call last?" is about the call's details, which the gap says
	// are not given, as much as about the call.
	// A gap whose alias the question opens with ("who interviewed …?")
	// is what the curator wrote for that question, and goes first like
	// one asked for the exact detail, if it covers as much of it and the
	// best fact does not give the figure or time asked ("how many medical
	// school places by 2031?": double).
	low := ranked[0].score * gapTie
	// Whether the best fact gives what was asked is worked out once, and
	// only for a gap the question opens with.
	var bestGives, bestKnown bool
	opens := func(s scored) bool {
		if q.yesNo || s.coverage < ranked[0].coverage || !b.opensWith(q, s.fact) {
			return false
		}
		if !bestKnown {
			bestGives, bestKnown = b.givesAsked(q, ranked[0]), true
		}
		return !bestGives
	}
	for i := 1; i < len(ranked) && i < detailReach && ranked[i].score >= ranked[0].score/2; i++ {
		s := ranked[i]
		if i >= 8 && (!q.detail || s.coverage <= ranked[0].coverage) {
			// Past the first eight, only a gap covering more of a
			// question asking the exact detail: "what is Laurenson's
			// exact job title?" ranks the people it names first, and
			// the gap saying no officer's title is given below them.
			continue
		}
		if b.facts[s.fact].Kind != KindGap || q.dispute == DisputeBoth && b.facts[s.fact].Dispute != DisputeBoth {
			// A gap in one dispute says nothing of a question about both
			// ("start times of the 2016 and 2023 strikes").
			continue
		}
		detail := q.detail || q.gapCue && s.coverage >= ranked[0].coverage && s.score >= ranked[0].score*cueTie || opens(s)
		if !detail && (s.score < low || s.coverage <= ranked[0].coverage || !b.coversMore(q, s.fact, ranked[0].fact)) {
			continue
		}
		if b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) {
			ranked[0], ranked[i] = ranked[i], ranked[0]
			return
		}
	}
}

// coversMore reports whether fact has a term of the question, not a weak
// one, that best lacks: "what is the Dartford hospital's name?" is about
// the hospital, and a gap that also has the generic "name" covers no more
// of what is asked than the hospital's own fact.
func (b *Base) coversMore(q *query, fact, best int32) bool {
	for i, t := range q.terms {
		if !q.weak[i] && b.ix.has(fact, t) && !b.ix.has(best, t) {
			return true
		}
	}
	return false
}

// preferWhole puts first, for a question asking when the dispute itself
// began or how long it ran (see wholeSubject), the best confident fact
// whose answer names the dispute that way, if the best's does not: "the
// long-running row" says more of the row's length than the five-day
// strike's length does.
func (b *Base) preferWhole(q *query, ranked []scored) {
	if len(ranked) < 2 {
		return
	}
	t := b.wholeSubject(q)
	if t == "" || b.namesWhole(ranked[0].fact, t) {
		return
	}
	promote(ranked, 5, 0.5, func(s scored) bool {
		return b.namesWhole(s.fact, t) && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact)
	})
}

// namesWhole reports whether a fact's answer has t, a term naming a
// dispute as a whole. The answer of a fact of every dispute that is no
// gap has it in the disputes' names it tells apart ("In the 2023 pay
// dispute, …"), which says nothing of either dispute's length.
func (b *Base) namesWhole(fact int32, t string) bool {
	f := b.facts[fact]
	return (f.Dispute != DisputeBoth || f.Kind == KindGap) && slices.Contains(b.derived[fact]().body, t)
}

// opensWith reports whether the question's first words are one of the
// fact's aliases, of two words or more.
func (b *Base) opensWith(q *query, fact int32) bool {
	if len(q.raw) < 2 {
		return false
	}
	for _, a := range b.facts[fact].Aliases {
		// Most fail on the first word, before any splitting.
		if len(a) < len(q.raw[0]) || !strings.EqualFold(a[:len(q.raw[0])], q.raw[0]) {
			continue
		}
		ws := split(strings.ToLower(a), nil)
		if len(ws) >= 2 && len(ws) <= len(q.raw) && slices.Equal(ws, q.raw[:len(ws)]) {
			return true
		}
	}
	return false
}

// preferAsked puts first, when the best is a gap that says the articles
// lack something the question does not ask ("gives no number of medical
// school places"), a confident fact that fits as well and gives what it
// does ask: "by when will medical school places double?" is answered "by
// 2031".
func (b *Base) preferAsked(q *query, ranked []scored) {
	if q.yesNo || len(q.types) == 0 || len(ranked) < 2 || b.facts[ranked[0].fact].Kind != KindGap {
		return
	}
	lacks := b.derived[ranked[0].fact]().denials
	other := false
	for ti := range b.v.types {
		if len(lacks[ti]) == 0 {
			continue
		}
		if q.asks(b.v.types[ti].name) {
			return
		}
		other = true
	}
	if !other {
		return
	}
	gives := func(s scored) bool {
		// "who is striking after the junior doctors?" is answered by the
		// consultants' strike, which names someone the question does not.
		return b.givesAsked(q, s) || slices.ContainsFunc(q.types, func(t *answerType) bool {
			return t.name == "person" && !t.strict && b.namesOther(q, s.fact)
		})
	}
	low := ranked[0].score * gapTie
	if q.asks("person") {
		// The gap's score has the boost of a question asking something,
		// which one lacking something else has not earned: "who is
		// striking after the junior doctors?" asks no date.
		low /= b.tune.intentBoost
	}
	for i := 1; i < len(ranked) && i < 4 && ranked[i].score >= low; i++ {
		s := ranked[i]
		if b.facts[s.fact].Kind != KindGap && s.coverage >= ranked[0].coverage && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && gives(s) {
			ranked[0], ranked[i] = ranked[i], ranked[0]
			return
		}
	}
}

// givesAsked reports whether a fact gives a strict type the question asks
// (a count, a time) in a sentence about what was asked.
func (b *Base) givesAsked(q *query, s scored) bool {
	return slices.ContainsFunc(q.types, func(t *answerType) bool {
		return t.strict && !q.replaced(t) && b.suppliesType(s.fact, t) && b.suppliesAbout(q, s.fact, t)
	})
}

// preferDenial puts first a gap that fits the question about as well as
// the best fact and says the articles lack the very thing asked about its
// subject: "the 2023 article does not say when … junior doctors will
// strike again" answers "when is the junior doctors' next strike?",
// however well the run of other unions' strikes "later this month" fits.
func (b *Base) preferDenial(q *query, ranked []scored) {
	if q.yesNo || len(q.types) == 0 || len(ranked) < 2 || b.facts[ranked[0].fact].Kind == KindGap {
		return
	}
	// One whose alias the question opens with, and that covers more of
	// it than the best, need only score half as well: "when was the
	// YouGov poll carried out?" against the gap "when was the YouGov
	// poll", which says no fieldwork dates are given.
	for i := 1; i < len(ranked) && i < 8 && ranked[i].score >= ranked[0].score/2; i++ {
		s := ranked[i]
		if b.facts[s.fact].Kind != KindGap || s.coverage < ranked[0].coverage {
			continue
		}
		if (i >= 4 || s.score < ranked[0].score*denialTie) && (s.coverage <= ranked[0].coverage || !b.opensWith(q, s.fact)) {
			continue
		}
		if !b.confidentIn(q, s) || b.wrongDispute(q, s.fact) {
			continue
		}
		if slices.ContainsFunc(q.types, func(t *answerType) bool { return t.denied != nil && b.deniesSubject(q, s.fact, t) }) {
			ranked[0], ranked[i] = ranked[i], ranked[0]
			return
		}
	}
}

// preferRanking puts first, for a question asking who or where ranks
// first ("who has the most public backing?"), the best confident fact
// that ranks things from the end asked, when the best does not: a summary
// of every poll says nothing of which group leads, and "nurses have the
// strongest public backing" does.
func (b *Base) preferRanking(q *query, ranked []scored) {
	if !q.ranked || q.yesNo || !q.asks("place") && !q.asks("person") || len(ranked) < 2 || b.facts[ranked[0].fact].Kind == KindGap || b.ranks(ranked[0].fact) {
		return
	}
	lift(ranked, 6, rankingRatio, func(s scored) bool {
		return b.facts[s.fact].Kind != KindGap && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && b.ranks(s.fact) && !b.ranksOtherEnd(q, s.fact)
	})
}

// preferSpeaker puts first, for a question asking someone's words ("what
// did the health secretary call the strikes?"), the best confident fact
// that has them say it, when the best does not: the BMA's words about the
// Health Secretary, however well they match, are not his. A gap saying
// the articles lack what was asked stays first.
func (b *Base) preferSpeaker(q *query, ranked []scored) {
	if len(q.speaker) == 0 || q.article > 0 || !q.asks("quote") && q.wordsAt == 0 || len(ranked) < 2 || b.facts[ranked[0].fact].Kind == KindGap || b.speaks(q, ranked[0].fact) {
		return
	}
	lift(ranked, 6, speakerRatio, func(s scored) bool {
		return b.facts[s.fact].Kind != KindGap && b.confidentIn(q, s) && !b.wrongDispute(q, s.fact) && b.speaks(q, s.fact) && !b.sideOfSeveral(q, s.fact)
	})
}

// wrongDispute reports whether a fact belongs to another dispute than the
// one a question names by year or name: "how many hospitals were affected
// in 2023?" is not answered from the 2016 list.
func (b *Base) wrongDispute(q *query, fact int32) bool {
	d := b.facts[fact].Dispute
	return q.strong && q.dispute != "" && q.dispute != DisputeBoth && d != DisputeBoth && d != q.dispute
}

func (b *Base) confident(s scored) bool {
	return s.coverage >= b.tune.minCoverage && s.strength >= b.tune.minStrength
}

// clearLead reports whether the best fact may answer with less of the
// question matched than confident asks: it supplies the answer type the
// question asks for and is far ahead of the next best, so the words it
// lacks are the outsider's own ("how popular were paramedics' strikes?"
// against the ambulance workers' poll), not a sign of another subject.
func (b *Base) clearLead(q *query, ranked []scored) bool {
	top := ranked[0]
	if len(q.types) == 0 || q.mixed || b.facts[top.fact].Kind == KindGap || b.wrongDispute(q, top.fact) || b.lacksName(q, top.fact) ||
		!b.suppliesAsked(q, top.fact) || top.coverage < b.tune.leadCoverage || top.strength < b.tune.minStrength {
		return false
	}
	// The lead is over the best fact about something else: facts about
	// the same one ("Barclay's 35% quote", "why Barclay calls it
	// unreasonable") agree on the subject and do not split the question.
	// Not so for an exact detail ("in actual numbers") or a yes/no
	// question: there the facts about one subject differ on what is asked.
	for _, s := range ranked[1:] {
		if q.detail || q.yesNo || !b.related(top.fact, s.fact) {
			return top.score >= s.score*b.tune.leadRatio
		}
	}
	return true
}

// related reports whether two facts are about the same one: either is in
// the other's about, or both are about a common one.
func (b *Base) related(x, y int32) bool {
	fx, fy := b.facts[x], b.facts[y]
	if slices.Contains(fx.About, fy.ID) || slices.Contains(fy.About, fx.ID) {
		return true
	}
	return slices.ContainsFunc(fx.About, func(id string) bool { return slices.Contains(fy.About, id) })
}

// confidentIn is confident for a question that names both disputes: each
// fact can only cover its own half of "compare Hunt's and Barclay's …".
func (b *Base) confidentIn(q *query, s scored) bool {
	if q.dispute == DisputeBoth {
		return s.coverage >= b.tune.minCoverage/2 && s.strength >= b.tune.minStrength
	}
	return b.confident(s) && !b.lacksName(q, s.fact) && !b.circular(q, s.fact) && !b.offSide(q, s.fact) && !b.otherRole(q, s.fact)
}

// otherRole reports whether a question asking who holds a role ("who is
// the chief executive of NHS Providers?") meets a fact whose answer has
// that role only with a qualifier before it ("deputy chief executive"),
// which the question does not ask: the deputy is not the one asked for.
func (b *Base) otherRole(q *query, fact int32) bool {
	if q.yesNo || !q.asks("person") || b.facts[fact].Kind == KindGap {
		return false
	}
	roles := b.roles[fact]()
	if len(roles) == 0 {
		return false
	}
	for i, w := range q.raw {
		if b.v.qualifiers[w] && !notBefore(q.raw, i) {
			return false
		}
	}
	return slices.ContainsFunc(roles, func(r []string) bool { return containsRun(q.terms, r) })
}

// circular reports whether a fact about a person or organisation would
// answer a question asking for a person or organisation with the one the
// question itself names, when the question says more about them than the
// facts know: "who replaced Jeremy Hunt as Health Secretary?" asks for
// someone else, and Hunt's own fact is no answer. A question asking who
// the named one is ("who's Saffron Cordery when she's at home?") is
// answered by it.
func (b *Base) circular(q *query, fact int32) bool {
	if q.missing == 0 || !q.asks("person") {
		return false
	}
	if k := b.facts[fact].Kind; k != KindPerson && k != KindOrganisation {
		return false
	}
	for i, t := range q.terms {
		for _, a := range b.ix.aliases[t] {
			if a.fact == fact && !q.weak[i] && len(a.terms) <= len(q.terms)-i && slices.Equal(a.terms, q.terms[i:i+len(a.terms)]) {
				return !b.startsWith(q, a.terms[0])
			}
		}
	}
	return false
}

// startsWith reports whether the question asks who or what the one with
// the term t is: after its first word ("who") come only identity words
// ("is", "was") and then a word with the term t.
func (b *Base) startsWith(q *query, t string) bool {
	for i, w := range q.raw {
		switch {
		case i == 0:
		case b.v.identity[w]:
		default:
			return b.v.term(w) == t
		}
	}
	return false
}

// lacksName reports whether the question names a person, organisation or
// place the fact does not know: "how many operations were cancelled in
// Scotland?" is not answered by a count that never mentions Scotland, however
// well the rest matches.
func (b *Base) lacksName(q *query, fact int32) bool {
	for i, t := range q.terms {
		if q.named[i] && !b.ix.has(fact, t) && !b.hasFullName(q, i, fact) && !b.choiceHasOther(q, t, fact) {
			return true
		}
	}
	return false
}

// factSides splits the body of a fact of every dispute into its sentences,
// each with the dispute its words name alone (a year, "Hunt", "YouGov").
func (b *Base) factSides(f *Fact) []side {
	var out []side
	for _, s := range sentences(f.body) {
		sd := side{terms: map[string]bool{}}
		for _, t := range b.v.terms(s, nil) {
			sd.terms[t] = true
			d, ok := b.ix.dispute[t]
			switch {
			case !ok || d == sd.dispute:
			case sd.dispute == "":
				sd.dispute = d
			default:
				sd.dispute = DisputeBoth
			}
		}
		if sd.dispute == DisputeBoth {
			sd.dispute = ""
		}
		out = append(out, sd)
	}
	return out
}

// roleHolder finds, for a yes/no question naming a person of one dispute
// in a role in the other ("was Barclay the Health Secretary in 2016?"),
// the person's fact of the dispute asked that has the role among its
// names (Hunt's): someone else held it then. It returns -1 for none.
func (b *Base) roleHolder(q *query) int32 {
	if !q.yesNo || !q.mixed || len(q.disputes) != 2 || len(q.raw) < 3 {
		return -1
	}
	for j := 2; j < len(q.raw); j++ {
		who := b.personsNamed(q.raw[1:j])
		if len(who) == 0 {
			continue
		}
		// The role, before what says when: "the Health Secretary during
		// the first all-out strike".
		var role []int32
		for k := len(q.raw); k > j && len(role) == 0; k-- {
			role = b.personsNamed(q.raw[j:k])
		}
		if len(role) == 0 {
			continue
		}
		// The dispute asked is the one the person is not of.
		asked := q.disputes[0]
		if b.facts[who[0]].Dispute == asked {
			asked = q.disputes[1]
		}
		of := func(i int32) bool { return b.facts[i].Dispute == asked }
		if slices.ContainsFunc(who, of) {
			return -1
		}
		if k := slices.IndexFunc(role, of); k >= 0 {
			return role[k]
		}
		return -1
	}
	return -1
}

// offSide reports whether a fact of every dispute answers a question
// about one only from the other's side, or from both sides at once: "what
// did the Government say in 2016 about pay?" is not answered by Hunt's
// 2016 words and Barclay's 2023 words on pay, nor "what did the Ipsos Mori
// poll find about ambulance workers?" by the 2016 poll and a 2023 figure.
// Each word of the question that the fact's answer has must be in a
// sentence of one and the same dispute, or of none.
func (b *Base) offSide(q *query, fact int32) bool {
	if q.compare || q.dispute == DisputeBoth || b.facts[fact].Dispute != DisputeBoth {
		return false
	}
	sides := b.sides[fact]()
	has := func(t string, d Dispute) bool {
		return slices.ContainsFunc(sides, func(s side) bool {
			return (d == DisputeBoth || s.dispute == "" || s.dispute == d) && s.terms[t]
		})
	}
	// Which terms some side has, looked up once: it is the same for
	// every dispute.
	var buf [24]bool // most questions: no allocation
	some := buf[:0]
	for i, t := range q.terms {
		some = append(some, (!q.weak[i] || q.context[i]) && has(t, DisputeBoth))
	}
	asked := false
	for _, d := range b.disputes {
		all := true
		for i, t := range q.terms {
			if all && some[i] {
				asked = true
				all = has(t, d.ID)
			}
		}
		if all {
			return false
		}
	}
	return asked
}

// hasFullName reports whether the question's term i starts a whole name
// of one of the facts ("jeremy hunt") of which the fact has a later part
// that is a name itself (not "hospital" of "lewisham hospital"):
// a fact saying "Hunt" knows "Jeremy Hunt".
func (b *Base) hasFullName(q *query, i int, fact int32) bool {
	for _, a := range b.ix.aliases[q.terms[i]] {
		if len(a.terms) > 1 && len(a.terms) <= len(q.terms)-i && slices.Equal(a.terms, q.terms[i:i+len(a.terms)]) &&
			slices.ContainsFunc(a.terms[1:], func(t string) bool { return b.ix.entity[t] && b.ix.has(fact, t) }) {
			return true
		}
	}
	return false
}

// namesGroup reports whether a term is by itself a name of a group of
// people that has its own fact, and a rare one: "radiographers" in "which
// union is organising the radiographers' strike?" is not answered by the
// BMA's fact, which never mentions them. The vocabulary's staff groups
// ("nurses") are groups too, with or without a fact of their own: "which
// comes first, the nurses' strike or the consultants'?" is not answered
// by the run of strikes, which has no nurses in it.
func (b *Base) namesGroup(t string) bool { return b.groups[t] }

// groupTerms lists the terms namesGroup holds for: the rare ones among
// the staff groups and the one-term aliases of people and organisations.
func (b *Base) groupTerms() map[string]bool {
	groups := map[string]bool{}
	rare := func(t string) bool { return len(b.ix.postings[t]) <= len(b.facts)/10 }
	for t := range b.v.staffGroups {
		if rare(t) {
			groups[t] = true
		}
	}
	for t, as := range b.ix.aliases {
		if rare(t) && slices.ContainsFunc(as, func(a alias) bool {
			k := b.facts[a.fact].Kind
			return len(a.terms) == 1 && (k == KindPerson || k == KindOrganisation)
		}) {
			groups[t] = true
		}
	}
	return groups
}

// otherDispute reports whether d is a dispute none of the picked facts is from.
func otherDispute(b *Base, picked []int32, d Dispute) bool {
	if d == DisputeBoth {
		return false
	}
	for _, p := range picked {
		if b.facts[p].Dispute == d {
			return false
		}
	}
	return true
}

// sameSubject stops two facts that say the same thing joining one answer.
func sameSubject(b *Base, picked []int32, f *Fact) bool {
	for _, p := range picked {
		if b.facts[p].Title == f.Title {
			return true
		}
	}
	return false
}

// sameGroup reports whether two kinds answer the same sort of question.
func sameGroup(a, b Kind) bool {
	group := func(k Kind) int {
		switch k {
		case KindPerson, KindOrganisation:
			return 1
		case KindEvent, KindDispute:
			return 2
		case KindFigure, KindPoll:
			return 3
		case KindPosition, KindTopic, KindQuote:
			return 4
		}
		return 5
	}
	return group(a) == group(b)
}

// fill sets the text, title and sources of a from the picked facts.
func (b *Base) fill(a *Answer, picked []int32) {
	var text []string
	for _, p := range picked {
		f := b.facts[p]
		a.Facts = append(a.Facts, f.ID)
		text = append(text, f.Answer)
		cite(a, f.Evidence)
		if a.Dispute == "" {
			a.Dispute = f.Dispute
		} else if a.Dispute != f.Dispute {
			a.Dispute = DisputeBoth
		}
	}
	a.Title = b.facts[picked[0]].Title
	a.Text = strings.Join(text, "\n\n")
}

// cite adds evidence to a's sources, each citation once: facts that share
// a quote must not cite it twice.
func cite(a *Answer, evidence []Evidence) {
	for _, e := range evidence {
		addSource(a, e.Source())
	}
}

func addSource(a *Answer, s Source) {
	if !slices.Contains(a.Sources, s) {
		a.Sources = append(a.Sources, s)
	}
}

// Quotes answers with the verbatim quotes behind the given facts (the
// "Show quotes" button); ids no longer in the fact base are skipped, and
// Found is false when none is left.
func (b *Base) Quotes(ids []string) Answer {
	a := Answer{Sources: []Source{}, Suggestions: []string{}}
	for _, id := range ids {
		f, ok := b.Fact(id)
		if !ok {
			continue
		}
		if a.Title == "" {
			a.Title = "Quotes behind: " + f.Title
		}
		a.Facts = append(a.Facts, id)
		cite(&a, f.Evidence)
	}
	a.Found = len(a.Sources) > 0
	return a
}

// suggest lists the titles of the best facts not already in the answer, or
// the fact base's overview topics when nothing came close.
func (b *Base) suggest(ranked []scored, picked []int32) (titles, ids []string) {
	out := make([]string, 0, maxSuggestions)
	ids = make([]string, 0, maxSuggestions)
	// A handful of titles: a list searched in place beats a map.
	seen := func(title string) bool {
		return slices.Contains(out, title) || slices.ContainsFunc(picked, func(p int32) bool { return b.facts[p].Title == title })
	}
	for _, s := range ranked {
		if len(out) >= maxSuggestions {
			return out, ids
		}
		f := b.facts[s.fact]
		if f.Kind == KindGap || seen(f.Title) {
			continue
		}
		out = append(out, f.Title)
		ids = append(ids, f.ID)
	}
	for _, f := range b.facts {
		if len(out) >= maxSuggestions {
			break
		}
		if (f.Kind == KindDispute || f.Kind == KindPerson) && !seen(f.Title) {
			out = append(out, f.Title)
			ids = append(ids, f.ID)
		}
	}
	return out, ids
}

// merge joins the answers to the clauses of a multi-part question.
func merge(b *Base, question string, parts []Answer) Answer {
	a := Answer{Question: question, Sources: []Source{}, Suggestions: []string{}}
	var text []string
	seenFact := map[string]bool{}
	for _, p := range parts {
		if !p.Found {
			text = append(text, fmt.Sprintf("On %q: %s", strings.TrimSpace(p.Question), p.Text))
			a.Suggestions = append(a.Suggestions, p.Suggestions...)
			a.Related = append(a.Related, p.Related...)
			continue
		}
		fresh := false
		var shown []string // the answers of facts an earlier part gave
		for _, id := range p.Facts {
			if !seenFact[id] {
				seenFact[id] = true
				a.Facts = append(a.Facts, id)
				fresh = true
			} else if f, ok := b.Fact(id); ok {
				shown = append(shown, f.Answer)
			}
		}
		if !fresh {
			continue
		}
		if len(shown) > 0 {
			// "… over a contract; what was the later five-day strike
			// about?": the second part's overviews of both disputes
			// need not repeat the first's.
			p.Text = strings.Join(slices.DeleteFunc(strings.Split(p.Text, "\n\n"), func(t string) bool { return slices.Contains(shown, t) }), "\n\n")
		}
		if !a.Found {
			a.Title, a.Score, a.Dispute = p.Title, p.Score, p.Dispute
		}
		a.Found = true
		text = append(text, p.Text)
		for _, s := range p.Sources {
			addSource(&a, s)
		}
	}
	if !a.Found {
		a.Text = b.dontKnow()
	} else {
		a.Text = strings.Join(text, "\n\n")
	}
	if len(a.Suggestions) > maxSuggestions {
		a.Suggestions, a.Related = a.Suggestions[:maxSuggestions], a.Related[:maxSuggestions]
	}
	return a
}

// clauseBreaks finds where one question ends and another begins: a run of
// question marks or semicolons, or one of the vocabulary's part_joins
// ("and", "vs") after an optional comma and white space, before one of its
// question_words: "what did Hunt want vs what the BMA said" asks each side
// its own question. It returns up to n breaks as [start, end) pairs,
// exactly as the regular expression
//
//	(?i)[?;]+|,?\s+(?:JOINS)\s+(?:QUESTION_WORDS)\b
//
// would with FindAllStringIndex(q, n), JOINS and QUESTION_WORDS being the
// lists joined by "|" (TestClauseBreaksMatchRegexp and FuzzClauseBreaks
// hold it to that). It is written out because every question passes
// through it, and the regular expression cost as much as scoring the
// question.
func (v *vocab) clauseBreaks(q string, n int) [][2]int {
	var out [][2]int
	for p := 0; p < len(q) && len(out) < n; {
		if c := q[p]; c != '?' && c != ';' && c != ',' && skipSpace(q, p) == p {
			p++ // no break starts at a word's byte
			continue
		}
		end, ok := v.clauseBreakAt(q, p)
		if !ok {
			p++
			continue
		}
		out = append(out, [2]int{p, end})
		p = end
	}
	return out
}

// clauseBreakAt reports whether a clause break starts at q[p], and where it
// ends.
func (v *vocab) clauseBreakAt(q string, p int) (int, bool) {
	if q[p] == '?' || q[p] == ';' {
		for p < len(q) && (q[p] == '?' || q[p] == ';') {
			p++
		}
		return p, true
	}
	i := p
	if q[i] == ',' {
		i++
	}
	if i = skipSpace(q, i); i == p || (q[p] == ',' && i == p+1) {
		return 0, false // no white space before the conjunction
	}
	i, ok := matchOneFold(q, i, v.partJoins)
	if !ok {
		return 0, false
	}
	j := skipSpace(q, i)
	if j == i {
		return 0, false
	}
	end, ok := matchOneFold(q, j, v.questionWords)
	if !ok || isWordByte(q, end-1) == isWordByte(q, end) {
		return 0, false // not at a word boundary: "island", "whose"
	}
	return end, true
}

// skipSpace skips ASCII white space as \s matches it.
func skipSpace(q string, i int) int {
	for i < len(q) && (q[i] == ' ' || q[i] == '\t' || q[i] == '\n' || q[i] == '\f' || q[i] == '\r') {
		i++
	}
	return i
}

// matchOneFold matches the first of words (lower-case ASCII) that q has at
// i, ignoring case as (?i) does (which also lets "ſ" stand for "s"). No
// word of a list begins another, so at most one matches and the regular
// expression's backtracking into the alternation has nothing to find.
func matchOneFold(q string, i int, words []string) (int, bool) {
	for _, w := range words {
		if end, ok := matchFold(q, i, w); ok {
			return end, true
		}
	}
	return 0, false
}

// matchFold matches the lower-case ASCII word w at q[i:], ignoring case.
func matchFold(q string, i int, w string) (int, bool) {
	for k := 0; k < len(w); k++ {
		switch c := w[k]; {
		case i < len(q) && q[i]|0x20 == c:
			i++
		case c == 's' && strings.HasPrefix(q[i:], "ſ"):
			i += len("ſ")
		default:
			return 0, false
		}
	}
	return i, true
}

// isWordByte reports whether q[i] is an ASCII word character, as \b sees
// it; outside q there is none.
func isWordByte(q string, i int) bool {
	if i < 0 || i >= len(q) {
		return false
	}
	c := q[i]
	return c == '_' || '0' <= c && c <= '9' || 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z'
}

// splitClauses splits a multi-part question into its parts. The question
// word that starts a part stays with it.
func (v *vocab) splitClauses(q string) []string {
	var out []string
	start := 0
	for _, m := range v.clauseBreaks(q, 8) {
		end := m[0]
		next := m[1]
		if q[m[0]] != '?' && q[m[0]] != ';' {
			// keep the question word: cut after the conjunction
			s := q[m[0]:m[1]]
			next = m[0] + strings.LastIndexAny(s, " \t") + 1
		}
		if part := strings.TrimSpace(q[start:end]); hasWord(part) {
			out = append(out, part)
		}
		start = next
	}
	if part := strings.TrimSpace(q[start:]); hasWord(part) {
		out = append(out, part)
	}
	if len(out) == 0 {
		return []string{q}
	}
	return out
}

// hasWord reports whether s has a word as the text pipeline reads it
// (split of normalizeChars): for ASCII, a letter, a digit, or the "%" and
// "&" that read as "percent" and "and".
func hasWord(s string) bool {
	if !isASCII(s) {
		return len(split(normalizeChars(s), nil)) > 0
	}
	for i := 0; i < len(s); i++ {
		if isAlnum(s[i]) || s[i] == '%' || s[i] == '&' {
			return true
		}
	}
	return false
}

// clip cuts s to at most n bytes without splitting a UTF-8 sequence.
func clip(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// Lookup answers a typed look-up such as /who or /poll. An empty query lists
// every fact the look-up covers; a fact id (as sent back by autocomplete)
// answers with that fact; anything else is matched against the facts of the
// look-up's kinds.
func (b *Base) Lookup(l Lookup, query string) Answer {
	kinds, ok := LookupKinds[l]
	if !ok {
		return Answer{Question: query, Text: fmt.Sprintf("unknown look-up %q", l), Sources: []Source{}, Suggestions: []string{}}
	}
	query = strings.TrimSpace(clip(query, MaxQuestion))
	if f, ok := b.Fact(query); ok {
		a := Answer{Question: query, Found: f.Kind != KindGap, Sources: []Source{}, Suggestions: []string{}}
		b.fill(&a, []int32{int32(b.byID[f.ID])})
		return a
	}
	if query == "" {
		return b.list(l, kinds)
	}
	a := b.answer(query, kinds)
	if !a.Found && kinds != nil {
		// The typed look-up did not fit ("/when porter"): try everything
		// before giving up, but say nothing we are not sure of.
		if all := b.answer(query, nil); all.Found {
			return all
		}
		if names := b.Complete(l, query); len(names) > 0 {
			a.Suggestions, a.Related = a.Suggestions[:0], nil
			for _, c := range names {
				if len(a.Suggestions) == maxSuggestions {
					break
				}
				a.Suggestions = append(a.Suggestions, c.Name)
				a.Related = append(a.Related, c.Value)
			}
		}
	}
	return a
}

// list answers an empty typed look-up with every fact it covers.
func (b *Base) list(l Lookup, kinds []Kind) Answer {
	a := Answer{Question: "", Found: true, Sources: []Source{}, Suggestions: []string{}}
	var picked []int32
	for i, f := range b.facts {
		if kinds == nil || slices.Contains(kinds, f.Kind) {
			picked = append(picked, int32(i))
		}
	}
	if len(picked) == 0 {
		a.Found = false
		a.Text = "The articles have nothing of that kind."
		return a
	}
	var lines []string
	for _, p := range picked {
		f := b.facts[p]
		a.Facts = append(a.Facts, f.ID)
		lines = append(lines, "• "+f.Answer)
		cite(&a, f.Evidence)
	}
	a.Title = listTitles[l]
	a.Text = strings.Join(lines, "\n")
	return a
}

var listTitles = map[Lookup]string{
	LookupWho: "Everyone in the articles", LookupWhen: "Dates and times in the articles",
	LookupWhere: "Places in the articles", LookupPoll: "Every poll in the articles",
	LookupFigures: "Figures in the articles", LookupQuote: "Quotes in the articles",
	LookupAny: "Everything in the articles",
}

// Match is one fact's score for a question, as Explain reports it.
type Match struct {
	Fact     string  // the fact's id
	Kind     Kind    // its kind
	Score    float64 // the ranking score
	Coverage float64 // the share of the question's words the fact matched
	Strength float64 // how strongly it matched them, by field
	Found    bool    // whether it clears the confidence thresholds
}

// Explain lists the best-scoring facts for a question and the terms the
// question was read as, so curators can see why an answer was (or was not)
// chosen and which aliases or keywords to add.
func (b *Base) Explain(question string, n int) (terms []string, dispute Dispute, matches []Match) {
	// Read as Answer reads a one-part question: without its courtesies,
	// with "the newer strike" dated.
	q := b.analyze(b.dateRelative(b.v.withoutCourtesies(clip(question, MaxQuestion))))
	for _, s := range b.score(q, nil) {
		if len(matches) == n {
			break
		}
		f := b.facts[s.fact]
		matches = append(matches, Match{Fact: f.ID, Kind: f.Kind, Score: s.score, Coverage: s.coverage, Strength: s.strength, Found: b.confident(s)})
	}
	return q.terms, q.dispute, matches
}

// ExplainTypes lists the answer types a question asks for, for bot ask
// --explain.
func (b *Base) ExplainTypes(question string) []AnswerType {
	q := b.analyze(clip(question, MaxQuestion))
	var out []AnswerType
	for _, t := range q.types {
		out = append(out, t.name)
	}
	return out
}

// preferAskedGroup puts first, for a question naming the doctors (the
// vocabulary's strikers) and no staff group, the best close candidate
// whose title names no staff group, when the best is a poll or figure
// whose title gives its figure for one: "what percentage of Britons
// supported the doctors?" is not answered by "YouGov: ambulance workers -
// 58% support", whose group is not the one asked, but by one naming the
// doctors.
func (b *Base) preferAskedGroup(q *query, ranked []scored) {
	if len(ranked) < 2 || !slices.ContainsFunc(q.terms, func(t string) bool { return b.v.strikers[t] }) ||
		slices.ContainsFunc(q.terms, func(t string) bool { return b.v.staffGroups[t] }) {
		return
	}
	staffTitle := func(fact int32) bool {
		return slices.ContainsFunc(b.v.termsOf(b.v.words(b.facts[fact].Title)), func(t string) bool { return b.v.staffGroups[t] })
	}
	if k := b.facts[ranked[0].fact].Kind; k != KindPoll && k != KindFigure || !staffTitle(ranked[0].fact) {
		return
	}
	// The one promoted names the doctors itself, and not only to say it
	// lacks their figure: YouGov's overview gives the same staff groups'
	// figures under a title naming none, and "no YouGov figure for junior
	// doctors".
	names := func(fact int32) bool {
		f := b.facts[fact]
		lacked := b.derived[fact]().lacked
		return slices.ContainsFunc(b.v.termsOf(b.v.words(f.Title+" "+f.Answer)), func(t string) bool { return b.v.strikers[t] && !slices.Contains(lacked, t) })
	}
	promote(ranked, 6, 0.5, func(s scored) bool { return !staffTitle(s.fact) && names(s.fact) && b.confidentIn(q, s) })
}

// verbUncovered reports whether a "who …?", "which N …?" or "what N …?"
// question's verb, right after its subject, is one of the vocabulary's
// decision_verbs ("which politician accepted the contract?", "which mp
// welcomed the contract?") and the answering fact has it nowhere: the
// fact is about the one asked, not about them deciding so (Corbyn marched
// with the doctors; Hunt spoke to MPs; no one is said to accept or welcome
// the contract). A yes/no question asks it of its subject of a word or
// two ("did any MP welcome the contract?"), and a fact with the verb's
// opposite answers it (No: Barclay called the strike disappointing, which
// is not welcoming it). Other verbs are left to
// coverage: facts paraphrase them ("who ran the poll?" against "a poll
// for BBC News").
func (b *Base) verbUncovered(q *query, fact int32) bool {
	raw := q.raw
	at := -1
	switch {
	case len(raw) > 2 && raw[0] == "who":
		at = 1
	case len(raw) > 3 && (raw[0] == "which" || raw[0] == "what") && !b.v.isStop(raw[1]):
		at = 2
	case q.yesNo:
		// The yes/no word, a subject of one or two words, the verb.
		lead := q.lead // after a lead-in ("according to Barclay, did …")
		for i := lead + 2; lead < len(raw) && b.v.yesNo[raw[lead]] && i < min(len(raw)-1, lead+4); i++ {
			if b.v.decisionVerbs[raw[i]] {
				at = i
				break
			}
		}
	}
	if at < 0 || !b.v.decisionVerbs[raw[at]] {
		return false
	}
	t := b.v.term(raw[at])
	if q.yesNo && slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return b.ix.has(fact, o) }) {
		return false
	}
	return !b.ix.has(fact, t)
}
