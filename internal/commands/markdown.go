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
		fmt.Fprintf(&s, "| `%s` | %s | %s |\n", c.invocation(), c.Description, strings.Join(opts, "<br>"))
	}
	s.WriteString("\nExamples, with the answers the embedded fact base gives (the embed's text, then its sources):\n")
	for _, c := range b.commands {
		if c.Name == "help" || c.Name == "sources" {
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
