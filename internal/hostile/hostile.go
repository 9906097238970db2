// Package hostile drives the hostile HTTP clients that the bot's connection
// limits are measured against: connections that send a megabyte of headers,
// keep-alive connections left idle after one unsigned request, and, beside
// them, the signed PINGs Discord sends, which must still be answered. The
// bot's hardening test (cmd/bot) and loadgen -hostile share it, so the test
// and the manual measurement are one scenario.
package hostile

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Attack is the scenario: Bombers connections each sending BombBytes of
// headers, over and over, and Idle keep-alive connections opened once,
// against the interactions endpoint at Addr, while a signed PING (signed
// with Key) goes to it every 200 ms once the idle connections are all open
// and the bombers at full rate.
type Attack struct {
	Addr      string // host:port of the interactions endpoint
	Key       ed25519.PrivateKey
	Bombers   int
	BombBytes int
	Idle      int
	// PID is the process whose RSS is sampled ("self" for this one).
	PID string
	// Sample, if set, is called at every RSS sample (every 50 ms), for
	// the caller's own measurements.
	Sample func()
	// MinPings, if set, keeps the attack going past its duration until
	// that many PINGs have been sent, so that a slow machine still
	// measures as many as a fast one.
	MinPings int
}

// Result is what an attack did and measured.
type Result struct {
	Bombs   int64         // header bombs sent (each on a new connection)
	Idle    int64         // idle connections opened and their request answered
	Opening time.Duration // how long the idle connections took to open
	Pings   int           // signed PINGs sent
	Failed  []error
	Slowest time.Duration // the slowest answered PING
	PeakRSS int64         // bytes
}

// unsigned is the request an idle connection sends before it goes quiet: an
// unsigned interaction, which the endpoint refuses with 401 and keeps alive.
const unsigned = "POST /interactions HTTP/1.1\r\nHost: bot\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"

// Run runs the attack, then closes everything it opened. The idle
// connections are opened first: opened beside the bombers, on a loaded
// machine, they took longer than the attack lasts. Then the bombers start,
// and from their first second on the attack proper, with its PINGs, lasts
// d and past that until MinPings PINGs have been sent; ctx bounds it all. Errors from the server cutting
// connections off are the point, so only failed PINGs count as failures.
func (a Attack) Run(ctx context.Context, d time.Duration) Result {
	begun := time.Now()
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	var (
		r            Result
		bombs, idles atomic.Int64
		mu           sync.Mutex
		conns        []net.Conn
		wg           sync.WaitGroup
		dialers      sync.WaitGroup
	)
	wg.Go(func() {
		tick := time.NewTicker(50 * time.Millisecond)
		defer tick.Stop()
		for {
			if v, err := RSS(a.PID); err == nil {
				r.PeakRSS = max(r.PeakRSS, v)
			}
			if a.Sample != nil {
				a.Sample()
			}
			select {
			case <-ctx.Done():
				return
			case <-tick.C:
			}
		}
	})
	dialer := net.Dialer{Timeout: 2 * time.Second}
	// The idle connections are opened by a few dialers: one goroutine per
	// connection would make the client, not the server, the memory story.
	// A failed dial (the server's accept queue full) is tried again: the
	// scenario is Idle connections held open, not Idle attempts. Each
	// counts once its request is answered: a connection still in the
	// server's accept queue is not yet one the server holds, and PINGs
	// sent while thousands wait there measure the queue.
	next := atomic.Int64{}
	for range min(a.Idle, 16) {
		dialers.Go(func() {
			br := bufio.NewReaderSize(nil, 1<<10)
			for next.Add(1) <= int64(a.Idle) {
				for ctx.Err() == nil {
					c, err := dialer.DialContext(ctx, "tcp", a.Addr)
					if err != nil {
						pause(ctx, 10*time.Millisecond)
						continue
					}
					mu.Lock()
					conns = append(conns, c)
					mu.Unlock()
					if answered(ctx, c, br) {
						idles.Add(1)
					}
					break
				}
			}
		})
	}
	dialers.Wait()
	r.Opening = time.Since(begun)
	bomb := bombHeaders()
	for range a.Bombers {
		wg.Go(func() {
			for ctx.Err() == nil {
				if sendBomb(ctx, &dialer, a.Addr, bomb, a.BombBytes) {
					bombs.Add(1)
				}
			}
		})
	}
	// The attack proper, once the bombers are at full rate.
	pause(ctx, time.Second)
	a.pings(ctx, d, &r)
	cancel()
	wg.Wait()
	for _, c := range conns {
		_ = c.Close()
	}
	r.Bombs, r.Idle = bombs.Load(), idles.Load()
	return r
}

// answered sends the unsigned request on c and reads its answer (with br,
// which it resets), leaving c open.
func answered(ctx context.Context, c net.Conn, br *bufio.Reader) bool {
	stop := context.AfterFunc(ctx, func() { _ = c.SetDeadline(time.Now()) })
	defer stop()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	defer c.SetDeadline(time.Time{})
	if _, err := io.WriteString(c, unsigned); err != nil {
		return false
	}
	br.Reset(c)
	resp, err := http.ReadResponse(br, nil)
	if err != nil {
		return false
	}
	_, _ = io.Copy(io.Discard, resp.Body)
	_ = resp.Body.Close()
	br.Reset(nil)
	return true
}

// pings sends a signed PING every 200 ms for d and then until MinPings
// have been sent, or until ctx is done.
func (a Attack) pings(ctx context.Context, d time.Duration, r *Result) {
	url := "http://" + a.Addr + "/interactions"
	for end := time.Now().Add(d); ctx.Err() == nil && (time.Now().Before(end) || r.Pings < a.MinPings); {
		start := time.Now()
		err := Ping(ctx, url, a.Key, 3*time.Second)
		if ctx.Err() != nil {
			return // cut off by ctx, not by the server
		}
		r.Pings++
		if err != nil {
			r.Failed = append(r.Failed, err)
		} else {
			r.Slowest = max(r.Slowest, time.Since(start))
		}
		pause(ctx, 200*time.Millisecond)
	}
}

// pause waits for d or until ctx is done.
func pause(ctx context.Context, d time.Duration) {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-ctx.Done():
	case <-t.C:
	}
}

// bombHeaders is 64 KiB of header lines, sent again and again; sharing one
// buffer keeps the client's own memory out of the measurement.
func bombHeaders() []byte {
	var b bytes.Buffer
	for i := 0; b.Len() < 64<<10; i++ {
		fmt.Fprintf(&b, "X-Pad-%d: %s\r\n", i, strings.Repeat("a", 1000))
	}
	return b.Bytes()
}

// sendBomb writes a request line and then n bytes of headers on a new
// connection, until the server cuts it off; it reports whether it got
// through the request line.
func sendBomb(ctx context.Context, d *net.Dialer, addr string, bomb []byte, n int) bool {
	c, err := d.DialContext(ctx, "tcp", addr)
	if err != nil {
		return false
	}
	defer c.Close()
	stop := context.AfterFunc(ctx, func() { _ = c.Close() })
	defer stop()
	_ = c.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := io.WriteString(c, "POST /interactions HTTP/1.1\r\nHost: bot\r\n"); err != nil {
		return false
	}
	for sent := 0; sent < n; sent += len(bomb) {
		if _, err := c.Write(bomb[:min(len(bomb), n-sent)]); err != nil {
			return true // the server stopped reading: what it should do
		}
	}
	_, _ = io.WriteString(c, "\r\n")
	_, _ = io.Copy(io.Discard, c)
	return true
}

// Ping sends one signed PING on a fresh connection, as Discord's first
// request after a lull does, and checks the PONG.
func Ping(ctx context.Context, url string, key ed25519.PrivateKey, timeout time.Duration) error {
	body := []byte(`{"type":1,"id":"1","application_id":"1180469395290865704","token":"t","version":1}`)
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		return err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
	req.Header.Set("X-Signature-Timestamp", ts)
	client := &http.Client{Transport: &http.Transport{DisableKeepAlives: true}}
	resp, err := client.Do(req)
	if err != nil {
		return err
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte(`"type":1`)) {
		return fmt.Errorf("PING: %d %s", resp.StatusCode, b)
	}
	return nil
}

// RSS returns the resident set of process pid ("self" for this one) in
// bytes, from /proc/PID/status.
func RSS(pid string) (int64, error) {
	f, err := os.Open("/proc/" + pid + "/status")
	if err != nil {
		return 0, err
	}
	defer f.Close()
	return parseRSS(f)
}

// parseRSS reads the VmRSS line of a /proc/PID/status file.
func parseRSS(r io.Reader) (int64, error) {
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kib, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				return 0, fmt.Errorf("VmRSS %q: %w", rest, err)
			}
			return kib << 10, nil
		}
	}
	if err := sc.Err(); err != nil {
		return 0, err
	}
	return 0, errors.New("no VmRSS line")
}
