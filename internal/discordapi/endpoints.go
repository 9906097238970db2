// Package discordapi points discordgo's REST endpoints at a base URL: Discord
// itself, a REST proxy such as nirn-proxy, or the fake Discord the tests run.
//
// It is the one place strikebot writes process globals, and it cannot be
// avoided: discordgo keeps its endpoints in package variables, and the
// static ones (EndpointAPI, EndpointGuilds, EndpointGateway …) are built
// from EndpointDiscord once, at package initialisation, so changing
// EndpointDiscord alone changes nothing. Each is rebuilt here exactly as
// discordgo's endpoints.go builds it (including its "api/v9//voice/" quirk);
// the endpoint functions (EndpointChannelMessages …) read these variables on
// every call and follow automatically. The CDN and status-page endpoints are
// left alone: they are not the REST API.
package discordapi

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// vars are the endpoint variables SetBaseURL rewrites, for restoring them.
func vars() []*string {
	return []*string{
		&discordgo.EndpointDiscord, &discordgo.EndpointAPI, &discordgo.EndpointGuilds,
		&discordgo.EndpointChannels, &discordgo.EndpointUsers, &discordgo.EndpointGateway,
		&discordgo.EndpointGatewayBot, &discordgo.EndpointWebhooks, &discordgo.EndpointStickers,
		&discordgo.EndpointStageInstances, &discordgo.EndpointSKUs, &discordgo.EndpointVoice,
		&discordgo.EndpointVoiceRegions, &discordgo.EndpointNitroStickersPacks,
		&discordgo.EndpointGuildCreate, &discordgo.EndpointApplications, &discordgo.EndpointOAuth2,
		&discordgo.EndpointOAuth2Applications, &discordgo.EndpointOauth2, &discordgo.EndpointOauth2Applications,
	}
}

// SetBaseURL points every discordgo REST call at base (scheme and host),
// keeping discordgo's /api/v9/... paths, and returns a function that puts
// the previous values back (for tests).
//
// Call it before any session exists: a session in flight reads these
// variables without synchronisation. Tests in one process that point
// sessions at different servers must therefore run one after another.
func SetBaseURL(base string) (restore func()) {
	vs := vars()
	saved := make([]string, len(vs))
	for i, v := range vs {
		saved[i] = *v
	}
	base = strings.TrimRight(base, "/") + "/"
	api := base + "api/v" + discordgo.APIVersion + "/"

	discordgo.EndpointDiscord = base
	discordgo.EndpointAPI = api
	discordgo.EndpointGuilds = api + "guilds/"
	discordgo.EndpointChannels = api + "channels/"
	discordgo.EndpointUsers = api + "users/"
	discordgo.EndpointGateway = api + "gateway"
	discordgo.EndpointGatewayBot = discordgo.EndpointGateway + "/bot"
	discordgo.EndpointWebhooks = api + "webhooks/"
	discordgo.EndpointStickers = api + "stickers/"
	discordgo.EndpointStageInstances = api + "stage-instances"
	discordgo.EndpointSKUs = api + "skus"
	discordgo.EndpointVoice = api + "/voice/"
	discordgo.EndpointVoiceRegions = discordgo.EndpointVoice + "regions"
	discordgo.EndpointNitroStickersPacks = api + "/sticker-packs"
	discordgo.EndpointGuildCreate = api + "guilds"
	discordgo.EndpointApplications = api + "applications"
	discordgo.EndpointOAuth2 = api + "oauth2/"
	discordgo.EndpointOAuth2Applications = discordgo.EndpointOAuth2 + "applications"
	// The deprecated spellings are copies, not aliases, so they need
	// rebuilding too.
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications
	return func() {
		for i, v := range vs {
			*v = saved[i]
		}
	}
}
