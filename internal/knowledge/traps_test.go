package knowledge

import (
	"slices"
	"strings"
	"testing"
)

// trapCases are questions the articles cannot answer, each beside a nearby
// one they can: the dev set's question, paraphrases of it, fresh traps of
// the same family, and the answerable neighbour that must stay answered.
// want is a case-insensitive pattern the answer's text must match;
// TestFailureClasses runs them as it runs classCases.
var trapCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// The dispute itself, not a strike in it (vocabulary whole_words):
	// when the row began or how long it ran is not the strike's start or
	// length, which every fact of the dispute has its name beside.
	{"dispute itself", "When did the junior doctors' contract dispute first begin?", false, "(don't|do not) say when the"},
	{"dispute itself", "When did the row over the new contract start?", false, "do not say when the contract dispute began"},
	{"dispute itself", "how long has the contract dispute been running?", false, "how long it had run"},
	{"dispute itself", "how long had the 2016 contract row been going on before the all out strike", false, "how long it had run"},
	{"dispute itself", "how long did the contract dispute last?", false, ""},
	{"dispute itself", "when did the pay row start?", false, ""},
	// The pay row's length is not given either; what is, is that it is
	// "long-running", never the five-day strike's length.
	{"dispute itself", "how long has the pay row been going on?", true, "long-running row"},
	{"dispute itself", "how long has the pay dispute been going on for?", true, "long-running row"},
	{"dispute itself", "When did the 2016 all-out strike begin?", true, "tuesday"},
	{"dispute itself", "What time did the pickets start in the pay row?", true, "7am"},
	{"dispute itself", "How long was the five-day strike?", true, "five-day"},
	// A comparison compares the strikes, whatever names them: the names of
	// the disputes stand in for the strikes in "the Hunt strike".
	{"dispute itself", "which ran longer, the hunt strike or the barclay strike?", true, "five-day"},
	{"dispute itself", "which lasted longer, the contract dispute or the pay dispute?", true, "five-day"},
	// What happened at one hospital of News Shopper's list is not
	// reported: it lists them, and its photographs are of the PRUH.
	{"one hospital", "Was the A&E at Queen Elizabeth Hospital Woolwich closed during the strike?", false, "do not report what happened at any one hospital"},
	{"one hospital", "Was the A&E at Lewisham shut during the walkout?", false, "any one hospital"},
	{"one hospital", "did darent valley's maternity ward stay open?", false, "any one hospital"},
	{"one hospital", "Was Queen Elizabeth Hospital in Woolwich affected?", true, "^yes"},
	{"one hospital", "Were A&E departments affected by the 2016 strike?", true, "a&e"},
	{"one hospital", "Is Queen Mary's hospital in Sidcup or Woolwich?", true, "sidcup"},
	// A photo credit for a place the photographs do not show.
	{"photo credit", "Who took the photo of doctors at Lewisham Hospital?", false, "only photographs.*pruh"},
	{"photo credit", "who took the photos at lewisham", false, "pruh"},
	{"photo credit", "Who took the pictures of doctors outside Darent Valley Hospital?", false, "pruh"},
	{"photo credit", "who photographed the strikers at queen mary's sidcup", false, "pruh"},
	{"photo credit", "who took the pics of the 2023 picket lines", false, "no photographs"},
	{"photo credit", "who photographed the five-day walkout?", false, "no photographs"},
	{"photo credit", "who took the pictures in the news shopper", true, "larby"},
	{"photo credit", "Who took the photo of the strikers outside the PRUH?", true, "larby"},
	{"photo credit", "Where was the photo of doctors on strike taken?", true, "farnborough"},
	// The photographs are of a picket: a question naming the picket at
	// the PRUH asks for their credit, not for the hospital.
	{"photo credit", "who took the pics of the farnborough picket", true, "larby"},
	{"photo credit", "who photographed the picket line at the PRUH", true, "larby"},
	{"photo credit", "who took the photos of the lewisham picket", false, "pruh"},
	// A bare question word after a part the articles cannot answer asks
	// that part again: "how" is no question about the dispute as a whole.
	{"bare follow-on", "was the 2016 contract dispute eventually settled? how", false, "do not say how the 2016 strike ended"},
	{"bare follow-on", "did the contract row eventually get resolved? and how?", false, "do not say"},
	{"bare follow-on", "did the pay dispute end in a deal? when?", false, "does not say how the 2023"},
	{"bare follow-on", "when did the 2016 strike start? why", true, "tuesday"},
	// A month asked yes or no of a fact naming no month: the article
	// says "later this month", never which month.
	{"month not given", "Are there further junior doctor strikes planned for August?", false, "anything of august"},
	{"month not given", "are more junior doctor walkouts planned for september?", false, ""},
	{"month not given", "Will the consultants strike in March?", false, ""},
	{"month not given", "Are consultants striking later this month?", true, "^yes.*later this month"},
	{"month not given", "was support for the strike higher than in January?", true, "january"},
	// The statistics Hunt or the Government cited are not given: only
	// Porter's claim that they were distorted is. The gap is about Hunt
	// too, so a question naming him is not kept from it.
	{"figures themselves", "What weekend death statistic did Hunt cite?", false, "do not give the weekend death statistics"},
	{"figures themselves", "which weekend mortality figure did Jeremy Hunt quote?", false, "do not give the weekend death statistics"},
	{"figures themselves", "Who said the weekend death statistics were distorted?", true, "porter"},
	{"figures themselves", "When Hunt was on the Today programme, what did he say about death statistics being distorted?", true, "porter"},
	// A hospital the articles do not list, named beside "hospital": not
	// answered by a listed hospital of a similar name.
	{"unlisted place", "Was Queen Elizabeth Hospital Birmingham affected by the walkout?", false, ""},
	{"unlisted place", "is maidstone hospital affected by the strikes", false, ""},
	{"unlisted place", "were junior doctors striking at the hospital in Leeds?", false, ""},
	{"unlisted place", "Did the strike hit Tunbridge Wells Hospital?", false, ""},
	{"unlisted place", "was lewisham hospital affected", true, "^yes.*lewisham"},
	{"unlisted place", "was lewisam hospital affected", true, "lewisham"},
	{"unlisted place", "was darent valley hospital hit", true, "darent valley"},
	// Hospitals of one dispute asked of the other: the 2023 article
	// names none.
	{"other dispute", "Which south-east London hospitals were hit by the five-day pay strike?", false, "names no hospital"},
	{"other dispute", "Which London hospitals were affected by the 2023 walkout?", false, "names no hospital"},
	{"other dispute", "which hospitals in south east london had strikes in 2023", false, "names no hospital"},
	{"other dispute", "Which south-east London hospitals were hit by the all-out strike?", true, "lewisham"},
	// A later outcome (vocabulary gap_cues, with phrases joining "end
	// up", "in the end", "end in a"): the articles end on a strike's
	// first day, so the gap saying so answers, not what would end it.
	{"later outcome", "Did the government end up imposing the new contract after the all-out strike?", false, "do not say how the 2016 strike ended"},
	{"later outcome", "Did Hunt end up imposing the contract after the all-out strike?", false, "do not say how the 2016 strike ended"},
	{"later outcome", "Did the 2016 all-out strike end in a deal between Hunt and the BMA?", false, "do not say how the 2016 strike ended"},
	{"later outcome", "did the strike end in an agreement?", false, ""},
	{"later outcome", "did the pay dispute end with a deal?", false, "does not say how the 2023 strike or pay dispute ended"},
	{"later outcome", "Was a deal eventually reached in the pay row?", false, ""},
	{"later outcome", "did barclay end up giving the doctors a pay rise?", false, ""},
	{"later outcome", "did the five-day strike eventually get called off?", false, ""},
	{"later outcome", "Did Hunt threaten to impose the contract?", true, "threat to impose"},
	{"later outcome", "When did the all-out strike end?", true, "wednesday"},
	{"later outcome", "what does the bma say would end the 2023 strike", true, "scotland"},
	// A time the fact has only as what it compares with ("higher than in
	// January"; vocabulary reference): asked what it was then, the
	// articles don't say.
	{"compared with", "What was public support for the strike back in January?", false, "don't say what it was then"},
	{"compared with", "What was the support figure in January's poll?", false, "no figure for public support in january"},
	{"compared with", "how much support did the strike have in january", false, "don't say"},
	{"compared with", "What was support like in January?", false, "don't say"},
	{"compared with", "what % backed the doctors in january?", false, ""},
	{"compared with", "Was support higher than in January?", true, "^yes"},
	{"compared with", "How did support for the all-out strike compare with January?", true, "higher than in january"},
	{"compared with", "Has support risen since January?", true, "higher than in january"},
	{"compared with", "What did the Ipsos Mori poll find?", true, "57%"},
	// The figures themselves (phrases make "what figures" a gap cue): a
	// claim that they were distorted does not give them.
	{"figures themselves", "What figures did the government use for weekend deaths?", false, "do not give the weekend death statistics"},
	{"figures themselves", "which statistics on weekend deaths did the government use?", false, "do not give the weekend death statistics"},
	{"figures themselves", "what numbers did ministers cite on weekend deaths?", false, "do not give the weekend death statistics"},
	{"figures themselves", "What figures did YouGov give for nurses?", true, "three in five"},
	{"figures themselves", "What numbers did the Ipsos Mori poll find?", true, "57%"},
	{"figures themselves", "What did Porter say about weekend death statistics?", true, "distorted"},
	// Someone's words on a programme they did not appear on: the BBC's
	// fact says who was interviewed where, and reports no speech.
	{"other programme", "wot did hunt say on radio 4 today", false, "don't say what was said"},
	{"other programme", "what did hunt say on the today programme?", false, "don't say what was said"},
	{"other programme", "what did porter say on radio 4?", true, "distorted"},
	{"other programme", "What did Hunt say on BBC Breakfast?", true, "blackmail"},
	// A figure restricted to one strike ("in just the five-day walkout",
	// phrases make it "solely"): a total over eight months of action
	// does not give it.
	{"one strike's figure", "how many ops were cancelled in just the five day walkout", false, ""},
	{"one strike's figure", "how many appointments were lost during just the five-day strike?", false, ""},
	{"one strike's figure", "How many operations were cancelled during the five-day walkout itself?", false, ""},
	{"one strike's figure", "how many procedures were rescheduled in 2023?", true, "651,000"},
	// A superlative names the one asked about: the longest walkout's
	// start day is not given, and the all-out strike's Tuesday is not it.
	{"superlative", "which day of the week did the longest walkout begin?", false, "don't say that weekday"},
	{"superlative", "which day of the week did the longest strike begin?", false, "don't say that weekday"},
	{"superlative", "what weekday did the longest ever NHS strike start on?", false, "don't say that weekday"},
	{"superlative", "which day of the week did the first all-out strike begin?", true, "tuesday"},
	{"superlative", "what time did the longest walkout start?", true, "7am"},
	// A month asked "in" that the answer has not (vocabulary months).
	{"compared with", "What was support for nurses back in January?", false, "don't say what it was then"},
	{"compared with", "what was public support in may?", false, "don't say what it was then"},
	{"compared with", "what did yougov say about support since january", true, "since the beginning of the year"},
	{"compared with", "who appealed to medics in April?", true, "hunt"},
	// Fresh traps of the same families, written for this table.
	{"fresh trap", "Did the BMA eventually accept a pay deal in 2023?", false, "does not say how the 2023 strike or pay dispute ended"},
	{"fresh trap", "Did Hunt end up resigning?", false, ""},
	{"fresh trap", "Did the strikes end up costing the NHS money?", false, ""},
	{"fresh trap", "How many strikers were on the picket line at Sidcup?", false, ""},
	{"fresh trap", "Who photographed Jeremy Hunt?", false, ""},
	{"fresh trap", "How long has the contract row lasted?", false, "how long it had run"},
	{"fresh trap", "When did the pay row begin?", false, ""},
	{"fresh trap", "How many appointments were cancelled in just the first day of the strike?", false, ""},
	{"fresh trap", "Was Darent Valley's A&E shut?", false, "any one hospital"},
	{"fresh trap", "what did porter say on bbc breakfast?", false, "don't say what was said"},
	{"fresh trap", "what did barclay say on radio 4?", false, ""},
	// A later outcome asked yes or no (a gap cue): a figure the fact
	// gives ("35% or more") decides nothing of what came of it.
	{"later yes/no", "Did junior doctors end up getting a 35% pay rise?", false, "don't say what happened later"},
	{"later yes/no", "did the doctors eventually get their 35%?", false, ""},
	{"later yes/no", "Did the BMA end up winning a 35% rise for junior doctors?", false, ""},
	{"later yes/no", "did junior docs get the pay rise they wanted in the end", false, ""},
	{"later yes/no", "Did the BMA demand a 35% pay rise?", true, "35%"},
	{"later yes/no", "Is the BMA asking for 35%?", true, "35%"},
	// A figure asked yes or no that the best fact does not give, with no
	// verdict: a sample size, a head count on a picket line.
	{"figure not given", "Did the Ipsos Mori poll survey more than 1,000 people?", false, "^the articles don't say"},
	{"figure not given", "Did Ipsos Mori ask over 2,000 people?", false, ""},
	{"figure not given", "was the bbc poll of 1000 adults", false, ""},
	{"figure not given", "Were more than 100 doctors on the picket line at the PRUH?", false, "^the articles don't say"},
	{"figure not given", "Were 50 doctors picketing at Lewisham hospital?", false, ""},
	{"figure not given", "Did the Ipsos Mori poll find 57% support?", true, "^yes"},
	{"figure not given", "Were more than 125,000 appointments cancelled?", true, "^yes"},
	{"figure not given", "Is Jeremy Hunt the one who said the government wouldn't be blackmailed?", true, "hunt"},
	{"figure not given", "is the five-day strike uk wide?", true, "england"},
	// A figure after "the" is taken as given, not asked: "the two sides".
	{"figure not given", "were the two sides talking b4 each strike", true, "letters"},
	{"figure not given", "were the two sides in talks before the five-day strike?", true, ""},
	// A comparison or verdict about a group the fact says it gives no
	// figure for: YouGov polled nurses and ambulance workers.
	{"lacked yes/no", "Do junior doctors have more public support than nurses in the YouGov poll?", false, "gives no yougov figure for junior doctors"},
	{"lacked yes/no", "Did junior doctors have less backing than ambulance workers according to YouGov?", false, ""},
	{"lacked yes/no", "are junior doctors more popular than nurses in the yougov polling", false, ""},
	{"lacked yes/no", "Do nurses have more support than ambulance workers in the YouGov poll?", true, "^yes"},
	// Someone who did the opposite of what is asked is not the one asked
	// for: Corbyn tweeted his support.
	{"opposite", "wots the name of the mp who tweeted against the junior doctors?", false, "don't say"},
	{"opposite", "which politician tweeted against the strikers?", false, ""},
	{"opposite", "who spoke out against the junior doctors on twitter", false, ""},
	{"opposite", "which opposition politician marched with the strikers?", true, "corbyn"},
	{"opposite", "who tweeted support for the junior doctors?", true, "corbyn"},
	{"opposite", "How many people opposed the doctors' cause?", true, "quarter"},
	// What was agreed at something asks what came of it (phrases make
	// "what was agreed" a gap cue): the round table's outcome is not given.
	{"what was agreed", "What was agreed at Barclay's round table with doctors in training?", false, "does not say what came of"},
	{"what was agreed", "what was agreed at the round table?", false, "what came of"},
	{"what was agreed", "what did they agree at barclay's round table", false, "what came of"},
	{"what was agreed", "When did Barclay hold his round table?", true, "earlier this week"},
	{"what was agreed", "who did Barclay hold a round table with?", true, "doctors in training"},
	// Who negotiated Scotland's offer is not said (gap-scotland's alias
	// "who negotiated"); what the BMA said of it is.
	{"scottish negotiator", "who negotiated the deal for the scottish government?", false, "does not say who negotiated"},
	{"scottish negotiator", "who negotiated scotland's pay offer?", false, "who negotiated"},
	{"scottish negotiator", "Who negotiated the Scottish offer for junior doctors?", false, "who negotiated"},
	{"scottish negotiator", "What did the BMA say about the pay offer in Scotland?", true, "how it was reached"},
	// More strikes after the 2016 walkout are a later outcome.
	{"later strikes", "did the bma announce more strikes after the wednesday walkout in 2016?", false, "do not say how the 2016 strike ended"},
	{"later strikes", "were further strikes called after the all-out strike?", false, "do not say how the 2016 strike ended"},
	{"later strikes", "did the BMA call any more strikes after the 2016 walkout?", false, ""},
	{"later strikes", "Did the 2016 strike last two days?", true, "^yes"},
}

// TestWholeSubject: a question asks about the dispute itself only when a
// word naming it comes before any action, place or order word.
func TestWholeSubject(t *testing.T) {
	b := realBase(t)
	for q, want := range map[string]bool{
		"when did the contract dispute begin?":                  true,
		"how long has the pay row been going on?":               true,
		"how long had the row been going on before the strike?": true,
		"when did the strikes in the pay dispute begin?":        false,
		"what time did the pickets start in the pay row?":       false,
		"when did the all-out strike in the contract row start": false,
		"was the contract dispute long?":                        false,
		"who started the row?":                                  false,
	} {
		if got := b.wholeSubject(b.analyze(q)) != ""; got != want {
			t.Errorf("wholeSubject(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestReferencedTerms: a term after "than" is only what is compared with,
// unless the answer has it elsewhere too; a figure after "than" is none.
func TestReferencedTerms(t *testing.T) {
	v := realVocab()
	for body, want := range map[string]string{
		"support appeared to be higher than in January.":                "january",
		"support was higher than in January. January was cold.":         "",
		"more than 125,000 appointments were cancelled.":                "",
		"Nurses have more support than ambulance workers. They strike.": "ambul",
	} {
		got := v.referencedTerms(body)
		if want == "" && len(got) > 0 || want != "" && !slices.ContainsFunc(got, func(t string) bool { return strings.HasPrefix(t, want) }) {
			t.Errorf("referencedTerms(%q) = %v, want %q", body, got, want)
		}
	}
}
