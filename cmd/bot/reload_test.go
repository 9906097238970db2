package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/metrics"
)

// Hot reload of the fact base: SIGHUP (through the notifyHangup seam, so
// that no signal reaches the test process) and --watch.

// runWith is run with bot serve's SIGHUP subscription replaced by notify
// (when not nil).
func runWith(ctx context.Context, args []string, lookupenv func(string) (string, bool), out io.Writer, notify func(chan<- os.Signal) func()) error {
	e := newEnv(lookupenv, strings.NewReader(""), out, out)
	if notify != nil {
		e.notifyHangup = notify
	}
	return e.dispatch(ctx, args)
}

// hangups is a fake SIGHUP: send delivers one to whatever subscribed.
type hangups struct {
	mu sync.Mutex
	c  chan<- os.Signal
}

func (h *hangups) notify(c chan<- os.Signal) func() {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.c = c
	return func() {
		h.mu.Lock()
		defer h.mu.Unlock()
		h.c = nil
	}
}

func (h *hangups) send(t *testing.T) {
	t.Helper()
	h.mu.Lock()
	c := h.c
	h.mu.Unlock()
	if c == nil {
		t.Fatal("nothing subscribed to SIGHUP")
	}
	c <- fakeHangup{}
}

type fakeHangup struct{}

func (fakeHangup) String() string { return "hangup (fake)" }
func (fakeHangup) Signal()        {}

// factsCopy writes the embedded fact base to a temporary directory, for a
// test to edit.
func factsCopy(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "facts")
	if err := os.CopyFS(dir, data.FS()); err != nil {
		t.Fatal(err)
	}
	return dir
}

// The edits the tests make to facts/people.yaml: one the loader accepts
// (Porter's answer says something new) and one it rejects (a quote that is
// not in its article).
const (
	peopleFile   = "facts/people.yaml"
	porterBefore = "Mark Porter was the head of the British Medical Association"
	porterAfter  = "Mark Porter (as reloaded) was the head of the British Medical Association"
	quoteBefore  = `quote: '"The Health Secretary is trying to find some way to throw mud at the junior doctors`
	quoteBroken  = `quote: '"The Health Secretary is trying to find some way to throw eggs at the junior doctors`
)

// edit replaces old with new in dir's file, which must contain old once,
// and moves the file's modification time on, so that a watcher sees the
// change even on a file system with coarse timestamps. The edited file is
// written beside dir and renamed into place, so that a watcher sees one
// change: written in place and then touched, a watcher that polled between
// the two (a few ms apart, or 100 ms on a loaded machine) saw two changes
// and reloaded twice.
func edit(t *testing.T, dir, file, old, new string) {
	t.Helper()
	path := filepath.Join(dir, file)
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(b, []byte(old)); n != 1 {
		t.Fatalf("%s has %q %d times, want once", file, old, n)
	}
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(filepath.Clean(dir)), "edit-*")
	if err != nil {
		t.Fatal(err)
	}
	_, err = tmp.Write(bytes.Replace(b, []byte(old), []byte(new), 1))
	if err = errors.Join(err, tmp.Chmod(st.Mode()), tmp.Close()); err != nil {
		t.Fatal(err)
	}
	later := st.ModTime().Add(time.Second)
	if err := os.Chtimes(tmp.Name(), later, later); err != nil {
		t.Fatal(err)
	}
	if err := os.Rename(tmp.Name(), path); err != nil {
		t.Fatal(err)
	}
}

// line is the 1-based line of dir's file that contains s.
func line(t *testing.T, dir, file, s string) int {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, file))
	if err != nil {
		t.Fatal(err)
	}
	i := bytes.Index(b, []byte(s))
	if i < 0 {
		t.Fatalf("%s lacks %q", file, s)
	}
	return bytes.Count(b[:i], []byte("\n")) + 1
}

// whoPorter asks the running bot /who Mark Porter and returns the embed's text.
func whoPorter(t *testing.T, ctx context.Context, srv *discordtest.Server) string {
	t.Helper()
	id := srv.SendInteraction(discordtest.InteractionWho, with(slash("who", "name", "Mark Porter"), asUser(newUser())))
	return text(embed(t, msgData(t, srv.WaitInteractionResponse(ctx, id))))
}

// reloadRecord waits for the n-th log record of a reload (accepted or
// rejected), counting from 1.
func reloadRecord(t *testing.T, ctx context.Context, logs *logBuffer, n int) map[string]any {
	t.Helper()
	reloads := func() []map[string]any {
		var out []map[string]any
		for _, r := range logs.records() {
			if m := str(r["msg"]); m == "fact base reloaded" || strings.HasPrefix(m, "fact base reload rejected") {
				out = append(out, r)
			}
		}
		return out
	}
	logs.waitRecord(t, ctx, fmt.Sprintf("reload %d", n), func(map[string]any) bool { return len(reloads()) >= n })
	return reloads()[n-1]
}

// serveFacts runs bot serve with args over a copy of the fact base, with
// hup as its SIGHUP, and waits for its gateway session.
func serveFacts(t *testing.T, ctx context.Context, hup *hangups, args ...string) (*discordtest.Server, string, *running) {
	t.Helper()
	srv := discordtest.New(t)
	dir := factsCopy(t)
	env := baseEnv(srv)
	env["FACTS_DIR"] = dir
	r := startServeWith(t, env, append([]string{"serve"}, args...), hup.notify)
	srv.WaitReady(ctx)
	return srv, dir, r
}

func TestServeReloadsOnSIGHUP(t *testing.T) {
	ctx := testCtx(t)
	var hup hangups
	srv, dir, srvBot := serveFacts(t, ctx, &hup)
	before := whoPorter(t, ctx, srv)
	if !strings.Contains(before, porterBefore) {
		t.Fatalf("/who Mark Porter before any edit:\n%s", before)
	}

	edit(t, dir, peopleFile, porterBefore, porterAfter)
	hup.send(t)
	rec := reloadRecord(t, ctx, srvBot.stderr, 1)
	if rec["msg"] != "fact base reloaded" || rec["trigger"] != "sighup" {
		t.Fatalf("first reload: %v", rec)
	}
	after := whoPorter(t, ctx, srv)
	if !strings.Contains(after, porterAfter) {
		t.Fatalf("/who Mark Porter after the reload does not give the edited answer:\n%s", after)
	}

	// A broken base is rejected: the edited (good) one keeps answering,
	// word for word, and the problem is logged with its file:line.
	edit(t, dir, peopleFile, quoteBefore, quoteBroken)
	hup.send(t)
	rec = reloadRecord(t, ctx, srvBot.stderr, 2)
	if !strings.HasPrefix(str(rec["msg"]), "fact base reload rejected") || rec["trigger"] != "sighup" || rec["level"] != "ERROR" {
		t.Fatalf("broken reload: %v", rec)
	}
	problem := srvBot.stderr.waitRecord(t, ctx, "the problem", func(r map[string]any) bool { return r["msg"] == "fact base problem" })
	// The problem is the one bot validate reports, at the broken quote's
	// evidence entry.
	quoteLine := line(t, dir, peopleFile, quoteBroken)
	if l, _ := problem["line"].(float64); problem["file"] != peopleFile || l < float64(quoteLine-1) || l > float64(quoteLine) {
		t.Errorf("problem record %v, want %s at line %d or the line before", problem, peopleFile, quoteLine)
	}
	if v := bot(t, nil, "", "validate", "--data", dir); v.err == nil || strings.TrimSpace(v.stdout) != str(problem["at"]) {
		t.Errorf("bot validate says %q (%v), the reload logged %q", v.stdout, v.err, problem["at"])
	}
	if got := whoPorter(t, ctx, srv); got != after {
		t.Errorf("after a rejected reload the answer changed:\n%s\nwant:\n%s", got, after)
	}
	waitStatus(t, ctx, srvBot.health+"/readyz", 200)
	m := metricValues(t, srvBot.health)
	for k, want := range map[string]float64{
		`strikebot_reloads_total{result="ok"}`:     1,
		`strikebot_reloads_total{result="failed"}`: 1,
	} {
		if m[k] != want {
			t.Errorf("%s = %v, want %v", k, m[k], want)
		}
	}
	if m["strikebot_fact_base_facts"] < 100 {
		t.Errorf("strikebot_fact_base_facts = %v", m["strikebot_fact_base_facts"])
	}
	if err := srvBot.stop(); err != nil {
		t.Errorf("run after cancel = %v, want nil", err)
	}
}

func TestServeWatch(t *testing.T) {
	ctx := testCtx(t)
	srv, dir, bot := serveFacts(t, ctx, new(hangups), "--watch", "--watch-interval", "20ms")
	bot.stderr.waitRecord(t, ctx, "watching", func(r map[string]any) bool { return r["msg"] == "watching the fact base for changes" })
	loaded := metricValues(t, bot.health)["strikebot_fact_base_loaded_timestamp_seconds"]

	edit(t, dir, peopleFile, porterBefore, porterAfter)
	rec := reloadRecord(t, ctx, bot.stderr, 1)
	if rec["msg"] != "fact base reloaded" || rec["trigger"] != "watch" {
		t.Fatalf("reload after an edit: %v", rec)
	}
	if got := whoPorter(t, ctx, srv); !strings.Contains(got, porterAfter) {
		t.Errorf("/who Mark Porter after the watcher's reload:\n%s", got)
	}
	if now := metricValues(t, bot.health)["strikebot_fact_base_loaded_timestamp_seconds"]; !(now > loaded) {
		t.Errorf("loaded timestamp %v after the reload, %v before", now, loaded)
	}

	// A broken edit is rejected once, not on every poll.
	edit(t, dir, peopleFile, quoteBefore, quoteBroken)
	rec = reloadRecord(t, ctx, bot.stderr, 2)
	if !strings.HasPrefix(str(rec["msg"]), "fact base reload rejected") {
		t.Fatalf("reload of a broken edit: %v", rec)
	}
	time.Sleep(100 * time.Millisecond) // five polls, which must not retry
	if m := metricValues(t, bot.health); m[`strikebot_reloads_total{result="failed"}`] != 1 || m[`strikebot_reloads_total{result="ok"}`] != 1 {
		t.Errorf("reloads ok=%v failed=%v, want 1 and 1", m[`strikebot_reloads_total{result="ok"}`], m[`strikebot_reloads_total{result="failed"}`])
	}
	if got := whoPorter(t, ctx, srv); !strings.Contains(got, porterAfter) {
		t.Errorf("/who Mark Porter after a rejected reload:\n%s", got)
	}
}

func TestServeWatchUsage(t *testing.T) {
	for name, c := range map[string]struct {
		args []string
		env  map[string]string
		want string
	}{
		"watch without FACTS_DIR": {[]string{"serve", "--watch"}, nil, "needs FACTS_DIR"},
		"zero interval":           {[]string{"serve", "--watch", "--watch-interval", "0s"}, map[string]string{"FACTS_DIR": "x"}, "must be at least 10ms"},
		"bad interval":            {[]string{"serve", "--watch-interval", "soon"}, nil, "soon"},
		"arguments":               {[]string{"serve", "now"}, nil, "no arguments"},
	} {
		t.Run(name, func(t *testing.T) {
			env := map[string]string{"DISCORD_TOKEN": discordtest.DefaultToken, "DISCORD_API_URL": "http://127.0.0.1:1"}
			for k, v := range c.env {
				env[k] = v
			}
			var out bytes.Buffer
			err := runWith(t.Context(), c.args, mapEnv(env), &out, new(hangups).notify)
			if !isUsage(err) || !strings.Contains(err.Error(), c.want) {
				t.Errorf("err = %v, want a usage error containing %q", err, c.want)
			}
		})
	}
}

// newTestReloader is a reloader over a copy of the fact base, logging JSON
// to the returned buffer, with the bot and metrics it reloads.
func newTestReloader(t *testing.T, watch bool) (*reloader, string, *commands.Bot, *metrics.Metrics, *logBuffer) {
	t.Helper()
	dir := factsCopy(t)
	logs := newLogBuffer()
	r := newReloader(dir, reloadOptions{watch: watch, every: time.Millisecond, notify: new(hangups).notify}, slog.New(slog.NewJSONHandler(logs, nil)))
	t.Cleanup(r.close)
	base, err := r.load()
	if err != nil {
		t.Fatal(err)
	}
	bot := commands.New(base)
	return r, dir, bot, metrics.New(metrics.Options{}), logs
}

func porterText(t *testing.T, bot *commands.Bot) string {
	t.Helper()
	r, err := bot.Text(t.Context(), "/who name: Mark Porter", "test")
	if err != nil {
		t.Fatal(err)
	}
	return commands.Text(r)
}

// TestReloadKeepsOldBaseOnFailure: a rejected reload leaves the very same
// base in place.
func TestReloadKeepsOldBaseOnFailure(t *testing.T) {
	r, dir, bot, m, logs := newTestReloader(t, false)
	old, oldText := bot.Base(), porterText(t, bot)
	edit(t, dir, peopleFile, quoteBefore, quoteBroken)
	if r.reload("test", bot, m) {
		t.Fatal("a base with a quote not in its article was accepted")
	}
	if bot.Base() != old || porterText(t, bot) != oldText {
		t.Error("the rejected reload changed the base")
	}
	if !strings.Contains(logs.String(), `"file":"facts/people.yaml"`) {
		t.Errorf("the problem's file is not logged:\n%s", logs)
	}
	os.RemoveAll(dir)
	if r.reload("test", bot, m) || bot.Base() != old {
		t.Error("a reload from a removed directory was accepted")
	}
	rec := logs.records()
	if last := rec[len(rec)-1]; !strings.Contains(str(last["err"]), "not a directory") {
		t.Errorf("removed directory logged as %v", last)
	}
}

// TestReloadInFlight: a request that has loaded the base before a reload
// answers from it, and requests racing reloads always get one base's whole
// answer, never a mix (run with -race).
func TestReloadInFlight(t *testing.T) {
	r, dir, bot, m, _ := newTestReloader(t, false)
	oldText := porterText(t, bot)

	// A command that is held after it loads the base, as a slow answer
	// would be, while the reload happens.
	loaded, release := make(chan struct{}), make(chan struct{})
	var held *commands.Bot
	held = commands.New(bot.Base(), commands.Command{Name: "slow", Description: "a held answer",
		Run: func(ctx context.Context, req commands.Request) (commands.Reply, error) {
			base := held.Base()
			close(loaded)
			<-release
			a := base.Answer("who is mark porter")
			return commands.Reply{Answer: &a}, nil
		}})
	done := make(chan string)
	go func() {
		rep, err := held.Text(context.Background(), "/slow", "test")
		if err != nil {
			t.Error(err)
		}
		done <- commands.Text(rep)
	}()
	<-loaded
	edit(t, dir, peopleFile, porterBefore, porterAfter)
	if !r.reload("test", held, m) {
		t.Fatal("reload failed")
	}
	close(release)
	if got := <-done; strings.Contains(got, "as reloaded") || !strings.Contains(got, porterBefore) {
		t.Errorf("the answer in flight did not finish on the old base:\n%s", got)
	}

	// Readers racing reloads that flip Porter's answer back and forth.
	if !r.reload("test", bot, m) {
		t.Fatal("reload failed")
	}
	newText := porterText(t, bot)
	if newText == oldText {
		t.Fatal("the edit did not change the answer")
	}
	stop := make(chan struct{})
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			for {
				select {
				case <-stop:
					return
				default:
				}
				if got := porterText(t, bot); got != oldText && got != newText {
					t.Errorf("an answer mixing two bases:\n%s", got)
					return
				}
			}
		})
	}
	// Loading takes a second or two under -race, so a few flips.
	for i := range 2 {
		if i%2 == 0 {
			edit(t, dir, peopleFile, porterAfter, porterBefore)
		} else {
			edit(t, dir, peopleFile, porterBefore, porterAfter)
		}
		if !r.reload("test", bot, m) {
			t.Fatal("reload failed")
		}
	}
	close(stop)
	wg.Wait()
	if got := porterText(t, bot); got != newText {
		t.Errorf("after an even number of flips the answer is not the edited one:\n%s", got)
	}
}

// TestWatcherSettles: a change is loaded once it has stayed the same for a
// poll, and only once.
func TestWatcherSettles(t *testing.T) {
	r, dir, _, _, _ := newTestReloader(t, true)
	if r.changed() {
		t.Fatal("changed with no edit")
	}
	edit(t, dir, peopleFile, porterBefore, porterAfter)
	if r.changed() {
		t.Error("changed at the first poll that saw the edit: a copy may still be under way")
	}
	if !r.changed() {
		t.Error("not changed at the second poll with the same files")
	}
	if r.changed() {
		t.Error("changed again with no new edit")
	}
	if err := os.WriteFile(filepath.Join(dir, "facts", "new.yaml"), []byte("[]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if r.changed() || !r.changed() {
		t.Error("a new file is not seen as a change")
	}
}

// TestReloadMetricsServed: the reload series are on /metrics from start-up.
func TestReloadMetricsServed(t *testing.T) {
	r, _, bot, m, _ := newTestReloader(t, false)
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error)
	go func() { done <- r.run(ctx, bot, m) }()
	r.hup <- fakeHangup{}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewServer(m)
	defer srv.Close()
	v := metricValues(t, srv.URL)
	if v["strikebot_fact_base_facts"] != float64(len(bot.Base().Facts())) || v["strikebot_fact_base_loaded_timestamp_seconds"] <= 0 {
		t.Errorf("fact base series: %v", v)
	}
}

// TestWatchConfigMapLayout: a Kubernetes ConfigMap (or projected) volume is
// a timestamped directory, a ..data link to it, and a link per top-level
// entry through ..data; an update writes a new directory and swaps ..data.
// The watcher sees the swap and the reload reads through the links.
func TestWatchConfigMapLayout(t *testing.T) {
	vol := t.TempDir()
	src := factsCopy(t)
	version := func(name string) {
		t.Helper()
		if err := os.CopyFS(filepath.Join(vol, name), os.DirFS(src)); err != nil {
			t.Fatal(err)
		}
		tmp := filepath.Join(vol, "..data_tmp")
		if err := os.Symlink(name, tmp); err != nil {
			t.Fatal(err)
		}
		if err := os.Rename(tmp, filepath.Join(vol, "..data")); err != nil { // atomic, as the kubelet does
			t.Fatal(err)
		}
	}
	version("..2026_12_01_10_00_00.1")
	entries, err := os.ReadDir(src)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if err := os.Symlink(filepath.Join("..data", e.Name()), filepath.Join(vol, e.Name())); err != nil {
			t.Fatal(err)
		}
	}
	logs := newLogBuffer()
	r := newReloader(vol, reloadOptions{watch: true, notify: new(hangups).notify}, slog.New(slog.NewJSONHandler(logs, nil)))
	t.Cleanup(r.close)
	base, err := r.load()
	if err != nil {
		t.Fatalf("load through the links: %v", err)
	}
	bot := commands.New(base)
	for range 2 {
		if r.changed() {
			t.Fatal("changed with no update")
		}
	}
	edit(t, src, peopleFile, porterBefore, porterAfter)
	version("..2026_12_01_10_01_00.2")
	if r.changed() || !r.changed() {
		t.Fatal("the swap of ..data was not seen as one settled change")
	}
	if !r.reload("watch", bot, metrics.New(metrics.Options{})) {
		t.Fatalf("reload failed:\n%s", logs)
	}
	if got := porterText(t, bot); !strings.Contains(got, porterAfter) {
		t.Errorf("after the update /who Mark Porter says:\n%s", got)
	}
}
