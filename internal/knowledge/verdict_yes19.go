package knowledge

import "slices"

// Yes/no questions the articles confirm, asked in words of their own
// (session 19, helper "yes").

// everyOwn reports whether a yes/no question's every-dispute phrase ("each
// strike") is a fact's own wording rather than a request for both
// disputes: "does NHS Providers say costs go up with each strike?" asks
// about "getting harder and more expensive with every strike", one
// dispute's words. The fact's words (see factText) must have an
// every_dispute phrase of the same last word as the question's, both
// starting with a word of every_words: "every strike" says "each strike",
// but not "both strikes".
func (b *Base) everyOwn(q *query, words []string) bool {
	own := func(p []string) bool { return len(p) > 1 && b.v.everyWords[p[0]] }
	for _, p := range b.v.everyDispute {
		if !own(p) || !containsRun(q.raw, p) {
			continue
		}
		if !slices.ContainsFunc(b.v.everyDispute, func(f []string) bool {
			return own(f) && f[len(f)-1] == p[len(p)-1] && containsRun(words, f)
		}) {
			return false
		}
		return true
	}
	return false
}

// saidToBe lists the term of the verb of a yes/no question asking whether
// something was said or called so, with nobody named as saying it: "was
// the five-day strike said to be the longest walkout?", "is the row
// described as long-running?". A verb of speech_verbs or passive_cues after
// the question's subject, followed by "to be" or "as", asks how the
// articles put it: the fact need not have the verb, only the rest, who
// said it too if the question names someone ("described as … by Hunt").
// "said by Hunt to be" is not read so: the verb is asked as any other
// word. Otherwise nil.
func (b *Base) saidToBe(q *query) []string {
	if len(q.raw) < 5 || !b.v.identity[q.raw[0]] {
		return nil
	}
	for i := 2; i+2 < len(q.raw); i++ {
		if w := q.raw[i]; (b.v.speech[w] || b.v.passive[w]) && (q.raw[i+1] == "to" && q.raw[i+2] == "be" || q.raw[i+1] == "as") {
			return []string{b.v.term(w)}
		}
	}
	return nil
}

// activeAhead reports whether a yes/no question asks with its verb at at
// whether its subject was to do something: "would consultants provide
// emergency cover?" (a word of future first) or "were consultants going
// to provide it?" ("going", or "gonna" read so, just before the verb or
// its "to"). Its subject then does it, as in "did consultants provide …?".
func (b *Base) activeAhead(raw []string, at int) bool {
	if at < 2 {
		return false
	}
	if b.v.future[raw[0]] {
		return true
	}
	k := at - 1
	if raw[k] == "to" {
		k--
	}
	return k >= 2 && b.v.identity[raw[0]] && raw[k] == "going"
}

// soleAgent reports whether every verb of a fact's passives that a
// question asks about ("provided by consultants") has an agent the
// question names (asked, see agent): where the articles differ on
// something else ("no emergency care is provided", said of the strikers),
// no source gives the thing asked another agent, and a Yes for the agent
// asked holds. A passive with no agent names no rival.
func (b *Base) soleAgent(q *query, passives []passive, asked []string) bool {
	n := 0
	for _, p := range passives {
		if len(p.did) == 0 || !slices.Contains(q.terms, p.verb) {
			continue
		}
		if !slices.ContainsFunc(asked, func(t string) bool { return slices.Contains(p.did, t) }) {
			return false
		}
		n++
	}
	return n > 0
}

// lightNoun gives the term of the noun that names the act of a passive
// whose participle (words[at]) is a light verb: "emergency cover would be
// provided by consultants" has consultants cover. The noun stands just
// before the participle's forms of "be" and words of future ("would be",
// "was", "will be"); "" for another participle or no such noun.
func (b *Base) lightNoun(words []string, at int) string {
	if !b.v.light[words[at]] {
		return ""
	}
	k := at - 1
	for k >= 0 && (b.v.beWords[words[k]] || b.v.future[words[k]]) {
		k--
	}
	if k < 0 || k == at-1 || b.v.isStop(words[k]) {
		return ""
	}
	return b.v.term(words[k])
}

// agentsOnly reports whether every term of a question's subject names who
// may do something: a group of staff or someone the facts quote. Read
// through a light verb's noun ("cover"), "did consultants cover
// emergencies?" asks who covered; "is anyone covering A&E?" and "did the
// BMA say emergency cover would be there?" name no one who did.
func (b *Base) agentsOnly(asked []string) bool {
	return !slices.ContainsFunc(asked, func(t string) bool { return !b.v.staffGroups[t] && len(b.ix.speakers[t]) == 0 })
}
