package knowledge

// payRecallCases are answerable questions about the pay dispute that were
// declined because they word the question otherwise than the articles and
// facts do, each with paraphrases and a nearby question that must stay
// declined; TestFailureClasses runs them as it runs classCases.
var payRecallCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A polling company, firm or organisation is a pollster, whatever the
	// question calls it.
	{"pollster", "Which polling company looked at public support for the strikes in the five-day strike article?", true, "yougov"},
	{"pollster", "which polling firm did the 2023 survey?", true, "yougov"},
	{"pollster", "what polling organisation did the BBC use in 2016?", true, "ipsos mori"},
	{"pollster", "how many people did the polling company survey in 2023?", false, "don't say how many"},
	// A gap saying something else is missing (when junior doctors strike
	// again, which hospitals) does not answer "who": the fact naming who
	// did it does.
	{"who, not the gap", "Who mounted the picket lines outside hospitals in the five-day walkout?", true, "bma"},
	{"who, not the gap", "who was on the picket lines outside hospitals in 2023?", true, "bma"},
	{"who, not the gap", "who picketed outside hospitals in the five-day strike?", true, "bma"},
	{"who, not the gap", "which hospitals had picket lines in the five-day strike?", false, "names no hospital"},
	{"who, not the gap", "who led the picket line at Lewisham in 2023?", false, ""},
	{"who, not the gap", "who's striking after the junior docs in 2023", true, "consultants.*radiographers"},
	{"who, not the gap", "who's walking out after the junior doctors in 2023?", true, "consultants.*radiographers"},
	{"who, not the gap", "who strikes next after the junior doctors' five-day walkout?", true, "consultants.*radiographers"},
	{"who, not the gap", "when do junior doctors strike again after the five-day walkout?", false, "does not say when"},
	// "names no Scottish minister" says who is missing, as "never names" does.
	{"who, not the gap", "Who is the Scottish health secretary who made the offer?", false, "names no scottish minister"},
	{"who, not the gap", "who is the scottish first minister?", false, ""},
}
