// Command genmodifiers writes data/words/modifiers.txt: the words of the
// English word list (data/words/english.txt) that are mostly used as verbs
// or adverbs rather than nouns ("keeps", "took", "mostly", "outright"),
// judged by WordNet 3.0's counts of tagged senses.
//
// The answer engine weighs a real word the facts do not know as a subject
// they do not cover; such a word mostly qualifies the subject instead of
// naming another, and weighs less. Adjectives are left out: "final" or
// "alone" often is the very thing a question asks about.
//
// It reads the WordNet database (Debian package wordnet-base) and is run
// from the data directory by go generate:
//
//	go generate ./data
//
// The output is sorted, one word a line, like the word list it is drawn
// from; data/words/COPYRIGHT-WORDNET is WordNet's licence.
package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
)

func main() {
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "the WordNet 3.0 database directory")
	words := flag.String("words", "words/english.txt", "the English word list to classify")
	out := flag.String("out", "words/modifiers.txt", "the file to write")
	flag.Parse()
	if err := run(*wordnet, *words, *out); err != nil {
		fmt.Fprintln(os.Stderr, "genmodifiers:", err)
		os.Exit(1)
	}
}

// The parts of speech WordNet has, as its file names spell them.
var parts = []string{"noun", "verb", "adj", "adv"}

// suffixes are WordNet's rules of detachment (morphy(7WN)): an inflected
// ending and the ending of its base form, per part of speech.
var suffixes = map[string][][2]string{
	"noun": {{"s", ""}, {"ses", "s"}, {"xes", "x"}, {"zes", "z"}, {"ches", "ch"}, {"shes", "sh"}, {"men", "man"}, {"ies", "y"}},
	"verb": {{"s", ""}, {"ies", "y"}, {"es", "e"}, {"es", ""}, {"ed", "e"}, {"ed", ""}, {"ing", "e"}, {"ing", ""}},
	"adj":  {{"er", ""}, {"est", ""}, {"er", "e"}, {"est", "e"}},
}

// wordNet holds, per part of speech, each lemma's use: its count of tagged
// senses plus a tenth of its count of senses, so that a lemma no corpus
// tagged still counts a little.
type wordNet struct {
	use        map[string]map[string]float64  // part → lemma → use
	exceptions map[string]map[string][]string // part → irregular form → base forms
}

func run(dir, wordsFile, outFile string) error {
	wn := wordNet{use: map[string]map[string]float64{}, exceptions: map[string]map[string][]string{}}
	for _, p := range parts {
		if err := wn.readIndex(filepath.Join(dir, "index."+p), p); err != nil {
			return err
		}
		if err := wn.readExceptions(filepath.Join(dir, p+".exc"), p); err != nil {
			return err
		}
	}
	b, err := os.ReadFile(wordsFile)
	if err != nil {
		return err
	}
	var keep []string
	for w := range strings.SplitSeq(strings.TrimSpace(string(b)), "\n") {
		if wn.modifier(w) {
			keep = append(keep, w)
		}
	}
	slices.Sort(keep)
	if len(keep) == 0 {
		return fmt.Errorf("no word of %s is a modifier: is %s WordNet 3.0?", wordsFile, dir)
	}
	return os.WriteFile(outFile, []byte(strings.Join(keep, "\n")+"\n"), 0o644)
}

// readIndex reads one index file: "lemma pos synset_cnt p_cnt ptr…
// sense_cnt tagsense_cnt offsets…", after a licence header of lines
// starting with spaces.
func (wn *wordNet) readIndex(name, part string) error {
	f, err := os.Open(name)
	if err != nil {
		return err
	}
	defer f.Close()
	use := map[string]float64{}
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<20)
	for n := 1; sc.Scan(); n++ {
		line := sc.Text()
		if strings.HasPrefix(line, " ") {
			continue
		}
		p := strings.Fields(line)
		if len(p) < 4 {
			return fmt.Errorf("%s:%d: too few fields", name, n)
		}
		senses, err1 := strconv.Atoi(p[2])
		pointers, err2 := strconv.Atoi(p[3])
		if err1 != nil || err2 != nil || len(p) <= 5+pointers {
			return fmt.Errorf("%s:%d: not a WordNet index line", name, n)
		}
		tagged, err := strconv.Atoi(p[5+pointers])
		if err != nil {
			return fmt.Errorf("%s:%d: tagged sense count: %w", name, n, err)
		}
		use[p[0]] = float64(tagged) + 0.1*float64(senses)
	}
	wn.use[part] = use
	return sc.Err()
}

// readExceptions reads one exception list: "form base…" a line.
func (wn *wordNet) readExceptions(name, part string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	exc := map[string][]string{}
	for line := range strings.SplitSeq(string(b), "\n") {
		if p := strings.Fields(line); len(p) > 1 {
			exc[p[0]] = append(exc[p[0]], p[1:]...)
		}
	}
	wn.exceptions[part] = exc
	return nil
}

// uses returns, per part of speech, the greatest use of any base form of w.
func (wn *wordNet) uses(w string) map[string]float64 {
	out := map[string]float64{}
	add := func(part, base string) {
		if u, ok := wn.use[part][base]; ok {
			out[part] = max(out[part], u)
		}
	}
	for _, part := range parts {
		add(part, w)
		for _, s := range suffixes[part] {
			if base, ok := strings.CutSuffix(w, s[0]); ok {
				add(part, base+s[1])
			}
		}
		if part == "verb" {
			// A doubled consonant: "stopped", "stopping" → "stop".
			for _, end := range []string{"ed", "ing"} {
				if stem, ok := strings.CutSuffix(w, end); ok && len(stem) > 1 && stem[len(stem)-1] == stem[len(stem)-2] {
					add(part, stem[:len(stem)-1])
				}
			}
		}
		for _, base := range wn.exceptions[part][w] {
			add(part, base)
		}
	}
	return out
}

// modifier reports whether w is used more as a verb or adverb than as a
// noun, and more as either than as an adjective.
func (wn *wordNet) modifier(w string) bool {
	u := wn.uses(w)
	if len(u) == 0 {
		return false
	}
	other := max(u["verb"], u["adv"])
	return other > u["noun"] && other >= u["adj"]
}
