package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// otherSource turns an answer to a question that names an article ("in
// the national report, who took the photos?") into "that article doesn't
// say" when none of the sources it cites is that article: the answer,
// from another article, is still given, but not as the named article's,
// and a Yes it was led with is dropped (the named article confirms
// nothing). Ranking already prefers the named article's facts
// (tune.sourceBoost), so this is only reached when it has none.
func (b *Base) otherSource(q *query, a *Answer) {
	if !a.Found || q.article <= 0 || q.compare || len(a.Sources) == 0 || strings.HasPrefix(a.Text, "No") {
		// A No stands: "does the local paper mention Corbyn?" is
		// answered No by the fact saying only article 000 does.
		return
	}
	art := b.articles[q.article-1]
	if slices.ContainsFunc(a.Sources, func(s Source) bool { return s.File == art.File }) {
		return
	}
	a.Text = fmt.Sprintf("Article %s (%s) doesn't say. What another article says: %s", art.Ref, art.Short, trimLead(a.Text))
	a.Found = false
}
