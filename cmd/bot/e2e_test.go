package main

import (
	"fmt"
	"net/http/httptest"
	"net/http/httputil"
	"net/url"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync/atomic"
	"syscall"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/store"
)

// End-to-end tests: the real bot serve, in-process through run and as a
// built binary, against the fake Discord in internal/discordtest, which
// validates every REST body the bot sends against Discord's OpenAPI spec.

// heartbeat is the fake's heartbeat interval: short, so that a test sees
// heartbeats without waiting long, but not much under a second, because
// discordgo counts five intervals without an ACK from HELLO on, and a slow
// READY on a loaded machine would otherwise look like a zombie connection.
const heartbeat = time.Second

type mutator = func(map[string]any)

func with(ms ...mutator) mutator {
	return func(m map[string]any) {
		for _, f := range ms {
			f(m)
		}
	}
}

// userIDs hands each test case its own user, so the per-user rate limit
// of one case does not leak into the next.
var userIDs atomic.Int64

func newUser() string { return fmt.Sprint(900000000000000000 + userIDs.Add(1)) }

// asUser makes an interaction or message come from user id.
func asUser(id string) mutator {
	return func(m map[string]any) {
		for _, k := range []string{"user", "author"} {
			if u, ok := m[k].(map[string]any); ok {
				u["id"] = id
			}
		}
		if mem, ok := m["member"].(map[string]any); ok {
			if u, ok := mem["user"].(map[string]any); ok {
				u["id"] = id
			}
		}
	}
}

// slash turns an interaction fixture into /name with string options given
// as name, value pairs.
func slash(name string, opts ...string) mutator {
	return func(m map[string]any) {
		var options []any
		for i := 0; i+1 < len(opts); i += 2 {
			options = append(options, map[string]any{"name": opts[i], "type": 3, "value": opts[i+1]})
		}
		d := map[string]any{"id": discordtest.FixtureCommandID, "name": name, "type": 1}
		if options != nil {
			d["options"] = options
		}
		m["data"] = d
	}
}

// typing turns the autocomplete fixture into typing value into option of
// command.
func typing(command, option, value string) mutator {
	return func(m map[string]any) {
		m["data"] = map[string]any{"id": discordtest.FixtureCommandID, "name": command, "type": 1,
			"options": []any{map[string]any{"name": option, "type": 3, "value": value, "focused": true}}}
	}
}

// press makes the button fixture a press of the button customID.
func press(customID string) mutator {
	return func(m map[string]any) {
		m["data"] = map[string]any{"component_type": 2, "custom_id": customID}
	}
}

func content(text string) mutator { return func(m map[string]any) { m["content"] = text } }

// data returns a type 4 response's message data.
func msgData(t *testing.T, resp map[string]any) map[string]any {
	t.Helper()
	if resp["type"] != int64(4) {
		t.Fatalf("response type %v, want 4 (a message): %v", resp["type"], resp)
	}
	d, ok := resp["data"].(map[string]any)
	if !ok {
		t.Fatalf("response without data: %v", resp)
	}
	return d
}

func list(v any) []map[string]any {
	raw, _ := v.([]any)
	var out []map[string]any
	for _, x := range raw {
		if m, ok := x.(map[string]any); ok {
			out = append(out, m)
		}
	}
	return out
}

// embed returns the message's only embed.
func embed(t *testing.T, msg map[string]any) map[string]any {
	t.Helper()
	es := list(msg["embeds"])
	if len(es) != 1 {
		t.Fatalf("%d embeds, want 1: %v", len(es), msg)
	}
	return es[0]
}

func str(v any) string { s, _ := v.(string); return s }

// text is everything an embed shows, for matching.
func text(e map[string]any) string {
	var b strings.Builder
	b.WriteString(str(e["title"]) + "\n" + str(e["description"]) + "\n")
	for _, f := range list(e["fields"]) {
		b.WriteString(str(f["name"]) + "\n" + str(f["value"]) + "\n")
	}
	return b.String()
}

// buttons returns the custom ids of a message's buttons.
func buttons(msg map[string]any) []string {
	var ids []string
	for _, row := range list(msg["components"]) {
		for _, c := range list(row["components"]) {
			ids = append(ids, str(c["custom_id"]))
		}
	}
	return ids
}

// buttonWith is the custom id of msg's first button whose id begins with
// prefix, or "".
func buttonWith(msg map[string]any, prefix string) string {
	for _, b := range buttons(msg) {
		if strings.HasPrefix(b, prefix) {
			return b
		}
	}
	return ""
}

func runes(s string) int { return utf8.RuneCountInString(s) }

// checkMessage checks what every message the bot sends must satisfy:
// allowed_mentions with an empty parse list (nothing can ping), and
// Discord's length limits.
func checkMessage(t *testing.T, what string, msg map[string]any) {
	t.Helper()
	am, _ := msg["allowed_mentions"].(map[string]any)
	if p, ok := am["parse"].([]any); !ok || len(p) != 0 {
		t.Errorf("%s: allowed_mentions = %v, want {parse: []}", what, msg["allowed_mentions"])
	}
	if n := runes(str(msg["content"])); n > 2000 {
		t.Errorf("%s: content has %d characters", what, n)
	}
	for _, e := range list(msg["embeds"]) {
		total := runes(str(e["title"])) + runes(str(e["description"]))
		if runes(str(e["title"])) > 256 || runes(str(e["description"])) > 4096 {
			t.Errorf("%s: embed title %d / description %d characters", what, runes(str(e["title"])), runes(str(e["description"])))
		}
		fields := list(e["fields"])
		if len(fields) > 25 {
			t.Errorf("%s: %d fields", what, len(fields))
		}
		for _, f := range fields {
			if runes(str(f["name"])) > 256 || runes(str(f["value"])) > 1024 {
				t.Errorf("%s: field of %d/%d characters", what, runes(str(f["name"])), runes(str(f["value"])))
			}
			total += runes(str(f["name"])) + runes(str(f["value"]))
		}
		if ft, ok := e["footer"].(map[string]any); ok {
			if runes(str(ft["text"])) > 2048 {
				t.Errorf("%s: footer of %d characters", what, runes(str(ft["text"])))
			}
			total += runes(str(ft["text"]))
		}
		if total > 6000 {
			t.Errorf("%s: embed of %d characters in all", what, total)
		}
	}
}

// hostile is what a troll would send: mass pings, zalgo and markdown, 5000
// characters in all.
func hostile() string {
	zalgo := "H\u0338\u0321\u032a\u032f\u0368\u034a\u033d\u0305\u033e\u030eE\u0328\u032c\u0329\u033e\u035b\u036a\u0344 C\u0337\u0359\u0332\u031dO\u036e\u034fM\u0332\u0316\u034aE\u0334\u031fS"
	unit := "@everyone @here <@80351110224678912> <@&1098730125362266190> " + zalgo +
		" **bold** __under__ ~~strike~~ `code` ```js\nalert(1)``` [click](https://evil.example) || spoiler || # heading\n> quote "
	s := strings.Repeat(unit, 5000/len([]rune(unit))+1)
	return string([]rune(s)[:5000])
}

func TestServeGatewayE2E(t *testing.T) {
	// Privileged intents are enforced as Discord does, with none granted.
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat), discordtest.WithPrivilegedIntents(0))
	ctx := testCtx(t)
	bot := startServe(t, baseEnv(srv))
	srv.WaitReady(ctx)
	srv.WaitHeartbeats(ctx, 2)

	t.Run("start-up log", func(t *testing.T) {
		rec := bot.stderr.waitRecord(t, ctx, "invite URL", func(r map[string]any) bool { return strings.Contains(str(r["url"]), "oauth2/authorize") })
		u, err := url.Parse(str(rec["url"]))
		if err != nil || u.Query().Get("client_id") != srv.ApplicationID() || u.Query().Get("scope") != "bot applications.commands" {
			t.Errorf("invite URL %q", rec["url"])
		}
		if strings.Contains(bot.stderr.String(), srv.Token()) {
			t.Error("the token appears in the log")
		}
	})

	t.Run("identify", func(t *testing.T) {
		id := srv.WaitIdentify(ctx)
		const want = 1<<0 | 1<<9 | 1<<12 // GUILDS | GUILD_MESSAGES | DIRECT_MESSAGES
		if !id.HasIntents || id.Intents != want {
			t.Errorf("IDENTIFY intents = %d, want %d (GUILDS|GUILD_MESSAGES|DIRECT_MESSAGES, nothing privileged)", id.Intents, want)
		}
		if id.Token != "Bot "+srv.Token() {
			t.Error("IDENTIFY token is not the configured one")
		}
	})

	t.Run("registration", func(t *testing.T) {
		srv.WaitCommands(ctx, "")
		var put *discordtest.Request
		for _, r := range srv.Requests() {
			if r.Method == "PUT" && r.Operation == "PUT /applications/{application_id}/commands" {
				put = &r
			}
		}
		if put == nil {
			t.Fatal("no bulk overwrite of the global commands")
		}
		if put.ValidationError != nil {
			t.Fatalf("registration body is not valid against the spec: %v", put.ValidationError)
		}
		cmds, _ := put.JSON.([]any)
		var names []string
		for _, c := range cmds {
			cm := c.(map[string]any)
			names = append(names, str(cm["name"]))
			// A message command (type 3) must have none; a slash command one.
			if message := fmt.Sprint(cm["type"]) == "3"; (str(cm["description"]) == "") != message {
				t.Errorf("%s (type %v) has description %q", cm["name"], cm["type"], cm["description"])
			}
			if fmt.Sprint(cm["contexts"]) != "[0 1 2]" || fmt.Sprint(cm["integration_types"]) != "[0 1]" {
				t.Errorf("/%s contexts %v integration_types %v, want [0 1 2] and [0 1]", cm["name"], cm["contexts"], cm["integration_types"])
			}
			for _, o := range list(cm["options"]) {
				if str(o["description"]) == "" {
					t.Errorf("/%s %s has no description", cm["name"], o["name"])
				}
			}
		}
		slices.Sort(names)
		want := tableNames(t)
		slices.Sort(want)
		if !slices.Contains(want, "about") || !slices.Equal(names, want) {
			t.Errorf("registered %v, want %v", names, want)
		}
	})

	t.Run("commands", func(t *testing.T) {
		cases := []struct {
			name string
			opts []string
			want string // in the embed
			cite bool
		}{
			{"ask", []string{"question", "when did the five-day strike start?"}, "", true},
			{"who", []string{"name", "Mark Porter"}, "Porter", true},
			{"when", []string{"event", "start of the five-day walkout"}, "", true},
			{"when", nil, "", true},
			{"where", []string{"place", "Downing Street"}, "", true},
			{"poll", nil, "", true},
			{"figures", []string{"topic", "cancelled appointments"}, "", true},
			{"quote", []string{"topic", "Hunt"}, "", true},
			{"sources", nil, "000_73b2b942d9bd6961.txt", false},
			{"help", nil, "/who", false},
		}
		for _, c := range cases {
			t.Run(c.name+" "+strings.Join(c.opts, " "), func(t *testing.T) {
				id := srv.SendInteraction(discordtest.InteractionWho, with(slash(c.name, c.opts...), asUser(newUser())))
				d := msgData(t, srv.WaitInteractionResponse(ctx, id))
				checkMessage(t, "/"+c.name, d)
				txt := text(embed(t, d))
				if c.cite && !citation.MatchString(txt) {
					t.Errorf("/%s cites no file:line:\n%s", c.name, txt)
				}
				if !strings.Contains(txt, c.want) {
					t.Errorf("/%s lacks %q:\n%s", c.name, c.want, txt)
				}
			})
		}
		t.Run("in a DM", func(t *testing.T) {
			id := srv.SendInteraction(discordtest.InteractionWhoDM, with(slash("who", "name", "Jeremy Hunt"), asUser(newUser())))
			d := msgData(t, srv.WaitInteractionResponse(ctx, id))
			checkMessage(t, "/who in a DM", d)
			if txt := text(embed(t, d)); !strings.Contains(txt, "Hunt") || !citation.MatchString(txt) {
				t.Errorf("/who in a DM:\n%s", txt)
			}
		})
	})

	t.Run("autocomplete", func(t *testing.T) {
		for _, c := range []struct{ command, option, typed string }{
			{"who", "name", "Jer"}, {"who", "name", ""}, {"who", "name", "qqqzzzxxx"},
			{"when", "event", "five"}, {"poll", "topic", ""}, {"quote", "topic", "hun"},
		} {
			id := srv.SendInteraction(discordtest.InteractionAutocompleteWho, with(typing(c.command, c.option, c.typed), asUser(newUser())))
			resp := srv.WaitInteractionResponse(ctx, id)
			if resp["type"] != int64(8) {
				t.Errorf("/%s %q: response type %v, want 8", c.command, c.typed, resp["type"])
				continue
			}
			d, _ := resp["data"].(map[string]any)
			choices := list(d["choices"])
			if len(choices) < 1 || len(choices) > 25 {
				t.Errorf("/%s %q: %d choices, want 1-25", c.command, c.typed, len(choices))
			}
			for _, ch := range choices {
				if n, v := runes(str(ch["name"])), runes(str(ch["value"])); n < 1 || n > 100 || v < 1 || v > 100 {
					t.Errorf("/%s %q: choice %v out of limits", c.command, c.typed, ch)
				}
			}
		}
	})

	t.Run("buttons", func(t *testing.T) {
		user := newUser()
		id := srv.SendInteraction(discordtest.InteractionWho, with(slash("who", "name", "Mark Porter"), asUser(user)))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		quotes := buttonWith(d, "quotes:")
		if quotes == "" {
			t.Fatalf("no Show quotes button: %v", d["components"])
		}
		id = srv.SendInteraction(discordtest.InteractionButton, with(press(quotes), asUser(user)))
		q := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "Show quotes", q)
		if q["flags"] != int64(64) {
			t.Errorf("quotes are not ephemeral: flags %v", q["flags"])
		}
		fields := list(embed(t, q)["fields"])
		if len(fields) == 0 || !citation.MatchString(str(fields[0]["name"])) || !strings.HasPrefix(str(fields[0]["value"]), "> ") {
			t.Errorf("quotes embed fields %v, want file:line names with quoted text", fields)
		}

		// Not found: suggestions as buttons, each a fact to ask about.
		id = srv.SendInteraction(discordtest.InteractionWho, with(slash("ask", "question", "what is the capital of france?"), asUser(user)))
		d = msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "not found", d)
		fact := buttonWith(d, "fact:")
		if fact == "" {
			t.Fatalf("no suggestion button on a not-found answer: %v", d)
		}
		id = srv.SendInteraction(discordtest.InteractionButton, with(press(fact), asUser(user)))
		a := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "suggestion", a)
		if !citation.MatchString(text(embed(t, a))) {
			t.Errorf("suggestion %s answered without a citation:\n%s", fact, text(embed(t, a)))
		}

		id = srv.SendInteraction(discordtest.InteractionButton, with(press("fact:no-such-fact"), asUser(user)))
		x := msgData(t, srv.WaitInteractionResponse(ctx, id))
		if !strings.Contains(text(embed(t, x)), "expired") || x["flags"] != int64(64) {
			t.Errorf("stale button: %v", x)
		}
	})

	t.Run("message command", func(t *testing.T) {
		// "Check with the articles" on a message saying "apparently the
		// BMA wants 35% lol": privately, the 35% is Barclay's words in 002.
		user := newUser()
		id := srv.SendInteraction(discordtest.InteractionMessageCommand, with(asUser(user)))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "check", d)
		txt := text(embed(t, d))
		if d["flags"] != int64(64) || !strings.Contains(txt, "002_27ed4c5538eb03e9.txt:") || !strings.Contains(txt, "Barclay") {
			t.Fatalf("check: flags %v, want an ephemeral check citing 002 and Barclay:\n%s", d["flags"], txt)
		}
		share := buttonWith(d, "share:")
		if share == "" {
			t.Fatalf("no Share in channel button: %v", d["components"])
		}
		id = srv.SendInteraction(discordtest.InteractionButton, with(press(share), asUser(user)))
		p := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "shared check", p)
		if p["flags"] == int64(64) || !strings.Contains(text(embed(t, p)), "002_27ed4c5538eb03e9.txt:") {
			t.Errorf("shared check: flags %v, want a public post citing 002:\n%s", p["flags"], text(embed(t, p)))
		}
	})

	t.Run("messages", func(t *testing.T) {
		user := newUser()
		q := srv.SendMessage(discordtest.MessageCreateDM, with(asUser(user), content("when did the five-day strike start?")))
		reply := srv.WaitChannelMessage(ctx, discordtest.FixtureDMChannelID)
		checkMessage(t, "DM answer", reply)
		if ref, _ := reply["message_reference"].(map[string]any); str(ref["message_id"]) != q {
			t.Errorf("DM answer does not reply to the question: %v", reply["message_reference"])
		}
		if !citation.MatchString(text(embed(t, reply))) {
			t.Errorf("DM answer cites nothing:\n%s", text(embed(t, reply)))
		}

		// Ignored: another bot, the bot itself, a guild message that does
		// not mention it, an empty DM. The mention after them is the next
		// (and, checked at the end, only) message in the channel.
		srv.SendMessage(discordtest.MessageCreateBot, nil)
		srv.SendMessage(discordtest.MessageCreateMention, with(
			func(m map[string]any) {
				m["author"] = map[string]any{"id": srv.BotUserID(), "username": "strikebot", "discriminator": "0", "bot": true}
			}))
		srv.SendMessage(discordtest.MessageCreateMention, with(asUser(newUser()), content("who is Mark Porter?"),
			func(m map[string]any) { m["mentions"] = []any{} }))
		srv.SendMessage(discordtest.MessageCreateDM, with(asUser(newUser()), content("   ")))
		q = srv.SendMessage(discordtest.MessageCreateMention, asUser(newUser()))
		reply = srv.WaitChannelMessage(ctx, discordtest.FixtureChannelID)
		checkMessage(t, "mention answer", reply)
		if ref, _ := reply["message_reference"].(map[string]any); str(ref["message_id"]) != q {
			t.Errorf("first message in the channel answers %v, want the mention %s (something ignored was answered)", reply["message_reference"], q)
		}
	})

	t.Run("hostile input", func(t *testing.T) {
		evil := hostile()
		id := srv.SendInteraction(discordtest.InteractionWho, with(slash("ask", "question", evil), asUser(newUser())))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "/ask hostile", d)
		id = srv.SendInteraction(discordtest.InteractionAutocompleteWho, with(typing("who", "name", evil), asUser(newUser())))
		if resp := srv.WaitInteractionResponse(ctx, id); resp["type"] != int64(8) || len(list(resp["data"].(map[string]any)["choices"])) == 0 {
			t.Errorf("autocomplete of hostile text: %v", resp)
		}
		srv.SendMessage(discordtest.MessageCreateDM, with(asUser(newUser()), content(evil)))
		checkMessage(t, "DM hostile", srv.WaitChannelMessage(ctx, discordtest.FixtureDMChannelID))
		srv.SendMessage(discordtest.MessageCreateMention, with(asUser(newUser()), content("<@"+srv.BotUserID()+"> "+evil)))
		checkMessage(t, "mention hostile", srv.WaitChannelMessage(ctx, discordtest.FixtureChannelID))
	})

	t.Run("rate limit", func(t *testing.T) {
		user := newUser()
		var ids []string
		for range 8 {
			ids = append(ids, srv.SendInteraction(discordtest.InteractionWho, with(slash("who", "name", "Hunt"), asUser(user))))
		}
		limited := 0
		for _, id := range ids {
			d := msgData(t, srv.WaitInteractionResponse(ctx, id))
			if strings.Contains(text(embed(t, d)), "faster than I can answer") {
				limited++
				if d["flags"] != int64(64) {
					t.Errorf("rate-limit reply is not ephemeral")
				}
			}
		}
		// 5 at once, then one every 2 s: 8 in a burst leave at least 2 out.
		if limited < 2 || limited > 3 {
			t.Errorf("%d of 8 rapid questions rate-limited, want 3 (2 if the clock ticked past a refill)", limited)
		}
		// Another user is not affected.
		id := srv.SendInteraction(discordtest.InteractionWho, with(slash("who", "name", "Hunt"), asUser(newUser())))
		if txt := text(embed(t, msgData(t, srv.WaitInteractionResponse(ctx, id)))); strings.Contains(txt, "faster") {
			t.Error("another user was rate-limited too")
		}
	})

	t.Run("health and metrics", func(t *testing.T) {
		if code, body := get(t, bot.health+"/healthz"); code != 200 || body != "ok\n" {
			t.Errorf("/healthz = %d %q", code, body)
		}
		if code, _ := get(t, bot.health+"/readyz"); code != 200 {
			t.Errorf("/readyz = %d, want 200 while READY", code)
		}
		m := metricValues(t, bot.health)
		for series, min := range map[string]float64{
			`strikebot_questions_total{command="who",outcome="answered"}`:          3,
			`strikebot_questions_total{command="ask",outcome="not_found"}`:         1,
			`strikebot_questions_total{command="who",outcome="rate_limited"}`:      2,
			`strikebot_questions_total{command="message",outcome="answered"}`:      2,
			`strikebot_questions_total{command="autocomplete",outcome="answered"}`: 6,
			`strikebot_questions_total{command="button",outcome="answered"}`:       2,
			`strikebot_unanswered_total`:                                           1,
			`strikebot_answer_latency_seconds_count`:                               10,
			`strikebot_answer_latency_seconds_bucket{le="+Inf"}`:                   10,
			`strikebot_gateway_ready`:                                              1,
		} {
			if m[series] < min {
				t.Errorf("%s = %v, want at least %v", series, m[series], min)
			}
		}
		if m["strikebot_gateway_reconnects_total"] != 0 {
			t.Errorf("reconnects = %v before any drop", m["strikebot_gateway_reconnects_total"])
		}
	})

	t.Run("resume after a dropped connection", func(t *testing.T) {
		session := srv.SessionID()
		srv.DropConnection()
		missed := srv.SendInteraction(discordtest.InteractionWho, asUser(newUser()))
		waitStatus(t, ctx, bot.health+"/readyz", 503)
		r := srv.WaitResume(ctx)
		if !r.Accepted || r.SessionID != session {
			t.Errorf("RESUME %+v, want session %s resumed", r, session)
		}
		d := msgData(t, srv.WaitInteractionResponse(ctx, missed))
		checkMessage(t, "replayed interaction", d)
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		if m := metricValues(t, bot.health); m["strikebot_gateway_reconnects_total"] != 1 || m["strikebot_gateway_ready"] != 1 {
			t.Errorf("after resume: reconnects %v, ready %v, want 1 and 1", m["strikebot_gateway_reconnects_total"], m["strikebot_gateway_ready"])
		}
		if n := len(srv.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs, want 1: a dropped connection must resume", n)
		}
		// Still answering on the resumed session.
		id := srv.SendInteraction(discordtest.InteractionWho, asUser(newUser()))
		msgData(t, srv.WaitInteractionResponse(ctx, id))
	})

	// Discord's gateway rules (see package discordtest): resume on
	// resume_gateway_url, never end the session with 1000/1001 by accident.
	t.Run("resume URL after op 7 and a 4000 close", func(t *testing.T) {
		before := len(srv.Resumes())
		srv.SendReconnect()
		srv.WaitResumeN(ctx, before+1)
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		srv.CloseWith(discordtest.CloseUnknownError, "Unknown error.")
		srv.WaitResumeN(ctx, before+2)
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		for _, r := range srv.Resumes()[before:] {
			if !r.Accepted || !r.OnResumeURL {
				t.Errorf("RESUME %+v, want it accepted on resume_gateway_url", r)
			}
		}
		id := srv.SendInteraction(discordtest.InteractionWho, asUser(newUser()))
		msgData(t, srv.WaitInteractionResponse(ctx, id))
	})

	t.Run("zombie connection", func(t *testing.T) {
		before := len(srv.Resumes())
		srv.SetHeartbeatAcks(false)
		off := time.Now()
		waitStatus(t, ctx, bot.health+"/readyz", 503)
		noticed := time.Now()
		srv.SetHeartbeatAcks(true)
		// Timed from the connection's first heartbeat left without an
		// ACK, when it became a zombie: timed from off, the bound also
		// covered the wait for that heartbeat, up to an interval.
		if u := srv.UnackedHeartbeats(); len(u) == 0 || u[0].Before(off) {
			t.Errorf("un-ACKed heartbeats %v, want the first after %v", u, off)
		} else if took := noticed.Sub(u[0]); took > 2*heartbeat {
			t.Errorf("zombie connection noticed %v after its first un-ACKed heartbeat, want within two heartbeat intervals", took)
		}
		r := srv.WaitResumeN(ctx, before+1)
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		if !r.Accepted || !r.OnResumeURL {
			t.Errorf("RESUME %+v, want it accepted on resume_gateway_url", r)
		}
		if codes := srv.ClientCloseCodes(); codes[len(codes)-1] != 4000 {
			t.Errorf("client close codes %v, want the zombie closed with 4000", codes)
		}
		if n := len(srv.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs, want 1: a zombie connection must resume", n)
		}
	})

	t.Run("invalid session", func(t *testing.T) {
		srv.SendInvalidSession(false)
		srv.WaitIdentifyN(ctx, 2)
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		id := srv.SendInteraction(discordtest.InteractionWho, asUser(newUser()))
		msgData(t, srv.WaitInteractionResponse(ctx, id))
	})

	// What Discord may answer to an interaction's callback: the bot logs it
	// once, never with the interaction token, and goes on answering.
	t.Run("callback failures", func(t *testing.T) {
		callback := func(m map[string]any) string { return fmt.Sprintf("/interactions/%s/%s/callback", m["id"], m["token"]) }
		var tokens []string
		for _, tc := range []struct {
			name string
			fail func(m map[string]any)
		}{
			{"429", func(m map[string]any) { srv.FailNextRateLimited("POST", callback(m), 20*time.Second, false) }},
			{"5xx", func(m map[string]any) {
				for range 4 {
					srv.FailNext("POST", callback(m), 502, "")
				}
			}},
			{"after the 3 s window", func(m map[string]any) {
				m["id"] = srv.SnowflakeAt(time.Now().Add(-4 * time.Second))
			}},
		} {
			id := srv.SendInteraction(discordtest.InteractionWho, with(asUser(newUser()), tc.fail))
			tokens = append(tokens, srv.InteractionToken(id))
			bot.stderr.waitRecord(t, ctx, tc.name, func(r map[string]any) bool {
				return r["msg"] == "delivering interaction response failed" && r["interaction"] == id
			})
			if _, ok := srv.InteractionResponse(id); ok {
				t.Errorf("%s: the callback got through", tc.name)
			}
		}
		id := srv.SendInteraction(discordtest.InteractionWho, asUser(newUser()))
		msgData(t, srv.WaitInteractionResponse(ctx, id))
		for _, tok := range tokens {
			if tok == "" || strings.Contains(bot.stderr.String(), tok) {
				t.Errorf("an interaction token (%.12s…) is in the log", tok)
			}
		}
	})

	t.Run("shutdown", func(t *testing.T) {
		// The close code is the point: stop a connected session, not one
		// still resuming after the tests above.
		waitStatus(t, ctx, bot.health+"/readyz", 200)
		// And settled: one heartbeat acknowledged on the connection the
		// tests above left, so that nothing of theirs is still in flight.
		srv.WaitHeartbeats(ctx, srv.Heartbeats()+1)
		start := time.Now()
		if err := bot.stop(); err != nil {
			t.Errorf("run after SIGTERM = %v, want nil (exit 0)", err)
		}
		if d := time.Since(start); d > 5*time.Second {
			t.Errorf("shutdown took %v, want under 5s", d)
		}
		if codes := srv.ClientCloseCodes(); len(codes) == 0 || codes[len(codes)-1] != 1000 {
			t.Errorf("close codes %v, want the gateway closed with 1000", codes)
		}
		bot.stderr.waitRecord(t, ctx, "stopped", func(r map[string]any) bool { return r["msg"] == "stopped" })
	})

	// Everything the bot sent, now that it has stopped and drained.
	t.Run("every message", func(t *testing.T) {
		if n := len(srv.ChannelMessages(discordtest.FixtureChannelID)); n != 2 {
			t.Errorf("%d messages in the guild channel, want 2 (the mention and the hostile mention)", n)
		}
		for _, r := range srv.Requests() {
			if r.ValidationError != nil {
				t.Errorf("%s %s: invalid against the spec: %v", r.Method, r.Path, r.ValidationError)
			}
			body, _ := r.JSON.(map[string]any)
			switch {
			case r.Method == "POST" && strings.HasSuffix(r.Path, "/messages"):
				checkMessage(t, r.Path, body)
			case r.Method == "POST" && strings.HasSuffix(r.Path, "/callback") && body["type"] == int64(4):
				checkMessage(t, r.Path, body["data"].(map[string]any))
			case r.Method == "PATCH" && strings.Contains(r.Path, "/webhooks/"):
				checkMessage(t, r.Path, body)
			}
		}
		for _, r := range srv.Unexpected() {
			t.Errorf("unexpected request %s %s (%d)", r.Method, r.Path, r.Status)
		}
	})
}

func TestServeShardsAndGuildCommands(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat), discordtest.WithShards(4))
	ctx := testCtx(t)
	env := baseEnv(srv)
	env["SHARD_COUNT"] = "auto"
	env["SHARD_ID"] = "0"
	env["DISCORD_GUILD_ID"] = discordtest.FixtureGuildID
	startServe(t, env)
	id := srv.WaitIdentify(ctx)
	if fmt.Sprint(id.Shard) != "[0 4]" {
		t.Errorf("IDENTIFY shard %v, want [0 4] from GET /gateway/bot", id.Shard)
	}
	if cmds, want := srv.WaitCommands(ctx, discordtest.FixtureGuildID), len(tableNames(t)); len(cmds) != want {
		t.Errorf("%d guild commands, want the table's %d", len(cmds), want)
	}
	if len(srv.Commands("")) != 0 {
		t.Error("DISCORD_GUILD_ID set, but global commands were written")
	}
}

// rejectingProxy passes REST calls to srv with the right token, so that
// only the gateway sees the bot's wrong one (the case a REST check at
// start-up cannot catch).
func rejectingProxy(t *testing.T, srv *discordtest.Server) string {
	target, _ := url.Parse(srv.URL())
	p := httptest.NewServer(&httputil.ReverseProxy{Rewrite: func(r *httputil.ProxyRequest) {
		r.SetURL(target)
		r.Out.Header.Set("Authorization", "Bot "+srv.Token())
	}})
	t.Cleanup(p.Close)
	return p.URL
}

const resetToken = "MTE4MDQ2OTM5NTI5MDg2NTcwNA.GdTest.this-token-was-reset-long-ago"

func TestServeRejectedToken(t *testing.T) {
	t.Run("gateway 4004", func(t *testing.T) {
		srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
		env := baseEnv(srv)
		env["DISCORD_TOKEN"] = resetToken
		env["DISCORD_API_URL"] = rejectingProxy(t, srv)
		bot := startServe(t, env)
		err := bot.wait()
		if err == nil || !strings.Contains(err.Error(), "token was rejected") || !strings.Contains(err.Error(), "4004") || isUsage(err) {
			t.Fatalf("run = %v, want a token-rejected error naming 4004 (exit 1)", err)
		}
		if n := len(srv.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs, want exactly 1", n)
		}
		if strings.Contains(err.Error()+bot.stderr.String(), resetToken) {
			t.Error("the token was logged")
		}
	})
	t.Run("REST 401", func(t *testing.T) {
		srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
		env := baseEnv(srv)
		env["DISCORD_TOKEN"] = resetToken
		err := startServe(t, env).wait()
		if err == nil || !strings.Contains(err.Error(), "token was rejected") || !strings.Contains(err.Error(), "401") {
			t.Fatalf("run = %v, want a token-rejected error naming 401", err)
		}
		if srv.Connections() != 0 {
			t.Errorf("%d gateway connections after a 401", srv.Connections())
		}
	})
	t.Run("session start limit used up", func(t *testing.T) {
		srv := discordtest.New(t, discordtest.WithSessionStartRemaining(0))
		err := startServe(t, baseEnv(srv)).wait()
		if err == nil || !strings.Contains(err.Error(), "reset_after") || !strings.Contains(err.Error(), "24h0m0s") {
			t.Fatalf("run = %v, want the session start limit error naming reset_after", err)
		}
		if srv.Connections() != 0 {
			t.Errorf("%d gateway connections with no logins left", srv.Connections())
		}
	})
}

// TestServeBinary builds the real binary and runs it as a container would:
// environment only, SIGTERM to stop.
func TestServeBinary(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the binary")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "bot")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}

	start := func(t *testing.T, env map[string]string) *proc {
		t.Helper()
		p := &proc{cmd: exec.Command(bin, "serve"), logs: newLogBuffer(), done: make(chan struct{})}
		p.cmd.Dir = t.TempDir() // no .env there
		for k, v := range env {
			p.cmd.Env = append(p.cmd.Env, k+"="+v)
		}
		// A Writer, not a pipe: Wait then returns only once all of stderr
		// has been copied.
		p.cmd.Stderr = p.logs
		p.cmd.Stdout = p.logs
		if err := p.cmd.Start(); err != nil {
			t.Fatal(err)
		}
		go func() {
			_ = p.cmd.Wait()
			p.code = p.cmd.ProcessState.ExitCode()
			close(p.done)
		}()
		t.Cleanup(func() {
			_ = p.cmd.Process.Kill()
			<-p.done
			if t.Failed() {
				t.Logf("bot stderr:\n%s", p.logs.String())
			}
		})
		return p
	}

	t.Run("SIGTERM exits 0", func(t *testing.T) {
		srv := forChild(t, discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat)))
		ctx := testCtx(t)
		p := start(t, baseEnv(srv))
		health := "http://" + p.logs.listenAddr(t, ctx, "health")
		srv.WaitReady(ctx)
		waitStatus(t, ctx, health+"/readyz", 200)
		id := srv.SendInteraction(discordtest.InteractionWho, nil)
		if d := msgData(t, srv.WaitInteractionResponse(ctx, id)); !citation.MatchString(text(embed(t, d))) {
			t.Errorf("/who from the binary cites nothing")
		}
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := p.exit(t, 5*time.Second); code != 0 {
			t.Errorf("exit code %d after SIGTERM, want 0", code)
		}
	})

	t.Run("SIGHUP reloads", func(t *testing.T) {
		srv := forChild(t, discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat)))
		ctx := testCtx(t)
		env := baseEnv(srv)
		env["FACTS_DIR"] = factsCopy(t)
		p := start(t, env)
		// serve subscribes to SIGHUP before it listens, so from here a
		// hangup reloads rather than kills it.
		p.logs.listenAddr(t, ctx, "health")
		srv.WaitReady(ctx)
		edit(t, env["FACTS_DIR"], peopleFile, porterBefore, porterAfter)
		if err := p.cmd.Process.Signal(syscall.SIGHUP); err != nil {
			t.Fatal(err)
		}
		if rec := reloadRecord(t, ctx, p.logs, 1); rec["msg"] != "fact base reloaded" || rec["trigger"] != "sighup" {
			t.Fatalf("after SIGHUP: %v", rec)
		}
		if got := whoPorter(t, ctx, srv); !strings.Contains(got, porterAfter) {
			t.Errorf("/who Mark Porter after SIGHUP:\n%s", got)
		}
		if err := p.cmd.Process.Signal(syscall.SIGTERM); err != nil {
			t.Fatal(err)
		}
		if code := p.exit(t, 5*time.Second); code != 0 {
			t.Errorf("exit code %d after SIGTERM, want 0", code)
		}
	})

	t.Run("rejected token exits 1", func(t *testing.T) {
		srv := forChild(t, discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat)))
		env := baseEnv(srv)
		env["DISCORD_TOKEN"] = resetToken
		env["DISCORD_API_URL"] = rejectingProxy(t, srv)
		p := start(t, env)
		if code := p.exit(t, 10*time.Second); code != 1 {
			t.Errorf("exit code %d with a rejected token, want 1", code)
		}
		if n := len(srv.Identifies()); n != 1 {
			t.Errorf("%d IDENTIFYs, want 1", n)
		}
		if !strings.Contains(p.logs.String(), "bot: gateway: the bot token was rejected by Discord") {
			t.Errorf("stderr does not say the token was rejected:\n%s", p.logs.String())
		}
	})

	t.Run("missing token exits 1 before any request", func(t *testing.T) {
		srv := forChild(t, discordtest.New(t))
		env := baseEnv(srv)
		delete(env, "DISCORD_TOKEN")
		p := start(t, env)
		if code := p.exit(t, 10*time.Second); code != 1 {
			t.Errorf("exit code %d without a token, want 1", code)
		}
		if len(srv.Requests()) != 0 {
			t.Error("requests were made without a token")
		}
	})
}

// forChild prepares a fake Discord for a client in another process.
// discordtest.New assigns the server's URL after the server has started
// accepting, and the race detector sees no happens-before edge through
// another process's socket, so the handler's read of it is reported as a
// race. Taking the fake's mutex here (Connections does) orders the write
// before every handler, which takes the same mutex before reading it.
// (Reported to the fake's author: httptest.NewUnstartedServer would fix it.)
func forChild(t *testing.T, srv *discordtest.Server) *discordtest.Server {
	t.Helper()
	_ = srv.Connections()
	return srv
}

// proc is the built bot running as a child process.
type proc struct {
	cmd  *exec.Cmd
	logs *logBuffer
	done chan struct{} // closed when it has exited
	code int
}

// exit waits for the process to end and returns its exit code.
func (p *proc) exit(t *testing.T, within time.Duration) int {
	t.Helper()
	select {
	case <-p.done:
		return p.code
	case <-time.After(within):
		t.Fatalf("the bot did not exit within %v", within)
		return -1
	}
}

// TestServeConversations: through bot serve and the fake Discord, a DM is
// read as a follow-up to the user's previous answer, and an answer's 👎
// asks why, ephemerally, with buttons that answer the presser alone; the
// 👎 and its reason are stored in the SQLite store serve opened, with the
// command ("message"). A decline's 👎 is stored against its question.
func TestServeConversations(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	env := baseEnv(srv)
	dbPath := filepath.Join(t.TempDir(), "strikebot.db")
	env["DATABASE_URL"] = dbPath
	startServe(t, env)
	srv.WaitReady(ctx)
	user := newUser()
	ask := func(text string) map[string]any {
		t.Helper()
		q := srv.SendMessage(discordtest.MessageCreateDM, with(asUser(user), content(text)))
		reply := srv.WaitChannelMessage(ctx, discordtest.FixtureDMChannelID)
		checkMessage(t, text, reply)
		if ref, _ := reply["message_reference"].(map[string]any); str(ref["message_id"]) != q {
			t.Fatalf("%q: the reply answers %v", text, reply["message_reference"])
		}
		return reply
	}

	first := ask("who is saffron cordery?")
	if txt := text(embed(t, first)); !strings.Contains(txt, "Saffron Cordery") || !citation.MatchString(txt) {
		t.Fatalf("who is saffron cordery?:\n%s", txt)
	}
	follow := text(embed(t, ask("what did she say?")))
	// Her words are lines 17 to 22 of article 002.
	if !strings.Contains(follow, "Cordery") || !regexp.MustCompile(`002_27ed4c5538eb03e9\.txt:(1[7-9]|2[0-2])\b`).MatchString(follow) {
		t.Errorf("what did she say? does not quote Cordery with her source:\n%s", follow)
	}

	// The ratings name the command: "message", as the question is stored.
	down := buttonWith(first, "fb:down:message:")
	if down == "" || !slices.Contains(buttons(first), strings.Replace(down, "fb:down:", "fb:up:", 1)) {
		t.Fatalf("the DM answer has no 👍/👎 naming its command: %q", buttons(first))
	}
	click := func(customID string) map[string]any {
		t.Helper()
		id := srv.SendInteraction(discordtest.InteractionButton, with(press(customID), asUser(user), func(m map[string]any) {
			// A button on a DM message: no guild, context 1.
			delete(m, "guild_id")
			delete(m, "guild")
			delete(m, "member")
			m["user"] = map[string]any{"id": user, "username": "nelly", "discriminator": "0"}
			m["context"] = 1
			m["channel_id"] = discordtest.FixtureDMChannelID
			m["channel"] = map[string]any{"id": discordtest.FixtureDMChannelID, "type": 1}
		}))
		d := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, customID, d)
		if d["flags"] != int64(64) {
			t.Errorf("%s: flags %v, want ephemeral", customID, d["flags"])
		}
		return d
	}
	why := click(down)
	reasons := buttons(why)
	if len(reasons) != 4 || !strings.Contains(text(embed(t, why)), "wrong") {
		t.Fatalf("👎 asked %q with %q", text(embed(t, why)), reasons)
	}
	if thanks := click(reasons[0]); !strings.Contains(text(embed(t, thanks)), "Thanks") {
		t.Errorf("a reason was answered with %q", text(embed(t, thanks)))
	}
	waitDisliked(t, ctx, dbPath, store.ReasonWrong)

	// A decline carries 👍 and 👎 too, naming the DM it answers; its 👎 is
	// recorded at once against that question, and the report lists it.
	// (Another user, as this one has used up the rate limit.)
	const unanswerable = "what is the capital of france?"
	user = newUser()
	declined := ask(unanswerable)
	if txt := text(embed(t, declined)); citation.MatchString(txt) {
		t.Fatalf("%s was answered:\n%s", unanswerable, txt)
	}
	ref, _ := declined["message_reference"].(map[string]any)
	nfDown := "nf:down:message:" + str(ref["message_id"])
	if !slices.Contains(buttons(declined), nfDown) || !slices.Contains(buttons(declined), strings.Replace(nfDown, "down", "up", 1)) {
		t.Fatalf("the decline's buttons %q lack %s and its 👍", buttons(declined), nfDown)
	}
	if thanks := click(nfDown); !strings.Contains(text(embed(t, thanks)), "Thanks") || len(buttons(thanks)) != 0 {
		t.Errorf("the decline's 👎 was answered with %q %q", text(embed(t, thanks)), buttons(thanks))
	}
	waitReport(t, ctx, dbPath, "the decline rated 👎", func(r store.Report) bool {
		return slices.ContainsFunc(r.DislikedDeclines, func(u store.Unanswered) bool { return u.Question == unanswerable }) &&
			slices.Contains(r.CommandRatings, store.CommandRatings{Command: "message", Down: 2})
	})
	for _, r := range srv.Requests() {
		if r.ValidationError != nil {
			t.Errorf("%s %s: invalid against the spec: %v", r.Method, r.Path, r.ValidationError)
		}
	}
}
