package commands

import (
	"context"
	"errors"
	"sync"
	"testing"
	"time"

	"github.com/bwmarrin/discordgo"
)

// recordingDeliverer keeps what Serve delivers and signals each response.
type recordingDeliverer struct {
	mu         sync.Mutex
	responses  []*discordgo.InteractionResponse
	edits      []*discordgo.WebhookEdit
	responded  chan struct{}
	respondErr error // returned for a deferred acknowledgement
}

func newRecordingDeliverer() *recordingDeliverer {
	return &recordingDeliverer{responded: make(chan struct{}, 4)}
}

func (d *recordingDeliverer) Respond(r *discordgo.InteractionResponse) error {
	d.mu.Lock()
	d.responses = append(d.responses, r)
	d.mu.Unlock()
	d.responded <- struct{}{}
	if r.Type == discordgo.InteractionResponseDeferredChannelMessageWithSource {
		return d.respondErr
	}
	return nil
}

func (d *recordingDeliverer) Edit(e *discordgo.WebhookEdit) error {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.edits = append(d.edits, e)
	return nil
}

// waitResponded is a failsafe against a hang, not a timing assertion.
func (d *recordingDeliverer) waitResponded(t *testing.T) {
	t.Helper()
	select {
	case <-d.responded:
	case <-time.After(30 * time.Second):
		t.Fatal("nothing was delivered")
	}
}

// gatedCommand answers once release is closed, or fails when ctx ends, so
// that a deferral is certain without timing assumptions.
func gatedCommand(release <-chan struct{}) Command {
	return Command{Name: "gated", Description: "answers when the test says so",
		Run: func(ctx context.Context, _ Request) (Reply, error) {
			select {
			case <-release:
				return Reply{Title: "Gated answer", Text: "Now."}, nil
			case <-ctx.Done():
				return Reply{}, ctx.Err()
			}
		}}
}

func TestServeDeferral(t *testing.T) {
	command := func(name string) *discordgo.Interaction {
		return &discordgo.Interaction{ID: "1", Type: discordgo.InteractionApplicationCommand,
			User: &discordgo.User{ID: "2"}, Data: discordgo.ApplicationCommandInteractionData{Name: name}}
	}
	for _, tc := range []struct {
		name string
		// during runs once the deferral has been delivered.
		during     func(release chan struct{}, cancel context.CancelFunc)
		respondErr error
		wantErr    bool
		wantTypes  []discordgo.InteractionResponseType
		wantEdit   bool
	}{
		{name: "released after the deferral", during: func(r chan struct{}, _ context.CancelFunc) { close(r) },
			wantTypes: []discordgo.InteractionResponseType{discordgo.InteractionResponseDeferredChannelMessageWithSource}, wantEdit: true},
		{name: "cancelled after the deferral", during: func(_ chan struct{}, cancel context.CancelFunc) { cancel() },
			wantErr: true, wantTypes: []discordgo.InteractionResponseType{discordgo.InteractionResponseDeferredChannelMessageWithSource}},
		{name: "acknowledgement fails", during: func(r chan struct{}, _ context.CancelFunc) { close(r) }, respondErr: errors.New("gone"),
			wantErr: true, wantTypes: []discordgo.InteractionResponseType{discordgo.InteractionResponseDeferredChannelMessageWithSource}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			release := make(chan struct{})
			h := &Handler{Bot: New(loadRenderBase(t), gatedCommand(release)), DeferAfter: time.Millisecond}
			ctx, cancel := context.WithCancel(context.Background())
			defer cancel()
			d := newRecordingDeliverer()
			d.respondErr = tc.respondErr
			done := make(chan error, 1)
			go func() { done <- h.Serve(ctx, command("gated"), d) }()
			d.waitResponded(t)
			tc.during(release, cancel)
			err := <-done
			if (err != nil) != tc.wantErr {
				t.Fatalf("Serve: %v, want error %v", err, tc.wantErr)
			}
			var types []discordgo.InteractionResponseType
			for _, r := range d.responses {
				types = append(types, r.Type)
			}
			if len(types) != len(tc.wantTypes) || types[0] != tc.wantTypes[0] {
				t.Errorf("responses %v, want %v", types, tc.wantTypes)
			}
			if got := len(d.edits) == 1; got != tc.wantEdit || len(d.edits) > 1 {
				t.Fatalf("%d edits, want edit %v", len(d.edits), tc.wantEdit)
			}
			if tc.wantEdit && (d.edits[0].Embeds == nil || (*d.edits[0].Embeds)[0].Title != "Gated answer" || d.edits[0].AllowedMentions == nil) {
				t.Errorf("edit does not carry the answer without mentions: %+v", d.edits[0])
			}
		})
	}

	t.Run("fast answers are not deferred", func(t *testing.T) {
		h := &Handler{Bot: New(loadRenderBase(t)), DeferAfter: time.Hour}
		for _, in := range benchInteractions() {
			d := newRecordingDeliverer()
			if err := h.Serve(context.Background(), in, d); err != nil {
				t.Fatalf("%s: %v", in.ID, err)
			}
			if len(d.responses) != 1 || len(d.edits) != 0 {
				t.Fatalf("%s: %d responses and %d edits, want one response", in.ID, len(d.responses), len(d.edits))
			}
			want := discordgo.InteractionResponseChannelMessageWithSource
			if in.Type == discordgo.InteractionApplicationCommandAutocomplete {
				want = discordgo.InteractionApplicationCommandAutocompleteResult
			}
			if got := d.responses[0].Type; got != want {
				t.Errorf("%s: response type %d, want %d", in.ID, got, want)
			}
		}
	})
}
