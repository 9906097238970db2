package knowledge

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var updateComplete = flag.Bool("update", false, "rewrite testdata/complete.golden from the current choices")

// goldenPartials are typed inputs for TestCompleteGolden: empty, one and
// two letters, prefixes, the loadgen mix's partials, typos, several words,
// ids, digits, unicode, odd spacing and case, and input past Discord's
// limit.
var goldenPartials = []string{
	"", "m", "j", "st", "ab", "x", "Jer", "jer", "mar", "mark", "mark porter", "porter", "mpor",
	"bma", "tri", "the", "hnut", "barcl", "barcley", "barclay", "steve", "stev barc", "ipsos",
	"ipsos mori", "lewis", "hospital", "jeremy-corbyn", "jeremy hunt", "hunt jeremy", "  Hunt  ",
	"HUNT", "nhs", "nhs england", "junior doctors", "royal college", "college", "strike", "pay",
	"2023", "35", "5", "zzzzqqq", "qq", "trivedi", "trived", "laurenson", "laurenosn", "wes streeting",
	"streting", "sunak", "of", "and the", "a b c", "é", "café", "łódź", "naïve", "st’s", "o'brien",
	"mark's", "bma’s", "100%", "a&e", "\u00a0mark\u00a0", "\tporter\n",
	strings.Repeat("strike ", 30),
	strings.Repeat("x", 200),
	strings.Repeat("ü", 120),
}

// TestCompleteGolden pins the choices, in order, for goldenPartials on
// every look-up: recorded before Complete was made cheaper, so that any
// speed change that alters a choice or its place shows. After a change to
// data/ that moves choices, check the diff and run with -update.
func TestCompleteGolden(t *testing.T) {
	b := realBase(t)
	var sb strings.Builder
	for _, l := range fuzzLookups {
		for _, p := range goldenPartials {
			fmt.Fprintf(&sb, "%s %q:", l, p)
			for _, c := range b.Complete(l, p) {
				sb.WriteString(" " + c.Value)
			}
			sb.WriteByte('\n')
		}
	}
	got := sb.String()
	path := filepath.Join("testdata", "complete.golden")
	if *updateComplete {
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run with -update to record it)", err)
	}
	if got != string(want) {
		gl, wl := strings.Split(got, "\n"), strings.Split(string(want), "\n")
		for i := range min(len(gl), len(wl)) {
			if gl[i] != wl[i] {
				t.Errorf("line %d:\n got %s\nwant %s", i+1, gl[i], wl[i])
			}
		}
		if len(gl) != len(wl) {
			t.Errorf("%d lines, want %d", len(gl), len(wl))
		}
	}
}

// loadgenPartials are the /who name partials cmd/loadgen's mix sends on
// every keystroke it simulates: the worst of them bounds what an
// autocomplete request costs.
var loadgenPartials = []string{"Jer", "porter", "bma", "st", "", "tri"}

// BenchmarkCompleteLoadgen measures Complete for each of loadgenPartials
// on the real base.
func BenchmarkCompleteLoadgen(b *testing.B) {
	benchWho(b, realBase(b), loadgenPartials)
}
