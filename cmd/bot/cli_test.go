package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/strikebot/strikebot/data"
)

// The command line, called through run as main calls it. serve, register
// and healthcheck are tested elsewhere.

type botRun struct {
	stdout, stderr string
	err            error
}

// bot runs the program with args, the given environment (nothing else of
// the real one) and standard input.
func bot(t *testing.T, env map[string]string, stdin string, args ...string) botRun {
	t.Helper()
	var out, errOut bytes.Buffer
	err := run(t.Context(), args, mapEnv(env), strings.NewReader(stdin), &out, &errOut)
	return botRun{out.String(), errOut.String(), err}
}

func isUsage(err error) bool {
	var u usageError
	return errors.As(err, &u)
}

var citation = regexp.MustCompile(`(\d{3}_[0-9a-f]{16}\.txt):(\d+)`)

func TestAsk(t *testing.T) {
	cases := []struct {
		name string
		args []string
		want []string // substrings of stdout
		cite string   // an article file the answer must cite with a line
	}{
		{"bma boss", []string{"ask", "who's the bma boss?"}, []string{"Mark Porter", "Sources:"}, "000_73b2b942d9bd6961.txt"},
		{"words joined into one question", []string{"ask", "Who", "is", "Mark", "Porter?"}, []string{"Mark Porter"}, "000_73b2b942d9bd6961.txt"},
		{"typo", []string{"ask", "wen did the five-day strik start"}, []string{"7am"}, "002_27ed4c5538eb03e9.txt"},
		{"not found", []string{"ask", "what is the capital of france"}, []string{"The articles don't say", "You could ask about:"}, ""},
		{"explain", []string{"ask", "--explain", "who is hunt"}, []string{"terms [", "jeremy-hunt", "Jeremy Hunt"}, "000_73b2b942d9bd6961.txt"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if r.err != nil {
				t.Fatalf("run: %v\n%s", r.err, r.stderr)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			if c.cite != "" {
				ok := false
				for _, m := range citation.FindAllStringSubmatch(r.stdout, -1) {
					ok = ok || m[1] == c.cite
				}
				if !ok {
					t.Errorf("output cites no line of %s:\n%s", c.cite, r.stdout)
				}
			}
			if c.cite == "" && citation.MatchString(r.stdout) {
				t.Errorf("not-found answer cites a source:\n%s", r.stdout)
			}
		})
	}
}

// articleLines reads the embedded articles, to check citations against.
func articleLines(t *testing.T) map[string][]string {
	t.Helper()
	out := map[string][]string{}
	names, _ := fs.Glob(data.FS(), "articles/*.txt")
	for _, n := range names {
		b, err := fs.ReadFile(data.FS(), n)
		if err != nil {
			t.Fatal(err)
		}
		out[filepath.Base(n)] = strings.Split(string(b), "\n")
	}
	return out
}

func keys(m map[string]json.RawMessage) []string {
	var k []string
	for x := range m {
		k = append(k, x)
	}
	slices.Sort(k)
	return k
}

func TestAskJSONFromStdin(t *testing.T) {
	questions := []struct {
		in    string // the line as typed
		q     string // the question as reported
		found bool
	}{
		{"who's the bma boss?", "who's the bma boss?", true},
		{"  wen did the strik start  ", "wen did the strik start", true},
		{"what is the capital of france", "what is the capital of france", false},
		{"what did the ipsos mori poll find", "what did the ipsos mori poll find", true},
	}
	var stdin strings.Builder
	for _, q := range questions {
		stdin.WriteString(q.in + "\n\n") // blank lines are skipped
	}
	r := bot(t, nil, stdin.String(), "ask", "--json")
	if r.err != nil {
		t.Fatalf("run: %v\n%s", r.err, r.stderr)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != len(questions) {
		t.Fatalf("%d lines for %d questions:\n%s", len(lines), len(questions), r.stdout)
	}
	articles := articleLines(t)
	for i, line := range lines {
		q := questions[i]
		t.Run(q.q, func(t *testing.T) {
			var obj map[string]json.RawMessage
			if err := json.Unmarshal([]byte(line), &obj); err != nil {
				t.Fatalf("line %d is not a JSON object: %v\n%s", i+1, err, line)
			}
			if got, want := keys(obj), []string{"answer", "found", "question", "sources", "suggestions"}; !slices.Equal(got, want) {
				t.Errorf("fields %v, want exactly %v", got, want)
			}
			var a struct {
				Question    string           `json:"question"`
				Found       bool             `json:"found"`
				Answer      string           `json:"answer"`
				Sources     []map[string]any `json:"sources"`
				Suggestions []string         `json:"suggestions"`
			}
			if err := json.Unmarshal([]byte(line), &a); err != nil {
				t.Fatalf("line %d: %v", i+1, err)
			}
			if a.Question != q.q || a.Found != q.found || a.Answer == "" {
				t.Errorf("question %q found %v answer %q; want %q found %v", a.Question, a.Found, a.Answer, q.q, q.found)
			}
			if string(obj["sources"]) == "null" || string(obj["suggestions"]) == "null" {
				t.Errorf("sources or suggestions is null, want a list: %s", line)
			}
			if q.found && len(a.Sources) == 0 {
				t.Errorf("found with no sources")
			}
			if !q.found && len(a.Suggestions) == 0 {
				t.Errorf("not found with no suggestions")
			}
			for _, s := range a.Sources {
				var sk []string
				for k := range s {
					sk = append(sk, k)
				}
				slices.Sort(sk)
				// publisher and url only where articles.yaml gives them.
				sk = slices.DeleteFunc(sk, func(k string) bool { return k == "publisher" || k == "url" })
				if !slices.Equal(sk, []string{"file", "line", "quote", "title"}) {
					t.Errorf("source fields %v, want exactly [file line quote title] and perhaps publisher and url", sk)
				}
				file, _ := s["file"].(string)
				n, isNum := s["line"].(float64)
				quote, _ := s["quote"].(string)
				lines, ok := articles[file]
				if !ok || !isNum || n != float64(int(n)) || int(n) < 1 || int(n) > len(lines) {
					t.Errorf("source %v names no article line", s)
					continue
				}
				if !strings.Contains(strings.Join(strings.Fields(lines[int(n)-1]), " "), strings.Join(strings.Fields(quote), " ")) {
					t.Errorf("%s:%d does not contain %q", file, int(n), quote)
				}
			}
		})
	}
}

func TestAskJSONArgument(t *testing.T) {
	r := bot(t, nil, "ignored\n", "ask", "--json", "who", "is", "hunt")
	if r.err != nil {
		t.Fatal(r.err)
	}
	if n := strings.Count(r.stdout, "\n"); n != 1 {
		t.Fatalf("%d lines, want 1:\n%s", n, r.stdout)
	}
	var a askJSON
	if err := json.Unmarshal([]byte(r.stdout), &a); err != nil || a.Question != "who is hunt" || !a.Found {
		t.Errorf("got %+v, %v", a, err)
	}
}

func TestAskTextFromStdin(t *testing.T) {
	r := bot(t, nil, "who is hunt\nwho is barclay\n", "ask")
	if r.err != nil {
		t.Fatal(r.err)
	}
	hunt, barclay := strings.Index(r.stdout, "Jeremy Hunt"), strings.Index(r.stdout, "Steve Barclay")
	if hunt < 0 || barclay < hunt || !strings.Contains(r.stdout, "\n\nSteve Barclay") {
		t.Errorf("want both answers in order, separated by a blank line:\n%s", r.stdout)
	}
}

func TestAskLineTooLong(t *testing.T) {
	r := bot(t, nil, strings.Repeat("x", maxLine+10)+"\n", "ask")
	if r.err == nil || !strings.Contains(r.err.Error(), "read questions") {
		t.Errorf("err = %v, want a read error for an over-long line", r.err)
	}
}

func TestChat(t *testing.T) {
	cases := []struct {
		name    string
		stdin   string
		want    []string
		notWant []string
		known   string // a known bug elsewhere: skipped while it fails
	}{
		{
			name:    "slash command, question, quit",
			stdin:   "/who hunt\nwho is mark porter?\n\n/quit\nwho is saffron cordery\n",
			want:    []string{"Jeremy Hunt", "Mark Porter", "000_73b2b942d9bd6961.txt:"},
			notWant: []string{"Saffron Cordery"},
		},
		{
			name:  "slash form with the option name, as Discord shows it",
			stdin: "/who name: barclay\n/exit\n",
			want:  []string{"Steve Barclay"},
		},
		{
			name:    "unknown slash command says so and goes on",
			stdin:   "/nope hunt\nwho is saffron cordery\n",
			want:    []string{`unknown command "nope"`, "Saffron Cordery"},
			known:   "commands: ParseSlash reports false for an unknown name, so chat answers \"/nope hunt\" as a question",
			notWant: []string{"Jeremy Hunt"},
		},
		{
			name:  "end of input ends it",
			stdin: "/poll\nwho is saffron cordery",
			want:  []string{"Ipsos Mori", "Saffron Cordery"},
		},
		{
			name:  "help lists the commands",
			stdin: "/help\n",
			want:  []string{"/ask", "/who", "/sources"},
		},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, c.stdin, "chat")
			if r.err != nil {
				t.Fatalf("run: %v", r.err)
			}
			if !strings.HasPrefix(r.stdout, "strikebot: ") || !strings.Contains(r.stdout, "> ") {
				t.Errorf("no greeting or prompt:\n%s", r.stdout)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					if c.known != "" {
						t.Skipf("%s: output lacks %q", c.known, w)
					}
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			for _, w := range c.notWant {
				if strings.Contains(r.stdout, w) {
					t.Errorf("output has %q:\n%s", w, r.stdout)
				}
			}
		})
	}
}

// brokenCopy copies the embedded fact base to a directory and breaks the
// first plain quote of each named fact file. It returns the directory and
// the file:line (of the evidence item) each break should be reported at.
func brokenCopy(t *testing.T, files ...string) (string, []string) {
	t.Helper()
	dir := t.TempDir()
	if err := os.CopyFS(dir, data.FS()); err != nil {
		t.Fatal(err)
	}
	var at []string
	for _, name := range files {
		path := filepath.Join(dir, name)
		b, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(string(b), "\n")
		item, broke := 0, false
		for i, l := range lines {
			trim := strings.TrimSpace(l)
			if strings.HasPrefix(trim, "- file:") {
				item = i + 1
			}
			if v, ok := strings.CutPrefix(trim, "quote: "); ok && item > 0 && !strings.ContainsAny(v[:1], `'"|>`) {
				lines[i] = strings.Replace(l, "quote: ", "quote: Zzyzx ", 1)
				at = append(at, fmt.Sprintf("%s:%d: ", name, item))
				broke = true
				break
			}
		}
		if !broke {
			t.Fatalf("no plain quote to break in %s", name)
		}
		if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir, at
}

func TestValidate(t *testing.T) {
	t.Run("embedded base passes", func(t *testing.T) {
		r := bot(t, nil, "", "validate")
		if r.err != nil {
			t.Fatalf("validate: %v\n%s", r.err, r.stdout)
		}
		if !regexp.MustCompile(`^ok: \d+ facts, \d+ quotes checked against 3 articles\n$`).MatchString(r.stdout) {
			t.Errorf("output %q", r.stdout)
		}
	})
	t.Run("an unbroken copy passes", func(t *testing.T) {
		dir, _ := brokenCopy(t)
		if r := bot(t, nil, "", "validate", "--data", dir); r.err != nil {
			t.Fatalf("validate --data copy: %v\n%s", r.err, r.stdout)
		}
	})
	dir, at := brokenCopy(t, "facts/people.yaml", "facts/polls.yaml")
	cases := []struct {
		name string
		env  map[string]string
		args []string
	}{
		{"--data", nil, []string{"validate", "--data", dir}},
		{"FACTS_DIR", map[string]string{"FACTS_DIR": dir}, []string{"validate"}},
		{"--data overrides FACTS_DIR", map[string]string{"FACTS_DIR": "/nonexistent"}, []string{"validate", "--data", dir}},
	}
	for _, c := range cases {
		t.Run("broken quotes via "+c.name, func(t *testing.T) {
			r := bot(t, c.env, "", c.args...)
			if r.err == nil || isUsage(r.err) {
				t.Fatalf("err = %v, want a failure that is not a usage error", r.err)
			}
			if !strings.Contains(r.err.Error(), "2 problem(s)") {
				t.Errorf("err = %v, want it to count 2 problems", r.err)
			}
			for _, w := range at {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			if got := strings.Count(r.stdout, "quote not found"); got != 2 {
				t.Errorf("%d 'quote not found' lines, want 2:\n%s", got, r.stdout)
			}
		})
	}
	t.Run("missing directory", func(t *testing.T) {
		r := bot(t, nil, "", "validate", "--data", filepath.Join(t.TempDir(), "nope"))
		if r.err == nil || !strings.Contains(r.err.Error(), "not a directory") {
			t.Errorf("err = %v", r.err)
		}
	})
	t.Run("ask uses the copy too", func(t *testing.T) {
		r := bot(t, map[string]string{"FACTS_DIR": dir}, "", "ask", "who is hunt")
		if r.err == nil || !strings.Contains(r.err.Error(), "quote not found") {
			t.Errorf("ask with a broken FACTS_DIR: err = %v", r.err)
		}
	})
}

func TestEval(t *testing.T) {
	const small = "testdata/eval_small.jsonl"
	cases := []struct {
		name    string
		args    []string
		wantErr bool
		usage   bool
		want    []string
	}{
		{"reports the pass rate", []string{"eval", small}, false, false,
			[]string{"eval: 3/4 passed (75.0%)\n", "FAIL " + small + ":6 \"Who is Mark Porter?\": expected not found"}},
		{"at --min", []string{"eval", "--min", "0.75", small}, false, false, []string{"eval: 3/4 passed (75.0%)"}},
		{"below --min", []string{"eval", "--min", "0.8", small}, true, false, []string{"eval: 3/4 passed (75.0%)"}},
		{"--min out of range", []string{"eval", "--min", "1.5", small}, true, true, nil},
		{"no file", []string{"eval"}, true, true, nil},
		{"two files", []string{"eval", small, small}, true, true, nil},
		{"missing file", []string{"eval", "testdata/nope.jsonl"}, true, false, nil},
		{"unknown field in the set", []string{"eval", "testdata/eval_bad.jsonl"}, true, false, nil},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if (r.err != nil) != c.wantErr || isUsage(r.err) != c.usage {
				t.Fatalf("err = %v (usage %v); want error %v, usage %v", r.err, isUsage(r.err), c.wantErr, c.usage)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
		})
	}
	t.Run("bad line is located", func(t *testing.T) {
		r := bot(t, nil, "", "eval", "testdata/eval_bad.jsonl")
		if r.err == nil || !strings.Contains(r.err.Error(), "testdata/eval_bad.jsonl:2:") {
			t.Errorf("err = %v, want it to name testdata/eval_bad.jsonl:2", r.err)
		}
	})
}

func TestHelp(t *testing.T) {
	commands := []string{"ask", "chat", "validate", "eval", "help"}
	cases := []struct {
		name string
		args []string
		want []string
	}{
		{"help", []string{"help"}, append([]string{"Usage:", "bot COMMAND"}, commands...)},
		{"--help", []string{"--help"}, append([]string{"Usage:"}, commands...)},
		{"-h", []string{"-h"}, append([]string{"Usage:"}, commands...)},
		{"help ask", []string{"help", "ask"}, []string{"Usage: bot ask", "--json", "standard input", "question, found, answer, sources"}},
		{"help eval", []string{"help", "eval"}, []string{"Usage: bot eval", "--min", "eval: P/N passed"}},
		{"help validate", []string{"help", "validate"}, []string{"Usage: bot validate", "--data", "file:line"}},
		{"help chat", []string{"help", "chat"}, []string{"Usage: bot chat", "/quit"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if r.err != nil {
				t.Fatalf("run: %v", r.err)
			}
			for _, w := range c.want {
				if !strings.Contains(r.stdout, w) {
					t.Errorf("output lacks %q:\n%s", w, r.stdout)
				}
			}
			if r.stderr != "" {
				t.Errorf("help wrote to stderr: %q", r.stderr)
			}
		})
	}
}

func TestUsageErrors(t *testing.T) {
	cases := []struct {
		name     string
		args     []string
		mentions string // the error names this
		stderr   bool   // the usage goes to stderr
	}{
		{"no command", nil, "no command", true},
		{"unknown command", []string{"frobnicate"}, `"frobnicate"`, true},
		{"help for an unknown command", []string{"help", "frobnicate"}, `"frobnicate"`, false},
		{"unknown flag on ask", []string{"ask", "--bogus", "who is hunt"}, "-bogus", false},
		{"unknown flag on validate", []string{"validate", "--jsn"}, "-jsn", false},
		{"flag missing its value", []string{"eval", "--min"}, "-min", false},
		{"bad flag value", []string{"eval", "--min", "lots", "x.jsonl"}, "lots", false},
		{"validate takes no arguments", []string{"validate", "extra"}, "no arguments", false},
		{"chat takes no arguments", []string{"chat", "extra"}, "no arguments", false},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if !isUsage(r.err) {
				t.Fatalf("err = %v (%T), want a usageError", r.err, r.err)
			}
			if !strings.Contains(r.err.Error(), c.mentions) {
				t.Errorf("err %q does not mention %q", r.err, c.mentions)
			}
			if c.stderr && !strings.Contains(r.stderr, "Usage:") {
				t.Errorf("no usage on stderr: %q", r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("a usage error wrote to stdout: %q", r.stdout)
			}
		})
	}
}

// TestMainExitCodes runs main in a child process (this test binary,
// re-entered through the environment) and checks its exit status: 2 for
// usage errors, 1 for other failures, 0 for success.
func TestMainExitCodes(t *testing.T) {
	const childEnv = "STRIKEBOT_CLI_TEST_ARGS"
	if args, ok := os.LookupEnv(childEnv); ok {
		var list []string
		if err := json.Unmarshal([]byte(args), &list); err != nil {
			fmt.Fprintln(os.Stderr, "bad", childEnv, err)
			os.Exit(3)
		}
		os.Args = append([]string{"bot"}, list...)
		main()
		os.Exit(0)
	}
	cases := []struct {
		args   []string
		code   int
		stderr string
	}{
		{[]string{"help"}, 0, ""},
		{[]string{"help", "help"}, 0, ""},
		{[]string{"ask", "--help"}, 0, ""},
		{[]string{"--version"}, 0, ""},
		{[]string{"ask", "who is hunt", "--jsn"}, 2, "bot: ask: flag provided but not defined: -jsn"},
		{[]string{"validate"}, 0, ""},
		{[]string{"frobnicate"}, 2, `bot: unknown command "frobnicate"`},
		{[]string{"ask", "--bogus"}, 2, "bot: ask: flag provided but not defined: -bogus"},
		{nil, 2, "bot: no command given"},
		{[]string{"validate", "--data", "/nonexistent-strikebot"}, 1, "not a directory"},
	}
	for _, c := range cases {
		t.Run(strings.Join(append([]string{"bot"}, c.args...), " "), func(t *testing.T) {
			js, _ := json.Marshal(c.args)
			cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestMainExitCodes$")
			cmd.Env = append(slices.DeleteFunc(os.Environ(), func(kv string) bool {
				return strings.HasPrefix(kv, "FACTS_DIR=")
			}), childEnv+"="+string(js))
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			err := cmd.Run()
			code := 0
			var ee *exec.ExitError
			if errors.As(err, &ee) {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != c.code {
				t.Errorf("exit %d, want %d; stderr:\n%s", code, c.code, stderr.String())
			}
			first, _, _ := strings.Cut(lastLine(stderr.String()), "\n")
			if c.stderr != "" && !strings.Contains(first, c.stderr) {
				t.Errorf("last stderr line %q, want it to contain %q", first, c.stderr)
			}
		})
	}
}

func lastLine(s string) string {
	var last string
	sc := bufio.NewScanner(strings.NewReader(s))
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) != "" {
			last = sc.Text()
		}
	}
	return last
}
