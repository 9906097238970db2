package main

import (
	"bytes"
	"context"
	"database/sql"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordapi"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/store"
	"github.com/strikebot/strikebot/internal/store/storetest"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/ from the current output")

// reportNow is the fixed "now" of the golden reports.
var reportNow = time.Date(2026, 11, 20, 12, 0, 0, 0, time.UTC)

// seedReport stores a known history at u: unanswered questions worded
// several ways, answers, 👍 and 👎 with reasons and commands (some from
// older buttons, without), 👎 on declines, and rows outside the period
// that the report must leave out.
func seedReport(t *testing.T, u string) {
	t.Helper()
	db, err := store.Open(testCtx(t), u, store.Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	at := func(ago time.Duration) time.Time { return reportNow.Add(-ago) }
	for _, q := range []store.Question{
		{Time: at(time.Hour), Command: "ask", Question: "What did Saffron Cordery say about the weather?", Outcome: store.OutcomeNotFound, GuildID: "1"},
		{Time: at(2 * time.Hour), Command: "message", Question: "what did saffron cordery say about the weather", Outcome: store.OutcomeNotFound},
		{Time: at(3 * time.Hour), Command: "ask", Question: "What did Saffron Cordery say about the weather?", Outcome: store.OutcomeNotFound, GuildID: "2"},
		{Time: at(4 * time.Hour), Command: "ask", Question: "xqzv wibble", Outcome: store.OutcomeNotFound, GuildID: "1", RequestID: "1180471205112430642"},
		{Time: at(4 * time.Hour), Command: "message", Question: "when did the BMA strike in March?", Outcome: store.OutcomeNotFound, RequestID: "1180470911137366097"},
		{Time: at(5 * time.Hour), Command: "who", Question: "Mark Porter", Outcome: store.OutcomeAnswered, Facts: []string{"mark-porter"}, GuildID: "1"},
		{Time: at(6 * time.Hour), Command: "ask", Question: "who is mark porter", Outcome: store.OutcomeAnswered, Facts: []string{"mark-porter", "retired-fact"}},
		{Time: at(7 * time.Hour), Command: "ask", Question: "spam", Outcome: store.OutcomeRateLimited, GuildID: "1"},
		{Time: at(30 * 24 * time.Hour), Command: "ask", Question: "a month ago", Outcome: store.OutcomeNotFound},
	} {
		if err := db.WriteQuestion(testCtx(t), q); err != nil {
			t.Fatal(err)
		}
	}
	for _, f := range []store.Feedback{
		{Time: at(time.Hour), Rating: store.RatingDown, Reason: store.ReasonWrong, Facts: []string{"mark-porter"}, Command: "who"},
		{Time: at(time.Hour), Rating: store.RatingDown, Reason: store.ReasonIncomplete, Facts: []string{"mark-porter", "retired-fact"}, Command: "ask"},
		{Time: at(time.Hour), Rating: store.RatingDown, Reason: store.ReasonWrong, Facts: []string{"mark-porter"}},
		{Time: at(time.Hour), Rating: store.RatingUp, Facts: []string{"mark-porter"}, Command: "who"},
		// Not-found answers rated, by their question's request id.
		{Time: at(time.Hour), Rating: store.RatingDown, QuestionID: "1180471205112430642", GuildID: "1", Command: "ask"},
		{Time: at(time.Hour), Rating: store.RatingDown, QuestionID: "1180470911137366097", Command: "message"},
		{Time: at(time.Hour), Rating: store.RatingUp, QuestionID: "1180470911137366097", Command: "message"},
		{Time: at(30 * 24 * time.Hour), Rating: store.RatingDown, Reason: store.ReasonOffTopic, Facts: []string{"mark-porter"}},
	} {
		if err := db.WriteFeedback(testCtx(t), f); err != nil {
			t.Fatal(err)
		}
	}
}

// TestReportGolden: bot report's text and JSON for a known history, the
// same from both engines, against testdata/report.txt and report.json
// (go test -run TestReportGolden -update rewrites them).
func TestReportGolden(t *testing.T) {
	base, err := loadBase("")
	if err != nil {
		t.Fatal(err)
	}
	storetest.ForEach(t, func(t *testing.T, u string) {
		seedReport(t, u)
		db, err := store.Open(testCtx(t), u, store.Options{MustExist: true})
		if err != nil {
			t.Fatal(err)
		}
		defer db.Close()
		rep, err := db.Report(testCtx(t), store.Filter{Since: reportNow.Add(-7 * 24 * time.Hour)})
		if err != nil {
			t.Fatal(err)
		}
		for _, tc := range []struct {
			file   string
			asJSON bool
		}{{"report.txt", false}, {"report.json", true}} {
			var out bytes.Buffer
			if err := writeReport(&out, rep, base, "7d", tc.asJSON); err != nil {
				t.Fatal(err)
			}
			if tc.asJSON && !json.Valid(out.Bytes()) {
				t.Errorf("--json output is not JSON:\n%s", out.String())
			}
			path := filepath.Join("testdata", tc.file)
			if *update && strings.HasSuffix(t.Name(), "sqlite") {
				if err := os.WriteFile(path, out.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test -run TestReportGolden -update)", err)
			}
			if out.String() != string(want) {
				t.Errorf("%s differs (go test -run TestReportGolden -update rewrites it)\n got:\n%s\nwant:\n%s", path, out.String(), want)
			}
		}
	})
}

// runCLI runs bot with args and env as its whole environment, from dir.
func runCLI(t *testing.T, env map[string]string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var o, e bytes.Buffer
	err = run(testCtx(t), args, mapEnv(env), strings.NewReader(""), &o, &e)
	return o.String(), e.String(), err
}

// TestReportCLI: bot report through the command line, reading DATABASE_URL
// as serve does, with its mistakes said clearly.
func TestReportCLI(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		seedReport(t, u)
		// The seeded rows are dated around reportNow; a year covers them.
		out, _, err := runCLI(t, map[string]string{"DATABASE_URL": u}, "report", "--since", "366d", "--json")
		if err != nil {
			t.Fatal(err)
		}
		var got reportJSON
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatalf("--json printed more than one JSON object: %v\n%s", err, out)
		}
		if got.Period != "366d" || got.Questions != 9 || len(got.Unanswered) != 4 || got.Unanswered[0].Count != 3 || len(got.DislikedDeclines) != 2 {
			t.Errorf("report: %+v", got)
		}
		out, _, err = runCLI(t, map[string]string{"DATABASE_URL": u}, "report", "--since", "366d", "--limit", "1")
		if err != nil || !strings.Contains(out, "Unanswered questions") || strings.Contains(out, "xqzv") {
			t.Errorf("text report with --limit 1 (%v):\n%s", err, out)
		}
	})
	missing := filepath.Join(t.TempDir(), "strikebot.db")
	for _, tc := range []struct {
		name string
		env  map[string]string
		args []string
		want string
	}{
		{"no store yet", map[string]string{"DATABASE_URL": missing}, nil, "no database file there yet"},
		{"store off", map[string]string{"DATABASE_URL": "off"}, nil, "DATABASE_URL is off"},
		{"bad period", map[string]string{"DATABASE_URL": missing}, []string{"--since", "forever"}, "--since"},
		{"stray argument", map[string]string{"DATABASE_URL": missing}, []string{"everything"}, "takes no arguments"},
		{"bad URL", map[string]string{"DATABASE_URL": "mysql://root:hunter2@db/x"}, nil, "unknown scheme"},
	} {
		out, _, err := runCLI(t, tc.env, append([]string{"report"}, tc.args...)...)
		if err == nil || !strings.Contains(err.Error(), tc.want) || out != "" {
			t.Errorf("%s: error %v, stdout %q; want %q and nothing printed", tc.name, err, out, tc.want)
		}
		if err != nil && strings.Contains(err.Error(), "hunter2") {
			t.Errorf("%s: the password is in the error", tc.name)
		}
	}
	if _, err := os.Stat(missing); err == nil {
		t.Error("bot report created the store it was asked to read")
	}
}

// startServeInProcess runs bot serve in-process on cfg read from env, handing
// the test the pipeline it built.
func startServeInProcess(t *testing.T, env map[string]string) (*commands.Handler, *logBuffer, func()) {
	t.Helper()
	// Registered first so it runs last, after the bot has stopped.
	t.Cleanup(func() { discordapi.SetBaseURL(discordapi.DefaultBaseURL) })
	cfg, err := parseConfig(func(k string) string { return env[k] }, needs{token: true})
	if err != nil {
		t.Fatal(err)
	}
	logs := newLogBuffer()
	handler := make(chan *commands.Handler, 1)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() {
		done <- serve(ctx, cfg, newLogger(cfg, logs), reloadOptions{}, func(h *commands.Handler) { handler <- h })
	}()
	var h *commands.Handler
	select {
	case h = <-handler:
	case err := <-done:
		t.Fatalf("serve stopped at start: %v\n%s", err, logs.String())
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not build its pipeline within 20s")
	}
	stop := func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve: %v", err)
			}
		case <-time.After(10 * time.Second):
			t.Error("serve did not stop within 10s")
		}
	}
	t.Cleanup(func() {
		cancel()
		if t.Failed() {
			t.Logf("bot log:\n%s", logs.String())
		}
	})
	return h, logs, stop
}

// TestReportShowsWhatServeRecorded is the curator loop end to end, on
// each engine: bot serve runs against the fake Discord with a store,
// registers /report for managers (spec-valid), answers an unanswerable
// /ask, and records through its pipeline's Recorder (Handler.Recorder,
// the queue serve put in front of the store), as well as a 👎 on that
// decline; at shutdown the queue drains, and bot report then shows the
// question with its nearest fact, also among the declines rated 👎.
// /report in the fake guild answers ephemerally from the same store.
func TestReportShowsWhatServeRecorded(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
		env := baseEnv(srv)
		env["DATABASE_URL"] = u
		// A row past the retention period, which serve deletes at start.
		const forgotten = "a question from long ago"
		old, err := store.Open(testCtx(t), u, store.Options{})
		if err != nil {
			t.Fatal(err)
		}
		if err := old.WriteQuestion(testCtx(t), store.Question{Time: time.Now().AddDate(0, 0, -31), Command: "ask", Question: forgotten, Outcome: store.OutcomeNotFound}); err != nil {
			t.Fatal(err)
		}
		_ = old.Close()
		h, logs, stop := startServeInProcess(t, env)
		ctx := testCtx(t)
		srv.WaitReady(ctx)
		if h.Recorder == nil {
			t.Fatal("serve with a store set no Recorder on its pipeline")
		}
		logs.waitRecord(t, ctx, "store open", func(r map[string]any) bool { return r["msg"] == "store open" && r["schema_version"] != float64(0) })
		logs.waitRecord(t, ctx, "retention at start", func(r map[string]any) bool {
			return r["msg"] == "store retention: deleted old rows" && r["rows"] == float64(1)
		})

		// /report is registered for managers in servers, and the body is
		// valid against Discord's spec.
		var report map[string]any
		for _, c := range srv.WaitCommands(ctx, "") {
			if c["name"] == "report" {
				report = c
			}
		}
		if report == nil || report["default_member_permissions"] != "32" || len(list2(report["contexts"])) != 1 {
			t.Errorf("/report registered as %v, want it, for Manage Server (32), in guilds only", report)
		}
		for _, r := range srv.Requests() {
			if r.Method == "PUT" && r.ValidationError != nil {
				t.Errorf("registration body invalid: %v", r.ValidationError)
			}
		}

		const question = "what did saffron cordery say about the weather on mars?"
		id := srv.SendInteraction(discordtest.InteractionWho, with(slash("ask", "question", question), asUser(newUser())))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "unanswered /ask", d)

		waitStored(t, ctx, u, question)

		// The decline's 👎 names /ask and the interaction that asked; a
		// click records it against the question.
		down := "nf:down:ask:" + id
		if !slices.Contains(buttons(d), down) {
			t.Fatalf("the unanswered /ask has buttons %q, want %s", buttons(d), down)
		}
		click := srv.SendInteraction(discordtest.InteractionButton, with(press(down), asUser(newUser())))
		if thanks := msgData(t, srv.WaitInteractionResponse(ctx, click)); thanks["flags"] != int64(64) || !strings.Contains(text(embed(t, thanks)), "Thanks") {
			t.Errorf("the decline's 👎 was answered with %v", thanks)
		}
		waitReport(t, ctx, u, "the decline rated 👎", func(r store.Report) bool {
			return slices.ContainsFunc(r.DislikedDeclines, func(un store.Unanswered) bool { return un.Question == question }) &&
				slices.Contains(r.CommandRatings, store.CommandRatings{Command: "ask", Down: 1})
		})

		id = srv.SendInteraction(discordtest.InteractionWho, with(slash("report"), asUser(newUser())))
		rep := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "/report", rep)
		if rep["flags"] != int64(64) {
			t.Errorf("/report is not ephemeral: flags %v", rep["flags"])
		}
		if e := embed(t, rep); !strings.Contains(text(e), question) {
			t.Errorf("/report in the guild does not show the question:\n%s", text(e))
		}
		stop()

		out, _, err := runCLI(t, map[string]string{"DATABASE_URL": u}, "report", "--json")
		if err != nil {
			t.Fatal(err)
		}
		var got reportJSON
		if err := json.Unmarshal([]byte(out), &got); err != nil {
			t.Fatal(err)
		}
		var un *store.Unanswered
		for i := range got.Unanswered {
			if got.Unanswered[i].Question == question {
				un = &got.Unanswered[i]
			}
		}
		if un == nil || un.Count < 1 || un.Nearest == nil || un.Nearest.Fact == "" {
			t.Fatalf("bot report does not show %q with its nearest fact:\n%s", question, out)
		}
		if strings.Contains(out, forgotten) {
			t.Errorf("a question past RETENTION_DAYS survived serve's start:\n%s", out)
		}
		text, _, err := runCLI(t, map[string]string{"DATABASE_URL": u}, "report")
		_, declines, _ := strings.Cut(text, commands.DislikedDeclinesTitle)
		if err != nil || !strings.Contains(text, question) || !strings.Contains(text, "nearest: ") || !strings.Contains(declines, question) {
			t.Errorf("text report (%v), want the question unanswered and as a decline rated 👎:\n%s", err, text)
		}
	})
}

// waitStored waits until the store at u has question among its unanswered
// ones, as the queue writes it in the background.
func waitStored(t *testing.T, ctx context.Context, u, question string) {
	t.Helper()
	waitReport(t, ctx, u, strconv.Quote(question), func(r store.Report) bool {
		return slices.ContainsFunc(r.Unanswered, func(un store.Unanswered) bool { return un.Question == question })
	})
}

// waitDisliked waits until the store at u holds a 👎 given for reason.
func waitDisliked(t *testing.T, ctx context.Context, u, reason string) {
	t.Helper()
	waitReport(t, ctx, u, "a 👎 for "+reason, func(r store.Report) bool {
		return slices.ContainsFunc(r.Disliked, func(d store.Disliked) bool { return d.Reason == reason && d.Fact != "" })
	})
}

// waitReport polls the store at u until its report satisfies done.
func waitReport(t *testing.T, ctx context.Context, u, what string, done func(store.Report) bool) {
	t.Helper()
	db, err := store.Open(ctx, u, store.Options{MustExist: true})
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for {
		r, err := db.Report(ctx, store.Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if done(r) {
			return
		}
		select {
		case <-ctx.Done():
			t.Fatalf("%s not stored in time: %+v", what, r)
		case <-time.After(10 * time.Millisecond):
		}
	}
}

// list2 is v as a list of anything.
func list2(v any) []any { l, _ := v.([]any); return l }

// TestRegisterWithStore: with a store configured, bot register publishes
// /report too, for managers in servers, as serve does; it opens no store.
func TestRegisterWithStore(t *testing.T) {
	srv := discordtest.New(t)
	dbPath := filepath.Join(t.TempDir(), "strikebot.db")
	r := bot(t, registerEnv(t, srv, map[string]string{"DATABASE_URL": dbPath}), "", "register")
	if r.err != nil {
		t.Fatalf("bot register: %v\n%s", r.err, r.stderr)
	}
	names := registeredNames(srv.Commands(""))
	if want := append(tableNames(t), "report"); strings.Join(names, ",") != strings.Join(want, ",") {
		t.Errorf("registered %v, want %v", names, want)
	}
	for _, req := range srv.Requests() {
		if req.ValidationError != nil {
			t.Errorf("%s does not conform to the spec: %v", req.Operation, req.ValidationError)
		}
	}
	if _, err := os.Stat(dbPath); err == nil {
		t.Error("bot register created the store")
	}
}

// TestServeBrokenStoreCostsNoAnswer: with the store's table gone under a
// running bot (as a failed disk or a dropped database would leave it),
// records fail, are counted in /metrics and logged once, answers go on
// being given, and shutdown is not held up.
func TestServeBrokenStoreCostsNoAnswer(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
		env := baseEnv(srv)
		env["DATABASE_URL"] = u
		h, logs, stop := startServeInProcess(t, env)
		ctx := testCtx(t)
		health := "http://" + logs.listenAddr(t, ctx, "health")
		srv.WaitReady(ctx)

		driver := "sqlite"
		if strings.HasPrefix(u, "postgres") {
			driver = "pgx"
		}
		side, err := sql.Open(driver, u)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := side.ExecContext(ctx, `DROP TABLE questions`); err != nil {
			t.Fatal(err)
		}
		_ = side.Close()

		for range 3 {
			h.Recorder.RecordQuestion(store.Question{Command: "ask", Question: "lost", Outcome: store.OutcomeNotFound})
		}
		id := srv.SendInteraction(discordtest.InteractionWho, with(slash("who", "name", "Mark Porter"), asUser(newUser())))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "/who with the store broken", d)
		if !citation.MatchString(text(embed(t, d))) {
			t.Errorf("/who with the store broken cites nothing")
		}
		const failed = `strikebot_store_records_total{kind="question",result="failed"}`
		for metricValues(t, health)[failed] < 3 {
			select {
			case <-ctx.Done():
				t.Fatalf("%s = %v, want 3", failed, metricValues(t, health)[failed])
			case <-time.After(10 * time.Millisecond):
			}
		}
		stop()
		if n := strings.Count(logs.String(), `"msg":"store write failed"`); n != 1 {
			t.Errorf("%d store failure log lines, want 1 (throttled)", n)
		}
	})
}
