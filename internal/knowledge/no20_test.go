package knowledge

// no20Cases are the yes/no questions of session 20's No rules and data.
// Each family has the dev question, paraphrases written for it, a
// question the articles confirm (still Yes) and a nearby one they do not
// settle (no No). want is as in noCases.
var no20Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// "Despite an intense three days of letters … and a phone call …, no
	// agreement on a way forward was reached": a deal is an agreement, and
	// managing to agree is agreeing.
	{"deal", "did Hunt and the BMA reach a deal after all those letters?", true, `^No\b.*no agreement`},
	{"deal", "Did Hunt and the BMA reach a deal after three days of letters?", true, `^No\b.*no agreement`},
	{"deal", "did Hunt and the BMA boss manage to agree anything after their phone call?", true, `^No\b.*no agreement`},
	{"deal", "was there any deal between Hunt and the BMA before the all-out strike?", true, `^No\b`},
	{"deal", "did Jeremy Hunt and Mark Porter manage to strike a deal?", true, `^No\b`},
	{"deal", "did they reach an agreement after the letters and the phone call?", true, `^No\b`},
	// The BMA wanted talks to go on to reach a deal: Yes, no No from the
	// 2016 denial.
	{"deal", "did the BMA want talks to continue to reach a deal?", true, `^Yes\b`},
	// How any deal came about later the articles cannot say.
	{"deal", "was a deal eventually reached in the 2023 dispute?", false, ``},
	{"deal", "did they get a deal before the strike", true, `^No\b`},

	// A place the best fact has another place of the same sort in: the
	// BMA held up Scotland ("follow the example of the government in
	// Scotland"); the News Shopper photos are of the PRUH in Farnborough.
	{"swapped place", "Did the BMA leaders point to Wales as the example to follow?", true, `^No\b.*Scotland`},
	{"swapped place", "did the BMA say the UK Government should follow the example of Wales?", true, `^No\b.*Scotland`},
	{"swapped place", "did the BMA point to Wales as a model?", true, `^No\b.*Scotland`},
	{"swapped place", "Were the News Shopper picket photos taken outside a hospital in Dartford?", true, `^No\b.*Farnborough`},
	{"swapped place", "were keith larby's photos of doctors striking outside a hospital in Dartford?", true, `^No\b.*Farnborough`},
	{"swapped place", "did the BMA say the UK Government should follow the example of Scotland?", true, `^Yes\b`},
	{"swapped place", "were the picket photos taken outside a hospital in Farnborough?", true, `^(?:[^N]|N[^o])`},
	// A place qualifying who is asked about ("doctors in Wales") asks of
	// others than the fact's, who are not the same subject: no No.
	{"swapped place", "were junior doctors in Wales offered a pay deal?", false, ``},
	{"swapped place", "did junior doctors in Wales strike?", false, ``},

	// "Only" (or "just") a day, where a fact puts the same strike on
	// another day too: 8am to 5pm on Tuesday and again on Wednesday.
	{"only day", "did the all-out strike only happen on tuesday", true, `^No\b.*Wednesday`},
	{"only day", "was the all-out strike just on tuesday?", true, `^No\b.*Wednesday`},
	{"only day", "did the 2016 walkout only take place on the Tuesday?", true, `^No\b.*Wednesday`},
	{"only day", "was the strike only on tuesday?", true, `^No\b.*Wednesday`},
	{"only day", "did the all-out strike happen on tuesday?", true, `^Yes\b`},
	{"only day", "did the all-out strike begin on a tuesday?", true, `^Yes\b`},

	// "When" inside a yes/no question joins a clause and asks no date:
	// Porter spoke of the weekend death statistics on the Today programme.
	{"when clause", "was Mark Porter on BBC Breakfast when he said the statistics were distorted?", true, `^No\b.*Radio 4 Today`},
	{"when clause", "was Porter on the Today programme when he said the weekend death statistics were distorted?", true, `^Yes\b`},

	// A place asked to be missing from what the fact lists it in: News
	// Shopper's list of the hospitals the strikes would affect.
	{"missing", "Was Lewisham Hospital left off the list of hospitals affected by the strike?", true, `^No\b.*Lewisham`},
	{"missing", "was Darent Valley left out of the list of affected hospitals?", true, `^No\b.*Darent Valley`},
	{"missing", "was Lewisham Hospital missing from the list of hospitals the strike would affect?", true, `^No\b`},
	{"missing", "was Lewisham Hospital on the list of affected hospitals?", true, `^Yes\b`},
	// A hospital the articles do not know, or a list the fact is not.
	{"missing", "was Guy's Hospital left off the list?", false, ``},
	{"missing", "was Lewisham Hospital missing from the Ipsos Mori poll?", false, ``},
}
