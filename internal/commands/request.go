package commands

import (
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Kind is what sort of request reached the bot.
type Kind int

// The kinds of request the pipeline answers. The zero Kind is one it does
// not know (a modal submit, say), which gets a polite apology.
const (
	KindUnknown      Kind = iota
	KindCommand           // a slash command
	KindAutocomplete      // a command option being typed
	KindComponent         // a button press
	KindMessage           // a DM, or a channel message that mentions the bot
)

// Request is one thing a user asked, however it arrived: the gateway and the
// HTTP endpoint translate Discord's payloads into it, the terminal builds it
// from a typed line. It holds only what answering, rate limits and logs read.
type Request struct {
	Kind    Kind
	ID      string            // the interaction's or message's id, for logs
	Command string            // the command's name, without the slash
	Options map[string]string // option name → value as typed or chosen
	// Focused is the option being typed in an autocomplete request; its
	// partial value is Options[Focused].
	Focused  string
	CustomID string // the pressed button's custom id
	Text     string // a message's text, without the bot's mention
	// TargetID and TargetText are the message a message command was run on.
	TargetID, TargetText string
	// RepliedTo holds the custom ids of the components on the bot's message
	// that this message replies to (nil when it replies to none), from which
	// the follow-up's context is recovered on any replica.
	RepliedTo []string
	// FollowUp is the context the question is read in (the answer it
	// follows up), set by the pipeline from RepliedTo or the DM's memory;
	// nil for none. /ask and free text read it.
	FollowUp  *knowledge.Context
	UserID    string // who asked: for rate limits and logs
	ChannelID string
	GuildID   string // "" in DMs
	Locale    string // the user's language, e.g. en-GB
	// Context is where the request was made: "guild", "bot_dm" or
	// "private_channel"; "" when Discord did not say.
	Context string
}

// Option returns the named option's value, trimmed.
func (r Request) Option(name string) string { return strings.TrimSpace(r.Options[name]) }

// kindNames are the metrics labels of the requests that are not slash
// commands, by kind.
var kindNames = map[Kind]string{KindAutocomplete: "autocomplete", KindComponent: "button", KindMessage: "message"}

// name is the request's label in metrics: the command's name for commands,
// otherwise the kind.
func (r *Request) name() string {
	if r.Kind == KindCommand {
		return r.Command
	}
	if n, ok := kindNames[r.Kind]; ok {
		return n
	}
	return "unknown"
}

// MetricNames are every value an Observer can be given as the command: the
// command table's names and the other kinds of request. Metrics allow these
// label values only, so a payload cannot invent series.
func (b *Bot) MetricNames() []string {
	names := make([]string, 0, len(b.commands)+len(kindNames))
	for _, c := range b.commands {
		names = append(names, c.Name)
	}
	for _, k := range []Kind{KindAutocomplete, KindComponent, KindMessage} {
		names = append(names, kindNames[k])
	}
	return names
}

// Reply is what a handler returns. Answer replies carry the knowledge
// answer; others (help, sources, errors) carry a title, text and fields.
type Reply struct {
	Answer    *knowledge.Answer
	Title     string
	Text      string
	Fields    []Field
	Ephemeral bool // only the asker sees it
	Error     bool // an apology for a failure, shown in red
	// ShowQuotes renders the answer's sources as verbatim quotes instead of
	// file:line citations (the "Show quotes" button).
	ShowQuotes bool
	// Page, for a list too long for one message, says which page of it
	// Answer holds; Discord shows Previous and Next buttons (see pages.go).
	Page *Page
	// Buttons are a row of buttons of the reply's own, e.g. "Share in
	// channel" under a claim check.
	Buttons []Button
	// Command and QuestionID are what an answer's 👍 and 👎 carry, so that
	// a rating says what it rates without any state: the command answered
	// (as store.Question.Command names it, "message" for DMs and mentions)
	// and the id of the interaction or message that asked (its
	// store.Question.RequestID), by which a not-found answer, which has no
	// facts, is rated. The pipeline sets them; "" when not known.
	Command, QuestionID string
}

// Field is a titled block of text in a reply.
type Field struct {
	Name, Value string
	Inline      bool
}

// ResponseType says what a Response asks the adapter to send.
type ResponseType int

// The types of response. RespondNothing is for messages the bot ignores.
const (
	RespondNothing  ResponseType = iota
	RespondReply                 // a message: Response.Reply
	RespondChoices               // autocomplete choices: Response.Choices
	RespondDeferred              // "thinking…": the reply follows as an edit
	// RespondUpdate replaces the message whose button was pressed with
	// Response.Reply, as the Previous and Next buttons of a list do.
	RespondUpdate
	RespondDeferredUpdate // the update follows as an edit of that message
)

// Response is what the pipeline answers a request with. Adapters render it
// (Render, RenderResponse, RenderMessage) and deliver it.
type Response struct {
	Type    ResponseType
	Reply   Reply
	Choices []knowledge.Choice
	// Outcome is how the request went, for metrics and logs (Outcome…
	// constants); the pipeline fills it in when a handler leaves it empty.
	Outcome string
}

// reply wraps a handler's reply as a response.
func reply(r Reply) Response { return Response{Type: RespondReply, Reply: r} }
