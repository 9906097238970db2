package main

import (
	"bytes"
	"cmp"
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

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/store"
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
	// MaxConns is HTTP_MAX_CONNECTIONS: open connections each HTTP listener
	// accepts at once, which bounds the memory idle or hostile clients take.
	MaxConns   int
	ShardID    int    // SHARD_ID
	ShardCount int    // SHARD_COUNT; 0 with ShardAuto means ask Discord
	ShardAuto  bool   // SHARD_COUNT=auto
	FactsDir   string // FACTS_DIR: a fact base directory instead of the embedded one
	LogLevel   slog.Level
	LogFormat  string // "text" or "json"
	// DatabaseURL is DATABASE_URL: where questions and feedback are stored
	// (store.Engine picks SQLite or PostgreSQL); store.Off stores nothing.
	// Never logged whole: a PostgreSQL URL may hold a password.
	DatabaseURL   string
	StoreUserIDs  bool // STORE_USER_IDS: keep who asked and who rated
	RetentionDays int  // RETENTION_DAYS: delete stored rows older than this
}

// defaultMaxConns is HTTP_MAX_CONNECTIONS unset: at about 20 KiB per open
// connection (buffers and goroutine), 1,024 connections stay near 20 MiB.
const defaultMaxConns = 1024

// configVars lists every variable Config reads, for .env.example and the
// README; a test keeps the three in step.
var configVars = []string{
	"DISCORD_TOKEN", "DISCORD_API_URL", "DISCORD_GUILD_ID", "DISCORD_APPLICATION_ID", "DISCORD_PUBLIC_KEY",
	"HEALTH_ADDR", "INTERACTIONS_ADDR", "HTTP_MAX_CONNECTIONS", "SHARD_ID", "SHARD_COUNT", "FACTS_DIR", "LOG_LEVEL", "LOG_FORMAT",
	"DATABASE_URL", "STORE_USER_IDS", "RETENTION_DAYS",
}

// tokenPattern is the shape of a Discord bot token: three base64url parts.
// The first encodes the bot's user id.
var tokenPattern = regexp.MustCompile(`^[A-Za-z0-9_-]{16,}\.[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]{20,}$`)

// withDotEnv returns a getenv that falls back to the .env file at path for
// variables the real environment does not set. A variable that is set, even
// to "", wins over .env, so `DISCORD_TOKEN= bot serve` really runs without
// a token. A missing .env is not an error; an unreadable or malformed one is.
func withDotEnv(lookupenv func(string) (string, bool), path string) (func(string) string, error) {
	src, err := os.ReadFile(path)
	if errors.Is(err, os.ErrNotExist) {
		return func(k string) string { v, _ := lookupenv(k); return v }, nil
	}
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	vars, err := parseDotEnv(src)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", path, err)
	}
	return func(k string) string {
		if v, ok := lookupenv(k); ok {
			return v
		}
		return vars[k]
	}, nil
}

// dotEnvName is a variable name worth repeating in an error.
var dotEnvName = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// parseDotEnv parses a .env file with godotenv. godotenv's errors quote the
// offending text, which may be the token, so they are never shown: the
// error names the line and, when it looks like one, the variable.
func parseDotEnv(src []byte) (map[string]string, error) {
	vars, err := godotenv.UnmarshalBytes(src)
	if err == nil {
		return vars, nil
	}
	what := "not a NAME=value line"
	if strings.HasPrefix(err.Error(), "unterminated quoted value") {
		what = "a quoted value is not closed"
	}
	lines := strings.Split(string(bytes.ReplaceAll(src, []byte("\r\n"), []byte("\n"))), "\n")
	// The statement that fails starts on the first line after the longest
	// run of lines that parses (a quoted value may span several lines).
	bad := 0
	for k := len(lines) - 1; k > 0; k-- {
		if _, err := godotenv.Unmarshal(strings.Join(lines[:k], "\n") + "\n"); err == nil {
			bad = k
			break
		}
	}
	for bad < len(lines)-1 {
		if l := strings.TrimSpace(lines[bad]); l != "" && !strings.HasPrefix(l, "#") {
			break
		}
		bad++
	}
	// Only text before a separator is a name: a line without one may be a
	// secret pasted on its own.
	line := strings.TrimSpace(lines[bad])
	name, _, found := strings.Cut(line, "=")
	if !found {
		name, _, found = strings.Cut(line, ":") // godotenv also reads NAME: value
	}
	name = strings.TrimSpace(strings.TrimPrefix(name, "export "))
	if found && dotEnvName.MatchString(name) {
		return nil, fmt.Errorf("line %d (%s): %s (the line is not shown: it may hold a secret)", bad+1, name, what)
	}
	return nil, fmt.Errorf("line %d: %s (the line is not shown: it may hold a secret)", bad+1, what)
}

// redactURL is raw with its password, if it has one, replaced by "xxxxx"
// (url.URL.Redacted): a REST proxy's URL may carry credentials, and
// DISCORD_API_URL is logged at start-up and quoted in errors. A value that
// is not a URL at all is not repeated, since it may be anything pasted.
func redactURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil {
		return "(not shown)"
	}
	return u.Redacted()
}

// needs says which credentials a mode requires.
type needs struct {
	token bool // the gateway and registration need the bot token
}

// problems collects configuration mistakes, so that all are reported at
// once and an operator fixes them in one go.
type problems []error

func (p *problems) addf(format string, args ...any) { *p = append(*p, fmt.Errorf(format, args...)) }

// parseConfig reads and checks the configuration, one group of variables at
// a time, and reports every problem at once, joined.
func parseConfig(getenv func(string) string, n needs) (Config, error) {
	var c Config
	var p problems
	get := func(k string) string { return strings.TrimSpace(getenv(k)) }
	c.readDiscord(get, n, &p)
	c.readListeners(get, &p)
	c.readShards(get, &p)
	c.readLogging(get, &p)
	c.readStore(get, &p)
	c.FactsDir = get("FACTS_DIR")
	if err := errors.Join(p...); err != nil {
		return Config{}, fmt.Errorf("configuration: %w", err)
	}
	return c, nil
}

// readDiscord reads the credentials and the Discord ids and URL.
func (c *Config) readDiscord(get func(string) string, n needs, p *problems) {
	token := strings.TrimPrefix(get("DISCORD_TOKEN"), "Bot ")
	switch {
	case token == "" && n.token:
		p.addf("DISCORD_TOKEN is not set: create a bot at https://discord.com/developers/applications and put its token in the environment or .env")
	case token != "" && !tokenPattern.MatchString(token):
		// The value is never repeated: even a malformed token may be most
		// of a real one.
		p.addf("DISCORD_TOKEN is malformed: a bot token is three dot-separated base64 parts (copy it again from the Bot page)")
	default:
		c.Token = token
	}
	c.APIURL = strings.TrimRight(get("DISCORD_API_URL"), "/")
	if c.APIURL == "" {
		c.APIURL = discordapi.DefaultBaseURL
	} else if u, err := url.Parse(c.APIURL); err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		p.addf("DISCORD_API_URL %q must be an http or https URL such as https://discord.com", redactURL(c.APIURL))
	} else if u.Path != "" {
		p.addf("DISCORD_API_URL %q must be a scheme and host only, without a path", redactURL(c.APIURL))
	}
	c.GuildID, c.AppID = get("DISCORD_GUILD_ID"), get("DISCORD_APPLICATION_ID")
	for _, id := range []struct{ name, v string }{{"DISCORD_GUILD_ID", c.GuildID}, {"DISCORD_APPLICATION_ID", c.AppID}} {
		if id.v != "" && !commands.IsSnowflake(id.v) {
			p.addf("%s %q must be a numeric Discord id", id.name, id.v)
		}
	}
	if k := get("DISCORD_PUBLIC_KEY"); k != "" {
		key, err := hex.DecodeString(k)
		if err != nil || len(key) != 32 {
			p.addf("DISCORD_PUBLIC_KEY must be the application's 64-hex-digit public key (General Information page)")
		} else {
			c.PublicKey = key
		}
	}
}

// readListeners reads the HTTP addresses and the connection cap; it runs
// after readDiscord, whose public key the interactions endpoint needs.
func (c *Config) readListeners(get func(string) string, p *problems) {
	c.HealthAddr, c.InteractionsAddr = get("HEALTH_ADDR"), get("INTERACTIONS_ADDR")
	for _, a := range []struct{ name, addr string }{{"HEALTH_ADDR", c.HealthAddr}, {"INTERACTIONS_ADDR", c.InteractionsAddr}} {
		if a.addr != "" {
			if _, _, err := net.SplitHostPort(a.addr); err != nil {
				p.addf("%s %q must be host:port or :port, e.g. :8080", a.name, a.addr)
			}
		}
	}
	if c.InteractionsAddr != "" && c.PublicKey == nil {
		p.addf("INTERACTIONS_ADDR is set but DISCORD_PUBLIC_KEY is not: signed interactions cannot be verified without it")
	}
	c.MaxConns = defaultMaxConns
	if v := get("HTTP_MAX_CONNECTIONS"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 {
			p.addf("HTTP_MAX_CONNECTIONS %q must be a positive number", v)
		} else {
			c.MaxConns = n
		}
	}
}

// readShards reads SHARD_COUNT, then SHARD_ID, which must be below it.
func (c *Config) readShards(get func(string) string, p *problems) {
	if v := get("SHARD_COUNT"); v != "" {
		if strings.EqualFold(v, "auto") {
			c.ShardAuto = true
		} else if n, err := strconv.Atoi(v); err != nil || n < 1 {
			p.addf("SHARD_COUNT %q must be a positive number or auto", v)
		} else {
			c.ShardCount = n
		}
	}
	if v := get("SHARD_ID"); v != "" {
		n, err := strconv.Atoi(v)
		switch {
		case err != nil || n < 0:
			p.addf("SHARD_ID %q must be a number from 0", v)
		case c.ShardCount > 0 && n >= c.ShardCount:
			p.addf("SHARD_ID %d must be less than SHARD_COUNT %d", n, c.ShardCount)
		default:
			c.ShardID = n
		}
	}
	if c.ShardCount == 0 && !c.ShardAuto {
		c.ShardCount = 1
	}
}

// readLogging reads LOG_LEVEL and LOG_FORMAT.
func (c *Config) readLogging(get func(string) string, p *problems) {
	switch lvl := strings.ToLower(get("LOG_LEVEL")); lvl {
	case "", "info":
		c.LogLevel = slog.LevelInfo
	case "debug":
		c.LogLevel = slog.LevelDebug
	case "warn", "warning":
		c.LogLevel = slog.LevelWarn
	case "error":
		c.LogLevel = slog.LevelError
	default:
		p.addf("LOG_LEVEL %q must be debug, info, warn or error", lvl)
	}
	switch c.LogFormat = strings.ToLower(get("LOG_FORMAT")); c.LogFormat {
	case "":
		c.LogFormat = "text"
	case "text", "json":
	default:
		p.addf("LOG_FORMAT %q must be text or json", c.LogFormat)
	}
}

// defaultRetentionDays is RETENTION_DAYS unset; maxRetentionDays keeps a
// typo (3000 for 30) from keeping questions for a decade.
const (
	defaultRetentionDays = 30
	maxRetentionDays     = 3650
)

// readStore reads DATABASE_URL, STORE_USER_IDS and RETENTION_DAYS. The URL's
// shape is checked here; whether the database answers is checked when
// serve opens it, before anything connects to Discord.
func (c *Config) readStore(get func(string) string, p *problems) {
	c.DatabaseURL = cmp.Or(get("DATABASE_URL"), store.DefaultURL)
	if c.DatabaseURL != store.Off {
		if _, err := store.Engine(c.DatabaseURL); err != nil {
			p.addf("DATABASE_URL: %v", err)
		}
	}
	if v := get("STORE_USER_IDS"); v != "" {
		b, err := strconv.ParseBool(v)
		if err != nil {
			p.addf("STORE_USER_IDS %q must be true or false", v)
		}
		c.StoreUserIDs = b
	}
	c.RetentionDays = defaultRetentionDays
	if v := get("RETENTION_DAYS"); v != "" {
		if n, err := strconv.Atoi(v); err != nil || n < 1 || n > maxRetentionDays {
			p.addf("RETENTION_DAYS %q must be a whole number of days from 1 to %d", v, maxRetentionDays)
		} else {
			c.RetentionDays = n
		}
	}
}

// BotUserID returns the bot's user id, which the token's first part encodes;
// it gives the invite URL before any network call.
func (c Config) BotUserID() string {
	first, _, _ := strings.Cut(c.Token, ".")
	b, err := base64.RawURLEncoding.DecodeString(strings.TrimRight(first, "="))
	if err != nil {
		b, err = base64.RawStdEncoding.DecodeString(strings.TrimRight(first, "="))
	}
	if err != nil || !commands.IsSnowflake(string(b)) {
		return ""
	}
	return string(b)
}

// newLogger builds the one logger the program passes around.
func newLogger(c Config, w interface{ Write([]byte) (int, error) }) *slog.Logger {
	opts := &slog.HandlerOptions{Level: c.LogLevel}
	if c.LogFormat == "json" {
		return slog.New(slog.NewJSONHandler(w, opts))
	}
	return slog.New(slog.NewTextHandler(w, opts))
}
