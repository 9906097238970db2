package commands

import (
	"context"
	"fmt"
	"strings"
)

// ComponentFunc answers a button press; arg is the part of the custom id
// that the route's pattern names in braces.
type ComponentFunc func(ctx context.Context, req *Request, arg string) (Response, error)

// ComponentRouter sends button presses to handlers by the pattern of their
// custom id, e.g. "quotes:{ids}". A custom id no route matches, or one whose
// handler no longer finds what it names, is a button from an older version
// of the bot or fact base: it gets a polite "this button has expired".
type ComponentRouter struct {
	routes []componentRoute
}

type componentRoute struct {
	prefix  string
	handler ComponentFunc
}

// Handle adds a route. The pattern is a literal prefix followed by one
// {name} placeholder that takes the rest of the custom id, e.g. "fact:{id}".
// It panics on a pattern without a trailing placeholder, a programming error.
func (cr *ComponentRouter) Handle(pattern string, h ComponentFunc) {
	open := strings.IndexByte(pattern, '{')
	if open < 0 || !strings.HasSuffix(pattern, "}") || strings.ContainsAny(pattern[open+1:len(pattern)-1], "{}") {
		panic(fmt.Sprintf("commands: component pattern %q must end in one {placeholder}", pattern))
	}
	cr.routes = append(cr.routes, componentRoute{prefix: pattern[:open], handler: h})
}

// Route answers req by the first route whose prefix its custom id has.
func (cr *ComponentRouter) Route(ctx context.Context, req *Request) (Response, error) {
	for _, r := range cr.routes {
		if arg, ok := strings.CutPrefix(req.CustomID, r.prefix); ok && arg != "" {
			return r.handler(ctx, req, arg)
		}
	}
	return Expired(), nil
}

// Expired is the answer to a button the bot no longer knows: ephemeral,
// polite, and logged at info, since old messages keep their buttons.
func Expired() Response {
	return Response{Type: RespondReply, Outcome: OutcomeExpired,
		Reply: Reply{Title: "Button expired", Text: msgExpired, Ephemeral: true}}
}

// The custom ids of the buttons Render adds. The prefixes are part of every
// message the bot has sent, so they must not change.
const (
	customQuotes = "quotes:" // followed by fact ids joined by commas
	customFact   = "fact:"   // followed by one fact id
)

// componentRoutes are the bot's buttons: "Show quotes" under an answer, and
// a suggested fact when the articles did not say. Both answer ephemerally.
// (The feedback buttons are the Handler's: see feedbackRoutes.)
func (b *Bot) componentRoutes() *ComponentRouter {
	cr := &ComponentRouter{}
	cr.Handle(customQuotes+"{ids}", func(_ context.Context, _ *Request, ids string) (Response, error) {
		a := b.Base().Quotes(strings.Split(ids, ","))
		if !a.Found {
			return Expired(), nil
		}
		return reply(Reply{Answer: &a, ShowQuotes: true, Ephemeral: true}), nil
	})
	cr.Handle(customFact+"{id}", func(_ context.Context, _ *Request, id string) (Response, error) {
		if _, ok := b.Base().Fact(id); !ok {
			return Expired(), nil
		}
		// For the presser alone, like "Show quotes": the channel saw the
		// answer once, and clicks must not fill it with more.
		r := b.Fact(id)
		r.Ephemeral = true
		return reply(r), nil
	})
	cr.Handle(customPage+"{command:page}", b.pageButton)
	cr.Handle(customShare+"{claims}", b.share)
	return cr
}
