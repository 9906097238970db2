package interactions

import (
	"encoding/json"
	"fmt"
	"math"

	"github.com/bwmarrin/discordgo"
)

// decodeInteraction decodes a verified request body into the parts of a
// discordgo.Interaction that answering can depend on: its identity (id,
// application id, token, version), type, data, where it came from (guild,
// channel, context, locales, app permissions, integration owners) and who
// sent it (member and user: identity, nick, roles, permissions).
//
// What it leaves out is what no answer reads: the message under a button
// (most of a button's body, embeds and all), the channel and guild objects,
// entitlements, and members' and users' cosmetics and dates. Unknown keys are
// skipped, as encoding/json skips them. The body must still be one valid JSON
// value throughout: what is skipped is checked for syntax.
//
// Why not json.Unmarshal into discordgo.Interaction: its UnmarshalJSON decodes
// the body twice and all of the message, at three times the cost of verifying
// the signature. TestDecodeMatchesDiscordgo pins this decoding to discordgo's
// on recorded interactions, and FuzzDecode to encoding/json's on any input.
func decodeInteraction(body []byte) (*discordgo.Interaction, error) {
	s := &scanner{b: body}
	if s.peek() != '{' {
		return nil, s.errorf("%w: an interaction is an object", errSyntax)
	}
	i := &discordgo.Interaction{}
	var data *rawData
	err := s.object(func(key []byte) (err error) {
		switch string(key) {
		case "id":
			i.ID, err = s.str()
		case "application_id":
			i.AppID, err = s.str()
		case "type":
			var n int64
			n, err = s.intIn(0, math.MaxUint8)
			i.Type = discordgo.InteractionType(n)
		case "data":
			data, err = s.data()
		case "guild_id":
			i.GuildID, err = s.str()
		case "channel_id":
			i.ChannelID, err = s.str()
		case "app_permissions":
			i.AppPermissions, err = s.stringInt()
		case "member":
			i.Member, err = s.member()
		case "user":
			i.User, err = s.user()
		case "locale":
			var v string
			v, err = s.str()
			i.Locale = discordgo.Locale(v)
		case "guild_locale":
			if s.null() {
				i.GuildLocale = nil
				return nil
			}
			var v string
			v, err = s.str()
			l := discordgo.Locale(v)
			i.GuildLocale = &l
		case "context":
			var n uint64
			n, err = s.uint()
			i.Context = discordgo.InteractionContextType(n)
		case "authorizing_integration_owners":
			i.AuthorizingIntegrationOwners, err = s.owners()
		case "token":
			i.Token, err = s.str()
		case "version":
			var n int64
			n, err = s.intIn(math.MinInt, math.MaxInt)
			i.Version = int(n)
		default:
			err = s.skip()
		}
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		return nil
	})
	if err == nil {
		err = s.end()
	}
	if err != nil {
		return nil, err
	}
	if data == nil {
		data = &rawData{}
	}
	if err := data.into(i); err != nil {
		return nil, fmt.Errorf("data.%w", err)
	}
	return i, nil
}

// rawData is the union of the data of every interaction type, so that one
// pass decodes it whatever the type, which may come after it in the body;
// into picks the right fields.
type rawData struct {
	// Application commands and autocomplete. The id is the command's
	// snowflake (a string) there, but a component's number in a button's
	// data, so only a string is kept.
	ID          string
	Name        string
	CommandType discordgo.ApplicationCommandType
	Resolved    []byte
	Options     []*discordgo.ApplicationCommandInteractionDataOption
	TargetID    string
	// Message components and modal submits.
	CustomID      string
	ComponentType discordgo.ComponentType
	Values        []string
	Components    []byte
}

func (s *scanner) data() (*rawData, error) {
	d := &rawData{}
	err := s.object(func(key []byte) (err error) {
		switch string(key) {
		case "id":
			if s.peek() == '"' {
				d.ID, err = s.str()
			} else {
				err = s.skip()
			}
		case "name":
			d.Name, err = s.str()
		case "type":
			var n int64
			n, err = s.intIn(0, math.MaxUint8)
			d.CommandType = discordgo.ApplicationCommandType(n)
		case "resolved":
			d.Resolved, err = s.raw()
		case "options":
			d.Options, err = s.options()
		case "target_id":
			d.TargetID, err = s.str()
		case "custom_id":
			d.CustomID, err = s.str()
		case "component_type":
			var n uint64
			n, err = s.uint()
			d.ComponentType = discordgo.ComponentType(n)
		case "values":
			d.Values, err = s.strings()
		case "components":
			d.Components, err = s.raw()
		default:
			err = s.skip()
		}
		if err != nil {
			return fmt.Errorf("%s: %w", key, err)
		}
		return nil
	})
	return d, err
}

// into sets i.Data from d, as discordgo would for i.Type. Resolved users and
// messages (context-menu commands) and modal components are rare, so they
// are decoded, with encoding/json, only when present.
func (d *rawData) into(i *discordgo.Interaction) error {
	present := func(raw []byte) bool { return len(raw) > 0 && string(raw) != "null" }
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		data := discordgo.ApplicationCommandInteractionData{
			ID: d.ID, Name: d.Name, CommandType: d.CommandType, Options: d.Options, TargetID: d.TargetID,
		}
		if present(d.Resolved) {
			data.Resolved = new(discordgo.ApplicationCommandInteractionDataResolved)
			if err := json.Unmarshal(d.Resolved, data.Resolved); err != nil {
				return fmt.Errorf("resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionMessageComponent:
		data := discordgo.MessageComponentInteractionData{CustomID: d.CustomID, ComponentType: d.ComponentType, Values: d.Values}
		if present(d.Resolved) {
			if err := json.Unmarshal(d.Resolved, &data.Resolved); err != nil {
				return fmt.Errorf("resolved: %w", err)
			}
		}
		i.Data = data
	case discordgo.InteractionModalSubmit:
		data := discordgo.ModalSubmitInteractionData{CustomID: d.CustomID}
		if present(d.Components) {
			// discordgo knows how to decode the component interfaces.
			raw, _ := json.Marshal(map[string]json.RawMessage{"custom_id": json.RawMessage(`""`), "components": d.Components})
			if err := json.Unmarshal(raw, &data); err != nil {
				return fmt.Errorf("components: %w", err)
			}
			data.CustomID = d.CustomID
		}
		i.Data = data
	}
	return nil
}

// maxOptionDepth is how deep options may nest: a subcommand group holds
// subcommands, which hold options. Discord sends no deeper.
const maxOptionDepth = 3

func (s *scanner) options() ([]*discordgo.ApplicationCommandInteractionDataOption, error) {
	return s.optionsAt(1)
}

func (s *scanner) optionsAt(depth int) ([]*discordgo.ApplicationCommandInteractionDataOption, error) {
	if depth > maxOptionDepth {
		return nil, s.errorf("options nested more than %d deep", maxOptionDepth)
	}
	if s.null() {
		return nil, nil
	}
	// Not nil once an array is seen, as encoding/json leaves it.
	out := []*discordgo.ApplicationCommandInteractionDataOption{}
	err := s.array(func() error {
		if s.null() {
			out = append(out, nil)
			return nil
		}
		o := &discordgo.ApplicationCommandInteractionDataOption{}
		err := s.object(func(key []byte) (err error) {
			switch string(key) {
			case "name":
				o.Name, err = s.str()
			case "type":
				var n int64
				n, err = s.intIn(0, math.MaxUint8)
				o.Type = discordgo.ApplicationCommandOptionType(n)
			case "value":
				o.Value, err = s.any()
			case "options":
				o.Options, err = s.optionsAt(depth + 1)
			case "focused":
				o.Focused, err = s.boolean()
			default:
				err = s.skip()
			}
			return err
		})
		out = append(out, o)
		return err
	})
	return out, err
}

func (s *scanner) strings() ([]string, error) {
	if s.null() {
		return nil, nil
	}
	out := []string{}
	err := s.array(func() error {
		v, err := s.str()
		out = append(out, v)
		return err
	})
	return out, err
}

func (s *scanner) member() (*discordgo.Member, error) {
	if s.null() {
		return nil, nil
	}
	m := &discordgo.Member{}
	err := s.object(func(key []byte) (err error) {
		switch string(key) {
		case "user":
			m.User, err = s.user()
		case "nick":
			m.Nick, err = s.str()
		case "avatar":
			m.Avatar, err = s.str()
		case "roles":
			m.Roles, err = s.strings()
		case "permissions":
			m.Permissions, err = s.stringInt()
		default:
			err = s.skip()
		}
		return err
	})
	return m, err
}

func (s *scanner) user() (*discordgo.User, error) {
	if s.null() {
		return nil, nil
	}
	u := &discordgo.User{}
	err := s.object(func(key []byte) (err error) {
		switch string(key) {
		case "id":
			u.ID, err = s.str()
		case "username":
			u.Username, err = s.str()
		case "global_name":
			u.GlobalName, err = s.str()
		case "discriminator":
			u.Discriminator, err = s.str()
		case "avatar":
			u.Avatar, err = s.str()
		case "bot":
			u.Bot, err = s.boolean()
		case "system":
			u.System, err = s.boolean()
		case "public_flags":
			var n int64
			n, err = s.intIn(math.MinInt, math.MaxInt)
			u.PublicFlags = discordgo.UserFlags(n)
		default:
			err = s.skip()
		}
		return err
	})
	return u, err
}

// owners reads authorizing_integration_owners: integration type → id.
func (s *scanner) owners() (map[discordgo.ApplicationIntegrationType]string, error) {
	if s.null() {
		return nil, nil
	}
	out := map[discordgo.ApplicationIntegrationType]string{}
	err := s.object(func(key []byte) error {
		var n uint64
		for _, c := range key {
			if c < '0' || c > '9' || n > 1<<32 {
				return s.errorf("integration type %q is not a number", key)
			}
			n = n*10 + uint64(c-'0')
		}
		if len(key) == 0 {
			return s.errorf("empty integration type")
		}
		v, err := s.str()
		out[discordgo.ApplicationIntegrationType(n)] = v
		return err
	})
	return out, err
}
