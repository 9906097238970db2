package commands

import (
	"context"
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
		if !strings.Contains(want, "`"+commandName(c)+"`") {
			t.Errorf("generated section lacks %s", commandName(c))
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

// TestMarkdownNamesHowToInvoke: the table names a message command by the
// Apps menu, not as a slash command, and says who may use a manager-only
// one; /help does the same.
func TestMarkdownNamesHowToInvoke(t *testing.T) {
	run := func(context.Context, Request) (Reply, error) { return Reply{Title: "x"}, nil }
	b := New(loadRenderBase(t),
		Command{Name: "Check this", Type: MessageCommand, Run: run},
		Command{Name: "report", Description: "Unanswered questions", ManagerOnly: true, Example: "/report", Run: run})
	md := b.Markdown()
	for _, want := range []string{
		"| `Apps › Check this` | Open a message's menu, then Apps › Check this. | the message it is run on |",
		"| `/report` | Unanswered questions (server managers, in servers) | none |",
	} {
		if !strings.Contains(md, want) {
			t.Errorf("table lacks %q:\n%s", want, md)
		}
	}
	if strings.Contains(md, "`/Check with the articles`") {
		t.Error("the message command is listed as a slash command")
	}
	help, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "help"})
	if txt := Text(help); !strings.Contains(txt, "Apps › Check with the articles\n") || !strings.Contains(txt, "(server managers, in servers)") {
		t.Errorf("/help:\n%s", txt)
	}
}
