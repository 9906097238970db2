package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"go/parser"
	"go/token"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// observed is one Observe call.
type observed struct{ command, outcome string }

// recordingObserver keeps what the pipeline counted.
type recordingObserver struct {
	mu   sync.Mutex
	seen []observed
}

func (o *recordingObserver) Observe(command, outcome string, _ time.Duration) {
	o.mu.Lock()
	defer o.mu.Unlock()
	o.seen = append(o.seen, observed{command, outcome})
}

// logLines decodes a JSON log, one record a line.
func logLines(t *testing.T, b []byte) []map[string]any {
	t.Helper()
	var out []map[string]any
	for line := range bytes.Lines(b) {
		var rec map[string]any
		if err := json.Unmarshal(line, &rec); err != nil {
			t.Fatalf("log line %q: %v", line, err)
		}
		out = append(out, rec)
	}
	return out
}

// testCommands are commands that fail in the ways the pipeline must absorb.
func testCommands() []Command {
	return []Command{
		{Name: "boom", Description: "panics", Run: func(context.Context, Request) (Reply, error) { panic("kaboom") }},
		{Name: "fail", Description: "fails", Run: func(context.Context, Request) (Reply, error) { return Reply{}, errors.New("disk on fire") }},
	}
}

func command(name string, opts ...string) Request {
	r := Request{Kind: KindCommand, ID: "1", Command: name, UserID: "u1", Options: map[string]string{}}
	for i := 0; i+1 < len(opts); i += 2 {
		r.Options[opts[i]] = opts[i+1]
	}
	return r
}

func button(id string) Request {
	return Request{Kind: KindComponent, ID: "2", CustomID: id, UserID: "u1"}
}

func TestPipeline(t *testing.T) {
	for _, tc := range []struct {
		name      string
		req       Request
		wantType  ResponseType
		outcome   string
		level     string // of the one log line
		msg       string
		ephemeral bool
		check     func(t *testing.T, r Response)
	}{
		{name: "who", req: command("who", "name", "Mark Porter"), wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered",
			check: func(t *testing.T, r Response) {
				if r.Reply.Answer == nil || !r.Reply.Answer.Found || !strings.Contains(r.Reply.Answer.Text, "Porter") {
					t.Errorf("want an answer about Porter, got %+v", r.Reply)
				}
			}},
		{name: "ask not found", req: command("ask", "question", "what is the capital of france"), wantType: RespondReply, outcome: OutcomeNotFound, level: "INFO", msg: "answered"},
		{name: "sources", req: command("sources"), wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered"},
		{name: "unknown command", req: command("nope"), wantType: RespondReply, outcome: OutcomeError, level: "ERROR", msg: "handler failed", ephemeral: true},
		{name: "panic", req: command("boom"), wantType: RespondReply, outcome: OutcomeError, level: "ERROR", msg: "handler panicked", ephemeral: true,
			check: func(t *testing.T, r Response) {
				if r.Reply.Text != msgFailed || !r.Reply.Error {
					t.Errorf("want the apology, got %+v", r.Reply)
				}
			}},
		{name: "error", req: command("fail"), wantType: RespondReply, outcome: OutcomeError, level: "ERROR", msg: "handler failed", ephemeral: true},
		{name: "autocomplete", req: Request{Kind: KindAutocomplete, Command: "who", Focused: "name", Options: map[string]string{"name": "porter"}, UserID: "u1"},
			wantType: RespondChoices, outcome: OutcomeAnswered, level: "DEBUG", msg: "autocomplete",
			check: func(t *testing.T, r Response) {
				if len(r.Choices) == 0 || r.Choices[0].Value != "mark-porter" {
					t.Errorf("choices %+v, want mark-porter first", r.Choices)
				}
			}},
		{name: "autocomplete with no match offers choices", req: Request{Kind: KindAutocomplete, Command: "who", Focused: "name", Options: map[string]string{"name": "qqqqqq"}},
			wantType: RespondChoices, outcome: OutcomeAnswered, level: "DEBUG", msg: "autocomplete",
			check: func(t *testing.T, r Response) {
				if len(r.Choices) == 0 {
					t.Error("no choices")
				}
			}},
		{name: "quotes button", req: button("quotes:mark-porter"), wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered", ephemeral: true,
			check: func(t *testing.T, r Response) {
				if !r.Reply.ShowQuotes || r.Reply.Answer == nil || len(r.Reply.Answer.Sources) == 0 {
					t.Errorf("want the quotes, got %+v", r.Reply)
				}
			}},
		{name: "fact button", req: button("fact:jeremy-hunt"), wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered", ephemeral: true},
		{name: "stale quotes button", req: button("quotes:no-such-fact,nor-this"), wantType: RespondReply, outcome: OutcomeExpired, level: "INFO", msg: "button expired", ephemeral: true},
		{name: "stale fact button", req: button("fact:no-such-fact"), wantType: RespondReply, outcome: OutcomeExpired, level: "INFO", msg: "button expired", ephemeral: true},
		{name: "unknown button", req: button("vote:yes"), wantType: RespondReply, outcome: OutcomeExpired, level: "INFO", msg: "button expired", ephemeral: true},
		{name: "button without argument", req: button("fact:"), wantType: RespondReply, outcome: OutcomeExpired, level: "INFO", msg: "button expired", ephemeral: true},
		{name: "empty button", req: button(""), wantType: RespondReply, outcome: OutcomeExpired, level: "INFO", msg: "button expired", ephemeral: true},
		{name: "message", req: Request{Kind: KindMessage, ID: "3", Text: "who is mark porter", UserID: "u1"}, wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered"},
		{name: "message slash form", req: Request{Kind: KindMessage, Text: "/who jeremy hunt", UserID: "u1"}, wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered",
			check: func(t *testing.T, r Response) {
				if r.Reply.Answer == nil || !strings.Contains(r.Reply.Answer.Text, "Hunt") {
					t.Errorf("want /who's answer about Hunt, got %+v", r.Reply)
				}
			}},
		{name: "message with only a mention", req: Request{Kind: KindMessage, UserID: "u1"}, wantType: RespondReply, outcome: OutcomeAnswered, level: "INFO", msg: "answered",
			check: func(t *testing.T, r Response) {
				if r.Reply.Title != "Ask me something" {
					t.Errorf("want the prompt, got %+v", r.Reply)
				}
			}},
		{name: "modal submit", req: Request{Kind: KindUnknown, UserID: "u1"}, wantType: RespondReply, outcome: OutcomeUnsupported, level: "WARN", msg: "unsupported interaction", ephemeral: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var logs bytes.Buffer
			obs := &recordingObserver{}
			h := &Handler{Bot: New(loadRenderBase(t), testCommands()...), Metrics: obs,
				Log: slog.New(slog.NewJSONHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))}
			r := h.Handle(context.Background(), tc.req)
			if r.Type != tc.wantType || r.Outcome != tc.outcome {
				t.Errorf("type %d outcome %q, want %d %q", r.Type, r.Outcome, tc.wantType, tc.outcome)
			}
			if r.Reply.Ephemeral != tc.ephemeral {
				t.Errorf("ephemeral %v, want %v", r.Reply.Ephemeral, tc.ephemeral)
			}
			lines := logLines(t, logs.Bytes())
			if len(lines) != 1 || lines[0]["level"] != tc.level || lines[0]["msg"] != tc.msg || lines[0]["outcome"] != tc.outcome {
				t.Errorf("log %s, want one %s %q line with outcome %s", logs.Bytes(), tc.level, tc.msg, tc.outcome)
			}
			if want := []observed{{tc.req.name(), tc.outcome}}; len(obs.seen) != 1 || obs.seen[0] != want[0] {
				t.Errorf("observed %v, want %v", obs.seen, want)
			}
			if tc.check != nil {
				tc.check(t, r)
			}
		})
	}
}

// TestPipelineRateLimit: commands, buttons and messages share a user's
// allowance; autocomplete is never charged; other users are unaffected.
func TestPipelineRateLimit(t *testing.T) {
	clock := time.Unix(1_700_000_000, 0)
	obs := &recordingObserver{}
	h := &Handler{Bot: New(loadRenderBase(t)), Metrics: obs, Limiter: NewRateLimiter(3, time.Minute, func() time.Time { return clock })}
	ac := Request{Kind: KindAutocomplete, Command: "who", Focused: "name", Options: map[string]string{"name": "po"}, UserID: "u1"}
	steps := []struct {
		req     Request
		outcome string
	}{
		{command("who", "name", "Mark Porter"), OutcomeAnswered},
		{ac, OutcomeAnswered},
		{button("quotes:mark-porter"), OutcomeAnswered},
		{ac, OutcomeAnswered},
		{Request{Kind: KindMessage, Text: "who is jeremy hunt", UserID: "u1"}, OutcomeAnswered},
		{command("who", "name", "Mark Porter"), OutcomeRateLimited},
		{button("quotes:mark-porter"), OutcomeRateLimited},
		{ac, OutcomeAnswered},
		{Request{Kind: KindCommand, Command: "sources", UserID: "u2"}, OutcomeAnswered},
	}
	for i, s := range steps {
		r := h.Handle(context.Background(), s.req)
		if r.Outcome != s.outcome {
			t.Errorf("step %d (%s): outcome %q, want %q", i, s.req.name(), r.Outcome, s.outcome)
		}
		if s.outcome == OutcomeRateLimited && (r.Reply.Text != msgRateLimited || !r.Reply.Ephemeral) {
			t.Errorf("step %d: rate-limited reply %+v", i, r.Reply)
		}
	}
	if len(obs.seen) != len(steps) {
		t.Errorf("%d observations for %d requests", len(obs.seen), len(steps))
	}
}

// TestInteractionLogLine: each answered interaction logs one line with the
// attributes operators filter on, never the question, and a level that is
// off costs no line.
func TestInteractionLogLine(t *testing.T) {
	var buf bytes.Buffer
	h := &Handler{Bot: New(loadRenderBase(t)), Log: slog.New(slog.NewJSONHandler(&buf, nil))}
	const question = "Mark Porter"
	in := Request{Kind: KindCommand, ID: "1180471205112430642", Command: "who", Options: map[string]string{"name": question}, UserID: "80351110224678912"}
	h.Handle(context.Background(), in)
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("want one JSON line, got %q", buf.String())
	}
	for key, want := range map[string]any{"msg": "answered", "level": "INFO", "interaction": in.ID, "kind": "command",
		"command": "who", "user": in.UserID, "found": true, "fact": "mark-porter", "outcome": OutcomeAnswered} {
		if rec[key] != want {
			t.Errorf("%s = %v, want %v (line %s)", key, rec[key], want, buf.Bytes())
		}
	}
	if _, ok := rec["latency"]; !ok {
		t.Errorf("no latency in %s", buf.Bytes())
	}
	if strings.Contains(buf.String(), question) {
		t.Errorf("the question reached the log: %s", buf.Bytes())
	}

	buf.Reset()
	h = &Handler{Bot: New(loadRenderBase(t)), Log: slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))}
	h.Handle(context.Background(), in)
	if buf.Len() != 0 {
		t.Errorf("info line written at level warn: %s", buf.Bytes())
	}
}

func TestComponentRouter(t *testing.T) {
	cr := &ComponentRouter{}
	got := ""
	for _, p := range []string{"a:{x}", "ab:{y}"} {
		cr.Handle(p, func(_ context.Context, _ *Request, arg string) (Response, error) {
			got = p + "=" + arg
			return reply(Reply{Title: p}), nil
		})
	}
	for id, want := range map[string]string{"a:1": "a:{x}=1", "ab:2": "ab:{y}=2", "a:b:c": "a:{x}=b:c", "b:1": "", "a:": ""} {
		got = ""
		r, err := cr.Route(context.Background(), &Request{CustomID: id})
		if err != nil || got != want {
			t.Errorf("%q: routed %q (%v), want %q", id, got, err, want)
		}
		if want == "" && r.Outcome != OutcomeExpired {
			t.Errorf("%q: outcome %q, want expired", id, r.Outcome)
		}
	}
	for _, bad := range []string{"nope", "a:{x}b", "a:{x}{y}", "{"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Handle(%q) did not panic", bad)
				}
			}()
			cr.Handle(bad, nil)
		}()
	}
}

// TestButtonsRouteBack: every button Render puts under an answer is one the
// router answers, so a fresh button never says it has expired.
func TestButtonsRouteBack(t *testing.T) {
	base := loadRenderBase(t)
	h := &Handler{Bot: New(base)}
	for _, q := range goldenQuestions {
		a := base.Answer(q)
		for _, id := range customIDs(Components(Reply{Answer: &a})) {
			if r := h.Handle(context.Background(), button(id)); r.Outcome == OutcomeExpired || r.Outcome == OutcomeError {
				t.Errorf("%q: button %q answered %q", q, id, r.Outcome)
			}
		}
	}
}

// TestCoreKnowsNoDiscordgo: the request, pipeline and routing code takes
// and returns the package's own types; only the renderer and the
// registration code speak discordgo.
func TestCoreKnowsNoDiscordgo(t *testing.T) {
	for _, file := range []string{"request.go", "pipeline.go", "router.go", "commands.go", "parse.go", "ratelimit.go", "text.go", "markdown.go", "conversation.go", "feedback.go"} {
		f, err := parser.ParseFile(token.NewFileSet(), file, nil, parser.ImportsOnly)
		if err != nil {
			t.Fatal(err)
		}
		for _, imp := range f.Imports {
			if p, _ := strconv.Unquote(imp.Path.Value); strings.Contains(p, "discordgo") {
				t.Errorf("%s imports %s", file, p)
			}
		}
	}
}

// recordingDeliverer keeps what Serve delivers and signals each response.
type recordingDeliverer struct {
	mu         sync.Mutex
	responses  []Response
	edits      []Reply
	responded  chan struct{}
	respondErr error // returned for a deferred acknowledgement
}

func newRecordingDeliverer() *recordingDeliverer {
	return &recordingDeliverer{responded: make(chan struct{}, 4)}
}

func (d *recordingDeliverer) Respond(r Response) error {
	d.mu.Lock()
	d.responses = append(d.responses, r)
	d.mu.Unlock()
	d.responded <- struct{}{}
	if r.Type == RespondDeferred {
		return d.respondErr
	}
	return nil
}

func (d *recordingDeliverer) Edit(r Reply) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.edits = append(d.edits, r)
	return nil
}

// waitResponded is a failsafe against a hang, not a timing assertion.
func (d *recordingDeliverer) waitResponded(t *testing.T) {
	t.Helper()
	select {
	case <-d.responded:
	case <-time.After(30 * time.Second):
		t.Fatal("nothing was delivered")
	}
}

// gatedCommand answers once release is closed, or fails when ctx ends, so
// that a deferral is certain without timing assumptions.
func gatedCommand(release <-chan struct{}) Command {
	return Command{Name: "gated", Description: "answers when the test says so",
		Run: func(ctx context.Context, _ Request) (Reply, error) {
			select {
			case <-release:
				return Reply{Title: "Gated answer", Text: "Now."}, nil
			case <-ctx.Done():
				return Reply{}, ctx.Err()
			}
		}}
}

func TestServeDeferral(t *testing.T) {
	for _, tc := range []struct {
		name string
		// during runs once the deferral has been delivered.
		during     func(release chan struct{}, cancel context.CancelFunc)
		respondErr error
		wantErr    bool
		wantEdit   bool
	}{
		{name: "released after the deferral", during: func(r chan struct{}, _ context.CancelFunc) { close(r) }, wantEdit: true},
		{name: "cancelled after the deferral", during: func(_ chan struct{}, cancel context.CancelFunc) { cancel() }, wantErr: true},
		{name: "acknowledgement fails", during: func(r chan struct{}, _ context.CancelFunc) { close(r) }, respondErr: errors.New("gone"), wantErr: true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			h := &Handler{Bot: New(loadRenderBase(t), gatedCommand(release)), DeferAfter: time.Millisecond}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			d := newRecordingDeliverer()
			d.respondErr = tc.respondErr
			done := make(chan error, 1)
			go func() { done <- h.Serve(ctx, command("gated"), d) }()
			d.waitResponded(t)
			tc.during(release, cancel)
			err := <-done
			if (err != nil) != tc.wantErr {
				t.Fatalf("Serve: %v, want error %v", err, tc.wantErr)
			}
			if len(d.responses) != 1 || d.responses[0].Type != RespondDeferred {
				t.Errorf("responses %+v, want one deferral", d.responses)
			}
			if got := len(d.edits) == 1; got != tc.wantEdit || len(d.edits) > 1 {
				t.Fatalf("%d edits, want edit %v", len(d.edits), tc.wantEdit)
			}
			if tc.wantEdit && d.edits[0].Title != "Gated answer" {
				t.Errorf("edit does not carry the answer: %+v", d.edits[0])
			}
		})
	}

	t.Run("fast answers are not deferred", func(t *testing.T) {
		h := &Handler{Bot: New(loadRenderBase(t)), DeferAfter: time.Hour}
		for name, in := range benchRequests() {
			d := newRecordingDeliverer()
			if err := h.Serve(context.Background(), in, d); err != nil {
				t.Fatalf("%s: %v", name, err)
			}
			if len(d.responses) != 1 || len(d.edits) != 0 {
				t.Fatalf("%s: %d responses and %d edits, want one response", name, len(d.responses), len(d.edits))
			}
			want := RespondReply
			if in.Kind == KindAutocomplete {
				want = RespondChoices
			}
			if got := d.responses[0].Type; got != want {
				t.Errorf("%s: response type %d, want %d", name, got, want)
			}
		}
	})
}

// discardDeliverer takes responses and edits and drops them.
type discardDeliverer struct{}

func (discardDeliverer) Respond(Response) error { return nil }
func (discardDeliverer) Edit(Reply) error       { return nil }

func benchRequests() map[string]Request {
	const user = "80351110224678912"
	return map[string]Request{
		"who":          {Kind: KindCommand, ID: "1", Command: "who", Options: map[string]string{"name": "Mark Porter"}, UserID: user},
		"ask":          {Kind: KindCommand, ID: "2", Command: "ask", Options: map[string]string{"question": "when did the five-day strike start?"}, UserID: user},
		"autocomplete": {Kind: KindAutocomplete, ID: "3", Command: "who", Focused: "name", Options: map[string]string{"name": "mar"}, UserID: user},
		"button":       {Kind: KindComponent, ID: "4", CustomID: "quotes:mark-porter", UserID: user},
	}
}

// BenchmarkHandler is the cost of deciding an answer (Handle), and of that
// with the deferral machinery around it (Serve), per kind of request.
func BenchmarkHandler(b *testing.B) {
	h := &Handler{Bot: New(loadRenderBase(b))}
	for name, in := range benchRequests() {
		b.Run("Handle/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				h.Handle(context.Background(), in)
			}
		})
		b.Run("Serve/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := h.Serve(context.Background(), in, discardDeliverer{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
