package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/jackc/pgx/v5/pgconn"
	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
	_ "modernc.org/sqlite"             // the "sqlite" database/sql driver, pure Go
)

// Engines a DATABASE_URL can select.
const (
	EngineSQLite   = "sqlite"
	EnginePostgres = "postgres"
)

// DefaultURL is DATABASE_URL unset: a SQLite file in the working directory.
const DefaultURL = "strikebot.db"

// Off is the DATABASE_URL that turns recording off altogether.
const Off = "off"

// maxText caps the question text stored, in runes: the bot reads no more of
// a question than this (knowledge.MaxQuestion), and a hostile 100 KB
// message must not cost 100 KB a row.
const maxText = 1000

// Engine says which engine a DATABASE_URL selects: postgres:// and
// postgresql:// URLs are PostgreSQL, anything else a SQLite path or file:
// URI. It checks the URL's shape without connecting; its errors never
// repeat the URL, which may hold a password.
func Engine(databaseURL string) (string, error) {
	u := strings.TrimSpace(databaseURL)
	switch {
	case u == "":
		return "", errors.New("empty database URL")
	case strings.HasPrefix(u, "postgres://") || strings.HasPrefix(u, "postgresql://"):
		if _, err := pgconn.ParseConfig(u); err != nil {
			return "", errors.New("not a valid PostgreSQL URL such as postgres://user:password@host:5432/strikebot (the value is not shown: it may hold a password)")
		}
		return EnginePostgres, nil
	case strings.Contains(u, "://"):
		return "", fmt.Errorf("unknown scheme %q: use postgres://, postgresql://, a SQLite file path or a file: URI", u[:strings.Index(u, "://")])
	}
	return EngineSQLite, nil
}

// Options are what a DB keeps and how long.
type Options struct {
	// KeepUserIDs stores who asked and who rated (STORE_USER_IDS=true);
	// by default user ids are dropped before anything is written.
	KeepUserIDs bool
	// MustExist refuses to create a missing SQLite file: bot report reads a
	// store that bot serve made, and an empty new one would only mislead.
	MustExist bool
}

// DB is the store: questions and feedback in SQLite or PostgreSQL, behind
// database/sql. Its methods are safe for concurrent use; the bot writes to
// it through a Queue, never directly from an answer.
type DB struct {
	db     *sql.DB
	engine string
	opts   Options
	// where describes the database for logs, without any password.
	where string
}

//go:embed migrations
var migrations embed.FS

// Open opens the store at databaseURL and brings its schema up to date
// (Migrate). A SQLite file is created when missing; its directory must
// exist.
func Open(ctx context.Context, databaseURL string, opts Options) (*DB, error) {
	engine, err := Engine(databaseURL)
	if err != nil {
		return nil, fmt.Errorf("open store: %w", err)
	}
	d := &DB{engine: engine, opts: opts}
	u := strings.TrimSpace(databaseURL)
	switch engine {
	case EnginePostgres:
		d.where = postgresWhere(u)
		d.db, err = sql.Open("pgx", u)
		if err == nil {
			// One writer and the occasional report: a few connections
			// each, so that many replicas stay well inside the server's
			// max_connections.
			d.db.SetMaxOpenConns(4)
			d.db.SetConnMaxIdleTime(5 * time.Minute)
		}
	default:
		var dsn string
		dsn, d.where, err = sqliteDSN(u)
		if err == nil && opts.MustExist {
			if _, serr := os.Stat(d.where); serr != nil {
				err = errors.New("no database file there yet (bot serve creates it when it starts)")
			}
		}
		if err == nil {
			d.db, err = sql.Open("sqlite", dsn)
		}
		// One connection: SQLite takes one writer at a time anyway, and a
		// single connection never waits on its own lock.
		if err == nil {
			d.db.SetMaxOpenConns(1)
		}
	}
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", d.where, err)
	}
	if err := d.whileBusy(ctx, d.db.PingContext); err != nil {
		_ = d.db.Close()
		return nil, fmt.Errorf("open store %s: %w", d.where, err)
	}
	if err := d.whileBusy(ctx, d.Migrate); err != nil {
		_ = d.db.Close()
		return nil, err
	}
	return d, nil
}

// whileBusy runs f again while SQLite reports the database busy, for up to
// busyFor. The busy timeout covers most waits, but SQLite returns
// SQLITE_BUSY at once, without waiting, when two connections would
// deadlock: two replicas opening a new file together both switch it to WAL,
// or both upgrade a read to a write in CREATE TABLE IF NOT EXISTS. One of
// them then starts over, as SQLite's documentation advises.
func (d *DB) whileBusy(ctx context.Context, f func(context.Context) error) error {
	deadline := time.Now().Add(busyFor)
	for wait := 5 * time.Millisecond; ; wait = min(2*wait, 200*time.Millisecond) {
		err := f(ctx)
		if err == nil || d.engine != EngineSQLite || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// busyFor bounds whileBusy: as long as the busy timeout set on connections.
const busyFor = 5 * time.Second

// isBusy reports whether err is SQLite's SQLITE_BUSY (any extended code).
func isBusy(err error) bool {
	var se interface{ Code() int }
	return errors.As(err, &se) && se.Code()&0xff == 5
}

// sqliteDSN turns a path or file: URI into modernc.org/sqlite's DSN with
// the settings the store relies on (unless the URI sets them itself): WAL,
// so that bot report reads while the bot writes; a busy timeout, so that
// they wait for each other instead of failing; and immediate transactions,
// so that two processes migrating at once take turns.
func sqliteDSN(u string) (dsn, where string, err error) {
	path, query, _ := strings.Cut(u, "?")
	if !strings.HasPrefix(path, "file:") && strings.ContainsAny(path, "#") {
		return "", path, errors.New("a SQLite path must not contain '#': use a file: URI")
	}
	where = strings.TrimPrefix(path, "file:")
	if where == "" || where == ":memory:" {
		return "", where, errors.New("a SQLite store needs a file (the bot and bot report share it)")
	}
	q, err := url.ParseQuery(query)
	if err != nil {
		return "", where, fmt.Errorf("bad query string: %w", err)
	}
	if q.Get("mode") == "memory" {
		return "", where, errors.New("a SQLite store needs a file (the bot and bot report share it)")
	}
	if dir := filepath.Dir(filepath.Clean(where)); dir != "." {
		if st, err := os.Stat(dir); err != nil || !st.IsDir() {
			return "", where, fmt.Errorf("directory %s does not exist (create it, or mount a volume there)", dir)
		}
	}
	for k, v := range map[string]string{"_busy_timeout": "5000", "_journal_mode": "WAL", "_synchronous": "NORMAL", "_txlock": "immediate"} {
		if !q.Has(k) {
			q.Set(k, v)
		}
	}
	return path + "?" + q.Encode(), where, nil
}

// postgresWhere names a PostgreSQL database for logs: host and database,
// never the user's password.
func postgresWhere(u string) string {
	cfg, err := pgconn.ParseConfig(u)
	if err != nil {
		return "postgres"
	}
	return fmt.Sprintf("postgres://%s:%d/%s", cfg.Host, cfg.Port, cfg.Database)
}

// Engine is EngineSQLite or EnginePostgres.
func (d *DB) Engine() string { return d.engine }

// String describes the database for logs, without any password.
func (d *DB) String() string { return d.where }

// Close closes the database.
func (d *DB) Close() error { return d.db.Close() }

// rebind turns the ? placeholders the queries here are written with into
// PostgreSQL's $1, $2 …; no query here has a ? anywhere else.
func (d *DB) rebind(q string) string {
	if d.engine != EnginePostgres {
		return q
	}
	var b strings.Builder
	n := 0
	for _, r := range q {
		if r == '?' {
			n++
			b.WriteString("$" + strconv.Itoa(n))
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}

// Migrate applies the embedded migrations the database has not had yet,
// each in its own transaction with its row in schema_version, so that a
// migration applies entirely or not at all. It is idempotent, and replicas
// starting together take turns: PostgreSQL through an advisory lock held
// for the whole migration, SQLite through its immediate transactions.
func (d *DB) Migrate(ctx context.Context) error {
	files, err := d.migrationFiles()
	if err != nil {
		return err
	}
	// One connection throughout, so that PostgreSQL's session lock is held
	// by the connection doing the work.
	conn, err := d.db.Conn(ctx)
	if err != nil {
		return fmt.Errorf("migrate %s: %w", d.where, err)
	}
	defer conn.Close()
	if d.engine == EnginePostgres {
		if _, err := conn.ExecContext(ctx, `SELECT pg_advisory_lock($1)`, migrationLock); err != nil {
			return fmt.Errorf("migrate %s: lock: %w", d.where, err)
		}
		defer func() {
			_, _ = conn.ExecContext(context.WithoutCancel(ctx), `SELECT pg_advisory_unlock($1)`, migrationLock)
		}()
	}
	if _, err := conn.ExecContext(ctx, `CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)`); err != nil {
		return fmt.Errorf("migrate %s: create schema_version: %w", d.where, err)
	}
	for _, m := range files {
		if err := d.apply(ctx, conn, m); err != nil {
			return fmt.Errorf("migrate %s: %s: %w", d.where, m.name, err)
		}
	}
	return nil
}

// migration is one embedded schema change.
type migration struct {
	version int
	name    string
	sql     string
}

// migrationFiles lists the engine's migrations, NNNN_name.sql, in order.
func (d *DB) migrationFiles() ([]migration, error) {
	dir := "migrations/" + d.engine
	entries, err := fs.ReadDir(migrations, dir)
	if err != nil {
		return nil, fmt.Errorf("migrations: %w", err)
	}
	var out []migration
	for _, e := range entries {
		num, _, ok := strings.Cut(e.Name(), "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil || !strings.HasSuffix(e.Name(), ".sql") {
			return nil, fmt.Errorf("migrations: %s is not NNNN_name.sql", e.Name())
		}
		src, err := fs.ReadFile(migrations, dir+"/"+e.Name())
		if err != nil {
			return nil, fmt.Errorf("migrations: %w", err)
		}
		out = append(out, migration{version: v, name: e.Name(), sql: string(src)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	return out, nil
}

// migrationLock is the PostgreSQL advisory lock key migrations hold.
const migrationLock = 0x5374726b // "Strk"

// apply runs one migration unless schema_version already has it.
func (d *DB) apply(ctx context.Context, conn *sql.Conn, m migration) error {
	tx, err := conn.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer func() { _ = tx.Rollback() }()
	var n int
	if err := tx.QueryRowContext(ctx, d.rebind(`SELECT COUNT(*) FROM schema_version WHERE version = ?`), m.version).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, d.rebind(`INSERT INTO schema_version (version, applied_at) VALUES (?, ?)`), m.version, time.Now().UnixMilli()); err != nil {
		return err
	}
	return tx.Commit()
}

// SchemaVersion is the newest migration applied.
func (d *DB) SchemaVersion(ctx context.Context) (int, error) {
	var v sql.NullInt64
	if err := d.db.QueryRowContext(ctx, `SELECT MAX(version) FROM schema_version`).Scan(&v); err != nil {
		return 0, fmt.Errorf("schema version of %s: %w", d.where, err)
	}
	return int(v.Int64), nil
}

// WriteQuestion stores one question. The user id is dropped unless the DB
// keeps user ids.
func (d *DB) WriteQuestion(ctx context.Context, q Question) error {
	_, err := d.db.ExecContext(ctx, d.rebind(`INSERT INTO questions (at, command, question, outcome, facts, request_id, user_id, guild_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		millis(q.Time), clean(q.Command, 100), clean(q.Question, maxText), clean(q.Outcome, 50), joinFacts(q.Facts), clean(q.RequestID, 30), d.userID(q.UserID), clean(q.GuildID, 30))
	if err != nil {
		return fmt.Errorf("store question: %w", err)
	}
	return nil
}

// WriteFeedback stores one 👍 or 👎.
func (d *DB) WriteFeedback(ctx context.Context, f Feedback) error {
	_, err := d.db.ExecContext(ctx, d.rebind(`INSERT INTO feedback (at, command, rating, reason, facts, question_id, user_id, guild_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
		millis(f.Time), clean(f.Command, 100), clean(f.Rating, 20), clean(f.Reason, 50), joinFacts(f.Facts), clean(f.QuestionID, 30), d.userID(f.UserID), clean(f.GuildID, 30))
	if err != nil {
		return fmt.Errorf("store feedback: %w", err)
	}
	return nil
}

// Prune deletes questions and feedback older than before, and says how many
// rows went.
func (d *DB) Prune(ctx context.Context, before time.Time) (int64, error) {
	var total int64
	for _, table := range []string{"questions", "feedback"} {
		res, err := d.db.ExecContext(ctx, d.rebind(`DELETE FROM `+table+` WHERE at < ?`), before.UnixMilli())
		if err != nil {
			return total, fmt.Errorf("prune %s: %w", table, err)
		}
		n, _ := res.RowsAffected()
		total += n
	}
	return total, nil
}

// userID is what is stored for a user id: NULL unless user ids are kept.
func (d *DB) userID(id string) any {
	if !d.opts.KeepUserIDs || id == "" {
		return nil
	}
	return clean(id, 30)
}

// millis is t as stored: Unix milliseconds, now when t is zero.
func millis(t time.Time) int64 {
	if t.IsZero() {
		t = time.Now()
	}
	return t.UnixMilli()
}

// clean makes text storable in both engines: valid UTF-8 without NUL
// (PostgreSQL refuses both), at most n runes.
func clean(s string, n int) string {
	s = strings.ToValidUTF8(s, "\uFFFD")
	s = strings.ReplaceAll(s, "\x00", "")
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n])
	}
	return s
}

// joinFacts stores fact ids space-separated; ids are kebab-case, so an id
// with a space (or other stray text) is dropped rather than corrupting the
// list.
func joinFacts(ids []string) string {
	var out []string
	for _, id := range ids {
		if id != "" && !strings.ContainsAny(id, " \t\r\n") && len(id) <= 200 {
			out = append(out, clean(id, 200))
		}
	}
	return strings.Join(out, " ")
}
