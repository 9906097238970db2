package knowledge

import (
	"slices"
	"strings"
)

// This file holds two No checks of session 19: a claim asked of one person
// that the fact has another person make ("did Porter claim lives were at
// risk?" against "Hunt claimed that lives were being put at risk"), and
// something asked to have happened before that the fact says happened for
// the first time ("had A&E been hit in earlier strikes?" against "the first
// time services such as A&E … had been affected").

// speakerNo decides a yes/no question asking whether one person said
// something ("did Mark Porter claim lives were being put at risk?", "was
// it Porter who claimed …?") against the fact's sentences that say it: No
// when a sentence has every content term of what is asked after a word of
// speech or belief with only other people named before it ("Hunt claimed
// that lives were being put at risk by the strike"), and no sentence has
// the person asked say it; otherwise no verdict. A sentence naming the
// person asked anywhere before its verb ("Porter said Hunt claimed …", "BMA
// leaders Laurenson and Trivedi said") is theirs, and one naming nobody
// ("he said") is nobody's: neither is a No.
func (b *Base) speakerNo(q *query, fact int32) verdict {
	raw := q.raw
	if !q.yesNo || b.questionDenies(q) {
		return noVerdict
	}
	s := slices.IndexFunc(raw, func(w string) bool { return b.v.speech[w] || b.v.belief[w] })
	if s < 2 || s+1 >= len(raw) {
		return noVerdict
	}
	asked, _ := b.namedRuns(raw[1:s])
	if len(asked) != 1 {
		return noVerdict // nobody, or several: whose words is for the others
	}
	claim := b.contentTerms(raw[s+1:])
	if len(claim) < minClaimTerms {
		return noVerdict
	}
	other := false
	for _, sentence := range sentences(b.facts[fact].body) {
		words := b.v.words(sentence)
		terms := b.v.termsOf(words)
		// The last word of speech that every term of the claim follows.
		at := -1
		for k, w := range words {
			if (b.v.speech[w] || b.v.belief[w]) && !slices.ContainsFunc(claim, func(t string) bool { return !slices.Contains(terms[k+1:], t) }) {
				at = k
			}
		}
		if at < 0 {
			continue
		}
		speakers, _ := b.namedRuns(words[:at])
		switch {
		case slices.Contains(speakers, asked[0]):
			return noVerdict
		case len(speakers) > 0:
			other = true
		}
	}
	if other {
		return verdictNo
	}
	return noVerdict
}

// minClaimTerms is how many content terms what a question asks someone to
// have said must have for speakerNo to find it in a sentence: one word
// ("did Porter say no?") is no claim of its own.
const minClaimTerms = 2

// leadSpeaker leads with "No" the answer to a yes/no question asking
// whether one person said what the best fact has another say (see
// speakerNo), and reports whether it did.
func (b *Base) leadSpeaker(q *query, fact int32, a *Answer, text string) bool {
	return b.leadNo(q, func() verdict { return b.speakerNo(q, fact) }, a, text)
}

// firstTimeNo decides a yes/no question asking whether something had
// happened before ("had A&E, maternity and intensive care been hit by
// earlier strikes?", "had maternity already been affected?", "was there
// an all-out strike before?": the vocabulary's prior_words) against a
// fact saying it happened for the first time (its novelty pattern): No.
// A prior word before another time ("before the 2023 strike", "earlier
// than 2023", "before 2023") asks of that time, which the first time in
// one dispute does not settle; a question saying "first" itself, or one
// denying, is left to the other checks.
func (b *Base) firstTimeNo(q *query, top scored) verdict {
	if !q.yesNo || b.v.novelty == nil || b.questionDenies(q) {
		return noVerdict
	}
	asked := false
	var prior []string // the prior words' terms: the fact says none of them
	for i, w := range q.raw {
		if !b.v.prior[w] {
			continue
		}
		prior = append(prior, b.v.term(w))
		if i+1 == len(q.raw) {
			asked = true
			continue
		}
		next := q.raw[i+1]
		if isDigitByte(next[0]) || b.v.isStop(next) && !b.v.beWords[next] {
			return noVerdict // "before the 2023 strike": another time
		}
		asked = true
	}
	// The rest of the question must be the fact's: "had A&E been hit
	// before?" is not answered by the first all-out strike.
	if !asked || b.v.novelty.MatchString(normalizeChars(joinWords(q.raw))) || !b.saysAllBut(q, b.derived[top.fact]().said, prior) {
		return noVerdict
	}
	if b.v.novelty.MatchString(normalizeChars(b.facts[top.fact].body)) {
		return verdictNo
	}
	return noVerdict
}

// joinWords joins words with single spaces.
func joinWords(words []string) string { return strings.Join(words, " ") }

// leadFirst leads with "No" the answer to a yes/no question asking
// whether something had happened before that the best fact says happened
// for the first time (see firstTimeNo), and reports whether it did.
func (b *Base) leadFirst(q *query, top scored, a *Answer, text string) bool {
	return b.leadNo(q, func() verdict { return b.firstTimeNo(q, top) }, a, text)
}

// inShare reports whether raw word i of a yes/no question is a word of the
// one share it asks in words ("did a third oppose the doctors?", the
// vocabulary's shares): a figure, which counts for no fact's coverage, so
// that the fact giving another share for the same verb ("a quarter oppose
// it") still answers it, No (see shareNo). A figure written as one ("57%")
// is the fact's own words when it gives it, and still counts; so do two
// shares ("half support and a quarter oppose"), which shareNo leaves.
func (b *Base) inShare(q *query, i int) bool {
	if !q.yesNo {
		return false
	}
	from, to := -1, -1
	for k := 0; k < len(q.raw); k++ {
		for _, s := range b.v.shares {
			if k+len(s.words) <= len(q.raw) && slices.Equal(q.raw[k:k+len(s.words)], s.words) {
				if from >= 0 {
					return false // two shares
				}
				from, to = k, k+len(s.words)
				k = to - 1
				break
			}
		}
	}
	return from <= i && i < to
}

// overviewNo answers No to a yes/no question made of the disputes' own
// names that puts one dispute's strike under a word only another
// dispute's names have ("is the five-day walkout about a new contract?":
// the five-day walkout is the pay dispute's, a new contract the contract
// dispute's), with the overview of the one it asks about; otherwise a
// stays as it is. Which questions clash so is overviewClash's (in
// verdict_yesno21.go).
func (b *Base) overviewNo(q *query, a Answer) Answer {
	if strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") {
		return a
	}
	b.premiseOverview(q, &a)
	return a
}
