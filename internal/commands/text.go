package commands

import (
	"fmt"
	"strings"
)

// Text renders a reply as plain text for the terminal (bot ask, bot chat):
// the same content as the embed, citing file and line.
func Text(r Reply) string {
	var b strings.Builder
	title := r.Title
	if r.Answer != nil {
		title = r.Answer.Title
		if !r.Answer.Found && title == "" {
			title = "The articles don't say"
		}
	}
	if title != "" {
		fmt.Fprintf(&b, "%s\n\n", title)
	}
	switch {
	case r.Answer != nil:
		a := r.Answer
		if !r.ShowQuotes {
			fmt.Fprintf(&b, "%s\n", a.Text)
		}
		if len(a.Sources) > 0 {
			b.WriteString("\nSources:\n")
			for _, s := range a.Sources {
				fmt.Fprintf(&b, "  %s:%d  %q\n", s.File, s.Line, s.Quote)
			}
		}
		if !a.Found && len(a.Suggestions) > 0 {
			b.WriteString("\nYou could ask about:\n")
			for _, s := range a.Suggestions {
				fmt.Fprintf(&b, "  - %s\n", s)
			}
		}
	default:
		if r.Text != "" {
			fmt.Fprintf(&b, "%s\n", r.Text)
		}
		for _, f := range r.Fields {
			fmt.Fprintf(&b, "\n%s\n  %s\n", f.Name, strings.ReplaceAll(f.Value, "\n", "\n  "))
		}
	}
	return b.String()
}
