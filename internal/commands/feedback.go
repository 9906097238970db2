package commands

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/strikebot/strikebot/internal/store"
)

// Feedback on answers. Every answer built from facts carries 👍 and 👎
// buttons whose custom ids hold the command answered and the facts' ids,
// so that they need no state: any replica answers a click, after any
// restart. 👍 is recorded at once; 👎 asks, ephemerally, what was wrong
// (wrong, off-topic, incomplete or something else), and the answer to that
// is recorded.
//
// A not-found answer (the articles don't say) has no facts to rate, so its
// 👍 and 👎 carry the id of the interaction or message that asked instead,
// which the store keeps with the question (store.Question.RequestID): a 👎
// there tells the curators that users think the articles do answer it.
// Small talk and errors are not answers to rate and carry neither.
//
// The command comes from the custom id rather than from the clicked
// message: Discord's documented message.interaction_metadata does not name
// the command (only the deprecated message.interaction does), and answers
// to DMs and mentions were never interactions at all.

// The custom ids of the feedback buttons under an answer built from facts:
// the prefix, the command's name and ":", then fact ids joined by commas.
// Buttons sent before the command was carried have the fact ids straight
// after the prefix (fact ids never hold a ":"); they still work, and are
// recorded without a command. They are part of every message the bot has
// sent, so they must not change.
const (
	customFeedbackUp   = "fb:up:"
	customFeedbackDown = "fb:down:"
)

// The custom ids of the 👍 and 👎 under a not-found answer: the prefix, the
// command's name, ":" and the asking interaction's or message's id.
const (
	customDeclineUp   = "nf:up:"
	customDeclineDown = "nf:down:"
)

// feedbackReasons are the buttons under the "what was wrong?" question, in
// the order shown; "" is a 👎 without a reason.
var feedbackReasons = []struct {
	reason, label, custom string
}{
	{store.ReasonWrong, "Wrong", "fb:wrong:"},
	{store.ReasonOffTopic, "Off-topic", "fb:off_topic:"},
	{store.ReasonIncomplete, "Incomplete", "fb:incomplete:"},
	{"", "Something else", "fb:other:"},
}

// Button is a button under a reply that is not an answer's own: Render adds
// answers' buttons itself (see Components).
type Button struct {
	Label    string
	CustomID string // at most 100 characters
}

// customIDWith is prefix followed by as many of ids, joined by commas, as
// fit Discord's 100 characters; "" when not even the first fits.
func customIDWith(prefix string, ids []string) string {
	// Count what fits first, so that the id is built in one allocation.
	size, n := len(prefix), 0
	for i, f := range ids {
		next := len(f)
		if i > 0 {
			next++ // the comma
		}
		if size+next > limitCustomID {
			break
		}
		size += next
		n++
	}
	if size == len(prefix) {
		return "" // not even the first fits (or it is empty)
	}
	var id strings.Builder
	id.Grow(size)
	id.WriteString(prefix)
	for i, f := range ids[:n] {
		if i > 0 {
			id.WriteByte(',')
		}
		id.WriteString(f)
	}
	return id.String()
}

// answerFacts returns the fact ids an answer's button carries: those of
// "Show quotes" and of the feedback buttons.
func answerFacts(customID string) (string, bool) {
	for _, p := range []string{customQuotes, customFeedbackUp, customFeedbackDown} {
		if ids, ok := strings.CutPrefix(customID, p); ok {
			if p != customQuotes {
				_, ids = cutCommand(ids)
			}
			if ids != "" {
				return ids, true
			}
		}
	}
	return "", false
}

// withCommand is a feedback prefix followed by the command an answer
// answers, as its buttons carry it: "fb:up:who:". A command that is not a
// plain name (or none) is left out, and the rating recorded without one.
func withCommand(prefix, command string) string {
	if command == "" || len(command) > 32 || strings.ContainsAny(command, ":, ") {
		return prefix
	}
	return prefix + command + ":"
}

// ratingID is a rating button's custom id: the prefix, the command and as
// many of the facts as fit; without the command when not even one fact
// fits beside it, since the facts are what the rating is about.
func ratingID(prefix, command string, facts []string) string {
	if id := customIDWith(withCommand(prefix, command), facts); id != "" {
		return id
	}
	return customIDWith(prefix, facts)
}

// cutCommand splits a feedback button's argument into the command and the
// rest; an argument from before commands were carried has none.
func cutCommand(arg string) (command, rest string) {
	if c, r, ok := strings.Cut(arg, ":"); ok {
		return c, r
	}
	return "", arg
}

// ratedCommand is the command a button names if it is one the store
// records questions under: a command in the table, or "message" for DMs
// and mentions. Anything else is recorded as unknown (""), so that a
// made-up custom id cannot write its own text into the store.
func (b *Bot) ratedCommand(name string) string {
	if name == kindNames[KindMessage] {
		return name
	}
	if c, ok := b.Command(name); ok {
		return c.Name
	}
	return ""
}

// rated marks a question's answer with what its 👍/👎 carry: the command,
// as the question is recorded (Request.name), and the asking interaction's
// or message's id. Another page of a list is marked with the command that
// listed it; other buttons' answers stay unmarked.
func rated(req *Request, resp *Response) {
	switch {
	case req.Kind == KindCommand || req.Kind == KindMessage:
		resp.Reply.Command, resp.Reply.QuestionID = req.name(), req.ID
	case resp.Reply.Page != nil:
		resp.Reply.Command = resp.Reply.Page.Command
	}
}

// feedbackRoutes add the feedback buttons to cr; clicks are recorded to
// h.Recorder.
func (h *Handler) feedbackRoutes(cr *ComponentRouter) {
	cr.Handle(customFeedbackUp+"{command:ids}", func(_ context.Context, req *Request, arg string) (Response, error) {
		command, ids := cutCommand(arg)
		facts, ok := h.knownFacts(ids)
		if !ok {
			return Expired(), nil
		}
		h.recordFeedback(req, store.Feedback{Facts: facts, Rating: store.RatingUp, Command: h.Bot.ratedCommand(command)})
		return reply(Reply{Title: "Thanks for the feedback", Text: "Glad it helped.", Ephemeral: true}), nil
	})
	cr.Handle(customFeedbackDown+"{command:ids}", func(_ context.Context, _ *Request, arg string) (Response, error) {
		command, ids := cutCommand(arg)
		facts, ok := h.knownFacts(ids)
		if !ok {
			return Expired(), nil
		}
		r := Reply{
			Title:     "What was wrong with the answer?",
			Text:      "Pick one, and the people who curate the facts will see it next to the facts the answer used.",
			Ephemeral: true,
		}
		for _, fr := range feedbackReasons {
			if id := ratingID(fr.custom, h.Bot.ratedCommand(command), facts); id != "" {
				r.Buttons = append(r.Buttons, Button{Label: fr.label, CustomID: id})
			}
		}
		return reply(r), nil
	})
	for _, fr := range feedbackReasons {
		cr.Handle(fr.custom+"{command:ids}", func(_ context.Context, req *Request, arg string) (Response, error) {
			command, ids := cutCommand(arg)
			facts, ok := h.knownFacts(ids)
			if !ok {
				return Expired(), nil
			}
			h.recordFeedback(req, store.Feedback{Facts: facts, Rating: store.RatingDown, Reason: fr.reason, Command: h.Bot.ratedCommand(command)})
			return reply(Reply{Title: "Thanks for the feedback",
				Text: "The curators will look at this answer and the facts behind it.", Ephemeral: true}), nil
		})
	}
	for _, d := range []struct{ prefix, rating, thanks string }{
		{customDeclineUp, store.RatingUp, "Glad it helped."},
		{customDeclineDown, store.RatingDown, "The curators will check whether the articles answer your question after all."},
	} {
		cr.Handle(d.prefix+"{command:question}", func(_ context.Context, req *Request, arg string) (Response, error) {
			command, question := cutCommand(arg)
			if !IsSnowflake(question) {
				return Expired(), nil
			}
			h.recordFeedback(req, store.Feedback{Rating: d.rating, Command: h.Bot.ratedCommand(command), QuestionID: question})
			return reply(Reply{Title: "Thanks for the feedback", Text: d.thanks, Ephemeral: true}), nil
		})
	}
}

// knownFacts are the ids in a button's list that the fact base still has.
// A list with none (a fact base reloaded since, or a made-up custom id) is
// an expired button: nothing is recorded against facts that do not exist.
func (h *Handler) knownFacts(ids string) ([]string, bool) {
	base := h.Bot.Base()
	var facts []string
	for _, id := range strings.Split(ids, ",") {
		if _, ok := base.Fact(id); ok && !slices.Contains(facts, id) {
			facts = append(facts, id)
		}
	}
	return facts, len(facts) > 0
}

// recordFeedback records f, rated now by req's user, to h.Recorder.
func (h *Handler) recordFeedback(req *Request, f store.Feedback) {
	if h.Recorder == nil {
		return
	}
	f.Time, f.UserID, f.GuildID = time.Now(), req.UserID, req.GuildID
	h.Recorder.RecordFeedback(f)
}

// Record hands every question to rec once it is answered: slash commands,
// message commands and messages, with the question as asked, the pipeline's
// outcome and the facts of the answer. Autocomplete and button presses are
// not questions. It sits outside Observe, so that it sees the outcome Observe
// settles (an error included); a nil rec records nothing.
func Record(rec store.Recorder, b *Bot) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		if rec == nil {
			return next
		}
		return func(ctx context.Context, req *Request) (Response, error) {
			resp, err := next(ctx, req)
			if req.Kind != KindCommand && req.Kind != KindMessage {
				return resp, err
			}
			q := store.Question{
				Time: time.Now(), Command: req.name(), Question: b.questionOf(req), Outcome: resp.Outcome,
				RequestID: req.ID, UserID: req.UserID, GuildID: req.GuildID,
			}
			if a := resp.Reply.Answer; a != nil {
				q.Facts = a.Facts
			}
			rec.RecordQuestion(q)
			return resp, err
		}
	}
}

// questionOf is what the user asked: a message's text, or the first option
// given to a slash command (/ask's question, the look-up typed); "" for a
// command without one. A message command's target is someone else's message,
// who asked the bot nothing, so its text is never stored: the check is
// recorded by its outcome and facts alone.
func (b *Bot) questionOf(req *Request) string {
	if req.Kind == KindMessage {
		return req.Text
	}
	c, ok := b.Command(req.Command)
	if !ok {
		return ""
	}
	if c.Type == MessageCommand {
		return ""
	}
	for _, o := range c.Options {
		if v := req.Option(o.Name); v != "" {
			return v
		}
	}
	return ""
}
