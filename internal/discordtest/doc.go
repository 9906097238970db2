// Package discordtest is a fake Discord for strikebot's tests: an HTTP REST
// API and a websocket gateway on 127.0.0.1 that the real discordgo client
// talks to over the real protocols, so that the bot can be tested end to end
// without reaching Discord.
//
// Start one per test with New, point discordgo at it (UseEndpoints, or the
// bot's DISCORD_API_URL set to s.APIURL()), open the bot's session, wait for
// s.WaitReady, then drive the bot with dispatches (Dispatch, SendInteraction,
// SendMessage with the recorded payloads in testdata/fixtures) and observe
// what it does (WaitInteractionResponse, WaitChannelMessage, WaitCommands,
// Requests …). Gateway failures can be simulated with DropConnection,
// SendReconnect, SendInvalidSession, CloseWith and SetHeartbeatAcks(false)
// (a zombie connection); REST failures with FailNext, FailNextRateLimited
// (429 with Discord's body and headers) and FailNextNetwork.
//
// The fake keeps Discord's gateway rules
// (https://discord.com/developers/docs/events/gateway): READY's
// resume_gateway_url is another listener than the URL GET /gateway gives,
// and a RESUME anywhere else fails the test; a client close with 1000 or
// 1001 ends the session, so a later RESUME gets INVALID_SESSION false, as do
// the close codes Discord does not let a client resume after (4009 …). An
// interaction accepts its callback for 3 s from the time in its id
// (WithInteractionDeadline, SnowflakeAt), then answers 404 Unknown
// interaction (10062).
//
// Every REST request the bot makes is checked against Discord's official
// OpenAPI description (testdata/discord-api-spec, from
// github.com/discord/discord-api-spec): the method and path must be an
// operation of the spec and the body must satisfy its request schema. A
// violation fails the test and is answered with Discord's 400 "Invalid Form
// Body". The only relaxation is that permission bit sets (e.g.
// default_member_permissions) may be decimal strings, as Discord documents
// and accepts and as discordgo sends them.
//
// discordgo keeps its endpoints in package variables, so tests using this
// package must not run in parallel with each other.
package discordtest
