package discordtest

import (
	"testing"

	"github.com/strikebot/strikebot/internal/discordapi"
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
	return discordapi.SetBaseURL(apiURL)
}
