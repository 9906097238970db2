package knowledge

import (
	"slices"
	"strings"
)

// This file reads a polite or chatty question without its courtesies and
// asides: "Good afternoon, I hope you are well. … Could you kindly tell me
// what hours it ran each day? Thank you ever so much." asks what hours it
// ran. The courtesies (vocabulary pleasantries) bring in words no fact has,
// which count against every answer, so the question was declined whole.
// An aside about the asker after the question ("My late husband always
// blamed the politicians.") asks nothing and is dropped too; one before it
// may say what the question is about ("My daughter mentioned that in the
// older dispute …"), so it is dropped only when the question is declined
// with it (see AnswerWith).

// withoutCourtesies returns q as Answer and Explain read it: "Good
// afternoon, I hope you are well. …" without its courtesies, and without
// an aside or a reason of the asker's after the question.
func (v *vocab) withoutCourtesies(q string) string {
	return v.dropAfterword(v.dropPleasantries(q))
}

// dropPleasantries returns q without the vocabulary's pleasantries (matched
// whole words, ignoring case, a typographic apostrophe read as "'") and
// the commas, full stops and white space that follow each; q itself when it
// has none, or when nothing would be left.
func (v *vocab) dropPleasantries(q string) string {
	if len(v.pleasantries) == 0 {
		return q
	}
	s := q
	if strings.Contains(s, "’") {
		s = strings.ReplaceAll(s, "’", "'")
	}
	var cut []bool // made at the first courtesy found: most questions have none
	found := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		// Every question passes here: only the courtesies opening
		// with the byte at i are tried, and only where a word starts.
		// A courtesy may open with a comma (", do you know"), which
		// needs no boundary before it.
		for _, p := range v.pleasantAt[c] {
			if isWordByte(p, 0) && i > 0 && (isWordByte(s, i-1) || s[i-1] == '\'') {
				break // inside a word: "hi" in "this"
			}
			end, ok := matchFold(s, i, p)
			if !ok || end < len(s) && (isWordByte(s, end) || s[end] == '\'') {
				continue
			}
			// What follows a courtesy goes with it: "Good afternoon, I
			// hope …". One opening with a comma has taken its own, and
			// leaves the comma after it to what follows: "…, so what's
			// the fuss, right?" keeps ", right?".
			trail := " \t\n\r,.!"
			if !isWordByte(p, 0) {
				trail = " \t\n\r"
			}
			for end < len(s) && strings.IndexByte(trail, s[end]) >= 0 {
				end++
			}
			if cut == nil {
				cut = make([]bool, len(s))
			}
			for k := i; k < end; k++ {
				cut[k] = true
			}
			found = true
		}
	}
	if !found {
		return q
	}
	var out strings.Builder
	for k := 0; k < len(s); k++ {
		if !cut[k] {
			out.WriteByte(s[k])
		}
	}
	r := strings.TrimSpace(out.String())
	// "…, do you know?" leaves "…, ?": the comma goes with the courtesy.
	for strings.Contains(r, " ?") || strings.Contains(r, ",?") {
		r = strings.ReplaceAll(strings.ReplaceAll(r, " ?", "?"), ",?", "?")
	}
	r = strings.TrimLeft(r, ",.!; ")
	if !hasWord(strings.Trim(r, "?")) {
		return q
	}
	return r
}

// dropAfterword returns q without what follows its last question mark when
// that is an aside about the asker (it opens with one of the vocabulary's
// aside_words, "my", "i"): "… the Government or the doctors? My late
// husband always blamed the politicians." asks only its question.
func (v *vocab) dropAfterword(q string) string {
	if at := strings.LastIndexByte(q, '?'); at >= 0 && at < len(q)-1 {
		if rest := v.words(q[at+1:]); len(rest) > 0 && v.asideWords[rest[0]] {
			return q[:at+1]
		}
	}
	return v.dropReason(q)
}

// dropReason returns q without a last clause giving the asker's own reason
// for asking: a comma, one of aside_links and one of aside_words ("…, and
// by what year, because my granddaughter hopes to study medicine one
// day."). q itself when it has none.
func (v *vocab) dropReason(q string) string {
	at := strings.LastIndex(q, ", ")
	if at < 0 {
		return q
	}
	// Most questions' last comma opens no reason: a look at its first
	// word costs less than reading the clause's words.
	if !slices.ContainsFunc(v.asideLinkList, func(w string) bool {
		end, ok := matchFold(q, at+2, w)
		return ok && !isWordByte(q, end)
	}) {
		return q
	}
	rest := v.words(q[at+2:])
	if len(rest) < 2 || !v.asideLinks[rest[0]] || !v.asideWords[rest[1]] || strings.ContainsRune(q[at:], '?') {
		// "…, because my son asked?" keeps its clause: a question
		// mark after it may put the reason itself to the question.
		return q
	}
	return q[:at] + "?"
}

// dropForeword returns q without the sentences before its question that are
// asides about the asker ("I used to be a nurse myself many years ago."):
// each ends with a full stop or an exclamation mark and opens with one of
// aside_words, and a question must follow them. "" when there are none.
func (v *vocab) dropForeword(q string) string {
	start := 0
	for {
		end := strings.IndexAny(q[start:], ".!?")
		if end < 0 || q[start+end] == '?' {
			break
		}
		end += start
		words := v.words(q[start:end])
		if len(words) == 0 || !v.asideWords[words[0]] {
			break
		}
		start = end + 1
	}
	if start == 0 || !strings.Contains(q[start:], "?") || !hasWord(q[start:]) {
		return ""
	}
	return strings.TrimSpace(q[start:])
}
