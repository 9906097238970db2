package knowledge

import (
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// This file holds the vetoes of session 20 (helper "wrongyes20") on a Yes
// already led, found by probing for confident wrong answers: a rank the
// fact gives nothing of ("is this the third walkout?" against a fact on
// "third parties"; "the second all-out strike" against "its second
// day"), a time relative to the articles' own they do not give ("next
// month" against "later this month"), and an outcome asked of a fact that
// states only a want ("did the doctors get a pay rise?" against the pay
// demand). The words they read are the vocabulary's yes_checks.

// yesChecks are the vocabulary's yes_checks: the words the vetoes below read.
type yesChecks struct {
	ordinals    map[string]bool // words of rank ("first", "third", "last") asked of what follows them
	determiners map[string]bool // words before a rank that make it one ("the third", not "did it last")
	relative    [][]string      // times relative to an article's own ("next month"), as words
	outcomes    map[string]bool // verbs asking what someone got ("get", "won"), which a want does not state
	wants       map[string]bool // words of a want or a demand: a fact with one and no outcome states a want
}

// yesChecksYAML is the yes_checks section of vocabulary.yaml.
type yesChecksYAML struct {
	Ordinals    []string `yaml:"ordinals"`
	Determiners []string `yaml:"determiners"`
	Relative    []string `yaml:"relative_times"`
	Outcomes    []string `yaml:"outcomes"`
	Wants       []string `yaml:"wants"`
}

// loadYesChecks reads the vocabulary's yes_checks section; a word not lower
// case and trimmed is an error.
func (l *loader) loadYesChecks(node *yaml.Node) yesChecks {
	c := yesChecks{ordinals: map[string]bool{}, determiners: map[string]bool{}, outcomes: map[string]bool{}, wants: map[string]bool{}}
	if node.Kind == 0 {
		return c
	}
	var y yesChecksYAML
	if err := node.Decode(&y); err != nil {
		l.add(vocabFile, yamlErrLine(err), "yes_checks: %v", err)
		return c
	}
	ok := func(list, w string) bool {
		if w == "" || w != strings.ToLower(w) || strings.Join(strings.Fields(w), " ") != w {
			l.add(vocabFile, node.Line, "yes_checks: %s: %q must be lower case, trimmed, single-spaced and not empty", list, w)
			return false
		}
		return true
	}
	for list, into := range map[string]struct {
		words []string
		set   map[string]bool
	}{"ordinals": {y.Ordinals, c.ordinals}, "determiners": {y.Determiners, c.determiners}, "outcomes": {y.Outcomes, c.outcomes}, "wants": {y.Wants, c.wants}} {
		for _, w := range into.words {
			if ok(list, w) {
				into.set[w] = true
			}
		}
	}
	for _, p := range y.Relative {
		if ok("relative_times", p) {
			c.relative = append(c.relative, split(normalizeChars(p), nil))
		}
	}
	return c
}

// wrongVerdict20 turns a Yes the fact's own text does not back into "the
// articles don't say", keeping what the fact says: a rank, relative time or
// outcome it does not state (this file's comment), or names and figures no
// one of its sentences has together, or a figure asked as a want it gives
// only as said (verdict_wrongyes20b.go). Every check reads the fact's
// stated words, worked out once per fact (derived.statedWords): aliases,
// keywords and example questions only point questions at it.
func (b *Base) wrongVerdict20(q *query, fact int32, a *Answer) {
	if !a.Found || !q.yesNo || !strings.HasPrefix(a.Text, "Yes. ") || b.facts[fact].Kind == KindGap || strings.HasPrefix(b.facts[fact].Answer, "Yes") {
		return
	}
	stated := b.derived[fact]().statedWords
	if b.rankUnstated(q, fact, stated) || b.relativeUnstated(q, stated) || b.outcomeUnstated(q, fact, stated) ||
		b.namesApart(q, stated) || b.wantUnstated(q, stated) || b.patientUnstated(q, stated) || b.spanUnstated(q, fact) {
		a.decline("", trimLead(a.Text))
	}
}

// rankReach is how many words after a rank the thing ranked may stand and
// still be the one it ranks: "its second and last scheduled day", "the
// first ever NHS Long Term Workforce Plan".
const rankReach = 6

// rankUnstated reports whether a yes/no question ranks something ("the
// third walkout", "a second all-out strike", "the last strike") that no
// stated sentence of the fact ranks so: the same word of rank with a term
// of the first words after it in the question close behind it, unless the
// rank is in an alias or keyword of the fact the question says whole. Words are
// compared one by one as terms ("walkout" is "strike"), as a sentence's
// terms drop what a phrase of it makes a stop word.
func (b *Base) rankUnstated(q *query, fact int32, stated [][]string) bool {
	c := &b.v.checks
	f := b.facts[fact]
	for i := 1; i+1 < len(q.raw); i++ {
		if !c.ordinals[q.raw[i]] || !c.determiners[q.raw[i-1]] {
			continue
		}
		// An alias or keyword the question says whole, rank and all ("did
		// a third party weigh in?"), names what the fact is about.
		if slices.ContainsFunc(append(slices.Clone(f.Aliases), f.Keywords...), func(p string) bool {
			pw := b.v.words(p)
			return slices.Contains(pw, q.raw[i]) && containsRun(q.raw, pw)
		}) {
			continue
		}
		var ranked []string
		for _, w := range q.raw[i+1 : min(len(q.raw), i+3)] {
			if !b.v.isStop(w) {
				ranked = append(ranked, b.wordTerm(w))
			}
		}
		if len(ranked) == 0 {
			continue
		}
		rank := b.wordTerm(q.raw[i])
		if !slices.ContainsFunc(stated, func(words []string) bool { return b.ranksAfter(words, rank, ranked) }) {
			return true
		}
	}
	return false
}

// wordTerm is the term one word is read as ("third" as "3rd", "walkout"
// as "strik"), or the word itself where it gives none.
func (b *Base) wordTerm(w string) string {
	if ts := b.v.terms(w, nil); len(ts) == 1 {
		return ts[0]
	}
	return w
}

// ranksAfter reports whether a sentence has the rank with a word of one of
// the terms ranked within rankReach words after it. It reads the sentence's
// words as written, so that a phrase taking the rank in ("first all-out"
// read as "all-out") still has it, and the words after it as a question's
// are read, phrases and all.
func (b *Base) ranksAfter(words []string, rank string, ranked []string) bool {
	for k, w := range words {
		if w != rank && b.wordTerm(w) != rank {
			continue
		}
		after := b.v.words(joinWords(words[k+1 : min(len(words), k+1+rankReach)]))
		if slices.ContainsFunc(after, func(w string) bool { return slices.Contains(ranked, b.wordTerm(w)) }) {
			return true
		}
	}
	return false
}

// relativeUnstated reports whether a yes/no question puts something at a
// time relative to the articles' own ("next month", "last week") that no
// stated sentence of the fact gives: "later this month" is not next month,
// "earlier this week" not last week.
func (b *Base) relativeUnstated(q *query, stated [][]string) bool {
	for _, p := range b.v.checks.relative {
		if containsRun(q.raw, p) && !slices.ContainsFunc(stated, func(words []string) bool { return containsRun(words, p) }) {
			return true
		}
	}
	return false
}

// outcomeUnstated reports whether a yes/no question asks what someone got
// ("did the doctors get a pay rise?", "did the BMA win 35%?") of a fact
// that gives a position, or states a want ("35% - the pay demand"), and
// states no outcome: a demand is not what was won.
func (b *Base) outcomeUnstated(q *query, fact int32, stated [][]string) bool {
	c := &b.v.checks
	// "did NHS Providers urge both sides to get back to talks?": what
	// someone urged or wanted to get is no outcome claimed.
	asked := false
	for k, w := range q.raw {
		if b.v.hypothetical[w] {
			return false
		}
		asked = asked || c.outcomes[w] && (k == 0 || q.raw[k-1] != "to")
	}
	if !asked {
		return false
	}
	has := func(set map[string]bool) bool {
		return slices.ContainsFunc(stated, func(words []string) bool {
			return slices.ContainsFunc(words, func(w string) bool { return set[w] })
		})
	}
	if t := b.v.answerType("position"); b.facts[fact].Kind != KindPosition && (t == nil || !b.suppliesType(fact, t)) && !has(c.wants) {
		return false
	}
	return !has(c.outcomes)
}
