package main

import (
	"encoding/json"
	"regexp"
	"runtime/debug"
	"strings"
	"testing"
)

// The command line's conventions: help in every form, --version, flags in
// any position, JSON output alone on stdout, one "bot:" prefix.

func TestHelpForms(t *testing.T) {
	for _, c := range cliCommands() {
		t.Run(c.name, func(t *testing.T) {
			forms := [][]string{{c.name, "--help"}, {c.name, "-h"}, {"help", c.name}}
			var first string
			for _, args := range forms {
				r := bot(t, nil, "", args...)
				if r.err != nil {
					t.Fatalf("bot %s: %v", strings.Join(args, " "), r.err)
				}
				if !strings.HasPrefix(r.stdout, "Usage: bot "+c.name) || r.stderr != "" {
					t.Errorf("bot %s: stdout %q, stderr %q", strings.Join(args, " "), r.stdout, r.stderr)
				}
				if first == "" {
					first = r.stdout
				} else if r.stdout != first {
					t.Errorf("bot %s differs from bot %s --help:\n%s\nwant:\n%s", strings.Join(args, " "), c.name, r.stdout, first)
				}
			}
		})
	}
	t.Run("help lists flags", func(t *testing.T) {
		for cmd, flags := range map[string][]string{
			"ask":      {"--json", "--explain", "--data string"},
			"serve":    {"--watch", "--watch-interval duration", "(default 2s)"},
			"register": {"--clear-guild GUILD_ID"},
		} {
			r := bot(t, nil, "", "help", cmd)
			for _, f := range flags {
				if !strings.Contains(r.stdout, f) {
					t.Errorf("bot help %s lacks %q:\n%s", cmd, f, r.stdout)
				}
			}
		}
	})
	t.Run("help help", func(t *testing.T) {
		r := bot(t, nil, "", "help", "help")
		if r.err != nil || !strings.Contains(r.stdout, "Usage: bot help [COMMAND]") {
			t.Errorf("bot help help: %v\n%s", r.err, r.stdout)
		}
	})
	t.Run("too many", func(t *testing.T) {
		if r := bot(t, nil, "", "help", "ask", "eval"); !isUsage(r.err) {
			t.Errorf("bot help ask eval: %v, want a usage error", r.err)
		}
	})
}

func TestVersionForms(t *testing.T) {
	want := versionLine(currentBuild()) + "\n"
	for _, args := range [][]string{{"version"}, {"--version"}, {"-version"}} {
		r := bot(t, nil, "", args...)
		if r.err != nil || r.stdout != want || !strings.HasPrefix(r.stdout, "strikebot ") {
			t.Errorf("bot %s: %v %q, want %q", strings.Join(args, " "), r.err, r.stdout, want)
		}
	}
	if r := bot(t, nil, "", "version", "extra"); !isUsage(r.err) {
		t.Errorf("bot version extra: %v, want a usage error", r.err)
	}
}

func TestResolveBuild(t *testing.T) {
	vcs := func(mainVersion string, settings ...string) *debug.BuildInfo {
		bi := &debug.BuildInfo{Main: debug.Module{Path: "github.com/strikebot/strikebot", Version: mainVersion}}
		for i := 0; i < len(settings); i += 2 {
			bi.Settings = append(bi.Settings, debug.BuildSetting{Key: settings[i], Value: settings[i+1]})
		}
		return bi
	}
	const rev = "ff930ef2b2bb0c7220bd8c88943e76e86b8d4918"
	cases := []struct {
		name   string
		linked string
		bi     *debug.BuildInfo
		want   string // String()
		line   string // in versionLine
	}{
		{"linked wins", "v1.4.0", vcs("v0.0.0-2026", "vcs.revision", rev), "v1.4.0", "strikebot v1.4.0 (commit " + rev},
		{"no build info", "", nil, "dev", "strikebot dev (go"},
		{"go test: devel, no vcs", "", vcs("(devel)"), "dev", "strikebot dev (go"},
		{"devel with vcs", "", vcs("(devel)", "vcs", "git", "vcs.revision", rev, "vcs.time", "2026-12-01T12:15:17Z", "vcs.modified", "false"),
			"dev-ff930ef2b2bb", "strikebot dev-ff930ef2b2bb (commit " + rev + " 2026-12-01T12:15:17Z; go"},
		{"devel, modified", "", vcs("(devel)", "vcs.revision", rev, "vcs.modified", "true"), "dev-ff930ef2b2bb-dirty", ", modified; go"},
		{"stamped module version", "", vcs("v0.0.0-20261201121517-ff930ef2b2bb+dirty", "vcs.revision", rev, "vcs.modified", "true"),
			"v0.0.0-20261201121517-ff930ef2b2bb+dirty", "strikebot v0.0.0-20261201121517-ff930ef2b2bb+dirty (commit"},
		{"blank linked version", "  ", vcs("(devel)"), "dev", "strikebot dev ("},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := resolveBuild(c.linked, c.bi)
			if b.String() != c.want {
				t.Errorf("version %q, want %q", b.String(), c.want)
			}
			if l := versionLine(b); !strings.Contains(l, c.line) {
				t.Errorf("line %q lacks %q", l, c.line)
			}
		})
	}
}

func TestFlagsAnywhere(t *testing.T) {
	decode := func(t *testing.T, out string) askJSON {
		t.Helper()
		var a askJSON
		if err := json.Unmarshal([]byte(out), &a); err != nil || strings.Count(out, "\n") != 1 {
			t.Fatalf("stdout is not one JSON line: %v\n%s", err, out)
		}
		return a
	}
	cases := []struct {
		name     string
		args     []string
		question string // the JSON answer's question; "" for text output
		text     string // in text output
	}{
		{"flag after the question", []string{"ask", "who", "is", "porter", "--json"}, "who is porter", ""},
		{"flag before", []string{"ask", "--json", "who", "is", "porter"}, "who is porter", ""},
		{"flag in the middle", []string{"ask", "who", "is", "--json", "porter"}, "who is porter", ""},
		{"flag with a value after", []string{"ask", "who is porter", "--data", "../../data", "--json"}, "who is porter", ""},
		{"after -- nothing is a flag", []string{"ask", "--json", "--", "who", "is", "-porter"}, "who is -porter", ""},
		{"text", []string{"ask", "who", "is", "porter", "--explain"}, "", "terms ["},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			r := bot(t, nil, "", c.args...)
			if r.err != nil {
				t.Fatalf("run: %v", r.err)
			}
			if c.question != "" {
				if a := decode(t, r.stdout); a.Question != c.question || !a.Found {
					t.Errorf("answered %q (found %v), want %q", a.Question, a.Found, c.question)
				}
			} else if !strings.Contains(r.stdout, c.text) {
				t.Errorf("stdout lacks %q:\n%s", c.text, r.stdout)
			}
		})
	}
	for _, args := range [][]string{
		{"ask", "who", "is", "porter", "--jsn"},
		{"ask", "what", "was", "-5%"},
		{"eval", "testdata/eval_small.jsonl", "--min"},
		{"lines", "000", "--nope"},
	} {
		t.Run("rejects "+strings.Join(args, " "), func(t *testing.T) {
			r := bot(t, nil, "", args...)
			if !isUsage(r.err) || !strings.Contains(r.err.Error(), "see 'bot help "+args[0]+"'") || r.stdout != "" {
				t.Errorf("err = %v, stdout %q; want a usage error pointing at bot help %s", r.err, r.stdout, args[0])
			}
		})
	}
	t.Run("eval flag after the file", func(t *testing.T) {
		r := bot(t, nil, "", "eval", "testdata/eval_small.jsonl", "--min", "0.8")
		if r.err == nil || !strings.Contains(r.stdout, "eval: 3/4 passed") {
			t.Errorf("--min 0.8 after the file was not applied: %v\n%s", r.err, r.stdout)
		}
	})
}

// TestJSONAlone: with --json, stdout is JSON lines and nothing else, even
// with --explain, whose text goes to stderr.
func TestJSONAlone(t *testing.T) {
	r := bot(t, nil, "who is hunt\nwhat is the capital of france\n", "ask", "--json", "--explain")
	if r.err != nil {
		t.Fatal(r.err)
	}
	lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
	if len(lines) != 2 {
		t.Fatalf("%d stdout lines for 2 questions:\n%s", len(lines), r.stdout)
	}
	for _, l := range lines {
		if !json.Valid([]byte(l)) {
			t.Errorf("stdout line is not JSON: %q", l)
		}
	}
	if strings.Count(r.stderr, "terms [") != 2 {
		t.Errorf("the explanations are not on stderr:\n%s", r.stderr)
	}
}

// botPrefix is "bot:" as a word (not the end of "strikebot:").
var botPrefix = regexp.MustCompile(`(^|[^A-Za-z])bot:`)

// TestOneBotPrefix: every error main reports starts "bot: " once; no
// message below main adds its own.
func TestOneBotPrefix(t *testing.T) {
	for _, args := range [][]string{
		nil,
		{"frobnicate"},
		{"help", "frobnicate"},
		{"help", "a", "b"},
		{"ask", "--bogus"},
		{"ask", "--data", "/nonexistent-strikebot", "who"},
		{"chat", "extra"},
		{"validate", "extra"},
		{"validate", "--data", "/nonexistent-strikebot"},
		{"coverage", "extra"},
		{"eval"},
		{"eval", "--min", "2", "x.jsonl"},
		{"eval", "testdata/nope.jsonl"},
		{"lines"},
		{"lines", "999"},
		{"lines", "000", "x-y"},
		{"healthcheck", "extra"},
		{"healthcheck"},
		{"register", "extra"},
		{"register"},
		{"register", "--clear-guild", "abc"},
		{"serve", "extra"},
		{"serve", "--watch"},
		{"serve", "--watch-interval", "-1s"},
		{"serve"},
		{"version", "extra"},
	} {
		t.Run(strings.Join(append([]string{"bot"}, args...), " "), func(t *testing.T) {
			r := bot(t, map[string]string{}, "", args...)
			if r.err == nil {
				t.Fatal("no error")
			}
			line := errorLine(r.err)
			if len(botPrefix.FindAllString(line, -1)) != 1 || strings.HasPrefix(r.err.Error(), "bot") {
				t.Errorf("error line %q: want exactly one leading \"bot:\"", line)
			}
		})
	}
}

// FuzzParseFlags: whatever the arguments, parseFlags returns an error or
// leaves in fs.Args exactly the arguments that are no flag, in order; and a
// known flag placed anywhere among plain words is parsed, the words kept.
func FuzzParseFlags(f *testing.F) {
	for _, s := range []string{"who is porter", "who\x00is\x00porter", "--json\x00who", "a\x00--\x00-b", "-5%", "--data\x00x\x00q", "--json=false\x00q", ""} {
		f.Add(s, uint8(0))
		f.Add(s, uint8(3))
	}
	f.Fuzz(func(t *testing.T, joined string, at uint8) {
		args := strings.Split(joined, "\x00")
		e := newEnv(mapEnv(nil), strings.NewReader(""), nil, nil)
		fs, _ := newFlags(e, "ask")
		fs.Bool("json", false, "")
		if err := parseFlags(fs, args); err == nil {
			// Every argument left is one of the input's, in order.
			i := 0
			for _, a := range fs.Args() {
				for i < len(args) && args[i] != a {
					i++
				}
				if i == len(args) {
					t.Fatalf("parseFlags(%q) left %q, not a subsequence of the input", args, fs.Args())
				}
				i++
			}
		}
		// Plain words with --json inserted anywhere: the words, in order.
		var words []string
		for _, a := range args {
			if a != "" && !strings.HasPrefix(a, "-") {
				words = append(words, a)
			}
		}
		k := int(at) % (len(words) + 1)
		withFlag := append(append(append([]string{}, words[:k]...), "--json"), words[k:]...)
		fs, _ = newFlags(e, "ask")
		asJSON := fs.Bool("json", false, "")
		if err := parseFlags(fs, withFlag); err != nil || !*asJSON || strings.Join(fs.Args(), "\x00") != strings.Join(words, "\x00") {
			t.Fatalf("parseFlags(%q) = %v, json %v, args %q; want json and %q", withFlag, err, *asJSON, fs.Args(), words)
		}
	})
}
