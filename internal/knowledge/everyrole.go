package knowledge

import "slices"

// everyRole reports whether raw asks about a role in every dispute: an
// every_words word ("each", "both") before a name that people of two
// disputes or more go by ("how did each Health Secretary criticise the
// strikes?", "what did both BMA leaders say?"), as every_dispute's "each
// strike" does. The role is read from the person facts' aliases, so no
// role is listed twice.
func (b *Base) everyRole(raw []string) bool {
	for i := 0; i+1 < len(raw); i++ {
		if !b.v.everyWords[raw[i]] {
			continue
		}
		terms := b.v.termsOf(raw[i+1:])
		disputes := map[Dispute]bool{}
		for _, a := range b.ix.aliases[terms[0]] {
			f := b.facts[a.fact]
			if f.Kind != KindPerson || f.Dispute == DisputeBoth || len(a.terms) > len(terms) || !slices.Equal(a.terms, terms[:len(a.terms)]) {
				continue
			}
			disputes[f.Dispute] = true
		}
		if len(disputes) > 1 {
			return true
		}
	}
	return false
}
