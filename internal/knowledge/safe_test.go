package knowledge

import (
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"net"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/strikebot/strikebot/data"
)

// copyBase copies the embedded fact base into a fresh directory, for tests
// that plant files in it.
func copyBase(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "data")
	if err := os.CopyFS(dir, data.FS()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// loadDir loads dir through OpenDir, as bot does for --data, failing the test
// if loading does not finish: a hang is the bug these tests guard against.
func loadDir(t *testing.T, dir string) (*Base, error) {
	t.Helper()
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	type result struct {
		b   *Base
		err error
	}
	done := make(chan result, 1)
	go func() {
		b, err := Load(d)
		done <- result{b, err}
	}()
	select {
	case r := <-done:
		return r.b, r.err
	case <-time.After(20 * time.Second):
		t.Fatal("Load did not return: it hangs on something in the directory")
		return nil, nil
	}
}

func write(t *testing.T, name, text string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

func symlink(t *testing.T, target, name string) {
	t.Helper()
	if err := os.Symlink(target, name); err != nil {
		t.Fatal(err)
	}
}

// checkProblems asserts that err is a *LoadError with exactly the wanted
// problems (each matched by file, line and a piece of its message).
func checkProblems(t *testing.T, err error, want []wantProblem) {
	t.Helper()
	var le *LoadError
	if !errors.As(err, &le) {
		t.Fatalf("Load = %v; want a *LoadError", err)
	}
	for _, w := range want {
		found := false
		for _, p := range le.Problems {
			found = found || p.File == w.file && p.Line == w.line && strings.Contains(p.Msg, w.msg)
		}
		if !found {
			t.Errorf("missing problem %s:%d: …%s…\ngot:\n%v", w.file, w.line, w.msg, le)
		}
	}
	if len(le.Problems) != len(want) {
		t.Errorf("got %d problems, want %d:\n%v", len(le.Problems), len(want), le)
	}
}

func TestLoadDirRejects(t *testing.T) {
	big := strings.Repeat("Junior doctors walked out.\n", MaxFileSize/27+1)
	cases := []struct {
		name  string
		plant func(t *testing.T, dir string)
		want  []wantProblem
	}{
		{"named pipe as an article", func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "articles/003_pipe.txt"))
		}, []wantProblem{{"articles/003_pipe.txt", 0, "a named pipe"}}},
		{"named pipe as a fact file", func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "facts/pipe.yaml"))
		}, []wantProblem{{"facts/pipe.yaml", 0, "a named pipe, not a regular file"}}},
		{"named pipe as articles.yaml", func(t *testing.T, dir string) {
			os.Remove(filepath.Join(dir, "articles.yaml"))
			mkfifo(t, filepath.Join(dir, "articles.yaml"))
		}, []wantProblem{{"articles.yaml", 0, "a named pipe"}, // and so no article is described:
			{"articles.yaml", 0, "article " + art000}, {"articles.yaml", 0, "article " + art001}, {"articles.yaml", 0, "article " + art002}}},
		{"socket", func(t *testing.T, dir string) {
			// A socket's path must be short; listen in a short directory and
			// link the fact file to it.
			sock := filepath.Join(dir, "s.yaml")
			l, err := net.Listen("unix", sock)
			if err != nil {
				t.Skipf("listen unix: %v", err)
			}
			t.Cleanup(func() { l.Close() })
			symlink(t, "../s.yaml", filepath.Join(dir, "facts/sock.yaml"))
		}, []wantProblem{{"facts/sock.yaml", 0, "a socket"}}},
		{"device", func(t *testing.T, dir string) {
			mknodNull(t, filepath.Join(dir, "facts/null.yaml"))
		}, []wantProblem{{"facts/null.yaml", 0, "a device"}}},
		{"symbolic link out of the directory", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "../outside.yaml"), goodFact("outside"))
			symlink(t, "../../outside.yaml", filepath.Join(dir, "facts/out.yaml"))
		}, []wantProblem{{"facts/out.yaml", 0, "escapes"}}},
		{"absolute symbolic link", func(t *testing.T, dir string) {
			abs, _ := filepath.Abs(filepath.Join(dir, "facts/people.yaml"))
			symlink(t, abs, filepath.Join(dir, "facts/abs.yaml"))
		}, []wantProblem{{"facts/abs.yaml", 0, "read:"}}},
		{"dangling symbolic link", func(t *testing.T, dir string) {
			symlink(t, "nowhere.yaml", filepath.Join(dir, "facts/dangling.yaml"))
		}, []wantProblem{{"facts/dangling.yaml", 0, "read:"}}},
		{"article over the size cap", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "articles/003_big.txt"), big)
		}, []wantProblem{{"articles/003_big.txt", 0, "larger than the 1 MiB limit"}}},
		{"fact file over the size cap", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/big.yaml"), "# "+big)
		}, []wantProblem{{"facts/big.yaml", 0, "larger than the 1 MiB limit"}}},
		{"a .yml file is not ignored", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/extra.yml"), goodFact("extra"))
		}, []wantProblem{{"facts/extra.yml", 0, "rename to extra.yaml"}}},
		{"a stray file in facts/", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/notes.txt"), "to do\n")
		}, []wantProblem{{"facts/notes.txt", 0, "not a *.yaml file"}}},
		{"an editor's backup in facts/", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/people.yaml~"), goodFact("backup"))
		}, []wantProblem{{"facts/people.yaml~", 0, "not a *.yaml file"}}},
		{"a folder in facts/", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/old/people.yaml"), goodFact("old"))
		}, []wantProblem{{"facts/old", 0, "a folder inside facts/ is not read"}}},
		{"a stray file in articles/", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "articles/003.md"), "# notes\n")
		}, []wantProblem{{"articles/003.md", 0, "not a *.txt file"}}},
		{"binary garbage as an article", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "articles/003_bin.txt"), "text\n\x00\x01\x02\xff\xfe\n\x7fELF\n")
		}, []wantProblem{{"articles/003_bin.txt", 2, "not UTF-8"}, {"articles/003_bin.txt", 3, "control characters"},
			{"articles.yaml", 0, "article 003_bin.txt is not described"}}},
		{"binary garbage as a fact file", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/bin.yaml"), "\x00\x01\x02\xff\xfe\x7fELF")
		}, []wantProblem{{"facts/bin.yaml", 0, "parse"}}},
		{"every problem in one run", func(t *testing.T, dir string) {
			mkfifo(t, filepath.Join(dir, "facts/pipe.yaml"))
			write(t, filepath.Join(dir, "facts/extra.yml"), goodFact("extra"))
			write(t, filepath.Join(dir, "facts/notes.txt"), "to do\n")
			write(t, filepath.Join(dir, "facts/big.yaml"), "# "+big)
			write(t, filepath.Join(dir, "facts/short.yaml"), strings.Replace(goodFact("short"),
				"quote: Jeremy Hunt appealed directly to medics on Monday", "quote: Jeremy Hunt", 1))
		}, []wantProblem{
			{"facts/pipe.yaml", 0, "a named pipe"},
			{"facts/extra.yml", 0, "rename"},
			{"facts/notes.txt", 0, "not a *.yaml file"},
			{"facts/big.yaml", 0, "larger than"},
			{"facts/short.yaml", 7, `quote "Jeremy Hunt" is 2 word(s)`},
		}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyBase(t)
			c.plant(t, dir)
			b, err := loadDir(t, dir)
			if b != nil {
				t.Errorf("Load returned a Base along with the error")
			}
			checkProblems(t, err, c.want)
		})
	}
}

func TestLoadDirAccepts(t *testing.T) {
	cases := []struct {
		name  string
		plant func(t *testing.T, dir string)
		extra int // facts added to the embedded base's
	}{
		{"the embedded base, copied", func(*testing.T, string) {}, 0},
		{"a symbolic link that stays inside", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "shared/extra.yaml"), goodFact("linked"))
			symlink(t, "../shared/extra.yaml", filepath.Join(dir, "facts/linked.yaml"))
		}, 1},
		{"CRLF line endings", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "facts/crlf.yaml"), strings.ReplaceAll(goodFact("crlf"), "\n", "\r\n"))
		}, 1},
		{"files beside facts/ and articles/ are not the loader's business", func(t *testing.T, dir string) {
			write(t, filepath.Join(dir, "README.md"), "# notes\n")
		}, 0},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			dir := copyBase(t)
			c.plant(t, dir)
			b, err := loadDir(t, dir)
			if err != nil {
				t.Fatalf("Load: %v", err)
			}
			if got, want := len(b.Facts()), len(realBase(t).Facts())+c.extra; got != want {
				t.Errorf("%d facts, want %d", got, want)
			}
		})
	}
}

// lyingFS claims every file is a small regular one, as a file swapped after
// the loader's Stat would; the check on the opened file must still catch it.
type lyingFS struct{ *Dir }

type regularInfo struct{ fs.FileInfo }

func (regularInfo) Mode() fs.FileMode { return 0o644 }
func (regularInfo) Size() int64       { return 10 }

func (l lyingFS) Stat(name string) (fs.FileInfo, error) {
	st, err := l.Dir.Stat(name)
	if err != nil {
		return nil, err
	}
	return regularInfo{st}, nil
}

// TestReadFileOpensPipesWithoutBlocking swaps in a named pipe after the
// Stat: Dir opens it without blocking and readFile rejects the opened file.
func TestReadFileOpensPipesWithoutBlocking(t *testing.T) {
	dir := t.TempDir()
	mkfifo(t, filepath.Join(dir, "pipe.yaml"))
	d, err := OpenDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	done := make(chan error, 1)
	go func() {
		_, err := readFile(lyingFS{d}, "pipe.yaml")
		done <- err
	}()
	select {
	case err := <-done:
		if err == nil || !strings.Contains(err.Error(), "named pipe") {
			t.Errorf("readFile = %v; want a named-pipe error", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("readFile blocks opening a named pipe")
	}
}

func TestDirRejectsInvalidNames(t *testing.T) {
	d, err := OpenDir(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	defer d.Close()
	for _, name := range []string{"../x", "/etc/passwd", "a/../../x", ""} {
		if _, err := d.Open(name); err == nil {
			t.Errorf("Open(%q) succeeded", name)
		}
		if _, err := d.Stat(name); err == nil {
			t.Errorf("Stat(%q) succeeded", name)
		}
	}
}

func TestOpenDirMissing(t *testing.T) {
	if _, err := OpenDir(filepath.Join(t.TempDir(), "nope")); err == nil {
		t.Error("OpenDir of a missing directory succeeded")
	}
}

// laughs is a billion-laughs document: nine levels of nine aliases each.
func laughs() string {
	var b strings.Builder
	b.WriteString(goodFact("lol"))
	b.WriteString("- id: laughs\n  x0: &a0 lol\n")
	for i := 1; i <= 9; i++ {
		fmt.Fprintf(&b, "  x%d: &a%d [", i, i)
		for j := range 9 {
			if j > 0 {
				b.WriteString(", ")
			}
			fmt.Fprintf(&b, "*a%d", i-1)
		}
		b.WriteString("]\n")
	}
	b.WriteString("  keywords: *a9\n  aliases: *a9\n")
	return b.String()
}

// hostileYAML are fact files built to crash, hang or exhaust the loader.
var hostileYAML = []struct {
	name, text string
	want       string // a piece of one of its problems
}{
	{"billion laughs", laughs(), "YAML aliases expand it to more than 4 MiB"},
	{"one huge anchor aliased a thousand times",
		"- id: big\n  title: &s " + strings.Repeat("x", 900<<10) + "\n  aliases: [" + strings.Repeat("*s, ", 1000) + "*s]\n",
		"YAML aliases expand it to more than 4 MiB"},
	{"deep flow nesting", "- id: deep\n  keywords: " + strings.Repeat("[", 100000) + strings.Repeat("]", 100000) + "\n", "exceeded max depth"},
	{"deep block nesting", "- id: deep\n  keywords:\n" + func() string {
		var b strings.Builder
		for i := range 1000 {
			b.WriteString(strings.Repeat(" ", i+3) + "a:\n")
		}
		return b.String()
	}(), "cannot unmarshal !!map"},
	{"an alias cycle", "- &a\n  id: cycle\n  about: *a\n", ""},
	{"an unknown anchor", "- id: x\n  about: *nowhere\n", "unknown anchor"},
	{"binary garbage", "\x00\x01\x02\xff\xfe\x7fELF\x02\x01\x01", "parse"},
	{"a NUL inside a scalar", "- id: x\n  title: a\x00b\n", "parse"},
	{"invalid UTF-8", "- id: x\n  title: \xc3\x28\n", "parse"},
	{"a merge key", "- &base\n  kind: person\n- <<: *base\n  id: merged\n", `unknown field "<<"`},
	{"a mapping as a key", "- ? [a, b]\n  : x\n  id: k\n", "unknown field"},
	{"a thousand documents", strings.Repeat("---\n- id: x\n", 1000), ""},
	{"a tag", "- !!binary aWQ6IHgK\n", "each item must be a mapping"},
	{"a huge number", "- id: x\n  dispute: 1e999999999\n", "dispute"},
}

// TestLoadHostileYAML: each hostile file ends in a list of problems,
// among them the one expected, and never in a crash, a hang or a base.
func TestLoadHostileYAML(t *testing.T) {
	for _, c := range hostileYAML {
		t.Run(c.name, func(t *testing.T) {
			b, err := loadWith(t, map[string]string{"facts/a.yaml": c.text})
			var le *LoadError
			if !errors.As(err, &le) || b != nil {
				t.Fatalf("Load = %v, %v; want only a *LoadError", b != nil, err)
			}
			if c.want != "" && !strings.Contains(le.Error(), c.want) {
				t.Errorf("no problem says %q:\n%v", c.want, le)
			}
			checkProblemShape(t, le)
		})
	}
}

// checkProblemShape holds every problem to what a curator needs: a file
// of the base, a line that is not negative, a message.
func checkProblemShape(t *testing.T, le *LoadError) {
	t.Helper()
	if len(le.Problems) == 0 {
		t.Fatal("a LoadError with no problems")
	}
	for _, p := range le.Problems {
		if p.File == "" || p.Line < 0 || strings.TrimSpace(p.Msg) == "" {
			t.Errorf("problem %#v lacks a file, a line or a message", p)
		}
	}
}

// FuzzLoadFacts feeds arbitrary fact files to the loader: it must return a
// base whose citations are true, or a *LoadError of located problems.
//
//	go test -run '^$' -fuzz '^FuzzLoadFacts$' -fuzztime 20s ./internal/knowledge/
func FuzzLoadFacts(f *testing.F) {
	f.Add(goodFact("seed"))
	f.Add(factQuoting("hint", art000, "Jeremy Hunt appealed directly to medics on Sunday"))
	f.Add(factQuoting("short", art001, "News Shopper:"))
	for _, c := range hostileYAML {
		if len(c.text) < 4096 {
			f.Add(c.text)
		}
	}
	m := articleFS(f)
	f.Fuzz(func(t *testing.T, text string) {
		m := maps.Clone(m)
		m["facts/a.yaml"] = &fstest.MapFile{Data: []byte(text)}
		b, err := Load(m)
		if err != nil {
			var le *LoadError
			if !errors.As(err, &le) {
				t.Fatalf("Load = %v; want a *LoadError", err)
			}
			checkProblemShape(t, le)
			return
		}
		for _, fact := range b.Facts() {
			for _, e := range fact.Evidence {
				if !citesTruly(b, Source{File: e.File, Line: e.Line, Quote: e.Quote}) {
					t.Errorf("%s cites %s:%d, which lacks %q", fact.ID, e.File, e.Line, e.Quote)
				}
			}
		}
	})
}
