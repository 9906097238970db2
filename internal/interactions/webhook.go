package interactions

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/bwmarrin/discordgo"
)

// webhook edits interaction responses through Discord's interaction
// webhooks. The interaction token authorises the call, so the HTTP-only
// deployment needs no bot token.
type webhook struct {
	base   string // scheme and host, e.g. https://discord.com
	client *http.Client
	log    *slog.Logger
}

// maxAttempts bounds the retries of an edit that Discord rate-limits (429) or
// fails transiently (5xx).
const maxAttempts = 3

// editOriginal PATCHes /webhooks/{application_id}/{token}/messages/@original.
func (wh *webhook) editOriginal(ctx context.Context, appID, token string, edit *discordgo.WebhookEdit) error {
	if appID == "" || token == "" {
		return fmt.Errorf("edit original response: interaction has no application id or token")
	}
	body, err := json.Marshal(edit)
	if err != nil {
		return fmt.Errorf("edit original response: encode: %w", err)
	}
	u := strings.TrimRight(wh.base, "/") + "/api/v10/webhooks/" +
		url.PathEscape(appID) + "/" + url.PathEscape(token) + "/messages/@original"
	for attempt := 1; ; attempt++ {
		retryAfter, err := wh.patch(ctx, u, body)
		if err == nil {
			return nil
		}
		if retryAfter < 0 || attempt == maxAttempts {
			return fmt.Errorf("edit original response: %w", err)
		}
		wh.log.Warn("webhook edit failed: retrying", "err", err, "after", retryAfter, "attempt", attempt)
		t := time.NewTimer(retryAfter)
		select {
		case <-ctx.Done():
			t.Stop()
			return fmt.Errorf("edit original response: %w (then %w)", err, ctx.Err())
		case <-t.C:
		}
	}
}

// patch sends one edit. On failure it returns how long to wait before a
// retry, or a negative duration when retrying cannot help.
func (wh *webhook) patch(ctx context.Context, u string, body []byte) (time.Duration, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodPatch, u, bytes.NewReader(body))
	if err != nil {
		return -1, err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", "DiscordBot (https://github.com/strikebot/strikebot, 1) strikebot-interactions")
	resp, err := wh.client.Do(req)
	if err != nil {
		// The URL holds the interaction token: keep it out of errors and logs.
		var ue *url.Error
		if errors.As(err, &ue) {
			err = fmt.Errorf("PATCH webhook: %w", ue.Err)
		}
		if ctx.Err() != nil {
			return -1, err
		}
		return time.Second, err
	}
	defer resp.Body.Close()
	msg, _ := io.ReadAll(io.LimitReader(resp.Body, 1024))
	switch {
	case resp.StatusCode >= 200 && resp.StatusCode < 300:
		return 0, nil
	case resp.StatusCode == http.StatusTooManyRequests:
		wait := time.Second
		if s, err := strconv.ParseFloat(resp.Header.Get("Retry-After"), 64); err == nil && s >= 0 {
			wait = time.Duration(s * float64(time.Second))
		}
		return wait, fmt.Errorf("rate limited: %s", bytes.TrimSpace(msg))
	case resp.StatusCode >= 500:
		return time.Second, fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(msg))
	}
	return -1, fmt.Errorf("status %d: %s", resp.StatusCode, bytes.TrimSpace(msg))
}
