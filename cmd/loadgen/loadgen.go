package main

import (
	"context"
	"crypto/ed25519"
	"crypto/rand"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// The project's targets for the endpoint against the bare reference.
const (
	targetThroughput = 0.7 // bot req/s ≥ this × bare req/s
	targetP99        = 2.0 // bot p99 ≤ this × bare p99
)

// options are loadgen's flags.
type options struct {
	duration    time.Duration
	rounds      int
	concurrency int
	warmup      time.Duration
	verifyTime  time.Duration
	payloads    int
	cpuProfile  string
	memProfile  string
	only        string // "", "bot" or "bare": drive one endpoint, e.g. to profile it alone
	logInfo     bool
	hostile     bool   // the hostile-connection scenario against a child bot serve (hostile.go)
	bot         string // -hostile: a built bot binary instead of building cmd/bot
	botEnv      []string
}

func parseOptions(args []string, stderr io.Writer) (options, error) {
	var o options
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.DurationVar(&o.duration, "duration", 3*time.Second, "length of each measured run (100ms–10m); short runs, many rounds: see README")
	fs.IntVar(&o.rounds, "rounds", 10, "rounds, each one bot run and one bare run, alternating which goes first (1–20)")
	fs.IntVar(&o.concurrency, "concurrency", 64, "connections (and requests in flight) per run (1–1024)")
	fs.DurationVar(&o.warmup, "warmup", time.Second, "unmeasured run against each endpoint first (0–1m)")
	fs.DurationVar(&o.verifyTime, "verify-time", time.Second, "length of each Ed25519 micro-benchmark (10ms–1m)")
	fs.IntVar(&o.payloads, "payloads", 240, "distinct signed interactions to cycle through (10–10000)")
	fs.StringVar(&o.cpuProfile, "cpuprofile", "", "write a CPU profile of the measured runs (both servers and the client) to this file")
	fs.StringVar(&o.memProfile, "memprofile", "", "write an allocation profile of the measured runs to this file (go tool pprof -sample_index=alloc_space)")
	fs.StringVar(&o.only, "only", "", "drive only this endpoint (bot or bare), e.g. to profile it alone; no ratios then")
	fs.BoolVar(&o.logInfo, "log", false, "let the bot format its info log line per answer, as in production (discarded)")
	fs.BoolVar(&o.hostile, "hostile", false, "run the hostile-connection scenario against a child bot serve for -duration and print its RSS")
	fs.StringVar(&o.bot, "bot", "", "-hostile: the bot binary to run (default: build cmd/bot)")
	fs.Func("env", "-hostile: NAME=value added to the bot's environment, e.g. GOMEMLIMIT=48MiB (repeatable)", func(v string) error {
		if !strings.Contains(v, "=") {
			return fmt.Errorf("%q is not NAME=value", v)
		}
		o.botEnv = append(o.botEnv, v)
		return nil
	})
	if err := fs.Parse(args); err != nil {
		return o, err
	}
	if fs.NArg() > 0 {
		return o, fmt.Errorf("unexpected arguments %q", fs.Args())
	}
	var errs []error
	check := func(ok bool, format string, args ...any) {
		if !ok {
			errs = append(errs, fmt.Errorf(format, args...))
		}
	}
	check(o.duration >= 100*time.Millisecond && o.duration <= 10*time.Minute, "-duration %v must be from 100ms to 10m", o.duration)
	check(o.rounds >= 1 && o.rounds <= 20, "-rounds %d must be from 1 to 20", o.rounds)
	check(o.concurrency >= 1 && o.concurrency <= 1024, "-concurrency %d must be from 1 to 1024", o.concurrency)
	check(o.warmup >= 0 && o.warmup <= time.Minute, "-warmup %v must be from 0 to 1m", o.warmup)
	check(o.verifyTime >= 10*time.Millisecond && o.verifyTime <= time.Minute, "-verify-time %v must be from 10ms to 1m", o.verifyTime)
	check(o.only == "" || o.only == "bot" || o.only == "bare", "-only %q must be bot or bare", o.only)
	check(o.payloads >= 10 && o.payloads <= 10000, "-payloads %d must be from 10 to 10000", o.payloads)
	return o, errors.Join(errs...)
}

// run is the whole program behind main.
func run(ctx context.Context, args []string, stdout, stderr io.Writer) (err error) {
	o, err := parseOptions(args, stderr)
	if err != nil {
		return err
	}
	if o.memProfile != "" {
		// Sample allocations 128 times as often as the default, to see
		// the small ones each request makes; set before anything allocates.
		runtime.MemProfileRate = 4096
	}
	if o.hostile {
		return runHostile(ctx, o.duration, o.bot, o.botEnv, stdout)
	}
	pub, priv, err := ed25519.GenerateKey(rand.Reader)
	if err != nil {
		return fmt.Errorf("generate test key: %w", err)
	}
	ps, err := buildPayloads(o.payloads)
	if err != nil {
		return err
	}
	bh, err := botHandler(pub, o.logInfo)
	if err != nil {
		return err
	}
	bot, err := start("bot", bh)
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, bot.stop()) }()
	bare, err := start("bare", bareHandler(pub))
	if err != nil {
		return err
	}
	defer func() { err = errors.Join(err, bare.stop()) }()

	fmt.Fprintf(stdout, "loadgen: %d connections, %v per run, %d rounds, GOMAXPROCS %d (%d CPUs), %s; servers and client share this process\n",
		o.concurrency, o.duration, o.rounds, runtime.GOMAXPROCS(0), runtime.NumCPU(), runtime.Version())
	fmt.Fprintf(stdout, "bot  %s\nbare %s\n", bot.url, bare.url)

	one, all := verifyCeiling(ctx, o.verifyTime, ps[0].body)
	fmt.Fprintf(stdout, "ed25519.Verify: %.0f/s on one core, %.0f/s on %d cores (the verification ceiling)\n", one, all, runtime.GOMAXPROCS(0))

	if o.warmup > 0 {
		for _, s := range []*server{bot, bare} {
			if o.only != "" && o.only != s.name {
				continue
			}
			sign(ps, priv, time.Now())
			r := drive(ctx, s.name, s.url, ps, o.concurrency, o.warmup, s == bare)
			if r.errors > 0 {
				return fmt.Errorf("warm-up against %s: %d errors, first: %s", s.name, r.errors, r.firstErr)
			}
		}
	}

	if o.cpuProfile != "" {
		f, err := os.Create(o.cpuProfile)
		if err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer f.Close()
		if err := pprof.StartCPUProfile(f); err != nil {
			return fmt.Errorf("cpu profile: %w", err)
		}
		defer pprof.StopCPUProfile()
	}

	if o.memProfile != "" {
		defer func() { err = errors.Join(err, writeMemProfile(o.memProfile)) }()
	}

	var bots, bares []*result
	for round := 1; round <= o.rounds && ctx.Err() == nil; round++ {
		order := []*server{bot, bare}
		if round%2 == 0 {
			order = []*server{bare, bot}
		}
		for _, s := range order {
			if ctx.Err() != nil {
				break
			}
			if o.only != "" && o.only != s.name {
				continue
			}
			sign(ps, priv, time.Now())
			r := drive(ctx, s.name, s.url, ps, o.concurrency, o.duration, s == bare)
			printResult(stdout, round, r)
			if s == bot {
				bots = append(bots, r)
			} else {
				bares = append(bares, r)
			}
		}
	}
	if err := ctx.Err(); err != nil {
		return fmt.Errorf("interrupted: %w", err)
	}
	if o.only != "" {
		return nil
	}
	return summarize(stdout, bots, bares, all)
}

// writeMemProfile writes the allocations made since MemProfileRate was set,
// loading and warm-up included (pprof's -focus separates the requests).
func writeMemProfile(path string) error {
	runtime.GC() // the profile is as of the last collection
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("memory profile: %w", err)
	}
	if err := pprof.Lookup("allocs").WriteTo(f, 0); err != nil {
		f.Close()
		return fmt.Errorf("memory profile: %w", err)
	}
	return f.Close()
}

func printResult(w io.Writer, round int, r *result) {
	fmt.Fprintf(w, "round %d %-4s %6.0f req/s  p50 %7s  p99 %7s  p999 %7s  errors %d  cpu/req %4dµs (%.2f cores busy)  alloc/req %5.1f KiB (%d GCs)  rss %s\n",
		round, r.target, r.throughput(), ms(r.hist.quantile(0.50)), ms(r.hist.quantile(0.99)), ms(r.hist.quantile(0.999)),
		r.errors, r.cpuPerRequest().Microseconds(), r.cpu.Seconds()/r.elapsed.Seconds(), float64(r.allocPerRequest())/1024, r.gcs, rssSummary(r.rss))
	if r.firstErr != "" {
		fmt.Fprintf(w, "        first error: %s\n", r.firstErr)
	}
	if len(r.rss) > 0 && r.rss[len(r.rss)-1].at >= 30*time.Second {
		fmt.Fprintf(w, "        rss timeline: %s\n", rssTimeline(r.rss, 10))
	}
}

func ms(d time.Duration) string { return strconv.FormatFloat(float64(d)/1e6, 'f', 2, 64) + "ms" }

func mib(kib int64) string { return strconv.FormatFloat(float64(kib)/1024, 'f', 1, 64) }

// rssSummary is RSS at the start and end of a run, its peak, and its change
// over the second half (after warm-up effects), in MiB.
func rssSummary(s []rssSample) string {
	if len(s) == 0 {
		return "n/a (no /proc/self/status)"
	}
	peak := s[0].kib
	for _, x := range s {
		peak = max(peak, x.kib)
	}
	mid := s[len(s)/2].kib
	last := s[len(s)-1].kib
	return fmt.Sprintf("%s→%s MiB (peak %s, second half %+.1f)", mib(s[0].kib), mib(last), mib(peak), float64(last-mid)/1024)
}

// rssTimeline is n evenly spaced samples, to see whether memory is flat.
func rssTimeline(s []rssSample, n int) string {
	var b strings.Builder
	for i := range n {
		x := s[i*(len(s)-1)/(n-1)]
		fmt.Fprintf(&b, "%.0fs %s  ", x.at.Seconds(), mib(x.kib))
	}
	return strings.TrimSpace(b.String()) + " (MiB)"
}

// summarize prints the ratios the target is stated in: the median of the
// per-round ratios, since a noisy neighbour shifts a whole round.
func summarize(w io.Writer, bots, bares []*result, ceiling float64) error {
	n := min(len(bots), len(bares))
	if n == 0 {
		return errors.New("no complete round")
	}
	var tput, p99, cpu []float64
	var botRate float64
	var errs uint64
	for i := range n {
		tput = append(tput, bots[i].throughput()/bares[i].throughput())
		p99 = append(p99, float64(bots[i].hist.quantile(0.99))/float64(bares[i].hist.quantile(0.99)))
		cpu = append(cpu, float64(bares[i].cpuPerRequest())/float64(bots[i].cpuPerRequest()))
		botRate += bots[i].throughput() / float64(n)
		errs += bots[i].errors + bares[i].errors
	}
	fmt.Fprintf(w, "summary (median over %d rounds; per round in brackets):\n", n)
	fmt.Fprintf(w, "  throughput bot/bare: %.2f %s  (target ≥ %.2f)\n", median(tput), list(tput), targetThroughput)
	fmt.Fprintf(w, "  p99 bot/bare:        %.2f %s  (target ≤ %.2f)\n", median(p99), list(p99), targetP99)
	fmt.Fprintf(w, "  cpu/req bare/bot:     %.2f %s  (the throughput ratio if the CPU were all ours; steadier under noise)\n", median(cpu), list(cpu))
	fmt.Fprintf(w, "  bot throughput / verification ceiling: %.2f (%.0f of %.0f req/s)\n", botRate/ceiling, botRate, ceiling)
	fmt.Fprintf(w, "  errors: %d\n", errs)
	met := median(tput) >= targetThroughput && median(p99) <= targetP99 && errs == 0
	verdict := "met"
	if !met {
		verdict = "NOT met"
	}
	fmt.Fprintf(w, "  target: %s (judge memory from the rss figures: flat means the second-half change is near zero)\n", verdict)
	return nil
}

func median(xs []float64) float64 {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

func list(xs []float64) string {
	parts := make([]string, len(xs))
	for i, x := range xs {
		parts[i] = strconv.FormatFloat(x, 'f', 2, 64)
	}
	return "[" + strings.Join(parts, " ") + "]"
}

// verifyCeiling measures ed25519.Verify alone over a real signed message:
// verifications per second on one goroutine, then on one per core. No
// endpoint can verify faster, so it bounds throughput.
func verifyCeiling(ctx context.Context, d time.Duration, body []byte) (one, all float64) {
	pub, priv, _ := ed25519.GenerateKey(rand.Reader)
	msg := append([]byte(strconv.FormatInt(time.Now().Unix(), 10)), body...)
	sig := ed25519.Sign(priv, msg)
	measure := func(g int) float64 {
		var total atomic.Int64
		var wg sync.WaitGroup
		deadline := time.Now().Add(d)
		start := time.Now()
		for range g {
			wg.Add(1)
			go func() {
				defer wg.Done()
				n := int64(0)
				for ctx.Err() == nil && time.Now().Before(deadline) {
					for range 16 {
						ed25519.Verify(pub, msg, sig)
					}
					n += 16
				}
				total.Add(n)
			}()
		}
		wg.Wait()
		return float64(total.Load()) / time.Since(start).Seconds()
	}
	return measure(1), measure(runtime.GOMAXPROCS(0))
}
