package knowledge

import (
	"bytes"
	"strings"
	"testing"
	"testing/fstest"
)

// curatedFS is the embedded fact base with its vocabulary edited by edit,
// as a curator would edit data/vocabulary.yaml.
func curatedFS(t *testing.T, edit func(vocab []byte) []byte) fstest.MapFS {
	t.Helper()
	m := articleFS(t)
	for name, f := range realFactFiles(t) {
		m[name] = f
	}
	m["disputes.yaml"] = &fstest.MapFile{Data: realFile(t, "disputes.yaml")}
	m["vocabulary.yaml"] = &fstest.MapFile{Data: edit(realFile(t, "vocabulary.yaml"))}
	return m
}

// replaceOnce replaces old in b, failing the test when b lacks it, so that a
// reworded vocabulary cannot quietly turn the test into a no-op.
func replaceOnce(t *testing.T, b []byte, old, new string) []byte {
	t.Helper()
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("vocabulary.yaml lacks %q", old)
	}
	return bytes.Replace(b, []byte(old), []byte(new), 1)
}

// TestClaimWordsAreData: what counts as a hedge or a trailer is the
// vocabulary's to say. A curator's edit to data/vocabulary.yaml, and no Go,
// changes what Check strips from a claim.
func TestClaimWordsAreData(t *testing.T) {
	edited, err := Load(curatedFS(t, func(v []byte) []byte {
		v = replaceOnce(t, v, "  hedges: [", "  hedges: [between you and me, ")
		v = replaceOnce(t, v, " word is, apparently, ", " word is, ")
		return replaceOnce(t, v, "  trailers: [lol, ", "  trailers: [ngl, lol, ")
	}))
	if err != nil {
		t.Fatalf("the edited vocabulary does not load: %v", err)
	}
	real := realBase(t)
	cases := []struct {
		base      *Base
		msg, want string // want: the first claim's text
	}{
		{real, "apparently the BMA wants 35%", "the BMA wants 35%"},
		{edited, "apparently the BMA wants 35%", "apparently the BMA wants 35%"},
		{real, "between you and me the BMA wants 35%", "between you and me the BMA wants 35%"},
		{edited, "between you and me, the BMA wants 35%", "the BMA wants 35%"},
		{real, "the BMA wants 35% ngl", "the BMA wants 35% ngl"},
		{edited, "the BMA wants 35% ngl", "the BMA wants 35%"},
	}
	for _, c := range cases {
		which := "real"
		if c.base == edited {
			which = "edited"
		}
		claims := c.base.Check(c.msg)
		if len(claims) == 0 {
			t.Errorf("%s vocabulary: Check(%q) finds no claim", which, c.msg)
			continue
		}
		if claims[0].Text != c.want {
			t.Errorf("%s vocabulary: Check(%q) claims %q, want %q", which, c.msg, claims[0].Text, c.want)
		}
	}
}

// TestClaimWordsProblems: a bad claims section is reported at the line of
// each bad entry, every problem in one run.
func TestClaimWordsProblems(t *testing.T) {
	cases := []struct {
		name, section string
		want          []string
	}{
		{"not a mapping", "claims: [x]\n", []string{"vocabulary.yaml:1: claims: must be a mapping"}},
		{"unknown list", "claims:\n  hedges: [so]\n  fillers: [um]\n", []string{`vocabulary.yaml:3: claims: unknown list "fillers"`}},
		{"bad entries", "claims:\n  hedges:\n    - so\n    - Apparently\n    - i  heard\n    - so\n  start_words: [kicked off]\n  abbreviations: [dr.]\n",
			[]string{`vocabulary.yaml:4: claims: hedges: "Apparently" must be lower case`, `vocabulary.yaml:5: claims: hedges: "i  heard" must be lower case, trimmed, single-spaced`,
				`vocabulary.yaml:6: claims: hedges: "so" is listed twice`, `vocabulary.yaml:7: claims: start_words: "kicked off" must be one word`,
				`vocabulary.yaml:8: claims: abbreviations: write "dr." without`}},
		{"truth question of no hedge", "claims:\n  hedges: [is it true]\n  truth_questions:\n    - is it true\n    - is it so\n",
			[]string{`vocabulary.yaml:5: claims: truth_questions: "is it so" starts no hedge`}},
		{"wrong shape", "claims:\n  hedges: {a: b}\n", []string{"vocabulary.yaml:2: claims:"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := articleFS(t)
			m["facts/a.yaml"] = &fstest.MapFile{Data: []byte(goodFact("a"))}
			m["vocabulary.yaml"] = &fstest.MapFile{Data: []byte(c.section)}
			_, err := Load(m)
			for _, want := range c.want {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
		})
	}
}

// TestPhraseGivenTwice: a phrase's spelling given a second time would never
// apply (the first entry wins), so the loader rejects it by name instead
// of ignoring it.
func TestPhraseGivenTwice(t *testing.T) {
	_, err := Load(curatedFS(t, func(v []byte) []byte {
		return replaceOnce(t, v, "phrases:\n", "phrases:\n  - [on hunt's watch, in the contract dispute]\n")
	}))
	want := `phrases: "on hunt's watch" is given twice`
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Errorf("error lacks %q:\n%v", want, err)
	}
}
