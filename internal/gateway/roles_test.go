package gateway

import (
	"encoding/json"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// TestBotRoles: the bot's managed role in each guild is learnt from the
// guild and role events, by the bot_id in the role's tags.
func TestBotRoles(t *testing.T) {
	const self = "99"
	ev := func(typ string, d any) *discordgo.Event {
		raw, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		return &discordgo.Event{Type: typ, RawData: raw}
	}
	role := func(id, bot string) map[string]any {
		r := map[string]any{"id": id, "name": "r" + id, "managed": bot != ""}
		if bot != "" {
			r["tags"] = map[string]any{"bot_id": bot}
		}
		return r
	}
	guild := func(id string, roles ...map[string]any) *discordgo.Event {
		return ev("GUILD_CREATE", map[string]any{"id": id, "name": "g", "roles": roles, "members": []any{}, "channels": []any{}})
	}
	type check struct{ guild, role string }
	for _, tc := range []struct {
		name   string
		events []*discordgo.Event
		want   []check
	}{
		{"GUILD_CREATE", []*discordgo.Event{guild("g1", role("1", ""), role("2", "555"), role("3", self)), guild("g2", role("4", ""))},
			[]check{{"g1", "3"}, {"g2", ""}, {"g3", ""}}},
		{"a role created and updated", []*discordgo.Event{
			guild("g1", role("1", "")),
			ev("GUILD_ROLE_CREATE", map[string]any{"guild_id": "g1", "role": role("5", self)}),
			ev("GUILD_ROLE_UPDATE", map[string]any{"guild_id": "g1", "role": role("6", "555")}),
		}, []check{{"g1", "5"}}},
		{"another role deleted", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_ROLE_DELETE", map[string]any{"guild_id": "g1", "role_id": "1"})},
			[]check{{"g1", "3"}}},
		{"the role deleted", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_ROLE_DELETE", map[string]any{"guild_id": "g1", "role_id": "3"})},
			[]check{{"g1", ""}}},
		{"guild unavailable keeps it", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_DELETE", map[string]any{"id": "g1", "unavailable": true})},
			[]check{{"g1", "3"}}},
		{"guild left forgets it", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_DELETE", map[string]any{"id": "g1"})},
			[]check{{"g1", ""}}},
		{"GUILD_UPDATE without the role forgets it", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_UPDATE", map[string]any{"id": "g1", "roles": []any{role("1", "")}})},
			[]check{{"g1", ""}}},
		{"an update without roles keeps it", []*discordgo.Event{guild("g1", role("3", self)), ev("GUILD_UPDATE", map[string]any{"id": "g1"})},
			[]check{{"g1", "3"}}},
		{"junk is ignored", []*discordgo.Event{guild("g1", role("3", self)), {Type: "GUILD_CREATE", RawData: []byte("{")},
			{Type: "GUILD_ROLE_DELETE", RawData: []byte(`"x"`)}, ev("MESSAGE_CREATE", map[string]any{"id": "g1"}), nil},
			[]check{{"g1", "3"}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var r botRoles
			for _, e := range tc.events {
				r.onGuildEvent(e, self)
			}
			for _, c := range tc.want {
				if got := r.of(c.guild); got != c.role {
					t.Errorf("role in %s = %q, want %q", c.guild, got, c.role)
				}
			}
		})
	}
	var r botRoles
	r.onGuildEvent(guild("g1", role("3", self)), "")
	if r.of("g1") != "" {
		t.Error("a role learnt before the bot knew its own id")
	}
}
