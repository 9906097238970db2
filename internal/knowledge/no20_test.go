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
}
