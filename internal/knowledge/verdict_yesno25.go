package knowledge

import "slices"

// Session 25's yes/no checks: what a question asks of an article's own
// report, and which of two things more people did.

// articleSpeech lists the term of a verb of speech a yes/no question gives
// an article it names ("one of the hospitals the local paper says will be
// affected"), when the fact cites that article: what the article says is
// what the fact reports from it, so the verb need not be among the fact's
// words for a Yes; the rest of the question must be. Otherwise nil.
func (b *Base) articleSpeech(q *query, fact int32) []string {
	if q.article <= 0 || q.article > len(b.ix.cites[fact]) || !b.ix.cites[fact][q.article-1] {
		return nil
	}
	for i := 1; i < len(q.raw); i++ {
		// "says" is read as "say", a verb of speech.
		if t := b.v.term(q.raw[i]); (b.v.speech[q.raw[i]] || b.v.speech[t]) && b.v.articleWords[q.raw[i-1]] {
			return []string{t}
		}
	}
	return nil
}

// shareComparison decides a yes/no question comparing how many did one
// thing with how many did another ("did the poll find more people opposed
// the doctors than supported them?") from the shares the answer's words
// give each verb ("57% supported the doctors' cause and a quarter opposed
// it"): Yes when the share of the verb before "than" is the larger, as a
// word of the vocabulary's scale before it asks (or the smaller, for
// "fewer"), No when the other way. No verdict when either verb has no
// share, or more than one, or the two are equal, or the two verbs are one.
func (b *Base) shareComparison(q *query, words []string) verdict {
	than := slices.Index(q.raw, "than")
	if than < 2 {
		return noVerdict
	}
	dir, at := 0, -1
	for k := than - 1; k >= 0; k-- {
		if d := b.v.scale[q.raw[k]]; d == 1 || d == -1 {
			dir, at = d, k
			break
		}
	}
	if at < 0 {
		return noVerdict
	}
	content := func(ws []string) string {
		for _, w := range ws {
			if !b.v.isStop(w) && !b.v.isWeak(w) && !b.v.population[b.v.term(w)] {
				return b.v.stem(b.v.term(w))
			}
		}
		return ""
	}
	first, second := content(q.raw[at+1:than]), content(q.raw[than+1:])
	if first == "" || second == "" || first == second {
		return noVerdict
	}
	share := func(verb string) (float64, bool) {
		found, pct := false, 0.0
		for k := 0; k < len(words); k++ {
			p, n := b.v.shareAt(words, k)
			if n == 0 || b.v.stem(b.verbAfter(words, k+n)) != verb {
				continue
			}
			if found && p != pct {
				return 0, false
			}
			found, pct = true, p
		}
		return pct, found
	}
	a, okA := share(first)
	c, okC := share(second)
	if !okA || !okC || a == c {
		return noVerdict
	}
	if (a > c) == (dir > 0) {
		return verdictYes
	}
	return verdictNo
}

// rankContradicted reports whether a yes/no question ranks its subject with
// a number of rank ("is the NHS Long Term Workforce Plan the second such
// plan?") that a stated sentence of the fact gives another number of rank
// for the same thing ("the first ever NHS Long Term Workforce Plan"), and
// no stated sentence ranks it as asked: a first is no second. A rank is a
// number's only when its term is one (vocabulary yes_checks ordinals, read
// as "1st", "2nd"): "last" may be the first as well. The sentence must
// have every subject word the question gives before the rank, so that it
// ranks what the question does.
func (b *Base) rankContradicted(q *query, fact int32) bool {
	c := &b.v.checks
	stated := b.derived[fact]().statedWords
	for i := 1; i+1 < len(q.raw); i++ {
		if !c.ordinals[q.raw[i]] || !c.determiners[q.raw[i-1]] {
			continue
		}
		rank := b.wordTerm(q.raw[i])
		if !isDigitByte(rank[0]) {
			continue
		}
		var ranked []string
		for _, w := range q.raw[i+1 : min(len(q.raw), i+3)] {
			if !b.v.isStop(w) {
				ranked = append(ranked, b.wordTerm(w))
			}
		}
		var subject []string
		for _, w := range q.raw[1 : i-1] {
			if !b.v.isStop(w) && !b.v.isWeak(w) && !b.v.isFigure(w) {
				subject = append(subject, b.wordTerm(w))
			}
		}
		if len(ranked) == 0 || len(subject) == 0 || slices.ContainsFunc(stated, func(words []string) bool { return b.ranksAfter(words, rank, ranked) }) {
			continue
		}
		for _, words := range stated {
			// Read whole, as the question's words are: "long term" is
			// one term.
			terms := b.v.terms(joinWords(words), nil)
			if slices.ContainsFunc(subject, func(t string) bool { return !slices.Contains(terms, t) }) {
				continue
			}
			for k, w := range words {
				if other := b.wordTerm(w); c.ordinals[w] && other != rank && isDigitByte(other[0]) && b.ranksAfter(words[k:], other, ranked) {
					return true
				}
			}
		}
	}
	return false
}
