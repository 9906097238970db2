package commands

import (
	"context"
	"errors"
	"reflect"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/knowledge"
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

// clicker is a pipeline over base recording to rec, and a click on it by
// user u1 in guild g1.
func clicker(base *knowledge.Base) (rec *recordtest.Recorder, click func(customID string) Response) {
	rec = &recordtest.Recorder{}
	h := &Handler{Bot: New(base), Recorder: rec}
	return rec, func(id string) Response {
		req := button(id)
		req.GuildID = "g1"
		return h.Handle(context.Background(), req)
	}
}

// TestFeedback: 👍 is recorded at once; 👎 asks why, ephemerally, and the
// reason clicked is recorded, with the facts of the answer, the command
// that answered and who rated it. Buttons from before the command was
// carried still work, recorded without one.
func TestFeedback(t *testing.T) {
	base := loadRenderBase(t)
	a := base.Answer("who is mark porter and who is steve barclay?")
	if !a.Found || len(a.Facts) < 2 {
		t.Fatalf("want an answer from two facts, got %v", a.Facts)
	}
	for _, v := range []struct {
		name    string
		command string // Reply.Command, as the pipeline set it
		prefix  string // what the custom ids carry after "fb:<rating>:"
		want    string // the command recorded
	}{
		{"with the command", "ask", "ask:", "ask"},
		{"a DM's answer", "message", "message:", "message"},
		{"sent before commands were carried", "", "", ""},
	} {
		t.Run(v.name, func(t *testing.T) {
			answerButtons := customIDs(Components(Reply{Answer: &a, Command: v.command}))
			up, down := withPrefix(t, answerButtons, "fb:up:"), withPrefix(t, answerButtons, "fb:down:")
			if !strings.HasPrefix(up, "fb:up:"+v.prefix+a.Facts[0]) || !strings.HasPrefix(down, "fb:down:"+v.prefix+a.Facts[0]) {
				t.Fatalf("buttons %q, %q: want the command %q, then the facts", up, down, v.command)
			}

			rec, click := clicker(base)

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
				{"wrong", withPrefix(t, reasons, "fb:wrong:"+v.prefix), store.RatingDown, store.ReasonWrong},
				{"off-topic", withPrefix(t, reasons, "fb:off_topic:"+v.prefix), store.RatingDown, store.ReasonOffTopic},
				{"incomplete", withPrefix(t, reasons, "fb:incomplete:"+v.prefix), store.RatingDown, store.ReasonIncomplete},
				{"something else", withPrefix(t, reasons, "fb:other:"+v.prefix), store.RatingDown, ""},
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
					want := store.Feedback{Facts: a.Facts, Rating: tc.rating, Reason: tc.reason, Command: v.want, UserID: "u1", GuildID: "g1"}
					if !reflect.DeepEqual(got, want) {
						t.Errorf("recorded %+v, want %+v", got, want)
					}
				})
			}
		})
	}

	rec, click := clicker(base)
	t.Run("stale buttons record nothing", func(t *testing.T) {
		for _, id := range []string{"fb:up:no-such-fact", "fb:down:no-such-fact", "fb:wrong:no-such-fact,nor-this", "fb:up:", "fb:up:who:", "fb:sideways:mark-porter", "fb:up:who:no-such-fact"} {
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
	t.Run("only the command table's names are recorded", func(t *testing.T) {
		for id, want := range map[string]string{
			"fb:up:who:mark-porter":                 "who",
			"fb:up:message:mark-porter":             "message",
			"fb:up:DROP TABLE feedback:mark-porter": "",
			"fb:up:button:mark-porter":              "",
			"fb:incomplete:nonsense:mark-porter":    "",
			"fb:wrong:quote:mark-porter":            "quote",
		} {
			if resp := click(id); resp.Outcome != OutcomeAnswered {
				t.Errorf("%s: %+v", id, resp)
			}
			if _, fb := rec.Take(); len(fb) != 1 || fb[0].Command != want || !slices.Equal(fb[0].Facts, []string{"mark-porter"}) {
				t.Errorf("%s recorded %+v, want command %q on mark-porter", id, fb, want)
			}
		}
		// The reasons a 👎 offers carry only a known command on.
		ask := click("fb:down:nonsense:mark-porter")
		if ids := customIDs(Components(ask.Reply)); len(ids) == 0 || withPrefix(t, ids, "fb:wrong:") != "fb:wrong:mark-porter" {
			t.Errorf("👎 with an unknown command offers %q", ids)
		}
	})
	t.Run("no recorder", func(t *testing.T) {
		h := &Handler{Bot: New(base)}
		if resp := h.Handle(context.Background(), button("fb:up:who:mark-porter")); resp.Outcome != OutcomeAnswered {
			t.Errorf("👍 without a recorder: %+v", resp)
		}
	})
}

// TestDeclineButtons: a not-found answer to a question from Discord carries
// 👍 and 👎 naming the command and the asking interaction's or message's
// id; small talk, errors, found answers' quotes and answers without such an
// id (the terminal's) carry none.
func TestDeclineButtons(t *testing.T) {
	base := loadRenderBase(t)
	const id = "1180471205112430642"
	declined := base.Answer("what is the capital of france?")
	hello := base.Answer("hello")
	found := base.Answer("who is mark porter")
	if declined.Found || !found.Found || declined.SmallTalk {
		t.Fatalf("want a decline and a found answer: %v %v", declined.Found, found.Found)
	}
	if !hello.SmallTalk {
		t.Fatalf("the fact base's reply to hello is not marked as small talk (found %v, title %q)", hello.Found, hello.Title)
	}
	for _, tc := range []struct {
		name string
		r    Reply
		want []string // the custom ids starting "nf:"
	}{
		{"/ask declined", Reply{Answer: &declined, Command: "ask", QuestionID: id}, []string{"nf:up:ask:" + id, "nf:down:ask:" + id}},
		{"a DM declined", Reply{Answer: &declined, Command: "message", QuestionID: id}, []string{"nf:up:message:" + id, "nf:down:message:" + id}},
		{"no command", Reply{Answer: &declined, QuestionID: id}, []string{"nf:up::" + id, "nf:down::" + id}},
		{"a command with a space", Reply{Answer: &declined, Command: CheckCommand, QuestionID: id}, []string{"nf:up::" + id, "nf:down::" + id}},
		{"the terminal", Reply{Answer: &declined, Command: "message"}, nil},
		{"not a Discord id", Reply{Answer: &declined, Command: "ask", QuestionID: "m1"}, nil},
		{"small talk", Reply{Answer: &hello, Command: "message", QuestionID: id}, nil},
		{"an error", Reply{Title: "Sorry", Error: true, Command: "ask", QuestionID: id}, nil},
		{"a found answer", Reply{Answer: &found, Command: "ask", QuestionID: id}, nil},
		{"quotes", Reply{Answer: &found, ShowQuotes: true, Command: "ask", QuestionID: id}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rows := Components(tc.r)
			checkComponents(t, rows)
			var got []string
			for _, c := range customIDs(rows) {
				if strings.HasPrefix(c, "nf:") {
					got = append(got, c)
				}
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("buttons %q, want %q", got, tc.want)
			}
		})
	}
	t.Run("the suggestions stay first", func(t *testing.T) {
		if len(declined.Related) == 0 {
			t.Skip("no suggestions for this decline")
		}
		ids := customIDs(Components(Reply{Answer: &declined, Command: "ask", QuestionID: id}))
		if !strings.HasPrefix(ids[0], customFact) || ids[len(ids)-1] != "nf:down:ask:"+id {
			t.Errorf("buttons %q: want the suggestions, then 👍 and 👎", ids)
		}
	})
}

// TestDeclineFeedback: a click on a not-found answer's 👍 or 👎 is
// recorded at once against the question, by its id, with the command when
// the button names one from the command table; a button without a Discord
// id is expired.
func TestDeclineFeedback(t *testing.T) {
	base := loadRenderBase(t)
	const id = "1180471205112430642"
	rec, click := clicker(base)
	for _, tc := range []struct {
		click string
		want  *store.Feedback // nil: expired, nothing recorded
	}{
		{"nf:down:ask:" + id, &store.Feedback{Rating: store.RatingDown, Command: "ask", QuestionID: id}},
		{"nf:up:ask:" + id, &store.Feedback{Rating: store.RatingUp, Command: "ask", QuestionID: id}},
		{"nf:down:message:" + id, &store.Feedback{Rating: store.RatingDown, Command: "message", QuestionID: id}},
		{"nf:down::" + id, &store.Feedback{Rating: store.RatingDown, QuestionID: id}},
		{"nf:down:made-up:" + id, &store.Feedback{Rating: store.RatingDown, QuestionID: id}},
		{"nf:down:ask:", nil},
		{"nf:down:ask:not-an-id", nil},
		{"nf:down:ask:123456789012345678901", nil}, // 21 digits
		{"nf:down:" + id, &store.Feedback{Rating: store.RatingDown, QuestionID: id}}, // no command part
		{"nf:sideways:ask:" + id, nil},
	} {
		t.Run(tc.click, func(t *testing.T) {
			resp := click(tc.click)
			_, fb := rec.Take()
			if tc.want == nil {
				if resp.Outcome != OutcomeExpired || len(fb) != 0 {
					t.Errorf("answered %+v and recorded %+v, want expired and nothing", resp, fb)
				}
				return
			}
			if !resp.Reply.Ephemeral || resp.Outcome != OutcomeAnswered || !strings.Contains(resp.Reply.Title, "Thanks") {
				t.Errorf("answered %+v, want an ephemeral thank-you", resp)
			}
			if len(fb) != 1 || fb[0].Time.IsZero() {
				t.Fatalf("recorded %+v, want one feedback", fb)
			}
			got := fb[0]
			got.Time = time.Time{}
			want := *tc.want
			want.UserID, want.GuildID = "u1", "g1"
			if !reflect.DeepEqual(got, want) {
				t.Errorf("recorded %+v, want %+v", got, want)
			}
		})
	}
}

// TestPipelineRatesAnswers: through the pipeline, each answer's 👍/👎 carry
// the command as its question is recorded and, for a decline, the request's
// id; a click on them records that command and, for the decline, the id the
// question was recorded with.
func TestPipelineRatesAnswers(t *testing.T) {
	base := loadRenderBase(t)
	const id = "1180471205112430642"
	for _, tc := range []struct {
		name string
		req  Request
		down string // the 👎's custom id, or "" for none
	}{
		{"/ask declined", withID(command("ask", "question", "what is the capital of france?"), id), "nf:down:ask:" + id},
		{"/who found", withID(command("who", "name", "mark-porter"), id), "fb:down:who:mark-porter"},
		{"a DM declined", Request{Kind: KindMessage, ID: id, Text: "what is the capital of france?", UserID: "u1"}, "nf:down:message:" + id},
		{"a DM found", Request{Kind: KindMessage, ID: id, Text: "who is mark porter", UserID: "u1"}, "fb:down:message:mark-porter"},
		{"a DM as a slash form", Request{Kind: KindMessage, ID: id, Text: "/ask what is the capital of france?", UserID: "u1"}, "nf:down:message:" + id},
		{"small talk", Request{Kind: KindMessage, ID: id, Text: "hello", UserID: "u1"}, ""},
		{"/help", withID(command("help"), id), ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			rec := &recordtest.Recorder{}
			h := &Handler{Bot: New(base), Recorder: rec}
			resp := h.Handle(context.Background(), tc.req)
			qs, _ := rec.Take()
			if len(qs) != 1 || qs[0].RequestID != id {
				t.Fatalf("recorded %+v, want the question with its request id", qs)
			}
			var down string
			for _, c := range customIDs(Components(resp.Reply)) {
				if strings.HasPrefix(c, "fb:down:") || strings.HasPrefix(c, "nf:down:") {
					down = c
				}
			}
			if tc.down == "" {
				if down != "" {
					t.Errorf("👎 %q, want none", down)
				}
				return
			}
			if !strings.HasPrefix(down, tc.down) {
				t.Fatalf("👎 %q, want %q…", down, tc.down)
			}
			if !strings.HasPrefix(down, "nf:") {
				return // a found answer's 👎 asks why first: TestFeedback
			}
			h.Handle(context.Background(), button(down))
			_, fb := rec.Take()
			if len(fb) != 1 || fb[0].Command != qs[0].Command || fb[0].QuestionID != qs[0].RequestID || fb[0].Rating != store.RatingDown {
				t.Errorf("recorded %+v for the question %+v", fb, qs[0])
			}
		})
	}
}

func withID(r Request, id string) Request { r.ID = id; return r }

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
	long := strings.Repeat("x", 90)
	if got := ratingID(customFeedbackUp, "message", []string{long, "y"}); got != customFeedbackUp+long+",y" {
		t.Errorf("a fact that fits only without the command gave %q", got)
	}
	if got := ratingID(customFeedbackUp, "who", []string{"a", long}); got != customFeedbackUp+"who:a" {
		t.Errorf("ratingID = %q, want the command and the facts that fit", got)
	}
	if got := customIDWith("p:", []string{strings.Repeat("x", 99)}); got != "" {
		t.Errorf("an id that cannot fit gave %q", got)
	}
}

// TestRecordQuestions: every slash command, message command and message is
// recorded once, with the question, outcome, facts and the id of the
// interaction or message that asked; autocomplete and buttons are not.
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
			&store.Question{Command: "ask", Question: "who is mark porter", Outcome: store.OutcomeAnswered, UserID: "u1", GuildID: "g1", RequestID: "1"}, true},
		{"/ask not found", command("ask", "question", "what is the capital of france?"),
			&store.Question{Command: "ask", Question: "what is the capital of france?", Outcome: store.OutcomeNotFound, UserID: "u1", RequestID: "1"}, false},
		{"/who with the option typed", command("who", "name", porter.Facts[0]),
			&store.Question{Command: "who", Question: porter.Facts[0], Outcome: store.OutcomeAnswered, UserID: "u1", RequestID: "1"}, true},
		{"/help", command("help"), &store.Question{Command: "help", Outcome: store.OutcomeAnswered, UserID: "u1", RequestID: "1"}, false},
		{"a failing command", command("fail"), &store.Question{Command: "fail", Outcome: store.OutcomeError, UserID: "u1", RequestID: "1"}, false},
		{"a message command, without the checked message's text", Request{Kind: KindCommand, ID: "1180471205112430642", Command: "check", TargetID: "m1", TargetText: "who is mark porter", UserID: "u1"},
			&store.Question{Command: "check", Outcome: store.OutcomeAnswered, RequestID: "1180471205112430642", UserID: "u1"}, true},
		{"a message", Request{Kind: KindMessage, ID: "1180470911137366097", Text: "who is mark porter", UserID: "u1"},
			&store.Question{Command: "message", Question: "who is mark porter", Outcome: store.OutcomeAnswered, RequestID: "1180470911137366097", UserID: "u1"}, true},
		{"a message from the terminal", Request{Kind: KindMessage, Text: "who is mark porter", UserID: "u1"},
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

// FuzzFeedbackClick: whatever custom id a click carries, the pipeline
// answers it, and what it records is only what the bot itself could have
// put there: a command from the command table or "message" (else none), a
// Discord id for a decline's question, and facts the base has.
func FuzzFeedbackClick(f *testing.F) {
	for _, s := range []string{"fb:up:who:mark-porter", "fb:wrong:mark-porter,steve-barclay", "fb:down:ask:",
		"nf:down:ask:1180471205112430642", "nf:up::1", "nf:down:x:y:z", "fb:other:<@everyone>:mark-porter"} {
		f.Add(s)
	}
	base := loadRenderBase(f)
	rec, click := clicker(base)
	bot := New(base)
	f.Fuzz(func(t *testing.T, customID string) {
		if !strings.HasPrefix(customID, "fb:") && !strings.HasPrefix(customID, "nf:") {
			return // other buttons (pages update their message): not feedback
		}
		if resp := click(customID); resp.Type != RespondReply || !resp.Reply.Ephemeral {
			t.Fatalf("%q answered %+v", customID, resp)
		}
		_, fb := rec.Take()
		for _, r := range fb {
			if r.Command != "" && bot.ratedCommand(r.Command) != r.Command {
				t.Errorf("%q recorded the command %q", customID, r.Command)
			}
			if r.QuestionID != "" && (!IsSnowflake(r.QuestionID) || len(r.Facts) > 0) {
				t.Errorf("%q recorded the question %q with facts %q", customID, r.QuestionID, r.Facts)
			}
			if r.QuestionID == "" && len(r.Facts) == 0 {
				t.Errorf("%q recorded a rating of nothing", customID)
			}
			for _, id := range r.Facts {
				if _, ok := base.Fact(id); !ok {
					t.Errorf("%q recorded the unknown fact %q", customID, id)
				}
			}
		}
	})
}

// TestIsSnowflake: a Discord id is an unsigned 64-bit number in decimal,
// nothing else.
func TestIsSnowflake(t *testing.T) {
	for s, want := range map[string]bool{
		"1180471205112430642": true, "0": true, "18446744073709551615": true,
		"": false, "18446744073709551616": false, "123456789012345678901": false,
		"+1": false, "-1": false, "12a": false, " 12": false, "1e3": false,
	} {
		if got := IsSnowflake(s); got != want {
			t.Errorf("IsSnowflake(%q) = %v, want %v", s, got, want)
		}
	}
}
