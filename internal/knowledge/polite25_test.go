package knowledge

import "testing"

// TestDropPleasantries: courtesies go, with the commas and full stops after
// them; a message of courtesies alone, or with none, stays as it is.
func TestDropPleasantries(t *testing.T) {
	v := realBase(t).v
	for _, c := range []struct{ q, want string }{
		{"Good afternoon, I hope you are well. Could you kindly tell me what hours it ran? Thank you ever so much.", "what hours it ran?"},
		{"I’m so sorry to bother you. What did Barclay say?", "What did Barclay say?"},
		{"I was wondering, if it isn't too much trouble, who the public blamed?", "who the public blamed?"},
		{"Hello again. In the older dispute, what would have made the BMA call off the walkout, do you know?", "In the older dispute, what would have made the BMA call off the walkout?"},
		{"Be honest, the public blames the doctors, yes or no?", "the public blames the doctors, yes or no?"},
		{"what did hunt say about this", "what did hunt say about this"}, // "hi" in "this" is no greeting
		{"What do the pay review bodies do, from what the article says?", "What do the pay review bodies do?"},
		{"It's only a one-day strike, so what's the fuss, right?", "It's only a one-day strike, right?"},
		{"thank you", "thank you"},
		{"who is Porter?", "who is Porter?"},
	} {
		if got := v.dropPleasantries(c.q); got != c.want {
			t.Errorf("dropPleasantries(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// TestAsides: an aside about the asker after the question is dropped; one
// before it only by dropForeword, when a question follows it.
func TestAsides(t *testing.T) {
	v := realBase(t).v
	for _, c := range []struct{ q, after, fore string }{
		{"who did the public blame? My late husband always blamed the politicians.", "who did the public blame?", ""},
		{"who did the public blame? What about the poll?", "who did the public blame? What about the poll?", ""},
		{"I used to be a nurse myself. What did Cordery say?", "I used to be a nurse myself. What did Cordery say?", "What did Cordery say?"},
		{"Hunt said it. What did Cordery say?", "Hunt said it. What did Cordery say?", ""},
		{"I used to be a nurse myself.", "I used to be a nurse myself.", ""},
		// The asker's own reason, a last clause after a comma.
		{"how many places does it want, and by what year, because my granddaughter hopes to study medicine.", "how many places does it want, and by what year?", ""},
		{"how many places does it want, because my granddaughter asked?", "how many places does it want, because my granddaughter asked?", ""},
		{"why did they strike, because of pay?", "why did they strike, because of pay?", ""},
	} {
		if got := v.dropAfterword(c.q); got != c.after {
			t.Errorf("dropAfterword(%q) = %q, want %q", c.q, got, c.after)
		}
		if got := v.dropForeword(c.q); got != c.fore {
			t.Errorf("dropForeword(%q) = %q, want %q", c.q, got, c.fore)
		}
	}
}

// TestDateRelative: "the newer strike" is the strike of the dispute with the
// latest year in disputes.yaml, "the older dispute" the one with the
// earliest; a relative word with no dispute, strike or article after it,
// or strikes in the plural, is left alone.
func TestDateRelative(t *testing.T) {
	b := realBase(t)
	latest, earliest := b.relativeYears()
	if latest == "" || earliest == "" || latest == earliest {
		t.Fatalf("relativeYears() = %q, %q", latest, earliest)
	}
	for _, c := range []struct{ q, want string }{
		{"how long is the newer strike", "how long is the " + latest + " strike"},
		{"In the older dispute, what did Hunt say?", "In the " + earliest + " dispute, what did Hunt say?"},
		{"what did the health secretary in the newer pay dispute say", "what did the health secretary in the " + latest + " pay dispute say"},
		{"In the most recent article, who spoke?", "In the " + latest + " article, who spoke?"},
		{"is it 5 days in the newer one", "is it 5 days in the " + latest + " one"},
		{"had a&e been hit in the earlier strikes over the contract?", "had a&e been hit in the earlier strikes over the contract?"},
		{"which walkout started earlier?", "which walkout started earlier?"},
		{"wot r they striking about this time round", "wot r they striking about in " + latest},
		{"did the five-day walkout start earlier in the morning?", "did the five-day walkout start earlier in the morning?"},
	} {
		if got := b.dateRelative(c.q); got != c.want {
			t.Errorf("dateRelative(%q) = %q, want %q", c.q, got, c.want)
		}
	}
}

// polite25Cases are session 25's questions with courtesies, asides, text-speak
// and relative references, and the traps of terms the articles do not
// define and hours they do not give (see trapCase).
var polite25Cases = []trapCase{
	{"polite", "I was wondering, if it isn't too much trouble, who the public blamed for the contract dispute, the Government or the doctors? My late husband always blamed the politicians.", true, "", "poll-ipsos-mori-blame", false},
	{"polite", "Hello, I used to be a nurse myself many years ago. Who is Saffron Cordery?", true, "", "saffron-cordery", false},
	{"relative", "how long is the newer strike", true, "", "", false},
	{"relative", "how long was the older strike", true, "", "", false},
	{"textspeak", "who iz saffron cordery", true, "", "saffron-cordery", false},
	{"textspeak", "hw much pay rise dey want", true, "", "pay-demand-2023", false},
	// "in charge" with no "of" is holding the post, not the "blackmail" charge.
	{"charge", "Which health secretary was in charge in each dispute?", true, "", "health-secretary", false},
	{"charge", "Which health minister was in charge during the 2016 doctors' stoppage?", true, "", "jeremy-hunt", false},
	{"charge", "who was in charge of the BMA in 2016", true, "", "mark-porter", false},
	{"textspeak", "hw many munths of strikes hav dere been", true, "", "figure-eight-months", false},
	{"undefined", "What does 'pay restoration' actually mean?", false, "The articles don't say what the term means", "pay-restoration", false},
	{"undefined", "What is an NHS 'trust' exactly?", false, "The articles don't say what the term means", "trusts", false},
	{"undefined", "What does 'all-out strike' mean?", true, "", "", false},
	{"undefined", "what's pay restoration", true, "", "pay-restoration", false},
	{"hours", "In the newer article, what hours of the day are the doctors striking?", false, "The articles don't say what hours", "", false},
	{"hours", "what hours did the all-out strike run each day?", true, "", "", false},
	// A commenter's scoff after a claim: the claim is checked.
	{"scoff", "It's only a one-day strike in the newer one, so what's the fuss, right?", true, "No", "", false},
}

func TestPolite25(t *testing.T) { runTrapCases(t, polite25Cases) }
