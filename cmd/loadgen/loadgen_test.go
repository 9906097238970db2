package main

import (
	"bytes"
	"context"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

func TestBucketsKeepOnePercent(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	for range 100000 {
		v := r.Uint64N(1 << 40)
		got := valueOf(bucketOf(v))
		if diff := float64(got) - float64(v); diff > 0.01*float64(v)+1 || -diff > 0.01*float64(v)+1 {
			t.Fatalf("value %d lands in a bucket worth %d", v, got)
		}
	}
	for v := range uint64(300) {
		if b := bucketOf(v); b > 0 && bucketOf(v-1) > b {
			t.Fatalf("buckets not monotonic at %d", v)
		}
	}
}

func TestQuantiles(t *testing.T) {
	var h histogram
	for i := 1; i <= 1000; i++ {
		h.record(time.Duration(i) * time.Microsecond)
	}
	for q, want := range map[float64]time.Duration{0.5: 500 * time.Microsecond, 0.99: 990 * time.Microsecond, 0.999: 999 * time.Microsecond, 1: time.Millisecond} {
		got := h.quantile(q)
		if d := got - want; d > want/100 || -d > want/100 {
			t.Errorf("quantile %v = %v, want %v ± 1%%", q, got, want)
		}
	}
	var other histogram
	other.record(time.Second)
	h.merge(&other)
	if h.n != 1001 || h.quantile(1) < 990*time.Millisecond {
		t.Errorf("merge: n %d, max %v", h.n, h.quantile(1))
	}
	var empty histogram
	if empty.quantile(0.99) != 0 {
		t.Error("empty histogram has a quantile")
	}
}

func TestPayloadMix(t *testing.T) {
	ps, err := buildPayloads(40)
	if err != nil {
		t.Fatal(err)
	}
	kinds := map[string]int{}
	ids := map[string]bool{}
	for _, p := range ps {
		kinds[p.kind]++
		ids[string(p.body)] = true
	}
	if kinds["who"] != 12 || kinds["ask"] != 12 || kinds["autocomplete"] != 12 || kinds["button"] != 4 {
		t.Errorf("mix %v, want 12 who, 12 ask, 12 autocomplete, 4 button", kinds)
	}
	if len(ids) != len(ps) {
		t.Errorf("%d distinct bodies of %d", len(ids), len(ps))
	}
}

// TestShortRun runs the whole program briefly: both endpoints answer every
// signed request correctly (a wrong answer counts as an error) and the
// report has every figure.
func TestShortRun(t *testing.T) {
	var out, errOut bytes.Buffer
	args := []string{"-duration", "300ms", "-rounds", "2", "-concurrency", "4", "-warmup", "100ms", "-verify-time", "20ms", "-payloads", "20"}
	if err := run(t.Context(), args, &out, &errOut); err != nil {
		t.Fatalf("run: %v\n%s%s", err, out.String(), errOut.String())
	}
	report := out.String()
	for _, want := range []string{
		"ed25519.Verify:", "round 1 bot", "round 1 bare", "round 2 bare", "round 2 bot", "p999", "cpu/req", "alloc/req", "GCs)",
		"throughput bot/bare:", "p99 bot/bare:", "verification ceiling", "errors: 0",
	} {
		if !strings.Contains(report, want) {
			t.Errorf("report lacks %q:\n%s", want, report)
		}
	}
	if strings.Contains(report, "first error") {
		t.Errorf("requests failed:\n%s", report)
	}
}

// TestOnlyBot drives the bot alone and writes both profiles, as the README
// shows for finding where its time and allocations go.
func TestOnlyBot(t *testing.T) {
	var out bytes.Buffer
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "bot.prof"), filepath.Join(dir, "bot.mem")
	args := []string{"-only", "bot", "-duration", "200ms", "-rounds", "1", "-concurrency", "2", "-warmup", "0", "-verify-time", "10ms", "-payloads", "10",
		"-cpuprofile", cpu, "-memprofile", mem}
	if err := run(t.Context(), args, &out, &out); err != nil {
		t.Fatalf("run: %v\n%s", err, out.String())
	}
	if !strings.Contains(out.String(), "round 1 bot") || strings.Contains(out.String(), "round 1 bare") || strings.Contains(out.String(), "first error") {
		t.Errorf("want one clean bot run:\n%s", out.String())
	}
	for _, path := range []string{cpu, mem} {
		// pprof's format is a gzipped protocol buffer.
		b, err := os.ReadFile(path)
		if err != nil || len(b) < 100 || b[0] != 0x1f || b[1] != 0x8b {
			t.Errorf("%s: %d bytes, err %v: not a profile", filepath.Base(path), len(b), err)
		}
	}
}

func TestInterrupted(t *testing.T) {
	ctx, cancel := context.WithCancel(t.Context())
	cancel()
	var out bytes.Buffer
	err := run(ctx, []string{"-duration", "10s", "-warmup", "0", "-verify-time", "10ms"}, &out, &out)
	if err == nil || !strings.Contains(err.Error(), "interrupted") {
		t.Fatalf("cancelled run: got %v, want interrupted", err)
	}
}

func TestBadFlags(t *testing.T) {
	for _, args := range [][]string{
		{"-duration", "1h"}, {"-rounds", "0"}, {"-concurrency", "5000"}, {"-warmup", "-1s"}, {"-payloads", "1"}, {"-only", "both"}, {"extra"}, {"-nope"},
		{"-hostile", "-env", "GOMEMLIMIT"}, {"-hostile", "-duration", "100ms", "-bot", "/nonexistent/bot"},
	} {
		var out bytes.Buffer
		if err := run(t.Context(), args, &out, &out); err == nil {
			t.Errorf("%v: want an error", args)
		}
	}
}

// TestHostile runs -hostile briefly against a child bot serve built from
// this tree, as production runs it (the child has no race detector): every
// signed PING must be answered and the child's peak RSS stay within the
// 64 MiB target, or run fails. cmd/bot's TestServeHostileConnections runs
// the same attack in-process, where the attacker shares the bot's memory,
// so it can bound only the growth; this is the check on the target itself.
func TestHostile(t *testing.T) {
	if testing.Short() {
		t.Skip("builds cmd/bot and opens 3,000 connections")
	}
	var out bytes.Buffer
	err := run(t.Context(), []string{"-hostile", "-duration", "3s"}, &out, &out)
	t.Logf("loadgen -hostile -duration 3s:\n%s", out.String())
	if err != nil {
		t.Fatalf("loadgen -hostile: %v", err)
	}
	for _, want := range []string{"bot RSS:", "peak", "(0 failed", "ok\n"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("report lacks %q", want)
		}
	}
}
