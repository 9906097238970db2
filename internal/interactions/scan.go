package interactions

import (
	"encoding/json"
	"errors"
	"fmt"
	"strconv"
	"unicode/utf8"
)

// scanner reads one JSON document from a byte slice, strictly (it accepts
// only what encoding/json's Valid accepts), without reflection and without
// building a tree: the decoder asks for the value it expects next, and skips
// what it does not need by checking its syntax only.
//
// Why not encoding/json: after the signature check, decoding was the largest
// cost of an interaction (about 11 µs for a slash command and 19 µs for a
// button, whose body carries the whole message it sits on), more than finding
// the answer. This scanner does the same in a fraction of that, and the fuzz
// test FuzzDecode holds it to encoding/json's verdicts and values.
type scanner struct {
	b     []byte
	i     int
	depth int
}

// maxDepth bounds nesting, as encoding/json does (it allows 10000), so that a
// deeply nested body cannot exhaust the stack.
const maxDepth = 10000

var errSyntax = errors.New("invalid JSON")

func (s *scanner) errorf(format string, args ...any) error {
	return fmt.Errorf("offset %d: "+format, append([]any{s.i}, args...)...)
}

func (s *scanner) ws() {
	for s.i < len(s.b) {
		switch s.b[s.i] {
		case ' ', '\t', '\n', '\r':
			s.i++
		default:
			return
		}
	}
}

// peek returns the next byte after white space, or 0 at the end.
func (s *scanner) peek() byte {
	s.ws()
	if s.i < len(s.b) {
		return s.b[s.i]
	}
	return 0
}

// consume skips white space and then c, or fails.
func (s *scanner) consume(c byte) error {
	if s.peek() != c {
		return s.errorf("%w: want %q", errSyntax, c)
	}
	s.i++
	return nil
}

// null consumes a null if one is next.
func (s *scanner) null() bool {
	if s.peek() == 'n' && len(s.b)-s.i >= 4 && string(s.b[s.i:s.i+4]) == "null" {
		s.i += 4
		return true
	}
	return false
}

// end checks that nothing but white space is left.
func (s *scanner) end() error {
	if s.peek() != 0 || s.i != len(s.b) {
		return s.errorf("%w: data after the value", errSyntax)
	}
	return nil
}

// object walks an object's members: it calls member with each key, which
// must consume the member's value. A null is an empty object, as in
// encoding/json.
func (s *scanner) object(member func(key []byte) error) error {
	if done, err := s.enter('{', '}'); done || err != nil {
		return err
	}
	defer s.leave()
	for {
		key, err := s.key()
		if err != nil {
			return err
		}
		if err := s.consume(':'); err != nil {
			return err
		}
		if err := member(key); err != nil {
			return err
		}
		if more, err := s.next('}'); !more || err != nil {
			return err
		}
	}
}

// array walks an array's elements: element must consume each. A null is an
// empty array.
func (s *scanner) array(element func() error) error {
	if done, err := s.enter('[', ']'); done || err != nil {
		return err
	}
	defer s.leave()
	for {
		if err := element(); err != nil {
			return err
		}
		if more, err := s.next(']'); !more || err != nil {
			return err
		}
	}
}

// enter starts an object or array, reporting whether it is already over: a
// null, or empty. If not, the caller must leave it.
func (s *scanner) enter(open, close byte) (done bool, err error) {
	if s.null() {
		return true, nil
	}
	if err := s.consume(open); err != nil {
		return true, err
	}
	if s.peek() == close {
		s.i++
		return true, nil
	}
	if s.depth++; s.depth > maxDepth {
		return true, s.errorf("%w: nested too deeply", errSyntax)
	}
	return false, nil
}

func (s *scanner) leave() { s.depth-- }

// next consumes the separator after a member or element, reporting whether
// another follows.
func (s *scanner) next(close byte) (more bool, err error) {
	switch s.peek() {
	case ',':
		s.i++
		return true, nil
	case close:
		s.i++
		return false, nil
	}
	return false, s.errorf("%w: want ',' or %q", errSyntax, close)
}

// key reads an object key. Keys are compared as bytes, so a key with escapes
// is unescaped first; Discord's keys never have any.
func (s *scanner) key() ([]byte, error) {
	start, end, escaped, err := s.stringSpan()
	if err != nil {
		return nil, err
	}
	if !escaped {
		return s.b[start+1 : end-1], nil
	}
	v, err := unquote(s.b[start:end])
	return []byte(v), err
}

// stringSpan consumes a string literal and returns where it lies, quotes
// included, and whether it needs unescaping (escapes or bytes that are not
// valid UTF-8, which encoding/json replaces with U+FFFD).
func (s *scanner) stringSpan() (start, end int, escaped bool, err error) {
	if s.peek() != '"' {
		return 0, 0, false, s.errorf("%w: want a string", errSyntax)
	}
	start = s.i
	i := s.i + 1
	for i < len(s.b) {
		c := s.b[i]
		switch {
		case c == '"':
			s.i = i + 1
			return start, s.i, escaped, nil
		case c == '\\':
			escaped = true
			if i+1 >= len(s.b) {
				return 0, 0, false, s.errorf("%w: unterminated string", errSyntax)
			}
			switch s.b[i+1] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
				i += 2
			case 'u':
				if i+6 > len(s.b) {
					return 0, 0, false, s.errorf("%w: short \\u escape", errSyntax)
				}
				for _, h := range s.b[i+2 : i+6] {
					if !isHex(h) {
						return 0, 0, false, s.errorf("%w: bad \\u escape", errSyntax)
					}
				}
				i += 6
			default:
				return 0, 0, false, s.errorf("%w: bad escape", errSyntax)
			}
		case c < 0x20:
			return 0, 0, false, s.errorf("%w: control character in string", errSyntax)
		case c < utf8.RuneSelf:
			i++
		default:
			r, size := utf8.DecodeRune(s.b[i:])
			if r == utf8.RuneError && size == 1 {
				escaped = true
			}
			i += size
		}
	}
	return 0, 0, false, s.errorf("%w: unterminated string", errSyntax)
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// unquote decodes a string literal that needs it through encoding/json, so
// escapes, surrogate pairs and invalid UTF-8 come out exactly as there.
func unquote(lit []byte) (string, error) {
	var v string
	if err := json.Unmarshal(lit, &v); err != nil {
		return "", err
	}
	return v, nil
}

// str reads a string. A null is "", as in encoding/json.
func (s *scanner) str() (string, error) {
	if s.null() {
		return "", nil
	}
	start, end, escaped, err := s.stringSpan()
	if err != nil {
		return "", err
	}
	if !escaped {
		return string(s.b[start+1 : end-1]), nil
	}
	return unquote(s.b[start:end])
}

// numberSpan consumes a number literal, checking its grammar.
func (s *scanner) numberSpan() ([]byte, error) {
	s.ws()
	start, i := s.i, s.i
	if i < len(s.b) && s.b[i] == '-' {
		i++
	}
	switch {
	case i < len(s.b) && s.b[i] == '0':
		i++
	case i < len(s.b) && '1' <= s.b[i] && s.b[i] <= '9':
		for i < len(s.b) && '0' <= s.b[i] && s.b[i] <= '9' {
			i++
		}
	default:
		return nil, s.errorf("%w: want a number", errSyntax)
	}
	if i < len(s.b) && s.b[i] == '.' {
		i++
		if i >= len(s.b) || s.b[i] < '0' || s.b[i] > '9' {
			return nil, s.errorf("%w: bad fraction", errSyntax)
		}
		for i < len(s.b) && '0' <= s.b[i] && s.b[i] <= '9' {
			i++
		}
	}
	if i < len(s.b) && (s.b[i] == 'e' || s.b[i] == 'E') {
		i++
		if i < len(s.b) && (s.b[i] == '+' || s.b[i] == '-') {
			i++
		}
		if i >= len(s.b) || s.b[i] < '0' || s.b[i] > '9' {
			return nil, s.errorf("%w: bad exponent", errSyntax)
		}
		for i < len(s.b) && '0' <= s.b[i] && s.b[i] <= '9' {
			i++
		}
	}
	s.i = i
	return s.b[start:i], nil
}

// int reads an integer that fits in an int64. A null is 0.
func (s *scanner) int() (int64, error) {
	if s.null() {
		return 0, nil
	}
	lit, err := s.numberSpan()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseInt(string(lit), 10, 64)
	if err != nil {
		return 0, s.errorf("number %s is not an integer", lit)
	}
	return n, nil
}

// intIn reads an integer in [lo, hi]: the range of the Go type it goes
// into, which encoding/json enforces too.
func (s *scanner) intIn(lo, hi int64) (int64, error) {
	n, err := s.int()
	if err == nil && (n < lo || n > hi) {
		return 0, s.errorf("number %d out of range", n)
	}
	return n, err
}

// uint reads an unsigned integer that fits in a uint64. A null is 0.
func (s *scanner) uint() (uint64, error) {
	if s.null() {
		return 0, nil
	}
	lit, err := s.numberSpan()
	if err != nil {
		return 0, err
	}
	n, err := strconv.ParseUint(string(lit), 10, 64)
	if err != nil {
		return 0, s.errorf("number %s is not an unsigned integer", lit)
	}
	return n, nil
}

// stringInt reads an integer sent as a string, like permissions ("8"). A
// null or "" is 0.
func (s *scanner) stringInt() (int64, error) {
	v, err := s.str()
	if err != nil || v == "" {
		return 0, err
	}
	n, err := strconv.ParseInt(v, 10, 64)
	if err != nil {
		return 0, s.errorf("%q is not an integer", v)
	}
	return n, nil
}

// boolean reads true or false. A null is false.
func (s *scanner) boolean() (bool, error) {
	switch {
	case s.null():
		return false, nil
	case s.literal("true"):
		return true, nil
	case s.literal("false"):
		return false, nil
	}
	return false, s.errorf("%w: want true or false", errSyntax)
}

func (s *scanner) literal(word string) bool {
	if s.peek() == word[0] && len(s.b)-s.i >= len(word) && string(s.b[s.i:s.i+len(word)]) == word {
		s.i += len(word)
		return true
	}
	return false
}

// any reads a value as encoding/json decodes into interface{}, for the
// scalars an option's value can be; objects and arrays are not expected there
// and are refused.
func (s *scanner) any() (any, error) {
	switch c := s.peek(); {
	case c == '"':
		return s.str()
	case c == 't' || c == 'f':
		return s.boolean()
	case c == 'n':
		if s.null() {
			return nil, nil
		}
	case c == '-' || '0' <= c && c <= '9':
		lit, err := s.numberSpan()
		if err != nil {
			return nil, err
		}
		f, err := strconv.ParseFloat(string(lit), 64)
		if err != nil {
			return nil, s.errorf("number %s: %w", lit, err)
		}
		return f, nil
	case c == '{' || c == '[':
		return nil, s.errorf("an object or array where a value was expected")
	}
	return nil, s.errorf("%w: want a value", errSyntax)
}

// raw consumes any value and returns its bytes, for the rare parts decoded
// with encoding/json.
func (s *scanner) raw() ([]byte, error) {
	s.ws()
	start := s.i
	if err := s.skip(); err != nil {
		return nil, err
	}
	return s.b[start:s.i], nil
}

// skip consumes any value, checking only its syntax.
func (s *scanner) skip() error {
	switch c := s.peek(); {
	case c == '{':
		return s.object(func([]byte) error { return s.skip() })
	case c == '[':
		return s.array(s.skip)
	case c == '"':
		_, _, _, err := s.stringSpan()
		return err
	case c == 't':
		if s.literal("true") {
			return nil
		}
	case c == 'f':
		if s.literal("false") {
			return nil
		}
	case c == 'n':
		if s.null() {
			return nil
		}
	case c == '-' || '0' <= c && c <= '9':
		_, err := s.numberSpan()
		return err
	}
	return s.errorf("%w: want a value", errSyntax)
}
