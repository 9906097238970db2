package interactions

import (
	"cmp"
	"fmt"

	"github.com/strikebot/strikebot/internal/commands"
)

// Interaction types Discord sends to the endpoint, from its documentation.
const (
	typePing         = 1
	typeCommand      = 2
	typeComponent    = 3
	typeAutocomplete = 4
	typeModalSubmit  = 5
)

// interaction is the part of Discord's interaction object the bot reads.
// encoding/json skips everything else (the message under a button, most of
// a member), so the struct stays small and decoding stays cheap.
type interaction struct {
	ID        string `json:"id"`
	AppID     string `json:"application_id"`
	Type      int    `json:"type"`
	Token     string `json:"token"`
	GuildID   string `json:"guild_id"`
	ChannelID string `json:"channel_id"`
	Locale    string `json:"locale"`
	Context   *int   `json:"context"`
	// Member, User and Data are values, not pointers: an absent one reads
	// as empty, and decoding allocates none of them.
	Member member `json:"member"`
	User   user   `json:"user"`
	Data   data   `json:"data"`
}

type member struct {
	User user `json:"user"`
}

type user struct {
	ID string `json:"id"`
}

// data is a command's, an autocomplete's or a component's data.
type data struct {
	Name     string   `json:"name"`
	Type     int      `json:"type"` // the command's type: 3 for a message command
	Options  []option `json:"options"`
	CustomID string   `json:"custom_id"`
	// TargetID and Resolved are a message command's target message.
	TargetID string    `json:"target_id"`
	Resolved *resolved `json:"resolved"`
}

// resolved holds the messages a message command's data resolves; only
// their text is read.
type resolved struct {
	Messages map[string]struct {
		Content string `json:"content"`
	} `json:"messages"`
}

// commandTypeMessage is a message command's data.type.
const commandTypeMessage = 3

// option is one command option. Value is a string, number or boolean.
type option struct {
	Name    string     `json:"name"`
	Value   optionText `json:"value"`
	Focused bool       `json:"focused"`
}

// optionText is an option's value as text (see optionValue), read as the
// body is decoded: neither a copy of its JSON nor a second decoding of it.
// Its decoding method is in json.go, with the rest of what the JSON
// library is asked to do.
type optionText struct {
	text string
	ok   bool // false for a missing or null value
}

// request translates the interaction into the pipeline's request.
func (in *interaction) request() commands.Request {
	req := commands.Request{ID: in.ID, ChannelID: in.ChannelID, GuildID: in.GuildID, Locale: in.Locale}
	// In a server the user is the member's; in DMs, the top-level user.
	req.UserID = cmp.Or(in.Member.User.ID, in.User.ID)
	if in.Context != nil {
		req.Context = contextNames[*in.Context]
	}
	d := &in.Data
	switch in.Type {
	case typeCommand, typeAutocomplete:
		req.Kind = commands.KindCommand
		if in.Type == typeAutocomplete {
			req.Kind = commands.KindAutocomplete
		}
		req.Command = d.Name
		if d.Type == commandTypeMessage {
			req.TargetID = d.TargetID
			if d.Resolved != nil {
				req.TargetText = d.Resolved.Messages[d.TargetID].Content
			}
		}
		req.Options = make(map[string]string, len(d.Options))
		for _, o := range d.Options {
			if o.Value.ok {
				req.Options[o.Name] = o.Value.text
			}
			if o.Focused {
				req.Focused = o.Name
			}
		}
	case typeComponent:
		req.Kind = commands.KindComponent
		req.CustomID = d.CustomID
	}
	return req
}

// contextNames are Discord's interaction contexts, as commands.Request names them.
var contextNames = map[int]string{0: "guild", 1: "bot_dm", 2: "private_channel"}

// validate rejects a body that is JSON but not an interaction the endpoint
// can answer.
func (in *interaction) validate() error {
	switch in.Type {
	case typePing, typeCommand, typeComponent, typeAutocomplete, typeModalSubmit:
	default:
		return fmt.Errorf("unsupported interaction type %d", in.Type)
	}
	if in.Type != typePing && in.ID == "" {
		return fmt.Errorf("interaction has no id")
	}
	return nil
}
