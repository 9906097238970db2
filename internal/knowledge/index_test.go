package knowledge

import (
	"fmt"
	"reflect"
	"sync/atomic"
	"testing"
)

// TestTermStatsJoin checks that gathering a term's stats over runs of
// facts and joining the runs in order gives what one run over every fact
// gives, wherever the facts are split.
func TestTermStatsJoin(t *testing.T) {
	kinds := []struct {
		dispute Dispute
		kind    Kind
	}{{"2016", KindPerson}, {"2023", KindPerson}, {DisputeBoth, KindPerson}, {"2016", KindGap}}
	// Every sequence of four facts, each of one of those kinds, naming
	// the term or not.
	for code := range 1 << 12 {
		var facts []*Fact
		var named []bool
		for i := range 4 {
			c := code >> (3 * i) & 7
			k := kinds[c&3]
			facts = append(facts, &Fact{Dispute: k.dispute, Kind: k.kind})
			named = append(named, c&4 != 0)
		}
		add := func(m termsStats, i int) {
			var names []string
			if named[i] {
				names = []string{"t"}
			}
			m.add(int32(i), facts[i], map[string]float64{"t": float64(i + 1)}, names)
		}
		whole := termsStats{}
		for i := range facts {
			add(whole, i)
		}
		for split := range len(facts) + 1 {
			first, second := termsStats{}, termsStats{}
			for i := range facts {
				if i < split {
					add(first, i)
				} else {
					add(second, i)
				}
			}
			got := first["t"]
			switch {
			case got == nil:
				got = second["t"]
			case second["t"] != nil:
				got.join(second["t"])
			}
			if !reflect.DeepEqual(got, whole["t"]) {
				t.Fatalf("facts %s split at %d: joined %+v; one run gives %+v", describe(facts, named), split, got, whole["t"])
			}
		}
	}
}

func describe(facts []*Fact, named []bool) string {
	s := ""
	for i, f := range facts {
		s += fmt.Sprintf("[%s %s named=%v]", f.Dispute, f.Kind, named[i])
	}
	return s
}

// TestParallel checks that parallel calls f once for each index.
func TestParallel(t *testing.T) {
	for _, n := range []int{0, 1, 2, 3, 215} {
		calls := make([]atomic.Int32, n)
		parallel(n, func(i int) { calls[i].Add(1) })
		for i := range calls {
			if c := calls[i].Load(); c != 1 {
				t.Errorf("n=%d: f(%d) called %d times", n, i, c)
			}
		}
	}
}
