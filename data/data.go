// Package data embeds strikebot's fact base: the source articles, their
// descriptions, the disputes, the vocabulary, the English word list and the
// curated facts. The binary carries it, so the bot
// answers with no files beside it; curators point --data or FACTS_DIR at a
// directory of the same layout to try their edits.
package data

import (
	"embed"
	"io/fs"
)

//go:generate go run ./genmodifiers

//go:embed articles/*.txt articles.yaml disputes.yaml vocabulary.yaml words/english.txt words/modifiers.txt facts/*.yaml
var files embed.FS

// FS returns the embedded fact base, laid out as data/README.md describes.
func FS() fs.FS { return files }
