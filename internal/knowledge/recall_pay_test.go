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
	// "What size", like "how big", asks an amount; the size is no subject.
	{"degree words", "What size of pay rise does the Government say junior doctors are demanding?", true, "35%"},
	{"degree words", "how big a pay rise do the government say the doctors want?", true, "35%"},
	{"degree words", "what size of pay rise did the nurses get?", false, ""},
	// Fine with a demand is finding it reasonable, which Barclay did not;
	// a word the facts know only the opposite of gives no Yes.
	{"opposites", "Is Barclay fine with the 35% pay demand?", true, "^no.*unreasonable"},
	{"opposites", "did barclay say 35% was fine", true, "^no.*unreasonable"},
	{"opposites", "does barclay find the pay claim acceptable?", true, "^no.*unreasonable"},
	{"opposites", "was barclay fine with the bma going on strike?", true, "^in the 2023"},
	{"opposites", "was barclay reasonable about the bma going on strike?", true, "^in the 2023"},
	// "before they can …" is what must happen first, not an order in time.
	{"before", "What does Barclay say the BMA must do before they can all get around the table?", true, "move significantly"},
	{"before", "what has the bma got to do before barclay will sit down with them?", true, "move significantly"},
	{"before", "Who was health secretary before Steve Barclay?", false, ""},
	// The pay review decision the strikes come amid; what was decided is
	// not reported.
	{"pay review", "What is the government expected to announce around the time of the five-day strike?", true, "pay review"},
	{"pay review", "wats the govt decision the strikes r happening around", true, "pay review"},
	{"pay review", "what did the government announce about the pay review bodies?", false, "does not report"},
	// English is England's.
	{"english", "what do doctors in scotland have that english ones dont", true, "pay offer"},
	{"english", "what have scottish junior doctors got that english ones haven't?", true, "pay offer"},
	{"english", "what pay offer did english junior doctors get?", false, "no figure"},
	// Ways of asking for the facts' own words.
	{"paraphrase", "Why does the minister say the doctors' pay claim would be bad for the economy?", true, "inflation"},
	{"paraphrase", "what does barclay think a 35% rise would do to the economy?", true, "inflation"},
	{"paraphrase", "what was the inflation rate during the five-day strike?", false, "no inflation rate"},
	{"paraphrase", "Which NHS workforce enjoys the most public sympathy according to the 2023 survey?", true, "nurses"},
	{"paraphrase", "which nhs staff do the public back most in 2023?", true, "nurses"},
	{"paraphrase", "how much public sympathy do junior doctors have in 2023?", false, "no poll figure"},
	{"paraphrase", "Do trust leaders sympathise with striking staff, per NHS Providers?", true, "strength of feeling"},
	{"paraphrase", "are hospital bosses sympathetic to the strikers?", true, "strength of feeling"},
	{"paraphrase", "do the public sympathise with junior doctors in 2023?", false, ""},
	{"paraphrase", "What does the BMA say the government keeps failing to provide?", true, "credible offer"},
	{"paraphrase", "what has the government repeatedly failed to offer, says the union?", true, "credible offer"},
	{"paraphrase", "What do the BMA say the Scotland deal shows about the approach in England?", true, "obstinate"},
	{"paraphrase", "Which two senior politicians did the BMA accuse of taking an obstinate approach?", true, "prime minister.*barclay"},
	{"paraphrase", "who did the doctors' leaders call stubborn?", true, "prime minister.*barclay"},
	{"paraphrase", "what did the prime minister say about the bma?", false, ""},
	{"paraphrase", "According to Barclay, what brought the negotiations to a halt?", true, "announcing further strikes"},
	{"paraphrase", "why did the talks break down according to barclay?", true, "announcing further strikes"},
	// "Ministerial" only says what kind of title.
	{"paraphrase", "What is Steve Barclay's full ministerial title in the pay-strike article?", true, "health and social care secretary"},
	{"paraphrase", "what's barclay's ministerial job called in full?", true, "health and social care secretary"},
	{"paraphrase", "what was barclay's previous ministerial job?", false, ""},
	{"paraphrase", "which bma members are striking in the 5 day one, england or uk wide", true, "england"},
	{"paraphrase", "is the five-day strike uk wide?", true, "england"},
	{"paraphrase", "are doctors in wales striking in 2023?", false, ""},
	{"paraphrase", "Which two groups of workers are covered by the YouGov figures in the 2023 article?", true, "nurses.*ambulance"},
	{"paraphrase", "which workers did yougov give support figures for?", true, "nurses.*ambulance"},
	{"paraphrase", "what yougov figure is there for junior doctors?", false, "no poll figure"},
	// Two figures of the article side by side: the rumoured pay review
	// rise and the demand Barclay objects to.
	{"comparison", "How does the speculated pay review body rise compare with the pay demand Barclay objected to?", true, "6\\.5%.*35%"},
	{"comparison", "how does the 6.5% compare to the 35%?", true, "6\\.5%.*35%"},
	{"comparison", "how does the rumoured pay rise compare with what junior doctors are asking for?", true, "6\\.5%.*35%"},
	{"comparison", "what's the top end of the rumoured pay review rise", true, "6\\.5%"},
	{"comparison", "what pay rise did the nurses get compared with the 35% demand?", false, ""},
	{"comparison", "Who spoke for the BMA in the 2016 strike vs the 2023 one?", true, "porter.*laurenson"},
	// "What pay rise …?" asks for pay as "what pay …?" does: the nurses'
	// poll has pay only in its dispute's name.
	{"head noun", "what pay rise did the nurses get?", false, "^the articles don't say what pay|does not say what pay rise"},
	{"head noun", "what pay rise did the bma want?", true, "35%"},
	{"head noun", "what pay rise did the review bodies recommend?", true, "6\\.5%"},
	// Whether an article names someone is answered No by a fact saying
	// it never names them.
	{"article names", "Does the 2023 article name the Prime Minister?", true, "^no\\..*never names"},
	{"article names", "is the prime minister named in the pay article?", true, "^no\\..*never names"},
	{"article names", "does the five-day strike article say who the prime minister is?", true, "^no\\..*never names"},
	{"article names", "what is the name of the prime minister?", false, "never names"},
	// The hospital trusts' group is NHS Providers, described.
	{"described", "What does the hospital trusts' group say rising staff dissatisfaction is linked to?", true, "unresolved"},
	{"described", "what does the group representing hospital trusts say about staff morale?", true, "nhs providers"},
	{"described", "what did the hospital trusts' group say about nurses' pay?", false, ""},
	// What someone said is the fact that has them say it, even in others'
	// words, before one that only speaks of them.
	{"speaker", "wot did barclay say wasnt realistic", true, "above 5%"},
	{"speaker", "what pay level did the health secretary say wasn't realistic?", true, "above 5%"},
	{"speaker", "what did the prime minister say about the strike?", false, "don't say what was said"},
	// Radio 4 is a name: a 4 elsewhere names no dispute.
	{"names", "wots the plan 4 medical skool places", true, "double.*2031"},
	{"names", "was porter on radio four?", true, "^yes.*radio 4"},
	{"names", "what did barclay say on radio 4?", false, ""},
	// Text-speak is read before phrases, so a phrase meets the words it
	// stands for: "b4 talks" is "before talks".
	{"text-speak phrase", "wot does barclay want b4 talks", true, "cancel|move"},
	{"text-speak phrase", "wat does the health sec want b4 any talks", true, "cancel|move"},
	{"text-speak phrase", "wots barclay's condition b4 talks", true, "cancel|move"},
	{"text-speak phrase", "wot does barclay want b4 talks wiv the nurses", false, ""},
	{"text-speak", "wot happens if govt rejects the pay recs", true, "anger"},
	{"text-speak", "what if the government turns down the pay review recs", true, "anger"},
	{"text-speak", "what will unions do if the govt rejects the pay rec", true, "anger"},
	{"text-speak", "wot did the pay recs say about nurses pensions", false, ""},
	// A first name's familiar form names the person (vocabulary synonyms).
	{"nickname", "rob laurenson", true, "laurenson"},
	{"nickname", "who is rob laurenson?", true, "bma"},
	{"nickname", "wot did dr rob laurenson say", true, "laurenson"},
	{"nickname", "rob porter", false, ""},
	// "co-led", "together with", "apart from": the other of two named
	// together is asked for, and the fact naming both answers.
	{"companion", "Who co-led the BMA's junior doctors alongside Robert Laurenson?", true, "trivedi"},
	{"companion", "who was laurenson's co-leader?", true, "trivedi"},
	{"companion", "who was the other bma leader apart from laurenson", true, "trivedi"},
	{"companion", "who led the bma together with laurenson", true, "trivedi"},
	{"companion", "who co-led the bma alongside laurenson in 2016?", false, ""},
	// Disliking, hating, slamming something is criticising it.
	{"attitude", "wots the precondition the bma hates", true, "talk"},
	{"attitude", "what precondition does the bma dislike?", true, "talk"},
	{"attitude", "which government condition did the bma slam", true, "talk"},
	{"attitude", "what precondition does the bma hate about nurses?", false, ""},
	// Public sector pay is pay, not public opinion; "in relation to" says
	// what a question is about.
	{"public sector", "What is the Government expected to announce in relation to public sector pay?", true, "pay review"},
	{"public sector", "what announcement on public sector pay was expected", true, "pay review"},
	{"public sector", "what was the government about to say regarding public sector pay?", true, "pay review"},
	{"public sector", "what is the government expected to announce about the weather?", false, ""},
	// "Which part of the UK" asks a place, answered only by a fact
	// giving one.
	{"place", "In which part of the UK were BMA members striking for five days?", true, "england"},
	{"place", "what part of the uk were the bma's members on strike in?", true, "england"},
	{"place", "which part of the uk was the five-day walkout in", true, "england"},
	{"place", "which part of the uk did the nurses strike in?", false, ""},
	// A degree in words ("huge", "hardly") answers "how much …?".
	{"degree words", "how much disruption will the 5 day strike cause", true, "huge"},
	{"degree words", "how much chaos is the walkout expected to cause?", true, "huge"},
	{"degree words", "how much breathing room do trusts get between strikes", true, "hardly"},
	{"degree words", "how much respite will trusts have between the walkouts?", true, "hardly"},
	{"degree words", "how much did the strikes cost?", false, ""},
	{"degree words", "how much support do radiographers have?", false, ""},
	// "Dealing with" a strike is no deal.
	{"dealing with", "how long is the walkout barclay was dealing with", true, "five"},
	{"dealing with", "how long was the strike that barclay dealt with?", true, "five"},
	{"dealing with", "how long did the walkout barclay was dealing with last?", true, "five"},
	{"dealing with", "how long is the walkout hunt was dealing with in 2023?", false, ""},
	// Who ranks first is answered by the fact that ranks, from the end asked.
	{"ranking", "who has the most public backing", true, "nurses"},
	{"ranking", "who do britons back the most?", true, "nurses"},
	{"ranking", "which group has the most support from the public?", true, "nurses"},
	{"ranking", "who has the least public backing?", false, "ranks first"},
	{"ranking", "which hospital had the most cancellations?", false, "ranks first"},
	// "higher now than in January" compares with January, not the present.
	{"now than", "The article with the Ipsos Mori poll says support is higher now than when?", true, "january"},
	{"now than", "is support higher now than before, according to the article with the ipsos mori poll", true, "january"},
	{"now than", "support is higher now than when?", true, "january"},
	{"now than", "who runs the bma now?", false, ""},
	// How long the pay row (not the strike) has gone on.
	{"row, not strike", "How does the 2023 report characterise how long the pay row has been going on?", true, "long-running|eight"},
	{"row, not strike", "how long has the pay dispute been running?", true, "long-running|eight"},
	{"row, not strike", "how long has the row over pay dragged on?", true, "long-running|eight"},
	{"row, not strike", "how long was the 2023 strike?", true, "five"},
	// A phrase said again and again is a refrain of the quote.
	{"refrain", "What phrase did the BMA leaders repeat about Scotland and the Health Secretary?", true, "proved him wrong"},
	{"refrain", "what phrase did the bma keep using about barclay and scotland", true, "proved him wrong"},
	{"refrain", "which words did the doctors' leaders say again and again about scotland?", true, "proved him wrong"},
	{"refrain", "what phrase did the bma leaders repeat about the prime minister's weekend plans?", false, ""},
	{"refrain", "What did NHS Providers say about repeated strikes?", true, "domino"},
	// "what did the Press Association report?" asks what the agency
	// reported: an article's name ending in its article word, after
	// "did" or "does", is its verb; after "is" it names the article.
	{"report verb", "what did the press association report", true, "a&e|maternity|intensive"},
	{"report verb", "what did the pa report?", true, "a&e|maternity|intensive"},
	{"report verb", "what does the press association report?", true, "a&e|maternity|intensive"},
	{"report verb", "what did the press association report about the weather?", false, ""},
	{"report verb", "what does the national report say about a&e?", true, "a&e"},
	// Talks that happen or take place resume; to disprove is to prove wrong.
	{"talks happen", "What must the BMA do for talks to happen, according to Barclay?", true, "move significantly"},
	{"talks happen", "what does barclay say has to happen for talks to take place", true, "move significantly"},
	{"talks happen", "what must the nurses do for talks to happen?", false, ""},
	{"disprove", "What three claims of the Health Secretary did the BMA say Scotland disproved?", true, "proved him wrong"},
	{"disprove", "what did scotland disprove according to the bma", true, "proved him wrong"},
	{"disprove", "what did the bma say scotland had disproved about nurses?", false, ""},
	// "How long till …" asks when; slang for a feeling or a row.
	{"how long till", "how long till consultants strike", true, "later this month"},
	{"how long till", "how long until the radiographers walk out?", true, "later this month"},
	{"how long till", "how soon do the consultants strike?", true, "later this month"},
	{"how long till", "how long till the nurses strike?", false, ""},
	{"slang", "y is barclay gutted", true, "disappointing"},
	{"slang", "was barclay gutted about the strike?", true, "disappointing"},
	{"slang", "wots the beef between bma n govt in 2023", true, "scotland|barclay"},
	{"slang", "y is cordery gutted about nurses pay", false, ""},
	// "Which hospital staff" asks which staff, not which hospital.
	{"hospital staff", "Which hospital staff would strike for two days after the junior doctors?", true, "consultants"},
	{"hospital staff", "which hospital workers strike after the junior doctors in 2023", true, "consultants"},
	{"hospital staff", "what hospital staff are striking later this month?", true, "consultants|radiographers"},
	{"hospital staff", "which hospital had picket lines in 2023?", false, "names no hospital"},
	// A number before "the", "them" … is text-speak ("4 the bma"), and so
	// are fillers such as "ngl".
	{"linking text-speak", "who spoke 4 the bma", true, "laurenson|trivedi"},
	{"linking text-speak", "who spoke 4 the bma in 2023", true, "laurenson|trivedi"},
	{"linking text-speak", "ngl wot did barclay say 2 the bma", true, "barclay"},
	{"linking text-speak", "who spoke 4 the nurses", false, ""},
	{"linking text-speak", "was the strike 4 days long?", true, "^no"},
}
