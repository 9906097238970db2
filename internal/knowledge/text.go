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
//	words:     the vocabulary's phrases joined ("a&e" → "ae"), text-speak
//	           expanded ("wen" → "when"), "8 am" → "8am"
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

// normalizeRunes is normalizeChars for any text.
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

// normalizeASCII is normalizeRunes for text of ASCII characters only,
// which the facts' text and most questions are: byte by byte, with no
// lower-cased copy first. Loading tokenizes every fact, and this was a
// tenth of "bot ask".
func normalizeASCII(s string) string {
	var b strings.Builder
	b.Grow(len(s) + 8)
	for i := 0; i < len(s); i++ {
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
		case c == ' ' || '\t' <= c && c <= '\r': // unicode.IsSpace, below utf8.RuneSelf
			b.WriteByte(' ')
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}

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
		r, size := rune(s[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(s[i:])
		}
		switch {
		case isAlnum(s[i]) || r >= utf8.RuneSelf && (unicode.IsLetter(r) || unicode.IsDigit(r)):
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
	s := v.stem(w)
	if t, ok := v.synonyms[s]; ok {
		return v.stem(t)
	}
	return s
}

// words splits text into raw words as a question is read: normalized,
// split, the vocabulary's phrases joined ("all", "out" → "allout"),
// text-speak expanded and times joined ("8", "am" → "8am").
func (v *vocab) words(text string) []string {
	raw := split(normalizeChars(text), make([]string, 0, 16))
	out := make([]string, 0, len(raw))
	for i := 0; i < len(raw); i++ {
		w := raw[i]
		if r, ok := v.phraseAt(raw, i); ok {
			out = append(out, r.to...)
			i += len(r.from) - 1
			continue
		}
		if to, ok := v.textspeak[w]; ok {
			out = append(out, to...)
			continue
		}
		out = append(out, w)
	}
	return mergeTimes(out)
}

// phraseAt finds the first phrase that starts at raw[i].
func (v *vocab) phraseAt(raw []string, i int) (phraseRule, bool) {
	for _, r := range v.phrases[raw[i]] {
		if len(r.from) <= len(raw)-i && slices.Equal(raw[i:i+len(r.from)], r.from) {
			return r, true
		}
	}
	return phraseRule{}, false
}

// isStop reports whether w (a raw word) carries no topic.
func (v *vocab) isStop(w string) bool { return v.stop[w] }

// isWeak reports whether w (a raw word) is a generic question word.
func (v *vocab) isWeak(w string) bool { return v.weak[w] }
