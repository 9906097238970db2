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
	// notifyHangup subscribes bot serve to SIGHUP (notifyHangup in the
	// real program); tests pass their own.
	notifyHangup func(chan<- os.Signal) (stop func())
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
		{name: "serve", args: "[--watch] [--watch-interval DURATION]", summary: "run the Discord bot: gateway, HTTP interactions endpoint, health and metrics",
			detail: "Configured by the environment, or a .env file in the working directory (the environment wins);\n" +
				".env.example lists every variable. DISCORD_TOKEN runs the gateway session (slash commands, DMs,\n" +
				"mentions); INTERACTIONS_ADDR with DISCORD_PUBLIC_KEY serves POST /interactions, and alone needs no token;\n" +
				"HEALTH_ADDR serves /healthz, /readyz and /metrics. SIGINT or SIGTERM shuts down cleanly (exit 0).\n" +
				"SIGHUP reloads the fact base from FACTS_DIR, and --watch reloads it whenever the files there change\n" +
				"(polled every --watch-interval): a base that fails to load is rejected and logged with file:line,\n" +
				"and the previous one keeps answering.",
			run: runServe},
		{name: "register", args: "[--data DIR] [--clear-guild GUILD_ID]", summary: "register the slash commands with Discord and exit",
			detail: "Replaces the application's commands with the command table in one bulk overwrite: in the guild\n" +
				"DISCORD_GUILD_ID when set (instant, for development), otherwise globally. Needs DISCORD_TOKEN; the\n" +
				"application id is DISCORD_APPLICATION_ID or looked up. HTTP-only deployments (no gateway) run it once per change.\n" +
				"Global changes can take up to an hour to reach every client; guild ones are instant. --clear-guild GUILD_ID\n" +
				"instead removes every command the application has in that guild (after moving from guild to global commands).",
			run: runRegister},
		{name: "ask", args: "[--json] [--explain] [--data DIR] [QUESTION...]", summary: "answer a question from the fact base (no Discord needed)",
			detail: "With no QUESTION, reads one question per line from standard input and answers each.\n" +
				"--json writes one JSON object per line: question, found, answer, sources [{file, line, quote}], suggestions.\n" +
				"--explain shows the terms the question was read as and the best-scoring facts, for curators (on stderr with --json).\n" +
				"Flags may follow the question: bot ask who is porter --json.",
			run: runAsk},
		checkCommand(),
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
		{name: "version", summary: "print the version this binary was built as (also bot --version)",
			detail: "The version is the one set at link time (-ldflags \"-X main.version=v1.2.3\", as the image build does),\n" +
				"else the module version Go stamped, else \"dev\" with the commit, its time and whether the tree was\n" +
				"modified, from the build's version control information.",
			run: runVersion},
		{name: "help", args: "[COMMAND]", summary: "list the commands, or describe one (also bot COMMAND --help)", run: runHelp},
	}
}

// run is the whole program behind main, callable from tests. lookupenv is
// os.LookupEnv or a test's stand-in.
func run(ctx context.Context, args []string, lookupenv func(string) (string, bool), stdin io.Reader, stdout, stderr io.Writer) error {
	return newEnv(lookupenv, stdin, stdout, stderr).dispatch(ctx, args)
}

// newEnv is the real program's env over lookupenv and the three streams.
func newEnv(lookupenv func(string) (string, bool), stdin io.Reader, stdout, stderr io.Writer) *env {
	getenv := func(k string) string { v, _ := lookupenv(k); return v }
	return &env{lookupenv: lookupenv, getenv: getenv, stdin: stdin, stdout: stdout, stderr: stderr, notifyHangup: notifyHangup}
}

// dispatch runs the command args name. A command asked for --help (or -h)
// prints its help to standard output and succeeds.
func (e *env) dispatch(ctx context.Context, args []string) error {
	cmds := cliCommands()
	if len(args) == 0 {
		printUsage(e.stderr, cmds)
		return usagef("no command given")
	}
	name, rest := args[0], args[1:]
	switch name {
	case "-h", "-help", "--help":
		name = "help"
	case "-version", "--version":
		name = "version"
	}
	c, ok := findCommand(cmds, name)
	if !ok {
		printUsage(e.stderr, cmds)
		return usagef("unknown command %q", name)
	}
	err := c.run(ctx, e, rest)
	var h helpRequest
	if errors.As(err, &h) {
		printCommandHelp(e.stdout, c, h.fs)
		return nil
	}
	return err
}

// runHelp is bot help [COMMAND]: the command list, or one command's help
// (what COMMAND --help prints).
func runHelp(ctx context.Context, e *env, args []string) error {
	fs := plainFlags("help")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cmds := cliCommands()
	switch fs.NArg() {
	case 0:
		printUsage(e.stdout, cmds)
		return nil
	case 1:
		c, ok := findCommand(cmds, fs.Arg(0))
		if !ok {
			return usagef("unknown command %q (run 'bot help')", fs.Arg(0))
		}
		return e.dispatch(ctx, []string{c.name, "--help"})
	default:
		return usagef("help takes one COMMAND at most (see 'bot help help')")
	}
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
	fmt.Fprintf(w, "Usage:\n  bot COMMAND [flags] [args]\n  bot --version\n\nCommands:\n")
	for _, c := range cmds {
		fmt.Fprintf(w, "  %-11s %s\n", c.name, c.summary)
	}
	fmt.Fprintf(w, "\nFlags may come before or after the arguments; arguments that start with - go after --.\n")
	fmt.Fprintf(w, "\nExample:\n  bot ask \"Who is Mark Porter?\"\n")
}

// printCommandHelp prints c's help and, when fs is not nil, its flags.
func printCommandHelp(w io.Writer, c cliCommand, fs *flag.FlagSet) {
	fmt.Fprintf(w, "Usage: bot %s %s\n\n%s.\n", c.name, c.args, strings.ToUpper(c.summary[:1])+c.summary[1:])
	if c.detail != "" {
		fmt.Fprintf(w, "\n%s\n", c.detail)
	}
	if fs == nil {
		return
	}
	first := true
	fs.VisitAll(func(f *flag.Flag) {
		if first {
			fmt.Fprintf(w, "\nFlags:\n")
			first = false
		}
		typ, usage := flag.UnquoteUsage(f)
		line := "  --" + f.Name
		if typ != "" {
			line += " " + typ
		}
		if f.DefValue != "" && f.DefValue != "false" {
			usage += fmt.Sprintf(" (default %s)", f.DefValue)
		}
		fmt.Fprintf(w, "%s\n      %s\n", line, usage)
	})
}

// newFlags makes a flag set whose errors are returned, not printed and
// exited on, with the --data flag every fact-base command shares.
func newFlags(e *env, name string) (*flag.FlagSet, *string) {
	fs := plainFlags(name)
	dir := fs.String("data", e.getenv("FACTS_DIR"), "fact base directory (default: the embedded one; env FACTS_DIR)")
	return fs, dir
}

// plainFlags makes a flag set whose errors are returned, not printed and
// exited on.
func plainFlags(name string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(io.Discard)
	return fs
}

// helpRequest is what parseFlags returns for -h or --help: dispatch prints
// the command's help, with fs's flags, and the command succeeds.
type helpRequest struct{ fs *flag.FlagSet }

func (h helpRequest) Error() string { return h.fs.Name() + ": help requested" }

// parseFlags parses args, flags and arguments in any order (bot ask who is
// porter --json), and turns flag errors into usage errors. An argument
// that starts with - is a flag unless it comes after "--". Afterwards
// fs.Args holds the arguments, in order, as callers expect.
func parseFlags(fs *flag.FlagSet, args []string) error {
	var pos []string
	for {
		if err := fs.Parse(args); err != nil {
			if errors.Is(err, flag.ErrHelp) {
				return helpRequest{fs}
			}
			return usagef("%s: %v (see 'bot help %s'; an argument that starts with - goes after --)", fs.Name(), err, fs.Name())
		}
		rest := fs.Args()
		if len(rest) == 0 {
			break
		}
		// Parse stops at the first argument that is no flag, or just
		// after a "--", which ends the flags.
		if n := len(args) - len(rest); n > 0 && args[n-1] == "--" {
			pos = append(pos, rest...)
			break
		}
		pos, args = append(pos, rest[0]), rest[1:]
	}
	return fs.Parse(append([]string{"--"}, pos...))
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
