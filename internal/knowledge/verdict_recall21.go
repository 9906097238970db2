package knowledge

// pointerEnd writes out, in place, each number of pointer_textspeak that
// comes after a linking word and one word that is no number, and ends the
// words or has a stop word after it that counts nothing (no count_words
// word): "who r the 2 bma leaders in the pay 1" asks about "the pay one",
// and "is the 5 day 1 the longest" about "the five-day one", where "the 1
// day strike", "strike 1" or "the pay 1 in 5" keep their number.
func (v *vocab) pointerEnd(out []string) {
	for i := 2; i < len(out); i++ {
		to, ok := v.pointerSpeak[out[i]]
		if !ok || !v.linkWords[out[i-2]] || out[i-1] == "" || isDigitByte(out[i-1][0]) {
			continue
		}
		if i+1 < len(out) && (!v.isStop(out[i+1]) || v.countWords[out[i+1]]) {
			continue
		}
		out[i] = to
	}
}
