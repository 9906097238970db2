package gateway

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
)

// This file is the gateway's one translation from discordgo's types into
// the pipeline's own: everything Discord-shaped stops here.

// interactionRequest translates an interaction into the pipeline's request.
func interactionRequest(i *discordgo.Interaction) commands.Request {
	req := commands.Request{
		ID: i.ID, UserID: userID(i), ChannelID: i.ChannelID, GuildID: i.GuildID,
		Locale: string(i.Locale), Context: contextName(i.Context),
	}
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		req.Kind = commands.KindCommand
		if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
			req.Kind = commands.KindAutocomplete
		}
		data, ok := i.Data.(discordgo.ApplicationCommandInteractionData)
		if !ok {
			req.Kind = commands.KindUnknown
			break
		}
		req.Command = data.Name
		if data.CommandType == discordgo.MessageApplicationCommand {
			// A message command: the message it was run on.
			req.TargetID = data.TargetID
			if data.Resolved != nil {
				if m := data.Resolved.Messages[data.TargetID]; m != nil {
					req.TargetText = m.Content
				}
			}
		}
		req.Options = make(map[string]string, len(data.Options))
		for _, o := range data.Options {
			if o == nil || o.Value == nil {
				continue
			}
			if s, ok := o.Value.(string); ok {
				req.Options[o.Name] = s
			} else {
				req.Options[o.Name] = fmt.Sprint(o.Value)
			}
			if o.Focused {
				req.Focused = o.Name
			}
		}
	case discordgo.InteractionMessageComponent:
		req.Kind = commands.KindComponent
		if data, ok := i.Data.(discordgo.MessageComponentInteractionData); ok {
			req.CustomID = data.CustomID
		}
	}
	return req
}

// userID returns who made an interaction: Member is set in guilds, User in DMs.
func userID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// contextName names Discord's interaction context as commands.Request does.
func contextName(c discordgo.InteractionContextType) string {
	switch c {
	case discordgo.InteractionContextGuild:
		return "guild"
	case discordgo.InteractionContextBotDM:
		return "bot_dm"
	case discordgo.InteractionContextPrivateChannel:
		return "private_channel"
	}
	return ""
}

// mention matches a user mention, <@123> or <@!123>, and a role mention,
// <@&123>.
var mention = regexp.MustCompile(`<@([!&]?)(\d+)>`)

// messageRequest translates a message into the pipeline's request. It
// reports false when the bot should stay silent: the message is the bot's
// own, from another bot or a webhook, empty, or a channel message that does
// not mention the bot, neither by name nor by its managed role (botRole, ""
// when unknown). The bot's own mentions are removed from the text. A reply
// to one of the bot's messages carries that message's custom ids, from
// which the pipeline recovers what it was about.
func messageRequest(m *discordgo.Message, self *discordgo.User, botRole string) (commands.Request, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || (self != nil && m.Author.ID == self.ID) {
		return commands.Request{}, false
	}
	if strings.TrimSpace(m.Content) == "" {
		return commands.Request{}, false
	}
	if m.GuildID != "" && !mentions(m, self, botRole) {
		return commands.Request{}, false
	}
	text := m.Content
	if self != nil {
		text = mention.ReplaceAllStringFunc(text, func(s string) string {
			sm := mention.FindStringSubmatch(s)
			if sm[1] != "&" && sm[2] == self.ID || sm[1] == "&" && botRole != "" && sm[2] == botRole {
				return " "
			}
			return s
		})
	}
	return commands.Request{
		Kind: commands.KindMessage, ID: m.ID, Text: strings.TrimSpace(text),
		RepliedTo: repliedTo(m, self),
		UserID:    m.Author.ID, ChannelID: m.ChannelID, GuildID: m.GuildID,
	}, true
}

// mentions reports whether m mentions the bot, or its managed role.
func mentions(m *discordgo.Message, self *discordgo.User, botRole string) bool {
	if self == nil {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == self.ID {
			return true
		}
	}
	if botRole != "" && slices.Contains(m.MentionRoles, botRole) {
		return true
	}
	return strings.Contains(m.Content, "<@"+self.ID+">") || strings.Contains(m.Content, "<@!"+self.ID+">")
}

// repliedTo returns the custom ids of the buttons on the message m replies
// to, if the bot wrote it; nil otherwise. A forward is not a reply.
func repliedTo(m *discordgo.Message, self *discordgo.User) []string {
	ref := m.ReferencedMessage
	if ref == nil || self == nil || ref.Author == nil || ref.Author.ID != self.ID ||
		m.MessageReference != nil && m.MessageReference.Type != discordgo.MessageReferenceTypeDefault {
		return nil
	}
	var ids []string
	var walk func(cs []discordgo.MessageComponent)
	walk = func(cs []discordgo.MessageComponent) {
		for _, c := range cs {
			switch c := c.(type) {
			case *discordgo.ActionsRow:
				walk(c.Components)
			case discordgo.ActionsRow:
				walk(c.Components)
			case *discordgo.Button:
				if c.CustomID != "" {
					ids = append(ids, c.CustomID)
				}
			case discordgo.Button:
				if c.CustomID != "" {
					ids = append(ids, c.CustomID)
				}
			}
		}
	}
	walk(ref.Components)
	return ids
}
