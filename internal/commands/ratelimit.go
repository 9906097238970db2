package commands

import (
	"sync"
	"time"
)

// RateLimiter allows each user a burst of questions and then one more per
// refill interval: a token bucket per user. It keeps one small entry per
// recent user and forgets users whose bucket has refilled.
type RateLimiter struct {
	burst int
	every time.Duration // one token back per this long
	now   func() time.Time

	mu      sync.Mutex
	buckets map[string]bucket
	sweep   time.Time
}

type bucket struct {
	tokens float64
	at     time.Time
}

// NewRateLimiter allows burst questions per window per user, refilling
// evenly over the window (5 per 10 s lets a user ask five at once, then one
// every two seconds). now is the clock; nil means time.Now.
func NewRateLimiter(burst int, window time.Duration, now func() time.Time) *RateLimiter {
	if now == nil {
		now = time.Now
	}
	if burst < 1 {
		burst = 1
	}
	return &RateLimiter{burst: burst, every: window / time.Duration(burst), now: now, buckets: map[string]bucket{}}
}

// Allow reports whether user may ask now, and spends a token if so.
func (l *RateLimiter) Allow(user string) bool {
	l.mu.Lock()
	defer l.mu.Unlock()
	now := l.now()
	b, ok := l.buckets[user]
	if !ok {
		b = bucket{tokens: float64(l.burst), at: now}
	}
	b.tokens = min(float64(l.burst), b.tokens+float64(now.Sub(b.at))/float64(l.every))
	b.at = now
	allowed := b.tokens >= 1
	if allowed {
		b.tokens--
	}
	l.buckets[user] = b
	l.forget(now)
	return allowed
}

// forget drops full buckets now and then, so memory follows active users.
func (l *RateLimiter) forget(now time.Time) {
	full := l.every * time.Duration(l.burst)
	if now.Sub(l.sweep) < full {
		return
	}
	l.sweep = now
	for u, b := range l.buckets {
		if now.Sub(b.at) >= full {
			delete(l.buckets, u)
		}
	}
}

// Len reports how many users the limiter currently remembers.
func (l *RateLimiter) Len() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return len(l.buckets)
}
