package knowledge

// yesno21Cases are the yes/no questions of session 21's yesno rules and
// data. Each family has the dev question, paraphrases written for it, a
// question the articles confirm or deny the other way, and a nearby one
// they do not settle. want is as in noCases.
var yesno21Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// One dispute's strike put under the other's subject, with more words
	// after it: the five-day strike was over pay, the all-out strike over
	// a new contract; a News Shopper article is about the all-out strike.
	{"dispute premise", "Is the five-day strike about a new contract rather than pay?", true, `^No\b.*over pay`},
	{"dispute premise", "was the 5 day strike about the contract like the first one", true, `^No\b.*over pay`},
	{"dispute premise", "r the 2023 strikes over a new contract or what", true, `^No\b.*over pay`},
	{"dispute premise", "is the longest walkout about a new contract instead of pay?", true, `^No\b.*over pay`},
	{"dispute premise", "is the news shopper article about the pay strike", true, `^No\b.*new contract`},
	{"dispute premise", "is the local paper's piece about the five-day walkout?", true, `^No\b`},
	{"dispute premise", "was the all-out strike about pay rather than the contract?", true, `^No\b.*new contract`},
	// Its own subject first is no clash.
	{"dispute premise", "is the five-day walkout about pay?", true, `^Yes\b`},
	// Both disputes' subjects claimed at once: open.
	{"dispute premise", "was the all-out strike over pay and a new contract?", true, `^(?:[^NY]|N[^o]|Y[^e])`},

	// A month that is part of a dispute's name ("the April strike", an
	// alias of the contract dispute) asks nothing of the month.
	{"month name", "Was the April strike the first all-out strike in NHS history?", true, `^Yes\b.*first all-out strike`},
	{"month name", "was the april walkout the first ever all-out strike in the nhs", true, `^Yes\b`},
	{"month name", "did the april strike begin on a tuesday?", true, `^Yes\b`},
	// A month asked of its own is still one the facts do not give.
	{"month name", "did the april strike happen in may?", false, `anything of May`},
}
