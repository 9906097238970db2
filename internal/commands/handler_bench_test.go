package commands

import (
	"context"
	"testing"

	"github.com/bwmarrin/discordgo"
)

// discardDeliverer takes responses and edits and drops them.
type discardDeliverer struct{}

func (discardDeliverer) Respond(*discordgo.InteractionResponse) error { return nil }
func (discardDeliverer) Edit(*discordgo.WebhookEdit) error            { return nil }

func benchInteractions() map[string]*discordgo.Interaction {
	opt := func(name, value string, focused bool) []*discordgo.ApplicationCommandInteractionDataOption {
		return []*discordgo.ApplicationCommandInteractionDataOption{{Name: name, Type: discordgo.ApplicationCommandOptionString, Value: value, Focused: focused}}
	}
	user := &discordgo.Member{User: &discordgo.User{ID: "80351110224678912"}}
	return map[string]*discordgo.Interaction{
		"who": {ID: "1", Type: discordgo.InteractionApplicationCommand, Member: user,
			Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: opt("name", "Mark Porter", false)}},
		"ask": {ID: "2", Type: discordgo.InteractionApplicationCommand, Member: user,
			Data: discordgo.ApplicationCommandInteractionData{Name: "ask", Options: opt("question", "when did the five-day strike start?", false)}},
		"autocomplete": {ID: "3", Type: discordgo.InteractionApplicationCommandAutocomplete, Member: user,
			Data: discordgo.ApplicationCommandInteractionData{Name: "who", Options: opt("name", "mar", true)}},
		"button": {ID: "4", Type: discordgo.InteractionMessageComponent, Member: user,
			Data: discordgo.MessageComponentInteractionData{CustomID: "quotes:mark-porter", ComponentType: discordgo.ButtonComponent}},
	}
}

// BenchmarkHandler is the cost of deciding an answer (Interaction), and of
// that with the deferral machinery around it (Serve), per kind of
// interaction.
func BenchmarkHandler(b *testing.B) {
	base := loadRenderBase(b)
	h := &Handler{Bot: New(base)}
	for name, in := range benchInteractions() {
		b.Run("Interaction/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				h.Interaction(context.Background(), in)
			}
		})
		b.Run("Serve/"+name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if err := h.Serve(context.Background(), in, discardDeliverer{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
