package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Composing answers beyond one fact: small talk, broad questions answered
// with the overviews, follow-ups read against the conversation, answers that
// do not give what was asked, yes/no leads, and the length limit.

// dontKnow is the reply when nothing in the facts answers, from the data.
func (b *Base) dontKnow() string {
	return "The articles don't say. I can only answer about " + b.Scope() + "."
}

// disputeNames names the given disputes (all of them when none is given).
func (b *Base) disputeNames(ids []Dispute) string {
	var names []string
	for _, d := range b.disputes {
		if len(ids) == 0 || slices.Contains(ids, d.ID) {
			names = append(names, d.Name)
		}
	}
	return joinAnd(names)
}

// smallTalk answers greetings, thanks and "who are you?" with a short
// introduction and example questions; found is false, as nothing was
// looked up.
func (b *Base) smallTalk(question string) (Answer, bool) {
	norm := normalizeChars(strings.TrimSpace(question))
	return b.smallTalkIn(question, norm, split(norm, make([]string, 0, 16)))
}

// smallTalkIn is smallTalk for a question read already: norm is it
// trimmed and normalized (normalizeChars), for sum, and words its words
// (split of norm; trimming changes none of them).
func (b *Base) smallTalkIn(question, norm string, words []string) (Answer, bool) {
	// "how are you today?", "thanks mate": a greeting with a word or two
	// of filler after it is still a greeting.
	for len(words) > 1 && b.v.smallFiller[words[len(words)-1]] {
		words = words[:len(words)-1]
	}
	if len(words) == 0 || (len(words) > b.v.smallWords || !b.v.smallTalk[strings.Join(words, " ")]) && !b.v.smallMessage(words) && !b.v.sum(norm) {
		return Answer{}, false
	}
	a := Answer{Question: question, Title: "strikebot", Sources: []Source{}, Suggestions: []string{}, SmallTalk: true}
	var examples []string
	for _, d := range b.disputes {
		if f, ok := b.Fact(d.Overview); ok && len(f.Questions) > 0 {
			examples = append(examples, "“"+f.Questions[0]+"”")
		}
	}
	for _, f := range b.facts {
		if len(examples) >= 4 {
			break
		}
		if f.Kind == KindPerson && len(f.Questions) > 0 {
			examples = append(examples, "“"+f.Questions[0]+"”")
			a.Suggestions = append(a.Suggestions, f.Title)
			a.Related = append(a.Related, f.ID)
		}
	}
	a.Text = b.v.smallReply + " They cover " + b.Scope() + "."
	if len(examples) > 0 {
		a.Text += " Try: " + strings.Join(examples, ", ") + "."
	}
	return a, true
}

// broad reports whether a question names no subject of its own: only
// disputes (a year, "the strike") or an overview cue ("tell me about the
// strikes", "what was it about?").
func (b *Base) broad(q *query) bool {
	if q.missing > 0 || q.article > 0 || b.namesTopic(q) {
		return false
	}
	for i, t := range q.terms {
		if !q.context[i] && !b.ix.disputeTerms[t] && !b.cueTerm(q, i) {
			return false
		}
	}
	// "why?" alone asks what the disputes were about, which their
	// overviews say; a reason asked of anything else names it.
	why := len(q.types) > 0 && !slices.ContainsFunc(q.types, func(t *answerType) bool {
		return t.name != "overview" && t.name != "reason"
	})
	if len(q.terms) == 0 {
		return q.asks("overview") || why
	}
	return len(q.types) == 0 || q.asks("overview") || why
}

// cueTerm reports whether q.terms[i] is only a word of the overview or
// reason cue the question asks by: "happened" in "what happened", "come" in
// "how come", "summary". Such a word names no subject; a reason cue's
// word must be weak too, since "what caused it?" has its own fact.
func (b *Base) cueTerm(q *query, i int) bool {
	for _, t := range q.types {
		if t.name != "overview" && (t.name != "reason" || !q.weak[i]) {
			continue
		}
		for _, c := range t.cues {
			if slices.ContainsFunc(c, func(w string) bool { return b.v.term(w) == q.terms[i] }) {
				return true
			}
		}
	}
	return false
}

// namesTopic reports whether the question is the title of a fact that is
// not a dispute's: "pay restoration" is a dispute's alias, but also the
// title of what the BMA wants, which has its own fact. ("2023 strike", an
// alias of where it was held, still asks for the dispute.)
func (b *Base) namesTopic(q *query) bool {
	if len(q.terms) < 2 {
		return false
	}
	return slices.ContainsFunc(b.ix.aliases[q.terms[0]], func(a alias) bool {
		f := b.facts[a.fact]
		// The fact's names start with its title's terms (see nameTerms).
		return f.Kind != KindDispute && slices.Equal(a.terms, q.terms) && slices.Equal(b.ix.names[a.fact][0], q.terms)
	})
}

// overview answers a broad question with the overview of each dispute it
// names, or of every dispute.
func (b *Base) overview(q *query, a Answer) Answer {
	var picked []int32
	for _, d := range b.disputes {
		if len(q.disputes) > 0 && !slices.Contains(q.disputes, d.ID) {
			continue
		}
		if i, ok := b.byID[d.Overview]; ok {
			picked = append(picked, int32(i))
		}
	}
	if len(picked) == 0 {
		a.Text = b.dontKnow()
		a.Suggestions, a.Related = b.suggest(nil, nil)
		return a
	}
	b.fill(&a, picked)
	a.Found = true
	a.Suggestions, a.Related = b.suggest(nil, picked)
	return a
}

// resolve rewrites a follow-up so it can be answered alone: a pronoun gets
// the previous subject's name, a question that names another dispute gets
// the previous question's subject, and one that names none keeps the
// previous dispute.
func (b *Base) resolve(question string, ctx *Context) string {
	q := b.analyze(question)
	raw := q.raw
	subject := 0.0
	for i, t := range q.terms {
		if !q.weak[i] {
			subject += b.ix.idf[t]
		}
	}
	followUp := slices.ContainsFunc(b.v.followUps, func(p []string) bool { return len(p) <= len(raw) && slices.Equal(raw[:len(p)], p) })
	// The additions go inside the question: a "?" before them would split
	// it into two.
	question = strings.TrimRight(question, "?!. \t")
	out := question
	switch {
	case len(q.disputes) > 0 && (followUp || subject < b.tune.minSubject) && ctx.Question != "":
		// "and in 2023?": the previous question, in the new dispute.
		out = question + " " + b.stripDisputes(ctx.Question)
		return out
	case slices.ContainsFunc(raw, func(w string) bool { return slices.Contains(b.v.pronouns, w) }) && len(ctx.Subjects) > 0:
		if f, ok := b.Fact(b.personFirst(ctx.Subjects, raw)); ok {
			out = question + " (" + f.Title + ")"
		}
	}
	if len(q.disputes) == 0 && ctx.Dispute != "" && ctx.Dispute != DisputeBoth {
		if d, ok := b.DisputeByID(ctx.Dispute); ok {
			out += " (" + d.Name + ")"
		}
	}
	return out
}

// personFirst picks the subject a pronoun means: for "he" or "she" the
// first person or organisation among the subjects, else the first subject.
func (b *Base) personFirst(subjects []string, raw []string) string {
	personal := slices.ContainsFunc(raw, func(w string) bool {
		return slices.Contains(b.v.genderedPronouns, w)
	})
	if personal {
		for _, id := range subjects {
			if f, ok := b.Fact(id); ok && (f.Kind == KindPerson || f.Kind == KindOrganisation) {
				return id
			}
			if f, ok := b.Fact(id); ok {
				for _, about := range f.About {
					if g, ok := b.Fact(about); ok && g.Kind == KindPerson {
						return about
					}
				}
			}
		}
	}
	return subjects[0]
}

// stripDisputes drops the words that name a dispute from a question.
func (b *Base) stripDisputes(question string) string {
	var keep []string
	for _, w := range b.v.words(question) {
		t := b.v.term(w)
		if b.ix.context[t] || b.ix.years[t] {
			continue
		}
		keep = append(keep, w)
	}
	return strings.Join(keep, " ")
}

// checkSupplied holds the picked facts to what the question asks for. It
// drops those that do not give a strict type asked (a time, a count) and
// reports, when none is left, what the articles do not say ("how many").
// denied reports that the best fact itself says the articles do not give
// what was asked ("the article never names the Prime Minister").
func (b *Base) checkSupplied(q *query, picked []int32) (kept []int32, missing string, denied bool) {
	for _, t := range q.types {
		// A fact that gives the thing asked is no denial of it, whatever
		// else it says the articles lack.
		if t.denied != nil && b.deniesSubject(q, picked[0], t) {
			return picked, "", true
		}
	}
	kept = picked
	if q.ranked && (q.asks("place") || q.asks("person")) && !slices.ContainsFunc(picked, b.ranks) {
		// "which hospital had the most cancellations?" against a total
		// for England: nothing says which one ranks first.
		return picked, "which one ranks first", false
	}
	if q.ranked && b.ranksOtherEnd(q, picked[0]) {
		// "which workers have the least support?" against "nurses had
		// the strongest backing": the fact ranks from the other end.
		return picked, "which one ranks first", false
	}
	if (q.asks("quote") || q.wordsAt > 0) && len(q.speaker) > 0 && q.article == 0 {
		var ok []int32
		for _, p := range kept {
			if b.speaks(q, p) {
				ok = append(ok, p)
			}
		}
		if len(ok) == 0 {
			return picked, describeType("quote"), false
		}
		kept = ok
	}
	if head := b.headNoun(q); head >= 0 {
		// "what pay did nurses get?" asks for pay: a fact about nurses
		// that says pay only in its dispute's name ("the 2023 pay
		// dispute") gives something else.
		t := b.v.term(q.raw[head])
		ok := slices.DeleteFunc(slices.Clone(kept), func(p int32) bool { return !slices.Contains(b.derived[p]().body, t) })
		if len(ok) == 0 {
			return picked, "what " + q.raw[head] + " it was", false
		}
		kept = ok
	}
	if t := b.wholeSubject(q); t != "" {
		// "how long has the pay row been going on?" against the
		// five-day strike's length: the fact names the row only in
		// its dispute's name, and gives a strike's time, not the row's.
		ok := slices.DeleteFunc(slices.Clone(kept), func(p int32) bool { return !b.namesWhole(p, t) })
		if len(ok) == 0 {
			if q.asks("duration") {
				return picked, "how long the dispute itself had run", false
			}
			return picked, "when the dispute itself began", false
		}
		kept = ok
	}
	if w := b.askedAtReference(q, kept[0]); w != "" {
		if q.yesNo {
			return picked, "anything of " + strings.ToUpper(w[:1]) + w[1:], false
		}
		// "what was support back in January?" against "higher than
		// in January": the fact compares with January, and says
		// nothing of what it was then.
		return picked, "what it was then", false
	}
	share := b.countsShare(q)
	for _, t := range q.types {
		if !t.strict || t.name == "count" && q.asks("duration") || t.name == "quote" && (len(q.types) > 1 || q.article > 0 || b.articleSays(q.raw)) || q.replaced(t) {
			// "how many days" asks a duration, which is no count of things;
			// "who did Porter say would cover?" asks a person, and what was
			// said is only the way to it; what "the local paper says", or
			// how "the report" describes something, is anything it reports.
			continue
		}
		var ok []int32
		for _, p := range kept {
			if b.suppliesType(p, t) && b.suppliesAbout(q, p, t) && (t.name != "count" || b.countsAsked(q, p) && !b.onlyRelative(q, p, t)) && (t.name != "amount" || b.sharesOf(q, p)) ||
				t.name == "count" && share != "" && b.givesShare(p, share) {
				ok = append(ok, p)
			}
		}
		if len(ok) == 0 || ok[0] != picked[0] && b.facts[ok[0]].Dispute != b.facts[picked[0]].Dispute && b.superlative(q) {
			// "which day did the longest walkout begin?": the best is
			// the longest's; another dispute's start day is no answer.
			return picked, describeType(t.name), false
		}
		kept = ok
	}
	if q.asks("person") && !q.yesNo {
		// "who were the doctors in dispute with?" is not answered by a
		// fact that names no one but those the question names: the
		// thousands of doctors on strike say nothing of who they faced.
		var ok []int32
		for _, p := range kept {
			if k := b.facts[p].Kind; k == KindPerson || k == KindOrganisation || b.namesOther(q, p) {
				ok = append(ok, p)
			}
		}
		if len(ok) == 0 {
			return picked, describeType("person"), false
		}
		kept = ok
	}
	if q.endAsk && (q.asks("time") || q.asks("date")) && b.v.endPattern != nil {
		var ok []int32
		for _, p := range kept {
			if b.v.endPattern.MatchString(strings.ToLower(b.facts[p].body)) {
				ok = append(ok, p)
			}
		}
		if len(ok) == 0 {
			return picked, "when it ended", false
		}
		kept = ok
	}
	return kept, "", false
}

// headNoun finds the thing a question of no answer type asks for when it
// names it first by a word of a dispute's name ("what pay did nurses
// get?", "what pay rise did nurses get?"): its place in q.raw, after
// "what" or "which" and at most one more word before the yes/no word, or
// -1. Every fact of the dispute has that word in its name, so only its
// answer saying it gives the thing.
func (b *Base) headNoun(q *query) int {
	if q.yesNo || len(q.types) > 0 || len(q.raw) < 4 || q.raw[0] != "what" && q.raw[0] != "which" ||
		!b.v.yesNo[q.raw[2]] && (len(q.raw) < 5 || b.v.isStop(q.raw[2]) || !b.v.yesNo[q.raw[3]]) {
		return -1
	}
	w := q.raw[1]
	if b.v.isStop(w) || b.v.isWeak(w) || !b.ix.disputeTerms[b.v.term(w)] {
		return -1
	}
	return 1
}

// askedAtReference finds the word of a question that compares nothing
// which it asks something at ("in January", "at the start") and which the
// fact has only as what it compares with ("higher than in January"), or,
// for a month, not at all: "" when there is none.
func (b *Base) askedAtReference(q *query, fact int32) string {
	d := b.derived[fact]()
	ref := d.referenced
	if q.compare || q.comparative {
		return ""
	}
	if q.yesNo {
		// "are strikes planned for August?" of a fact naming no
		// August: the month is no figure the verdict can answer No
		// to, since the fact gives none to set against it.
		for _, w := range q.raw {
			if b.v.months[w] && !slices.Contains(d.body, b.v.term(w)) && !b.monthNames(q, w) {
				return w
			}
		}
		return ""
	}
	for i := 1; i < len(q.raw); i++ {
		w := q.raw[i]
		if b.v.reference[w] || b.v.comparatives[w] {
			return ""
		}
		// "in January", or "in the January poll": the time a
		// determiner puts first in the thing asked is as much its time.
		if !b.v.placeIn[q.raw[i-1]] && (i < 2 || q.raw[i-1] != "the" || !b.v.placeIn[q.raw[i-2]]) {
			continue
		}
		if t := b.v.term(w); slices.Contains(ref, t) || b.v.months[w] && !slices.Contains(d.body, t) {
			return w
		}
	}
	return ""
}

// superlative reports whether the question has a superlative ("the
// longest walkout"): it asks about the one thing that ranks so.
func (b *Base) superlative(q *query) bool {
	return slices.ContainsFunc(q.raw, func(w string) bool { return b.v.superlatives[w] })
}

// wholeSubject finds, for a question asking when something began or how
// long it ran, the term of a word naming the dispute as a whole
// (whole_words) that it asks it of: one before any action word ("strike"),
// place word ("in") or order word ("before"). "" when there is none: "when
// did the strikes in the pay dispute begin?" asks about the strikes. A
// comparison is left alone: "which ran longer, the Hunt strike or the
// Barclay strike?" compares the strikes, though the names of the disputes
// stand in for them.
func (b *Base) wholeSubject(q *query) string {
	if q.yesNo || q.compare || q.comparative || !q.asks("date") && !q.asks("duration") && !q.asks("calendar") && !q.asks("year") {
		return ""
	}
	for _, w := range q.raw {
		t := b.v.term(w)
		switch {
		case b.v.actionWords[t] || b.v.placeIn[w] || b.v.orderWords[t]:
			return ""
		case b.v.wholeWords[t]:
			return t
		}
	}
	return ""
}

// namesOther reports whether fact p's answer has a proper name the
// question does not, or the fact is about someone the question does not
// name: someone, or something, a "who" question may be answered with.
func (b *Base) namesOther(q *query, p int32) bool {
	if slices.ContainsFunc(b.derived[p]().text.names, func(w string) bool {
		return !slices.Contains(q.terms, b.v.term(w))
	}) {
		return true
	}
	inQuestion := func(ts []string) bool {
		return len(ts) > 0 && !slices.ContainsFunc(ts, func(t string) bool { return !slices.Contains(q.terms, t) })
	}
	for _, id := range b.facts[p].About {
		if i, ok := b.byID[id]; ok && !slices.ContainsFunc(b.ix.names[i], inQuestion) {
			return true
		}
	}
	return false
}

// superlativeUnsaid reports whether a yes/no question ranks with a
// superlative ("the longest strike") that the fact's words do not have:
// "the first all-out strike" is no "longest". A majority word ("most")
// is left to the majority check.
func (b *Base) superlativeUnsaid(q *query, words []string) bool {
	for i, w := range q.raw {
		if b.boundsFigure(q.raw, i) {
			continue // "at least 6%" bounds the figure; the figures check it
		}
		if b.v.superlatives[w] && !b.v.majority[w] && !slices.ContainsFunc(words, func(x string) bool { return strings.EqualFold(x, w) }) {
			return true
		}
	}
	return false
}

// boundsFigure reports whether raw[i] is a word of the vocabulary's bounds
// right before a figure ("at least 6%", "over 100,000"): it qualifies the
// number, it ranks nothing.
func (b *Base) boundsFigure(raw []string, i int) bool {
	_, ok := b.v.bounds[raw[i]]
	return ok && i+1 < len(raw) && b.v.isFigure(raw[i+1])
}

// ranks reports whether a fact's text ranks one thing above others: it has
// a superlative word ("strongest", "most").
func (b *Base) ranks(p int32) bool {
	return slices.ContainsFunc(b.derived[p]().text.words, func(w string) bool { return b.v.superlatives[w] })
}

// ranksOtherEnd reports whether a fact ranks only from the other end than
// the question's superlative: the question asks "the least" and every
// superlative of the fact is a high one ("strongest"), or the other way
// round.
func (b *Base) ranksOtherEnd(q *query, p int32) bool {
	low, asked := false, false
	for i := 1; i < len(q.raw); i++ {
		if q.raw[i-1] == "the" && b.v.superlatives[q.raw[i]] {
			low, asked = b.v.lowest[q.raw[i]], true
			break
		}
	}
	if !asked {
		return false
	}
	other := false
	for _, w := range b.derived[p]().text.words {
		if !b.v.superlatives[w] {
			continue
		}
		if b.v.lowest[w] == low {
			return false
		}
		other = true
	}
	return other
}

// suppliesAbout reports whether a fact gives the thing asked in a sentence
// about what was asked: "what percentage supported the doctors in the
// January poll?" is not answered by a 57% of another poll in a fact that
// mentions January in passing. The sentence giving it, read with the one
// before ("Hunt appealed …. 001 says he did so on April 26"), must have
// each rare word of the question that the fact has at all, bar the words
// that ask when something ended.
func (b *Base) suppliesAbout(q *query, p int32, t *answerType) bool {
	f := b.facts[p]
	if len(f.Supplies) > 0 || t.pattern == nil || t.name == "quote" {
		// A quote runs over sentences: the one saying who spoke is not
		// the one saying what.
		return true
	}
	common := len(b.facts) / 10
	var need []string
	for i, w := range q.terms {
		ps := b.ix.postings[w]
		if q.weak[i] || q.context[i] || len(ps) > common ||
			!slices.ContainsFunc(ps, func(x posting) bool { return x.fact == p }) || b.v.endTerm(w) {
			continue
		}
		if slices.Contains(b.derived[p]().body, w) {
			need = append(need, w)
		}
	}
	if len(need) == 0 {
		return true
	}
	for _, s := range b.derived[p]().sentences {
		if s.types&(1<<t.index) != 0 && !slices.ContainsFunc(need, func(w string) bool { return !slices.Contains(s.terms, w) }) {
			return true
		}
	}
	return false
}

// countsShare returns, for a "how many" question that counts people
// doing something ("how many people backed the doctors?"), the term of
// what they did: a poll answers it with a share of them ("57% supported",
// "a quarter of people opposed"), not a head count. "How many people did
// YouGov survey?" counts those something was done to, and a question
// asking for actual numbers wants no share: both return "".
func (b *Base) countsShare(q *query) string {
	if q.detail {
		return ""
	}
	for i := range q.raw {
		e := b.v.countAskAt(q.raw, i) // what is counted, "people"
		if e >= 0 && e+1 < len(q.raw) && b.v.population[b.v.term(q.raw[e])] && !b.v.yesNo[q.raw[e+1]] {
			verb := b.verbAfter(q.raw, e+1)
			if _, ok := b.ix.idf[verb]; !ok && verb != "" {
				// A misspelt verb ("suport") is read as corrected.
				if c := b.ix.typos().correct(q.raw[e+1]); c != "" {
					verb = b.v.term(c)
				}
			}
			return verb
		}
	}
	return ""
}

// givesShare reports whether fact p's answer gives the share of people
// who did verb: "a quarter of people opposed".
func (b *Base) givesShare(p int32, verb string) bool {
	words, stem := b.derived[p]().text.words, b.v.stem(verb)
	for k := range words {
		if _, n := b.v.shareAt(words, k); n > 0 && b.v.stem(b.verbAfter(words, k+n)) == stem {
			return true
		}
	}
	return false
}

// sharesOf reports whether fact p gives a share of whom an "amount"
// question asks one of: "what percentage of doctors supported the new
// contract?" is not answered by "57% of people supported the doctors'
// cause". A share of the population ("of the public", "of Britons"), or
// of the thing something was done to ("what percentage of ambulance
// workers' strikes did the public back?"), or of what the fact's kind is
// ("of the poll", for a poll), is any share the fact gives.
func (b *Base) sharesOf(q *query, p int32) bool {
	v := b.v
	amount := v.answerType("amount")
	if amount == nil {
		return true
	}
	for i := 0; i+2 < len(q.raw); i++ {
		if q.raw[i+1] != "of" || !slices.ContainsFunc(amount.cues, func(c []string) bool { return len(c) == 1 && c[0] == q.raw[i] }) {
			continue
		}
		k := i + 2
		for k < len(q.raw) && v.isStop(q.raw[k]) {
			k++
		}
		if k == len(q.raw) || v.population[v.term(q.raw[k])] {
			return true
		}
		of := v.term(q.raw[k])
		if slices.Contains(v.terms(v.kindWords[b.facts[p].Kind], nil), of) {
			// "what share of the poll opposed the doctors?": a poll's
			// share is of those it asked, whom its kind's own words name.
			return true
		}
		for k < len(q.raw) && !v.isStop(q.raw[k]) && !v.yesNo[q.raw[k]] {
			k++
		}
		if k < len(q.raw) && v.yesNo[q.raw[k]] {
			return true
		}
		words := b.derived[p]().text.words
		for j := range words {
			_, n := v.shareAt(words, j)
			if n == 0 {
				continue
			}
			// The first word after the share and its "of the": whom it is of.
			m := j + n
			for m < len(words) && v.isStop(words[m]) {
				m++
			}
			if m < len(words) && v.term(words[m]) == of {
				return true
			}
		}
		return false
	}
	return true
}

// onlyRelative reports whether fact p gives a count only as a multiple of
// a number it does not give ("double the number of medical school places
// by 2031"): that answers "how many by 2031?", which asks the target by
// the figure the fact has, but not "how many are there?". A fact that
// says what it supplies is taken at its word.
func (b *Base) onlyRelative(q *query, p int32, t *answerType) bool {
	f := b.facts[p]
	words := b.derived[p]().text.words
	if len(f.Supplies) > 0 || !slices.ContainsFunc(words, func(w string) bool { return b.v.multipliers[w] }) {
		return false
	}
	rest := slices.DeleteFunc(slices.Clone(words), func(w string) bool { return b.v.multipliers[w] })
	if t.matches(strings.Join(rest, " ")) {
		return false
	}
	return !slices.ContainsFunc(q.raw, func(w string) bool { return isDigitByte(w[0]) && slices.Contains(words, w) })
}

// countsAsked reports whether a fact is about the things a "how many"
// question counts: "how many consultants went on strike?" is not answered
// by a count of junior doctors. A generic or unknown word counts nothing.
func (b *Base) countsAsked(q *query, p int32) bool {
	for i := range q.raw {
		e := b.v.countAskAt(q.raw, i)
		if e < 0 || e >= len(q.raw) {
			continue
		}
		w := q.raw[e]
		// "how many patient bookings": a singular word before a plural
		// one names what kind of thing is counted; the plural names it.
		if n := q.raw[e:]; len(n) > 1 && !strings.HasSuffix(w, "s") && strings.HasSuffix(n[1], "s") && !b.v.isStop(n[1]) && !b.v.yesNo[n[1]] {
			w = n[1]
		}
		if b.v.isStop(w) || b.v.isWeak(w) {
			return true
		}
		t := b.v.term(w)
		ps, ok := b.ix.postings[t]
		if !ok {
			return true
		}
		if !slices.ContainsFunc(ps, func(x posting) bool { return x.fact == p }) {
			return false
		}
		// A fact that is not a figure counts X only where a number is
		// followed by X: "thousands of them began a five-day strike"
		// counts no strikes.
		f := b.facts[p]
		d := b.derived[p]()
		if strings.HasSuffix(w, "ed") && b.figureBefore(d.text, t) {
			// "how many cancelled?": a participle names no thing
			// counted, only what befell them, which a figure counts
			// where the verb follows it ("125,000 appointments and
			// operations were cancelled").
			return true
		}
		return f.Kind == KindFigure && slices.Contains(d.body, t) || slices.ContainsFunc(d.text.figures, func(g figure) bool {
			// "thousands of patients": the unit may follow a word later.
			return g.unit == t || b.v.isStop(g.unit) && len(g.also) > 0 && g.also[0] == t
		})
	}
	return true
}

// participleReach is how many words after a figure the verb saying what
// befell the things it counts may come: "125,000 appointments and
// operations have been cancelled".
const participleReach = 6

// figureBefore reports whether a figure in digits, not a year, is followed
// within participleReach words by one whose term is t.
func (b *Base) figureBefore(text *factText, t string) bool {
	return slices.ContainsFunc(text.figures, func(g figure) bool {
		if g.at >= len(text.words) || !strings.ContainsAny(text.words[g.at], "0123456789") || yearPattern.MatchString(text.words[g.at]) {
			return false
		}
		for j := g.at + 1; j < len(text.words) && j <= g.at+participleReach; j++ {
			if b.v.term(text.words[j]) == t {
				return true
			}
		}
		return false
	})
}

// sentences splits a text at full stops followed by a space.
func sentences(text string) []string {
	var out []string
	for text != "" {
		s, rest, _ := strings.Cut(text, ". ")
		out = append(out, s)
		text = rest
	}
	return out
}

// deniesSubject reports whether fact p's answer says the articles do not
// give type t of what the question asks about: "the article never names the
// Prime Minister" denies "who was the Prime Minister?", not "who did the BMA
// accuse?". Some word of the question (not a weak one) must come soon after
// the denial, in the same sentence. A denial the words asking for the type
// alone meet ("calendar date") is none from a fact that gives the type
// and denies it only of another's (otherOwner): "Hunt appealed "yesterday
// (April 26)" … Neither article prints the strike's calendar date" gives
// the appeal's date.
func (b *Base) deniesSubject(q *query, p int32, t *answerType) bool {
	near := b.derived[p]().denials[t.index]
	cued := false
	for i, w := range q.terms {
		if !slices.Contains(near, w) {
			continue
		}
		if !q.weak[i] && !b.v.inCue(t, w) {
			return true
		}
		// "what percentage …?" against "no percentages are given":
		// the word asking for the type is what the answer denies.
		cued = cued || b.v.inCue(t, w)
	}
	return cued && !(b.suppliesType(p, t) && b.otherOwner(q, p, t))
}

// cueOf reports whether term w is a one-word cue of answer type t.
func (v *vocab) cueOf(t *answerType, w string) bool {
	return slices.ContainsFunc(t.cues, func(c []string) bool { return len(c) == 1 && v.term(c[0]) == w })
}

// deniedTerms are the terms that follow each place answer matches denied,
// up to 60 characters or the end of the sentence: what the answer says the
// articles do not give.
func deniedTerms(v *vocab, denied *typePattern, answer string) []string {
	answer = strings.ToLower(answer)
	var near []string
	for _, m := range deniedSpans(denied, answer) {
		near = append(near, v.terms(answer[m[0]:m[1]], nil)...)
	}
	return near
}

// deniedSpans are the places in lower, a lower-cased answer, where denied
// matches, each running on up to 60 characters or the end of the sentence.
func deniedSpans(denied *typePattern, lower string) [][2]int {
	if !denied.mayMatch(lower) {
		return nil
	}
	var spans [][2]int
	for _, m := range denied.re.FindAllStringIndex(lower, -1) {
		end := min(len(lower), m[1]+60)
		if stop := strings.IndexAny(lower[m[1]:end], ".;"); stop >= 0 {
			end = m[1] + stop
		}
		spans = append(spans, [2]int{m[0], end})
	}
	return spans
}

// lackedTerms are the terms of body, a fact's answer without its preamble,
// that it has only where it says the articles do not give something: "the
// article gives no YouGov figure for junior doctors" says nothing of junior
// doctors but that, so a question about them is not answered by the rest.
func lackedTerms(v *vocab, body string) []string {
	lower := strings.ToLower(body)
	var spans [][2]int
	for ti := range v.types {
		if t := &v.types[ti]; t.denied != nil {
			spans = append(spans, deniedSpans(t.denied, lower)...)
		}
	}
	if len(spans) == 0 {
		return nil
	}
	outside := []byte(lower)
	var near []string
	for _, m := range spans {
		near = append(near, v.terms(lower[m[0]:m[1]], nil)...)
		for k := m[0]; k < m[1]; k++ {
			outside[k] = ' '
		}
	}
	rest := v.terms(string(outside), nil)
	return slices.DeleteFunc(near, func(t string) bool { return slices.Contains(rest, t) })
}

// typedSentence is one sentence of a fact's body: the answer types it gives
// (bit i for the vocabulary's type i) and its terms read with the sentence
// before ("Hunt appealed …. 001 says he did so on April 26").
type typedSentence struct {
	types uint64
	terms []string
}

// typeSentences works out derived.sentences for fact f, whose body,
// lower-cased, is body: only for the strict types it supplies by pattern
// (not by its supplies list, and not quotes), the only ones suppliesAbout
// reads sentences for.
func typeSentences(v *vocab, f *Fact, body string, supplied uint64) []typedSentence {
	var check []int
	for ti := range v.types {
		t := &v.types[ti]
		if len(f.Supplies) == 0 && t.strict && t.pattern != nil && t.name != "quote" && supplied&(1<<ti) != 0 {
			check = append(check, ti)
		}
	}
	if len(check) == 0 {
		return nil
	}
	all := sentences(body)
	var out []typedSentence
	for k, s := range all {
		var ts typedSentence
		for _, ti := range check {
			if v.types[ti].matches(s) {
				ts.types |= 1 << ti
			}
		}
		if ts.types == 0 {
			continue
		}
		if k > 0 {
			s = all[k-1] + ". " + s
		}
		ts.terms = v.terms(s, nil)
		out = append(out, ts)
	}
	return out
}

// describeType names what an answer type asks for, in a sentence.
func describeType(t AnswerType) string {
	switch t {
	case "count":
		return "how many"
	case "amount":
		return "that figure"
	case "time":
		return "that time"
	case "quote":
		return "what was said"
	case "place":
		return "where"
	case "person":
		return "who"
	case "money":
		return "that sum"
	case "year":
		return "what year"
	case "calendar":
		return "that date"
	}
	return "that " + string(t)
}

// sourcesDiffer finds an answer that reports the articles disagree: the
// articles (or sources, reports) differ, not the things they describe
// ("although England and Scotland differ").
var sourcesDiffer = regexp.MustCompile(`(?i)\b(articles|sources|reports|accounts|papers)( \w+)? (differ|disagree|contradict)\b`)

// leadYesNo starts the answer to a yes/no question with its verdict: "No"
// when the best fact contradicts the question (verdictOf), "Yes" when it
// matches the whole question and does not deny it, or gives the figure
// asked; "The articles don't say for certain" when the articles differ. A
// fact whose answer already starts with Yes or No keeps it.
func (b *Base) leadYesNo(q *query, place int32, subject []string, top scored, a *Answer) {
	if !q.yesNo || b.v.asksWhich(q.raw) || b.v.asksBoundChoice(q.raw) {
		return
	}
	text := a.Text
	if strings.HasPrefix(text, "Yes") || strings.HasPrefix(text, "No") || strings.HasPrefix(text, "The articles") {
		return
	}
	// "is the five-day strike in Scotland?": only where the fact puts it
	// decides. "was the all-out strike on a Monday?": only a day the fact
	// gives what was asked decides; a day of another event is none.
	if b.leadLocated(q, top.fact, a, text) || b.leadPaired(q, top.fact, a, text) {
		return
	}
	if b.leadSpeaker(q, top.fact, a, text) || b.leadFirst(q, top, a, text) || b.leadSwappedPlace(q, top, a, text) || b.leadMissing(q, top.fact, a, text) {
		return
	}
	if place >= 0 && decidedBy(b.placeVerdict(place, subject, top.fact), a, text) {
		return
	}
	if v, only := b.onlyDay(q, top.fact); only && decidedBy(v, a, text) {
		return
	}
	if day, subject := b.dayQuestion(q); day != "" && decidedBy(b.dayToo(q, day, subject, b.dayVerdict(day, subject, top.fact), top.fact), a, text) {
		return
	}
	body := b.facts[top.fact].body
	d := b.derived[top.fact]()
	said := b.saysAllBut(q, d.said, slices.Concat(b.speechAsked(q, top.fact), b.articleSpeech(q, top.fact), b.wordingAsked(q, top.fact), b.saidToBe(q), b.impliedAsked(q)))
	differ := d.differ
	switch v, sentence, agent := b.agent(q, d.text.passives); {
	case v == verdictNo && b.saysAllBut(q, d.said, agent):
		// "did junior doctors (keep) provide emergency care?" against
		// "provided by consultants": whatever else the articles differ on.
		// The rest of the question is the fact's; who did it is not.
		a.Text = "No. " + text
		return
	case !said || top.coverage < yesCoverage:
	case v == verdictYes && (!differ || len(q.speaker) > 0 && slices.ContainsFunc(q.speaker, func(t string) bool {
		return slices.Contains(b.v.terms(sentence, nil), t)
	}) || b.soleAgent(q, d.text.passives, agent)):
		// Where the articles differ, a Yes holds for the source asked about.
		a.Text = "Yes. " + text
		return
	}
	switch b.articleVerdict(q, body) {
	case verdictNo:
		// "does the local paper name the head of the BMA?" against
		// "Article 000 names him; article 001 only mentions …".
		a.Text = "No. " + text
		return
	case verdictYes:
		// "does the local paper list Guy's Hospital?": the article asked,
		// but another name in the slot of the one asked (verdictOf).
		if said && !differ && !b.otherName(q, d.text) {
			a.Text = "Yes. " + text
			return
		}
	}
	if differ {
		// The article asked settles a date the articles differ on.
		switch b.articleDate(q, top.fact) {
		case verdictNo:
			a.Text = "No. " + text
			return
		case verdictYes:
			a.Text = "Yes. " + text
			return
		}
	}
	if differ && b.asideYes(q, top, said) {
		a.Text = "Yes. " + text
		return
	}
	if differ {
		// The articles give an answer each; they disagree.
		a.Text = "The articles don't say for certain: they differ. " + text
		return
	}
	if b.rankContradicted(q, top.fact) {
		// "is the NHS Long Term Workforce Plan the second such plan?"
		// against "the first ever NHS Long Term Workforce Plan".
		a.Text = "No. " + text
		return
	}
	v := b.verdictOf(q, top)
	if v == verdictOpen {
		a.decline(": it was not yet decided", text)
		return
	}
	if v == verdictNo {
		a.Text = "No. " + text
		return
	}
	questionDenies := b.questionDenies(q)
	// ordered leads with the order of two sides the fact gives, and
	// reports whether it gives one.
	ordered := func() bool {
		v := b.orderVerdict(q, body)
		switch {
		case v == noVerdict:
			return false
		case questionDenies || top.coverage < yesCoverage:
		case v == verdictNo:
			// "did the consultants strike before the junior doctors?"
			// against "after the junior doctors' walkout before consultants strike".
			a.Text = "No. " + text
		case said:
			a.Text = "Yes. " + text
		}
		return true
	}
	if v == verdictMixed {
		// Which figure is whose is unclear ("the junior doctors'
		// five-day walkout before consultants strike for two days"); the
		// order of the two sides may still be plain.
		ordered()
		return
	}
	if b.leadShare(q, top.fact, a, text) || b.leadClient(q, top.fact, a, text) {
		return
	}
	m := b.majority(q, d.text.words)
	if m != noVerdict && !questionDenies && top.coverage >= yesCoverage {
		// "did most people oppose the doctors?" against "a quarter opposed it".
		a.Text = map[verdict]string{verdictYes: "Yes. ", verdictNo: "No. "}[m] + text
		return
	}
	if m == noVerdict && b.asksMajority(q) && !b.saysMajority(d.text.words) {
		// "did most people support the all-out strike?" against "support …
		// appeared to be higher than in January": how many, it does not say.
		return
	}
	if m == noVerdict && b.asksMajority(q) {
		switch b.majorityClause(q, body) {
		case verdictNo:
			if top.coverage >= yesCoverage && !questionDenies {
				// "do most people blame the doctors?" against "the
				// majority still thought the Government was most at fault".
				a.Text = "No. " + text
			}
			return
		case verdictMixed:
			return
		}
	}
	denies := b.negates(q, d.text, false)
	if !questionDenies && (b.negates(q, d.text, true) || b.deniesInWords(q, body)) {
		// "did they reach an agreement?" against "no agreement".
		a.Text = "No. " + text
		return
	}
	if ordered() {
		return
	}
	compared := b.comparison(q, d.text.words)
	if compared == noVerdict && slices.Contains(q.raw, "than") && !questionDenies && top.coverage >= yesCoverage {
		// "did more people oppose the doctors than support them?"
		// against "57% supported … and a quarter opposed it".
		switch b.shareComparison(q, d.text.words) {
		case verdictYes:
			a.Text = "Yes. " + text
			return
		case verdictNo:
			a.Text = "No. " + text
			return
		}
	}
	if compared == noVerdict && slices.Contains(q.raw, "than") {
		compared = b.compareSides(q, body)
		if compared == verdictNo && !questionDenies && top.coverage >= yesCoverage {
			// "does the UK Government have less financial freedom than
			// Scotland?" against "the UK Government has far more".
			a.Text = "No. " + text
			return
		}
	}
	// A word the facts know only the opposite of ("was Barclay fine with
	// the strike?": only "unreasonable") is one the fact does not say.
	whole := top.coverage >= yesCoverage && (len(q.types) == 0 || q.asks("poll") || q.asks("quote") || q.asks("position") || q.asks("reason") || b.suppliesEvery(q, top.fact)) && said && len(q.opposed) == 0 && !b.ambiguous(q, d.body) &&
		(!slices.Contains(q.raw, "than") || compared == verdictYes) && b.asserts(q, d.text) && !b.moots(q, d.text.denial) && !b.borrowed(q, top.fact) && !b.superlativeUnsaid(q, d.text.words)
	// A question asking for a poll, a quote or a position ("does the BMA
	// want …?") is answered Yes by the one that says all of it.
	// A comparison ("more … than") needs more than its words matched: a
	// verdict from the figures or an opposite, or the same comparison.
	// "did NHS Providers urge both sides to talk?": "both" alone names no dispute.
	// "did both strikes affect A&E?" is not Yes on one dispute's fact.
	everyAsked := b.facts[top.fact].Dispute != DisputeBoth && slices.ContainsFunc(b.v.everyDispute, func(p []string) bool { return containsRun(q.raw, p) })
	everyAsked = everyAsked && !b.everyOwn(q, d.text.words) // "with every strike" is the fact's own
	if (whole || v == verdictYes && said && !b.believedOnly(q, d.text) && !b.superlativeUnsaid(q, d.text.words)) && (q.dispute == "" || b.facts[top.fact].Dispute == q.dispute || q.dispute == DisputeBoth && !q.strong) &&
		denies == questionDenies && !everyAsked {
		if b.wishedOnly(q, d.text) {
			// "will the BMA continue to strike?" against "doctors have a
			// right to expect that … talks will continue": what is
			// expected, or only a condition, is not said to happen.
			a.decline("", text)
			return
		}
		a.Text = "Yes. " + text
	}
}

// decidedBy leads an answer with a verdict that alone decides it (where
// or on which day): No leads with "No"; no verdict leads with nothing.
// It reports whether the verdict settled the lead; Yes leaves the other
// checks to confirm it.
func decidedBy(v verdict, a *Answer, text string) bool {
	switch v {
	case verdictNo:
		a.Text = "No. " + text
		return true
	case noVerdict:
		return true
	}
	return false
}

// speechAsked lists the term of the verb of speech of a yes/no question
// asking whether a fact's speaker said something ("did Cordery warn about
// eroding relationships?", "did the BMA admit there are differences?",
// "did Cordery refer to eight consecutive months …?"), when the question
// names that speaker just before it and the fact gives the speaker's own
// words or position: the article's verb need not be the question's.
// Otherwise nil. A fact of another kind gives the speaker's words when its
// answer quotes them with a verb of speech ("Cordery spoke of \"eight
// consecutive months …\""), and its speaker may be any person or
// organisation it is about ("NHS Providers' Saffron Cordery").
func (b *Base) speechAsked(q *query, fact int32) []string {
	f := b.facts[fact]
	if len(q.raw) < 3 || !b.v.yesNo[q.raw[0]] {
		return nil
	}
	own := f.Kind == KindQuote || f.Kind == KindPosition
	if !own && !strings.Contains(f.Answer, "\"") {
		return nil
	}
	for j := 2; j < len(q.raw) && j <= 1+maxSubject; j++ {
		if !b.v.speech[q.raw[j]] && !slices.ContainsFunc(b.v.speechPhrases, func(p []string) bool { return hasRunAt(q.raw, j, p) }) {
			continue
		}
		if own {
			if sp := b.speakerFact(f); sp == nil || !b.namedIn(q.raw[1:j], sp) {
				return nil
			}
			return []string{b.v.term(q.raw[j])}
		}
		if !b.quotesSpeaker(q.raw[1:j], f) {
			return nil
		}
		return []string{b.v.term(q.raw[j])}
	}
	return nil
}

// quotesSpeaker reports whether a fact not itself a quote gives the words
// of a speaker that words name: a person or organisation it is about is
// named there, and its answer has a verb of speech ("spoke of").
func (b *Base) quotesSpeaker(words []string, f *Fact) bool {
	named := false
	for _, id := range f.About {
		if p, ok := b.Fact(id); ok && (p.Kind == KindPerson || p.Kind == KindOrganisation) && b.namedIn(words, p) {
			named = true
			break
		}
	}
	if !named {
		return false
	}
	say := b.v.term("say")
	return slices.Contains(b.v.terms(f.Answer, nil), say)
}

// hasRunAt reports whether words has the run p at i.
func hasRunAt(words []string, i int, p []string) bool {
	return i+len(p) <= len(words) && slices.Equal(words[i:i+len(p)], p)
}

// suppliesEvery reports whether a fact gives every type a yes/no question
// asks for ("do the two articles give the same hours?" and the strike's
// hours): when no figure or time of the question decided it, a Yes may
// rest on its words as for a question asking no type.
func (b *Base) suppliesEvery(q *query, fact int32) bool {
	return len(q.types) > 0 && !slices.ContainsFunc(q.types, func(t *answerType) bool { return !b.suppliesType(fact, t) })
}

// yesCoverage is how much of a yes/no question its best fact must match
// for a Yes on the strength of saying every subject word of it: the rest
// is generic words ("did Barclay hold a round table?").
const yesCoverage = 0.85

// asksWhich reports whether a yes/no question offers a choice ("is Queen
// Mary's in Sidcup or Woolwich?"): it asks which, not yes or no, and the
// evidence answers it. "35% or more" bounds a figure instead (vocabulary
// or_no_choice).
func (v *vocab) asksWhich(raw []string) bool {
	for i, w := range raw {
		if w == "or" && (i+1 == len(raw) || !v.orNoChoice[raw[i+1]]) {
			return true
		}
	}
	return false
}

// fitLimit keeps an answer's text and quotes within limit characters: it
// drops quotes from the end (keeping one), first those of an article
// another quote still cites, and then shortens the text at a sentence. An
// answer about both disputes keeps a citation of each article it uses:
// the later facts' quotes are not all lost to the first's.
func fitLimit(a *Answer, limit int) {
	// No more characters than bytes: counting them can wait until the
	// bytes are over the limit.
	n := len(a.Text)
	for _, s := range a.Sources {
		n += len(s.Quote)
	}
	if n <= limit {
		return
	}
	// Counted once: a dropped source takes its own characters off, and
	// the rest are not counted again for every source dropped.
	n = utf8.RuneCountInString(a.Text)
	for _, s := range a.Sources {
		n += utf8.RuneCountInString(s.Quote)
	}
	for n > limit && len(a.Sources) > 1 {
		i := dropAt(a.Sources)
		n -= utf8.RuneCountInString(a.Sources[i].Quote)
		a.Sources = slices.Delete(a.Sources, i, i+1)
	}
	if over := n - limit; over > 0 {
		r := []rune(a.Text)
		cut := string(r[:max(0, len(r)-over-1)])
		if i := strings.LastIndex(cut, ". "); i > 0 {
			cut = cut[:i+1]
		}
		a.Text = strings.TrimSpace(cut) + "…"
	}
}

// dropAt is the quote fitLimit drops first: the last one whose article an
// earlier quote also cites, or else the last.
func dropAt(sources []Source) int {
	for i := len(sources) - 1; i > 0; i-- {
		if slices.ContainsFunc(sources[:i], func(s Source) bool { return s.File == sources[i].File }) {
			return i
		}
	}
	return len(sources) - 1
}
