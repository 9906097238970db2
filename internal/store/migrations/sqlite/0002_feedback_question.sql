-- Which question a rating is about. request_id is the Discord id of the
-- interaction or message that asked ('' from the terminal and for rows from
-- before this migration); a 👍/👎 under a not-found answer, which has no facts
-- to rate, carries it, and feedback.question_id keeps it ('' for ratings of
-- answers built from facts, which are rated by their facts).
ALTER TABLE questions ADD COLUMN request_id TEXT NOT NULL DEFAULT '';
ALTER TABLE feedback ADD COLUMN question_id TEXT NOT NULL DEFAULT '';
CREATE INDEX questions_request_id ON questions (request_id);
