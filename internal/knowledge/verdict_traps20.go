package knowledge

import (
	"slices"
	"strings"
	"unicode"
)

// This file holds session 20's checks that keep what the articles cannot
// answer from being answered: a question asking for someone or something
// by a role the articles never fill with a name ("which MP questioned
// Hunt?", "who's the prime minister the BMA called obstinate?", "what's
// the name of the pay review body?"), one asking for the holder of a role
// the answer never mentions ("who is the chief executive of Queen Mary's?"
// against a list of hospitals), one naming a group of workers and asking
// of them only what the answer does not say ("what pay rise do
// radiographers want?"), and one naming, in capitals, an acronym the facts
// do not know ("US doctors", "the USA"). A
// yes/no question opened by a word such as "so" is read from its yes/no
// word on (dropOpeners), so the yes/no checks see it.

// declineTraps20 applies this file's checks and those of
// verdict_traps20b.go to a found answer to one clause: see stopAcronym,
// staffAsked, unnamedRole, roleUnsaid and placeNoPerson.
func (b *Base) declineTraps20(q *query, question string, a *Answer) {
	if !a.Found || q.article > 0 {
		return
	}
	if b.stopAcronym(q, question) {
		a.decline("", trimLead(a.Text))
		return
	}
	if q.yesNo || q.compare || len(a.Facts) == 0 {
		return
	}
	fact, ok := b.byID[a.Facts[0]]
	var staff staffAsk
	if ok {
		staff = b.staffAsked(q, int32(fact))
	}
	if staff.groupOnly() {
		a.decline("", a.Text)
		return
	}
	b.declineRole(q, a, fact, ok)
	if !a.Found || !ok {
		return
	}
	b.declineStance(q, a, int32(fact), staff)
}

// declineRole declines a found answer to a question asking for someone
// by a role (see roleAt) that the articles never fill with a name
// (unnamedRole: that fact answers, as not found) or that the answer never
// mentions (roleUnsaid). fact is the answer's first fact, if ok.
func (b *Base) declineRole(q *query, a *Answer, fact int, ok bool) {
	at := b.roleAt(q)
	if at < 0 {
		return
	}
	if f := b.unnamedRole(q, at); f >= 0 && (q.raw[at-1] == "which" || q.asks("person")) {
		// "what's the BMA say about …" asks a quote, not who the BMA is.
		// The articles say they never name the one asked: that fact
		// answers, as not found.
		named := Answer{Question: a.Question, Sources: []Source{}, Suggestions: []string{}, Score: a.Score}
		b.fill(&named, []int32{f})
		named.Found = false
		*a = named
		return
	}
	if ok {
		if head := b.roleUnsaid(q, at, int32(fact)); head != "" {
			why := " which " + head
			if q.raw[0] == "who" {
				why = " who the " + head + " is"
			}
			a.decline(why, a.Text)
		}
	}
}

// roleAt is where in the question's raw words the role it asks for
// begins: after "which" ("which MP …"), or after "who" or "what", any
// identity words, "the" and a "name of the" ("who is the chief executive
// of …", "what's the name of the pay review body …"); -1 when the
// question asks no role so.
func (b *Base) roleAt(q *query) int {
	raw := q.raw
	for i, w := range raw {
		switch w {
		case "which":
			if i+1 < len(raw) {
				return i + 1
			}
			return -1
		case "who", "what":
			j := i + 1
			for j < len(raw) && b.v.identity[raw[j]] {
				j++
			}
			if j >= len(raw) || raw[j] != "the" {
				return -1 // "who is Jeremy Hunt?" names whom it asks about
			}
			j++
			if j+1 < len(raw) && raw[j] == "name" && raw[j+1] == "of" {
				j += 2
				if j < len(raw) && (raw[j] == "the" || raw[j] == "a") {
					j++
				}
			}
			if j < len(raw) {
				return j
			}
			return -1
		}
		if slices.Contains(b.v.questionWords, w) {
			return -1 // "when did the head of the BMA …" asks no role
		}
	}
	return -1
}

// unnamedRole is the fact whose answer says the articles never name the
// role the question asks for from raw word at on, one of its own aliases
// ("the article never names the Prime Minister"), or -1. Its dispute must
// be the one asked, if any. An alias that stops short of a head word of the
// role ("party" of "which party leader …") names something else.
func (b *Base) unnamedRole(q *query, at int) int32 {
	var asked []string
	head := 0 // the alias must reach a head word among the role's first two words
	for _, w := range q.raw[at:] {
		if !b.v.isStop(w) {
			if b.v.heads[w] && len(asked) < 2 && head == 0 {
				head = len(asked) + 1
			}
			asked = append(asked, b.v.term(w))
		}
	}
	if len(asked) == 0 || b.v.sortNames[asked[0]] != "" {
		return -1 // "which party …" is sortUnnamed's to check
	}
	person := slices.IndexFunc(b.v.types, func(t answerType) bool { return t.name == "person" })
	if person < 0 {
		return -1
	}
	for _, al := range b.ix.aliases[asked[0]] {
		if len(al.terms) > len(asked) || len(al.terms) < head || !slices.Equal(al.terms, asked[:len(al.terms)]) {
			continue
		}
		denied := b.derived[al.fact]().denials[person]
		if !slices.ContainsFunc(al.terms, func(t string) bool { return !slices.Contains(denied, t) }) && !b.wrongDispute(q, al.fact) {
			return al.fact
		}
	}
	return -1
}

// roleUnsaid is the role the question asks for from raw word at on, up to
// its head words ("chief executive"), when one of the vocabulary's
// head_words among its first two words is one the fact's answer never
// uses, or "": "who is the chief executive of Queen Mary's?" is not
// answered by the hospital's place in a list.
func (b *Base) roleUnsaid(q *query, at int, fact int32) string {
	body := b.derived[fact]().body
	for j := at; j < len(q.raw) && j < at+2; j++ {
		w := q.raw[j]
		if b.v.isStop(w) {
			return ""
		}
		if b.v.heads[w] {
			if slices.Contains(body, b.v.term(w)) {
				return ""
			}
			end := j + 1
			for end < len(q.raw) && b.v.heads[q.raw[end]] {
				end++ // "chief executive"
			}
			if end < len(q.raw) && !b.v.isStop(q.raw[end]) && !b.v.heads[q.raw[end]] && b.v.term(q.raw[end]) != "" {
				return "" // "the hospital trusts' spokesperson": the head word qualifies the noun after it, which is the one asked
			}
			return strings.Join(q.raw[at:end], " ")
		}
	}
	return ""
}

// stopAcronym reports whether the question names, in capitals inside
// mixed-case text, an acronym the facts do not know ("have US doctors
// done this?", "what about doctors in the USA?"): read in lower case it is
// a stop word or would be typo-corrected into another word ("use"), yet
// it names a place or body the articles never mention. An acronym after
// a number is its unit ("8 AM"); one offered as a choice ("BBC or ITV?")
// is the answer's to rule out, as is one of the vocabulary's value_sorts
// ("was the poll for ITV News?" is No: it was for BBC News).
func (b *Base) stopAcronym(q *query, question string) bool {
	if len(q.names) == 0 {
		return false // most questions: no capitalised word inside them
	}
	fields := strings.Fields(question)
	for i := 1; i < len(fields); i++ {
		w := strings.TrimFunc(fields[i], func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
		if len(w) < 2 || strings.TrimFunc(w, func(r rune) bool { return 'A' <= r && r <= 'Z' }) != "" {
			continue
		}
		if prev := fields[i-1]; prev[len(prev)-1] >= '0' && prev[len(prev)-1] <= '9' {
			continue // "from 8 AM"
		}
		if strings.EqualFold(fields[i-1], "or") || i+1 < len(fields) && strings.EqualFold(fields[i+1], "or") || strings.HasSuffix(fields[i], ",") {
			continue // "BBC or ITV?": one choice of several, which the answer makes
		}
		t := b.v.term(strings.ToLower(w))
		if _, known := b.ix.idf[t]; !known && !slices.ContainsFunc(b.v.valueSorts, func(m sortMember) bool { return slices.Contains(m.terms, t) }) {
			return true
		}
	}
	return false
}

// dropOpeners drops the words a question opens with before a yes/no word
// (the vocabulary's openers: "so did the govt accept the 6.5% in the
// end?" asks "did the govt accept …?"), so that it is read as the yes/no
// question it is. Other questions are left as they are.
func (v *vocab) dropOpeners(raw []string) []string {
	n := 0
	for n < len(raw) && v.openers[raw[n]] {
		n++
	}
	if n == 0 || n+1 >= len(raw) || !v.yesNo[raw[n]] {
		return raw
	}
	return raw[n:]
}

// staffAsk is how the words a question asks (not weak ones, nor those
// naming the dispute) stand to a fact's answer and the vocabulary's
// staff_groups: whether one names a group of workers, whether such a
// group is one the answer does not say, whether another word is asked,
// and whether the answer says one of those.
type staffAsk struct{ group, groupUnsaid, other, otherSaid bool }

// staffAsked classifies the question's words against the fact's answer
// (see staffAsk).
func (b *Base) staffAsked(q *query, fact int32) staffAsk {
	var s staffAsk
	var said []string
	for i, t := range q.terms {
		if q.weak[i] || q.context[i] {
			continue
		}
		if said == nil {
			said = b.derived[fact]().said
		}
		in := slices.Contains(said, t)
		if b.v.staffGroups[t] {
			s.group = true
			s.groupUnsaid = s.groupUnsaid || !in
		} else {
			s.other = true
			s.otherSaid = s.otherSaid || in
		}
	}
	return s
}

// groupOnly reports whether a question naming a group of workers shares
// nothing with the fact's answer but that group: "what pay rise do
// radiographers want?" is not answered by the radiographers' two-day
// strike, nor "what do ambulance workers want?" by their support in a
// poll. Every other word it asks of them the fact does not say.
func (s staffAsk) groupOnly() bool {
	return s.group && !s.groupUnsaid && s.other && !s.otherSaid
}

// groupAlone reports whether a question names a group of workers and
// asks no other word of them ("what do nurses want?").
func (s staffAsk) groupAlone() bool {
	return s.group && !s.other
}
