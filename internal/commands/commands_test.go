package commands

import (
	"context"
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/strikebot/strikebot/data"
	"github.com/strikebot/strikebot/internal/knowledge"
)

// TestTextsFollowTheData: /sources, /help and the table's descriptions take
// the articles' count and disputes from the fact base, so a curator who adds
// an article changes them without touching Go.
func TestTextsFollowTheData(t *testing.T) {
	m := fstest.MapFS{}
	err := fs.WalkDir(data.FS(), ".", func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(data.FS(), p)
		m[p] = &fstest.MapFile{Data: b}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	m["articles/003_0000000000000000.txt"] = &fstest.MapFile{Data: []byte("A fourth article, added by a curator.\n")}
	m["articles.yaml"].Data = append(m["articles.yaml"].Data, []byte(`
- file: 003_0000000000000000.txt
  title: A fourth article
  publication: The Test
  date: today
  dispute: "2016"
  summary: Added by a curator.
`)...)
	for name, tc := range map[string]struct {
		base  func(t testing.TB) *knowledge.Base
		count string
	}{
		"embedded":      {loadRenderBase, "3"},
		"curator added": {func(t testing.TB) *knowledge.Base { return mustLoad(t, m) }, "4"},
	} {
		t.Run(name, func(t *testing.T) {
			base := tc.base(t)
			b := New(base)
			src, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "sources"})
			if !strings.Contains(src.Text, " "+tc.count+" news articles") || len(src.Fields) != len(base.Articles()) {
				t.Errorf("/sources: %q with %d fields, want %s articles", src.Text, len(src.Fields), tc.count)
			}
			help, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "help"})
			if !strings.Contains(help.Text, "from "+tc.count+" news articles") || !strings.Contains(help.Text, "the 2016 and 2023 disputes") {
				t.Errorf("/help: %q", help.Text)
			}
			c, _ := b.Command("sources")
			if !strings.Contains(c.Description, tc.count) {
				t.Errorf("/sources description %q lacks the count %s", c.Description, tc.count)
			}
		})
	}
}

func mustLoad(t testing.TB, fsys fs.FS) *knowledge.Base {
	t.Helper()
	b, err := knowledge.Load(fsys)
	if err != nil {
		t.Fatalf("load: %v", err)
	}
	return b
}

func TestDisputes(t *testing.T) {
	a := func(d knowledge.Dispute) *knowledge.Article { return &knowledge.Article{Dispute: d} }
	for want, in := range map[string][]*knowledge.Article{
		"as the articles report them":   nil,
		"the 2016 dispute":              {a("2016"), a("2016")},
		"the 2016 and 2023 disputes":    {a("2016"), a("2023"), a("2016")},
		"the 2023, 2016 and X disputes": {a("2023"), a("2016"), a("X")},
	} {
		if got := disputes(in); got != want {
			t.Errorf("disputes = %q, want %q", got, want)
		}
	}
}
