package main

import (
	"context"
	"fmt"
	"io/fs"
	"strconv"
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// runLines prints an article with its line numbers, the numbers answers
// cite and evidence quotes are checked against. It reads only the articles,
// so it works while the facts are broken, which is when a curator needs it.
func runLines(_ context.Context, e *env, args []string) error {
	flags, dir := newFlags(e, "lines")
	if err := parseFlags(flags, args); err != nil {
		return err
	}
	if flags.NArg() < 1 || flags.NArg() > 2 {
		return usagef("lines takes an ARTICLE and optionally LINES (see 'bot help lines')")
	}
	var articles []*knowledge.Article
	err := withFacts(*dir, func(fsys fs.FS) (err error) {
		articles, err = knowledge.ReadArticles(fsys)
		return err
	})
	if err != nil {
		return err
	}
	a, err := knowledge.FindArticle(articles, flags.Arg(0))
	if err != nil {
		return err
	}
	lines := a.Lines
	if n := len(lines); n > 0 && lines[n-1] == "" { // the file's final newline ends a line; it starts none
		lines = lines[:n-1]
	}
	from, to := 1, len(lines)
	if flags.NArg() == 2 {
		if from, to, err = lineRange(flags.Arg(1), len(lines)); err != nil {
			return usagef("lines: %v", err)
		}
	}
	width := len(strconv.Itoa(len(lines)))
	for n := from; n <= to; n++ {
		if _, err := fmt.Fprintln(e.stdout, strings.TrimRight(fmt.Sprintf("%*d  %s", width, n, lines[n-1]), " ")); err != nil {
			return err
		}
	}
	return nil
}

// lineRange reads "17", "15-20" or "15-" (to the end) against an article of
// n lines.
func lineRange(s string, n int) (from, to int, err error) {
	a, b, isRange := strings.Cut(s, "-")
	from, err = strconv.Atoi(a)
	to = from
	if err == nil && isRange {
		to = n
		if b != "" {
			to, err = strconv.Atoi(b)
		}
	}
	if err != nil || from < 1 || to < from || to > n {
		return 0, 0, fmt.Errorf("lines %q: give N, FROM-TO or FROM- within 1-%d", s, n)
	}
	return from, to, nil
}
