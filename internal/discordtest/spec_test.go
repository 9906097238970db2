package discordtest

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/bwmarrin/discordgo"
)

func mustJSON(t *testing.T, v any) []byte {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestSpecAcceptsDiscordgoBodies checks real discordgo request bodies against
// the spec: they must validate, so that the bot's bodies are checked for real
// rather than waved through.
func TestSpecAcceptsDiscordgoBodies(t *testing.T) {
	perm := int64(discordgo.PermissionManageMessages)
	dm := false
	minV := 1.0
	minL := 2
	contexts := []discordgo.InteractionContextType{discordgo.InteractionContextGuild, discordgo.InteractionContextBotDM}
	cmds := []*discordgo.ApplicationCommand{{
		Name: "who", Description: "Who is this person in the strikes?",
		DefaultMemberPermissions: &perm, DMPermission: &dm, Contexts: &contexts,
		Options: []*discordgo.ApplicationCommandOption{
			{Type: discordgo.ApplicationCommandOptionString, Name: "name", Description: "A name", Required: true, Autocomplete: true, MinLength: &minL, MaxLength: 100},
			{Type: discordgo.ApplicationCommandOptionInteger, Name: "limit", Description: "How many", MinValue: &minV, MaxValue: 10},
			{Type: discordgo.ApplicationCommandOptionString, Name: "dispute", Description: "Which", Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "2016", Value: "2016"}, {Name: "2023", Value: "2023"}}},
		},
	}, {Name: "about", Description: "About the bot"}}

	button := discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "More", Style: discordgo.SecondaryButton, CustomID: "fact:jeremy-hunt"},
	}}
	embed := &discordgo.MessageEmbed{Title: "Jeremy Hunt", Description: "Health Secretary", Color: 0x5865F2,
		Fields: []*discordgo.MessageEmbedField{{Name: "Source", Value: "article 1", Inline: true}},
		Footer: &discordgo.MessageEmbedFooter{Text: "strikebot"}}
	content := "edited"
	cases := []struct {
		method, path string
		body         any
	}{
		{"PUT", "/api/v9/applications/1/commands", cmds},
		{"PUT", "/api/v9/applications/1/guilds/2/commands", cmds},
		{"POST", "/api/v9/applications/1/commands", cmds[0]},
		{"PUT", "/api/v9/applications/1/commands", []*discordgo.ApplicationCommand{}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Content: "hi", Flags: discordgo.MessageFlagsEphemeral}}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource,
			Data: &discordgo.InteractionResponseData{Embeds: []*discordgo.MessageEmbed{embed}, Components: []discordgo.MessageComponent{button},
				AllowedMentions: &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}}}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage,
			Data: &discordgo.InteractionResponseData{Content: "updated", Components: []discordgo.MessageComponent{}}}},
		{"POST", "/api/v9/interactions/3/tok/callback", discordgo.InteractionResponse{Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: []*discordgo.ApplicationCommandOptionChoice{{Name: "Jeremy Hunt", Value: "jeremy-hunt"}}}}},
		{"POST", "/api/v10/channels/4/messages", discordgo.MessageSend{Content: "hello", Reference: &discordgo.MessageReference{MessageID: "5", ChannelID: "4"}}},
		{"POST", "/api/v9/channels/4/messages", discordgo.MessageSend{Embeds: []*discordgo.MessageEmbed{embed}}},
		{"PATCH", "/api/v9/webhooks/1/tok/messages/@original", discordgo.WebhookEdit{Content: &content}},
		{"PATCH", "/api/v9/webhooks/1/tok/messages/6", discordgo.WebhookEdit{Content: &content}},
		{"POST", "/api/v9/webhooks/1/tok", discordgo.WebhookParams{Content: "follow-up", Flags: discordgo.MessageFlagsEphemeral}},
		{"GET", "/api/v9/gateway", nil},
		{"GET", "/api/v9/gateway/bot", nil},
		{"GET", "/api/v9/users/@me", nil},
		{"GET", "/api/v9/oauth2/applications/@me", nil},
	}
	for _, c := range cases {
		var body []byte
		if c.body != nil {
			body = mustJSON(t, c.body)
		}
		if err := ValidateRequestBody(c.method, c.path, "application/json", body); err != nil {
			t.Errorf("%s %s %s: %v", c.method, c.path, body, err)
		}
	}

	// A multipart body (a file attached) is checked through its payload_json.
	ct, body, err := discordgo.MultipartBodyWithJSON(discordgo.MessageSend{Content: "see file"},
		[]*discordgo.File{{Name: "facts.txt", ContentType: "text/plain", Reader: strings.NewReader("facts")}})
	if err != nil {
		t.Fatal(err)
	}
	if err := ValidateRequestBody("POST", "/api/v9/channels/4/messages", ct, body); err != nil {
		t.Errorf("multipart message: %v", err)
	}
}

// TestSpecRejectsBadBodies checks that validation really rejects bodies
// Discord would reject.
func TestSpecRejectsBadBodies(t *testing.T) {
	long := strings.Repeat("x", 200)
	cases := []struct {
		name, method, path, ct, body, want string
	}{
		{"command name too long", "PUT", "/api/v9/applications/1/commands", "application/json",
			`[{"name":"` + long + `","description":"d"}]`, "maxLength"},
		{"command without name", "PUT", "/api/v9/applications/1/guilds/2/commands", "application/json",
			`[{"description":"d"}]`, "missing property 'name'"},
		{"permissions not a number", "PUT", "/api/v9/applications/1/commands", "application/json",
			`[{"name":"who","description":"d","default_member_permissions":"lots"}]`, "default_member_permissions"},
		{"callback type 99", "POST", "/api/v9/interactions/3/tok/callback", "application/json", `{"type":99}`, "anyOf"},
		{"callback without type", "POST", "/api/v9/interactions/3/tok/callback", "application/json", `{"data":{"content":"x"}}`, ""},
		{"message content beyond the schema", "POST", "/api/v9/channels/4/messages", "application/json",
			`{"content":"` + strings.Repeat("y", 4001) + `"}`, "maxLength"},
		{"message content beyond the documented limit", "POST", "/api/v9/channels/4/messages", "application/json",
			`{"content":"` + strings.Repeat("y", 2001) + `"}`, "documented limit of 2000"},
		{"response content too long", "POST", "/api/v9/interactions/3/tok/callback", "application/json",
			`{"type":4,"data":{"content":"` + strings.Repeat("é", 2001) + `"}}`, "maxLength: got 2,001, want 2,000"},
		{"follow-up content too long", "POST", "/api/v9/webhooks/1/tok", "application/json",
			`{"content":"` + strings.Repeat("y", 2001) + `"}`, "maxLength: got 2,001, want 2,000"},
		{"snowflake not a number", "POST", "/api/v9/channels/4/messages", "application/json",
			`{"content":"x","message_reference":{"message_id":"abc"}}`, "message_id"},
		{"not JSON", "POST", "/api/v9/channels/4/messages", "application/json", `{"content":`, "not JSON"},
		{"no such operation", "POST", "/api/v9/users/@me/strikes", "application/json", `{}`, "no operation"},
		{"wrong method", "DELETE", "/api/v9/gateway", "", ``, "no operation"},
		{"missing required body", "PUT", "/api/v9/applications/1/commands", "", ``, "requires a request body"},
		{"body on GET", "GET", "/api/v9/users/@me", "application/json", `{"x":1}`, "takes no request body"},
		{"multipart without payload_json", "POST", "/api/v9/channels/4/messages", "multipart/form-data; boundary=b",
			"--b\r\nContent-Disposition: form-data; name=\"content\"\r\n\r\nhi\r\n--b--\r\n", "payload_json"},
		{"not an API path", "GET", "/users/@me", "", ``, "not a Discord API path"},
	}
	for _, c := range cases {
		err := ValidateRequestBody(c.method, c.path, c.ct, []byte(c.body))
		if err == nil {
			t.Errorf("%s: %s %s %s validated, want an error", c.name, c.method, c.path, truncate([]byte(c.body), 80))
			continue
		}
		if !strings.Contains(err.Error(), c.want) {
			t.Errorf("%s: error %q does not mention %q", c.name, err, c.want)
		}
	}
}

// TestSpecPermissionWidening checks the one documented relaxation.
func TestSpecPermissionWidening(t *testing.T) {
	sp, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	if sp.patchedProps == 0 {
		t.Fatal("no permission property was widened: has the spec changed?")
	}
	for _, body := range []string{
		`[{"name":"who","description":"d","default_member_permissions":"8"}]`,
		`[{"name":"who","description":"d","default_member_permissions":8}]`,
		`[{"name":"who","description":"d","default_member_permissions":null}]`,
	} {
		if err := ValidateRequestBody("PUT", "/api/v9/applications/1/commands", "application/json", []byte(body)); err != nil {
			t.Errorf("%s: %v", body, err)
		}
	}
	if err := ValidateRequestBody("PUT", "/api/v9/applications/1/commands", "application/json",
		[]byte(`[{"name":"who","description":"d","default_member_permissions":-1}]`)); err == nil {
		t.Error("negative permissions validated")
	}
}

func TestSpecMatchPrefersLiterals(t *testing.T) {
	sp, err := loadSpec()
	if err != nil {
		t.Fatal(err)
	}
	for path, want := range map[string]string{
		"/webhooks/1/tok/messages/@original": "/webhooks/{webhook_id}/{webhook_token}/messages/@original",
		"/webhooks/1/tok/messages/7":         "/webhooks/{webhook_id}/{webhook_token}/messages/{message_id}",
		"/users/@me":                         "/users/@me",
		"/users/80351110224678912":           "/users/{user_id}",
	} {
		op := sp.match("GET", path)
		if op == nil || op.Template != want {
			t.Errorf("match(GET %s) = %+v, want %s", path, op, want)
		}
	}
}
