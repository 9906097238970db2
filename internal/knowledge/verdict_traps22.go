package knowledge

import (
	"slices"
	"strconv"
	"strings"
)

// This file holds session 22's checks that keep what the articles cannot
// answer from being answered as found: a sum ("whats 2+2"), which is no
// question about the strikes and gets small talk's reply; a question
// asking the bot's own view ("do u think the doctors r right"), which the
// articles, reporting each side, cannot give; and a question about a
// year that no dispute declares and no article prints ("what did the BMA
// announce in 2024?").

// sum reports whether a message is a sum and nothing else (the
// vocabulary's arithmetic pattern): "whats 2+2", "what is 12 x 3?". norm
// is the message trimmed and normalized (normalizeChars).
func (v *vocab) sum(norm string) bool {
	return v.arithmetic != nil && v.arithmetic.MatchString(norm)
}

// declineTraps22 applies this file's checks to a found answer to one
// clause: see asksOpinion, figureUnsaid, otherGroupStrike, replyUnsaid,
// lastAsked and unknownYear.
func (b *Base) declineTraps22(q *query, question string, a *Answer) {
	if !a.Found {
		return
	}
	if b.v.asksOpinion(q.raw) {
		a.declineAs("I give no opinions of my own: the articles report what each side said, and settle no such question", trimLead(a.Text))
		return
	}
	if len(a.Facts) > 0 {
		if fact, ok := b.byID[a.Facts[0]]; ok {
			if why := b.figureUnsaid(q, int32(fact)); why != "" {
				a.decline(why, a.Text)
				return
			}
		}
	}
	if ev := b.otherGroupStrike(q, a); ev >= 0 {
		f := b.facts[ev]
		a.declineAs("The articles don't say that of "+b.disputeNames([]Dispute{q.dispute})+": "+f.Title+" is in "+b.disputeNames([]Dispute{f.Dispute}), a.Text)
		return
	}
	if len(a.Facts) > 0 {
		if to := b.replyUnsaid(q, a.Facts[0]); to != "" {
			a.decline(" any reply to "+to, a.Text)
			return
		}
	}
	if len(a.Facts) > 0 && b.lastAsked(q, a.Facts[0]) {
		a.decline(" what came next", a.Text)
		return
	}
	if y := b.unknownYear(q); y != "" && !strings.HasPrefix(a.Text, "No. ") {
		// "did the workforce plan aim to double places by 2030?" is No
		// by the 2031 the fact gives: a verdict the year decides stays.
		a.Text = "The articles don't say anything of " + y + ": they cover " + b.Scope() + "."
		a.Found = false
	}
}

// asksOpinion reports whether the question's words ask the bot's own
// view (the vocabulary's opinion_asks: "do you think", "in your
// opinion").
func (v *vocab) asksOpinion(raw []string) bool {
	// Most questions have none of the phrases' first words, and need
	// not be scanned once per phrase.
	if !slices.ContainsFunc(raw, func(w string) bool { return v.opinionStarts[w] }) {
		return false
	}
	return slices.ContainsFunc(v.opinionAsks, func(p []string) bool { return containsRun(raw, p) })
}

// unknownYear is a year the question names that no dispute declares (its
// years) and no fact prints ("in 2024"), or "": the articles cover their
// disputes' years, and say nothing of another.
func (b *Base) unknownYear(q *query) string {
	for _, g := range q.figures {
		if g.unit != yearUnit {
			continue
		}
		y := strconv.FormatFloat(g.value, 'f', -1, 64)
		if _, printed := b.ix.idf[y]; !printed && !b.ix.years[y] {
			return y
		}
	}
	return ""
}

// figureUnsaid is what a question that is no yes/no question asks a figure
// of, when the fact's answer gives no such figure, or "". "what X figure
// did …", "what inflation rate did …" or "what % pay offer did …" (a
// figure noun among, or an amount cue before, the words between "what"
// and the verb) asks a figure for X: the answer must have a number within
// figure_reach words of X's last word ("a pay demand of 35%" gives none
// for an offer, nor for inflation). "how much does it cost …" asks a sum
// of money, which only money_figure gives. A year names a dispute, and
// counts for no figure. "how many of the 125,000 …" asks a part, which
// only a smaller figure gives (see givesPart).
func (b *Base) figureUnsaid(q *query, fact int32) string {
	v := b.v
	raw := q.raw
	if q.yesNo || len(raw) < 3 {
		return ""
	}
	f := b.facts[fact]
	if len(f.Supplies) > 0 {
		return "" // the curator said what it gives
	}
	if v.countAskAt(raw, 0) >= 0 && b.countedOnlyMaybe(q, fact) {
		return " how many"
	}
	if !b.givesPart(q, fact) {
		return " how many of them"
	}
	if raw[0] == "how" && raw[1] == "much" && q.asks("money") {
		if v.moneyFigure != nil && !v.moneyFigure.MatchString(strings.ToLower(f.Answer)) {
			return " how much it cost"
		}
		return ""
	}
	if raw[0] != "what" || f.Kind == KindFigure || f.Kind == KindPoll {
		// "which BMA figures speak …" asks who; a figure or poll fact
		// the question ranked first gives the figure it is about.
		return ""
	}
	amount := v.answerType("amount")
	cued, named, verb := false, false, false
	var thing, label []string
	for _, w := range raw[1:] {
		if v.yesNo[w] {
			verb = true
			break
		}
		switch {
		case len(thing) == 0 && amount != nil && v.cueOf(amount, v.term(w)):
			cued = true // "what % pay offer", "what percentage rise"
		case v.isStop(w) || isDigitByte(w[0]) || len(thing) == 3:
			// "what share of people …" asks whom it is of, "the 651k
			// number" names its figure; and three words make no noun.
			return ""
		case v.figureNouns[w]:
			named = true
			label = append(label, w)
		default:
			thing = append(thing, w)
			label = append(label, w)
		}
	}
	if !verb || !cued && !named || len(thing) == 0 {
		// "what percentage support ambulance workers?" has no verb
		// after its noun: its words are what is asked, not a noun.
		return ""
	}
	head := v.term(thing[len(thing)-1])
	if b.ix.disputeTerms[head] {
		// "what pay level did Barclay call unrealistic?": pay is what
		// the dispute is about, which every fact of it is, and its
		// figure need not stand beside the word.
		return ""
	}
	if !named && b.declares(q, fact, head, false) {
		// "what percentage pay rise do junior doctors want?" against
		// "a pay demand of 35%": the curator gave the fact itself the
		// pay rise as what it is about, and its percentage is that (the
		// people it is about may make offers of their own). A figure noun
		// ("what inflation rate") asks the number itself, beside X.
		return ""
	}
	words := split(normalizeChars(f.Answer), nil)
	for _, g := range v.figures(f.Answer) {
		if g.unit == yearUnit || b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			continue
		}
		for k := max(0, g.at-v.figureReach); k < len(words) && k <= g.at+v.figureReach+1; k++ {
			if v.term(words[k]) == head {
				return ""
			}
		}
	}
	if !named {
		label = append(label, "figure")
	}
	return " what the " + strings.Join(label, " ") + " was"
}

// countedOnlyMaybe reports whether a "how many" question asks of what it
// counts a word the fact's answer has only after a hypothetical word:
// "how many patients came to harm?" against "the potential harm of
// delaying their treatment" counts no one harmed, however many thousands
// of patients the disruption reached.
func (b *Base) countedOnlyMaybe(q *query, fact int32) bool {
	maybe := b.derived[fact]().text.hypothetical
	if len(maybe) == 0 {
		return false
	}
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && maybe[t] {
			return true
		}
	}
	return false
}

// givesPart reports whether the fact's answer gives a part of the whole a
// question asks "how many of the N …" of ("of the N, how many …"): a figure below N ("how many of
// the 125k were ops?" is not answered by the 125,000 itself). A question
// asking no part so is given one.
func (b *Base) givesPart(q *query, fact int32) bool {
	v := b.v
	words := q.plain
	if !slices.ContainsFunc(v.countAsks, func(a []string) bool { return containsRun(words, a) }) {
		return true
	}
	var whole figure
	found := false
	for _, g := range q.figures {
		// "how many of the 125k …", "of the 125,000, how many …"
		// A year names a dispute, and a number in words ("each of the
		// two strikes", "the five-day strike") counts or spans things
		// rather than naming a figure the articles gave.
		if g.at >= 2 && words[g.at-2] == "of" && b.v.isStop(words[g.at-1]) && isDigitByte(words[g.at][0]) &&
			g.unit != yearUnit && !b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] {
			whole, found = g, true
			break
		}
	}
	if !found {
		return true
	}
	return slices.ContainsFunc(b.derived[fact]().text.figures, func(g figure) bool {
		return g.unit != yearUnit && !b.ix.years[strconv.FormatFloat(g.value, 'f', -1, 64)] && g.value > 0 && g.value < whole.value
	})
}

// lastAsked reports whether a question asking what came next after
// something (a next word, then "after" and what it is after: "wen is the
// next strike after the radiographers one") is answered by a fact, id,
// whose answer names that thing with no sequence word after it: the
// radiographers' strike is the last the article lists, and what follows
// it the articles do not say.
func (b *Base) lastAsked(q *query, id string) bool {
	v := b.v
	if q.yesNo || !slices.ContainsFunc(q.raw, func(w string) bool { return v.nextWords[w] }) {
		return false
	}
	at := slices.Index(q.raw, "after")
	if at < 0 {
		return false
	}
	var after []string
	for _, w := range q.raw[at+1:] {
		if t := v.term(w); !v.isStop(w) && !v.isWeak(w) && !b.ix.disputeTerms[t] {
			// "after the five-day walkout": the words every strike's
			// name shares tell no strike from the next.
			after = append(after, t)
		}
	}
	i, ok := b.byID[id]
	if !ok || len(after) == 0 {
		return false
	}
	words := split(normalizeChars(b.facts[i].Answer), nil)
	last := -1
	for k, w := range words {
		if slices.Contains(after, v.term(w)) {
			last = k
		}
	}
	return last >= 0 && !slices.ContainsFunc(words[last+1:], func(w string) bool { return v.sequence[w] })
}

// otherGroupStrike is the event of another dispute that a question asked
// of one dispute names by a whole alias with a group of workers in it (the
// vocabulary's staff_groups: "when did the consultants strike in 2016?",
// where the consultants' strike is the 2023 dispute's), when the answer is
// not built from it; or -1. The answer has the group doing something else
// in the dispute asked ("consultants would provide emergency cover").
func (b *Base) otherGroupStrike(q *query, a *Answer) int32 {
	if q.dispute == "" || q.dispute == DisputeBoth || q.mixed ||
		!slices.ContainsFunc(q.terms, func(t string) bool { return b.v.staffGroups[t] }) {
		return -1
	}
	for _, t := range q.terms {
		if !b.v.staffGroups[t] {
			continue
		}
		for _, al := range b.ix.aliases[t] {
			f := b.facts[al.fact]
			if f.Kind == KindEvent && f.Dispute != q.dispute && f.Dispute != DisputeBoth &&
				!slices.Contains(a.Facts, f.ID) && containsRun(q.terms, al.terms) {
				return al.fact
			}
		}
	}
	return -1
}

// replyUnsaid is the person a question asks someone's reply to (a reply
// word, "to" and a person's name: "wat was hunts reply to corbyn") when
// the answer of fact id has no reply word of its own, or "": naming both
// people reports no reply ("Hunt spoke for the Government; Corbyn backed
// the doctors"), where "Responding to Hunt's claim …" does.
func (b *Base) replyUnsaid(q *query, id string) string {
	v := b.v
	at := slices.IndexFunc(q.raw, func(w string) bool { return v.replyWords[w] })
	if at < 0 || at+2 >= len(q.raw) || q.raw[at+1] != "to" {
		return ""
	}
	als := b.ix.aliases[v.term(q.raw[at+2])]
	person := slices.IndexFunc(als, func(al alias) bool { return b.facts[al.fact].Kind == KindPerson })
	i, ok := b.byID[id]
	if person < 0 || !ok {
		return "" // "respond to the decision to walk out" asks a stance
	}
	if slices.ContainsFunc(b.derived[i]().text.words, func(w string) bool { return v.replyWords[w] }) {
		return ""
	}
	return b.facts[als[person].fact].Title
}
