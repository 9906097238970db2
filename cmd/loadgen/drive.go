package main

import (
	"bytes"
	"context"
	"fmt"
	"math/bits"
	"net/http"
	"runtime/metrics"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/strikebot/strikebot/internal/hostile"
)

// histogram counts latencies in log-linear buckets (HDR style): exact below
// 128 ns, then 64 buckets per power of two, so any value is known to within
// 1 %. Its size is fixed, so recording a long run does not grow memory and
// disturb the RSS being measured.
type histogram struct {
	counts [histBuckets]uint64
	n      uint64
}

const (
	histSubBits = 7
	histSub     = 1 << histSubBits // 128
	histHalf    = histSub / 2      // 64 buckets per power of two
	histBuckets = histSub + 40*histHalf
)

func bucketOf(v uint64) int {
	if v < histSub {
		return int(v)
	}
	shift := bits.Len64(v) - histSubBits // ≥ 1
	top := v >> shift                    // in [64, 128)
	i := histSub + (shift-1)*histHalf + int(top-histHalf)
	return min(i, histBuckets-1)
}

// valueOf is the middle of bucket i's range.
func valueOf(i int) uint64 {
	if i < histSub {
		return uint64(i)
	}
	shift := (i-histSub)/histHalf + 1
	top := uint64((i-histSub)%histHalf + histHalf)
	return top<<shift + (uint64(1)<<shift)/2
}

func (h *histogram) record(d time.Duration) {
	if d < 0 {
		d = 0
	}
	h.counts[bucketOf(uint64(d))]++
	h.n++
}

func (h *histogram) merge(o *histogram) {
	for i, c := range o.counts {
		h.counts[i] += c
	}
	h.n += o.n
}

// quantile returns the latency below which fraction q of requests fell.
func (h *histogram) quantile(q float64) time.Duration {
	if h.n == 0 {
		return 0
	}
	rank := uint64(q*float64(h.n) + 0.999999)
	rank = max(rank, 1)
	var seen uint64
	for i, c := range h.counts {
		seen += c
		if seen >= rank {
			return time.Duration(valueOf(i))
		}
	}
	return time.Duration(valueOf(histBuckets - 1))
}

// result is one run against one endpoint.
type result struct {
	target   string
	requests uint64
	errors   uint64
	firstErr string
	elapsed  time.Duration
	cpu      time.Duration // process CPU time (servers and client) over the run
	alloc    uint64        // bytes the process allocated over the run
	gcs      uint64        // garbage collections over the run
	hist     histogram
	rss      []rssSample
}

// cpuPerRequest is the process's CPU time per request, servers and client
// together. Unlike throughput it hardly moves when other processes compete
// for the CPU, so it is the steadier comparison on a shared machine.
func (r *result) cpuPerRequest() time.Duration {
	if r.requests == 0 {
		return 0
	}
	return r.cpu / time.Duration(r.requests)
}

func (r *result) throughput() float64 {
	if r.elapsed <= 0 {
		return 0
	}
	return float64(r.requests) / r.elapsed.Seconds()
}

type rssSample struct {
	at  time.Duration
	kib int64
}

// worker is one connection's loop: send, wait, check, repeat.
type worker struct {
	client *http.Client
	url    string
	hist   histogram
	errs   uint64
	first  string
	buf    bytes.Buffer
}

func (w *worker) fail(msg string) {
	w.errs++
	if w.first == "" {
		w.first = msg
	}
}

func (w *worker) do(p *payload, bare bool) {
	req, err := http.NewRequest(http.MethodPost, w.url, bytes.NewReader(p.body))
	if err != nil {
		w.fail(err.Error())
		return
	}
	// Shared and read-only: the transport does not modify request headers.
	req.Header = p.header
	start := time.Now()
	resp, err := w.client.Do(req)
	if err != nil {
		w.hist.record(time.Since(start))
		w.fail(err.Error())
		return
	}
	w.buf.Reset()
	_, err = w.buf.ReadFrom(resp.Body)
	resp.Body.Close()
	w.hist.record(time.Since(start))
	switch {
	case err != nil:
		w.fail("reading response: " + err.Error())
	case resp.StatusCode != http.StatusOK:
		w.fail(fmt.Sprintf("%s: status %d: %.200s", p.kind, resp.StatusCode, w.buf.Bytes()))
	case !bare && !bytes.HasPrefix(w.buf.Bytes(), p.want):
		w.fail(fmt.Sprintf("%s: unexpected answer %.200s", p.kind, w.buf.Bytes()))
	}
}

// drive sends payloads to url from concurrency workers, each on its own
// kept-alive connection, until d has passed, and samples RSS meanwhile.
// Requests in flight when d ends are completed and counted.
func drive(ctx context.Context, target, url string, ps []payload, concurrency int, d time.Duration, bare bool) *result {
	tr := &http.Transport{
		MaxIdleConns:        concurrency,
		MaxIdleConnsPerHost: concurrency,
		MaxConnsPerHost:     concurrency,
		DisableCompression:  true,
		IdleConnTimeout:     time.Minute,
	}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr, Timeout: 30 * time.Second}

	var stop atomic.Bool
	workers := make([]*worker, concurrency)
	cpu0 := cpuTime()
	alloc0, gcs0 := heapStats()
	var wg sync.WaitGroup
	start := time.Now()
	for i := range workers {
		w := &worker{client: client, url: url}
		workers[i] = w
		wg.Add(1)
		go func() {
			defer wg.Done()
			// Workers start at different points of the mix.
			for j := i * len(ps) / concurrency; !stop.Load(); j++ {
				w.do(&ps[j%len(ps)], bare)
			}
		}()
	}
	samples := sampleRSS(ctx, start, d, &stop)
	wg.Wait()
	r := &result{target: target, elapsed: time.Since(start), cpu: cpuTime() - cpu0, rss: samples}
	alloc1, gcs1 := heapStats()
	r.alloc, r.gcs = alloc1-alloc0, gcs1-gcs0
	for _, w := range workers {
		r.hist.merge(&w.hist)
		r.errors += w.errs
		if r.firstErr == "" {
			r.firstErr = w.first
		}
	}
	r.requests = r.hist.n
	return r
}

// sampleRSS reads VmRSS about 40 times over d (at least every 250 ms), then
// tells the workers to stop: when d is over or ctx is cancelled.
func sampleRSS(ctx context.Context, start time.Time, d time.Duration, stop *atomic.Bool) []rssSample {
	defer stop.Store(true)
	every := min(max(d/40, 10*time.Millisecond), 250*time.Millisecond)
	t := time.NewTicker(every)
	defer t.Stop()
	end := time.NewTimer(d)
	defer end.Stop()
	var out []rssSample
	take := func() {
		if kib, err := readRSS(); err == nil {
			out = append(out, rssSample{time.Since(start), kib})
		}
	}
	take()
	for {
		select {
		case <-ctx.Done():
			take()
			return out
		case <-end.C:
			take()
			return out
		case <-t.C:
			take()
		}
	}
}

// allocPerRequest is how many bytes the process allocated per request.
// The collector's work grows with it, so it is much of what an endpoint
// costs beyond its own CPU time.
func (r *result) allocPerRequest() uint64 {
	if r.requests == 0 {
		return 0
	}
	return r.alloc / r.requests
}

// heapStats are the bytes this process has allocated so far and the number
// of garbage collections it has completed, from runtime/metrics, which
// reads them without stopping the world.
func heapStats() (alloc, gcs uint64) {
	s := []metrics.Sample{{Name: "/gc/heap/allocs:bytes"}, {Name: "/gc/cycles/total:gc-cycles"}}
	metrics.Read(s)
	return s[0].Value.Uint64(), s[1].Value.Uint64()
}

// cpuTime is the CPU time this process has used, user and system.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// readRSS returns this process's resident set in KiB.
func readRSS() (int64, error) {
	b, err := hostile.RSS("self")
	return b >> 10, err
}
