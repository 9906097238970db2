package discordapi

import "regexp"

// tokenInPath matches the secret part of the URLs that carry one: an
// interaction's callback (/interactions/{id}/{token}/callback) and an
// interaction or incoming webhook (/webhooks/{id}/{token}...). Either token
// lets anyone who reads it answer as the bot (an interaction token for 15
// minutes, a webhook token until it is deleted).
var tokenInPath = regexp.MustCompile(`(/(?:interactions|webhooks)/[0-9]+/)[^/?#\s"'<>]+`)

// Redact replaces the tokens in interaction and webhook URLs in s with
// "REDACTED", so that a URL in an error or a log line (net/http puts the
// whole URL in its errors; discordgo puts it in its rate-limit errors and
// log lines) gives nothing away.
func Redact(s string) string {
	return tokenInPath.ReplaceAllString(s, "${1}REDACTED")
}

// RedactError is err with Redact applied to its message; errors.Is and
// errors.As still see err. nil stays nil.
func RedactError(err error) error {
	if err == nil {
		return nil
	}
	return redacted{err}
}

type redacted struct{ err error }

func (r redacted) Error() string { return Redact(r.err.Error()) }
func (r redacted) Unwrap() error { return r.err }
