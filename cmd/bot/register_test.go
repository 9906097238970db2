package main

import (
	"fmt"
	"strings"
	"testing"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/discordtest"
)

// bot register against the fake Discord, which checks every request against
// Discord's OpenAPI spec. These tests rewrite discordgo's endpoints, so none
// runs in parallel.

func registerEnv(t *testing.T, srv *discordtest.Server, extra map[string]string) map[string]string {
	t.Cleanup(func() { discordapi.SetBaseURL(discordapi.DefaultBaseURL) })
	// No store: the table without /report (TestRegisterWithStore adds it).
	env := map[string]string{"DISCORD_TOKEN": srv.Token(), "DISCORD_API_URL": srv.APIURL(), "DATABASE_URL": "off"}
	for k, v := range extra {
		env[k] = v
	}
	return env
}

// tableNames are the command table's names, in order.
func tableNames(t *testing.T) []string {
	t.Helper()
	base, err := loadBase("")
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, c := range commands.New(base).ApplicationCommands() {
		names = append(names, c.Name)
	}
	return names
}

func registeredNames(cmds []map[string]any) []string {
	var names []string
	for _, c := range cmds {
		name, _ := c["name"].(string)
		names = append(names, name)
	}
	return names
}

func TestRegisterGlobalLooksUpApplication(t *testing.T) {
	srv := discordtest.New(t)
	r := bot(t, registerEnv(t, srv, nil), "", "register")
	if r.err != nil {
		t.Fatalf("bot register: %v\n%s", r.err, r.stderr)
	}
	want := tableNames(t)
	if got := registeredNames(srv.Commands("")); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("registered %v, want the table's %v", got, want)
	}
	var ops []string
	for _, req := range srv.Requests() {
		if req.ValidationError != nil {
			t.Errorf("%s %s does not conform to the spec: %v", req.Method, req.Path, req.ValidationError)
		}
		ops = append(ops, req.Operation)
	}
	wantOps := "GET /oauth2/applications/@me,PUT /applications/{application_id}/commands"
	if strings.Join(ops, ",") != wantOps {
		t.Errorf("requests %v, want exactly %s (one bulk overwrite)", ops, wantOps)
	}
	for _, s := range []string{fmt.Sprintf("registered %d commands globally", len(want)), "application " + srv.ApplicationID(), "client_id=" + srv.ApplicationID()} {
		if !strings.Contains(r.stdout, s) {
			t.Errorf("stdout lacks %q:\n%s", s, r.stdout)
		}
	}
}

func TestRegisterGuildWithApplicationID(t *testing.T) {
	srv := discordtest.New(t)
	env := registerEnv(t, srv, map[string]string{"DISCORD_APPLICATION_ID": srv.ApplicationID(), "DISCORD_GUILD_ID": discordtest.FixtureGuildID})
	r := bot(t, env, "", "register")
	if r.err != nil {
		t.Fatalf("bot register: %v\n%s", r.err, r.stderr)
	}
	reqs := srv.Requests()
	if len(reqs) != 1 || reqs[0].Operation != "PUT /applications/{application_id}/guilds/{guild_id}/commands" || reqs[0].ValidationError != nil {
		t.Fatalf("want one valid guild bulk overwrite, got %+v", reqs)
	}
	if got, want := registeredNames(srv.Commands(discordtest.FixtureGuildID)), tableNames(t); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("registered %v in the guild, want %v", got, want)
	}
	if len(srv.Commands("")) != 0 {
		t.Errorf("global commands were written too")
	}
	if !strings.Contains(r.stdout, "in guild "+discordtest.FixtureGuildID) {
		t.Errorf("stdout does not name the guild:\n%s", r.stdout)
	}
}

func TestRegisterNeedsToken(t *testing.T) {
	srv := discordtest.New(t)
	env := registerEnv(t, srv, nil)
	delete(env, "DISCORD_TOKEN")
	r := bot(t, env, "", "register")
	if r.err == nil || !strings.Contains(r.err.Error(), "DISCORD_TOKEN is not set") {
		t.Fatalf("want a clear DISCORD_TOKEN error, got %v", r.err)
	}
	if n := len(srv.Requests()); n != 0 {
		t.Errorf("%d requests made without a token", n)
	}
}

func TestRegisterRejectedToken(t *testing.T) {
	srv := discordtest.New(t)
	env := registerEnv(t, srv, map[string]string{"DISCORD_TOKEN": "MTE4MDQ2OTM5NTI5MDg2NTcwNA.GxYzAb.wrongwrongwrongwrongwrongwrongwrong00"})
	r := bot(t, env, "", "register")
	if r.err == nil || !strings.Contains(r.err.Error(), "look up the application") || !strings.Contains(r.err.Error(), "401") {
		t.Fatalf("want the application look-up's 401, got %v", r.err)
	}
	if len(srv.Commands("")) != 0 {
		t.Errorf("commands registered with a rejected token")
	}
}

func TestRegisterTakesNoArguments(t *testing.T) {
	srv := discordtest.New(t)
	r := bot(t, registerEnv(t, srv, nil), "", "register", "now")
	if !isUsage(r.err) {
		t.Fatalf("want a usage error, got %v", r.err)
	}
}

// TestRegisterClearGuild: after moving from guild to global commands,
// --clear-guild removes the guild's copies with one spec-valid bulk
// overwrite of an empty list, and leaves the global commands alone.
func TestRegisterClearGuild(t *testing.T) {
	srv := discordtest.New(t)
	guild := discordtest.FixtureGuildID
	env := registerEnv(t, srv, map[string]string{"DISCORD_APPLICATION_ID": srv.ApplicationID(), "DISCORD_GUILD_ID": guild})
	if r := bot(t, env, "", "register"); r.err != nil {
		t.Fatalf("bot register in the guild: %v", r.err)
	}
	delete(env, "DISCORD_GUILD_ID")
	if r := bot(t, env, "", "register"); r.err != nil {
		t.Fatalf("bot register globally: %v", r.err)
	}
	if len(srv.Commands(guild)) == 0 || len(srv.Commands("")) == 0 {
		t.Fatalf("set-up: %d guild and %d global commands", len(srv.Commands(guild)), len(srv.Commands("")))
	}
	before := len(srv.Requests())

	r := bot(t, env, "", "register", "--clear-guild", guild)
	if r.err != nil {
		t.Fatalf("bot register --clear-guild: %v\n%s", r.err, r.stderr)
	}
	reqs := srv.Requests()[before:]
	if len(reqs) != 1 || reqs[0].Operation != "PUT /applications/{application_id}/guilds/{guild_id}/commands" {
		t.Fatalf("want one guild bulk overwrite, got %+v", reqs)
	}
	if reqs[0].ValidationError != nil {
		t.Errorf("the clearing body does not conform to the spec: %v", reqs[0].ValidationError)
	}
	if body, ok := reqs[0].JSON.([]any); !ok || len(body) != 0 {
		t.Errorf("body %#v, want an empty JSON array (null would be rejected)", reqs[0].JSON)
	}
	if n := len(srv.Commands(guild)); n != 0 {
		t.Errorf("%d commands left in the guild", n)
	}
	if got, want := registeredNames(srv.Commands("")), tableNames(t); strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("global commands now %v, want the table's %v untouched", got, want)
	}
	if !strings.Contains(r.stdout, "guild "+guild) {
		t.Errorf("stdout does not name the guild:\n%s", r.stdout)
	}

	if r := bot(t, env, "", "register", "--clear-guild", "not-an-id"); !isUsage(r.err) || len(srv.Requests()) != before+1 {
		t.Errorf("a malformed guild id: %v, %d more requests; want a usage error before any request", r.err, len(srv.Requests())-before-1)
	}
}
