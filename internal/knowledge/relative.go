package knowledge

import (
	"strconv"
	"strings"
)

// This file reads a dispute or article named by its place in time: "how
// long is the newer strike?", "in the older dispute …", "the latest
// article". Which dispute is newer is read from the disputes' years
// (disputes.yaml), and an article is as old as the dispute it covers, so
// the words (vocabulary relative_times) stand for a year the fact base
// declares, which picks the dispute as a year in the question does.

// relativeYears returns the year the latest dispute and the one the earliest
// dispute are named by (the first of each's years), or "" for both when
// fewer than two disputes have a year or the extremes tie.
func (b *Base) relativeYears() (latest, earliest string) {
	lo, hi := 0, 0
	n := 0
	for _, d := range b.disputes {
		if len(d.Years) == 0 {
			continue
		}
		y, err := strconv.Atoi(d.Years[0])
		if err != nil {
			continue
		}
		if n == 0 || y > hi {
			hi, latest = y, d.Years[0]
		}
		if n == 0 || y < lo {
			lo, earliest = y, d.Years[0]
		}
		n++
	}
	if n < 2 || lo == hi {
		return "", ""
	}
	return latest, earliest
}

// relativeNoun reports whether w names a dispute, a strike of one or an
// article ("dispute", "walkout", "report", "one"), as a relative time word
// before it may date. Strikes in the plural are not: "the earlier strikes
// over the contract" are the dispute's own before the one reported.
func (v *vocab) relativeNoun(w string) bool {
	t := v.term(w)
	return v.wholeWords[t] || v.actionWords[t] && !strings.HasSuffix(w, "s") || v.articleWords[w] || v.articlePointers[w]
}

// dateRelative returns q with each relative time word ("newer", "more
// recent") that follows "the" and comes before a word naming a dispute, a
// strike or an article (at most one word between: "the newer pay
// dispute") put as the year of the latest or earliest dispute: "the newer
// strike" reads as "the strike" of the latest dispute's year; a phrase of
// relative_times now ("this time round") as "in" that year. q is returned
// as it is when it has none.
func (b *Base) dateRelative(q string) string {
	v := b.v
	if len(v.laterWords) == 0 && len(v.earlierWords) == 0 && len(v.nowWords) == 0 {
		return q
	}
	// Every question passes here and most have no relative word: a look
	// for one at each word's start costs less than splitting the
	// question into words.
	if !v.hasRelative(q) {
		return q
	}
	low := strings.ToLower(q)
	if len(low) != len(q) {
		return q // a letter whose lower case is of another length: leave it be
	}
	// The words of q and where each starts and ends: ASCII letters and
	// digits only, which every relative word and noun is.
	var words []string
	var starts, ends []int
	for i := 0; i < len(low); {
		if !isWordByte(low, i) {
			i++
			continue
		}
		j := i
		for j < len(low) && isWordByte(low, j) {
			j++
		}
		words, starts, ends = append(words, low[i:j]), append(starts, i), append(ends, j)
		i = j
	}
	var out strings.Builder
	last := 0
	latest, earliest := "", ""
	for i := 0; i+1 < len(words); i++ {
		if n := longestRunAt(words, i, v.nowWords); n > 0 {
			// "this time round" stands alone for the latest dispute.
			if latest == "" {
				if latest, earliest = b.relativeYears(); latest == "" {
					return q
				}
			}
			out.WriteString(q[last:starts[i]])
			out.WriteString("in " + latest)
			last = ends[i+n-1]
			i += n - 1
			continue
		}
		if words[i] != "the" {
			continue
		}
		for _, rel := range [2]struct {
			words [][]string
			later bool
		}{{v.laterWords, true}, {v.earlierWords, false}} {
			n := longestRunAt(words, i+1, rel.words)
			if n == 0 {
				continue
			}
			end := i + 1 + n
			noun := end < len(words) && v.relativeNoun(words[end]) ||
				end+1 < len(words) && !v.isStop(words[end]) && v.relativeNoun(words[end+1])
			if !noun {
				continue
			}
			if latest == "" {
				if latest, earliest = b.relativeYears(); latest == "" {
					return q
				}
			}
			year := earliest
			if rel.later {
				year = latest
			}
			out.WriteString(q[last:starts[i+1]])
			out.WriteString(year)
			last = ends[end-1]
			break
		}
	}
	if last == 0 {
		return q
	}
	out.WriteString(q[last:])
	return out.String()
}

// longestRunAt returns the length of the longest of phrases (each a run of
// words) that words has at i (see hasRunAt), or 0.
func longestRunAt(words []string, i int, phrases [][]string) int {
	best := 0
	for _, p := range phrases {
		if len(p) > best && hasRunAt(words, i, p) {
			best = len(p)
		}
	}
	return best
}

// hasRelative reports whether q has, at the start of a word, the first word
// of one of relative_times' phrases (ignoring case).
func (v *vocab) hasRelative(q string) bool {
	for i := 0; i < len(q); i++ {
		if !isWordByte(q, i) || isWordByte(q, i-1) {
			continue
		}
		for _, ps := range [3][][]string{v.laterWords, v.earlierWords, v.nowWords} {
			for _, p := range ps {
				if end, ok := matchFold(q, i, p[0]); ok && !isWordByte(q, end) {
					return true
				}
			}
		}
	}
	return false
}
