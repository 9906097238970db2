package knowledge

import (
	"slices"
	"strings"
)

// speakerGroup finds the person fact that names, as a group, the speakers
// of a quote or position whose answer calls them only by the group's name
// ("the BMA leaders said …"): a person fact about the fact's speaker whose
// people are all among the fact's, with an alias in the fact's answer that
// its title begins with ("The BMA leaders (Dr Robert Laurenson and Dr
// Vivek Trivedi)"). It returns the group and the alias, or nil.
func (b *Base) speakerGroup(f *Fact) (*Fact, string) {
	if f.Kind != KindQuote && f.Kind != KindPosition {
		return nil, ""
	}
	sp := b.speakerFact(f)
	if sp == nil || sp.Kind != KindPerson {
		return nil, ""
	}
	answer := strings.ToLower(f.Answer)
	for _, g := range b.facts {
		if g.Kind != KindPerson || g == sp || !slices.Contains(g.About, sp.ID) || !b.peopleAmong(g, f) {
			continue
		}
		title := strings.ToLower(g.Title)
		for _, al := range g.Aliases {
			if len(al) < len(title) && strings.HasPrefix(title, al) && wordAt(answer, al) >= 0 {
				return g, al
			}
		}
	}
	return nil, ""
}

// peopleAmong reports whether every person g is about is one f is about
// too: the group is of f's speakers, not of others.
func (b *Base) peopleAmong(g, f *Fact) bool {
	for _, id := range g.About {
		if p, ok := b.Fact(id); ok && p.Kind == KindPerson && !slices.Contains(f.About, id) {
			return false
		}
	}
	return true
}

// speakers is who says a quote or position: its speaker and, where its
// answer names them as a group, the group's people.
func (b *Base) speakers(f *Fact) []*Fact {
	sp := b.speakerFact(f)
	if sp == nil {
		return nil
	}
	out := []*Fact{sp}
	if g := b.derived[b.byID[f.ID]]().group; g != nil {
		for _, id := range g.About {
			if p, ok := b.Fact(id); ok && p.Kind == KindPerson && !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}

// nameSpeakers makes an answer to a question asking who ("who argued that
// talks should go on to the last minute?", "was it Cordery who said …?")
// name the people its quote has speak where the answer calls them only by
// a group's name: "the BMA leaders (Dr Robert Laurenson and Dr Vivek
// Trivedi) said …". The names are what was asked; the group's name alone
// does not give them.
func (b *Base) nameSpeakers(q *query, a *Answer) {
	if !a.Found || len(a.Facts) == 0 {
		return
	}
	f, ok := b.Fact(a.Facts[0])
	if !ok {
		return
	}
	d := b.derived[b.byID[f.ID]]()
	g, alias := d.group, d.groupAlias
	if g == nil || !q.asks("person") {
		return
	}
	at := wordAt(strings.ToLower(a.Text), alias)
	if at < 0 {
		return
	}
	end := at + len(alias)
	a.Text = a.Text[:end] + g.Title[len(alias):] + a.Text[end:]
}

// wordAt is the index of the first occurrence of phrase in text (both lower
// case) that starts and ends at word boundaries, or -1.
func wordAt(text, phrase string) int {
	for from := 0; from < len(text); {
		i := strings.Index(text[from:], phrase)
		if i < 0 {
			return -1
		}
		i += from
		end := i + len(phrase)
		if !isWordByte(text, i-1) && !isWordByte(text, end) {
			return i
		}
		from = i + 1
	}
	return -1
}

// cleftSpeaker answers "was it X who said …?" No when "who said …?" is
// answered by a quote or position whose speakers do not include X, and X
// is of the value sort of a speaker's name (a person, for a person's
// quote): "was it Mark Porter who said Scotland proved the Health
// Secretary wrong?" is the BMA leaders' words. Someone the quote only
// mentions ("said of Barclay") is no speaker, so "did Barclay say it?" is
// not the question to ask. s is the answer to "who said …?". A verb
// that asks for a quote ("who called the inflexibility baffling?") asks
// for the speaker as a verb of speech does: the fact must still be a quote
// or a position.
func (b *Base) cleftSpeaker(raw []string, end int, asked *sortMember, s Answer, a Answer) (Answer, bool) {
	if !b.v.speech[raw[end+1]] && !b.v.quoteVerb(raw[end+1]) || len(s.Facts) == 0 {
		return a, false
	}
	f, ok := b.Fact(s.Facts[0])
	if !ok || f.Kind != KindQuote && f.Kind != KindPosition {
		return a, false
	}
	people := b.speakers(f)
	if len(people) == 0 || slices.ContainsFunc(people, func(p *Fact) bool { return b.namedIn(asked.words, p) }) {
		return a, false
	}
	sort := slices.ContainsFunc(b.v.valueSorts, func(m sortMember) bool {
		return m.sort == asked.sort && slices.ContainsFunc(people, func(p *Fact) bool { return b.namedIn(m.words, p) })
	})
	if !sort {
		return a, false
	}
	s.Question = a.Question
	s.Text = "No. " + s.Text
	return s, true
}

// saidBy is who a question has speak, read from the words before its
// first verb of speech ("the doctors' union said the health minister
// could stop the strike how?", "what did the BMA say …"): the people and
// organisations those words name, or nil. Unlike speakerTerms it keeps a
// name many facts have ("the BMA"): it only tells one side's words from
// the other's.
func (b *Base) saidBy(q *query) []*Fact {
	k := slices.IndexFunc(q.raw, func(w string) bool { return b.v.speech[w] || b.v.speech[b.v.stem(w)] })
	if k <= 0 {
		return nil
	}
	start := k
	for start > 0 && k-start < 6 && !b.v.yesNo[q.raw[start-1]] && !slices.Contains(b.v.questionWords, q.raw[start-1]) {
		start--
	}
	span := q.raw[start:k]
	if len(span) == 0 {
		return nil
	}
	var out []*Fact
	for _, f := range b.facts {
		if (f.Kind == KindPerson || f.Kind == KindOrganisation) && b.namedIn(span, f) {
			out = append(out, f)
		}
	}
	return out
}

// voicedBy reports whether a quote's or position's first subject, its
// speaker, is one of who or related to one of them (the BMA's leaders for
// the BMA; Cordery, of NHS Providers, for the trusts it speaks for); known
// is false when it has no such subject.
func (b *Base) voicedBy(f *Fact, who []*Fact) (voiced, known bool) {
	if len(f.About) == 0 {
		return false, false
	}
	sp, ok := b.Fact(f.About[0])
	if !ok || sp.Kind != KindPerson && sp.Kind != KindOrganisation {
		return false, false
	}
	return slices.ContainsFunc(who, func(w *Fact) bool { return w == sp || b.related(int32(b.byID[sp.ID]), int32(b.byID[w.ID])) }), true
}

// preferSaidBy puts first, for a question that has one side speak ("the
// doctors' union said the health minister could stop the strike how?"),
// the best confident fact in that side's words when the best is a quote
// or position in another's: Barclay's words about the negotiations are
// not what the BMA said, however well they match "health minister" and
// "said".
func (b *Base) preferSaidBy(q *query, ranked []scored) {
	if q.yesNo || len(ranked) < 2 {
		return
	}
	top := b.facts[ranked[0].fact]
	if top.Kind != KindQuote && top.Kind != KindPosition {
		return
	}
	who := b.saidBy(q)
	if len(who) == 0 {
		return
	}
	if voiced, known := b.voicedBy(top, who); voiced || !known {
		return
	}
	// Every one in that side's words goes before the others, in order:
	// the best of the other dispute, picked after, is theirs too.
	low := ranked[0].score * speakerRatio
	n := 0
	for n < len(ranked) && n < 6 && ranked[n].score >= low {
		n++
	}
	voicedFirst := func(s scored) bool {
		f := b.facts[s.fact]
		if f.Kind != KindQuote && f.Kind != KindPosition || !b.confidentIn(q, s) || b.wrongDispute(q, s.fact) {
			return false
		}
		voiced, _ := b.voicedBy(f, who)
		return voiced
	}
	var front, back []scored
	for _, s := range ranked[:n] {
		if voicedFirst(s) {
			front = append(front, s)
		} else {
			back = append(back, s)
		}
	}
	if len(front) > 0 {
		copy(ranked, append(front, back...))
	}
}

// cleftYes checks a Yes to "was it X who said …?" or "did X say …?", or an
// answer to either led with no verdict or declined, against who said it: when "who
// said …?" is a quote or position of others, and the answer rests on no
// quote or position of X's own, X is only someone the answer mentions
// ("the BMA leaders said Barclay had claimed …" is no Yes to "was it
// Barclay who said Scotland proved him wrong?"; Porter's phone call with
// Hunt says nothing of who argued talks should go on to the last minute),
// and the answer is cleftSpeaker's No; to "did X say …?", the articles
// don't say, with the words of whoever did say it. Otherwise a stays as
// it is.
func (b *Base) cleftYes(q *query, a Answer) Answer {
	raw := q.words
	if len(raw) < 5 || !b.v.yesNo[raw[0]] {
		return a
	}
	// "was it X who said …": X at 2, its verb after "who"; "did X say
	// …": X at 1, its verb right after it.
	from := 1
	if raw[1] == "it" {
		from = 2
	}
	var asked *sortMember
	for _, v := range b.valuesIn(raw) {
		if v.at == from && (asked == nil || len(v.m.words) > len(asked.words)) {
			asked = v.m
		}
	}
	if asked == nil {
		return a
	}
	verb := from + len(asked.words)
	if from == 2 {
		if verb+1 >= len(raw) || raw[verb] != "who" && raw[verb] != "that" {
			return a
		}
		verb++
	}
	if verb+1 >= len(raw) || !b.v.speech[raw[verb]] {
		return a
	}
	if len(a.Facts) == 0 {
		// Declined: nothing of X's own to keep.
	} else if f, ok := b.Fact(a.Facts[0]); ok && (f.Kind == KindQuote || f.Kind == KindPosition) &&
		slices.ContainsFunc(b.speakers(f), func(p *Fact) bool { return b.namedIn(asked.words, p) }) {
		return a // X's own words
	}
	s := b.answer("who "+strings.Join(raw[verb:], " "), nil)
	if !s.Found {
		return a
	}
	no, ok := b.cleftSpeaker(raw, verb-1, asked, s, a)
	if ok && from == 1 {
		// "did X say …?" of another's words is declined, as a speech
		// verb's question is, with whose words they are.
		no.decline("", strings.TrimPrefix(no.Text, "No. "))
	}
	if ok {
		return no
	}
	return a
}

// pluralReferent puts, for a plural pronoun in a later part of a question
// ("which hospital is in the News Shopper photos and who took them?"),
// the last plural noun of the part before in its place: "them" are the
// photos, not the hospital the first part's answer is about, which
// resolve would give it. So too "it" after a part answered with a person
// or organisation ("who organised the first strike and when did it
// start?"): "it" is no person, but what the part before names after its
// last "the". A part without one, or a part before with no such noun the
// facts know, is left as it is.
func (b *Base) pluralReferent(part string, before Answer) string {
	words := b.v.words(part)
	prev := b.splitCompounds(b.v.words(before.Question))
	if at := slices.Index(words, "it"); at >= 0 && len(before.Facts) > 0 {
		if f, ok := b.Fact(before.Facts[0]); ok && (f.Kind == KindPerson || f.Kind == KindOrganisation) {
			if the := slices.Index(prev, "the"); the >= 0 && the+1 < len(prev) {
				if last := slices.Index(prev[the+1:], "the"); last < 0 {
					words[at] = strings.Join(prev[the:], " ")
					return strings.Join(words, " ")
				}
			}
		}
	}
	at := slices.IndexFunc(words, func(w string) bool { return slices.Contains(b.v.pluralPronouns, w) })
	if at < 0 {
		return part
	}
	noun := ""
	for _, w := range prev {
		if len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && b.v.stem(w) != w &&
			!b.v.isStop(w) && !b.v.isWeak(w) && !b.v.modifiers.has(w) {
			if _, ok := b.ix.idf[b.v.term(w)]; ok {
				noun = w
			}
		}
	}
	if noun == "" {
		return part
	}
	words[at] = "the " + noun
	return strings.Join(words, " ")
}

// summaryRatio is how close to the best quote a position must score to
// answer instead, when quotes of one speaker tie for a question about what
// the speaker said in general.
const summaryRatio = 0.85

// preferSummary puts first, when the best answers are several quotes of
// one speaker scoring nearly alike ("what did the hospital trusts group
// say about the strikes?": each of Cordery's quotes fits as well as the
// next), the position of that speaker that sums them up: no one quote is
// what was asked, and the position gives the gist of them all.
func (b *Base) preferSummary(q *query, ranked []scored) {
	if q.yesNo || len(ranked) < 3 || b.facts[ranked[0].fact].Kind != KindQuote {
		return
	}
	top := b.facts[ranked[0].fact]
	sp := b.speakerFact(top)
	if sp == nil {
		return
	}
	same := 0 // other quotes of the speaker, nearly as good
	for _, s := range ranked[1:min(len(ranked), 4)] {
		if f := b.facts[s.fact]; f.Kind == KindQuote && b.speakerFact(f) == sp && s.score >= ranked[0].score*summaryRatio {
			same++
		}
	}
	if same < 2 {
		return
	}
	who := []*Fact{sp}
	lift(ranked, 6, summaryRatio, func(s scored) bool {
		f := b.facts[s.fact]
		if f.Kind != KindPosition || !b.confidentIn(q, s) || b.wrongDispute(q, s.fact) {
			return false
		}
		voiced, _ := b.voicedBy(f, who)
		return voiced
	})
}

// quoteVerb reports whether w alone is a cue of the quote answer type
// ("called", "described").
func (v *vocab) quoteVerb(w string) bool {
	t := v.answerType("quote")
	return t != nil && slices.ContainsFunc(t.cues, func(c []string) bool { return len(c) == 1 && c[0] == w })
}
