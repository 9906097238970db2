package commands

import (
	"context"
	"fmt"
	"strings"
)

// Markdown documents the command table for the README: every command, its
// options, an example and the answer the example really gets. The README
// embeds it between markers, and a test keeps the two in step, so the docs
// cannot drift from the table.
func (b *Bot) Markdown() string {
	var s strings.Builder
	s.WriteString("| command | what it does | options |\n| --- | --- | --- |\n")
	for _, c := range b.commands {
		var opts []string
		for _, o := range c.Options {
			desc := o.Description
			if o.Required {
				desc = "required; " + desc
			}
			if o.Complete != "" {
				desc += " (autocomplete)"
			}
			opts = append(opts, fmt.Sprintf("`%s`: %s", o.Name, desc))
		}
		if len(opts) == 0 {
			opts = []string{"none"}
			if c.Type == MessageCommand {
				opts = []string{"the message it is run on"}
			}
		}
		what := c.Description
		if c.Type == MessageCommand || c.ManagerOnly {
			plain := c
			plain.Example = "" // the examples follow the table
			what = commandUse(plain)
		}
		fmt.Fprintf(&s, "| `%s` | %s | %s |\n", commandName(c), what, strings.Join(opts, "<br>"))
	}
	s.WriteString("\nWith its option left empty, a list command (" + strings.Join(b.listCommands(), ", ") + ") lists everything " +
		"its look-up covers, in pages that each fit one Discord embed, with **← Previous** and **Next →** buttons; " +
		"each fact is on one page, once. The terminal prints the whole list.\n")
	s.WriteString("\nExamples, with the answers the embedded fact base gives (the embed's text, then its sources):\n")
	for _, c := range b.commands {
		if c.Type != SlashCommand || c.Example == "" {
			continue
		}
		req, ok := b.ParseSlash(c.Example)
		if !ok {
			continue
		}
		r, err := b.Run(context.Background(), req)
		if err != nil || r.Answer == nil {
			continue
		}
		a := r.Answer
		text := a.Text
		if i := strings.Index(text, "\n"); i > 0 {
			text = text[:i] + " …"
		}
		var cites []string
		for i, src := range a.Sources {
			if i == 3 {
				cites = append(cites, "…")
				break
			}
			cites = append(cites, fmt.Sprintf("`%s:%d`", src.File, src.Line))
		}
		fmt.Fprintf(&s, "\n- `%s`\n  > %s\n  >\n  > Sources: %s\n", c.Example, truncate(text, 400), strings.Join(cites, ", "))
	}
	return s.String()
}

// listCommands names the commands that list in pages, as /name.
func (b *Bot) listCommands() []string {
	var names []string
	for _, c := range b.commands {
		if _, ok := listLookup(c); ok {
			names = append(names, "`/"+c.Name+"`")
		}
	}
	return names
}
