package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"syscall"
	"time"

	"github.com/strikebot/strikebot/internal/hostile"
)

// The -hostile scenario (issue 10): 100 unsigned connections each sending
// 1 MB of headers, again and again, and 3,000 keep-alive connections left
// idle, against a child bot serve; the child's RSS must stay within 64 MiB
// while signed PINGs are answered within Discord's 3 s.
const (
	hostileBombers = 100
	hostileBomb    = 1 << 20
	hostileIdle    = 3000
	hostileTarget  = 64 << 20
)

// runHostile builds cmd/bot (or uses bin), starts it as a child in
// HTTP-only mode with env added to its environment, runs the attack for d
// and prints the child's RSS, the PINGs and the verdict.
func runHostile(ctx context.Context, d time.Duration, bin string, env []string, stdout io.Writer) (err error) {
	dir, err := os.MkdirTemp("", "loadgen-hostile")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	if bin == "" {
		bin = filepath.Join(dir, "bot")
		build := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/strikebot/strikebot/cmd/bot")
		build.Stderr = os.Stderr
		if err := build.Run(); err != nil {
			return fmt.Errorf("build cmd/bot: %w", err)
		}
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return err
	}
	addr, err := freeAddr()
	if err != nil {
		return err
	}
	child := exec.Command(bin, "serve")
	child.Dir = dir // no .env there
	child.Env = append([]string{
		"DISCORD_PUBLIC_KEY=" + hex.EncodeToString(pub), "INTERACTIONS_ADDR=" + addr, "HEALTH_ADDR=" + addr,
		"DISCORD_API_URL=http://127.0.0.1:9", "LOG_FORMAT=json", "LOG_LEVEL=warn",
	}, env...)
	child.Stdout, child.Stderr = os.Stderr, os.Stderr
	if err := child.Start(); err != nil {
		return err
	}
	defer func() { err = errors.Join(err, stopChild(child)) }()
	pid := strconv.Itoa(child.Process.Pid)
	url := "http://" + addr + "/interactions"
	if err := waitHealthy(ctx, "http://"+addr+"/healthz"); err != nil {
		return err
	}
	if err := hostile.Ping(ctx, url, priv, 3*time.Second); err != nil {
		return fmt.Errorf("before the attack: %w", err)
	}
	rss0, err := hostile.RSS(pid)
	if err != nil {
		return err
	}
	idle := min(hostileIdle, fdBudget())
	fmt.Fprintf(stdout, "loadgen -hostile: bot serve (pid %s) on %s, %v: %d connections × %d KiB of headers, %d idle keep-alive connections, a signed PING every 200 ms\n",
		pid, addr, d, hostileBombers, hostileBomb>>10, idle)

	res := hostile.Attack{
		Addr: addr, Key: priv, Bombers: hostileBombers, BombBytes: hostileBomb, Idle: idle, PID: pid,
	}.Run(ctx, d)
	for _, err := range res.Failed {
		fmt.Fprintf(stdout, "  PING failed: %v\n", err)
	}
	after, _ := hostile.RSS(pid)
	fmt.Fprintf(stdout, "header bombs %d, idle connections %d, signed PINGs %d (%d failed, slowest %v)\n",
		res.Bombs, res.Idle, res.Pings, len(res.Failed), res.Slowest.Round(time.Millisecond))
	fmt.Fprintf(stdout, "bot RSS: %.1f MiB before, %.1f MiB peak, %.1f MiB after (target ≤ %d MiB)\n",
		mibBytes(rss0), mibBytes(res.PeakRSS), mibBytes(after), hostileTarget>>20)
	switch {
	case len(res.Failed) > 0:
		return fmt.Errorf("%d of %d signed PINGs failed", len(res.Failed), res.Pings)
	case res.PeakRSS > hostileTarget:
		return fmt.Errorf("peak RSS %.1f MiB is over %d MiB", mibBytes(res.PeakRSS), hostileTarget>>20)
	}
	fmt.Fprintln(stdout, "ok")
	return nil
}

func mibBytes(b int64) float64 { return float64(b) / (1 << 20) }

// freeAddr returns a loopback address nothing listens on right now.
func freeAddr() (string, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return "", err
	}
	defer ln.Close()
	return ln.Addr().String(), nil
}

// fdBudget is how many idle connections this process's open-file limit
// allows (raised to the hard limit first), keeping room for the rest.
func fdBudget() int {
	var lim syscall.Rlimit
	if syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim) == nil && lim.Cur < lim.Max {
		lim.Cur = lim.Max
		_ = syscall.Setrlimit(syscall.RLIMIT_NOFILE, &lim)
		_ = syscall.Getrlimit(syscall.RLIMIT_NOFILE, &lim)
	}
	return int(lim.Cur) - 2*hostileBombers - 256
}

// waitHealthy polls url until it answers 200, for up to 10 s.
func waitHealthy(ctx context.Context, url string) error {
	deadline := time.Now().Add(10 * time.Second)
	for {
		resp, err := http.Get(url)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return nil
			}
		}
		if time.Now().After(deadline) || ctx.Err() != nil {
			return fmt.Errorf("bot serve not healthy at %s: %v", url, err)
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// stopChild sends SIGTERM and expects exit 0 within 5 s, as a container
// stop does.
func stopChild(c *exec.Cmd) error {
	_ = c.Process.Signal(syscall.SIGTERM)
	done := make(chan error, 1)
	go func() { done <- c.Wait() }()
	select {
	case err := <-done:
		if err != nil {
			return fmt.Errorf("bot serve after SIGTERM: %w", err)
		}
		return nil
	case <-time.After(5 * time.Second):
		_ = c.Process.Kill()
		<-done
		return errors.New("bot serve did not exit within 5 s of SIGTERM")
	}
}
