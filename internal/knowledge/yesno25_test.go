package knowledge

import "testing"

// yesno25Cases are session 25's yes/no questions whose verdict was missing
// or wrong (helper "yesno"), one block per cause: the motivating question
// first, then paraphrases, then neighbours that must keep no verdict or
// the other one. lead is a case-insensitive pattern the answer's text must
// open with; noLead opens with neither Yes nor No.
var yesno25Cases = []trapCase{
	// A bound right before a figure ("at least 6%") qualifies it; it is no
	// superlative the fact must have. The figures decide.
	{"bound", "Were the pay review bodies rumoured to be recommending rises of at least 6%?", true, "Yes", "figure-6-to-6-5-percent", false},
	{"bound", "Were the pay review bodies rumoured to be recommending rises of at least 7%?", true, "No", "figure-6-to-6-5-percent", false},
	{"bound", "Were the pay review bodies rumoured to be recommending the biggest rises?", true, noLead, "", false},
	// A weekday in a sentence with part of the subject ("000 says Hunt
	// appealed to medics on Monday") is the subject's when another
	// sentence of the fact has all of it; a day asked that no article
	// gives is No.
	{"day", "Hunt's direct appeal to medics over emergency cover came on the Tuesday, right?", true, "No", "hunt-appeal-2016", false},
	{"day", "Did Hunt's appeal to medics not to withdraw emergency cover come on a Wednesday?", true, "No", "hunt-appeal-2016", false},
	{"day", "Was Hunt's appeal to medics not to withdraw emergency cover made on a Monday?", true, "The articles don't say for certain", "hunt-appeal-2016", false},
	{"day", "was the strike on a Monday?", true, "No", "", false},
	// A phrase of speech ("refer to", "talk about") asks what a verb of
	// speech does, and a fact quoting the speaker ("Cordery spoke of
	// \"eight consecutive months …\"") answers it as a quote does; the
	// speaker must be one the fact is about, and the figures still decide.
	{"speech", "Did Cordery refer to eight consecutive months of industrial action across the NHS?", true, "Yes", "figure-eight-months", false},
	{"speech", "Did NHS Providers talk about eight straight months of industrial action?", true, "Yes", "figure-eight-months", false},
	{"speech", "Did Cordery talk about nine consecutive months of industrial action?", true, "No", "figure-eight-months", false},
	{"speech", "Did the BMA talk about eight consecutive months of industrial action?", true, noLead, "", false},
	{"speech", "did the BMA and the government talk about pay?", true, noLead, "", false},
	// A name in the slot of the one asked is another's only if the
	// question does not give it itself: "in NHS history called by the
	// BMA" against "the history of the NHS" is no other name.
	{"slot", "Was the first all-out strike in NHS history called by the BMA?", true, noLead, "", false},
	{"slot", "True or false: Saffron Cordery speaks for the BMA.", true, "No", "", false},
	{"slot", "Was the Ipsos Mori poll for Sky News?", true, "No", "", false},
	// The answer names what its evidence names: "A&E departments".
	{"services", "Did the all-out strike affect A&E departments?", true, "Yes", "services-affected-2016", false},
	{"services", "Did the all-out strike close A&E departments?", false, "The articles", "", false},
	{"services", "Did the five-day strike affect A&E departments?", false, "The articles don't say", "", false},
	// What an article the question names "says" is what the fact cites
	// from it: the verb need not be the fact's; the article and the rest
	// must be.
	{"article", "Is Darent Valley in Dartford one of the hospitals the local paper says will be affected?", true, "Yes", "darent-valley-dartford", false},
	{"article", "Is Darent Valley one of the hospitals the national article says will be affected?", true, "No", "", false},
	{"article", "Is Guy's Hospital one of the hospitals the local paper says will be affected?", false, "The articles don't say", "", false},
	// "More people opposed than supported": the shares the answer gives
	// each verb decide; a verb with no share of its own decides nothing.
	{"shares", "Yes or no: did the Ipsos Mori poll find more people opposed the doctors than supported them?", true, "No", "poll-ipsos-mori-overview", false},
	{"shares", "did more people support the doctors than oppose them?", true, "Yes", "", false},
	{"shares", "did fewer people oppose the doctors than support them in the Ipsos Mori poll?", true, "Yes", "", false},
	{"shares", "did more people support the doctors than blame them?", true, noLead, "", false},
	// A word of order and its opposite in one answer are no ambiguity when
	// both put the same two things the same way round ("tweeted his
	// support … before joining them", "joined the march after earlier
	// tweeting his support"); the other way round still decides nothing.
	{"order", "Is it right that Corbyn tweeted his support before joining the doctors?", true, "Yes", "corbyn-march-2016", false},
	{"order", "True or false: Jeremy Corbyn tweeted his support before joining the march on Downing Street.", true, "Yes", "corbyn-march-2016", false},
	{"order", "did Corbyn join the march before tweeting his support?", true, noLead, "", false},
	{"order", "did the consultants strike before the junior doctors?", true, "No", "", false},
	// A number of rank the fact gives the same thing otherwise ("the first
	// ever NHS Long Term Workforce Plan") is No to the one asked; the
	// rank it gives is Yes, and a thing it does not rank decides nothing.
	{"rank", "Is the NHS Long Term Workforce Plan the second such plan?", true, "No", "workforce-plan", false},
	{"rank", "Is the NHS Long Term Workforce Plan the first such plan?", true, "Yes", "workforce-plan", false},
	{"rank", "Was the all-out strike the second strike in the dispute?", false, "The articles don't say", "", false},
}

// noLead matches an answer opening with neither Yes nor No: no verdict.
const noLead = `(?:[^yn]|y[^e]|ye[^s]|n[^o]|no[^\s.,])`

// TestYesNo25 checks yesno25Cases.
func TestYesNo25(t *testing.T) { runTrapCases(t, yesno25Cases) }
