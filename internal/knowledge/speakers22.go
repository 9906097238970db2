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
func (b *Base) nameSpeakers(question string, a *Answer) {
	if !a.Found || len(a.Facts) == 0 {
		return
	}
	f, ok := b.Fact(a.Facts[0])
	if !ok {
		return
	}
	d := b.derived[b.byID[f.ID]]()
	g, alias := d.group, d.groupAlias
	if g == nil || !b.analyze(question).asks("person") {
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
// not the question to ask. s is the answer to "who said …?".
func (b *Base) cleftSpeaker(raw []string, end int, asked *sortMember, s Answer, a Answer) (Answer, bool) {
	if !b.v.speech[raw[end+1]] || len(s.Facts) == 0 {
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
