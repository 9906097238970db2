package interactions

import (
	"encoding/json"
	"fmt"

	"github.com/bwmarrin/discordgo"
)

// wireInteraction is an interaction as Discord POSTs it, decoded in one pass
// into the fields of discordgo.Interaction, except for the message a button
// sits on.
//
// Why not json.Unmarshal into discordgo.Interaction: its UnmarshalJSON
// validates and decodes the body twice (once into a raw form, then data
// again) and decodes the whole message under a button, embeds and all, which
// is most of a button's body and which no answer depends on. Decoding costs
// as much as verifying the signature that way; this way about a third. The
// handler gets the same discordgo.Interaction otherwise, and the tests pin
// the HTTP answers to Handler.Interaction's over a full discordgo decode.
type wireInteraction struct {
	ID                           string                                          `json:"id"`
	AppID                        string                                          `json:"application_id"`
	Type                         discordgo.InteractionType                       `json:"type"`
	Data                         *wireData                                       `json:"data"`
	GuildID                      string                                          `json:"guild_id"`
	ChannelID                    string                                          `json:"channel_id"`
	AppPermissions               int64                                           `json:"app_permissions,string"`
	Member                       *discordgo.Member                               `json:"member"`
	User                         *discordgo.User                                 `json:"user"`
	Locale                       discordgo.Locale                                `json:"locale"`
	GuildLocale                  *discordgo.Locale                               `json:"guild_locale"`
	Context                      discordgo.InteractionContextType                `json:"context"`
	AuthorizingIntegrationOwners map[discordgo.ApplicationIntegrationType]string `json:"authorizing_integration_owners"`
	Token                        string                                          `json:"token"`
	Version                      int                                             `json:"version"`
	Entitlements                 []*discordgo.Entitlement                        `json:"entitlements"`
}

// wireData is the union of the data of every interaction type, so that one
// pass decodes it whatever the type; toInteraction picks the right fields.
type wireData struct {
	// Application commands and autocomplete. The id is the command's
	// snowflake (a string) there, but a component's number in a button's
	// data, so it is kept raw.
	ID          json.RawMessage                                      `json:"id"`
	Name        string                                               `json:"name"`
	CommandType discordgo.ApplicationCommandType                     `json:"type"`
	Resolved    json.RawMessage                                      `json:"resolved"`
	Options     []*discordgo.ApplicationCommandInteractionDataOption `json:"options"`
	TargetID    string                                               `json:"target_id"`
	// Message components and modal submits.
	CustomID      string                  `json:"custom_id"`
	ComponentType discordgo.ComponentType `json:"component_type"`
	Values        []string                `json:"values"`
	Components    json.RawMessage         `json:"components"`
}

// decodeInteraction decodes a verified request body.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	var w wireInteraction
	if err := json.Unmarshal(body, &w); err != nil {
		return nil, err
	}
	i := &discordgo.Interaction{
		ID: w.ID, AppID: w.AppID, Type: w.Type, GuildID: w.GuildID, ChannelID: w.ChannelID,
		AppPermissions: w.AppPermissions, Member: w.Member, User: w.User, Locale: w.Locale, GuildLocale: w.GuildLocale,
		Context: w.Context, AuthorizingIntegrationOwners: w.AuthorizingIntegrationOwners,
		Token: w.Token, Version: w.Version, Entitlements: w.Entitlements,
	}
	d := w.Data
	if d == nil {
		d = &wireData{}
	}
	switch w.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data := discordgo.ApplicationCommandInteractionData{
			ID: rawString(d.ID), Name: d.Name, CommandType: d.CommandType, Options: d.Options, TargetID: d.TargetID,
		}
		if len(d.Resolved) > 0 && string(d.Resolved) != "null" {
			// Users and messages of context-menu commands: rare, so decoded
			// only when present.
			data.Resolved = new(discordgo.ApplicationCommandInteractionDataResolved)
			if err := json.Unmarshal(d.Resolved, data.Resolved); err != nil {
				return nil, fmt.Errorf("data.resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionMessageComponent:
		data := discordgo.MessageComponentInteractionData{CustomID: d.CustomID, ComponentType: d.ComponentType, Values: d.Values}
		if len(d.Resolved) > 0 && string(d.Resolved) != "null" {
			if err := json.Unmarshal(d.Resolved, &data.Resolved); err != nil {
				return nil, fmt.Errorf("data.resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionModalSubmit:
		data := discordgo.ModalSubmitInteractionData{CustomID: d.CustomID}
		if len(d.Components) > 0 {
			// discordgo knows how to decode the component interfaces.
			raw, _ := json.Marshal(map[string]json.RawMessage{"custom_id": json.RawMessage(`""`), "components": d.Components})
			if err := json.Unmarshal(raw, &data); err != nil {
				return nil, fmt.Errorf("data.components: %w", err)
			}
			data.CustomID = d.CustomID
		}
		i.Data = data
	}
	return i, nil
}

// rawString returns a JSON string's value, or "" for anything else.
func rawString(raw json.RawMessage) string {
	var s string
	if len(raw) > 0 && raw[0] == '"' && json.Unmarshal(raw, &s) == nil {
		return s
	}
	return ""
}
