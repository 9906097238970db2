package commands

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// pagesDir holds the golden pages of every list command: each page as
// Discord gets it (<command>-<n>.json) and the terminal's whole list
// (<command>.txt). Regenerate with go test ./internal/commands/ -run Pages -update.
const pagesDir = "testdata/pages"

// pressPage answers a press of a page button through the whole pipeline.
func pressPage(t *testing.T, h *Handler, customID string) Response {
	t.Helper()
	resp := h.Handle(context.Background(), Request{Kind: KindComponent, CustomID: customID, UserID: "u"})
	if resp.Type != RespondUpdate {
		t.Fatalf("%s: response type %d, want RespondUpdate: %+v", customID, resp.Type, resp.Reply)
	}
	return resp
}

// TestListPages: each list command with its option left empty shows its
// complete list in pages; every fact of the look-up is on exactly one
// page, once; every page fits Discord's limits whole, keeping all its
// sources; Previous and Next turn the pages by editing the message.
func TestListPages(t *testing.T) {
	base := loadRenderBase(t)
	b := New(base)
	h := &Handler{Bot: b}
	want := map[string]bool{}
	multi := 0
	for _, c := range b.Commands() {
		l, ok := listLookup(c)
		if !ok {
			continue
		}
		t.Run(c.Name, func(t *testing.T) {
			list := base.Lookup(l, "")
			first := h.Handle(context.Background(), Request{Kind: KindCommand, Command: c.Name, UserID: "u"})
			if first.Type != RespondReply || first.Reply.Page == nil {
				t.Fatalf("/%s: %+v, want a page", c.Name, first)
			}
			p := first.Reply.Page
			if p.Command != c.Name || p.N != 1 || p.Of < 1 {
				t.Fatalf("/%s: page %+v", c.Name, p)
			}
			if p.Of > 1 {
				multi++
			}
			var shown []string
			replies := []Reply{first.Reply}
			for n := 2; n <= p.Of; n++ {
				// The Next button of the page before names this page.
				ids := customIDs(Components(replies[len(replies)-1]))
				next := fmt.Sprintf("page:%s:%d", c.Name, n)
				if !slices.Contains(ids, next) {
					t.Fatalf("page %d has no Next button %s: %v", n-1, next, ids)
				}
				replies = append(replies, pressPage(t, h, next).Reply)
			}
			for i, r := range replies {
				n := i + 1
				if r.Page == nil || r.Page.N != n || r.Page.Of != p.Of {
					t.Fatalf("page %d: %+v", n, r.Page)
				}
				a := r.Answer
				shown = append(shown, a.Facts...)
				e := buildEmbed(r)
				if !fits(e) {
					t.Errorf("page %d does not fit an embed whole: %d characters", n, embedSize(e, runes))
				}
				checkEmbed(t, Embed(r))
				rendered := text(Embed(r))
				for _, s := range a.Sources {
					if !strings.Contains(rendered, citation(s)) {
						t.Errorf("page %d lost the source %s", n, citation(s))
					}
				}
				for _, id := range a.Facts {
					f, _ := base.Fact(id)
					if !strings.Contains(a.Text, "• "+f.Answer) {
						t.Errorf("page %d lists %s without its answer", n, id)
					}
				}
				if p.Of > 1 && !strings.Contains(a.Title, fmt.Sprintf("(page %d of %d)", n, p.Of)) {
					t.Errorf("page %d title %q does not say which page", n, a.Title)
				}
				rows := Components(r)
				checkComponents(t, rows)
				checkPager(t, rows, c.Name, n, p.Of)
				d := RenderResponse(Response{Type: RespondUpdate, Reply: r})
				js, err := json.MarshalIndent(d, "", "  ")
				if err != nil {
					t.Fatal(err)
				}
				name := fmt.Sprintf("%s-%d.json", c.Name, n)
				goldenIn(t, pagesDir, name, append(js, '\n'))
				want[name] = true
			}
			// Complete, and no fact twice, within a page or across pages.
			if dup := duplicates(shown); len(dup) > 0 {
				t.Errorf("facts shown twice: %v", dup)
			}
			if got, all := sorted(shown), sorted(list.Facts); !slices.Equal(got, all) {
				t.Errorf("pages show %d facts, the list has %d:\n got %v\nwant %v", len(got), len(all), got, all)
			}
			// The terminal prints the whole list, in the pages' order.
			txt := Text(first.Reply)
			for _, r := range replies {
				for _, id := range r.Answer.Facts {
					f, _ := base.Fact(id)
					if !strings.Contains(txt, f.Answer) {
						t.Errorf("the terminal's list lacks %s", id)
					}
				}
			}
			goldenIn(t, pagesDir, c.Name+".txt", []byte(txt))
			want[c.Name+".txt"] = true
		})
	}
	if multi == 0 {
		t.Error("no list runs to a second page: the test checks no buttons")
	}
	staleGolden(t, pagesDir, want)
}

// TestListWhoPeopleFirst: /who with no name lists people, then
// organisations.
func TestListWhoPeopleFirst(t *testing.T) {
	base := loadRenderBase(t)
	all := listPage(base, "who", knowledge.LookupWho, 1).Page.All
	seenOrg := false
	for _, id := range all.Facts {
		f, _ := base.Fact(id)
		switch f.Kind {
		case knowledge.KindOrganisation:
			seenOrg = true
		case knowledge.KindPerson:
			if seenOrg {
				t.Fatalf("person %s listed after an organisation: %v", id, all.Facts)
			}
		}
	}
	if !seenOrg {
		t.Error("no organisation listed")
	}
}

// checkPager checks the Previous and Next buttons of page n of of: present
// when there is more than one page, naming the pages either side, and
// disabled at the ends.
func checkPager(t *testing.T, rows []discordgo.MessageComponent, command string, n, of int) {
	t.Helper()
	var prev, next *discordgo.Button
	for _, row := range rows {
		for _, c := range row.(discordgo.ActionsRow).Components {
			b := c.(discordgo.Button)
			switch {
			case strings.HasPrefix(b.Label, "←"):
				prev = &b
			case strings.HasSuffix(b.Label, "→"):
				next = &b
			}
		}
	}
	if of == 1 {
		if prev != nil || next != nil {
			t.Errorf("a one-page list has page buttons")
		}
		return
	}
	if prev == nil || next == nil {
		t.Fatalf("page %d of %d lacks Previous or Next", n, of)
	}
	if want := fmt.Sprintf("page:%s:%d", command, n-1); prev.CustomID != want || prev.Disabled != (n == 1) {
		t.Errorf("Previous = %s disabled %v, want %s disabled %v", prev.CustomID, prev.Disabled, want, n == 1)
	}
	if want := fmt.Sprintf("page:%s:%d", command, n+1); next.CustomID != want || next.Disabled != (n == of) {
		t.Errorf("Next = %s disabled %v, want %s disabled %v", next.CustomID, next.Disabled, want, n == of)
	}
}

// TestPageButtons: a press edits the message in place (UPDATE_MESSAGE);
// a page beyond either end shows the nearest page; a button naming what
// is not a list has expired.
func TestPageButtons(t *testing.T) {
	base := loadRenderBase(t)
	h := &Handler{Bot: New(base)}
	last := listPage(base, "when", knowledge.LookupWhen, 1).Page.Of
	if last < 2 {
		t.Fatalf("/when has %d page(s); the test needs two", last)
	}
	for _, c := range []struct {
		id   string
		page int // 0: expired
	}{
		{"page:when:2", 2}, {"page:when:1", 1}, {"page:when:0", 1}, {"page:when:-3", 1},
		{fmt.Sprintf("page:when:%d", last+5), last}, {"page:when:99999999999999999999", 0},
		{"page:ask:1", 0}, {"page:sources:1", 0}, {"page:nope:1", 0}, {"page:when", 0}, {"page:when:x", 0}, {"page:", 0},
	} {
		t.Run(c.id, func(t *testing.T) {
			resp := h.Handle(context.Background(), Request{Kind: KindComponent, CustomID: c.id, UserID: "u"})
			if c.page == 0 {
				if resp.Outcome != OutcomeExpired || resp.Type != RespondReply || !resp.Reply.Ephemeral {
					t.Errorf("%s: %+v, want an ephemeral expired reply", c.id, resp)
				}
				return
			}
			if resp.Type != RespondUpdate || resp.Reply.Page == nil || resp.Reply.Page.N != c.page {
				t.Fatalf("%s: %+v, want an update to page %d", c.id, resp, c.page)
			}
			ir := RenderResponse(resp)
			if ir.Type != discordgo.InteractionResponseUpdateMessage || ir.Data == nil || len(ir.Data.Embeds) != 1 ||
				ir.Data.Flags != 0 || ir.Data.Components == nil || ir.Data.AllowedMentions == nil {
				t.Errorf("%s renders as %+v, want type 7 with the embed, components and no flags", c.id, ir)
			}
		})
	}
	if !updatesMessage(&Request{Kind: KindComponent, CustomID: "page:when:2"}) || updatesMessage(&Request{Kind: KindComponent, CustomID: "quotes:x"}) {
		t.Error("updatesMessage: page buttons update their message, other buttons do not")
	}
	if r := RenderResponse(Response{Type: RespondDeferredUpdate}); r.Type != discordgo.InteractionResponseDeferredMessageUpdate || r.Data != nil {
		t.Errorf("deferred update: %+v", r)
	}
	// An update that leaves no buttons must say so with an empty list.
	if r := RenderResponse(Response{Type: RespondUpdate, Reply: Reply{Title: "t", Ephemeral: true}}); r.Data.Components == nil || r.Data.Flags != 0 {
		t.Errorf("update without buttons: components %v flags %v", r.Data.Components, r.Data.Flags)
	}
}

// TestPaginateLimits: however long the entries and however many their
// sources, every page fits whole (or holds one entry, shortened), and
// every entry is on one page, in order.
func TestPaginateLimits(t *testing.T) {
	long := strings.Repeat("The strike went ahead. ", 250) // > 5,000 characters
	cases := map[string][]knowledge.Answer{
		"many short":        entries(300, "Junior doctors walked out.", 2),
		"many sources each": entries(60, "A figure.", 30),
		"long entries":      entries(5, long, 1),
		"one":               entries(1, "Alone.", 1),
		"zalgo":             entries(40, strings.Repeat("Z\u0336\u0321a\u0337l\u0338g\u0335o ", 40), 3),
	}
	for name, es := range cases {
		t.Run(name, func(t *testing.T) {
			pages := paginate("A list", es)
			next := 0
			for i, p := range pages {
				if p[0] != next || p[1] <= p[0] {
					t.Fatalf("page %d is %v after %d: entries skipped, repeated or empty", i+1, p, next)
				}
				next = p[1]
				a := pageAnswer("A list", es[p[0]:p[1]], i+1, len(pages))
				if e := buildEmbed(Reply{Answer: &a}); !fits(e) && p[1]-p[0] > 1 {
					t.Errorf("page %d of %d entries does not fit", i+1, p[1]-p[0])
				}
				checkEmbed(t, Embed(Reply{Answer: &a}))
				checkComponents(t, Components(Reply{Answer: &a, Page: &Page{Command: "when", N: i + 1, Of: len(pages)}}))
			}
			if next != len(es) {
				t.Errorf("pages end at entry %d of %d", next, len(es))
			}
		})
	}
}

// entries makes n list entries of text, each with sources citations.
func entries(n int, text string, sources int) []knowledge.Answer {
	var out []knowledge.Answer
	for i := range n {
		a := knowledge.Answer{Found: true, Text: text, Facts: []string{fmt.Sprintf("fact-%d", i)}}
		for j := range sources {
			a.Sources = append(a.Sources, knowledge.Source{File: fmt.Sprintf("%03d_73b2b942d9bd6961.txt", j), Line: i + 1,
				Quote: "q", Title: "Strike hits Lewisham to Dartford", Publisher: "News Shopper"})
		}
		out = append(out, a)
	}
	return out
}

func duplicates(ids []string) []string {
	seen := map[string]bool{}
	var dup []string
	for _, id := range ids {
		if seen[id] {
			dup = append(dup, id)
		}
		seen[id] = true
	}
	return dup
}

func sorted(s []string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

// text is everything an embed shows.
func text(e *discordgo.MessageEmbed) string {
	var b strings.Builder
	b.WriteString(e.Title + "\n" + e.Description + "\n")
	for _, f := range e.Fields {
		b.WriteString(f.Name + "\n" + f.Value + "\n")
	}
	return b.String()
}

// goldenIn compares got with dir/name, or rewrites it with -update.
func goldenIn(t *testing.T, dir, name string, got []byte) {
	t.Helper()
	path := filepath.Join(dir, name)
	if *update {
		if err := os.MkdirAll(dir, 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run: go test ./internal/commands/ -run 'Golden|Pages' -update)", err)
	}
	if string(got) != string(want) {
		t.Errorf("%s differs from the golden file (run with -update if the change is intended):\n%s", path, lineDiff(string(want), string(got)))
	}
}

// staleGolden fails for (or with -update removes) files in dir that no
// test case wrote.
func staleGolden(t *testing.T, dir string, want map[string]bool) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(dir, "*"))
	for _, f := range files {
		if name := filepath.Base(f); !want[name] {
			if *update {
				os.Remove(f)
				continue
			}
			t.Errorf("%s belongs to no test case; run with -update to remove it", f)
		}
	}
}

// TestServeDefersPageAsUpdate: a page press too slow to answer at once is
// acknowledged as a deferred update of its message (type 6), not as a new
// "thinking…" message, and the page is then edited in. Computing a page
// takes far longer than the nanosecond allowed here, so nearly every try
// defers; the test needs one.
func TestServeDefersPageAsUpdate(t *testing.T) {
	h := &Handler{Bot: New(loadRenderBase(t)), DeferAfter: time.Nanosecond}
	deferred := 0
	for range 50 {
		d := newRecordingDeliverer()
		if err := h.Serve(context.Background(), Request{Kind: KindComponent, CustomID: "page:who:2", UserID: "u"}, d); err != nil {
			t.Fatal(err)
		}
		switch {
		case len(d.responses) == 1 && d.responses[0].Type == RespondUpdate && len(d.edits) == 0:
			// Answered before the timer fired.
		case len(d.responses) == 1 && d.responses[0].Type == RespondDeferredUpdate && len(d.edits) == 1:
			deferred++
			if p := d.edits[0].Page; p == nil || p.N != 2 || p.Command != "who" {
				t.Fatalf("edit after the deferral is not page 2: %+v", d.edits[0])
			}
		default:
			t.Fatalf("responses %+v, edits %d: want an update, or a deferred update and its edit", d.responses, len(d.edits))
		}
	}
	if deferred == 0 {
		t.Fatal("no page press was deferred in 50 tries")
	}
}

// BenchmarkListPage is the cost of a page press: the whole list looked up,
// cut into pages, and one page built.
func BenchmarkListPage(b *testing.B) {
	base := loadRenderBase(b)
	for b.Loop() {
		listPage(base, "who", knowledge.LookupWho, 2)
	}
}
