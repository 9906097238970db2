package discordapi

import (
	"context"
	"errors"
	"net/http"
	"time"

	"github.com/bwmarrin/discordgo"
)

// DefaultBaseURL is Discord's own REST API host, the base URL unless the
// configuration names a proxy or a test server.
const DefaultBaseURL = "https://discord.com"

// Observer is told about every error answer from Discord's REST API, for
// metrics: status is the HTTP status (≥ 400, 429 for a rate limit), or 0
// when no answer came at all (a network error or a timeout). The metrics
// package implements it.
type Observer interface {
	DiscordREST(status int)
}

// Transport is an http.RoundTripper that reports Discord's REST errors to an
// Observer. It sits under discordgo's *http.Client, so it sees every attempt,
// including the ones discordgo retries by itself.
type Transport struct {
	// Base makes the requests; nil means http.DefaultTransport.
	Base http.RoundTripper
	// Observer is told about each error answer; nil for none.
	Observer Observer
}

// RoundTrip implements http.RoundTripper.
func (t *Transport) RoundTrip(r *http.Request) (*http.Response, error) {
	base := t.Base
	if base == nil {
		base = http.DefaultTransport
	}
	resp, err := base.RoundTrip(r)
	if t.Observer == nil {
		return resp, err
	}
	switch {
	case err != nil && r.Context().Err() == nil:
		// A request the bot itself gave up on (shutdown, a passed
		// deadline) is not Discord's error.
		t.Observer.DiscordREST(0)
	case err == nil && resp.StatusCode >= 400:
		t.Observer.DiscordREST(resp.StatusCode)
	}
	return resp, err
}

// NewClient is the *http.Client for discordgo's sessions: requests time out
// after timeout (discordgo's own default is 20 s) and errors are reported to
// o (nil for none).
func NewClient(o Observer, timeout time.Duration) *http.Client {
	return &http.Client{Timeout: timeout, Transport: &Transport{Observer: o}}
}

// Backoff is the one retry policy for calls to Discord that may fail for a
// while (GET /gateway/bot, opening the gateway, registering commands): waits
// grow from Initial, doubling up to Max, and a rate limit's retry_after is
// honoured when it is longer.
type Backoff struct {
	Initial time.Duration // first wait; 0 means 1 s
	Max     time.Duration // longest wait; 0 means one minute
	// Attempts bounds the calls, the first included; 0 means no bound.
	Attempts int
	// Retryable reports whether an error may pass; nil means every error
	// may. A context error never does.
	Retryable func(error) bool
	// OnRetry is told about each failure that will be retried, before the
	// wait (for logging); nil for none.
	OnRetry func(err error, attempt int, wait time.Duration)
}

// Retry calls f until it returns nil, an error that is not retryable, or the
// last attempt fails, or until ctx is done, and returns f's last error (or
// ctx's). The waits between attempts end early when ctx does.
func (b Backoff) Retry(ctx context.Context, f func(attempt int) error) error {
	wait := b.Initial
	if wait <= 0 {
		wait = time.Second
	}
	limit := b.Max
	if limit <= 0 {
		limit = time.Minute
	}
	for attempt := 1; ; attempt++ {
		err := f(attempt)
		if err == nil {
			return nil
		}
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
			(b.Retryable != nil && !b.Retryable(err)) || (b.Attempts > 0 && attempt >= b.Attempts) {
			return err
		}
		d := max(wait, RetryAfter(err))
		if b.OnRetry != nil {
			b.OnRetry(err, attempt, d)
		}
		if !Sleep(ctx, d) {
			return ctx.Err()
		}
		wait = min(2*wait, limit)
	}
}

// RetryAfter is how long a rate-limited request asks to wait (the 429's
// retry_after), or 0 if err is not a rate limit.
func RetryAfter(err error) time.Duration {
	var rl *discordgo.RateLimitError
	if errors.As(err, &rl) && rl.RateLimit != nil && rl.TooManyRequests != nil {
		return rl.RetryAfter
	}
	return 0
}

// Sleep waits for d or until ctx is done; it reports whether d elapsed.
func Sleep(ctx context.Context, d time.Duration) bool {
	t := time.NewTimer(d)
	defer t.Stop()
	select {
	case <-t.C:
		return true
	case <-ctx.Done():
		return false
	}
}
