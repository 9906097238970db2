-- Questions and feedback, as curators read them back (bot report, /report).
-- Times are Unix milliseconds (UTC) in both engines, so queries are the same.
-- facts holds fact ids separated by spaces, best first (ids never contain one).
-- user_id stays NULL unless STORE_USER_IDS=true.
CREATE TABLE questions (
	id       INTEGER PRIMARY KEY,
	at       INTEGER NOT NULL,
	command  TEXT    NOT NULL,
	question TEXT    NOT NULL,
	outcome  TEXT    NOT NULL,
	facts    TEXT    NOT NULL DEFAULT '',
	user_id  TEXT,
	guild_id TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX questions_at ON questions (at);

CREATE TABLE feedback (
	id       INTEGER PRIMARY KEY,
	at       INTEGER NOT NULL,
	command  TEXT    NOT NULL DEFAULT '',
	rating   TEXT    NOT NULL,
	reason   TEXT    NOT NULL DEFAULT '',
	facts    TEXT    NOT NULL DEFAULT '',
	user_id  TEXT,
	guild_id TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX feedback_at ON feedback (at);
