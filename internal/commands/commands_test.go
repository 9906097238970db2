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
	m["articles/003_0000000000000000.txt"] = &fstest.MapFile{Data: []byte("A fourth article, added by a curator, about a third dispute.\n")}
	m["articles.yaml"].Data = append(m["articles.yaml"].Data, []byte(`
- ref: "003"
  file: 003_0000000000000000.txt
  title: A fourth article
  publisher: The Test
  date: today
  url: https://test.example/fourth
  dispute: test-dispute
  summary: Added by a curator.
`)...)
	m["disputes.yaml"].Data = append(m["disputes.yaml"].Data, []byte(`
- id: test-dispute
  name: the curators' test dispute
  aliases: [test dispute]
  years: ["2099"]
  preamble: In the curators' test dispute,
`)...)
	for name, tc := range map[string]struct {
		base            func(t testing.TB) *knowledge.Base
		count, disputes string
	}{
		"embedded": {loadRenderBase, "3", "the 2016 contract dispute and the 2023 pay dispute"},
		"curator added": {func(t testing.TB) *knowledge.Base { return mustLoad(t, m) }, "4",
			"the 2016 contract dispute, the 2023 pay dispute and the curators' test dispute"},
	} {
		t.Run(name, func(t *testing.T) {
			base := tc.base(t)
			b := New(base)
			src, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "sources"})
			if len(src.Fields) != len(base.Articles()) || len(src.Fields) != int(tc.count[0]-'0') {
				t.Errorf("/sources: %d fields, want %s articles", len(src.Fields), tc.count)
			}
			if tc.count == "4" && !strings.Contains(Text(src), "[Read the article](<https://test.example/fourth>)") {
				t.Errorf("/sources lacks the curator's link:\n%s", Text(src))
			}
			help, _ := b.Run(context.Background(), Request{Kind: KindCommand, Command: "help"})
			if !strings.Contains(help.Text, tc.disputes+", from "+tc.count+" news articles") {
				t.Errorf("/help: %q, want the disputes %q and %s articles", help.Text, tc.disputes, tc.count)
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
