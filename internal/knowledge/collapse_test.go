package knowledge

import "testing"

// collapseCases are strings with the white space collapseSpace keeps or
// changes, and what it makes of them.
var collapseCases = []struct{ in, want string }{
	{"", ""},
	{"a", "a"},
	{"junior doctors", "junior doctors"},
	{"“Safe” care, it’s said", "“Safe” care, it’s said"},
	{" leading", "leading"},
	{"trailing ", "trailing"},
	{"two  spaces", "two spaces"},
	{"tab\there", "tab here"},
	{"line\nbreak", "line break"},
	{"no-break\u00a0space", "no-break space"},
	{"thin\u2009space", "thin space"},
	{"   ", ""},
	{"bad \xff byte", "bad \ufffd byte"},
}

func TestCollapseSpace(t *testing.T) {
	for _, c := range collapseCases {
		if got := collapseSpace(c.in); got != c.want {
			t.Errorf("collapseSpace(%q) = %q, want %q", c.in, got, c.want)
		}
	}
}

// FuzzCollapseSpace: the shortcut for a string already collapsed returns
// what the full pass would.
func FuzzCollapseSpace(f *testing.F) {
	for _, c := range collapseCases {
		f.Add(c.in)
	}
	f.Fuzz(func(t *testing.T, s string) {
		if collapsed(s) && squeezeSpace(s) != s {
			t.Errorf("collapsed(%q), but squeezeSpace gives %q", s, squeezeSpace(s))
		}
		if got := squeezeSpace(collapseSpace(s)); got != collapseSpace(s) {
			t.Errorf("collapseSpace(%q) = %q is not collapsed: %q", s, collapseSpace(s), got)
		}
	})
}
