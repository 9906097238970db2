package knowledge

import (
	"reflect"
	"regexp"
	"strings"
	"sync"
	"testing"
)

// clauseBreakRE is the definition clauseBreaks is written out from, with
// the real vocabulary's part_joins and question_words.
var clauseBreakRE = sync.OnceValue(func() *regexp.Regexp {
	v := realVocab()
	return regexp.MustCompile(`(?i)[?;]+|,?\s+(?:` + strings.Join(v.partJoins, "|") + `)\s+(?:` + strings.Join(v.questionWords, "|") + `)\b`)
})

func regexpBreaks(q string, n int) [][2]int {
	var out [][2]int
	for _, m := range clauseBreakRE().FindAllStringIndex(q, n) {
		out = append(out, [2]int{m[0], m[1]})
	}
	return out
}

var clauseCases = []string{
	"", "?", "??;", "who is Mark Porter?", "who is Mark Porter? and when did the strike start",
	"who is mark porter and when did the strike start?", "who is hunt, and what did he say", "who is hunt,and what",
	"who is hunt ,and what", "who is hunt\tAND\nWHO", "hunt and whose", "hunt and island", "hunt and is",
	"hunt and is_", "hunt and is1", "hunt and isé", "hunt alſo waſ", "hunt alſo waſx", "hunt ALSO Which one",
	"hunt plus why", "hunt  and   how", "hunt and\v how", "and who", " and who", ",and who", ", and who",
	"a;b;c;d;e;f;g;h;i;j", "what? why? how? who? when? where? which? did? does?", "hunt andwho", "hunt and  ",
	"bma plus did they", "hunt,  also does", "x and wh", "x and whe", "ſ and is",
}

func TestClauseBreaksMatchRegexp(t *testing.T) {
	for _, q := range clauseCases {
		for _, n := range []int{8, 2} {
			if got, want := realVocab().clauseBreaks(q, n), regexpBreaks(q, n); !reflect.DeepEqual(got, want) {
				t.Errorf("clauseBreaks(%q, %d) = %v, want %v", q, n, got, want)
			}
		}
	}
}

func FuzzClauseBreaks(f *testing.F) {
	for _, q := range clauseCases {
		f.Add(q)
	}
	f.Fuzz(func(t *testing.T, q string) {
		if got, want := realVocab().clauseBreaks(q, 8), regexpBreaks(q, 8); !reflect.DeepEqual(got, want) {
			t.Fatalf("clauseBreaks(%q) = %v, want %v", q, got, want)
		}
	})
}
