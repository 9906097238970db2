package knowledge

import (
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Checking a message against the articles ("Check with the articles"). A
// message is split into sentences; those that make a checkable claim (a
// number, percentage, time, day or date, or an assertion about something the
// facts know) are each read by the answering engine as a yes/no question.
// The facts it answers with are then compared with the claim: the figures,
// times and days the claim gives against those the facts' curated answers
// give, and, for a claim without any, the engine's own yes/no verdict. A
// claim is supported only when a fact the engine is confident in says what
// it says; anything less is "the articles don't cover this".

// Verdict is what the articles say about one claim.
type Verdict string

// The verdicts of a claim check.
const (
	// Supported: a fact says what the claim says.
	Supported Verdict = "supported"
	// Attributed: the articles give it only as someone's words (a quote,
	// or a figure inside one), not as something they state; Claim.Speaker
	// says whose.
	Attributed Verdict = "attributed"
	// Contradicted: a fact about the same thing says otherwise.
	Contradicted Verdict = "contradicted"
	// NotCovered: the articles don't say, or not clearly enough to tell.
	NotCovered Verdict = "not_covered"
)

// Claim is one claim a message makes and what the articles say about it.
type Claim struct {
	Text    string  // the claim as the message words it, cleaned of markup
	Verdict Verdict // supported, attributed, contradicted or not covered
	// Note says the verdict in one plain sentence, e.g. "The articles give
	// 8am, not 9am."
	Note string
	// Speaker is whose words an Attributed claim rests on, e.g. "Steve
	// Barclay"; "" when not known.
	Speaker string
	// Facts are the ids of the facts that show what the articles say, best
	// first; for NotCovered, the nearest facts, if any.
	Facts []string
	// Said is what those facts say: their curated answers.
	Said    string
	Sources []Source // the evidence behind Facts, file and line

	// shown are the fact's values that settled the claim, for ordering
	// the sources.
	shown []spec
}

// Limits on a check, so a hostile message costs no more than a long one.
const (
	// MaxCheckText is how much of a message Check reads, in bytes.
	MaxCheckText = 4000
	// MaxClaims is how many claims Check checks; the first ones win.
	MaxClaims = 5
	// maxClaimFacts is how many facts a claim's result shows.
	maxClaimFacts = 2
	// maxSentences bounds the splitter's work on a message of many
	// one-word sentences.
	maxSentences = 40
)

// Check finds the claims text makes, at most MaxClaims, and checks each
// against the fact base. Chit-chat, questions and sentences with nothing
// the articles could settle are left out; a message with no claim gives
// none.
func (b *Base) Check(text string) []Claim {
	var out []Claim
	words := &b.v.claims
	for _, s := range words.splitClaims(clip(text, MaxCheckText)) {
		if len(out) == MaxClaims {
			break
		}
		c, ok := words.claimText(s)
		if !ok {
			continue
		}
		for _, part := range b.splitAnd(c) {
			// Each part of a joined claim may have hedges and trailers of
			// its own: "the BMA wants 35% lol, and …".
			if p, ok := words.claimText(part); ok {
				part = p
			}
			if len(out) < MaxClaims && b.checkable(part) {
				out = append(out, b.checkClaim(part))
			}
		}
	}
	return out
}

// splitAnd splits a claim at an "and" that joins two claims with values
// of their own: "the BMA wants 35% and the strike started at 9am" is two
// claims, "from 8am to 5pm on Tuesday and Wednesday" one.
func (b *Base) splitAnd(claim string) []string {
	low := strings.ToLower(claim)
	for i := strings.Index(low, " and "); i >= 0; {
		left, right := claim[:i], claim[i+len(" and "):]
		if b.claimOfItsOwn(left) && b.claimOfItsOwn(right) {
			return append([]string{strings.TrimRight(left, " ,")}, b.splitAnd(right)...)
		}
		next := strings.Index(low[i+1:], " and ")
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return []string{claim}
}

// markup is what Discord messages carry that is no part of a claim:
// mentions, channel links, custom emoji, links, and Markdown.
var (
	markupTags  = regexp.MustCompile(`<(?:@[!&]?|#|a?:\w+:)\d*>|https?://\S+`)
	markupChars = strings.NewReplacer("*", "", "_", "", "~", "", "|", "", "`", "", "\u200b", "")
)

// splitClaims splits a message into cleaned sentences and clauses: at a
// full stop, question or exclamation mark followed by a space or the end
// (not in "6.5", or after an abbreviation such as "Dr." or "e.g." or a
// single letter), at a semicolon, at a new line, and before
// ", but". Each piece is trimmed and non-empty; a question keeps its mark,
// so the caller can tell it from a claim.
func (cw *claimWords) splitClaims(text string) []string {
	if !utf8.ValidString(text) {
		text = strings.ToValidUTF8(text, " ")
	}
	text = markupTags.ReplaceAllString(markupChars.Replace(text), " ")
	var out []string
	add := func(s string) {
		s = strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), ">-•,: "))
		if s != "" && len(out) < maxSentences {
			out = append(out, s)
		}
	}
	start := 0
	for i := 0; i < len(text) && len(out) < maxSentences; i++ {
		switch c := text[i]; c {
		case '\n', ';':
			add(text[start:i])
			start = i + 1
		case '.', '!', '?':
			end := i + 1
			for end < len(text) && (text[end] == '.' || text[end] == '!' || text[end] == '?') {
				end++
			}
			if end < len(text) && text[end] != ' ' && text[end] != '\n' && text[end] != '\t' && text[end] != '"' && text[end] != ')' {
				i = end - 1
				continue // "6.5", "8.30am", "e.g."
			}
			if c == '.' && end == i+1 && cw.abbreviated(text[start:i]) {
				continue
			}
			add(text[start:end])
			start = end
			i = end - 1
		case ',':
			if rest := text[i+1:]; strings.HasPrefix(rest, " but ") {
				add(text[start:i])
				start = i + len(", but ")
				i = start - 1
			}
		}
	}
	add(text[start:])
	return out
}

// abbreviated reports whether s ends with an abbreviation such as "Dr".
func (cw *claimWords) abbreviated(s string) bool {
	i := strings.LastIndexAny(s, " \t(\"")
	w := strings.ToLower(s[i+1:])
	return slices.Contains(cw.abbreviations, w) || len(w) == 1 && w[0] >= 'a' && w[0] <= 'z'
}

// claimText strips a sentence's hedges and reports whether what is left
// is a claim rather than a question: "is it true that the strike started
// at 9am?" is the claim "the strike started at 9am". The hedges and
// trailers are the vocabulary's (claims: hedges, trailers); a hedge
// starting with one of its truth_questions makes a question a claim.
func (cw *claimWords) claimText(s string) (string, bool) {
	question := strings.HasSuffix(s, "?")
	truth := false
	for stripped := true; stripped; {
		stripped = false
		low := strings.ToLower(s)
		for _, h := range cw.hedges {
			rest, ok := strings.CutPrefix(low, h)
			if !ok || rest != "" && strings.IndexByte(" ,:-", rest[0]) < 0 {
				continue
			}
			truth = truth || slices.ContainsFunc(cw.truthQuestions, func(a string) bool { return strings.HasPrefix(h, a) })
			s = strings.TrimLeft(s[len(h):], " ,:-")
			stripped = true
			break
		}
	}
	s = strings.TrimRight(s, " .!?")
	for stripped := true; stripped; {
		stripped = false
		low := strings.ToLower(s)
		for _, t := range cw.trailers {
			if strings.HasSuffix(low, " "+t) {
				s, stripped = strings.TrimRight(s[:len(s)-len(t)-1], " ,.!?"), true
				break
			}
		}
	}
	return s, s != "" && (!question || truth)
}

// claimOfItsOwn reports whether a part of a claim is one by itself: a
// value, and something besides it that the facts know ("the strike started
// at 9am", not "again on Wednesday").
func (b *Base) claimOfItsOwn(part string) bool {
	specs := b.specifics(part, true)
	if len(specs) == 0 || len(strings.Fields(part)) < 3 {
		return false
	}
	return b.knownTerms(withoutSpecifics(part, specs)) > 0
}

// knownTerms counts the subject terms of a text the facts know.
func (b *Base) knownTerms(text string) int {
	q := b.analyze(text)
	n := 0
	for i, t := range q.terms {
		if _, ok := b.ix.idf[t]; ok && !q.weak[i] && !q.context[i] {
			n++
		}
	}
	return n
}

// checkable reports whether a claim has something the articles could
// settle: a figure, time, day or date, or at least two things the facts
// know about. Chit-chat ("lol what a week") has neither.
func (b *Base) checkable(claim string) bool {
	if len(split(normalizeChars(claim), nil)) < 3 {
		return false
	}
	if _, ok := b.smallTalk(claim); ok {
		return false
	}
	if len(b.specifics(claim, true)) > 0 {
		return true
	}
	return b.knownTerms(claim) >= 2
}

// checkClaim checks one claim.
func (b *Base) checkClaim(claim string) Claim {
	c := Claim{Text: claim, Verdict: NotCovered}
	asked := b.specifics(claim, true)
	// The claim as a yes/no question, as the engine reads one; word order
	// does not matter to it.
	yesNo := "is " + claim
	a := b.Answer(yesNo)
	var facts []string
	if len(asked) > 0 {
		// The claim's subject, not its value, picks the facts that settle
		// it: asked for the kind of value ("what time did the 2016 strike
		// start"), the engine finds the fact about the 2016 start, where
		// the value would find any fact with "two days" in it, and a value
		// the facts do not know ("9am") would make the claim look
		// off-topic. The claim as written comes next.
		if alt := b.Answer(cue(asked[0].kind) + " " + withoutSpecifics(claim, asked)); alt.Found {
			facts = append(facts, alt.Facts...)
		}
	}
	if a.Found {
		for _, id := range a.Facts {
			if !slices.Contains(facts, id) {
				facts = append(facts, id)
			}
		}
	}
	if len(facts) == 0 {
		// Nothing the engine is sure of: the nearest fact would only
		// suggest the articles had something to say.
		c.Note = "The articles don't cover this."
		b.fillClaim(&c)
		return c
	}
	if name := b.unknownName(claim); name != "" {
		// "the Ipsos Mori poll was for ITV": the facts never name ITV, so
		// whatever else fits, they cannot settle it.
		c.Note = "The articles don't mention " + name + "."
		b.fillClaim(&c)
		return c
	}
	q := b.analyze(yesNo)
	if len(asked) == 0 {
		b.judgeAssertion(&c, q, a, claim)
	} else {
		b.judgeSpecifics(&c, q, asked, facts, claim)
	}
	b.fillClaim(&c)
	citeFirst(c.Sources, asked, c.shown)
	return c
}

// citeFirst puts first the sources whose quotes give a value the claim or
// its fact gives, so that the citations shown begin with the evidence
// that settles the claim.
func citeFirst(sources []Source, asked, shown []spec) {
	var values []string
	for _, s := range append(slices.Clone(asked), shown...) {
		values = append(values, strings.Join(split(normalizeChars(s.raw), nil), " "))
	}
	gives := func(src Source) bool {
		quote := " " + strings.Join(split(normalizeChars(src.Quote), nil), " ") + " "
		return slices.ContainsFunc(values, func(v string) bool { return v != "" && strings.Contains(quote, " "+v+" ") })
	}
	slices.SortStableFunc(sources, func(x, y Source) int {
		switch gx, gy := gives(x), gives(y); {
		case gx && !gy:
			return -1
		case gy && !gx:
			return 1
		}
		return 0
	})
}

// unknownName returns the first name in a claim (a capitalised word) that
// no fact has, or "". A first word counts only when it is no English word:
// "Sunak is …", not "Everyone says …".
func (b *Base) unknownName(claim string) string {
	for i, f := range strings.Fields(claim) {
		w := strings.TrimFunc(f, func(r rune) bool { return !unicode.IsLetter(r) })
		r, _ := utf8.DecodeRuneInString(w)
		if w == "" || !unicode.IsUpper(r) {
			continue
		}
		low := strings.ToLower(w)
		if b.v.isStop(low) || i == 0 && b.v.dict.has(low) {
			continue
		}
		if _, known := b.ix.idf[b.v.term(low)]; !known {
			return w
		}
	}
	return ""
}

// judgeAssertion decides a claim without figures from the engine's own
// yes/no verdict on it.
func (b *Base) judgeAssertion(c *Claim, q *query, a Answer, claim string) {
	c.Facts = a.Facts
	switch {
	case !a.Found:
		c.Note = "The articles don't cover this."
	case strings.HasPrefix(a.Text, "No. ") && b.denies(q, a.Facts[0]):
		c.Verdict, c.Note = Contradicted, "The articles say otherwise."
	case strings.HasPrefix(a.Text, "Yes. "):
		f := b.facts[b.byID[a.Facts[0]]]
		if b.misattributes(claim, f) || !b.saysInOneSentence(q, f) {
			c.Note = "The articles don't say this outright. The nearest they come:"
			return
		}
		if f.Kind == KindQuote && !b.namesSpeaker(claim, f) {
			c.Verdict, c.Speaker = Attributed, b.speaker(f)
			c.Note = "The articles give this only as " + possessive(c.Speaker) + " words."
			return
		}
		c.Verdict, c.Note = Supported, "The articles say so."
	default:
		c.Note = "The articles don't say this outright. The nearest they come:"
	}
}

// judgeSpecifics decides a claim with figures, times or days by comparing
// them with those the facts give, in the engine's order. For each dispute
// the first fact that settles the claim decides: it supports it when it
// gives every value, and contradicts it when it gives another value for
// one. A claim naming no dispute is supported if either dispute's facts
// support it: "the strike lasted five days" is true of 2023.
func (b *Base) judgeSpecifics(c *Claim, q *query, asked []spec, facts []string, claim string) {
	var conflict *Fact
	var conflictWith []spec
	settled := map[Dispute]bool{}
	for _, id := range facts {
		f := b.facts[b.byID[id]]
		if f.Kind == KindGap || settled[f.Dispute] {
			continue
		}
		given, quoted, mentioned := b.factSpecifics(f)
		all, quotedOnly := true, false
		var against []spec
		for _, s := range asked {
			m, g := b.compareSpec(s, given)
			if s.kind == specYear && m != specMatch {
				// "the 2019 strike": a fact without that year is about
				// something else, and settles nothing.
				all, against = false, nil
				break
			}
			switch m {
			case specMatch:
				if m2, _ := b.compareSpec(s, quoted); m2 != specMatch {
					quotedOnly = true
				}
			case specConflict:
				all = false
				against = append(against, g...)
			default:
				// The curated alias ("25%" for "a quarter") stands in for
				// a value the answer does not write, never for one it
				// writes but hedges ("above 5% wasn't realistic").
				all = countKind(mentioned, s.kind) == 0 &&
					slices.ContainsFunc(f.Aliases, func(al string) bool { return sameWords(al, s.raw) }) && all
			}
		}
		if all && b.contradicts(q, b.derived[b.byID[id]]().body) {
			// The figure fits, but the fact says the opposite of a word
			// of the claim: "a reasonable 35% demand".
			c.Verdict, c.Note, c.Facts = Contradicted, "The articles say otherwise.", []string{id}
			return
		}
		if all {
			c.Facts = []string{id}
			if (quotedOnly || f.Kind == KindQuote) && !b.namesSpeaker(claim, f) {
				c.Verdict, c.Speaker = Attributed, b.speaker(f)
				c.Note = "The articles give " + specList(asked) + " only as " + possessive(c.Speaker) + " words, not as a fact they state."
				return
			}
			c.Verdict, c.Note = Supported, "The articles give "+specList(asked)+"."
			return
		}
		if len(against) > 0 {
			settled[f.Dispute] = true
			if conflict == nil {
				conflict, conflictWith = f, against
			}
		}
	}
	if conflict != nil {
		var wrong []spec
		for _, s := range asked {
			if m, _ := b.compareSpec(s, conflictWith); m == specConflict {
				wrong = append(wrong, s)
			}
		}
		c.Verdict, c.Facts, c.shown = Contradicted, []string{conflict.ID}, conflictWith
		c.Note = "The articles give " + specList(uniqueSpecs(conflictWith)) + ", not " + specList(wrong) + "."
		if !slices.ContainsFunc(conflictWith, func(g spec) bool { return !g.opposite }) {
			c.Note = "The articles say otherwise of " + specList(wrong) + "."
		}
		return
	}
	c.Facts = facts[:min(len(facts), maxClaimFacts)]
	c.Note = "The articles don't give " + specList(asked) + ". The nearest they come:"
}

// fillClaim sets what the claim's facts say and their sources.
func (b *Base) fillClaim(c *Claim) {
	var said []string
	var a Answer
	for _, id := range c.Facts {
		f, ok := b.Fact(id)
		if !ok {
			continue
		}
		said = append(said, f.Answer)
		cite(&a, f.Evidence)
	}
	c.Said = strings.Join(said, "\n\n")
	c.Sources = a.Sources
	if c.Sources == nil {
		c.Sources = []Source{}
	}
}

// FactClaim rebuilds a checked claim's result from its verdict and fact,
// as a stateless "share" button carries them; ok is false when the fact is
// no longer in the base. The claim's own words are not kept.
func (b *Base) FactClaim(v Verdict, id string) (Claim, bool) {
	c := Claim{Verdict: v}
	if id != "" {
		f, ok := b.Fact(id)
		if !ok {
			return Claim{}, false
		}
		c.Facts = []string{id}
		if v == Attributed {
			c.Speaker = b.speaker(f)
		}
	}
	b.fillClaim(&c)
	return c, true
}

// namesSpeaker reports whether the claim names whose words a fact
// gives: "Barclay says the BMA wants 35%" is a claim about Barclay's words.
func (b *Base) namesSpeaker(claim string, f *Fact) bool {
	p := b.speakerFact(f)
	return p != nil && b.namedIn(split(normalizeChars(claim), nil), p)
}

// speaker names whose words a fact gives, "" when it does not say.
func (b *Base) speaker(f *Fact) string {
	if p := b.speakerFact(f); p != nil {
		return p.Title
	}
	return ""
}

// speakerFact is the first person a fact is about, or failing one the
// first organisation: the curated about list puts the speaker first.
func (b *Base) speakerFact(f *Fact) *Fact {
	for _, k := range []Kind{KindPerson, KindOrganisation} {
		for _, id := range f.About {
			if p, ok := b.Fact(id); ok && p.Kind == k {
				return p
			}
		}
	}
	return nil
}

// namedIn reports whether words name the person or organisation p: its
// title, an alias, or a person's surname.
func (b *Base) namedIn(words []string, p *Fact) bool {
	i, ok := b.byID[p.ID]
	if !ok || b.facts[i] != p {
		return slices.ContainsFunc(nameRuns(p), func(n []string) bool { return containsRun(words, n) })
	}
	return slices.ContainsFunc(b.nameRuns[i](), func(n []string) bool { return containsRun(words, n) })
}

// nameRuns are p's names as namedIn matches them: its title, its aliases
// and, for a person, the surname, each split into raw words.
func nameRuns(p *Fact) [][]string {
	names := append([]string{p.Title}, p.Aliases...)
	if p.Kind == KindPerson {
		if i := strings.LastIndexByte(p.Title, ' '); i >= 0 {
			names = append(names, p.Title[i+1:])
		}
	}
	runs := make([][]string, len(names))
	for i, n := range names {
		runs[i] = split(normalizeChars(n), nil)
	}
	return runs
}

// denies reports whether a fact says the opposite of a claim's words
// ("reasonable" against "unreasonable"). The engine's No may also rest on
// a figure or an article's name, which the claim check reads for itself,
// or on a denial near a word ("no YouGov figure for junior doctors"),
// which is no denial of every claim with that word.
func (b *Base) denies(q *query, id string) bool {
	return b.contradicts(q, b.derived[b.byID[id]]().body)
}

// saysInOneSentence reports whether one sentence of a fact's answer has
// every subject word of the claim, and denies as the claim does: a Yes
// resting on words spread over the answer ("Mark Porter was the head of the BMA. … he accused the Health
// Secretary …") is no support for "Mark Porter was health secretary".
func (b *Base) saysInOneSentence(q *query, f *Fact) bool {
	denied := negated(strings.Join(q.raw, " "))
	for _, s := range sentences(f.body) {
		if b.saysAll(q, b.v.terms(s, nil)) && negated(s) == denied {
			return true
		}
	}
	return false
}

// negated reports whether a text has a word of denial: "the Government
// would not be blackmailed" does not say it was.
func negated(text string) bool {
	norm := normalizeChars(text)
	return strings.Contains(norm, "n't") || slices.ContainsFunc(split(norm, nil), func(w string) bool {
		return w == "not" || w == "no" || w == "never" || w == "nor" || w == "neither" || w == "without"
	})
}

// misattributes reports whether a fact says what a claim says of one
// person of another: "Jeremy Hunt is the head of the BMA" against "the
// Government spoke through Jeremy Hunt and the BMA through its head, Mark
// Porter". The engine's yes/no verdict sees every word of the claim in the
// fact; here each of the claim's other words must be nearer the person the
// claim names than any other person the fact names.
func (b *Base) misattributes(claim string, f *Fact) bool {
	type person struct {
		fact *Fact
		runs [][]string
	}
	var people []person
	for _, p := range b.facts {
		if p.Kind != KindPerson {
			continue
		}
		pp := person{fact: p}
		for _, n := range append([]string{p.Title}, p.Aliases...) {
			if run := b.v.terms(n, nil); len(run) > 0 {
				pp.runs = append(pp.runs, run)
			}
		}
		people = append(people, pp)
	}
	claimTerms := b.v.terms(claim, nil)
	subject := slices.IndexFunc(people, func(p person) bool {
		return slices.ContainsFunc(p.runs, func(r []string) bool { return containsRun(claimTerms, r) })
	})
	if subject < 0 {
		return false
	}
	nameTerm := map[string]bool{}
	for _, r := range people[subject].runs {
		if containsRun(claimTerms, r) {
			for _, t := range r {
				nameTerm[t] = true
			}
		}
	}
	for _, s := range sentences(f.body) {
		terms := b.v.terms(s, nil)
		type mention struct{ at, who int }
		var mentions []mention
		for who, p := range people {
			for _, r := range p.runs {
				for i := 0; i+len(r) <= len(terms); i++ {
					if slices.Equal(terms[i:i+len(r)], r) {
						mentions = append(mentions, mention{i, who})
					}
				}
			}
		}
		if !slices.ContainsFunc(mentions, func(m mention) bool { return m.who != mentions[0].who }) {
			continue // one person or none: nobody else to give it to
		}
		for _, t := range claimTerms {
			if nameTerm[t] {
				continue
			}
			for i, bt := range terms {
				if bt != t {
					continue
				}
				nearest := slices.MinFunc(mentions, func(x, y mention) int { return abs(x.at-i) - abs(y.at-i) })
				if nearest.who != subject {
					return true
				}
			}
		}
	}
	return false
}

// abs is |n|.
func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// possessive is "Steve Barclay's", or "someone's" for an unknown speaker.
func possessive(name string) string {
	if name == "" {
		return "someone's"
	}
	return name + "'s"
}

// sameWords reports whether two texts have the same words.
func sameWords(a, b string) bool {
	return slices.Equal(split(normalizeChars(a), nil), split(normalizeChars(b), nil))
}

// specKind is what sort of checkable value a spec is.
type specKind int

const (
	specCount   specKind = iota // a number with the unit after it: "125,000 appointments"
	specPercent                 // "35%", "35 per cent"
	specTime                    // a time of day: "8am", "5.30pm", "noon"
	specDay                     // a weekday: "Tuesday"
	specDate                    // a day of a month: "April 26", "26th April"
	specYear                    // a year no dispute is named by: "2019"
)

// spec is one checkable value in a text.
type spec struct {
	kind  specKind
	value float64 // the number; minutes after midnight; weekday; month*100+day; year
	unit  string  // for counts, the term of the word after the number
	bound string  // "" exactly, ">" more than, "<" fewer than, ">=" or more, "<=" or less
	role  string  // for times and days: "start", "end" or "" as the words around say
	text  string  // as written, for notes: "9am", "35%", "125,000 appointments"
	raw   string  // the value's own words as written: "125,000", "35%"
	// also are the terms of the few words after a count's unit: "651,000
	// routine procedures and appointments" counts procedures too.
	also  []string
	width int // how many words it takes, when more than the usual
	// opposite marks a fact's value equal to the claim's but said of the
	// opposite ("unreasonable", "opposed"), when compared.
	opposite bool
}

var (
	clockTime = regexp.MustCompile(`^([0-9]{1,2})(?:\.([0-9]{2}))?(am|pm)$`)
	ordinal   = regexp.MustCompile(`^([0-9]{1,2})(?:st|nd|rd|th)?$`)
)

// specifics lists the checkable values in text. With claim set, a time or
// day without "from" or "to" before it takes its role from the sentence's
// verb ("started at 9am"; the vocabulary's claims: start_words and
// end_words); in a fact's text only the words just before it count. A
// start word that is a preposition ("from") marks only the value after
// it, so it sets no role for the sentence.
func (b *Base) specifics(text string, claim bool) []spec {
	words := mergeTimes(split(normalizeChars(text), nil))
	role := ""
	if claim {
		for _, w := range words {
			switch {
			case slices.Contains(b.v.claims.startWords, w) && w != "from":
				role = "start"
			case slices.Contains(b.v.claims.endWords, w):
				role = "end"
			}
		}
	}
	var out []spec
	for i := 0; i < len(words); i++ {
		w := words[i]
		s, ok := b.specAt(words, i)
		if !ok {
			continue
		}
		if s.kind == specTime || s.kind == specDay {
			s.role = roleBefore(b, words, i)
			if s.role == "" {
				s.role = role
			}
		}
		if s.text == "" {
			s.text = w
		}
		if s.raw == "" {
			s.raw = s.text
		}
		out = append(out, s)
		switch {
		case s.width > 1:
			i += s.width - 1
		case s.kind == specDate || s.kind == specPercent:
			i++ // the month or "percent" is part of it
		}
	}
	return out
}

// specAt reads a checkable value at words[i], if one starts there.
func (b *Base) specAt(words []string, i int) (spec, bool) {
	w := words[i]
	next := ""
	if i+1 < len(words) {
		next = words[i+1]
	}
	if m := clockTime.FindStringSubmatch(w); m != nil {
		h, _ := strconv.Atoi(m[1])
		mins, _ := strconv.Atoi(m[2])
		if h < 1 || h > 12 || mins > 59 {
			return spec{}, false
		}
		h %= 12
		if m[3] == "pm" {
			h += 12
		}
		return spec{kind: specTime, value: float64(h*60 + mins)}, true
	}
	switch w {
	case "noon", "midday":
		return spec{kind: specTime, value: 12 * 60}, true
	case "midnight":
		return spec{kind: specTime, value: 0}, true
	}
	if d := slices.Index(b.v.weekdays, w); d >= 0 {
		return spec{kind: specDay, value: float64(d), text: w}, true
	}
	// "may" is also the verb: only after a day ("5 May") is it surely the
	// month. That is English, not a curator's choice, so it stays here.
	if mo := slices.Index(b.v.calendar, w); mo >= 0 && w != "may" {
		if m := ordinal.FindStringSubmatch(next); m != nil {
			d, _ := strconv.Atoi(m[1])
			if d >= 1 && d <= 31 {
				return spec{kind: specDate, value: float64((mo+1)*100 + d), text: w + " " + m[1]}, true
			}
		}
		return spec{}, false
	}
	if m := ordinal.FindStringSubmatch(w); m != nil && slices.Contains(b.v.calendar, next) {
		d, _ := strconv.Atoi(m[1])
		if mo := slices.Index(b.v.calendar, next); d >= 1 && d <= 31 {
			return spec{kind: specDate, value: float64((mo+1)*100 + d), text: m[1] + " " + next}, true
		}
	}
	if f, ok := b.fraction(words, i); ok {
		return f, true
	}
	if n, ok := b.v.numbers[w]; ok {
		w = n
	}
	if w == "" || !isDigitByte(w[0]) || len(w) > 1 && w[0] == '0' && w[1] != '.' {
		return spec{}, false // "article 000" is a name, not a figure
	}
	n, err := strconv.ParseFloat(w, 64)
	if err != nil {
		return spec{}, false
	}
	s := spec{value: n, bound: b.v.boundBefore(words, i), text: thousands(words[i])}
	s.raw = s.text
	rest := words[i+1:]
	switch {
	case next == "percent" || next == "per" && len(rest) > 1 && rest[1] == "cent":
		s.kind, s.unit, s.text = specPercent, "percent", s.text+"%"
		s.raw = s.text
		if next == "per" {
			rest = rest[1:]
		}
		rest = rest[1:]
		s.also = b.alsoTerms(rest)
	case len(w) == 4 && n >= 1900 && n <= 2100 && float64(int(n)) == n:
		if b.ix.years[w] {
			return spec{}, false // a dispute's year names the dispute; it is no claim
		}
		return spec{kind: specYear, value: n}, true
	case next == "" || b.v.isStop(next):
		return spec{}, false // "one of the…": no unit, nothing to compare
	default:
		s.unit, s.text = b.v.term(next), s.text+" "+next
		rest = rest[1:]
		if len(rest) > 0 && !b.v.isStop(rest[0]) && !isDigitByte(rest[0][0]) {
			s.text += " " + rest[0] // "651,000 routine procedures"
		}
		s.also = b.alsoTerms(rest)
	}
	if after := b.v.boundAfter(rest); after != "" && s.bound == "" {
		s.bound = after
	}
	return s, true
}

// fractionWords are the shares the articles write in words, in percent.
var fractionWords = map[string]float64{"quarter": 25, "half": 50, "third": 100.0 / 3}

// fraction reads a share written in words as a percentage: "a quarter",
// "half", "three in five" (60%), "three in 10" (30%).
func (b *Base) fraction(words []string, i int) (spec, bool) {
	w := words[i]
	pct := func(v float64, width int) spec {
		s := spec{kind: specPercent, value: v, unit: "percent", text: strings.Join(words[i:i+width], " "), width: width}
		s.raw = s.text
		s.also = b.alsoTerms(words[i+width:])
		return s
	}
	if v, ok := fractionWords[w]; ok && (w == "half" || i > 0 && (words[i-1] == "a" || words[i-1] == "one")) {
		f := pct(v, 1)
		if w != "half" {
			f.text, f.raw = words[i-1]+" "+w, words[i-1]+" "+w
		}
		return f, true
	}
	if i+2 < len(words) && words[i+1] == "in" {
		n, err1 := strconv.ParseFloat(numberWord(b, w), 64)
		m, err2 := strconv.ParseFloat(numberWord(b, words[i+2]), 64)
		if err1 == nil && err2 == nil && m > n && n > 0 && m <= 100 {
			return pct(100*n/m, 3), true
		}
	}
	return spec{}, false
}

// alsoTerms are the terms of the first few content words after a figure:
// what it counts, and what is said of it ("a quarter of the public
// opposed" → public, oppose).
func (b *Base) alsoTerms(rest []string) []string {
	var out []string
	for k := 0; k < len(rest) && k < 5 && len(out) < 3; k++ {
		if _, number := b.v.numbers[rest[k]]; number || isDigitByte(rest[k][0]) {
			break // the next figure's words are its own
		}
		if !b.v.isStop(rest[k]) {
			out = append(out, b.v.term(rest[k]))
		}
	}
	return out
}

// numberWord is a number word as digits ("five" → "5"), or w.
func numberWord(b *Base, w string) string {
	if n, ok := b.v.numbers[w]; ok {
		return n
	}
	return w
}

// thousands writes a long number as the articles do: "125000" → "125,000".
func thousands(w string) string {
	if len(w) < 5 || strings.IndexFunc(w, func(r rune) bool { return r < '0' || r > '9' }) >= 0 {
		return w
	}
	var out []byte
	for i := range len(w) {
		if i > 0 && (len(w)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, w[i])
	}
	return string(out)
}

// boundBefore reads "more than", "over", "fewer than" … (vocabulary
// bound_words) before words[i].
func (v *vocab) boundBefore(words []string, i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		if b, ok := v.bounds[words[k]]; ok {
			return b
		}
	}
	return ""
}

// boundAfter reads "or more", "or less" (vocabulary or_bounds) after a
// figure.
func (v *vocab) boundAfter(rest []string) string {
	if len(rest) < 2 || rest[0] != "or" {
		return ""
	}
	return v.orBounds[rest[1]]
}

// roleBefore reads "from 8am" (start) and "to 5pm" (end).
func roleBefore(b *Base, words []string, i int) string {
	for k := i - 1; k >= 0 && k >= i-2; k-- {
		switch w := words[k]; {
		case slices.Contains(b.v.claims.startWords, w):
			return "start"
		case w == "to" || w == "until" || w == "till" || b.v.endCues[w]:
			return "end"
		}
	}
	return ""
}

// factSpecifics lists the values a fact's curated answer states, from its
// sentences that state rather than hedge (a sentence with a word of the
// vocabulary's claims: not_stated, such as "which taken literally would
// make the first day 27 April", or "n't", only mentions its values); quoted lists those outside quoted
// speech, and mentioned every value it writes, hedged or not.
func (b *Base) factSpecifics(f *Fact) (given, quoted, mentioned []spec) {
	for _, s := range sentences(f.body) {
		found := b.specifics(s, false)
		mentioned = append(mentioned, found...)
		norm := normalizeChars(s)
		if strings.Contains(norm, "n't") || slices.ContainsFunc(split(norm, nil), func(w string) bool { return slices.Contains(b.v.claims.notStated, w) }) {
			continue
		}
		given = append(given, found...)
		quoted = append(quoted, b.specifics(unquoted(s), false)...)
	}
	return given, quoted, mentioned
}

// specMatchKind is how a claim's value compares with a fact's.
type specMatchKind int

const (
	specUnknown  specMatchKind = iota // the fact gives nothing of that kind
	specMatch                         // the fact gives it
	specConflict                      // the fact gives another value for the same thing
)

// compareSpec compares one value a claim gives with those a fact gives; on
// a conflict it also returns the fact's values it conflicts with.
func (b *Base) compareSpec(s spec, given []spec) (specMatchKind, []spec) {
	out := specUnknown
	var against []spec
	for _, g := range given {
		// A count's unit must be the same word to contradict; a word
		// after it will do to support: "651,000 routine procedures and
		// appointments" counts appointments.
		loose := s.kind == specCount && g.unit != s.unit
		if g.kind != s.kind || loose && !slices.Contains(g.also, s.unit) && !slices.Contains(s.also, g.unit) {
			continue
		}
		if b.opposed(s.also, g.also) {
			if fits(s, g) == specMatch {
				// "35% is reasonable" against "35% … is unreasonable".
				out, g.opposite = specConflict, true
				against = append(against, g)
			}
			continue // "57% support" says nothing of how many oppose
		}
		if s.role != "" && g.role != "" && s.role != g.role {
			continue // "from 8am" says nothing of when it ended
		}
		if s.role != "" && g.role == "" && (s.kind == specTime || s.kind == specDay) && countKind(given, s.kind) > 1 {
			continue // "Tuesday and Wednesday": which one it started on is not said
		}
		switch fits(s, g) {
		case specMatch:
			return specMatch, nil
		case specConflict:
			if s.kind != specYear && !loose {
				out = specConflict
				against = append(against, g)
			}
		}
	}
	return out, against
}

// opposed reports whether the words after two figures say opposite
// things: "support" and "oppose".
func (b *Base) opposed(a, c []string) bool {
	return slices.ContainsFunc(a, func(t string) bool {
		return slices.ContainsFunc(b.v.opposites[t], func(o string) bool { return slices.Contains(c, o) })
	})
}

// countKind counts the values of a kind.
func countKind(given []spec, k specKind) int {
	n := 0
	for _, g := range given {
		if g.kind == k {
			n++
		}
	}
	return n
}

// fits compares a claimed value with a given one of the same kind and unit,
// minding bounds: the articles' "more than 125,000" fits a claim of
// 125,000, contradicts one of 100,000 and cannot settle one of 200,000.
func fits(s, g spec) specMatchKind {
	lo := func(x spec) bool { return x.bound == ">" || x.bound == ">=" }
	hi := func(x spec) bool { return x.bound == "<" || x.bound == "<=" }
	switch {
	case s.bound == "" && g.bound == "":
		if s.value == g.value || s.kind == specPercent && math.Abs(s.value-g.value) < 0.5 {
			return specMatch
		}
		return specConflict
	case s.bound == "" && lo(g):
		return order(s.value == g.value || g.bound == ">=" && s.value > g.value, s.value < g.value)
	case s.bound == "" && hi(g):
		return order(s.value == g.value || g.bound == "<=" && s.value < g.value, s.value > g.value)
	case lo(s) && g.bound == "":
		return order(g.value > s.value || s.bound == ">=" && g.value == s.value, g.value < s.value)
	case hi(s) && g.bound == "":
		return order(g.value < s.value || s.bound == "<=" && g.value == s.value, g.value > s.value)
	case lo(s) && lo(g):
		return order(g.value >= s.value, false)
	case hi(s) && hi(g):
		return order(g.value <= s.value, false)
	}
	return specUnknown
}

// order turns two findings into a match, a conflict or neither.
func order(match, conflict bool) specMatchKind {
	switch {
	case match:
		return specMatch
	case conflict:
		return specConflict
	}
	return specUnknown
}

// uniqueSpecs drops values written the same way twice.
func uniqueSpecs(s []spec) []spec {
	var out []spec
	for _, x := range s {
		if !slices.ContainsFunc(out, func(y spec) bool { return y.text == x.text }) {
			out = append(out, x)
		}
	}
	return out
}

// specList names values for a note: "8am", "8am and 5pm".
func specList(s []spec) string {
	var names []string
	for _, x := range s {
		t := x.text
		switch {
		case x.bound == ">=":
			t += " or more"
		case x.bound == "<=":
			t += " or less"
		case x.bound == ">":
			t = "more than " + t
		case x.bound == "<":
			t = "fewer than " + t
		}
		if x.kind == specDay && t != "" {
			t = strings.ToUpper(t[:1]) + t[1:]
		}
		if !slices.Contains(names, t) {
			names = append(names, t)
		}
	}
	return joinAnd(names)
}

// cue is how a question asks for a kind of value.
func cue(k specKind) string {
	switch k {
	case specTime:
		return "what time"
	case specDay, specDate:
		return "what day"
	case specPercent:
		return "what percentage"
	case specYear:
		return "when"
	}
	return "how many"
}

// withoutSpecifics removes a claim's values (and the unit of a
// percentage), leaving what they are values of: "the 2016 strike started
// at 9am" → "the 2016 strike started at".
func withoutSpecifics(claim string, asked []spec) string {
	words := mergeTimes(split(normalizeChars(claim), nil))
	// A percentage's unit, as the text pipeline reads "%" ("percent") or a
	// text spells it ("per cent"): part of the value, not of what it is a
	// value of, so it stays in Go.
	drop := map[string]bool{"percent": true, "per": true, "cent": true}
	for _, s := range asked {
		for _, w := range split(normalizeChars(s.raw), nil) {
			drop[strings.TrimSuffix(w, "%")] = true
		}
	}
	var out []string
	for _, w := range words {
		if !drop[w] {
			out = append(out, w)
		}
	}
	return strings.Join(out, " ")
}
