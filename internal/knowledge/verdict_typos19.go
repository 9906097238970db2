package knowledge

import (
	"fmt"
	"slices"
	"strings"
)

// whichArticle leads an answer to a question asking which article has
// something ("which of the articles talks about Scotland's pay offer?",
// "what report mentions the placards?") with the article its sources
// is from: the fact answers what, and its evidence says where. An answer
// that already names it, and one that is not found, are left alone.
func (b *Base) whichArticle(q *query, a *Answer) {
	if !a.Found || q.yesNo || q.compare || len(a.Sources) == 0 || !b.asksWhichArticle(q.raw) {
		return
	}
	var arts []*Article
	for _, art := range b.articles {
		if slices.ContainsFunc(a.Sources, func(s Source) bool { return s.File == art.File }) {
			arts = append(arts, art)
		}
	}
	// Sources from several articles may have the thing asked in one only
	// (the placards in 000, a photo caption in 001): the fact's text says
	// which, or nothing here can.
	if len(arts) != 1 || strings.Contains(strings.ToLower(a.Text), "article "+arts[0].Ref) {
		return
	}
	a.Text = fmt.Sprintf("Article %s (%s). %s", arts[0].Ref, arts[0].Short, a.Text)
}

// asksWhichArticle reports whether raw asks which article: "which" or
// "what" and, a few words on with only "of" and "the" between, an
// article word ("which of the articles", "what report").
func (b *Base) asksWhichArticle(raw []string) bool {
	for i, w := range raw {
		if w != "which" && w != "what" {
			continue
		}
		for j := i + 1; j < len(raw) && j <= i+3; j++ {
			if b.v.articleWords[raw[j]] {
				return true
			}
			if raw[j] != "of" && raw[j] != "the" {
				break
			}
		}
	}
	return false
}
