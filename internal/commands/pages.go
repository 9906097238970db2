package commands

import (
	"context"
	"fmt"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/bwmarrin/discordgo"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Lists in pages. A list command (/when, /who … with the option left empty)
// answers with every fact of its look-up. One embed holds at most 6,000
// characters, so the list is cut into pages that each fit Discord's limits
// whole, and Previous and Next buttons turn them. The buttons are
// stateless: their custom id names the command and the page
// ("page:when:2"), and a press computes that page afresh and replaces the
// message with it (an UPDATE_MESSAGE response). Each fact is on exactly one
// page, once.

// customPage prefixes the custom id of the Previous and Next buttons, which
// continues "<command>:<page>". It is part of every list message the bot
// has sent, so it must not change.
const customPage = "page:"

// Page is one page of a list command's answer.
type Page struct {
	Command string // the list command, which the buttons' custom ids name
	N, Of   int    // this page, from 1, and how many pages the list has
	// All is the whole list on one page, for renderers without Discord's
	// limits: the terminal prints it complete.
	All *knowledge.Answer
}

// listLookup returns the look-up a command lists in pages when its option
// is left empty: a slash command with one optional autocompleted option.
func listLookup(c Command) (knowledge.Lookup, bool) {
	if c.Type != SlashCommand || len(c.Options) != 1 || c.Options[0].Required || c.Options[0].Complete == "" {
		return "", false
	}
	return c.Options[0].Complete, true
}

// listPage answers a list command with page n of its list; n is clamped
// to the pages there are, so a button that outlived a reload which
// shortened the list shows the last page.
func listPage(base *knowledge.Base, command string, l knowledge.Lookup, n int) Reply {
	list := base.Lookup(l, "")
	if !list.Found || len(list.Facts) == 0 {
		return Reply{Answer: &list}
	}
	entries := listEntries(base, l, list.Facts)
	pages := paginate(list.Title, entries)
	n = min(max(n, 1), len(pages))
	page := pageAnswer(list.Title, entries[pages[n-1][0]:pages[n-1][1]], n, len(pages))
	all := pageAnswer(list.Title, entries, 1, 1)
	return Reply{Answer: &page, Page: &Page{Command: command, N: n, Of: len(pages), All: &all}}
}

// listEntries answers with each listed fact on its own, for its text and
// its sources, ordered by the look-up's kinds (people before organisations
// for /who) and otherwise as listed.
func listEntries(base *knowledge.Base, l knowledge.Lookup, ids []string) []knowledge.Answer {
	kinds := knowledge.LookupKinds[l]
	rank := func(id string) int {
		if f, ok := base.Fact(id); ok {
			return slices.Index(kinds, f.Kind)
		}
		return -1
	}
	entries := make([]knowledge.Answer, 0, len(ids))
	seen := make(map[string]bool, len(ids))
	for _, id := range ids {
		if seen[id] {
			continue
		}
		seen[id] = true
		if e := base.Lookup(knowledge.LookupAny, id); e.Found {
			entries = append(entries, e)
		}
	}
	slices.SortStableFunc(entries, func(x, y knowledge.Answer) int { return rank(x.Facts[0]) - rank(y.Facts[0]) })
	return entries
}

// pageAnswer is page n of of: its entries as bullets, and their sources,
// each once.
func pageAnswer(title string, entries []knowledge.Answer, n, of int) knowledge.Answer {
	a := knowledge.Answer{Found: true, Title: title, Sources: []knowledge.Source{}, Suggestions: []string{}}
	if of > 1 {
		a.Title = fmt.Sprintf("%s (page %d of %d)", title, n, of)
	}
	lines := make([]string, 0, len(entries))
	for _, e := range entries {
		a.Facts = append(a.Facts, e.Facts...)
		lines = append(lines, "• "+e.Text)
		for _, s := range e.Sources {
			if !slices.Contains(a.Sources, s) {
				a.Sources = append(a.Sources, s)
			}
		}
	}
	a.Text = strings.Join(lines, "\n")
	return a
}

// paginate cuts entries into pages, [start, end) each, in order: each page
// takes as many entries as still fit one embed whole. An entry too long for
// an embed on its own gets a page to itself, which Embed then shortens.
func paginate(title string, entries []knowledge.Answer) [][2]int {
	// Size each page with the longest page title there could be.
	most := len(entries)
	fit := func(i, j int) bool {
		a := pageAnswer(title, entries[i:j], most, most)
		return fits(buildEmbed(Reply{Answer: &a}))
	}
	var pages [][2]int
	for i := 0; i < len(entries); {
		// A page's size only grows with its entries, so the most that fit
		// are found by bisection: the first entry always goes in, and
		// entries[i:j] fits for every j below the first that does not.
		j := i + 1 + sort.Search(len(entries)-i-1, func(k int) bool { return !fit(i, i+2+k) })
		pages = append(pages, [2]int{i, j})
		i = j
	}
	return pages
}

// fits reports whether e is within all of Discord's embed limits as it is,
// with nothing to cut.
func fits(e *discordgo.MessageEmbed) bool {
	n := utf8.RuneCountInString
	if n(e.Title) > limitTitle || n(e.Description) > limitDescription || len(e.Fields) > limitFields ||
		e.Footer != nil && n(e.Footer.Text) > limitFooter {
		return false
	}
	for _, f := range e.Fields {
		if n(f.Name) > limitFieldName || n(f.Value) > limitFieldValue {
			return false
		}
	}
	return embedSize(e, n) <= limitEmbedTotal
}

// pagerRow is the Previous and Next buttons of a page. At either end of the
// list one is disabled rather than left out, so that the buttons stay put;
// its custom id names the page beyond the end, which no one can press.
func pagerRow(p *Page) discordgo.ActionsRow {
	id := func(n int) string { return customPage + p.Command + ":" + strconv.Itoa(n) }
	return discordgo.ActionsRow{Components: []discordgo.MessageComponent{
		discordgo.Button{Label: "← Previous", Style: discordgo.SecondaryButton, CustomID: id(p.N - 1), Disabled: p.N <= 1},
		discordgo.Button{Label: "Next →", Style: discordgo.SecondaryButton, CustomID: id(p.N + 1), Disabled: p.N >= p.Of},
	}}
}

// pageButton answers a Previous or Next press, "<command>:<page>", by
// replacing the message with that page.
func (b *Bot) pageButton(_ context.Context, _ *Request, arg string) (Response, error) {
	name, num, _ := strings.Cut(arg, ":")
	n, err := strconv.Atoi(num)
	c, ok := b.Command(name)
	l, isList := listLookup(c)
	if err != nil || !ok || !isList {
		return Expired(), nil
	}
	return Response{Type: RespondUpdate, Reply: listPage(b.Base(), c.Name, l, n)}, nil
}

// updatesMessage reports whether req's answer replaces the message its
// button is on, so that a slow answer is deferred as an update of it.
func updatesMessage(req *Request) bool {
	return req.Kind == KindComponent && strings.HasPrefix(req.CustomID, customPage)
}
