package knowledge

import (
	"fmt"
	"index/suffixarray"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
)

// Quote checking. Every evidence quote must occur within one line of its
// article; when it does not, the loader says which line comes nearest and
// where the quote departs from it, so that a curator can fix a typo, a
// straightened quote mark or a quote run across two lines without hunting.

// minQuoteWords is the shortest quote accepted: one or two words ("the BMA",
// "Monday") occur all over an article and pin nothing down. A whole line may
// be shorter: a label such as "News Shopper:" is quoted exactly.
const minQuoteWords = 3

// Bounds on the work one hint may do, so that a hostile fact base (a 1 MiB
// article, thousands of quotes that are not in it) is slow to no one.
const (
	maxHints     = 100  // hints per article per load; later misses get none
	maxHintWords = 64   // words of a quote considered
	maxPosting   = 1000 // a word on more lines than this is too common to pick a line by
	hintLines    = 5    // candidate lines aligned against the quote
	showWords    = 3    // words of quote and line shown where they differ
	contextWords = 8    // words of the nearest line shown either side of the difference
)

// articleText is one article prepared for quote checks: its lines with
// white space collapsed, and a suffix array over them joined by newlines. A
// quote is found in O(len(quote)·log(size)) however large the article and
// however many facts quote it, where a scan per quote is quadratic.
type articleText struct {
	lines  []string // white space collapsed
	starts []int    // byte offset of each line in the indexed text
	sa     *suffixarray.Index
	hints  *hintIndex // built on the first quote not found
	given  int        // hints given so far
}

func newArticleText(lines []string) *articleText {
	t := &articleText{lines: make([]string, len(lines)), starts: make([]int, len(lines))}
	var text []byte
	for i, line := range lines {
		c := collapseSpace(line)
		t.lines[i] = c
		t.starts[i] = len(text)
		text = append(text, c...)
		text = append(text, '\n')
	}
	t.sa = suffixarray.New(text)
	return t
}

// find returns the first 1-based line that contains quote, or 0. Runs of
// white space (including the non-breaking spaces some articles carry) match a
// single space; everything else must match exactly. The indexed lines are
// joined by newlines, which a collapsed quote cannot contain, so a match
// never spans two lines.
func (t *articleText) find(quote string) int {
	q := collapseSpace(quote)
	if q == "" {
		return 0
	}
	at := t.sa.Lookup([]byte(q), -1)
	if len(at) == 0 {
		return 0
	}
	return sort.SearchInts(t.starts, slices.Min(at)+1)
}

// notFound describes a quote that is not in its article file: where else it
// is, or which line of file comes nearest and how the quote differs from it.
func (l *loader) notFound(file, quote string) string {
	msg := "quote not found in " + file
	var others []string
	for f := range l.quoteText {
		others = append(others, f)
	}
	slices.Sort(others)
	for _, f := range others {
		if line := l.quoteText[f].find(quote); f != file && line > 0 {
			return fmt.Sprintf("%s; it is in %s line %d (wrong file?)", msg, f, line)
		}
	}
	if h := l.quoteText[file].hint(quote); h != "" {
		return msg + "; " + h
	}
	return msg
}

// hintIndex finds the lines that share words with a quote.
type hintIndex struct {
	words    [][]string         // each line's words, as written
	folded   [][]string         // the same, folded (see fold)
	postings map[string][]int32 // folded word → the 0-based lines it is on, ascending, once each
}

func newHintIndex(lines []string) *hintIndex {
	h := &hintIndex{words: make([][]string, len(lines)), folded: make([][]string, len(lines)), postings: map[string][]int32{}}
	for i, line := range lines {
		if line == "" {
			continue
		}
		h.words[i] = strings.Split(line, " ")
		h.folded[i] = make([]string, len(h.words[i]))
		for j, w := range h.words[i] {
			f := fold(w)
			h.folded[i][j] = f
			if p := h.postings[f]; f != "" && (len(p) == 0 || p[len(p)-1] != int32(i)) {
				h.postings[f] = append(p, int32(i))
			}
		}
	}
	return h
}

// fold reduces a word to its lower-case letters and digits, so that lines
// are matched despite the case, punctuation or quote marks that made the
// quote miss.
func fold(w string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return unicode.ToLower(r)
		}
		return -1
	}, w)
}

// hint names the line nearest to quote and the first words where they
// differ, or returns "" when no line shares a word with it.
func (t *articleText) hint(quote string) string {
	if t.given >= maxHints {
		return ""
	}
	t.given++
	if t.hints == nil {
		t.hints = newHintIndex(t.lines)
	}
	qw := strings.Split(collapseSpace(quote), " ")
	if len(qw) > maxHintWords {
		qw = qw[:maxHintWords]
	}
	cands := t.hints.candidates(qw)
	for _, head := range []bool{true, false} {
		if line, n := t.longestRun(qw, head); n > 0 {
			cands = append(cands, line)
		}
	}
	best, bestOff, bestScore := -1, 0, 0
	for _, line := range cands {
		off, score := align(qw, t.hints.folded[line])
		if score > bestScore {
			best, bestOff, bestScore = line, off, score
		}
	}
	if best < 0 {
		return ""
	}
	if off, n := longestPrefix(qw, t.hints.words[best]); n > 0 {
		bestOff = off
	}
	return fmt.Sprintf("nearest is line %d: %s", best+1, t.describe(qw, best, bestOff))
}

// longestPrefix finds where on the line the most leading words of the quote
// occur exactly: a curator wants to see how far the quote is right before it
// goes wrong, which the best overall alignment does not show when a word is
// left out or added.
func longestPrefix(qw, line []string) (off, n int) {
	for j := range line {
		m := 0
		for m < len(qw) && j+m < len(line) && qw[m] == line[j+m] {
			m++
		}
		if m > n {
			off, n = j, m
		}
	}
	return off, n
}

// longestRun finds the most leading (head) or trailing words of qw that
// occur together in the article, by binary search over the suffix array: it
// returns the first line they are on, or n == 0. This finds the nearest line
// even when every word of the quote is a common one.
func (t *articleText) longestRun(qw []string, head bool) (line, n int) {
	words := func(k int) []byte {
		if head {
			return []byte(strings.Join(qw[:k], " "))
		}
		return []byte(strings.Join(qw[len(qw)-k:], " "))
	}
	n = sort.Search(len(qw), func(k int) bool { return len(t.sa.Lookup(words(k+1), 1)) == 0 })
	if n == 0 {
		return 0, 0
	}
	at := t.sa.Lookup(words(n), -1)
	return sort.SearchInts(t.starts, slices.Min(at)+1) - 1, n
}

// candidates returns the lines sharing the most distinct words with qw,
// most first, at most hintLines of them.
func (h *hintIndex) candidates(qw []string) []int {
	shared := map[int32]int{}
	seen := map[string]bool{}
	for _, w := range qw {
		f := fold(w)
		if f == "" || seen[f] || len(h.postings[f]) > maxPosting {
			continue
		}
		seen[f] = true
		for _, line := range h.postings[f] {
			shared[line]++
		}
	}
	lines := make([]int, 0, len(shared))
	for line := range shared {
		lines = append(lines, int(line))
	}
	slices.SortFunc(lines, func(a, b int) int {
		if d := shared[int32(b)] - shared[int32(a)]; d != 0 {
			return d
		}
		return a - b
	})
	return lines[:min(len(lines), hintLines)]
}

// align finds where the quote's words sit best on a line's folded words:
// the offset of the line word under the quote's first word (negative when
// the quote starts before the line does) at which most words agree, and how
// many do. Ties go to the smallest offset.
func align(qw, line []string) (off, score int) {
	at := map[string][]int{}
	for i, w := range qw {
		if f := fold(w); f != "" {
			at[f] = append(at[f], i)
		}
	}
	votes := map[int]int{}
	for j, f := range line {
		for _, i := range at[f] {
			votes[j-i]++
		}
	}
	for o, v := range votes {
		if v > score || v == score && o < off {
			off, score = o, v
		}
	}
	return off, score
}

// describe shows line (0-based) around where the quote, placed at off,
// first differs from it, and says how.
func (t *articleText) describe(qw []string, line, off int) string {
	lw := t.hints.words[line]
	m := 0
	for m < len(qw) && off+m >= 0 && off+m < len(lw) && qw[m] == lw[off+m] {
		m++
	}
	at := min(max(off+m, 0), len(lw))
	from, to := max(0, at-contextWords), min(len(lw), at+contextWords)
	shown := strings.Join(lw[from:to], " ")
	if from > 0 {
		shown = "…" + shown
	}
	if to < len(lw) {
		shown += "…"
	}
	out := backquote(shown)
	quoted := func(w []string) string { return backquote(strings.Join(w[:min(len(w), showWords)], " ")) }
	j := off + m
	switch {
	case m == len(qw):
		return out
	case j >= len(lw):
		out += fmt.Sprintf(" (the line ends before %s", quoted(qw[m:]))
		if next := line + 1; next < len(t.lines) && strings.HasPrefix(t.lines[next], strings.Join(qw[m:], " ")) {
			out += fmt.Sprintf(", which starts line %d", next+1)
		}
		return out + "; a quote must lie within one line)"
	case j < 0 && line > 0 && strings.HasSuffix(t.lines[line-1], strings.Join(qw[:-off], " ")):
		return out + fmt.Sprintf(" (the quote starts on line %d, with %s; a quote must lie within one line)", line, quoted(qw))
	case j < 0:
		return out + fmt.Sprintf(" (differs at %s: the line starts %s)", quoted(qw[m:]), quoted(lw))
	}
	out += fmt.Sprintf(" (differs at %s: the line has %s", quoted(qw[m:]), quoted(lw[j:]))
	switch {
	case strings.EqualFold(qw[m], lw[j]):
		out += "; case must match"
	case fold(qw[m]) == fold(lw[j]):
		out += "; punctuation and quote marks must match"
	}
	return out + ")"
}

// backquote delimits article text with backquotes rather than Go quoting,
// which would print every quote mark of the text as \" just where a curator
// is comparing quote marks. Text holding a backquote is Go-quoted.
func backquote(s string) string {
	if strings.Contains(s, "`") {
		return strconv.Quote(s)
	}
	return "`" + s + "`"
}

// checkQuote checks one evidence quote of file, as findQuotes found it,
// and returns its line, or 0 after reporting why it is not accepted.
func (l *loader) checkQuote(name string, line int, id, file, quote string, found foundQuote) int {
	t, at, n := l.quoteText[file], found.line, found.words
	if n < minQuoteWords && (at == 0 || t.lines[at-1] != collapseSpace(quote)) {
		l.add(name, line, "fact %s: quote %q is %d word(s); quote at least %d words, so that it pins down one place (only a whole line, such as a label, may be shorter)", id, quote, n, minQuoteWords)
		return 0
	}
	if at == 0 {
		l.add(name, line, "fact %s: %s", id, l.notFound(file, quote))
	}
	return at
}

// wordCount is len(strings.Fields(s)) without building the slice.
func wordCount(s string) int {
	n, in := 0, false
	for _, r := range s {
		space := unicode.IsSpace(r)
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}
