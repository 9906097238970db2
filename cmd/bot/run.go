package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"strings"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// usageError is a mistake in how the program was called; main exits 2.
type usageError struct{ msg string }

func (e usageError) Error() string { return e.msg }

func usagef(format string, args ...any) error { return usageError{fmt.Sprintf(format, args...)} }

// env is what a subcommand may touch of the outside world. Tests pass their
// own, so no subcommand reads os.Getenv or os.Stdin directly.
type env struct {
	// lookupenv is os.LookupEnv in main: it tells a variable set to ""
	// from one not set, which decides whether .env may fill it in.
	lookupenv func(string) (string, bool)
	getenv    func(string) string // lookupenv's value alone
	stdin     io.Reader
	stdout    io.Writer
	stderr    io.Writer
}

// cliCommand is one entry of the command-line table, which drives dispatch
// and help alike.
type cliCommand struct {
	name    string
	args    string // argument synopsis for help
	summary string
	detail  string
	run     func(ctx context.Context, e *env, args []string) error
}

func cliCommands() []cliCommand {
	return []cliCommand{
		{name: "serve", summary: "run the Discord bot: gateway, HTTP interactions endpoint, health and metrics",
			detail: "Configured by the environment, or a .env file in the working directory (the environment wins);\n" +
				".env.example lists every variable. DISCORD_TOKEN runs the gateway session (slash commands, DMs,\n" +
				"mentions); INTERACTIONS_ADDR with DISCORD_PUBLIC_KEY serves POST /interactions, and alone needs no token;\n" +
				"HEALTH_ADDR serves /healthz, /readyz and /metrics. SIGINT or SIGTERM shuts down cleanly (exit 0).",
			run: runServe},
		{name: "register", args: "[--data DIR]", summary: "register the slash commands with Discord and exit",
			detail: "Replaces the application's commands with the command table in one bulk overwrite: in the guild\n" +
				"DISCORD_GUILD_ID when set (instant, for development), otherwise globally. Needs DISCORD_TOKEN; the\n" +
				"application id is DISCORD_APPLICATION_ID or looked up. HTTP-only deployments (no gateway) run it once per change.",
			run: runRegister},
		{name: "ask", args: "[--json] [--explain] [--data DIR] [QUESTION...]", summary: "answer a question from the fact base (no Discord needed)",
			detail: "With no QUESTION, reads one question per line from standard input and answers each.\n" +
				"--json writes one JSON object per line: question, found, answer, sources [{file, line, quote}], suggestions.\n" +
				"--explain shows the terms the question was read as and the best-scoring facts, for curators.",
			run: runAsk},
		{name: "chat", args: "[--data DIR]", summary: "try the bot interactively in the terminal",
			detail: "Type a question, or a slash command as in Discord (/who hunt, /poll, /help). /quit or end of input ends it.",
			run:    runChat},
		{name: "validate", args: "[--data DIR]", summary: "check the fact base; lists every problem as file:line",
			detail: "Checks every fact's fields, ids and evidence: each quote must occur verbatim in its article.",
			run:    runValidate},
		{name: "lines", args: "[--data DIR] ARTICLE [LINES]", summary: "print an article with line numbers, to quote from",
			detail: "ARTICLE is a file in articles/ or the start of its name that no other shares, e.g. 000. LINES is N,\n" +
				"FROM-TO or FROM- (to the end). Reads only the articles, so it works while the facts do not validate.",
			run: runLines},
		{name: "coverage", args: "[--data DIR]", summary: "list the article sentences no fact cites, as file:line",
			detail: "Splits each article line into sentences and prints those no evidence quote overlaps, then\n" +
				"\"coverage: C/N sentences cited (X%)\". Always exits 0 when the fact base loads: uncited is not an error.",
			run: runCoverage},
		{name: "eval", args: "[--min FRACTION] [--data DIR] FILE", summary: "run a question set and report how many pass",
			detail: "FILE is JSON Lines: {question, patterns [regexp], sources [file], not_found}. Prints each failure\n" +
				"and \"eval: P/N passed (X%)\"; exits 1 when the pass rate is below --min.",
			run: runEval},
		reportCommand(),
		{name: "healthcheck", args: "[--addr HOST:PORT] [--timeout DURATION]", summary: "exit 0 if the running bot's /healthz answers 200 (the image's HEALTHCHECK)",
			detail: "GETs http://127.0.0.1:PORT/healthz, PORT taken from HEALTH_ADDR (\":8080\" or \"0.0.0.0:8080\"; a named host is kept),\n" +
				"with a 2s timeout. Exits 0 on 200 OK, else 1 with a one-line reason: the image is FROM scratch, so its\n" +
				"HEALTHCHECK has no shell or curl, only the bot.",
			run: runHealthcheck},
		{name: "version", summary: "print the version this binary was built as", run: runVersion},
	}
}

// run is the whole program behind main, callable from tests. lookupenv is
// os.LookupEnv or a test's stand-in.
func run(ctx context.Context, args []string, lookupenv func(string) (string, bool), stdin io.Reader, stdout, stderr io.Writer) error {
	getenv := func(k string) string { v, _ := lookupenv(k); return v }
	e := &env{lookupenv: lookupenv, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr}
	cmds := cliCommands()
	if len(args) == 0 {
		printUsage(stderr, cmds)
		return usagef("no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help", "help":
		if len(rest) > 0 {
			c, ok := findCommand(cmds, rest[0])
			if !ok {
				return usagef("unknown command %q (run 'bot help')", rest[0])
			}
			printCommandHelp(stdout, c)
			return nil
		}
		printUsage(stdout, cmds)
		return nil
	}
	c, ok := findCommand(cmds, name)
	if !ok {
		printUsage(stderr, cmds)
		return usagef("unknown command %q", name)
	}
	return c.run(ctx, e, rest)
}

func findCommand(cmds []cliCommand, name string) (cliCommand, bool) {
	for _, c := range cmds {
		if c.name == name {
			return c, true
		}
	}
	return cliCommand{}, false
}

func printUsage(w io.Writer, cmds []cliCommand) {
	fmt.Fprintf(w, "strikebot answers questions about the UK junior doctors' strikes from the news articles in its fact base.\n\n")
	fmt.Fprintf(w, "Usage:\n  bot COMMAND [flags] [args]\n\nCommands:\n")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "  %-11s %s\n", "help", "describe a command: bot help COMMAND")
	fmt.Fprintf(w, "\nExample:\n  bot ask \"Who is Mark Porter?\"\n")
}

func printCommandHelp(w io.Writer, c cliCommand) {
	fmt.Fprintf(w, "Usage: bot %s %s\n\n%s.\n", c.name, c.args, strings.ToUpper(c.summary[:1])+c.summary[1:])
	if c.detail != "" {
		fmt.Fprintf(w, "\n%s\n", c.detail)
	}
}

// newFlags makes a flag set whose errors are returned, not printed and
// exited on, with the --data flag every fact-base command shares.
func newFlags(e *env, name string) (*flag.FlagSet, *string) {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	dir := fs.String("data", e.getenv("FACTS_DIR"), "fact base directory (default: the embedded one; env FACTS_DIR)")
	return fs, dir
}

// parseFlags parses args and turns flag errors into usage errors.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return usagef("bot %s: see 'bot help %s'", fs.Name(), fs.Name())
		}
		return usagef("bot %s: %v (see 'bot help %s')", fs.Name(), err, fs.Name())
	}
	return nil
}

// loadBase loads the fact base from dir, or the embedded one when dir is "".
func loadBase(dir string) (b *knowledge.Base, err error) {
	err = withFacts(dir, func(fsys fs.FS) error {
		b, err = knowledge.Load(fsys)
		return err
	})
	return b, err
}

// withFacts calls use with the fact base: the embedded one when dir is "",
// otherwise dir, read through os.Root (knowledge.OpenDir) so that nothing
// outside it is reached. use's error is wrapped with which base it was.
func withFacts(dir string, use func(fs.FS) error) error {
	if dir == "" {
		if err := use(data.FS()); err != nil {
			return fmt.Errorf("load embedded fact base: %w", err)
		}
		return nil
	}
	if st, err := os.Stat(dir); err != nil || !st.IsDir() {
		return fmt.Errorf("fact base %s: not a directory", dir)
	}
	d, err := knowledge.OpenDir(dir)
	if err != nil {
		return err
	}
	defer d.Close()
	if err := use(d); err != nil {
		return fmt.Errorf("load %s: %w", dir, err)
	}
	return nil
}
