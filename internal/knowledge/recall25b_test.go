package knowledge

// recall25bCases are questions of dev-blind19 (answer types, near misses,
// paraphrase) that session 25 found declined or wrongly answered: each
// with the dev question, paraphrases written for this table and a nearby
// question that must stay declined. TestFailureClasses runs them as it
// runs classCases.
var recall25bCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Each morning's start of the all-out strike is its daily hours.
	{"each morning", "what time did the all out strike kick off each morning", true, "8am"},
	{"each morning", "what time did the 2016 walkout begin in the morning", true, "8am"},
	// "Single" names no dispute: the one-day question is about 2016.
	{"single day", "Was the all-out strike only a single day?", true, "two days"},
	{"single day", "was the 2016 stoppage just one day long?", true, "^no.*two days"},
	// Who chairs or heads NHS Providers is not its deputy chief executive.
	{"who chairs", "Who chairs NHS Providers?", false, "deputy chief executive"},
	{"who chairs", "who heads nhs providers", false, ""},
	{"who chairs", "who is Saffron Cordery", true, "deputy chief executive"},
	// The BMA's membership is a head count the articles do not give.
	{"membership", "BMA membership numbers", false, "members the BMA has"},
	{"membership", "how many members does the bma have", false, ""},
	// A statement is a quote: a public one by the PM is not reported.
	{"statement", "Did the Prime Minister make any public statement about the five-day strike?", false, ""},
	{"statement", "what statement did the BMA leaders make", true, "call this strike off"},
	// "Which health minister" asks for a person; in charge is the head.
	{"which minister", "Which health minister was in charge during the 2016 doctors' stoppage?", true, "hunt"},
	{"which minister", "which health secretary was in charge during the five-day walkout", true, "barclay"},
	// Hunt's only way to halt the strike.
	{"only way", "What did Hunt say was the only way he could stop the strike?", true, "manifesto"},
	// A wage or salary offer is the pay offer, a problem an issue; wages
	// alone are still money the articles do not give.
	{"wage offer", "What's the doctors' union's problem with the wage offer in England?", true, "credible"},
	{"wage offer", "what is the bma's objection to the salary offer", true, "credible"},
	{"wage offer", "how much are junior doctors' wages", false, ""},
	// Nothing out of the ordinary is the opposite of unprecedented.
	{"ordinary", "Did Hunt describe the disruption as nothing out of the ordinary?", true, "^no.*unprecedented"},
	// Hospital bosses are the trust leaders NHS Providers speaks for.
	{"hospital bosses", "What do hospital bosses say about the toll of repeated stoppages?", true, "toll"},
	// Paraphrased reasons and near misses of quotes.
	{"paraphrase", "Why did the health minister want the new contract for medics back in 2016?", true, "weekend"},
	{"paraphrase", "What did Porter say about junior doctors and emergency cover over the years?", true, "since the\\s+nhs started"},
	{"paraphrase", "According to the union, who loses out from the government's rigid stance?", true, "waiting lists"},
	// Shows someone goes on are programmes; a poll still shows things.
	{"shows", "what shows did hunt and porter go on", true, "breakfast.*today"},
	{"shows", "which tv shows did the strike leaders appear on in 2023", false, ""},
	// Letters back and forth back no one: a count of days, not a share.
	{"back and forth", "How many days of back-and-forth letters preceded the all-out strike?", true, "three days"},
	{"back and forth", "how long did the letters go back and forth", true, "three days"},
	// Near misses of other sets, each with an example question.
	{"examples", "what was the 2016 walkout actually protesting against?", true, "contract"},
	{"examples", "How does the government say it will boost the number of future medics?", true, "medical school"},
	{"examples", "What did the minister warn a 35% rise would do to prices across the economy?", true, "inflation"},
	{"examples", "What word did Barclay use to describe the BMA pressing ahead with strikes?", true, "disappointing"},
	{"examples", "What was Barclay's job before health secretary?", false, ""},
	// What the articles do not give stays declined, with the gap that says so.
	{"gaps", "When was the YouGov polling carried out?", false, "no fieldwork dates"},
	{"gaps", "How did Hunt's office respond to Porter's 'throw mud' accusation?", false, "do not report any reply"},
	{"gaps", "what did porter say about throwing mud", true, "throw mud"},
	// A rambling question's last clause may open with "but".
	{"rambling but", "my mate says the public is turning against the doctors and loads more people now blame them than the government, but what did the BBC poll actually say about blame and backing?", true, "57%"},
	{"rambling but", "my neighbour is a nurse and she was moaning about the strikes at the weekend over the fence, but what did the poll say about nurses in Wales?", false, ""},
}
