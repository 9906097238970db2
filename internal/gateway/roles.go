package gateway

import (
	"encoding/json"
	"sync"

	"github.com/bwmarrin/discordgo"
)

// Discord gives a bot a managed role in every guild it joins, named after
// it, and members often mention that role (it is what the @ menu offers
// first) rather than the bot. A role mention counts as a mention, so the
// gateway learns each guild's role of the bot from the guild and role
// events. discordgo's Role has no tags, where the role's bot_id is, so
// those events are read from their raw JSON.

// botRoles maps a guild id to the id of the bot's managed role there.
// The zero value is ready to use.
type botRoles struct {
	mu   sync.Mutex
	byID map[string]string // guild id → role id
}

// of returns the bot's role in guild, or "".
func (r *botRoles) of(guild string) string {
	r.mu.Lock()
	defer r.mu.Unlock()
	return r.byID[guild]
}

func (r *botRoles) set(guild, role string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.byID == nil {
		r.byID = map[string]string{}
	}
	r.byID[guild] = role
}

// forget drops guild's role; with role set, only if it is that one.
func (r *botRoles) forget(guild, role string) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if role == "" || r.byID[guild] == role {
		delete(r.byID, guild)
	}
}

// rawRole is the part of a role object that says whose managed role it is.
type rawRole struct {
	ID   string `json:"id"`
	Tags struct {
		BotID string `json:"bot_id"`
	} `json:"tags"`
}

// onGuildEvent updates the roles from one raw dispatch. self is the bot's
// user id; events before READY (none, as Discord orders them) are ignored.
func (r *botRoles) onGuildEvent(e *discordgo.Event, self string) {
	if e == nil || self == "" {
		return
	}
	switch e.Type {
	case "GUILD_CREATE", "GUILD_UPDATE":
		var g struct {
			ID    string    `json:"id"`
			Roles []rawRole `json:"roles"`
		}
		if json.Unmarshal(e.RawData, &g) != nil || g.ID == "" || g.Roles == nil {
			return
		}
		for _, role := range g.Roles {
			if role.Tags.BotID == self {
				r.set(g.ID, role.ID)
				return
			}
		}
		r.forget(g.ID, "")
	case "GUILD_ROLE_CREATE", "GUILD_ROLE_UPDATE":
		var ev struct {
			GuildID string  `json:"guild_id"`
			Role    rawRole `json:"role"`
		}
		if json.Unmarshal(e.RawData, &ev) == nil && ev.GuildID != "" && ev.Role.Tags.BotID == self {
			r.set(ev.GuildID, ev.Role.ID)
		}
	case "GUILD_ROLE_DELETE":
		var ev struct {
			GuildID string `json:"guild_id"`
			RoleID  string `json:"role_id"`
		}
		if json.Unmarshal(e.RawData, &ev) == nil && ev.GuildID != "" {
			r.forget(ev.GuildID, ev.RoleID)
		}
	case "GUILD_DELETE":
		var ev struct {
			ID          string `json:"id"`
			Unavailable bool   `json:"unavailable"`
		}
		// An outage makes a guild unavailable; only leaving it ends the role.
		if json.Unmarshal(e.RawData, &ev) == nil && ev.ID != "" && !ev.Unavailable {
			r.forget(ev.ID, "")
		}
	}
}
