package knowledge

import "slices"

// Rules for yes/no questions that carry a wrong detail, a value the facts
// fill with another: the answer is "No", citing what the articles do say,
// not "the articles don't say".

// checkedSignal reports whether a term of a yes/no question is a value
// it checks rather than a name of a dispute, and sets it aside: a clock
// time ("did the five-day strike's pickets start at 8am?") is not a name
// of the dispute whose facts happen to have it, so it names none when
// another term of the question does (addCheckedSignal).
func (b *Base) checkedSignal(q *query, t string) bool {
	if !q.yesNo || !isTimeTerm(t) {
		return false
	}
	q.checkedTimes = append(q.checkedTimes, t)
	return true
}

// addCheckedSignal adds the clock times checkedSignal set aside to the
// question's dispute signal when no other term named a dispute: "did the
// strike start at 8am?" is still about the strike with 8am.
func (b *Base) addCheckedSignal(q *query, signal map[Dispute]float64) {
	if len(signal) > 0 {
		return
	}
	for _, t := range q.checkedTimes {
		if d, ok := b.ix.dispute[t]; ok {
			signal[d] += b.signalWeight(t)
		}
	}
}

// unconfirmed reports whether a yes/no question asks whether something
// was settled with a word the facts know only the opposite of ("has the
// Government confirmed it will accept the recommendations?" against
// "amid speculation that the Government would say whether …"): an answer
// saying it was still open answers No, it was not confirmed, where
// "did the Government accept them?" stays open.
func (b *Base) unconfirmed(q query, body []string) bool {
	return slices.ContainsFunc(q.opposed, func(t string) bool {
		return slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(body, o) })
	})
}

// timesToo checks a Yes from the figures against the clock times asked:
// "did the five-day strike's pickets start at 8am?" has its five days
// right and its time wrong ("from 7am"), so No.
func timesToo(v verdict, q query, given []string) verdict {
	if v == verdictYes && compareTimes(timesIn(q.raw), given) == verdictNo {
		return verdictNo
	}
	return v
}
