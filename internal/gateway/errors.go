package gateway

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
	"github.com/gorilla/websocket"
)

// ErrTokenRejected means Discord refused the bot token: the gateway closed
// with 4004 "Authentication failed", or the REST API answered 401. Retrying
// cannot help and every IDENTIFY counts against the 1000 logins a day, so
// the gateway stops instead.
var ErrTokenRejected = errors.New("the bot token was rejected by Discord")

// tokenHelp is appended to ErrTokenRejected so an operator knows what to do.
const tokenHelp = "reset the token on the Bot page of https://discord.com/developers/applications and set DISCORD_TOKEN; " +
	"not retrying, so as not to burn the daily login limit"

// SessionLimitError means Discord's session start limit (GET /gateway/bot's
// session_start_limit) is used up: another IDENTIFY would be refused, and
// trying anyway is what gets a token reset.
type SessionLimitError struct {
	Total      int           // logins allowed per period
	ResetAfter time.Duration // until the limit resets (reset_after)
}

func (e *SessionLimitError) Error() string {
	return fmt.Sprintf("gateway session start limit used up (0 of %d logins left); it resets in %s (session_start_limit.reset_after): not connecting until then",
		e.Total, e.ResetAfter.Round(time.Second))
}

// Gateway close codes after which Discord does not let a client reconnect
// with the same settings: reconnecting would fail the same way, forever.
var fatalCloseCodes = map[int]string{
	4010: "invalid shard: SHARD_ID must be below SHARD_COUNT",
	4011: "sharding required: this bot is in too many guilds for one session; set SHARD_COUNT (or SHARD_COUNT=auto) and run one process per shard",
	4012: "invalid API version",
	4013: "invalid intents",
	4014: "disallowed intents: a privileged intent was requested that the application is not approved for",
}

// classify turns an error from opening the gateway (or from the REST calls
// around it) into a fatal error, or nil if reconnecting may help.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var ce *websocket.CloseError
	if errors.As(err, &ce) {
		if ce.Code == 4004 {
			return fmt.Errorf("%w (gateway closed the connection with 4004 Authentication failed): %s", ErrTokenRejected, tokenHelp)
		}
		if why, ok := fatalCloseCodes[ce.Code]; ok {
			return fmt.Errorf("gateway closed the connection with %d: %s", ce.Code, why)
		}
		return nil
	}
	var re *discordgo.RESTError
	if errors.As(err, &re) && re.Response != nil {
		switch re.Response.StatusCode {
		case http.StatusUnauthorized:
			return fmt.Errorf("%w (REST API answered 401 Unauthorized): %s", ErrTokenRejected, tokenHelp)
		case http.StatusForbidden:
			return fmt.Errorf("REST API answered 403 Forbidden to %s: the token lacks access", re.Request.URL.Path)
		}
	}
	if errors.Is(err, discordgo.ErrWSShardBounds) {
		return err
	}
	return nil
}

// retryable reports whether a REST failure may pass: a server error, a rate
// limit (a *discordgo.RateLimitError, waited out by discordapi.Backoff), or
// no answer at all. Another 4xx (a bad token, a missing scope, a rejected
// command) will fail the same way again.
func retryable(err error) bool {
	var rest *discordgo.RESTError
	if errors.As(err, &rest) && rest.Response != nil {
		return rest.Response.StatusCode >= 500
	}
	return !errors.Is(err, context.Canceled)
}
