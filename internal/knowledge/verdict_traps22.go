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
// vocabulary's arithmetic pattern): "whats 2+2", "what is 12 x 3?".
func (v *vocab) sum(message string) bool {
	return v.arithmetic != nil && v.arithmetic.MatchString(normalizeChars(strings.TrimSpace(message)))
}

// declineTraps22 applies this file's checks to a found answer to one
// clause: see asksOpinion and unknownYear.
func (b *Base) declineTraps22(q *query, question string, a *Answer) {
	if !a.Found {
		return
	}
	if b.v.asksOpinion(q.raw) {
		a.declineAs("I give no opinions of my own: the articles report what each side said, and settle no such question", trimLead(a.Text))
		return
	}
	if y := b.unknownYear(question); y != "" && !strings.HasPrefix(a.Text, "No. ") {
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
	return slices.ContainsFunc(v.opinionAsks, func(p []string) bool { return containsRun(raw, p) })
}

// unknownYear is a year the question names that no dispute declares (its
// years) and no fact prints ("in 2024"), or "": the articles cover their
// disputes' years, and say nothing of another.
func (b *Base) unknownYear(question string) string {
	for _, g := range b.v.figures(question) {
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
