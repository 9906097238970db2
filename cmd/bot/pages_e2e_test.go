package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/discordtest"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// onMessage makes a button press come from the bot's message msg, as
// Discord sends the message a pressed button is on.
func onMessage(msg map[string]any) mutator { return func(m map[string]any) { m["message"] = msg } }

// bullets are the list entries an embed's description shows.
func bullets(e map[string]any) []string {
	var out []string
	for _, l := range strings.Split(str(e["description"]), "\n") {
		if strings.HasPrefix(l, "• ") {
			out = append(out, l)
		}
	}
	return out
}

// disabled returns the custom ids of a message's disabled buttons.
func disabled(msg map[string]any) []string {
	var ids []string
	for _, row := range list(msg["components"]) {
		for _, c := range list(row["components"]) {
			if c["disabled"] == true {
				ids = append(ids, str(c["custom_id"]))
			}
		}
	}
	return ids
}

// TestServeListPagesE2E: over the gateway, against the fake Discord (which
// validates every REST body against Discord's OpenAPI spec), /when with no
// event shows page 1 of its list with Previous and Next; Next edits that
// same message into page 2 (an UPDATE_MESSAGE callback) with no entry
// repeated; /who with no name lists everyone; empty /who autocomplete
// offers people first; /help and /about offer DMs and mentions.
func TestServeListPagesE2E(t *testing.T) {
	srv := discordtest.New(t, discordtest.WithHeartbeatInterval(heartbeat), discordtest.WithPrivilegedIntents(0))
	ctx := testCtx(t)
	startServe(t, baseEnv(srv))
	srv.WaitReady(ctx)
	user := newUser()

	id := srv.SendInteraction(discordtest.InteractionWho, with(slash("when"), asUser(user)))
	d := msgData(t, srv.WaitInteractionResponse(ctx, id))
	checkMessage(t, "/when page 1", d)
	e1 := embed(t, d)
	if !strings.Contains(str(e1["title"]), "(page 1 of ") || !slices.Contains(buttons(d), "page:when:2") {
		t.Fatalf("/when: title %q buttons %v, want page 1 with a Next button to page 2", e1["title"], buttons(d))
	}
	if !slices.Contains(disabled(d), "page:when:0") {
		t.Errorf("page 1's Previous is not disabled: %v", d["components"])
	}
	if !citation.MatchString(text(e1)) {
		t.Errorf("page 1 cites nothing:\n%s", text(e1))
	}
	original, ok := srv.OriginalResponse(id)
	if !ok {
		t.Fatal("the fake holds no message for /when")
	}

	press := srv.SendInteraction(discordtest.InteractionButton, with(press("page:when:2"), asUser(user), onMessage(original)))
	resp := srv.WaitInteractionResponse(ctx, press)
	if resp["type"] != int64(7) {
		t.Fatalf("Next: response type %v, want 7 (UPDATE_MESSAGE): %v", resp["type"], resp)
	}
	d2, _ := resp["data"].(map[string]any)
	checkMessage(t, "/when page 2", d2)
	e2 := embed(t, d2)
	if !strings.Contains(str(e2["title"]), "(page 2 of ") || !slices.Contains(buttons(d2), "page:when:1") {
		t.Errorf("page 2: title %q buttons %v", e2["title"], buttons(d2))
	}
	for _, b := range bullets(e2) {
		if slices.Contains(bullets(e1), b) {
			t.Errorf("entry on both pages: %s", b)
		}
	}
	if len(bullets(e1)) == 0 || len(bullets(e2)) == 0 {
		t.Errorf("pages of %d and %d entries", len(bullets(e1)), len(bullets(e2)))
	}
	updated, ok := srv.OriginalResponse(press)
	if !ok || str(updated["id"]) != str(original["id"]) || !strings.Contains(str(embed(t, updated)["title"]), "(page 2 of ") {
		t.Errorf("Next did not edit the /when message in place: %v", updated)
	}

	id = srv.SendInteraction(discordtest.InteractionWho, with(slash("who"), asUser(user)))
	w := msgData(t, srv.WaitInteractionResponse(ctx, id))
	checkMessage(t, "/who with no name", w)
	if !strings.Contains(str(embed(t, w)["title"]), "Everyone in the articles") || !slices.Contains(buttons(w), "page:who:2") {
		t.Errorf("/who with no name: %v %v", embed(t, w)["title"], buttons(w))
	}

	base, err := loadBase("")
	if err != nil {
		t.Fatal(err)
	}
	id = srv.SendInteraction(discordtest.InteractionAutocompleteWho, with(typing("who", "name", ""), asUser(user)))
	ac, _ := srv.WaitInteractionResponse(ctx, id)["data"].(map[string]any)
	choices := list(ac["choices"])
	if len(choices) == 0 {
		t.Fatal("no choices")
	}
	if f, ok := base.Fact(str(choices[0]["value"])); !ok || f.Kind != knowledge.KindPerson {
		t.Errorf("empty /who autocomplete starts with %v, want a person", choices[0])
	}

	for _, name := range []string{"help", "about"} {
		id = srv.SendInteraction(discordtest.InteractionWho, with(slash(name), asUser(user)))
		h := msgData(t, srv.WaitInteractionResponse(ctx, id))
		checkMessage(t, "/"+name, h)
		if txt := text(embed(t, h)); !strings.Contains(txt, "DM me a question") || !strings.Contains(txt, "mention me") {
			t.Errorf("/%s over the gateway does not offer DMs and mentions:\n%s", name, txt)
		}
	}
	for _, r := range srv.Requests() {
		if r.ValidationError != nil {
			t.Errorf("%s does not conform to the spec: %v", r.Operation, r.ValidationError)
		}
	}
}

// postInteraction signs an interaction payload with priv and posts it to
// the HTTP endpoint at addr, returning the response body.
func postInteraction(t *testing.T, addr string, priv ed25519.PrivateKey, in map[string]any) map[string]any {
	t.Helper()
	body, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", "http://"+addr+"/interactions", bytes.NewReader(body))
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
	req.Header.Set("X-Signature-Timestamp", ts)
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	raw, _ := io.ReadAll(resp.Body)
	var out map[string]any
	if resp.StatusCode != 200 || json.Unmarshal(raw, &out) != nil {
		t.Fatalf("POST /interactions: %d %s", resp.StatusCode, raw)
	}
	return out
}

// TestServeHTTPOnlyHelpAboutAndPages: without a gateway session no message
// reaches the bot, so /help and /about must not invite DMs or mentions;
// list pages turn over HTTP too, as UPDATE_MESSAGE responses.
func TestServeHTTPOnlyHelpAboutAndPages(t *testing.T) {
	r, addr, priv := startHTTPOnly(t)
	interaction := func(ms ...mutator) map[string]any {
		m := r.discord.Fixture(discordtest.InteractionWho)
		m["id"], m["token"] = snowflake(), "t"
		with(ms...)(m)
		return m
	}
	for _, name := range []string{"help", "about"} {
		resp := postInteraction(t, addr, priv, interaction(slash(name)))
		d := msgData(t, jsonInts(resp))
		checkMessage(t, "/"+name, d)
		txt := text(embed(t, d))
		for _, bad := range []string{"DM me a question", "mention me", "@strikebot"} {
			if strings.Contains(txt, bad) {
				t.Errorf("/%s in HTTP-only mode offers %q:\n%s", name, bad, txt)
			}
		}
		if !strings.Contains(txt, "a DM or a mention gets no answer") {
			t.Errorf("/%s in HTTP-only mode does not say messages go unanswered:\n%s", name, txt)
		}
	}
	button := func(customID string) map[string]any {
		m := r.discord.Fixture(discordtest.InteractionButton)
		m["id"], m["token"] = snowflake(), "t"
		press(customID)(m)
		return m
	}
	resp := jsonInts(postInteraction(t, addr, priv, button("page:quote:2")))
	if resp["type"] != int64(7) {
		t.Fatalf("page button over HTTP: type %v, want 7: %v", resp["type"], resp)
	}
	d, _ := resp["data"].(map[string]any)
	checkMessage(t, "/quote page 2", d)
	if !strings.Contains(str(embed(t, d)["title"]), "(page 2 of ") {
		t.Errorf("page 2 over HTTP: %v", embed(t, d)["title"])
	}
	if err := r.stop(); err != nil {
		t.Errorf("run after cancel = %v, want nil", err)
	}
}

// snowflake is a fresh interaction id, dated now as Discord's are.
func snowflake() string {
	const discordEpoch = 1420070400000
	return strconv.FormatInt((time.Now().UnixMilli()-discordEpoch)<<22|userIDs.Add(1)&0xfff, 10)
}

// jsonInts turns the float64 numbers of a decoded JSON object into int64,
// as the fake Discord reports them, so that the same helpers read both.
func jsonInts(v map[string]any) map[string]any {
	var conv func(any) any
	conv = func(x any) any {
		switch x := x.(type) {
		case float64:
			if x == float64(int64(x)) {
				return int64(x)
			}
		case map[string]any:
			for k, v := range x {
				x[k] = conv(v)
			}
		case []any:
			for i, v := range x {
				x[i] = conv(v)
			}
		}
		return x
	}
	return conv(v).(map[string]any)
}
