package knowledge

// tune16Cases are the questions of session 24's fixes for the failure
// classes of dev-blind16: each class's dev question, paraphrases written
// for it, and nearby questions that must keep their answer. want is as in
// noCases.
var tune16Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// "Yes or no:" (and its kin) before a yes/no question is a lead, as
	// "true or false:" is: the question after it is asked as it stands.
	{"yes-or-no lead", "Yes or no: did Barclay say the Government had published the first ever NHS Long Term Workforce Plan?", true, `^Yes\b.*Workforce Plan`},
	{"yes-or-no lead", "yes or no - did barclay say they'd published the first ever long term workforce plan", true, `^Yes\b`},
	{"yes-or-no lead", "Yes/no: were more than 100,000 appointments and operations cancelled because of the 2016 dispute?", true, `^Yes\b.*125,000`},
	{"yes-or-no lead", "Fact or fiction: Corbyn joined the march on Downing Street.", true, `^Yes\b.*Corbyn`},
	{"yes-or-no lead", "yes or no, was Porter the head of the BMA?", true, `^Yes\b.*Porter`},
	{"yes-or-no lead", "Right or wrong: Barclay called a pay demand of 35% or more reasonable.", true, `^No\b`},
	// Neighbours: the same question without the lead, and a lead before
	// what the articles do not say.
	{"yes-or-no lead", "Did Barclay say the Government had published the first ever NHS Long Term Workforce Plan?", true, `^Yes\b`},
	{"yes-or-no lead", "Yes or no: did Jeremy Hunt resign over the strike?", false, ``},
	{"yes-or-no lead", "was it yes or no from the BMA on the offer?", false, ``},

	// A figure in a strike's name after "the", past the question's
	// subject, points at the strike and claims nothing: the consultants'
	// two days are no No to "the same month as the five-day strike".
	{"named strike", "Yes or no: were hospital consultants set to take industrial action later in the same month as the five-day strike?", true, `^Yes\b.*later this month`},
	{"named strike", "Were hospital consultants set to take industrial action later in the same month as the five-day strike?", true, `^Yes\b`},
	{"named strike", "did consultants strike the same month as the 5-day strike", true, `^Yes\b`},
	{"named strike", "Were the radiographers striking later in the same month as the five day walkout?", true, `^Yes\b`},
	// Neighbours: a figure claimed of the consultants, and the named
	// strike as the subject asked of, still decide.
	{"named strike", "did the consultants strike for five days after the five-day strike?", true, `^No\b.*two days`},
	{"named strike", "were consultants to strike for 2 days after the five-day walkout?", true, `^Yes\b.*two days`},
	{"named strike", "is the five day walkout by consultants?", true, `^No\b`},
	{"named strike", "Was the five-day walkout called the longest of its kind in NHS history?", true, `^Yes\b`},

	// Text-speak: "yeh", "or nah" end a statement asked as a yes/no
	// question; "1" after "the" and a word, before a word that counts
	// nothing, is "one"; "eva" is "ever"; back at the table is back to talks.
	{"textspeak", "bma leaders want govt back at the negotiatin table yeh", true, `^Yes\b.*negotiating table`},
	{"textspeak", "do the bma leaders want the government back at the negotiating table?", true, `^Yes\b`},
	{"textspeak", "did the BMA want the government back at the table?", true, `^Yes\b`},
	{"textspeak", "nhs providers want both sides back at the table or nah", true, `^Yes\b.*both sides`},
	{"textspeak", "corbyn joined the march yeh", true, `^Yes\b.*Corbyn`},
	{"textspeak", "did corbyn join the march or not", true, `^Yes\b.*Corbyn`},
	{"textspeak", "is the 5 day 1 the longest eva in the nhs", true, `^Yes\b.*longest`},
	{"textspeak", "is the five-day 1 the longest ever in the nhs", true, `^Yes\b`},
	{"textspeak", "did the 5 day 1 last 5 days", true, `^Yes\b`},
	{"textspeak", "did the 5 day 1 last 1 day", true, `^No\b`},
	{"textspeak", "was 1 in 4 against the doctors", true, `^No\b.*quarter`},
	{"textspeak", "did hunt want the bma back at the table?", false, ``},

	// A denial of a word reaches what the text denies it of: "not to
	// withdraw emergency cover" is no No to withdrawing the contract
	// (the articles do not say how the dispute ended), nor a Yes.
	{"denied object", "True or false: the Hunt-era dispute ended with the new contract being withdrawn.", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"denied object", "was the new contract withdrawn?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"denied object", "did hunt withdraw the contract?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	{"denied object", "Did the 2016 dispute end with the contract being withdrawn?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	// Neighbours: a denial of the thing asked, or of a word asked of
	// nothing else, still answers No.
	{"denied object", "was the all out strike 24/7?", true, `^No\b.*not round the clock`},
	{"denied object", "did the two sides reach an agreement?", true, `^No\b.*no agreement`},
	{"denied object", "did the junior doctors withdraw emergency cover?", true, `^The articles don't say for certain\b`},

	// What the asker writes the answer up for ("for the caption", "for
	// the segment") asks nothing of the facts (weak_words).
	{"write-up words", "What's Saffron Cordery's job title, for the caption?", true, `deputy chief executive of NHS Providers`},
	{"write-up words", "for the graphic: what's Barclay's job title?", true, `Health and Social Care Secretary`},
	{"write-up words", "What was Mark Porter's role? It's for a podcast script.", true, `head of the British Medical Association`},
	{"write-up words", "who is Saffron Cordery, for my notes?", true, `NHS Providers`},
	// Neighbours: the caption word is no subject of its own.
	{"write-up words", "What did the caption under the hospital picture say?", false, ``},
	{"write-up words", "What's Saffron Cordery's job title?", true, `deputy chief executive`},

	// A fact that gives a date and says the articles lack only another's
	// ("the strike's calendar date") answers a date asked of what it gives.
	{"owned denial", "What calendar date did Hunt make his direct appeal to medics?", true, `April 26`},
	{"owned denial", "What calendar date did Hunt make his appeal?", true, `April 26`},
	{"owned denial", "on which calendar date did hunt appeal to medics?", true, `April 26`},
	{"owned denial", "what date did Hunt appeal directly to the doctors?", true, `April 26`},
	// Neighbours: the date of the strike itself is still not given, nor
	// any of the five-day strike's, nor a hospital the article never names.
	{"owned denial", "what is the calendar date of the all-out strike?", false, ``},
	{"owned denial", "what calendar date did the all-out strike start?", false, ``},
	{"owned denial", "Which month did the five-day strike take place in?", false, ``},
	{"owned denial", "Which hospitals had picket lines during the five-day strike?", false, ``},

	// "l8r" is later: "later this month" names when the others strike.
	{"textspeak later", "who else is walkin out l8r this month besides jr docs", true, `consultants.*radiographers`},
	{"textspeak later", "who else is striking l8r this month besides junior doctors?", true, `consultants.*radiographers`},
	{"textspeak later", "r consultants striking l8r", true, `^Yes\b.*consultants`},
	{"textspeak later", "wot happens l8r this month", true, `later this month`},
	{"textspeak later", "who else is striking later this month besides junior doctors?", true, `consultants.*radiographers`},

	// Pressing on with a strike is going ahead with it, not the Press
	// Association.
	{"press on", "Give me Barclay's exact words on how he felt about the BMA pressing on with the walkout.", true, `disappointing that the BMA is going ahead`},
	{"press on", "what did barclay say about the bma pressing on with the strike?", true, `disappointing`},
	{"press on", "how did barclay feel about the BMA pressing on?", true, `disappointing`},
	{"press on", "Barclay's reaction to the BMA pressing on with strikes?", true, `disappointing`},
	// Neighbours: the press agency is still the Press Association.
	{"press on", "who is the press association?", true, `Press Association`},
	{"press on", "how did barclay feel about the BMA going ahead with the strike?", true, `disappointing`},

	// "tell" asks someone's words as "told" does (quote cues), so the
	// speaker's sentences decide: Hunt told MPs no union had that right.
	{"tell cue", "Yes or no: did Hunt tell MPs that a trade union had the right to veto a manifesto commitment?", true, `^No\b.*no trade union`},
	{"tell cue", "did Hunt tell MPs that a trade union had the right to veto a manifesto commitment?", true, `^No\b`},
	{"tell cue", "did hunt tell MPs a union could veto the manifesto", true, `^No\b`},
	{"tell cue", "did Hunt tell MPs trade unions could veto the manifesto?", true, `^No\b`},
	// Neighbours: what he did tell them is Yes, and "what did he tell"
	// gives his words.
	{"tell cue", "Did Hunt tell MPs that no trade union had the right to veto a manifesto commitment?", true, `^Yes\b`},
	{"tell cue", "what did Hunt tell MPs?", true, `no trade union`},
	{"tell cue", "did Porter tell the Today programme the statistics were distorted?", true, `^Yes\b.*distorted`},

	// A rambling question's last clause starts at the last break a question
	// word opens, not at a comma inside the clause; a pronoun the clause
	// names someone for itself needs no one in the story.
	{"rambling clause", "Setting aside all the noise about money - there's always noise about money - what was Hunt actually saying he wanted to achieve with this contract?", true, `improve weekend services`},
	{"rambling clause", "Fast-forward to the later dispute, which I followed from my allotment - who exactly was mounting the picket lines, and in which part of the UK?", true, `England`},
	{"rambling clause", "Unions never take kindly to being told to tighten belts - what, according to the report on the five-day strike, would trigger renewed anger from them?", true, `renewed anger`},
	{"rambling clause", "Cordery said trusts would barely have time to catch their breath, which rings true - what comes after the juniors' walkout, and for how long?", true, `consultants strike for two days`},
	{"rambling clause", "my brother-in-law never stops going on about politicians and their promises, honestly - what did Hunt say he could only halt the strike by doing?", true, `abandoning a manifesto promise`},
	{"rambling clause", "I was reading about this on the train home last night and got confused, to be fair - what did Barclay say, and did he call the demand unreasonable?", true, `unreasonable`},
	// Neighbours: a pronoun no one is named for stays no guess, and a
	// clause the articles do not answer stays declined.
	{"rambling clause", "we were chatting about this in the staff room yesterday and nobody could agree on anything at all really - what did he say wrecked the talks, and why?", false, ``},
	{"rambling clause", "my cousin is a nurse and she was moaning about the strike all weekend long at the family barbecue, honestly - what is the name of her hospital trust, and where?", false, ``},
}
