package commands

import (
	"fmt"
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// textCitation cites a source on the terminal: file:line, the article's
// short title and publisher, and its link when the data has one.
func textCitation(s knowledge.Source) string {
	c := citation(s)
	if s.Title != "" {
		c += "  " + s.Title
	}
	if s.Publisher != "" {
		c += " (" + s.Publisher + ")"
	}
	if s.URL != "" {
		c += " <" + s.URL + ">"
	}
	return c
}

// Text renders a reply as plain text for the terminal (bot ask, bot chat):
// the same content as the embed, citing file and line.
func Text(r Reply) string {
	if r.Page != nil && r.Page.All != nil {
		// The terminal has no length limit: the whole list, not a page.
		r.Answer, r.Page = r.Page.All, nil
	}
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
				fmt.Fprintf(&b, "  %s\n      %q\n", textCitation(s), s.Quote)
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
