package knowledge

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"
)

// TestCompleteEmptyWhoListsPeopleFirst: with nothing typed, /who offers
// people before organisations, each in data-file order (organisations.yaml
// sorts before people.yaml, so file order alone would put them first).
func TestCompleteEmptyWhoListsPeopleFirst(t *testing.T) {
	b := realBase(t)
	got := b.Complete(LookupWho, "")
	checkChoices(t, b, LookupWho, got)
	var people, orgs []string
	for _, f := range b.Facts() {
		switch f.Kind {
		case KindPerson:
			people = append(people, f.ID)
		case KindOrganisation:
			orgs = append(orgs, f.ID)
		}
	}
	if len(people) == 0 || len(orgs) == 0 {
		t.Fatalf("the fact base has %d people and %d organisations; the test needs both", len(people), len(orgs))
	}
	want := append(slices.Clone(people), orgs...)[:min(MaxChoices, len(people)+len(orgs))]
	var values []string
	for _, c := range got {
		values = append(values, c.Value)
	}
	if !slices.Equal(values, want) {
		t.Errorf("empty /who autocomplete = %v, want the people then the organisations: %v", values, want)
	}
	// Typing still ranks by the match, whatever the kind.
	if got := b.Complete(LookupWho, "ipsos"); len(got) == 0 || got[0].Value != "ipsos-mori" {
		t.Errorf("/who ipsos = %v, want ipsos-mori first", got)
	}
}

// TestSourcesCarryTheArticle: every citation carries its article's short
// title, publisher and link from articles.yaml.
func TestSourcesCarryTheArticle(t *testing.T) {
	b := realBase(t)
	a := b.Answer("who is mark porter?")
	if len(a.Sources) == 0 {
		t.Fatal("no sources")
	}
	for _, s := range a.Sources {
		art, ok := b.Article(s.File)
		if !ok {
			t.Fatalf("source %s is no article", s.File)
		}
		if s.Title == "" || s.Title != art.Short || s.Publisher != art.Publication || s.URL != art.URL {
			t.Errorf("source %+v, want the title %q, publisher %q and url %q of %s", s, art.Short, art.Publication, art.URL, s.File)
		}
	}
	news, _ := b.Article("001")
	if news.Publication != "News Shopper" || news.Short == news.Title || news.URL != "" {
		t.Errorf("article 001 = short %q publisher %q url %q", news.Short, news.Publication, news.URL)
	}
}

// TestArticleShortTitleAndURL: short and url are optional; a short title
// defaults to the title, and a url must be an absolute https URL.
func TestArticleShortTitleAndURL(t *testing.T) {
	entry := func(extra string) string {
		return "- ref: t\n  file: 003_t.txt\n  title: A title long enough\n  dispute: \"2016\"\n" + extra
	}
	cases := []struct {
		name, extra    string
		short, url     string // what loads
		problem        string // or the problem reported
		problemAtEntry bool
	}{
		{name: "neither", extra: "", short: "A title long enough"},
		{name: "short", extra: "  short: Short one\n", short: "Short one"},
		{name: "url", extra: "  url: https://news.example/strike?id=1\n", short: "A title long enough", url: "https://news.example/strike?id=1"},
		{name: "http url", extra: "  url: http://news.example/strike\n", problem: `url "http://news.example/strike" must be an absolute https URL`},
		{name: "relative url", extra: "  url: /strike\n", problem: "must be an absolute https URL"},
		{name: "no host", extra: "  url: \"https:///strike\"\n", problem: "must be an absolute https URL"},
		{name: "javascript", extra: "  url: \"javascript:alert(1)\"\n", problem: "must be an absolute https URL"},
		{name: "credentials", extra: "  url: https://me:pw@news.example/\n", problem: "must be an absolute https URL"},
		{name: "spaces", extra: "  url: https://news.example/a strike\n", problem: "must be an absolute https URL"},
		{name: "long url", extra: "  url: https://news.example/" + strings.Repeat("a", 500) + "\n", problem: "must be an absolute https URL of at most 512 characters"},
		{name: "long short", extra: "  short: " + strings.Repeat("x", 81) + "\n", problem: "short title must be at most 80 characters"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := articleFS(t)
			m["articles/003_t.txt"] = &fstest.MapFile{Data: []byte("The test article says this.\n")}
			m["articles.yaml"] = &fstest.MapFile{Data: append(m["articles.yaml"].Data, entry(c.extra)...)}
			m["facts/t.yaml"] = &fstest.MapFile{Data: []byte(goodFact("t-fact") + `- id: t-cited
  kind: person
  dispute: "2016"
  title: Cited from the test article
  answer: The test article says this.
  evidence:
    - file: t
      quote: The test article says this.
`)}
			b, err := Load(m)
			if c.problem != "" {
				if err == nil || !strings.Contains(err.Error(), "articles.yaml") || !strings.Contains(err.Error(), c.problem) {
					t.Errorf("load error %v, want %q in articles.yaml", err, c.problem)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			a, _ := b.Article("t")
			if a.Short != c.short || a.URL != c.url {
				t.Errorf("short %q url %q, want %q and %q", a.Short, a.URL, c.short, c.url)
			}
			got := b.Lookup(LookupAny, "t-cited")
			if len(got.Sources) != 1 || got.Sources[0].Title != c.short || got.Sources[0].URL != c.url || got.Sources[0].Publisher != "" {
				t.Errorf("the answer citing the article has sources %+v, want title %q and url %q", got.Sources, c.short, c.url)
			}
		})
	}
}
