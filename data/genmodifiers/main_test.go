package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestRun classifies a small word list against a WordNet fixture: verbs
// (inflected, irregular) and adverbs are kept; nouns, words used more as
// adjectives and words WordNet lacks are not.
func TestRun(t *testing.T) {
	out := filepath.Join(t.TempDir(), "modifiers.txt")
	if err := run("testdata", "testdata/words.txt", out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// keeps: verb 20.2 > noun 0.1; took: verb via verb.exc; mostly: adverb;
	// strikes: verb 9.3 > noun 3.2. alone and final are adjectives first,
	// meeting a noun, stopped and zebra unknown to the fixture.
	if want := "keeps\nmostly\nstrikes\ntook\n"; string(got) != want {
		t.Errorf("got %q, want %q", got, want)
	}
}

// TestCurrent checks that data/words/modifiers.txt is what the generator
// makes from the installed WordNet, when it is installed.
func TestCurrent(t *testing.T) {
	const wordnet = "/usr/share/wordnet"
	if _, err := os.Stat(filepath.Join(wordnet, "index.verb")); err != nil {
		t.Skip("WordNet is not installed:", err)
	}
	out := filepath.Join(t.TempDir(), "modifiers.txt")
	if err := run(wordnet, "../words/english.txt", out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../words/modifiers.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("data/words/modifiers.txt is out of date: run go generate ./data")
	}
}
