package knowledge

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
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

// maxExpanded caps what a data file may grow to once its YAML aliases are
// expanded: a 1 MiB file of aliases to a large anchor would otherwise become
// gigabytes of facts to index. yaml.v3's own check ("excessive aliasing")
// looks at the ratio of aliases to nodes, not at size.
const maxExpanded = 4 * MaxFileSize

// expandedSize is the bytes of scalar text under n with every alias
// expanded. Only aliases can reach a node twice, so each alias target is
// counted once (memo) and a billion-laughs document costs its node count,
// not its expansion. It stops counting past limit. An alias cycle counts as
// nothing here; decoding reports it.
func expandedSize(n *yaml.Node, limit int, memo map[*yaml.Node]int) int {
	if n == nil {
		return 0
	}
	if n.Kind == yaml.AliasNode {
		s, ok := memo[n.Alias]
		if !ok {
			memo[n.Alias] = 0 // in progress: a cycle adds nothing
			s = expandedSize(n.Alias, limit, memo)
			memo[n.Alias] = s
		}
		return s
	}
	s := len(n.Value) + 1
	for _, c := range n.Content {
		if s > limit {
			break
		}
		s += expandedSize(c, limit, memo)
	}
	return min(s, limit+1)
}

func recoverYAML(err *error) {
	if r := recover(); r != nil {
		*err = fmt.Errorf("yaml: cannot be read (%v)", r)
	}
}

// decodeProblems splits a decoding error into problems. yaml.v3 gathers
// every type mismatch of an item into one *TypeError, each "line N: …";
// each becomes its own problem at its own line rather than one multi-line
// message at the item's.
func decodeProblems(err error, line int) []Problem {
	var te *yaml.TypeError
	if !errors.As(err, &te) || len(te.Errors) == 0 {
		return []Problem{{Line: line, Msg: err.Error()}}
	}
	out := make([]Problem, len(te.Errors))
	for i, msg := range te.Errors {
		out[i] = Problem{Line: line, Msg: msg}
		if m := typeErrLine.FindStringSubmatch(msg); m != nil {
			out[i].Line, _ = strconv.Atoi(m[1])
			out[i].Msg = "wrong type: " + m[2]
		}
	}
	return out
}

var typeErrLine = regexp.MustCompile(`^line (\d+): (.*)$`)

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
