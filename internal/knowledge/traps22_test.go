package knowledge

import (
	"regexp"
	"slices"
	"testing"
)

// traps22Cases are session 22's traps: a question the articles cannot
// answer that was answered as found, paraphrases of it written for these
// tests, and nearby questions that must stay answered. lead is a
// case-insensitive pattern the answer's text must open with; fact, if
// not empty, is a fact the answer must be built from; small marks small
// talk's reply.
var traps22Cases = []trapCase{
	// A sum is no question about the strikes: small talk's reply.
	{"sum", "whats 2+2", false, "Hi! I'm strikebot", "", true},
	{"sum", "what is 12 x 3?", false, "Hi! I'm strikebot", "", true},
	{"sum", "calculate 7 minus 4", false, "Hi! I'm strikebot", "", true},
	{"sum", "what's 10 divided by 2", false, "Hi! I'm strikebot", "", true},
	{"sum", "was the all out strike 24/7?", true, "No", "", false},
	{"sum", "how many days did the 2016 strike last", true, "", "", false},
	// The bot's own view: the articles report each side, and settle none.
	{"opinion", "do u think the doctors r right", false, "I give no opinions of my own", "poll-ipsos-mori-overview", false},
	{"opinion", "in your opinion, was Hunt right to impose the contract?", false, "(I give no opinions of my own|The articles don.t say)", "", false},
	{"opinion", "what do you think of Barclay calling the demand unreasonable?", false, "I give no opinions of my own", "", false},
	{"opinion", "whose side are you on, the BMA or the government?", false, "(I give no opinions of my own|The articles don't say)", "", false},
	{"opinion", "do you reckon the 35% demand is fair", false, "(I give no opinions of my own|The articles don.t say)", "", false},
	{"opinion", "did the public think the doctors were right?", true, "", "", false},
	{"opinion", "what does the BMA think about the pay offer?", true, "", "", false},
	// A figure asked for a thing the fact gives no number beside: Barclay
	// made no offer and quoted no inflation rate; the government's weekend
	// death figures and the cost of cover are not given.
	{"figure", "what % pay offer did barclay make before talks collapsed", false, "The articles don't say what the pay offer figure was", "barclay-position-2023", false},
	{"figure", "what % offer did barclay table?", false, "The (articles|2023 article)", "", false},
	{"figure", "What inflation rate did Barclay quote when rejecting the 35% demand?", false, "The articles don't say what the inflation rate was", "barclay-why-unreasonable", false},
	{"figure", "what inflation figure did barclay give for turning down the 35%?", false, "The articles don't say what the inflation figure was", "barclay-why-unreasonable", false},
	{"figure", "What weekend death figure did the government quote that Porter says was distorted?", false, "The articles don't say what the weekend death figure was", "quote-porter-distorted", false},
	{"figure", "what weekend mortality figure did ministers use that porter called distorted?", false, "The articles don't say what the weekend mortality figure was", "", false},
	{"figure", "what death toll did porter say was distorted", false, "The articles don't say what the death toll was", "", false},
	{"figure", "How much does it cost trusts to hire cover for a striking junior doctor shift?", false, "The articles don't say how much it cost", "trusts", false},
	{"figure", "how much does hiring cover for a striking doctor's shift cost trusts?", false, "The articles don't say", "", false},
	{"figure", "What pay level did the Health Secretary say wasn't realistic, according to the BMA?", true, "", "", false},
	{"figure", "what pay rise did the pay review bodies recommend?", true, "", "", false},
	{"figure", "According to NHS Providers, what cost keeps growing with every strike?", true, "", "", false},
	{"figure", "what pay demand did Barclay call unreasonable?", true, "", "", false},
	{"figure", "what percentage pay rise do junior doctors want?", true, "", "pay-demand-2023", false},
	{"figure", "what % pay rise did the bma demand", true, "", "pay-demand-2023", false},
	{"figure", "what cancellation total did the 2016 strike cause?", true, "", "", false},
	// A count of patients harmed, where the answer has harm only as
	// "potential" (a hypothetical word): it counts no one harmed.
	{"maybe", "How many patients came to harm during the five-day walkout?", false, "The articles don't say how many", "quote-cordery-growing-risk", false},
	{"maybe", "how many patients suffered harm from delayed treatment in the 2023 walkout?", false, "The articles don't say how many", "", false},
	{"maybe", "how many patients were harmed by the five-day strike?", false, "The articles report no deaths or harm", "", false},
	{"maybe", "NHS Providers said how many patients face disruption?", true, "", "quote-cordery-growing-risk", false},
	// A part of a whole the articles give only whole (givesPart).
	{"part", "how many of the 125k were ops vs appointments", false, "The articles don't say how many of them", "figure-125000-cancelled", false},
	{"part", "how many of the 125,000 cancellations were operations?", false, "The articles don't say how many of them", "figure-125000-cancelled", false},
	{"part", "of the 125,000, how many were operations", false, "The articles don't say how many of them", "figure-125000-cancelled", false},
	{"part", "How many appointments and operations were cancelled as a result of the 2016 strike?", true, "", "figure-125000-cancelled", false},
	{"part", "how many days did each of the two junior doctor strikes last?", true, "", "", false},
	// What comes next after the last thing an answer lists (lastAsked).
	{"next", "wen is the next strike after the radiographers one", false, "The articles don't say what came next", "strike-sequence-2023", false},
	{"next", "what's the next walkout after the radiographers' two-day strike?", false, "The articles don't say what came next", "", false},
	{"next", "which strike comes next after the radiographers?", false, "The articles don't say what came next", "", false},
	{"next", "what strike is next after the junior doctors' five-day walkout?", true, "", "strike-sequence-2023", false},
	{"next", "what comes next after the consultants' strike?", true, "", "strike-sequence-2023", false},
	// "in the January poll" asks what support was in January, which the
	// articles give only as lower than now (askedAtReference).
	{"then", "What was the public support figure for strikes in the January poll mentioned in the all-out strike article?", false, "The articles don't say what it was then", "poll-ipsos-mori-january", false},
	{"then", "what share backed the all-out strike in the january survey?", false, "The articles don't say what it was then", "", false},
	{"then", "how much support did the all-out strike have in the January poll?", false, "The articles don't say what it was then", "", false},
	{"then", "how did support for the all-out strike compare with January?", true, "", "poll-ipsos-mori-january", false},
	// The new contract's terms are never described: a day of the weekend
	// or its pay rates is the gap's (curator keywords).
	{"contract", "what did the new 2016 contract change about Saturday pay rates?", false, "The 2016 articles do not describe the new contract's terms", "gap-contract-terms", false},
	{"contract", "what did the new contract do to sunday pay?", false, "The 2016 articles do not describe", "gap-contract-terms", false},
	{"contract", "how did the 2016 contract change weekend pay rates?", false, "The 2016 articles do not describe", "gap-contract-terms", false},
	{"contract", "what was Hunt threatening to do with the contract?", true, "", "", false},
	// Another dispute's strike by a group of workers, asked of this
	// dispute (otherGroupStrike): consultants struck in 2023, and in 2016
	// only gave emergency cover.
	{"group strike", "when did the consultants strike in 2016?", false, "The articles don't say that of the 2016 contract dispute: Consultants' two-day strike", "porter-today-programme-2016", false},
	{"group strike", "were consultants on strike in 2016?", false, "The articles don't say that of the 2016 contract dispute", "", false},
	{"group strike", "did the consultants strike in the contract dispute?", false, "The articles don't say that of the 2016 contract dispute", "", false},
	{"group strike", "when did the consultants strike in 2023?", true, "", "consultants-strike-2023", false},
	{"group strike", "what did consultants do during the 2016 strike?", true, "", "", false},
	// Someone's reply to a person, where the answer only names both
	// (replyUnsaid); Porter's answer to Hunt's claim is a reply.
	{"reply", "wat was hunts reply to corbyn", false, "The articles don't say any reply to Jeremy Corbyn", "voices-2016", false},
	{"reply", "how did hunt respond to corbyn?", false, "The articles don't say any reply to Jeremy Corbyn", "", false},
	{"reply", "what was the government's response to corbyn", false, "The articles don't say any reply to Jeremy Corbyn", "", false},
	{"reply", "how did porter respond to hunt", true, "", "", false},
	{"reply", "how did the bma respond to hunt's claim lives were at risk", true, "", "", false},
	// A year no dispute declares and no article prints.
	{"year", "What did the BMA announce about strikes in 2024?", false, "The articles don't say anything of 2024", "", false},
	{"year", "what did Hunt say about the contract in 2019?", false, "The articles don't say anything of 2019", "", false},
	{"year", "what happened with junior doctor pay in 2021", false, "The articles don't say", "", false},
	{"year", "Does the workforce plan double medical school places by 2030?", true, "No", "", false},
	{"year", "what did the BMA announce about strikes in 2023?", true, "", "", false},
	// "again": whether it happens once more, which one day's articles
	// cannot know (a gap cue).
	{"again", "will the junior docs strike again after this", false, "", "gap-next-junior-doctor-strike", false},
	{"again", "are junior doctors going to walk out again after the five days?", false, "", "gap-next-junior-doctor-strike", false},
	{"again", "will junior doctors strike again", false, "", "gap-next-junior-doctor-strike", false},
	{"again", "what does barclay want from the bma before they'll negotiate again", true, "", "", false},
}

func TestTraps22(t *testing.T) { runTrapCases(t, traps22Cases) }

// trapCase is a question of a session's traps table and what its answer
// must be (see traps22Cases).
type trapCase struct {
	class string
	q     string
	found bool
	lead  string
	fact  string
	small bool
}

// runTrapCases checks each case's found, lead, fact and small talk
// against the real base, shared by the session 22 tables.
func runTrapCases(t *testing.T, cases []trapCase) {
	b := realBase(t)
	for _, c := range cases {
		t.Run(c.class+"/"+c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			expectAnswer(t, a, c.found, "")
			if c.lead != "" && !regexp.MustCompile("(?is)^"+c.lead).MatchString(a.Text) {
				t.Errorf("text does not open with /%s/ (%v): %s", c.lead, a.Facts, a.Text)
			}
			if c.fact != "" && !slices.Contains(a.Facts, c.fact) {
				t.Errorf("facts %v, want %s: %s", a.Facts, c.fact, a.Text)
			}
			if a.SmallTalk != c.small {
				t.Errorf("SmallTalk = %v, want %v: %s", a.SmallTalk, c.small, a.Text)
			}
			checkAnswer(t, b, c.q, a)
		})
	}
}
