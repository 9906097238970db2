package knowledge

import (
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"go.yaml.in/yaml/v3"
)

// Article is one source article: its file name, what /sources shows of it,
// and its lines, which citations point into.
type Article struct {
	File        string
	Ref         string   // a short reference, e.g. "000", that evidence may use
	Aliases     []string // what a question may call it ("the local paper")
	Title       string
	Short       string // a short title for citations; the title when the data gives none
	Publication string // "" when the text names no publisher
	Date        string
	URL         string // an absolute https link to the article, or "" when the data gives none
	Dispute     Dispute
	Summary     string
	Lines       []string // the file's lines, verbatim, without line endings
}

// Problem is one thing wrong with the fact base, located in a data file.
type Problem struct {
	File string // the data file, relative to the fact base root
	Line int    // 1-based; 0 when the problem is with the file as a whole
	Msg  string
}

func (p Problem) String() string {
	if p.Line == 0 {
		return fmt.Sprintf("%s: %s", p.File, p.Msg)
	}
	return fmt.Sprintf("%s:%d: %s", p.File, p.Line, p.Msg)
}

// LoadError lists every problem found while loading a fact base, so that a
// curator can fix them all in one pass rather than one per run.
type LoadError struct {
	Problems []Problem
}

func (e *LoadError) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "fact base has %d problem(s):", len(e.Problems))
	for _, p := range e.Problems {
		b.WriteString("\n\t")
		b.WriteString(p.String())
	}
	return b.String()
}

// factFields are the keys a fact may have; anything else is a typo that would
// otherwise be silently ignored.
var factFields = []string{"id", "kind", "dispute", "title", "aliases", "keywords", "questions", "supplies", "preamble", "about", "answer", "evidence"}

var idPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

var yamlLine = regexp.MustCompile(`line (\d+)`)

// yamlParserProblems are the problems yaml.v3's parser (as opposed to its
// scanner) reports. For these it puts a 0-based line in the message, where
// scanner errors have a 1-based one (go.yaml.in/yaml/v3 decode.go, parser.fail
// adds one for scanner errors only), so yamlErrLine corrects them. The two
// sets of messages are disjoint.
var yamlParserProblems = []string{
	"did not find expected <stream-start>",
	"did not find expected <document start>",
	"did not find expected node content",
	"did not find expected key",
	"did not find expected '-' indicator",
	"did not find expected ',' or ']'",
	"did not find expected ',' or '}'",
	"found undefined tag handle",
	"found duplicate %YAML directive",
	"found duplicate %TAG directive",
	"found incompatible YAML document",
}

// yamlErrLine digs the 1-based line number out of a YAML syntax error, or
// returns 0.
func yamlErrLine(err error) int {
	msg := err.Error()
	m := yamlLine.FindStringSubmatch(msg)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	for _, p := range yamlParserProblems {
		if strings.HasSuffix(msg, p) {
			return n + 1
		}
	}
	return n
}

// Load reads a fact base from fsys: the articles under articles/, their
// metadata in articles.yaml, and the facts in facts/*.yaml. Every quote is
// checked against its article. On any problem it returns a *LoadError that
// lists all of them with file and line.
func Load(fsys fs.FS) (*Base, error) {
	l := &loader{fsys: fsys, articles: map[string]*Article{}, quoteText: map[string]*articleText{}, ids: map[string]Problem{}}
	// Reading and parsing the files is half the work and each file stands
	// alone, so it is done at once: the articles, the vocabulary and every
	// list file, each on a loader of its own. The checks that follow take
	// each part's problems in a fixed order, so every run lists them alike.
	dir := &loader{fsys: fsys}
	files := dir.listDir("facts", ".yaml")
	voc := &loader{fsys: fsys}
	lists := append([]string{disputesFile, articlesFile}, files...)
	parsed := make([]parsedList, len(lists))
	var wg sync.WaitGroup
	wg.Go(l.loadArticles)
	wg.Go(func() { voc.vocab = voc.loadVocabulary() })
	for i, name := range lists {
		wg.Go(func() {
			parsed[i] = parseListFile(fsys, name)
			if i >= len(lists)-len(files) {
				// Decoding a fact costs about as much as parsing it.
				parsed[i].facts = decodeFacts(name, parsed[i].items)
			}
		})
	}
	wg.Wait()
	l.parsed = make(map[string]parsedList, len(lists))
	for i, name := range lists {
		l.parsed[name] = parsed[i]
	}

	l.loadDisputes()
	l.loadArticleMeta()
	l.vocab = voc.vocab
	l.problems = append(l.problems, voc.problems...)
	l.problems = append(l.problems, dir.problems...)
	if len(files) == 0 {
		l.add("facts", 0, "no facts/*.yaml files")
	}
	l.findQuotes(files)
	for _, name := range files {
		l.loadFacts(name)
	}
	l.checkAbout()
	l.finishModel()
	if len(l.problems) > 0 {
		return nil, &LoadError{Problems: l.problems}
	}
	return newBase(l.vocab, l.disputes, l.articleList(), l.facts), nil
}

type loader struct {
	fsys      fs.FS
	articles  map[string]*Article
	quoteText map[string]*articleText // each article prepared for quote checks
	facts     []*Fact
	ids       map[string]Problem // where each id was first defined
	problems  []Problem
	disputes  []*DisputeInfo        // from disputes.yaml
	vocab     *vocab                // from vocabulary.yaml
	parsed    map[string]parsedList // each list file, parsed up front by Load
}

func (l *loader) add(file string, line int, format string, args ...any) {
	l.problems = append(l.problems, Problem{File: file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

func (l *loader) loadArticles() {
	names := l.listDir("articles", ".txt")
	if len(names) == 0 {
		l.add("articles", 0, "no articles/*.txt files")
		return
	}
	for _, name := range names {
		b, ok := l.read(name)
		if !ok {
			continue
		}
		text := strings.ReplaceAll(string(b), "\r\n", "\n")
		file := path.Base(name)
		lines := strings.Split(text, "\n")
		l.checkText(name, lines)
		l.articles[file] = &Article{File: file, Lines: lines}
		l.quoteText[file] = newArticleText(lines)
	}
}

// parsedList is a list file parsed: its items, or the problems that kept
// them from being read.
type parsedList struct {
	items    []*yaml.Node
	problems []Problem
	facts    []decodedFact // for a facts file, each item decoded
}

// decodedFact is one item of a facts file decoded: ok is false when it
// could not be, and problems are what decoding found. found has, for each
// evidence quote, where findQuotes found it.
type decodedFact struct {
	y        factYAML
	ok       bool
	problems []Problem
	found    []foundQuote
}

// foundQuote is an evidence quote looked for in its article: the line that
// holds it (0: none, or no such article), and its number of words.
type foundQuote struct {
	line, words int
}

// findQuotes finds every evidence quote of the facts files in its article
// and counts its words, for loadFacts to check. That is most of checking
// the facts, and each quote only reads the articles, so they are all done
// at once. A quote whose file names no article is left at line 0;
// loadFacts reports it.
func (l *loader) findQuotes(files []string) {
	var todo []*decodedFact
	for _, name := range files {
		for i := range l.parsed[name].facts {
			if d := &l.parsed[name].facts[i]; d.ok {
				todo = append(todo, d)
			}
		}
	}
	parallel(len(todo), func(i int) {
		d := todo[i]
		d.found = make([]foundQuote, len(d.y.Evidence))
		for j, e := range d.y.Evidence {
			d.found[j].words = wordCount(e.Quote)
			if a, ok := l.article(e.File); ok && e.Quote != "" {
				d.found[j].line = l.quoteText[a.File].find(e.Quote)
			}
		}
	})
}

// decodeFacts decodes the items of facts file name. Like parseListFile it
// touches nothing shared, so Load runs it with the file's parse.
func decodeFacts(name string, items []*yaml.Node) []decodedFact {
	out := make([]decodedFact, len(items))
	for i, n := range items {
		l := &loader{}
		out[i].ok = l.decode(name, n, factFields, &out[i].y)
		out[i].problems = l.problems
	}
	return out
}

// parseList returns the items of a list file that Load parsed up front and
// reports the problems parsing found.
func (l *loader) parseList(name string) []*yaml.Node {
	p := l.parsed[name]
	l.problems = append(l.problems, p.problems...)
	return p.items
}

// parseListFile parses a YAML file whose top level is a list and returns the
// list's items, keeping their nodes for line numbers. It touches nothing but
// fsys, so Load runs one per file at once.
func parseListFile(fsys fs.FS, name string) parsedList {
	l := &loader{fsys: fsys}
	b, ok := l.read(name)
	if !ok {
		return parsedList{problems: l.problems}
	}
	var doc yaml.Node
	if err := parseYAML(b, &doc); err != nil {
		l.add(name, yamlErrLine(err), "parse: %v", err)
		return parsedList{problems: l.problems}
	}
	if expandedSize(&doc, maxExpanded, map[*yaml.Node]int{}) > maxExpanded {
		l.add(name, 0, "its YAML aliases expand it to more than %d MiB; write it out with fewer aliases", maxExpanded>>20)
		return parsedList{problems: l.problems}
	}
	if len(doc.Content) == 0 {
		l.add(name, 0, "empty file")
		return parsedList{problems: l.problems}
	}
	root := doc.Content[0]
	if root.Kind != yaml.SequenceNode {
		l.add(name, root.Line, "top level must be a list")
		return parsedList{problems: l.problems}
	}
	return parsedList{items: root.Content}
}

// decode decodes one list item into v after checking that it is a mapping,
// reporting any key that is not allowed.
func (l *loader) decode(name string, n *yaml.Node, allowed []string, v any) bool {
	if n.Kind != yaml.MappingNode {
		l.add(name, n.Line, "each item must be a mapping")
		return false
	}
	// An unknown field is reported, and the item still checked, so that one
	// run lists its other problems too.
	for i := 0; i+1 < len(n.Content); i += 2 {
		k := n.Content[i]
		if !slices.Contains(allowed, k.Value) {
			l.add(name, k.Line, "unknown field %q (allowed: %s)", k.Value, strings.Join(allowed, ", "))
		}
	}
	if err := decodeNode(n, v); err != nil {
		for _, p := range decodeProblems(err, n.Line) {
			l.add(name, p.Line, "%s", p.Msg)
		}
		return false
	}
	return true
}

type factYAML struct {
	ID       string   `yaml:"id"`
	Kind     string   `yaml:"kind"`
	Dispute  string   `yaml:"dispute"`
	Title    string   `yaml:"title"`
	Aliases  []string `yaml:"aliases"`
	Keywords []string `yaml:"keywords"`
	About    []string `yaml:"about"`
	// Questions, Supplies and Preamble: see model.go.
	Questions []string `yaml:"questions"`
	Supplies  []string `yaml:"supplies"`
	Preamble  *bool    `yaml:"preamble"`
	Answer    string   `yaml:"answer"`
	Evidence  []struct {
		File  string `yaml:"file"`
		Quote string `yaml:"quote"`
	} `yaml:"evidence"`
}

func (l *loader) loadFacts(name string) {
	for i, n := range l.parseList(name) {
		d := &l.parsed[name].facts[i]
		l.problems = append(l.problems, d.problems...)
		if !d.ok {
			continue
		}
		y := &d.y
		f := &Fact{
			ID: y.ID, Kind: Kind(y.Kind), Dispute: Dispute(y.Dispute), Title: strings.TrimSpace(y.Title),
			Aliases: y.Aliases, Keywords: y.Keywords, About: y.About,
			Answer: strings.TrimSpace(y.Answer), DataFile: name, DataLine: n.Line,
			Questions: y.Questions, NoPreamble: y.Preamble != nil && !*y.Preamble,
		}
		for _, t := range y.Supplies {
			f.Supplies = append(f.Supplies, AnswerType(t))
		}
		l.checkFact(name, n.Line, f)
		for i, e := range y.Evidence {
			line := n.Line
			if ev := evidenceNode(n, i); ev != nil {
				line = ev.Line
			}
			if e.File == "" || e.Quote == "" {
				l.add(name, line, "fact %s: evidence needs both file and quote", f.ID)
				continue
			}
			a, ok := l.article(e.File)
			if !ok {
				l.add(name, line, "fact %s: evidence file %q is not one of the articles", f.ID, e.File)
				continue
			}
			at := l.checkQuote(name, line, f.ID, a.File, e.Quote, d.found[i])
			if at == 0 {
				continue
			}
			f.Evidence = append(f.Evidence, Evidence{File: a.File, Quote: e.Quote, Line: at, article: a})
		}
		if len(y.Evidence) == 0 {
			l.add(name, n.Line, "fact %s: missing evidence", f.ID)
		}
		l.facts = append(l.facts, f)
	}
}

// evidenceNode finds the node of the i'th evidence item, for its line.
func evidenceNode(fact *yaml.Node, i int) *yaml.Node {
	for j := 0; j+1 < len(fact.Content); j += 2 {
		if fact.Content[j].Value == "evidence" {
			list := fact.Content[j+1]
			if list.Kind == yaml.SequenceNode && i < len(list.Content) {
				return list.Content[i]
			}
		}
	}
	return nil
}

func (l *loader) checkFact(name string, line int, f *Fact) {
	if f.ID == "" {
		l.add(name, line, "missing id")
	} else if !idPattern.MatchString(f.ID) {
		l.add(name, line, "id %q must be kebab-case (%s)", f.ID, idPattern)
	} else if first, dup := l.ids[f.ID]; dup {
		l.add(name, line, "id %q repeats (first defined at %s:%d)", f.ID, first.File, first.Line)
	} else {
		l.ids[f.ID] = Problem{File: name, Line: line}
	}
	if f.Kind == "" {
		l.add(name, line, "fact %s: missing kind", f.ID)
	} else if !slices.Contains(Kinds, f.Kind) {
		l.add(name, line, "fact %s: unknown kind %q (valid kinds: %s)", f.ID, f.Kind, kindList())
	}
	l.checkDispute(name, line, f)
	if f.Title == "" {
		l.add(name, line, "fact %s: missing title", f.ID)
	}
	if f.Answer == "" {
		l.add(name, line, "fact %s: missing answer", f.ID)
	}
}

func (l *loader) checkAbout() {
	for _, f := range l.facts {
		for _, id := range f.About {
			if _, ok := l.ids[id]; !ok {
				l.add(f.DataFile, f.DataLine, "fact %s: about names unknown fact %q", f.ID, id)
			}
		}
	}
}

func (l *loader) articleList() []*Article {
	list := make([]*Article, 0, len(l.articles))
	for _, a := range l.articles {
		list = append(list, a)
	}
	sort.Slice(list, func(i, j int) bool { return list[i].File < list[j].File })
	return list
}

// collapseSpace turns each run of white space in s into one space and
// drops it at either end, as quotes and article lines are compared.
func collapseSpace(s string) string {
	if collapsed(s) {
		return s // most lines and quotes: no copy to make
	}
	return squeezeSpace(s)
}

// squeezeSpace is collapseSpace for a string that needs it.
func squeezeSpace(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}

// collapsed reports whether collapseSpace(s) is s: single spaces between
// words, none at either end, and valid UTF-8 (WriteRune would write an
// invalid byte as U+FFFD).
func collapsed(s string) bool {
	space := true // at the start, a space is one too many
	for _, r := range s {
		switch {
		case r == ' ' && !space:
			space = true
		case unicode.IsSpace(r) || r == utf8.RuneError:
			return false
		default:
			space = false
		}
	}
	return !space || s == ""
}
