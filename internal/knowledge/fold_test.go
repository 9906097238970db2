package knowledge

import (
	"strings"
	"testing"
)

// TestFoldAffixes checks hasPrefixFold and hasSuffixFold against
// strings.EqualFold over the cut, for texts with letters that fold to
// ASCII ones ("ſ", the Kelvin sign), cut bytes and marks.
func TestFoldAffixes(t *testing.T) {
	texts := []string{"", "a", "Right?", "is that RIGHT", "ſo true", "true ſ", "\u212Aeep", "keep \u212A", "per the BMA", "Per", "p", "is it", "éclair", "x\xffright", "-right", "1 true"}
	words := []string{"", "right", "true", "so", "per", "keep", "k", "s", "é", "éclair", "-", "1 true", "is that right"}
	for _, s := range texts {
		for _, w := range words {
			pre := len(s) >= len(w) && strings.EqualFold(s[:len(w)], w)
			suf := len(s) >= len(w) && strings.EqualFold(s[len(s)-len(w):], w)
			if got := hasPrefixFold(s, w); got != pre {
				t.Errorf("hasPrefixFold(%q, %q) = %v, want %v", s, w, got, pre)
			}
			if got := hasSuffixFold(s, w); got != suf {
				t.Errorf("hasSuffixFold(%q, %q) = %v, want %v", s, w, got, suf)
			}
		}
	}
}
