package knowledge

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
)

// When a fact's evidence confirms a yes/no question: the figures the
// question gives in a shorthand ("100k") or as a range ("6 to 6.5 per
// cent"), a question about a dispute asked in the dispute's own names
// ("is the 5 day walkout about pay?"), and sources that differ on a detail
// the question does not ask about.

// figureScales are the shorthand suffixes of a figure: "125k" is 125,000.
var figureScales = []struct {
	suffix string
	scale  float64
}{{"bn", 1e9}, {"k", 1e3}, {"m", 1e6}}

// parseFigure reads a number word as figures does, with a shorthand
// suffix: "100k", "1.5m", "2bn". A word with letters otherwise ("8am",
// "5pm", "2nd") is no figure.
func parseFigure(w string) (float64, error) {
	n, err := strconv.ParseFloat(w, 64)
	if err == nil {
		return n, nil
	}
	for _, s := range figureScales {
		if p, ok := strings.CutSuffix(w, s.suffix); ok && p != "" && isDigitByte(p[len(p)-1]) {
			if n, perr := strconv.ParseFloat(p, 64); perr == nil {
				return n * s.scale, nil
			}
		}
	}
	return 0, err
}

// rangeWords join the two ends of a range: "6 to 6.5 per cent", "between
// 6% and 6.5%", "6-6.5%". They are how English writes a range, with the
// dash the text pipeline keeps, not words a curator tunes.
var rangeWords = map[string]bool{"to": true, "and": true, "-": true}

// figureRange is a range a text gives: lo to hi of one unit.
type figureRange struct {
	lo, hi float64
	unit   string
}

// rangesIn reads the ranges among a text's figures (see figures): two
// figures, the lower first, of one unit, with a word of rangeWords
// between them and nothing else but their units ("6% and 6.5%" reads
// "6 percent and 6.5"). "6 to 6.5 percent" gives the first figure the
// unit of the second. words are the text's, as figures splits them.
func rangesIn(figs []figure, words []string) []figureRange {
	var out []figureRange
	for i := 0; i+1 < len(figs); i++ {
		a, z := figs[i], figs[i+1]
		if z.unit == "" || a.bound != "" || z.bound != "" || a.value >= z.value || z.at-a.at < 2 || z.at-a.at > 3 || z.at >= len(words) {
			continue
		}
		between := words[a.at+1 : z.at]
		joined := slices.ContainsFunc(between, func(w string) bool { return rangeWords[w] })
		switch {
		case !joined:
		case len(between) == 1 && a.unit == between[0]:
			// "6 to 6.5 percent": the unit is the second's.
			out = append(out, figureRange{a.value, z.value, z.unit})
		case a.unit == z.unit && len(between) == 2:
			out = append(out, figureRange{a.value, z.value, z.unit})
		}
	}
	return out
}

// rangeVerdict checks a question giving a range ("were rises of 6 to 6.5
// per cent recommended?") against the figures of a fact's answer: Yes
// when the answer gives the same range in the same unit. Anything else is
// no verdict here: compareFigures reads the figures one by one.
func (b *Base) rangeVerdict(question []string, answer string, asked, given []figure) verdict {
	if len(asked) < 2 || len(given) < 2 {
		return noVerdict
	}
	want := rangesIn(asked, question)
	if len(want) == 0 {
		return noVerdict
	}
	have := rangesIn(given, split(normalizeChars(answer), nil))
	for _, r := range want {
		if !slices.Contains(have, r) {
			return noVerdict
		}
	}
	// Every figure asked must be an end of a range given.
	for _, a := range asked {
		if !slices.ContainsFunc(want, func(r figureRange) bool { return a.value == r.lo || a.value == r.hi }) {
			return noVerdict
		}
	}
	return verdictYes
}

// leadOverview leads the overview answering a broad yes/no question with
// "Yes" when every term of the question is a term of the names of the one
// dispute the overview is about, a year of it, or one every dispute shares:
// "is the 5 day walkout about pay?", "is the 2023 walkout a five-day
// strike?" ask whether the dispute is what its own names call it. A term
// only another dispute's names have ("was the five-day walkout the
// all-out strike?") or a denial leaves the overview without a lead.
func (b *Base) leadOverview(q *query, a Answer) Answer {
	if !q.yesNo || !a.Found || b.v.asksWhich(q.raw) || len(a.Sources) == 0 || strings.HasPrefix(a.Text, "Yes") || strings.HasPrefix(a.Text, "No") || strings.HasPrefix(a.Text, "The articles") {
		return a
	}
	var about *DisputeInfo
	for _, d := range b.disputes {
		if len(q.disputes) == 1 && q.disputes[0] == d.ID {
			about = d
		}
	}
	if about == nil || len(q.terms) == 0 || b.questionDenies(q) {
		return a
	}
	// own reports whether t is a term of the dispute's names or years.
	own := func(t string) bool { return slices.Contains(b.ix.owners[t], about) }
	for _, t := range q.terms {
		if !own(t) {
			return a
		}
	}
	// A stop word may carry the claim ("is the contract dispute over?"):
	// only the words of the dispute's names and overview_links may stand.
	for i, w := range q.raw {
		if i == 0 && b.v.yesNo[w] || own(b.v.term(w)) || b.v.joinWords[w] || w == "over" && i+1 < len(q.raw) {
			continue // "over pay" is about pay; a last "over" is ended
		}
		return a
	}
	a.Text = "Yes. " + a.Text
	return a
}

// asideYes reports whether a fact whose articles differ (see differsAside)
// on a detail the question does not ask still confirms it: its answer says
// every subject word of the question and nothing of it contradicts,
// denies, bounds or merely believes what was asked. "Did Hunt beg medics to
// keep emergency cover?" against "not to withdraw" stays undecided: keep is
// the opposite of withdraw, and the differing articles decide no No.
func (b *Base) asideYes(q *query, top scored, said bool) bool {
	d := b.derived[top.fact]()
	body := b.facts[top.fact].body
	if !said || top.coverage < yesCoverage || len(q.opposed) > 0 || slices.Contains(q.raw, "than") || !b.differsAside(q, body) {
		return false
	}
	denies := b.questionDenies(q)
	if b.negates(q, d.text, false) != denies || !denies && (b.negates(q, d.text, true) || b.deniesInWords(q, body)) {
		return false
	}
	if v := b.verdictOf(q, top); v != noVerdict && v != verdictYes {
		return false
	}
	return b.asserts(q, d.text) && !b.believedOnly(q, d.text) && !b.moots(q, d.text.denial) && !b.borrowed(q, top.fact) &&
		!b.superlativeUnsaid(q, d.text.words) && !b.ambiguous(q, d.body) && b.majority(q, d.text.words) == noVerdict && !b.asksMajority(q)
}

// differsOn reads what the articles differ on where a fact's answer says
// so: "The articles differ on the date: …".
var differsOn = regexp.MustCompile(`(?i)\b(?:articles|sources|reports|accounts|papers)(?: \w+)? (?:differ|disagree)s? (?:on|about|over) (?:the |its |which )?(\w+)`)

// differSlots are what the articles may differ on that a question asks
// for only with a word of its own: a date or day is asked by "when", a
// day's name, "yesterday" and the like (vocabulary relative_days; a time
// type of the question).
var differSlots = map[string]bool{"date": true, "day": true, "dates": true, "days": true, "timing": true, "time": true}

// differsAside reports whether the articles differ only on a detail the
// question does not ask about: the answer says they differ on the date
// (differsOn, differSlots), and the question asks for no date, day or
// time. "Did Hunt ask medics not to withdraw emergency cover?" is Yes
// whichever day he did.
func (b *Base) differsAside(q *query, body string) bool {
	ms := differsOn.FindAllStringSubmatch(body, -1)
	if len(ms) == 0 || len(ms) != len(sourcesDiffer.FindAllString(body, -1)) {
		return false
	}
	for _, m := range ms {
		if !differSlots[strings.ToLower(m[1])] {
			return false
		}
	}
	if len(q.types) > 0 || len(timesIn(q.raw)) > 0 {
		return false
	}
	wt := b.v.answerType("weekday")
	return !slices.ContainsFunc(q.raw, func(w string) bool {
		return w == "when" || b.v.relativeDays[w] || b.v.months[w] || isDigitByte(w[0]) ||
			wt != nil && wt.pattern != nil && wt.pattern.re.MatchString(w)
	})
}

// leadInEnd finds where a lead-in clause before a yes/no question ends
// (see leadIn): the first comma, or a dash or colon set off by a space
// ("news shopper - is Queen Mary's affected?", "pay review bodies: are
// civil servants included?"); -1 for none. skip is the separator's length.
// A hyphen inside a word ("five-day") ends nothing.
func leadInEnd(question string) (at, skip int) {
	at, skip = strings.IndexByte(question, ','), 1
	for _, sep := range []string{" - ", " – ", " — ", ": "} {
		if i := strings.Index(question, sep); i >= 0 && (at < 0 || i < at) {
			at, skip = i, len(sep)
		}
	}
	return at, skip
}

// asksBoundChoice reports whether a yes/no question offers both ends of a
// bound ("more or less than", "higher or lower than", "over or under"):
// asksWhich lets "35% or more" bound a figure, but a bound with its other
// end is a choice, and a figure's bound decides none. The ends are words
// of opposite direction (direction).
func (v *vocab) asksBoundChoice(raw []string) bool {
	for i := 1; i+1 < len(raw); i++ {
		if raw[i] == "or" && v.direction(raw[i-1])*v.direction(raw[i+1]) < 0 {
			return true
		}
	}
	return false
}

// direction is +1 for a word bounding or scaling up ("more", "over",
// "higher": the vocabulary's bound_words and scale), -1 for one bounding or
// scaling down ("fewer", "under", "lower"), and 0 for any other word.
func (v *vocab) direction(w string) int {
	switch v.bounds[w] {
	case ">":
		return 1
	case "<", "<=":
		return -1
	}
	return cmp.Compare(v.scale[w], 0)
}
