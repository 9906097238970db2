package commands

import (
	"context"
	"fmt"
	"strconv"
	"strings"

	"github.com/strikebot/strikebot/internal/knowledge"
)

// "Check with the articles": a message command (the message's Apps menu)
// that checks the claims of any message against the articles. Its reply is
// ephemeral, so checking someone's message is private, with a "Share in
// channel" button that posts the result for everyone. The button carries
// all it needs in its custom id (the checked message's id and each claim's
// verdict and fact), so any replica answers it without state and without
// reading the clicked message.

// CheckCommand is the message command's name as Discord's Apps menu shows
// it (at most 32 characters).
const CheckCommand = "Check with the articles"

// customShare is the "Share in channel" button's custom id prefix, followed
// by the checked message's id, ":" and the claims (see shareID). Like the
// other prefixes it is part of sent messages and must not change.
const customShare = "share:"

// How a verdict is shown, and its letter in the share button's custom id.
var verdictShown = map[knowledge.Verdict]struct{ label, letter string }{
	knowledge.Supported:    {"✅ Supported", "s"},
	knowledge.Attributed:   {"🗣️ Only as someone's words", "a"},
	knowledge.Contradicted: {"❌ Contradicted", "c"},
	knowledge.NotCovered:   {"❔ The articles don't cover this", "n"},
}

// checkCommand is the command table's entry for the message command.
func (b *Bot) checkCommand() Command {
	return Command{
		Name: CheckCommand, Type: MessageCommand,
		Description: "Checks a message's claims against the articles: supported, contradicted or not covered, with sources",
		Example:     "Apps › " + CheckCommand + " on a message saying “apparently the BMA wants 35%”",
		Run: func(_ context.Context, r Request) (Reply, error) {
			return b.check(r), nil
		},
	}
}

// private reports whether a request's answer is only for the asker before
// it is computed, so that a slow one is acknowledged privately too: a
// message command's check is.
func (b *Bot) private(req Request) bool {
	c, ok := b.Command(req.Command)
	return req.Kind == KindCommand && ok && c.Type == MessageCommand
}

// check answers the message command: each claim of the target message,
// with what the articles say and their sources.
func (b *Bot) check(r Request) Reply {
	link := messageLink(r.GuildID, r.ChannelID, r.TargetID)
	if strings.TrimSpace(r.TargetText) == "" {
		return Reply{Title: "Nothing to check", Ephemeral: true,
			Text: "That message has no text I can read. I check what a message says against the articles; embeds and attachments I can't read."}
	}
	claims := b.Base().Check(r.TargetText)
	if len(claims) == 0 {
		return Reply{Title: "No claims to check", Ephemeral: true,
			Text: "I found no claim in " + link + " that the articles could settle: no figure, date, time or name they cover. " +
				"To ask about the strikes, use /ask."}
	}
	out := Reply{Title: "Checked with the articles", Ephemeral: true,
		Text: fmt.Sprintf("What the articles say about %s %s:", plural(len(claims), "claim"), "in "+link)}
	for _, c := range claims {
		out.Fields = append(out.Fields, Field{
			Name:  verdictShown[c.Verdict].label + ": “" + truncate(c.Text, 200) + "”",
			Value: claimValue(c),
		})
	}
	if id, ok := shareID(r.TargetID, claims); ok {
		out.Buttons = []Button{{Label: "Share in channel", CustomID: id}}
	}
	return out
}

// share answers the "Share in channel" button: the check, rebuilt from the
// custom id, posted for everyone.
func (b *Bot) share(_ context.Context, req *Request, arg string) (Response, error) {
	target, list, ok := strings.Cut(arg, ":")
	if !ok || list == "" {
		return Expired(), nil
	}
	out := Reply{Title: "What the articles say",
		Text: "A check of " + messageLink(req.GuildID, req.ChannelID, target) + " against the articles:"}
	for _, item := range strings.Split(list, ",") {
		v, ok := verdictOf(item)
		if !ok || v != knowledge.NotCovered && len(item) == 1 {
			return Expired(), nil // only "not covered" comes without a fact
		}
		c, ok := b.Base().FactClaim(v, item[1:])
		if !ok {
			return Expired(), nil
		}
		name := verdictShown[v].label
		if len(c.Facts) > 0 {
			if f, ok := b.Base().Fact(c.Facts[0]); ok {
				name += ": " + f.Title
			}
		}
		out.Fields = append(out.Fields, Field{Name: name, Value: claimValue(c)})
	}
	return reply(out), nil
}

// verdictOf reads a claim's verdict letter in a share button's custom id.
func verdictOf(item string) (knowledge.Verdict, bool) {
	for v, s := range verdictShown {
		if item != "" && item[:1] == s.letter {
			return v, true
		}
	}
	return "", false
}

// shareID is the share button's custom id: the target message's id and
// each claim's verdict letter and fact id ("a" + "figure-35-percent").
// Claims that do not fit Discord's 100 characters are left out, and
// without one that fits there is no button.
func shareID(target string, claims []knowledge.Claim) (string, bool) {
	id := customShare + target + ":"
	n := 0
	for _, c := range claims {
		item := verdictShown[c.Verdict].letter
		if len(c.Facts) > 0 && c.Verdict != knowledge.NotCovered {
			item += c.Facts[0]
		}
		if n > 0 {
			item = "," + item
		}
		if len(id)+len(item) > limitCustomID {
			break
		}
		id += item
		n++
	}
	return id, n > 0
}

// claimValue is a claim's field: the verdict in a sentence, what the
// articles say, and the sources.
func claimValue(c knowledge.Claim) string {
	var v strings.Builder
	note := c.Note
	if note == "" {
		note = noteFor(c)
	}
	v.WriteString(note)
	cites := citations(c.Sources, 3)
	// Leave room for the sources: they are what makes the check checkable.
	// Five claims of 900 characters fit one embed's 6,000.
	room := 900 - len(note) - len(cites) - 8
	if c.Said != "" && room > 40 {
		v.WriteString("\n> " + truncate(strings.ReplaceAll(c.Said, "\n\n", " "), room))
	}
	if cites != "" {
		v.WriteString("\n" + cites)
	}
	return v.String()
}

// noteFor is a shared claim's note, said without the claim's own words.
func noteFor(c knowledge.Claim) string {
	switch c.Verdict {
	case knowledge.Supported:
		return "The articles say so."
	case knowledge.Attributed:
		if c.Speaker != "" {
			return "The articles give it only as " + c.Speaker + "'s words."
		}
		return "The articles give it only as someone's words."
	case knowledge.Contradicted:
		return "The articles say otherwise."
	}
	return "The articles don't cover this claim."
}

// citations lists up to n sources as file:line.
func citations(sources []knowledge.Source, n int) string {
	var out []string
	for i, s := range sources {
		if i == n {
			out = append(out, "…")
			break
		}
		out = append(out, "`"+citation(s)+"`")
	}
	return strings.Join(out, " · ")
}

// messageLink links to a message, in a server or a DM; "that message" when
// its id is not known.
func messageLink(guildID, channelID, messageID string) string {
	if channelID == "" || messageID == "" || !IsSnowflake(channelID) || !IsSnowflake(messageID) || guildID != "" && !IsSnowflake(guildID) {
		return "that message"
	}
	if guildID == "" {
		guildID = "@me"
	}
	return "[that message](https://discord.com/channels/" + guildID + "/" + channelID + "/" + messageID + ")"
}

// IsSnowflake reports whether s is a Discord id: the decimal digits of an
// unsigned 64-bit number. Only such ids are put into links and custom ids,
// or taken from them and from the configuration.
func IsSnowflake(s string) bool {
	_, err := strconv.ParseUint(s, 10, 64)
	return err == nil
}

// plural is "1 claim" or "3 claims".
func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return strconv.Itoa(n) + " " + word + "s"
}
