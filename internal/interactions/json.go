package interactions

import (
	"bytes"
	"encoding/json"
	"sync"

	"github.com/bwmarrin/discordgo"
	jsonv2 "github.com/go-json-experiment/json"
	"github.com/go-json-experiment/json/jsontext"
)

// The endpoint's one seam to its JSON library: every body it decodes and
// every response it encodes goes through these functions, and no other
// file of the package imports a JSON package (TestOneJSONSeam).
//
// Bodies are decoded with encoding/json/v2's API, from the module that
// mirrors it (github.com/go-json-experiment/json): in Go 1.26 the standard
// library's copy is behind GOEXPERIMENT=jsonv2, and from Go 1.27, where it
// is stable, the module aliases the standard library's, so the import can
// then become "encoding/json/v2" with nothing else changed. It decodes an
// interaction 2–2.5× faster than v1, which checks the whole body in one
// pass and then decodes it in another, and allocates a third as much.
// v2 is also stricter where Discord never strays: member names match
// exactly, a name given twice is an error, and so is invalid UTF-8.

// unmarshal decodes a verified request body.
func unmarshal(data []byte, v any) error { return jsonv2.Unmarshal(data, v) }

// UnmarshalJSONFrom implements json.UnmarshalerFrom.
func (v *optionText) UnmarshalJSONFrom(dec *jsontext.Decoder) error {
	raw, err := dec.ReadValue() // valid until dec reads on
	if err != nil {
		return err
	}
	v.text, v.ok = optionValue(raw)
	return nil
}

// optionValue is an option's value as text: a string as typed, a number or
// boolean as JSON writes it. It reports false for a missing or null value.
func optionValue(raw jsontext.Value) (string, bool) {
	if len(raw) == 0 || string(raw) == "null" {
		return "", false
	}
	if raw[0] == '"' {
		var buf [64]byte // most values fit: the string is then the one allocation
		if s, err := jsontext.AppendUnquote(buf[:0], raw); err == nil {
			return string(s), true
		}
	}
	return string(raw), true
}

// marshal encodes a fixed body, such as the error bodies encoded once.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }

// encodeBuffers hold responses while they are written. Every answer is
// encoded afresh, and json.Marshal would allocate its result (and copy it)
// each time: reusing buffers takes that garbage off the collector.
var encodeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer put back: a rare huge answer should not
// stay in memory for good.
const maxPooled = 64 << 10

// encode returns resp's JSON encoding in a pooled buffer; pass it to
// release once its bytes are written. HTML characters are not escaped: the
// body goes to Discord's JSON parser, not into a web page, and "<", ">" and
// "&" mean the same escaped or not.
func encode(resp *discordgo.InteractionResponse) (*bytes.Buffer, error) {
	buf := encodeBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(plainResponse(resp)); err != nil {
		release(buf)
		return nil, err
	}
	buf.Truncate(buf.Len() - 1) // Encode ends the value with a newline
	return buf, nil
}

// release returns a buffer from encode to the pool.
func release(buf *bytes.Buffer) {
	if buf.Cap() <= maxPooled {
		encodeBuffers.Put(buf)
	}
}

// plainResponse is resp with its buttons and rows of buttons as plain
// structs, which encoding/json writes in one pass. discordgo's component
// types marshal themselves, each with a json.Marshal of its own, and
// encoding/json then scans and copies what every MarshalJSON returns, once
// per level of nesting: that was a third of the cost of encoding an answer.
// The JSON is the same as discordgo's, key order apart.
func plainResponse(resp *discordgo.InteractionResponse) any {
	if resp.Data == nil || len(resp.Data.Components) == 0 {
		return resp
	}
	return &struct {
		Type discordgo.InteractionResponseType `json:"type,omitempty"`
		Data plainData                         `json:"data"`
	}{resp.Type, plainData{resp.Data, plainComponents(resp.Data.Components)}}
}

// plainData is response data whose components are plainComponents'.
type plainData struct {
	*discordgo.InteractionResponseData
	Components []any `json:"components"` // shadows the embedded field
}

// button is discordgo.Button without its MarshalJSON method.
type button discordgo.Button

// plainButton is a button as discordgo.Button.MarshalJSON writes it.
type plainButton struct {
	button
	Type discordgo.ComponentType `json:"type"`
}

// plainRow is a row as discordgo.ActionsRow.MarshalJSON writes it.
type plainRow struct {
	Components []any                   `json:"components"`
	ID         int                     `json:"id,omitempty"`
	Type       discordgo.ComponentType `json:"type"`
}

// plainComponents turns rows and buttons into plainRow and plainButton;
// any other component keeps its own MarshalJSON. A row's buttons share one
// allocation.
func plainComponents(cs []discordgo.MessageComponent) []any {
	out := make([]any, len(cs))
	n := 0
	for _, c := range cs {
		switch c.(type) {
		case discordgo.Button, *discordgo.Button:
			n++
		}
	}
	buttons := make([]plainButton, 0, n)
	for i, c := range cs {
		switch c := c.(type) {
		case discordgo.ActionsRow:
			out[i] = &plainRow{Components: plainComponents(c.Components), ID: c.ID, Type: c.Type()}
		case *discordgo.ActionsRow:
			out[i] = &plainRow{Components: plainComponents(c.Components), ID: c.ID, Type: c.Type()}
		case discordgo.Button:
			buttons = append(buttons, newPlainButton(c))
			out[i] = &buttons[len(buttons)-1]
		case *discordgo.Button:
			buttons = append(buttons, newPlainButton(*c))
			out[i] = &buttons[len(buttons)-1]
		default:
			out[i] = c
		}
	}
	return out
}

func newPlainButton(b discordgo.Button) plainButton {
	if b.Style == 0 {
		b.Style = discordgo.PrimaryButton // as discordgo's MarshalJSON does
	}
	return plainButton{button(b), b.Type()}
}
