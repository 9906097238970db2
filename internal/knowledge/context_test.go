package knowledge

import (
	"reflect"
	"strings"
	"testing"
)

// TestContextOf: a follow-up read against the context rebuilt from an
// answer's fact ids (as a channel reply to the answer is) finds what it
// should: each case is the first question, the follow-up, and a phrase of
// the follow-up's answer.
func TestContextOf(t *testing.T) {
	b := realBase(t)
	for _, c := range [][3]string{
		{"who is saffron cordery?", "what did she say?", "fraying the fabric"},
		{"who is steve barclay?", "what did he call the pay demand?", "unreasonable"},
		{"how many appointments were cancelled in 2016?", "and in 2023?", "651,000"},
		{"who led the BMA in 2016?", "what did he say about death statistics?", "distorted"},
		{"what did the 2016 poll find?", "what about 2023?", "YouGov"},
		{"what did the 2016 poll find?", "how about in 2023?", "YouGov"},
	} {
		first := b.Answer(c[0])
		ctx := b.ContextOf(first.Facts)
		if !first.Found || ctx == nil || !reflect.DeepEqual(ctx.Subjects, first.Facts) || ctx.Dispute != first.Dispute {
			t.Errorf("%q: ContextOf(%v) = %+v, want the answer's subjects and dispute %q", c[0], first.Facts, ctx, first.Dispute)
			continue
		}
		if a := b.AnswerWith(c[1], ctx); !a.Found || !strings.Contains(a.Text, c[2]) {
			t.Errorf("%q then %q = found %v %v: %s; want %q", c[0], c[1], a.Found, a.Facts, a.Text, c[2])
		}
	}
}

func TestContextOfIDs(t *testing.T) {
	b := realBase(t)
	for _, tc := range []struct {
		name string
		ids  []string
		want *Context
	}{
		{"none", nil, nil},
		{"only unknown ids", []string{"no-such-fact", ""}, nil},
		{"unknown and repeated ids skipped", []string{"no-such-fact", "saffron-cordery", "saffron-cordery"},
			&Context{Question: "Who is Saffron Cordery?", Subjects: []string{"saffron-cordery"}, Dispute: "2023"}},
		{"facts of two disputes", []string{"jeremy-hunt", "steve-barclay"},
			&Context{Question: "Who is Jeremy Hunt?", Subjects: []string{"jeremy-hunt", "steve-barclay"}, Dispute: DisputeBoth}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := b.ContextOf(tc.ids); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("ContextOf(%q) = %+v, want %+v", tc.ids, got, tc.want)
			}
		})
	}
}
