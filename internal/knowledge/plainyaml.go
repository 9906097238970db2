package knowledge

import (
	"slices"

	"go.yaml.in/yaml/v3"
)

// Reading the commonest YAML shapes straight from their nodes. yaml.v3's
// decoder goes by reflection, boxing every scalar it resolves: for the
// facts and the vocabulary's phrases that was a tenth of loading's
// allocations, spent on values that are all plain strings. Each reader
// here takes only what it can read exactly as the decoder would (strings
// tagged !!str, lists of them, no aliases, nulls or repeated keys) and
// otherwise leaves the node to the decoder, so anything unusual is
// decoded, and its errors worded, as before.

// plainString returns the value of a scalar node that decodes into a Go
// string as itself.
func plainString(n *yaml.Node) (string, bool) {
	if n.Kind != yaml.ScalarNode || n.Tag != "!!str" {
		return "", false
	}
	return n.Value, true
}

// plainStrings returns the values of a list of plain strings, made as the
// decoder makes a slice (its length and capacity the list's).
func plainStrings(n *yaml.Node) ([]string, bool) {
	if n.Kind != yaml.SequenceNode || n.Tag != "!!seq" {
		return nil, false
	}
	out := make([]string, len(n.Content))
	for i, c := range n.Content {
		s, ok := plainString(c)
		if !ok {
			return nil, false
		}
		out[i] = s
	}
	return out, true
}

// plainNull reports whether n is a null, which leaves a field as it is.
func plainNull(n *yaml.Node) bool {
	return n.Kind == yaml.ScalarNode && n.Tag == "!!null"
}

// plainMapping calls field for each key of a mapping node, in order, with
// the key's index in names or -1 for a key not among them (the decoder
// skips those). It fails on a key that is not a plain string, a key given
// twice (the decoder reports that) or a false from field.
func plainMapping(n *yaml.Node, names []string, field func(i int, v *yaml.Node) bool) bool {
	if n.Kind != yaml.MappingNode || n.Tag != "!!map" {
		return false
	}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, ok := plainString(n.Content[i])
		if !ok {
			return false
		}
		for j := 0; j < i; j += 2 {
			if n.Content[j].Value == k {
				return false
			}
		}
		if !field(slices.Index(names, k), n.Content[i+1]) {
			return false
		}
	}
	return true
}

// factYAMLDecoded is factYAML without its UnmarshalYAML, for the decoder.
type factYAMLDecoded factYAML

// UnmarshalYAML reads a fact from its node (see plainString); a fact of
// any other shape goes to yaml.v3's decoder.
func (y *factYAML) UnmarshalYAML(n *yaml.Node) error {
	if y.fromNode(n) {
		return nil
	}
	*y = factYAML{}
	return n.Decode((*factYAMLDecoded)(y))
}

// fromNode reads y from a mapping of plain strings and lists of them, and
// reports whether it could.
func (y *factYAML) fromNode(n *yaml.Node) bool {
	return plainMapping(n, factFields, func(i int, v *yaml.Node) bool {
		if i < 0 {
			return true
		}
		if plainNull(v) {
			return true
		}
		var ok bool
		switch factFields[i] {
		case "id":
			y.ID, ok = plainString(v)
		case "kind":
			y.Kind, ok = plainString(v)
		case "dispute":
			y.Dispute, ok = plainString(v)
		case "title":
			y.Title, ok = plainString(v)
		case "answer":
			y.Answer, ok = plainString(v)
		case "aliases":
			y.Aliases, ok = plainStrings(v)
		case "keywords":
			y.Keywords, ok = plainStrings(v)
		case "about":
			y.About, ok = plainStrings(v)
		case "questions":
			y.Questions, ok = plainStrings(v)
		case "supplies":
			y.Supplies, ok = plainStrings(v)
		case "preamble":
			// Only the spellings yaml.v3 resolves to a bool.
			if v.Kind == yaml.ScalarNode && v.Tag == "!!bool" {
				switch v.Value {
				case "true", "True", "TRUE":
					b := true
					y.Preamble, ok = &b, true
				case "false", "False", "FALSE":
					b := false
					y.Preamble, ok = &b, true
				}
			}
		case "evidence":
			ok = y.evidenceFromNode(v)
		}
		return ok
	})
}

// evidenceNames are the keys of an evidence item, as factYAML tags them.
var evidenceNames = []string{"file", "quote"}

// evidenceFromNode reads y.Evidence from a list of mappings of plain
// strings.
func (y *factYAML) evidenceFromNode(n *yaml.Node) bool {
	if n.Kind != yaml.SequenceNode || n.Tag != "!!seq" {
		return false
	}
	y.Evidence = make([]struct {
		File  string `yaml:"file"`
		Quote string `yaml:"quote"`
	}, len(n.Content))
	for i, item := range n.Content {
		e := &y.Evidence[i]
		if !plainMapping(item, evidenceNames, func(j int, v *yaml.Node) bool {
			if j < 0 || plainNull(v) {
				return true
			}
			var ok bool
			if j == 0 {
				e.File, ok = plainString(v)
			} else {
				e.Quote, ok = plainString(v)
			}
			return ok
		}) {
			return false
		}
	}
	return true
}

// phraseList is the vocabulary's phrases: a list of lists of words.
type phraseList [][]string

// UnmarshalYAML reads the phrases from their node when every entry is a
// list of plain strings; any other shape goes to yaml.v3's decoder.
func (p *phraseList) UnmarshalYAML(n *yaml.Node) error {
	if n.Kind == yaml.SequenceNode && n.Tag == "!!seq" {
		out := make(phraseList, len(n.Content))
		ok := true
		for i, c := range n.Content {
			if out[i], ok = plainStrings(c); !ok {
				break
			}
		}
		if ok {
			*p = out
			return nil
		}
	}
	return n.Decode((*[][]string)(p))
}
