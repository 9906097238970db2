package gateway

import (
	"context"
	"fmt"
	"net/http"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// These tests hold the gateway to Discord's gateway rules, with the fake
// Discord enforcing them (see package discordtest).

// expectResumed waits for a lost connection to come back by RESUME: not
// ready, then ready again by RESUMED (a reconnect), the n-th RESUME
// accepted on resume_gateway_url, and no new IDENTIFY (identifies in all).
func expectResumed(t *testing.T, ctx context.Context, h *harness, n, identifies int) {
	t.Helper()
	h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	r := h.srv.WaitResumeN(ctx, n)
	if !r.Accepted || !r.OnResumeURL {
		t.Errorf("RESUME %+v, want it accepted on resume_gateway_url", r)
	}
	if ids := h.srv.Identifies(); len(ids) != identifies {
		t.Errorf("%d IDENTIFYs, want %d: the session must be resumed", len(ids), identifies)
	}
}

// noNormalClose checks that the bot never closed with 1000 or 1001, which
// would have ended its session.
func noNormalClose(t *testing.T, srv *discordtest.Server) {
	t.Helper()
	for _, c := range srv.ClientCloseCodes() {
		if c == 1000 || c == 1001 {
			t.Errorf("client close codes %v: a 1000/1001 ends the session", srv.ClientCloseCodes())
		}
	}
}

func TestResumeOnResumeURL(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{NoRegister: true})
	h.obs.expect(t, ctx, "ready")

	srv.SendReconnect() // op 7: discordgo closes with 1012
	expectResumed(t, ctx, h, 1, 1)
	srv.CloseWith(discordtest.CloseUnknownError, "Unknown error.") // 4000: resumable
	expectResumed(t, ctx, h, 2, 1)
	srv.DropConnection()
	expectResumed(t, ctx, h, 3, 1)
	noNormalClose(t, srv)
	iid := srv.SendInteraction(discordtest.InteractionWho, nil)
	srv.WaitInteractionResponse(ctx, iid)
	if h.g.Reconnects() != 3 {
		t.Errorf("reconnects %d, want 3", h.g.Reconnects())
	}
}

// TestDropJustAfterResume: a connection dropped as soon as it is resumed
// (a flapping network) is lost before discordgo's heartbeat goroutine for it
// has written its first heartbeat, or as one falls due. That goroutine then
// fails and closes the session's connection, whichever that is by then; the
// gateway waits for it to return before opening the next (goroutines.go),
// so that each drop costs exactly one reconnect. (It once closed the next
// connection too: one reconnect too many, and with discordgo's 1000 the
// session would have ended. A wait judged by the clock still let that
// through under load: "reconnects 5, want 4".)
func TestDropJustAfterResume(t *testing.T) {
	const drops = 4
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{NoRegister: true})
	h.obs.expect(t, ctx, "ready")
	srv.DropAfterResumed(drops - 1)
	srv.DropConnection()
	srv.WaitResumeN(ctx, drops)
	for range drops {
		h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	}
	iid := srv.SendInteraction(discordtest.InteractionWho, nil)
	srv.WaitInteractionResponse(ctx, iid)
	noNormalClose(t, srv)
	if n := h.g.Reconnects(); n != drops {
		t.Errorf("reconnects %d, want %d: one per drop", n, drops)
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1: the session must be resumed", n)
	}
}

// TestZombieConnection: with heartbeats going un-ACKed, the gateway drops
// the connection within two heartbeat intervals, with 4000 rather than
// 1000, is not ready until RESUMED, and resumes the session.
func TestZombieConnection(t *testing.T) {
	// Discord's rule gives two intervals, and discordgo's own check five:
	// a second is as telling as 400 ms was, and leaves a loaded machine
	// a second rather than 400 ms to schedule the watchdog.
	const interval = heartbeat
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(interval))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{NoRegister: true})
	h.obs.expect(t, ctx, "ready")
	srv.WaitHeartbeats(ctx, 2)

	srv.SetHeartbeatAcks(false)
	off := time.Now()
	h.obs.expect(t, ctx, "not ready")
	noticed := time.Now()
	if h.g.ReadyCheck() == nil {
		t.Error("ReadyCheck passes on a zombie connection")
	}
	srv.SetHeartbeatAcks(true)
	zombieWithin(t, srv, off, noticed, 2*interval)
	h.obs.expect(t, ctx, "ready", "reconnected")
	if r := srv.WaitResume(ctx); !r.Accepted || !r.OnResumeURL {
		t.Errorf("RESUME %+v, want it accepted on resume_gateway_url", r)
	}
	if codes := srv.ClientCloseCodes(); len(codes) != 1 || codes[0] != 4000 {
		t.Errorf("client close codes %v, want [4000]", codes)
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1", n)
	}
	if !strings.Contains(h.logs.String(), "zombie") {
		t.Error("the zombie connection was not logged")
	}
}

// zombieWithin checks that a zombie connection, made one by acks going off
// at off, was noticed at noticed within limit of becoming one: of its first
// heartbeat left without an ACK. Discord's rule (no ACK between two
// heartbeats) has it noticed at the next heartbeat, an interval later.
// Timed from off instead, the limit would also have to cover the wait for
// that first heartbeat, up to an interval, leaving a loaded machine's
// scheduling only what remains.
func zombieWithin(t *testing.T, srv *discordtest.Server, off, noticed time.Time, limit time.Duration) {
	t.Helper()
	for _, at := range srv.UnackedHeartbeats() {
		if at.Before(off) {
			continue
		}
		if took := noticed.Sub(at); took > limit {
			t.Errorf("zombie connection noticed %v after its first un-ACKed heartbeat, want within two intervals (%v)", took, limit)
		}
		return
	}
	t.Errorf("zombie connection noticed %v after acks went off, before any heartbeat went un-ACKed", noticed.Sub(off))
}

// TestInvalidSession: op 9 false means a new IDENTIFY, op 9 true a RESUME;
// and an op 9 answering a RESUME (after 4009 Session timed out) must not
// deadlock discordgo's Open (discordgo pull request #1694).
func TestInvalidSession(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{NoRegister: true})
	h.obs.expect(t, ctx, "ready")
	first := srv.SessionID()

	srv.SendInvalidSession(false)
	srv.WaitIdentifyN(ctx, 2)
	h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	if srv.SessionID() == first || len(srv.Resumes()) != 0 {
		t.Errorf("op 9 false: session %s (was %s), resumes %+v; want a new session, no RESUME", srv.SessionID(), first, srv.Resumes())
	}

	srv.SendInvalidSession(true)
	expectResumed(t, ctx, h, 1, 2)

	srv.CloseWith(discordtest.CloseSessionTimedOut, "Session timed out.")
	if r := srv.WaitResumeN(ctx, 2); r.Accepted {
		t.Errorf("RESUME of a timed-out session accepted: %+v", r)
	}
	srv.WaitIdentifyN(ctx, 3)
	h.obs.expect(t, ctx, "not ready", "ready", "reconnected")
	iid := srv.SendInteraction(discordtest.InteractionWho, nil)
	srv.WaitInteractionResponse(ctx, iid)
	noNormalClose(t, srv)
	begin := time.Now()
	if err := h.stop(); err != nil || time.Since(begin) > 5*time.Second {
		t.Errorf("Run = %v after %v", err, time.Since(begin))
	}
}

// restStatuses is a discordapi.Observer that keeps what it is told.
type restStatuses struct {
	mu  sync.Mutex
	got []int
}

func (r *restStatuses) DiscordREST(status int) {
	r.mu.Lock()
	r.got = append(r.got, status)
	r.mu.Unlock()
}

func (r *restStatuses) get() []int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return slices.Clone(r.got)
}

// callbackPath is the callback path of an interaction payload, for the
// fake's FailNext… rules, set before the interaction is dispatched.
func callbackPath(m map[string]any) string {
	return fmt.Sprintf("/interactions/%s/%s/callback", m["id"], m["token"])
}

// TestInteractionCallbackFailures: what Discord may answer to an
// interaction's callback. The bot logs a failure once, without retrying past
// the interaction's window and without the interaction token or the
// callback URL in its logs, and goes on answering.
func TestInteractionCallbackFailures(t *testing.T) {
	for _, tc := range []struct {
		name     string
		opts     []discordtest.Option
		fail     func(srv *discordtest.Server, path string)
		attempts int  // callback requests
		answered bool // the callback got through in the end
		logged   string
		observed int // the REST error status the Observer is told about
	}{
		{"429", nil, func(srv *discordtest.Server, path string) {
			srv.FailNextRateLimited(http.MethodPost, path, 30*time.Second, false)
		}, 1, false, "Rate limit exceeded", 429},
		{"one 503 is retried", nil, func(srv *discordtest.Server, path string) {
			srv.FailNext(http.MethodPost, path, http.StatusServiceUnavailable, "")
		}, 2, true, "", 503},
		{"5xx until discordgo gives up", nil, func(srv *discordtest.Server, path string) {
			for range 4 {
				srv.FailNext(http.MethodPost, path, http.StatusInternalServerError, "")
			}
		}, 4, false, "Exceeded Max retries", 500},
		{"after the 3 s window", []discordtest.Option{discordtest.WithInteractionDeadline(time.Nanosecond)}, nil,
			1, false, "Unknown interaction", 404},
		{"network error", nil, func(srv *discordtest.Server, path string) {
			srv.FailNextNetwork(http.MethodPost, path)
		}, 1, false, "EOF", 0},
	} {
		t.Run(tc.name, func(t *testing.T) {
			srv := discordtest.New(t, append([]discordtest.Option{discordtest.WithHeartbeatInterval(heartbeat)}, tc.opts...)...)
			ctx := testCtx(t)
			rest := &restStatuses{}
			h := start(t, srv, srv.APIURL(), Options{NoRegister: true, REST: rest})
			h.obs.expect(t, ctx, "ready")
			var path string
			iid := srv.SendInteraction(discordtest.InteractionWho, func(m map[string]any) {
				path = callbackPath(m)
				if tc.fail != nil {
					tc.fail(srv, path)
				}
			})
			if tc.answered {
				srv.WaitInteractionResponse(ctx, iid)
			} else {
				h.logs.waitFor(t, ctx, "delivering interaction response failed")
			}
			if tc.opts == nil { // (with a 1 ns window every interaction comes too late)
				// The bot goes on answering.
				next := srv.SendInteraction(discordtest.InteractionWho, nil)
				srv.WaitInteractionResponse(ctx, next)
			}
			_ = h.stop()
			attempts := 0
			for _, r := range srv.Requests() {
				if strings.HasSuffix(r.Path, path) {
					attempts++
				}
			}
			if attempts != tc.attempts {
				t.Errorf("%d callback requests, want %d", attempts, tc.attempts)
			}
			logs := h.logs.String()
			if tc.logged != "" && !strings.Contains(logs, tc.logged) {
				t.Errorf("log does not say %q", tc.logged)
			}
			if got := rest.get(); !slices.Contains(got, tc.observed) {
				t.Errorf("REST errors observed %v, want %d among them", got, tc.observed)
			}
			token := srv.InteractionToken(iid)
			if token == "" || strings.Contains(logs, token) || strings.Contains(logs, path) {
				t.Errorf("the interaction token or callback URL is in the log:\n%s", logs)
			}
		})
	}
}

// TestShutdownWithinFiveSecondsUnderRateLimit: a global 429 with a long
// retry_after makes discordgo sleep before every request, whatever the
// context says. Run must still return within 5 s of being cancelled, long
// before the sleep ends.
func TestShutdownWithinFiveSecondsUnderRateLimit(t *testing.T) {
	const limit = 7 * time.Second
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	h := start(t, srv, srv.APIURL(), Options{NoRegister: true})
	h.obs.expect(t, ctx, "ready")
	limited := time.Now()
	srv.SendInteraction(discordtest.InteractionWho, func(m map[string]any) {
		srv.FailNextRateLimited(http.MethodPost, callbackPath(m), limit, true)
	})
	h.logs.waitFor(t, ctx, "delivering interaction response failed")
	// This one's callback waits a minute in discordgo's rate limiter.
	srv.SendInteraction(discordtest.InteractionWho, nil)
	time.Sleep(100 * time.Millisecond)
	begin := time.Now()
	if err := h.stop(); err != nil {
		t.Errorf("Run = %v", err)
	}
	if took := time.Since(begin); took > 5*time.Second || time.Since(limited) > limit {
		t.Errorf("shutdown took %v, want within 5 s and before the rate limit ends", took)
	}
	// Let the abandoned answer finish before the test ends (and its cleanup
	// rewrites discordgo's endpoints under it).
	h.g.tasks.wg.Wait()
	posts := slices.DeleteFunc(srv.Requests(), func(r discordtest.Request) bool { return !strings.HasSuffix(r.Path, "/callback") })
	if len(posts) != 1 {
		t.Errorf("%d callbacks reached the fake, want 1 (the second waits out the global limit)", len(posts))
	}
}
