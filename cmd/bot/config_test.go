package main

import (
	"bytes"
	"log/slog"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/joho/godotenv"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// mapEnv is a lookupenv over a map: a key present with "" is set but empty.
func mapEnv(m map[string]string) func(string) (string, bool) {
	return func(k string) (string, bool) { v, ok := m[k]; return v, ok }
}

// apiPassword is the password of a REST proxy's DISCORD_API_URL, which
// must never be shown.
const apiPassword = "s3cret-proxy-pass"

const testKey = "d2a34d8d7d2c5bd6e7a7e8f1b0c3a4b5c6d7e8f9a0b1c2d3e4f5a6b7c8d9e0f1"

func TestParseConfig(t *testing.T) {
	tok := discordtest.DefaultToken
	cases := []struct {
		name  string
		env   map[string]string
		n     needs
		want  []string // substrings of the error; none: valid
		check func(t *testing.T, c Config)
	}{
		{name: "defaults", env: map[string]string{"DISCORD_TOKEN": "Bot " + tok}, n: needs{token: true},
			check: func(t *testing.T, c Config) {
				if c.Token != tok || c.APIURL != "https://discord.com" || c.ShardCount != 1 || c.MaxConns != defaultMaxConns ||
					c.LogFormat != "text" || c.LogLevel.String() != "INFO" {
					t.Errorf("defaults: %+v", c)
				}
			}},
		{name: "everything set", env: map[string]string{
			"DISCORD_TOKEN": tok, "DISCORD_API_URL": "http://127.0.0.1:9/", "DISCORD_GUILD_ID": "123", "DISCORD_APPLICATION_ID": "456",
			"DISCORD_PUBLIC_KEY": testKey, "HEALTH_ADDR": ":8081", "INTERACTIONS_ADDR": " :8080 ", "HTTP_MAX_CONNECTIONS": "64",
			"SHARD_ID": "1", "SHARD_COUNT": "2", "FACTS_DIR": "/facts", "LOG_LEVEL": "DEBUG", "LOG_FORMAT": "json"},
			check: func(t *testing.T, c Config) {
				if c.APIURL != "http://127.0.0.1:9" || c.GuildID != "123" || c.AppID != "456" || len(c.PublicKey) != 32 ||
					c.HealthAddr != ":8081" || c.InteractionsAddr != ":8080" || c.MaxConns != 64 || c.ShardID != 1 ||
					c.ShardCount != 2 || c.FactsDir != "/facts" || c.LogFormat != "json" || c.LogLevel.String() != "DEBUG" {
					t.Errorf("parsed: %+v", c)
				}
			}},
		{name: "shard count auto", env: map[string]string{"SHARD_COUNT": "auto", "SHARD_ID": "7"},
			check: func(t *testing.T, c Config) {
				if !c.ShardAuto || c.ShardCount != 0 || c.ShardID != 7 {
					t.Errorf("auto: %+v", c)
				}
			}},
		{name: "token needed", env: nil, n: needs{token: true}, want: []string{"DISCORD_TOKEN is not set"}},
		{name: "every problem at once", env: map[string]string{
			"DISCORD_TOKEN": "not-a-token", "DISCORD_API_URL": "ftp://x", "DISCORD_GUILD_ID": "abc", "DISCORD_APPLICATION_ID": "1x",
			"DISCORD_PUBLIC_KEY": "zz", "HEALTH_ADDR": "8080", "INTERACTIONS_ADDR": "nope", "HTTP_MAX_CONNECTIONS": "0",
			"SHARD_COUNT": "-1", "SHARD_ID": "x", "LOG_LEVEL": "loud", "LOG_FORMAT": "xml"},
			want: []string{"DISCORD_TOKEN is malformed", "DISCORD_API_URL", "DISCORD_GUILD_ID", "DISCORD_APPLICATION_ID",
				"DISCORD_PUBLIC_KEY must be", "HEALTH_ADDR", "INTERACTIONS_ADDR \"nope\"", "INTERACTIONS_ADDR is set but DISCORD_PUBLIC_KEY is not",
				"HTTP_MAX_CONNECTIONS", "SHARD_COUNT", "SHARD_ID", "LOG_LEVEL", "LOG_FORMAT"}},
		{name: "api url with path", env: map[string]string{"DISCORD_API_URL": "https://discord.com/api"}, want: []string{"without a path"}},
		{name: "api url with a password", env: map[string]string{"DISCORD_API_URL": "https://proxy:" + apiPassword + "@rest.example/api"},
			want: []string{`DISCORD_API_URL "https://proxy:xxxxx@rest.example/api" must be a scheme and host only`}},
		{name: "api url not a url", env: map[string]string{"DISCORD_API_URL": "https://proxy:" + apiPassword + "@rest example"},
			want: []string{`DISCORD_API_URL "(not shown)" must be an http or https URL`}},
		{name: "shard beyond count", env: map[string]string{"SHARD_COUNT": "2", "SHARD_ID": "2"}, want: []string{"SHARD_ID 2 must be less than SHARD_COUNT 2"}},
		{name: "max connections not a number", env: map[string]string{"HTTP_MAX_CONNECTIONS": "lots"}, want: []string{`HTTP_MAX_CONNECTIONS "lots" must be a positive number`}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			cfg, err := parseConfig(func(k string) string { return c.env[k] }, c.n)
			if len(c.want) == 0 {
				if err != nil {
					t.Fatal(err)
				}
				c.check(t, cfg)
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", c.want)
			}
			for _, w := range c.want {
				if !strings.Contains(err.Error(), w) {
					t.Errorf("error lacks %q:\n%v", w, err)
				}
			}
			for _, secret := range []string{"not-a-token", apiPassword} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("a secret is in the error: %v", err)
				}
			}
		})
	}
}

// TestDotEnvSyntaxErrorHidesTheLine: a malformed .env is reported by line
// and variable name, never with the line's text, which may be the token.
func TestDotEnvSyntaxErrorHidesTheLine(t *testing.T) {
	tok := discordtest.DefaultToken
	cases := []struct {
		name, file string
		want       string
	}{
		{"unterminated quote", "# strikebot\nLOG_LEVEL=info\n\nDISCORD_TOKEN=\"" + tok + "\nHEALTH_ADDR=:8080\n", "line 4 (DISCORD_TOKEN): a quoted value is not closed"},
		{"single quote", "DISCORD_TOKEN='" + tok + "\n", "line 1 (DISCORD_TOKEN): a quoted value is not closed"},
		{"token pasted alone", "LOG_LEVEL=info\n" + tok + "\nHEALTH_ADDR=:8080\n", "line 2: not a NAME=value line"},
		{"bad name", "LOG_LEVEL=info\nDISCORD-TOKEN=" + tok + "\n", "line 2: not a NAME=value line"},
		{"key pasted alone", "LOG_LEVEL=info\n" + testKey + "\n", "line 2: not a NAME=value line"},
		{"after a multi-line value", "A=\"one\ntwo\"\n# c\nexport DISCORD_TOKEN='" + tok + "\n", "line 4 (DISCORD_TOKEN): a quoted value is not closed"},
		{"crlf", "LOG_LEVEL=info\r\nDISCORD_TOKEN=\"" + tok + "\r\n", "line 2 (DISCORD_TOKEN)"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), ".env")
			if err := os.WriteFile(path, []byte(c.file), 0o600); err != nil {
				t.Fatal(err)
			}
			_, err := withDotEnv(mapEnv(nil), path)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("withDotEnv = %v, want an error containing %q", err, c.want)
			}
			for _, secret := range []string{tok, tok[:20], strings.Split(tok, ".")[2], testKey[:16]} {
				if strings.Contains(err.Error(), secret) {
					t.Errorf("the error shows the token: %v", err)
				}
			}
		})
	}
}

// TestDotEnvPrecedence: the real environment wins over .env, including a
// variable set to "" (as the README promises); .env fills in the rest.
func TestDotEnvPrecedence(t *testing.T) {
	path := filepath.Join(t.TempDir(), ".env")
	if err := os.WriteFile(path, []byte("DISCORD_TOKEN="+discordtest.DefaultToken+"\nLOG_LEVEL=debug\nHEALTH_ADDR=:1\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	getenv, err := withDotEnv(mapEnv(map[string]string{"DISCORD_TOKEN": "", "HEALTH_ADDR": ":2"}), path)
	if err != nil {
		t.Fatal(err)
	}
	for k, want := range map[string]string{"DISCORD_TOKEN": "", "HEALTH_ADDR": ":2", "LOG_LEVEL": "debug", "SHARD_ID": ""} {
		if got := getenv(k); got != want {
			t.Errorf("%s = %q, want %q", k, got, want)
		}
	}
	getenv, err = withDotEnv(mapEnv(map[string]string{"LOG_LEVEL": "warn"}), filepath.Join(t.TempDir(), "missing"))
	if err != nil || getenv("LOG_LEVEL") != "warn" || getenv("DISCORD_TOKEN") != "" {
		t.Errorf("without .env: err %v, LOG_LEVEL %q", err, getenv("LOG_LEVEL"))
	}
}

// TestREADMEDocumentsConfig: the README's configuration table has a row
// for every variable Config reads.
func TestREADMEDocumentsConfig(t *testing.T) {
	raw, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, v := range configVars {
		if !strings.Contains(string(raw), "| `"+v+"` |") {
			t.Errorf("README's configuration table has no row for %s", v)
		}
	}
}

// dotEnvErrorShape is all a .env syntax error may say: a line number, a
// variable name and one of two fixed reasons.
var dotEnvErrorShape = regexp.MustCompile(`^line (\d+)( \([A-Za-z_][A-Za-z0-9_]*\))?: (a quoted value is not closed|not a NAME=value line) \(the line is not shown: it may hold a secret\)$`)

// FuzzParseDotEnv: whatever the file, parseDotEnv agrees with godotenv on
// whether it parses, and its error has the fixed shape, with a line number
// inside the file, so nothing of a value can leak into it.
func FuzzParseDotEnv(f *testing.F) {
	for _, s := range []string{
		"A=1\n", "A=\"x\nB=2\n", "A='x", "tok.en.here\n", "# c\n\nA-B=1\n", "A=\"one\ntwo\"\nB=\"", "export A=1\r\nB='\r\n", "=x\n",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		_, err := parseDotEnv([]byte(src))
		if _, gerr := godotenv.Unmarshal(src); (err == nil) != (gerr == nil) {
			t.Fatalf("parseDotEnv error %v, godotenv's %v", err, gerr)
		}
		if err == nil {
			return
		}
		m := dotEnvErrorShape.FindStringSubmatch(err.Error())
		if m == nil {
			t.Fatalf("error %q has another shape", err)
		}
		if n, _ := strconv.Atoi(m[1]); n < 1 || n > strings.Count(src, "\n")+1 {
			t.Fatalf("line %d outside a file of %d lines", n, strings.Count(src, "\n")+1)
		}
	})
}

// TestStartLogHidesAPIPassword: the start-up line names DISCORD_API_URL's
// host, so an operator sees where REST calls go, but not a password in it.
func TestStartLogHidesAPIPassword(t *testing.T) {
	cfg, err := parseConfig(func(k string) string {
		return map[string]string{"DISCORD_API_URL": "https://proxy:" + apiPassword + "@rest.example:8443"}[k]
	}, needs{})
	if err != nil {
		t.Fatal(err)
	}
	var buf bytes.Buffer
	logStart(slog.New(slog.NewTextHandler(&buf, nil)), cfg, 1)
	if !strings.Contains(buf.String(), "api=https://proxy:xxxxx@rest.example:8443") || strings.Contains(buf.String(), apiPassword) {
		t.Errorf("start-up log:\n%s\nwant the API URL with its password replaced by xxxxx", buf.String())
	}
}
