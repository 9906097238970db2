package discordtest

import (
	"embed"
	"encoding/json"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

//go:embed testdata/fixtures/*.json
var fixtureFS embed.FS

// Ids used by the fixtures in testdata/fixtures (see its README.md).
const (
	// FixtureGuildID is the guild of the guild fixtures.
	FixtureGuildID = "1098730125362266184"
	// FixtureChannelID is the guild text channel of the guild fixtures.
	FixtureChannelID = "1098730125362266187"
	// FixtureDMChannelID is the DM channel between FixtureUserID and the bot.
	FixtureDMChannelID = "1180471130487017533"
	// FixtureUserID is the human user who invokes commands and sends messages.
	FixtureUserID = "80351110224678912"
	// FixtureOtherBotID is the other bot that authors message_create_bot.json.
	FixtureOtherBotID = "1011400327493296168"
	// FixtureCommandID is the id of the /who command in the interaction fixtures.
	FixtureCommandID = "1180470558240784445"
	// FixtureButtonMessageID is the bot message carrying the button in
	// interaction_button.json.
	FixtureButtonMessageID = "1180471450122469427"
)

// Fixture names (files in testdata/fixtures, without ".json").
const (
	InteractionWho             = "interaction_who"              // /who name:"Jeremy Hunt" (APPLICATION_COMMAND, type 2) in FixtureChannelID of FixtureGuildID
	InteractionWhoDM           = "interaction_who_dm"           // the same /who in the bot's DM: user instead of member, context 1
	InteractionAutocompleteWho = "interaction_autocomplete_who" // autocomplete (type 4) of /who with the focused option "Jer"
	InteractionButton          = "interaction_button"           // a click (type 3) on the button custom_id "fact:jeremy-hunt" of the bot's message FixtureButtonMessageID
	InteractionMessageCommand  = "interaction_message_command"  // the message command "Check with the articles" (data.type 3) on a message saying "apparently the BMA wants 35% lol"
	MessageCreateDM            = "message_create_dm"            // a DM from FixtureUserID to the bot
	MessageCreateMention       = "message_create_mention"       // a guild message from FixtureUserID mentioning the bot
	MessageCreateBot           = "message_create_bot"           // a guild message mentioning the bot, from another bot (author.bot true)
)

// FixtureNames lists the available fixtures.
func FixtureNames() []string {
	entries, _ := fixtureFS.ReadDir("testdata/fixtures")
	var out []string
	for _, e := range entries {
		out = append(out, strings.TrimSuffix(e.Name(), ".json"))
	}
	return out
}

// Fixture loads the named recorded payload (with or without ".json") as a
// JSON object, with numbers as json.Number. The bot's user and application id
// in the fixture are replaced by the server's (WithBotUser,
// WithApplicationID). An unknown name fails the test.
func (s *Server) Fixture(name string) map[string]any {
	s.t.Helper()
	name = strings.TrimSuffix(name, ".json")
	raw, err := fixtureFS.ReadFile("testdata/fixtures/" + name + ".json")
	if err != nil {
		s.t.Fatalf("discordtest: unknown fixture %q (have %v)", name, FixtureNames())
	}
	text := strings.ReplaceAll(string(raw), DefaultBotUserID, s.cfg.botUserID)
	var m map[string]any
	d := json.NewDecoder(strings.NewReader(text))
	d.UseNumber()
	if err := d.Decode(&m); err != nil {
		s.t.Fatalf("discordtest: fixture %s: %v", name, err)
	}
	if _, ok := m["application_id"]; ok {
		m["application_id"] = s.cfg.appID
	}
	if msg, ok := m["message"].(map[string]any); ok {
		msg["application_id"] = s.cfg.appID
		msg["webhook_id"] = s.cfg.appID
	}
	return m
}

// SendInteraction loads an interaction fixture, gives it a fresh snowflake id
// and token, applies mutate (if not nil) to change it, checks that discordgo
// can decode it, dispatches it as INTERACTION_CREATE and returns its id, for
// WaitInteractionResponse. The bot must have a session (WaitReady).
func (s *Server) SendInteraction(fixture string, mutate func(map[string]any)) string {
	s.t.Helper()
	m := s.Fixture(fixture)
	m["id"] = s.newID()
	m["token"] = randomToken("aW50ZXJhY3Rpb246", 96)
	if mutate != nil {
		mutate(m)
	}
	raw, err := json.Marshal(m)
	if err != nil {
		s.t.Fatalf("discordtest: SendInteraction(%s): %v", fixture, err)
	}
	var ic discordgo.InteractionCreate
	if err := json.Unmarshal(raw, &ic); err != nil {
		s.t.Errorf("discordtest: SendInteraction(%s): discordgo cannot decode the payload (its handler would get a broken Interaction): %v", fixture, err)
	}
	s.Dispatch("INTERACTION_CREATE", json.RawMessage(raw))
	id, _ := m["id"].(string)
	return id
}

// SendMessage loads a message fixture, gives it a fresh snowflake id and the
// current timestamp, applies mutate (if not nil), checks that discordgo can
// decode it, dispatches it as MESSAGE_CREATE and returns the message id. Wait
// for the bot's reply with WaitChannelMessage(ctx, channelID).
func (s *Server) SendMessage(fixture string, mutate func(map[string]any)) string {
	s.t.Helper()
	m := s.Fixture(fixture)
	m["id"] = s.newID()
	m["timestamp"] = discordTime(time.Now())
	if _, ok := m["nonce"]; ok {
		m["nonce"] = s.newID()
	}
	if mutate != nil {
		mutate(m)
	}
	raw, err := json.Marshal(m)
	if err != nil {
		s.t.Fatalf("discordtest: SendMessage(%s): %v", fixture, err)
	}
	var mc discordgo.MessageCreate
	if err := json.Unmarshal(raw, &mc); err != nil {
		s.t.Errorf("discordtest: SendMessage(%s): discordgo cannot decode the payload: %v", fixture, err)
	}
	s.Dispatch("MESSAGE_CREATE", json.RawMessage(raw))
	id, _ := m["id"].(string)
	return id
}

// SetOption is a mutate helper for SendInteraction: it sets the value of the
// top-level option called name in data.options (adding it with type 3,
// STRING, if absent). Use it as
// s.SendInteraction(InteractionWho, discordtest.SetOption("name", "Hunt")).
func SetOption(name string, value any) func(map[string]any) {
	return func(m map[string]any) {
		data, _ := m["data"].(map[string]any)
		if data == nil {
			data = map[string]any{}
			m["data"] = data
		}
		opts, _ := data["options"].([]any)
		for _, o := range opts {
			om, _ := o.(map[string]any)
			if om["name"] == name {
				om["value"] = value
				return
			}
		}
		data["options"] = append(opts, map[string]any{"name": name, "type": 3, "value": value})
	}
}
