package knowledge

// droppedG restores the g that text-speak drops from a word ending in
// "-ing" ("strikin", "askin", "talkin"): a word ending in "in" that is no
// English word itself, where the same word with a "g" is one. A real word
// is left alone ("begin", "within", "robin"), and so is a name ("Corbin"
// with a g is no word either).
func (v *vocab) droppedG(w string) string {
	n := len(w)
	if n < 4 || w[n-2] != 'i' || w[n-1] != 'n' || v.dict.has(w) {
		return w
	}
	if g := w + "g"; v.dict.has(g) {
		return g
	}
	return w
}

// namesSource reports whether the question's raw word i names the article
// it is asked of, by a name or by what it has (see namePositions): "the
// longest-walkout piece" points at an article, and asks for no ranking.
func namesSource(source, generic []bool, i int) bool {
	return source[i] || generic != nil && generic[i]
}
