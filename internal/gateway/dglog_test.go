package gateway

import (
	"bytes"
	"encoding/json"
	"log/slog"
	"strings"
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

// TestDiscordgoLogsAreRedacted: discordgo names request URLs in its lines
// ("Rate Limiting <url>, retry in …"); the tokens in them never reach the log.
func TestDiscordgoLogsAreRedacted(t *testing.T) {
	var buf bytes.Buffer
	routeDiscordgoLog(slog.New(slog.NewJSONHandler(&buf, nil)))
	t.Cleanup(func() { discordgoLog.Store(nil) })
	const token = "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTA6c2VjcmV0"
	discordgo.Logger(discordgo.LogError, 1, "Rate Limiting %s, retry in %v",
		"https://discord.com/api/v9/interactions/1180469395290865704/"+token+"/callback", "1s")
	discordgo.Logger(discordgo.LogError, 1, "%s Failed (500), Retrying...",
		"https://discord.com/api/v9/webhooks/1180469395290865704/"+token+"/messages/@original")
	if out := buf.String(); strings.Contains(out, token) || strings.Count(out, "REDACTED") != 2 {
		t.Errorf("discordgo lines not redacted:\n%s", out)
	}
}
