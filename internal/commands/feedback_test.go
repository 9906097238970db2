package commands

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/store"
	"github.com/strikebot/strikebot/internal/store/recordtest"
)

// withPrefix is the one custom id among ids with the prefix.
func withPrefix(t *testing.T, ids []string, prefix string) string {
	t.Helper()
	var out []string
	for _, id := range ids {
		if strings.HasPrefix(id, prefix) {
			out = append(out, id)
		}
	}
	if len(out) != 1 {
		t.Fatalf("%d buttons %s… in %q, want 1", len(out), prefix, ids)
	}
	return out[0]
}

// TestFeedback: 👍 is recorded at once; 👎 asks why, ephemerally, and the
// reason clicked is recorded, with the facts of the answer and who rated it.
func TestFeedback(t *testing.T) {
	base := loadRenderBase(t)
	a := base.Answer("who is mark porter and who is steve barclay?")
	if !a.Found || len(a.Facts) < 2 {
		t.Fatalf("want an answer from two facts, got %v", a.Facts)
	}
	answerButtons := customIDs(Components(Reply{Answer: &a}))
	up, down := withPrefix(t, answerButtons, "fb:up:"), withPrefix(t, answerButtons, "fb:down:")

	rec := &recordtest.Recorder{}
	h := &Handler{Bot: New(base), Recorder: rec}
	click := func(id string) Response {
		req := button(id)
		req.GuildID = "g1"
		return h.Handle(context.Background(), req)
	}

	// 👎 asks why, with a button per reason, and records nothing yet.
	ask := click(down)
	if !ask.Reply.Ephemeral || ask.Outcome != OutcomeAnswered || !strings.Contains(ask.Reply.Title, "wrong") {
		t.Fatalf("👎 answered %+v, want an ephemeral question", ask)
	}
	reasons := customIDs(Components(ask.Reply))
	if len(reasons) != len(feedbackReasons) {
		t.Fatalf("👎 offers %q, want %d reasons", reasons, len(feedbackReasons))
	}
	if _, fb := rec.Take(); len(fb) != 0 {
		t.Errorf("👎 alone recorded %+v", fb)
	}

	for _, tc := range []struct {
		name   string
		click  string
		rating string
		reason string
	}{
		{"👍", up, store.RatingUp, ""},
		{"wrong", withPrefix(t, reasons, "fb:wrong:"), store.RatingDown, store.ReasonWrong},
		{"off-topic", withPrefix(t, reasons, "fb:off_topic:"), store.RatingDown, store.ReasonOffTopic},
		{"incomplete", withPrefix(t, reasons, "fb:incomplete:"), store.RatingDown, store.ReasonIncomplete},
		{"something else", withPrefix(t, reasons, "fb:other:"), store.RatingDown, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			resp := click(tc.click)
			if !resp.Reply.Ephemeral || resp.Outcome != OutcomeAnswered || !strings.Contains(resp.Reply.Title, "Thanks") {
				t.Errorf("click answered %+v, want an ephemeral thank-you", resp)
			}
			qs, fb := rec.Take()
			if len(qs) != 0 {
				t.Errorf("a button press was recorded as a question: %+v", qs)
			}
			if len(fb) != 1 {
				t.Fatalf("recorded %+v, want one feedback", fb)
			}
			got := fb[0]
			if got.Time.IsZero() {
				t.Error("feedback without a time")
			}
			got.Time = time.Time{}
			want := store.Feedback{Facts: a.Facts, Rating: tc.rating, Reason: tc.reason, UserID: "u1", GuildID: "g1"}
			if !reflect.DeepEqual(got, want) {
				t.Errorf("recorded %+v, want %+v", got, want)
			}
		})
	}

	t.Run("stale buttons record nothing", func(t *testing.T) {
		for _, id := range []string{"fb:up:no-such-fact", "fb:down:no-such-fact", "fb:wrong:no-such-fact,nor-this", "fb:up:", "fb:sideways:mark-porter"} {
			if resp := click(id); resp.Outcome != OutcomeExpired || !resp.Reply.Ephemeral {
				t.Errorf("%s: %+v, want expired", id, resp)
			}
		}
		if _, fb := rec.Take(); len(fb) != 0 {
			t.Errorf("recorded %+v", fb)
		}
	})
	t.Run("unknown ids are dropped from a list", func(t *testing.T) {
		click("fb:up:mark-porter,no-such-fact,mark-porter")
		if _, fb := rec.Take(); len(fb) != 1 || !slices.Equal(fb[0].Facts, []string{"mark-porter"}) {
			t.Errorf("recorded %+v, want the known fact once", fb)
		}
	})
	t.Run("no recorder", func(t *testing.T) {
		h := &Handler{Bot: New(base)}
		if resp := h.Handle(context.Background(), button(up)); resp.Outcome != OutcomeAnswered {
			t.Errorf("👍 without a recorder: %+v", resp)
		}
	})
}

// TestFeedbackButtonsFit: the feedback custom ids stay within Discord's 100
// characters however many facts an answer has, dropping the facts that do
// not fit, and the reasons carry what fits of the 👎's list.
func TestFeedbackButtonsFit(t *testing.T) {
	base := loadRenderBase(t)
	var ids []string
	for _, f := range base.Facts() {
		ids = append(ids, f.ID)
	}
	a := base.Answer("who is mark porter?")
	a.Facts = ids[:12]
	rows := Components(Reply{Answer: &a})
	checkComponents(t, rows)
	h := &Handler{Bot: New(base)}
	for _, id := range customIDs(rows) {
		if len(id) > limitCustomID || !strings.Contains(id, ids[0]) {
			t.Errorf("custom id %q: over 100 characters or without the best fact", id)
		}
		if strings.HasPrefix(id, customFeedbackDown) {
			ask := h.Handle(context.Background(), button(id))
			reasonRows := Components(ask.Reply)
			checkComponents(t, reasonRows)
			if n := len(customIDs(reasonRows)); n != len(feedbackReasons) {
				t.Errorf("%d reasons", n)
			}
		}
	}
	if got := customIDWith("p:", []string{strings.Repeat("x", 99)}); got != "" {
		t.Errorf("an id that cannot fit gave %q", got)
	}
}

// TestRecordQuestions: every slash command, message command and message is
// recorded once, with the question, outcome and facts; autocomplete and
// buttons are not.
func TestRecordQuestions(t *testing.T) {
	base := loadRenderBase(t)
	check := Command{Name: "check", Type: MessageCommand, Run: func(_ context.Context, r Request) (Reply, error) {
		a := base.Answer(r.TargetText)
		return Reply{Answer: &a}, nil
	}}
	fail := Command{Name: "fail", Description: "fails", Run: func(context.Context, Request) (Reply, error) { return Reply{}, errors.New("disk on fire") }}
	porter := base.Answer("who is mark porter")
	withGuild := func(r Request) Request { r.GuildID = "g1"; return r }
	for _, tc := range []struct {
		name string
		req  Request
		want *store.Question // nil: nothing recorded
		// facts: the recorded facts are the answer's (non-empty); else none.
		facts bool
	}{
		{"/ask", withGuild(command("ask", "question", "who is mark porter")),
			&store.Question{Command: "ask", Question: "who is mark porter", Outcome: store.OutcomeAnswered, UserID: "u1", GuildID: "g1"}, true},
		{"/ask not found", command("ask", "question", "what is the capital of france?"),
			&store.Question{Command: "ask", Question: "what is the capital of france?", Outcome: store.OutcomeNotFound, UserID: "u1"}, false},
		{"/who with the option typed", command("who", "name", porter.Facts[0]),
			&store.Question{Command: "who", Question: porter.Facts[0], Outcome: store.OutcomeAnswered, UserID: "u1"}, true},
		{"/help", command("help"), &store.Question{Command: "help", Outcome: store.OutcomeAnswered, UserID: "u1"}, false},
		{"a failing command", command("fail"), &store.Question{Command: "fail", Outcome: store.OutcomeError, UserID: "u1"}, false},
		{"a message command, without the checked message's text", Request{Kind: KindCommand, Command: "check", TargetID: "m1", TargetText: "who is mark porter", UserID: "u1"},
			&store.Question{Command: "check", Outcome: store.OutcomeAnswered, UserID: "u1"}, true},
		{"a message", Request{Kind: KindMessage, Text: "who is mark porter", UserID: "u1"},
			&store.Question{Command: "message", Question: "who is mark porter", Outcome: store.OutcomeAnswered, UserID: "u1"}, true},
		{"autocomplete", Request{Kind: KindAutocomplete, Command: "who", Focused: "name", Options: map[string]string{"name": "por"}, UserID: "u1"}, nil, false},
		{"a button", button("quotes:mark-porter"), nil, false},
		{"unknown", Request{Kind: KindUnknown, UserID: "u1"}, nil, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordtest.Recorder{}
			h := &Handler{Bot: New(base, check, fail), Recorder: rec}
			h.Handle(context.Background(), tc.req)
			qs, _ := rec.Take()
			if tc.want == nil {
				if len(qs) != 0 {
					t.Errorf("recorded %+v, want nothing", qs)
				}
				return
			}
			if len(qs) != 1 {
				t.Fatalf("recorded %+v, want one question", qs)
			}
			got := qs[0]
			if got.Time.IsZero() {
				t.Error("no time")
			}
			if tc.facts != (len(got.Facts) > 0) {
				t.Errorf("facts %v, want some: %v", got.Facts, tc.facts)
			}
			got.Time, got.Facts = time.Time{}, nil
			if !reflect.DeepEqual(got, *tc.want) {
				t.Errorf("recorded %+v\nwant     %+v", got, *tc.want)
			}
		})
	}

	t.Run("rate limited", func(t *testing.T) {
		rec := &recordtest.Recorder{}
		h := &Handler{Bot: New(base), Recorder: rec, Limiter: NewRateLimiter(1, time.Hour, nil)}
		for range 2 {
			h.Handle(context.Background(), command("ask", "question", "who is mark porter"))
		}
		qs, _ := rec.Take()
		if len(qs) != 2 || qs[0].Outcome != store.OutcomeAnswered || qs[1].Outcome != store.OutcomeRateLimited || len(qs[1].Facts) != 0 {
			t.Errorf("recorded %+v, want answered then rate_limited", qs)
		}
	})
}

// TestSlowButtonsDeferEphemerally: a button's answer is for the presser
// alone, so when it is slow the acknowledgement is ephemeral too (the edit
// keeps the flag); a slow command's stays public.
func TestSlowButtonsDeferEphemerally(t *testing.T) {
	for _, tc := range []struct {
		name      string
		req       Request
		ephemeral bool
	}{
		{"button", button("slow:x"), true},
		{"command", command("gated"), false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			gate := make(chan struct{})
			h := &Handler{Bot: New(loadRenderBase(t), gatedCommand(gate)), DeferAfter: time.Millisecond}
			h.Handle(context.Background(), Request{}) // builds the routes
			h.components.Handle("slow:{x}", func(context.Context, *Request, string) (Response, error) {
				<-gate
				return reply(Reply{Title: "Slow", Ephemeral: true}), nil
			})
			d := newRecordingDeliverer()
			done := make(chan error, 1)
			go func() { done <- h.Serve(context.Background(), tc.req, d) }()
			d.waitResponded(t)
			close(gate)
			if err := <-done; err != nil {
				t.Fatal(err)
			}
			if len(d.responses) != 1 || d.responses[0].Type != RespondDeferred || d.responses[0].Reply.Ephemeral != tc.ephemeral {
				t.Errorf("responses %+v, want one deferral, ephemeral %v", d.responses, tc.ephemeral)
			}
		})
	}
}
