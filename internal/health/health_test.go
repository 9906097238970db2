package health

import (
	"errors"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync/atomic"
	"testing"
)

func get(t *testing.T, h http.Handler, method, path string) (int, string) {
	t.Helper()
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(method, path, nil))
	return rec.Code, rec.Body.String()
}

func TestEndpoints(t *testing.T) {
	var ready atomic.Bool
	h := Handler(Options{
		Ready: []Check{
			func() error {
				if !ready.Load() {
					return errors.New("gateway not ready")
				}
				return nil
			},
			func() error { return nil },
		},
		Metrics: http.HandlerFunc(func(w http.ResponseWriter, _ *http.Request) { _, _ = w.Write([]byte("m 1\n")) }),
	})
	if code, _ := get(t, h, "GET", "/healthz"); code != 200 {
		t.Errorf("/healthz = %d", code)
	}
	if code, body := get(t, h, "GET", "/readyz"); code != 503 || !strings.Contains(body, "gateway not ready") {
		t.Errorf("/readyz before ready = %d %q", code, body)
	}
	ready.Store(true)
	if code, _ := get(t, h, "GET", "/readyz"); code != 200 {
		t.Errorf("/readyz when ready = %d", code)
	}
	if code, body := get(t, h, "GET", "/metrics"); code != 200 || body != "m 1\n" {
		t.Errorf("/metrics = %d %q", code, body)
	}
	if code, _ := get(t, h, "POST", "/healthz"); code != http.StatusMethodNotAllowed {
		t.Errorf("POST /healthz = %d", code)
	}
	if code, _ := get(t, h, "GET", "/nope"); code != 404 {
		t.Errorf("/nope = %d", code)
	}
}

func TestNoChecksMeansReady(t *testing.T) {
	h := Handler(Options{})
	if code, _ := get(t, h, "GET", "/readyz"); code != 200 {
		t.Errorf("/readyz = %d", code)
	}
	if code, _ := get(t, h, "GET", "/metrics"); code != 404 {
		t.Errorf("/metrics without a registry = %d", code)
	}
}
