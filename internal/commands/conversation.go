package commands

import (
	"container/list"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Follow-up questions. A DM is read in the context of the user's previous
// answer if it came soon enough (Memory); a channel message that replies to
// one of the bot's answers is read in the context of that answer, rebuilt
// from the fact ids its buttons carry (repliedContext), so that any replica
// can answer it, even after a restart.

// How long, and for how many users, DMs remember the previous answer.
const (
	DefaultMemoryTTL = 10 * time.Minute
	DefaultMemoryCap = 10_000
)

// Memory remembers, per user, the context of the last answer the bot gave
// them in a DM, for DefaultMemoryTTL at most, and for a bounded number of
// users: the least recently answered is forgotten first. It is safe for
// concurrent use.
//
// It is a small LRU of its own rather than a library's because the tests
// need its clock; each entry is one knowledge.Context (a clipped question
// and a few fact ids), so a full memory holds a few megabytes.
type Memory struct {
	ttl time.Duration
	cap int
	now func() time.Time

	mu    sync.Mutex
	byKey map[string]*list.Element // of *memoryEntry
	order list.List                // most recently remembered first
}

type memoryEntry struct {
	user string
	ctx  *knowledge.Context
	at   time.Time
}

// NewMemory returns a Memory keeping at most capacity users' contexts, each
// for ttl. now is its clock; nil means time.Now. A capacity or ttl below 1
// remembers nothing.
func NewMemory(capacity int, ttl time.Duration, now func() time.Time) *Memory {
	if now == nil {
		now = time.Now
	}
	return &Memory{ttl: ttl, cap: capacity, now: now, byKey: map[string]*list.Element{}}
}

// Remember keeps c as user's context, replacing the one before.
func (m *Memory) Remember(user string, c *knowledge.Context) {
	if m == nil || user == "" || c == nil || m.cap < 1 || m.ttl <= 0 {
		return
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	if e, ok := m.byKey[user]; ok {
		e.Value = &memoryEntry{user: user, ctx: c, at: now}
		m.order.MoveToFront(e)
		return
	}
	m.byKey[user] = m.order.PushFront(&memoryEntry{user: user, ctx: c, at: now})
	// Over the cap: forget the least recently answered. Expired entries go
	// first anyway, since they are the oldest.
	for m.order.Len() > m.cap {
		m.drop(m.order.Back())
	}
}

// Recall returns user's context if it was remembered within the TTL, or nil.
func (m *Memory) Recall(user string) *knowledge.Context {
	if m == nil || user == "" {
		return nil
	}
	now := m.now()
	m.mu.Lock()
	defer m.mu.Unlock()
	e, ok := m.byKey[user]
	if !ok {
		return nil
	}
	if ent := e.Value.(*memoryEntry); now.Sub(ent.at) <= m.ttl {
		return ent.ctx
	}
	m.drop(e)
	// The rest of the expired entries are behind it: sweep them too, so
	// that a quiet memory shrinks.
	for b := m.order.Back(); b != nil && now.Sub(b.Value.(*memoryEntry).at) > m.ttl; b = m.order.Back() {
		m.drop(b)
	}
	return nil
}

// Len is how many users' contexts are held, expired ones included until
// they are swept.
func (m *Memory) Len() int {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.order.Len()
}

// drop forgets one entry; m.mu held.
func (m *Memory) drop(e *list.Element) {
	delete(m.byKey, e.Value.(*memoryEntry).user)
	m.order.Remove(e)
}

// inDM reports whether req was made in the user's DM with the bot, where
// the previous answer is remembered.
func inDM(req *Request) bool {
	if req.GuildID != "" {
		return false
	}
	return req.Kind == KindMessage || req.Context == "bot_dm"
}

// followUpContext is the context req's question is read in: the bot's
// answer it replies to, else in a DM the user's previous answer, else none.
func (h *Handler) followUpContext(req *Request) *knowledge.Context {
	if ids := repliedFacts(req.RepliedTo); len(ids) > 0 {
		if c := h.Bot.Base().ContextOf(ids); c != nil {
			return c
		}
	}
	if inDM(req) {
		return h.memory.Recall(req.UserID)
	}
	return nil
}

// remember keeps a found answer given in a DM as the user's context for
// their next question there.
func (h *Handler) remember(req *Request, resp Response) {
	a := resp.Reply.Answer
	if a == nil || !a.Found || len(a.Facts) == 0 || resp.Reply.ShowQuotes || !inDM(req) {
		return
	}
	h.memory.Remember(req.UserID, a.Context())
}

// repliedFacts are the fact ids that the buttons of a replied-to answer
// carry ("Show quotes" and the feedback buttons), best first, without
// repeats. Suggestion buttons are not the answer's subject and are left out.
func repliedFacts(customIDs []string) []string {
	var ids []string
	for _, c := range customIDs {
		list, ok := answerFacts(c)
		if !ok {
			continue
		}
		for _, id := range strings.Split(list, ",") {
			if id != "" && !slices.Contains(ids, id) {
				ids = append(ids, id)
			}
		}
	}
	return ids
}
