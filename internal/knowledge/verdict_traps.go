package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// This file holds the checks that keep a yes/no question the articles
// cannot settle from being answered as if they did: the best fact is about
// the right thing, but gives no figure of the kind asked ("did the poll
// survey more than 1,000 people?"), says the
// articles lack it ("the article gives no YouGov figure for junior
// doctors"), or ends before the later outcome asked ("did junior doctors
// end up getting 35%?").

// declineUnsettled turns a found answer to a yes/no question into "the
// articles don't say" when its fact cannot settle the question: the
// question asks a later outcome (a gap cue such as "eventually") the fact
// does not speak of, or a word of the question is one the fact's answer has
// only where it says the articles lack it, yet it led with a Yes or No or
// the question compares ("do junior doctors have more support than
// nurses?" against "the article gives no YouGov figure for junior
// doctors"), or, with no Yes or No led, the question asks a figure the
// fact does not give (a figure counts for no fact's coverage: the verdict
// alone checks it). A Yes or No that the fact
// does decide is kept. A question asking who or what did something the
// fact says only the opposite of ("the MP who tweeted against the doctors"
// against "tweeting his support") is not answered by it either.
func (b *Base) declineUnsettled(q *query, fact int32, a *Answer) {
	if !a.Found || q.article > 0 || b.facts[fact].Kind == KindGap {
		return
	}
	if !q.yesNo {
		if b.saysOpposite(q, fact) {
			a.decline(" that", a.Text)
		}
		return
	}
	led := strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No")
	switch {
	case b.laterUnsaid(q, fact):
		a.decline(" what happened later: they were written while it was going on", trimLead(a.Text))
	case (led || q.compare) && b.lacksAsked(q, fact) && !b.asksArticle(q):
		a.decline("", trimLead(a.Text))
	case !led && !b.v.asksWhich(q.raw) && b.unsaidFigure(q, fact):
		a.decline("", a.Text)
	}
}

// decline turns an answer into one saying the articles don't give what
// was asked (why, if not empty, says what: " that", " what happened
// later …"), followed by what they do say, text; found is false, as for
// every answer that does not give what was asked.
func (a *Answer) decline(why, text string) {
	a.declineAs("The articles don't say"+why, text)
}

// declineAs is decline with its own first sentence, lead ("I give no
// opinions of my own …"), before what the articles do say.
func (a *Answer) declineAs(lead, text string) {
	a.Text = lead + ". What they do say: " + text
	a.Found = false
}

// trimLead drops a Yes or No the answer was led with.
func trimLead(text string) string {
	for _, p := range []string{"Yes. ", "No. "} {
		if rest, ok := strings.CutPrefix(text, p); ok {
			return rest
		}
	}
	return text
}

// laterUnsaid reports whether a question asks what happened later (a
// gap cue word, "eventually", of phrases such as "end up" and "in the
// end") and the fact's answer does not say that word: articles written on
// a strike's first day settle no later outcome.
func (b *Base) laterUnsaid(q *query, fact int32) bool {
	if !q.gapCue {
		return false
	}
	said := b.derived[fact]().said
	return slices.ContainsFunc(q.raw, func(w string) bool {
		return b.v.gapCues[w] && !slices.Contains(said, b.v.term(w))
	})
}

// asksArticle reports whether the question asks what an article or the
// articles give ("does the report give a figure for junior doctors?"),
// which a fact saying the articles lack it answers No.
func (b *Base) asksArticle(q *query) bool {
	return slices.ContainsFunc(q.raw, func(w string) bool { return b.v.articleWords[w] })
}

// unsaidFigure reports whether the question asks a figure (not a
// dispute's year) that no figure of the fact's answer equals: "were more
// than 100 doctors on the picket line?" against a list of hospitals.
func (b *Base) unsaidFigure(q *query, fact int32) bool {
	if !slices.ContainsFunc(q.raw, func(w string) bool { return isDigitByte(w[0]) || b.v.numbers[w] != "" }) {
		return false // most questions have no figure: no second reading
	}
	given := b.derived[fact]().text.figures
	return slices.ContainsFunc(b.askedFigures(q), func(g figure) bool {
		return !slices.ContainsFunc(given, func(f figure) bool { return f.value == g.value })
	})
}

// askedFigures are the figures a question asks about, not those naming
// what it asks of (a strike's length, a dispute's year).
func (b *Base) askedFigures(q *query) []figure {
	var asked []figure
	words := q.plain
	for _, g := range q.figures {
		if g.at > 0 && (words[g.at-1] == "the" || words[g.at-1] == "both") {
			// "the two sides", "the 125,000 cancellations": a figure
			// the question takes as given names what it asks about; it
			// asks no count.
			continue
		}
		if g.unit == "" || b.v.isStop(g.unit) || b.v.spanUnits[g.unit] || b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			// "The one who said …" counts nothing; "the five-day strike"
			// names a strike, and a span is the duration's to check; a
			// year names a dispute.
			continue
		}
		asked = append(asked, g)
	}
	return asked
}

// saysOpposite reports whether a question that is no comparison has a word
// the fact's answer does not say but says the opposite of (the
// vocabulary's opposites): "who tweeted against the junior doctors?" asks
// for someone opposed, and an answer saying he tweeted his support is about
// someone else. A word the curator gave the fact itself, in its title,
// aliases, keywords or questions ("which opposition leader backed the
// junior doctors?"), is what the fact is about, no stance it lacks; words
// of order and comparatives ("after", "higher") are left to the
// comparisons that read them. An opposite the answer says only denied is
// the word itself: "appealed not to withdraw emergency cover" asks that it
// be kept, so it answers "who would keep emergency care going?".
func (b *Base) saysOpposite(q *query, fact int32) bool {
	if q.compare || q.comparative {
		return false
	}
	d := b.derived[fact]()
	body, denied := d.body, d.text.denial.denied[0]
	says := func(o string) bool { return slices.Contains(body, o) && !slices.Contains(denied, o) }
	for i, t := range q.terms {
		if q.weak[i] || b.v.orderWords[t] || slices.Contains(body, t) {
			continue
		}
		if slices.ContainsFunc(b.v.opposites[t], says) && !b.declares(q, fact, t, true) {
			return true
		}
	}
	return false
}

// declares reports whether a word of the question with the term t is
// itself one of the words the curator gave the fact, or, with about, one
// it is about: their titles, aliases, keywords or questions. It is read
// only for a question with an opposite or a figure of a thing asked
// (figureUnsaid), which are rare.
func (b *Base) declares(q *query, fact int32, t string, about bool) bool {
	var words []string
	add := func(f *Fact) {
		for _, s := range slices.Concat([]string{f.Title}, f.Aliases, f.Keywords, f.Questions) {
			words = split(strings.ToLower(normalizeChars(s)), words)
		}
	}
	add(b.facts[fact])
	for _, id := range b.facts[fact].About {
		if !about {
			break
		}
		if j, ok := b.byID[id]; ok {
			add(b.facts[j])
		}
	}
	return slices.ContainsFunc(q.raw, func(w string) bool { return b.v.term(w) == t && slices.Contains(words, w) })
}
