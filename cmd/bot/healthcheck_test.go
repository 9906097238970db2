package main

import (
	"bytes"
	"context"
	"errors"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

// healthEnv runs bot healthcheck with HEALTH_ADDR set to addr.
func healthEnv(t *testing.T, addr string, args ...string) (stdout string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	err = run(context.Background(), append([]string{"healthcheck"}, args...), mapEnv(map[string]string{"HEALTH_ADDR": addr}), strings.NewReader(""), &out, &errOut)
	return out.String(), err
}

// portOf returns ":PORT" for an httptest server, the form HEALTH_ADDR takes.
func portOf(t *testing.T, srv *httptest.Server) string {
	t.Helper()
	_, port, err := net.SplitHostPort(srv.Listener.Addr().String())
	if err != nil {
		t.Fatal(err)
	}
	return port
}

func TestHealthcheckHealthy(t *testing.T) {
	var gotPath string
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		gotPath = r.URL.Path
		w.Write([]byte("ok\n"))
	}))
	defer srv.Close()
	port := portOf(t, srv)
	for _, addr := range []string{":" + port, "0.0.0.0:" + port, "127.0.0.1:" + port, "[::]:" + port} {
		out, err := healthEnv(t, addr)
		if err != nil {
			t.Fatalf("HEALTH_ADDR=%s: %v", addr, err)
		}
		if gotPath != "/healthz" {
			t.Errorf("HEALTH_ADDR=%s: asked %q, want /healthz", addr, gotPath)
		}
		want := "healthy: GET http://127.0.0.1:" + port + "/healthz: 200 OK\n"
		if out != want {
			t.Errorf("HEALTH_ADDR=%s: printed %q, want %q", addr, out, want)
		}
	}
	if _, err := healthEnv(t, "", "--addr", ":"+port); err != nil {
		t.Errorf("--addr :%s: %v", port, err)
	}
}

func TestHealthcheckUnhealthy(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/healthz":
			http.Error(w, "gateway session lost\nsecond line", http.StatusServiceUnavailable)
		default:
			http.NotFound(w, r)
		}
	}))
	defer srv.Close()
	_, err := healthEnv(t, ":"+portOf(t, srv))
	assertOneLineFailure(t, err, "503 Service Unavailable: gateway session lost")

	redirect := httptest.NewServer(http.RedirectHandler("/elsewhere", http.StatusFound))
	defer redirect.Close()
	_, err = healthEnv(t, ":"+portOf(t, redirect))
	assertOneLineFailure(t, err, "302 Found")
}

func TestHealthcheckUnreachable(t *testing.T) {
	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := l.Addr().String()
	l.Close() // nothing listens there now
	_, err = healthEnv(t, addr)
	assertOneLineFailure(t, err, "connection refused")
}

func TestHealthcheckTimeout(t *testing.T) {
	release := make(chan struct{})
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		select {
		case <-release:
		case <-r.Context().Done():
		}
	}))
	defer srv.Close()
	defer close(release)
	start := time.Now()
	_, err := healthEnv(t, ":"+portOf(t, srv), "--timeout", "200ms")
	assertOneLineFailure(t, err, "no answer within 200ms")
	if d := time.Since(start); d > 2*time.Second {
		t.Errorf("took %s with a 200ms timeout", d)
	}
}

func TestHealthcheckDefaultTimeout(t *testing.T) {
	if healthTimeout != 2*time.Second {
		t.Errorf("default timeout %s, want 2s (the Dockerfile's HEALTHCHECK --timeout allows for it)", healthTimeout)
	}
}

func TestHealthcheckBadAddress(t *testing.T) {
	_, err := healthEnv(t, "")
	assertOneLineFailure(t, err, "HEALTH_ADDR is not set")
	for _, addr := range []string{"8080", "localhost", "host:"} {
		_, err := healthEnv(t, addr)
		assertOneLineFailure(t, err, "must be host:port or :port")
	}
	_, err = healthEnv(t, ":8080", "extra")
	var u usageError
	if !errors.As(err, &u) {
		t.Errorf("extra argument: got %v, want a usage error", err)
	}
}

// assertOneLineFailure checks that err is an ordinary failure (exit 1, not
// the usage exit 2 that Docker reserves) whose message is one line holding
// want.
func assertOneLineFailure(t *testing.T, err error, want string) {
	t.Helper()
	if err == nil {
		t.Fatalf("succeeded, want a failure mentioning %q", want)
	}
	var u usageError
	if errors.As(err, &u) {
		t.Errorf("usage error %v: a health failure must exit 1, not 2", err)
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") {
		t.Errorf("reason spans lines: %q", msg)
	}
	if !strings.Contains(msg, want) {
		t.Errorf("reason %q does not mention %q", msg, want)
	}
}
