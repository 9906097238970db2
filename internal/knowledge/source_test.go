package knowledge

import "testing"

// TestOtherSource: a question naming an article is not answered as that
// article's by a fact only another article gives; it says the named one
// doesn't, and what the other says. The named article's own facts, and a
// No saying which article does, still answer.
func TestOtherSource(t *testing.T) {
	b := realBase(t)
	for _, c := range []struct {
		q     string
		found bool
		want  string
	}{
		{"who took the photos in the national report?", false, `^Article 000 .*doesn't say.*Larby`},
		{"Was Keith Larby credited for the photographs in the national article?", true, `^No\..*News Shopper`},
		{"who took the photos in the local paper?", true, `Larby`},
		{"Does the News Shopper article mention Jeremy Corbyn?", true, `^No\..*000`},
		{"in the 2023 article, who was health secretary?", true, `Barclay`},
		{"what did the local paper say hunt said about blackmail?", true, `blackmail`},
	} {
		a := b.Answer(c.q)
		expectAnswer(t, a, c.found, c.want)
	}
}
