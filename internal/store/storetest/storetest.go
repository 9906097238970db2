// Package storetest runs a test against every store engine: SQLite in a
// temporary file, and PostgreSQL at STRIKEBOT_TEST_POSTGRES_URL (which
// .ci/run sets up), each test in a schema of its own. Without that
// variable the PostgreSQL half skips, with a message, except under CI=true,
// where its absence fails: CI must prove both engines.
package storetest

import (
	"context"
	"crypto/rand"
	"database/sql"
	"encoding/hex"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	_ "github.com/jackc/pgx/v5/stdlib" // the "pgx" database/sql driver
)

// PostgresEnv names the variable holding the test PostgreSQL URL.
const PostgresEnv = "STRIKEBOT_TEST_POSTGRES_URL"

// ForEach runs fn as a subtest per engine ("sqlite", "postgres"), each with
// the DATABASE_URL of an empty database of its own.
func ForEach(t *testing.T, fn func(t *testing.T, databaseURL string)) {
	t.Helper()
	t.Run("sqlite", func(t *testing.T) { fn(t, SQLite(t)) })
	t.Run("postgres", func(t *testing.T) { fn(t, Postgres(t)) })
}

// SQLite is the path of a fresh SQLite file, removed after the test.
func SQLite(t *testing.T) string {
	t.Helper()
	return filepath.Join(t.TempDir(), "strikebot.db")
}

// Postgres is the URL of a fresh schema in the test PostgreSQL database,
// dropped after the test. It skips the test when none is configured, or
// fails it under CI.
func Postgres(t *testing.T) string {
	t.Helper()
	base := strings.TrimSpace(os.Getenv(PostgresEnv))
	if base == "" {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is not set: CI must run the store tests against PostgreSQL (.ci/run sets it up)", PostgresEnv)
		}
		t.Skipf("PostgreSQL half skipped: set %s (e.g. postgres://strikebot:strikebot@localhost:5432/strikebot_test) to run it", PostgresEnv)
	}
	u, err := url.Parse(base)
	if err != nil {
		t.Fatalf("%s is not a URL", PostgresEnv)
	}
	id := make([]byte, 6)
	_, _ = rand.Read(id)
	schema := "t_" + hex.EncodeToString(id)
	admin, err := sql.Open("pgx", base)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if _, err := admin.ExecContext(ctx, `CREATE SCHEMA `+schema); err != nil {
		_ = admin.Close()
		t.Fatalf("create test schema in %s: %v", PostgresEnv, err)
	}
	t.Cleanup(func() {
		ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
		defer cancel()
		if _, err := admin.ExecContext(ctx, `DROP SCHEMA `+schema+` CASCADE`); err != nil {
			t.Errorf("drop test schema: %v", err)
		}
		_ = admin.Close()
	})
	q := u.Query()
	q.Set("search_path", schema)
	u.RawQuery = q.Encode()
	return u.String()
}
