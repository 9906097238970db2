package main

import (
	"runtime"
	"strings"
	"testing"
)

// TestVersionPrintsStampedVersion: the version set at link time (as the
// image build sets main.version) is what bot version prints.
func TestVersionPrintsStampedVersion(t *testing.T) {
	old := version
	version = "v9.9.9"
	t.Cleanup(func() { version = old })
	r := bot(t, nil, "", "--version")
	want := "strikebot v9.9.9 ("
	if r.err != nil || !strings.HasPrefix(r.stdout, want) || !strings.Contains(r.stdout, runtime.Version()) {
		t.Errorf("printed %q (%v), want it to start %q and name %s", r.stdout, r.err, want, runtime.Version())
	}
}
