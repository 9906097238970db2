package gateway

import (
	"context"
	"fmt"
	"log/slog"
	"sync"
	"sync/atomic"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/discordapi"
)

// discordgo logs its own errors (an event it could not decode, a failed
// heartbeat) through one process-wide hook, discordgo.Logger, or else with
// the standard log package in its own format on stderr, out of step with
// the JSON lines on stdout that operators collect. routeDiscordgoLog points
// the hook at the gateway's logger once per process; the newest gateway's
// logger wins, which matters only to tests, as a process runs one gateway.
var (
	discordgoLog     atomic.Pointer[slog.Logger]
	installDiscordgo sync.Once
)

func routeDiscordgoLog(l *slog.Logger) {
	discordgoLog.Store(l)
	installDiscordgo.Do(func() { discordgo.Logger = logDiscordgo })
}

// logDiscordgo is the discordgo.Logger hook.
func logDiscordgo(level, _ int, format string, args ...any) {
	l := discordgoLog.Load()
	if l == nil {
		return
	}
	// discordgo puts request URLs in its lines ("Rate Limiting <url>"),
	// interaction and webhook tokens included.
	l.Log(context.Background(), discordgoLevel(level), discordapi.Redact(fmt.Sprintf(format, args...)), "component", "discordgo")
}

// discordgoLevel maps discordgo's log levels onto slog's.
func discordgoLevel(level int) slog.Level {
	switch level {
	case discordgo.LogError:
		return slog.LevelError
	case discordgo.LogWarning:
		return slog.LevelWarn
	case discordgo.LogInformational:
		return slog.LevelInfo
	}
	return slog.LevelDebug
}
