package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Yes/no questions asked in other shapes (session 18, helper "yesno3"): a
// statement with a tag ("the strike ran on Wednesday too, right?"), a
// question about a word used ("did Hunt use the word blackmail?") and one
// asking whether something happened only on one day ("did the strike only
// happen on Tuesday?").

// tagList lists the vocabulary's tag_questions as untag looks for them:
// lower case, with a curly apostrophe too ("isn’t it").
func tagList(tags []string) []string {
	var out []string
	for _, t := range tags {
		t = strings.ToLower(strings.TrimSpace(t))
		out = append(out, t)
		if c := strings.ReplaceAll(t, "'", "’"); c != t {
			out = append(out, c)
		}
	}
	return out
}

// foldByte reports whether byte c of a text may stand where byte t of a
// word does when strings.EqualFold finds the two equal: the same but for
// the case of an ASCII letter, or anything for a byte of a non-ASCII
// word. (A non-ASCII letter folding to an ASCII one, "ſ" to "s", is
// longer than it, so a text as long in bytes as an ASCII word that has
// one is never equal to it.) Tags and leads are compared to every
// question, and most differ at the first byte compared, which this tells
// without a call.
func foldByte(c, t byte) bool {
	if t >= utf8.RuneSelf || c == t {
		return true
	}
	l := t | 0x20
	return 'a' <= l && l <= 'z' && c|0x20 == l
}

// untag reads a question ending in a tag as the yes/no question it asks:
// "so the strike happened on Wednesday as well as Tuesday, right?" asks
// "is it true that the strike happened on Wednesday as well as Tuesday?",
// and "was it on Tuesday, right?" asks "was it on Tuesday?". A question
// starting with a question word ("what's right?") is left as it is, and
// so is one with nothing before its tag. Every question passes here: a
// suffix compared, no expression run.
func (v *vocab) untag(question string) string {
	s := strings.TrimRight(question, " ?.!\t\n")
	for _, tag := range v.tags {
		n := len(s) - len(tag)
		if n < 1 || len(tag) > 0 && !foldByte(s[len(s)-1], tag[len(tag)-1]) || !strings.EqualFold(s[n:], tag) || s[n-1] != ' ' && s[n-1] != ',' {
			continue
		}
		rest := strings.TrimRight(s[:n], " ,;")
		w := split(normalizeChars(rest), nil)
		if len(w) < 2 || slices.Contains(v.questionWords, w[0]) && !v.yesNo[w[0]] {
			return question
		}
		if v.yesNo[w[0]] {
			return rest + "?"
		}
		return "is it true that " + rest + "?"
	}
	return question
}

// bareAsk is the most words a question put as a bare participle may have.
const bareAsk = 5

// bareYesNo reads a few words ending in a participle and a question mark,
// with no question word or yes/no word ("agreement reached?", "strike
// called off?"), as the yes/no question they ask: "is it true that
// agreement reached?". Anything else is left as it is. words, if not
// nil, are the question's words split already (split of normalizeChars,
// which lowers their case).
func (v *vocab) bareYesNo(question string, words []string) string {
	s := strings.TrimSpace(question)
	if !strings.HasSuffix(s, "?") {
		return question
	}
	w := words
	if w == nil {
		w = split(normalizeChars(s), nil)
	}
	if len(w) < 2 || len(w) > bareAsk || slices.Contains(v.questionWords, w[0]) || v.yesNo[w[0]] || v.stop[w[0]] {
		return question
	}
	last := w[len(w)-1]
	if v.stop[last] && len(w) > 2 {
		last = w[len(w)-2] // "called off?"
	}
	if len(last) < 5 || !strings.HasSuffix(last, "ed") || v.stop[last] {
		return question
	}
	return "is it true that " + strings.TrimRight(s, " ?") + "?"
}

// quotedSpeech finds the quoted words of a text.
var quotedSpeech = regexp.MustCompile(`["“]([^"”]+)["”]`)

// wordingAsked lists the terms of a yes/no question asking whether a word
// was used ("did Hunt use the word blackmail?", "did he say the phrase
// …?") that the fact need not say itself: the vocabulary's wording word
// ("word") when the word after it is one the fact's answer quotes. The
// word used must be quoted: "blackmail" in quotes is Hunt's own word.
// Otherwise nil.
func (b *Base) wordingAsked(q *query, fact int32) []string {
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
func (b *Base) onlyDay(q *query, fact int32) (v verdict, ok bool) {
	// The vocabulary's only_words bound what follows to itself: "was the
	// strike just on Tuesday?".
	isOnly := func(w string) bool { return b.v.onlyWords[w] }
	if !slices.ContainsFunc(q.raw, isOnly) {
		return noVerdict, false
	}
	day, subject := b.dayQuestion(q)
	if day == "" {
		return noVerdict, false
	}
	only, between := -1, 0
	for i, w := range q.raw {
		if isOnly(w) {
			only, between = i, 0
			continue
		}
		if only >= 0 && b.v.term(w) == day {
			ok = between <= onlyReach
			break
		}
		// "only take place on the Tuesday": the generic words between
		// count for nothing.
		if only >= 0 && !b.v.isStop(w) && !b.v.isWeak(w) {
			between++
		}
	}
	body := b.derived[fact]().body
	if !ok || b.saysOnly(body, day) {
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

// sideFigure decides between figures of the unit asked that both fit and
// do not, when the others are of the opposite side: "did ambulance workers
// get 58% support?" against "58% in favour and 33% opposed" asks about the
// figure in favour, not the one opposed. The question gives one figure with
// a word after it ("support"); the fact's figures whose words after them
// have that word's opposite are set aside, and the rest decide when they
// agree. The fact's title must name the groups of staff the question does,
// and no others: "nurses" asked against a title about ambulance workers
// decides nothing, whatever figures its answer gives nurses. Otherwise no
// verdict.
func (b *Base) sideFigure(q *query, asked, given []figure, fact int32) verdict {
	if len(asked) != 1 || asked[0].unit == "" {
		return noVerdict
	}
	a := asked[0]
	// The words after the figure asked: "58% support" gives support.
	side := a.also
	opposite := func(g figure) bool {
		return slices.ContainsFunc(side, func(t string) bool {
			return slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(g.also, o) })
		})
	}
	groups := func(terms []string) []string {
		var out []string
		for _, t := range terms {
			if b.v.staffGroups[t] && !slices.Contains(out, t) {
				out = append(out, t)
			}
		}
		slices.Sort(out)
		return out
	}
	out := noVerdict
	for _, g := range given {
		if g.unit != a.unit && !slices.Contains(g.also, a.unit) || opposite(g) {
			continue
		}
		v := verdictNo
		if satisfies(g, a) {
			v = verdictYes
		}
		if out != noVerdict && out != v {
			return noVerdict
		}
		out = v
	}
	if out == noVerdict {
		return out
	}
	if !slices.Equal(groups(q.terms), groups(b.v.terms(b.facts[fact].Title, nil))) {
		return noVerdict
	}
	return out
}
