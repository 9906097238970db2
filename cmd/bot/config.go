package main

import (
	"encoding/base64"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/url"
	"os"
	"regexp"
	"strconv"
	"strings"

	"github.com/joho/godotenv"
)

// Config is everything bot serve and bot register read from the
// environment, parsed and checked up front so that a mistake is one clear
// error before any network call. The README's configuration table and
// .env.example document every field.
type Config struct {
	Token      string // DISCORD_TOKEN, without any "Bot " prefix; never logged
	APIURL     string // DISCORD_API_URL: scheme and host for every REST call
	GuildID    string // DISCORD_GUILD_ID: register commands in this guild only
	PublicKey  []byte // DISCORD_PUBLIC_KEY: Ed25519 key for signed HTTP interactions
	AppID      string // DISCORD_APPLICATION_ID: needed only without a token
	HealthAddr string // HEALTH_ADDR: /healthz, /readyz and /metrics
	// InteractionsAddr is INTERACTIONS_ADDR: where POST /interactions listens.
	InteractionsAddr string
	ShardID          int    // SHARD_ID
	ShardCount       int    // SHARD_COUNT; 0 with ShardAuto means ask Discord
	ShardAuto        bool   // SHARD_COUNT=auto
	FactsDir         string // FACTS_DIR: a fact base directory instead of the embedded one
	LogLevel         slog.Level
	LogFormat        string // "text" or "json"
}

// configVars lists every variable Config reads, for .env.example and the
// README; a test keeps the three in step.
var configVars = []string{
	"DISCORD_TOKEN", "DISCORD_API_URL", "DISCORD_GUILD_ID", "DISCORD_APPLICATION_ID", "DISCORD_PUBLIC_KEY",
	"HEALTH_ADDR", "INTERACTIONS_ADDR", "SHARD_ID", "SHARD_COUNT", "FACTS_DIR", "LOG_LEVEL", "LOG_FORMAT",
}

// tokenPattern is the shape of a Discord bot token: three base64url parts.
// The first encodes the bot's user id.
var tokenPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$`)

// withDotEnv returns a getenv that falls back to the .env file in dir when
// the real environment does not set a variable: the real environment wins.
// A missing .env is not an error; an unreadable one is.
func withDotEnv(getenv func(string) string, path string) (func(string) string, error) {
	vars, err := godotenv.Read(path)
	if errors.Is(err, os.ErrNotExist) {
		return getenv, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return func(k string) string {
		if v := getenv(k); v != "" {
			return v
		}
		return vars[k]
	}, nil
}

// needs says which credentials a mode requires.
type needs struct {
	token bool // the gateway and registration need the bot token
}

// parseConfig reads and checks the configuration. Every problem is reported
// at once, joined, so an operator fixes them in one go.
func parseConfig(getenv func(string) string, n needs) (Config, error) {
	var errs []error
	bad := func(format string, args ...any) { errs = append(errs, fmt.Errorf(format, args...)) }
	c := Config{
		APIURL:           strings.TrimRight(strings.TrimSpace(getenv("DISCORD_API_URL")), "/"),
		GuildID:          strings.TrimSpace(getenv("DISCORD_GUILD_ID")),
		AppID:            strings.TrimSpace(getenv("DISCORD_APPLICATION_ID")),
		HealthAddr:       strings.TrimSpace(getenv("HEALTH_ADDR")),
		InteractionsAddr: strings.TrimSpace(getenv("INTERACTIONS_ADDR")),
		FactsDir:         strings.TrimSpace(getenv("FACTS_DIR")),
		LogFormat:        strings.ToLower(strings.TrimSpace(getenv("LOG_FORMAT"))),
	}
	token := strings.TrimSpace(getenv("DISCORD_TOKEN"))
	token = strings.TrimPrefix(token, "Bot ")
	switch {
	case token == "" && n.token:
		bad("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and put its token in the environment or .env")
	case token != "" && !tokenPattern.MatchString(token):
		bad("DISCORD_TOKEN is malformed: a bot token is three dot-separated base64 parts (copy it again from the Bot page)")
	default:
		c.Token = token
	}
	if c.APIURL == "" {
		c.APIURL = "https://discord.com"
	} else if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		bad("DISCORD_API_URL %q must be an http or https URL such as https://discord.com", c.APIURL)
	} else if u.Path != "" {
		bad("DISCORD_API_URL %q must be a scheme and host only, without a path", c.APIURL)
	}
	for name, v := range map[string]string{"DISCORD_GUILD_ID": c.GuildID, "DISCORD_APPLICATION_ID": c.AppID} {
		if v != "" && !isSnowflake(v) {
			bad("%s %q must be a numeric Discord id", name, v)
		}
	}
	if k := strings.TrimSpace(getenv("DISCORD_PUBLIC_KEY")); k != "" {
		key, err := hex.DecodeString(k)
		if err != nil || len(key) != 32 {
			bad("DISCORD_PUBLIC_KEY must be the application's 64-hex-digit public key (General Information page)")
		} else {
			c.PublicKey = key
		}
	}
	if c.InteractionsAddr != "" && c.PublicKey == nil {
		bad("INTERACTIONS_ADDR is set but DISCORD_PUBLIC_KEY is not: signed interactions cannot be verified without it")
	}
	for name, addr := range map[string]string{"HEALTH_ADDR": c.HealthAddr, "INTERACTIONS_ADDR": c.InteractionsAddr} {
		if addr != "" {
			if _, _, err := net.SplitHostPort(addr); err != nil {
				bad("%s %q must be host:port or :port, e.g. :8080", name, addr)
			}
		}
	}
	if v := strings.TrimSpace(getenv("SHARD_COUNT")); v != "" {
		if strings.EqualFold(v, "auto") {
			c.ShardAuto = true
		} else if n, err := strconv.Atoi(v); err != nil || n < 1 {
			bad("SHARD_COUNT %q must be a positive number or auto", v)
		} else {
			c.ShardCount = n
		}
	}
	if v := strings.TrimSpace(getenv("SHARD_ID")); v != "" {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 0:
			bad("SHARD_ID %q must be a number from 0", v)
		case c.ShardCount > 0 && n >= c.ShardCount:
			bad("SHARD_ID %d must be less than SHARD_COUNT %d", n, c.ShardCount)
		default:
			c.ShardID = n
		}
	}
	if c.ShardCount == 0 && !c.ShardAuto {
		c.ShardCount = 1
	}
	switch lvl := strings.ToLower(strings.TrimSpace(getenv("LOG_LEVEL"))); lvl {
	case "", "info":
		c.LogLevel = slog.LevelInfo
	case "debug":
		c.LogLevel = slog.LevelDebug
	case "warn", "warning":
		c.LogLevel = slog.LevelWarn
	case "error":
		c.LogLevel = slog.LevelError
	default:
		bad("LOG_LEVEL %q must be debug, info, warn or error", lvl)
	}
	switch c.LogFormat {
	case "":
		c.LogFormat = "text"
	case "text", "json":
	default:
		bad("LOG_FORMAT %q must be text or json", c.LogFormat)
	}
	if err := errors.Join(errs...); err != nil {
		return Config{}, fmt.Errorf("configuration: %w", err)
	}
	return c, nil
}

// BotUserID returns the bot's user id, which the token's first part encodes;
// it gives the invite URL before any network call.
func (c Config) BotUserID() string {
	first, _, _ := strings.Cut(c.Token, ".")
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(first, "="))
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(first, "="))
	}
	if err != nil || !isSnowflake(string(b)) {
		return ""
	}
	return string(b)
}

func isSnowflake(s string) bool {
	if len(s) == 0 || len(s) > 20 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// newLogger builds the one logger the program passes around.
func newLogger(c Config, w interface{ Write([]byte) (int, error) }) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
