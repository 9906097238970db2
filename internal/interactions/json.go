package interactions

import "encoding/json"

// The endpoint's one seam to its JSON library: every body it decodes and
// every response it encodes goes through these two functions, so that
// encoding/json/v2 (an experiment in Go 1.26) can replace v1 here alone.

// unmarshal decodes a verified request body.
func unmarshal(data []byte, v any) error { return json.Unmarshal(data, v) }

// marshal encodes a response body.
func marshal(v any) ([]byte, error) { return json.Marshal(v) }
