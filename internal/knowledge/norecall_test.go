package knowledge

import (
	"regexp"
	"testing"
)

// norecallCases are yes/no questions with a wrong detail that the
// articles settle: the answer is No with what they do say, not "the
// articles don't say". Each rule has the dev question, paraphrases and a
// nearby question that must keep its answer (or stay declined).
var norecallCases = []struct {
	q     string
	found bool
	want  string // a regular expression the answer must match (case-insensitive)
}{
	// A clock time checks the value; it does not name the dispute whose
	// facts have it (8am is the 2016 strike's hours).
	{"Did the pickets for the five-day strike start at 8am?", true, `^No\. .*7am`},
	{"did the five day strike pickets start at 8am?", true, `^No\. .*7am`},
	{"did picket lines for the 5-day walkout start at 8am?", true, `^No\. .*7am`},
	{"did the 2023 pickets begin at 8am?", true, `^No\. .*7am`},
	{"did the 5-day walkout's picket lines begin at 7am?", true, `^Yes\. .*7am`},
	{"did the 2016 strike start at 7am?", true, `^No\. .*8am`},
	// A question with both a right figure and a wrong time is No.
	{"did the five-day strike begin at 9am?", true, `^No\. .*7am`},
	// "Confirmed" against speculation: No, it was only speculation; "did
	// the Government accept …?" stays open.
	{"Has the Government confirmed it will accept the pay review bodies' recommendations?", true, `^No\. .*speculation`},
	{"Have the pay review body recommendations been confirmed in the five-day strike article?", true, `^No\. .*speculation`},
	{"has it been confirmed that the pay review bodies recommended 6%?", true, `^No\. .*speculation`},
	{"were the pay review body recommendations confirmed by the government?", true, `^No\. .*speculation`},
	{"did the government accept the pay review body recommendations?", false, `not yet decided`},
	// A wrong value of a slot the facts fill (value_sorts): No, with the
	// fact that has the right one. The value in the question's subject
	// ("junior doctors in Wales") is a subject the articles do not cover.
	// Country:
	{"Were the 125,000 cancellations across Wales's hospitals?", true, `^No\. .*England's hospitals`},
	{"were the 125,000 appointments cancelled across hospitals in Scotland?", true, `^No\. .*England`},
	{"Was the five-day walkout by BMA members in Scotland?", true, `^No\. .*England`},
	{"was the 5 day strike by bma members in wales?", true, `^No\. .*England`},
	{"Did junior doctors in Wales go on strike in 2023?", false, ``},
	{"Did junior doctors in Northern Ireland strike at the same time?", false, ``},
	{"were junior doctors in Scotland striking too?", false, ``},
	{"was there a strike in wales?", false, ``},
	{"did the 2023 strike affect Wales?", false, ``},
	// Pollster:
	{"Was the 2016 poll done by YouGov?", true, `^No\. .*Ipsos Mori`},
	{"was the 2016 poll carried out by YouGov?", true, `^No\. .*Ipsos Mori`},
	{"Was the public support polling in the five-day strike article from Ipsos Mori?", true, `^No\. .*YouGov`},
	{"Was the 2023 polling from Ipsos Mori?", true, `^No\. .*YouGov`},
	{"was the 2016 poll by ipsos mori?", true, `^Yes\. .*Ipsos Mori`},
	// Party:
	{"was corbyn the lib dem leader in the article", true, `^No\. .*Labour leader`},
	{"was jeremy corbyn the tory leader?", true, `^No\. .*Labour leader`},
	{"was corbyn leader of the lib dems?", true, `^No\. .*Labour`},
	// Staff group:
	{"Did Porter say nurses would provide the emergency cover?", true, `^No\. .*consultants`},
	{"Did Porter say nurses would cover emergencies during the strike?", true, `^No\. .*consultants`},
	{"Did Porter say consultants would provide emergency cover?", true, `^Yes\. .*consultants`},
	{"did Hunt talk to nurses?", false, ``},
	{"Is Mark Porter a GP?", false, ``},
	{"is porter a nurse?", false, ``},
	// Health body: "NHS England" is no value "NHS Providers … in England" states.
	{"is saffron cordery from the NHS Confederation?", true, `^No\. .*NHS Providers`},
	// Broadcaster: the poll was for BBC News (s18-no reads the client).
	{"was the 2016 poll for sky news?", true, `^No\. .*BBC News`},
	// After a lead-in clause; one person by two names is one value.
	{"In the five-day strike piece, did the BMA leaders call Jeremy Hunt obstinate?", true, `^No\. .*Barclay`},
	{"did the bma leaders call hunt obstinate in 2023?", true, `^No\. .*Barclay`},
	{"According to the 2016 report, was the poll done by YouGov?", true, `^No\. .*Ipsos Mori`},
	{"In the pay article, did the BMA leaders call Barclay obstinate?", true, `^Yes\. .*Barclay`},
	// Broadcaster: "Radio 4's Today programme" is one value.
	{"Did Hunt make his blackmail claim on Radio 4's Today programme?", true, `^No\. .*BBC Breakfast`},
	{"did Hunt make the blackmail remark on Sky News?", true, `^No\. .*BBC Breakfast`},
	// With s18-no's reading of whom it was for, another broadcaster is a No
	// too: the articles name the one he spoke on, as blind writers expect
	// ("Did Mark Porter go on BBC Breakfast?" → No).
	{"was porter interviewed on sky news?", true, `^No\. .*Radio 4`},
	// Person, in "was it X who …?": "who …?" is answered with another.
	{"Was it David Cameron who joined the junior doctors marching on Downing Street?", true, `^No\. .*Corbyn`},
	{"was it theresa may that joined the doctors' march on downing street?", true, `^No\. .*Corbyn`},
	{"was it boris johnson who marched with the junior doctors?", true, `^No\. .*Corbyn`},
	{"Was it Hunt who said the government had distorted the weekend death statistics?", true, `^No\. .*Porter`},
	{"was it barclay who said the demand was unreasonable?", true, `^Yes\. .*Barclay`},
	{"was it rishi sunak who met the bma?", false, ``},
	{"was it david cameron who imposed the contract?", false, ``},
	// A cleft asks its slot with an article and a noun after the value
	// too: "was it an Ipsos Mori poll that …?".
	{"Was it an Ipsos Mori poll that showed nurses having the strongest public backing?", true, `^No\. .*YouGov`},
	{"It was an Ipsos Mori poll that showed nurses having the strongest public backing, yes?", true, `^No\. .*YouGov`},
	{"was it a yougov poll that showed nurses had the strongest backing?", true, `^Yes\. .*YouGov`},
	{"was it a YouGov poll that found 57% backed the doctors?", true, `^No\. .*Ipsos Mori`},
	{"was it a nurse who took the photos?", false, ``},
	// A cleft's verb asking for a quote ("called … baffling") asks for
	// the speaker as "said" does; a phone call is no quote.
	{"Is it right that it was Steve Barclay who called the Government's inflexibility 'baffling, frustrating and ultimately destructive'?", true, `^No\. .*BMA leaders`},
	{"was it Barclay who called the strike disappointing?", true, `^Yes\. .*Barclay`},
	{"was it Hunt who called Porter?", false, ``},
	// The cleft's value is the one asked, though a longer one follows.
	{"Was it Ed Miliband who marched with the junior doctors on Downing Street?", true, `^No\. .*Corbyn`},
	// Landmark: the march was on Downing Street, not Parliament; a place
	// Downing Street is in (Westminster, Whitehall) is no other value.
	{"Did Corbyn march on Parliament?", true, `^No\. .*Downing Street`},
	{"did corbyn march with the doctors on parliament square?", true, `^No\. .*Downing Street`},
	{"Did Corbyn march on Downing Street?", true, `^Yes\. .*Downing Street`},
	{"did corbyn march in westminster?", true, `^(In|Yes).*Downing Street`},
	{"did the cabinet minister in charge of health say anything to parliament about unions vetoing?", true, `veto`},
}

func TestNorecall(t *testing.T) {
	b := realBase(t)
	for _, c := range norecallCases {
		a := b.Answer(c.q)
		if a.Found != c.found || !regexp.MustCompile("(?is)"+c.want).MatchString(a.Text) {
			t.Errorf("%q: found %v, %q; want found %v matching %q", c.q, a.Found, a.Text, c.found, c.want)
		}
	}
}
