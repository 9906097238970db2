package knowledge

// recall15Cases are answerable questions of the blind set dev-blind15 that
// describe a dispute or person in other words, with paraphrases written
// for them and a nearby question that must stay declined.
// TestFailureClasses runs them as it runs classCases.
var recall15Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A strike told by what happened in it ("the walkout where they
	// pulled emergency cover") is the all-out strike (stem_phrases).
	{"pulled cover", "What's the name of the doctor who was running the doctors' union at the time of the walkout where they pulled emergency cover?", true, "porter"},
	{"pulled cover", "who headed the bma during the strike where doctors withdrew emergency cover", true, "porter"},
	{"pulled cover", "who was in charge of the BMA in the walkout with no emergency care", true, "porter"},
	{"pulled cover", "How many clinic slots and surgeries had to be scrapped and rebooked around English hospitals because of the walkout where emergency care was withdrawn?", true, "125,000"},
	{"pulled cover", "how many appointments were cancelled in the strike where emergency cover was pulled", true, "125,000"},
	{"pulled cover", "how many ops got cancelled in the walkout where no emergency care was given", true, "125,000"},
	{"pulled cover", "how many appointments were cancelled in scotland in the walkout where emergency cover was pulled", false, ""},
	// "I think he …" inside a question hedges the asker's memory.
	{"i think", "The then leader of the opposition, I think he went marching with the trainees towards the PM's residence? Who was that?", true, "corbyn"},
	{"i think", "which politician, i think he was labour, marched with the junior doctors on downing street", true, "corbyn"},
	{"i think", "the opposition leader - i believe he joined the march to downing street - who was he", true, "corbyn"},
	{"i think", "which tory minister, i think he was from scotland, marched to downing street", false, ""},
	// Bodies that advise on public sector salaries are the pay review
	// bodies: the salaries are no sum asked.
	{"advise on salaries", "The independent panels that advise on public sector salaries - what rise were they rumoured to have suggested?", true, "6.5"},
	{"advise on salaries", "what increase did the bodies that advise on public sector wages reportedly recommend", true, "6.5"},
	{"advise on salaries", "the groups which recommend public sector salaries, what rise did they reportedly suggest", true, "6.5"},
	{"advise on salaries", "how much do the people who advise on public sector salaries earn", false, ""},
	// "uses" and "using" are as generic as "use": "what metaphor does
	// she use" names no subject.
	{"uses", "What's the metaphor the deputy head of the trusts' organisation uses for repeated rounds of strikes knocking on into each other?", true, "domino"},
	{"uses", "what image does the deputy boss of the trust leaders' body use for strikes knocking on into each other", true, "domino"},
	{"uses", "what phrase does the deputy chief of nhs providers use for repeated rounds of walkouts", true, "domino"},
	{"uses", "what metaphor does the deputy head of the trusts' organisation use for the strikes in wales", false, ""},
	// The essay a question is for, and "fundamentally", name no subject:
	// what each dispute was about gets both overviews.
	{"essay", "For my politics essay: what was each dispute fundamentally about?", true, "contract.*pay"},
	{"essay", "for my history homework, what were both disputes essentially about", true, "contract.*pay"},
	{"essay", "what was each strike fundamentally about - its for my essay", true, "contract.*pay"},
	{"essay", "for my politics essay: what was the dispute in wales fundamentally about?", false, ""},
	// Action without a break is consecutive action.
	{"without a break", "How long, according to the trust leaders' body, has there been strike action in the health service without a break?", true, "eight"},
	{"without a break", "how long has there been non-stop industrial action across the nhs", true, "eight"},
	{"without a break", "for how many months has the health service had strikes without a break, according to nhs providers", true, "eight"},
	{"without a break", "how long has there been non-stop strike action in scotland", false, ""},
	// "the union's side" is the union: "side" is a weak word.
	{"side", "What kind of work did the union's side say trainee doctors have been doing ever since the health service began?", true, "weekend and night"},
	{"side", "what kind of cover did the union's side say junior doctors have provided since the nhs started", true, "weekend and night"},
	{"side", "the bma's side said junior doctors have done what since the nhs began", true, "weekend and night"},
	{"side", "what kind of work did the union's side say nurses have been doing since the nhs started", false, ""},
	// "the first walkout with no emergency cover" is the first all-out
	// strike: "first" is in the name, not a rank of its own.
	{"first no cover", "During the first walkout with no emergency cover at all, what hours were the trainees actually off the wards each day, start and finish?", true, "8am to 5pm"},
	{"first no cover", "what hours did the first strike with no emergency care run each day", true, "8am to 5pm"},
	{"first no cover", "during the first walkout with no emergency care, what hours were doctors out each day", true, "8am to 5pm"},
	{"first no cover", "what hours did the first walkout with no emergency cover run in scotland", false, ""},
	// A running total is a total: "running" is no run.
	{"running total", "How do the cancellation figures compare: the all-out strike versus the running total in the later article?", true, "125,000.*651,000"},
	{"running total", "what is the running total of cancelled appointments in 2023", true, "651,000"},
	{"running total", "whats the running tally of rescheduled procedures", true, "651,000"},
	{"running total", "what is the running total of cancelled appointments in scotland", false, ""},
}
