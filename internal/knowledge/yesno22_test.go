package knowledge

// yesno22Cases are the yes/no questions of session 22's yesno fixes: each
// rule's dev question, paraphrases written for it, and a nearby question
// the rule must leave alone. want is as in noCases.
var yesno22Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// The doer of the question's verb is checked against the sentence's:
	// a generic word after the name ("hold") is the verb, not part of the
	// name. The BMA leaders, not Barclay, held Scotland up.
	{"doer slot", "did Barclay hold up Scotland as an example?", false, `^The articles don't say\b.*BMA leaders held up`},
	{"doer slot", "did steve barclay hold scotland up as the example to follow", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"doer slot", "Did the health secretary hold up the Scottish government as a model?", false, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"doer slot", "did the BMA leaders hold up Scotland as the example?", true, `^Yes\b.*BMA leaders held up`},
	// The BMA's leaders are the BMA.
	{"doer slot", "did the BMA hold up Scotland as an example?", true, `^Yes\b`},
	{"doer slot", "did barclay hold a round table with doctors in training?", true, `^Yes\b.*round table`},

	// "for X" belongs to the word just before it: support for the
	// doctors is not a poll done for the doctors.
	{"client slot", "did the Ipsos Mori poll show support for the doctors?", true, `^Yes\b.*57%`},
	{"client slot", "Did the Ipsos Mori poll show majority support for the doctors?", true, `^Yes\b.*57%`},
	{"client slot", "did the ipsos poll find backing for the junior doctors", true, `^Yes\b.*57%`},
	{"client slot", "Was the Ipsos Mori poll done for Sky News?", true, `^No\b.*BBC News`},
	{"client slot", "was the ipsos mori survey carried out for sky news", true, `^No\b.*BBC News`},

	// An identity question's role is a noun phrase ("the BMA leaders"), not
	// what is said of them after it ("quoted on the five-day strike").
	{"role slot", "Are Dr Robert Laurenson and Dr Vivek Trivedi the BMA leaders quoted on the five-day strike?", true, `^Yes\b.*Laurenson`},
	{"role slot", "are laurenson and trivedi the bma leaders quoted in 2023", true, `^Yes\b.*Laurenson`},
	{"role slot", "Were Robert Laurenson and Vivek Trivedi the two BMA leaders quoted on the 2023 strike?", true, `^Yes\b.*Laurenson`},
	{"role slot", "Are Laurenson and Trivedi the health secretaries?", true, `^No\b`},

	// A span of time asked must be the span stated: the same number in
	// another unit of time is another figure. A word between the number
	// and its unit ("consecutive") leaves the unit the span.
	{"span slot", "Cordery spoke of eight consecutive weeks of industrial action - right?", true, `^No\b.*eight consecutive months`},
	{"span slot", "did cordery talk about eight straight weeks of strikes", true, `^No\b`},
	{"span slot", "was the five-day strike five weeks long?", true, `^No\b.*five-day`},
	{"span slot", "did the 2023 strike last five days?", true, `^Yes\b.*five-day`},

	// What a passive verb was done to must be the thing asked: the
	// appointments were cancelled, not the strike.
	{"patient slot", "did the strike get cancelled?", false, `^The articles don't say\b.*125,000`},
	{"patient slot", "was the strike cancelled?", false, `^The articles don't say\b`},
	{"patient slot", "has the walkout been cancelled?", false, `^The articles don't say\b`},
	{"patient slot", "were operations cancelled?", true, `^Yes\b.*125,000`},

	// A place the fact names elsewhere is not in the claim's slot: the
	// BMA's example is Scotland; England is only in "differences between
	// England and Scotland".
	{"place slot", "did the BMA hold up England as an example?", true, `^No\b.*Scotland is the BMA's example`},
	{"place slot", "did the bma leaders hold england up as the example?", true, `^No\b.*Scotland`},
	{"place slot", "Is England the BMA's example?", true, `^No\b.*Scotland`},
	{"place slot", "did the BMA hold up Scotland as an example?", true, `^Yes\b`},

	// A span asked ("for a year") needs a figure in that unit: "since the
	// beginning of the year" is no year of action.
	{"span stated", "has there been industrial action for a year?", false, `^The articles don't say\b`},
	{"span stated", "has the industrial action gone on for a year?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"span stated", "have junior doctors been taking industrial action for a year?", false, ``},
	{"span stated", "did the all-out strike last for two days?", true, `^Yes\b.*two days`},

	// "one of" the BMA leaders is a role: "Barclay one" is no strike there.
	{"role slot", "Is Steve Barclay one of the BMA leaders?", true, `^No\b.*Health and Social Care Secretary`},
	{"role slot", "is barclay one of the bma leaders", true, `^No\b`},
	{"role slot", "Is Hunt one of the BMA leaders?", true, `^No\b`},
	{"role slot", "Is Mark Porter one of the BMA leaders?", true, `^Yes\b.*Porter`},

	// A number with a scale word is the number it scales: "a million" is
	// 1,000,000, far above "more than 651,000".
	{"scaled figure", "Have more than a million routine procedures and appointments been rescheduled?", true, `^No\b.*651,000`},
	{"scaled figure", "did nhs providers say over a million appointments had been rescheduled", true, `^No\b.*651,000`},
	{"scaled figure", "were more than 1 million routine procedures rescheduled over the eight months?", true, `^No\b.*651,000`},

	// A figure given another side ("the junior doctors' five-day walkout",
	// "a two-day strike by radiographers") is not the side asked's.
	{"owned figure", "Are the consultants striking for five days?", true, `^No\b.*consultants`},
	{"owned figure", "did the consultants strike for five days?", true, `^No\b`},
	{"owned figure", "will the radiographers strike for five days?", true, `^No\b.*two-day`},
	{"owned figure", "are consultants striking for two days?", true, `^Yes\b.*two-day`},
	{"owned figure", "are the junior doctors striking for five days?", true, `^Yes\b.*five-day`},

	// A rough share ("about half") fits within a few points: three in five
	// is not about half; 57% may be.
	{"rough share", "Does the YouGov polling show only about half of Britons backing the nurses?", true, `^No\b.*three in five`},
	{"rough share", "did about half of britons back the nurses in the yougov poll?", true, `^No\b.*three in five`},
	{"rough share", "did about half the public support the doctors in the ipsos mori poll?", true, `^(?:[^NY]|N[^o]|Y[^e]).*57%`},
	{"rough share", "did roughly a quarter oppose the doctors' cause?", true, `^Yes\b.*quarter`},
}
