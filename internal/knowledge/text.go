package knowledge

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// The text pipeline turns questions and fact fields alike into terms:
//
//	normalize: lower case, one apostrophe, "a&e" → "ae", "125,000" → "125000",
//	           "8 a.m." → "8am", "%" → " percent", number words → digits
//	split:     words of letters and digits (a decimal point stays inside a number)
//	term:      a light stem, then a synonym's canonical term
//
// Both sides go through the same steps, so a stem need not be a real word;
// it only has to agree with itself.

// phrases joins spellings of one thing that would otherwise split into
// different words, or into stop words ("all" and "out").
var phrases = strings.NewReplacer(
	"a&e", " ae ", "a & e", " ae ", "a and e", " ae ", "a+e", " ae ",
	"first all-out", "allout", "first all out", "allout", "first allout", "allout",
	"all-out", "allout", "all out", "allout",
	"per cent", " percent ", "a.m.", "am", "p.m.", "pm",
	"long-term", "longterm", "long term", "longterm",
	"seven-day", "7-day", "five-day", "fiveday", "five day", "fiveday", "5-day", "fiveday", "5 day", "fiveday",
	"two-day", "2-day",
	"no. 10", "downing street", "number 10", "downing street", "no 10 ", "downing street ",
)

// normalize lower-cases s and rewrites the spellings that differ between
// readers and articles into one form.
func normalize(s string) string {
	s = phrases.Replace(strings.ToLower(s))
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
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
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

// numberWords turns spelled numbers into digits so that "five-day" and
// "5-day", or "three in 10" and "3 in ten", meet.
var numberWords = map[string]string{
	"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
	"seven": "7", "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12",
	"twenty": "20", "thirty": "30", "fifty": "50", "hundred": "100", "thousand": "1000",
	"first": "1st", "second": "2nd", "third": "3rd",
}

// synonyms maps a stem (or an irregular word) to the term it stands for.
// Only true equivalents belong here: mapping "earn" to "pay" would make the
// engine claim it knows doctors' salaries when it only knows the pay demand.
var synonyms = map[string]string{
	// starting
	"begin": "start", "began": "start", "begun": "start", "beginn": "start", "launch": "start",
	"commenc": "start", "kick": "start", "kickoff": "start",
	// stopping
	"finish": "end", "ended": "end", "over": "end", "conclud": "end",
	// leading
	"boss": "leader", "head": "leader", "chief": "leader", "chair": "leader", "chairman": "leader",
	"chairwoman": "leader", "lead": "leader", "led": "leader", "leadership": "leader", "president": "leader",
	// people and bodies
	"medic": "doctor", "doc": "doctor", "dr": "doctor", "physician": "doctor", "junior": "junior",
	"govt": "government", "gov": "government", "governm": "government", "ministry": "government",
	"sec": "secretary", "minister": "secretary",
	"tory": "conservative", "tories": "conservative",
	"union": "union", "unions": "union",
	// action
	"walkout": "strike", "walk": "strike", "struck": "strike", "striker": "strike", "industrial": "strike",
	"stoppage": "strike", "picketing": "picket",
	// opinion
	"survey": "poll", "polling": "poll", "pollster": "poll", "opinion": "poll",
	"backing": "support", "back": "support", "favour": "support", "favor": "support", "behind": "support",
	"sympathy": "support", "approve": "support", "approv": "support",
	"against": "oppose", "opposed": "oppos", "opposition": "oppos", "disapprov": "oppos",
	// cancellations
	"postpon": "cancel", "resched": "cancel", "reschedul": "cancel", "rearrang": "cancel",
	"delay": "cancel", "cancellat": "cancel", "cancellation": "cancel", "call": "call",
	// clinical work
	"surgery": "operation", "surgeri": "operation", "op": "operation", "oper": "operation", "operat": "operation",
	"procedur": "operation",
	"appt":     "appointment",
	// emergencies
	"ae": "ae", "casualty": "ae", "er": "ae",
	"maternity": "matern", "matern": "matern",
	"icu": "intensive", "itu": "intensive",
	// money
	"rise": "rise", "raise": "rise", "increas": "rise", "uplift": "rise",
	"percent": "percent", "percentage": "percent", "pc": "percent", "cent": "percent",
	// talking
	"talk": "talk", "negotiat": "talk", "negotiation": "talk", "discuss": "talk", "discussion": "talk",
	"say": "say", "said": "say", "says": "say", "saying": "say", "tell": "say", "told": "say",
	"quot": "say", "statement": "say", "comment": "say",
	// places
	"hospit": "hospital", "hosp": "hospital",
	"pruh": "pruh",
	// time
	"week": "week", "weekend": "weekend", "clock": "time",
	"didn": "not", "don": "not", "doesn": "not", "isn": "not", "wasn": "not", "won": "not", "aren": "not",
	"2016s": "2016", "2023s": "2023",
	// comparing
	"differ": "compar", "difference": "compar", "different": "compar", "differenc": "compar",
	"versus": "compar", "vs": "compar", "comparison": "compar", "contrast": "compar",
	// roles
	"role": "job", "position": "job", "title": "job", "occupation": "job", "post": "job",
}

// stem strips common English endings. It is deliberately crude: the same
// function stems the facts, so consistency matters more than linguistics.
func stem(w string) string {
	if n, ok := numberWords[w]; ok {
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

// termOf maps a word to its index term: irregular forms and synonyms first,
// then the stem, then the stem's synonym.
func termOf(w string) string {
	if t, ok := synonyms[w]; ok {
		return stem(t)
	}
	s := stem(w)
	if t, ok := synonyms[s]; ok {
		return stem(t)
	}
	return s
}

// stopWords carry no topic. The question words among them are read for
// intent before they are dropped.
var stopWords = wordSet(`a an the and or but if then so of to in on at by for from with without
	about as into onto over under than that this these those there here is are was were be been being am
	do does did doing done have has had having will would shall should can could may might must
	i me my we us our you your he him his she her it its they them their what which who whom whose
	when where why how whats whos wheres whens hows
	not no nor also just only very too more most much many any some all each every both either neither
	tell know let please give show explain describe say about anything something thing things
	s t d ll re ve m hey hi hello thanks thank ok okay like really get got go going gonna wanna gimme pls plz bot strikebot
	r u ur wat wot wut because cos coz cuz
	one ones own same other others such again ever even still yet up out off down`)

func wordSet(list string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(list) {
		m[w] = true
	}
	return m
}

// weakWords are generic words of questions ("where did it take place",
// "what is his job"): they may match, but a fact need not match them to
// answer, and if the facts do not know them they do not count as missing.
var weakWords = wordSet(`take took taken place happen happened happening find found make made put carry carried
	describe described mention mentioned name named called call mean means meant stand stands kind type sort
	level lot lots use used according article articles paper papers story stories report reported source sources
	version actually exactly really basically exact main key happen new latest current currently people person
	thing anyone anybody someone somebody everyone happened gimme info information detail details fact facts
	job role title position involved involve part play played turn turned show showed shown come came
	numbers number figure figures stat stats statistic statistics result results
	long last lasted length duration overall full run ran running week weeks`)

// contextTerms name a dispute rather than ask about anything in it: once
// they have told which dispute a question means, "how many were cancelled
// in the first all-out strike" is about cancellations, not the strike.
var contextTerms = wordSet("2016 2023 allout fiveday")

// isWeak reports whether w (a raw word) is a generic question word.
func isWeak(w string) bool { return weakWords[w] }

// isStop reports whether w (a raw word) carries no topic.
func isStop(w string) bool { return stopWords[w] }
