package gateway

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/commands"
	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/store"
	"github.com/strikebot/strikebot/internal/store/recordtest"
)

// corderysWords is a citation of Saffron Cordery's words in article 002.
var corderysWords = regexp.MustCompile(`002_27ed4c5538eb03e9\.txt:(1[7-9]|2[0-2])\b`)

func customIDsOf(msg map[string]any) []string {
	var ids []string
	rows, _ := msg["components"].([]any)
	for _, row := range rows {
		rm, _ := row.(map[string]any)
		cs, _ := rm["components"].([]any)
		for _, c := range cs {
			cm, _ := c.(map[string]any)
			if id, _ := cm["custom_id"].(string); id != "" {
				ids = append(ids, id)
			}
		}
	}
	return ids
}

func idWithPrefix(t *testing.T, ids []string, prefix string) string {
	t.Helper()
	for _, id := range ids {
		if strings.HasPrefix(id, prefix) {
			return id
		}
	}
	t.Fatalf("no button %s… among %q", prefix, ids)
	return ""
}

// TestConversationsOverTheGateway drives the real gateway against the fake
// Discord: a channel reply to the bot's answer is read in that answer's
// context, rebuilt from the replied-to message alone; 👎 and a reason reach
// the Recorder; and a mention of the bot's managed role is a mention.
func TestConversationsOverTheGateway(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat))
	ctx := testCtx(t)
	rec := &recordtest.Recorder{}
	start(t, srv, srv.APIURL(), Options{NoRegister: true, Handler: &commands.Handler{Bot: commands.New(loadBase(t)), Recorder: rec}})
	srv.WaitReady(ctx)
	bot := map[string]any{"id": srv.BotUserID(), "username": "strikebot", "discriminator": "0", "bot": true}
	say := func(text string) func(map[string]any) {
		return func(m map[string]any) { m["content"] = "<@" + srv.BotUserID() + "> " + text }
	}
	// answerIn waits for the bot's next message in the guild channel and
	// checks that it answers question with want.
	answerIn := func(t *testing.T, question, want string) map[string]any {
		t.Helper()
		msg := srv.WaitChannelMessage(ctx, discordtest.FixtureChannelID)
		if ref, _ := msg["message_reference"].(map[string]any); ref["message_id"] != question {
			t.Fatalf("the bot's message answers %v, want %s", msg["message_reference"], question)
		}
		if txt := embedText(embeds(t, msg)[0]); !strings.Contains(txt, want) {
			t.Errorf("answer lacks %q:\n%s", want, txt)
		}
		return msg
	}

	q := srv.SendMessage(discordtest.MessageCreateMention, say("who is saffron cordery?"))
	answer := answerIn(t, q, "Saffron Cordery")
	buttons := customIDsOf(answer)

	t.Run("a reply to the answer", func(t *testing.T) {
		// What Discord sends for a reply with the ping on: the bot among the
		// mentions, and the bot's message as referenced_message.
		replied := map[string]any{
			"id": srv.SnowflakeAt(time.Now()), "channel_id": discordtest.FixtureChannelID, "guild_id": discordtest.FixtureGuildID,
			"type": 19, "author": bot, "content": "", "embeds": answer["embeds"], "components": answer["components"],
			"attachments": []any{}, "mentions": []any{}, "mention_roles": []any{}, "mention_everyone": false,
			"pinned": false, "tts": false, "flags": 0, "timestamp": time.Now().UTC().Format(time.RFC3339), "edited_timestamp": nil,
		}
		q := srv.SendMessage(discordtest.MessageCreateMention, func(m map[string]any) {
			m["content"] = "what did she say?"
			m["type"] = 19
			m["message_reference"] = map[string]any{"type": 0, "message_id": replied["id"], "channel_id": discordtest.FixtureChannelID, "guild_id": discordtest.FixtureGuildID}
			m["referenced_message"] = replied
		})
		msg := answerIn(t, q, "Cordery")
		if txt := embedText(embeds(t, msg)[0]); !corderysWords.MatchString(txt) {
			t.Errorf("what did she say? cites none of Cordery's words (002, lines 17-22):\n%s", txt)
		}

		// The same words, not a reply, are read alone.
		q = srv.SendMessage(discordtest.MessageCreateMention, say("what did she say?"))
		answerIn(t, q, "The articles don't say")
	})

	t.Run("feedback", func(t *testing.T) {
		id := srv.SendInteraction(discordtest.InteractionButton, func(m map[string]any) {
			m["data"] = map[string]any{"component_type": 2, "custom_id": idWithPrefix(t, buttons, "fb:down:")}
		})
		resp := srv.WaitInteractionResponse(ctx, id)
		d, _ := resp["data"].(map[string]any)
		if resp["type"] != int64(4) || d["flags"] != int64(64) {
			t.Fatalf("👎 answered %v, want an ephemeral message", resp)
		}
		if _, fb := rec.Recorded(); len(fb) != 0 {
			t.Errorf("👎 alone recorded %+v", fb)
		}
		reasons := customIDsOf(d)
		if len(reasons) != 4 {
			t.Fatalf("reasons %q, want wrong, off-topic, incomplete, something else", reasons)
		}
		id = srv.SendInteraction(discordtest.InteractionButton, func(m map[string]any) {
			m["data"] = map[string]any{"component_type": 2, "custom_id": idWithPrefix(t, reasons, "fb:incomplete:")}
		})
		resp = srv.WaitInteractionResponse(ctx, id)
		if d, _ := resp["data"].(map[string]any); resp["type"] != int64(4) || d["flags"] != int64(64) {
			t.Errorf("the reason answered %v, want an ephemeral thank-you", resp)
		}
		qs, fb := rec.Recorded()
		if len(fb) != 1 || fb[0].Rating != store.RatingDown || fb[0].Reason != store.ReasonIncomplete ||
			!slices.Contains(fb[0].Facts, "saffron-cordery") || fb[0].UserID != discordtest.FixtureUserID || fb[0].GuildID != discordtest.FixtureGuildID {
			t.Errorf("feedback recorded %+v, want one 👎 incomplete on saffron-cordery", fb)
		}
		if len(qs) != 3 || qs[0].Command != "message" || qs[0].Question != "who is saffron cordery?" || qs[0].Outcome != store.OutcomeAnswered ||
			qs[2].Outcome != store.OutcomeNotFound {
			t.Errorf("questions recorded %+v, want the three messages, the last not found", qs)
		}
	})

	t.Run("the bot's managed role", func(t *testing.T) {
		const role = "1180469951262642271"
		mentionRole := func(m map[string]any) {
			m["content"] = "<@&" + role + "> who is mark porter?"
			m["mentions"] = []any{}
			m["mention_roles"] = []any{role}
		}
		// Before Discord has said whose role it is, it is not the bot's.
		srv.SendMessage(discordtest.MessageCreateMention, mentionRole)
		srv.Dispatch("GUILD_CREATE", map[string]any{
			"id": discordtest.FixtureGuildID, "name": "strike talk", "unavailable": false, "member_count": 2,
			"roles": []any{
				map[string]any{"id": discordtest.FixtureGuildID, "name": "@everyone", "managed": false, "permissions": "0", "position": 0},
				map[string]any{"id": "1180469951262642270", "name": "otherbot", "managed": true, "permissions": "0", "position": 1,
					"tags": map[string]any{"bot_id": discordtest.FixtureOtherBotID}},
				map[string]any{"id": role, "name": "strikebot", "managed": true, "permissions": "0", "position": 2,
					"tags": map[string]any{"bot_id": srv.BotUserID()}},
			},
			"channels": []any{}, "members": []any{},
		})
		q := srv.SendMessage(discordtest.MessageCreateMention, mentionRole)
		msg := answerIn(t, q, "Porter")
		if n := len(srv.ChannelMessages(discordtest.FixtureChannelID)); n != 4 {
			t.Errorf("%d messages in the channel, want 4 (the role mention before GUILD_CREATE ignored)", n)
		}
		if txt := embedText(embeds(t, msg)[0]); !citation.MatchString(txt) {
			t.Errorf("role mention answered without a citation:\n%s", txt)
		}
	})

	for _, r := range srv.Requests() {
		if r.ValidationError != nil {
			t.Errorf("%s %s: invalid against the spec: %v", r.Method, r.Path, r.ValidationError)
		}
	}
}
