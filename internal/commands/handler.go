package commands

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"regexp"
	"runtime/debug"
	"strings"
	"sync"
	"time"
	"unicode"

	"github.com/bwmarrin/discordgo"
)

// Outcomes of a question, as counted by an Observer.
const (
	OutcomeAnswered    = "answered"
	OutcomeNotFound    = "not_found"
	OutcomeError       = "error"
	OutcomeRateLimited = "rate_limited"
)

// Observer is told of every question answered, for metrics. Command is the
// slash command's name, "message" for DMs and mentions, "button" or
// "autocomplete".
type Observer interface {
	Observe(command, outcome string, latency time.Duration)
}

// Handler turns Discord interactions and messages into responses. It is the
// one code path behind the gateway and the HTTP interactions endpoint: it
// never calls Discord itself, so both adapters deliver what it returns.
type Handler struct {
	Bot     *Bot
	Log     *slog.Logger
	Limiter *RateLimiter // nil: no rate limit
	Metrics Observer     // nil: not counted
	// DeferAfter is how long Serve waits for an answer before acknowledging
	// the interaction and editing the answer in later. Discord allows 3 s.
	DeferAfter time.Duration
}

// Friendly messages shown to users; the detail is logged instead.
const (
	msgFailed      = "Something went wrong while answering. Please try again in a moment."
	msgRateLimited = "You're asking faster than I can answer. Please wait a few seconds and try again."
	msgExpired     = "That button has expired. Ask again to get a fresh answer."
	msgUnsupported = "I can't handle that kind of interaction."
)

func (h *Handler) log() *slog.Logger {
	if h.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return h.Log
}

func (h *Handler) observe(command, outcome string, start time.Time) {
	if h.Metrics != nil {
		h.Metrics.Observe(command, outcome, time.Since(start))
	}
}

// UserID returns who made an interaction: Member is set in guilds, User in DMs.
func UserID(i *discordgo.Interaction) string {
	switch {
	case i.Member != nil && i.Member.User != nil:
		return i.Member.User.ID
	case i.User != nil:
		return i.User.ID
	}
	return ""
}

// Interaction answers one interaction. It never panics and never returns
// nil: a failure becomes a short ephemeral apology, and the detail is logged.
func (h *Handler) Interaction(ctx context.Context, i *discordgo.Interaction) (resp *discordgo.InteractionResponse) {
	start := time.Now()
	name := interactionName(i)
	log := interactionLog{h.log(), i, name}
	defer func() {
		if p := recover(); p != nil {
			log.Error("handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			h.observe(name, OutcomeError, start)
			resp = reply(ErrorReply(msgFailed))
		}
	}()
	switch i.Type {
	case discordgo.InteractionPing:
		return &discordgo.InteractionResponse{Type: discordgo.InteractionResponsePong}
	case discordgo.InteractionApplicationCommandAutocomplete:
		return h.autocomplete(i, log, start)
	case discordgo.InteractionApplicationCommand:
		if !h.allow(i) {
			log.Info("rate limited")
			h.observe(name, OutcomeRateLimited, start)
			return reply(ErrorReply(msgRateLimited))
		}
		data := i.ApplicationCommandData()
		req := Request{Command: data.Name, Options: flatten(data.Options), UserID: UserID(i)}
		r, err := h.Bot.Run(ctx, req)
		return h.finish(log, name, start, r, err)
	case discordgo.InteractionMessageComponent:
		if !h.allow(i) {
			h.observe(name, OutcomeRateLimited, start)
			return reply(ErrorReply(msgRateLimited))
		}
		r, err := h.component(i.MessageComponentData().CustomID)
		return h.finish(log, name, start, r, err)
	default:
		log.Warn("unsupported interaction type")
		return reply(ErrorReply(msgUnsupported))
	}
}

// interactionLog logs about one interaction, with the attributes that say
// which. Unlike Logger.With it formats them only for a record that is
// written: an interaction logs one line at most levels, and on the HTTP
// endpoint's hot path the formatting ahead cost more than the line.
type interactionLog struct {
	l    *slog.Logger
	i    *discordgo.Interaction
	name string
}

func (il interactionLog) log(level slog.Level, msg string, args []any) {
	ctx := context.Background()
	if !il.l.Enabled(ctx, level) {
		return
	}
	il.l.Log(ctx, level, msg, append([]any{"interaction", il.i.ID, "type", int(il.i.Type), "command", il.name, "user", UserID(il.i)}, args...)...)
}

func (il interactionLog) Debug(msg string, args ...any) { il.log(slog.LevelDebug, msg, args) }
func (il interactionLog) Info(msg string, args ...any)  { il.log(slog.LevelInfo, msg, args) }
func (il interactionLog) Warn(msg string, args ...any)  { il.log(slog.LevelWarn, msg, args) }
func (il interactionLog) Error(msg string, args ...any) { il.log(slog.LevelError, msg, args) }

// finish logs and counts a handler's result and renders it.
func (h *Handler) finish(log interactionLog, name string, start time.Time, r Reply, err error) *discordgo.InteractionResponse {
	if err != nil {
		log.Error("handler failed", "err", err, "latency", time.Since(start))
		h.observe(name, OutcomeError, start)
		return reply(ErrorReply(msgFailed))
	}
	outcome := OutcomeAnswered
	attrs := []any{"latency", time.Since(start)}
	if r.Answer != nil {
		if !r.Answer.Found {
			outcome = OutcomeNotFound
		}
		attrs = append(attrs, "found", r.Answer.Found, "fact", strings.Join(r.Answer.Facts, ","))
	}
	log.Info("answered", attrs...)
	h.observe(name, outcome, start)
	return reply(r)
}

func reply(r Reply) *discordgo.InteractionResponse {
	return &discordgo.InteractionResponse{Type: discordgo.InteractionResponseChannelMessageWithSource, Data: Render(r)}
}

func (h *Handler) allow(i *discordgo.Interaction) bool {
	return h.Limiter == nil || h.Limiter.Allow(UserID(i))
}

func interactionName(i *discordgo.Interaction) string {
	switch i.Type {
	case discordgo.InteractionApplicationCommand, discordgo.InteractionApplicationCommandAutocomplete:
		if d, ok := i.Data.(discordgo.ApplicationCommandInteractionData); ok {
			if i.Type == discordgo.InteractionApplicationCommandAutocomplete {
				return "autocomplete"
			}
			return d.Name
		}
	case discordgo.InteractionMessageComponent:
		return "button"
	case discordgo.InteractionPing:
		return "ping"
	}
	return "unknown"
}

// flatten turns a command's options into name → value. Strings stay as
// typed; other types are formatted.
func flatten(opts []*discordgo.ApplicationCommandInteractionDataOption) map[string]string {
	m := make(map[string]string, len(opts))
	for _, o := range opts {
		if o == nil {
			continue
		}
		if s, ok := o.Value.(string); ok {
			m[o.Name] = s
		} else if o.Value != nil {
			m[o.Name] = fmt.Sprint(o.Value)
		}
	}
	return m
}

func (h *Handler) autocomplete(i *discordgo.Interaction, log interactionLog, start time.Time) *discordgo.InteractionResponse {
	data := i.ApplicationCommandData()
	var option, partial string
	for _, o := range data.Options {
		if o != nil && o.Focused {
			option = o.Name
			partial, _ = o.Value.(string)
		}
	}
	choices := h.Bot.Complete(data.Name, option, partial)
	if len(choices) == 0 {
		// Nothing close: offer the most useful choices rather than an empty list.
		choices = h.Bot.Complete(data.Name, option, "")
	}
	out := make([]*discordgo.ApplicationCommandOptionChoice, 0, len(choices))
	for _, c := range choices {
		out = append(out, &discordgo.ApplicationCommandOptionChoice{Name: truncate(c.Name, 100), Value: c.Value})
	}
	log.Debug("autocomplete", "option", option, "choices", len(out), "latency", time.Since(start))
	h.observe("autocomplete", OutcomeAnswered, start)
	return &discordgo.InteractionResponse{
		Type: discordgo.InteractionApplicationCommandAutocompleteResult,
		Data: &discordgo.InteractionResponseData{Choices: out},
	}
}

// errExpired marks a button whose custom id no longer makes sense.
var errExpired = errors.New("unknown button")

func (h *Handler) component(customID string) (Reply, error) {
	switch {
	case strings.HasPrefix(customID, customQuotes):
		return h.Bot.Quotes(strings.Split(strings.TrimPrefix(customID, customQuotes), ",")), nil
	case strings.HasPrefix(customID, customFact):
		id := strings.TrimPrefix(customID, customFact)
		if _, ok := h.Bot.Base().Fact(id); !ok {
			return ErrorReply(msgExpired), nil
		}
		return h.Bot.Fact(id), nil
	}
	return ErrorReply(msgExpired), fmt.Errorf("button %q: %w", customID, errExpired)
}

// Deliverer sends an interaction's response: the first response once, then
// edits of it. The gateway delivers through REST; the HTTP endpoint writes the
// first response as its reply body.
type Deliverer interface {
	Respond(resp *discordgo.InteractionResponse) error
	Edit(edit *discordgo.WebhookEdit) error
}

// Serve answers an interaction through d. If the answer is not ready within
// DeferAfter it first acknowledges the interaction (Discord allows three
// seconds) and then edits the answer in.
//
// The answer is computed on the caller's goroutine, and only a timer waits
// beside it: answers come from memory in microseconds, so a goroutine and a
// channel per interaction would cost more than the answer. Serve returns
// when the handler does, so a slow handler must heed ctx, which bounds a
// deferred answer; once ctx is done, its answer is dropped rather than
// edited in.
func (h *Handler) Serve(ctx context.Context, i *discordgo.Interaction, d Deliverer) error {
	if i.Type == discordgo.InteractionApplicationCommandAutocomplete || i.Type == discordgo.InteractionPing {
		// These cannot be deferred; they are fast.
		return d.Respond(h.Interaction(ctx, i))
	}
	wait := h.DeferAfter
	if wait <= 0 {
		wait = 2 * time.Second
	}
	var (
		mu       sync.Mutex
		answered bool  // the answer is ready: too late to defer
		deferred bool  // the acknowledgement was sent (or tried)
		ackErr   error // its failure
	)
	timer := time.AfterFunc(wait, func() {
		mu.Lock()
		defer mu.Unlock()
		if answered {
			return
		}
		deferred = true
		h.log().Warn("answer is slow: deferring", "interaction", i.ID, "command", interactionName(i))
		ackErr = d.Respond(&discordgo.InteractionResponse{Type: discordgo.InteractionResponseDeferredChannelMessageWithSource})
	})
	resp := h.Interaction(ctx, i)
	timer.Stop()
	mu.Lock()
	answered = true
	late := deferred
	mu.Unlock()
	if !late {
		return d.Respond(resp)
	}
	if ackErr != nil {
		return fmt.Errorf("defer interaction: %w", ackErr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	data := resp.Data
	if data == nil {
		data = &discordgo.InteractionResponseData{}
	}
	edit := &discordgo.WebhookEdit{Embeds: &data.Embeds, Components: &data.Components, AllowedMentions: NoMentions()}
	if err := d.Edit(edit); err != nil {
		return fmt.Errorf("edit deferred answer: %w", err)
	}
	return nil
}

// mention matches a user mention, <@123> or <@!123>.
var mention = regexp.MustCompile(`<@!?(\d+)>`)

// Message answers a free-text message from a DM, or from a channel when it
// mentions the bot. It returns nil when the bot should stay silent: the
// message is the bot's own, from another bot or a webhook, empty, or a
// channel message that does not mention the bot.
func (h *Handler) Message(ctx context.Context, m *discordgo.Message, self *discordgo.User) (out *discordgo.MessageSend) {
	if m == nil || m.Author == nil || m.Author.Bot || m.WebhookID != "" || (self != nil && m.Author.ID == self.ID) {
		return nil
	}
	if strings.TrimSpace(m.Content) == "" {
		return nil
	}
	start := time.Now()
	log := h.log().With("message", m.ID, "channel", m.ChannelID, "user", m.Author.ID, "command", "message")
	dm := m.GuildID == ""
	if !dm && !mentions(m, self) {
		return nil
	}
	ref := m.Reference()
	defer func() {
		if p := recover(); p != nil {
			log.Error("message handler panicked", "panic", fmt.Sprint(p), "stack", string(debug.Stack()))
			h.observe("message", OutcomeError, start)
			out = RenderMessage(ErrorReply(msgFailed), ref)
		}
	}()
	if h.Limiter != nil && !h.Limiter.Allow(m.Author.ID) {
		log.Info("rate limited")
		h.observe("message", OutcomeRateLimited, start)
		return RenderMessage(ErrorReply(msgRateLimited), ref)
	}
	text := m.Content
	if self != nil {
		text = mention.ReplaceAllStringFunc(text, func(s string) string {
			if mention.FindStringSubmatch(s)[1] == self.ID {
				return " "
			}
			return s
		})
	}
	text = strings.TrimSpace(text)
	if text == "" {
		r := Reply{Title: "Ask me something", Text: "Mention me with a question, e.g. `@strikebot when did the five-day strike start?` — or use /help."}
		return RenderMessage(r, ref)
	}
	r, err := h.Bot.Text(ctx, text, m.Author.ID)
	if err != nil {
		log.Error("handler failed", "err", err)
		h.observe("message", OutcomeError, start)
		return RenderMessage(ErrorReply(msgFailed), ref)
	}
	outcome := OutcomeAnswered
	if r.Answer != nil {
		if !r.Answer.Found {
			outcome = OutcomeNotFound
		}
		log.Info("answered", "found", r.Answer.Found, "fact", strings.Join(r.Answer.Facts, ","), "latency", time.Since(start))
	}
	h.observe("message", outcome, start)
	return RenderMessage(r, ref)
}

func mentions(m *discordgo.Message, self *discordgo.User) bool {
	if self == nil {
		return false
	}
	for _, u := range m.Mentions {
		if u != nil && u.ID == self.ID {
			return true
		}
	}
	return strings.Contains(m.Content, "<@"+self.ID+">") || strings.Contains(m.Content, "<@!"+self.ID+">")
}

// Text answers a line of text as a person would type it to the bot: a
// slash form ("/who hunt") runs that command, anything else is a question.
// The terminal and DMs share it.
func (b *Bot) Text(ctx context.Context, text, userID string) (Reply, error) {
	if req, ok := b.ParseSlash(text); ok {
		req.UserID = userID
		return b.Run(ctx, req)
	}
	if name, ok := slashName(text); ok {
		return Reply{Title: "Unknown command", Text: fmt.Sprintf("There is no /%s command. /help lists the commands, or just ask a question.", truncate(name, 32)), Error: true}, nil
	}
	return b.Ask(text), nil
}

// slashName reads "/nope hunt" as an attempt at a command named "nope":
// a slash followed at once by a letter.
func slashName(text string) (string, bool) {
	text = strings.TrimSpace(text)
	if len(text) < 2 || text[0] != '/' || !unicode.IsLetter(rune(text[1])) {
		return "", false
	}
	name, _, _ := strings.Cut(text[1:], " ")
	return name, true
}

// ParseSlash reads "/who mark porter" as the who command with its first
// option set to "mark porter". It reports false for text that is not a
// known slash command.
func (b *Bot) ParseSlash(text string) (Request, bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return Request{}, false
	}
	name, rest, _ := strings.Cut(text[1:], " ")
	c, ok := b.Command(strings.ToLower(name))
	if !ok {
		return Request{}, false
	}
	req := Request{Command: c.Name, Options: map[string]string{}}
	rest = strings.TrimSpace(rest)
	if len(c.Options) > 0 && rest != "" {
		// "/ask question: when …" as Discord shows it, or plainly "/ask when …"
		rest = strings.TrimSpace(strings.TrimPrefix(rest, c.Options[0].Name+":"))
		req.Options[c.Options[0].Name] = rest
	}
	return req, true
}
