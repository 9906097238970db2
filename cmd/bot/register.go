package main

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
)

// registerTimeout bounds the whole registration: two REST calls at most.
const registerTimeout = 30 * time.Second

// runRegister is bot register: it replaces the application's slash commands
// with the command table in one bulk overwrite and exits. HTTP-only
// deployments need it, since without a gateway session nothing registers
// the commands at start-up; it is also how a command change is published
// without restarting the bot. With --clear-guild GUILD_ID it instead
// overwrites that guild's commands with none: after moving from guild
// (development) to global commands, the guild copies would otherwise show
// twice in that server.
func runRegister(ctx context.Context, e *env, args []string) error {
	fs, dir := newFlags(e, "register")
	clearGuild := fs.String("clear-guild", "", "remove every command the application has in this guild (`GUILD_ID`) instead of registering")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("register takes no arguments: it is configured by the environment and .env (see 'bot help register')")
	}
	if *clearGuild != "" && !commands.IsSnowflake(*clearGuild) {
		return usagef("register: --clear-guild %q must be a numeric Discord guild id", *clearGuild)
	}
	getenv, err := withDotEnv(e.lookupenv, ".env")
	if err != nil {
		return err
	}
	cfg, err := parseConfig(getenv, needs{token: true})
	if err != nil {
		return err
	}
	// The command definitions come from the table; the fact base is loaded
	// because the table is built over it, and loading it also proves it is
	// sound before anything is published. Clearing publishes nothing.
	var bot *commands.Bot
	if *clearGuild == "" {
		base, err := loadBase(*dir)
		if err != nil {
			return err
		}
		// With a store, serve adds /report; registering it here too keeps
		// an HTTP-only deployment's commands the same as the gateway's. Its
		// handler never runs in register.
		bot = commands.New(base, storeCommands(cfg, nil, nil)...)
	}

	discordapi.SetBaseURL(cfg.APIURL)
	s, err := discordgo.New("Bot " + cfg.Token)
	if err != nil {
		return fmt.Errorf("discord session: %w", err)
	}
	s.Client = &http.Client{Timeout: registerTimeout}
	ctx, cancel := context.WithTimeout(ctx, registerTimeout)
	defer cancel()

	appID := cfg.AppID
	if appID == "" {
		// s.Application takes no context, so the request is made directly.
		raw, err := s.Request(http.MethodGet, discordgo.EndpointOAuth2Application("@me"), nil, discordgo.WithContext(ctx))
		var app discordgo.Application
		if err == nil {
			err = json.Unmarshal(raw, &app)
		}
		if err == nil && app.ID == "" {
			err = errors.New("no id in the answer")
		}
		if err != nil {
			return fmt.Errorf("look up the application (set DISCORD_APPLICATION_ID to skip this): %w", err)
		}
		appID = app.ID
	}
	if *clearGuild != "" {
		// An empty list, not nil: nil would be sent as null, which
		// Discord rejects.
		if _, err := s.ApplicationCommandBulkOverwrite(appID, *clearGuild, []*discordgo.ApplicationCommand{}, discordgo.WithContext(ctx)); err != nil {
			return fmt.Errorf("clear the commands in guild %s: %w", *clearGuild, err)
		}
		fmt.Fprintf(e.stdout, "removed every command of application %s in guild %s; its global commands are unchanged\n", appID, *clearGuild)
		return nil
	}
	n, err := bot.Register(ctx, s, appID, cfg.GuildID)
	if err != nil {
		return err
	}
	if cfg.GuildID != "" {
		fmt.Fprintf(e.stdout, "registered %d commands in guild %s for application %s\n", n, cfg.GuildID, appID)
	} else {
		fmt.Fprintf(e.stdout, "registered %d commands globally for application %s (Discord clients can take up to an hour to show changes to global commands)\n", n, appID)
	}
	fmt.Fprintf(e.stdout, "invite the bot with %s\n", commands.InviteURL(appID))
	return nil
}
