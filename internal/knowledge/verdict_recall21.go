package knowledge

// pointerEnd writes out, in place, a number of pointer_textspeak that ends
// the words after a linking word and one word that is no number: "who r
// the 2 bma leaders in the pay 1" asks about "the pay one", where "the 1
// day strike" or "strike 1" keep their number.
func (v *vocab) pointerEnd(out []string) {
	n := len(out)
	if n < 3 {
		return
	}
	to, ok := v.pointerSpeak[out[n-1]]
	if !ok || !v.linkWords[out[n-3]] || out[n-2] == "" || isDigitByte(out[n-2][0]) {
		return
	}
	out[n-1] = to
}
