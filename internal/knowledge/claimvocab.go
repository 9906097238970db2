package knowledge

import (
	"cmp"
	"slices"
	"strings"

	"go.yaml.in/yaml/v3"
)

// The claims section of the vocabulary is how a message is read for
// claims to check: the openings and endings that frame a claim without
// being part of it, the questions that ask whether something is true, the
// verbs that say a time or day is when something started or ended, the
// abbreviations whose full stop ends no sentence, and the words that mark
// a fact's sentence as not stating what it mentions. Curators tune these
// as data; Load checks them with the rest of the vocabulary.

// claimWords is the loaded claims section.
type claimWords struct {
	// hedges are openings that frame a claim ("apparently", "is it true
	// that"), longest first so that the longest one at a message's start
	// is stripped whatever order the file lists them in.
	hedges []string
	// trailers end a claim without being part of it ("lol"), longest
	// first.
	trailers []string
	// truthQuestions are the hedges, or starts of hedges, that turn a
	// question into a claim to check ("is it true").
	truthQuestions []string
	// startWords say a time or day is when something began; endWords,
	// when it ended.
	startWords, endWords []string
	// abbreviations end with a full stop that does not end a sentence,
	// written without it ("dr", "e.g").
	abbreviations []string
	// notStated mark a sentence of a fact that does not state what it
	// mentions ("would", "speculation").
	notStated []string
}

// claimWordsYAML is the claims section as written.
type claimWordsYAML struct {
	Hedges         []string `yaml:"hedges"`
	Trailers       []string `yaml:"trailers"`
	TruthQuestions []string `yaml:"truth_questions"`
	StartWords     []string `yaml:"start_words"`
	EndWords       []string `yaml:"end_words"`
	Abbreviations  []string `yaml:"abbreviations"`
	NotStated      []string `yaml:"not_stated"`
}

// loadClaimWords checks and reads the claims section, node (zero when
// the vocabulary has none), reporting each bad entry at its own line.
func (l *loader) loadClaimWords(node *yaml.Node) claimWords {
	var c claimWords
	if node.Kind == 0 {
		return c
	}
	if node.Kind != yaml.MappingNode {
		l.add(vocabFile, node.Line, "claims: must be a mapping of word lists")
		return c
	}
	var y claimWordsYAML
	if err := node.Decode(&y); err != nil {
		l.add(vocabFile, yamlErrLine(err), "claims: %v", err)
		return c
	}
	type list struct {
		into    *[]string
		phrases bool // may be several words
	}
	lists := map[string]list{
		"hedges":          {&c.hedges, true},
		"trailers":        {&c.trailers, true},
		"truth_questions": {&c.truthQuestions, true},
		"start_words":     {&c.startWords, false},
		"end_words":       {&c.endWords, false},
		"abbreviations":   {&c.abbreviations, false},
		"not_stated":      {&c.notStated, false},
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		key, val := node.Content[i], node.Content[i+1]
		dst, ok := lists[key.Value]
		if !ok {
			l.add(vocabFile, key.Line, "claims: unknown list %q", key.Value)
			continue
		}
		for _, item := range val.Content {
			w := item.Value
			switch {
			case w == "" || w != strings.ToLower(w) || strings.Join(strings.Fields(w), " ") != w:
				l.add(vocabFile, item.Line, "claims: %s: %q must be lower case, trimmed, single-spaced and not empty", key.Value, w)
			case !dst.phrases && strings.Contains(w, " "):
				l.add(vocabFile, item.Line, "claims: %s: %q must be one word", key.Value, w)
			case key.Value == "abbreviations" && strings.HasSuffix(w, "."):
				l.add(vocabFile, item.Line, "claims: abbreviations: write %q without its final full stop", w)
			case slices.Contains(*dst.into, w):
				l.add(vocabFile, item.Line, "claims: %s: %q is listed twice", key.Value, w)
			default:
				*dst.into = append(*dst.into, w)
			}
		}
	}
	for i := 0; i+1 < len(node.Content); i += 2 {
		if node.Content[i].Value != "truth_questions" {
			continue
		}
		for _, item := range node.Content[i+1].Content {
			if !slices.ContainsFunc(c.hedges, func(h string) bool { return strings.HasPrefix(h, item.Value) }) {
				l.add(vocabFile, item.Line, "claims: truth_questions: %q starts no hedge, so it never applies", item.Value)
			}
		}
	}
	longestFirst := func(a, b string) int { return cmp.Compare(len(b), len(a)) }
	slices.SortStableFunc(c.hedges, longestFirst)
	slices.SortStableFunc(c.trailers, longestFirst)
	return c
}
