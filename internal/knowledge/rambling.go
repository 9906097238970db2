package knowledge

import (
	"slices"
	"strings"
)

// This file reads a long, rambling question whose real question is its
// last clause: "So my housemate's an F2 and she says the government just
// refuses to talk to them, but apparently the health secretary tells it
// differently — what did he say actually wrecked the negotiations?". The
// story before the clause brings in words of its own ("refuses to talk")
// that no one fact covers together with what is asked, so the whole is
// declined; the clause alone, with its "he" read as the one the story
// names, is a question the articles answer.

// minRambling is the fewest words a question needs for its last clause to
// be read alone: a short question's lead-in is part of what it asks
// ("In the pay strike, what …?").
const minRambling = 20

// minFinalClause is the fewest words the last clause needs to be a
// question of its own ("what did he say actually wrecked the
// negotiations?"), not a bare "what about money?".
const minFinalClause = 5

// storyBreaks end the story before a rambling question's last clause: a
// dash set off by spaces, or a comma.
var storyBreaks = []string{" — ", " – ", " - ", ", "}

// finalQuestion returns a rambling question's last clause as a question of
// its own, a personal pronoun in it replaced by the last person the story
// before names ("the health secretary"); "" when the question is short,
// asks more than once, has no such clause, or has a pronoun neither the
// clause before it nor the story names anyone for (no guess is made at
// whom it means). The clause is what follows the last break that a
// question word opens: "… from my allotment - who exactly was mounting the
// picket lines, and in which part of the UK?" asks from "who", not from
// the comma inside it. A clause a yes/no word opens ("… - was backing
// higher or lower than in January?") is a question of its own too.
func (b *Base) finalQuestion(question string) string {
	v := b.v
	// The checks on the text come first: they cost less than splitting
	// the question into words.
	at, skip := lastBreak(question, len(question))
	if at < 0 {
		return ""
	}
	if len(v.words(question)) < minRambling {
		return ""
	}
	var words []string
	for ; at >= 0; at, skip = lastBreak(question, at) {
		words = v.words(question[at+skip:])
		// "…, but what did the BBC poll actually say?": an opener or
		// "and" before the question word joins the clause to the story
		// and asks nothing itself.
		lead := 0
		for lead < len(words) && (v.openers[words[lead]] || words[lead] == "and") {
			lead++
		}
		if len(words)-lead >= minFinalClause && (slices.Contains(v.whWords, words[lead]) || v.yesNo[words[lead]]) {
			words = words[lead:]
			break
		}
	}
	if at < 0 {
		return ""
	}
	story, clause := question[:at], question[at+skip:]
	if strings.ContainsAny(story, "?") {
		return ""
	}
	pronoun := slices.IndexFunc(words, func(w string) bool { return slices.Contains(v.storyPronouns, w) })
	if pronoun < 0 || b.lastPerson(words[:pronoun]) != "" {
		// "what was Hunt actually saying he wanted …?": the clause
		// names him itself.
		return clause
	}
	who := b.lastPerson(v.words(story))
	if who == "" {
		return ""
	}
	for i, w := range words {
		if slices.Contains(v.storyPronouns, w) {
			words[i] = who
		}
	}
	return strings.Join(words, " ") + "?"
}

// lastBreak is where the last of storyBreaks before end starts in
// question, and its length; -1 when there is none.
func lastBreak(question string, end int) (at, skip int) {
	at = -1
	for _, sep := range storyBreaks {
		if i := strings.LastIndex(question[:end], sep); i > at {
			at, skip = i, len(sep)
		}
	}
	return at, skip
}

// lastPerson returns the words of the last name or role of a person's fact
// (as the facts' persons index has them: "barclay", "health secretary")
// among raw, or "".
func (b *Base) lastPerson(raw []string) string {
	for end := len(raw); end > 0; end-- {
		for n := 1; n <= 3 && n <= end; n++ {
			span := raw[end-n : end]
			if slices.ContainsFunc(span, func(w string) bool { return b.v.isStop(w) || b.v.isWeak(w) }) {
				break
			}
			if len(b.ix.persons[nameKey(b.v.termsOf(span))]) > 0 {
				return strings.Join(span, " ")
			}
		}
	}
	return ""
}
