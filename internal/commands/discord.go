package commands

import (
	"context"
	"fmt"
	"net/url"

	"github.com/bwmarrin/discordgo"
)

// ApplicationCommands turns the command table into Discord's command
// definitions, for one bulk overwrite at start-up or by bot register. Every
// command works in servers, in DMs with the bot and in private channels,
// installed to a server or to a user.
func (b *Bot) ApplicationCommands() []*discordgo.ApplicationCommand {
	contexts := []discordgo.InteractionContextType{
		discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM, discordgo.InteractionContextPrivateChannel,
	}
	installs := []discordgo.ApplicationIntegrationType{
		discordgo.ApplicationIntegrationGuildInstall, discordgo.ApplicationIntegrationUserInstall,
	}
	guildOnly := []discordgo.InteractionContextType{discordgo.InteractionContextGuild}
	guildInstall := []discordgo.ApplicationIntegrationType{discordgo.ApplicationIntegrationGuildInstall}
	manageServer := int64(discordgo.PermissionManageGuild)
	out := make([]*discordgo.ApplicationCommand, 0, len(b.commands))
	for _, c := range b.commands {
		ac := &discordgo.ApplicationCommand{
			Type:             discordgo.ChatApplicationCommand,
			Name:             c.Name,
			Description:      c.Description,
			Contexts:         &contexts,
			IntegrationTypes: &installs,
		}
		if c.Type == MessageCommand {
			// Discord requires an empty description for message commands.
			ac.Type, ac.Description = discordgo.MessageApplicationCommand, ""
		}
		if c.ManagerOnly {
			ac.Contexts, ac.IntegrationTypes = &guildOnly, &guildInstall
			ac.DefaultMemberPermissions = &manageServer
		}
		for _, o := range c.Options {
			ac.Options = append(ac.Options, &discordgo.ApplicationCommandOption{
				Type:         discordgo.ApplicationCommandOptionString,
				Name:         o.Name,
				Description:  o.Description,
				Required:     o.Required,
				Autocomplete: o.Complete != "",
				MaxLength:    o.MaxLength,
			})
		}
		out = append(out, ac)
	}
	return out
}

// Registrar is the part of *discordgo.Session that registers commands; tests
// pass a fake.
type Registrar interface {
	ApplicationCommandBulkOverwrite(appID, guildID string, cmds []*discordgo.ApplicationCommand, options ...discordgo.RequestOption) ([]*discordgo.ApplicationCommand, error)
}

// Register replaces the application's commands with the table's in one
// bulk overwrite: in one guild when guildID is set (instant, for
// development), otherwise globally.
func (b *Bot) Register(ctx context.Context, r Registrar, appID, guildID string) (int, error) {
	cmds, err := r.ApplicationCommandBulkOverwrite(appID, guildID, b.ApplicationCommands(), discordgo.WithContext(ctx))
	if err != nil {
		where := "globally"
		if guildID != "" {
			where = "in guild " + guildID
		}
		return 0, fmt.Errorf("register %d commands %s: %w", len(b.commands), where, err)
	}
	return len(cmds), nil
}

// InvitePermissions are what the bot needs in a channel: view it, send
// messages, embed links, read message history (to reply to a question) and
// send messages in threads.
const InvitePermissions = discordgo.PermissionViewChannel | discordgo.PermissionSendMessages |
	discordgo.PermissionEmbedLinks | discordgo.PermissionReadMessageHistory | discordgo.PermissionSendMessagesInThreads

// InviteURL is the link that adds the bot to a server with the scopes and
// permissions it needs.
func InviteURL(appID string) string {
	v := url.Values{}
	v.Set("client_id", appID)
	v.Set("scope", "bot applications.commands")
	v.Set("permissions", fmt.Sprint(InvitePermissions))
	return "https://discord.com/oauth2/authorize?" + v.Encode()
}
