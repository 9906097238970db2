// Package commands is strikebot's command table and the one pipeline that
// turns what users ask into replies.
//
// Each Command holds its definition (name, description, options) and its
// handler. The table drives registration with Discord, dispatch from the
// gateway, the HTTP interactions endpoint and the terminal, /help, and the
// README. Adapters translate Discord's payloads into a Request; Handler
// runs it through one pipeline (logging, metrics, recovery, rate limit,
// routing) to a Response. The core (request.go, pipeline.go, router.go,
// commands.go) knows nothing of discordgo: render.go turns a Response into
// discordgo's types for both adapters, and Text into plain text for the
// terminal.
package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"
	"sync/atomic"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Option describes one option of a command.
type Option struct {
	Name        string
	Description string
	Required    bool
	MaxLength   int              // 0 for Discord's default
	Complete    knowledge.Lookup // the look-up whose facts autocomplete it; "" for none
}

// CommandType is how a command is invoked in Discord.
type CommandType int

// The types of command. The zero value is a slash command.
const (
	SlashCommand   CommandType = iota // typed as /name
	MessageCommand                    // run from a message's Apps menu; Request.TargetText is the message
)

// Command is one entry of the command table.
type Command struct {
	Name string
	// Description says what the command does; a message command's is for
	// /help and the README only, since Discord shows it none.
	Description string
	Type        CommandType
	// ManagerOnly commands are for server managers: by default only members
	// with Manage Server see them, and they work in servers only.
	ManagerOnly bool
	Options     []Option
	Example     string // a typical use, for /help and the README
	Run         func(ctx context.Context, req Request) (Reply, error)
}

// MaxQuestionLen is the longest /ask question Discord will accept from the
// user; the option's max_length enforces it client-side.
const MaxQuestionLen = 500

// Bot owns the command table and the fact base it answers from.
type Bot struct {
	// base is swapped whole by SetBase on a reload; each request loads it
	// once, so an answer in flight finishes on the base it started with.
	base     atomic.Pointer[knowledge.Base]
	runtime  atomic.Pointer[Runtime]
	commands []Command
	byName   map[string]int
}

// Mode is how users reach the running bot, so that /help and /about offer
// only what works.
type Mode int

// The modes. The zero value is a gateway session, which answers everything.
const (
	// ModeGateway: a gateway session runs (perhaps beside the HTTP
	// endpoint): slash commands, buttons, DMs and mentions all reach the bot.
	ModeGateway Mode = iota
	// ModeHTTP: only the HTTP interactions endpoint runs. Slash commands
	// and buttons reach the bot; messages never do, so DMs and mentions go
	// unanswered.
	ModeHTTP
	// ModeTerminal: bot chat, where questions and slash forms are typed.
	ModeTerminal
)

// Runtime is what the running process offers, as /help and /about
// describe it.
type Runtime struct {
	Mode    Mode
	Version string // the bot's version, for /about; "" to leave it out
}

// SetRuntime tells the bot what the process runs: bot serve calls it with
// ModeHTTP when there is no gateway session. Without it the bot describes
// a gateway session.
func (b *Bot) SetRuntime(rt Runtime) { b.runtime.Store(&rt) }

// Runtime returns what SetRuntime last set.
func (b *Bot) Runtime() Runtime {
	if rt := b.runtime.Load(); rt != nil {
		return *rt
	}
	return Runtime{}
}

// New builds the command table over a fact base. Extra commands are appended
// to the table; tests use them to add, say, a deliberately slow command.
func New(base *knowledge.Base, extra ...Command) *Bot {
	b := &Bot{byName: map[string]int{}}
	b.base.Store(base)
	lookup := func(l knowledge.Lookup, option string) func(context.Context, Request) (Reply, error) {
		return func(_ context.Context, r Request) (Reply, error) {
			base := b.Base()
			q := r.Option(option)
			if q == "" {
				// Everything the look-up covers, in pages.
				return listPage(base, r.Command, l, 1), nil
			}
			a := base.Lookup(l, q)
			return Reply{Answer: &a}, nil
		}
	}
	b.commands = []Command{
		{
			Name: "ask", Description: "Ask anything about the junior doctors' strikes",
			Options: []Option{{Name: "question", Description: "Your question, e.g. when did the five-day strike start?", Required: true, MaxLength: MaxQuestionLen}},
			Example: "/ask question: when did the five-day strike start?",
			Run: func(_ context.Context, r Request) (Reply, error) {
				q := r.Option("question")
				if q == "" {
					return Reply{Title: "Ask a question", Text: "Type a question after /ask, for example: who is Mark Porter?", Ephemeral: true}, nil
				}
				a := b.Base().AnswerWith(q, r.FollowUp)
				return Reply{Answer: &a}, nil
			},
		},
		{
			Name: "who", Description: "Who is someone in the articles? Their role, side and words",
			Options: []Option{{Name: "name", Description: "A person or organisation, e.g. Mark Porter; empty lists everyone", Complete: knowledge.LookupWho}},
			Example: "/who name: Mark Porter",
			Run:     lookup(knowledge.LookupWho, "name"),
		},
		{
			Name: "when", Description: "When did it happen? Dates and times of the strikes",
			Options: []Option{{Name: "event", Description: "An event, e.g. start of the five-day walkout; empty lists them all", Complete: knowledge.LookupWhen}},
			Example: "/when event: start of the first all-out strike",
			Run:     lookup(knowledge.LookupWhen, "event"),
		},
		{
			Name: "where", Description: "Where did it happen? Hospitals and places in the articles",
			Options: []Option{{Name: "place", Description: "A place, e.g. Lewisham Hospital; empty lists them all", Complete: knowledge.LookupWhere}},
			Example: "/where place: Lewisham Hospital",
			Run:     lookup(knowledge.LookupWhere, "place"),
		},
		{
			Name: "poll", Description: "What did the polls find about public support?",
			Options: []Option{{Name: "topic", Description: "A poll or finding, e.g. Ipsos Mori; empty shows every poll", Complete: knowledge.LookupPoll}},
			Example: "/poll",
			Run:     lookup(knowledge.LookupPoll, "topic"),
		},
		{
			Name: "figures", Description: "The numbers: cancellations, pay percentages, counts",
			Options: []Option{{Name: "topic", Description: "A figure, e.g. cancelled appointments; empty lists them all", Complete: knowledge.LookupFigures}},
			Example: "/figures topic: cancelled appointments",
			Run:     lookup(knowledge.LookupFigures, "topic"),
		},
		{
			Name: "quote", Description: "What did they say? Notable quotes, attributed",
			Options: []Option{{Name: "topic", Description: "A speaker or subject, e.g. Hunt blackmail; empty lists them all", Complete: knowledge.LookupQuote}},
			Example: "/quote topic: Hunt blackmail",
			Run:     lookup(knowledge.LookupQuote, "topic"),
		},
		b.checkCommand(),
		{
			Name: "sources", Description: "The news articles every answer comes from",
			Example: "/sources",
			Run:     func(context.Context, Request) (Reply, error) { return b.sources(), nil },
		},
		{
			Name: "help", Description: "What strikebot can answer, and how to ask",
			Example: "/help",
			Run:     func(context.Context, Request) (Reply, error) { return b.help(), nil },
		},
		{
			Name: "about", Description: "What strikebot is, where its answers come from, and how to reach it",
			Example: "/about",
			Run:     func(context.Context, Request) (Reply, error) { return b.about(), nil },
		},
	}
	b.commands = append(b.commands, extra...)
	for i, c := range b.commands {
		b.byName[c.Name] = i
	}
	return b
}

// Base returns the fact base the bot answers from.
func (b *Bot) Base() *knowledge.Base { return b.base.Load() }

// SetBase replaces the fact base, as a reload does. Requests already being
// answered finish on the base they loaded.
func (b *Bot) SetBase(base *knowledge.Base) { b.base.Store(base) }

// Commands returns the command table, in the order /help lists it.
func (b *Bot) Commands() []Command { return b.commands }

// Command returns the named command.
func (b *Bot) Command(name string) (Command, bool) {
	i, ok := b.byName[name]
	if !ok {
		return Command{}, false
	}
	return b.commands[i], true
}

// ErrUnknownCommand is returned by Run for a name not in the table.
type ErrUnknownCommand string

func (e ErrUnknownCommand) Error() string { return fmt.Sprintf("unknown command %q", string(e)) }

// Run dispatches a request to its command's handler.
func (b *Bot) Run(ctx context.Context, req Request) (Reply, error) {
	c, ok := b.Command(req.Command)
	if !ok {
		return Reply{}, ErrUnknownCommand(req.Command)
	}
	return c.Run(ctx, req)
}

// Complete answers an autocomplete request for one option of a command.
func (b *Bot) Complete(command, option, partial string) []knowledge.Choice {
	c, ok := b.Command(command)
	if !ok {
		return nil
	}
	for _, o := range c.Options {
		if o.Name == option && o.Complete != "" {
			return b.Base().Complete(o.Complete, partial)
		}
	}
	return nil
}

// Ask answers a free-text question, as from a DM or a mention.
func (b *Bot) Ask(question string) Reply {
	a := b.Base().Answer(question)
	return Reply{Answer: &a}
}

// Fact answers with one fact, for the suggestion buttons.
func (b *Bot) Fact(id string) Reply {
	a := b.Base().Lookup(knowledge.LookupAny, id)
	return Reply{Answer: &a}
}

func (b *Bot) sources() Reply {
	r := Reply{Title: "Sources", Text: "Every answer comes from these news articles, cited by file name and line."}
	for _, a := range b.Base().Articles() {
		var v strings.Builder
		fmt.Fprintf(&v, "**%s**\n", escapeMarkdown(a.Title))
		if a.Publication != "" {
			fmt.Fprintf(&v, "Publisher: %s\n", escapeMarkdown(a.Publication))
		} else {
			v.WriteString("Publisher: not named in the text\n")
		}
		if a.Date != "" {
			fmt.Fprintf(&v, "Date: %s\n", a.Date)
		}
		if a.URL != "" {
			fmt.Fprintf(&v, "%s\n", link("Read the article", a.URL))
		}
		fmt.Fprintf(&v, "Dispute: %s · %d lines", a.Dispute, len(a.Lines))
		r.Fields = append(r.Fields, Field{Name: a.File, Value: v.String()})
	}
	return r
}

// howToAsk says, for the running mode, how to put a question to the bot.
func (b *Bot) howToAsk() string {
	switch b.Runtime().Mode {
	case ModeHTTP:
		return "Ask with the slash commands: in a server, in a DM with me or in a group DM. " +
			"Plain messages don't reach me here, so a DM or a mention gets no answer: use `/ask` instead."
	case ModeTerminal:
		return "Type a question, or a command such as `/who mark porter`; `/quit` ends."
	}
	return "Use the slash commands, DM me a question, or mention me in a channel: " +
		"`@strikebot when did the five-day strike start?`"
}

// offered reports whether the running mode offers c: a terminal cannot
// run a command on a Discord message.
func (b *Bot) offered(c Command) bool {
	return c.Type != MessageCommand || b.Runtime().Mode != ModeTerminal
}

// commandName is how users invoke c: /name, or from a message's Apps menu.
func commandName(c Command) string {
	if c.Type == MessageCommand {
		return "Apps › " + c.Name
	}
	return "/" + c.Name
}

// commandUse describes c for /help: what it does, who may use it, and an
// example.
func commandUse(c Command) string {
	desc := c.Description
	if c.Type == MessageCommand {
		how := "Open a message's menu, then Apps › " + c.Name + "."
		if desc != "" {
			how = desc + ". " + how
		}
		desc = how
	}
	if c.ManagerOnly {
		desc += " (server managers, in servers)"
	}
	if c.Example != "" {
		desc += "\n`" + c.Example + "`"
	}
	return desc
}

func (b *Bot) help() Reply {
	r := Reply{
		Title: "strikebot help",
		Text: "I answer questions about the UK junior doctors' strikes (" + b.Base().Scope() + "), " +
			"and cite the file and line of every answer. If the articles don't say, I say so.\n" + b.howToAsk(),
	}
	for _, c := range b.commands {
		if b.offered(c) {
			r.Fields = append(r.Fields, Field{Name: commandName(c), Value: commandUse(c)})
		}
	}
	return r
}

// about says what the bot is, where its answers come from and, for the
// running mode, how to reach it.
func (b *Bot) about() Reply {
	base := b.Base()
	rt := b.Runtime()
	r := Reply{
		Title: "About strikebot",
		Text: "strikebot answers questions about the UK junior doctors' strikes (" + base.Scope() + ") " +
			"from a curated fact base, never beyond it. Each of its " + strconv.Itoa(len(base.Facts())) +
			" facts is backed by a verbatim quote, checked against its article whenever the fact base loads, " +
			"and every answer cites the article's file and line. When the articles don't say, it says so rather than guess.",
	}
	reach := b.howToAsk()
	switch rt.Mode {
	case ModeGateway:
		reach += "\nIt answers as a reply, and ignores other bots and channel messages that don't mention it."
	case ModeHTTP:
		reach += "\nThis bot runs on Discord's HTTP interactions endpoint only, without a gateway session."
	}
	r.Fields = append(r.Fields, Field{Name: "How to ask", Value: reach})
	if rt.Mode != ModeTerminal {
		r.Fields = append(r.Fields, Field{Name: "Where", Value: "Its commands work in servers, in DMs with the bot and in group DMs, " +
			"for server and user installs. Nothing it sends can ping anyone."})
	}
	r.Fields = append(r.Fields, Field{Name: "Sources", Value: "`/sources` lists the news articles; **Show quotes** under an answer shows the quotes behind it."})
	if rt.Version != "" {
		r.Fields = append(r.Fields, Field{Name: "Version", Value: rt.Version, Inline: true})
	}
	return r
}
