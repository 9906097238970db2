package knowledge

import (
	"fmt"
	"reflect"
	"testing"

	"github.com/strikebot/strikebot/data"
	"go.yaml.in/yaml/v3"
)

// plainShapes are fact items of every shape the node readers must either
// read as yaml.v3's decoder does or hand to it: nulls, numbers and yes/no
// where strings go, repeated keys, aliases, tags, merges.
var plainShapes = []string{
	"id: a\nkind: person\ntitle: A\nanswer: x\nevidence: [{file: f.txt, quote: q}]",
	"id: a\naliases:\nkeywords: []\nquestions: [q1, 'q2']\npreamble: false",
	"id: 2016\ntitle: true\nanswer: 1.5\naliases: [2016, yes, ~]",
	"id: a\npreamble: yes",
	"id: a\npreamble: True",
	"id: a\npreamble: ~",
	"id: a\nid: b",
	"id: a\nunknown: 1\nunknown: 2",
	"id: a\nevidence: [{file: f, file: g}]",
	"id: a\nevidence: [~, {file: f, quote: ~, extra: [1]}]",
	"id: a\nevidence: {file: f}",
	"id: &x a\ntitle: *x",
	"id: !!str 5\ntitle: !!int 5",
	"id: a\naliases: [[x]]",
	"? [k]\n: v\nid: a",
	"<<: {id: a}\ntitle: t",
	"id: a\nanswer: |\n  two\n  lines\n",
	"id: a\nsupplies: [date]\nabout: [b, c]",
	"id: a\n5: x\nevidence: [{file: f, x: 1, x: 2}]",
}

// TestFactFromNode checks that reading a fact from its node gives what
// yaml.v3's decoder gives, error for error, for the real facts and for
// plainShapes.
func TestFactFromNode(t *testing.T) {
	var nodes []*yaml.Node
	fsys := data.FS()
	for _, name := range (&loader{fsys: fsys}).listDir("facts", ".yaml") {
		nodes = append(nodes, parseListFile(fsys, name).items...)
	}
	read := 0
	for _, n := range nodes {
		var y factYAML
		if y.fromNode(n) {
			read++
		}
	}
	if read != len(nodes) {
		t.Errorf("%d of %d real facts read from their nodes; the rest go through the decoder", read, len(nodes))
	}
	for _, src := range plainShapes {
		var doc yaml.Node
		if err := yaml.Unmarshal([]byte(src), &doc); err != nil {
			t.Fatalf("%q: %v", src, err)
		}
		nodes = append(nodes, doc.Content[0])
	}
	for _, n := range nodes {
		var got factYAML
		var want factYAMLDecoded
		gotErr, wantErr := decodeNode(n, &got), decodeNode(n, &want)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual(got, factYAML(want)) {
			t.Errorf("line %d: read %+v (%v), decoder %+v (%v)", n.Line, got, gotErr, want, wantErr)
		}
		if cap(got.Aliases) != cap(want.Aliases) {
			t.Errorf("line %d: aliases' capacity %d, decoder %d", n.Line, cap(got.Aliases), cap(want.Aliases))
		}
	}
}

// TestPhrasesFromNode checks the phrases read from their node against
// yaml.v3's decoder, for lists of every shape.
func TestPhrasesFromNode(t *testing.T) {
	for _, src := range []string{
		"phrases: [[a b, ab], [c, d]]",
		"phrases: [[a b, ab], [1, 2]]",
		"phrases: [[a b, ab], ~, [c]]",
		"phrases: [[a b, ~]]",
		"phrases: [a, [b, c]]",
		"phrases: {a: b}",
		"phrases: ~",
		"phrases: []",
	} {
		var got struct {
			Phrases phraseList `yaml:"phrases"`
		}
		var want struct {
			Phrases [][]string `yaml:"phrases"`
		}
		gotErr, wantErr := yaml.Unmarshal([]byte(src), &got), yaml.Unmarshal([]byte(src), &want)
		if fmt.Sprint(gotErr) != fmt.Sprint(wantErr) || !reflect.DeepEqual([][]string(got.Phrases), want.Phrases) {
			t.Errorf("%q: read %q (%v), decoder %q (%v)", src, got.Phrases, gotErr, want.Phrases, wantErr)
		}
	}
}
