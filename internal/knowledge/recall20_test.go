package knowledge

// recall20Cases are answerable questions (not yes/no) worded in words the
// articles do not use, which session 20 found declined on dev-heldout2
// (blind writers' paraphrases): each with the dev question, paraphrases
// written the way other people would ask and a nearby question that must
// stay declined. TestFailureClasses runs them as it runs classCases.
var recall20Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// Downing tools is striking ("downing" is no Downing Street).
	{"downing tools", "For how many days are trainee medics downing tools in the 2023 pay row?", true, "five-day"},
	{"downing tools", "how many days are the junior doctors downing tools for in 2023?", true, "five-day"},
	{"downing tools", "how long did the trainee medics lay down tools for in the five-day walkout?", true, "five-day"},
	{"downing tools", "for how many days are the nurses downing tools?", false, ""},
	// Walking with marchers is marching with them; the PM's residence or
	// house is Downing Street; where they were headed is where they went.
	{"walked with", "Which opposition party chief walked with the trainees toward the PM's residence?", true, "corbyn"},
	{"walked with", "who walked with the junior doctors to Downing Street?", true, "corbyn"},
	{"walked with", "which labour leader was walking alongside the striking doctors?", true, "corbyn"},
	{"walked with", "which Tory walked with the trainees toward the PM's residence?", false, ""},
	{"walked with", "which party leader walked with the nurses to the pm's house?", false, ""},
	{"marchers", "Which politician joined the marchers and where were they headed?", true, "corbyn.*downing"},
	{"marchers", "which politician joined the marchers?", true, "corbyn"},
	{"marchers", "where were the marchers heading?", true, "downing street"},
	{"marchers", "which politician joined the marchers in 2023?", false, ""},
	// A wage hike is a pay rise: "wage" there asks no sum of money.
	{"wage hike", "How big a wage hike is the union after, according to the minister?", true, "35%"},
	{"wage hike", "what wage hike does Barclay say the BMA wants?", true, "35%"},
	{"wage hike", "how big a wage rise is the doctors' union demanding?", true, "35%"},
	{"wage hike", "what wage hike did the nurses want?", false, ""},
	// The body speaking for hospital trusts is NHS Providers; getting back
	// round the table is resuming talks.
	{"trusts body", "Which body speaking for hospital trusts told both camps to get back round the table?", true, "nhs providers urged both sides to resume talks"},
	{"trusts body", "what did the body speaking for hospital trusts call for?", true, "nhs providers urged both sides"},
	{"trusts body", "which group speaking for trusts urged both sides to return to the negotiating table?", true, "nhs providers urged both sides"},
	{"trusts body", "which body speaking for hospital trusts criticised Hunt?", false, ""},
	{"trusts body", "which body speaking for hospital trusts backed the 35% demand?", false, ""},
	// A chain reaction or ripple effect is the domino effect.
	{"chain reaction", "What chain-reaction metaphor did the trust body's deputy boss use for the repeated strikes?", true, "domino effect"},
	{"chain reaction", "what chain reaction did Cordery say the repeated strikes were having?", true, "domino effect"},
	{"chain reaction", "what ripple effect did the trust body's deputy chief warn about?", true, "domino effect"},
	{"chain reaction", "what chain reaction did Porter warn about?", false, ""},
	// A long-range staffing blueprint is the Long Term Workforce Plan.
	{"staffing plan", "What's the name of the government's long-range staffing blueprint?", true, "long term workforce plan"},
	{"staffing plan", "what is the government's long-range staffing plan called?", true, "long term workforce plan"},
	{"staffing plan", "what staffing blueprint did Barclay mention?", true, "long term workforce plan"},
	{"staffing plan", "what staffing blueprint did Hunt publish?", false, ""},
	// On the medics' side is backing the doctors.
	{"medics' side", "What fraction of the public were on the medics' side in the survey done for the broadcaster?", true, "57%"},
	{"medics' side", "what share of the public were on the medics' side in the 2016 poll?", true, "57%"},
	{"medics' side", "what share of people were on the strikers' side in the bbc survey?", true, "57%"},
	{"medics' side", "what share of the public were on the medics' side in the yougov poll for the bbc in 2016?", false, ""},
	// Another staff group besides the consultants: the radiographers.
	{"other staff group", "Besides consultants, which other staff group is set to strike later in the month?", true, "radiographers"},
	{"other staff group", "which other staff group strikes after the consultants?", true, "radiographers"},
	{"other staff group", "besides the consultants, which other NHS workers are walking out later this month?", true, "radiographers"},
	{"other staff group", "besides consultants, which other staff group strikes in Scotland?", false, ""},
	// "Unprecedented" is a degree in words: it answers how big.
	{"unprecedented", "What word did Hunt use to describe how big the two days of disruption were?", true, "unprecedented"},
	{"unprecedented", "what word did Hunt use for how big the disruption was?", true, "unprecedented"},
	{"unprecedented", "how big was the disruption of the two strike days, according to hunt?", true, "unprecedented"},
	{"unprecedented", "what word did Barclay use for how big the disruption was?", false, ""},
	// What each side said it would take to end the strike.
	{"end the strike", "What did each Health Secretary say was needed to end the strikes?", true, "cancels.*manifesto|manifesto.*cancels"},
	{"end the strike", "wot did the doctors union and the health secretary each say it'd take to end the five day strike", true, "credible offer.*pay demands"},
	{"end the strike", "what did barclay say was needed to resolve the dispute?", true, "move significantly"},
	{"end the strike", "what did porter say was needed to resolve the dispute?", false, ""},
}
