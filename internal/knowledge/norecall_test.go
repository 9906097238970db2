package knowledge

import (
	"regexp"
	"testing"
)

// norecallCases are yes/no questions with a wrong detail that the
// articles settle: the answer is No with what they do say, not "the
// articles don't say". Each rule has the dev question, paraphrases and a
// nearby question that must keep its answer (or stay declined).
var norecallCases = []struct {
	q     string
	found bool
	want  string // a regular expression the answer must match (case-insensitive)
}{
	// A clock time checks the value; it does not name the dispute whose
	// facts have it (8am is the 2016 strike's hours).
	{"Did the pickets for the five-day strike start at 8am?", true, `^No\. .*7am`},
	{"did the five day strike pickets start at 8am?", true, `^No\. .*7am`},
	{"did picket lines for the 5-day walkout start at 8am?", true, `^No\. .*7am`},
	{"did the 2023 pickets begin at 8am?", true, `^No\. .*7am`},
	{"did the 5-day walkout's picket lines begin at 7am?", true, `^Yes\. .*7am`},
	{"did the 2016 strike start at 7am?", true, `^No\. .*8am`},
	// A question with both a right figure and a wrong time is No.
	{"did the five-day strike begin at 9am?", true, `^No\. .*7am`},
	// "Confirmed" against speculation: No, it was only speculation; "did
	// the Government accept …?" stays open.
	{"Has the Government confirmed it will accept the pay review bodies' recommendations?", true, `^No\. .*speculation`},
	{"Have the pay review body recommendations been confirmed in the five-day strike article?", true, `^No\. .*speculation`},
	{"has it been confirmed that the pay review bodies recommended 6%?", true, `^No\. .*speculation`},
	{"were the pay review body recommendations confirmed by the government?", true, `^No\. .*speculation`},
	{"did the government accept the pay review body recommendations?", false, `not yet decided`},
}

func TestNorecall(t *testing.T) {
	b := realBase(t)
	for _, c := range norecallCases {
		a := b.Answer(c.q)
		if a.Found != c.found || !regexp.MustCompile("(?is)"+c.want).MatchString(a.Text) {
			t.Errorf("%q: found %v, %q; want found %v matching %q", c.q, a.Found, a.Text, c.found, c.want)
		}
	}
}
