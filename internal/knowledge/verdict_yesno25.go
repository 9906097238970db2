package knowledge

// Session 25's yes/no checks: what a question asks of an article's own
// report.

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
