package main

import (
	"bytes"
	"crypto/ed25519"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"
)

// The bot and the bare endpoint in-process, without sockets or a client,
// over loadgen's own payloads in its mix: what each endpoint's handler costs
// per request, the figure behind the CPU ratio that the machine's noise
// cannot move when counted in instructions, e.g.
//
//	go test -c -o /tmp/loadgen.test ./cmd/loadgen
//	valgrind --tool=cachegrind --cache-sim=no /tmp/loadgen.test -test.run '^$' -test.bench MixBot -test.benchtime 3000x -test.cpu 1
//
// less the same with -test.benchtime 300x, over 2,700. A fixed key: Ed25519
// takes a different number of instructions for each.

func BenchmarkMixBot(b *testing.B) {
	pub, priv := mixKey()
	h, err := botHandler(pub, false)
	if err != nil {
		b.Fatal(err)
	}
	runMix(b, h, priv, false)
}

func BenchmarkMixBare(b *testing.B) {
	pub, priv := mixKey()
	runMix(b, bareHandler(pub), priv, true)
}

func mixKey() (ed25519.PublicKey, ed25519.PrivateKey) {
	priv := ed25519.NewKeyFromSeed(bytes.Repeat([]byte{1}, ed25519.SeedSize))
	return priv.Public().(ed25519.PublicKey), priv
}

func runMix(b *testing.B, h http.Handler, priv ed25519.PrivateKey, bare bool) {
	ps, err := buildPayloads(240)
	if err != nil {
		b.Fatal(err)
	}
	sign(ps, priv, time.Now())
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		p := &ps[i%len(ps)]
		i++
		r := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(p.body))
		r.Header = p.header
		w := httptest.NewRecorder()
		h.ServeHTTP(w, r)
		if w.Code != http.StatusOK || !bare && !bytes.HasPrefix(w.Body.Bytes(), p.want) {
			b.Fatalf("%s: status %d: %.200s", p.kind, w.Code, w.Body)
		}
	}
}
