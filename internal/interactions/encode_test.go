package interactions

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/knowledge"
)

var update = flag.Bool("update", false, "rewrite testdata/encoded.golden from the encoder's output")

// viaJSON is what Respond sent before appendResponse: the reference.
func viaJSON(t testing.TB, r *discordgo.InteractionResponse) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(r); err != nil {
		t.Fatalf("encoding/json: %v", err)
	}
	return buf.Bytes()
}

// sameAsJSON checks that appendResponse takes the fast path for r and
// writes what encoding/json writes, after a prefix it must keep.
func sameAsJSON(t testing.TB, name string, r *discordgo.InteractionResponse) {
	t.Helper()
	want := viaJSON(t, r)
	got, ok := appendResponse([]byte("prefix"), r)
	if !ok {
		t.Fatalf("%s: fell back on %s", name, want)
	}
	if got, ok := bytes.CutPrefix(got, []byte("prefix")); !ok || !bytes.Equal(got, want) {
		t.Fatalf("%s: encoded differently from encoding/json\n got: %q\nwant: %q", name, got, want)
	}
}

type namedResponse struct {
	name string
	resp *discordgo.InteractionResponse
}

func command(name string, opts ...*discordgo.ApplicationCommandInteractionDataOption) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand,
		Data: discordgo.ApplicationCommandInteractionData{ID: "2", Name: name, Options: opts}}
}

func option(name, value string, focused bool) *discordgo.ApplicationCommandInteractionDataOption {
	return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value, Focused: focused}
}

func button(customID string) *discordgo.Interaction {
	return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionMessageComponent,
		Data: discordgo.MessageComponentInteractionData{CustomID: customID, ComponentType: discordgo.ButtonComponent}}
}

// botResponses are the bot's own answers, through the real handler and
// renderer: every eval question, every look-up command over every fact's
// title and first alias, autocompletion of partials of those, every button
// those answers carry plus one per fact, errors, the deferred
// acknowledgement and the pong.
func botResponses(t testing.TB) []namedResponse {
	t.Helper()
	base, err := knowledge.Load(data.FS())
	if err != nil {
		t.Fatalf("load fact base: %v", err)
	}
	h := &commands.Handler{Bot: commands.New(base)}
	var out []namedResponse
	buttons := map[string]bool{"quotes:no-such-fact": true, "fact:no-such-fact": true, "no-such-button": true}
	ask := func(name string, i *discordgo.Interaction) {
		r := h.Interaction(context.Background(), i)
		out = append(out, namedResponse{name, r})
		if r.Data == nil {
			return
		}
		for _, c := range r.Data.Components {
			if row, ok := c.(discordgo.ActionsRow); ok {
				for _, c := range row.Components {
					if b, ok := c.(discordgo.Button); ok {
						buttons[b.CustomID] = true
					}
				}
			}
		}
	}

	questions := []string{"", "   ", "who is <Mark> & \"Hunt\"?\n\t\x00\u2028", "\xff\xfe what?", strings.Repeat("strike ", 80)}
	f, err := os.Open(filepath.Join("..", "..", "testdata", "eval.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	for lines := bufio.NewScanner(f); lines.Scan(); {
		var q struct {
			Question string `json:"question"`
		}
		if err := json.Unmarshal(lines.Bytes(), &q); err != nil {
			t.Fatalf("eval.jsonl: %v", err)
		}
		questions = append(questions, q.Question)
	}
	for _, q := range questions {
		ask("/ask "+q, command("ask", option("question", q, false)))
	}

	var queries []string
	for _, fact := range base.Facts() {
		queries = append(queries, fact.Title)
		if len(fact.Aliases) > 0 {
			queries = append(queries, fact.Aliases[0])
		}
		buttons["fact:"+fact.ID] = true
	}
	for _, c := range h.Bot.Commands() {
		if len(c.Options) == 0 {
			ask("/"+c.Name, command(c.Name))
			continue
		}
		o := c.Options[0]
		if o.Complete == "" {
			continue
		}
		ask("/"+c.Name, command(c.Name))
		for _, q := range append(queries, "nobody at all", "hnut", "barcl", "ipsos") {
			ask("/"+c.Name+" "+q, command(c.Name, option(o.Name, q, false)))
		}
		for _, q := range append(queries, "", "m", "hnut", "zzzz", "<&>", "\x00") {
			partial := q
			if r := []rune(q); len(r) > 4 {
				partial = string(r[:4])
			}
			ask("autocomplete /"+c.Name+" "+partial, &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommandAutocomplete,
				Data: discordgo.ApplicationCommandInteractionData{Name: c.Name, Options: []*discordgo.ApplicationCommandInteractionDataOption{option(o.Name, partial, true)}}})
		}
	}
	ask("/no-such-command", command("no-such-command"))
	ask("modal submit", &discordgo.Interaction{ID: "1", Type: discordgo.InteractionModalSubmit, Data: discordgo.ModalSubmitInteractionData{CustomID: "x"}})
	ask("ping", &discordgo.Interaction{ID: "1", Type: discordgo.InteractionPing})
	for _, id := range slices.Sorted(maps.Keys(buttons)) {
		ask("button "+id, button(id))
	}
	limited := &commands.Handler{Bot: h.Bot, Limiter: commands.NewRateLimiter(1, 1<<62, nil)}
	for range 2 {
		out = append(out, namedResponse{"rate limited", limited.Interaction(context.Background(), command("sources"))})
	}
	out = append(out, namedResponse{"deferred", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}})
	return out
}

// TestEncodeBotResponses: every answer the bot gives takes the fast path and
// is byte for byte what encoding/json wrote.
func TestEncodeBotResponses(t *testing.T) {
	kinds := map[string]int{}
	for _, r := range botResponses(t) {
		sameAsJSON(t, r.name, r.resp)
		kind := fmt.Sprint("type ", r.resp.Type)
		if d := r.resp.Data; d != nil {
			kind += fmt.Sprintf(" embeds:%v buttons:%v choices:%v flags:%d", len(d.Embeds) > 0, len(d.Components) > 0, len(d.Choices) > 0, d.Flags)
		}
		kinds[kind]++
	}
	// The corpus must reach every shape the bot sends, or the test proves
	// less than it seems to.
	for _, want := range []string{"type 1", "type 5", "type 4 embeds:true buttons:false choices:false flags:0",
		"type 4 embeds:true buttons:true choices:false flags:0", "type 4 embeds:true buttons:false choices:false flags:64",
		"type 8 embeds:false buttons:false choices:true flags:0"} {
		if kinds[want] == 0 {
			t.Errorf("no response of shape %q among %v", want, kinds)
		}
	}
	t.Logf("%v", kinds)
}

// TestEncodeEdgeCases: nil and empty values, which encoding/json tells
// apart (null, [] or omitted).
func TestEncodeEdgeCases(t *testing.T) {
	for _, tc := range []struct {
		name string
		resp *discordgo.InteractionResponse
	}{
		{"nil response", nil},
		{"zero response", &discordgo.InteractionResponse{}},
		{"zero data", &discordgo.InteractionResponse{Data: &discordgo.InteractionResponseData{}}},
		{"empty slices", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
			Components: []discordgo.MessageComponent{}, Embeds: []*discordgo.MessageEmbed{},
			AllowedMentions: &discordgo.MessageAllowedMentions{Roles: []string{}, Users: []string{}},
			Choices:         []*discordgo.ApplicationCommandOptionChoice{},
		}}},
		{"empty embed parts", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: &discordgo.InteractionResponseData{
			Embeds: []*discordgo.MessageEmbed{{Footer: &discordgo.MessageEmbedFooter{}, Fields: []*discordgo.MessageEmbedField{}}},
		}}},
		{"modal type", &discordgo.InteractionResponse{Type: discordgo.InteractionResponseModal, Data: &discordgo.InteractionResponseData{CustomID: "m", Title: "t"}}},
	} {
		sameAsJSON(t, tc.name, tc.resp)
	}
}

// TestEncodeResponseError: what encoding/json cannot encode is still its
// error, and nothing is written.
func TestEncodeResponseError(t *testing.T) {
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{
		Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "n", Value: make(chan int)}}}}
	buf := bytes.NewBufferString("prefix")
	if err := encodeResponse(buf, r); err == nil {
		t.Fatalf("no error; wrote %q", buf)
	}
	if buf.String() != "prefix" {
		t.Errorf("wrote %q on error", buf)
	}
}

// TestEncodeResponseFallsBack: what appendResponse does not handle makes it
// report false, and encodeResponse then writes encoding/json's bytes.
func TestEncodeResponseFallsBack(t *testing.T) {
	message := func(mod func(*discordgo.InteractionResponseData)) *discordgo.InteractionResponse {
		d := typicalData()
		mod(d)
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
	}
	embed := func(mod func(*discordgo.MessageEmbed)) *discordgo.InteractionResponse {
		return message(func(d *discordgo.InteractionResponseData) { mod(d.Embeds[0]) })
	}
	row := func(cs ...discordgo.MessageComponent) *discordgo.InteractionResponse {
		return message(func(d *discordgo.InteractionResponseData) {
			d.Components = []discordgo.MessageComponent{discordgo.ActionsRow{Components: cs}}
		})
	}
	choice := func(c *discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
		return &discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "a", Value: "b"}, c}}}
	}
	for _, tc := range []struct {
		name string
		resp *discordgo.InteractionResponse
	}{
		{"files", message(func(d *discordgo.InteractionResponseData) { d.Files = []*discordgo.File{{Name: "a.txt"}} })},
		{"attachments", message(func(d *discordgo.InteractionResponseData) { d.Attachments = &[]*discordgo.MessageAttachment{} })},
		{"poll", message(func(d *discordgo.InteractionResponseData) { d.Poll = &discordgo.Poll{} })},
		{"nil embed", message(func(d *discordgo.InteractionResponseData) { d.Embeds = append(d.Embeds, nil) })},
		{"embed image", embed(func(e *discordgo.MessageEmbed) { e.Image = &discordgo.MessageEmbedImage{URL: "https://x"} })},
		{"embed thumbnail", embed(func(e *discordgo.MessageEmbed) { e.Thumbnail = &discordgo.MessageEmbedThumbnail{} })},
		{"embed video", embed(func(e *discordgo.MessageEmbed) { e.Video = &discordgo.MessageEmbedVideo{} })},
		{"embed provider", embed(func(e *discordgo.MessageEmbed) { e.Provider = &discordgo.MessageEmbedProvider{Name: "p"} })},
		{"embed author", embed(func(e *discordgo.MessageEmbed) { e.Author = &discordgo.MessageEmbedAuthor{Name: "a"} })},
		{"nil embed field", embed(func(e *discordgo.MessageEmbed) { e.Fields = append(e.Fields, nil) })},
		{"top-level button", message(func(d *discordgo.InteractionResponseData) {
			d.Components = []discordgo.MessageComponent{discordgo.Button{Label: "b", CustomID: "c"}}
		})},
		{"nil component", message(func(d *discordgo.InteractionResponseData) { d.Components = []discordgo.MessageComponent{nil} })},
		{"select menu", row(discordgo.SelectMenu{CustomID: "m", Options: []discordgo.SelectMenuOption{{Label: "a", Value: "b"}}})},
		{"text input", row(discordgo.TextInput{CustomID: "t", Label: "l", Style: discordgo.TextInputShort})},
		{"row in a row", row(discordgo.ActionsRow{})},
		{"nil choice", choice(nil)},
		{"integer choice", choice(&discordgo.ApplicationCommandOptionChoice{Name: "n", Value: 3})},
		{"float choice", choice(&discordgo.ApplicationCommandOptionChoice{Name: "n", Value: 2.5})},
		{"null choice", choice(&discordgo.ApplicationCommandOptionChoice{Name: "n"})},
		{"named string choice", choice(&discordgo.ApplicationCommandOptionChoice{Name: "n", Value: discordgo.Locale("fr")})},
		{"localised choice", choice(&discordgo.ApplicationCommandOptionChoice{Name: "n", Value: "v",
			NameLocalizations: map[discordgo.Locale]string{discordgo.French: "nom"}})},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got, ok := appendResponse(nil, tc.resp); ok {
				t.Fatalf("took the fast path: %s", got)
			}
			checkEncodeResponse(t, tc.resp)
		})
	}
	// A nil *ActionsRow or *Button in a MessageComponent makes encoding/json
	// panic (it calls their value MarshalJSON); the fallback keeps that.
	for _, c := range []discordgo.MessageComponent{(*discordgo.ActionsRow)(nil), discordgo.ActionsRow{Components: []discordgo.MessageComponent{(*discordgo.Button)(nil)}}} {
		r := message(func(d *discordgo.InteractionResponseData) { d.Components = []discordgo.MessageComponent{c} })
		if got, ok := appendResponse(nil, r); ok {
			t.Errorf("took the fast path for %#v: %s", c, got)
		}
	}
}

// checkEncodeResponse: encodeResponse, fast or not, writes encoding/json's
// bytes after what the buffer already holds.
func checkEncodeResponse(t *testing.T, r *discordgo.InteractionResponse) {
	t.Helper()
	buf := bytes.NewBufferString("prefix")
	if err := encodeResponse(buf, r); err != nil {
		t.Fatal(err)
	}
	if want := append([]byte("prefix"), viaJSON(t, r)...); !bytes.Equal(buf.Bytes(), want) {
		t.Fatalf("encodeResponse wrote\n%q\nwant\n%q", buf.Bytes(), want)
	}
}

// TestEncodeReplacedMarshal: components are encoded by discordgo.Marshal;
// if a program replaces it, its output is unknown and the encoder falls back.
func TestEncodeReplacedMarshal(t *testing.T) {
	r := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: typicalData()}
	sameAsJSON(t, "default Marshal", r)
	saved := discordgo.Marshal
	t.Cleanup(func() { discordgo.Marshal = saved })
	discordgo.Marshal = func(v any) ([]byte, error) { return json.MarshalIndent(v, "", "  ") }
	if got, ok := appendResponse(nil, r); ok {
		t.Fatalf("took the fast path with discordgo.Marshal replaced: %s", got)
	}
	checkEncodeResponse(t, r)
	r.Data.Components = nil
	sameAsJSON(t, "no components", r)
}

// awkward is a string every escaping rule applies to.
const awkward = "a\"b\\c/d<e>f&g\b\f\n\r\t\x00\x1f é€😀\u2028\u2029\xff\xe2\x80 end"

// typicalData is a message using every field appendResponse handles.
func typicalData() *discordgo.InteractionResponseData {
	return &discordgo.InteractionResponseData{
		TTS:     true,
		Content: "content " + awkward,
		Components: []discordgo.MessageComponent{
			discordgo.ActionsRow{Components: []discordgo.MessageComponent{
				discordgo.Button{Label: "Show quotes " + awkward, Style: discordgo.SecondaryButton, CustomID: "quotes:a,b"},
				&discordgo.Button{Label: "Link", Style: discordgo.LinkButton, URL: "https://example.com/?a=1&b=<2>", Disabled: true,
					Emoji: &discordgo.ComponentEmoji{Name: "🔗", ID: "42", Animated: true}, ID: 7},
				discordgo.Button{Label: "Buy", SKUID: "9", Emoji: &discordgo.ComponentEmoji{}},
			}},
			&discordgo.ActionsRow{ID: 3, Components: []discordgo.MessageComponent{}},
			discordgo.ActionsRow{},
		},
		Embeds: []*discordgo.MessageEmbed{{
			URL: "https://example.com/a&b", Type: discordgo.EmbedTypeRich, Title: "Title " + awkward, Description: "Description " + awkward,
			Timestamp: "2023-04-11T07:00:00Z", Color: 0x2E7D32,
			Footer: &discordgo.MessageEmbedFooter{Text: "footer", IconURL: "https://i", ProxyIconURL: "https://p"},
			Fields: []*discordgo.MessageEmbedField{{Name: "Sources", Value: "`000.txt:17`"}, {Name: awkward, Value: awkward, Inline: true}},
		}, {}, {Footer: &discordgo.MessageEmbedFooter{}, Color: -1}},
		AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionTypeUsers, "<x>"},
			Roles: []string{"1", awkward}, Users: []string{"2"}, RepliedUser: true},
		Flags:    discordgo.MessageFlagsEphemeral | discordgo.MessageFlagsSuppressEmbeds,
		Choices:  []*discordgo.ApplicationCommandOptionChoice{{Name: "Mark Porter " + awkward, Value: "mark-porter"}},
		CustomID: "modal " + awkward,
		Title:    "modal title",
	}
}

// fieldTarget is one struct type appendResponse reads, inside a typical
// response.
type fieldTarget struct {
	typ reflect.Type
	// build returns a typical response holding one value of typ, after
	// mutate has changed that value (given addressable).
	build func(mutate func(reflect.Value)) *discordgo.InteractionResponse
}

func target[T any](typical func() T, wrap func(T) *discordgo.InteractionResponse) fieldTarget {
	return fieldTarget{typ: reflect.TypeFor[T](), build: func(mutate func(reflect.Value)) *discordgo.InteractionResponse {
		v := typical()
		mutate(reflect.ValueOf(&v).Elem())
		return wrap(v)
	}}
}

func messageWith(mod func(*discordgo.InteractionResponseData)) *discordgo.InteractionResponse {
	d := typicalData()
	mod(d)
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: d}
}

// fieldTargets are every struct appendResponse reads.
var fieldTargets = []fieldTarget{
	target(func() discordgo.InteractionResponse { return *messageWith(func(*discordgo.InteractionResponseData) {}) },
		func(r discordgo.InteractionResponse) *discordgo.InteractionResponse { return &r }),
	target(func() discordgo.InteractionResponseData { return *typicalData() },
		func(d discordgo.InteractionResponseData) *discordgo.InteractionResponse {
			return messageWith(func(p *discordgo.InteractionResponseData) { *p = d })
		}),
	target(func() discordgo.MessageEmbed { return *typicalData().Embeds[0] },
		func(e discordgo.MessageEmbed) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.Embeds[0] = &e })
		}),
	target(func() discordgo.MessageEmbedFooter { return *typicalData().Embeds[0].Footer },
		func(f discordgo.MessageEmbedFooter) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.Embeds[0].Footer = &f })
		}),
	target(func() discordgo.MessageEmbedField { return *typicalData().Embeds[0].Fields[1] },
		func(f discordgo.MessageEmbedField) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.Embeds[0].Fields[1] = &f })
		}),
	target(func() discordgo.MessageAllowedMentions { return *typicalData().AllowedMentions },
		func(m discordgo.MessageAllowedMentions) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.AllowedMentions = &m })
		}),
	target(func() discordgo.ApplicationCommandOptionChoice { return *typicalData().Choices[0] },
		func(c discordgo.ApplicationCommandOptionChoice) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.Choices[0] = &c })
		}),
	target(func() discordgo.ActionsRow { return typicalData().Components[0].(discordgo.ActionsRow) },
		func(r discordgo.ActionsRow) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) { d.Components[0] = r })
		}),
	target(func() discordgo.Button {
		return typicalData().Components[0].(discordgo.ActionsRow).Components[0].(discordgo.Button)
	}, func(b discordgo.Button) *discordgo.InteractionResponse {
		return messageWith(func(d *discordgo.InteractionResponseData) {
			d.Components[0] = discordgo.ActionsRow{Components: []discordgo.MessageComponent{b}}
		})
	}),
	target(func() discordgo.ComponentEmoji { return discordgo.ComponentEmoji{Name: "x"} },
		func(e discordgo.ComponentEmoji) *discordgo.InteractionResponse {
			return messageWith(func(d *discordgo.InteractionResponseData) {
				d.Components[0] = discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{Label: "l", Emoji: &e}}}
			})
		}),
}

// TestEncodeEveryField sets each field of each struct appendResponse reads,
// one at a time, to a value encoding/json does not omit: the encoder must
// write it exactly or fall back. A field a discordgo upgrade adds is found
// here, without a list to keep up to date.
func TestEncodeEveryField(t *testing.T) {
	for _, tg := range fieldTargets {
		sameAsJSON(t, tg.typ.String()+" as typical", tg.build(func(reflect.Value) {}))
		var handled, fallback []string
		for i := range tg.typ.NumField() {
			f := tg.typ.Field(i)
			if !f.IsExported() {
				continue
			}
			zero, set := reflect.Zero(f.Type), nonZero(f.Type, 0)
			for _, v := range []reflect.Value{zero, set} {
				r := tg.build(func(s reflect.Value) { s.Field(i).Set(v) })
				got, ok := appendResponse(nil, r)
				if ok {
					if want := viaJSON(t, r); !bytes.Equal(got, want) {
						t.Errorf("%s.%s = %#v: encoded differently from encoding/json\n got: %q\nwant: %q", tg.typ, f.Name, v, got, want)
					}
				}
				if v == set {
					if ok {
						handled = append(handled, f.Name)
					} else {
						fallback = append(fallback, f.Name)
					}
				}
			}
		}
		t.Logf("%s: writes %v; falls back on %v", tg.typ, handled, fallback)
	}
}

// nonZero returns a value of type t that encoding/json does not omit and
// that is awkward to encode: strings need every kind of escaping.
func nonZero(t reflect.Type, depth int) reflect.Value {
	v := reflect.New(t).Elem()
	if depth > 3 {
		return v
	}
	switch t.Kind() {
	case reflect.String:
		v.SetString(awkward)
	case reflect.Bool:
		v.SetBool(true)
	case reflect.Int, reflect.Int8, reflect.Int16, reflect.Int32, reflect.Int64:
		v.SetInt(-7)
	case reflect.Uint, reflect.Uint8, reflect.Uint16, reflect.Uint32, reflect.Uint64:
		v.SetUint(9)
	case reflect.Float32, reflect.Float64:
		v.SetFloat(1.5)
	case reflect.Pointer:
		v.Set(nonZero(t.Elem(), depth+1).Addr())
	case reflect.Slice:
		s := reflect.MakeSlice(t, 1, 1)
		s.Index(0).Set(nonZero(t.Elem(), depth+1))
		v.Set(s)
	case reflect.Map:
		m := reflect.MakeMap(t)
		m.SetMapIndex(nonZero(t.Key(), depth+1), nonZero(t.Elem(), depth+1))
		v.Set(m)
	case reflect.Struct:
		for i := range t.NumField() {
			if t.Field(i).IsExported() {
				v.Field(i).Set(nonZero(t.Field(i).Type, depth+1))
			}
		}
	case reflect.Interface:
		switch {
		case t == reflect.TypeFor[discordgo.MessageComponent]():
			v.Set(reflect.ValueOf(discordgo.Button{Label: awkward, CustomID: awkward}))
		case t.NumMethod() == 0:
			v.Set(reflect.ValueOf(awkward))
		}
	}
	return v
}

// TestEncodeStrings holds appendString to encoding/json, with and without
// HTML escaping, on every byte and on the runes that need care.
func TestEncodeStrings(t *testing.T) {
	cases := []string{"", "plain", awkward, "\u2028", "x\u2029", "\xe2\x80", "\xe2\x80\xa8\xe2\x80\xa9", "\xed\xa0\x80", "\xf4\x90\x80\x80", "<<&&>>"}
	for b := range 256 {
		cases = append(cases, string([]byte{byte(b)}), "a"+string([]byte{byte(b)})+"z")
	}
	for _, s := range cases {
		for _, html := range []bool{false, true} {
			var want bytes.Buffer
			enc := json.NewEncoder(&want)
			enc.SetEscapeHTML(html)
			if err := enc.Encode(s); err != nil {
				t.Fatal(err)
			}
			if got := appendString(nil, s, html); !bytes.Equal(append(got, '\n'), want.Bytes()) {
				t.Errorf("appendString(%q, html %v) = %s, want %s", s, html, got, want.Bytes())
			}
		}
	}
}

// TestEncodeGolden pins the wire format of a few responses, for reading
// and to notice a change of discordgo or encoding/json. Regenerate with
//
//	go test ./internal/interactions -run EncodeGolden -update
func TestEncodeGolden(t *testing.T) {
	var got []byte
	for _, r := range []*discordgo.InteractionResponse{
		{Type: discordgo.InteractionResponsePong},
		{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource},
		{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{
			Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Mark Porter", Value: "mark-porter"}, {Name: "Jeremy Hunt", Value: "jeremy-hunt"}}}},
		{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: typicalData()},
	} {
		sameAsJSON(t, "golden", r)
		got, _ = appendResponse(got, r)
	}
	path := filepath.Join("testdata", "encoded.golden")
	if *update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if want, err := os.ReadFile(path); err != nil {
		t.Fatal(err)
	} else if !bytes.Equal(got, want) {
		t.Errorf("%s differs (run with -update if the change is intended)\n got: %s\nwant: %s", path, got, want)
	}
}

// FuzzEncodeResponse builds messages and autocomplete results from fuzzed
// text and numbers, using only what appendResponse handles: it must take
// the fast path and write encoding/json's bytes.
func FuzzEncodeResponse(f *testing.F) {
	f.Add("Mark Porter", "The head of the BMA.", "Sources", "`000_73b2b942d9bd6961.txt:17`", "Mark Porter", "quotes:mark-porter", "Show quotes", 0x2E7D32, 64, uint8(2), true)
	f.Add(awkward, awkward, awkward, awkward, awkward, awkward, awkward, -1, 0, uint8(0), false)
	f.Add("", "", "", "", "", "", "", 0, 0, uint8(255), false)
	f.Add("\xff\xfe\xfd", "\u2028\u2029", "\x00\x01\x1f", "<script>&amp;</script>", "\xe2\x80", "fact:\"x\"", "\\", 1<<62, -1<<31, uint8(5), true)
	f.Fuzz(func(t *testing.T, title, desc, name, value, choice, customID, label string, color, flags int, style uint8, inline bool) {
		for _, r := range []*discordgo.InteractionResponse{
			{Type: discordgo.InteractionResponseType(style), Data: &discordgo.InteractionResponseData{
				Content: desc,
				Components: []discordgo.MessageComponent{discordgo.ActionsRow{Components: []discordgo.MessageComponent{
					discordgo.Button{Label: label, Style: discordgo.ButtonStyle(style), CustomID: customID, URL: value, Disabled: inline},
					discordgo.Button{Label: title, Emoji: &discordgo.ComponentEmoji{Name: name, ID: choice, Animated: inline}, SKUID: desc, ID: color},
				}}},
				Embeds: []*discordgo.MessageEmbed{{
					URL: customID, Type: discordgo.EmbedType(label), Title: title, Description: desc, Timestamp: choice, Color: color,
					Footer: &discordgo.MessageEmbedFooter{Text: value, IconURL: name},
					Fields: []*discordgo.MessageEmbedField{{Name: name, Value: value, Inline: inline}, {Name: title, Value: desc}},
				}},
				AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{discordgo.AllowedMentionType(name)}, Users: []string{value}},
				Flags:           discordgo.MessageFlags(flags),
				CustomID:        customID,
				Title:           title,
			}},
			{Type: discordgo.InteractionApplicationCommandAutocompleteResult, Data: &discordgo.InteractionResponseData{
				Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: choice, Value: customID}, {Name: label, Value: value}},
			}},
		} {
			sameAsJSON(t, "fuzzed", r)
		}
	})
}

// BenchmarkEncodeResponse compares encoding/json, as Respond used it, with
// appendResponse on a typical /who answer and an autocomplete result.
func BenchmarkEncodeResponse(b *testing.B) {
	base, err := knowledge.Load(data.FS())
	if err != nil {
		b.Fatal(err)
	}
	h := &commands.Handler{Bot: commands.New(base)}
	for _, tc := range []struct {
		name string
		in   *discordgo.Interaction
	}{
		{"who", command("who", option("name", "Mark Porter", false))},
		{"autocomplete", &discordgo.Interaction{Type: discordgo.InteractionApplicationCommandAutocomplete,
			Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{option("name", "m", true)}}}},
	} {
		r := h.Interaction(context.Background(), tc.in)
		var buf bytes.Buffer
		b.Run(tc.name+"/encoding-json", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				enc := json.NewEncoder(&buf)
				enc.SetEscapeHTML(false)
				if err := enc.Encode(r); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
		b.Run(tc.name+"/append", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				buf.Reset()
				if err := encodeResponse(&buf, r); err != nil {
					b.Fatal(err)
				}
			}
			b.SetBytes(int64(buf.Len()))
		})
	}
}
