package main

import (
	"encoding/json"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// TestCheck runs bot check as a user would: the claim check of "Check with
// the articles", without Discord, from arguments or standard input, as text
// or JSON.
func TestCheck(t *testing.T) {
	cases := []struct {
		name  string
		stdin string
		args  []string
		// For text output, substrings of stdout; for --json, the claims'
		// verdicts in order, and substrings of their notes.
		want     []string
		verdicts []string
		cite     string // an article the output must cite, file:line
	}{
		{name: "the issue's example", args: []string{"check", "apparently the BMA wants 35%"},
			want: []string{`ONLY AS SOMEONE'S WORDS: "the BMA wants 35%"`, "Steve Barclay's words", "What the articles say:", "Sources:"}, cite: "002_27ed4c5538eb03e9.txt"},
		{name: "words joined into one message", args: []string{"check", "apparently", "the", "BMA", "wants", "35%"},
			want: []string{`"the BMA wants 35%"`}, cite: "002_27ed4c5538eb03e9.txt"},
		{name: "contradicted", args: []string{"check", "the 2016 strike started at 9am"},
			want: []string{`CONTRADICTED: "the 2016 strike started at 9am"`, "8am, not 9am"}, cite: "000_73b2b942d9bd6961.txt"},
		{name: "supported", args: []string{"check", "the 2016 strike started at 8am"},
			want: []string{`SUPPORTED: "the 2016 strike started at 8am"`}, cite: "000_73b2b942d9bd6961.txt"},
		{name: "not covered", args: []string{"check", "200,000 appointments were cancelled in 2016"},
			want: []string{"NOT COVERED", "200,000"}},
		{name: "no claim", args: []string{"check", "lol what a week"}, want: []string{"No claims to check"}},
		{name: "stdin is one message", stdin: "apparently the BMA wants 35%\nthe 2016 strike started at 9am\n", args: []string{"check"},
			want: []string{`ONLY AS SOMEONE'S WORDS: "the BMA wants 35%"`, `CONTRADICTED: "the 2016 strike started at 9am"`}, cite: "002_27ed4c5538eb03e9.txt"},
		{name: "json, flag after the text", args: []string{"check", "apparently the BMA wants 35%", "--json"},
			verdicts: []string{"attributed"}, want: []string{"Steve Barclay"}, cite: "002_27ed4c5538eb03e9.txt"},
		{name: "json from stdin", stdin: "the 2016 strike started at 9am; the BMA wants 35% lol", args: []string{"check", "--json"},
			verdicts: []string{"contradicted", "attributed"}, want: []string{"8am, not 9am", "Steve Barclay"}, cite: "000_73b2b942d9bd6961.txt"},
		{name: "json, no claim", args: []string{"check", "--json", "hi there"}, verdicts: []string{}},
	}
	articles := articleLines(t)
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, c.stdin, c.args...)
			if r.err != nil {
				t.Fatalf("run: %v\n%s", r.err, r.stderr)
			}
			out := r.stdout
			var cites []string
			if c.verdicts != nil {
				out, cites = checkJSONOut(t, r.stdout, c.verdicts)
			} else {
				for _, m := range citation.FindAllStringSubmatch(out, -1) {
					cites = append(cites, m[0])
				}
			}
			for _, w := range c.want {
				if !strings.Contains(out, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			if c.cite != "" && !slices.ContainsFunc(cites, func(s string) bool { return strings.HasPrefix(s, c.cite+":") }) {
				t.Errorf("output cites no line of %s (cites %v):\n%s", c.cite, cites, r.stdout)
			}
			for _, s := range cites {
				file, line, _ := strings.Cut(s, ":")
				n, err := strconv.Atoi(line)
				if lines := articles[file]; err != nil || n < 1 || n > len(lines) {
					t.Errorf("cites %s, which is no line of an article", s)
				}
			}
		})
	}
}

// checkJSONOut checks that stdout is one JSON object of bot check's shape,
// with claims of the given verdicts, each source's quote on its cited line,
// and returns the claims' notes and speakers (joined) and their citations.
func checkJSONOut(t *testing.T, stdout string, verdicts []string) (string, []string) {
	t.Helper()
	dec := json.NewDecoder(strings.NewReader(stdout))
	dec.DisallowUnknownFields()
	var got checkJSON
	if err := dec.Decode(&got); err != nil {
		t.Fatalf("stdout is not bot check's JSON: %v\n%s", err, stdout)
	}
	if dec.More() || !strings.HasSuffix(stdout, "}\n") || strings.Count(stdout, "\n") != 1 {
		t.Fatalf("stdout is more than one JSON line:\n%s", stdout)
	}
	if got.Claims == nil {
		t.Fatalf(`"claims" is null, want a list:\n%s`, stdout)
	}
	v := []string{}
	var notes, cites []string
	articles := articleLines(t)
	for _, c := range got.Claims {
		v = append(v, string(c.Verdict))
		notes = append(notes, c.Note, c.Speaker)
		if c.Claim == "" || c.Note == "" || c.Facts == nil || c.Sources == nil {
			t.Errorf("claim %+v lacks its text, note, facts or sources", c)
		}
		for _, s := range c.Sources {
			cite := s.File + ":" + strconv.Itoa(s.Line)
			cites = append(cites, cite)
			if lines := articles[s.File]; s.Line < 1 || s.Line > len(lines) || !strings.Contains(collapseSpace(lines[s.Line-1]), collapseSpace(s.Quote)) {
				t.Errorf("source %s does not hold its quote %q", cite, s.Quote)
			}
		}
	}
	if !slices.Equal(v, verdicts) {
		t.Errorf("verdicts %v, want %v:\n%s", v, verdicts, stdout)
	}
	return strings.Join(notes, "\n"), cites
}

// collapseSpace joins every run of white space into one space.
func collapseSpace(s string) string { return strings.Join(strings.Fields(s), " ") }

// TestCheckUsage: bot check with nothing to check is a usage error, and
// its help says what it does.
func TestCheckUsage(t *testing.T) {
	for _, stdin := range []string{"", " \n\t\n"} {
		if r := bot(t, nil, stdin, "check"); !isUsage(r.err) || r.stdout != "" {
			t.Errorf("check with stdin %q: err %v, stdout %q; want a usage error and no output", stdin, r.err, r.stdout)
		}
	}
	r := bot(t, nil, "", "check", "--help")
	if r.err != nil || !strings.Contains(r.stdout, "Usage: bot check") || !strings.Contains(r.stdout, "--json") {
		t.Errorf("check --help: err %v\n%s", r.err, r.stdout)
	}
}
