package knowledge

import (
	"slices"
	"strings"
)

// Rules for yes/no questions that carry a wrong detail, a value the facts
// fill with another: the answer is "No", citing what the articles do say,
// not "the articles don't say".

// checkedSignal reports whether a term of a yes/no question is a value
// it checks rather than a name of a dispute, and sets it aside: a clock
// time ("did the five-day strike's pickets start at 8am?") is not a name
// of the dispute whose facts happen to have it, so it names none when
// another term of the question does (addCheckedSignal).
func (b *Base) checkedSignal(q *query, t string) bool {
	if !q.yesNo || !isTimeTerm(t) {
		return false
	}
	q.checkedTimes = append(q.checkedTimes, t)
	return true
}

// addCheckedSignal adds the clock times checkedSignal set aside to the
// question's dispute signal when no other term named a dispute: "did the
// strike start at 8am?" is still about the strike with 8am.
func (b *Base) addCheckedSignal(q *query, signal map[Dispute]float64) {
	if len(signal) > 0 {
		return
	}
	for _, t := range q.checkedTimes {
		if d, ok := b.ix.dispute[t]; ok {
			signal[d] += b.signalWeight(t)
		}
	}
}

// unconfirmed reports whether a yes/no question asks whether something
// was settled with a word the facts know only the opposite of ("has the
// Government confirmed it will accept the recommendations?" against
// "amid speculation that the Government would say whether …"): an answer
// saying it was still open answers No, it was not confirmed, where
// "did the Government accept them?" stays open.
func (b *Base) unconfirmed(q *query, body []string) bool {
	return slices.ContainsFunc(q.opposed, func(t string) bool {
		return slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(body, o) })
	})
}

// timesToo checks a Yes from the figures against the clock times asked:
// "did the five-day strike's pickets start at 8am?" has its five days
// right and its time wrong ("from 7am"), so No.
func timesToo(v verdict, q *query, given []string) verdict {
	if v == verdictYes && compareTimes(timesIn(q.raw), given) == verdictNo {
		return verdictNo
	}
	return v
}

// sortMember is one value of a sort in the vocabulary's value_sorts: a
// country, a pollster, a broadcaster, a party, a group of staff, a person.
type sortMember struct {
	sort, text string
	words      []string // as vocab.words reads text ("radio 4" is "radio4")
	terms      []string // the words' terms, worked out once at load for memberAt
}

// readValueSorts reads value_sorts, longest spelling first so that "bbc
// breakfast" is tried before "bbc"; bad reports and skips a bad entry.
func (v *vocab) readValueSorts(sorts map[string][]string, bad func(string) bool) []sortMember {
	var out []sortMember
	for sort, members := range sorts {
		for _, m := range members {
			if bad(m) {
				continue
			}
			if w := v.words(m); len(w) > 0 {
				out = append(out, sortMember{sort: sort, text: m, words: w, terms: v.termsOf(w)})
			}
		}
	}
	slices.SortFunc(out, func(a, b sortMember) int {
		if c := len(b.words) - len(a.words); c != 0 {
			return c
		}
		return strings.Compare(a.text, b.text)
	})
	return out
}

// termsOf is each raw word's term, in order.
func (v *vocab) termsOf(raw []string) []string {
	out := make([]string, len(raw))
	for i, w := range raw {
		out[i] = v.term(w)
	}
	return out
}

// memberAt is where a sort member's words start in raw, or -1; terms
// compare, so "nurse" meets "nurses". terms are raw's terms, worked out
// by the caller once for all the members it tries.
func memberAt(raw, terms []string, m sortMember) int {
	for i := 0; i+len(m.words) <= len(raw); i++ {
		ok := true
		for j, w := range m.words {
			if raw[i+j] != w && terms[i+j] != m.terms[j] {
				ok = false
				break
			}
		}
		if ok {
			return i
		}
	}
	return -1
}

// inPredicate reports whether the words of a yes/no question before at
// (where a value stands) end its subject first, so that the value is
// what the question says of a subject ("were the 125,000 cancellations
// across Wales's hospitals?") rather than part of the subject itself
// ("did junior doctors in Wales strike?", "is there a strike in Wales?"),
// of which the articles may say nothing. "Was it … who …" puts its value
// in the slot asked.
func (b *Base) inPredicate(raw []string, at int) bool {
	if at < 2 {
		return false
	}
	switch raw[1] {
	case "there":
		return false
	case "it":
		return true
	}
	// The longest name the question opens with ("junior doctors", not
	// "junior") ends its subject, unless a place or part of it follows
	// ("junior doctors in Wales" names whom it is about).
	for j := at; j >= 2; j-- {
		if !b.v.isStop(raw[j-1]) && (len(b.personsNamed(raw[1:j])) > 0 || len(b.namedBy(b.ix.orgs, raw[1:j])) > 0) {
			if !b.v.placeIn[raw[j]] && raw[j] != "of" {
				return true // "was Corbyn the …", "did Porter say …"
			}
			break
		}
	}
	for _, w := range raw[2:at] {
		if b.v.slotBreaks[w] || !b.v.isStop(w) && b.v.modifiers.has(w) {
			return true
		}
	}
	return false
}

// wrongValue answers No to a yes/no question the articles settle with
// another value of the slot it fills with a wrong one ("was the 2016 poll
// done by YouGov?": Ipsos Mori; "did Porter say nurses would provide the
// cover?": consultants), where answering declined it as a subject they
// do not cover. The value is one of the vocabulary's value_sorts, put in
// the question's predicate, not its subject; and the question with
// exactly one other value of its sort is answered Yes by a fact that
// lacks the one asked. Otherwise a stays as it is.
func (b *Base) wrongValue(q *query, question string, a Answer) Answer {
	if a.Found && !strings.HasPrefix(a.Text, "No. ") {
		// A Yes, or an answer led with no verdict at all ("was it Mark
		// Porter who argued talks should go on to the last minute?"
		// against his phone call with Hunt), is checked against who said
		// it.
		return b.cleftYes(q, a)
	}
	if a.Found || len(b.v.valueSorts) == 0 {
		return a
	}
	if said := b.cleftYes(q, a); said.Text != a.Text {
		// "did Porter say talks should continue to the last minute?",
		// declined for the dispute Porter names: still declined, but
		// with the BMA leaders' words of the other.
		return said
	}
	// A lead-in clause ("In the five-day strike piece, did …?", as
	// analyze found it) is kept as it is, before the question the rule
	// reads.
	lead := ""
	raw := q.words
	if q.lead > 0 {
		i := strings.IndexByte(question, ',')
		lead, question = question[:i+1]+" ", question[i+1:]
		raw = b.v.words(question)
	}
	// "Did junior doctors in Wales join the walkout too?" asks whether
	// others did it as well; "was it Cameron who joined the march?" asks
	// who did it.
	if len(raw) < 3 || !b.v.yesNo[raw[0]] || raw[1] != "it" && slices.ContainsFunc(raw, func(w string) bool { return b.v.additive[w] }) && !b.describedAdditive(raw) {
		return a
	}
	// The value asked is the first (longest) one in the predicate: "was
	// Jeremy Corbyn the Tory leader?" asks the party, not the person.
	var asked *sortMember
	at := -1
	values := b.valuesIn(raw)
	if raw[1] == "it" {
		// "Was it Ed Miliband who marched on Downing Street?" asks the
		// value its cleft puts first, however long a later one is.
		for _, v := range values {
			if v.at == 2 {
				asked, at = v.m, v.at
				break
			}
		}
	}
	for _, v := range values {
		if m, k := v.m, v.at; b.inPredicate(raw, k) || b.identitySubject(raw, k, len(m.words)) {
			if asked != nil && asked.sort == m.sort && (k < at || k >= at+len(asked.words)) {
				return a // two values of one sort: a comparison
			}
			if asked == nil {
				asked, at = m, k
			}
		}
	}
	if asked == nil || raw[1] != "it" && (raw[at-1] == "a" || raw[at-1] == "an") {
		// "is Mark Porter a GP?" asks what he is, which the articles
		// need not say; the cover consultants give is no answer. A
		// cleft's "was it a YouGov poll that …?" still asks its slot.
		return a
	}
	if no, ok := b.cleftValue(raw, at, asked, a); ok {
		return no
	}
	var yes Answer
	var same *sortMember // the other value whose question got the Yes
	for _, m := range b.v.valueSorts {
		if m.sort != asked.sort || m.text == asked.text || !b.knowsAll(m.words) || memberAt(m.words, m.terms, *asked) >= 0 || memberAt(asked.words, asked.terms, m) >= 0 {
			continue
		}
		other := append(append(slices.Clone(raw[:at]), m.words...), raw[at+len(asked.words):]...)
		s := b.answer(lead+strings.Join(other, " "), nil)
		if !s.Found || !strings.HasPrefix(s.Text, "Yes. ") || b.factsHave(s.Facts, asked.words) || !b.statesValue(s.Facts, m.words) {
			continue
		}
		if yes.Found && (memberAt(m.words, m.terms, *same) >= 0 || memberAt(same.words, same.terms, m) >= 0) {
			continue // "barclay" after "steve barclay": the same one
		}
		if yes.Found {
			return a // two other values fit: the slot is not one value's
		}
		yes, same = s, &m
	}
	if !yes.Found {
		return a
	}
	yes.Question = a.Question
	yes.Text = "No. " + strings.TrimPrefix(yes.Text, "Yes. ")
	return yes
}

// knowsAll reports whether the facts know every term of words.
func (b *Base) knowsAll(words []string) bool {
	for _, w := range words {
		if _, ok := b.ix.idf[b.v.term(w)]; !ok && !b.v.isStop(w) {
			return false
		}
	}
	return true
}

// factsHave reports whether the first of the facts (by id) has every
// content term of words in its answer: a Yes from it would say the value
// asked as well.
func (b *Base) factsHave(ids []string, words []string) bool {
	have := b.firstAnswer(ids)
	return have != nil && !slices.ContainsFunc(b.contentTerms(words), func(t string) bool { return !slices.Contains(have, t) })
}

// statesValue reports whether the first of the facts (by id) has the
// value's words together in its answer: a Yes that matched "NHS" and
// "England" apart ("NHS Providers … in England") does not say "NHS
// England".
func (b *Base) statesValue(ids []string, words []string) bool {
	return containsRun(b.firstAnswer(ids), b.contentTerms(words))
}

// firstAnswer is the terms of the answer of the first of the facts (by
// id), or nil.
func (b *Base) firstAnswer(ids []string) []string {
	if len(ids) == 0 {
		return nil
	}
	if f, ok := b.Fact(ids[0]); ok {
		return b.v.terms(f.Answer, nil)
	}
	return nil
}

// contentTerms is the terms of words that are no stop words.
func (b *Base) contentTerms(words []string) []string {
	var out []string
	for _, w := range words {
		if !b.v.isStop(w) {
			out = append(out, b.v.term(w))
		}
	}
	return out
}

// cleftValue answers "was it X who …?" (or "… that …?") No when "who …?"
// is answered by a fact stating another value Y of X's sort and not X,
// and "did Y …?" is answered Yes: "was it David Cameron who joined the
// junior doctors marching on Downing Street?" against Corbyn's fact. A
// "who …?" merely mentioning Y ("his threat to impose the contract") is
// no No. ok is false when that is not so.
func (b *Base) cleftValue(raw []string, at int, asked *sortMember, a Answer) (Answer, bool) {
	end := at + len(asked.words)
	if end+2 < len(raw) && !b.v.isStop(raw[end]) && (raw[end+1] == "who" || raw[end+1] == "that") {
		end++ // "was it an Ipsos Mori poll that …?": the value's noun
	}
	if raw[1] != "it" || end+1 >= len(raw) || raw[end] != "who" && raw[end] != "that" {
		return a, false
	}
	s := b.answer("who "+strings.Join(raw[end+1:], " "), nil)
	if !s.Found || b.factsHave(s.Facts, asked.words) {
		return a, false
	}
	if no, ok := b.cleftSpeaker(raw, end, asked, s, a); ok {
		return no, true
	}
	for _, m := range b.v.valueSorts {
		if m.sort != asked.sort || m.text == asked.text || !b.statesValue(s.Facts, m.words) {
			continue
		}
		did := b.answer("did "+strings.Join(m.words, " ")+" "+strings.Join(raw[end+1:], " "), nil)
		if !did.Found || !strings.HasPrefix(did.Text, "Yes. ") || b.factsHave(did.Facts, asked.words) {
			return a, false
		}
		did.Question = a.Question
		did.Text = "No. " + strings.TrimPrefix(did.Text, "Yes. ")
		return did, true
	}
	return a, false
}

// relativeWords open a clause describing the noun before them: "the
// Labour leader who joined the march". English has these relative
// pronouns and no others a question would use, so they stay in Go.
var relativeWords = []string{"who", "that", "which"}

// describedAdditive reports whether every additive word of raw opens a
// relative clause's verb ("was the Labour leader who joined the march
// Keir Starmer?"): the clause says which person the subject is, and the
// question asks who that is, not whether someone else did it as well.
func (b *Base) describedAdditive(raw []string) bool {
	for i, w := range raw {
		if b.v.additive[w] && (i == 0 || !slices.Contains(relativeWords, raw[i-1])) {
			return false
		}
	}
	return true
}

// identitySubject reports whether the value of n words at raw[at] is the
// subject of an identity question whose predicate is a role naming
// people's facts ("was Andrew Lansley the health secretary during the
// all-out strike?"): "was X the role?" asks the same as "was the role
// X?", so the value is the slot asked about either way.
func (b *Base) identitySubject(raw []string, at, n int) bool {
	if at != 1 || !b.v.identity[raw[0]] || at+n >= len(raw) || raw[at+n] != "the" {
		return false
	}
	terms := make([]string, len(raw))
	for i, w := range raw {
		terms[i] = b.nameTerm(w)
	}
	return len(b.personsLeading(raw, terms, at+n, len(raw))) > 0
}
