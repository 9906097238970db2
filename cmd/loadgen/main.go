// Command loadgen measures strikebot's HTTP interactions endpoint against a
// bare reference endpoint, on this machine, over loopback.
//
// It generates a throwaway Ed25519 key, starts two servers in this process on
// 127.0.0.1 (the real endpoint, interactions.New over the embedded fact base,
// and a bare net/http handler that only verifies the signature and returns a
// canned reply), and drives each at a fixed concurrency with signed, recorded
// interactions (/who, /ask, autocomplete and a button), alternating the two
// over several rounds because shared machines are noisy. It reports
// throughput, latency percentiles, errors and RSS per run, the Ed25519
// verification ceiling, and the ratios the project's target is stated in.
// It runs for a bounded time and stops by itself.
//
//	go run ./cmd/loadgen -duration 10s -rounds 3
package main

import (
	"context"
	"fmt"
	"os"
	"os/signal"
	"syscall"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Stdout, os.Stderr)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}
