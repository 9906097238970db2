package main

import (
	"bufio"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"net/url"
	"strings"
	"time"
)

// healthTimeout bounds one health check: a container runtime kills a
// HEALTHCHECK that takes longer than its own timeout, so answer first.
const healthTimeout = 2 * time.Second

// runHealthcheck asks the running bot's /healthz on this machine and
// succeeds only on 200. It exists because the image is FROM scratch: there
// is no shell or curl for a HEALTHCHECK to run, only the bot itself.
// Every failure is one line on standard error and exit status 1, which is
// what Docker and Podman read as unhealthy.
func runHealthcheck(ctx context.Context, e *env, args []string) error {
	fs := flag.NewFlagSet("healthcheck", flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	addr := fs.String("addr", e.getenv("HEALTH_ADDR"), "the bot's health address, host:port or :port (env HEALTH_ADDR)")
	timeout := fs.Duration("timeout", healthTimeout, "give up after this long")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() > 0 {
		return usagef("healthcheck takes no arguments (see 'bot help healthcheck')")
	}
	target, err := healthURL(*addr)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	status, err := getHealth(ctx, target, *timeout)
	if err != nil {
		return fmt.Errorf("healthcheck: %w", err)
	}
	if _, err := fmt.Fprintf(e.stdout, "healthy: GET %s: %s\n", target, status); err != nil {
		return fmt.Errorf("healthcheck: write result: %w", err)
	}
	return nil
}

// healthURL turns a listen address such as ":8080", "0.0.0.0:8080" or
// "[::]:8080" into the /healthz URL to call from the same machine: a
// wildcard host becomes 127.0.0.1, a named host is kept.
func healthURL(addr string) (string, error) {
	addr = strings.TrimSpace(addr)
	if addr == "" {
		return "", errors.New("HEALTH_ADDR is not set, so the bot serves no /healthz (set it, e.g. HEALTH_ADDR=:8080, or pass --addr)")
	}
	host, port, err := net.SplitHostPort(addr)
	if err != nil || port == "" {
		return "", fmt.Errorf("HEALTH_ADDR %q must be host:port or :port, e.g. :8080", addr)
	}
	switch host {
	case "", "0.0.0.0", "::", "[::]":
		host = "127.0.0.1"
	}
	return "http://" + net.JoinHostPort(host, port) + "/healthz", nil
}

// getHealth GETs target once, without proxies, keep-alives or redirects,
// and returns the status line when it is 200 OK.
func getHealth(ctx context.Context, target string, timeout time.Duration) (string, error) {
	ctx, cancel := context.WithTimeout(ctx, timeout)
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, target, nil)
	if err != nil {
		return "", fmt.Errorf("GET %s: %w", target, err)
	}
	client := &http.Client{
		Transport: &http.Transport{Proxy: nil, DisableKeepAlives: true},
		CheckRedirect: func(*http.Request, []*http.Request) error {
			return http.ErrUseLastResponse
		},
	}
	resp, err := client.Do(req)
	if err != nil {
		if errors.Is(err, context.DeadlineExceeded) {
			return "", fmt.Errorf("GET %s: no answer within %s", target, timeout)
		}
		return "", fmt.Errorf("GET %s: %w", target, unwrapURLError(err))
	}
	defer resp.Body.Close()
	if resp.StatusCode != http.StatusOK {
		reason := firstLine(resp.Body, 120)
		if reason != "" {
			reason = ": " + reason
		}
		return "", fmt.Errorf("GET %s: %s%s", target, resp.Status, reason)
	}
	_, _ = io.Copy(io.Discard, io.LimitReader(resp.Body, 64<<10))
	return resp.Status, nil
}

// unwrapURLError drops the *url.Error wrapper, which would repeat the
// method and URL the caller already names.
func unwrapURLError(err error) error {
	var ue *url.Error
	if errors.As(err, &ue) && ue.Err != nil {
		return ue.Err
	}
	return err
}

// firstLine returns the first non-empty line of r, at most limit bytes long,
// so that a failure reason stays one short line.
func firstLine(r io.Reader, limit int) string {
	sc := bufio.NewScanner(io.LimitReader(r, 4<<10))
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		if len(line) > limit {
			line = strings.ToValidUTF8(line[:limit], "") + "…"
		}
		return line
	}
	return ""
}
