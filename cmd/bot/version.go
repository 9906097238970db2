package main

import (
	"context"
	"fmt"
	"runtime"
)

// version is the release this binary was built as. The container build sets
// it with -ldflags "-X main.version=..."; a plain go build leaves "dev".
var version = "dev"

func runVersion(_ context.Context, e *env, args []string) error {
	if len(args) > 0 {
		return usagef("bot version takes no arguments (see 'bot help version')")
	}
	_, err := fmt.Fprintf(e.stdout, "strikebot %s (%s %s/%s)\n", version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	if err != nil {
		return fmt.Errorf("write version: %w", err)
	}
	return nil
}
