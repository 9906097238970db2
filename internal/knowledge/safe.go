package knowledge

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Guards for hostile or broken input: whatever a data directory holds,
// loading ends with a base or a list of problems, never a crash or a hang.
// yaml.v3 itself bounds nesting depth and alias expansion ("exceeded max
// depth", "document contains excessive aliasing"); those errors arrive here
// as problems like any syntax error.

// parseYAML parses b into doc, turning a panic in the parser (yaml.v2 and
// early v3 releases had several on crafted input) into an error.
func parseYAML(b []byte, doc *yaml.Node) (err error) {
	defer recoverYAML(&err)
	return yaml.Unmarshal(b, doc)
}

// decodeNode decodes n into v, as parseYAML guards parsing.
func decodeNode(n *yaml.Node, v any) (err error) {
	defer recoverYAML(&err)
	return n.Decode(v)
}

func recoverYAML(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("yaml: cannot be read (%v)", r)
	}
}

// checkText reports the lines of an article that are not UTF-8 text or hold
// control characters: a binary file, or one in another encoding, whose
// quotes could never match.
func (l *loader) checkText(name string, lines []string) {
	bad := 0
	for i, line := range lines {
		if bad == 3 {
			l.add(name, i+1, "and further lines: is this a text file in UTF-8?")
			return
		}
		switch {
		case !utf8.ValidString(line):
			l.add(name, i+1, "not UTF-8 text")
			bad++
		case strings.ContainsFunc(line, isControl):
			l.add(name, i+1, "holds control characters (binary data?)")
			bad++
		}
	}
}

func isControl(r rune) bool { return r < ' ' && r != '\t' || r == 0x7f }

// kindList is the valid kinds, for the problem naming an unknown one.
func kindList() string {
	s := make([]string, len(Kinds))
	for i, k := range Kinds {
		s[i] = string(k)
	}
	return strings.Join(s, ", ")
}
