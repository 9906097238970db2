package commands

import (
	"bytes"
	"context"
	"encoding/json"
	"log/slog"
	"testing"
)

// TestInteractionLogLine: each answered interaction logs one line with the
// attributes operators filter on, and a level that is off costs no line.
func TestInteractionLogLine(t *testing.T) {
	var buf bytes.Buffer
	h := &Handler{Bot: New(loadRenderBase(t)), Log: slog.New(slog.NewJSONHandler(&buf, nil))}
	in := benchInteractions()["who"]
	h.Interaction(context.Background(), in)
	var rec map[string]any
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("want one JSON line, got %q", buf.String())
	}
	for key, want := range map[string]any{"msg": "answered", "level": "INFO", "interaction": in.ID, "type": float64(in.Type),
		"command": "who", "user": UserID(in), "found": true, "fact": "mark-porter"} {
		if rec[key] != want {
			t.Errorf("%s = %v, want %v (line %s)", key, rec[key], want, buf.Bytes())
		}
	}
	if _, ok := rec["latency"]; !ok {
		t.Errorf("no latency in %s", buf.Bytes())
	}

	buf.Reset()
	h.Log = slog.New(slog.NewJSONHandler(&buf, &slog.HandlerOptions{Level: slog.LevelWarn}))
	h.Interaction(context.Background(), in)
	if buf.Len() != 0 {
		t.Errorf("info line written at level warn: %s", buf.Bytes())
	}
}
