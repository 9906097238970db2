package commands

import (
	"flag"
	"os"
	"strings"
	"testing"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/knowledge"
)

var updateReadme = flag.Bool("update-readme", false, "rewrite the README's command section from the command table")

const (
	readmePath  = "../../README.md"
	readmeBegin = "<!-- commands:begin (generated from the command table: go test ./internal/commands -run Readme -update-readme) -->\n"
	readmeEnd   = "<!-- commands:end -->"
)

// TestReadmeCommands keeps the README's command section equal to what the
// command table generates, so documentation and behaviour cannot drift.
func TestReadmeCommands(t *testing.T) {
	base, err := knowledge.Load(data.FS())
	if err != nil {
		t.Fatal(err)
	}
	want := New(base).Markdown()
	for _, c := range New(base).Commands() {
		if !strings.Contains(want, "`"+c.invocation()+"`") {
			t.Errorf("generated section lacks %s", c.invocation())
		}
	}
	b, err := os.ReadFile(readmePath)
	if err != nil {
		t.Fatal(err)
	}
	readme := string(b)
	i := strings.Index(readme, readmeBegin)
	j := strings.Index(readme, readmeEnd)
	if i < 0 || j < i {
		t.Fatalf("README.md lacks the markers %q … %q", readmeBegin, readmeEnd)
	}
	got := readme[i+len(readmeBegin) : j]
	if got == want {
		return
	}
	if *updateReadme {
		readme = readme[:i+len(readmeBegin)] + want + readme[j:]
		if err := os.WriteFile(readmePath, []byte(readme), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	t.Errorf("README.md's command section is out of date; run: go test ./internal/commands -run Readme -update-readme")
}
