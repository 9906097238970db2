package store

import (
	"context"
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/store/storetest"
)

func ctx(t *testing.T) context.Context {
	t.Helper()
	c, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	t.Cleanup(cancel)
	return c
}

// open opens a store at u and closes it after the test.
func open(t *testing.T, u string, o Options) *DB {
	t.Helper()
	d, err := Open(ctx(t), u, o)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = d.Close() })
	return d
}

func TestEngine(t *testing.T) {
	for _, tc := range []struct {
		url, engine, err string
	}{
		{url: "postgres://u:p@localhost:5432/db", engine: EnginePostgres},
		{url: "postgresql://u:p@db/strikebot?sslmode=disable", engine: EnginePostgres},
		{url: "strikebot.db", engine: EngineSQLite},
		{url: "/data/strikebot.db", engine: EngineSQLite},
		{url: "file:/data/strikebot.db?_busy_timeout=100", engine: EngineSQLite},
		{url: "mysql://u:p@host/db", err: `unknown scheme "mysql"`},
		{url: "", err: "empty"},
		{url: "postgres://u:secretpw@host:notaport/db", err: "not a valid PostgreSQL URL"},
	} {
		got, err := Engine(tc.url)
		switch {
		case tc.err != "":
			if err == nil || !strings.Contains(err.Error(), tc.err) {
				t.Errorf("Engine(%q) error %v, want %q", tc.url, err, tc.err)
			}
			if err != nil && strings.Contains(err.Error(), "secretpw") {
				t.Errorf("Engine(%q) error shows the password: %v", tc.url, err)
			}
		case err != nil || got != tc.engine:
			t.Errorf("Engine(%q) = %q, %v; want %q", tc.url, got, err, tc.engine)
		}
	}
}

func TestOpenSQLiteMistakes(t *testing.T) {
	missing := filepath.Join(t.TempDir(), "nope", "strikebot.db")
	for _, tc := range []struct{ url, err string }{
		{missing, "does not exist"},
		{":memory:", "needs a file"},
		{"file:x?mode=memory", "needs a file"},
		{"a#b.db", "must not contain '#'"},
	} {
		if _, err := Open(ctx(t), tc.url, Options{}); err == nil || !strings.Contains(err.Error(), tc.err) {
			t.Errorf("Open(%q) error %v, want %q", tc.url, err, tc.err)
		}
	}
	if _, err := os.Stat(filepath.Dir(missing)); err == nil {
		t.Error("Open created the missing directory")
	}
}

// TestMigrate: migrations leave the newest version, running them again (or
// from several openers at once, as replicas starting together do) changes
// nothing, and the tables take rows.
func TestMigrate(t *testing.T) {
	entries, err := fs.ReadDir(migrations, "migrations/"+EngineSQLite)
	if err != nil || len(entries) == 0 {
		t.Fatalf("no embedded migrations: %v", err)
	}
	pg, _ := fs.ReadDir(migrations, "migrations/"+EnginePostgres)
	if len(pg) != len(entries) {
		t.Fatalf("%d SQLite migrations but %d PostgreSQL ones: each change needs both", len(entries), len(pg))
	}
	storetest.ForEach(t, func(t *testing.T, u string) {
		var wg sync.WaitGroup
		errs := make([]error, 3)
		for i := range errs {
			wg.Go(func() {
				d, err := Open(ctx(t), u, Options{})
				if err == nil {
					err = d.Close()
				}
				errs[i] = err
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				t.Fatalf("concurrent open: %v", err)
			}
		}
		d := open(t, u, Options{})
		for range 2 {
			if err := d.Migrate(ctx(t)); err != nil {
				t.Fatalf("Migrate again: %v", err)
			}
		}
		v, err := d.SchemaVersion(ctx(t))
		if err != nil || v != len(entries) {
			t.Errorf("schema version %d, %v; want %d", v, err, len(entries))
		}
		var rows int
		if err := d.db.QueryRowContext(ctx(t), `SELECT COUNT(*) FROM schema_version`).Scan(&rows); err != nil || rows != len(entries) {
			t.Errorf("schema_version has %d rows (%v), want %d: a migration ran twice", rows, err, len(entries))
		}
		if err := d.WriteQuestion(ctx(t), Question{Command: "ask", Question: "q", Outcome: OutcomeAnswered}); err != nil {
			t.Error(err)
		}
	})
}

// TestMigrateKeepsRows: a store made before ratings said which question
// they rate (schema version 1, with rows) is brought up to date when opened:
// its rows keep their values and read as rated by facts, from an unknown
// command, and new rows link a rating to its question.
func TestMigrateKeepsRows(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		engine, _ := Engine(u)
		driver := map[string]string{EngineSQLite: "sqlite", EnginePostgres: "pgx"}[engine]
		v1, err := fs.ReadFile(migrations, "migrations/"+engine+"/0001_init.sql")
		if err != nil {
			t.Fatal(err)
		}
		raw, err := sql.Open(driver, u)
		if err != nil {
			t.Fatal(err)
		}
		for _, stmt := range []string{
			`CREATE TABLE schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`,
			string(v1),
			`INSERT INTO schema_version (version, applied_at) VALUES (1, 0)`,
			`INSERT INTO questions (at, command, question, outcome, guild_id) VALUES (1, 'ask', 'an old question', 'not_found', 'g')`,
			`INSERT INTO feedback (at, rating, reason, facts, guild_id) VALUES (1, 'down', 'wrong', 'hunt', 'g')`,
		} {
			if _, err := raw.ExecContext(ctx(t), stmt); err != nil {
				t.Fatalf("%.40s: %v", stmt, err)
			}
		}
		_ = raw.Close()

		d := open(t, u, Options{})
		if v, err := d.SchemaVersion(ctx(t)); err != nil || v < 2 {
			t.Fatalf("schema version %d, %v; want the migration to 2 applied", v, err)
		}
		if err := d.WriteQuestion(ctx(t), Question{Time: time.UnixMilli(2), Command: "ask", Question: "a new question", Outcome: OutcomeNotFound, RequestID: "1180471205112430642", GuildID: "g"}); err != nil {
			t.Fatal(err)
		}
		if err := d.WriteFeedback(ctx(t), Feedback{Time: time.UnixMilli(2), Rating: RatingDown, Command: "ask", QuestionID: "1180471205112430642", GuildID: "g"}); err != nil {
			t.Fatal(err)
		}
		r, err := d.Report(ctx(t), Filter{})
		if err != nil {
			t.Fatal(err)
		}
		if r.Questions != 2 || len(r.Unanswered) != 2 || len(r.Disliked) != 1 || r.Disliked[0].Fact != "hunt" || r.Disliked[0].Reason != ReasonWrong {
			t.Errorf("old rows after the migration: %+v", r)
		}
		if len(r.DislikedDeclines) != 1 || r.DislikedDeclines[0].Question != "a new question" {
			t.Errorf("declines rated 👎 %+v, want the new question", r.DislikedDeclines)
		}
		want := []CommandRatings{{Command: "", Down: 1}, {Command: "ask", Down: 1}}
		if !slices.Equal(r.CommandRatings, want) {
			t.Errorf("ratings by command %+v, want %+v (the old rating's command unknown)", r.CommandRatings, want)
		}
	})
}

// storedUsers lists the user ids stored in table.
func storedUsers(t *testing.T, d *DB, table string) []sql.NullString {
	t.Helper()
	rows, err := d.db.QueryContext(ctx(t), `SELECT user_id FROM `+table+` ORDER BY id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out []sql.NullString
	for rows.Next() {
		var s sql.NullString
		if err := rows.Scan(&s); err != nil {
			t.Fatal(err)
		}
		out = append(out, s)
	}
	return out
}

// TestUserIDs: user ids are dropped unless the store is told to keep them.
func TestUserIDs(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		for _, keep := range []bool{false, true} {
			d := open(t, u, Options{KeepUserIDs: keep})
			_ = d.WriteQuestion(ctx(t), Question{Command: "ask", Question: "q", Outcome: OutcomeAnswered, UserID: "123456789012345678"})
			_ = d.WriteFeedback(ctx(t), Feedback{Rating: RatingUp, UserID: "123456789012345678"})
		}
		d := open(t, u, Options{})
		for _, table := range []string{"questions", "feedback"} {
			got := storedUsers(t, d, table)
			if len(got) != 2 || got[0].Valid || !got[1].Valid || got[1].String != "123456789012345678" {
				t.Errorf("%s user ids %v, want [NULL (default), 123456789012345678 (STORE_USER_IDS)]", table, got)
			}
		}
	})
}

// TestPrune: rows older than the cut-off go, in both tables; newer stay.
func TestPrune(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		d := open(t, u, Options{})
		now := time.Now()
		for _, age := range []time.Duration{40 * 24 * time.Hour, 31 * 24 * time.Hour, 29 * 24 * time.Hour, time.Minute} {
			_ = d.WriteQuestion(ctx(t), Question{Time: now.Add(-age), Command: "ask", Question: "q", Outcome: OutcomeNotFound})
			_ = d.WriteFeedback(ctx(t), Feedback{Time: now.Add(-age), Rating: RatingDown})
		}
		n, err := d.Prune(ctx(t), now.Add(-30*24*time.Hour))
		if err != nil || n != 4 {
			t.Errorf("Prune = %d, %v; want 4 rows (2 questions, 2 feedback)", n, err)
		}
		r, err := d.Report(ctx(t), Filter{})
		if err != nil || r.Questions != 2 || sum(r.Ratings) != 2 {
			t.Errorf("after prune: %d questions, %d ratings (%v); want 2 and 2", r.Questions, sum(r.Ratings), err)
		}
	})
}

func sum(cs []Count) (n int) {
	for _, c := range cs {
		n += c.Count
	}
	return n
}

// TestHostileText: text PostgreSQL would refuse (NUL, invalid UTF-8) and
// text far past what the bot reads is stored, cleaned and capped, in both
// engines alike.
func TestHostileText(t *testing.T) {
	storetest.ForEach(t, func(t *testing.T, u string) {
		d := open(t, u, Options{})
		long := strings.Repeat("é", 5000)
		for _, q := range []string{"nul\x00byte", "bad \xff utf8", long, "'; DROP TABLE questions; --"} {
			if err := d.WriteQuestion(ctx(t), Question{Command: "ask", Question: q, Outcome: OutcomeNotFound, Facts: []string{"ok-id", "bad id", ""}}); err != nil {
				t.Errorf("WriteQuestion(%.20q): %v", q, err)
			}
		}
		r, err := d.Report(ctx(t), Filter{Limit: 10})
		if err != nil {
			t.Fatal(err)
		}
		want := map[string]bool{"nulbyte": true, "bad \uFFFD utf8": true, strings.Repeat("é", maxText): true, "'; DROP TABLE questions; --": true}
		for _, un := range r.Unanswered {
			if !want[un.Question] {
				t.Errorf("stored question %.40q, not one of the cleaned forms", un.Question)
			}
			delete(want, un.Question)
		}
		if len(want) > 0 {
			t.Errorf("missing stored questions: %d", len(want))
		}
		var facts string
		if err := d.db.QueryRowContext(ctx(t), `SELECT facts FROM questions ORDER BY id LIMIT 1`).Scan(&facts); err != nil || facts != "ok-id" {
			t.Errorf("stored facts %q (%v), want only the well-formed id", facts, err)
		}
	})
}
