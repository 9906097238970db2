package main

import (
	"strings"
	"testing"
)

// TestParseStoreConfig: DATABASE_URL, STORE_USER_IDS and RETENTION_DAYS
// default as documented, parse when set, and every mistake is named at
// once without repeating a password.
func TestParseStoreConfig(t *testing.T) {
	for _, tc := range []struct {
		name string
		env  map[string]string
		want Config // the store fields only
		errs []string
	}{
		{name: "defaults", want: Config{DatabaseURL: "strikebot.db", RetentionDays: 30}},
		{name: "postgres, user ids, a week", env: map[string]string{
			"DATABASE_URL": " postgres://bot:pw@db:5432/strikebot ", "STORE_USER_IDS": "true", "RETENTION_DAYS": "7"},
			want: Config{DatabaseURL: "postgres://bot:pw@db:5432/strikebot", StoreUserIDs: true, RetentionDays: 7}},
		{name: "sqlite file URI", env: map[string]string{"DATABASE_URL": "file:/data/strikebot.db", "STORE_USER_IDS": "0"},
			want: Config{DatabaseURL: "file:/data/strikebot.db", RetentionDays: 30}},
		{name: "off", env: map[string]string{"DATABASE_URL": "off"}, want: Config{DatabaseURL: "off", RetentionDays: 30}},
		{name: "every mistake", env: map[string]string{
			"DATABASE_URL": "mysql://root:hunter2@db/x", "STORE_USER_IDS": "maybe", "RETENTION_DAYS": "0"},
			errs: []string{`DATABASE_URL: unknown scheme "mysql"`, `STORE_USER_IDS "maybe" must be true or false`, `RETENTION_DAYS "0" must be a whole number of days from 1 to 3650`}},
		{name: "bad postgres URL", env: map[string]string{"DATABASE_URL": "postgres://bot:hunter2@db:port/x", "RETENTION_DAYS": "thirty"},
			errs: []string{"DATABASE_URL: not a valid PostgreSQL URL", `RETENTION_DAYS "thirty"`}},
		{name: "retention typo", env: map[string]string{"RETENTION_DAYS": "30000"}, errs: []string{`RETENTION_DAYS "30000"`}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := parseConfig(func(k string) string { return tc.env[k] }, needs{})
			if len(tc.errs) > 0 {
				if err == nil {
					t.Fatalf("no error, want %q", tc.errs)
				}
				for _, w := range tc.errs {
					if !strings.Contains(err.Error(), w) {
						t.Errorf("error lacks %q:\n%v", w, err)
					}
				}
				if strings.Contains(err.Error(), "hunter2") {
					t.Errorf("the password is in the error: %v", err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if c.DatabaseURL != tc.want.DatabaseURL || c.StoreUserIDs != tc.want.StoreUserIDs || c.RetentionDays != tc.want.RetentionDays {
				t.Errorf("store config %q %v %d, want %q %v %d", c.DatabaseURL, c.StoreUserIDs, c.RetentionDays,
					tc.want.DatabaseURL, tc.want.StoreUserIDs, tc.want.RetentionDays)
			}
		})
	}
}
