package main

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// bot lines and bot coverage, the curator's tools, called through run.

func TestLines(t *testing.T) {
	art := articleLines(t)["000_73b2b942d9bd6961.txt"]
	n := len(art)
	if art[n-1] == "" { // a final newline ends the last line; it starts none
		n--
	}
	broken, _ := brokenCopy(t, "facts/people.yaml")
	cases := []struct {
		name  string
		env   map[string]string
		args  []string
		first string // the first line printed
		count int    // lines printed
	}{
		{"by short reference", nil, []string{"lines", "000"}, " 1  " + art[0], n},
		{"by file name", nil, []string{"lines", "000_73b2b942d9bd6961.txt"}, " 1  " + art[0], n},
		{"one line", nil, []string{"lines", "000", "17"}, "17  " + art[16], 1},
		{"a range", nil, []string{"lines", "000", "2-4"}, " 2  " + art[1], 3},
		{"to the end", nil, []string{"lines", "000", "15-"}, "15  " + art[14], n - 14},
		{"from --data while its facts are broken", nil, []string{"lines", "--data", broken, "000", "2"}, " 2  " + art[1], 1},
		{"from FACTS_DIR", map[string]string{"FACTS_DIR": broken}, []string{"lines", "000", "2"}, " 2  " + art[1], 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, c.env, "", c.args...)
			if r.err != nil {
				t.Fatalf("run: %v", r.err)
			}
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			if lines[0] != c.first || len(lines) != c.count {
				t.Errorf("printed %d lines, first %q; want %d, first %q", len(lines), lines[0], c.count, c.first)
			}
			for _, l := range lines {
				if strings.HasSuffix(l, " ") {
					t.Errorf("trailing space in %q", l)
				}
			}
		})
	}
}

func TestLinesErrors(t *testing.T) {
	dir, _ := brokenCopy(t)
	if err := os.WriteFile(filepath.Join(dir, "articles/notes.md"), []byte("to do\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		name  string
		args  []string
		usage bool
		msg   string
	}{
		{"no article", []string{"lines"}, true, "takes an ARTICLE"},
		{"too many arguments", []string{"lines", "000", "1", "2"}, true, "takes an ARTICLE"},
		{"unknown article", []string{"lines", "009"}, false, `no article "009"; the articles are 000_73b2b942d9bd6961.txt`},
		{"ambiguous reference", []string{"lines", "00"}, false, "could be any of"},
		{"line out of range", []string{"lines", "000", "999"}, true, "within 1-"},
		{"backwards range", []string{"lines", "000", "5-2"}, true, "FROM-TO"},
		{"not a number", []string{"lines", "000", "x"}, true, `lines "x"`},
		{"a stray file among the articles", []string{"lines", "--data", dir, "000"}, false, "articles/notes.md: not a *.txt file"},
		{"unknown flag", []string{"lines", "--nope", "000"}, true, "-nope"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if r.err == nil || isUsage(r.err) != c.usage || !strings.Contains(r.err.Error(), c.msg) {
				t.Errorf("err = %v (usage %v); want one with %q, usage %v", r.err, isUsage(r.err), c.msg, c.usage)
			}
		})
	}
}

var coverageLine = regexp.MustCompile(`^coverage: (\d+)/(\d+) sentences cited \(\d+\.\d%\); (\d+) not cited$`)

func TestCoverage(t *testing.T) {
	t.Run("embedded base", func(t *testing.T) {
		r := bot(t, nil, "", "coverage")
		if r.err != nil {
			t.Fatalf("coverage: %v", r.err)
		}
		lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
		m := coverageLine.FindStringSubmatch(lines[len(lines)-1])
		if m == nil {
			t.Fatalf("last line %q", lines[len(lines)-1])
		}
		cited, total, uncited := atoi(t, m[1]), atoi(t, m[2]), atoi(t, m[3])
		if len(lines)-1 != uncited || cited+uncited != total {
			t.Errorf("%d uncited sentences listed; summary says %d+%d of %d", len(lines)-1, cited, uncited, total)
		}
		for _, l := range lines[:len(lines)-1] {
			if !citation.MatchString(l) {
				t.Errorf("uncited line %q is not file:line: text", l)
			}
		}
	})
	t.Run("a fact taken out leaves its sentence uncited", func(t *testing.T) {
		// Which fact cites what changes with the data, so remove whole
		// fact files and compare counts.
		dir, _ := brokenCopy(t)
		before := bot(t, nil, "", "coverage", "--data", dir)
		for _, f := range []string{"figures.yaml", "polls.yaml", "quotes.yaml"} {
			if err := os.Remove(filepath.Join(dir, "facts", f)); err != nil {
				t.Fatal(err)
			}
		}
		after := bot(t, map[string]string{"FACTS_DIR": dir}, "", "coverage")
		if before.err != nil || after.err != nil {
			t.Fatalf("coverage: %v / %v\n%s", before.err, after.err, after.stdout)
		}
		b, a := uncitedCount(t, before.stdout), uncitedCount(t, after.stdout)
		if a <= b {
			t.Errorf("uncited %d with every fact, %d with fewer; want more", b, a)
		}
	})
	t.Run("a broken base is an error", func(t *testing.T) {
		dir, _ := brokenCopy(t, "facts/people.yaml")
		r := bot(t, nil, "", "coverage", "--data", dir)
		if r.err == nil || !strings.Contains(r.err.Error(), "quote not found") {
			t.Errorf("err = %v", r.err)
		}
	})
	t.Run("arguments are a usage error", func(t *testing.T) {
		if r := bot(t, nil, "", "coverage", "000"); !isUsage(r.err) {
			t.Errorf("err = %v, want a usage error", r.err)
		}
	})
}

func uncitedCount(t *testing.T, out string) int {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	m := coverageLine.FindStringSubmatch(lines[len(lines)-1])
	if m == nil {
		t.Fatalf("no summary in %q", out)
	}
	return atoi(t, m[3])
}

func atoi(t *testing.T, s string) int {
	t.Helper()
	n, err := strconv.Atoi(s)
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func TestCuratorHelp(t *testing.T) {
	cases := []struct {
		args []string
		want []string
	}{
		{[]string{"help"}, []string{"lines", "print an article with line numbers", "coverage", "no fact cites"}},
		{[]string{"help", "lines"}, []string{"Usage: bot lines [--data DIR] ARTICLE [LINES]", "e.g. 000", "FROM-TO"}},
		{[]string{"help", "coverage"}, []string{"Usage: bot coverage [--data DIR]", "file:line", "exits 0"}},
	}
	for _, c := range cases {
		t.Run(strings.Join(c.args, " "), func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if r.err != nil {
				t.Fatal(r.err)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("help lacks %q:\n%s", w, r.stdout)
				}
			}
		})
	}
}

// TestValidateHints: validate prints the curator's hints with each problem,
// all of them in one run.
func TestValidateHints(t *testing.T) {
	dir, at := brokenCopy(t, "facts/people.yaml")
	if err := os.Rename(filepath.Join(dir, "facts/places.yaml"), filepath.Join(dir, "facts/places.yml")); err != nil {
		t.Fatal(err)
	}
	r := bot(t, nil, "", "validate", "--data", dir)
	if r.err == nil || !strings.Contains(r.err.Error(), "2 problem(s)") {
		t.Fatalf("err = %v; want 2 problems\n%s", r.err, r.stdout)
	}
	for _, w := range []string{
		at[0] + "fact ",
		"quote not found in ",
		"; nearest is line ",
		"(differs at `Zzyzx ",
		"facts/places.yml: rename to places.yaml",
	} {
		if !strings.Contains(r.stdout, w) {
			t.Errorf("output lacks %q:\n%s", w, r.stdout)
		}
	}
}
