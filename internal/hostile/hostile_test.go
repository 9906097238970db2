package hostile

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"io"
	"net/http"
	"net/http/httptest"
	"strings"
	"testing"
	"time"
)

func TestParseRSS(t *testing.T) {
	b, err := parseRSS(strings.NewReader("Name:\tloadgen\nVmPeak:\t  999 kB\nVmRSS:\t   41236 kB\nThreads:\t9\n"))
	if err != nil || b != 41236<<10 {
		t.Fatalf("parseRSS = %d, %v; want %d", b, err, 41236<<10)
	}
	if _, err := parseRSS(strings.NewReader("Name:\tx\n")); err == nil {
		t.Error("no VmRSS line: want an error")
	}
	if b, err := RSS("self"); err != nil || b <= 0 {
		t.Errorf("RSS(self) = %d, %v", b, err)
	}
}

// TestAttackAgainstAnUnlimitedServer runs a small attack against a plain
// httptest server: the bombs arrive, the idle connections open, the PINGs
// are signed so that a verifying handler accepts them.
func TestAttackAgainstAnUnlimitedServer(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	srv := httptest.NewUnstartedServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, _ := io.ReadAll(r.Body)
		sig, ts := r.Header.Get("X-Signature-Ed25519"), r.Header.Get("X-Signature-Timestamp")
		raw, err := hex.DecodeString(sig)
		if err != nil || len(raw) != ed25519.SignatureSize || !ed25519.Verify(pub, append([]byte(ts), body...), raw) {
			http.Error(w, "bad signature", http.StatusUnauthorized)
			return
		}
		_, _ = w.Write([]byte(`{"type":1}`))
	}))
	srv.Config.MaxHeaderBytes = 4 << 10
	srv.Start()
	t.Cleanup(srv.Close)
	res := Attack{
		Addr: strings.TrimPrefix(srv.URL, "http://"), Key: priv, Bombers: 2, BombBytes: 256 << 10, Idle: 20, PID: "self",
	}.Run(context.Background(), 1500*time.Millisecond)
	if res.Bombs < 2 || res.Idle != 20 || res.Pings < 1 || len(res.Failed) > 0 || res.PeakRSS <= 0 {
		t.Errorf("result %+v", res)
	}
}
