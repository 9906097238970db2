package knowledge

// noCases are yes/no questions with a wrong detail, which the articles
// answer with a different value of the same slot for the same subject:
// the answer leads with "No" and says what the articles say. Beside each
// family, questions the articles confirm (which must not turn to "No") and
// ones they do not settle (which must get neither lead). want is a
// case-insensitive pattern the answer's text must match.
var noCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A place located in another: News Shopper's list gives each
	// hospital's town ("the PRUH in Farnborough", "Dartford's Darent
	// Valley"); a town of another hospital is another value of that slot.
	{"place of a place", "is the PRUH in sidcup?", true, `^No\b.*PRUH in Farnborough`},
	{"place of a place", "Is the PRUH in Woolwich?", true, `^No\b`},
	{"place of a place", "is the princess royal university hospital in dartford?", true, `^No\b`},
	{"place of a place", "is darent valley hospital in farnborough?", true, `^No\b.*Dartford's Darent Valley`},
	{"place of a place", "Is Darent Valley in Woolwich?", true, `^No\b`},
	{"place of a place", "Is Queen Mary's hospital in Woolwich per the local paper?", true, `^No\b.*Queen Mary's in Sidcup`},
	{"place of a place", "is queen marys in farnborough?", true, `^No\b`},
	// A lead-in before a colon is a lead-in, as one before a comma is.
	{"place of a place", "News Shopper: is the Queen Elizabeth Hospital in Sidcup?", true, `^No\b.*Queen Elizabeth Hospital in Woolwich`},
	{"place of a place", "According to the local paper, is the Queen Elizabeth Hospital in Sidcup?", true, `^No\b`},
	{"place of a place", "the local paper: is queen mary's in dartford?", true, `^No\b`},
	// What the list confirms stays Yes.
	{"place of a place", "is the PRUH in Farnborough?", true, `^Yes\b`},
	{"place of a place", "is queen mary's in sidcup?", true, `^Yes\b`},
	{"place of a place", "is darent valley in dartford?", true, `^Yes\b`},
	{"place of a place", "is the queen elizabeth hospital in woolwich?", true, `^Yes\b`},
	// Another sort of place is no other value of the town: the PRUH in
	// Farnborough may well be in England.
	{"place of a place", "is the pruh in england?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	// The list gives no town for Lewisham Hospital: being named beside
	// "Queen Mary's in Sidcup" puts it there no more than elsewhere.
	{"place of a place", "is lewisham hospital in sidcup?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
	// A hospital, any hospital, is no place with one town.
	{"place of a place", "was a hospital in dartford affected?", true, `^Yes\b`},
	{"place of a place", "is a hospital in woolwich on the list?", true, `^(?:[^N]|N[^o])`},
	// A weekday asked "on the Tuesday" is asked as "on Tuesday" is; the
	// appeal was on Monday, the day before the Tuesday strike (000), or
	// "yesterday" in 001's telling of the strike's first day.
	{"day", "Did Hunt make his direct appeal to medics on the Tuesday?", true, `^No\b.*on Monday`},
	{"day", "did hunt appeal to medics on a wednesday?", true, `^No\b`},
	{"day", "Was it on the Tuesday that Hunt appealed to medics?", true, `^No\b`},
	{"day", "was the all-out strike on the Tuesday?", true, `^Yes\b`},
	// Monday is what 000 says; 001 gives only "yesterday (April 26)".
	{"day", "did hunt appeal to the doctors on the monday?", true, `^(?:[^N]|N[^o])`},
	// No fact says on which day the pay strike started.
	{"day", "did the five-day strike start on the Friday?", false, ``},
	// A share asked against the poll's share for the same verb: a quarter
	// opposed, three in five backed the nurses.
	{"share", "Did the Ipsos Mori poll find half the public opposed to the doctors?", true, `^No\b.*a quarter opposed`},
	{"share", "did half the public oppose the doctors in the ipsos mori poll?", true, `^No\b`},
	{"share", "did a quarter of people support the doctors?", true, `^No\b`},
	{"share", "yougov: do only half of britons support the nurses?", true, `^No\b.*three in five`},
	{"share", "do half of britons support the nurses?", true, `^No\b`},
	// What the shares confirm stays Yes; a rough share is not disproved.
	{"share", "did three in five britons support the nurses?", true, `^Yes\b`},
	{"share", "did more than half support the doctors?", true, `^Yes\b`},
	{"share", "did a quarter oppose the doctors?", true, `^Yes\b`},
	{"share", "did about half support the doctors?", false, ``},
	// Two shares asked: which is whose is not for this check.
	{"share", "did half support and a quarter oppose the doctors?", true, `^(?:[^N]|N[^o])`},
	// For whom it was done: "an Ipsos Mori poll for BBC News". Another
	// organisation there, or an unknown one of the same kind ("Sky
	// News"), is another value of that slot.
	{"client", "was the ipsos mori poll done for sky news", true, `^No\b.*for BBC News`},
	{"client", "was the ipsos mori poll conducted for ITV News?", true, `^No\b`},
	{"client", "was the ipsos mori poll carried out for the BMA?", true, `^No\b`},
	{"client", "was the ipsos mori poll for BBC Breakfast?", true, `^No\b`},
	{"client", "was the ipsos mori poll for bbc news?", true, `^Yes\b`},
	{"client", "Was the Ipsos Mori poll commissioned for the BBC?", true, `^Yes\b`},
	// A name of no kind the fact gives is not disproved by it.
	{"client", "was the ipsos mori poll for the guardian?", true, `^(?:[^N]|N[^o])`},
	// No fact says for whom YouGov polled.
	{"client", "was the yougov poll done for sky news?", false, ``},
	// Who went on which programme: "Jeremy Hunt was interviewed on BBC
	// Breakfast, and Mark Porter on the BBC Radio 4 Today programme".
	{"pairing", "Did Mark Porter go on BBC Breakfast?", true, `^No\b.*Mark Porter on the BBC Radio 4 Today`},
	{"pairing", "was mark porter interviewed on bbc breakfast?", true, `^No\b`},
	{"pairing", "Was it Porter who appeared on BBC Breakfast?", true, `^No\b`},
	{"pairing", "did hunt speak on BBC Breakfast?", true, `^Yes\b`},
	{"pairing", "did mark porter go on bbc radio 4?", true, `^Yes\b`},
	// The health service is the NHS under another name, no rival of it.
	{"pairing", "Did Hunt say he wanted to improve weekend services in the NHS?", true, `^Yes\b`},
	// A figure asked a place out from the least given: "more than
	// 125,000" is no Yes to 12,500. "The 2016 strike" names no place one
	// can be in, so no place decides it.
	{"figure", "were about 12,500 appointments cancelled in the 2016 strike?", true, `^No\b.*125,000`},
	{"figure", "were 12,500 appointments cancelled in the 2016 strike?", true, `^No\b`},
	{"figure", "Did the all-out strike cancel 12,500 operations and appointments?", true, `^No\b`},
	{"figure", "were 125,000 appointments cancelled in the 2016 strike?", true, `^Yes\b`},
	{"figure", "were more than 100,000 appointments cancelled?", true, `^Yes\b`},
	// The country still decides where a strike was.
	{"figure", "was the five-day strike in Scotland?", true, `^No\b`},
}
