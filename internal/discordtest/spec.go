package discordtest

import (
	"bytes"
	_ "embed"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/url"
	"sort"
	"strings"
	"sync"

	"github.com/santhosh-tekuri/jsonschema/v6"
)

// The official Discord OpenAPI description (github.com/discord/discord-api-spec,
// MIT licensed, see testdata/discord-api-spec/LICENSE and COMMIT). It is
// embedded so that the validation works from any package's tests, whatever
// their working directory.
//
//go:embed testdata/discord-api-spec/openapi.json
var openAPIJSON []byte

// The discord-api-spec commit the embedded openapi.json was taken from.
//
//go:embed testdata/discord-api-spec/COMMIT
var specCommitFile []byte

// specURL is the URL under which the whole OpenAPI document is registered with
// the JSON Schema compiler, so that request-body schemas can be compiled by
// JSON pointer and their "#/components/schemas/..." references resolve inside
// the same document.
const specURL = "https://discordtest.invalid/discord-api-spec/openapi.json"

// permissionFields are the request properties that Discord documents as
// permission bit sets "represented as a string" and that discordgo therefore
// sends as decimal strings (json:",string"), while the OpenAPI document types
// them as integers. Discord's API accepts both ("Our API accepts ints in
// string fields and strings in int fields (as long as they can be parsed as
// ints)", discord/discord-api-spec#11), so the loaded spec widens exactly these
// integer properties to also accept a decimal string. Nothing else is relaxed.
var permissionFields = map[string]bool{
	"default_member_permissions": true,
	"permissions":                true,
	"allow":                      true,
	"deny":                       true,
}

// specOperation is one method of one path template of the OpenAPI document.
type specOperation struct {
	Template     string   // e.g. "/applications/{application_id}/commands"
	Method       string   // upper case, e.g. "PUT"
	segments     []string // Template split on "/", without the leading ""
	literals     int      // how many segments are not {parameters}
	HasBody      bool     // the operation declares a requestBody
	BodyRequired bool     // requestBody.required
	JSONBody     bool     // requestBody has an application/json schema
	AuthOptional bool     // security lists {} (no authentication needed)
	BotToken     bool     // security accepts a bot token
}

// apiSpec is the parsed, compiled-on-demand OpenAPI document.
type apiSpec struct {
	ops          []*specOperation
	patchedProps int // how many permission properties were widened

	mu       sync.Mutex // guards compiler and schemas; the compiler is not goroutine-safe
	compiler *jsonschema.Compiler
	schemas  map[string]*jsonschema.Schema
	errs     map[string]error
}

var (
	specOnce   sync.Once
	specLoaded *apiSpec
	specErr    error
)

// loadSpec parses the embedded OpenAPI document once per process.
func loadSpec() (*apiSpec, error) {
	specOnce.Do(func() {
		specLoaded, specErr = parseSpec(openAPIJSON)
	})
	return specLoaded, specErr
}

func parseSpec(raw []byte) (*apiSpec, error) {
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		return nil, fmt.Errorf("parsing Discord OpenAPI spec: %w", err)
	}
	root, ok := doc.(map[string]any)
	if !ok {
		return nil, errors.New("the Discord OpenAPI spec is not a JSON object")
	}
	sp := &apiSpec{schemas: map[string]*jsonschema.Schema{}, errs: map[string]error{}}
	sp.patchedProps = widenPermissionFields(root)

	paths, _ := root["paths"].(map[string]any)
	for tmpl, item := range paths {
		methods, _ := item.(map[string]any)
		for m, v := range methods {
			op, ok := v.(map[string]any)
			if !ok || m == "parameters" {
				continue
			}
			so := &specOperation{Template: tmpl, Method: strings.ToUpper(m)}
			so.segments = strings.Split(strings.TrimPrefix(tmpl, "/"), "/")
			for _, s := range so.segments {
				if !isParam(s) {
					so.literals++
				}
			}
			if rb, ok := op["requestBody"].(map[string]any); ok {
				so.HasBody = true
				so.BodyRequired, _ = rb["required"].(bool)
				if content, ok := rb["content"].(map[string]any); ok {
					_, so.JSONBody = content["application/json"]
				}
			}
			if sec, ok := op["security"].([]any); ok {
				for _, req := range sec {
					r, _ := req.(map[string]any)
					if len(r) == 0 {
						so.AuthOptional = true
					}
					if _, ok := r["BotToken"]; ok {
						so.BotToken = true
					}
				}
			} else {
				so.BotToken = true
			}
			sp.ops = append(sp.ops, so)
		}
	}
	sort.Slice(sp.ops, func(i, j int) bool {
		if sp.ops[i].Template != sp.ops[j].Template {
			return sp.ops[i].Template < sp.ops[j].Template
		}
		return sp.ops[i].Method < sp.ops[j].Method
	})

	c := jsonschema.NewCompiler()
	c.DefaultDraft(jsonschema.Draft2020)
	if err := c.AddResource(specURL, doc); err != nil {
		return nil, fmt.Errorf("loading Discord OpenAPI spec into the schema compiler: %w", err)
	}
	sp.compiler = c
	return sp, nil
}

// widenPermissionFields applies the documented permissions-as-string
// allowance (see permissionFields) to every schema under components/schemas.
func widenPermissionFields(root map[string]any) int {
	comps, _ := root["components"].(map[string]any)
	schemas, _ := comps["schemas"].(map[string]any)
	n := 0
	for _, s := range schemas {
		obj, _ := s.(map[string]any)
		props, _ := obj["properties"].(map[string]any)
		for name, p := range props {
			if !permissionFields[name] {
				continue
			}
			ps, _ := p.(map[string]any)
			if !typeIsInteger(ps["type"]) {
				continue
			}
			props[name] = map[string]any{
				"anyOf": []any{ps, map[string]any{"type": "string", "pattern": "^(0|[1-9][0-9]{0,19})$"}},
			}
			n++
		}
	}
	return n
}

func typeIsInteger(t any) bool {
	switch t := t.(type) {
	case string:
		return t == "integer"
	case []any:
		hasInt := false
		for _, x := range t {
			switch x {
			case "integer":
				hasInt = true
			case "null":
			default:
				return false
			}
		}
		return hasInt
	}
	return false
}

func isParam(seg string) bool {
	return strings.HasPrefix(seg, "{") && strings.HasSuffix(seg, "}")
}

// apiPath strips the "/api/vN" (or "/api") prefix of a request path and
// returns the path as the OpenAPI document spells it, plus the API version
// ("" when the path is unversioned).
func apiPath(p string) (rest, version string, ok bool) {
	if !strings.HasPrefix(p, "/api/") {
		return "", "", false
	}
	rest = strings.TrimPrefix(p, "/api")
	if strings.HasPrefix(rest, "/v") {
		i := strings.Index(rest[1:], "/")
		if i < 0 {
			return "", "", false
		}
		version = rest[2 : i+1]
		rest = rest[i+1:]
	}
	return rest, version, true
}

// match finds the operation for method and an API path without prefix. When
// several templates match, the one with the most literal segments wins (so
// ".../messages/@original" beats ".../messages/{message_id}").
func (sp *apiSpec) match(method, path string) *specOperation {
	segs := strings.Split(strings.TrimPrefix(path, "/"), "/")
	var best *specOperation
	for _, op := range sp.ops {
		if op.Method != method || len(op.segments) != len(segs) {
			continue
		}
		ok := true
		for i, s := range op.segments {
			if isParam(s) {
				if segs[i] == "" {
					ok = false
					break
				}
				continue
			}
			if s != segs[i] {
				ok = false
				break
			}
		}
		if ok && (best == nil || op.literals > best.literals) {
			best = op
		}
	}
	return best
}

// schemaFor compiles (once) the application/json request-body schema of op.
func (sp *apiSpec) schemaFor(op *specOperation) (*jsonschema.Schema, error) {
	key := op.Method + " " + op.Template
	sp.mu.Lock()
	defer sp.mu.Unlock()
	if s, ok := sp.schemas[key]; ok {
		return s, nil
	}
	if err, ok := sp.errs[key]; ok {
		return nil, err
	}
	loc := specURL + "#/paths/" + pointerEscape(op.Template) + "/" + strings.ToLower(op.Method) +
		"/requestBody/content/application~1json/schema"
	s, err := sp.compiler.Compile(loc)
	if err != nil {
		err = fmt.Errorf("compiling request schema of %s: %w", key, err)
		sp.errs[key] = err
		return nil, err
	}
	sp.schemas[key] = s
	return s, nil
}

// pointerEscape escapes a JSON object key for use as a JSON pointer token in a
// URL fragment: "~" → "~0", "/" → "~1", then percent-encoding ({, } …).
func pointerEscape(key string) string {
	key = strings.ReplaceAll(key, "~", "~0")
	key = strings.ReplaceAll(key, "/", "~1")
	return url.PathEscape(key)
}

// validateRequest checks one HTTP request against the spec: the method and
// path must name an operation, and the body must satisfy its application/json
// request schema (for multipart bodies, the payload_json part). It returns the
// matched operation, nil if none.
func (sp *apiSpec) validateRequest(method, path, contentType string, body []byte) (*specOperation, error) {
	rest, _, ok := apiPath(path)
	if !ok {
		return nil, fmt.Errorf("%s is not a Discord API path (want /api/v9/...)", path)
	}
	op := sp.match(method, rest)
	if op == nil {
		return nil, fmt.Errorf("no operation %s %s in Discord's OpenAPI spec", method, rest)
	}
	if len(body) == 0 {
		if op.BodyRequired {
			return op, fmt.Errorf("%s %s requires a request body, got none", method, op.Template)
		}
		return op, nil
	}
	if !op.HasBody {
		return op, fmt.Errorf("%s %s takes no request body, got %d bytes", method, op.Template, len(body))
	}
	if !op.JSONBody {
		return op, fmt.Errorf("%s %s has no application/json request schema", method, op.Template)
	}
	if _, _, err := decodeBody(contentType, body); err != nil {
		return op, err
	}
	sch, err := sp.schemaFor(op)
	if err != nil {
		return op, err
	}
	// Validate a copy decoded by the jsonschema package (json.Number for
	// numbers), so that large integers are compared exactly.
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(jsonBytes(contentType, body)))
	if err != nil {
		return op, fmt.Errorf("request body is not JSON: %w", err)
	}
	if err := sch.Validate(inst); err != nil {
		return op, err
	}
	return op, checkDocumentedLimits(op, inst)
}

// messageContentLimit is the documented maximum length of a message's content
// ("up to 2000 characters") for messages sent by bots; the OpenAPI document
// allows 4000 (the limit for Nitro users), which Discord rejects for bots.
const messageContentLimit = 2000

// checkDocumentedLimits enforces limits that Discord documents and enforces
// but the OpenAPI document does not express.
func checkDocumentedLimits(op *specOperation, body any) error {
	var content any
	m, _ := body.(map[string]any)
	switch op.Method + " " + op.Template {
	case "POST /channels/{channel_id}/messages",
		"PATCH /channels/{channel_id}/messages/{message_id}",
		"POST /webhooks/{webhook_id}/{webhook_token}",
		"PATCH /webhooks/{webhook_id}/{webhook_token}/messages/@original",
		"PATCH /webhooks/{webhook_id}/{webhook_token}/messages/{message_id}":
		content = m["content"]
	case "POST /interactions/{interaction_id}/{interaction_token}/callback":
		data, _ := m["data"].(map[string]any)
		content = data["content"]
	}
	if c, ok := content.(string); ok {
		if n := len([]rune(c)); n > messageContentLimit {
			return fmt.Errorf("at '/content': %d characters exceed Discord's documented limit of %d for a message's content (the OpenAPI schema allows 4000, the limit for Nitro users, which bots do not get)", n, messageContentLimit)
		}
	}
	return nil
}

// File is one file part of a multipart request (discordgo's files[n] parts).
type File struct {
	Field       string // form field name, e.g. "files[0]"
	Name        string // file name
	ContentType string
	Data        []byte
}

// jsonBytes returns the JSON text of a body: the body itself, or the
// payload_json part of a multipart body.
func jsonBytes(contentType string, body []byte) []byte {
	mt, params, _ := mime.ParseMediaType(contentType)
	if mt != "multipart/form-data" {
		return body
	}
	mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
	for {
		p, err := mr.NextPart()
		if err != nil {
			return nil
		}
		if p.FormName() == "payload_json" {
			b, _ := io.ReadAll(p)
			return b
		}
	}
}

// decodeBody decodes a JSON or multipart (payload_json + files) request body.
func decodeBody(contentType string, body []byte) (any, []File, error) {
	if len(body) == 0 {
		return nil, nil, nil
	}
	mt, params, err := mime.ParseMediaType(contentType)
	if err != nil {
		return nil, nil, fmt.Errorf("bad Content-Type %q: %w", contentType, err)
	}
	switch mt {
	case "application/json":
		var v any
		d := json.NewDecoder(bytes.NewReader(body))
		d.UseNumber()
		if err := d.Decode(&v); err != nil {
			return nil, nil, fmt.Errorf("request body is not JSON: %w", err)
		}
		return normalizeNumbers(v), nil, nil
	case "multipart/form-data":
		mr := multipart.NewReader(bytes.NewReader(body), params["boundary"])
		var payload any
		var files []File
		seenPayload := false
		for {
			p, err := mr.NextPart()
			if err == io.EOF {
				break
			}
			if err != nil {
				return nil, nil, fmt.Errorf("bad multipart body: %w", err)
			}
			data, err := io.ReadAll(p)
			if err != nil {
				return nil, nil, fmt.Errorf("bad multipart body: %w", err)
			}
			if p.FormName() == "payload_json" {
				seenPayload = true
				d := json.NewDecoder(bytes.NewReader(data))
				d.UseNumber()
				if err := d.Decode(&payload); err != nil {
					return nil, nil, fmt.Errorf("payload_json is not JSON: %w", err)
				}
				payload = normalizeNumbers(payload)
				continue
			}
			files = append(files, File{Field: p.FormName(), Name: p.FileName(), ContentType: p.Header.Get("Content-Type"), Data: data})
		}
		if !seenPayload {
			return nil, files, errors.New("multipart body has no payload_json part")
		}
		return payload, files, nil
	default:
		return nil, nil, fmt.Errorf("unsupported request Content-Type %q (discordgo sends application/json or multipart/form-data)", mt)
	}
}

// normalizeNumbers turns json.Number into int64 when integral, else float64,
// so that decoded bodies compare naturally in tests.
func normalizeNumbers(v any) any {
	switch v := v.(type) {
	case json.Number:
		if i, err := v.Int64(); err == nil {
			return i
		}
		f, _ := v.Float64()
		return f
	case map[string]any:
		for k, x := range v {
			v[k] = normalizeNumbers(x)
		}
		return v
	case []any:
		for i, x := range v {
			v[i] = normalizeNumbers(x)
		}
		return v
	}
	return v
}

// ValidateRequestBody checks a request against Discord's OpenAPI spec exactly
// as the fake server does for every request it receives: method and path (with
// its /api/vN prefix) must name an operation of the spec, and body (JSON, or
// multipart with a payload_json part, per contentType) must satisfy that
// operation's request schema. It is exported for tests that want to check a
// body without sending it.
func ValidateRequestBody(method, path, contentType string, body []byte) error {
	sp, err := loadSpec()
	if err != nil {
		return err
	}
	_, err = sp.validateRequest(method, path, contentType, body)
	return err
}
