package knowledge

// recall25Cases are answerable questions that session 25 found declined
// on the dev sets: each with the dev question or a paraphrase written for
// this table, and a nearby question that must keep its answer or stay
// declined. TestFailureClasses runs them as it runs classCases.
var recall25Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A poll's share is of those it asked: "of the poll" is no group
	// the share must be of; a group the poll does not give still is.
	{"share of poll", "what proportion of that poll opposed the doctors' cause?", true, "quarter"},
	{"share of poll", "what share of the poll opposed the doctors?", true, "quarter"},
	{"share of poll", "what percentage of the survey supported the doctors?", true, "57%"},
	{"share of poll", "what percentage of doctors supported the new contract?", false, ""},
	// "How many days" asks a duration: "back" after it ("back and
	// forth") is no verb asking for a share of people.
	{"days count", "How many days of back-and-forth letters preceded the all-out strike?", true, "three days"},
	{"days count", "how many days of letters back and forth were there before the 2016 strike?", true, "three days"},
	{"days count", "how many people back the doctors?", true, "57%|three in five"},
	// Motivation is what motivates.
	{"motivation", "What did Hunt say his motivation was in the contract dispute?", true, "weekend services"},
	{"motivation", "what was hunt's motivation?", true, "weekend services"},
	// A party's election platform is its manifesto; pay advisers are the
	// pay review bodies; "se london" is south-east London.
	{"platform", "Which pledge did Hunt say was at the front of his party's election platform?", true, "seven-day NHS"},
	{"pay advisers", "what did the pay advisers recommend?", true, "6%"},
	{"se london", "which hosps round se london get hit by the strike", true, "Lewisham"},
	{"se london", "did the five-day strike hit hospitals in se london?", false, ""},
	// Working for an organisation is answered by the person's own fact.
	{"works for", "Does Saffron Cordery work for NHS Providers?", true, "^yes.*deputy chief executive"},
	{"works for", "does cordery work for the bma?", true, "^no.*NHS Providers"},
	// "The article about the pay strike" names the pay strike article,
	// so "strike" is no subject its answer must give.
	{"article about", "In the article about the pay strike, which public sector groups are covered by the pay review bodies?", true, "teachers"},
	{"article about", "in the article about the pay dispute, what did Barclay call the pay demand?", true, "unreasonable"},
	{"article about", "In the article about the pay strike, what did Hunt say?", false, ""},
	// What happened "due to the strike" happened because of it.
	{"due to", "Were fewer than 100,000 appointments cancelled due to the all-out strike?", true, "^no.*125,000"},
	{"due to", "how many operations were cancelled owing to the all-out strike?", true, "125,000"},
	// A rambling question's last clause may be a yes/no question of its
	// own, read alone when the whole is declined; one the articles do not
	// settle stays declined.
	{"rambling yes/no", "I gather the public mood had moved since an earlier round, like the tide at Brighton - was backing for the all-out strike higher or lower than it was back in January?", true, "higher than in January"},
	{"rambling yes/no", "Trust finances were a nightmare when I sat on the board - did Cordery say anything about strikes getting pricier for trusts, and why?", true, "more expensive"},
	{"rambling yes/no", "My cousin lives in Cardiff and she is always going on about the NHS there - did junior doctors in Wales strike in 2023 as well?", false, ""},
	{"rambling yes/no", "My uncle was a porter at a hospital for thirty years and he never stops talking about it - did Hunt resign after the all-out strike?", false, ""},
}
