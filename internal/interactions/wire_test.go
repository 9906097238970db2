package interactions

import (
	"encoding/json"
	"reflect"
	"testing"

	"github.com/bwmarrin/discordgo"
	"github.com/go-json-experiment/json/jsontext"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
)

// TestWireRecorded decodes Discord's recorded interactions into the
// pipeline's request: what the gateway's translation gives for the same
// payload decoded by discordgo.
func TestWireRecorded(t *testing.T) {
	fake := discordtest.New(t)
	for name, want := range map[string]commands.Request{
		discordtest.InteractionWho: {Kind: commands.KindCommand, Command: "who", Options: map[string]string{"name": "Jeremy Hunt"},
			ChannelID: discordtest.FixtureChannelID, GuildID: discordtest.FixtureGuildID, Context: "guild"},
		discordtest.InteractionWhoDM:           {Kind: commands.KindCommand, Command: "who", Options: map[string]string{"name": "Jeremy Hunt"}, Context: "bot_dm"},
		discordtest.InteractionAutocompleteWho: {Kind: commands.KindAutocomplete, Command: "who", Focused: "name", Options: map[string]string{"name": "Jer"}, Context: "guild"},
		discordtest.InteractionButton:          {Kind: commands.KindComponent, CustomID: "fact:jeremy-hunt", Context: "guild"},
		discordtest.InteractionMessageCommand: {Kind: commands.KindCommand, Command: commands.CheckCommand, Options: map[string]string{},
			TargetID: "1180470911137366097", TargetText: "apparently the BMA wants 35% lol",
			ChannelID: discordtest.FixtureChannelID, GuildID: discordtest.FixtureGuildID, Context: "guild"},
	} {
		t.Run(name, func(t *testing.T) {
			body, err := json.Marshal(fake.Fixture(name))
			if err != nil {
				t.Fatal(err)
			}
			var in interaction
			if err := unmarshal(body, &in); err != nil {
				t.Fatal(err)
			}
			if err := in.validate(); err != nil {
				t.Fatal(err)
			}
			var dg discordgo.Interaction
			if err := json.Unmarshal(body, &dg); err != nil {
				t.Fatal(err)
			}
			got := in.request()
			if got.ID != dg.ID || got.ID == "" || got.UserID == "" || in.Token != dg.Token || in.AppID != dg.AppID || got.Locale != string(dg.Locale) {
				t.Errorf("identity: got id %q user %q locale %q, discordgo id %q locale %q", got.ID, got.UserID, got.Locale, dg.ID, dg.Locale)
			}
			// The fields the fixture fixes; identity is checked above.
			got.ID, got.UserID, got.Locale = "", "", ""
			if want.ChannelID == "" {
				got.ChannelID, got.GuildID = "", ""
			}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("got  %+v\nwant %+v", got, want)
			}
		})
	}
}

func TestOptionValue(t *testing.T) {
	for raw, want := range map[string]string{`"Mark \"P\""`: `Mark "P"`, `3`: "3", `2.5`: "2.5", `true`: "true", `""`: ""} {
		if got, ok := optionValue(jsontext.Value(raw)); !ok || got != want {
			t.Errorf("optionValue(%s) = %q, %v; want %q", raw, got, ok, want)
		}
	}
	for _, raw := range []string{"", "null"} {
		if _, ok := optionValue(jsontext.Value(raw)); ok {
			t.Errorf("optionValue(%q) reported a value", raw)
		}
	}
}

// FuzzWire: any body either fails to decode or validate, or becomes a
// request without panicking.
func FuzzWire(f *testing.F) {
	f.Add([]byte(`{"id":"1","application_id":"2","type":2,"token":"t","member":{"user":{"id":"3"}},"context":0,` +
		`"data":{"name":"who","options":[{"name":"name","type":3,"value":"Jeremy Hunt"}]}}`))
	f.Add([]byte(`{"id":"1","type":4,"user":{"id":"3"},"data":{"name":"who","options":[{"name":"name","value":"Jer","focused":true}]}}`))
	f.Add([]byte(`{"id":"1","type":3,"data":{"custom_id":"fact:jeremy-hunt","component_type":2},"message":{"embeds":[]}}`))
	f.Add([]byte(`{"type":2,"id":"1","data":{"options":[{"name":"a","value":null},{"value":{"x":1}}]}}`))
	f.Fuzz(func(t *testing.T, body []byte) {
		var in interaction
		if unmarshal(body, &in) != nil || in.validate() != nil {
			return
		}
		req := in.request()
		if in.Type == typeCommand && req.Kind != commands.KindCommand {
			t.Errorf("type 2 became kind %v", req.Kind)
		}
	})
}
