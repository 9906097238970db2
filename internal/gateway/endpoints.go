package gateway

import (
	"strings"

	"github.com/bwmarrin/discordgo"
)

// DefaultAPIURL is Discord's own REST API host.
const DefaultAPIURL = "https://discord.com"

// SetAPIURL points every discordgo REST call at base (scheme and host, e.g.
// "https://discord.com", a REST proxy such as nirn-proxy, or a test server),
// keeping discordgo's /api/v9/... paths.
//
// This is the one place strikebot writes process globals, and it cannot be
// avoided: discordgo keeps its endpoints in package variables, and the
// static ones (EndpointAPI, EndpointGuilds, EndpointGateway …) are built
// from EndpointDiscord once, at package initialisation, so changing
// EndpointDiscord alone changes nothing. Each is rebuilt here exactly as
// endpoints.go builds it (including its "api/v9//voice/" quirk); the
// endpoint functions (EndpointChannelMessages …) read these variables on
// every call and follow automatically. The CDN and status-page endpoints
// are left alone: they are not the REST API.
//
// Call it once, before any session exists: a session in flight reads these
// variables without synchronisation. Tests in one process that point
// sessions at different fake servers must therefore run one after another,
// never in parallel.
func SetAPIURL(base string) {
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
}
