package commands

import (
	"context"
	"slices"
	"strings"
	"time"

	"github.com/strikebot/strikebot/internal/store"
)

// Feedback on answers. Every answer built from facts carries 👍 and 👎
// buttons whose custom ids hold the facts' ids, so that they need no state:
// any replica answers a click, after any restart. 👍 is recorded at once;
// 👎 asks, ephemerally, what was wrong (wrong, off-topic, incomplete or
// something else), and the answer to that is recorded.

// The custom ids of the feedback buttons, each followed by fact ids joined
// by commas. They are part of every message the bot has sent, so they must
// not change.
const (
	customFeedbackUp   = "fb:up:"
	customFeedbackDown = "fb:down:"
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
	id := prefix
	for i, f := range ids {
		next := f
		if i > 0 {
			next = "," + f
		}
		if len(id)+len(next) > limitCustomID {
			break
		}
		id += next
	}
	if id == prefix {
		return ""
	}
	return id
}

// answerFacts returns the fact ids an answer's button carries: those of
// "Show quotes" and of the feedback buttons.
func answerFacts(customID string) (string, bool) {
	for _, p := range []string{customQuotes, customFeedbackUp, customFeedbackDown} {
		if ids, ok := strings.CutPrefix(customID, p); ok && ids != "" {
			return ids, true
		}
	}
	return "", false
}

// feedbackRoutes add the feedback buttons to cr; clicks are recorded to
// h.Recorder.
func (h *Handler) feedbackRoutes(cr *ComponentRouter) {
	cr.Handle(customFeedbackUp+"{ids}", func(_ context.Context, req *Request, ids string) (Response, error) {
		facts, ok := h.knownFacts(ids)
		if !ok {
			return Expired(), nil
		}
		h.recordFeedback(req, facts, store.RatingUp, "")
		return reply(Reply{Title: "Thanks for the feedback", Text: "Glad it helped.", Ephemeral: true}), nil
	})
	cr.Handle(customFeedbackDown+"{ids}", func(_ context.Context, _ *Request, ids string) (Response, error) {
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
			if id := customIDWith(fr.custom, facts); id != "" {
				r.Buttons = append(r.Buttons, Button{Label: fr.label, CustomID: id})
			}
		}
		return reply(r), nil
	})
	for _, fr := range feedbackReasons {
		cr.Handle(fr.custom+"{ids}", func(_ context.Context, req *Request, ids string) (Response, error) {
			facts, ok := h.knownFacts(ids)
			if !ok {
				return Expired(), nil
			}
			h.recordFeedback(req, facts, store.RatingDown, fr.reason)
			return reply(Reply{Title: "Thanks for the feedback",
				Text: "The curators will look at this answer and the facts behind it.", Ephemeral: true}), nil
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

func (h *Handler) recordFeedback(req *Request, facts []string, rating, reason string) {
	if h.Recorder == nil {
		return
	}
	h.Recorder.RecordFeedback(store.Feedback{
		Time: time.Now(), Facts: facts, Rating: rating, Reason: reason,
		UserID: req.UserID, GuildID: req.GuildID,
	})
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
				UserID: req.UserID, GuildID: req.GuildID,
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
