package main

import (
	"context"
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"
)

// version is the release this binary was built as, when the build sets it:
// the container build passes -ldflags "-X main.version=...". A plain go
// build leaves it empty and buildVersion works one out.
var version string

// buildInfo says what this binary was built from.
type buildInfo struct {
	Version  string // the release, or "dev"
	Revision string // vcs.revision, the commit; "" when unknown
	Time     string // vcs.time, the commit's time (RFC 3339)
	Modified bool   // vcs.modified: built from a tree with uncommitted changes
}

// String is the version as logs and metrics label it: the release, or for
// a development build "dev-" and the commit's first 12 hex digits, with
// "-dirty" when the tree was modified.
func (b buildInfo) String() string {
	if b.Version != "dev" || b.Revision == "" {
		return b.Version
	}
	s := "dev-" + b.Revision[:min(12, len(b.Revision))]
	if b.Modified {
		s += "-dirty"
	}
	return s
}

// currentBuild is this binary's build: the version set at link time,
// else what the Go toolchain stamped in it.
func currentBuild() buildInfo {
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		bi = nil
	}
	return resolveBuild(version, bi)
}

// resolveBuild works out the build from the link-time version (may be "")
// and the binary's build info (nil when there is none). The link-time
// version wins; next the main module's version, which go build (Go 1.24
// and later) derives from the VCS tag or commit; else "dev". The commit
// comes from the vcs.* settings whichever version is chosen.
func resolveBuild(linked string, bi *debug.BuildInfo) buildInfo {
	b := buildInfo{Version: strings.TrimSpace(linked)}
	if bi != nil {
		for _, s := range bi.Settings {
			switch s.Key {
			case "vcs.revision":
				b.Revision = s.Value
			case "vcs.time":
				b.Time = s.Value
			case "vcs.modified":
				b.Modified = s.Value == "true"
			}
		}
		if b.Version == "" && bi.Main.Version != "" && bi.Main.Version != "(devel)" {
			b.Version = bi.Main.Version
		}
	}
	if b.Version == "" {
		b.Version = "dev"
	}
	return b
}

// versionLine is what bot version and bot --version print.
func versionLine(b buildInfo) string {
	var details []string
	if b.Revision != "" {
		commit := "commit " + b.Revision
		if b.Time != "" {
			commit += " " + b.Time
		}
		if b.Modified {
			commit += ", modified"
		}
		details = append(details, commit)
	}
	details = append(details, fmt.Sprintf("%s %s/%s", runtime.Version(), runtime.GOOS, runtime.GOARCH))
	return fmt.Sprintf("strikebot %s (%s)", b, strings.Join(details, "; "))
}

func runVersion(_ context.Context, e *env, args []string) error {
	fs := plainFlags("version")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("version takes no arguments (see 'bot help version')")
	}
	if _, err := fmt.Fprintln(e.stdout, versionLine(currentBuild())); err != nil {
		return fmt.Errorf("write version: %w", err)
	}
	return nil
}
