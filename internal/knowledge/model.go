package knowledge

import (
	"cmp"
	"net/url"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"
)

// The open model: the disputes (disputes.yaml) and the articles
// (articles.yaml) are declared in data, any number of each, and nothing in
// Go names one. A fact names its dispute by id, or "both" when it spans
// disputes; evidence names its article by file name or short reference.

// DisputeInfo is one dispute as disputes.yaml declares it.
type DisputeInfo struct {
	ID       Dispute  // what facts and articles name it by
	Name     string   // how answers name it, e.g. "the contract dispute"
	Aliases  []string // what a question may call it
	Years    []string // the years a question may name it by
	Preamble string   // put before the answer of each of its facts
	Overview string   // the id of the fact that answers a broad question about it
	Line     int      // where it is declared, for errors
}

// DisputeBoth marks a fact that spans disputes rather than belonging to one.
const DisputeBoth Dispute = "both"

// The list files beside the facts.
const (
	disputesFile = "disputes.yaml"
	articlesFile = "articles.yaml"
)

var disputeFields = []string{"id", "name", "aliases", "years", "preamble", "overview"}

type disputeYAML struct {
	ID       string   `yaml:"id"`
	Name     string   `yaml:"name"`
	Aliases  []string `yaml:"aliases"`
	Years    []string `yaml:"years"`
	Preamble string   `yaml:"preamble"`
	Overview string   `yaml:"overview"`
}

var yearPattern = regexp.MustCompile(`^[0-9]{4}$`)

// readFile reads one file of the fact base through the package's readFile,
// which accepts regular files of at most MaxFileSize only.
func (l *loader) readFile(name string) ([]byte, error) { return readFile(l.fsys, name) }

// loadDisputes reads disputes.yaml.
func (l *loader) loadDisputes() {
	for _, n := range l.parseList(disputesFile) {
		var y disputeYAML
		if !l.decode(disputesFile, n, disputeFields, &y) {
			continue
		}
		d := &DisputeInfo{ID: Dispute(y.ID), Name: strings.TrimSpace(y.Name), Aliases: y.Aliases, Years: y.Years,
			Preamble: strings.TrimSpace(y.Preamble), Overview: y.Overview, Line: n.Line}
		switch {
		case y.ID == "":
			l.add(disputesFile, n.Line, "missing id")
			continue
		case !idPattern.MatchString(y.ID) || d.ID == DisputeBoth:
			l.add(disputesFile, n.Line, "dispute id %q must be kebab-case and not %q", y.ID, DisputeBoth)
			continue
		case l.dispute(d.ID) != nil:
			l.add(disputesFile, n.Line, "dispute %q is declared twice", y.ID)
			continue
		}
		if d.Name == "" {
			l.add(disputesFile, n.Line, "dispute %s: missing name", d.ID)
		}
		for _, yr := range d.Years {
			if !yearPattern.MatchString(yr) {
				l.add(disputesFile, n.Line, "dispute %s: year %q must be four digits", d.ID, yr)
			}
		}
		l.disputes = append(l.disputes, d)
	}
	if len(l.disputes) == 0 {
		l.add(disputesFile, 0, "no disputes declared")
	}
}

// dispute returns the declared dispute with the given id, or nil.
func (l *loader) dispute(id Dispute) *DisputeInfo {
	for _, d := range l.disputes {
		if d.ID == id {
			return d
		}
	}
	return nil
}

// disputeIDs lists the valid dispute ids, for error messages.
func (l *loader) disputeIDs() string {
	var s []string
	for _, d := range l.disputes {
		s = append(s, `"`+string(d.ID)+`"`)
	}
	return strings.Join(s, ", ")
}

// checkDispute checks a fact's dispute against the declared ones.
func (l *loader) checkDispute(name string, line int, f *Fact) {
	switch {
	case f.Dispute == "":
		l.add(name, line, "fact %s: missing dispute", f.ID)
	case f.Dispute != DisputeBoth && l.dispute(f.Dispute) == nil:
		l.add(name, line, "fact %s: dispute must be one of %s or %q, not %q", f.ID, l.disputeIDs(), DisputeBoth, f.Dispute)
	}
}

var articleFields = []string{"ref", "file", "title", "short", "publisher", "date", "url", "aliases", "dispute", "summary"}

type articleMeta struct {
	Ref       string   `yaml:"ref"`
	File      string   `yaml:"file"`
	Title     string   `yaml:"title"`
	Short     string   `yaml:"short"`
	URL       string   `yaml:"url"`
	Publisher string   `yaml:"publisher"`
	Date      string   `yaml:"date"`
	Aliases   []string `yaml:"aliases"`
	Dispute   string   `yaml:"dispute"`
	Summary   string   `yaml:"summary"`
}

var refPattern = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// loadArticleMeta reads articles.yaml: every article is described once.
func (l *loader) loadArticleMeta() {
	const name = articlesFile
	items := l.parseList(name)
	seen := map[string]bool{}
	refs := map[string]bool{}
	for _, n := range items {
		var m articleMeta
		if !l.decode(name, n, articleFields, &m) {
			continue
		}
		a, ok := l.articles[m.File]
		switch {
		case m.File == "":
			l.add(name, n.Line, "missing file")
			continue
		case !ok:
			l.add(name, n.Line, "file %q is not one of the articles", m.File)
			continue
		case seen[m.File]:
			l.add(name, n.Line, "article %q is described twice", m.File)
			continue
		}
		seen[m.File] = true
		if m.Title == "" {
			l.add(name, n.Line, "article %s: missing title", m.File)
		}
		switch {
		case m.Ref == "":
			l.add(name, n.Line, "article %s: missing ref (a short name for evidence, e.g. %q)", m.File, strings.SplitN(m.File, "_", 2)[0])
		case !refPattern.MatchString(m.Ref):
			l.add(name, n.Line, "article %s: ref %q must be lower-case letters, digits and dashes", m.File, m.Ref)
		case refs[m.Ref]:
			l.add(name, n.Line, "article %s: ref %q is used twice", m.File, m.Ref)
		}
		refs[m.Ref] = true
		d := Dispute(m.Dispute)
		if l.dispute(d) == nil {
			l.add(name, n.Line, "article %s: dispute must be one of %s, not %q", m.File, l.disputeIDs(), m.Dispute)
		}
		a.Ref, a.Title, a.Publication, a.Date, a.Dispute, a.Summary, a.Aliases = m.Ref, m.Title, m.Publisher, m.Date, d, m.Summary, m.Aliases
		a.Short, a.URL = cmp.Or(strings.TrimSpace(m.Short), m.Title), m.URL
		if utf8.RuneCountInString(a.Short) > maxShortTitle {
			l.add(name, n.Line, "article %s: short title must be at most %d characters, for citations", m.File, maxShortTitle)
		}
		if m.URL != "" && !httpsURL(m.URL) {
			l.add(name, n.Line, "article %s: url %q must be an absolute https URL of at most %d characters", m.File, clip(m.URL, 80), maxURL)
		}
	}
	for file := range l.articles {
		if !seen[file] {
			l.add(name, 0, "article %s is not described", file)
		}
	}
}

// maxShortTitle bounds an article's short title, which every citation of
// it shows.
const maxShortTitle = 80

// maxURL bounds an article's link, so that a citation with it still fits
// one embed field.
const maxURL = 512

// httpsURL reports whether s is an absolute https URL with a host, and no
// credentials or characters that would end a Markdown link: the only links
// citations offer.
func httpsURL(s string) bool {
	u, err := url.Parse(s)
	return err == nil && len(s) <= maxURL && u.Scheme == "https" && u.Host != "" && u.User == nil && !strings.ContainsAny(s, " <>")
}

// Source returns the citation of e: its file, line and quote, and its
// article's short title, publisher and link.
func (e Evidence) Source() Source {
	s := Source{File: e.File, Line: e.Line, Quote: e.Quote}
	if a := e.article; a != nil {
		s.Title, s.Publisher, s.URL = a.Short, a.Publication, a.URL
	}
	return s
}

// article finds an article by file name or short reference.
func (l *loader) article(ref string) (*Article, bool) {
	if a, ok := l.articles[ref]; ok {
		return a, true
	}
	for _, a := range l.articles {
		if a.Ref != "" && a.Ref == ref {
			return a, true
		}
	}
	return nil, false
}

// finishModel checks what spans files (each dispute's overview exists) and
// puts each dispute's preamble before its facts' answers.
func (l *loader) finishModel() {
	for _, d := range l.disputes {
		if d.Overview == "" {
			continue
		}
		if _, ok := l.ids[d.Overview]; !ok {
			l.add(disputesFile, d.Line, "dispute %s: overview names unknown fact %q", d.ID, d.Overview)
		}
	}
	for _, f := range l.facts {
		f.body = f.Answer
		d := l.dispute(f.Dispute)
		if d == nil || d.Preamble == "" || f.NoPreamble || f.Kind == KindGap {
			continue
		}
		f.Answer = d.Preamble + " " + f.Answer
	}
	for _, f := range l.facts {
		for _, s := range f.Supplies {
			if l.vocab != nil && l.vocab.answerType(s) == nil {
				l.add(f.DataFile, f.DataLine, "fact %s: supplies unknown answer type %q (valid: %s)", f.ID, s, l.vocab.typeList())
			}
		}
	}
}

// typeList is the valid answer types, for error messages.
func (v *vocab) typeList() string {
	var s []string
	for _, t := range v.types {
		s = append(s, string(t.name))
	}
	return strings.Join(s, ", ")
}

// Disputes returns the declared disputes, in the order of disputes.yaml.
func (b *Base) Disputes() []*DisputeInfo { return b.disputes }

// DisputeByID returns the declared dispute with the given id.
func (b *Base) DisputeByID(id Dispute) (*DisputeInfo, bool) {
	i := slices.IndexFunc(b.disputes, func(d *DisputeInfo) bool { return d.ID == id })
	if i < 0 {
		return nil, false
	}
	return b.disputes[i], true
}

// Scope says in one sentence what the fact base covers, from the data:
// "the 2016 contract dispute and the 2023 pay dispute, from 3 news articles".
// Help texts and "don't know" answers use it, so they follow the data.
func (b *Base) Scope() string {
	var names []string
	for _, d := range b.disputes {
		names = append(names, d.Name)
	}
	n := len(b.articles)
	unit := "news articles"
	if n == 1 {
		unit = "news article"
	}
	return joinAnd(names) + ", from " + strconv.Itoa(n) + " " + unit
}

// joinAnd joins "a", "b" and "c" as "a, b and c".
func joinAnd(s []string) string {
	switch len(s) {
	case 0:
		return ""
	case 1:
		return s[0]
	}
	return strings.Join(s[:len(s)-1], ", ") + " and " + s[len(s)-1]
}
