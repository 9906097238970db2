package commands

import (
	"bytes"
	"context"
	"log/slog"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// fakeClock is a clock the tests move by hand.
type fakeClock struct {
	mu sync.Mutex
	t  time.Time
}

func newFakeClock() *fakeClock { return &fakeClock{t: time.Date(2026, 1, 2, 3, 4, 5, 0, time.UTC)} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *fakeClock) Advance(d time.Duration) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.t = c.t.Add(d)
}

// TestMemory: contexts are kept per user for the TTL, and at most for the
// cap's number of users, the least recently answered forgotten first.
func TestMemory(t *testing.T) {
	ctxOf := func(q string) *knowledge.Context { return &knowledge.Context{Question: q} }
	type step struct {
		advance  time.Duration
		remember string // a user whose context becomes "<user>'s"; "" for none
		recall   string // a user to recall
		want     string // the recalled context's question; "" for none
		len      int    // entries held after the step; -1 to skip
	}
	for _, tc := range []struct {
		name  string
		cap   int
		ttl   time.Duration
		steps []step
	}{
		{"within the TTL", 10, 10 * time.Minute, []step{
			{remember: "a", recall: "a", want: "a's", len: 1},
			{advance: 10 * time.Minute, recall: "a", want: "a's", len: 1},
		}},
		{"after the TTL", 10, 10 * time.Minute, []step{
			{remember: "a", len: 1},
			{advance: 10*time.Minute + time.Second, recall: "a", want: "", len: 0},
		}},
		{"a new answer restarts the TTL", 10, 10 * time.Minute, []step{
			{remember: "a", len: 1},
			{advance: 8 * time.Minute, remember: "a", len: 1},
			{advance: 8 * time.Minute, recall: "a", want: "a's", len: 1},
		}},
		{"per user", 10, 10 * time.Minute, []step{
			{remember: "a", recall: "b", want: "", len: 1},
			{remember: "b", recall: "b", want: "b's", len: 2},
			{recall: "a", want: "a's", len: 2},
		}},
		{"the cap forgets the least recently answered", 2, time.Hour, []step{
			{remember: "a", len: 1},
			{advance: time.Second, remember: "b", len: 2},
			{advance: time.Second, remember: "a", len: 2}, // a is now the newest
			{advance: time.Second, remember: "c", recall: "b", want: "", len: 2},
			{recall: "a", want: "a's", len: 2},
			{recall: "c", want: "c's", len: 2},
		}},
		{"an expired recall sweeps the other expired entries", 10, time.Minute, []step{
			{remember: "a", len: 1},
			{remember: "b", len: 2},
			{advance: 30 * time.Second, remember: "c", len: 3},
			{advance: 45 * time.Second, recall: "a", want: "", len: 1},
			{recall: "c", want: "c's", len: 1},
		}},
		{"no capacity remembers nothing", 0, time.Hour, []step{{remember: "a", recall: "a", want: "", len: 0}}},
		{"no TTL remembers nothing", 10, 0, []step{{remember: "a", recall: "a", want: "", len: 0}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newFakeClock()
			m := NewMemory(tc.cap, tc.ttl, clock.Now)
			for i, s := range tc.steps {
				clock.Advance(s.advance)
				if s.remember != "" {
					m.Remember(s.remember, ctxOf(s.remember+"'s"))
				}
				if s.recall != "" {
					got := ""
					if c := m.Recall(s.recall); c != nil {
						got = c.Question
					}
					if got != s.want {
						t.Errorf("step %d: Recall(%q) = %q, want %q", i, s.recall, got, s.want)
					}
				}
				if s.len >= 0 && m.Len() != s.len {
					t.Errorf("step %d: Len() = %d, want %d", i, m.Len(), s.len)
				}
			}
		})
	}
	var nilMemory *Memory
	nilMemory.Remember("a", ctxOf("x"))
	if nilMemory.Recall("a") != nil {
		t.Error("a nil Memory recalled something")
	}
}

// TestFollowUps: through the pipeline, a DM is read in the context of the
// user's previous answer there (within the TTL), and a message replying to
// one of the bot's answers in the context of that answer, from its buttons.
func TestFollowUps(t *testing.T) {
	base := loadRenderBase(t)
	cordery := base.Answer("who is saffron cordery?")
	if !cordery.Found {
		t.Fatal("who is saffron cordery? is not answered")
	}
	corderyButtons := customIDs(Components(Reply{Answer: &cordery}))
	dm := func(user, text string) Request { return Request{Kind: KindMessage, Text: text, UserID: user} }
	inGuild := func(r Request) Request { r.GuildID = "g1"; return r }
	replyingTo := func(r Request, ids ...string) Request { r.RepliedTo = ids; return r }
	slashInDM := func(r Request) Request { r.Context = "bot_dm"; return r }

	const quote = "<Cordery's words>" // a quote of hers: see quotesCordery
	type step struct {
		advance time.Duration
		req     Request
		want    string // in the answer's text, or quote; "" for not found
	}
	says := func(a *knowledge.Answer, want string) bool {
		if want == quote {
			return quotesCordery(a)
		}
		return strings.Contains(a.Text, want)
	}
	for _, tc := range []struct {
		name  string
		steps []step
	}{
		{"a DM follow-up", []step{
			{req: dm("u1", "who is saffron cordery?"), want: "Saffron Cordery"},
			{advance: 9 * time.Minute, req: dm("u1", "what did she say?"), want: quote},
		}},
		{"a DM follow-up too late", []step{
			{req: dm("u1", "who is saffron cordery?"), want: "Saffron Cordery"},
			{advance: 11 * time.Minute, req: dm("u1", "what did she say?"), want: ""},
		}},
		{"another user's DM", []step{
			{req: dm("u1", "who is saffron cordery?"), want: "Saffron Cordery"},
			{req: dm("u2", "what did she say?"), want: ""},
		}},
		{"a not-found answer keeps the context", []step{
			{req: dm("u1", "who is saffron cordery?"), want: "Saffron Cordery"},
			{req: dm("u1", "what is the capital of france?"), want: ""},
			{req: dm("u1", "what did she say?"), want: quote},
		}},
		{"a slash command in the DM sets the context", []step{
			{req: slashInDM(command("who", "name", "Saffron Cordery")), want: "Saffron Cordery"},
			{req: dm("u1", "what did she say?"), want: quote},
		}},
		{"/ask in the DM follows up", []step{
			{req: dm("u1", "who is saffron cordery?"), want: "Saffron Cordery"},
			{req: slashInDM(command("ask", "question", "what did she say?")), want: quote},
			{req: dm("u1", "/ask what did she say?"), want: quote},
		}},
		{"/ask in a server is read alone", []step{
			{req: slashInDM(command("who", "name", "Saffron Cordery")), want: "Saffron Cordery"},
			{req: inGuild(command("ask", "question", "what did she say?")), want: ""},
		}},
		{"guild messages are not remembered", []step{
			{req: inGuild(dm("u1", "who is saffron cordery?")), want: "Saffron Cordery"},
			{req: inGuild(dm("u1", "what did she say?")), want: ""},
		}},
		{"a reply to the bot's answer in a channel", []step{
			{req: inGuild(replyingTo(dm("u1", "what did she say?"), corderyButtons...)), want: quote},
		}},
		{"a reply with only the feedback button", []step{
			{req: inGuild(replyingTo(dm("u1", "what did she say?"), "fb:down:saffron-cordery")), want: quote},
		}},
		{"a reply beats the DM's memory", []step{
			{req: dm("u1", "who is steve barclay?"), want: "Barclay"},
			{req: replyingTo(dm("u1", "what did she say?"), corderyButtons...), want: quote},
		}},
		{"a reply to a message whose facts are gone is read alone", []step{
			{req: inGuild(replyingTo(dm("u1", "what did she say?"), "quotes:no-such-fact", "fb:up:no-such-fact")), want: ""},
		}},
		{"suggestion buttons are not the answer's subject", []step{
			{req: inGuild(replyingTo(dm("u1", "what did she say?"), "fact:saffron-cordery")), want: ""},
		}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			clock := newFakeClock()
			h := &Handler{Bot: New(base), Memory: NewMemory(100, DefaultMemoryTTL, clock.Now)}
			for i, s := range tc.steps {
				clock.Advance(s.advance)
				resp := h.Handle(context.Background(), s.req)
				a := resp.Reply.Answer
				if a == nil {
					t.Fatalf("step %d (%q): no answer: %+v", i, s.req.Text, resp.Reply)
				}
				switch {
				case s.want == "" && a.Found:
					t.Errorf("step %d (%q): answered %v, want it read alone and not found: %s", i, s.req.Text, a.Facts, a.Text)
				case s.want != "" && (!a.Found || !says(a, s.want)):
					t.Errorf("step %d (%q): found %v %v: %s; want %q", i, s.req.Text, a.Found, a.Facts, a.Text, s.want)
				}
			}
		})
	}
}

// quotesCordery reports whether a names Saffron Cordery and cites her words,
// lines 17 to 22 of article 002: whichever of her facts the matcher picks.
func quotesCordery(a *knowledge.Answer) bool {
	if !strings.Contains(a.Text, "Cordery") {
		return false
	}
	return slices.ContainsFunc(a.Sources, func(s knowledge.Source) bool {
		return s.File == "002_27ed4c5538eb03e9.txt" && s.Line >= 17 && s.Line <= 22
	})
}

// TestFollowUpLogged: the log line of a follow-up names the facts it was
// read against, and never the question.
func TestFollowUpLogged(t *testing.T) {
	var buf bytes.Buffer
	h := &Handler{Bot: New(loadRenderBase(t)), Log: slog.New(slog.NewJSONHandler(&buf, nil))}
	h.Handle(context.Background(), Request{Kind: KindMessage, Text: "who is saffron cordery?", UserID: "u1"})
	h.Handle(context.Background(), Request{Kind: KindMessage, Text: "what did she say?", UserID: "u1"})
	lines := logLines(t, buf.Bytes())
	if len(lines) != 2 || lines[0]["follow_up"] != nil || lines[1]["follow_up"] != "saffron-cordery" {
		t.Errorf("log lines %v, want the second with follow_up saffron-cordery", lines)
	}
	if strings.Contains(buf.String(), "what did she say") {
		t.Error("the question is in the log")
	}
}

func TestRepliedFacts(t *testing.T) {
	for _, tc := range []struct {
		name string
		ids  []string
		want []string
	}{
		{"none", nil, nil},
		{"an answer's buttons", []string{"quotes:a,b", "fb:up:a,b", "fb:down:a,b"}, []string{"a", "b"}},
		{"truncated lists merge", []string{"quotes:a,b,c", "fb:up:a,b", "fb:down:a,d"}, []string{"a", "b", "c", "d"}},
		{"suggestions, pages and reasons are not the answer's facts", []string{"fact:x", "page:who:2", "fb:wrong:y", "quotes:"}, nil},
		{"empty ids skipped", []string{"quotes:,a,,"}, []string{"a"}},
		{"ratings naming their command", []string{"quotes:a,b", "fb:up:who:a", "fb:down:message:a,c"}, []string{"a", "b", "c"}},
		{"a decline's ratings name no facts", []string{"nf:up:ask:1180471205112430642", "nf:down:ask:1180471205112430642", "fb:up:who:"}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := repliedFacts(tc.ids); !slices.Equal(got, tc.want) {
				t.Errorf("repliedFacts(%q) = %q, want %q", tc.ids, got, tc.want)
			}
		})
	}
}

// BenchmarkMemory is the cost of a DM's follow-up bookkeeping (one Recall
// and one Remember) in a full memory, and the memory a full one holds.
func BenchmarkMemory(b *testing.B) {
	ids := make([]string, DefaultMemoryCap)
	for i := range ids {
		ids[i] = "user" + strconv.Itoa(i)
	}
	// A long question and three fact ids: what a busy DM user leaves.
	ctx := &knowledge.Context{Question: strings.Repeat("q", 200), Subjects: []string{"saffron-cordery", "nhs-providers", "quote-cordery-fraying-fabric"}}
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	m := NewMemory(DefaultMemoryCap, DefaultMemoryTTL, nil)
	for _, id := range ids {
		m.Remember(id, &knowledge.Context{Question: ctx.Question, Subjects: slices.Clone(ctx.Subjects)})
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		id := ids[i%len(ids)]
		m.Recall(id)
		m.Remember(id, ctx)
		i++
	}
	// After the loop: b.Loop resets the extra metrics when it starts.
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/(1<<20), "MiB-full")
	runtime.KeepAlive(m)
}

// FuzzRepliedFacts: whatever custom ids a replied-to message carries, the
// facts read from them are non-empty, unrepeated pieces of those ids.
func FuzzRepliedFacts(f *testing.F) {
	for _, seed := range [][2]string{{"quotes:a,b", "fb:up:a"}, {"fb:down:,,x", "fact:y"}, {"quotes:", "fb:wrong:z"}, {"fb:up:who:a,b", "nf:down:ask:1"}} {
		f.Add(seed[0], seed[1])
	}
	f.Fuzz(func(t *testing.T, a, b string) {
		ids := repliedFacts([]string{a, b})
		seen := map[string]bool{}
		for _, id := range ids {
			if id == "" || strings.Contains(id, ",") || seen[id] || !strings.Contains(a+"\n"+b, id) {
				t.Fatalf("repliedFacts(%q, %q) = %q", a, b, ids)
			}
			seen[id] = true
		}
	})
}
