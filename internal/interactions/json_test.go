package interactions

import (
	"context"
	"encoding/json"
	"go/parser"
	"go/token"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	strikedata "github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// TestEncodeAsDiscordgo checks that encode writes the JSON discordgo's own
// marshalling writes, for every shape of response the bot sends and for
// components it never sends, which keep their own MarshalJSON.
func TestEncodeAsDiscordgo(t *testing.T) {
	base, err := knowledge.Load(strikedata.FS())
	if err != nil {
		t.Fatal(err)
	}
	h := &commands.Handler{Bot: commands.New(base)}
	ask := func(kind commands.Kind, command string, opts map[string]string) *discordgo.InteractionResponse {
		req := commands.Request{Kind: kind, ID: "1", Command: command, Options: opts, UserID: "2"}
		if kind == commands.KindAutocomplete {
			for k := range opts {
				req.Focused = k
			}
		}
		return commands.RenderResponse(h.Handle(context.Background(), req))
	}
	press := func(customID string) *discordgo.InteractionResponse {
		req := commands.Request{Kind: commands.KindComponent, ID: "1", CustomID: customID, UserID: "2"}
		return commands.RenderResponse(h.Handle(context.Background(), req))
	}
	tests := map[string]*discordgo.InteractionResponse{
		"who":          ask(commands.KindCommand, "who", map[string]string{"name": "Mark Porter"}),
		"ask":          ask(commands.KindCommand, "ask", map[string]string{"question": "when did the five-day strike start?"}),
		"not found":    ask(commands.KindCommand, "ask", map[string]string{"question": "what colour is the moon?"}),
		"autocomplete": ask(commands.KindAutocomplete, "who", map[string]string{"name": "porter"}),
		"quotes":       press("quotes:mark-porter"),
		"expired":      press("nothing:here"),
		"update": commands.RenderResponse(commands.Response{Type: commands.RespondUpdate,
			Reply: commands.Reply{Title: "t", Text: "<b> & co"}}),
		"deferred": commands.RenderResponse(commands.Response{Type: commands.RespondDeferred, Reply: commands.Reply{Ephemeral: true}}),
		"every component": {Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
			Content: "x",
			Components: []discordgo.MessageComponent{
				discordgo.ActionsRow{ID: 7, Components: []discordgo.MessageComponent{
					discordgo.Button{Label: "no style", CustomID: "a"},
					&discordgo.Button{Label: "link", Style: discordgo.LinkButton, URL: "https://example.com/?a=1&b=<2>", Emoji: &discordgo.ComponentEmoji{Name: "👍"}},
					discordgo.SelectMenu{CustomID: "menu", Options: []discordgo.SelectMenuOption{{Label: "o", Value: "v"}}},
				}},
				&discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "d", Disabled: true, CustomID: "b"}}},
				discordgo.TextDisplay{Content: "text"},
			},
		}},
	}
	for name, resp := range tests {
		t.Run(name, func(t *testing.T) {
			want, err := json.Marshal(resp)
			if err != nil {
				t.Fatal(err)
			}
			buf, err := encode(resp)
			if err != nil {
				t.Fatal(err)
			}
			defer release(buf)
			var x, y any
			if err := json.Unmarshal(want, &x); err != nil {
				t.Fatal(err)
			}
			if err := json.Unmarshal(buf.Bytes(), &y); err != nil {
				t.Fatalf("encode wrote invalid JSON: %v\n%s", err, buf)
			}
			if !reflect.DeepEqual(x, y) {
				t.Errorf("encode differs from discordgo's JSON:\nencode:    %s\ndiscordgo: %s", buf, want)
			}
		})
	}
}

// TestOneJSONSeam: json.go is the package's only way to its JSON library,
// so that moving from github.com/go-json-experiment/json to the standard
// library's encoding/json/v2 (or back to v1) changes one file. Tests may
// use any JSON package to check what the endpoint writes.
func TestOneJSONSeam(t *testing.T) {
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	seen := false
	for _, file := range files {
		if strings.HasSuffix(file, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if !strings.Contains(p, "json") {
				continue
			}
			if file != "json.go" {
				t.Errorf("%s imports %s: only json.go may use a JSON package", file, p)
			}
			seen = true
		}
	}
	if !seen {
		t.Error("json.go imports no JSON package: is the seam still there?")
	}
}
