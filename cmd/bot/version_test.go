package main

import (
	"bytes"
	"context"
	"runtime"
	"strings"
	"testing"
)

func TestVersionPrintsStampedVersion(t *testing.T) {
	var out bytes.Buffer
	if err := run(context.Background(), []string{"version"}, mapEnv(nil), strings.NewReader(""), &out, &out); err != nil {
		t.Fatal(err)
	}
	want := "strikebot " + version + " (" + runtime.Version()
	if !strings.HasPrefix(out.String(), want) {
		t.Errorf("printed %q, want it to start %q", out.String(), want)
	}
}
