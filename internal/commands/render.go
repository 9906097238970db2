package commands

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Discord's limits on what a message may hold. Render truncates to them
// rather than letting Discord reject the reply.
const (
	limitContent     = 2000
	limitTitle       = 256
	limitDescription = 4096
	limitFields      = 25
	limitFieldName   = 256
	limitFieldValue  = 1024
	limitFooter      = 2048
	limitEmbedTotal  = 6000
	limitButtonLabel = 80
	limitCustomID    = 100
	limitButtons     = 5
)

// Embed colours: found, not found, and errors.
const (
	colourFound    = 0x2E7D32
	colourNotFound = 0x9E9E9E
	colourError    = 0xC62828
)

// footer names no count: the articles are data, and /sources lists them.
const footer = "strikebot · answers only from the news articles /sources lists"

// limitChoiceName is the longest autocomplete choice name Discord accepts.
const limitChoiceName = 100

// NoMentions is the allowed_mentions every message carries: an empty parse
// list, so nothing a user typed can ping anyone. (A zero
// MessageAllowedMentions marshals "parse": null, which Discord reads as
// "the defaults", so the empty slice matters.)
func NoMentions() *discordgo.MessageAllowedMentions {
	return &discordgo.MessageAllowedMentions{Parse: []discordgo.AllowedMentionType{}}
}

// Render turns a reply into an interaction response's data.
func Render(r Reply) *discordgo.InteractionResponseData {
	d := &discordgo.InteractionResponseData{
		Embeds:          []*discordgo.MessageEmbed{Embed(r)},
		Components:      Components(r),
		AllowedMentions: NoMentions(),
	}
	if r.Ephemeral {
		d.Flags = discordgo.MessageFlagsEphemeral
	}
	return d
}

// RenderResponse turns a pipeline response into Discord's interaction
// response: a message, autocomplete choices, an update of the message a
// button is on, or a deferred acknowledgement of either.
// Both adapters send what it returns.
func RenderResponse(r Response) *discordgo.InteractionResponse {
	switch r.Type {
	case RespondChoices:
		// The choices share one allocation: discordgo wants pointers, and
		// an autocomplete answer has up to 25 of them on every keystroke.
		all := make([]discordgo.ApplicationCommandOptionChoice, len(r.Choices))
		out := make([]*discordgo.ApplicationCommandOptionChoice, len(r.Choices))
		for i, c := range r.Choices {
			all[i] = discordgo.ApplicationCommandOptionChoice{Name: truncate(c.Name, limitChoiceName), Value: c.Value}
			out[i] = &all[i]
		}
		return &discordgo.InteractionResponse{
			Type: discordgo.InteractionApplicationCommandAutocompleteResult,
			Data: &discordgo.InteractionResponseData{Choices: out},
		}
	case RespondDeferred:
		out := &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource}
		if r.Reply.Ephemeral {
			// A private answer must not be announced in public: the
			// edit that follows keeps the acknowledgement's flags.
			out.Data = &discordgo.InteractionResponseData{Flags: discordgo.MessageFlagsEphemeral}
		}
		return out
	case RespondUpdate:
		d := Render(r.Reply)
		// An update cannot change whether the message is ephemeral, and
		// buttons it no longer has must be sent as an empty list.
		d.Flags = 0
		if d.Components == nil {
			d.Components = []discordgo.MessageComponent{}
		}
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseUpdateMessage, Data: d}
	case RespondDeferredUpdate:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredMessageUpdate}
	}
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: Render(r.Reply)}
}

// RenderEdit turns a deferred answer into the edit of the original response.
func RenderEdit(r Reply) *discordgo.WebhookEdit {
	embeds := []*discordgo.MessageEmbed{Embed(r)}
	components := Components(r)
	if components == nil {
		// An empty list rather than null: the answer has no buttons.
		components = []discordgo.MessageComponent{}
	}
	return &discordgo.WebhookEdit{Embeds: &embeds, Components: &components, AllowedMentions: NoMentions()}
}

// RenderMessage turns a reply into a channel message answering ref.
func RenderMessage(r Reply, ref *discordgo.MessageReference) *discordgo.MessageSend {
	m := &discordgo.MessageSend{
		Embeds:          []*discordgo.MessageEmbed{Embed(r)},
		Components:      Components(r),
		AllowedMentions: NoMentions(),
	}
	if ref != nil {
		// If the question was deleted meanwhile, answer anyway.
		failIfMissing := false
		ref.FailIfNotExists = &failIfMissing
		m.Reference = ref
	}
	return m
}

// ErrorReply is the short, friendly reply users see when something failed;
// the detail goes to the log, not to them.
func ErrorReply(msg string) Reply {
	return Reply{Title: "Sorry", Text: msg, Ephemeral: true, Error: true}
}

// Embed renders a reply as one embed within Discord's limits.
func Embed(r Reply) *discordgo.MessageEmbed {
	e := buildEmbed(r)
	fitEmbed(e)
	return e
}

// buildEmbed renders a reply as one embed, before it is fitted to
// Discord's limits: the pages of a list are cut so that none needs fitting.
func buildEmbed(r Reply) *discordgo.MessageEmbed {
	e := &discordgo.MessageEmbed{Footer: &discordgo.MessageEmbedFooter{Text: footer}}
	switch {
	case r.Answer != nil && r.ShowQuotes:
		a := r.Answer
		e.Title = a.Title
		e.Color = colourFound
		e.Description = "The verbatim quotes behind this answer:"
		for _, s := range a.Sources {
			v := "> " + s.Quote
			if s.URL != "" {
				v += "\n" + link("Read the article", s.URL)
			}
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: citationName(s), Value: v})
		}
	case r.Answer != nil:
		a := r.Answer
		e.Title = a.Title
		e.Description = a.Text
		e.Color = colourFound
		if !a.Found {
			e.Color = colourNotFound
			if e.Title == "" {
				e.Title = "The articles don't say"
			}
		}
		e.Fields = append(e.Fields, sourceFields(a.Sources)...)
		if !a.Found && len(a.Suggestions) > 0 {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: "You could ask about", Value: "• " + strings.Join(a.Suggestions, "\n• ")})
		}
	default:
		e.Title = r.Title
		e.Description = r.Text
		e.Color = colourFound
		if r.Error {
			e.Color = colourError
		}
		for _, f := range r.Fields {
			e.Fields = append(e.Fields, &discordgo.MessageEmbedField{Name: f.Name, Value: f.Value, Inline: f.Inline})
		}
	}
	return e
}

// sourceFields lists an answer's citations, one a line, in as many fields
// as they need: "Sources", then "Sources (continued)". fitEmbed drops the
// fields that no longer fit the embed, from the end.
func sourceFields(sources []knowledge.Source) []*discordgo.MessageEmbedField {
	var fields []*discordgo.MessageEmbedField
	var v strings.Builder
	n := 0 // v's length in characters
	for i, s := range sources {
		line := citationLine(s)
		size := utf8.RuneCountInString(line)
		if n > 0 && n+1+size > limitFieldValue {
			fields = appendSourceField(fields, v.String())
			v = strings.Builder{} // v.String() shares its buffer: start a new one
			n = 0
		}
		if n > 0 {
			v.WriteByte('\n')
			n++
		} else {
			// Room for this line and, at a guess, the rest as long: one
			// allocation for most fields instead of one per doubling.
			v.Grow(len(line) * (len(sources) - i))
		}
		v.WriteString(line)
		n += size
	}
	if v.Len() > 0 {
		fields = appendSourceField(fields, v.String())
	}
	return fields
}

// appendSourceField adds one field of citations: "Sources", then
// "Sources (continued)".
func appendSourceField(fields []*discordgo.MessageEmbedField, value string) []*discordgo.MessageEmbedField {
	name := "Sources"
	if len(fields) > 0 {
		name = "Sources (continued)"
	}
	return append(fields, &discordgo.MessageEmbedField{Name: name, Value: value})
}

// fitEmbed truncates an embed to Discord's limits, field by field and then
// as a whole.
func fitEmbed(e *discordgo.MessageEmbed) {
	e.Title = truncate(e.Title, limitTitle)
	e.Description = truncate(e.Description, limitDescription)
	if e.Footer != nil {
		e.Footer.Text = truncate(e.Footer.Text, limitFooter)
	}
	if len(e.Fields) > limitFields {
		e.Fields = e.Fields[:limitFields]
	}
	for _, f := range e.Fields {
		f.Name = truncate(f.Name, limitFieldName)
		if strings.TrimSpace(f.Name) == "" {
			f.Name = "\u200b" // Discord rejects empty field names
		}
		f.Value = truncate(f.Value, limitFieldValue)
		if strings.TrimSpace(f.Value) == "" {
			f.Value = "\u200b"
		}
	}
	// The 6000 total counts title, description, field names and values,
	// footer and author. Cut fields from the end, then the description.
	for embedOver(e) > 0 && len(e.Fields) > 0 {
		e.Fields = e.Fields[:len(e.Fields)-1]
	}
	if over := embedOver(e); over > 0 {
		n := utf8.RuneCountInString(e.Description) - over
		e.Description = truncate(e.Description, max(n, 1))
	}
}

// citation is the place a source is cited by: file:line.
func citation(s knowledge.Source) string { return s.File + ":" + strconv.Itoa(s.Line) }

// citationLine cites a source in an answer's Sources field: file:line, then
// the article's short title (a link when the data has one) and publisher,
// e.g. "`001_….txt:3` · Strike hits Lewisham to Dartford (News Shopper)".
func citationLine(s knowledge.Source) string {
	// The parts are joined in one concatenation, which Go allocates once.
	var sep, title, open, publisher, shut string
	if s.Title != "" {
		sep, title = " · ", escapeMarkdown(s.Title)
		if s.URL != "" {
			title = link(s.Title, s.URL)
		}
	}
	if s.Publisher != "" {
		open, publisher, shut = " (", escapeMarkdown(s.Publisher), ")"
	}
	return "`" + s.File + ":" + strconv.Itoa(s.Line) + "`" + sep + title + open + publisher + shut
}

// citationName cites a source as the name of a field, where Discord shows
// no links: file:line · short title (publisher).
func citationName(s knowledge.Source) string {
	name := citation(s)
	if s.Title != "" {
		name += " · " + escapeMarkdown(s.Title)
	}
	if s.Publisher != "" {
		name += " (" + escapeMarkdown(s.Publisher) + ")"
	}
	return name
}

// link is a Markdown link to url, which the loader has checked is an
// absolute https URL. Parentheses are escaped so that they cannot end the
// link early, and the angle brackets stop Discord adding a preview.
func link(text, url string) string {
	url = urlParens.Replace(url)
	return "[" + escapeMarkdown(text) + "](<" + url + ">)"
}

// urlParens escapes the parentheses in a link's URL (a Replacer is safe for
// concurrent use, and building one for every link cost more than the link).
var urlParens = strings.NewReplacer("(", "%28", ")", "%29")

// markdownEscaper escapes what Discord's Markdown would read in a title or
// publisher from the data.
var markdownEscaper = strings.NewReplacer(
	`\`, `\\`, "*", `\*`, "_", `\_`, "~", `\~`, "`", "\\`", "|", `\|`,
	"[", `\[`, "]", `\]`, "(", `\(`, ")", `\)`, "<", `\<`, ">", `\>`, "#", `\#`,
)

// escapeMarkdown makes s show as typed in an embed.
func escapeMarkdown(s string) string { return markdownEscaper.Replace(s) }

// embedOver is how many characters e has beyond Discord's total limit, or 0.
func embedOver(e *discordgo.MessageEmbed) int {
	if embedSize(e, strLen) <= limitEmbedTotal {
		// A string has no more characters than bytes: most answers are
		// known to fit without counting characters.
		return 0
	}
	return max(embedSize(e, utf8.RuneCountInString)-limitEmbedTotal, 0)
}

func strLen(s string) int { return len(s) }

func embedSize(e *discordgo.MessageEmbed, size func(string) int) int {
	n := size(e.Title) + size(e.Description)
	if e.Footer != nil {
		n += size(e.Footer.Text)
	}
	for _, f := range e.Fields {
		n += size(f.Name) + size(f.Value)
	}
	return n
}

// truncate shortens s to at most n runes, ending with an ellipsis if cut.
func truncate(s string, n int) string {
	if len(s) <= n || utf8.RuneCountInString(s) <= n {
		return s
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}

// Components renders the reply's buttons: the answer's own (answerButtons),
// then the reply's Buttons in a row.
func Components(r Reply) []discordgo.MessageComponent {
	return append(answerButtons(r), buttonRow(r.Buttons)...)
}

// answerButtons are an answer's buttons. Under an answer built from facts:
// "Show quotes", 👍 and 👎, each carrying the facts' ids (which is also how
// a reply to the answer recovers its context), the ratings the command too;
// Previous and Next under a page of a list; under a not-found answer a
// button for each suggestion, then 👍 and 👎 carrying the question's id
// (declineButtons).
func answerButtons(r Reply) []discordgo.MessageComponent {
	var rows []discordgo.MessageComponent
	a := r.Answer
	if a == nil || r.ShowQuotes {
		return rows
	}
	if a.Found && len(a.Facts) > 0 {
		row := make([]discordgo.MessageComponent, 0, 3)
		for _, b := range []struct{ id, label string }{
			{customIDWith(customQuotes, a.Facts), "Show quotes"},
			{ratingID(customFeedbackUp, r.Command, a.Facts), "👍"},
			{ratingID(customFeedbackDown, r.Command, a.Facts), "👎"},
		} {
			if b.id != "" {
				row = append(row, discordgo.Button{Label: b.label, Style: discordgo.SecondaryButton, CustomID: b.id})
			}
		}
		if len(row) > 0 {
			rows = append(rows, discordgo.ActionsRow{Components: row})
		}
	}
	if r.Page != nil && r.Page.Of > 1 {
		rows = append(rows, pagerRow(r.Page))
	}
	if !a.Found && len(a.Related) > 0 {
		var buttons []discordgo.MessageComponent
		for i, id := range a.Related {
			if i >= limitButtons || i >= len(a.Suggestions) || len(customFact+id) > limitCustomID {
				break
			}
			buttons = append(buttons, discordgo.Button{
				Label: truncate(a.Suggestions[i], limitButtonLabel), Style: discordgo.SecondaryButton, CustomID: customFact + id,
			})
		}
		if len(buttons) > 0 {
			rows = append(rows, discordgo.ActionsRow{Components: buttons})
		}
	}
	return append(rows, declineButtons(r)...)
}

// declineButtons are the 👍 and 👎 under a not-found answer, nil for
// small talk and for an answer no Discord request asked (the terminal's).
func declineButtons(r Reply) []discordgo.MessageComponent {
	a := r.Answer
	if a == nil || a.Found || r.ShowQuotes || !IsSnowflake(r.QuestionID) || a.SmallTalk {
		return nil
	}
	var row []discordgo.MessageComponent
	for _, b := range []struct{ prefix, label string }{{customDeclineUp, "👍"}, {customDeclineDown, "👎"}} {
		id := withCommand(b.prefix, r.Command)
		if id == b.prefix {
			id += ":" // no command: "nf:up::<id>", as cutCommand reads it
		}
		id += r.QuestionID
		if len(id) <= limitCustomID {
			row = append(row, discordgo.Button{Label: b.label, Style: discordgo.SecondaryButton, CustomID: id})
		}
	}
	if len(row) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: row}}
}

// buttonRow renders a reply's own buttons as one row, within Discord's
// limits; nil for none.
func buttonRow(bs []Button) []discordgo.MessageComponent {
	var buttons []discordgo.MessageComponent
	for _, b := range bs {
		if len(buttons) == limitButtons {
			break
		}
		if b.CustomID == "" || len(b.CustomID) > limitCustomID {
			continue // Discord would reject the whole message
		}
		buttons = append(buttons, discordgo.Button{Label: truncate(b.Label, limitButtonLabel), Style: discordgo.SecondaryButton, CustomID: b.CustomID})
	}
	if len(buttons) == 0 {
		return nil
	}
	return []discordgo.MessageComponent{discordgo.ActionsRow{Components: buttons}}
}

// TextContent truncates plain message content to Discord's limit.
func TextContent(s string) string { return truncate(s, limitContent) }
