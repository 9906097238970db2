package knowledge

// typo15Cases are misspelt names, text-speak and yes/no questions naming a wrong person that session 22 found
// declined on dev-blind15: each with the dev question, paraphrases written
// for this table and a nearby question that must stay declined.
// TestFailureClasses runs them as it runs classCases.
var typo15Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A surname misspelt into a real word after its first name is the
	// person; without a known first name a real word stays itself.
	{"surname after first name", "who is mark porta", true, "British Medical Association"},
	{"surname after first name", "what did mark portar say about the weekend figures", true, "distorted"},
	{"surname after first name", "what job did steve barkly have", true, "Health and Social Care Secretary"},
	{"surname after first name", "who is mark smith", false, ""},
	// Dialect spellings: "sarf london" is south London.
	{"dialect", "which hospitals in sarf london r affected by the strike lol", true, "Lewisham"},
	{"dialect", "wot hospitals in sarf london got hit by the strike", true, "Woolwich"},
	{"dialect", "which hospitals in sarf wales were hit", false, ""},
	// A pronoun before "where" (or "wer") is "were".
	{"they where", "wat did barcly say they wer doing b4 the strikes got anounced", true, "discussions"},
	{"they where", "what did barclay say they where doing until the strikes were announced", true, "discussions"},
	{"they where", "wat did barclay say we wer discussing", true, "discussions"},
	// A wrong person after a relative clause describing the role ("who
	// joined") is a No naming the right one; "join ... too" still asks
	// whether someone else did it as well.
	{"relative clause", "Was the Labour leader who joined the marching junior doctors Keir Starmer?", true, "^No\\. .*Corbyn"},
	{"relative clause", "was the labour leader who joined the march on downing street david cameron", true, "^No\\. .*Corbyn"},
	{"relative clause", "was the opposition leader who joined the junior doctors Ed Miliband?", true, "^No\\. .*Corbyn"},
	{"relative clause", "did keir starmer join the march too?", false, ""},
	// A role with a phrase of time after it is still the role: another
	// person's name against it is a No (these were a confident Yes).
	{"role with a phrase after", "Was Jeremy Corbyn the health secretary during the all-out strike?", true, "^No\\."},
	{"role with a phrase after", "Was Jeremy Hunt the head of the BMA during the all-out strike?", true, "^No\\."},
	{"role with a phrase after", "was the health secretary during the all-out strike jeremy corbyn", true, "^No\\."},
	{"role with a phrase after", "Was Corbyn the labour leader at the time of the all-out strike?", true, "^Yes\\..*Corbyn"},
	// "Was <person> the <role> …?" asks the same slot as "was the <role>
	// <person>?": a person of the value sorts who is not the role's is a
	// No naming the role's person; a prime minister the articles do not
	// name stays declined.
	{"identity subject", "Was Andrew Lansley the health secretary during the all-out strike?", true, "^No\\..*Hunt"},
	{"identity subject", "was matt hancock the health secretary in the five-day strike", true, "^No\\..*Barclay"},
	{"identity subject", "Was Lansley the health secretary during the first all-out strike?", true, "^No\\..*Hunt"},
	{"identity subject", "Was Rishi Sunak the prime minister during the five-day strike?", false, ""},
	{"identity subject", "Was David Cameron the prime minister during the all-out strike?", false, ""},
	// A claim put as a rumour, with a few words describing the lead
	// before its colon, is checked as a claim.
	{"rumour lead", "picket line rumour: consultants are striking for five days later this month - true?", true, "^No\\..*two days"},
	{"rumour lead", "ward rumour: radiographers are striking for five days", true, "^No\\..*two-day"},
	{"rumour lead", "picket line rumour: consultants are striking for two days later this month - true?", true, "^Yes\\."},
}
