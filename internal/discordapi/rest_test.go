package discordapi

import (
	"context"
	"errors"
	"net/http"
	"net/http/httptest"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

type statuses struct {
	mu  sync.Mutex
	got []int
}

func (s *statuses) DiscordREST(status int) {
	s.mu.Lock()
	s.got = append(s.got, status)
	s.mu.Unlock()
}

// TestTransportObservesErrors: every error answer, and a request that got
// none, reaches the Observer; successes and requests the bot cancelled do not.
func TestTransportObservesErrors(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		switch r.URL.Path {
		case "/ok":
		case "/limited":
			w.WriteHeader(http.StatusTooManyRequests)
		case "/broken":
			w.WriteHeader(http.StatusBadGateway)
		case "/drop":
			c, _, _ := w.(http.Hijacker).Hijack()
			c.Close()
		case "/slow":
			<-r.Context().Done()
		}
	}))
	t.Cleanup(srv.Close)
	var obs statuses
	c := NewClient(&obs, 5*time.Second)
	for _, p := range []string{"/ok", "/limited", "/broken", "/drop"} {
		if resp, err := c.Post(srv.URL+p, "application/json", strings.NewReader("{}")); err == nil {
			resp.Body.Close()
		}
	}
	ctx, cancel := context.WithCancel(context.Background())
	req, _ := http.NewRequestWithContext(ctx, http.MethodGet, srv.URL+"/slow", nil)
	time.AfterFunc(50*time.Millisecond, cancel)
	if _, err := c.Do(req); err == nil {
		t.Error("cancelled request succeeded")
	}
	if want := []int{429, 502, 0}; !slices.Equal(obs.got, want) {
		t.Errorf("observed %v, want %v", obs.got, want)
	}
}

func TestBackoffRetry(t *testing.T) {
	errPass := errors.New("passing")
	errFinal := errors.New("final")
	limited := &discordgo.RateLimitError{RateLimit: &discordgo.RateLimit{
		TooManyRequests: &discordgo.TooManyRequests{RetryAfter: 30 * time.Millisecond}}}
	for _, tc := range []struct {
		name      string
		b         Backoff
		errs      []error // f's results, in order; nil after them
		want      error
		wantCalls int
		wantWaits []time.Duration
	}{
		{"success", Backoff{}, nil, nil, 1, nil},
		{"doubling to the cap", Backoff{Initial: time.Millisecond, Max: 3 * time.Millisecond},
			[]error{errPass, errPass, errPass}, nil, 4, []time.Duration{1, 2, 3}},
		{"attempts bound", Backoff{Initial: time.Millisecond, Attempts: 2}, []error{errPass, errPass, errPass}, errPass, 2, []time.Duration{1}},
		{"not retryable", Backoff{Initial: time.Millisecond, Retryable: func(err error) bool { return err != errFinal }},
			[]error{errPass, errFinal}, errFinal, 2, []time.Duration{1}},
		{"retry_after is honoured", Backoff{Initial: time.Millisecond}, []error{limited}, nil, 2, []time.Duration{30}},
		{"context errors are final", Backoff{Initial: time.Millisecond}, []error{context.Canceled}, context.Canceled, 1, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			calls := 0
			var waits []time.Duration
			tc.b.OnRetry = func(_ error, _ int, d time.Duration) { waits = append(waits, d/time.Millisecond) }
			err := tc.b.Retry(context.Background(), func(attempt int) error {
				calls++
				if attempt != calls {
					t.Errorf("attempt %d on call %d", attempt, calls)
				}
				if calls <= len(tc.errs) {
					return tc.errs[calls-1]
				}
				return nil
			})
			if !errors.Is(err, tc.want) || (tc.want == nil && err != nil) || calls != tc.wantCalls || !slices.Equal(waits, tc.wantWaits) {
				t.Errorf("Retry = %v after %d calls, waits %v ms; want %v, %d, %v", err, calls, waits, tc.want, tc.wantCalls, tc.wantWaits)
			}
		})
	}
	// A cancelled context ends the wait at once.
	ctx, cancel := context.WithCancel(context.Background())
	time.AfterFunc(20*time.Millisecond, cancel)
	begin := time.Now()
	err := Backoff{Initial: time.Hour}.Retry(ctx, func(int) error { return errPass })
	if !errors.Is(err, context.Canceled) || time.Since(begin) > time.Second {
		t.Errorf("Retry under a cancelled context = %v after %v", err, time.Since(begin))
	}
}

func TestRedact(t *testing.T) {
	for in, want := range map[string]string{
		`Post "https://discord.com/api/v9/interactions/123/aW50ZXJhY3Rpb246MTIz/callback": EOF`: `Post "https://discord.com/api/v9/interactions/123/REDACTED/callback": EOF`,
		"https://discord.com/api/v9/webhooks/1180469395290865704/tok-EN_x/messages/@original":   "https://discord.com/api/v9/webhooks/1180469395290865704/REDACTED/messages/@original",
		"https://discord.com/api/webhooks/42/tok?wait=true":                                     "https://discord.com/api/webhooks/42/REDACTED?wait=true",
		"https://discord.com/api/v9/channels/42/messages":                                       "https://discord.com/api/v9/channels/42/messages",
	} {
		if got := Redact(in); got != want {
			t.Errorf("Redact(%q) = %q, want %q", in, got, want)
		}
	}
	inner := &discordgo.RESTError{Response: &http.Response{StatusCode: 404}}
	err := RedactError(errors.Join(inner, errors.New("/interactions/1/secret/callback")))
	var re *discordgo.RESTError
	if !errors.As(err, &re) || strings.Contains(err.Error(), "secret") || RedactError(nil) != nil {
		t.Errorf("RedactError: %v", err)
	}
}
