package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/discordtest"
)

// Tests that run bot serve rewrite discordgo's package-level endpoints (see
// discordapi.SetBaseURL), so none of them runs in parallel.

// logBuffer collects what the bot writes to stderr, safely for its
// goroutines, and lets a test wait for a log record.
type logBuffer struct {
	mu     sync.Mutex
	b      bytes.Buffer
	notify chan struct{} // closed and replaced on every write
}

func newLogBuffer() *logBuffer { return &logBuffer{notify: make(chan struct{})} }

func (l *logBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	close(l.notify)
	l.notify = make(chan struct{})
	return l.b.Write(p)
}

func (l *logBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// records decodes the JSON log lines written so far.
func (l *logBuffer) records() []map[string]any {
	var out []map[string]any
	sc := bufio.NewScanner(strings.NewReader(l.String()))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var rec map[string]any
		if json.Unmarshal(sc.Bytes(), &rec) == nil {
			out = append(out, rec)
		}
	}
	return out
}

// waitRecord waits for a JSON log record that match accepts and returns it.
func (l *logBuffer) waitRecord(t *testing.T, ctx context.Context, what string, match func(map[string]any) bool) map[string]any {
	t.Helper()
	for {
		l.mu.Lock()
		ch := l.notify
		l.mu.Unlock()
		for _, rec := range l.records() {
			if match(rec) {
				return rec
			}
		}
		select {
		case <-ch:
		case <-ctx.Done():
			t.Fatalf("waiting for log record %s: %v\nlog:\n%s", what, ctx.Err(), l.String())
		}
	}
}

// listenAddr waits for the "listening" record of the named server (or a
// shared one whose name starts with it, "health+interactions") and returns
// its address.
func (l *logBuffer) listenAddr(t *testing.T, ctx context.Context, server string) string {
	t.Helper()
	rec := l.waitRecord(t, ctx, "listening "+server, func(r map[string]any) bool {
		return r["msg"] == "listening" && strings.HasPrefix(str(r["server"]), server)
	})
	return rec["addr"].(string)
}

func testCtx(t *testing.T) context.Context {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return ctx
}

// running is bot serve started in-process through run.
type running struct {
	t      *testing.T
	stderr *logBuffer
	cancel context.CancelFunc
	done   chan error
	health string // base URL of the health server, if HEALTH_ADDR was set
	// discord is the fake Discord it talks to, when the test keeps it here.
	discord *discordtest.Server
}

// baseEnv is the environment of a bot talking to srv, with a health server
// on a free port and JSON logs the tests can read.
func baseEnv(srv *discordtest.Server) map[string]string {
	return map[string]string{
		"DISCORD_TOKEN":   srv.Token(),
		"DISCORD_API_URL": srv.APIURL(),
		"HEALTH_ADDR":     "127.0.0.1:0",
		"LOG_FORMAT":      "json",
		"LOG_LEVEL":       "debug",
	}
}

// startServe runs bot serve with env as its whole environment and stops it
// (as SIGTERM would, by cancelling its context) when the test ends.
func startServe(t *testing.T, env map[string]string) *running {
	t.Helper()
	return startServeWith(t, env, []string{"serve"}, nil)
}

// startServeWith is startServe with bot serve's arguments and, when notify
// is not nil, its SIGHUP subscription (see reloadOptions).
func startServeWith(t *testing.T, env map[string]string, args []string, notify func(chan<- os.Signal) func()) *running {
	t.Helper()
	// Registered first so it runs last, after the bot has stopped.
	t.Cleanup(func() { discordapi.SetBaseURL(discordapi.DefaultBaseURL) })
	if _, ok := env["DATABASE_URL"]; !ok {
		// Not strikebot.db in the package directory: tests that store say so.
		env["DATABASE_URL"] = "off"
	}
	ctx, cancel := context.WithCancel(context.Background())
	r := &running{t: t, stderr: newLogBuffer(), cancel: cancel, done: make(chan error, 1)}
	go func() {
		r.done <- runWith(ctx, args, mapEnv(env), r.stderr, notify)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case <-r.done:
		case <-time.After(10 * time.Second):
			t.Error("bot serve did not stop within 10s of cancellation")
		}
		if t.Failed() {
			t.Logf("bot log:\n%s", r.stderr.String())
		}
	})
	if env["HEALTH_ADDR"] != "" {
		r.health = "http://" + r.stderr.listenAddr(t, testCtx(t), "health")
	}
	return r
}

// stop cancels the bot's context, as SIGTERM does, and returns what run
// returned.
func (r *running) stop() error {
	r.t.Helper()
	r.cancel()
	return r.wait()
}

// wait waits for run to return on its own.
func (r *running) wait() error {
	r.t.Helper()
	select {
	case err := <-r.done:
		r.done <- err // for the cleanup
		return err
	case <-time.After(10 * time.Second):
		r.t.Fatalf("bot serve still running after 10s\nlog:\n%s", r.stderr.String())
		return nil
	}
}

// get fetches a URL and returns the status and body.
func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitStatus polls url until it answers status. A probe is polled the way
// a kubelet would; there is no event to wait on from outside the process.
func waitStatus(t *testing.T, ctx context.Context, url string, status int) {
	t.Helper()
	tick := time.NewTicker(5 * time.Millisecond)
	defer tick.Stop()
	last := 0
	for {
		if code, _ := get(t, url); code == status {
			return
		} else {
			last = code
		}
		select {
		case <-tick.C:
		case <-ctx.Done():
			t.Fatalf("waiting for %s to answer %d (last %d): %v", url, status, last, ctx.Err())
		}
	}
}

var sampleRE = regexp.MustCompile(`(?m)^([a-z_]+(?:\{[^}]*\})?) (\S+)$`)

// metricValues scrapes /metrics into series → value.
func metricValues(t *testing.T, base string) map[string]float64 {
	t.Helper()
	code, body := get(t, base+"/metrics")
	if code != 200 {
		t.Fatalf("/metrics = %d", code)
	}
	out := map[string]float64{}
	for _, m := range sampleRE.FindAllStringSubmatch(body, -1) {
		v, err := strconv.ParseFloat(m[2], 64)
		if err != nil && m[2] != "+Inf" {
			t.Errorf("bad sample %q", m[0])
		}
		out[m[1]] = v
	}
	return out
}

func TestServeConfigErrorsBeforeAnyNetworkCall(t *testing.T) {
	srv := discordtest.New(t)
	for name, c := range map[string]struct {
		env  map[string]string
		want string
	}{
		"missing token":   {map[string]string{"DISCORD_API_URL": srv.APIURL()}, "DISCORD_TOKEN is not set"},
		"malformed token": {map[string]string{"DISCORD_TOKEN": "not-a-token", "DISCORD_API_URL": srv.APIURL()}, "DISCORD_TOKEN is malformed"},
		"http without key": {map[string]string{"INTERACTIONS_ADDR": ":0", "DISCORD_API_URL": srv.APIURL()},
			"DISCORD_PUBLIC_KEY is not"},
		"bad facts dir": {map[string]string{"DISCORD_TOKEN": srv.Token(), "DISCORD_API_URL": srv.APIURL(), "FACTS_DIR": t.TempDir() + "/nope"},
			"not a directory"},
	} {
		t.Run(name, func(t *testing.T) {
			var stderr bytes.Buffer
			err := run(context.Background(), []string{"serve"}, mapEnv(c.env), nil, &stderr, &stderr)
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Fatalf("run = %v, want an error containing %q", err, c.want)
			}
			if isUsage(err) {
				t.Errorf("a configuration error must exit 1, not 2 (usage)")
			}
			if strings.Contains(err.Error()+stderr.String(), "not-a-token") {
				t.Errorf("the token value was echoed")
			}
		})
	}
	if n := len(srv.Requests()); n != 0 || srv.Connections() != 0 {
		t.Errorf("%d REST requests and %d gateway connections before the configuration was valid", n, srv.Connections())
	}
	if err := run(context.Background(), []string{"serve", "extra"}, mapEnv(nil), nil, io.Discard, io.Discard); !isUsage(err) {
		t.Errorf("bot serve extra = %v, want a usage error", err)
	}
}

func TestServeTakenPort(t *testing.T) {
	srv := discordtest.New(t)
	env := baseEnv(srv)
	r := startServe(t, env)
	env["HEALTH_ADDR"] = strings.TrimPrefix(r.health, "http://")
	err := run(context.Background(), []string{"serve"}, mapEnv(env), nil, io.Discard, io.Discard)
	if err == nil || !strings.Contains(err.Error(), "health server") {
		t.Fatalf("second bot on the same HEALTH_ADDR: run = %v, want a listen error", err)
	}
}

// TestServeHTTPOnly runs the interactions endpoint without a token: no
// gateway, ready as soon as it listens, health and interactions on one port.
func TestServeHTTPOnly(t *testing.T) {
	r, _, priv := startHTTPOnly(t)
	if code, _ := get(t, r.health+"/readyz"); code != 200 {
		t.Errorf("HTTP-only /readyz = %d, want 200 once listening", code)
	}

	body := []byte(`{"type":1,"id":"1","application_id":"1180469395290865704","token":"t","version":1}`)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	sig := ed25519.Sign(priv, append([]byte(ts), body...))
	req, _ := http.NewRequest("POST", r.health+"/interactions", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(sig))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	pong, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if resp.StatusCode != 200 || !strings.Contains(string(pong), `"type":1`) {
		t.Errorf("signed PING: %d %s, want 200 PONG", resp.StatusCode, pong)
	}
	req, _ = http.NewRequest("POST", r.health+"/interactions", bytes.NewReader(body))
	req.Header.Set("X-Signature-Ed25519", strings.Repeat("00", 64))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 401 {
		t.Errorf("bad signature: %d, want 401", resp.StatusCode)
	}
	m := metricValues(t, r.health)
	if m[`strikebot_http_requests_total{code="200",handler="interactions"}`] != 1 ||
		m[`strikebot_http_requests_total{code="401",handler="interactions"}`] != 1 {
		t.Errorf("interactions HTTP counters: %v", m)
	}
	// The standard runtime and process series are there; no gateway series
	// claims a gateway that does not run is down.
	for _, k := range []string{"go_goroutines", "process_resident_memory_bytes"} {
		if m[k] <= 0 {
			t.Errorf("/metrics: %s = %v, want > 0", k, m[k])
		}
	}
	for k := range m {
		if strings.HasPrefix(k, "strikebot_gateway_") {
			t.Errorf("HTTP-only /metrics has %s", k)
		}
	}
	if err := r.stop(); err != nil {
		t.Errorf("run after cancel = %v, want nil", err)
	}
	if r.discord.Connections() != 0 || len(r.discord.Requests()) != 0 {
		t.Errorf("HTTP-only mode talked to Discord: %d connections, %d requests", r.discord.Connections(), len(r.discord.Requests()))
	}
}

// startHTTPOnly runs bot serve without a token, with health and
// interactions on one loopback address (so one server), a fresh key and a
// fake Discord that it must not call. It returns the address and the
// private key that signs what the endpoint accepts.
func startHTTPOnly(t *testing.T) (*running, string, ed25519.PrivateKey) {
	t.Helper()
	srv := discordtest.New(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	r := startServe(t, map[string]string{
		"DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"DISCORD_API_URL":    srv.APIURL(),
		"INTERACTIONS_ADDR":  "127.0.0.1:0",
		"HEALTH_ADDR":        "127.0.0.1:0",
		"LOG_FORMAT":         "json",
	})
	addr := r.stderr.listenAddr(t, testCtx(t), "health+interactions")
	r.health, r.discord = "http://"+addr, srv
	return r, addr, priv
}

// TestEnvExampleMatchesConfig keeps .env.example and configVars in step:
// every variable Config reads is documented, once, with a comment, and
// nothing else is.
func TestEnvExampleMatchesConfig(t *testing.T) {
	raw, err := os.ReadFile("../../.env.example")
	if err != nil {
		t.Fatal(err)
	}
	assign := regexp.MustCompile(`^#?([A-Z][A-Z0-9_]*)=`)
	var seen []string
	commented := false
	for line := range strings.SplitSeq(string(raw), "\n") {
		m := assign.FindStringSubmatch(line)
		switch {
		case m != nil:
			if !commented {
				t.Errorf(".env.example: %s has no comment above it", m[1])
			}
			if slices.Contains(seen, m[1]) {
				t.Errorf(".env.example: %s appears twice", m[1])
			}
			seen = append(seen, m[1])
		case strings.HasPrefix(line, "# "):
			commented = true
		case strings.TrimSpace(line) == "":
			commented = false
		}
	}
	for _, v := range configVars {
		if !slices.Contains(seen, v) {
			t.Errorf(".env.example does not document %s", v)
		}
	}
	for _, v := range seen {
		if !slices.Contains(configVars, v) {
			t.Errorf(".env.example documents %s, which Config does not read", v)
		}
	}
	if strings.Contains(string(raw), discordtest.DefaultToken) {
		t.Error(".env.example holds a token")
	}
	// Every line that sets a value for real (not commented out) is empty:
	// the example must never carry a secret.
	for line := range strings.SplitSeq(string(raw), "\n") {
		if k, v, ok := strings.Cut(line, "="); ok && !strings.HasPrefix(k, "#") && v != "" {
			t.Errorf(".env.example sets %s=%q; leave uncommented values empty", k, v)
		}
	}
}

// TestNewServerLimits: the servers serve builds refuse oversized headers,
// and at the connection cap a new client is answered at once, because the
// idle keep-alive connections holding every slot are closed for it.
func TestNewServerLimits(t *testing.T) {
	const maxConns = 4
	s, err := newServer("test", "127.0.0.1:0", http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) {
		_, _ = io.WriteString(w, "ok")
	}), maxConns, slog.New(slog.DiscardHandler))
	if err != nil {
		t.Fatal(err)
	}
	go func() { _ = s.srv.Serve(s.ln) }()
	t.Cleanup(func() { _ = s.srv.Close() })
	addr := s.ln.Addr().String()

	req, _ := http.NewRequest("GET", "http://"+addr+"/", nil)
	req.Header.Set("X-Big", strings.Repeat("a", 2*maxHeaderBytes))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusRequestHeaderFieldsTooLarge {
		t.Errorf("%d KiB of headers: %d, want 431", 2*maxHeaderBytes>>10, resp.StatusCode)
	}

	// Fill every slot with a keep-alive connection left idle after one
	// request (idleTimeout, 30 s, would keep them).
	var fillers []net.Conn
	for range maxConns {
		c, err := net.Dial("tcp", addr)
		if err != nil {
			t.Fatal(err)
		}
		fillers = append(fillers, c)
		t.Cleanup(func() { c.Close() })
		if _, err := io.WriteString(c, "GET / HTTP/1.1\r\nHost: x\r\n\r\n"); err != nil {
			t.Fatal(err)
		}
		resp, err := http.ReadResponse(bufio.NewReader(c), nil)
		if err != nil || resp.StatusCode != 200 {
			t.Fatalf("filling the slots: %v", err)
		}
		resp.Body.Close()
	}
	// "At once" is long before the idle connections' idleTimeout would
	// have freed a slot; a second was once the bound, tight for a loaded
	// machine under the race detector.
	client := &http.Client{Timeout: idleTimeout / 2, Transport: &http.Transport{DisableKeepAlives: true}}
	start := time.Now()
	resp, err = client.Get("http://" + addr + "/")
	if err != nil {
		t.Fatalf("a new client with every slot held by an idle connection: %v", err)
	}
	resp.Body.Close()
	if d := time.Since(start); d > idleTimeout/6 {
		t.Errorf("answered after %v, want at once (long before the %v idle timeout)", d, idleTimeout)
	}

	// Once the connections are gone, keep-alives are back.
	for _, c := range fillers {
		c.Close()
	}
	keepAlive := &http.Client{Timeout: 10 * time.Second}
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := keepAlive.Get("http://" + addr + "/")
		if err != nil {
			t.Fatal(err)
		}
		resp.Body.Close()
		if !resp.Close {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("keep-alives still off 10 s after every connection closed")
		}
		time.Sleep(10 * time.Millisecond)
	}
}
