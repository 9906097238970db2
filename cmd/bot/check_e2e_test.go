package main

import (
	"strings"
	"testing"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// TestServeHTTPMessageCommand runs "Check with the articles" through bot
// serve's interactions endpoint, from the recorded type-3 payload (a message
// saying "apparently the BMA wants 35% lol"), then presses its share button.
func TestServeHTTPMessageCommand(t *testing.T) {
	r, _, priv := startHTTPOnly(t)
	fake := discordtest.New(t)
	addr := strings.TrimPrefix(r.health, "http://")
	post := func(m map[string]any) map[string]any {
		t.Helper()
		out := postInteraction(t, addr, priv, m)
		d, _ := out["data"].(map[string]any)
		if out["type"] != float64(4) || d == nil {
			t.Fatalf("interaction: %v, want a type 4 response", out)
		}
		return d
	}
	d := post(fake.Fixture(discordtest.InteractionMessageCommand))
	txt := text(embed(t, d))
	if d["flags"] != float64(64) || !strings.Contains(txt, "002_27ed4c5538eb03e9.txt:") || !strings.Contains(txt, "Barclay") {
		t.Fatalf("check: flags %v, want an ephemeral check citing 002 and Barclay:\n%s", d["flags"], txt)
	}
	var share string
	for _, row := range list(d["components"]) {
		for _, b := range list(row["components"]) {
			if id := str(b["custom_id"]); strings.HasPrefix(id, "share:") {
				share = id
			}
		}
	}
	if share == "" {
		t.Fatalf("no Share in channel button: %v", d["components"])
	}
	press := fake.Fixture(discordtest.InteractionButton)
	press["id"] = "1180471205112430799"
	press["data"].(map[string]any)["custom_id"] = share
	p := post(press)
	if p["flags"] == float64(64) || !strings.Contains(text(embed(t, p)), "002_27ed4c5538eb03e9.txt:") {
		t.Errorf("shared check: flags %v, want a public post citing 002:\n%s", p["flags"], text(embed(t, p)))
	}
	if err := r.stop(); err != nil {
		t.Errorf("stop: %v", err)
	}
}
