package commands

import (
	"context"
	"strings"
	"testing"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// TestHelpAboutFollowTheMode: /help and /about describe only what the
// running mode offers. Over HTTP alone no message reaches the bot, so
// neither may invite a DM question or a mention; the terminal offers
// neither, nor commands run on a Discord message.
func TestHelpAboutFollowTheMode(t *testing.T) {
	base := loadRenderBase(t)
	check := Command{Name: "Check with the articles", Type: MessageCommand, Example: "Apps › Check with the articles on a message",
		Run: func(context.Context, Request) (Reply, error) { return Reply{}, nil }}
	cases := []struct {
		name     string
		set      bool // call SetRuntime
		rt       Runtime
		want     []string // in /help and /about
		wantNot  []string // in neither
		aboutHas []string // in /about only
		apps     bool     // /help lists the message command
	}{
		{name: "default is the gateway", want: []string{"DM me a question", "mention me", "@strikebot"}, apps: true},
		{name: "gateway", set: true, rt: Runtime{Mode: ModeGateway, Version: "v1.2.3"},
			want: []string{"DM me a question", "mention me"}, aboutHas: []string{"v1.2.3", "ignores other bots"}, apps: true},
		{name: "http only", set: true, rt: Runtime{Mode: ModeHTTP, Version: "v1.2.3"},
			want: []string{"slash commands", "a DM or a mention gets no answer", "/ask"}, wantNot: []string{"DM me a question", "mention me", "@strikebot"},
			aboutHas: []string{"HTTP interactions endpoint only", "v1.2.3"}, apps: true},
		{name: "terminal", set: true, rt: Runtime{Mode: ModeTerminal},
			want: []string{"Type a question", "/quit"}, wantNot: []string{"DM me", "mention", "@strikebot", "Apps ›", "Version"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			b := New(base, check)
			if c.set {
				b.SetRuntime(c.rt)
			}
			help, err := b.Run(context.Background(), Request{Kind: KindCommand, Command: "help"})
			if err != nil {
				t.Fatal(err)
			}
			about, err := b.Run(context.Background(), Request{Kind: KindCommand, Command: "about"})
			if err != nil {
				t.Fatal(err)
			}
			h, a := Text(help), Text(about)
			for _, w := range c.want {
				if !strings.Contains(h, w) || !strings.Contains(a, w) {
					t.Errorf("%q missing from /help or /about:\n%s\n---\n%s", w, h, a)
				}
			}
			for _, w := range c.wantNot {
				if strings.Contains(h, w) || strings.Contains(a, w) {
					t.Errorf("%q offered in this mode:\n%s\n---\n%s", w, h, a)
				}
			}
			for _, w := range c.aboutHas {
				if !strings.Contains(a, w) {
					t.Errorf("/about lacks %q:\n%s", w, a)
				}
			}
			if got := strings.Contains(h, "Apps › Check with the articles"); got != c.apps {
				t.Errorf("/help lists the message command: %v, want %v\n%s", got, c.apps, h)
			}
			if !strings.Contains(a, base.Scope()) || !strings.Contains(h, base.Scope()) {
				t.Errorf("/help or /about lacks the fact base's scope %q", base.Scope())
			}
			for _, r := range []Reply{help, about} {
				checkEmbed(t, Embed(r))
			}
		})
	}
}

// TestHelpListsEveryCommand: /help names every slash command of the table,
// so a new command is documented where users look.
func TestHelpListsEveryCommand(t *testing.T) {
	b := New(loadRenderBase(t))
	help, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "help"})
	for _, c := range b.Commands() {
		found := false
		for _, f := range help.Fields {
			found = found || f.Name == commandName(c)
		}
		if !found && b.offered(c) {
			t.Errorf("/help lacks %s", commandName(c))
		}
	}
	if _, ok := b.Command("about"); !ok {
		t.Error("no /about command")
	}
}

// TestCitations: a citation shows file:line, the article's short title and
// publisher, and a link when the data has one; what the data holds cannot
// break out into Markdown.
func TestCitations(t *testing.T) {
	plain := knowledge.Source{File: "001_882c57e83c69025d.txt", Line: 3, Quote: "q", Title: "Strike hits Lewisham to Dartford", Publisher: "News Shopper"}
	linked := knowledge.Source{File: "003_t.txt", Line: 9, Quote: `he said "no"`, Title: "A *bold* [claim]", Publisher: "The_Test",
		URL: "https://news.example/a_(b)"}
	bare := knowledge.Source{File: "000_73b2b942d9bd6961.txt", Line: 2, Quote: "q", Title: "First all-out strike begins"}
	cases := []struct {
		s                 knowledge.Source
		line, name, plain string
	}{
		{plain, "`001_882c57e83c69025d.txt:3` · Strike hits Lewisham to Dartford (News Shopper)",
			"001_882c57e83c69025d.txt:3 · Strike hits Lewisham to Dartford (News Shopper)",
			"001_882c57e83c69025d.txt:3  Strike hits Lewisham to Dartford (News Shopper)"},
		{linked, "`003_t.txt:9` · [A \\*bold\\* \\[claim\\]](<https://news.example/a_%28b%29>) (The\\_Test)",
			"003_t.txt:9 · A \\*bold\\* \\[claim\\] (The\\_Test)",
			"003_t.txt:9  A *bold* [claim] (The_Test) <https://news.example/a_(b)>"},
		{bare, "`000_73b2b942d9bd6961.txt:2` · First all-out strike begins", "000_73b2b942d9bd6961.txt:2 · First all-out strike begins",
			"000_73b2b942d9bd6961.txt:2  First all-out strike begins"},
		{knowledge.Source{File: "f.txt", Line: 1}, "`f.txt:1`", "f.txt:1", "f.txt:1"},
	}
	for _, c := range cases {
		t.Run(c.s.File, func(t *testing.T) {
			if got := citationLine(c.s); got != c.line {
				t.Errorf("citationLine = %q, want %q", got, c.line)
			}
			if got := citationName(c.s); got != c.name {
				t.Errorf("citationName = %q, want %q", got, c.name)
			}
			if got := textCitation(c.s); got != c.plain {
				t.Errorf("textCitation = %q, want %q", got, c.plain)
			}
		})
	}
	a := &knowledge.Answer{Found: true, Title: "t", Text: "x", Sources: []knowledge.Source{plain, linked}, Facts: []string{"f"}}
	e := Embed(Reply{Answer: a})
	if len(e.Fields) != 1 || e.Fields[0].Name != "Sources" || e.Fields[0].Value != cases[0].line+"\n"+cases[1].line {
		t.Errorf("Sources field %+v", e.Fields)
	}
	q := Embed(Reply{Answer: a, ShowQuotes: true})
	if len(q.Fields) != 2 || q.Fields[1].Name != cases[1].name || q.Fields[1].Value != "> he said \"no\"\n[Read the article](<https://news.example/a_%28b%29>)" {
		t.Errorf("quote fields %+v", q.Fields)
	}
	if txt := Text(Reply{Answer: a}); !strings.Contains(txt, "  "+cases[1].plain+"\n      \"he said \\\"no\\\"\"\n") {
		t.Errorf("terminal citation:\n%s", txt)
	}
	// Many long citations spill into further fields rather than being lost.
	many := &knowledge.Answer{Found: true, Title: "t", Text: "x", Sources: manySources(30, "q")}
	for i := range many.Sources {
		many.Sources[i].Title = strings.Repeat("T", 60)
	}
	e = Embed(Reply{Answer: many})
	checkEmbed(t, e)
	if len(e.Fields) < 2 || e.Fields[1].Name != "Sources (continued)" {
		t.Fatalf("fields %d, want the sources over several", len(e.Fields))
	}
	all := text(e)
	for _, s := range many.Sources {
		if !strings.Contains(all, citation(s)) {
			t.Errorf("source %s lost", citation(s))
		}
	}
}

// TestSourcesShowsPublisher: /sources names each article's publisher, or
// says the text names none.
func TestSourcesShowsPublisher(t *testing.T) {
	b := New(loadRenderBase(t))
	r, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "sources"})
	joined := Text(r)
	if !strings.Contains(joined, "Publisher: News Shopper") || !strings.Contains(joined, "Publisher: not named in the text") {
		t.Errorf("/sources:\n%s", joined)
	}
}
