package interactions

import (
	"encoding/json"
	"fmt"
	"reflect"
	"strconv"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// recorded returns every recorded interaction, plus a modal submit and a
// context-menu command with resolved data, as JSON.
func recorded(t testing.TB) map[string][]byte {
	t.Helper()
	fake := discordtest.New(t)
	out := map[string][]byte{}
	for _, name := range discordtest.FixtureNames() {
		if !strings.HasPrefix(name, "interaction_") {
			continue
		}
		b, err := json.Marshal(fake.Fixture(name))
		if err != nil {
			t.Fatal(err)
		}
		out[name] = b
	}
	modal := fake.Fixture(discordtest.InteractionWho)
	modal["type"] = 5
	modal["data"] = map[string]any{"custom_id": "feedback", "components": []any{
		map[string]any{"type": 1, "components": []any{map[string]any{"type": 4, "custom_id": "text", "value": "hello"}}},
	}}
	menu := fake.Fixture(discordtest.InteractionWho)
	menu["data"] = map[string]any{"id": "1", "name": "Ask strikebot", "type": 3, "target_id": "42",
		"resolved": map[string]any{"messages": map[string]any{"42": map[string]any{"id": "42", "content": "who is Mark Porter?", "channel_id": "7"}}}}
	for name, m := range map[string]map[string]any{"modal": modal, "message_menu": menu} {
		b, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		out[name] = b
	}
	return out
}

// decoded is what decodeInteraction promises to decode of an interaction
// (see its documentation): i with everything else zeroed.
func decoded(i *discordgo.Interaction) *discordgo.Interaction {
	out := *i
	out.Message = nil
	out.Entitlements = nil
	if out.User != nil {
		out.User = decodedUser(out.User)
	}
	if m := out.Member; m != nil {
		out.Member = &discordgo.Member{User: m.User, Nick: m.Nick, Avatar: m.Avatar, Roles: m.Roles, Permissions: m.Permissions}
		if m.User != nil {
			out.Member.User = decodedUser(m.User)
		}
	}
	return &out
}

func decodedUser(u *discordgo.User) *discordgo.User {
	return &discordgo.User{ID: u.ID, Username: u.Username, GlobalName: u.GlobalName, Discriminator: u.Discriminator,
		Avatar: u.Avatar, Bot: u.Bot, System: u.System, PublicFlags: u.PublicFlags}
}

// TestDecodeMatchesDiscordgo: the lean decoding gives the handler exactly
// what discordgo's would, in the fields it promises.
func TestDecodeMatchesDiscordgo(t *testing.T) {
	for name, body := range recorded(t) {
		t.Run(name, func(t *testing.T) {
			var want discordgo.Interaction
			if err := json.Unmarshal(body, &want); err != nil {
				t.Fatalf("discordgo: %v", err)
			}
			got, err := decodeInteraction(body)
			if err != nil {
				t.Fatalf("decodeInteraction: %v", err)
			}
			if !reflect.DeepEqual(got, decoded(&want)) {
				g, _ := json.Marshal(got)
				w, _ := json.Marshal(decoded(&want))
				t.Errorf("decoded differently\n got: %s\nwant: %s", g, w)
			}
		})
	}
}

func TestDecodeRejects(t *testing.T) {
	for _, body := range []string{
		``, `nope`, `[]`, `null`, `{`, `{"type":1,}`, `{"type":1} x`, `{"type":1}{}`, `{"type" 1}`, `{type:1}`,
		`{"type":"2"}`, `{"type":2.5}`, `{"type":256}`, `{"type":-1}`, `{"type":01}`, `{"type":1e}`, `{"type":-}`,
		`{"type":2,"data":[]}`, `{"type":2,"data":{"options":{}}}`, `{"type":2,"data":{"options":[{"value":{}}]}}`,
		`{"type":2,"data":{"options":[{"options":[{"options":[{"options":[]}]}]}]}}`,
		`{"id":"a\x"}`, `{"id":"\u12"}`, "{\"id\":\"a\tb\"}", `{"id":"abc}`, `{"x":tru}`, `{"x":nul}`, `{"x":[1,]}`,
		`{"x":[1 2]}`, `{"x":{"a":1,,"b":2}}`, `{"x":"\ud800"` + "\x00" + `}`, `{"app_permissions":"x"}`,
		`{"authorizing_integration_owners":{"guild":"1"}}`, `{"member":{"user":[]}}`, `{"user":{"bot":"yes"}}`,
		strings.Repeat(`{"x":`, 20000) + strings.Repeat(`}`, 20000),
	} {
		if got, err := decodeInteraction([]byte(body)); err == nil {
			t.Errorf("%.60q: decoded without error: %+v", body, got)
		}
	}
}

// TestDecodeStrings: strings with escapes and invalid UTF-8 come out as
// encoding/json would give them, keys with escapes still match.
func TestDecodeStrings(t *testing.T) {
	for _, tc := range []struct{ body, want string }{
		{`{"id":"plain"}`, "plain"},
		{`{"id":"caf\u00e9 \"q\" \\ \/ \n\t"}`, "café \"q\" \\ / \n\t"},
		{`{"id":"\ud83d\ude00 and \ud800 alone"}`, "😀 and \ufffd alone"},
		{"{\"id\":\"bad \xff byte\"}", "bad \ufffd byte"},
		{`{"\u0069d":"escaped key"}`, "escaped key"},
		{`{"id":null}`, ""},
		{`  {  "id"  :  "spaced"  }  `, "spaced"},
	} {
		got, err := decodeInteraction([]byte(tc.body))
		if err != nil {
			t.Errorf("%q: %v", tc.body, err)
			continue
		}
		if got.ID != tc.want {
			t.Errorf("%q: id %q, want %q", tc.body, got.ID, tc.want)
		}
	}
}

// FuzzDecode holds the hand-written decoder to encoding/json: on any input
// it accepts only valid JSON, and on any interaction encoding/json decodes
// (written out again canonically, so without the duplicate or oddly-cased
// keys where encoding/json's leniency is not worth copying) it decodes the
// same fields to the same values.
func FuzzDecode(f *testing.F) {
	for _, body := range recorded(f) {
		f.Add(body)
	}
	for _, s := range []string{`{"type":2,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"caf\u00e9?"}]}}`,
		`{"type":4,"data":{"options":[{"name":"n","value":1.5e3,"focused":true}]}}`, `{"type":3,"data":{"custom_id":"fact:x","values":["a",null]}}`,
		`{"member":null,"user":{"id":"1","bot":true},"guild_locale":null}`, `{"authorizing_integration_owners":{"0":"1","1":null}}`} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, body []byte) {
		if _, err := decodeInteraction(body); err == nil && !json.Valid(body) {
			t.Fatalf("accepted invalid JSON %q", body)
		}
		ref, refErr := referenceDecode(body)
		if refErr != nil {
			return
		}
		canon, err := json.Marshal(wireOf(ref))
		if err != nil {
			t.Fatalf("re-encode: %v", err)
		}
		if ref, err = referenceDecode(canon); err != nil {
			t.Fatalf("reference rejects its own encoding %s: %v", canon, err)
		}
		got, err := decodeInteraction(canon)
		if err != nil {
			t.Fatalf("rejected %s, which encoding/json decodes: %v", canon, err)
		}
		if want := decoded(ref); !reflect.DeepEqual(got, want) {
			g, _ := json.Marshal(got)
			w, _ := json.Marshal(want)
			t.Fatalf("decoded %s differently\n got: %s\nwant: %s", canon, g, w)
		}
	})
}

// wireOf writes an interaction back in Discord's shape (discordgo's own
// MarshalJSON does not write data).
func wireOf(i *discordgo.Interaction) map[string]any {
	m := map[string]any{"id": i.ID, "application_id": i.AppID, "type": i.Type, "guild_id": i.GuildID,
		"channel_id": i.ChannelID, "app_permissions": strconv.FormatInt(i.AppPermissions, 10), "member": i.Member,
		"user": i.User, "locale": i.Locale, "guild_locale": i.GuildLocale, "context": i.Context,
		"authorizing_integration_owners": i.AuthorizingIntegrationOwners, "token": i.Token, "version": i.Version}
	switch d := i.Data.(type) {
	case discordgo.ApplicationCommandInteractionData:
		m["data"] = map[string]any{"id": d.ID, "name": d.Name, "type": d.CommandType, "options": d.Options,
			"target_id": d.TargetID, "resolved": d.Resolved}
	case discordgo.MessageComponentInteractionData:
		m["data"] = map[string]any{"custom_id": d.CustomID, "component_type": d.ComponentType, "values": d.Values}
	case discordgo.ModalSubmitInteractionData:
		m["data"] = map[string]any{"custom_id": d.CustomID}
	}
	return m
}

// BenchmarkDecode compares discordgo's decoding with the lean one, per
// recorded interaction.
func BenchmarkDecode(b *testing.B) {
	for _, name := range []string{discordtest.InteractionWho, discordtest.InteractionButton} {
		body := recorded(b)[name]
		b.Run(name+"/discordgo", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				var i discordgo.Interaction
				if err := json.Unmarshal(body, &i); err != nil {
					b.Fatal(err)
				}
			}
		})
		b.Run(name+"/lean", func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := decodeInteraction(body); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// referenceDecode is the decoding this package used before decodeInteraction:
// encoding/json into a struct of discordgo's own field types. FuzzDecode
// compares the two.
type wireInteraction struct {
	ID                           string                                          `json:"id"`
	AppID                        string                                          `json:"application_id"`
	Type                         discordgo.InteractionType                       `json:"type"`
	Data                         *wireData                                       `json:"data"`
	GuildID                      string                                          `json:"guild_id"`
	ChannelID                    string                                          `json:"channel_id"`
	AppPermissions               int64                                           `json:"app_permissions,string"`
	Member                       *discordgo.Member                               `json:"member"`
	User                         *discordgo.User                                 `json:"user"`
	Locale                       discordgo.Locale                                `json:"locale"`
	GuildLocale                  *discordgo.Locale                               `json:"guild_locale"`
	Context                      discordgo.InteractionContextType                `json:"context"`
	AuthorizingIntegrationOwners map[discordgo.ApplicationIntegrationType]string `json:"authorizing_integration_owners"`
	Token                        string                                          `json:"token"`
	Version                      int                                             `json:"version"`
	Entitlements                 []*discordgo.Entitlement                        `json:"entitlements"`
}

// wireData is the union of the data of every interaction type, so that one
// pass decodes it whatever the type; toInteraction picks the right fields.
type wireData struct {
	// Application commands and autocomplete. The id is the command's
	// snowflake (a string) there, but a component's number in a button's
	// data, so it is kept raw.
	ID          json.RawMessage                                      `json:"id"`
	Name        string                                               `json:"name"`
	CommandType discordgo.ApplicationCommandType                     `json:"type"`
	Resolved    json.RawMessage                                      `json:"resolved"`
	Options     []*discordgo.ApplicationCommandInteractionDataOption `json:"options"`
	TargetID    string                                               `json:"target_id"`
	// Message components and modal submits.
	CustomID      string                  `json:"custom_id"`
	ComponentType discordgo.ComponentType `json:"component_type"`
	Values        []string                `json:"values"`
	Components    json.RawMessage         `json:"components"`
}

// decodeInteraction decodes a verified request body.
func referenceDecode(body []byte) (*discordgo.Interaction, error) {
	var w wireInteraction
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, err
	}
	i := &discordgo.Interaction{
		ID: w.ID, AppID: w.AppID, Type: w.Type, GuildID: w.GuildID, ChannelID: w.ChannelID,
		AppPermissions: w.AppPermissions, Member: w.Member, User: w.User, Locale: w.Locale, GuildLocale: w.GuildLocale,
		Context: w.Context, AuthorizingIntegrationOwners: w.AuthorizingIntegrationOwners,
		Token: w.Token, Version: w.Version, Entitlements: w.Entitlements,
	}
	d := w.Data
	if d == nil {
		d = &wireData{}
	}
	switch w.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data := discordgo.ApplicationCommandInteractionData{
			ID: rawString(d.ID), Name: d.Name, CommandType: d.CommandType, Options: d.Options, TargetID: d.TargetID,
		}
		if len(d.Resolved) > 0 && string(d.Resolved) != "null" {
			// Users and messages of context-menu commands: rare, so decoded
			// only when present.
			data.Resolved = new(discordgo.ApplicationCommandInteractionDataResolved)
			if err := json.Unmarshal(d.Resolved, data.Resolved); err != nil {
				return nil, fmt.Errorf("data.resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionMessageComponent:
		data := discordgo.MessageComponentInteractionData{CustomID: d.CustomID, ComponentType: d.ComponentType, Values: d.Values}
		if len(d.Resolved) > 0 && string(d.Resolved) != "null" {
			if err := json.Unmarshal(d.Resolved, &data.Resolved); err != nil {
				return nil, fmt.Errorf("data.resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionModalSubmit:
		data := discordgo.ModalSubmitInteractionData{CustomID: d.CustomID}
		if len(d.Components) > 0 {
			// discordgo knows how to decode the component interfaces.
			raw, _ := json.Marshal(map[string]json.RawMessage{"custom_id": json.RawMessage(`""`), "components": d.Components})
			if err := json.Unmarshal(raw, &data); err != nil {
				return nil, fmt.Errorf("data.components: %w", err)
			}
			data.CustomID = d.CustomID
		}
		i.Data = data
	}
	return i, nil
}

// rawString returns a JSON string's value, or "" for anything else.
func rawString(raw json.RawMessage) string {
	var s string
	if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}
