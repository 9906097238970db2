package knowledge

import (
	"slices"
	"strings"
)

// This file holds session 19's checks that keep what the articles cannot
// answer from being answered: small talk written as several greetings
// run together, a yes/no question about another group of workers doing
// what only the disputes' names say, and a yes/no question its best fact
// does not decide that a gap says the articles do not settle.

// declineTraps19 applies this file's checks to a found answer: a Yes
// resting on the disputes' names alone (see groupUnsaid) is no Yes, and an
// answer with no Yes or No may be a gap's (see gapUndecided); a question
// asking which party, pollster or broadcaster is not answered by a text
// naming none (see sortUnnamed); nor is a question asking what should be
// (see judgementUnsaid).
func (b *Base) declineTraps19(q *query, ranked []scored, fact int32, a *Answer) {
	if !a.Found {
		return
	}
	if !q.yesNo {
		if b.sortUnnamed(q, fact) {
			a.decline("", a.Text)
		}
		return
	}
	if b.judgementUnsaid(q, fact) {
		a.decline(" what should happen: they report what each side said", trimLead(a.Text))
		return
	}
	if len(ranked) < 2 {
		return
	}
	if strings.HasPrefix(a.Text, "Yes. ") && b.groupUnsaid(q, fact) {
		a.Text = trimLead(a.Text)
		if b.gapUndecided(q, ranked, a) {
			return
		}
		a.decline("", a.Text)
		return
	}
	b.gapUndecided(q, ranked, a)
}

// groupUnsaid reports whether a yes/no question names a group of workers
// (the vocabulary's staff_groups) and asks of them a word the fact has
// only from the names every dispute shares ("strike"): "are nurses on
// strike?" against YouGov's support for nurses. A fact of a dispute speaks
// of its strike, which is the junior doctors'; another group strikes only
// where the fact's own answer says so ("a two-day strike by
// radiographers").
func (b *Base) groupUnsaid(q *query, fact int32) bool {
	if !slices.ContainsFunc(q.terms, func(t string) bool { return b.v.staffGroups[t] }) {
		return false
	}
	body := b.derived[fact]().body
	shared := sharedTerms(b.v, b.disputes)
	for i, t := range q.terms {
		if !q.weak[i] && !q.context[i] && slices.Contains(shared, t) && !slices.Contains(body, t) {
			return true
		}
	}
	return false
}

// smallVocab maps every word of the vocabulary's small-talk messages and
// fillers to true, and every other textspeak word standing only for such
// words ("ur", "u") to false: a message with a word not in it is no small
// talk, which one pass of lookups tells for nearly every question.
func smallVocab(v *vocab) map[string]bool {
	own := map[string]bool{}
	for m := range v.smallTalk {
		for _, w := range strings.Fields(m) {
			own[w] = true
		}
	}
	for m := range v.smallFiller {
		for _, w := range strings.Fields(m) {
			own[w] = true
		}
	}
	all := map[string]bool{}
	for w := range own {
		all[w] = true
	}
	for w, to := range v.textspeak {
		ok := len(to) > 0 && !own[w]
		for _, t := range to {
			ok = ok && own[t]
		}
		if ok {
			all[w] = false
		}
	}
	return all
}

// smallMessage reports whether a message is small talk alone, made of one
// or more of the vocabulary's small-talk messages with its fillers before,
// between or after them ("hey bot how's ur day going lol" is "hey bot",
// then "how's your day going", then "lol"). A textspeak word is read as
// the words it stands for unless small talk has it as it is. A word that
// is no part of small talk makes a question of the message.
func (v *vocab) smallMessage(words []string) bool {
	const most = 24 // a longer message is a question, whatever its words
	if len(words) > most {
		return false
	}
	for _, w := range words {
		if _, ok := v.smallVocab[w]; !ok {
			return false
		}
	}
	read := make([]string, 0, most)
	for _, w := range words {
		if !v.smallVocab[w] {
			read = append(read, v.textspeak[w]...)
		} else {
			read = append(read, w)
		}
	}
	n := len(read)
	// reach[i]: read[:i] is fillers and messages; greeted[i]: with at
	// least one message among them.
	var reach, greeted [2*most + 1]bool
	if n > 2*most {
		return false
	}
	reach[0] = true
	for i := 0; i < n; i++ {
		if !reach[i] {
			continue
		}
		if v.smallFiller[read[i]] {
			reach[i+1] = true
			greeted[i+1] = greeted[i+1] || greeted[i]
		}
		for l := 1; l <= v.smallWords && i+l <= n; l++ {
			if v.smallTalk[strings.Join(read[i:i+l], " ")] {
				reach[i+l], greeted[i+l] = true, true
			}
		}
	}
	return greeted[n]
}

// undecidedGapRatio is how close to the best fact's score a gap must come
// to answer a yes/no question the best fact does not decide.
const undecidedGapRatio = 0.6

// gapUndecided answers a yes/no question that its best fact neither
// confirms nor denies (no Yes or No led) from a gap that covers as much of
// the question and scores nearly as well: "are ambulance workers striking
// too?" matches YouGov's support figures for ambulance workers as well as
// the gap saying the article does not say whether they were striking, and
// the figures decide nothing of what was asked, while the gap says the
// articles don't. The gap must be the curator's for the question (see
// gapNames). A question naming an article is what that article says,
// and is left to it, as is one with a figure, which the figures decide.
// It reports whether the gap answers.
func (b *Base) gapUndecided(q *query, ranked []scored, a *Answer) bool {
	if q.article > 0 || b.facts[ranked[0].fact].Kind == KindGap || len(b.askedFigures(q)) > 0 ||
		strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") || strings.HasPrefix(a.Text, "The articles") {
		return false
	}
	top := ranked[0]
	for i := 1; i < len(ranked) && i < 8; i++ {
		s := ranked[i]
		if b.facts[s.fact].Kind != KindGap || s.coverage < top.coverage || s.score < top.score*undecidedGapRatio ||
			!b.gapNames(q, s.fact, top.fact) || !b.confidentIn(q, s) || b.wrongDispute(q, s.fact) {
			continue
		}
		gap := Answer{Question: a.Question, Sources: []Source{}, Score: a.Score}
		b.fill(&gap, []int32{s.fact})
		gap.Suggestions, gap.Related = b.suggest(ranked, []int32{s.fact})
		*a = gap
		return true
	}
	return false
}

// gapNames reports whether the question has every word of one of the gap's
// aliases ("ambulance strike" in "are ambulance workers striking too?"),
// one of them a word the best fact's answer lacks, and one no word of the
// disputes' names ("strike", "five-day"): the gap was written for what
// the question asks, and the best fact speaks of its subject without it.
func (b *Base) gapNames(q *query, gap, best int32) bool {
	body := b.derived[best]().body
	for _, alias := range b.facts[gap].Aliases {
		lacks, all, own := false, true, false
		for _, w := range b.v.words(alias) {
			t := b.v.term(w)
			if b.v.isStop(w) || b.v.isWeak(w) {
				continue
			}
			all = all && slices.Contains(q.terms, t)
			lacks = lacks || !slices.Contains(body, t)
			own = own || !b.ix.disputeTerms[t]
		}
		if all && lacks && own {
			return true
		}
	}
	return false
}

// sortUnnamed reports whether a question asks which value of a sort the
// vocabulary's value_sorts lists ("which party is Jeremy Hunt in?", "what
// broadcaster …") and the fact's answer names none of that sort: it is
// about the subject, not the value asked. People are left to the person
// type's own checks.
func (b *Base) sortUnnamed(q *query, fact int32) bool {
	at := -1
	for i := 0; i+1 < len(q.raw); i++ {
		if q.raw[i] == "which" || q.raw[i] == "what" {
			at = i + 1
			break
		}
	}
	if at < 0 {
		return false
	}
	// "which party", or with a word between: "which political party".
	sort := b.v.sortNames[b.v.term(q.raw[at])]
	if sort == "" && at+1 < len(q.raw) {
		sort = b.v.sortNames[b.v.term(q.raw[at+1])]
	}
	if sort == "" || sort == "person" {
		return false
	}
	body := b.derived[fact]().body
	return !slices.ContainsFunc(b.v.valueSorts, func(m sortMember) bool {
		return m.sort == sort && !slices.ContainsFunc(m.terms, func(t string) bool { return !b.v.isStop(t) && !slices.Contains(body, t) })
	})
}

// judgementUnsaid reports whether a yes/no question opens with a word
// asking what ought to be (the vocabulary's judgement_words: "should
// junior doctors get the 35% they want?"), names no one whose view it
// asks, and the fact's title and answer have none of those words: it
// reports a side's stance, which settles no judgement.
func (b *Base) judgementUnsaid(q *query, fact int32) bool {
	if len(q.raw) == 0 || !b.v.judgement[q.raw[0]] || len(q.speaker) > 0 {
		return false // "should talks continue, according to the BMA?" asks the BMA's view
	}
	f := b.facts[fact]
	return !slices.ContainsFunc(b.v.words(f.Title+" "+f.Answer), func(w string) bool { return b.v.judgement[w] })
}

// readSortNames maps the term of each value sort's name to the sort, read
// once at load for sortUnnamed.
func (v *vocab) readSortNames() map[string]string {
	names := map[string]string{}
	for _, m := range v.valueSorts {
		names[v.term(m.sort)] = m.sort
	}
	return names
}
