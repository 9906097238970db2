package gateway

import "github.com/strikebot/strikebot/internal/discordapi"

// DefaultAPIURL is Discord's own REST API host.
const DefaultAPIURL = "https://discord.com"

// SetAPIURL points every discordgo REST call at base (scheme and host, e.g.
// "https://discord.com", a REST proxy such as nirn-proxy, or a test server),
// keeping discordgo's /api/v9/... paths.
//
// It writes discordgo's package variables (package discordapi says why
// that cannot be avoided). Call it once, before any session exists: a
// session in flight reads these variables without synchronisation. Tests in
// one process that point sessions at different fake servers must therefore
// run one after another, never in parallel.
func SetAPIURL(base string) {
	discordapi.SetBaseURL(base)
}
