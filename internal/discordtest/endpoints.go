package discordtest

import (
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// UseEndpoints points discordgo's package-level endpoint variables at
// apiURL (e.g. s.APIURL(), "http://127.0.0.1:PORT") and restores the previous
// values when t ends. discordgo builds the static endpoint strings once, at
// package initialisation, from EndpointDiscord and EndpointAPI, so each of
// them must be reassigned; the endpoint functions (EndpointChannelMessages …)
// read these variables when called and need no change. Tests that use it must
// not run in parallel with other discordgo users.
func UseEndpoints(t testing.TB, apiURL string) {
	t.Helper()
	restore := SetEndpoints(apiURL)
	t.Cleanup(restore)
}

// SetEndpoints reassigns every static discordgo endpoint variable derived from
// EndpointDiscord so that REST calls go to apiURL, and returns a function that
// restores the previous values. Prefer UseEndpoints in tests.
func SetEndpoints(apiURL string) (restore func()) {
	vars := []*string{
		&discordgo.EndpointDiscord, &discordgo.EndpointAPI, &discordgo.EndpointGuilds,
		&discordgo.EndpointChannels, &discordgo.EndpointUsers, &discordgo.EndpointGateway,
		&discordgo.EndpointGatewayBot, &discordgo.EndpointWebhooks, &discordgo.EndpointStickers,
		&discordgo.EndpointStageInstances, &discordgo.EndpointSKUs, &discordgo.EndpointVoice,
		&discordgo.EndpointVoiceRegions, &discordgo.EndpointNitroStickersPacks,
		&discordgo.EndpointGuildCreate, &discordgo.EndpointApplications, &discordgo.EndpointOAuth2,
		&discordgo.EndpointOAuth2Applications, &discordgo.EndpointOauth2, &discordgo.EndpointOauth2Applications,
	}
	saved := make([]string, len(vars))
	for i, v := range vars {
		saved[i] = *v
	}

	base := strings.TrimSuffix(apiURL, "/") + "/"
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
	discordgo.EndpointOauth2 = discordgo.EndpointOAuth2
	discordgo.EndpointOauth2Applications = discordgo.EndpointOAuth2Applications

	return func() {
		for i, v := range vars {
			*v = saved[i]
		}
	}
}
