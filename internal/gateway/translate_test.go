package gateway

import (
	"reflect"
	"strings"
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
	const role = "777" // the bot's managed role in guild g
	answer := &discordgo.Message{ID: "a", Author: self, Components: []discordgo.MessageComponent{
		&discordgo.ActionsRow{Components: []discordgo.MessageComponent{
			&discordgo.Button{CustomID: "quotes:mark-porter"}, &discordgo.Button{CustomID: "fb:up:mark-porter"},
			&discordgo.Button{URL: "https://example.com"}, // a link button has no custom id
		}},
		discordgo.ActionsRow{Components: []discordgo.MessageComponent{discordgo.Button{CustomID: "fact:bma"}}},
	}}
	others := &discordgo.Message{ID: "o", Author: user, Components: answer.Components}
	reply := func(to *discordgo.Message, typ discordgo.MessageReferenceType) *discordgo.Message {
		return &discordgo.Message{GuildID: "g", Author: user, Content: "what did he say?", Mentions: []*discordgo.User{self},
			Type: discordgo.MessageTypeReply, MessageReference: &discordgo.MessageReference{Type: typ, MessageID: to.ID}, ReferencedMessage: to}
	}
	for _, tc := range []struct {
		name      string
		m         *discordgo.Message
		ok        bool
		text      string
		repliedTo []string
	}{
		{"DM", &discordgo.Message{ID: "m", Author: user, Content: " who is mark porter "}, true, "who is mark porter", nil},
		{"mention", &discordgo.Message{GuildID: "g", Author: user, Content: "<@99> when was it?", Mentions: []*discordgo.User{self}}, true, "when was it?", nil},
		{"nickname mention, others kept", &discordgo.Message{GuildID: "g", Author: user, Content: "<@!99> ask <@5>"}, true, "ask <@5>", nil},
		{"only the mention", &discordgo.Message{GuildID: "g", Author: user, Content: "<@99>"}, true, "", nil},
		{"the bot's role", &discordgo.Message{GuildID: "g", Author: user, Content: "<@&777> who is mark porter?", MentionRoles: []string{role}}, true, "who is mark porter?", nil},
		{"another role", &discordgo.Message{GuildID: "g", Author: user, Content: "<@&778> who is mark porter?", MentionRoles: []string{"778"}}, false, "", nil},
		{"a role with the bot's user id", &discordgo.Message{GuildID: "g", Author: user, Content: "<@&99> hi", MentionRoles: []string{"99"}}, false, "", nil},
		{"the bot and its role", &discordgo.Message{GuildID: "g", Author: user, Content: "<@99> <@&777> <@&778> hi", Mentions: []*discordgo.User{self}, MentionRoles: []string{role, "778"}}, true, "<@&778> hi", nil},
		{"guild without mention", &discordgo.Message{GuildID: "g", Author: user, Content: "who is mark porter"}, false, "", nil},
		{"reply to the bot's answer", reply(answer, discordgo.MessageReferenceTypeDefault), true, "what did he say?",
			[]string{"quotes:mark-porter", "fb:up:mark-porter", "fact:bma"}},
		{"reply to someone else", reply(others, discordgo.MessageReferenceTypeDefault), true, "what did he say?", nil},
		{"forward of the bot's answer", reply(answer, discordgo.MessageReferenceTypeForward), true, "what did he say?", nil},
		{"from a bot", &discordgo.Message{Author: &discordgo.User{ID: "b", Bot: true}, Content: "hi"}, false, "", nil},
		{"own", &discordgo.Message{Author: self, Content: "hi"}, false, "", nil},
		{"webhook", &discordgo.Message{Author: user, WebhookID: "w", Content: "hi"}, false, "", nil},
		{"empty", &discordgo.Message{Author: user, Content: "  "}, false, "", nil},
		{"no author", &discordgo.Message{Content: "hi"}, false, "", nil},
		{"nil", nil, false, "", nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req, ok := messageRequest(tc.m, self, role)
			if ok != tc.ok || req.Text != tc.text {
				t.Fatalf("ok %v text %q, want %v %q", ok, req.Text, tc.ok, tc.text)
			}
			if ok && (req.Kind != commands.KindMessage || req.UserID != "u1" || req.GuildID != tc.m.GuildID) {
				t.Errorf("request %+v", req)
			}
			if !reflect.DeepEqual(req.RepliedTo, tc.repliedTo) {
				t.Errorf("RepliedTo %q, want %q", req.RepliedTo, tc.repliedTo)
			}
		})
	}
	// Without a known role, a role mention is not a mention.
	if _, ok := messageRequest(&discordgo.Message{GuildID: "g", Author: user, Content: "<@&777> hi", MentionRoles: []string{role}}, self, ""); ok {
		t.Error("a role mention answered with no role known")
	}
}

// FuzzMessageRequest: whatever a message says, a translated request never
// keeps the bot's own mentions, by name or by role, and a guild message is
// answered only if it mentions the bot.
func FuzzMessageRequest(f *testing.F) {
	for _, seed := range []string{"<@99> hi", "<@&777> who?", "<@!99><@&777><@&778>", "<@<@99>99>", "<@&<@&777>777>", ""} {
		f.Add(seed, true)
		f.Add(seed, false)
	}
	self := &discordgo.User{ID: "99"}
	f.Fuzz(func(t *testing.T, content string, roleMentioned bool) {
		m := &discordgo.Message{GuildID: "g", Author: &discordgo.User{ID: "u1"}, Content: content}
		if roleMentioned {
			m.MentionRoles = []string{"777"}
		}
		req, ok := messageRequest(m, self, "777")
		if !ok {
			return
		}
		if !roleMentioned && !strings.Contains(content, "<@99>") && !strings.Contains(content, "<@!99>") {
			t.Fatalf("%q answered without a mention", content)
		}
		for _, sm := range mention.FindAllStringSubmatch(req.Text, -1) {
			if sm[1] != "&" && sm[2] == "99" || sm[1] == "&" && sm[2] == "777" {
				t.Fatalf("%q kept the bot's mention: %q", content, req.Text)
			}
		}
	})
}
