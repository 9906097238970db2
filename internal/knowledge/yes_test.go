package knowledge

import (
	"regexp"
	"testing"
)

// TestConfirmedClaims holds yes/no questions whose best fact confirms the
// claim (session 18, helper "yes") to a leading "Yes", and the traps and
// wrong details beside each to anything but a "Yes": the question a dev
// set failed on, paraphrases of it, and a nearby question that must not be
// confirmed. lead is a regular expression (case-insensitive) the answer
// must match; notYes cases must not start with "Yes".
// leadCase is a yes/no question and the lead its answer must have: a
// regular expression (case-insensitive), or "" for a case that must only
// not start with "Yes".
type leadCase struct {
	why  string
	q    string
	lead string
}

// checkLeads asks each case's question and checks its lead.
func checkLeads(t *testing.T, b *Base, cases []leadCase) {
	t.Helper()
	yes := regexp.MustCompile(`(?i)^\W*yes\b`)
	for _, c := range cases {
		a := b.Answer(c.q)
		if c.lead == "" {
			if yes.MatchString(a.Text) {
				t.Errorf("%s: %q\n  must not be confirmed, got %q", c.why, c.q, a.Text)
			}
			continue
		}
		if !regexp.MustCompile(`(?is)` + c.lead).MatchString(a.Text) {
			t.Errorf("%s: %q\n  want %s, got %q", c.why, c.q, c.lead, a.Text)
		}
	}
}

func TestConfirmedClaims(t *testing.T) {
	b := realBase(t)
	cases := []leadCase{
		// A figure in shorthand ("100k") is a figure: "more than 125,000"
		// fits "more than 100k".
		{"shorthand figure, bound", "did more than 100k appointments get cancelled in the all-out strike?", `^Yes\.`},
		{"shorthand figure, same bound", "were more than 125k appointments and ops cancelled because of the 2016 strike?", `^Yes\.`},
		{"shorthand figure, paraphrase", "were over 100k ops and appointments called off in 2016?", `^Yes\..*125,000`},
		{"shorthand figure too high", "were 1.5m appointments cancelled in 2016?", `^No\.`},
		{"shorthand figure, wrong bound", "were fewer than 100k appointments cancelled in 2016?", `^No\.`},
		// A figure that fits is no Yes unless the answer says the rest of
		// the claim too.
		{"a fitting figure, the rest unsaid", "did the bma want more than 100,000 appointments cancelled?", ""},
		{"a fitting figure, an outcome unsaid", "Did junior doctors end up getting a 35% pay rise?", ""},
		{"a fitting figure, a place unsaid", "did hunt say the seven day NHS pledge was buried at the back of the manifesto?", ""},
		// "more or less than" offers both ends: it asks which.
		{"a bound with its other end is a choice", "was it more or less than 125k appointments cancelled", `^In the 2016`},
		{"a scale with its other end is a choice", "was support for the doctors higher or lower than 50%?", ""},
		{"a bound of figures with its other end is a choice", "were over or under 100k appointments cancelled?", ""},
		// A range is checked as a range: both ends.
		{"range with and", "Were the pay review bodies rumoured to recommend between 6% and 6.5%?", `^Yes\.`},
		{"range with to", "Were the pay review bodies rumoured to have recommended rises of 6 to 6.5 percent?", `^Yes\.`},
		{"range, paraphrase", "did people speculate the pay review bodies would suggest 6 to 6.5 per cent?", `^Yes\.`},
		{"range with the wrong ends", "Were the pay review bodies rumoured to recommend between 5% and 6%?", `^No\.`},
		{"range with a wrong end", "Were the pay review bodies rumoured to recommend 6 to 10 percent?", `^No\.`},
		{"range with a wrong upper end", "Were the pay review bodies rumoured to recommend between 6% and 7%?", ""},
		// A broad question in the dispute's own names is Yes.
		{"the dispute's names", "is the 5 day walkout about pay?", `^Yes\.`},
		{"the dispute's names, 2023", "Is the 2023 walkout a five-day strike?", `^Yes\.`},
		{"the dispute's names, paraphrase", "is the 2016 dispute about the new contract?", `^Yes\.`},
		{"the dispute's names, over pay", "Was the strike in 2023 over pay restoration?", `^Yes\.`},
		{"the other dispute's name", "was the all-out strike about pay?", ""},
		{"a stop word carries the claim", "is the contract dispute over?", ""},
		{"a word beyond the names", "is the pay dispute still going?", ""},
		{"a denial", "was the pay dispute not about pay?", ""},
		{"the other dispute's name, 2016", "was the 2016 strike a five day strike?", ""},
		{"the other dispute's name, contract", "is the 2023 strike about the new contract?", ""},
		// Articles that differ on the date still confirm what was done.
		{"differ on the date only", "did hunt ask the medics not to pull emergency cover?", `^Yes\.`},
		{"differ on the date, paraphrase", "did the health secretary urge doctors not to withdraw emergency cover?", `^Yes\.`},
		{"differ on the date, asked a day", "did hunt appeal to medics on tuesday?", ""},
		{"differ on the date, the opposite asked", "did hunt ask medics to withdraw emergency cover?", ""},
		{"differ on the date, an opposite word", "did hunt beg medics to keep providing emergency cover?", ""},
		{"articles that differ on what was done", "was emergency care provided during the all-out strike?", `^The articles don't say`},
		// A figure the fact gives beside another in its unit is not
		// settled by the word after it: "58% in favour" is ambulance
		// workers', and the answer names nurses as well.
		{"figure of another subject", "did nurses get 58% support?", ""},
		{"figure of another subject, paraphrase", "did 58% back the nurses?", ""},
		{"another figure of the word", "did ambulance workers get 33% support?", ""},
		{"the figure of another subject", "did radiographers hold a five-day strike?", `^No\.`},
		// Synonyms: growing is rising, stayed is remained, pull is withdraw.
		{"growing is rising", "is a growing number of people blaming govt and doctors equally?", `^Yes\.`},
		{"more and more, paraphrase", "are more and more people blaming both sides equally?", `^Yes\.`},
		{"growing, another claim", "is a growing number of people blaming the doctors alone?", ""},
		{"stayed is remained", "did yougov say support for strikes stayed consistent since start of the year?", `^Yes\.`},
		{"stayed, the opposite", "did yougov say support for strikes has fallen since the start of the year?", `^No\.`},
		// "is it true that …?" and a contraction typed without its
		// apostrophe ask as the plain question does.
		{"is it true", "is it true roughly a quarter of ppl opposed the doctors in that bbc poll?", `^Yes\.`},
		{"is it true that, paraphrase", "is it true that a quarter of the public opposed the doctors' cause?", `^Yes\.`},
		{"is it true, a wrong share", "is it true that half the public opposed the doctors?", ""},
		{"theyd", "did the BMA say theyd have called it off if Hunt dropped the threat to impose the contract?", `^Yes\.`},
		{"theyd, paraphrase", "did the bma say theyd have called off the strike if hunt had lifted his threat?", `^Yes\.`},
		{"theyd, another condition", "did the bma say theyd have called it off if hunt resigned?", ""},
		// Being on someone's side is backing them; a jibe is an
		// accusation; doctors striking outside a hospital are picketing.
		{"on the doctors' side", "did the ipsos poll show most ppl were on the doctors side", `^Yes\..*57%`},
		{"on the side of, paraphrase", "were most of the public on the side of the doctors in 2016?", `^Yes\..*57%`},
		{"on the other side", "were most people on the government's side in the ipsos poll?", ""},
		{"a jibe", "was hunt on bbc breakfast when he made the blackmail jibe?", `^Yes\.`},
		{"a jibe, another programme", "did hunt make the blackmail jibe on radio 4?", ""},
		{"a jibe, another person", "did porter make a blackmail jibe?", ""},
		{"picketing", "did keith larby photograph the pickets?", `^Yes\.`},
		{"picketing, another subject", "did keith larby photograph hunt?", ""},
		// A lead-in set off by a dash or colon, as by a comma.
		{"lead-in with a dash", "news shopper - is queen marys in sidcup affected?", `^Yes\.`},
		{"lead-in with a colon", "news shopper: is lewisham hospital affected?", `^Yes\.`},
		{"lead-in with a dash, a hospital not listed", "news shopper - is guys hospital affected?", ""},
	}
	checkLeads(t, b, cases)
}

// TestFigureShorthand reads "100k", "1.5m" and "2bn" as figures, and a
// time or an ordinal as none.
func TestFigureShorthand(t *testing.T) {
	for _, c := range []struct {
		w    string
		want float64
		ok   bool
	}{
		{"100k", 100000, true}, {"125k", 125000, true}, {"1.5m", 1500000, true}, {"2bn", 2e9, true},
		{"57", 57, true}, {"6.5", 6.5, true},
		{"8am", 0, false}, {"5pm", 0, false}, {"2nd", 0, false}, {"k", 0, false}, {"m", 0, false},
	} {
		n, err := parseFigure(c.w)
		if (err == nil) != c.ok || c.ok && n != c.want {
			t.Errorf("parseFigure(%q) = %v, %v; want %v, ok %v", c.w, n, err, c.want, c.ok)
		}
	}
}

// TestLeadInEnd finds a lead-in's end at a comma, a spaced dash or a
// colon, and not at a hyphen inside a word.
func TestLeadInEnd(t *testing.T) {
	for _, c := range []struct {
		q        string
		at, skip int
	}{
		{"according to Hunt, did", 17, 1},
		{"news shopper - is it", 12, 3},
		{"pay review bodies: are", 17, 2},
		{"was the five-day strike long", -1, 1},
		{"a - b, c", 1, 3},
	} {
		at, skip := leadInEnd(c.q)
		if at != c.at || at >= 0 && skip != c.skip {
			t.Errorf("leadInEnd(%q) = %d, %d; want %d, %d", c.q, at, skip, c.at, c.skip)
		}
	}
}
