package commands

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"runtime/debug"
	"strings"
	"sync"
	"time"

	"github.com/strikebot/strikebot/internal/store"
)

// Outcomes of a request, as counted by an Observer and logged.
const (
	OutcomeAnswered    = "answered"
	OutcomeNotFound    = "not_found"
	OutcomeError       = "error"
	OutcomeRateLimited = "rate_limited"
	OutcomeExpired     = "expired"     // a button the bot no longer knows
	OutcomeUnsupported = "unsupported" // a kind of request the bot never asks for
)

// Outcomes are every outcome an Observer can be given, for metrics that
// allow known label values only.
func Outcomes() []string {
	return []string{OutcomeAnswered, OutcomeNotFound, OutcomeError, OutcomeRateLimited, OutcomeExpired, OutcomeUnsupported}
}

// Observer is told of every request answered, for metrics. Command is the
// slash command's name, "message" for DMs and mentions, "button" or
// "autocomplete".
type Observer interface {
	Observe(command, outcome string, latency time.Duration)
}

// HandlerFunc answers one request. A returned error is logged by the
// pipeline and shown to the user as a short apology.
type HandlerFunc func(ctx context.Context, req *Request) (Response, error)

// Middleware wraps a HandlerFunc with something every request goes through,
// as disgo's handler package and arikawa's cmdroute do.
type Middleware func(next HandlerFunc) HandlerFunc

// Chain wraps h in mws, the first outermost.
func Chain(h HandlerFunc, mws ...Middleware) HandlerFunc {
	for i := len(mws) - 1; i >= 0; i-- {
		h = mws[i](h)
	}
	return h
}

// Handler is the one pipeline behind the gateway and the HTTP interactions
// endpoint: it logs, counts, recovers and rate-limits every request once,
// then routes it by kind. It never calls Discord itself, so both adapters
// deliver what it returns. Set its fields before the first request: the
// pipeline is built from them once.
type Handler struct {
	Bot     *Bot
	Log     *slog.Logger
	Limiter *RateLimiter // nil: no rate limit
	Metrics Observer     // nil: not counted
	// DeferAfter is how long Serve waits for an answer before acknowledging
	// the interaction and editing the answer in later. Discord allows 3 s.
	DeferAfter time.Duration
	Recorder   store.Recorder // nil: nothing recorded
	// Memory holds each user's last answer in a DM, for follow-ups; nil
	// means a default one (DefaultMemoryCap users, DefaultMemoryTTL).
	Memory *Memory

	once       sync.Once
	chain      HandlerFunc
	components *ComponentRouter
	memory     *Memory
}

// Friendly messages shown to users; the detail is logged instead.
const (
	msgFailed      = "Something went wrong while answering. Please try again in a moment."
	msgRateLimited = "You're asking faster than I can answer. Please wait a few seconds and try again."
	msgExpired     = "This button has expired. Ask again to get a fresh answer."
	msgUnsupported = "I can't handle that kind of interaction."
)

func (h *Handler) log() *slog.Logger {
	if h.Log == nil {
		return slog.New(slog.DiscardHandler)
	}
	return h.Log
}

// Handle answers one request through the pipeline. It never panics: a
// failure becomes a short ephemeral apology, and the detail is logged.
func (h *Handler) Handle(ctx context.Context, req Request) Response {
	return h.handle(ctx, &req)
}

// handle is Handle on a request the pipeline may change.
func (h *Handler) handle(ctx context.Context, req *Request) Response {
	h.once.Do(func() {
		h.components = h.Bot.componentRoutes()
		h.feedbackRoutes(h.components)
		h.memory = h.Memory
		if h.memory == nil {
			h.memory = NewMemory(DefaultMemoryCap, DefaultMemoryTTL, nil)
		}
		h.chain = Chain(h.route, Record(h.Recorder, h.Bot), Observe(h.log(), h.Metrics), Recover(), RateLimit(h.Limiter))
	})
	resp, _ := h.chain(ctx, req)
	return resp
}

// Observe logs one line per request, counts it, and turns a handler's error
// into the apology users see. It is the pipeline's outermost layer, so it
// sees what every inner layer decided.
func Observe(log *slog.Logger, m Observer) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, req *Request) (Response, error) {
			start := time.Now()
			resp, err := next(ctx, req)
			latency := time.Since(start)
			level, msg := slog.LevelInfo, "answered"
			if err != nil {
				level, msg = slog.LevelError, "handler failed"
				resp = Response{Type: RespondReply, Reply: ErrorReply(msgFailed), Outcome: OutcomeError}
			} else if resp.Outcome == "" {
				resp.Outcome = OutcomeAnswered
				if a := resp.Reply.Answer; a != nil && !a.Found {
					resp.Outcome = OutcomeNotFound
				}
			}
			switch resp.Outcome {
			case OutcomeRateLimited:
				msg = "rate limited"
			case OutcomeExpired:
				msg = "button expired"
			case OutcomeUnsupported:
				level, msg = slog.LevelWarn, "unsupported interaction"
			}
			if req.Kind == KindAutocomplete && level == slog.LevelInfo {
				// Every keystroke: too many for info.
				level, msg = slog.LevelDebug, "autocomplete"
			}
			if log.Enabled(ctx, level) {
				// The attributes are built only for a line that is
				// written, and LogAttrs takes them typed, which spares
				// boxing each value.
				attrs := requestAttrs(req)
				if err != nil {
					attrs = append(attrs, slog.Any("err", err))
					if p, ok := errors.AsType[*panicError](err); ok {
						msg = "handler panicked"
						attrs = append(attrs, slog.String("stack", p.stack))
					}
				}
				if req.Kind == KindAutocomplete && level == slog.LevelDebug {
					attrs = append(attrs, slog.String("option", req.Focused), slog.Int("choices", len(resp.Choices)))
				}
				if a := resp.Reply.Answer; a != nil {
					attrs = append(attrs, slog.Bool("found", a.Found), slog.String("fact", strings.Join(a.Facts, ",")))
				}
				if req.FollowUp != nil {
					// Read against an earlier answer: which one, not what was said.
					attrs = append(attrs, slog.String("follow_up", strings.Join(req.FollowUp.Subjects, ",")))
				}
				attrs = append(attrs, slog.String("outcome", resp.Outcome), slog.Duration("latency", latency))
				log.LogAttrs(ctx, level, msg, attrs...)
			}
			if m != nil {
				m.Observe(req.name(), resp.Outcome, latency)
			}
			return resp, nil
		}
	}
}

// requestAttrs say which request a log line is about. The message text,
// options and interaction token are never logged.
func requestAttrs(req *Request) []slog.Attr {
	attrs := make([]slog.Attr, 0, 12) // room for Observe's own
	attrs = append(attrs, slog.String("kind", req.Kind.String()), slog.String("command", req.name()), slog.String("user", req.UserID))
	switch req.Kind {
	case KindMessage:
		attrs = append(attrs, slog.String("message", req.ID), slog.String("channel", req.ChannelID))
	default:
		attrs = append(attrs, slog.String("interaction", req.ID))
	}
	if req.Kind == KindAutocomplete {
		attrs = append(attrs, slog.String("for", req.Command))
	}
	return attrs
}

// String names the kind for logs.
func (k Kind) String() string {
	switch k {
	case KindCommand:
		return "command"
	case KindAutocomplete:
		return "autocomplete"
	case KindComponent:
		return "component"
	case KindMessage:
		return "message"
	}
	return "unknown"
}

// panicError is a recovered panic, with the stack where it happened.
type panicError struct {
	value any
	stack string
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

// Recover turns a panic in the layers inside it into an error, which
// Observe logs with its stack.
func Recover() Middleware {
	return func(next HandlerFunc) HandlerFunc {
		return func(ctx context.Context, req *Request) (resp Response, err error) {
			defer func() {
				if p := recover(); p != nil {
					err = &panicError{value: p, stack: string(debug.Stack())}
				}
			}()
			return next(ctx, req)
		}
	}
}

// RateLimit refuses a user's commands, button presses and messages beyond
// l's allowance with a polite reply. Autocomplete is not charged: it fires
// on every keystroke and only offers choices. A nil l allows everything.
func RateLimit(l *RateLimiter) Middleware {
	return func(next HandlerFunc) HandlerFunc {
		if l == nil {
			return next
		}
		return func(ctx context.Context, req *Request) (Response, error) {
			switch req.Kind {
			case KindCommand, KindComponent, KindMessage:
				if !l.Allow(req.UserID) {
					return Response{Type: RespondReply, Reply: ErrorReply(msgRateLimited), Outcome: OutcomeRateLimited}, nil
				}
			}
			return next(ctx, req)
		}
	}
}

// route is the pipeline's innermost handler: it sends each kind of request
// to what answers it. A message is read as a follow-up (followUpContext),
// a found answer in a DM is remembered for the user's next question, and
// every answer is marked with what its 👍 and 👎 carry (rated).
func (h *Handler) route(ctx context.Context, req *Request) (Response, error) {
	if req.Kind == KindCommand || req.Kind == KindMessage {
		req.FollowUp = h.followUpContext(req)
	}
	resp, err := h.answer(ctx, req)
	rated(req, &resp)
	return resp, err
}

// answer is route's answer to each kind of request.
func (h *Handler) answer(ctx context.Context, req *Request) (Response, error) {
	switch req.Kind {
	case KindCommand:
		r, err := h.Bot.Run(ctx, *req)
		resp := reply(r)
		h.remember(req, resp)
		return resp, err
	case KindAutocomplete:
		partial := req.Options[req.Focused]
		choices := h.Bot.Complete(req.Command, req.Focused, partial)
		if len(choices) == 0 {
			// Nothing close: offer the most useful choices rather than an empty list.
			choices = h.Bot.Complete(req.Command, req.Focused, "")
		}
		return Response{Type: RespondChoices, Choices: choices}, nil
	case KindComponent:
		resp, err := h.components.Route(ctx, req)
		h.remember(req, resp)
		return resp, err
	case KindMessage:
		if req.Text == "" {
			return reply(Reply{Title: "Ask me something", Text: "Mention me with a question, e.g. `@strikebot when did the five-day strike start?` — or use /help."}), nil
		}
		r, err := h.Bot.TextWith(ctx, req.Text, req.UserID, req.FollowUp)
		resp := reply(r)
		h.remember(req, resp)
		return resp, err
	}
	return Response{Type: RespondReply, Reply: ErrorReply(msgUnsupported), Outcome: OutcomeUnsupported}, nil
}

// Deliverer sends an interaction's response: the first response once, then
// edits of it. The gateway delivers through REST; the HTTP endpoint writes the
// first response as its reply body and edits through the interaction webhook.
type Deliverer interface {
	Respond(resp Response) error
	Edit(r Reply) error
}

// Serve answers an interaction through d. If the answer is not ready within
// DeferAfter it first acknowledges the interaction (Discord allows three
// seconds) and then edits the answer in.
//
// The answer is computed on the caller's goroutine, and only a timer waits
// beside it. Serve returns when the handler does, so a slow handler must
// heed ctx, which bounds a deferred answer; once ctx is done, its answer is
// dropped rather than edited in.
func (h *Handler) Serve(ctx context.Context, req Request, d Deliverer) error {
	if req.Kind == KindAutocomplete {
		// Choices cannot be deferred; they are fast.
		return d.Respond(h.Handle(ctx, req))
	}
	wait := h.DeferAfter
	if wait <= 0 {
		wait = 2 * time.Second
	}
	s := &deferral{h: h, req: req, work: req, d: d}
	timer := time.AfterFunc(wait, s.acknowledge)
	resp := h.handle(ctx, &s.work)
	timer.Stop()
	s.mu.Lock()
	s.answered = true
	late, ackErr := s.deferred, s.ackErr
	s.mu.Unlock()
	if !late {
		return d.Respond(resp)
	}
	if ackErr != nil {
		return fmt.Errorf("defer interaction: %w", ackErr)
	}
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := d.Edit(resp.Reply); err != nil {
		return fmt.Errorf("edit deferred answer: %w", err)
	}
	return nil
}

// deferral is what Serve shares with the timer that acknowledges a slow
// answer, in one allocation per request.
type deferral struct {
	h    *Handler
	req  Request // the timer's own copy: the pipeline changes the one it is given
	work Request // the one the pipeline is given, in the same allocation
	d    Deliverer

	mu       sync.Mutex
	answered bool  // the answer is ready: too late to defer
	deferred bool  // the acknowledgement was sent (or tried)
	ackErr   error // its failure
}

// acknowledge defers the interaction, unless its answer is ready.
func (s *deferral) acknowledge() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.answered {
		return
	}
	s.deferred = true
	s.h.log().Warn("answer is slow: deferring", "interaction", s.req.ID, "command", s.req.name())
	// A button's answer is for the presser alone (see componentRoutes),
	// and a message command's check is private until shared, so their
	// acknowledgements are ephemeral too: the edit keeps the flag.
	ack := Response{Type: RespondDeferred, Reply: Reply{Ephemeral: s.h.Bot.private(s.req) || s.req.Kind == KindComponent}}
	if updatesMessage(&s.req) {
		ack.Type = RespondDeferredUpdate
	}
	s.ackErr = s.d.Respond(ack)
}
