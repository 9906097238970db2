package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// This file holds the vetoes of session 19 (helper "wrongyes") on a
// verdict already led: a Yes the fact's own text does not back (a term
// only its aliases or keywords supply: "is this a third strike?" against
// the fact on "third parties"), and a No against a figure the articles
// give only as a bound ("were 150,000 appointments cancelled?" against
// "more than 125,000": a lower bound does not deny a larger figure).

// wrongVerdict19 turns an unbacked Yes or a No a bound does not support
// into "the articles don't say", keeping what the fact says.
func (b *Base) wrongVerdict19(q *query, fact int32, a *Answer) {
	if !a.Found || !q.yesNo || b.facts[fact].Kind == KindGap || strings.HasPrefix(b.facts[fact].Answer, "Yes") || strings.HasPrefix(b.facts[fact].Answer, "No") {
		return
	}
	if strings.HasPrefix(a.Text, "Yes. ") && b.cleft(q) && b.otherDoer(q, fact) {
		// "was it the Government that broke off the talks?" singles out
		// one doer: the evidence naming another ("their representatives
		// collapsed the negotiations") denies it.
		a.Text = "No. " + trimLead(a.Text)
		return
	}
	switch {
	case strings.HasPrefix(a.Text, "Yes. ") && (b.termUnwritten(q, fact) || b.ownYearOrdered(q, fact) || b.otherDoer(q, fact)):
	case strings.HasPrefix(a.Text, "No. ") && b.boundOnly(q, fact):
	case b.actionUnstated(q, fact):
	default:
		return
	}
	a.decline("", trimLead(a.Text))
}

// termUnwritten reports whether a generic term of a yes/no question (not a
// context or source one) that the fact's aliases or keywords have is in
// none of the texts the fact states: its answer, its title and its
// evidence. Aliases, keywords and example
// questions point a question at a fact; they state nothing, so a term only
// they supply ("third parties" for "a third strike") backs no Yes.
func (b *Base) termUnwritten(q *query, fact int32) bool {
	var stated, pointers []string
	for i, t := range q.terms {
		if q.context[i] || q.source[i] || q.hypothetical[t] {
			continue
		}
		if stated == nil {
			// The fact's terms are worked out once (see derived.stated).
			d := b.derived[fact]()
			stated = d.stated
			for _, pt := range d.pointers {
				// An alias the question says whole ("did a third
				// party weigh in?") names what the fact is about.
				if !slices.ContainsFunc(pt, func(t string) bool { return !slices.Contains(q.terms, t) }) {
					continue
				} else {
					pointers = append(pointers, pt...)
				}
			}
		}
		// Only a generic word ("third", "other") an alias or keyword
		// supplied is in question here: a content word they give
		// ("interview" for "told the Today programme") names what the
		// text says in other words, and the other checks of a Yes read it.
		if !q.weak[i] || !slices.Contains(pointers, t) {
			continue
		}
		if !slices.Contains(stated, t) {
			return true
		}
	}
	return false
}

// boundReach is how many times a lower bound given a figure asked may be
// and still fit it: a count reported as "more than 125,000" is rounded
// down to a round figure, not from 1.5 million or 200,000, which the
// report would have given; 150,000 it may be.
const boundReach = 1.5

// boundOnly reports whether a figure the question asks exactly is one the
// fact gives, of the same unit, only as a bound it does not break (a
// bound asked, "above 10%" against "above 5%", is a threshold compared): "more than 125,000" neither confirms nor denies
// 150,000; "fewer than 10" neither 5. A figure the fact gives exactly of
// that unit settles it, and the verdict stands.
func (b *Base) boundOnly(q *query, fact int32) bool {
	given := b.derived[fact]().text.figures
	for _, a := range q.figures {
		// A share given as a bound ("above 5% wasn't realistic") is a
		// threshold someone set, not a count the articles bound.
		if a.unit == "" || a.unit == yearUnit || a.unit == "percent" {
			continue
		}
		open := false
		for _, g := range given {
			if g.unit != a.unit && !slices.Contains(g.also, a.unit) {
				continue
			}
			switch {
			case g.bound == "" || g.bound == "<=":
				return false // an exact figure of the unit decides
			case a.bound == "" && (g.bound == ">" && a.value > g.value && a.value < boundReach*g.value || g.bound == "<" && a.value < g.value):
				open = true
			}
		}
		if open {
			return true
		}
	}
	return false
}

// namedAfter reports whether a clause of sentence s after the one that
// writes the value asked names a person the question's subject names, and
// the value's own clause names none: "the poll was for BBC News, …, and
// Mark Porter on the BBC Radio 4 Today programme" gives BBC News to no
// one in its clause, and Porter his own programme in his, so BBC News is
// not his (valueUnbacked). "Labour leader Jeremy Corbyn" is one clause.
func (b *Base) namedAfter(subject []string, s string, asked sortMember) bool {
	clauses := clauseMark.Split(s, -1)
	for i, c := range clauses {
		words := b.v.words(c)
		if memberAt(words, b.v.termsOf(words), asked) < 0 {
			continue
		}
		if b.namesPerson(subject, words) {
			return false
		}
		return slices.ContainsFunc(clauses[i+1:], func(c string) bool { return b.namesPerson(subject, b.v.words(c)) })
	}
	return false
}

// clauseMark splits a sentence into its clauses at commas, semicolons and colons.
var clauseMark = regexp.MustCompile(`[,;:]`)

// namesPerson reports whether words name a person the question's subject
// names.
func (b *Base) namesPerson(subject, words []string) bool {
	for i := range words {
		if b.v.isStop(words[i]) {
			continue
		}
		for j := i + 1; j <= len(words) && j <= i+2; j++ {
			if p := b.personsNamed(words[i:j]); len(p) > 0 && b.personAsked(subject, p) {
				return true
			}
		}
	}
	return false
}

// ownYearOrdered reports whether a yes/no question asks about a time
// before or after a year (vocabulary order_words: "was there a strike
// before 2016?") that is a year of the fact's own dispute, and the fact's
// answer has no word of order: it tells of that year, not of one before
// or after it.
func (b *Base) ownYearOrdered(q *query, fact int32) bool {
	raw := q.raw
	for i := 0; i+1 < len(raw); i++ {
		t := b.v.term(raw[i])
		if !b.v.orderWords[t] {
			continue
		}
		// The years are the fact's dispute's, as disputes.yaml gives them.
		for _, d := range b.disputes {
			if d.ID == b.facts[fact].Dispute && slices.Contains(d.Years, raw[i+1]) && !slices.Contains(b.derived[fact]().body, t) {
				return true
			}
		}
	}
	return false
}

// doerReach is how many words before a verb its doer's name may end:
// "the BMA collapsed", "Barclay himself said".
const doerReach = 3

// otherDoer reports whether a yes/no question names a person or an
// organisation as the doer of its first verb ("did the government
// collapse the talks?") and the fact's title or answer writes that verb
// with another's name just before it ("Barclay says the BMA collapsed the
// negotiations") and never with the one asked: the fact says who did it,
// and it is someone else. The passive twin is Base.agent.
func (b *Base) otherDoer(q *query, fact int32) bool {
	raw := b.doerClause(q)
	// "did the radiographers strike after the consultants?" names two
	// doers and asks their order (orderVerdict).
	if len(raw) < 3 || !b.v.yesNo[raw[0]] || b.v.beWords[raw[0]] || slices.ContainsFunc(raw, func(w string) bool { return b.v.orderWords[b.v.term(w)] }) {
		return false
	}
	named := func(words []string) []int32 {
		return append(b.personsNamed(words), b.namedBy(b.ix.orgs, words)...)
	}
	for j := len(raw) - 1; j >= 2; j-- {
		subject := named(raw[1:j])
		if len(subject) == 0 {
			continue
		}
		for j > 2 && slices.Equal(named(raw[1:j-1]), subject) {
			// "did Barclay hold up …?": a generic word ("hold") adds
			// nothing to the name, and is the verb.
			j--
		}
		if len(named(raw[1:j-1])) > 0 || b.v.isStop(raw[j]) {
			return false // the name runs on, or no verb follows it
		}
		// The subject is the name alone, after stop words: "most
		// people in the BBC poll" is no doing of the BBC's.
		if i := slices.IndexFunc(raw[1:j], func(w string) bool { return !b.v.isStop(w) }); i < 0 || j-(1+i) > 3 || len(named(raw[1+i:j])) == 0 {
			return false
		}
		verb := b.v.term(raw[j])
		f := b.facts[fact]
		other := false
		for _, s := range append(sentences(f.Answer), f.Title) {
			words := b.v.words(s)
			terms := b.v.termsOf(words)
			for k, t := range terms {
				if t != verb {
					continue
				}
				doer, _ := b.doerBefore(words[max(0, k-doerReach):k], named)
				switch {
				case j+1 < len(raw) && k+1 < len(terms) && !b.v.isStop(raw[j+1]) && terms[k+1] == b.v.term(raw[j+1]):
					// "did the doctors' reps collapse the talks?": the
					// word read as the verb is the doer's own noun
					// ("their representatives collapsed"), and the one
					// asked is who did it.
					return false
				case len(doer) == 0:
				case namesOne(words[:max(0, k-doerReach)], subject, named):
					// "Corbyn joins junior doctors marching": the
					// one asked is in it with them.
				case slices.ContainsFunc(doer, func(p int32) bool { return b.oneOf(p, subject) }):
					return false // the one asked did it too
				default:
					other = true
				}
			}
			if b.quotedDoer(s, verb, subject, named) {
				other = true
			}
		}
		return other
	}
	return false
}

// quotedDoer reports whether the one asked (subject) is named before a
// quotation in sentence s in which verb has a doer that is no name and
// no stop word ("we", "I"): Barclay said, quoting, that "their
// representatives collapsed the negotiations": he tells of another doing
// it.
func (b *Base) quotedDoer(s, verb string, subject []int32, named func([]string) []int32) bool {
	parts := strings.Split(s, `"`)
	for i := 1; i < len(parts); i += 2 {
		words := b.v.words(parts[i])
		for k, t := range b.v.termsOf(words) {
			if t != verb {
				continue
			}
			if _, noun := b.doerBefore(words[max(0, k-doerReach):k], named); noun && namesOne(b.v.words(strings.Join(parts[:i], " ")), subject, named) {
				return true
			}
		}
	}
	return false
}

// doerBefore is what the last name in words (a one- or two-word name,
// not a stop word) names, or nil; a word that is neither a stop word nor
// a name ends the search, and noun reports it when it is the last word
// ("their representatives collapsed", not "tweeting his support").
func (b *Base) doerBefore(words []string, named func([]string) []int32) (doer []int32, noun bool) {
	for k := len(words) - 1; k >= 0; k-- {
		if b.v.isStop(words[k]) {
			continue
		}
		if k > 0 && !b.v.isStop(words[k-1]) {
			if p := named(words[k-1 : k+1]); len(p) > 0 {
				return p, false
			}
		}
		if p := named(words[k : k+1]); len(p) > 0 {
			return p, false
		}
		return nil, k == len(words)-1
	}
	return nil, false
}

// oneOf reports whether fact p is one of ids or a person of one of them:
// "the BMA leaders" (persons about the BMA) did what the BMA did.
func (b *Base) oneOf(p int32, ids []int32) bool {
	if slices.Contains(ids, p) {
		return true
	}
	f := b.facts[p]
	return f.Kind == KindPerson && slices.ContainsFunc(ids, func(id int32) bool { return slices.Contains(f.About, b.facts[id].ID) })
}

// namesOne reports whether a run of one to three words names one of ids.
func namesOne(words []string, ids []int32, named func([]string) []int32) bool {
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			if slices.ContainsFunc(named(words[i:j]), func(p int32) bool { return slices.Contains(ids, p) }) {
				return true
			}
		}
	}
	return false
}

// doerClause is the words of a yes/no question read as "did X <verb> …?"
// for otherDoer: a lead-in clause is dropped ("according to Barclay, did
// the Government break off the talks?" asks whether the Government did),
// and a cleft "was it X that (or who) <verb> …?" asks "did X <verb> …?",
// so its doer is checked against the evidence's doer as well. Other
// questions come back as they are.
func (b *Base) doerClause(q *query) []string {
	raw, end := b.cleftAt(q)
	if end < 0 {
		return raw
	}
	out := make([]string, 0, len(raw)-2)
	return append(append(append(out, "did"), raw[2:end]...), raw[end+1:]...)
}

// cleftAt is the words of a yes/no question after any lead-in clause, and
// where the "that" or "who" of a cleft "was it X that …?" stands in them,
// or -1 when the question is no cleft.
func (b *Base) cleftAt(q *query) ([]string, int) {
	raw := q.raw
	if q.lead > 0 && q.lead < len(raw) {
		raw = raw[q.lead:]
	}
	if len(raw) < 5 || !b.v.beWords[raw[0]] || raw[1] != "it" {
		return raw, -1
	}
	for end := 3; end < len(raw)-1 && end <= 6; end++ {
		if raw[end] == "that" || raw[end] == "who" {
			return raw, end
		}
	}
	return raw, -1
}

// cleft reports whether a yes/no question is a cleft, "was it X that …?".
func (b *Base) cleft(q *query) bool {
	_, end := b.cleftAt(q)
	return end >= 0
}

// saidDoerSwapped reports whether "who said A was <verb>ing …?" is
// answered by a fact whose own words give the verb another doer, named
// before it with A nowhere there: "who said the BMA was smearing the
// Government?" against Porter's "the Health Secretary is trying to find
// some way to throw mud at the junior doctors" has the roles reversed,
// and the articles don't say who said that.
func (b *Base) saidDoerSwapped(q *query, fact int32) bool {
	raw := q.raw
	qt := b.v.answerType("quote")
	if q.yesNo || len(raw) < 5 || raw[0] != "who" || qt == nil || !qt.wordCues[raw[1]] {
		return false
	}
	named := func(words []string) []int32 {
		return append(b.personsNamed(words), b.namedBy(b.ix.orgs, words)...)
	}
	be := slices.IndexFunc(raw[2:], func(w string) bool { return b.v.beWords[w] })
	if be < 1 || 2+be+1 >= len(raw) {
		return false
	}
	subject := named(raw[2 : 2+be])
	if len(subject) == 0 {
		return false
	}
	verb := b.v.term(raw[2+be+1])
	f := b.facts[fact]
	var texts []string
	for _, s := range sentences(f.Answer) {
		// A quotation is a clause of its own: "BMA head Mark Porter
		// said:" names the speaker, not the doer inside the quote.
		texts = append(texts, strings.Split(s, `"`)...)
	}
	for _, e := range f.Evidence {
		texts = append(texts, strings.Split(e.Quote, `"`)...)
	}
	for _, s := range texts {
		words := b.v.words(s)
		for k, t := range b.v.termsOf(words) {
			if t != verb || k >= len(words) {
				continue
			}
			before := words[max(0, k-2*maxLeadIn):k]
			if doers := namesIn(before, named); len(doers) > 0 &&
				!slices.ContainsFunc(doers, func(p int32) bool { return b.oneOf(p, subject) }) {
				return true // the Health Secretary is one of the Government
			}
		}
	}
	return false
}

// namesIn is everyone a run of one to three words in words names.
func namesIn(words []string, named func([]string) []int32) []int32 {
	var out []int32
	for i := range words {
		for j := i + 1; j <= len(words) && j <= i+3; j++ {
			out = append(out, named(words[i:j])...)
		}
	}
	return out
}

// actionUnstated reports whether a yes/no question names the action of a
// dispute (the vocabulary's action_words: "have the NHS strikes been going
// for a year?") and the fact has no action term at all, neither the one
// asked nor another: its verdict is on something else (the year of an
// election, not how long the strikes ran).
//
// A poll or a figure is left to the checks of its numbers: its support for
// a group is about the action even where no action word is in it ("someone
// on the picket said 70% back the ambulance workers" is No by 58%).
func (b *Base) actionUnstated(q *query, fact int32) bool {
	if k := b.facts[fact].Kind; k == KindPoll || k == KindFigure {
		return false
	}
	asked := false
	for i, t := range q.terms {
		asked = asked || b.v.actionWords[t] && !q.context[i]
	}
	if !asked {
		return false
	}
	for t := range b.v.actionWords {
		if b.ix.has(fact, t) {
			return false
		}
	}
	return true
}
