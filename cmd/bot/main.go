// Command bot is strikebot: a Discord bot that answers questions about the
// UK junior doctors' strikes from the news articles in its fact base, citing file and line.
//
// It runs as a Discord bot (bot serve), answers from the terminal with no
// Discord at all (bot ask, bot chat), and checks and measures its fact base
// (bot validate, bot eval). Run "bot help" for every command.
package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"os/signal"
	"runtime/debug"
	"syscall"
)

func main() {
	// Every command but serve runs once and exits, and loading the fact base
	// allocates several times what it keeps: at the default GC target
	// collecting that garbage is a sixth of "bot ask". At 800 the first
	// collection waits for some 36 MB of heap, more than a load allocates
	// (14 MB), so a one-shot command (ask QUESTION, validate, lines) never
	// collects, and touches fewer pages than with a collection at 400; one
	// answering many questions still does. A GOGC set in the environment
	// still decides; serve, which runs for days, keeps the default.
	if _, set := os.LookupEnv("GOGC"); !set && len(os.Args) > 1 && os.Args[1] != "serve" {
		debug.SetGCPercent(800)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.LookupEnv, os.Stdin, os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, errorLine(err))
		var u usageError
		if errors.As(err, &u) {
			os.Exit(2)
		}
		os.Exit(1)
	}
}

// errorLine is how main reports err: one "bot:" prefix, added here only, so
// no error message below main starts with "bot".
func errorLine(err error) string { return "bot: " + err.Error() }
