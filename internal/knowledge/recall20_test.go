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
	{"end the strike", "What did each Health Secretary say was needed to end the strikes?", true, "manifesto.*pay demands"},
	{"end the strike", "wot did the doctors union and the health secretary each say it'd take to end the five day strike", true, "credible offer.*pay demands"},
	{"end the strike", "what did barclay say was needed to resolve the dispute?", true, "move significantly"},
	{"end the strike", "what did porter say was needed to resolve the dispute?", false, ""},
	// A strike "under" a Health Secretary is the one of his dispute.
	{"under", "How long is the junior doctors' strike under Steve Barclay?", true, "five-day"},
	{"under", "how long is the strike under barclay?", true, "five-day"},
	{"under", "how long was the strike under hunt?", true, "8am to 5pm"},
	{"under", "how long is the nurses' strike under barclay?", false, ""},
	// A marathon stoppage is a long strike; going on for is lasting.
	{"marathon", "How long does the marathon stoppage by doctors in training under Barclay go on?", true, "five-day"},
	{"marathon", "how long does the marathon stoppage go on for?", true, "five-day"},
	{"marathon", "how long did the marathon walkout by junior doctors last?", true, "five-day"},
	{"marathon", "how long does the nurses' marathon strike go on?", false, ""},
	// Clinic slots are appointments.
	{"clinic slots", "How many clinic slots and surgeries got scrapped because of the total stoppage?", true, "125,000"},
	{"clinic slots", "how many clinic slots and ops were axed in the all-out strike?", true, "125,000"},
	{"clinic slots", "how many clinic appointments were cancelled because of the 2016 walkout?", true, "125,000"},
	{"clinic slots", "how many clinic slots were cancelled in scotland?", false, ""},
	// Plugging the gaps in urgent care is providing emergency cover.
	{"plugging the gaps", "According to the union chief, which senior medics were plugging the gaps in urgent care?", true, "consultants"},
	{"plugging the gaps", "who was plugging the gaps in urgent care during the all-out strike?", true, "consultants"},
	{"plugging the gaps", "which doctors filled in for the juniors in urgent care, according to porter?", true, "consultants"},
	{"plugging the gaps", "who was plugging the gaps in urgent care in 2023?", false, ""},
	// Pushing up prices is fuelling inflation.
	{"push up prices", "What wage increase did the minister say was excessive and would push up prices?", true, "35%"},
	{"push up prices", "what pay demand did the minister say would push up prices?", true, "35%"},
	{"push up prices", "which pay claim did barclay say would drive up prices?", true, "35%"},
	{"push up prices", "what did Hunt say would push up prices?", false, ""},
	// Rebooked is rescheduled; a count in thousands answers how big.
	{"rebooked", "How big is the backlog of rebooked ops and appointments from months of walkouts?", true, "651,000"},
	{"rebooked", "how big is the backlog of rebooked appointments?", true, "651,000"},
	{"rebooked", "how many ops and appointments were rebooked because of months of strikes?", true, "651,000"},
	{"rebooked", "how big is the backlog of rebooked appointments in scotland?", false, ""},
	// Coming apart at the seams is fraying the fabric.
	{"at the seams", "Who was the hospital trusts' spokesperson warning the health service is coming apart at the seams?", true, "cordery"},
	{"at the seams", "who warned the health service is coming apart at the seams?", true, "cordery"},
	{"at the seams", "who said the NHS was coming apart at the seams in 2023?", true, "cordery"},
	{"at the seams", "who warned the health service is coming apart at the seams in 2016?", false, ""},
	// North of the border is Scotland; an administration is a government.
	{"north of the border", "Which administration north of the border did the union leaders praise?", true, "government in scotland"},
	{"north of the border", "which administration north of the border did the bma hold up as a model?", true, "government in scotland"},
	{"north of the border", "which government did the union leaders praise?", true, "government in scotland"},
	{"north of the border", "which administration north of the border did Hunt praise?", false, ""},
	// A smear or slur is the mud thrown.
	{"smear", "What smear did the doctors' union boss accuse the minister of?", true, "throw mud"},
	{"smear", "what smear did porter accuse hunt of?", true, "throw mud"},
	{"smear", "what slur did the bma boss say the health secretary was throwing at junior doctors?", true, "throw mud"},
	{"smear", "what smear did barclay accuse the bma of?", false, ""},
	// Text-speak: "the barclay 1" is the 2023 strike, "4 da" is "for the",
	// "4 how long" is "for how long", "tho" a filler.
	{"textspeak", "y r docs strikin in the barclay 1 tho", true, "pay"},
	{"textspeak", "wen r consultnts strikin n 4 how long", true, "two days"},
	{"textspeak", "wich services got hit 4 da 1st time", true, "maternity"},
	{"textspeak", "wen did the jr docs strike start n finish each day in the hunt 1??", true, "8am to 5pm"},
	{"textspeak", "y r nurses strikin in the barclay 1 tho", false, ""},
	// A later outcome stays unanswered.
	{"later outcome", "What happened after the five-day walkout ended - did talks resume?", false, ""},
	// Who held an office "when" something happened: the clause dates it.
	{"when held", "Who was the Health Secretary when junior doctors held the first all-out strike?", true, "jeremy hunt"},
	{"when held", "who was health secretary when the junior doctors held their walkout?", true, "jeremy hunt"},
	{"when held", "Who was health secretary in the all-out strike and who in the five-day walkout?", true, "hunt.*barclay"},
	{"when held", "who was the prime minister when junior doctors held the first all-out strike?", false, ""},
	// The first (older) of the two disputes and the second (newer).
	{"first dispute", "what was the first dispute actually about", true, "contract"},
	{"first dispute", "what was the older dispute about?", true, "contract"},
	{"first dispute", "what was the newer dispute about?", true, "pay"},
	{"first dispute", "what was the first dispute about in scotland?", false, ""},
	// "done 4" is "done for".
	{"done 4", "what has the nhs done 4 patient safety", true, "exhaustive"},
	// Salary panels are the pay review bodies: "salary" there asks no sum.
	{"salary panels", "what pay bump were the independent salary panels rumoured to be suggesting?", true, "6.5%"},
	{"salary panels", "What salary hike are the independent pay panels rumoured to have suggested?", true, "6.5%"},
	{"salary panels", "what did the salary panels recommend?", true, "6.5%"},
	{"salary panels", "what salary do junior doctors earn?", false, ""},
}
