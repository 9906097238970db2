package knowledge

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// How a yes/no question is answered Yes or No. The best fact matched the
// question; the verdict compares what the question claims with what the
// fact says: the figures it gives (a count, "more than 100,000", "four
// days"), the words it contradicts (the vocabulary's opposites:
// "reasonable" against "unreasonable") and the article it names. Anything
// else is no verdict, and the answer gives the evidence without one.

// verdict is the outcome of checking a yes/no question against a fact.
type verdict int

const (
	noVerdict verdict = iota
	verdictYes
	verdictNo
	// verdictOpen: the fact says the thing asked is not yet decided.
	verdictOpen
	// verdictMixed: the fact gives the figure asked and another in the
	// same unit, and which is whose is not clear: no Yes may rest on the
	// words matched either.
	verdictMixed
)

// figure is a number in a text and the term of the word after it: "125000
// appointments" is {125000, "appointment"}, "four days" is {4, "day"}.
type figure struct {
	value float64
	unit  string
	// also are the terms of the next few words, for a figure given: "125,000
	// appointments and operations" counts operations too.
	also []string
	// bound is how the text qualifies it: "" (exactly), ">" ("more than",
	// "over", "at least"), "<" ("fewer than", "under") or "<=" ("only").
	bound string
	// at is the figure's place among the text's words.
	at int
	// lo and hi are the range it bounds with another, for a figure of
	// "between 6% and 6.5%": either end is given by both (hi > lo).
	lo, hi float64
}

// scaleWords multiply the number before them: "a million", "1.5 million".
// Their values are arithmetic, not a curator's choice, so they stay here.
var scaleWords = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9}

// firstYear and lastYear bound the numbers a year may be.
const firstYear, lastYear = 1900, 2100

// yearUnit is the unit of a year, which no word's term can be: "will it
// take five years?" counts years, it names none.
const yearUnit = "(year)"

// figures lists the numbers in text with their units.
func (v *vocab) figures(text string) []figure { return v.figuresIn(split(normalizeChars(text), nil)) }

// figuresIn is figures for text split already (split of normalizeChars).
func (v *vocab) figuresIn(words []string) []figure {
	var out []figure
	for i, w := range words {
		if d, ok := v.numbers[w]; ok {
			w = d
		}
		if (w == "a" || w == "an") && i+1 < len(words) && scaleWords[words[i+1]] > 0 {
			w = "1" // "over a million procedures"
		}
		if w == "" || !isDigitByte(w[0]) {
			continue // not a number: ParseFloat's error would cost an allocation
		}
		if i > 0 && v.articleWords[words[i-1]] {
			continue // "article 000" names an article: no figure of articles
		}
		if v.pronounOne(words, i) {
			continue // "the five-day one": a strike, no count of one
		}
		n, err := parseFigure(w)
		if err != nil {
			continue
		}
		f := figure{value: n, at: i}
		if i+1 < len(words) {
			f.unit = v.term(words[i+1])
		}
		if i+1 < len(words) && scaleWords[words[i+1]] > 0 {
			// "1 million procedures" is 1,000,000 procedures, not one million.
			f.value *= scaleWords[words[i+1]]
			f.unit = ""
			if i+2 < len(words) {
				f.unit = v.term(words[i+2])
			}
		}
		if i+2 < len(words) && !v.spanUnits[f.unit] && v.spanUnits[v.term(words[i+2])] && !v.isStop(words[i+1]) && !v.isFigure(words[i+1]) {
			// "eight consecutive months": a word between the number and
			// its span of time (vocabulary span_units) says how they ran;
			// the unit is the span, so eight weeks is no eight months.
			f.unit = v.term(words[i+2])
		}
		if n >= firstYear && n <= lastYear && n == float64(int(n)) && len(w) == 4 && (i+1 == len(words) || v.isStop(words[i+1])) {
			// "by 2025?" against "by 2031.": a year with no word of its
			// own is a year.
			f.unit = yearUnit
		}
		for k := i + 2; k < len(words) && (k <= i+3 || words[k-1] == "and" || words[k-1] == "or"); k++ {
			// "651,000 routine procedures and appointments" counts
			// appointments too: a list the last word opens goes on.
			if v.isFigure(words[k]) {
				break // "three in five Britons": the next figure's words are its own
			}
			f.also = append(f.also, v.term(words[k]))
		}
		for k := i - 1; k >= 0 && k >= i-2; k-- {
			// "Over" spans (vocabulary span_words, span_units, last_words):
			// "ran over two days", "was the strike over two days?", where
			// "lasted over two days" is more than two.
			if words[k] == "over" && (k > 0 && v.spanWords[words[k-1]] || v.spanUnits[f.unit] && (k == 0 || !v.lastWords[words[k-1]])) {
				break // "ran over two days" spans them, it bounds nothing
			}
			if b, ok := v.bounds[words[k]]; ok {
				f.bound = b
				break
			}
		}
		out = append(out, f)
	}
	markRanges(words, out)
	return out
}

// markRanges sets lo and hi of the two figures of each "between X and Y"
// of one unit among words: "rises of between 6% and 6.5%" gives 6.5%, and
// 6%, and is no No to either for giving the other. A value inside the
// range is given by neither end (satisfies).
func markRanges(words []string, figs []figure) {
	for j := 0; j+1 < len(figs); j++ {
		a, b := &figs[j], &figs[j+1]
		if a.at == 0 || words[a.at-1] != "between" || a.unit != b.unit || b.value <= a.value {
			continue
		}
		// "between 6 and 7", "between 6% and 6.5%": the unit's word, then "and".
		if gap := b.at - a.at; gap != 2 && gap != 3 || words[b.at-1] != "and" {
			continue
		}
		a.lo, a.hi, b.lo, b.hi = a.value, b.value, a.value, b.value
	}
}

// compareFigures checks the question's figures against the fact's: a
// question figure the fact gives (or bounds as asked) supports it; one
// whose unit the fact gives only with other values contradicts it.
func compareFigures(asked, given []figure) verdict {
	out := noVerdict
	for _, a := range asked {
		if a.unit == "" {
			continue
		}
		fits, misfits := false, false
		for _, g := range given {
			if g.unit == a.unit || slices.Contains(g.also, a.unit) {
				if satisfies(g, a) {
					fits = true
				} else {
					misfits = true
				}
			}
		}
		switch {
		case fits && misfits && a.bound == "":
			// "a two-day strike after the five-day walkout" against "did
			// they strike for five days?": which figure is whose, the
			// words do not say.
			return verdictMixed
		case fits:
			out = verdictYes
		case misfits:
			return verdictNo
		}
	}
	return out
}

// otherSpan reports whether a span of time asked ("eight weeks") is one
// the fact gives, as the same number, only in another unit of time
// (vocabulary span_units: "eight consecutive months"): the figure asked
// is not the figure stated.
func (b *Base) otherSpan(asked, given []figure) bool {
	for _, a := range asked {
		if !b.v.spanUnits[a.unit] || slices.ContainsFunc(given, func(g figure) bool { return g.unit == a.unit }) {
			continue
		}
		if slices.ContainsFunc(given, func(g figure) bool { return g.value == a.value && b.v.spanUnits[g.unit] }) {
			return true
		}
	}
	return false
}

// satisfies reports whether a figure given fits the one asked: "more than
// 125,000" fits "more than 100,000"; "five" does not fit "four".
func satisfies(g, a figure) bool {
	switch a.bound {
	case ">":
		return g.value > a.value || g.bound == ">" && g.value >= a.value
	case "<":
		return g.value < a.value && g.bound != ">"
	case "<=":
		return g.value <= a.value && g.bound != ">"
	}
	if g.hi > g.lo && a.bound == "" {
		return a.value == g.lo || a.value == g.hi
	}
	// "more than 125,000" were cancelled: so 125,000 were. But not
	// "12,500": a figure asked exactly is not one far below the least
	// given (boundSlack).
	return g.value == a.value && g.bound != "<" || g.bound == ">" && g.value > a.value && g.value < boundSlack*a.value
}

// boundSlack is how many times the figure asked a lower bound given may
// be and still fit it: "more than 125,000" fits "120,000", not "12,500",
// a figure a place out.
const boundSlack = 2

// contradicts reports whether the fact's answer says the opposite of a
// word of the question, and not the word itself.
func (b *Base) contradicts(q *query, answer []string) bool {
	says := func(t string) bool {
		if slices.Contains(answer, t) {
			return false
		}
		if b.v.orderWords[t] {
			return b.orderOpposed(q, t, answer)
		}
		return slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(answer, o) })
	}
	// A generic word counts too: "lower" is weak for ranking, but "lower
	// than in January" against "higher than in January" is a No.
	for _, t := range q.terms {
		if says(t) {
			return true
		}
	}
	return slices.ContainsFunc(q.opposed, says)
}

// orderReach is how many terms after a word of order the thing it puts
// something before or after may be: "after the junior doctors' walkout".
const orderReach = 3

// orderOpposed reports whether an answer (its terms, in order) says the
// opposite of a question's word of order t about the same thing: "after
// the five-day strike" against "before the five-day strike?". The same
// word of order about another thing ("after the junior doctors'
// five-day walkout before consultants strike" against "talks before the
// strike was announced?") says nothing of it.
func (b *Base) orderOpposed(q *query, t string, answer []string) bool {
	at := slices.Index(q.terms, t)
	if at < 0 || at+1 >= len(q.terms) {
		return false
	}
	ref := q.terms[at+1]
	for k, w := range answer {
		if slices.Contains(b.v.opposites[t], w) && slices.Contains(answer[k+1:min(len(answer), k+1+orderReach)], ref) {
			return true
		}
	}
	return false
}

// othersJudgment reports whether the opposite a fact gives of a word of the
// question is another side's judgment: the question names a side (a person
// or organisation: "is the BMA fine with 35%?") and every sentence of the
// fact with an opposite ("Steve Barclay said a pay demand of 35% or more is
// unreasonable") names a side that is not it. What Barclay thinks is no No
// for the BMA.
func (b *Base) othersJudgment(q *query, fact int32) bool {
	// A side is a word that is by itself a name of a person or an
	// organisation: "BMA", "Barclay".
	named := func(t string) []int32 {
		if b.ix.context[t] || b.v.speech[t] {
			return nil // "say" is no name, whatever an alias holds
		}
		k := nameKey([]string{t})
		return append(slices.Clone(b.ix.persons[k]), b.ix.orgs[k]...)
	}
	side := func(t string) bool { return len(named(t)) > 0 }
	var asked []string
	// same: one side is the other ("Barclay" and "Steve Barclay").
	same := func(t string) bool {
		return slices.ContainsFunc(asked, func(a string) bool {
			return slices.ContainsFunc(named(a), func(f int32) bool { return slices.Contains(named(t), f) })
		})
	}
	for i, t := range q.terms {
		if !q.weak[i] && side(t) {
			asked = append(asked, t)
		}
	}
	if len(asked) == 0 {
		return false
	}
	opposite := func(terms []string) bool {
		says := func(t string) bool {
			// Order is no judgment: "after the walkout" is whoever's.
			return !b.v.orderWords[t] && !slices.Contains(terms, t) && slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(terms, o) })
		}
		return slices.ContainsFunc(q.terms, says) || slices.ContainsFunc(q.opposed, says)
	}
	if sp := b.speakerFact(b.facts[fact]); sp != nil && b.namedIn(q.raw, sp) {
		return false // the judgment of the one asked about
	}
	judged := false
	for _, s := range sentenceEnd.Split(b.facts[fact].body, -1) {
		terms := b.v.terms(s, nil)
		if !opposite(terms) {
			continue
		}
		judged = true
		if !slices.ContainsFunc(terms, func(t string) bool { return side(t) && !same(t) }) {
			return false
		}
	}
	return judged
}

// ambiguous reports whether the fact's answer has a word of the question
// and its opposite too ("after the junior doctors' walkout before
// consultants strike"): matching the words then says nothing about which
// holds, so no Yes rests on it.
func (b *Base) ambiguous(q *query, answer []string) bool {
	for i, t := range q.terms {
		if q.weak[i] || !b.v.orderWords[t] || !slices.Contains(answer, t) {
			continue
		}
		if slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(answer, o) }) && !b.sameOrder(q, i, answer) {
			return true
		}
	}
	return false
}

// sameOrder reports whether an answer with the question's word of order
// (q.terms[at]) and its opposite puts the same two things in the same order
// with both: the thing after the word asked follows it ("tweeted his
// support … before joining them"), and the thing before it follows each
// opposite ("joined the march after earlier tweeting his support"). Then
// the answer says one order twice, and which holds is plain.
func (b *Base) sameOrder(q *query, at int, answer []string) bool {
	if at == 0 || at+1 >= len(q.terms) {
		return false
	}
	t, ref := q.terms[at], q.terms[at+1]
	var firsts []string
	for j := max(0, at-orderReach); j < at; j++ {
		if !q.weak[j] && !q.context[j] && !b.v.orderWords[q.terms[j]] {
			firsts = append(firsts, q.terms[j])
		}
	}
	if len(firsts) == 0 {
		return false
	}
	after := func(k int) []string { return answer[k+1 : min(len(answer), k+1+orderReach)] }
	asked := false
	for k, w := range answer {
		switch {
		case w == t:
			if !slices.Contains(after(k), ref) {
				return false
			}
			asked = true
		case slices.Contains(b.v.opposites[t], w):
			if !slices.ContainsFunc(after(k), func(x string) bool { return slices.Contains(firsts, x) }) {
				return false
			}
		}
	}
	return asked
}

// sequenced reports whether a question asks if things happened at once
// ("at the same time as the walkout?") and the fact puts them in order
// ("after the walkout, before consultants strike"): No.
func (b *Base) sequenced(q *query, fact int32) bool {
	if !slices.ContainsFunc(b.v.atOnce, func(p []string) bool { return containsRun(q.raw, p) }) {
		return false
	}
	return slices.ContainsFunc(b.derived[fact]().body, func(t string) bool { return b.v.orderWords[t] })
}

// orderVerdict checks a question putting two sides in order ("did the
// consultants strike before the junior doctors?") against the sentence of
// an answer naming both with a word of order between them: "after the
// junior doctors' five-day walkout before consultants strike" and "then"
// or "followed by" put the side named first first; "after" between them,
// the side named second. Yes when the question has them the same way, No
// when the other way; otherwise no verdict. The sides are the terms of
// names of people, organisations or groups of staff.
func (b *Base) orderVerdict(q *query, body string) verdict {
	o := slices.IndexFunc(q.raw, func(w string) bool { return w == "before" || w == "after" })
	if o < 2 {
		return noVerdict
	}
	shared := b.shared
	side := func(words []string) string {
		for _, w := range words {
			if t := b.v.term(w); !b.v.isStop(w) && !b.ix.context[t] && !slices.Contains(shared, t) &&
				(len(b.ix.speakers[t]) > 0 || b.v.staffGroups[t]) {
				return t
			}
		}
		return ""
	}
	a, c := side(q.raw[1:o]), side(q.raw[o+1:])
	if a == "" || c == "" || a == c {
		return noVerdict
	}
	aFirst := q.raw[o] == "before" // what the question claims
	for _, s := range sentenceEnd.Split(body, -1) {
		words := split(normalizeChars(s), nil)
		ia := slices.IndexFunc(words, func(w string) bool { return b.v.term(w) == a })
		ic := slices.IndexFunc(words, func(w string) bool { return b.v.term(w) == c })
		if ia < 0 || ic < 0 {
			continue
		}
		lo, hi := min(ia, ic), max(ia, ic)
		firstFirst, said := false, false
		for _, w := range words[lo+1 : hi] {
			switch w {
			case "before", "then", "followed":
				firstFirst, said = true, true
			case "after":
				if said && firstFirst {
					return noVerdict // both ways: unclear
				}
				firstFirst, said = false, true
			}
		}
		if !said {
			continue
		}
		if (ia < ic) == firstFirst == aFirst {
			return verdictYes
		}
		return verdictNo
	}
	return noVerdict
}

// otherSubject reports whether an active yes/no question's subject ("did
// the Scottish government refuse to talk …?") and the subject the answer
// gives the same verb ("the UK Government refused to talk") share a word
// but each has a word of a name the other lacks (Scotland, UK): another of
// the same kind did it. The question's subject is the words of names after
// its auxiliary. words are the answer's.
func (b *Base) otherSubject(q *query, words []string) bool {
	if len(q.raw) < 3 || !doAux[q.raw[0]] {
		return false
	}
	terms := func(ws []string) []string {
		var out []string
		for _, w := range ws {
			if !b.v.isStop(w) {
				out = append(out, b.v.term(w))
			}
		}
		return out
	}
	name := func(t string) bool { return len(b.ix.speakers[t]) > 0 || b.ix.entity[t] }
	for at := 2; at < len(q.raw) && at <= 2+maxSubject; at++ {
		asked := terms(q.raw[1:at])
		if len(asked) == 0 || !slices.ContainsFunc(asked, name) {
			continue
		}
		if slices.ContainsFunc(asked, func(t string) bool { return !name(t) }) {
			return false // past the subject: "did Corbyn join the doctors …"
		}
		if b.v.isStop(q.raw[at]) || b.v.isWeak(q.raw[at]) {
			continue
		}
		verb := b.v.term(q.raw[at])
		for k, w := range words {
			// The first letters first: a term for every word of every
			// answer would be the dearest part of the check.
			if k == 0 || w[0] != q.raw[at][0] || b.v.term(w) != verb {
				continue
			}
			// The answer's subject: the words just before the verb, up to
			// a stop word.
			from := k
			for from > 0 && k-from < maxSubject && !b.v.isStop(words[from-1]) {
				from--
			}
			given := terms(words[from:k])
			shared := slices.ContainsFunc(asked, func(t string) bool { return slices.Contains(given, t) })
			mine := slices.ContainsFunc(asked, func(t string) bool { return name(t) && !slices.Contains(given, t) })
			theirs := slices.ContainsFunc(given, func(t string) bool { return name(t) && !slices.Contains(asked, t) })
			if shared && mine && theirs && !b.sameNamed(asked, given) {
				return true
			}
		}
	}
	return false
}

// sameNamed reports whether two runs of terms may name the same person or
// organisation: some fact's names have every name term of each ("leader
// of the opposition" and "Labour leader Jeremy Corbyn"), or either names
// none.
func (b *Base) sameNamed(x, y []string) bool {
	named := func(ts []string) []int32 {
		var out []int32
		first := true
		for _, t := range ts {
			fs := b.ix.speakers[t]
			if len(fs) == 0 {
				continue
			}
			if first {
				out, first = slices.Clone(fs), false
				continue
			}
			out = slices.DeleteFunc(out, func(f int32) bool { return !slices.Contains(fs, f) })
		}
		return out
	}
	a, c := named(x), named(y)
	return len(a) == 0 || len(c) == 0 || slices.ContainsFunc(a, func(f int32) bool { return slices.Contains(c, f) })
}

// otherName reports whether a yes/no question names, with a capital,
// something the answer does not have and the facts know as no one's name
// ("was the Ipsos Mori poll for Sky News?") where the answer writes another name between the same two words
// ("for BBC News"): it says the thing was another's. text is the answer's.
func (b *Base) otherName(q *query, text *factText) bool {
	for i := 1; i < len(q.raw); i++ {
		w, prev, next := q.raw[i], q.raw[i-1], ""
		if i+1 < len(q.raw) {
			next = q.raw[i+1]
		}
		// q.names keep a possessive the words drop: "guy's" is "guy".
		if !slices.ContainsFunc(q.names, func(n string) bool { return n == w || strings.TrimSuffix(n, "'s") == w }) || next != "" && b.v.isStop(next) {
			continue
		}
		if slices.Contains(text.words, w) || b.ix.entity[b.v.term(w)] {
			// The answer has the name asked, or it names a person,
			// organisation or place the facts know (another fact's).
			continue
		}
		// A name ending the question ("was the poll for ITV?") has only
		// the word before it to place it by.
		// The answer's name may be of several words ("list Guy's Hospital"
		// against "listed Queen Elizabeth Hospital"): the word asked next
		// may end it.
		for k := 1; k < len(text.words); k++ {
			if text.words[k] == w || !slices.Contains(text.names, text.words[k]) || text.words[k-1] != prev && b.v.term(text.words[k-1]) != b.v.term(prev) {
				continue
			}
			if slices.Contains(q.raw, text.words[k]) {
				// "was the first all-out strike in NHS history called
				// by the BMA?" against "the history of the NHS": a name
				// the question gives itself is no other in its slot.
				continue
			}
			if next == "" {
				return true
			}
			for m := k + 1; m < len(text.words) && m <= k+maxSubject; m++ {
				if text.words[m] == next {
					return true
				}
				if !slices.Contains(text.names, text.words[m]) {
					break
				}
			}
		}
	}
	return false
}

// qualified reports whether the fact's answer (its words) puts a qualifier the
// question lacks before one of its words: "deputy chief executive" answers
// No to "is Cordery the chief executive?".
func (b *Base) qualified(q *query, words []string) bool {
	for i := 0; i+1 < len(words); i++ {
		if !b.v.qualifiers[words[i]] || slices.Contains(q.raw, words[i]) {
			continue
		}
		next := b.v.term(words[i+1])
		for j, t := range q.terms {
			if !q.weak[j] && t == next {
				return true
			}
		}
	}
	return false
}

// otherPerson reports whether an identity question ("is Barclay the Prime
// Minister?") names a person and a role that are the names of different
// people's facts: the role is someone else's. A role that one of the
// person's facts has among its names ("is Barclay the Health Secretary?"),
// or a name or role no person's fact has, decides nothing.
func (b *Base) otherPerson(q *query) bool {
	if len(q.raw) < 3 || !b.v.yesNo[q.raw[0]] {
		return false
	}
	// "is Barclay the Prime Minister?", "is the Prime Minister Barclay?":
	// the first split into two names of people's facts. Each word is read
	// once, not again for every split.
	terms := make([]string, len(q.raw))
	for i, w := range q.raw {
		terms[i] = b.nameTerm(w)
	}
	for j := 2; j < len(q.raw); j++ {
		if terms[j] != "" && !b.v.isStop(q.raw[1]) {
			// The role is a noun phrase of its own ("the Prime Minister",
			// "one of the BMA leaders": a stop or generic word first) or
			// the name after one: in "are Laurenson and Trivedi the BMA
			// leaders quoted on the five-day strike?" "quoted on the
			// five-day strike" is said of them, no one's name.
			continue
		}
		who, role := b.personsLeading(q.raw, terms, 1, j), b.personsLeading(q.raw, terms, j, len(q.raw))
		if len(who) > 0 && len(role) > 0 {
			return !slices.ContainsFunc(who, func(i int32) bool { return slices.Contains(role, i) })
		}
	}
	return false
}

// personsLeading lists the person facts named by terms[from:to] (read by
// nameTerm from raw), or else by its longest start that a stop word ends
// ("the health secretary" of "the health secretary during the all-out
// strike"): a role with a phrase of time or place after it is still that
// role, and "was Corbyn the health secretary during the strike?" names
// someone else's. Only in an identity question ("was", "is") and for a
// role opening with "the": "did Hunt speak to the BMA boss on the phone?"
// and "were Laurenson and Trivedi the BMA leaders quoted?" pair no name
// with a role. A possessive ("the health secretary's") is no end.
func (b *Base) personsLeading(raw, terms []string, from, to int) []int32 {
	if p := namedByTerms(b.ix.persons, terms[from:to]); len(p) > 0 {
		return p
	}
	if !b.v.identity[raw[0]] || raw[from] != "the" {
		return nil
	}
	for k := to - 1; k > from; k-- {
		if !b.v.isStop(raw[k]) || raw[k] == "s" || b.v.isStop(raw[k-1]) {
			continue
		}
		if p := namedByTerms(b.ix.persons, terms[from:k]); len(p) > 0 {
			return p
		}
	}
	return nil
}

// otherOrganisation reports whether a yes/no question puts a person in an
// organisation ("is Saffron Cordery from the BMA?", "does Cordery work
// for the BMA?") that is none of those the person's fact is about, when
// it is about some: she is of NHS Providers. Between the two names stand
// only the vocabulary's member_words and stop words, a member word first. An organisation
// whose name is within one of the person's organisations' names ("the
// NHS" of NHS Providers) decides nothing.
func (b *Base) otherOrganisation(q *query) bool {
	if len(q.raw) < 3 || !b.v.yesNo[q.raw[0]] || !slices.ContainsFunc(q.raw[2:], func(w string) bool { return b.v.member[w] }) {
		return false
	}
	for j := 2; j < len(q.raw); j++ {
		who := b.personsNamed(q.raw[1:j])
		if len(who) != 1 {
			continue
		}
		var own []int32
		for _, id := range b.facts[who[0]].About {
			if o, ok := b.byID[id]; ok && b.facts[o].Kind == KindOrganisation {
				own = append(own, int32(o))
			}
		}
		// "from the BMA", "work for the BMA": a word of membership first
		// ("was Hunt on Radio 4?" puts him on no staff).
		if !b.v.member[q.raw[j]] {
			return false
		}
		k := j
		for k < len(q.raw) && (b.v.member[q.raw[k]] || b.v.isStop(q.raw[k])) {
			k++
		}
		for m := len(q.raw); m > k && len(own) > 0; m-- {
			named := b.namedBy(b.ix.orgs, q.raw[k:m])
			if len(named) == 0 {
				continue
			}
			if slices.ContainsFunc(named, func(o int32) bool { return slices.Contains(own, o) }) {
				return false
			}
			for _, o := range own {
				for _, n := range b.ix.names[o] {
					for _, x := range named {
						if slices.ContainsFunc(b.ix.names[x], func(xn []string) bool {
							return !slices.ContainsFunc(xn, func(t string) bool { return !slices.Contains(n, t) })
						}) {
							return false
						}
					}
				}
			}
			return true
		}
		return false
	}
	return false
}

// personsNamed lists the person facts one of whose names is exactly the
// content of words (a year or a dispute's name aside).
func (b *Base) personsNamed(words []string) []int32 { return b.namedBy(b.ix.persons, words) }

// namedBy lists the facts of byName (ix.persons or ix.orgs) one of whose
// names is exactly the content of words (a year or a dispute's name aside).
func (b *Base) namedBy(byName map[string][]int32, words []string) []int32 {
	terms := make([]string, 0, len(words))
	for _, w := range words {
		terms = append(terms, b.nameTerm(w))
	}
	return namedByTerms(byName, terms)
}

// nameTerm is the term namedBy reads a word as: "" for a stop word, a
// generic word or a word naming only a dispute.
func (b *Base) nameTerm(w string) string {
	if b.v.isStop(w) || b.v.isWeak(w) {
		return ""
	}
	if t := b.v.term(w); !b.ix.context[t] {
		return t
	}
	return ""
}

// namedByTerms is namedBy of words already read by nameTerm.
func namedByTerms(byName map[string][]int32, terms []string) []int32 {
	var key []string
	for _, t := range terms {
		if t != "" {
			key = append(key, t)
		}
	}
	if len(key) == 0 {
		return nil
	}
	return byName[nameKey(key)]
}

// opposedTerm reports whether the facts know the opposite of a term.
func (b *Base) opposedTerm(t string) bool {
	return slices.ContainsFunc(b.v.opposites[t], func(o string) bool {
		_, ok := b.ix.idf[o]
		return ok
	})
}

// verdictOf decides Yes or No for a yes/no question from its best fact.
func (b *Base) verdictOf(q *query, top scored) verdict {
	if q.article > 0 && !b.articleNames(q, q.article-1) {
		return verdictNo
	}
	d := b.derived[top.fact]()
	if b.undecided(q, d.text.undecided) {
		if b.unconfirmed(q, d.body) {
			return verdictNo
		}
		return verdictOpen
	}
	if b.contradicts(q, d.body) {
		if b.othersJudgment(q, top.fact) {
			return verdictMixed // another's judgment: neither Yes nor No
		}
		return verdictNo
	}
	if b.qualified(q, d.text.words) || b.sequenced(q, top.fact) || b.otherPerson(q) || b.otherOrganisation(q) || b.otherSubject(q, d.text.words) || b.otherName(q, d.text) {
		return verdictNo
	}
	// A dispute's year names the dispute; it is no figure to check.
	asked := slices.DeleteFunc(slices.Clone(q.figures), func(g figure) bool {
		return b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)]
	})
	given := b.ofOther(q, d.text.figures, b.facts[top.fact].Answer)
	if b.rangeVerdict(q.plain, b.facts[top.fact].Answer, asked, given) == verdictYes {
		return verdictYes
	}
	if b.otherSpan(asked, given) {
		return verdictNo
	}
	switch v := compareFigures(asked, given); v {
	case verdictMixed:
		if v := b.sideFigure(q, asked, given, top.fact); v != noVerdict {
			return v
		}
		// Which is whose is not plain; a figure that only names a strike
		// ("the same month as the five-day strike") asks nothing of it.
		if asked = b.claimedFigures(q.plain, asked); compareFigures(asked, given) != noVerdict {
			if v := b.unownedFigures(q, asked, given, split(normalizeChars(b.facts[top.fact].Answer), nil)); v != noVerdict {
				return v
			}
			return b.nearestFigure(q, asked, given, split(normalizeChars(b.facts[top.fact].Answer), nil))
		}
	case noVerdict:
	default:
		return timesToo(v, q, d.text.times)
	}
	// q.raw are the question's words, as times reads them.
	return compareTimes(timesIn(q.raw), d.text.times)
}

// nearFigure is how many words apart a figure and the word it belongs to
// may be: "a two-day strike by radiographers".
const nearFigure = 4

// nearestFigure decides between figures in the unit asked that both fit
// and do not ("after the junior doctors' five-day walkout … a two-day
// strike by radiographers" against "are radiographers planning a five-day
// strike?") by the one nearest to a subject word of the question that the
// answer has once: a figure within nearFigure words of it, nearer than any
// other, is its figure. Without one, verdictMixed: no verdict. words are
// the answer's.
func (b *Base) nearestFigure(q *query, asked, given []figure, words []string) verdict {
	out := verdictMixed
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] || isDigitByte(t[0]) || slices.ContainsFunc(asked, func(a figure) bool { return a.unit == t }) {
			continue // the figure asked is no word it belongs to
		}
		at := -1
		for k, w := range words {
			if b.v.term(w) != t {
				continue
			}
			if at >= 0 {
				at = -2 // said twice: whose figure is whose, again unclear
				break
			}
			at = k
		}
		if at < 0 {
			continue
		}
		for _, a := range asked {
			if a.unit == "" {
				continue
			}
			best, tie := -1, false
			for j, g := range given {
				if g.unit != a.unit && !slices.Contains(g.also, a.unit) {
					continue
				}
				d := abs(g.at - at)
				switch {
				case d > nearFigure:
				case best < 0 || d < abs(given[best].at-at):
					best, tie = j, false
				case d == abs(given[best].at-at):
					tie = true
				}
			}
			if best < 0 || tie {
				continue
			}
			v := verdictNo
			if satisfies(given[best], a) {
				v = verdictYes
			}
			if out != verdictMixed && out != v {
				return verdictMixed // two subject words, two answers
			}
			out = v
		}
	}
	return out
}

// times lists the clock times in a text as words: "8am", "5pm", "7:30am".
func (v *vocab) times(text string) []string { return timesIn(v.words(text)) }

// timesIn lists the clock times among words (see vocab.words).
func timesIn(words []string) []string {
	var out []string
	for _, w := range words {
		if isTimeTerm(w) {
			out = append(out, w)
		}
	}
	return out
}

// compareTimes checks the times a question asks about against those a fact
// gives: "did picket lines start at 8am?" against "from 7am" is No; a fact
// that gives every time asked supports it; one that gives none decides nothing.
func compareTimes(asked, given []string) verdict {
	if len(asked) == 0 || len(given) == 0 {
		return noVerdict
	}
	for _, t := range asked {
		if !slices.Contains(given, t) {
			return verdictNo
		}
	}
	return verdictYes
}

// undecided reports whether an answer, by its cues, says that what the
// question asks is still open: "speculation that the Government would say whether it
// would accept …" answers "did the Government accept …?" with neither.
func (b *Base) undecided(q *query, cues []openCue) bool {
	for _, c := range cues {
		if len(c.cue) > 0 && !slices.ContainsFunc(c.cue, func(t string) bool { return !slices.Contains(q.terms, t) }) {
			// "did Hunt threaten to impose it?" asks about the threat itself.
			continue
		}
		for i, t := range q.terms {
			if !q.weak[i] && !q.context[i] && slices.Contains(c.after, t) {
				return true
			}
		}
	}
	return false
}

// openCue is where an answer says something is still open: the terms of
// the vocabulary's cue ("speculation that"), and those of the rest of its
// sentence, what is open.
type openCue struct {
	cue, after []string
}

// openCues lists the cues of an answer that something is still open.
func (v *vocab) openCues(answer string) []openCue {
	if v.undecided == nil {
		return nil
	}
	var out []openCue
	answer = strings.ToLower(answer)
	for _, m := range v.undecided.FindAllStringIndex(answer, -1) {
		rest, _, _ := strings.Cut(answer[m[1]:], ". ")
		out = append(out, openCue{cue: v.terms(answer[m[0]:m[1]], nil), after: v.terms(rest, nil)})
	}
	return out
}

// articleNames reports whether an article's text has every name in the
// question ("does the local paper mention the Ipsos Mori poll?"): the
// words of people, organisations and places, not the article's own name.
// art is the article's index in b.articles.
func (b *Base) articleNames(q *query, art int) bool {
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] || !b.ix.entity[t] {
			continue
		}
		if !slices.Contains(b.ix.articleText[art](), t) {
			return false
		}
	}
	return true
}

// negates reports whether a fact's text denies one of the question's words: "no
// agreement", "not withdraw", "never named" within three words before it.
// With rare, only a denial outside quoted speech of a word few facts have
// counts: "not for junior doctors" is no denial of "are the public behind
// the doctors?". Without, any denial does: "no talks" in the BMA's words
// holds back a Yes to "did Barclay meet the BMA?".
func (b *Base) negates(q *query, text *factText, rare bool) bool {
	if rare {
		return b.deniesWord(q, text.rareDenial, rare) || b.deniesWord(q, denial{refused: text.denial.failed}, rare) || b.deniesPassive(q, text.denial)
	}
	// A question that denies ("did Hunt say the Government wouldn't be
	// blackmailed?") agrees with a denial reaching past a right too.
	return b.deniesWord(q, text.denial, rare) || b.deniesPassive(q, text.denial) ||
		b.questionDenies(q) && b.deniesWord(q, denial{refused: text.denial.moot}, false)
}

// deniesInWords reports whether the sentences of a text that name the
// speaker a question asks about ("did Hunt say trade unions had the right
// to veto …?") deny, in their quoted words too, a word of the question few
// facts have: "told MPs that "no trade union" had the right to veto".
func (b *Base) deniesInWords(q *query, text string) bool {
	if len(q.speaker) == 0 {
		return false
	}
	var said []string
	// Clauses, not sentences: "… if the UK Government dropped its refusal
	// to talk …; Health Secretary Steve Barclay … said talks could resume"
	// has Barclay deny nothing.
	for _, s := range clauseEnd.Split(text, -1) {
		if slices.ContainsFunc(b.v.terms(s, nil), func(t string) bool { return slices.Contains(q.speaker, t) }) {
			said = append(said, s)
		}
	}
	return len(said) > 0 && b.deniesWord(q, b.denialOf(strings.Join(said, ". ")), false)
}

// denial is what deniesWord reads of a text: the terms it says refused,
// and those it says only after a denial (a word denied in one place and
// said plainly in another is not denied), read without its
// counterfactual ([0]) and with it ([1]).
type denial struct {
	refused []string
	denied  [2][]string
	// failed are the terms of what a word of failure says was not done
	// ("missed chance after chance to provide a credible offer"): a
	// denial in quoted speech too, the speaker's own.
	failed []string
	// moot are the terms a denial reaches only past a word of entitlement
	// ("no union has the right to blackmail"): neither denied nor said.
	moot []string
	// passive are the terms of verbs denied in the passive ("would not be
	// blackmailed") and said in it nowhere else.
	passive []string
	// objects are, per term denied, the terms of the words right after it
	// that are no stop words: what it is denied of ("not to withdraw
	// emergency cover": withdraw, of emergency cover). See otherObject.
	objects map[string][]string
}

// moots reports whether a Yes to the question would rest on a word a
// denial reaches only past a right ("no union has the right to
// blackmail" to "was the union blackmailing the Government?"), when the
// question asks no right itself.
func (b *Base) moots(q *query, d denial) bool {
	if b.questionDenies(q) || slices.ContainsFunc(q.raw, func(w string) bool { return b.v.entitled[w] }) {
		return false
	}
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && slices.Contains(d.moot, t) {
			return true
		}
	}
	return false
}

// questionDenies reports whether a question denies something itself
// ("wouldn't", "never", "fail to", "without": as denialOf reads a text).
func (b *Base) questionDenies(q *query) bool {
	return slices.ContainsFunc(q.raw, func(w string) bool {
		return w == "not" || w == "no" || w == "never" || w == "without" || b.v.term(w) == "not" || b.v.failure[w]
	})
}

// deniesPassive reports whether a question asks a passive ("would the
// Government be blackmailed?") that the text denies in the passive.
func (b *Base) deniesPassive(q *query, d denial) bool {
	for k := 1; k < len(q.raw); k++ {
		if b.v.beWords[q.raw[k-1]] && strings.HasSuffix(q.raw[k], "ed") && slices.Contains(d.passive, b.v.term(q.raw[k])) {
			return true
		}
	}
	return false
}

// failReach is how far after a word of failure ("missed", "failed") the
// "to" of what was not done may be: "missed chance after chance to".
const failReach = 4

// denialOf works out a text's denial.
func (b *Base) denialOf(text string) denial {
	// Read with the vocabulary's phrases joined, as questions are: "not
	// round the clock" denies the one term "round the clock" reads as.
	words := b.v.words(text)
	negated := make([]bool, len(words))
	refused, failed, moot := map[string]bool{}, map[string]bool{}, map[string]bool{}
	for i, w := range words {
		// "refused to talk" denies talks outright, whatever else is said
		// of them ("talks should continue").
		refusal := strings.HasPrefix(w, "refus") || strings.HasPrefix(w, "declin")
		// Split words lose the "'t" of "don't": the vocabulary reads "don"
		// as "not".
		if b.v.failure[w] {
			// "missed chance after chance to provide a credible offer",
			// "failed to reach agreement": what it was to do is denied.
			for k := i + 1; k < len(words) && k <= i+failReach; k++ {
				if words[k] == "to" {
					for m := i + 1; m < len(words) && m <= k+3; m++ {
						negated[m] = true
						failed[b.v.term(words[m])] = true
					}
					break
				}
			}
			continue
		}
		if w != "no" && w != "not" && w != "never" && w != "without" && b.v.term(w) != "not" && !refusal {
			continue
		}
		reach, next := 3, i+1
		if next < len(words) && words[next] == "t" {
			next++ // "don", "t", "think"
		}
		if next < len(words) && b.v.negRaising[words[next]] {
			// "I don't think any union has the right to blackmail": the
			// denial reaches over the clause thought.
			reach = 10
		}
		// "no union has the right to blackmail the Government" denies
		// the right, not that unions blackmail: the rest is neither
		// denied nor said.
		right := -1
		for k := i + 1; k+1 < len(words) && k < i+reach; k++ {
			if b.v.entitled[words[k]] && words[k+1] == "to" {
				right = k
				break
			}
		}
		for k := i + 1; k < len(words) && k <= i+reach; k++ {
			if right >= 0 && k != right {
				moot[b.v.term(words[k])] = true
				continue
			}
			negated[k] = true
			if refusal {
				refused[b.v.term(words[k])] = true
			}
		}
	}
	// "the Government would not be blackmailed" denies the passive, which
	// "trying to blackmail" said plainly does not undo.
	passive, plainPassive := map[string]bool{}, map[string]bool{}
	for k := 1; k < len(words); k++ {
		if b.v.beWords[words[k-1]] && strings.HasSuffix(words[k], "ed") {
			if negated[k] {
				passive[b.v.term(words[k])] = true
			} else {
				plainPassive[b.v.term(words[k])] = true
			}
		}
	}
	maps.DeleteFunc(passive, func(t string, _ bool) bool { return plainPassive[t] })
	// The counterfactual's verbs, read with the vocabulary's phrases joined
	// ("called off" is one).
	counter := map[string]bool{}
	for _, k := range counterfactual(words) {
		counter[b.v.term(words[k])] = true
	}
	// A word denied in one place and said plainly in another ("accused
	// union leaders of trying to "blackmail" …, and said the Government
	// would not be "blackmailed"") is not denied: the plain saying answers.
	d := denial{refused: slices.Sorted(maps.Keys(refused)), failed: slices.Sorted(maps.Keys(failed)),
		moot: slices.Sorted(maps.Keys(moot)), passive: slices.Sorted(maps.Keys(passive)), objects: deniedObjects(b.v, text)}
	for c := range 2 {
		denied, plain := map[string]bool{}, map[string]bool{}
		for k, w := range words {
			t := b.v.term(w)
			if negated[k] || c == 1 && counter[t] {
				denied[t] = true
			} else {
				plain[t] = true
			}
		}
		maps.DeleteFunc(denied, func(t string, _ bool) bool { return plain[t] })
		d.denied[c] = slices.Sorted(maps.Keys(denied))
	}
	return d
}

// deniesWord is negates on a text's denial; with rare, only a word few
// facts have counts, and only where the question asks it of what the text
// denies it of (otherObject): such a denial answers No, where any denial
// at all holds back a Yes.
func (b *Base) deniesWord(q *query, d denial, rare bool) bool {
	// A word in more than an eighth of the facts is common: "doctors",
	// "talks", "strike"; "agreement" (a deal too) is not.
	common := len(b.facts) / 8
	// "Would the BMA have called it off if …?" asks the counterfactual
	// itself, and "did Hunt refuse to lift it?" asks the denial: neither is
	// answered by it.
	c := 1
	if slices.ContainsFunc(q.raw, func(w string) bool {
		return w == "if" || b.v.future[w] || strings.HasPrefix(w, "refus") || strings.HasPrefix(w, "declin")
	}) {
		c = 0
	}
	for j, qt := range q.terms {
		if !q.weak[j] && !q.context[j] && (slices.Contains(d.refused, qt) || slices.Contains(d.denied[c], qt)) && (!rare || len(b.ix.postings[qt]) <= common) &&
			(!rare || !b.otherObject(q, qt, d.objects[qt])) {
			return true
		}
	}
	return false
}

// counterfactualReach is how far from "would have" its "if" may be, and
// how far into the "if" clause its verb.
const counterfactualReach = 15

// counterfactual finds the verbs a counterfactual denies: "it would have
// called off the strike if Hunt had agreed to lift his threat" says it did
// not call it off and Hunt did not agree to lift it. Those are the word
// after "would have" and the first verb of the "if" clause (the word after
// "had", or the first past form), each with the verb after a "to" that
// follows it. "would have to" is a need, no counterfactual.
func counterfactual(words []string) []int {
	var out []int
	verb := func(k int) {
		out = append(out, k)
		if k+2 < len(words) && words[k+1] == "to" {
			out = append(out, k+2)
		}
	}
	for i := 0; i+2 < len(words); i++ {
		if words[i] != "would" || words[i+1] != "have" && words[i+1] != "ve" || words[i+2] == "to" {
			continue
		}
		cond := -1
		for j := max(0, i-counterfactualReach); j < len(words) && j <= i+counterfactualReach; j++ {
			if words[j] == "if" {
				cond = j
				break
			}
		}
		if cond < 0 {
			continue
		}
		verb(i + 2)
		for k := cond + 1; k < len(words) && k <= cond+6; k++ {
			if words[k] == "had" && k+1 < len(words) {
				verb(k + 1)
				break
			}
			if strings.HasSuffix(words[k], "ed") {
				verb(k)
				break
			}
		}
	}
	return out
}

// hypotheticalReach is how many words after a hypothetical word ("can",
// "if", "urged") are not asserted.
const hypotheticalReach = 6

// referenceReach is how many words after a reference word ("than") name
// what is compared with: "than in January", "than the nurses".
const referenceReach = 6

// isFigure reports whether a word is a number, in digits or words.
func (v *vocab) isFigure(w string) bool {
	if d, ok := v.numbers[w]; ok {
		w = d
	}
	return w != "" && isDigitByte(w[0])
}

// sentenceEnd splits a text into the sentences and clauses a hypothetical
// word reaches over.
var sentenceEnd = regexp.MustCompile(`[.;:!?]\s`)

// commaEnd splits a sentence at its commas, where a condition ends (see
// wishedTerms).
var commaEnd = regexp.MustCompile(`,\s`)

// hypotheticalTerms lists the terms a text has only after a hypothetical
// word, and those it has elsewhere too.
// With question, the future's words count as hypothetical too.
// With belief, the words of belief do too ("a rising number thought …").
func (v *vocab) hypotheticalTerms(text string, question, belief bool) (only, plain map[string]bool) {
	var sentences [][]string
	for _, s := range sentenceEnd.Split(text, -1) {
		sentences = append(sentences, v.words(s)) // phrases joined: "call this strike off" is one verb
	}
	return v.hypotheticalIn(sentences, question, belief)
}

// hypotheticalIn is hypotheticalTerms for a text split into sentences and
// words already: a question's raw words are one sentence.
func (v *vocab) hypotheticalIn(sentences [][]string, question, belief bool) (only, plain map[string]bool) {
	only, plain = map[string]bool{}, map[string]bool{}
	var lead []string
	for _, words := range sentences {
		until := -1
		for k, w := range words {
			if v.conditional[w] {
				// "we can call this strike off today if the UK Government
				// will … produce an offer which is credible": the whole
				// condition is unasserted, however long.
				until = len(words)
				continue
			}
			if v.hypothetical[w] || question && v.future[w] || belief && v.belief[w] {
				until = max(until, k+hypotheticalReach)
				if question {
					// "did the BMA say the government should make …?": the
					// modal's subject is asked of the hypothetical too.
					for j := max(0, k-2); j < k; j++ {
						lead = append(lead, v.term(words[j]))
					}
				}
				continue
			}
			if v.reference[w] && k+1 < len(words) && !v.isFigure(words[k+1]) {
				until = max(until, k+referenceReach)
				continue
			}
			if t := v.term(w); k <= until {
				only[t] = true
			} else {
				plain[t] = true
			}
		}
	}
	for t := range plain {
		delete(only, t)
	}
	for _, t := range lead {
		only[t] = true
		delete(plain, t)
	}
	return only, plain
}

// referencedTerms lists the terms a fact's answer has only in what
// something is compared with, after a reference word ("higher than in
// January"), and nowhere else.
func (v *vocab) referencedTerms(body string) []string {
	only, plain := map[string]bool{}, map[string]bool{}
	for _, s := range sentenceEnd.Split(body, -1) {
		words := v.words(s)
		until := -1
		for k, w := range words {
			switch {
			case v.reference[w] && k+1 < len(words) && !v.isFigure(words[k+1]):
				until = k + referenceReach
			case v.isStop(w):
			case k <= until:
				only[v.term(w)] = true
			default:
				plain[v.term(w)] = true
			}
		}
	}
	var out []string
	for t := range only {
		if !plain[t] {
			out = append(out, t)
		}
	}
	slices.Sort(out)
	return out
}

// asserts reports whether a fact's text asserts what the question asks: no word
// of the question's subject (other than a name) is in the text only after
// a hypothetical word, unless the question has it after one too.
func (b *Base) asserts(q *query, text *factText) bool {
	only := text.believed
	if b.asksOpinion(q) || b.ownClaim(q, text) {
		only = text.hypothetical
	}
	if len(only) == 0 || b.asksWording(q) {
		return true
	}
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && !b.ix.entity[t] && only[t] && !q.hypothetical[t] {
			return false
		}
	}
	return true
}

// wishedTerms lists the terms a text has only in the rest of a clause
// after a conditional word or a word of expectation, and nowhere else:
// "doctors have a right to expect that … talks will continue right up to
// the last minute to try and reach a deal without the need to strike" has
// "continue" and "strike" only as what doctors expect.
//
// A condition ends at the comma that closes it ("if he lifted the threat,
// and more than 125,000 appointments … were cancelled" says they were); an
// expectation's clause holds its asides ("expect that as in Scotland, and
// as in many other recent industrial disputes, talks will continue"). A
// forecast in the passive ("the walkout was expected to cause huge
// disruption") is the article's own report of what will happen, and
// answers a question's future.
func (v *vocab) wishedTerms(text string) map[string]bool {
	only, plain := map[string]bool{}, map[string]bool{}
	for _, s := range sentenceEnd.Split(text, -1) {
		expected := false
		for _, part := range commaEnd.Split(s, -1) {
			cond := false
			words := v.words(part)
			for k, w := range words {
				switch {
				case v.expectation[w] && (k == 0 || !v.beWords[words[k-1]]):
					expected = true
				case v.conditional[w]:
					cond = true
				case expected || cond:
					only[v.term(w)] = true
				default:
					plain[v.term(w)] = true
				}
			}
		}
	}
	maps.DeleteFunc(only, func(t string, _ bool) bool { return plain[t] })
	return only
}

// wishedOnly reports whether a Yes to a question would rest on a word of
// its subject the fact has only in a condition or an expectation
// (wishedTerms), which no one asserts: "will the BMA continue to strike?"
// against "doctors have a right to expect that … talks will continue". The
// question's future does not ask it; a hypothetical word of its own does
// ("did the BMA say talks should continue to the last minute?"), and so
// does one asking how something was named (asksWording).
func (b *Base) wishedOnly(q *query, text *factText) bool {
	if len(text.wished) == 0 || b.asksWording(q) || slices.ContainsFunc(q.raw, func(w string) bool {
		return b.v.hypothetical[w] || b.v.conditional[w] || b.v.expectation[w] || b.v.belief[w]
	}) {
		return false
	}
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && !b.ix.entity[t] && text.wished[t] {
			return true
		}
	}
	return false
}

// asksWording reports whether a question asks how someone named a thing
// ("did the BMA call the precondition nonsensical?"): a word of the
// vocabulary's passive_cues, in any form. The words used answer it, in a
// condition too ("if the Government will … drop their nonsensical
// precondition").
func (b *Base) asksWording(q *query) bool {
	for p := range b.v.passive {
		t := b.v.term(p)
		if slices.ContainsFunc(q.raw, func(w string) bool { return w[0] == p[0] && b.v.term(w) == t }) {
			return true
		}
	}
	return false
}

// believedOnly reports whether a word of the question's subject is in the
// fact only after a word of belief ("the BMA said Barclay had claimed pay
// above 5% wasn't realistic"), and the question asks no opinion: a figure
// matched there is no Yes to "did the BMA say 5% was the limit?".
func (b *Base) believedOnly(q *query, text *factText) bool {
	if len(text.believed) == len(text.hypothetical) || b.asksOpinion(q) || b.ownClaim(q, text) {
		return false
	}
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && !b.ix.entity[t] && text.believed[t] && !text.hypothetical[t] && !q.hypothetical[t] {
			return true
		}
	}
	return false
}

// asksOpinion reports whether a question asks what people think: a word
// of belief, of a majority or of a population ("did most people blame
// …?"). What a fact says someone thinks then answers it.
func (b *Base) asksOpinion(q *query) bool {
	return slices.ContainsFunc(q.raw, func(w string) bool {
		return b.v.belief[w] || b.v.majority[w] || b.v.population[b.v.term(w)]
	})
}

// doAux are the auxiliaries of an active yes/no question: "did junior
// doctors provide …?" names who did it before the verb; "was care
// provided …?" is passive, and names them only after "by". They are the
// forms of English "do", not words a curator tunes, so they stay here.
var doAux = map[string]bool{"did": true, "does": true, "do": true}

// maxSubject is how many words the subject of an active yes/no question
// may have: further off, the word matched is no verb of it ("did Barclay
// say the BMA collapsed the negotiations?").
const maxSubject = 3

// agentRun reads the agent after a "by": the words up to the next stop
// word other than "and" and "the" ("by the Prime Minister and the Health
// Secretary, Steve Barclay"), as terms.
func (b *Base) agentRun(words []string) []string {
	var out []string
	for _, w := range words {
		if w == "and" || w == "the" {
			continue
		}
		if b.v.isStop(w) {
			break
		}
		out = append(out, b.v.term(w))
	}
	return out
}

// passive is a verb of an answer with its agent: "emergency cover would
// be provided by consultants".
type passive struct {
	sentence string   // the answer's sentence that says it
	verb     string   // the verb's term ("provid")
	did      []string // the agent's terms (see agentRun)
	light    bool     // verb is the noun of a light verb's act (see lightNoun)
}

// passives lists an answer's verbs with their agents, in order.
func (b *Base) passives(answer string) []passive {
	var out []passive
	for _, s := range sentenceEnd.Split(answer, -1) {
		words := split(normalizeChars(s), nil)
		for k := 1; k+1 < len(words); k++ {
			if words[k] != "by" {
				continue
			}
			if !strings.HasSuffix(words[k-1], "ed") && !strings.HasSuffix(words[k-1], "en") {
				continue // "put at risk by", "a strike by": no verb's agent
			}
			out = append(out, passive{sentence: s, verb: b.v.term(words[k-1]), did: b.agentRun(words[k+1:])})
			if n := b.lightNoun(words, k-1); n != "" {
				out = append(out, passive{sentence: s, verb: n, did: b.agentRun(words[k+1:]), light: true})
			}
		}
	}
	return out
}

// agent checks who a question says did a thing against who the answer
// says did it (its passives): "emergency cover would be provided by
// consultants" answers No to "did junior doctors provide emergency care?"
// and to "is it provided by junior doctors?", and Yes to "was it provided
// by consultants?". sentence is the answer's sentence that says it.
// asked are the terms of the agent the question names.
func (b *Base) agent(q *query, passives []passive) (v verdict, sentence string, asked []string) {
	for _, p := range passives {
		at := slices.IndexFunc(q.raw, func(w string) bool { return b.v.term(w) == p.verb })
		if at < 1 || !slices.Contains(q.terms, p.verb) {
			continue
		}
		asked = nil
		switch {
		case at+1 < len(q.raw) && q.raw[at+1] == "by":
			asked = b.agentRun(q.raw[at+2:])
		case doAux[q.raw[0]] || b.v.identity[q.raw[0]] && strings.HasSuffix(q.raw[at], "ing") || b.activeAhead(q.raw, at) ||
			p.light && at > 2 && slices.ContainsFunc(q.raw[2:at], func(w string) bool { return b.v.light[w] }):
			// "is it true that consultants give emergency cover?": a
			// light verb of its own before the noun makes it active.
			// "were junior doctors providing emergency care?" is active
			// too: its subject does it.
			for _, w := range q.raw[1:at] {
				if p.light && b.v.light[w] && len(asked) > 0 {
					break // "did consultants give emergency cover?": the verb ends who
				}
				if !b.v.isStop(w) {
					asked = append(asked, b.v.term(w))
				}
			}
			if len(asked) > maxSubject {
				asked = nil
			}
		}
		if len(p.did) == 0 || len(asked) == 0 || p.light && !b.agentsOnly(asked) {
			continue
		}
		if slices.ContainsFunc(asked, func(t string) bool { return slices.Contains(p.did, t) }) {
			return verdictYes, p.sentence, asked
		}
		return verdictNo, p.sentence, asked
	}
	return noVerdict, "", nil
}

// shareWords is a spelling of a share of a whole: "a quarter" is 25%.
type shareWords struct {
	words []string
	pct   float64
}

// shareVerb is how many words after a share its verb may come: "57% of
// the public supported".
const shareVerb = 4

// majority checks a question that asks whether most did something ("did
// the poll find most people opposed the doctors?") against the shares an
// answer (its words) gives for the same verb: all above half is Yes, all below No.
func (b *Base) majority(q *query, words []string) verdict {
	at := slices.IndexFunc(q.raw, func(w string) bool { return b.v.majority[w] })
	if at < 0 {
		return noVerdict
	}
	// The verb may come further off than in the answer: "did a majority
	// in the Ipsos Mori poll support the doctors?". Any word after the
	// majority word may be it; a share's verb picks it.
	var verbs []string
	for _, w := range q.raw[at+1:] {
		if !b.v.isStop(w) && !b.v.isWeak(w) && !b.v.population[b.v.term(w)] {
			// The stem again: "oppose" and "opposed" are "oppos" and "oppo".
			verbs = append(verbs, b.v.stem(b.v.term(w)))
		}
	}
	if len(verbs) == 0 {
		return noVerdict
	}
	out := noVerdict
	for k := 0; k < len(words); k++ {
		pct, n := b.v.shareAt(words, k)
		if n == 0 || !slices.Contains(verbs, b.v.stem(b.verbAfter(words, k+n))) {
			continue
		}
		v := verdictNo
		if pct > 50 {
			v = verdictYes
		}
		if out != noVerdict && out != v || pct == 50 {
			return noVerdict
		}
		out = v
	}
	return out
}

// clauseBreak ends the clause of a sentence that says what the majority
// did: "the majority still think the Government is most at fault - but a
// rising number think …".
var clauseBreak = regexp.MustCompile(`\s[-\x{2013}\x{2014}]\s|,?\s+but\s|;\s`)

// bracketed finds the parts of a text in brackets.
var bracketed = regexp.MustCompile(`\([^()]*\)`)

// majorityClause checks a question asking whether most did something about
// someone ("do most people blame the doctors?") against the clause of an
// answer that says what the majority did, without a share ("the majority
// still thought the Government was most at fault for the dispute, but a
// rising number thought the Government and doctors were equally to
// blame"). Who the question names (the terms of people's and
// organisations' names) must be in that clause: one that is not, against
// a clause naming someone the question does not, is No (the majority
// named someone else); one that is not, with no one else named, is
// verdictMixed (no Yes rests on words the answer says of others).
// Otherwise no verdict.
func (b *Base) majorityClause(q *query, body string) verdict {
	var clause []string
	for _, s := range sentenceEnd.Split(body, -1) {
		for _, c := range clauseBreak.Split(s, -1) {
			if b.saysMajority(split(normalizeChars(c), nil)) {
				clause = append(clause, b.v.terms(c, nil)...)
			}
		}
	}
	if clause == nil {
		return noVerdict
	}
	// "dispute", a word of every dispute's name, names no one.
	shared := b.shared
	side := func(t string) bool {
		return len(b.ix.speakers[t]) > 0 && !b.ix.context[t] && !b.v.population[t] && !slices.Contains(shared, t)
	}
	// A name the answer gives only in brackets is its source ("(article
	// 000, reporting the Ipsos Mori poll for BBC News)"), not who the
	// majority spoke of.
	var sourced []string
	for _, m := range bracketed.FindAllString(body, -1) {
		sourced = append(sourced, b.v.terms(m, nil)...)
	}
	plain := b.v.terms(bracketed.ReplaceAllString(body, " "), nil)
	missing := false
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && side(t) && !slices.Contains(clause, t) && (slices.Contains(plain, t) || !slices.Contains(sourced, t)) {
			missing = true
		}
	}
	if !missing {
		return noVerdict
	}
	if slices.ContainsFunc(clause, func(t string) bool { return side(t) && !slices.Contains(q.terms, t) }) {
		return verdictNo
	}
	return verdictMixed
}

// asksMajority reports whether a question asks if most did something.
func (b *Base) asksMajority(q *query) bool {
	return slices.ContainsFunc(q.raw, func(w string) bool { return b.v.majority[w] })
}

// saysMajority reports whether a text (its words) says most did something
// ("the majority still thought …"), without a share.
func (b *Base) saysMajority(words []string) bool {
	return slices.ContainsFunc(words, func(w string) bool { return b.v.majority[w] })
}

// verbAfter is the term of the first word from words[from] on, within
// shareVerb words, that is no stop word, generic word or population. A
// phrase saying in which poll the share was found ("a third of the public
// in the Ipsos Mori poll oppose") is skipped, and counts for none of them.
func (b *Base) verbAfter(words []string, from int) string {
	end := from + shareVerb
	for k := from; k < len(words) && k < end; k++ {
		w := words[k]
		if j := b.pollPhrase(words, k); j > k {
			end += j - k + 1
			k = j
			continue
		}
		if b.v.isStop(w) || b.v.isWeak(w) || b.v.population[b.v.term(w)] {
			continue
		}
		return b.v.term(w)
	}
	return ""
}

// pollWithin is how many words after "in" the word naming a poll may come:
// "in the Ipsos Mori poll".
const pollWithin = 4

// pollPhrase is where the poll's word ends a phrase from words[k] that
// names the poll ("in the Ipsos Mori poll", "in the survey"), or -1: a
// place_in word, then within pollWithin words one whose term is the poll
// kind's.
func (b *Base) pollPhrase(words []string, k int) int {
	if !b.v.placeIn[words[k]] {
		return -1
	}
	poll := b.v.term(string(KindPoll))
	for j := k + 1; j < len(words) && j <= k+pollWithin; j++ {
		if b.v.term(words[j]) == poll {
			return j
		}
	}
	return -1
}

// shareAt reads a share at words[k]: "57 percent", "3 in 5", or one of the
// vocabulary's spellings ("a quarter"); n is how many words it took, 0 for
// none.
func (v *vocab) shareAt(words []string, k int) (pct float64, n int) {
	num := func(w string) (float64, bool) {
		if d, ok := v.numbers[w]; ok {
			w = d
		}
		if w == "" || !isDigitByte(w[0]) {
			return 0, false
		}
		f, err := strconv.ParseFloat(w, 64)
		return f, err == nil
	}
	for _, s := range v.shares {
		if k+len(s.words) <= len(words) && slices.Equal(words[k:k+len(s.words)], s.words) {
			return s.pct, len(s.words)
		}
	}
	a, ok := num(words[k])
	switch {
	case !ok:
	case k+1 < len(words) && words[k+1] == "percent": // "%" reads as "percent"
		return a, 2
	case k+2 < len(words) && words[k+1] == "per" && words[k+2] == "cent":
		return a, 3
	case k+2 < len(words) && words[k+1] == "in":
		if d, ok := num(words[k+2]); ok && d > a {
			return 100 * a / d, 3
		}
	}
	return 0, 0
}

// articleClause is what an answer says one article does: "Article 000
// names him", "article 001 only mentions a phone call".
type articleClause struct {
	art  int    // index into Base.articles
	verb string // the term of the word after the reference
	only bool   // its clause says "only": "the only article to list any"
}

// clauseEnd splits an answer into the clauses that each say what one
// article does.
var clauseEnd = regexp.MustCompile(`[.;]\s`)

// articleClauses lists what an answer says the articles do, by reference.
func (b *Base) articleClauses(answer string) []articleClause {
	var out []articleClause
	for _, c := range clauseEnd.Split(answer, -1) {
		words := split(normalizeChars(c), nil)
		for k := 0; k+2 < len(words); k++ {
			if words[k] != "article" {
				continue
			}
			art := slices.IndexFunc(b.articles, func(a *Article) bool { return a.Ref == words[k+1] })
			if art < 0 {
				continue
			}
			at, only := k+2, slices.Contains(words, "only")
			if words[at] == "only" {
				at++
			}
			if at < len(words) {
				out = append(out, articleClause{art: art, verb: b.v.term(words[at]), only: only})
			}
		}
	}
	return out
}

// articleAsk reads what a question asks an article does: the term of the
// word after its word for an article ("report name …" is "name"), and
// whether it asks it of each ("both articles").
func (b *Base) articleAsk(q *query) (verb string, every bool) {
	for i, w := range q.raw {
		if !b.v.articleWords[w] {
			continue
		}
		every = slices.ContainsFunc(q.raw[max(0, i-2):i], func(x string) bool { return b.v.everyWords[x] })
		for _, x := range q.raw[i+1:] {
			if slices.ContainsFunc(b.articles, func(a *Article) bool { return a.Ref == x }) {
				continue // "article 000 name …"
			}
			if !b.v.isStop(x) && !b.v.articleWords[x] { // "the paper's report name …"
				return b.v.term(x), every
			}
		}
		return "", every
	}
	return "", false
}

// sameVerb compares the terms of two forms of a verb whose stems differ
// by a letter: "name" and "nam" (of "named").
func sameVerb(a, b string) bool {
	return a == b || len(a) >= 3 && len(b) >= 3 && abs(len(a)-len(b)) <= 1 && (strings.HasPrefix(a, b) || strings.HasPrefix(b, a))
}

// articleVerdict checks a question about what an article does ("does the
// News Shopper report name the head of the BMA?", "do both 2016 articles
// name Porter?") against an answer that says which article does it and
// that only one does: No when the article asked, or one of those asked, is
// not among them. Yes when the answer says the one article asked does it.
// Anything else is no verdict.
func (b *Base) articleVerdict(q *query, answer string) verdict {
	verb, every := b.articleAsk(q)
	if verb == "" || !every && q.article == 0 {
		return noVerdict
	}
	does, named, only := map[int]bool{}, map[int]bool{}, false
	for _, c := range b.articleClauses(answer) {
		named[c.art] = true
		if sameVerb(c.verb, verb) {
			does[c.art] = true
		}
		only = only || c.only
	}
	if !every && does[q.article-1] {
		return verdictYes // "does article 000 name Mark Porter?": "Article 000 names him"
	}
	if len(does) == 0 || !only {
		return noVerdict
	}
	if !every {
		if !does[q.article-1] {
			return verdictNo
		}
		return noVerdict
	}
	for i, a := range b.articles {
		asked := named[i]
		if q.dispute != "" && q.dispute != DisputeBoth {
			asked = a.Dispute == q.dispute
		}
		if asked && !does[i] {
			return verdictNo
		}
	}
	return noVerdict
}

// thanReach is how far after "than" the other side of a comparison may
// be named.
const thanReach = 3

// comparison checks a question that compares ("is backing higher than in
// January?") against an answer's words: Yes when it makes the same comparison with
// the same other side ("higher than in January"), else no verdict. "Similar
// levels of support to nurses" is no verdict either way: alike is neither
// more nor less.
func (b *Base) comparison(q *query, words []string) verdict {
	than := slices.Index(q.raw, "than")
	if than < 1 {
		return noVerdict
	}
	comparing := q.raw[than-1]
	other := ""
	for _, w := range q.raw[than+1:] {
		if !b.v.isStop(w) && !b.v.isWeak(w) {
			other = b.v.term(w)
			break
		}
	}
	if other == "" {
		return noVerdict
	}
	for k := 0; k+1 < len(words); k++ {
		if words[k] != comparing || words[k+1] != "than" {
			continue
		}
		for _, w := range words[k+2 : min(len(words), k+2+thanReach)] {
			if b.v.term(w) == other {
				return verdictYes
			}
		}
	}
	return noVerdict
}

// scaleReach is how far before "than" a question's word of the scale may
// be ("less financial room than"), how far after the answer's the thing
// compared ("the strongest public backing") and how far before it the
// side that has it ("the UK Government has far more").
const scaleReach = 4

// compareSides checks a question comparing two sides ("does the UK
// Government have less financial freedom than Scotland?") against a
// sentence of an answer that names both and puts one of them higher or
// lower on what is compared, with a word of the vocabulary's scale: "the
// UK Government has far more financial freedom" answers No; "nurses, who
// had the strongest public backing" answers No to "did ambulance workers
// get more support than nurses?" and Yes to "did nurses get more backing
// than ambulance workers?". A comparative counts in a sentence naming both
// sides, a superlative in an answer naming both; the side named nearest
// before the word has it.
func (b *Base) compareSides(q *query, body string) verdict {
	than := slices.Index(q.raw, "than")
	c := -1
	for k := than - 1; k >= 1 && k >= than-scaleReach; k-- {
		if d := b.v.scale[q.raw[k]]; d == 1 || d == -1 {
			c = k
			break
		}
	}
	if c < 0 {
		return noVerdict
	}
	terms := func(words []string) []string {
		var out []string
		for _, w := range words {
			if !b.v.isStop(w) && !b.v.isWeak(w) && !b.v.yesNo[w] {
				out = append(out, b.v.term(w))
			}
		}
		return out
	}
	what, side, other := terms(q.raw[c+1:than]), terms(q.raw[1:c]), terms(q.raw[than+1:])
	if len(what) == 0 || len(side) == 0 || len(other) == 0 {
		return noVerdict
	}
	other = other[:1] // "than nurses in the YouGov figures": the nurses
	has := func(ws []string, ts []string) bool {
		return slices.ContainsFunc(ws, func(w string) bool { return slices.Contains(ts, b.v.term(w)) })
	}
	all := split(normalizeChars(body), nil)
	if !has(all, side) || !has(all, other) {
		return noVerdict
	}
	out := noVerdict
	for _, s := range sentenceEnd.Split(body, -1) {
		words := split(normalizeChars(s), nil)
		both := has(words, side) && has(words, other)
		for k, w := range words {
			dir := b.v.scale[w]
			if dir == 0 || !has(words[k+1:min(len(words), k+1+scaleReach)], what) {
				continue
			}
			if (dir == 1 || dir == -1) && !both {
				// "more" compares with whom its sentence says; "the
				// strongest" is above every side the answer names.
				continue
			}
			// The side named nearest before the word has it: "between
			// England and Scotland, the UK Government has far more".
			mine, theirs := false, false
			for j := k - 1; j >= 0 && j >= k-scaleReach-2 && !mine && !theirs; j-- {
				t := b.v.term(words[j])
				mine, theirs = slices.Contains(side, t), slices.Contains(other, t)
			}
			if mine == theirs {
				continue
			}
			if theirs {
				dir = -dir // the other side has more: this side has less
			}
			v := verdictNo
			if dir > 0 == (b.v.scale[q.raw[c]] > 0) {
				v = verdictYes
			}
			if out != noVerdict && out != v {
				return noVerdict
			}
			out = v
		}
	}
	return out
}

// borrowed reports whether a Yes would rest on a word of the question that
// the fact has only in a name of something else it names: "scottish deal",
// a name of the Scottish pay offer, says nothing of a deal between the BMA
// and the Government. A word of a name counts when the question has that
// name's own names (its people, places, organisations), or the name has
// none; a word the fact's answer, example questions or the names of what
// it is about have always counts.
func (b *Base) borrowed(q *query, fact int32) bool {
	f := b.facts[fact]
	// Clipped: the names appended below must not write into the fact's
	// derived terms.
	also := slices.Clip(b.derived[fact]().questions)
	for _, id := range f.About {
		if j, ok := b.byID[id]; ok {
			for _, n := range b.ix.names[j] {
				also = append(also, n...)
			}
		}
	}
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] || b.ix.entity[t] || slices.Contains(b.derived[fact]().body, t) || slices.Contains(also, t) {
			continue
		}
		counts := false
		for _, n := range b.ix.names[fact] {
			if !slices.Contains(n, t) {
				continue
			}
			own := slices.DeleteFunc(slices.Clone(n), func(x string) bool { return !b.ix.entity[x] })
			if len(own) == 0 || slices.ContainsFunc(own, func(x string) bool { return slices.Contains(q.terms, x) }) {
				counts = true
				break
			}
		}
		if !counts && slices.ContainsFunc(b.ix.names[fact], func(n []string) bool { return slices.Contains(n, t) }) {
			return true
		}
	}
	return false
}

// saysAll reports whether an answer's terms have every subject word of
// the question: a Yes rests on what the answer says, not on its keywords.
func (b *Base) saysAll(q *query, terms []string) bool { return b.saysAllBut(q, terms, nil) }

// saysAllBut is saysAll but for the terms in except.
func (b *Base) saysAllBut(q *query, terms, except []string) bool {
	for i, t := range q.terms {
		// "not" (of "wouldn't"; "would not" reads as a stop word) is no
		// subject word: whether both deny is checked on its own.
		if !q.weak[i] && !q.context[i] && t != "not" && !slices.Contains(terms, t) && !slices.Contains(except, t) {
			return false
		}
	}
	return true
}

// unquoted drops the quoted speech of a text: a "no trade union" inside a
// quote does not deny the sentence around it.
func unquoted(s string) string {
	var out strings.Builder
	in := false
	for _, r := range s {
		switch {
		case r == '"' || r == '\u201c' || r == '\u201d':
			in = !in
		case !in:
			out.WriteRune(r)
		}
	}
	return out.String()
}

// endTerm reports whether a term stands for a word that asks when
// something ended ("finish" reads as "end").
func (v *vocab) endTerm(t string) bool { return v.endTerms[t] }

// factText is what the checks of an answer (the yes/no verdicts, mostly)
// read of one fact's text, worked out once with the rest of its derived
// data: each check split the text again for every question.
type factText struct {
	// words are the body's words (split, no phrases joined).
	words []string
	// figures and times are those of the whole answer, preamble too.
	figures []figure
	times   []string
	// undecided are the body's cues that something is still open.
	undecided []openCue
	// passives are the body's verbs with their agents.
	passives []passive
	// denial is what the body denies; rareDenial, outside quoted speech.
	denial, rareDenial denial
	// hypothetical are the terms the body has only after a hypothetical
	// word (see hypotheticalTerms).
	hypothetical map[string]bool
	// believed adds those only after a word of belief ("thought").
	believed map[string]bool
	// wished are the terms it has only in the rest of a clause after a
	// conditional or an expectation word ("if Hunt had agreed to lift his
	// threat", "expect that … talks will continue"): see wishedTerms.
	wished map[string]bool
	// names are the proper names its answer writes (see properNames).
	names []string
	// spoken are the body's words outside its quotes, where speaks looks
	// for who says something, and speech the places of its words of speech
	// (the quote type's pattern).
	spoken []string
	speech []int
}

// newFactText works out fact f's factText.
func (b *Base) newFactText(f *Fact) *factText {
	v := b.v
	t := &factText{
		words:      split(normalizeChars(f.body), nil),
		figures:    v.figures(f.Answer),
		times:      v.times(f.Answer),
		undecided:  v.openCues(f.body),
		passives:   b.passives(f.body),
		denial:     b.denialOf(f.body),
		rareDenial: b.denialOf(unquoted(f.body)),
		names:      properNames(f.Answer),
		spoken:     split(normalizeChars(unquoted(f.body)), nil),
	}
	t.hypothetical, _ = v.hypotheticalTerms(f.body, false, false)
	t.believed, _ = v.hypotheticalTerms(f.body, false, true)
	t.wished = v.wishedTerms(f.body)
	if qt := v.answerType("quote"); qt != nil && qt.pattern != nil {
		for i, w := range t.spoken {
			if qt.pattern.re.MatchString(w) {
				t.speech = append(t.speech, i)
			}
		}
	}
	return t
}

// placeAt finds the place fact one of whose names the words from the
// start of words spell ("Scotland", "Lewisham Hospital"), the longest
// name first: its index, or -1.
func (b *Base) placeAt(words []string) int32 {
	terms := b.v.terms(strings.Join(words[:min(len(words), maxPlaceWords)], " "), nil)
	best, n := int32(-1), 0
	for _, f := range b.places().facts {
		for _, name := range b.ix.names[f] {
			if len(name) > n && len(name) <= len(terms) && slices.Equal(name, terms[:len(name)]) {
				best, n = f, len(name)
			}
		}
	}
	return best
}

// maxPlaceWords is how many words after "in" a place's name may take.
const maxPlaceWords = 6

// placedIn lists the place facts that words put something in: those named
// straight after one of the vocabulary's place_in words ("in Scotland",
// "at the PRUH").
func (b *Base) placedIn(words []string) []int32 {
	var out []int32
	for i, w := range words {
		if !b.v.placeIn[w] || i+1 == len(words) {
			continue
		}
		if p := b.placeAt(words[i+1:]); p >= 0 && !slices.Contains(out, p) {
			out = append(out, p)
		}
	}
	return out
}

// endsWithPlace reports whether words end with place fact p's name after
// a place_in word, as far as terms go.
func (b *Base) endsWithPlace(words []string, p int32) bool {
	for i := len(words) - 2; i >= 0; i-- {
		if !b.v.placeIn[words[i]] {
			continue
		}
		rest := b.v.terms(strings.Join(words[i+1:], " "), nil)
		return slices.ContainsFunc(b.ix.names[p], func(n []string) bool { return slices.Equal(n, rest) })
	}
	return false
}

// placeSort is a place fact's sort: the first of its keywords that is one
// of the vocabulary's place_sorts ("country", "hospital"), or "".
func (b *Base) placeSort(f int32) string { return b.places().sort[f] }

// placeFacts are the place facts, in data-file order, with their sorts.
type placeFacts struct {
	facts []int32
	sort  map[int32]string
	// unmentioned are the gap facts about places the articles do not
	// mention, by a place sort among their keywords ("Wales and Northern
	// Ireland": "other nations"), with their sorts in sort too; terms has
	// every term but a sort's of the names of these and of the place facts.
	unmentioned []int32
	terms       map[string]bool
}

// newPlaces works out the place facts and each one's sort: the first of
// its keywords whose term is one of the vocabulary's place_sorts.
func (b *Base) newPlaces() placeFacts {
	out := placeFacts{sort: map[int32]string{}, terms: map[string]bool{}}
	for i, f := range b.facts {
		if f.Kind != KindPlace && f.Kind != KindGap {
			continue
		}
	sorts:
		for _, k := range f.Keywords {
			for _, t := range b.v.terms(k, nil) {
				if b.v.placeSorts[t] {
					out.sort[int32(i)] = t
					break sorts
				}
			}
		}
		switch _, sorted := out.sort[int32(i)]; {
		case f.Kind == KindPlace:
			out.facts = append(out.facts, int32(i))
		case sorted:
			out.unmentioned = append(out.unmentioned, int32(i))
		default:
			continue
		}
		for _, n := range b.ix.names[i] {
			for _, t := range n {
				out.terms[t] = !b.v.placeSorts[t] // "hospital" is every hospital's
			}
		}
	}
	return out
}

// placedSentence is one sentence of a fact's body as terms, with the
// places it puts something in.
type placedSentence struct {
	terms  []string
	places []placement
}

// placement is a place a sentence puts something in ("in England"): the
// place's fact and the number of the sentence's terms before its name.
type placement struct {
	place int32
	at    int
}

// placeClauseBreak splits a sentence into the clauses a place is said
// of: in "the pay offer to junior doctors in Scotland proved him wrong on
// no talks while strikes are planned" Scotland is not where the strikes
// are.
var placeClauseBreak = regexp.MustCompile(`\s(?:while|whilst|although|though|whereas|but|if|unless|[-\x{2013}\x{2014}])\s|;\s`)

// placedSentences works out fact f's placedSentence list, for placeVerdict.
func (b *Base) placedSentences(f int32) []placedSentence {
	var out []placedSentence
	var clauses []string
	for _, s := range sentences(b.facts[f].body) {
		clauses = append(clauses, placeClauseBreak.Split(s, -1)...)
	}
	for _, s := range clauses {
		ps := placedSentence{terms: b.v.terms(s, nil)}
		words := split(normalizeChars(s), nil)
		for i, w := range words {
			if !b.v.placeIn[w] || i+1 == len(words) {
				continue
			}
			if p := b.placeAt(words[i+1:]); p >= 0 {
				ps.places = append(ps.places, placement{place: p, at: len(b.v.terms(strings.Join(words[:i+1], " "), nil))})
			}
		}
		out = append(out, ps)
	}
	return out
}

// placeQuestion reads a yes/no question that puts something in a place
// ("is the five-day strike in Scotland?"): the place's fact and the
// question's other subject terms, or -1.
func (b *Base) placeQuestion(q *query) (place int32, subject []string) {
	if !q.yesNo {
		return -1, nil
	}
	// The place ends the question ("… in Scotland?"): "are junior
	// doctors in Scotland on strike?" asks about some of the doctors,
	// whom a fact about those in England says nothing of.
	in := b.placedIn(q.raw)
	if len(in) != 1 || b.placeSort(in[0]) == "" || !b.oneWordPlace(in[0]) || !b.endsWithPlace(q.raw, in[0]) {
		return -1, nil
	}
	own := func(t string) bool {
		return slices.ContainsFunc(b.ix.names[in[0]], func(n []string) bool { return slices.Contains(n, t) })
	}
	// A dispute's name ("the five-day strike") is what is put there;
	// its year and the generic words are not.
	for i, t := range q.terms {
		if (!q.weak[i] || q.context[i]) && !b.ix.years[t] && !own(t) {
			subject = append(subject, t)
		}
	}
	if len(subject) == 0 {
		return -1, nil
	}
	return in[0], subject
}

// placeVerdict decides a question putting something in a place from one
// fact: Yes when a sentence of it says the question's subject and names
// the place; No when a sentence says the subject and puts it in another
// place of the same sort ("junior doctors in England launched a five-day
// strike" against "is the five-day strike in Scotland?"); otherwise no
// verdict, however often the fact mentions the place elsewhere.
func (b *Base) placeVerdict(place int32, subject []string, fact int32) verdict {
	out := noVerdict
	sort := b.placeSort(place)
	for _, s := range b.placed[fact]() {
		terms := s.terms
		near := func(at int) bool {
			return !slices.ContainsFunc(subject, func(t string) bool {
				lo, hi := max(0, at-nearPlace), min(len(terms), at+nearPlace+1)
				return !slices.Contains(terms[lo:hi], t)
			})
		}
		for at, t := range terms {
			if slices.ContainsFunc(b.ix.names[place], func(n []string) bool { return len(n) > 0 && n[0] == t }) && near(at) {
				return verdictYes
			}
		}
		for _, pl := range s.places {
			if pl.place != place && b.placeSort(pl.place) == sort && near(pl.at) {
				out = verdictNo
			}
		}
	}
	return out
}

// nearPlace is how many terms from a place's name the words put there
// may be: "junior doctors in England launched a five-day strike".
const nearPlace = 6

// nearDay is how many terms from a weekday the words of what happened on
// it may be: "began the first all-out strike in NHS history on a Tuesday".
const nearDay = 8

// minDaySubject is how many subject words a sentence naming a day must
// have near it for the day to be the subject's when it lacks the others:
// one word ("appeal") may be another event's.
const minDaySubject = 2

// dayQuestion reads a yes/no question asking on which day of the week
// something happened ("was the all-out strike on a Monday?"): the term of
// the one weekday it names (by the weekday type's pattern) and its other
// subject terms, a dispute's name among them; "" when it names none or
// more than one.
func (b *Base) dayQuestion(q *query) (day string, subject []string) {
	wt := b.v.answerType("weekday")
	if !q.yesNo || wt == nil || wt.pattern == nil {
		return "", nil
	}
	for i, w := range q.raw {
		// "on a Monday" asks the day; "the Wednesday strike" names one.
		// (The words before first: they rule out most words without the
		// expression.)
		if !(i > 0 && q.raw[i-1] == "on" || i > 1 && (q.raw[i-1] == "a" || q.raw[i-1] == "the") && q.raw[i-2] == "on") || !wt.pattern.re.MatchString(w) {
			continue
		}
		if t := b.v.term(w); day != "" && day != t {
			return "", nil
		} else {
			day = t
		}
	}
	if day == "" {
		return "", nil
	}
	for i, t := range q.terms {
		if t != day && (!q.weak[i] || q.context[i]) && !b.ix.years[t] {
			subject = append(subject, t)
		}
	}
	if len(subject) == 0 {
		return "", nil
	}
	return day, subject
}

// dayVerdict decides a question asking on which weekday something happened
// from one fact's sentences. A day is the subject's when it is the day
// nearest a subject word, within nearDay terms of every subject word, or
// listed with such a day ("on Tuesday and again on Wednesday"). Yes when
// the day asked is; No when another day is and the day asked is only where
// another day is nearer the subject ("Monday, the day before Tuesday's
// strike") or in sentences saying none of it; otherwise no verdict: the
// day the fact names may be another event's ("Porter told the Today
// programme on Monday … during the strike").
func (b *Base) dayVerdict(day string, subject []string, fact int32) verdict {
	wt := b.v.answerType("weekday")
	// A subject word the fact does not have ("radio" of its "Radio 4")
	// binds nothing; those it has must be near.
	body := b.derived[fact]().body
	// But "did the strike start on a Wednesday?" against "on Tuesday and
	// again on Wednesday" asks which was first: a fact without the word
	// of starting or ending decides nothing.
	edge := func(t string) bool {
		return b.v.endTerm(t) || slices.ContainsFunc(b.v.claims.startWords, func(w string) bool { return b.v.term(w) == t })
	}
	if slices.ContainsFunc(subject, func(t string) bool { return edge(t) && !slices.Contains(body, t) }) {
		return noVerdict
	}
	subject = slices.DeleteFunc(slices.Clone(subject), func(t string) bool { return !slices.Contains(body, t) })
	if len(subject) == 0 {
		return noVerdict
	}
	yes, other, loose := false, false, false
	sentences := sentenceEnd.Split(b.facts[fact].body, -1)
	// whole: one sentence has every subject word.
	whole := slices.ContainsFunc(sentences, func(s string) bool {
		terms := b.v.terms(s, nil)
		return !slices.ContainsFunc(subject, func(t string) bool { return !slices.Contains(terms, t) })
	})
	for _, s := range sentences {
		terms := b.v.terms(s, nil)
		var days []int
		for at, t := range terms {
			if wt.pattern.re.MatchString(t) {
				days = append(days, at)
			}
		}
		if len(days) == 0 {
			continue
		}
		// The subject words this sentence has must all be near the day;
		// those it lacks may be in another sentence of the fact that has
		// the whole subject and says what the thing was ("Hunt appealed
		// directly to medics not to withdraw emergency cover", then "000
		// says Hunt appealed to medics on Monday"), if at least
		// minDaySubject of them are here to say it is the same thing.
		here := slices.DeleteFunc(slices.Clone(subject), func(t string) bool { return !slices.Contains(terms, t) })
		if len(here) < len(subject) && (len(here) < minDaySubject || !whole) {
			continue
		}
		near := func(at int) bool {
			lo, hi := max(0, at-nearDay), min(len(terms), at+nearDay+1)
			return !slices.ContainsFunc(here, func(t string) bool { return !slices.Contains(terms[lo:hi], t) })
		}
		bound := make([]bool, len(days))
		for j, t := range terms {
			if !slices.Contains(subject, t) {
				continue
			}
			best := -1
			for k, at := range days {
				if d := abs(at - j); d <= nearDay && (best < 0 || d < abs(days[best]-j)) {
					best = k
				}
			}
			if best >= 0 && near(days[best]) {
				bound[best] = true
			}
		}
		// A day listed with a bound one is bound too.
		for range 2 {
			for k := 0; k+1 < len(days); k++ {
				if bound[k] != bound[k+1] && !slices.ContainsFunc(terms[days[k]+1:days[k+1]], func(t string) bool { return !b.v.dayListWords[t] }) {
					bound[k], bound[k+1] = true, true
				}
			}
		}
		shadowed := false
		for k, at := range days {
			switch {
			case bound[k] && terms[at] == day:
				yes = true
			case bound[k]:
				other, shadowed = true, true
			}
		}
		says := slices.ContainsFunc(subject, func(t string) bool { return slices.Contains(terms, t) })
		if says && !shadowed && slices.Contains(terms, day) {
			loose = true
		}
	}
	switch {
	case yes:
		return verdictYes
	case other && !loose:
		return verdictNo
	}
	return noVerdict
}

// preferDay puts first, for a yes/no question asking on which weekday
// something happened, the best confident fact that says which day it was
// (see dayVerdict), if the best does not: "Porter told the Today
// programme on Monday" says nothing of when the strike was.
func (b *Base) preferDay(q *query, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 {
		return
	}
	if day, subject := b.dayQuestion(q); day != "" {
		b.preferVerdict(q, ranked, func(f int32) bool { return b.dayVerdict(day, subject, f) != noVerdict })
		b.preferOnlyDay(q, ranked)
	}
}

// preferPassive puts first, for a yes/no question asking a passive ("did
// Hunt say the Government would be blackmailed?"), the best confident
// fact that denies that passive ("would not be blackmailed"), if the best
// does not: it answers the very thing asked.
func (b *Base) preferPassive(q *query, ranked []scored) {
	if !q.yesNo || len(ranked) < 2 || !slices.ContainsFunc(q.raw[1:], func(w string) bool { return strings.HasSuffix(w, "ed") }) {
		return
	}
	b.preferVerdict(q, ranked, func(f int32) bool { return b.deniesPassive(q, b.derived[f]().text.denial) })
}
