package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/strikebot/strikebot/internal/discordtest"
)

// TestServeHTTPMessageCommand runs "Check with the articles" through bot
// serve's interactions endpoint, from the recorded type-3 payload (a message
// saying "apparently the BMA wants 35% lol"), then presses its share button.
func TestServeHTTPMessageCommand(t *testing.T) {
	r, _, priv := startHTTPOnly(t)
	fake := discordtest.New(t)
	post := func(m map[string]any) map[string]any {
		t.Helper()
		body, err := json.Marshal(m)
		if err != nil {
			t.Fatal(err)
		}
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", r.health+"/interactions", bytes.NewReader(body))
		req.Header.Set("Content-Type", "application/json")
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
		req.Header.Set("X-Signature-Timestamp", ts)
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		raw, _ := io.ReadAll(resp.Body)
		var out struct {
			Type int            `json:"type"`
			Data map[string]any `json:"data"`
		}
		if resp.StatusCode != 200 || json.Unmarshal(raw, &out) != nil || out.Type != 4 {
			t.Fatalf("interaction: %d %s, want 200 and a type 4 response", resp.StatusCode, raw)
		}
		return out.Data
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
