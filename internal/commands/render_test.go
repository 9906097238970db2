package commands

import (
	"encoding/json"
	"flag"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"
	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// Regenerate the golden files after an intended change to answers or
// rendering with:
//
//	go test ./internal/commands/ -run Golden -update
//
// and review the diff before committing it.
var update = flag.Bool("update", false, "rewrite testdata/golden from the current answers")

const goldenDir = "testdata/golden"

var (
	renderBaseOnce sync.Once
	renderBase     *knowledge.Base
	renderBaseErr  error
)

func loadRenderBase(t testing.TB) *knowledge.Base {
	t.Helper()
	renderBaseOnce.Do(func() { renderBase, renderBaseErr = knowledge.Load(data.FS()) })
	if renderBaseErr != nil {
		t.Fatal(renderBaseErr)
	}
	return renderBase
}

// goldenQuestions cover found, both-dispute, multi-part, typo, gap and
// not-found answers. Each renders to testdata/golden/<slug>.txt and .json.
var goldenQuestions = []string{
	"who's the bma boss?",
	"Who is Mark Porter?",
	"hnut",
	"who is steve barcley",
	"wen did the strik start",
	"when did the five-day strike start",
	"what were the strike hours in 2016",
	"what did the ipsos mori poll find",
	"what did the pole find",
	"compare public support in 2016 and 2023",
	"who was the health secretary",
	"how many appointments were cancelled",
	"what pay rise do junior doctors want",
	"what did hunt say about blackmail",
	"which hospitals were affected",
	"when was hunt's appeal",
	"who is Mark Porter? and who is Steve Barclay?",
	"how much do junior doctors earn",
	"what year was the strike",
	"what is the capital of france",
	"",
}

var slugRE = regexp.MustCompile(`[^a-z0-9]+`)

func slug(q string) string {
	s := strings.Trim(slugRE.ReplaceAllString(strings.ToLower(q), "-"), "-")
	if s == "" {
		return "empty"
	}
	return s
}

func TestGoldenAnswers(t *testing.T) {
	base := loadRenderBase(t)
	want := map[string]bool{}
	for _, q := range goldenQuestions {
		name := slug(q)
		if want[name] {
			t.Fatalf("two questions share the golden name %s", name)
		}
		t.Run(name, func(t *testing.T) {
			a := base.Answer(q)
			r := Reply{Answer: &a}
			js, err := json.MarshalIndent(Render(r), "", "  ")
			if err != nil {
				t.Fatal(err)
			}
			golden(t, name+".txt", []byte(Text(r)))
			golden(t, name+".json", append(js, '\n'))
		})
		want[name+".txt"], want[name+".json"] = true, true
	}
	// A golden file no question produces is stale.
	staleGolden(t, goldenDir, want)
}

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	goldenIn(t, goldenDir, name, got)
}

// lineDiff shows the first lines that differ, enough to see what changed.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	shown := 0
	for i := 0; i < max(len(w), len(g)) && shown < 8; i++ {
		var wl, gl string
		if i < len(w) {
			wl = w[i]
		}
		if i < len(g) {
			gl = g[i]
		}
		if wl != gl {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, wl, gl)
			shown++
		}
	}
	return b.String()
}

// Discord's published limits, written out here rather than taken from
// render.go, so the test checks the code against Discord, not itself.
const (
	discordTitle       = 256
	discordDescription = 4096
	discordFields      = 25
	discordFieldName   = 256
	discordFieldValue  = 1024
	discordFooter      = 2048
	discordEmbedTotal  = 6000
	discordButtonLabel = 80
	discordCustomID    = 100
	discordButtons     = 5
)

func runes(s string) int { return utf8.RuneCountInString(s) }

// checkEmbed fails the test for anything Discord would reject.
func checkEmbed(t *testing.T, e *discordgo.MessageEmbed) {
	t.Helper()
	total := runes(e.Title) + runes(e.Description)
	if n := runes(e.Title); n > discordTitle {
		t.Errorf("title is %d characters, limit %d", n, discordTitle)
	}
	if n := runes(e.Description); n > discordDescription {
		t.Errorf("description is %d characters, limit %d", n, discordDescription)
	}
	if e.Footer != nil {
		total += runes(e.Footer.Text)
		if n := runes(e.Footer.Text); n > discordFooter {
			t.Errorf("footer is %d characters, limit %d", n, discordFooter)
		}
	}
	if n := len(e.Fields); n > discordFields {
		t.Errorf("%d fields, limit %d", n, discordFields)
	}
	for i, f := range e.Fields {
		total += runes(f.Name) + runes(f.Value)
		if n := runes(f.Name); n > discordFieldName || strings.TrimSpace(f.Name) == "" {
			t.Errorf("field %d name is %d characters (%q); must be 1..%d and not blank", i, n, clipForLog(f.Name), discordFieldName)
		}
		if n := runes(f.Value); n > discordFieldValue || strings.TrimSpace(f.Value) == "" {
			t.Errorf("field %d value is %d characters (%q); must be 1..%d and not blank", i, n, clipForLog(f.Value), discordFieldValue)
		}
	}
	if total > discordEmbedTotal {
		t.Errorf("embed totals %d characters, limit %d", total, discordEmbedTotal)
	}
	for _, s := range []string{e.Title, e.Description} {
		if !utf8.ValidString(s) {
			t.Errorf("invalid UTF-8 after truncation")
		}
	}
}

func clipForLog(s string) string {
	if len(s) > 40 {
		return s[:40] + "…"
	}
	return s
}

func checkComponents(t *testing.T, rows []discordgo.MessageComponent) {
	t.Helper()
	for _, row := range rows {
		ar, ok := row.(discordgo.ActionsRow)
		if !ok {
			t.Errorf("component %T is not an actions row", row)
			continue
		}
		if len(ar.Components) > discordButtons {
			t.Errorf("%d buttons in a row, limit %d", len(ar.Components), discordButtons)
		}
		for _, c := range ar.Components {
			b, ok := c.(discordgo.Button)
			if !ok {
				continue
			}
			if n := runes(b.Label); n == 0 || n > discordButtonLabel {
				t.Errorf("button label %q is %d characters", b.Label, n)
			}
			if n := len(b.CustomID); n == 0 || n > discordCustomID {
				t.Errorf("custom id %q is %d characters", b.CustomID, n)
			}
		}
	}
}

func manySources(n int, quote string) []knowledge.Source {
	var s []knowledge.Source
	for i := range n {
		s = append(s, knowledge.Source{File: fmt.Sprintf("%03d_73b2b942d9bd6961.txt", i), Line: i + 1, Quote: quote})
	}
	return s
}

func manyIDs(n int, id string) []string {
	var s []string
	for i := range n {
		s = append(s, fmt.Sprintf("%s-%d", id, i))
	}
	return s
}

func TestEmbedLimits(t *testing.T) {
	long := strings.Repeat("The strike went ahead. ", 450) // > 10,000 characters
	zalgo := strings.Repeat("Z\u0336\u0321\u0334\u0358a\u0337\u0330\u0353l\u0338\u0359g\u0335\u0326o\u0334\u0331 ", 600)
	emoji := strings.Repeat("🩺👩‍⚕️", 3000)
	fields40 := make([]Field, 40)
	for i := range fields40 {
		fields40[i] = Field{Name: strings.Repeat("N", 300), Value: strings.Repeat("v", 2000)}
	}
	cases := []struct {
		name string
		r    Reply
	}{
		{"10,000-character answer with 40 sources", Reply{Answer: &knowledge.Answer{
			Found: true, Title: strings.Repeat("T", 400), Text: long,
			Sources: manySources(40, long), Facts: manyIDs(40, "some-long-fact-id"),
		}}},
		{"40 sources shown as quotes", Reply{ShowQuotes: true, Answer: &knowledge.Answer{
			Found: true, Title: "Quotes", Sources: manySources(40, long),
		}}},
		{"zalgo title, text, quotes", Reply{Answer: &knowledge.Answer{
			Found: true, Title: zalgo, Text: zalgo, Sources: manySources(3, zalgo),
		}}},
		{"zalgo quotes shown", Reply{ShowQuotes: true, Answer: &knowledge.Answer{
			Found: true, Title: zalgo, Sources: manySources(40, zalgo),
		}}},
		{"emoji answer", Reply{Answer: &knowledge.Answer{Found: true, Title: emoji, Text: emoji, Sources: manySources(2, emoji)}}},
		{"not found with long suggestions", Reply{Answer: &knowledge.Answer{
			Text: long, Suggestions: []string{long, long, long, zalgo, ""}, Related: manyIDs(5, strings.Repeat("x", 120)),
		}}},
		{"empty answer", Reply{Answer: &knowledge.Answer{}}},
		{"empty found answer", Reply{Answer: &knowledge.Answer{Found: true, Sources: []knowledge.Source{{}}}}},
		{"empty fields", Reply{Fields: []Field{{}, {Name: "   ", Value: "\n\t"}, {Name: "x"}}}},
		{"40 oversized fields", Reply{Title: long, Text: long, Fields: fields40}},
		{"error reply", ErrorReply(long)},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			e := Embed(c.r)
			checkEmbed(t, e)
			d := Render(c.r)
			if len(d.Embeds) != 1 {
				t.Fatalf("%d embeds, want 1", len(d.Embeds))
			}
			checkEmbed(t, d.Embeds[0])
			checkComponents(t, d.Components)
			m := RenderMessage(c.r, &discordgo.MessageReference{MessageID: "1"})
			checkEmbed(t, m.Embeds[0])
			if _, err := json.Marshal(d); err != nil {
				t.Fatalf("Render output does not marshal: %v", err)
			}
		})
	}
}

// TestEmbedKeepsWhatFits: truncation is a last resort; a normal answer
// keeps its text and every source.
func TestEmbedKeepsWhatFits(t *testing.T) {
	base := loadRenderBase(t)
	a := base.Answer("Who is Mark Porter?")
	e := Embed(Reply{Answer: &a})
	if e.Title != a.Title || e.Description != a.Text {
		t.Errorf("embed title/description changed: %q / %q", e.Title, e.Description)
	}
	if len(e.Fields) == 0 || e.Fields[0].Name != "Sources" {
		t.Fatalf("no Sources field: %+v", e.Fields)
	}
	for _, s := range a.Sources {
		if cite := fmt.Sprintf("%s:%d", s.File, s.Line); !strings.Contains(e.Fields[0].Value, cite) {
			t.Errorf("Sources field lacks %s", cite)
		}
	}
	// Truncated text ends with an ellipsis, so readers know it was cut.
	long := strings.Repeat("word ", 2000)
	e = Embed(Reply{Answer: &knowledge.Answer{Found: true, Title: "t", Text: long}})
	if !strings.HasSuffix(e.Description, "…") || runes(e.Description) != discordDescription {
		t.Errorf("long description: %d characters, ends %q", runes(e.Description), e.Description[len(e.Description)-5:])
	}
}

// TestAllowedMentionsEmptyList: Discord reads "parse": null as its
// defaults (which ping), so the JSON must carry an empty list.
func TestAllowedMentionsEmptyList(t *testing.T) {
	base := loadRenderBase(t)
	a := base.Answer("who is @everyone")
	replies := map[string]Reply{
		"answer":    {Answer: &a},
		"quotes":    {Answer: &a, ShowQuotes: true},
		"text":      {Title: "@everyone", Text: "<@123> @here"},
		"error":     ErrorReply("x"),
		"ephemeral": {Title: "t", Ephemeral: true},
	}
	for name, r := range replies {
		t.Run(name, func(t *testing.T) {
			for kind, v := range map[string]any{"Render": Render(r), "RenderMessage": RenderMessage(r, nil)} {
				js, err := json.Marshal(v)
				if err != nil {
					t.Fatal(err)
				}
				var got struct {
					AllowedMentions *struct {
						Parse json.RawMessage `json:"parse"`
					} `json:"allowed_mentions"`
				}
				if err := json.Unmarshal(js, &got); err != nil {
					t.Fatal(err)
				}
				if got.AllowedMentions == nil || string(got.AllowedMentions.Parse) != "[]" {
					t.Errorf("%s: allowed_mentions = %s, want {\"parse\":[]}", kind, js)
				}
			}
		})
	}
}

func TestRenderEphemeral(t *testing.T) {
	if d := Render(Reply{Title: "t", Ephemeral: true}); d.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("ephemeral reply without the ephemeral flag")
	}
	if d := Render(Reply{Title: "t"}); d.Flags&discordgo.MessageFlagsEphemeral != 0 {
		t.Errorf("public reply flagged ephemeral")
	}
}

func TestComponents(t *testing.T) {
	base := loadRenderBase(t)
	found := base.Answer("who was the health secretary")
	notFound := base.Answer("what is the capital of france")
	cases := []struct {
		name    string
		r       Reply
		buttons []string // custom ids, in order
	}{
		{"found: Show quotes, 👍 and 👎", Reply{Answer: &found}, []string{"quotes:" + strings.Join(found.Facts, ","), "fb:up:" + strings.Join(found.Facts, ","), "fb:down:" + strings.Join(found.Facts, ",")}},
		{"quotes shown: no buttons", Reply{Answer: &found, ShowQuotes: true}, nil},
		{"not found: a button per suggestion", Reply{Answer: &notFound}, prefixAll("fact:", notFound.Related)},
		{"plain reply: none", Reply{Title: "x"}, nil},
		{"own buttons, within limits", Reply{Title: "x", Buttons: []Button{{Label: "a", CustomID: "x:1"}, {Label: "no id"}, {Label: "long", CustomID: strings.Repeat("x", 101)}, {Label: strings.Repeat("é", 90), CustomID: "x:2"}}}, []string{"x:1", "x:2"}},
		{"own buttons after an answer's", Reply{Answer: &notFound, Buttons: []Button{{Label: "a", CustomID: "x:1"}}}, append(prefixAll("fact:", notFound.Related), "x:1")},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			rows := Components(c.r)
			checkComponents(t, rows)
			got := customIDs(rows)
			if !slices.Equal(got, c.buttons) {
				t.Errorf("buttons %q, want %q", got, c.buttons)
			}
		})
	}
}

// customIDs lists the custom ids of rows' buttons, in order.
func customIDs(rows []discordgo.MessageComponent) []string {
	var ids []string
	for _, row := range rows {
		for _, b := range row.(discordgo.ActionsRow).Components {
			ids = append(ids, b.(discordgo.Button).CustomID)
		}
	}
	return ids
}

// TestRenderResponse: each response type becomes the interaction response
// Discord expects, within its limits.
func TestRenderResponse(t *testing.T) {
	long := strings.Repeat("é", 150)
	r := RenderResponse(Response{Type: RespondChoices, Choices: []knowledge.Choice{{Name: long, Value: "x"}, {Name: "Mark Porter", Value: "mark-porter"}}})
	if r.Type != discordgo.InteractionApplicationCommandAutocompleteResult || len(r.Data.Choices) != 2 {
		t.Fatalf("choices: %+v", r)
	}
	if n := runes(r.Data.Choices[0].Name); n != 100 || r.Data.Choices[1].Value != "mark-porter" {
		t.Errorf("choice name %d characters (limit 100), second %+v", n, r.Data.Choices[1])
	}
	if r := RenderResponse(Response{Type: RespondDeferred}); r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource || r.Data != nil {
		t.Errorf("deferred: %+v", r)
	}
	if r := RenderResponse(Response{Type: RespondDeferred, Reply: Reply{Ephemeral: true}}); r.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource ||
		r.Data == nil || r.Data.Flags != discordgo.MessageFlagsEphemeral {
		t.Errorf("ephemeral deferred: %+v", r)
	}
	r = RenderResponse(Response{Type: RespondReply, Reply: ErrorReply("x")})
	if r.Type != discordgo.InteractionResponseChannelMessageWithSource || r.Data == nil || r.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("reply: %+v", r)
	}
	base := loadRenderBase(t)
	a := base.Answer("who was the health secretary")
	e := RenderEdit(Reply{Answer: &a})
	if e.Embeds == nil || len(*e.Embeds) != 1 || e.Components == nil || len(customIDs(*e.Components)) != 3 || e.AllowedMentions == nil || e.AllowedMentions.Parse == nil {
		t.Errorf("edit lacks the embed, its button or allowed_mentions: %+v", e)
	}
	if e := RenderEdit(Reply{Title: "t"}); e.Components == nil || len(*e.Components) != 0 {
		t.Errorf("edit without buttons must carry an empty list: %+v", e.Components)
	}
}

func prefixAll(p string, ids []string) []string {
	var out []string
	for i, id := range ids {
		if i == discordButtons {
			break
		}
		out = append(out, p+id)
	}
	return out
}

func TestTextPlain(t *testing.T) {
	base := loadRenderBase(t)
	a := base.Answer("Who is Mark Porter?")
	got := Text(Reply{Answer: &a})
	if !strings.HasPrefix(got, a.Title+"\n\n"+a.Text+"\n") {
		t.Errorf("text does not open with the title and answer:\n%s", got)
	}
	for _, s := range a.Sources {
		if !strings.Contains(got, fmt.Sprintf("  %s:%d  %s", s.File, s.Line, s.Title)) || !strings.Contains(got, fmt.Sprintf("\n      %q\n", s.Quote)) {
			t.Errorf("text lacks source %s:%d", s.File, s.Line)
		}
	}
	nf := base.Answer("what is the capital of france")
	got = Text(Reply{Answer: &nf})
	if !strings.HasPrefix(got, "The articles don't say\n\n") || !strings.Contains(got, "You could ask about:\n  - ") {
		t.Errorf("not-found text:\n%s", got)
	}
	got = Text(Reply{Answer: &a, ShowQuotes: true})
	if strings.Contains(got, a.Text) || !strings.Contains(got, "Sources:") {
		t.Errorf("quotes text shows the answer or lacks sources:\n%s", got)
	}
	got = Text(Reply{Title: "Help", Text: "body", Fields: []Field{{Name: "/ask", Value: "one\ntwo"}}})
	if got != "Help\n\nbody\n\n/ask\n  one\n  two\n" {
		t.Errorf("plain reply text = %q", got)
	}
}
