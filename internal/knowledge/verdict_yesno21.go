package knowledge

import (
	"slices"
	"strings"
)

// This file holds the yes/no checks of session 21: a question putting one
// dispute's strike under the subject of another ("is the five-day strike
// about a new contract rather than pay?"), answered No with the overview
// of the strike asked about, whatever fact ranked first.

// overviewClash finds, for a yes/no question saying what a strike or an
// article is about ("is the five-day walkout about a new contract?", "was
// the 5 day strike about the contract like the first one?", "is the News
// Shopper article about the pay strike?"), the overview fact of the one
// dispute its subject names when what the question puts it under names
// only another: its index, or -1.
//
// The subject is the words between the yes/no word and the first of the
// vocabulary's overview_subjects ("about", "over", "for"), every one of
// them a word of one dispute's names (or the name of an article, which is
// its dispute's). What it is put under is read from the words after that:
// their first content words up to one no dispute's name has are the
// predicate's head ("a new contract" of "a new contract for weekend
// working"), and must name only the other dispute. The rest may add a
// claim of its own ("for weekend working"), but not a word only the
// subject's dispute has, unless after a word of reference ("than": "rather
// than pay" sets pay aside): "was the all-out strike over pay and a new
// contract?" names both, and stays open. A question both disputes' names
// could be ("was the strike about pay?") names no one subject.
func (b *Base) overviewClash(q *query) int32 {
	raw := q.raw
	if !q.yesNo || len(b.disputes) < 2 || b.questionDenies(q) {
		return -1
	}
	link := -1
	for i := 2; i+1 < len(raw); i++ {
		if b.v.aboutWords[raw[i]] {
			link = i
			break
		}
	}
	if link < 0 {
		return -1
	}
	// owner is the one dispute whose names have t; nil for none, and
	// shared for several ("strike", "dispute": every dispute's).
	shared := &DisputeInfo{}
	owner := func(t string) *DisputeInfo {
		switch ds := b.ix.owners[t]; len(ds) {
		case 0:
			return nil
		case 1:
			return ds[0]
		}
		return shared
	}
	// only is the one dispute the terms name, every one of them a word of
	// some dispute's names; nil when they name none or several.
	only := func(terms []string) *DisputeInfo {
		var one *DisputeInfo
		for _, t := range terms {
			switch d := owner(t); {
			case d == nil:
				return nil // a word no dispute's name has: a claim of its own
			case d == shared:
				continue
			case one != nil && one != d:
				return nil
			default:
				one = d
			}
		}
		return one
	}
	subject := only(b.contentTerms(raw[1:link]))
	if subject == nil {
		subject = b.articleSubject(q, raw[1:link])
	}
	if subject == nil {
		return -1
	}
	// The predicate's head: its first content words, up to one no
	// dispute's name has.
	rest := raw[link+1:]
	head := 0
	for head < len(rest) && (b.v.isStop(rest[head]) || owner(b.v.term(rest[head])) != nil) {
		head++
	}
	other := only(b.contentTerms(rest[:head]))
	if other == nil || other == subject {
		return -1
	}
	referred := false
	for _, w := range rest[head:] {
		if b.v.reference[w] {
			referred = true
		}
		if !referred && !b.v.isStop(w) && owner(b.v.term(w)) == subject {
			return -1 // "over pay and a new contract": both disputes'
		}
	}
	f, ok := b.byID[subject.Overview]
	if !ok {
		return -1
	}
	return int32(f)
}

// articleSubject is the dispute of the article a yes/no question names as
// its subject ("is the News Shopper article about …?"): words that are
// all stop words, words for an article or terms of the article's name; nil
// otherwise.
func (b *Base) articleSubject(q *query, words []string) *DisputeInfo {
	if q.article == 0 {
		return nil
	}
	for _, w := range words {
		if b.v.isStop(w) || b.v.articleWords[w] {
			continue
		}
		t := b.v.term(w)
		named := false
		for k, qt := range q.terms {
			if qt == t && q.source[k] {
				named = true
			}
		}
		if !named {
			return nil
		}
	}
	d, _ := b.DisputeByID(b.articles[q.article-1].Dispute)
	return d
}

// premiseOverview answers No, with the overview of the strike asked about,
// a yes/no question whose subject and what it is put under name different
// disputes (see overviewClash), however the ranking answered it: a Yes from
// a fact comparing both disputes says both subjects, not that one strike
// was about the other's. An answer already led with No stays.
func (b *Base) premiseOverview(q *query, a *Answer) {
	if strings.HasPrefix(a.Text, "No") {
		return
	}
	f := b.overviewClash(q)
	if f < 0 {
		return
	}
	no := Answer{Question: a.Question, Sources: []Source{}, Suggestions: []string{}}
	b.fill(&no, []int32{f})
	no.Text = "No. " + no.Text
	no.Found, no.Score = true, a.Score
	no.Suggestions, no.Related = b.suggest(nil, []int32{f})
	*a = no
}

// monthNames reports whether a month word of a question is only part of a
// dispute's name ("the April strike", an alias of the contract dispute):
// its term is context there, and the question asks nothing of the month.
func (b *Base) monthNames(q *query, w string) bool {
	t := b.v.term(w)
	for k, qt := range q.terms {
		if qt == t && !q.context[k] {
			return false
		}
	}
	return slices.Contains(q.terms, t)
}

// checkMarks are the marks that may stand between a claim and a check tag
// after it ("…. Accurate?", "… - true?", "…, correct?").
var checkMarks = []string{". ", "? ", "! ", " - ", " – ", " — ", ", ", ": ", "; ", "… "}

// maxSourceWords is how many words a check source may name after its word
// ("…, per the local paper?").
const maxSourceWords = 4

// uncheck reads a claim put to be checked as the yes/no question it asks
// (vocabulary check_leads, check_tags, check_sources): "Claim: 57% of the
// public backed the doctors. True?" asks "is it true that 57% of the
// public backed the doctors?", and "Ipsos Mori found 67% support - accurate?"
// whether it did. A claim already a yes/no question keeps its own words
// ("was it 57%, correct?" asks "was it 57%?"); one asking with a question
// word ("fact check: who joined the march?") is that question. Anything
// else is left as it is. Every question passes here: prefixes and
// suffixes compared, nothing allocated unless one is found.
func (v *vocab) uncheck(question string) string {
	s := strings.TrimRight(question, " ?.!\t\n")
	framed := false
	// A tag after a mark ends the claim.
tags:
	for _, tag := range v.checkTags {
		n := len(s) - len(tag)
		if n < 1 || len(tag) > 0 && !foldByte(s[len(s)-1], tag[len(tag)-1]) || !strings.EqualFold(s[n:], tag) {
			continue
		}
		for _, m := range checkMarks {
			if n >= len(m) && s[n-len(m):n] == m {
				s, framed = strings.TrimRight(s[:n-len(m)], " ,;:-"), true
				break tags
			}
		}
	}
	// A lead, with a mark or, for one of several words, a space after it,
	// starts it.
	led := false
	for _, lead := range v.checkLeads {
		if len(s) <= len(lead) || len(lead) > 0 && !foldByte(s[0], lead[0]) || !strings.EqualFold(s[:len(lead)], lead) {
			continue
		}
		after := strings.TrimLeft(s[len(lead):], " ")
		switch {
		case after == "":
			continue
		case after[0] == ':' || after[0] == ',' || after[0] == '-':
		case s[len(lead)] == ' ' && strings.Contains(lead, " "):
		default:
			continue
		}
		s, framed, led = strings.TrimLeft(s[len(lead):], " :,-"), true, true
		break
	}
	if !led {
		var described bool
		s, described = v.describedLead(s)
		framed = framed || described
	}
	sourced := false
	if !framed && strings.HasSuffix(strings.TrimRight(question, " \t\n"), "?") {
		// "…, per Barclay?": a statement asked, with whose it is.
		if at := strings.LastIndex(s, ", "); at > 0 {
			tail := s[at+2:]
			sourced = len(strings.Fields(tail)) <= 1+maxSourceWords && slices.ContainsFunc(v.checkSources, func(src string) bool {
				return len(tail) > len(src) && (len(src) == 0 || foldByte(tail[0], src[0])) && strings.EqualFold(tail[:len(src)], src) && tail[len(src)] == ' '
			})
		}
	}
	if !framed && !sourced {
		return question
	}
	w := split(normalizeChars(s), nil)
	switch {
	case len(w) < 2:
		return question
	case sourced && slices.ContainsFunc(w, func(x string) bool { return slices.Contains(v.questionWords, x) && !v.yesNo[x] }):
		// "roughly how many started it, according to the local paper?"
		// asks how many: only a statement is a claim.
		return question
	case v.yesNo[w[0]] || slices.Contains(v.questionWords, w[0]):
		return s + "?"
	}
	return "is it true that " + s + "?"
}

// maxLeadWords is how many words may describe a lead before its colon:
// "picket line rumour:".
const maxLeadWords = 3

// describedLead strips a lead of one word that a few words describe and a
// colon ends ("picket line rumour: consultants are striking …"), reporting
// whether it found one; s is returned as it is otherwise.
func (v *vocab) describedLead(s string) (string, bool) {
	at := strings.IndexByte(s, ':')
	if at < 0 {
		return s, false
	}
	words := strings.Fields(s[:at])
	if len(words) < 2 || len(words) > 1+maxLeadWords || at+1 >= len(s) {
		return s, false
	}
	last := strings.ToLower(words[len(words)-1])
	if !slices.Contains(v.checkLeads, last) {
		return s, false
	}
	return strings.TrimLeft(s[at+1:], " "), true
}
