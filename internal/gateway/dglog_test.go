package gateway

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestDiscordgoLogsThroughSlog: discordgo's own error lines reach the
// gateway's logger as structured records at the matching level.
func TestDiscordgoLogsThroughSlog(t *testing.T) {
	var buf bytes.Buffer
	routeDiscordgoLog(slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelDebug})))
	t.Cleanup(func() { discordgoLog.Store(nil) })
	for _, tc := range []struct {
		level int
		want  string
	}{
		{discordgo.LogError, "ERROR"}, {discordgo.LogWarning, "WARN"},
		{discordgo.LogInformational, "INFO"}, {discordgo.LogDebug, "DEBUG"},
	} {
		buf.Reset()
		discordgo.Logger(tc.level, 1, "error decoding websocket message, %s", "boom")
		var rec map[string]any
		if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
			t.Fatalf("level %d: not one JSON record: %q", tc.level, buf.String())
		}
		if rec["level"] != tc.want || rec["msg"] != "error decoding websocket message, boom" || rec["component"] != "discordgo" {
			t.Errorf("level %d: record %v", tc.level, rec)
		}
	}
}
