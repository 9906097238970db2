package knowledge

import (
	"strings"
	"testing"
)

// TestFoldByte checks that foldByte never rejects a byte where
// strings.EqualFold finds a text and a word equal, at either end, for
// texts with letters that fold to ASCII ones ("ſ", the Kelvin sign), cut
// bytes and marks: the checks of tags and leads rely on it.
func TestFoldByte(t *testing.T) {
	texts := []string{"a", "Right", "RIGHT", "ſo", "ſ", "\u212Aeep", "\u212A", "Per", "p", "éclair", "\xff", "-", "1 true", "sO", "K"}
	words := []string{"right", "true", "so", "per", "keep", "k", "s", "é", "éclair", "-", "1 true", "is that right"}
	for _, s := range texts {
		for _, w := range words {
			for _, cut := range []string{s, strings.ToUpper(s), s + w, w + s, strings.ToUpper(w)} {
				if len(cut) < len(w) {
					continue
				}
				pre, suf := cut[:len(w)], cut[len(cut)-len(w):]
				if strings.EqualFold(pre, w) && !foldByte(pre[0], w[0]) {
					t.Errorf("foldByte rejects %q for %q, which EqualFold matches", pre, w)
				}
				if strings.EqualFold(suf, w) && !foldByte(suf[len(suf)-1], w[len(w)-1]) {
					t.Errorf("foldByte rejects %q for %q, which EqualFold matches", suf, w)
				}
			}
		}
	}
	if foldByte('x', 'r') || foldByte('@', '`') || !foldByte('R', 'r') || !foldByte('\xc5', '\xc5') {
		t.Error("foldByte: wrong on a plain byte")
	}
}
