package knowledge

import (
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Tools for curators: reading an article to quote from (bot lines) and
// finding what no fact cites yet (bot coverage).

// ReadArticles reads only the articles of the fact base in fsys, with the
// same checks as Load, so that a curator can look at them while the facts
// are still broken. On a problem it returns a *LoadError.
func ReadArticles(fsys fs.FS) ([]*Article, error) {
	l := &loader{fsys: fsys, articles: map[string]*Article{}, quoteText: map[string]*articleText{}}
	l.loadArticles()
	if len(l.problems) > 0 {
		return nil, &LoadError{Problems: l.problems}
	}
	return l.articleList(), nil
}

// FindArticle picks the article ref names: its file name, or a prefix of it
// that no other article shares, such as its short reference "000".
func FindArticle(articles []*Article, ref string) (*Article, error) {
	var matches, files []string
	var found *Article
	for _, a := range articles {
		if a.File == ref {
			return a, nil
		}
		if ref != "" && strings.HasPrefix(a.File, ref) {
			matches = append(matches, a.File)
			found = a
		}
		files = append(files, a.File)
	}
	switch len(matches) {
	case 1:
		return found, nil
	case 0:
		return nil, fmt.Errorf("no article %q; the articles are %s", ref, strings.Join(files, ", "))
	default:
		return nil, fmt.Errorf("%q could be any of %s; give more of the name", ref, strings.Join(matches, ", "))
	}
}

// Sentence is one sentence of an article, located by file and line.
type Sentence struct {
	File string
	Line int    // 1-based
	Text string // white space collapsed
}

// Coverage says how much of the articles the facts' evidence cites.
type Coverage struct {
	Sentences int        // sentences in all the articles
	Uncited   []Sentence // those no quote overlaps, in file and line order
}

// Coverage splits every article line into sentences and lists those that
// no fact's evidence quotes any part of: what the fact base cannot yet
// answer from. A quote covers every place it occurs, not only the line it
// is cited at, so a caption repeated under each photo counts once quoted.
// Sentences are split at ".", "!" or "?" (and any closing quote mark or
// bracket) followed by a space and a capital, digit or opening mark; an
// abbreviation such as "Dr." before a name splits too, which errs on the
// side of listing more.
func (b *Base) Coverage() Coverage {
	type span struct{ from, to int }
	texts := map[string]*articleText{}
	quoted := map[string][][]span{} // file → 0-based line → quoted byte spans of the collapsed line
	for _, a := range b.articles {
		texts[a.File] = newArticleText(a.Lines)
		quoted[a.File] = make([][]span, len(a.Lines))
	}
	for _, f := range b.facts {
		for _, e := range f.Evidence {
			t, q := texts[e.File], collapseSpace(e.Quote)
			if t == nil || q == "" {
				continue
			}
			for _, at := range t.sa.Lookup([]byte(q), -1) {
				line := sort.SearchInts(t.starts, at+1) - 1
				from := at - t.starts[line]
				quoted[e.File][line] = append(quoted[e.File][line], span{from, from + len(q)})
			}
		}
	}
	var c Coverage
	for _, a := range b.articles {
		for i, line := range texts[a.File].lines {
			for _, s := range sentenceSpans(line) {
				c.Sentences++
				if !slices.ContainsFunc(quoted[a.File][i], func(q span) bool { return q.from < s[1] && s[0] < q.to }) {
					c.Uncited = append(c.Uncited, Sentence{File: a.File, Line: i + 1, Text: line[s[0]:s[1]]})
				}
			}
		}
	}
	return c
}

// sentenceSpans splits a white-space-collapsed line into sentences, as
// [from, to) byte offsets.
func sentenceSpans(line string) [][2]int {
	var out [][2]int
	start := 0
	for i := 0; i < len(line); i++ {
		if !strings.ContainsRune(".!?", rune(line[i])) {
			continue
		}
		end := i + 1
		for end < len(line) {
			r, n := utf8.DecodeRuneInString(line[end:])
			if !strings.ContainsRune(`"'”’)]`, r) {
				break
			}
			end += n
		}
		if end+1 < len(line) && line[end] == ' ' {
			if r, _ := utf8.DecodeRuneInString(line[end+1:]); unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune(`"'“‘(`, r) {
				out = append(out, [2]int{start, end})
				start = end + 1
				i = end
			}
		}
	}
	if start < len(line) {
		out = append(out, [2]int{start, len(line)})
	}
	return out
}
