package knowledge

import (
	"slices"
	"testing"
)

// TestNamesStartWithTitle holds the index to what namesTopic reads of it:
// each fact's names start with its title's terms.
func TestNamesStartWithTitle(t *testing.T) {
	b := realBase(t)
	for i, f := range b.facts {
		if got, want := b.ix.names[i][0], b.v.terms(f.Title, nil); !slices.Equal(got, want) {
			t.Errorf("%s: first name %q, title terms %q", f.ID, got, want)
		}
	}
}
