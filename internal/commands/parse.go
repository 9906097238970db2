package commands

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// Text answers a line of text as a person would type it to the bot: a
// slash form ("/who hunt") runs that command, anything else is a question.
// The terminal and DMs share it.
func (b *Bot) Text(ctx context.Context, text, userID string) (Reply, error) {
	return b.TextWith(ctx, text, userID, nil)
}

// TextWith is Text in a conversation: a question, or /ask, is read in
// talk, the context of the answer it follows up (nil for none).
func (b *Bot) TextWith(ctx context.Context, text, userID string, talk *knowledge.Context) (Reply, error) {
	if req, ok := b.ParseSlash(text); ok {
		req.UserID, req.FollowUp = userID, talk
		return b.Run(ctx, req)
	}
	if name, ok := slashName(text); ok {
		return Reply{Title: "Unknown command", Text: fmt.Sprintf("There is no /%s command. /help lists the commands, or just ask a question.", truncate(name, 32)), Error: true}, nil
	}
	a := b.Base().AnswerWith(text, talk)
	return Reply{Answer: &a}, nil
}

// slashName reads "/nope hunt" as an attempt at a command named "nope":
// a slash followed at once by a letter.
func slashName(text string) (string, bool) {
	text = strings.TrimSpace(text)
	if len(text) < 2 || text[0] != '/' || !unicode.IsLetter(rune(text[1])) {
		return "", false
	}
	name, _, _ := strings.Cut(text[1:], " ")
	return name, true
}

// ParseSlash reads "/who mark porter" as the who command with its first
// option set to "mark porter". It reports false for text that is not a
// known slash command.
func (b *Bot) ParseSlash(text string) (Request, bool) {
	text = strings.TrimSpace(text)
	if !strings.HasPrefix(text, "/") {
		return Request{}, false
	}
	name, rest, _ := strings.Cut(text[1:], " ")
	c, ok := b.Command(strings.ToLower(name))
	if !ok {
		return Request{}, false
	}
	req := Request{Kind: KindCommand, Command: c.Name, Options: map[string]string{}}
	rest = strings.TrimSpace(rest)
	if len(c.Options) > 0 && rest != "" {
		// "/ask question: when …" as Discord shows it, or plainly "/ask when …"
		rest = strings.TrimSpace(strings.TrimPrefix(rest, c.Options[0].Name+":"))
		req.Options[c.Options[0].Name] = rest
	}
	return req, true
}
