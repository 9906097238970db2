package main

import (
	"context"
	"fmt"
)

// runCoverage lists the article sentences no fact cites, as file:line, so a
// curator sees what the bot cannot yet answer from. Uncited sentences are
// not an error: an article has asides no one asks about.
func runCoverage(_ context.Context, e *env, args []string) error {
	flags, dir := newFlags(e, "coverage")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() > 0 {
		return usagef("coverage takes no arguments")
	}
	base, err := loadBase(*dir)
	if err != nil {
		return err
	}
	c := base.Coverage()
	for _, s := range c.Uncited {
		fmt.Fprintf(e.stdout, "%s:%d: %s\n", s.File, s.Line, s.Text)
	}
	cited := c.Sentences - len(c.Uncited)
	pct := 100.0
	if c.Sentences > 0 {
		pct = 100 * float64(cited) / float64(c.Sentences)
	}
	_, err = fmt.Fprintf(e.stdout, "coverage: %d/%d sentences cited (%.1f%%); %d not cited\n", cited, c.Sentences, pct, len(c.Uncited))
	return err
}
