package main

import (
	"context"
	"runtime"
	"runtime/metrics"
	"syscall"
	"testing"
	"time"

	attack "github.com/strikebot/strikebot/internal/hostile"
)

// The hostile-connection scenario of issue 10: 100 unsigned connections
// each sending 1 MB of headers, over and over, plus 3,000 keep-alive
// connections left idle, against the real bot serve in HTTP-only mode.
const (
	hostileBombers = 100
	hostileBomb    = 1 << 20
	hostileIdle    = 3000
	hostilePings   = 10 // signed PINGs during the attack, at least
	// hostileGrowth bounds the growth of RSS (and of the Go runtime's
	// memory, the check that also holds under the race detector) during the
	// attack. The target is 64 MiB for the whole bot process, which starts
	// at about 35 MiB (cmd/loadgen's TestHostile and loadgen -hostile check
	// exactly that, on a child bot serve); this test process starts higher
	// and holds the attacker's connections too, so its growth is what it
	// can bound.
	hostileGrowth = 40 << 20
)

// raiseNoFile lifts the soft open-file limit to the hard one and returns
// how many descriptors the process may hold.
func raiseNoFile(t *testing.T) uint64 {
	var lim syscall.Rlimit
	if err := syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
		t.Fatal(err)
	}
	if lim.Cur < lim.Max {
		lim.Cur = lim.Max
		if err := syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim); err != nil {
			t.Logf("raising the nofile soft limit: %v", err)
			_ = syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
		}
	}
	return lim.Cur
}

// goMemory is what the Go runtime holds from the OS and has not released.
func goMemory() uint64 {
	s := []metrics.Sample{{Name: "/memory/classes/total:bytes"}, {Name: "/memory/classes/heap/released:bytes"}}
	metrics.Read(s)
	return s[0].Value.Uint64() - s[1].Value.Uint64()
}

// TestServeHostileConnections: under the hostile scenario the process
// grows by less than hostileGrowth and every signed PING, each on a new connection
// as after a lull, is answered within Discord's 3 s. About 10 s, and longer
// on a loaded machine: the attack lasts 8 s once the idle connections are
// all open and the bombers at full rate, and until 10 PINGs have been sent.
func TestServeHostileConnections(t *testing.T) {
	if testing.Short() {
		t.Skip("opens 3,000 connections")
	}
	idle := hostileIdle
	// Each idle connection is two descriptors here (client and server).
	if fds := raiseNoFile(t); fds < uint64(2*idle+4*hostileBombers+256) {
		idle = (int(fds) - 4*hostileBombers - 256) / 2
		t.Logf("nofile limit %d: scaled down to %d idle connections", fds, idle)
	}
	r, addr, priv := startHTTPOnly(t)
	url := "http://" + addr + "/interactions"
	// Opening 3,000 connections beside the bombers, under the race
	// detector on a loaded machine, once took over a minute; they are
	// opened first now, and the attack starts its clock after.
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	if err := attack.Ping(ctx, url, priv, 3*time.Second); err != nil {
		t.Fatalf("before the attack: %v", err)
	}
	runtime.GC()
	rss0, err := attack.RSS("self")
	if err != nil {
		t.Fatal(err)
	}
	mem0 := goMemory()
	peakMem := mem0
	res := attack.Attack{
		Addr: addr, Key: priv, Bombers: hostileBombers, BombBytes: hostileBomb, Idle: idle,
		PID: "self", Sample: func() { peakMem = max(peakMem, goMemory()) }, MinPings: hostilePings,
	}.Run(ctx, 8*time.Second)
	t.Logf("%d bombs of %d KiB, %d idle connections (open after %v), %d signed PINGs (%d failed, slowest %v); RSS %.1f → peak %.1f MiB; Go memory %.1f → peak %.1f MiB",
		res.Bombs, hostileBomb>>10, res.Idle, res.Opening.Round(time.Millisecond), res.Pings, len(res.Failed), res.Slowest.Round(time.Millisecond),
		mib(rss0), mib(res.PeakRSS), mib(int64(mem0)), mib(int64(peakMem)))
	for _, err := range res.Failed {
		t.Errorf("signed PING during the attack: %v", err)
	}
	if res.Bombs < hostileBombers || res.Idle < int64(idle) {
		t.Errorf("the attack did not run in full: %d bombs, %d of %d idle connections", res.Bombs, res.Idle, idle)
	}
	if res.Pings < hostilePings {
		t.Errorf("only %d PINGs sent during the attack", res.Pings)
	}
	growth := uint64(hostileGrowth)
	if raceEnabled {
		growth = growth * 3 / 2 // the detector's own per-goroutine and per-allocation state
	}
	if peakMem > mem0+growth {
		t.Errorf("Go memory grew from %.1f to %.1f MiB, more than %.0f MiB", mib(int64(mem0)), mib(int64(peakMem)), mib(int64(growth)))
	}
	if !raceEnabled && res.PeakRSS > rss0+hostileGrowth {
		t.Errorf("RSS grew from %.1f to %.1f MiB, more than %.0f MiB", mib(rss0), mib(res.PeakRSS), mib(hostileGrowth))
	}
	if err := attack.Ping(ctx, url, priv, 3*time.Second); err != nil {
		t.Errorf("after the attack: %v", err)
	}
	if err := r.stop(); err != nil {
		t.Errorf("bot serve after the attack: %v", err)
	}
}

func mib(b int64) float64 { return float64(b) / (1 << 20) }
