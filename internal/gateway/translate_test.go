package gateway

import (
	"reflect"
	"testing"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
)

func TestInteractionRequest(t *testing.T) {
	member := &discordgo.Member{User: &discordgo.User{ID: "u1"}}
	opt := func(name string, v any, focused bool) *discordgo.ApplicationCommandInteractionDataOption {
		return &discordgo.ApplicationCommandInteractionDataOption{Name: name, Value: v, Focused: focused}
	}
	for _, tc := range []struct {
		name string
		in   *discordgo.Interaction
		want commands.Request
	}{
		{"command in a guild", &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand, Member: member,
			GuildID: "g", ChannelID: "c", Locale: discordgo.EnglishGB, Context: discordgo.InteractionContextGuild,
			Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("name", "Mark Porter", false), nil, opt("n", float64(3), false), opt("empty", nil, false)}}},
			commands.Request{Kind: commands.KindCommand, ID: "1", Command: "who", Options: map[string]string{"name": "Mark Porter", "n": "3"},
				UserID: "u1", ChannelID: "c", GuildID: "g", Locale: "en-GB", Context: "guild"}},
		{"autocomplete in a DM", &discordgo.Interaction{ID: "2", Type: discordgo.InteractionApplicationCommandAutocomplete, User: &discordgo.User{ID: "u2"},
			Context: discordgo.InteractionContextBotDM,
			Data:    discordgo.ApplicationCommandInteractionData{Name: "who", Options: []*discordgo.ApplicationCommandInteractionDataOption{opt("name", "por", true)}}},
			commands.Request{Kind: commands.KindAutocomplete, ID: "2", Command: "who", Focused: "name", Options: map[string]string{"name": "por"}, UserID: "u2", Context: "bot_dm"}},
		{"button", &discordgo.Interaction{ID: "3", Type: discordgo.InteractionMessageComponent, Member: member, Context: discordgo.InteractionContextPrivateChannel,
			Data: discordgo.MessageComponentInteractionData{CustomID: "quotes:mark-porter"}},
			commands.Request{Kind: commands.KindComponent, ID: "3", CustomID: "quotes:mark-porter", UserID: "u1", Context: "private_channel"}},
		{"message command", &discordgo.Interaction{ID: "5", Type: discordgo.InteractionApplicationCommand, Member: member, Context: discordgo.InteractionContextGuild,
			Data: discordgo.ApplicationCommandInteractionData{Name: commands.CheckCommand, CommandType: discordgo.MessageApplicationCommand, TargetID: "m1",
				Resolved: &discordgo.ApplicationCommandInteractionDataResolved{Messages: map[string]*discordgo.Message{"m1": {ID: "m1", Content: "the BMA wants 35%"}}}}},
			commands.Request{Kind: commands.KindCommand, ID: "5", Command: commands.CheckCommand, Options: map[string]string{},
				TargetID: "m1", TargetText: "the BMA wants 35%", UserID: "u1", Context: "guild"}},
		{"message command without its message", &discordgo.Interaction{ID: "6", Type: discordgo.InteractionApplicationCommand, Member: member,
			Data: discordgo.ApplicationCommandInteractionData{Name: commands.CheckCommand, CommandType: discordgo.MessageApplicationCommand, TargetID: "m1"}},
			commands.Request{Kind: commands.KindCommand, ID: "6", Command: commands.CheckCommand, Options: map[string]string{}, TargetID: "m1", UserID: "u1", Context: "guild"}},
		{"modal submit", &discordgo.Interaction{ID: "4", Type: discordgo.InteractionModalSubmit, Context: 7, Data: discordgo.ModalSubmitInteractionData{CustomID: "x"}},
			commands.Request{Kind: commands.KindUnknown, ID: "4"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := interactionRequest(tc.in); !reflect.DeepEqual(got, tc.want) {
				t.Errorf("got  %+v\nwant %+v", got, tc.want)
			}
		})
	}
}

func TestMessageRequest(t *testing.T) {
	self := &discordgo.User{ID: "99"}
	user := &discordgo.User{ID: "u1"}
	for _, tc := range []struct {
		name string
		m    *discordgo.Message
		ok   bool
		text string
	}{
		{"DM", &discordgo.Message{ID: "m", Author: user, Content: " who is mark porter "}, true, "who is mark porter"},
		{"mention", &discordgo.Message{GuildID: "g", Author: user, Content: "<@99> when was it?", Mentions: []*discordgo.User{self}}, true, "when was it?"},
		{"nickname mention, others kept", &discordgo.Message{GuildID: "g", Author: user, Content: "<@!99> ask <@5>"}, true, "ask <@5>"},
		{"only the mention", &discordgo.Message{GuildID: "g", Author: user, Content: "<@99>"}, true, ""},
		{"guild without mention", &discordgo.Message{GuildID: "g", Author: user, Content: "who is mark porter"}, false, ""},
		{"from a bot", &discordgo.Message{Author: &discordgo.User{ID: "b", Bot: true}, Content: "hi"}, false, ""},
		{"own", &discordgo.Message{Author: self, Content: "hi"}, false, ""},
		{"webhook", &discordgo.Message{Author: user, WebhookID: "w", Content: "hi"}, false, ""},
		{"empty", &discordgo.Message{Author: user, Content: "  "}, false, ""},
		{"no author", &discordgo.Message{Content: "hi"}, false, ""},
		{"nil", nil, false, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, ok := messageRequest(tc.m, self)
			if ok != tc.ok || req.Text != tc.text {
				t.Fatalf("ok %v text %q, want %v %q", ok, req.Text, tc.ok, tc.text)
			}
			if ok && (req.Kind != commands.KindMessage || req.UserID != "u1" || req.GuildID != tc.m.GuildID) {
				t.Errorf("request %+v", req)
			}
		})
	}
}
