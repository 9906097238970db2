package knowledge

import "slices"

// ContextOf rebuilds the context of an answer from the ids of the facts it
// was built from, best first, as an answer's buttons carry them. A channel
// reply to one of the bot's answers is read against it, on any replica and
// after a restart, because nothing but the replied-to message is needed.
//
// The question the answer replied to is not in the ids; the best fact's
// first curated question (or, without one, its title) stands for it, so
// "and in 2023?" asks that question of the other dispute. Ids no
// longer in the fact base (after a reload) are skipped; nil means none is
// left, and the follow-up is read alone.
func (b *Base) ContextOf(ids []string) *Context {
	var c Context
	for _, id := range ids {
		f, ok := b.Fact(id)
		if !ok || slices.Contains(c.Subjects, id) {
			continue
		}
		if c.Question == "" {
			c.Question = f.Title
			if len(f.Questions) > 0 {
				c.Question = f.Questions[0]
			}
		}
		c.Subjects = append(c.Subjects, id)
		// As an answer's dispute is found from its facts.
		switch {
		case c.Dispute == "":
			c.Dispute = f.Dispute
		case c.Dispute != f.Dispute:
			c.Dispute = DisputeBoth
		}
	}
	if len(c.Subjects) == 0 {
		return nil
	}
	return &c
}
