package interactions_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"net/http/httptest"
	"reflect"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/interactions"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// now is the fixed clock every test endpoint runs on, so timestamps are
// exact and no test depends on the wall clock.
var now = time.Unix(1_700_000_000, 0)

// callbackPath is an interaction callback URL: its request body schema in
// Discord's OpenAPI spec is exactly what an HTTP interaction response must be.
const callbackPath = "/api/v10/interactions/1180471205112430642/token/callback"

// fixture is a test endpoint with its key, handler and log.
type fixture struct {
	t       *testing.T
	priv    ed25519.PrivateKey
	srv     *httptest.Server
	handler *commands.Handler
	logs    *syncBuffer
	fake    *discordtest.Server
}

// syncBuffer is a goroutine-safe log sink.
type syncBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

func loadBase(t testing.TB) *knowledge.Base {
	t.Helper()
	base, err := knowledge.Load(data.FS())
	if err != nil {
		t.Fatalf("load fact base: %v", err)
	}
	return base
}

// newFixture starts the endpoint over the embedded fact base. mod adjusts
// the handler and options before the endpoint is built.
func newFixture(t *testing.T, mod func(*commands.Handler, *interactions.Options), extra ...commands.Command) *fixture {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		t.Fatal(err)
	}
	f := &fixture{t: t, priv: priv, logs: &syncBuffer{}, fake: discordtest.New(t)}
	log := slog.New(slog.NewTextHandler(f.logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	f.handler = &commands.Handler{Bot: commands.New(loadBase(t), extra...), Log: log}
	o := interactions.Options{PublicKey: pub, Handler: f.handler, Log: log, Now: func() time.Time { return now }, MaxBody: 16 << 10}
	if mod != nil {
		mod(f.handler, &o)
	}
	mux := http.NewServeMux()
	mux.Handle("/interactions", interactions.New(o))
	f.srv = httptest.NewServer(mux)
	t.Cleanup(f.srv.Close)
	return f
}

// payload is a recorded interaction, as JSON, with mutate applied.
func (f *fixture) payload(name string, mutate func(map[string]any)) []byte {
	f.t.Helper()
	m := f.fake.Fixture(name)
	if mutate != nil {
		mutate(m)
	}
	b, err := json.Marshal(m)
	if err != nil {
		f.t.Fatal(err)
	}
	return b
}

// signed returns the headers Discord would send with body at time ts.
func signed(priv ed25519.PrivateKey, ts time.Time, body []byte) http.Header {
	stamp := strconv.FormatInt(ts.Unix(), 10)
	sig := ed25519.Sign(priv, append([]byte(stamp), body...))
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	h.Set("X-Signature-Timestamp", stamp)
	return h
}

type response struct {
	status int
	header http.Header
	body   []byte
}

func (f *fixture) do(method string, h http.Header, body io.Reader) response {
	f.t.Helper()
	req, err := http.NewRequest(method, f.srv.URL+"/interactions", body)
	if err != nil {
		f.t.Fatal(err)
	}
	for k, v := range h {
		req.Header[k] = v
	}
	resp, err := f.srv.Client().Do(req)
	if err != nil {
		f.t.Fatalf("%s /interactions: %v", method, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		f.t.Fatalf("read response: %v", err)
	}
	return response{resp.StatusCode, resp.Header, b}
}

// post sends body signed by the fixture's key, now.
func (f *fixture) post(body []byte) response {
	f.t.Helper()
	return f.do(http.MethodPost, signed(f.priv, now, body), bytes.NewReader(body))
}

// answer posts a signed interaction, expects 200 with a JSON body that
// Discord's spec accepts as an interaction response, and decodes it.
func (f *fixture) answer(body []byte) (interactionResponse, []byte) {
	f.t.Helper()
	r := f.post(body)
	if r.status != http.StatusOK {
		f.t.Fatalf("status %d, want 200; body %s", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		f.t.Errorf("Content-Type %q, want application/json", ct)
	}
	validateResponse(f.t, r.body)
	var out interactionResponse
	if err := json.Unmarshal(r.body, &out); err != nil {
		f.t.Fatalf("response is not an interaction response: %v\n%s", err, r.body)
	}
	return out, r.body
}

// interactionResponse decodes a response body; discordgo's own type cannot
// decode components (an interface).
type interactionResponse struct {
	Type discordgo.InteractionResponseType `json:"type"`
	Data *struct {
		Embeds          []*discordgo.MessageEmbed                   `json:"embeds"`
		Components      []json.RawMessage                           `json:"components"`
		Flags           discordgo.MessageFlags                      `json:"flags"`
		Choices         []*discordgo.ApplicationCommandOptionChoice `json:"choices"`
		AllowedMentions *discordgo.MessageAllowedMentions           `json:"allowed_mentions"`
	} `json:"data"`
}

func validateResponse(t *testing.T, body []byte) {
	t.Helper()
	if err := discordtest.ValidateRequestBody(http.MethodPost, callbackPath, "application/json", body); err != nil {
		t.Errorf("response does not conform to Discord's interaction callback schema: %v\n%s", err, body)
	}
}

// chunked hides a reader's length, so the request is sent chunked.
type chunked struct{ r io.Reader }

func (c chunked) Read(p []byte) (int, error) { return c.r.Read(p) }

func TestRejections(t *testing.T) {
	f := newFixture(t, nil)
	_, otherKey, _ := ed25519.GenerateKey(rand.Reader)
	const secret = "a question nobody should see in the log"
	who := f.payload(discordtest.InteractionWho, discordtest.SetOption("name", secret))
	big := bytes.Repeat([]byte(" "), 16<<10+1)

	tests := []struct {
		name   string
		method string
		header func() http.Header
		body   []byte
		hide   bool // send chunked, without a Content-Length
		status int
	}{
		{name: "GET", method: http.MethodGet, header: func() http.Header { return http.Header{} }, status: http.StatusMethodNotAllowed},
		{name: "PUT signed", method: http.MethodPut, header: func() http.Header { return signed(f.priv, now, who) }, body: who, status: http.StatusMethodNotAllowed},
		{name: "oversize", header: func() http.Header { return signed(f.priv, now, big) }, body: big, status: http.StatusRequestEntityTooLarge},
		{name: "oversize chunked", header: func() http.Header { return signed(f.priv, now, big) }, body: big, hide: true, status: http.StatusRequestEntityTooLarge},
		{name: "missing signature", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Del("X-Signature-Ed25519")
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "missing timestamp", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Del("X-Signature-Timestamp")
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "no headers", header: func() http.Header { return http.Header{} }, body: who, status: http.StatusUnauthorized},
		{name: "malformed hex", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Set("X-Signature-Ed25519", "zz"+h.Get("X-Signature-Ed25519")[2:])
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "short signature", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Set("X-Signature-Ed25519", h.Get("X-Signature-Ed25519")[2:])
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "long signature", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Set("X-Signature-Ed25519", h.Get("X-Signature-Ed25519")+"00")
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "wrong key", header: func() http.Header { return signed(otherKey, now, who) }, body: who, status: http.StatusUnauthorized},
		{name: "tampered body", header: func() http.Header { return signed(f.priv, now, who) },
			body: bytes.Replace(who, []byte(secret), []byte("a question nobody should see in the loG"), 1), status: http.StatusUnauthorized},
		{name: "tampered timestamp", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Set("X-Signature-Timestamp", strconv.FormatInt(now.Unix()+1, 10))
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "stale timestamp", header: func() http.Header { return signed(f.priv, now.Add(-5*time.Minute-time.Second), who) }, body: who, status: http.StatusUnauthorized},
		{name: "future timestamp", header: func() http.Header { return signed(f.priv, now.Add(5*time.Minute+time.Second), who) }, body: who, status: http.StatusUnauthorized},
		{name: "timestamp not a number", header: func() http.Header {
			body := who
			stamp := "yesterday"
			h := signed(f.priv, now, body)
			h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(f.priv, append([]byte(stamp), body...))))
			h.Set("X-Signature-Timestamp", stamp)
			return h
		}, body: who, status: http.StatusUnauthorized},
		{name: "not JSON", header: func() http.Header { return signed(f.priv, now, []byte("hello")) }, body: []byte("hello"), status: http.StatusBadRequest},
		{name: "empty body", header: func() http.Header { return signed(f.priv, now, nil) }, body: nil, status: http.StatusBadRequest},
		{name: "JSON array", header: func() http.Header { return signed(f.priv, now, []byte(`[1,2]`)) }, body: []byte(`[1,2]`), status: http.StatusBadRequest},
		{name: "wrong content type", header: func() http.Header {
			h := signed(f.priv, now, who)
			h.Set("Content-Type", "text/plain")
			return h
		}, body: who, status: http.StatusBadRequest},
		{name: "unknown interaction type", header: func() http.Header { return signed(f.priv, now, []byte(`{"type":99,"id":"1","token":"t"}`)) },
			body: []byte(`{"type":99,"id":"1","token":"t"}`), status: http.StatusBadRequest},
		{name: "no interaction type", header: func() http.Header { return signed(f.priv, now, []byte(`{}`)) }, body: []byte(`{}`), status: http.StatusBadRequest},
		{name: "command data malformed", header: func() http.Header { return signed(f.priv, now, []byte(`{"type":2,"data":[]}`)) },
			body: []byte(`{"type":2,"data":[]}`), status: http.StatusBadRequest},
		// Decoding is strict where Discord never strays, so that no body can
		// mean one thing to the signature's author and another here.
		{name: "member named twice", header: func() http.Header { return signed(f.priv, now, []byte(`{"type":2,"id":"1","type":1}`)) },
			body: []byte(`{"type":2,"id":"1","type":1}`), status: http.StatusBadRequest},
		{name: "invalid UTF-8", header: func() http.Header {
			return signed(f.priv, now, []byte("{\"type\":2,\"id\":\"1\",\"locale\":\"\xff\"}"))
		},
			body: []byte("{\"type\":2,\"id\":\"1\",\"locale\":\"\xff\"}"), status: http.StatusBadRequest},
		{name: "trailing data", header: func() http.Header { return signed(f.priv, now, []byte(`{"type":1} {"type":2}`)) },
			body: []byte(`{"type":1} {"type":2}`), status: http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			method := tt.method
			if method == "" {
				method = http.MethodPost
			}
			var body io.Reader = bytes.NewReader(tt.body)
			if tt.hide {
				body = chunked{body}
			}
			r := f.do(method, tt.header(), body)
			if r.status != tt.status {
				t.Fatalf("status %d, want %d; body %s", r.status, tt.status, r.body)
			}
			if ct := r.header.Get("Content-Type"); ct != "application/json" {
				t.Errorf("Content-Type %q, want application/json", ct)
			}
			var e struct{ Error string }
			if err := json.Unmarshal(r.body, &e); err != nil || e.Error == "" {
				t.Errorf("body %q, want {\"error\": \"...\"}", r.body)
			}
			if tt.status == http.StatusMethodNotAllowed && r.header.Get("Allow") != http.MethodPost {
				t.Errorf("Allow %q, want POST", r.header.Get("Allow"))
			}
		})
	}
	if strings.Contains(f.logs.String(), secret) {
		t.Errorf("a rejected body reached the log:\n%s", f.logs.String())
	}
}

func TestPing(t *testing.T) {
	f := newFixture(t, nil)
	r := f.post([]byte(`{"id":"1180471205112430642","application_id":"1180469395290865704","type":1,"token":"x","version":1}`))
	if r.status != http.StatusOK || string(r.body) != `{"type":1}` {
		t.Fatalf("PING: status %d body %s, want 200 {\"type\":1}", r.status, r.body)
	}
	if ct := r.header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q, want application/json", ct)
	}
	validateResponse(t, r.body)
}

// TestTimestampEdges accepts timestamps exactly at the allowed skew.
func TestTimestampEdges(t *testing.T) {
	f := newFixture(t, nil)
	ping := []byte(`{"type":1}`)
	for _, ts := range []time.Time{now.Add(-interactions.MaxClockSkew), now.Add(interactions.MaxClockSkew)} {
		r := f.do(http.MethodPost, signed(f.priv, ts, ping), bytes.NewReader(ping))
		if r.status != http.StatusOK {
			t.Errorf("timestamp %v from now: status %d, want 200", ts.Sub(now), r.status)
		}
	}
}

// TestWhoSameAsGateway checks that /who over HTTP cites the article line and
// is exactly what the pipeline answers (and the gateway sends) for the same
// request.
func TestWhoSameAsGateway(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionWho, discordtest.SetOption("name", "Mark Porter"))
	resp, raw := f.answer(body)
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("want one embed in a type 4 response, got %s", raw)
	}
	e := resp.Data.Embeds[0]
	cites := false
	for _, fl := range e.Fields {
		if strings.Contains(fl.Value, "000_73b2b942d9bd6961.txt:") {
			cites = true
		}
	}
	if !strings.Contains(e.Title+e.Description, "Porter") || !cites {
		t.Errorf("embed does not answer about Mark Porter citing 000_73b2b942d9bd6961.txt:<line>: %s", raw)
	}
	if resp.Data.AllowedMentions == nil || resp.Data.AllowedMentions.Parse == nil {
		t.Errorf("allowed_mentions must be an empty parse list: %s", raw)
	}

	req := commands.Request{Kind: commands.KindCommand, ID: "1", Command: "who", Options: map[string]string{"name": "Mark Porter"}, UserID: "80351110224678912"}
	direct, err := json.Marshal(commands.RenderResponse(f.handler.Handle(context.Background(), req)))
	if err != nil {
		t.Fatal(err)
	}
	if !sameJSON(t, raw, direct) {
		t.Errorf("HTTP answer differs from the pipeline's:\nHTTP:    %s\ndirect:  %s", raw, direct)
	}
}

func sameJSON(t *testing.T, a, b []byte) bool {
	t.Helper()
	var x, y any
	if err := json.Unmarshal(a, &x); err != nil {
		t.Fatal(err)
	}
	if err := json.Unmarshal(b, &y); err != nil {
		t.Fatal(err)
	}
	return reflect.DeepEqual(x, y)
}

func TestAutocomplete(t *testing.T) {
	f := newFixture(t, nil)
	for i, partial := range []string{"Jer", "porter", "", "qqqqqq"} {
		// Each keystroke is a new interaction, with its own id.
		body := f.payload(discordtest.InteractionAutocompleteWho, func(m map[string]any) {
			discordtest.SetOption("name", partial)(m)
			m["id"] = strconv.Itoa(1180471205112430700 + i)
		})
		resp, raw := f.answer(body)
		if resp.Type != discordgo.InteractionApplicationCommandAutocompleteResult || resp.Data == nil {
			t.Fatalf("%q: want type 8, got %s", partial, raw)
		}
		if n := len(resp.Data.Choices); n < 1 || n > 25 {
			t.Errorf("%q: %d choices, want 1–25: %s", partial, n, raw)
		}
	}
}

func TestQuotesButton(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionButton, func(m map[string]any) {
		m["data"].(map[string]any)["custom_id"] = "quotes:mark-porter"
	})
	resp, raw := f.answer(body)
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || len(resp.Data.Embeds) != 1 {
		t.Fatalf("want one embed in a type 4 response, got %s", raw)
	}
	if resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("quotes should be ephemeral: %s", raw)
	}
	found := false
	for _, fl := range resp.Data.Embeds[0].Fields {
		if strings.HasPrefix(fl.Name, "000_73b2b942d9bd6961.txt:") && strings.Contains(fl.Value, "Mark Porter") {
			found = true
		}
	}
	if !found {
		t.Errorf("want a verbatim quote naming Mark Porter cited as 000_73b2b942d9bd6961.txt:<line>: %s", raw)
	}
}

func TestFactButtonAndAsk(t *testing.T) {
	f := newFixture(t, nil)
	// The recorded button is a suggestion button, fact:jeremy-hunt.
	resp, raw := f.answer(f.payload(discordtest.InteractionButton, nil))
	if resp.Data == nil || len(resp.Data.Embeds) != 1 || !strings.Contains(resp.Data.Embeds[0].Title+resp.Data.Embeds[0].Description, "Hunt") {
		t.Errorf("fact:jeremy-hunt: want an answer about Hunt: %s", raw)
	}
	ask := f.payload(discordtest.InteractionWho, func(m map[string]any) {
		m["data"] = map[string]any{"id": "1", "name": "ask", "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": "when did the five-day strike start?"}}}
	})
	resp, raw = f.answer(ask)
	if resp.Data == nil || len(resp.Data.Embeds) != 1 || len(resp.Data.Embeds[0].Fields) == 0 {
		t.Errorf("/ask: want an answer with sources: %s", raw)
	}
}

// TestModalSubmit: an interaction type Discord sends but the bot never asks
// for gets the handler's polite apology, not an error status.
func TestModalSubmit(t *testing.T) {
	f := newFixture(t, nil)
	body := f.payload(discordtest.InteractionButton, func(m map[string]any) {
		m["type"] = 5
		m["data"] = map[string]any{"custom_id": "feedback", "components": []any{}}
	})
	resp, raw := f.answer(body)
	if resp.Type != discordgo.InteractionResponseChannelMessageWithSource || resp.Data == nil || resp.Data.Flags&discordgo.MessageFlagsEphemeral == 0 {
		t.Errorf("want an ephemeral apology, got %s", raw)
	}
}

// webhookRecorder stands in for Discord's webhook API: it records each
// request, checked against Discord's OpenAPI spec.
type webhookRecorder struct {
	t     *testing.T
	srv   *httptest.Server
	calls chan webhookCall
}

type webhookCall struct {
	method, path string
	body         []byte
}

func newWebhookRecorder(t *testing.T) *webhookRecorder {
	w := &webhookRecorder{t: t, calls: make(chan webhookCall, 8)}
	w.srv = httptest.NewServer(http.HandlerFunc(func(rw http.ResponseWriter, r *http.Request) {
		b, _ := io.ReadAll(r.Body)
		if err := discordtest.ValidateRequestBody(r.Method, r.URL.Path, r.Header.Get("Content-Type"), b); err != nil {
			t.Errorf("webhook request does not conform to Discord's OpenAPI spec: %v\n%s %s\n%s", err, r.Method, r.URL.Path, b)
		}
		if r.Header.Get("Authorization") != "" {
			t.Errorf("webhook edit sent an Authorization header: it needs none")
		}
		w.calls <- webhookCall{r.Method, r.URL.Path, b}
		rw.Header().Set("Content-Type", "application/json")
		_, _ = rw.Write([]byte(`{"id":"1","channel_id":"2","content":"","embeds":[]}`))
	}))
	t.Cleanup(w.srv.Close)
	return w
}

func (w *webhookRecorder) next() webhookCall {
	w.t.Helper()
	// A failsafe against a hang, not a timing assertion.
	select {
	case c := <-w.calls:
		return c
	case <-time.After(30 * time.Second):
		w.t.Fatal("no webhook call")
		return webhookCall{}
	}
}

// slowCommand blocks until release is closed, so the deferral is certain
// without any timing assumption.
func slowCommand(release <-chan struct{}) commands.Command {
	return commands.Command{Name: "slow", Description: "answers when the test says so",
		Run: func(ctx context.Context, _ commands.Request) (commands.Reply, error) {
			select {
			case <-release:
				return commands.Reply{Title: "Slow answer", Text: "Finally."}, nil
			case <-ctx.Done():
				return commands.Reply{}, ctx.Err()
			}
		}}
}

// slowToken is the interaction token of slowPayload, which must never be logged.
const slowToken = "aW50ZXJhY3Rpb246c2xvdw"

func slowPayload(f *fixture) []byte {
	return f.payload(discordtest.InteractionWho, func(m map[string]any) {
		m["data"] = map[string]any{"id": "1", "name": "slow", "type": 1}
		m["token"] = slowToken
	})
}

// newSlowFixture is an endpoint whose "slow" command answers once release
// is closed (never, for nil), deferring after a millisecond and sending its
// edits to apiURL; more adjusts the options further. discordgo's endpoints
// are process globals, so no test here runs in parallel.
func newSlowFixture(t *testing.T, apiURL string, release <-chan struct{}, more func(*interactions.Options)) *fixture {
	t.Helper()
	t.Cleanup(discordapi.SetBaseURL(apiURL))
	return newFixture(t, func(h *commands.Handler, o *interactions.Options) {
		h.DeferAfter = time.Millisecond
		if more != nil {
			more(o)
		}
	}, slowCommand(release))
}

func TestDeferredAnswerEditsOriginal(t *testing.T) {
	hook := newWebhookRecorder(t)
	release := make(chan struct{})
	f := newSlowFixture(t, hook.srv.URL, release, nil)

	resp, raw := f.answer(slowPayload(f))
	if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
		t.Fatalf("want type 5 while the answer is slow, got %s", raw)
	}
	close(release)
	call := hook.next()
	want := "/api/v" + discordgo.APIVersion + "/webhooks/" + f.fake.ApplicationID() + "/" + slowToken + "/messages/@original"
	if call.method != http.MethodPatch || call.path != want {
		t.Errorf("webhook call %s %s, want PATCH %s", call.method, call.path, want)
	}
	var edit struct {
		Embeds          []*discordgo.MessageEmbed         `json:"embeds"`
		AllowedMentions *discordgo.MessageAllowedMentions `json:"allowed_mentions"`
	}
	if err := json.Unmarshal(call.body, &edit); err != nil || len(edit.Embeds) != 1 || edit.Embeds[0].Title != "Slow answer" {
		t.Errorf("edit does not carry the answer: %v %s", err, call.body)
	}
	if edit.AllowedMentions == nil || edit.AllowedMentions.Parse == nil {
		t.Errorf("edit must carry allowed_mentions with an empty parse list: %s", call.body)
	}
}

// TestDeferredAnswerAbandoned: a deferred answer still in flight is
// abandoned when Options.Context is cancelled (so no request outlives the
// server) or when it outlives DeferredTimeout (so a stuck answer cannot hold
// its request open for ever), and nothing is edited in.
func TestDeferredAnswerAbandoned(t *testing.T) {
	for _, tc := range []struct {
		name string
		opts func(o *interactions.Options, stop context.Context)
	}{
		{"on stop", func(o *interactions.Options, stop context.Context) { o.Context = stop }},
		{"after DeferredTimeout", func(o *interactions.Options, _ context.Context) { o.DeferredTimeout = 50 * time.Millisecond }},
	} {
		t.Run(tc.name, func(t *testing.T) {
			hook := newWebhookRecorder(t)
			stop, cancel := context.WithCancel(context.Background())
			defer cancel()
			f := newSlowFixture(t, hook.srv.URL, nil, func(o *interactions.Options) { tc.opts(o, stop) }) // never released

			resp, raw := f.answer(slowPayload(f))
			if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
				t.Fatalf("want type 5, got %s", raw)
			}
			cancel()
			// httptest.Server.Close waits for every handler to return: it
			// hangs, and the test times out, if the answer is not abandoned.
			f.srv.Close()
			select {
			case c := <-hook.calls:
				t.Errorf("abandoned answer was still edited in: %s", c.body)
			default:
			}
		})
	}
}

// TestDeferredEditRetries: discordgo retries an edit that Discord answers
// with 429 (after its retry_after) or 502, and the retry lands.
func TestDeferredEditRetries(t *testing.T) {
	for name, fail := range map[string]func(w http.ResponseWriter){
		"429": func(w http.ResponseWriter) {
			w.Header().Set("Content-Type", "application/json")
			w.WriteHeader(http.StatusTooManyRequests)
			_, _ = w.Write([]byte(`{"message":"You are being rate limited.","retry_after":0.001,"global":false}`))
		},
		"502": func(w http.ResponseWriter) { w.WriteHeader(http.StatusBadGateway) },
	} {
		t.Run(name, func(t *testing.T) {
			var mu sync.Mutex
			calls := 0
			done := make(chan struct{})
			hook := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
				mu.Lock()
				defer mu.Unlock()
				calls++
				if calls == 1 {
					fail(w)
					return
				}
				_, _ = w.Write([]byte(`{"id":"1","channel_id":"2","content":"","embeds":[]}`))
				close(done)
			}))
			defer hook.Close()
			release := make(chan struct{})
			f := newSlowFixture(t, hook.URL, release, nil)
			resp, raw := f.answer(slowPayload(f))
			if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
				t.Fatalf("want type 5, got %s", raw)
			}
			close(release)
			select {
			case <-done:
			case <-time.After(30 * time.Second):
				t.Fatalf("edit was not retried after %s", name)
			}
		})
	}
}

// restStatuses is a discordapi.Observer that keeps the statuses it is told.
type restStatuses struct {
	mu  sync.Mutex
	got []int
}

func (r *restStatuses) DiscordREST(status int) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.got = append(r.got, status)
}

func (r *restStatuses) get() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

// TestDeferredEditFailureHidesToken: when the edit fails, the log says so,
// and neither the interaction token nor the webhook URL is in it, whether
// Discord refuses the edit or the network fails; and the failure is counted
// as a Discord REST error (by status, 0 for no answer), as the gateway's
// are, so that an HTTP-only deployment's metrics show it too.
func TestDeferredEditFailureHidesToken(t *testing.T) {
	refusing := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "application/json")
		w.WriteHeader(http.StatusNotFound)
		_, _ = w.Write([]byte(`{"message":"Unknown Webhook","code":10015}`))
	}))
	defer refusing.Close()
	gone := httptest.NewServer(http.NotFoundHandler())
	gone.Close() // nothing listens: the client gets a *url.Error quoting the URL
	for _, tc := range []struct {
		name, apiURL string
		observed     int
	}{{"404", refusing.URL, http.StatusNotFound}, {"network", gone.URL, 0}} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			rest := &restStatuses{}
			f := newSlowFixture(t, tc.apiURL, release, func(o *interactions.Options) { o.REST = rest })
			resp, raw := f.answer(slowPayload(f))
			if resp.Type != discordgo.InteractionResponseDeferredChannelMessageWithSource {
				t.Fatalf("want type 5, got %s", raw)
			}
			close(release)
			f.srv.Close() // waits for the deferred answer's handler to return
			logs := f.logs.String()
			if !strings.Contains(logs, "edit original response") {
				t.Fatalf("the failed edit was not logged:\n%s", logs)
			}
			if strings.Contains(logs, slowToken) || strings.Contains(logs, "/webhooks/") {
				t.Errorf("the interaction token or webhook URL reached the log:\n%s", logs)
			}
			if got := rest.get(); !slices.Equal(got, []int{tc.observed}) {
				t.Errorf("REST errors observed %v, want [%d]", got, tc.observed)
			}
		})
	}
}

func TestNewPanicsOnBadOptions(t *testing.T) {
	for name, o := range map[string]interactions.Options{
		"short key":   {PublicKey: make([]byte, 31), Handler: &commands.Handler{}},
		"nil handler": {PublicKey: make([]byte, 32)},
	} {
		t.Run(name, func(t *testing.T) {
			defer func() {
				if recover() == nil {
					t.Error("New did not panic")
				}
			}()
			interactions.New(o)
		})
	}
}

// TestShutdownDrainsDeferredAnswer: http.Server.Shutdown, as bot serve calls
// it, waits for a deferred answer's edit, because the request stays open
// until the edit is sent.
func TestShutdownDrainsDeferredAnswer(t *testing.T) {
	hook := newWebhookRecorder(t)
	release := make(chan struct{})
	f := newSlowFixture(t, hook.srv.URL, release, nil)
	// A real http.Server, so Shutdown is the one bot serve uses.
	srv := &http.Server{Handler: f.srv.Config.Handler}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = srv.Serve(ln) }()
	body := slowPayload(f)
	req, _ := http.NewRequest(http.MethodPost, "http://"+ln.Addr().String()+"/interactions", bytes.NewReader(body))
	req.Header = signed(f.priv, now, body)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	raw, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if !strings.Contains(string(raw), `"type":5`) {
		t.Fatalf("want the deferred acknowledgement, got %s", raw)
	}
	shut := make(chan error, 1)
	go func() { shut <- srv.Shutdown(context.Background()) }()
	close(release)
	if err := <-shut; err != nil {
		t.Fatalf("Shutdown: %v", err)
	}
	select {
	case c := <-hook.calls:
		if c.method != http.MethodPatch {
			t.Errorf("webhook call %s, want PATCH", c.method)
		}
	default:
		t.Error("Shutdown returned before the deferred answer was edited in")
	}
}
