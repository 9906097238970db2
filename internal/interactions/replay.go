package interactions

import (
	"sync"
	"time"
)

// DefaultRememberIDs is how many recent interaction ids the endpoint keeps
// to refuse replays. An id is needed only while its signed timestamp is
// within MaxClockSkew of now, ten minutes at most; 32,768 ids cover a
// sustained 50 interactions a second on one replica, far beyond a fact
// bot's share, in about 3 MiB once full (6.3 MiB measured for twice as many).
const DefaultRememberIDs = 1 << 15

// replays remembers the ids of recent interactions, in bounded memory, so
// that a signed request captured and sent again is not answered twice.
//
// Each id is kept until its signed timestamp is too old to pass the
// freshness check anyway; past that, the check refuses a replay by itself.
// When the ring is full the oldest id is forgotten first: by then its
// window has almost always passed.
//
// A replay is answered 409 Conflict, without running the pipeline. Discord
// sends each interaction once and accepts one callback for it, so a second
// delivery never comes from Discord and no second answer could reach a
// user: the only party that reads the answer is whoever resent the request.
// 409 says what happened (authentic and well-formed, but in conflict with a
// request already received); 401 would claim the signature is bad, and a
// second 200 would either answer again (the effect a replay is after) or
// need every response body cached. PING is exempt: it has no effect, and
// Discord's endpoint check may repeat it. The memory is per replica, so a
// replay sent to another replica behind a load balancer is not caught; the
// timestamp window still bounds it to five minutes.
type replays struct {
	mu   sync.Mutex
	seen map[string]int64 // interaction id → unix second after which it cannot verify
	ring []seenID         // insertion order, for eviction
	next int
}

type seenID struct {
	id    string
	until int64
}

func newReplays(n int) *replays {
	return &replays{seen: make(map[string]int64, min(n, 1024)), ring: make([]seenID, n)}
}

// first records id, signed at ts, and reports whether it is new: false
// means the same interaction was already received within its window.
func (r *replays) first(id string, ts, now time.Time) bool {
	until := ts.Add(MaxClockSkew).Unix()
	r.mu.Lock()
	defer r.mu.Unlock()
	if exp, ok := r.seen[id]; ok && exp >= now.Unix() {
		return false
	}
	old := r.ring[r.next]
	if old.id != "" && r.seen[old.id] == old.until {
		delete(r.seen, old.id)
	}
	r.ring[r.next] = seenID{id, until}
	r.next = (r.next + 1) % len(r.ring)
	r.seen[id] = until
	return true
}

// len reports how many ids are remembered.
func (r *replays) len() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.seen)
}
