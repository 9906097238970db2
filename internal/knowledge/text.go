package knowledge

import (
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text pipeline turns questions and fact fields alike into terms:
//
//	normalize: lower case, one apostrophe, "125,000" → "125000", "%" → " percent"
//	split:     words of letters and digits (a decimal point stays inside a number)
//	words:     text-speak expanded ("wen" → "when"), the vocabulary's
//	           phrases joined ("a&e" → "ae"), "8 am" → "8am"
//	term:      number words → digits, a light stem, then a synonym's term
//
// Both sides go through the same steps, so a stem need not be a real word;
// it only has to agree with itself.

// normalizeChars lower-cases s and unifies the characters readers and
// articles write differently: one apostrophe, "%" → " percent ", "&" → " and ",
// "125,000" → "125000", any white space → one space.
func normalizeChars(s string) string {
	if isASCII(s) {
		return normalizeASCII(s)
	}
	return normalizeRunes(s)
}

// normalizeRunes is normalizeChars rune by rune, for any text.
func normalizeRunes(s string) string {
	s = strings.ToLower(s)
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == '\u2019' || r == '\u2018' || r == '`':
			b.WriteByte('\'')
		case r == '%':
			b.WriteString(" percent ")
		case r == '&':
			b.WriteString(" and ")
		case r == ',' && prevIsDigit(&b) && threeDigits(s[i+size:]):
			// "125,000" → "125000"
		case unicode.IsSpace(r):
			b.WriteByte(' ')
		default:
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

// normalizeASCII is normalizeRunes for ASCII text, byte by byte (every
// question and fact passes through it): the runs of bytes it keeps are
// copied whole, and text that needs no change is returned as it is.
func normalizeASCII(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		run := i
		for i < len(s) && asciiKept(s[i]) {
			i++
		}
		if run == 0 && i == len(s) {
			return s
		}
		if b.Cap() == 0 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(s[run:i])
		if i == len(s) {
			break
		}
		switch c := s[i]; {
		case 'A' <= c && c <= 'Z':
			b.WriteByte(c + 'a' - 'A')
		case c == '`':
			b.WriteByte('\'')
		case c == '%':
			b.WriteString(" percent ")
		case c == '&':
			b.WriteString(" and ")
		case c == ',' && prevIsDigit(&b) && threeDigits(s[i+1:]):
			// "125,000" → "125000"
		case asciiSpace(c):
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// asciiKept reports whether normalizeChars keeps the ASCII byte c as it is.
func asciiKept(c byte) bool {
	switch {
	case 'A' <= c && c <= 'Z':
		return false
	case c == '`' || c == '%' || c == '&' || c == ',' || c != ' ' && asciiSpace(c):
		return false
	}
	return true
}

// upperCase reports whether s is written in capitals throughout:
// strings.ToUpper leaves it as it is. ASCII text is checked without a
// copy.
func upperCase(s string) bool {
	if !isASCII(s) {
		return strings.ToUpper(s) == s
	}
	for i := 0; i < len(s); i++ {
		if 'a' <= s[i] && s[i] <= 'z' {
			return false
		}
	}
	return true
}

// properNamesASCII is properNames for ASCII text, byte by byte: the
// fields between white space, trimmed of what is not a letter, that start
// with a capital, but for the first.
func properNamesASCII(question string) []string {
	var out []string
	first := true
	for i := 0; i < len(question); {
		for i < len(question) && asciiSpace(question[i]) {
			i++
		}
		if i == len(question) {
			break
		}
		start := i
		for i < len(question) && !asciiSpace(question[i]) {
			i++
		}
		w := question[start:i]
		for len(w) > 0 && !asciiLetter(w[0]) {
			w = w[1:]
		}
		for len(w) > 0 && !asciiLetter(w[len(w)-1]) {
			w = w[:len(w)-1]
		}
		if !first && len(w) > 0 && 'A' <= w[0] && w[0] <= 'Z' {
			out = append(out, strings.ToLower(w))
		}
		first = false
	}
	return out
}

// asciiSpace reports whether c is white space as unicode.IsSpace sees it.
func asciiSpace(c byte) bool {
	return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'
}

func asciiLetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

func prevIsDigit(b *strings.Builder) bool {
	s := b.String()
	return len(s) > 0 && s[len(s)-1] >= '0' && s[len(s)-1] <= '9'
}

func threeDigits(s string) bool {
	if len(s) < 3 {
		return false
	}
	for i := 0; i < 3; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return len(s) == 3 || s[3] < '0' || s[3] > '9'
}

func isAlnum(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z'
}

// split breaks normalized text into words: runs of letters and digits, with a
// decimal point kept inside a number ("6.5"). An apostrophe ends a word and a
// trailing "s" or "t" after it is dropped ("hunt's" → "hunt", "didn't" →
// "didn"), since possessives and contractions carry no meaning here.
func split(s string, out []string) []string {
	start := -1
	flush := func(end int) {
		if start >= 0 {
			out = append(out, s[start:end])
			start = -1
		}
	}
	for i := 0; i < len(s); {
		// ASCII needs no decoding; r is the byte then, and only an ASCII
		// byte can be a '.' or an apostrophe.
		r, size := rune(s[i]), 1
		letter := isAlnum(s[i])
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
			letter = unicode.IsLetter(r) || unicode.IsDigit(r)
		}
		switch {
		case letter:
			if start < 0 {
				start = i
			}
		case r == '.' && start >= 0 && i > 0 && isDigitByte(s[i-1]) && i+1 < len(s) && isDigitByte(s[i+1]):
			// keep "6.5" whole
		case r == '\'' && start >= 0:
			flush(i)
			// skip the "s" of a possessive
			if i+1 < len(s) && s[i+1] == 's' && (i+2 == len(s) || !isAlnum(s[i+2])) {
				i++
			}
		default:
			flush(i)
		}
		i += size
	}
	flush(len(s))
	return out
}

func isDigitByte(c byte) bool { return c >= '0' && c <= '9' }

// stem strips common English endings. It is deliberately crude: the same
// function stems the facts, so consistency matters more than linguistics.
func (v *vocab) stem(w string) string {
	if n, ok := v.numbers[w]; ok {
		return n
	}
	if len(w) < 3 || isDigitByte(w[0]) {
		return w
	}
	switch w {
	case "news", "series", "always", "perhaps", "this", "was", "has", "is", "its", "yes",
		"press", "across", "less", "unless", "status", "bus", "his", "hers", "ours", "yours", "us", "gas", "nhs":
		return w
	}
	if len(w) == 3 {
		// "ops", "mps": plurals of two-letter words
		if w[2] == 's' && w[1] != 's' {
			return w[:2]
		}
		return w
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		w = w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"):
		w = w[:len(w)-2]
	case strings.HasSuffix(w, "ss") || strings.HasSuffix(w, "us") || strings.HasSuffix(w, "is"):
	case strings.HasSuffix(w, "s"):
		w = w[:len(w)-1]
	}
	switch {
	case strings.HasSuffix(w, "ing") && len(w) >= 6:
		w = undouble(w[:len(w)-3])
	case strings.HasSuffix(w, "ed") && len(w) >= 5:
		w = undouble(w[:len(w)-2])
	}
	if strings.HasSuffix(w, "e") && len(w) > 4 {
		w = w[:len(w)-1]
	}
	return w
}

// undouble turns "cancell" into "cancel" and "stopp" into "stop".
func undouble(w string) string {
	n := len(w)
	if n >= 4 && w[n-1] == w[n-2] && !strings.ContainsRune("aeiousl", rune(w[n-1])) {
		return w[:n-1]
	}
	if n >= 6 && w[n-1] == 'l' && w[n-2] == 'l' {
		return w[:n-1]
	}
	return w
}

// term maps a word to its index term: irregular forms and synonyms first,
// then the stem, then the stem's synonym.
func (v *vocab) term(w string) string {
	if t, ok := v.synonyms[w]; ok {
		return v.stem(t)
	}
	// The plural or past of a listed word ("stoppages", "raised"), whose
	// stem loses the "e" the listed word keeps.
	if n := len(w); n > 4 && (w[n-1] == 's' || w[n-1] == 'd' && w[n-2] == 'e') {
		if t, ok := v.synonyms[w[:n-1]]; ok {
			return v.stem(t)
		}
	}
	s := v.stem(w)
	// A word its stem leaves as it is (most of a question's: "who",
	// "porter") was looked up already.
	if s == w {
		return s
	}
	if t, ok := v.synonyms[s]; ok {
		return v.stem(t)
	}
	return s
}

// words splits text into raw words as a question is read: normalized,
// split, text-speak expanded, the vocabulary's phrases joined ("all",
// "out" → "allout") and times joined ("8", "am" → "8am").
func (v *vocab) words(text string) []string {
	return v.wordsOf(split(normalizeChars(text), make([]string, 0, 16)))
}

// wordsOf is words for text split already (split of normalizeChars); it
// rewrites raw in place.
func (v *vocab) wordsOf(raw []string) []string {
	// Text-speak first, so that a phrase meets the words it stands for:
	// "b4 talks" is "before talks".
	for i := 0; i < len(raw); i++ {
		if to, ok := v.textspeak[raw[i]]; ok {
			raw = slices.Insert(slices.Delete(raw, i, i+1), i, to...)
			i += len(to) - 1
			continue
		}
		raw[i] = v.droppedG(raw[i])
	}
	// A number before a linking word is text-speak too: "who spoke 4 the
	// bma", "talkin 2 them", "rumoured 2 b" (a count is followed by what
	// it counts).
	for i := 0; i+1 < len(raw); i++ {
		if to, ok := v.linkSpeak[raw[i]]; ok && (v.linkWords[raw[i+1]] || v.speakAfterVerb(raw, i)) {
			raw[i] = to
		}
	}
	out := make([]string, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		if r, ok := v.phraseAt(raw, i); ok {
			out = append(out, r.to...)
			i += len(r.from) - 1
			continue
		}
		out = append(out, raw[i])
	}
	out = v.joinStemPhrases(out)
	// A number that ends the text after a verb is text-speak: "wot r
	// they striking 4", "r the scottish docs striking 2"; so is one after
	// a word naming the action or the dispute: "how long is the strike 4".
	if n := len(out); n >= 2 && len(out[n-2]) > 3 && (strings.HasSuffix(out[n-2], "ing") || strings.HasSuffix(out[n-2], "in") || v.endsOnAction(out[n-2], out[n-1])) {
		if to, ok := v.finalSpeak[out[n-1]]; ok {
			out[n-1] = to
		}
	}
	v.pointerEnd(out)
	out = v.strandedEnd(out)
	return mergeTimes(out)
}

// phraseAt finds the first phrase, in file order, that starts at raw[i].
func (v *vocab) phraseAt(raw []string, i int) (phraseRule, bool) {
	s := v.phrases[raw[i]]
	if s == nil {
		return phraseRule{}, false
	}
	if i+1 < len(raw) {
		for _, r := range s.next[raw[i+1]] {
			if s.single != nil && s.single.order < r.order {
				break // the word alone comes first in the file
			}
			if len(r.from) <= len(raw)-i && slices.Equal(raw[i+2:i+len(r.from)], r.from[2:]) {
				return r, true
			}
		}
	}
	if s.single != nil {
		return *s.single, true
	}
	return phraseRule{}, false
}

// isStop reports whether w (a raw word) carries no topic.
func (v *vocab) isStop(w string) bool { return v.stop[w] }

// isWeak reports whether w (a raw word) is a generic question word.
func (v *vocab) isWeak(w string) bool { return v.weak[w] }
