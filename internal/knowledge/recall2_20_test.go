package knowledge

import "testing"

// recall2Cases are answerable questions (not yes/no) from session 20's
// blind dev sets that were declined or answered with the wrong fact: a
// dispute called by its Health Secretary or by a time clause, and words
// the articles do not use. Each has the dev question, paraphrases of it
// and a nearby question that must stay declined. TestFailureClasses runs
// them as it runs classCases.
var recall2Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A time clause naming a dispute says when, as a year would: the
	// question asks who held the role then.
	{"when clause", "Who was the Health Secretary when junior doctors held the first all-out strike?", true, "jeremy hunt was the health secretary"},
	{"when clause", "who was health secretary when the junior doctors walked out in 2016?", true, "jeremy hunt was the health secretary"},
	{"when clause", "Who was the Health Secretary while the five-day walkout was on?", true, "steve barclay"},
	{"when clause", "who was the prime minister when junior doctors held the first all-out strike?", false, ""},
	{"when clause", "who was health secretary when nurses went on strike in 2023?", false, ""},
	{"when clause", "Who was the Health Secretary when junior doctors held the first all-out strike in Wales?", false, ""},
	// A dispute called by its Health Secretary: "the strike under
	// Barclay", "the Hunt one", "the Barclay strike".
	{"under secretary", "How long is the junior doctors' strike under Steve Barclay?", true, "five-day"},
	{"under secretary", "how long did the walkout under Barclay last?", true, "five-day"},
	{"under secretary", "hw long is teh barclay strike 4", true, "five-day"},
	{"under secretary", "wen did the jr docs strike start n finish each day in the hunt 1??", true, "8am to 5pm"},
	{"under secretary", "what time did the strike under hunt start each day", true, "8am to 5pm"},
	{"under secretary", "y r docs strikin in the barclay 1 tho", true, "pay"},
	{"under secretary", "what were doctors striking over in the hunt one", true, "contract"},
	{"under secretary", "how long was the strike under Theresa May?", false, ""},
	{"under secretary", "what did the bma say about the strike under Sunak", false, ""},
	// A marathon strike is the longest walkout.
	{"marathon", "How long does the marathon stoppage by doctors in training under Barclay go on?", true, "five-day"},
	{"marathon", "how many days is the marathon walkout?", true, "five-day"},
	{"marathon", "when did the marathon strike by junior doctors begin?", true, "7am"},
	{"marathon", "how long was the marathon strike by nurses?", false, "does not say whether nurses"},
	// Clinic slots are appointments.
	{"clinic slots", "How many clinic slots and surgeries got scrapped because of the total stoppage?", true, "125,000"},
	{"clinic slots", "how many clinic appointments and ops were axed in the contract row?", true, "125,000"},
	{"clinic slots", "how many clinic slots were scrapped in Scotland?", false, ""},
	// Plugging the gaps is covering; urgent care is emergency care.
	{"plug the gaps", "According to the union chief, which senior medics were plugging the gaps in urgent care?", true, "consultants"},
	{"plug the gaps", "who did porter say would fill the gaps in urgent care?", true, "consultants"},
	{"plug the gaps", "which senior doctors were plugging the gap while juniors were out in 2016?", true, "consultants"},
	{"plug the gaps", "who plugged the gaps in urgent care during the 2023 strike?", false, ""},
	// A salary or wage rise is a pay rise, not a sum of money.
	{"wage rise", "What salary hike are the independent pay panels rumoured to have suggested?", true, "6\\.5%"},
	{"wage rise", "what wage rise did the pay review bodies reportedly recommend?", true, "6\\.5%"},
	{"wage rise", "what is a junior doctor's salary?", false, "do not say how much junior doctors are paid"},
	// Pushing up prices is fuelling inflation.
	{"push up prices", "What wage increase did the minister say was excessive and would push up prices?", true, "35%"},
	{"push up prices", "what did barclay say would drive prices up?", true, "fuelling inflation"},
	{"push up prices", "what did Hunt say would push up prices?", false, ""},
	// Coming apart at the seams is fraying; the health service is the NHS.
	{"at the seams", "Who was the hospital trusts' spokesperson warning the health service is coming apart at the seams?", true, "cordery"},
	{"at the seams", "who said the NHS was falling apart at the seams?", true, "cordery"},
	{"at the seams", "which trusts' leader warned the nhs is unravelling because of the strikes?", true, "cordery"},
	{"at the seams", "who said the NHS was falling apart in 2016?", false, ""},
	// North of the border is Scotland; an administration is a government;
	// the BMA held the Scottish government up as the example (praise).
	{"north of the border", "Which administration north of the border did the union leaders praise?", true, "scotland"},
	{"north of the border", "which government did the doctors' union praise?", true, "scotland"},
	{"north of the border", "what did the union say about the administration north of the border?", true, "scotland"},
	{"north of the border", "which government did Hunt praise?", false, ""},
	{"north of the border", "what did hunt say about the administration north of the border?", false, ""},
	// A smear is throwing mud.
	{"smear", "What smear did the doctors' union boss accuse the minister of?", true, "throw mud"},
	{"smear", "who accused the health secretary of smearing junior doctors?", true, "porter"},
	{"smear", "what smear did porter say hunt was trying?", true, "throw mud"},
	{"smear", "what smear campaign did Barclay run?", false, ""},
	// Text-speak: "4 how long" is "for how long", "da" is "the", and a
	// number after a light verb's participle links ("done 4 patient
	// safety").
	{"textspeak", "wen r consultnts strikin n 4 how long", true, "two days"},
	{"textspeak", "wen r radiographers strikin n 4 how long", true, "two-day"},
	{"textspeak", "wen r nurses strikin n 4 how long", false, ""},
	{"textspeak", "wich services got hit 4 da 1st time", true, "maternity"},
	{"textspeak", "wat services were affected 4 da first time in 2016", true, "maternity"},
	{"textspeak", "wich services got hit 4 da 1st time in scotland", false, ""},
	{"textspeak", "what has the nhs done 4 patient safety", true, "exhaustive"},
	{"textspeak", "wot has been done 4 patient safety in 2016", true, "exhaustive"},
	{"textspeak", "what has the nhs done 4 nurses", false, ""},
	// A dispute named by its place in time, of the two.
	{"first dispute", "what was the first dispute actually about", true, "contract"},
	{"first dispute", "what was the earlier dispute about", true, "2016 contract dispute"},
	{"first dispute", "who was health secretary in the first row", true, "hunt"},
	{"first dispute", "what was the most recent dispute about", true, "2023 pay dispute"},
	{"first dispute", "how long did the strike in the later dispute last", true, "five-day"},
	// A part after text-speak for "and" and a question word is a part
	// of its own.
	{"n wot", "who led the bma in 2016 n wot did he say about death stats", true, "distorted"},
}

func TestClauseSpeak(t *testing.T) {
	v := realVocab()
	for _, c := range []struct{ q, want string }{
		{"who organised the strike n wen did it start", "who organised the strike and when did it start"},
		{"Whos Cordery N wat org is she from?", "who Cordery and what org is she from?"},
		{"how long was the strike", "how long was the strike"},
		{"the nhs's own plan", "the nhs's own plan"},
	} {
		if got := v.clauseSpeak(c.q); got != c.want {
			t.Errorf("clauseSpeak(%q) = %q, want %q", c.q, got, c.want)
		}
	}
	if got := v.splitClauses(v.clauseSpeak("who led the bma n wot did he say")); len(got) != 2 {
		t.Errorf("parts = %q, want two", got)
	}
}

func TestEndsOnAction(t *testing.T) {
	v := realVocab()
	for _, c := range []struct {
		q    string
		want string // the last raw word
	}{
		{"how long is the strike 4", "for"},
		{"how long is the walkout 4", "for"},
		{"wot r they striking 4", "for"},
		{"how many days was strike 4", "for"},
		{"what happened on day 4", "4"},
		{"what about the 2023 strike 2", "too"},
	} {
		w := v.words(c.q)
		if got := w[len(w)-1]; got != c.want {
			t.Errorf("words(%q) ends in %q, want %q", c.q, got, c.want)
		}
	}
}
