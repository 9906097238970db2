package knowledge

import (
	"regexp"
	"slices"
	"strings"
)

// Yes/no questions asked in other shapes (session 18, helper "yesno3"): a
// statement with a tag ("the strike ran on Wednesday too, right?"), a
// question about a word used ("did Hunt use the word blackmail?") and one
// asking whether something happened only on one day ("did the strike only
// happen on Tuesday?").

// tagPattern builds the expression that finds a question tag ("right?",
// ", isn't it?") at the end of a question from the vocabulary's
// tag_questions; nil for none.
func tagPattern(tags []string) *regexp.Regexp {
	var alts []string
	for _, t := range tags {
		q := regexp.QuoteMeta(strings.ToLower(strings.TrimSpace(t)))
		q = strings.ReplaceAll(q, "'", "['’]")
		q = strings.ReplaceAll(q, " ", `\s+`)
		alts = append(alts, q)
	}
	if len(alts) == 0 {
		return nil
	}
	return regexp.MustCompile(`(?i)[\s,;]+(?:` + strings.Join(alts, "|") + `)\s*[?.!]*\s*$`)
}

// untag reads a question ending in a tag as the yes/no question it asks:
// "so the strike happened on Wednesday as well as Tuesday, right?" asks
// "is it true that the strike happened on Wednesday as well as Tuesday?",
// and "was it on Tuesday, right?" asks "was it on Tuesday?". A question
// starting with a question word ("what's right?") is left as it is, and
// so is one with nothing before its tag.
func (v *vocab) untag(question string) string {
	if v.tags == nil {
		return question
	}
	loc := v.tags.FindStringIndex(question)
	if loc == nil {
		return question
	}
	rest := strings.TrimSpace(question[:loc[0]])
	w := split(normalizeChars(rest), nil)
	if len(w) < 2 || slices.Contains(questionWords, w[0]) && !v.yesNo[w[0]] {
		return question
	}
	if v.yesNo[w[0]] {
		return rest + "?"
	}
	return "is it true that " + rest + "?"
}

// quotedSpeech finds the quoted words of a text.
var quotedSpeech = regexp.MustCompile(`["“]([^"”]+)["”]`)

// wordingAsked lists the terms of a yes/no question asking whether a word
// was used ("did Hunt use the word blackmail?", "did he say the phrase
// …?") that the fact need not say itself: the vocabulary's wording word
// ("word") when the word after it is one the fact's answer quotes. The
// word used must be quoted: "blackmail" in quotes is Hunt's own word.
// Otherwise nil.
func (b *Base) wordingAsked(q query, fact int32) []string {
	for i := 1; i+1 < len(q.raw); i++ {
		if !b.v.wording[q.raw[i]] || q.raw[i-1] != "the" {
			continue
		}
		used := b.v.term(q.raw[i+1])
		for _, m := range quotedSpeech.FindAllStringSubmatch(b.facts[fact].body, -1) {
			if slices.Contains(b.v.terms(m[1], nil), used) {
				return []string{b.v.term(q.raw[i])}
			}
		}
	}
	return nil
}

// onlyReach is how many words before the day asked "only" may stand and
// still bound the day: "did the strike only happen on Tuesday?", "was it
// only on Tuesday?".
const onlyReach = 3

// onlyDay decides a yes/no question asking whether something happened
// only on one day ("did the strike only happen on Tuesday?") from one
// fact: No when the fact puts the same subject on another day too ("on
// Tuesday and again on Wednesday"), and otherwise no verdict, unless the
// fact says "only" itself: a fact giving the day asked says nothing of the
// others. ok reports whether the question asks so; when it does not,
// dayVerdict decides as for any day.
func (b *Base) onlyDay(q query, fact int32) (v verdict, ok bool) {
	day, subject := b.dayQuestion(q)
	if day == "" {
		return noVerdict, false
	}
	only := -1
	for i, w := range q.raw {
		if w == "only" {
			only = i
		}
		if only >= 0 && i-only <= onlyReach && i > only && b.v.term(w) == day {
			ok = true
			break
		}
	}
	body := b.derived[fact]().body
	if !ok || slices.Contains(body, "only") {
		return noVerdict, false
	}
	wt := b.v.answerType("weekday")
	for _, t := range body {
		if t != day && wt.pattern.re.MatchString(t) && b.dayVerdict(t, subject, fact) == verdictYes {
			return verdictNo, true
		}
	}
	return noVerdict, true
}
