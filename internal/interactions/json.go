package interactions

import (
	"bytes"
	"encoding/json"
	"sync"
)

// The endpoint's one seam to its JSON library: every body it decodes and
// every response it encodes goes through these functions, so that
// encoding/json/v2 (an experiment in Go 1.26) can replace v1 here alone.

// unmarshal decodes a verified request body.
func unmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

// marshal encodes a fixed body, such as the error bodies encoded once.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }

// encodeBuffers hold responses while they are written. Every answer is
// encoded afresh, and json.Marshal would allocate its result (and copy it)
// each time: reusing buffers takes that garbage off the collector.
var encodeBuffers = sync.Pool{New: func() any { return new(bytes.Buffer) }}

// maxPooled is the largest buffer put back: a rare huge answer should not
// stay in memory for good.
const maxPooled = 64 << 10

// encode returns v's JSON encoding in a pooled buffer; pass it to release
// once its bytes are written. HTML characters are not escaped: the body
// goes to Discord's JSON parser, not into a web page, and "<", ">" and "&"
// mean the same escaped or not.
func encode(v any) (*bytes.Buffer, error) {
	buf := encodeBuffers.Get().(*bytes.Buffer)
	buf.Reset()
	enc := json.NewEncoder(buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
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
