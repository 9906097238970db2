package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/knowledge"
	"github.com/strikebot/strikebot/internal/metrics"
)

// Hot reload: bot serve swaps in a freshly loaded fact base on SIGHUP and,
// with --watch, when the files under FACTS_DIR change. The new base is
// loaded by loadBase, exactly as at start-up, so a reload accepts what a
// restart would and nothing else. A base that fails to load is rejected:
// every problem is logged with its file:line, the failure is counted, and
// the bot goes on answering from the base it has. Nothing about a reload
// touches /readyz. commands.Bot.SetBase swaps the base atomically and each
// request loads it once, so an answer in flight finishes on the base it
// started with.

// minWatchEvery keeps --watch from spinning a core on a mistyped interval.
const minWatchEvery = 10 * time.Millisecond

// defaultWatchEvery is how often --watch looks at FACTS_DIR. Statting the
// few dozen files of a fact base costs microseconds; two seconds is quick
// enough for a curator and portable (no inotify, which misses edits on
// network and some container file systems).
const defaultWatchEvery = 2 * time.Second

// maxLoggedProblems bounds the problems a rejected reload logs one by one;
// a base broken wholesale (a wrong directory) would otherwise flood the log.
// bot validate lists them all.
const maxLoggedProblems = 20

// notifyHangup subscribes c to SIGHUP and returns what unsubscribes it. It
// is env.notifyHangup in the real program; tests pass their own, so that a
// reload is triggered without signalling the test process.
func notifyHangup(c chan<- os.Signal) (stop func()) {
	signal.Notify(c, syscall.SIGHUP)
	return func() { signal.Stop(c) }
}

// reloadOptions are bot serve's reload flags and its SIGHUP seam.
type reloadOptions struct {
	watch  bool          // --watch: poll FACTS_DIR for changes
	every  time.Duration // --watch-interval
	notify func(chan<- os.Signal) (stop func())
}

// reloader loads the fact base at start-up and again on every trigger.
type reloader struct {
	dir  string // FACTS_DIR; "" is the embedded base, which cannot change
	opts reloadOptions
	log  *slog.Logger

	hup      chan os.Signal
	stopHup  func()
	loadedAt time.Time
	// watched is the state of FACTS_DIR's files at the last load (or
	// rejected attempt), when watching.
	watched fingerprint
	pending fingerprint // a change seen once, waiting a poll to settle
	failing string      // the last error reading FACTS_DIR, logged once
}

// newReloader subscribes to SIGHUP at once, before the slow start-up, so
// that a hangup sent while the bot starts reloads it rather than killing it
// (SIGHUP's default action). Call close when serve returns.
func newReloader(dir string, opts reloadOptions, log *slog.Logger) *reloader {
	r := &reloader{dir: dir, opts: opts, log: log.With("component", "reload"), hup: make(chan os.Signal, 1)}
	if r.opts.every <= 0 {
		r.opts.every = defaultWatchEvery
	}
	notify := opts.notify
	if notify == nil {
		notify = notifyHangup
	}
	r.stopHup = notify(r.hup)
	return r
}

// close unsubscribes from SIGHUP.
func (r *reloader) close() { r.stopHup() }

// load is the start-up load. When watching, the files are looked at first,
// so that an edit made while the base loads is seen by the first poll.
func (r *reloader) load() (*knowledge.Base, error) {
	var fp fingerprint
	var fpErr error
	if r.opts.watch {
		fp, fpErr = readFingerprint(r.dir)
	}
	base, err := loadBase(r.dir)
	if err != nil {
		return nil, err // says what is wrong with the directory best
	}
	if fpErr != nil {
		return nil, fmt.Errorf("watch %s: %w", r.dir, fpErr)
	}
	r.watched, r.loadedAt = fp, time.Now()
	return base, nil
}

// run reloads bot's base on SIGHUP and, when watching, on changes, until
// ctx is done. It always returns nil: no reload failure stops the bot.
func (r *reloader) run(ctx context.Context, bot *commands.Bot, m *metrics.Metrics) error {
	m.FactBaseLoaded(len(bot.Base().Facts()), r.loadedAt)
	var tick <-chan time.Time
	if r.opts.watch {
		t := time.NewTicker(r.opts.every)
		defer t.Stop()
		tick = t.C
		r.log.Info("watching the fact base for changes", "dir", r.dir, "every", r.opts.every)
	}
	for {
		select {
		case <-ctx.Done():
			return nil
		case <-r.hup:
			if r.dir == "" {
				r.log.Warn("SIGHUP: the fact base is the one embedded in the binary, which cannot change; set FACTS_DIR to reload from disk")
				continue
			}
			if r.opts.watch {
				// What is about to load is what the watcher has seen.
				if fp, err := readFingerprint(r.dir); err == nil {
					r.watched, r.pending = fp, ""
				}
			}
			r.reload("sighup", bot, m)
		case <-tick:
			if r.changed() {
				r.reload("watch", bot, m)
			}
		}
	}
}

// changed reports whether FACTS_DIR's files differ from those last loaded
// and have stayed the same for one poll since: a curator copying several
// files in is loaded once, when the copy is done, not half-way through.
func (r *reloader) changed() bool {
	fp, err := readFingerprint(r.dir)
	if err != nil {
		// A directory being swapped (a Kubernetes ConfigMap update) can
		// be unreadable for a moment; say so once, not every poll.
		if msg := err.Error(); msg != r.failing {
			r.failing = msg
			r.log.Warn("cannot read the fact base directory; keeping the loaded base", "dir", r.dir, "err", err)
		}
		return false
	}
	r.failing = ""
	switch fp {
	case r.watched:
		r.pending = ""
		return false
	case r.pending:
		r.watched, r.pending = fp, ""
		return true
	default:
		r.pending = fp
		return false
	}
}

// reload loads the base again and swaps it in, or rejects it.
func (r *reloader) reload(trigger string, bot *commands.Bot, m *metrics.Metrics) bool {
	start := time.Now()
	base, err := loadBase(r.dir)
	if err != nil {
		m.Reloaded(false)
		r.reject(trigger, err)
		return false
	}
	bot.SetBase(base)
	r.loadedAt = time.Now()
	m.Reloaded(true)
	m.FactBaseLoaded(len(base.Facts()), r.loadedAt)
	r.log.Info("fact base reloaded", "trigger", trigger, "dir", r.dir, "facts", len(base.Facts()), "took", time.Since(start).Round(time.Microsecond))
	return true
}

// reject logs why a reload was refused: each problem on its own record with
// its file and line, then one error saying the old base still serves.
func (r *reloader) reject(trigger string, err error) {
	var le *knowledge.LoadError
	if !errors.As(err, &le) {
		r.log.Error("fact base reload rejected; still answering from the previous base", "trigger", trigger, "dir", r.dir, "err", err)
		return
	}
	for i, p := range le.Problems {
		if i == maxLoggedProblems {
			r.log.Warn("more fact base problems not logged; run bot validate --data DIR for all", "more", len(le.Problems)-i)
			break
		}
		r.log.Warn("fact base problem", "file", p.File, "line", p.Line, "problem", p.Msg, "at", p.String())
	}
	r.log.Error("fact base reload rejected; still answering from the previous base", "trigger", trigger, "dir", r.dir, "problems", len(le.Problems))
}

// fingerprint is the name, size, mode and modification time of every file
// under a fact base directory, in walk order: two fingerprints differ when
// any file was added, removed, replaced or written.
type fingerprint string

// readFingerprint walks dir through os.Root, as the loader reads it, so
// that the watcher sees what a load would see. Symbolic links are followed
// within dir (a Kubernetes ConfigMap volume is links into a directory that
// is swapped whole on update).
func readFingerprint(dir string) (fingerprint, error) {
	root, err := os.OpenRoot(dir)
	if err != nil {
		return "", err
	}
	defer root.Close()
	fsys := root.FS()
	var b strings.Builder
	err = fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			return nil
		}
		info, err := fs.Stat(fsys, name)
		if err != nil {
			return err
		}
		if info.IsDir() {
			return nil // a link to a directory: its target is walked as itself
		}
		fmt.Fprintf(&b, "%s\x00%d\x00%v\x00%d\n", name, info.Size(), info.Mode(), info.ModTime().UnixNano())
		return nil
	})
	return fingerprint(b.String()), err
}
