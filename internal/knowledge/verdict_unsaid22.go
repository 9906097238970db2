package knowledge

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// This file holds session 22's checks for questions that ask a detail the
// articles leave out, where the best fact answers the question's topic
// and not the detail: an exact head count where the articles give only
// "thousands"; the figures themselves ("what were the weekend death
// statistics …?") where the fact reports only a claim about them; and an
// organisation the articles never name that shares its first word with
// one they do ("NHS England" beside "NHS Providers"); and who held a role
// before or after someone, which no article says; and whether people met
// in person, where the fact tells of letters and a call. Each answered as
// found would be a confident answer the articles cannot back.

// declineUnsaid22 applies this file's checks to a found answer to one
// clause: see meetingUnsaid, siblingName, successionAsked,
// exactCountUnsaid and figuresUnsaid.
func (b *Base) declineUnsaid22(q *query, question string, a *Answer) {
	if !a.Found || len(a.Facts) == 0 {
		return
	}
	fact, ok := b.byID[a.Facts[0]]
	if !ok {
		return
	}
	if q.yesNo {
		if b.meetingUnsaid(q, int32(fact)) && !strings.HasPrefix(a.Text, "Yes. ") && !strings.HasPrefix(a.Text, "No. ") {
			a.decline("", a.Text)
		}
		return
	}
	switch name := b.siblingName(q, question, int32(fact)); {
	case name != "":
		a.declineAs("The articles don't mention "+name, a.Text)
	case b.successionAsked(q) != "":
		a.decline(" who came "+b.successionAsked(q), a.Text)
	case b.exactCountUnsaid(q, int32(fact)):
		a.decline(" exactly how many", a.Text)
	default:
		if what := b.figuresUnsaid(q, int32(fact)); what != "" {
			a.decline(" what the "+what+" were", a.Text)
		}
	}
}

// exactCountUnsaid reports whether a question asks exactly how many (a
// count, with a detail_cues word: "exactly how many doctors walked
// out?") and the fact's answer counts only roughly: every figure it gives,
// years and article numbers aside, is a vague_counts word ("thousands").
func (b *Base) exactCountUnsaid(q *query, fact int32) bool {
	if !q.detail || !q.asks("count") {
		return false
	}
	answer := b.facts[fact].Answer
	words := split(normalizeChars(answer), nil)
	vague := false
	for _, g := range b.v.figures(answer) {
		if g.unit == yearUnit || b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			continue
		}
		if !b.v.vagueCounts[words[g.at]] {
			return false
		}
		vague = true
	}
	return vague
}

// figuresUnsaid is the thing a "what were the X statistics …?" question
// asks the figures of ("weekend death statistics"), when the fact's answer
// gives no figure at all (figuresGiven), or "". The
// question opens with "what" and a form of "be", then names X ending in a
// figure_nouns word; a figure or poll fact, or one whose curator said what
// it supplies, gives the figure it is about.
func (b *Base) figuresUnsaid(q *query, fact int32) string {
	v, raw := b.v, q.raw
	f := b.facts[fact]
	if len(raw) < 4 || raw[0] != "what" || !v.identity[raw[1]] || f.Kind == KindFigure || f.Kind == KindPoll || len(f.Supplies) > 0 {
		return ""
	}
	var thing []string
	for _, w := range raw[2:] {
		switch {
		case v.figureNouns[w]:
			if len(thing) == 0 {
				return ""
			}
			head := v.term(thing[len(thing)-1])
			if b.ix.disputeTerms[head] || b.figuresGiven(f.Answer) {
				return ""
			}
			return strings.Join(append(thing, w), " ")
		case v.isStop(w) && len(thing) == 0:
			continue // "what were the …"
		case v.isStop(w) || isDigitByte(w[0]) || len(thing) == 3:
			return ""
		default:
			thing = append(thing, w)
		}
	}
	return ""
}

// figuresGiven reports whether text gives a figure: a number that is
// no year and no part of a name ("BBC Radio 4", a capitalised word then
// its number). "57% supported" gives one for "what were the Ipsos Mori
// figures?", however far the pollster's name stands from it.
func (b *Base) figuresGiven(text string) bool {
	n := 0
	for _, g := range b.v.figures(text) {
		if g.unit != yearUnit && !b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			n++
		}
	}
	for _, m := range namedNumber.FindAllStringSubmatch(text, -1) {
		if !b.v.articleWords[strings.ToLower(m[1])] {
			n-- // "Article 000" is no figure to figures either
		}
	}
	return n > 0
}

// namedNumber is a number that is part of a name: "Radio 4".
var namedNumber = regexp.MustCompile(`\b([A-Z][A-Za-z]*) \d+\b`)

// capitalPair is two capitalised words in a row: a name ("NHS England").
var capitalPair = regexp.MustCompile(`\b([A-Z][A-Za-z]*) ([A-Z][A-Za-z]*)\b`)

// siblingName is a two-word name the question writes capitalised ("NHS
// England") that no article prints, whose first word begins a name of
// two words or more the facts know ("NHS Providers") that the fact
// mentions, or "": the question names another organisation than the one
// the fact is about, and the fact says nothing of it. The question's
// first word is skipped ("Who Is …" aside, it is capitalised anyway).
func (b *Base) siblingName(q *query, question string, fact int32) string {
	if len(q.names) < 2 && !upperCase(question) {
		// A pair the pattern counts is two capitalised words after the
		// first, both among the question's names: most questions have
		// fewer, and need not be searched.
		return ""
	}
	v := b.v
	for _, m := range capitalPair.FindAllStringSubmatchIndex(question, -1) {
		if m[0] == 0 {
			continue
		}
		first, second := question[m[2]:m[3]], question[m[4]:m[5]]
		w1, w2 := strings.ToLower(first), strings.ToLower(second)
		for _, w := range []*string{&w1, &w2} {
			// "Steve Barcley" is Steve Barclay misspelt, no other name.
			if _, ok := b.ix.idf[v.term(*w)]; !ok && !v.dict.has(*w) {
				if c := b.ix.typos().correct(*w); c != "" {
					*w = c
				}
			}
		}
		t1, t2 := v.term(w1), v.term(w2)
		sibling, same := false, false
		for _, al := range b.ix.aliases[t1] {
			if len(al.terms) < 2 {
				continue
			}
			if al.terms[1] == t2 {
				same = true
				break
			}
			if b.ix.has(fact, al.terms[1]) {
				sibling = true
			}
		}
		if same || !sibling || b.printed([]string{w1, w2}) {
			continue
		}
		return first + " " + second
	}
	return ""
}

// printed reports whether some article's line has the words run, as the
// question's words are read.
func (b *Base) printed(run []string) bool {
	for _, art := range b.articles {
		for _, line := range art.Lines {
			if containsRun(split(normalizeChars(line), nil), run) {
				return true
			}
		}
	}
	return false
}

// successionAsked is, for a "who" question asking who came before or
// after a person ("who was Health Secretary right before Steve Barclay?",
// "who came after Hunt as health secretary?"), the order word and the
// person's name ("before Steve Barclay"), or "". The name ends the
// question or comes before "as": "who spoke after Hunt said …" asks of a
// time, not of a successor. The articles give each person's role at the
// time only, and no one's predecessor or successor.
func (b *Base) successionAsked(q *query) string {
	raw := q.raw
	if len(raw) < 3 || raw[0] != "who" {
		return ""
	}
	for k := 1; k+1 < len(raw); k++ {
		if !b.v.orderWords[b.v.term(raw[k])] {
			continue
		}
		tail := raw[k+1:]
		end := slices.Index(tail, "as")
		if end < 0 {
			end = len(tail)
		}
		if end == 0 {
			continue
		}
		if who := b.personsNamed(tail[:end]); len(who) > 0 {
			return raw[k] + " " + b.facts[who[0]].Title
		}
	}
	return ""
}

// meetingUnsaid reports whether a yes/no question asks whether people met
// in person (a meeting_words phrase) and the fact's answer has none of
// those words: "a phone call between Hunt and the head of the BMA" neither
// confirms nor rules out a meeting.
func (b *Base) meetingUnsaid(q *query, fact int32) bool {
	words := b.derived[fact]().text.words
	asked := false
	for _, p := range b.v.meetingWords {
		if containsRun(words, p) {
			return false
		}
		asked = asked || containsRun(q.raw, p)
	}
	return asked
}
