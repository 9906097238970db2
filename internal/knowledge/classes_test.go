package knowledge

import (
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// The failure classes of issue 9, one table each way: what a question of
// the class must get. want is a regular expression the answer's text must
// match (case-insensitive); found is what Found must be.
var classCases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	{"paraphrase", "what did hunt beg the doctors not to do?", true, "emergency cover"},
	{"paraphrase", "who was the minister in charge of the NHS in the pay row?", true, "barclay"},
	{"paraphrase", "which trainee doctors' leaders spoke in 2023?", true, "laurenson|trivedi"},
	{"paraphrase", "who accused the government of twisting weekend death figures?", true, "porter"},
	{"source", "what does the local paper say about which hospitals were hit?", true, "lewisham"},
	{"source", "in the report that has the poll, how much support did the doctors have?", true, "57"},
	{"source", "according to News Shopper, when did Hunt make his appeal?", true, "april 26|yesterday"},
	{"answer type", "how many hospitals did the local paper list?", true, "five hospitals"},
	// A multiple of a number not given ("double … by 2031") is no count
	// of what there is; it is the target by the year it names.
	{"answer type", "How many medical school places are there?", false, "^the articles don't say how many"},
	{"answer type", "how many medical school places by 2031?", true, "double"},
	// A staff group the question names (the vocabulary's staff_groups)
	// must be in the fact that answers: no fact has nurses striking or
	// in talks, only in YouGov's support figures.
	{"names a subject", "Which comes first, the nurses' strike or the consultants'?", false, ""},
	{"names a subject", "What did Barclay want before talks with the nurses?", false, ""},
	{"names a subject", "Which comes first, the radiographers' strike or the consultants'?", true, "consultants strike for two days, followed by a two-day strike by radiographers"},
	{"names a subject", "What did Barclay want before talks could resume?", true, "cancel"},
	{"names a subject", "How much support do nurses have?", true, "three in five"},
	// "what pay …?" asks for pay: the YouGov poll about nurses has "pay"
	// only in its dispute's name.
	{"answer type", "What pay did nurses get?", false, "^the articles don't say what pay"},
	{"answer type", "What pay did junior doctors want?", true, "pay"},
	{"answer type", "What contract did Hunt want to impose?", true, "contract"},
	// "what word did X use?" asks X's words, as "what did X say?" does:
	// the BMA's words about the Prime Minister are not the Prime Minister's.
	{"speaker", "What word did the PM use for the strike?", false, "^the articles don't say what was said"},
	{"speaker", "What word did Barclay use for the strikes?", true, "barclay said"},
	{"speaker", "What word did the medics' union use for the ministers' no-talks condition?", true, "nonsensical"},
	{"answer type", "how many people were surveyed in the Ipsos Mori poll?", false, "sample|don't say"},
	{"answer type", "what time did the all-out strike finish each day?", true, "5pm"},
	{"answer type", "what time did the radiographers' strike start?", false, "don't say"},
	{"answer type", "how much do junior doctors earn?", false, ""},
	{"text-speak", "wot did hunt say bout blackmail", true, "blackmail"},
	{"text-speak", "hw long ws the 2023 strike", true, "five"},
	{"text-speak", "who ws the helth secretery in 2023", true, "barclay"},
	{"text-speak", "wen did the strik start", true, "tuesday|7am"},
	// An answer that says the articles lack the very thing asked is no
	// answer: a word of the question that the fact has only where it says
	// the articles do not give something (lackedTerms), or the fact's own
	// subject when it says that subject is never named (ownNames).
	{"trap", "What did YouGov find about support for junior doctors?", false, "no yougov figure for junior doctors"},
	{"trap", "what did the yougov polling say about junior doctors", false, "junior doctors"},
	{"trap", "How much public backing did junior doctors get in the YouGov poll?", false, ""},
	{"trap", "What did YouGov find about support for nurses?", true, "three in five"},
	{"trap", "Which groups of public servants besides health staff are waiting on a pay decision?", true, "teachers"},
	{"trap", "who was pm during the five day strike", false, "never name"},
	{"trap", "who was the pm in 2023", false, "never name"},
	{"trap", "who's the pm in the pay dispute", false, "never name"},
	{"trap", "who did the BMA accuse of an obstinate approach?", true, "prime minister"},
	// A question opening with a gap's alias ("who interviewed …") is
	// answered by that gap when it covers the question as well as the
	// best fact, which does not give the figure or time asked.
	{"trap", "Who interviewed Hunt on BBC Breakfast?", false, "name no presenter, interviewer"},
	{"trap", "who interviewed porter on radio 4", false, "name no presenter, interviewer"},
	{"trap", "who presented the today programme when porter was on", false, "name no presenter"},
	{"trap", "what did Porter say on the Today programme?", true, "distorted"},
	// Whether Scotland's junior doctors struck is a gap (gap-scotland-strike).
	{"trap", "did scottish junior doctors go on strike too", false, "does not say whether junior doctors in scotland"},
	{"trap", "are doctors in scotland striking as well?", false, "does not say whether junior doctors in scotland"},
	{"trap", "who heads the bma in scotland", false, "who leads the bma there"},
	{"trap", "how many days did scottish doctors strike", false, "for how long"},
	{"trap", "what did the BMA say about the pay offer in Scotland?", true, "scotland"},
	// "founded" is no past of "find" (a synonym of its own): nothing
	// says when the NHS was founded.
	{"trap", "wen was the nhs founded", false, "^the articles don't say"},
	{"trap", "When was the NHS founded?", false, "^the articles don't say"},
	{"trap", "what year was the nhs established", false, "^the articles don't say"},
	{"trap", "What did the Ipsos Mori poll find?", true, "57%"},
	// Two unknown words in a row are a name in lower case, corrected no
	// more than a capitalised one: "starmer" is not "start".
	{"trap", "what did keir starmer say about the five day strike", false, "^the articles don't say"},
	{"trap", "wat did keir starmer say", false, "^the articles don't say"},
	{"trap", "wat did barcley say bout the 35% demand", true, "unreasonable"},
	// "what year" asks a year (answer type year), which no article
	// prints: "the 2016 dispute" is the bot's label, not a year given.
	{"trap", "What year did the first all-out NHS strike take place?", false, "^the articles don't say what year"},
	{"trap", "which year was the first all-out strike", false, "never|none of the articles prints a year"},
	{"trap", "what year was the general election", false, "prints a year"},
	{"trap", "By what year will medical school places be doubled?", true, "2031"},
	// Figures and outcomes adjacent to what the articles give.
	{"trap", "What was inflation at the time of the five-day strike?", false, "no inflation rate"},
	{"trap", "how high was inflation in 2023", false, "no inflation rate"},
	{"trap", "What did Barclay say the pay demand risks fuelling?", true, "inflation"},
	{"trap", "what pay rise are teachers getting", false, "does not say what pay rise teachers"},
	{"trap", "how much of a pay rise are teachers getting", false, "does not say what pay rise teachers"},
	{"trap", "what pay rise will civil servants get", false, "does not say what pay rise"},
	{"trap", "What rises did the pay review bodies reportedly recommend?", true, "6%"},
	// A role the answer has only with a qualifier before it ("deputy
	// chief executive") does not answer who holds the role itself; "(not
	// the deputy)" asks for the role, not the deputy.
	{"trap", "Who is the chief executive (not the deputy) of NHS Providers?", false, "does not name nhs providers' chief executive"},
	{"trap", "who is nhs providers' chief executive, not the deputy?", false, "does not name nhs providers' chief executive"},
	{"trap", "who is the nhs providers chief exec", false, "does not name nhs providers' chief executive"},
	{"trap", "who is the deputy chief executive of NHS Providers?", true, "saffron cordery"},
	{"trap", "Who is Saffron Cordery?", true, "deputy chief executive"},
	// How the disputes ended is not reported (gap-outcome-2016/2023).
	{"trap", "How did the 2023 dispute end?", false, "does not say how the 2023 strike or pay dispute ended"},
	{"trap", "how did the pay dispute end", false, "does not say how the 2023 strike or pay dispute ended"},
	{"trap", "how did the contract dispute end", false, "do not say how the 2016 strike ended"},
	{"trap", "What would end the 2023 strike?", true, "call the strike off"},
	// "pack up", "wrap up" ask when something ended (end_cues, end
	// synonyms): a start time is no answer.
	{"trap", "At what time did the pickets pack up each day during the five-day pay strike?", false, "^the articles don't say when it ended|no calendar date.*daily hours"},
	{"trap", "what time did the picket lines wrap up in 2023", false, "^the articles don't say when it ended"},
	{"trap", "what time did doctors pack up on the all-out strike days", true, "5pm"},
	{"trap", "what time did the picket lines start in 2023", true, "7am"},
	// The weekend death figures themselves are not given.
	{"trap", "What weekend death rate figure was the Government using that the BMA said was distorted?", false, "do not give the weekend death statistics"},
	{"trap", "what was the weekend death rate the government quoted", false, "do not give the weekend death statistics"},
	{"trap", "What did Porter say the Government had distorted?", true, "weekend death statistics"},
	// A gap opening the question that covers more of it than the best
	// fact and denies the type asked goes first (preferDenial): no poll's
	// fieldwork dates are given.
	{"trap", "When was the YouGov poll carried out?", false, "no fieldwork dates"},
	{"trap", "when was the yougov poll conducted", false, "no fieldwork dates"},
	{"trap", "What did the YouGov polling show?", true, "consistent"},
	{"answer type", "how many medical skool places by 2031", true, "double"},
	// How long the 2016 contract dispute had run is not given.
	{"trap", "how long had the dispute over the contract been running", false, "do not say when the contract dispute began"},
	{"trap", "how long had the contract dispute been going on", false, "do not say when the contract dispute began"},
	{"trap", "How long did the 2016 strike last?", true, "8am to 5pm"},
	// Outcomes, replies and bottom lines the articles do not report.
	{"trap", "What came out of Barclay's round table with doctors in training?", false, "does not say what came of barclay's round table"},
	{"trap", "what was the outcome of the round table", false, "does not say what came of barclay's round table"},
	{"trap", "What was Barclay's round table?", true, "doctors in training"},
	{"trap", "What pay rise would the BMA accept?", false, "nor for what the bma would accept"},
	{"trap", "what would the bma settle for", false, "nor for what the bma would accept"},
	{"trap", "What pay rise does the BMA want?", true, "35%"},
	{"trap", "How did Hunt respond to Porter's 'throw mud' comment?", false, "do not report any reply by hunt"},
	{"trap", "how did hunt reply to porter", false, "do not report any reply by hunt"},
	{"trap", "What did Porter say in response to Hunt's claim lives were at risk?", true, "throw mud"},
	{"broad", "strike", true, "all-out.*five-day|five-day.*all-out"},
	{"broad", "2023", true, "five-day"},
	{"broad", "tell me about the strikes", true, "all-out"},
	// A dispute's alias that is also the title of a fact of its own names
	// that fact, not the dispute; one that is not still asks for the dispute.
	{"broad", "pay restoration?", true, "concept of pay restoration"},
	{"broad", "tell me about the 2023 strike", true, "five-day"},
	{"broad", "what was it about?", true, "contract|pay"},
	{"comparison", "which walkout started earlier in the day?", true, "8am.*7am|7am.*8am"},
	{"comparison", "who was health secretary in 2016 and who in 2023?", true, "hunt.*barclay"},
	{"comparison", "how many operations were cancelled in 2016 and how many in 2023?", true, "125,000.*651,000"},
	// Each side of a comparison is found by every word of the question,
	// not only by its rare ones ("vs"), which find the comparison facts;
	// "start times" asks for a time.
	{"comparison", "what were the start times of the 2016 vs 2023 walkouts?", true, "7am.*8am|8am.*7am"},
	{"comparison", "start times of the 2016 and 2023 strikes, compared?", true, "7am.*8am|8am.*7am"},
	{"yes/no", "was emergency care provided during the all-out strike?", true, "^the articles don't say for certain"},
	{"yes/no", "did Jeremy Corbyn support the junior doctors?", true, "^yes"},
	{"yes/no", "did the 2023 picket lines begin at 9am?", true, "^no"},
	{"yes/no", "was the 2016 walkout from 8am?", true, "^yes"},
	// "how many days" wants a number of days: not the first day's hours,
	// nor another dispute's two-day strike.
	{"answer type", "how many days did the first all-out strike go on for?", true, "two days"},
	{"answer type", "How many days did the consultants strike in 2016?", false, ""},
	// "above" before the figure asked is what the verdict checks, like the
	// figure: the rare word must not pick the "above 5%" pay fact.
	{"yes/no", "was support for the doctors above 50%?", true, "^yes.*57%"},
	{"yes/no", "was public support for the medics above 50%?", true, "^yes.*57%"},
	// Of two facts that fit as well, the one whose figure is near the one
	// asked decides: not the 125,000 cancelled in 2016.
	{"yes/no", "were over 600,000 procedures rescheduled?", true, "^yes.*651,000"},
	{"yes/no", "did hunt go on bbc breakfast?", true, "^yes"},
	{"yes/no", "did the 2016 walkout hit intensive care?", true, "^yes"},
	{"yes/no", "were 125,000 operations and appointments cancelled in 2016?", true, "^yes"},
	{"yes/no", "did the all-out strike last four days?", true, "^no"},
	{"yes/no", "is cordery nhs providers' chief executive?", true, "^no"},
	{"yes/no", "did corbyn march to downing street?", true, "^yes"},
	{"yes/no", "is darent valley in dartford or sidcup?", true, "^in the"},
	{"yes/no", "did hunt say unions had the right to blackmail the government?", true, "^no"},
	{"yes/no", "was the 35% demand or more called unreasonable by barclay?", true, "^yes"},
	{"yes/no", "was support for the all-out strike lower than in january?", true, "^no"},
	{"yes/no", "did the radiographers strike for five days?", true, "^no"},
	{"yes/no", "did the all-out strike run over two days?", true, "^yes"},
	{"yes/no", "did the consultants walk out at the same time as the junior doctors in 2023?", true, "^no"},
	// Similar support, but the article gives nurses the strongest backing.
	{"yes/no", "did ambulance staff have more public backing than nurses?", true, "^no"},
	{"yes/no", "does the local paper list the hospitals the strike would hit?", true, "^yes"},
	{"yes/no", "does the local paper mention the ipsos mori poll?", true, "^no"},
	{"yes/no", "did the consultants strike for five days?", true, "^no\\b.*two days"},
	{"paraphrase", "who was the top man at the bma in 2016?", true, "porter"},
	{"paraphrase", "who's nhs providers' deputy chief exec?", true, "cordery"},
	{"paraphrase", "why did hunt say he could not back down?", true, "manifesto"},
	{"honesty", "was the contract forced on the doctors in the end?", false, "don't say"},
	{"yes/no", "did hunt threaten to impose the new contract?", true, "impose"},
	{"honesty", "what percentage blamed both sides equally in the ipsos mori poll?", false, "no percentages"},
	{"honesty", "how many hours a day did the 2023 pickets stand outside hospitals?", false, "don't say"},
	{"honesty", "which hospital saw the most operations called off in 2016?", false, ""},
	{"answer type", "who had the strongest public backing in 2023?", true, "nurses"},
	{"paraphrase", "what did laurenson and trivedi say the government kept missing?", true, "chance after chance"},
	{"answer type", "how many patients did barclay say the strike would affect?", true, "thousands of patients"},
	{"honesty", "how many appointments were cancelled in scotland?", false, ""},
	{"honesty", "what did the prime minister say about the pay row?", false, "don't say"},
	{"honesty", "what did porter say about the five-day strike in 2023?", false, ""},
	{"honesty", "what exactly did the scottish government offer?", false, ""},
	{"honesty", "which journalist wrote the local paper's report?", false, "no presenter"},
	{"honesty", "which union represents the radiographers?", false, ""},
	{"honesty", "how old is jeremy hunt?", false, ""},
	{"honesty", "what day will the consultants strike?", false, "don't say"},
	{"honesty", "how much would a 35% rise cost?", false, "don't say"},
	{"honesty", "how many nurses went on strike?", false, ""},
	{"honesty", "who won the pay dispute?", false, ""},
	{"honesty", "what is the name of the prime minister?", false, "never names"},
	{"honesty", "who is the prime minister in 2016?", false, ""},
	{"honesty", "what did the placards say?", false, "placard"},
	{"honesty", "what is the calendar date of the all-out strike?", false, ""},
	// The 2023 article reports this walkout's start, not the pay row's
	// first strike: a gap says so, and the walkout's own start still answers.
	{"honesty", "when did the pay strikes begin?", false, "series of strikes"},
	{"honesty", "was the five-day walkout the first strike over pay?", false, "not the first"},
	{"answer type", "when did the five-day strike start?", true, "7am"},
	// "4 1st time" is text-speak for "for the first time".
	{"text-speak", "what services were hit 4 1st time in 2016", true, "a&e"},
	{"real words", "what is the weather", false, ""},
	{"real words", "who is the pole in the news?", false, ""},
	{"off-topic", "who won the football last night?", false, ""},
	{"off-topic", "what is the capital of France?", false, ""},
	{"small talk", "hi", false, "strikebot"},
	{"small talk", "hi there", false, "strikebot"},
	{"small talk", "thanks!", false, "strikebot"},
	{"small talk", "what can you do?", false, "try"},
	{"small talk", "how are you doing today?", false, "strikebot"},
	{"small talk", "thanks mate", false, "strikebot"},
	// A real word the facts lack that is mostly a verb or adverb
	// (words/modifiers.txt) qualifies the subject, and costs a fact less
	// coverage than a missing noun.
	{"modifiers", "who does the public mostly blame for the contract dispute?", true, "government was most at fault"},
	{"modifiers", "what did the BMA leaders say talks in other industrial disputes normally do?", true, "last minute"},
	{"modifiers", "were 651,000 procedures cancelled outright or rescheduled?", true, "rescheduled"},
	{"modifiers", "what does the 2016 report say about how the public apportion blame?", true, "at fault"},
	// Adjectives are not modifiers: "alone" and "final" are what these
	// traps ask about.
	{"modifiers", "how many of the 651,000 rescheduled appointments were due to junior doctors alone?", false, ""},
	{"modifiers", "wot was the final deal that ended the 2016 dispute", false, ""},
	// A person's own fact does not answer who did something to them that
	// the facts do not know; it answers who they are.
	{"circular", "who replaced Jeremy Hunt as Health Secretary?", false, ""},
	{"circular", "who did Steve Barclay replace?", false, ""},
	{"circular", "who succeeded Mark Porter at the BMA?", false, ""},
	{"circular", "who's saffron cordery when she's at home", true, "cordery"},
	{"circular", "who is jeremy hunt?", true, "health secretary"},
	// A "who" question is not answered by a fact naming no one but those
	// the question names; one about someone else answers it.
	{"who", "Who were the junior doctors in dispute with in 2016?", false, "^the articles don't say who"},
	{"who", "who did Barclay hold a round table with?", true, "doctors in training"},
	// What someone said is their quote, not their own fact.
	{"quote", "what does the health secretary say the five-day strike will do?", true, "patient safety|waiting"},
	{"quote", "what did the BMA say?", true, `"`},
	// When someone appeared on a programme is the appearance's fact, not
	// the programme's.
	{"answer type", "when did jeremy hunt appear on bbc breakfast?", true, "do not say on which day"},
	// A group of people with its own fact, named by one rare word, must be
	// in the answer: the BMA's fact never mentions the radiographers.
	{"group", "which union is organising the radiographers' strike?", false, ""},
	{"group", "when do the radiographers strike?", true, "two-day"},
	{"group", "who organised the 2016 strike?", true, "bma"},
	// A fact that says "Hunt" knows "Jeremy Hunt"; a fact that says
	// "hospital" does not know "Lewisham Hospital".
	{"full name", "What is the name of the BBC journalist who interviewed Jeremy Hunt on BBC Breakfast?", false, "no presenter"},
	{"full name", "what did jeremy hunt say on bbc breakfast?", true, "blackmail"},
	{"full name", "how many ops were cancelled at lewisham hospital?", false, ""},
	// "back to back" is consecutive, not support.
	{"paraphrase", "how many days of back-to-back strikes are trusts facing in total, going by NHS Providers?", true, "two-day strike by radiographers"},
	// "show" is a stop word ("show me"), but "which show" asks for a programme.
	{"paraphrase", "which show was hunt on?", true, "bbc breakfast"},
	// "who runs X" asks who heads it (vocabulary phrases).
	{"paraphrase", "who ran the BMA during the all-out strike?", true, "porter"},
	{"paraphrase", "who runs the doctors' union?", true, "porter.*laurenson|laurenson.*porter"},
	{"paraphrase", "what show did porter go on?", true, "today programme"},
	// A lead is over the best fact about something else: Barclay's quote
	// and Barclay's reasons are about the same one and do not block it.
	{"lead", "what did barclay say about the size of the union's pay claim?", true, "35%"},
	{"lead", "In the national 2016 report, what did Hunt say he was motivated by?", true, "weekend services"},
	// Not for an exact detail: "actual numbers" are not the shares given.
	{"lead", "How many Britons, in actual numbers, oppose ambulance workers' strikes according to YouGov?", false, ""},
	// "wats" is text-speak, not "wants".
	{"text-speak", "wats the 5 day strike even about", true, "pay"},
	{"text-speak", "who's nhs providers' deputy ceo", true, "cordery"},
	{"text-speak", "who is the ceo of nhs providers", false, "not name"},
	{"text-speak", "who took the pics for the local paper", true, "larby"},
	{"text-speak", "who took the pics of the 2023 picket lines", false, ""},
	// Paraphrases in the vocabulary: "copy" is the articles' "follow the
	// example of"; "doctors in training" are junior doctors.
	{"paraphrase", "who should england copy according to the bma?", true, "scotland"},
	{"paraphrase", "barclay met junior doctors this week at what?", true, "round table"},
	// "total stoppage", "pressing ahead" and "clinic visits" are the
	// articles' all-out strike, going ahead and appointments.
	{"paraphrase", "how many clinic visits were cancelled in the first total stoppage?", true, "125,000"},
	{"paraphrase", "what did barclay say about the bma pressing ahead with the walkout?", true, "going ahead"},
	// "pay panels" are the pay review bodies, a "salary rise" a pay rise,
	// a "return to talks" resumed talks; a salary itself is still unknown.
	{"paraphrase", "what pay rise did the pay panels reportedly recommend?", true, "6%"},
	{"paraphrase", "who urged a return to talks in 2023?", true, "nhs providers"},
	{"paraphrase", "what salary increase did the bma ask for in 2016?", false, ""},
	// "the PM" is the Prime Minister (never "5 pm"); a stance is an approach.
	{"paraphrase", "what word did the bma use for the pm's stance?", true, "obstinate"},
	{"paraphrase", "what did the pm say about the strike?", false, ""},
	// "turn down" is reject.
	{"paraphrase", "what would unions do if ministers turned down the pay review recommendations?", true, "anger"},
	// "every day of the week" is the seven-day NHS, not a question asking
	// for a weekday.
	{"paraphrase", "What every-day-of-the-week health service pledge was at stake in the 2016 row?", true, "manifesto"},
	{"paraphrase", "what salary do junior doctors get?", false, "how much junior doctors are paid"},
	// "does the BMA want …?" asks a position: a fact saying every subject
	// word of it answers Yes, as for a poll or a quote; one that does not
	// say the thing wanted gives the evidence without a verdict.
	{"yes/no", "does the bma want the government to follow scotland's example?", true, "^yes"},
	{"yes/no", "does barclay want the bma to cancel the strikes?", true, "^yes.*cancelled the strikes"},
	{"yes/no", "did the bma want talks to stop?", true, "^in the 2023"},
	// A fact of both disputes answers a question about one only from that
	// one's sentences: Barclay's 2023 words on pay say nothing of 2016, and
	// the 2016 poll nothing of the 2023 nurses. Asked to compare, or about
	// what one side says, it still answers.
	// "When" needs a time in the answer: "recently published" is none.
	// "By when" asks a deadline, which "by 2031" gives, even against a
	// gap that says only what else is missing (a number of places); a
	// "when" after another question word joins a clause and asks nothing.
	{"answer type", "when did barclay publish the workforce plan?", false, "no publication date"},
	{"answer type", "when did the workforce plan come out?", false, "don't say that date"},
	{"answer type", "When was the long term workforce plan launched?", false, "don't say that date"},
	{"answer type", "when will the consultants strike?", true, "later this month"},
	{"answer type", "When did picket lines go up in 2023?", true, "from 7am"},
	{"answer type", "when would barclay get back around the table?", true, "if the bma"},
	// A gap that says the very thing asked is missing, for the question's
	// subject, goes before a fact giving that thing for something else.
	{"answer type", "when do junior doctors strike next?", false, "does not say when"},
	{"answer type", "On what date will the consultants strike?", false, "gives no dates"},
	{"answer type", "by when should medical school places have doubled?", true, "by 2031"},
	{"answer type", "until when should talks continue, according to the BMA?", true, "last minute"},
	{"answer type", "who is mark porter when he's at home?", true, "head of the british medical association"},
	// A day the facts do not know is a subject they do not cover.
	{"real word", "what did hunt say on thursday?", false, ""},
	{"real word", "what happened on friday?", false, ""},
	{"real word", "wen did the strike start on tusday", true, "tuesday"},
	{"dispute side", "What did the government say about pay in 2016?", false, ""},
	{"dispute side", "What did Ipsos Mori find about nurses?", false, ""},
	{"dispute side", "how did the polls in the two disputes compare?", true, "57%.*three in five"},
	{"dispute side", "who was health secretary in each dispute?", true, "hunt.*barclay"},
	// An article named by what it has, where no alias names it, is the
	// one the question means: its words are no subject the facts must
	// cover. What it does not report stays declined.
	{"source", "What does the article with the Keith Larby photos say about hospitals?", true, "princess royal"},
	{"source", "In the article that mentions YouGov, who is the health secretary?", true, "barclay"},
	{"source", "In the report crediting the Press Association, what did Barclay say?", false, ""},
	{"source", "In the article with the Farnborough pictures, how many nurses went on strike?", false, ""},
	// An article of one dispute says nothing of a person of the other;
	// whether it mentions them is answered No.
	{"source", "in the report with the yougov poll, what did porter say?", false, ""},
	{"source", "what does the local paper say about barclay?", false, ""},
	{"source", "does the local paper mention Barclay?", true, "^no"},
	// "How many people did X?" counts those who did it, which a poll gives
	// as a share of them; not so what people the poll did something to,
	// what no share is given for, or a count asked "as a number".
	{"answer type", "How many people backed the doctors in the Ipsos Mori poll?", true, "57%"},
	{"answer type", "How many people blamed the doctors in the Ipsos Mori poll?", false, "don't say how many"},
	{"answer type", "how many people did Ipsos Mori ask?", false, "don't say how many"},
	{"answer type", "How many people backed the doctors in the Ipsos Mori poll, as a number?", false, "don't say how many"},
	// "What percentage of X …?" asks a share of X: a share of the public
	// is no share of doctors; a share of the public, of Britons, or of
	// what the public backed, is any share the fact gives.
	{"answer type", "What percentage of junior doctors opposed the contract?", false, "don't say that figure"},
	{"answer type", "what percentage of the public backed the doctors in 2016?", true, "57%"},
	{"answer type", "what share of Britons supported nurses?", true, "three in five"},
	{"answer type", "what percentage of ambulance workers' strikes did the public back?", true, "58%"},
	// Two people of different disputes are as mixed as one person and the
	// other dispute's year: nothing links Hunt's words to Barclay.
	{"cross name", "what did hunt say about barclay?", false, ""},
	{"cross name", "what did barclay say about the bma?", true, "disappointing|around the table"},
	// A person of one dispute in a role in the other: someone else held
	// it then. A role no one of that dispute holds decides nothing.
	{"cross name", "was jeremy hunt the health secretary during the five-day strike?", true, "^no.*barclay"},
	{"cross name", "was cordery the health secretary in 2016?", true, "^no.*hunt"},
	{"cross name", "was porter the prime minister in 2023?", false, ""},
	{"cross name", "is barclay the health secretary in 2023?", true, "^yes"},
	// "how many people support …" is answered by the share the facts give
	// for that verb; how many took part, or a count "not as a share", is
	// still a count the articles do not give.
	{"share count", "how many people backed the doctors in the ipsos mori poll?", true, "57%"},
	{"share count", "hw many ppl suport the docs in the ipsos mori pol", true, "57%"},
	{"share count", "in the ipsos mori poll, how many opposed the doctors?", true, "quarter"},
	{"share count", "how many people took part in the ipsos mori poll?", false, ""},
	{"share count", "how many people opposed the strikes in number terms in the ipsos mori poll, not as a share?", false, ""},
	{"share count", "how many oppose ambulance strikes", true, "33%"},
	{"share count", "ambulance staff 58% support - how many opposed", true, "33%"},
	{"share count", "how many nurces support", true, "three in five"},
	// "three in five Britons" is a share, no count of people surveyed;
	// nor does "in actual numbers" take a share.
	{"share count", "how many people took part in the yougov polling?", false, ""},
	{"share count", "how many britons, in actual numbers, oppose ambulance workers' strikes according to yougov?", false, ""},
	// A gap that repeats the real fact's words outranks it: the gap for
	// the number of places no longer quotes the target's "double".
	{"gap", "by when will medical school places double?", true, "2031"},
	{"gap", "how many medical school places are there currently?", false, "no number of medical school places"},
	// What must happen "before talks" is what it takes for talks to
	// resume; "before" someone is an order in time the articles lack.
	{"paraphrase", "what did barclay want the bma to do before talks?", true, "move significantly"},
	{"paraphrase", "what does barclay want before getting back around the table?", true, "move significantly"},
	{"paraphrase", "who was health secretary before steve barclay?", false, ""},
	// Words run together that the facts know apart are split: "payrise"
	// is a pay rise, "healthsecretary" the health secretary; the nurses'
	// pay rise is still one the articles do not give.
	{"compound", "how much % payrise do the docs want??", true, "35%"},
	{"compound", "who is the healthsecretary in 2023", true, "barclay"},
	{"compound", "what payrise did the nurses get?", false, ""},
	// "ever seen", "taking place", "reckon" carry no subject: a fact need
	// not say them. A subject the facts lack still declines.
	{"weak words", "was tuesday's walkout the first all-out strike the nhs had ever seen?", true, "^yes"},
	{"weak words", "is the five-day walkout taking place in england?", true, "^yes"},
	{"weak words", "has the nhs ever seen a strike by nurses?", false, ""},
	// "see" stays a word of its own: what the NHS saw before 2016 is not
	// in the articles.
	{"weak words", "did the nhs ever see a strike by consultants before 2016?", false, ""},
	// The article that credits the Press Association is named so; what
	// an agency "reported" is what it is quoted for.
	{"source", "in the report that credits the press association, who joined the march on downing street?", true, "corbyn"},
	{"quote", "what claim about the all-out strike is credited to the press association?", true, "a&e"},
	{"quote", "what did the press association say about the five-day walkout?", false, ""},
	// An article named by what it alone has ("the article with the
	// Farnborough pictures") is the source asked about; what it lacks
	// is still declined.
	{"source", "what does the article with the farnborough pictures say about cancelled appointments?", true, "125,000"},
	{"source", "what does the article with the farnborough pictures say about nurses?", false, ""},
	// "How was X described?" asks for the articles' wording, said by
	// anyone; "how did the nurses describe it?" or "described by the
	// nurses" still needs them to have said it.
	{"wording", "how were the placards described?", true, "creative"},
	{"wording", "how was the three days of correspondence described?", true, "intense"},
	{"wording", "how did the nurses describe the strike?", false, ""},
	{"wording", "how was the strike described by the nurses?", false, ""},
	// The order of the 2023 strikes; "straight", "immediately" only say
	// how soon. The junior doctors' own next strike is not given.
	{"order", "which comes first, the consultants' strike or the radiographers' strike?", true, "radiographers"},
	{"order", "what comes straight after the consultants' walkout?", true, "radiographers"},
	{"order", "when is the next junior doctors' strike after the five-day walkout?", false, ""},
	// "lol" and "i live in" say nothing of what is asked; the place does.
	{"text-speak", "which hosptials r affected, i live in sidcup lol", true, "queen mary"},
	{"text-speak", "which hospitals r affected, i live in manchester lol", false, ""},
	{"text-speak", "who tuk the pics at the PRUH", true, "larby"},
	{"text-speak", "did the bma say scotland proved barclay rong?", true, "^yes"},
	{"text-speak", "who tuk the pics at the 2023 picket lines", false, ""},
	// Degree words, hedges and "keeps coming up" carry no subject; "what
	// adjective" is "what word", a "radio station" a radio.
	{"weak words", "who do most people hold chiefly responsible for the contract row, per the ipsos mori findings?", true, "government"},
	{"weak words", "did support for the all-out strike seem higher than it had been in january?", true, "^yes"},
	{"weak words", "which broadcaster keeps coming up in the coverage of the all-out strike?", true, "bbc"},
	{"weak words", "what adjective did the bma leaders use for the government's precondition?", true, "nonsensical"},
	{"weak words", "which radio station - radio 4 or 5 live - did porter speak on", true, "radio 4"},
	{"weak words", "which broadcaster keeps coming up in the coverage of the five-day strike?", false, ""},
	{"weak words", "who do most people hold chiefly responsible for the pay row, per yougov?", false, ""},
	// A capitalised word is a name misspelt by one slip at most:
	// "Barcley" is Barclay, but "Thursday" is no "Tuesday".
	{"typo", "who is Steve Barcley?", true, "barclay"},
	{"typo", "What happened on the Thursday after the strike?", false, ""},
	// A misspelt generic word is as generic as the word.
	{"typo", "what does the bma actulaly want in the 5 day strike?", true, "pay"},
	// Where in an article something is says nothing of what it is; how
	// something ended is still a question of its end.
	{"source", "what does the yougov bit at the end of the five-day strike piece say?", true, "yougov"},
	{"source", "what happened at the end of the all-out strike?", false, ""},
	// More text-speak: "brits", "wud", "ofer".
	{"text-speak", "how many brits support nurses striking", true, "three in five"},
	{"text-speak", "which docs in scotland got a pay ofer", true, "scotland"},
	{"text-speak", "hw long r the consultants striking 4", true, "two-day"},
	// "at the time of" is during, not a time of day.
	{"paraphrase", "who was heading up the doctors' union at the time of the all-out strike?", true, "porter"},
	{"paraphrase", "who was prime minister at the time of the all-out strike?", false, ""},
	{"paraphrase", "who was labour leader at the time of the five-day strike?", false, ""},
	// "when it comes to" is about, not when; hospital services are no
	// hospital asked for.
	{"paraphrase", "what edge did the union say westminster has over edinburgh when it comes to paying doctors?", true, "financial freedom"},
	{"paraphrase", "which hospital departments were hit by strike action for the first time in the contract row?", true, "maternity"},
	{"paraphrase", "which hospital departments were hit in the five-day strike?", false, ""},
	// Synonyms of several words are phrases: "looking after" is cover;
	// resident doctors are junior doctors, senior doctors consultants.
	{"paraphrase", "who was looking after emergencies while the trainees were out on the picket line in the contract row?", true, "consultants"},
	{"paraphrase", "what are resident doctors striking over in 2023?", true, "pay"},
	{"paraphrase", "did the bma post on social media?", false, ""},
	// "more than half" is a majority, checked against the share for the verb.
	{"yes/no", "did more than half the public back the doctors in 2016?", true, "^yes"},
	{"yes/no", "did more than half the public oppose the doctors in 2016?", true, "^no"},
	{"yes/no", "did more than half the public back the junior doctors in 2023?", false, ""},
	// Paraphrases that must read as their plain forms.
	{"paraphrase", "whos saffron cordery when shes at home", true, "cordery"},
	{"paraphrase", "which minister responsible for health stated the doctors' union was trying to blackmail the government?", true, "hunt"},
	{"paraphrase", "what did the health secretary hold earlier in the week with medics in training?", true, "round table"},
	{"quote", "what did rishi sunak state about the strike?", false, ""},
	// Names in full and roundabout question words read as the short forms.
	{"paraphrase", "who did the british medical association say would provide emergency cover during the all-out strike?", true, "consultants"},
	{"paraphrase", "what number of days did the all-out strike last?", true, "two days"},
	{"paraphrase", "for what reason did junior doctors strike in 2023?", true, "pay"},
	{"paraphrase", "what number of junior doctors were on the picket line at the pruh?", false, ""},
	// "action" (industrial action, strike action) is generic: the strike
	// names the subject.
	{"weak words", "are radiographers planning strike action too?", true, "^yes"},
	{"weak words", "what did hunt say was the only way he could call a halt to the action?", true, "manifesto"},
	{"weak words", "are nurses planning strike action too?", false, ""},
	{"paraphrase", "who was the secretary of state for health in 2023?", true, "barclay"},
	{"paraphrase", "was accident and emergency hit by the all-out strike?", true, "^yes"},
	{"paraphrase", "how many outpatient appointments were cancelled in 2016?", true, "125,000"},
	// "claim" asks for what was said, like "say"; "hit back" is a reply.
	{"quote", "what does the bma claim about scotland?", true, "scotland"},
	{"quote", "how did the bma hit back at hunt's lives at risk claim?", true, "mud"},
	{"quote", "what did the prime minister claim about the strike?", false, ""},
	// Tweeting is a saying of the one who tweets: whether Corbyn tweeted
	// support, and which he did first, are answered by the march fact; the
	// tweet's words stay a gap, and an order question gets no verdict.
	{"paraphrase", "Did Corbyn tweet support for the doctors?", true, "^yes"},
	{"paraphrase", "did corbyn post online in support of the junior doctors?", true, "^yes"},
	{"paraphrase", "what did corbyn do first, tweet or march?", true, "tweeted his support.*before joining"},
	{"paraphrase", "which came first for corbyn, the tweet or the downing street march?", true, "tweeted his support.*before joining"},
	{"paraphrase", "what exactly did corbyn's tweet say?", false, "does not quote"},
	{"yes/no", "did corbyn march before tweeting?", true, "^in the 2016"},
	{"yes/no", "did corbyn tweet against the doctors?", true, "^no"},
	// "each day", "a day" ask what happened daily (the hours), not a day
	// or how the strike ended; "stop working" is striking.
	{"answer type", "wat time does the strike finish each day in the hunt dispute", true, "5pm"},
	{"answer type", "When did the first all-out strike start and finish each day?", true, "8am to 5pm"},
	{"answer type", "what time did the contract walkout wrap up every day?", true, "5pm"},
	{"answer type", "How many hours a day did the doctors stop working in the 2016 all-out strike?", true, "nine hours"},
	{"answer type", "how many hours per day were medics out in the all-out strike?", true, "nine hours"},
	{"answer type", "What time did the five-day strike finish each day?", false, ""},
	{"answer type", "how many hours a day did the consultants strike?", false, ""},
	// "round the clock" is one term, and a text denying it denies that
	// term: the vocabulary's phrases join in answers as in questions.
	{"yes/no", "Was the all-out strike a round-the-clock 24-hour stoppage?", true, "^no"},
	{"yes/no", "was the 2016 strike round the clock?", true, "^no"},
	{"yes/no", "did the contract walkout run around the clock?", true, "^no"},
	{"yes/no", "did the all out strike last 9 hours a day?", true, "^yes|8am to 5pm"},
	{"yes/no", "was the five-day strike round the clock?", false, ""},
	// What made the first all-out strike historic says when it began: a
	// weekday asked of it is answered, not only of the start's own fact.
	{"answer type", "Which day of the week did the junior doctors begin the first full walkout, emergency care included?", true, "tuesday"},
	{"answer type", "what weekday did the first ever all-out strike in nhs history begin?", true, "tuesday"},
	{"answer type", "which day of the week did the five-day walkout begin?", false, ""},
	// A dispute called by its Health Secretary ("the Hunt strike") names
	// the dispute: the facts need not name him.
	{"paraphrase", "how many ops and appointments got cancelled in the hunt strike", true, "125,000"},
	{"paraphrase", "how many procedures had to be rescheduled in the barclay era?", true, "651,000"},
	{"paraphrase", "wat time did the hunt walkout start each day", true, "8am"},
	{"paraphrase", "how many hospitals were hit in scotland in the hunt strike?", false, ""},
	// An article named by what it has is the one whose own text has it,
	// when another has it only in its facts' words (Barclay "blamed" the
	// union; only article 000 reports a poll on blame).
	{"source", "In the article with the blame poll, what % back the doctors?", true, "57%"},
	{"source", "in the report with the blame poll, what share opposed the doctors?", true, "quarter"},
	{"source", "in the article with the blame poll, what did barclay say?", false, ""},
	// Porter's word on who covers emergencies is something the BMA said.
	{"quote", "did the bma say emergency cover wud still be there in the all out strike", true, "consultants"},
	{"quote", "Which senior medics did the union say would staff emergency care in 2016?", true, "consultants"},
	{"quote", "what did the doctors' union say about who would run a&e during the all-out strike?", true, "consultants"},
	{"quote", "what did corbyn say about emergency cover?", false, ""},
	// A limit or cap on pay is the 5% Barclay called unrealistic to exceed.
	{"paraphrase", "Did the government say 5% was the limit?", true, "above 5%"},
	{"paraphrase", "did barclay say 10% was the cap on pay?", true, "^no"},
	{"paraphrase", "did hunt say 5% was the limit?", false, ""},
	// The national vote a manifesto promise was put to is the general
	// election; a doctors' national vote is a strike ballot (a gap).
	{"paraphrase", "At which national vote had the promise the health chief refused to drop been put to the public?", true, "general election"},
	{"paraphrase", "in which vote did the public back hunt's manifesto pledge?", true, "general election"},
	{"paraphrase", "did doctors have a national vote on striking?", false, "no strike ballot"},
	// "which union" asks for an organisation.
	{"paraphrase", "Which union is behind the junior doctors' action in both disputes?", true, "british medical association"},
	{"paraphrase", "what union was behind the 2016 walkout?", true, "british medical association"},
	{"paraphrase", "which union represents the radiographers?", false, ""},
	// How "the report" describes something asks the article's wording,
	// which any of its facts gives, as "what does the local paper say".
	{"quote", "How did the nationwide 2016 report describe the turnout of trainees on the picket lines?", true, "full force"},
	{"quote", "how does the 2016 report describe the picket lines?", true, "full force"},
	{"quote", "how many doctors turned out on the picket lines in 2016?", false, ""},
	{"place", "Where were the trainees and their supporters out in force on the first morning?", true, "picket lines"},
	// What drives someone is what motivates them.
	{"paraphrase", "What did Hunt say was driving his push for the changes?", true, "weekend services"},
	{"paraphrase", "what was hunt's motive for the new contract?", true, "weekend services"},
	{"paraphrase", "what was driving barclay?", false, ""},
	// Strong-arming is blackmail.
	{"paraphrase", "Which programme was the minister on when he accused union bosses of trying to strong-arm the government?", true, "breakfast"},
	{"paraphrase", "who did hunt say was trying to strong-arm ministers?", true, "union leaders"},
	{"paraphrase", "did barclay accuse the bma of strong-arming the government?", false, ""},
	// The day the action was repeated is its second day.
	{"answer type", "After the first day, on which day was the 2016 walkout repeated?", true, "wednesday"},
	{"answer type", "what day was the action repeated in the contract row?", true, "wednesday"},
	{"answer type", "on which day was the five-day strike repeated?", false, ""},
	// A lead-in clause ("According to the national report, …") does not
	// stop a yes/no question being one; the national report may be called
	// nationwide and carry the dispute's year.
	{"yes/no", "According to the national 2016 report, did public support for the all-out strike seem lower than in January?", true, "^no"},
	{"yes/no", "In the 2016 dispute, was the strike from 9am?", true, "^no"},
	{"yes/no", "according to barclay, was the pay demand reasonable?", true, "^no"},
	{"yes/no", "According to the local paper, did Barclay say the strike was unprecedented?", false, ""},
	{"source", "what does the nationwide report say about corbyn?", true, "corbyn"},
	// To agree something is to reach an agreement, which "no agreement"
	// denies; how long the call lasted stays a gap.
	{"yes/no", "did hunt n the bma agree anythin after the phone call", true, "^no"},
	{"yes/no", "did hunt and porter agree on anything after their call?", true, "^no"},
	{"yes/no", "did the two sides agree a deal before the 2016 strike?", true, "^no"},
	{"yes/no", "how long did the phone call between hunt and the bma head last?", false, ""},
	// "the all-out one", "the five-day one" name the strikes.
	{"comparison", "Who was health secretary in each strike - the all-out one and the five-day one?", true, "hunt.*barclay"},
	{"paraphrase", "how many ops were cancelled in the all-out one?", true, "125,000"},
	{"paraphrase", "what time did the five-day one finish each day?", false, ""},
	// What each Health Secretary said the strikes put at risk: one fact
	// of both disputes; deaths and harm stay a gap.
	{"comparison", "What did Hunt and Barclay each say the strikes put in danger?", true, "lives.*patient safety"},
	{"comparison", "did hunt and barclay both say patients were endangered?", true, "lives.*patient safety"},
	{"comparison", "were patients harmed in the strikes?", false, "no deaths or harm"},
	// "cited" and "cite" are one term: the pollsters and the news agency
	// the articles cite.
	{"source", "Which pollsters are cited in the 2016 and 2023 articles?", true, "ipsos mori.*yougov|yougov.*ipsos mori"},
	{"source", "what news agency is cited in the 2016 article?", true, "press association"},
	{"source", "which pollster is cited in the 2023 article?", true, "yougov"},
	{"source", "which think tanks are cited?", false, ""},
	// Readers' words for facts that had none of them.
	{"paraphrase", "How did the doctors' union respond to the decision to walk out in the contract row?", true, "defended the walkout"},
	{"paraphrase", "what did the bma say about the decision to strike in 2016?", true, "defended the walkout"},
	{"place", "Where in the Tory manifesto did the seven-day NHS promise appear, according to Hunt?", true, "first page"},
	{"place", "where in the conservative manifesto was the seven day nhs pledge, according to hunt?", true, "first page"},
	{"paraphrase", "was the seven-day nhs in the tory manifesto?", false, "never name the party"},
	{"comparison", "What was Hunt's main argument against the strike, and what was Barclay's?", true, "manifesto.*35%"},
	{"comparison", "what arguments did hunt and barclay make against the strikes?", true, "manifesto.*35%"},
	{"paraphrase", "which tv channel was hunt on?", true, "bbc breakfast"},
	{"paraphrase", "which channel did barclay appear on?", false, ""},
	// Bringing a contract in is imposing it (which Hunt only threatened).
	{"paraphrase", "what did hunt want to bring in?", true, "impose the new contract"},
	{"paraphrase", "what contract was the government trying to bring in in 2016?", true, "impose"},
	{"paraphrase", "did barclay bring in a new contract?", false, ""},
	// "each time" is each strike, not a time of day.
	{"paraphrase", "what were the doctors fighting for each time?", true, "pay|contract"},
	{"paraphrase", "who was health secretary each time?", true, "hunt.*barclay"},
	// Descriptions for names: a cabinet minister, morning TV, the BMA's
	// top doctor.
	{"paraphrase", "what did the cabinet minister say on morning tv?", true, "bbc breakfast"},
	{"paraphrase", "what did the bma's top doctor say on the radio?", true, "porter"},
	{"paraphrase", "what did barclay say on morning tv?", false, ""},
	// The month of the 2016 strike: the start's fact gives the only date
	// (001's April 26 for the appeal the day before); a calendar date not
	// given is "that date".
	{"answer type", "which month was the 2016 strike in?", true, "april"},
	{"answer type", "what month did the all-out strike take place?", true, "april"},
	{"answer type", "what month did the five-day strike happen?", false, "^the articles don't say that date"},
	// "pole" reporting a finding is the poll; a Pole is no one in the articles.
	{"text-speak", "what did the pole say in the contract dispute", true, "57%"},
	{"text-speak", "wat did the pole find in 2023", true, "yougov"},
	{"text-speak", "who is the pole in the news?", false, ""},
	// A superlative read the wrong way: "the least" is not answered by a
	// fact that ranks "the strongest" (vocabulary low_superlatives).
	{"superlative direction", "which workers have the least public support?", false, "^the articles don't say which one ranks first"},
	{"superlative direction", "which staff group had the least backing from the public?", false, "^the articles don't say"},
	{"superlative direction", "which group of workers has the least support?", false, "^the articles don't say"},
	{"superlative direction", "which workers have the strongest public support?", true, "nurses had the strongest"},
}

// expectAnswer checks an answer's found flag and that its text matches
// want (a case-insensitive pattern; "" for any text).
func expectAnswer(t *testing.T, a Answer, found bool, want string) {
	t.Helper()
	if a.Found != found {
		t.Errorf("found = %v, want %v (%v): %s", a.Found, found, a.Facts, a.Text)
	}
	if want != "" && !regexp.MustCompile("(?is)"+want).MatchString(a.Text) {
		t.Errorf("text does not match /%s/ (%v): %s", want, a.Facts, a.Text)
	}
}

func TestFailureClasses(t *testing.T) {
	b := realBase(t)
	for _, c := range slices.Concat(classCases, payRecallCases, trapCases, contractRecallCases, recallCases, recall19Cases, recall2Cases, traps19Cases, noCases, no19Cases, recall20Cases, no20Cases, yes20Cases, traps20Cases, traps20bCases, yesno21Cases, yesno21CheckCases, recall21Cases, recall22Cases, yesno22Cases, source22Cases, recall22bCases, typo15Cases, recall15Cases, tune16Cases, articleAskCases, shortAskCases, premiseCases, recall25Cases, recall25bCases) {
		t.Run(c.class+"/"+c.q, func(t *testing.T) {
			a := b.Answer(c.q)
			expectAnswer(t, a, c.found, c.want)
			// Only small talk is marked so: adapters ask no rating of it.
			if small := c.class == "small talk"; a.SmallTalk != small {
				t.Errorf("SmallTalk = %v, want %v: %s", a.SmallTalk, small, a.Text)
			}
			checkAnswer(t, b, c.q, a)
		})
	}
}

// TestWordsNeverCorrected: a real English word is never typo-corrected
// into another word, while a misspelling is.
func TestWordsNeverCorrected(t *testing.T) {
	b := realBase(t)
	// The word list has no names; a day or month an answer type's pattern
	// gives is a real word all the same ("thursday" is not "tuesday").
	for _, w := range []string{"weather", "pole", "whether", "near", "home", "hit", "thursday", "june", "friday"} {
		var q query
		if got, ok := b.known(w, &q); ok && got != b.v.term(w) {
			t.Errorf("known(%q) = %q: a real word was corrected", w, got)
		}
	}
	for w, want := range map[string]string{"radiografers": "radiographer", "barcley": "barclay", "hnut": "hunt"} {
		var q query
		if got, ok := b.known(w, &q); !ok || got != want {
			t.Errorf("known(%q) = %q, %v; want %q", w, got, ok, want)
		}
	}
	if !b.v.dict.has("weather") || b.v.dict.has("radiografers") || b.v.dict.has("") {
		t.Error("the word list lookup is wrong")
	}
}

// TestAnswerWithContext: follow-ups are read against the previous answer.
func TestAnswerWithContext(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		first, then string
		want        string // in the follow-up's text
	}{
		{"who is steve barclay?", "what did he call the pay demand?", "unreasonable"},
		{"how many appointments were cancelled in 2016?", "and in 2023?", "651,000"},
		{"who led the BMA in 2016?", "what did he say about death statistics?", "distorted"},
		{"what did the 2016 poll find?", "what about 2023?", "YouGov"},
	}
	for _, c := range cases {
		t.Run(c.first+" / "+c.then, func(t *testing.T) {
			first := b.Answer(c.first)
			if !first.Found {
				t.Fatalf("first question not found: %s", first.Text)
			}
			a := b.AnswerWith(c.then, first.Context())
			if !a.Found || !strings.Contains(a.Text, c.want) {
				t.Errorf("follow-up = found %v %v: %s; want %q", a.Found, a.Facts, a.Text, c.want)
			}
			if a.Question != c.then {
				t.Errorf("Question = %q, want the follow-up as asked", a.Question)
			}
		})
	}
	// Without context the same follow-up is read alone.
	if a := b.AnswerWith("what did he call the pay demand?", nil); strings.Contains(a.Question, "(") {
		t.Errorf("no context, yet the question was rewritten: %q", a.Question)
	}
}

// TestReplyLimit: text and quotes together stay within MaxReply.
func TestReplyLimit(t *testing.T) {
	b := realBase(t)
	for _, q := range append(evalQuestions(t), "tell me everything about hunt, porter, barclay, cordery and the polls in both disputes") {
		a := b.Answer(q)
		n := utf8.RuneCountInString(a.Text)
		for _, s := range a.Sources {
			n += utf8.RuneCountInString(s.Quote)
		}
		if n > MaxReply {
			t.Errorf("%q: %d characters of text and quotes, want ≤ %d", q, n, MaxReply)
		}
	}
}

// TestVocabularyProblems: a broken vocabulary or word list is reported,
// every problem in one run.
func TestVocabularyProblems(t *testing.T) {
	cases := []struct {
		name, file, text string
		want             []string
	}{
		{"unknown section", "vocabulary.yaml", "synonyms:\n  end: [finish]\nunknown_section: [x]\n", []string{`unknown section "unknown_section"`}},
		{"bad entries", "vocabulary.yaml", `synonyms:
  start: [Begin]
  end: [finish]
  finish: [stop]
kind_words:
  animal: [dog]
answer_types:
  count:
    pattern: '('
`, []string{`"Begin" must be lower case`, `"stop" stands for "finish", which itself stands for "end"`,
			`unknown kind "animal"`, "count has no cues", "pattern: error parsing regexp"}},
		{"bad opposites and undecided", "vocabulary.yaml", "opposites:\n  - [keep, withdraw, drop]\n  - [Keep, x]\nundecided: '('\n",
			[]string{"must be a pair of words", `"Keep" must be lower case`, "undecided: error parsing regexp"}},
		{"bad replaces and links", "vocabulary.yaml", "answer_types:\n  deadline:\n    cues: [by when]\n    kinds: [event]\n    replaces: [someday]\narticle_links: [With]\nconjunctions: [When]\n",
			[]string{`deadline replaces unknown type "someday"`, `article_links: "With" must be lower case`, `conjunctions: "When" must be lower case`}},
		{"synonym of two words", "vocabulary.yaml", "synonyms:\n  cover: [look after]\n", []string{`"look after" is not one word`}},
		// A list the bot cannot read questions without is required.
		{"missing lists", "vocabulary.yaml", "synonyms:\n  end: [finish]\n", []string{"vocabulary.yaml: passive_aux: missing or empty", "vocabulary.yaml: plural_pronouns: missing or empty", "vocabulary.yaml: question_words: missing or empty", "vocabulary.yaml: weekdays: missing or empty", "vocabulary.yaml: count_asks: missing or empty", "vocabulary.yaml: bound_words: missing or empty", "vocabulary.yaml: negation_raising: missing or empty", "vocabulary.yaml: day_list_words: missing or empty", "vocabulary.yaml: only_words: missing or empty", "vocabulary.yaml: or_no_choice: missing or empty", "vocabulary.yaml: follow_ups: missing or empty"}},
		{"bad lists", "vocabulary.yaml", "passive_aux: [get, Got, get, been by]\n",
			[]string{`vocabulary.yaml:1: passive_aux: "Got" must be lower case`, `passive_aux: "get" is listed twice`, `passive_aux: "been by" must be one word`}},
		{"months out of order", "vocabulary.yaml", "months: [january, february]\nweekdays: [monday, monday]\n",
			[]string{`vocabulary.yaml:1: months: 2 names, not 12: list them in order, January first`, `weekdays: "monday" is listed twice`, `weekdays: 1 names, not 7`}},
		{"bad count asks", "vocabulary.yaml", "count_asks: [How many, '?']\n", []string{`count_asks: "How many" must be lower case`, `count_asks: "?" has no words`}},
		{"bad bounds", "vocabulary.yaml", "bound_words:\n  more: [over]\n  fewer: [over]\n  most: [all]\n",
			[]string{`bound_words: "over" bounds both ways`, `bound_words: "most" must be one of at_most, fewer, more`}},
		// clauseBreakAt matches these in the message as typed, and takes
		// the first that matches.
		{"bad clause words", "vocabulary.yaml", "question_words: [what, wh, whó]\npart_joins: [and]\n",
			[]string{`question_words: "wh" starts "what": no word may start another`, `question_words: "whó" must be ASCII letters a-z only`}},
		{"unsorted word list", "words/english.txt", "b\na\n", []string{"must be sorted"}},
		{"unsorted modifier list", "words/modifiers.txt", "b\nb\n", []string{"words/modifiers.txt:2: the word list must be sorted"}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := articleFS(t)
			m["facts/a.yaml"] = &fstest.MapFile{Data: []byte(goodFact("a"))}
			m[c.file] = &fstest.MapFile{Data: []byte(c.text)}
			_, err := Load(m)
			for _, want := range c.want {
				if err == nil || !strings.Contains(err.Error(), want) {
					t.Errorf("error lacks %q:\n%v", want, err)
				}
			}
		})
	}
}

// TestArticleByContent: an article word after "the", with what the
// article has after a link word or before it, names the one article whose
// text has all of it; "which article …" asks for one, and words that two
// articles share name none.
func TestArticleByContent(t *testing.T) {
	b := realBase(t)
	for _, c := range []struct {
		q, want string // want is the article's ref, "" for none
	}{
		{"in the report that credits the press association, who marched?", "000"},
		{"what does the article with the farnborough pictures say?", "001"},
		{"what does the longest-walkout article say about radiographers?", "002"},
		{"in the report quoting saffron cordery, what was rescheduled?", "002"},
		{"which article mentions corbyn?", ""},
		{"what does the article with the strike say?", ""},
		{"in the report with the weather, who marched?", ""},
	} {
		t.Run(c.q, func(t *testing.T) {
			got := ""
			if a := b.analyze(c.q).article; a > 0 {
				got = b.articles[a-1].Ref
			}
			if got != c.want {
				t.Errorf("article = %q, want %q", got, c.want)
			}
		})
	}
}

// TestLackedTermsAndRoles checks what an answer says it lacks (only after
// a denial) and which roles it qualifies ("deputy chief executive").
func TestLackedTermsAndRoles(t *testing.T) {
	v := realVocab()
	lacked := []struct {
		body string
		want []string // terms that must be lacked
		not  []string // terms that must not be
	}{
		{"YouGov found nurses had the strongest backing. The article gives no YouGov figure for junior doctors.", []string{v.term("junior"), v.term("doctors")}, []string{v.term("yougov"), v.term("nurses")}},
		{"Support appeared higher than in January. The article gives no January figure.", nil, []string{v.term("january")}},
		{"Hunt spoke on BBC Breakfast.", nil, []string{v.term("hunt")}},
	}
	for _, c := range lacked {
		got := lackedTerms(v, c.body)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("lackedTerms(%q) = %v, want %q in it", c.body, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("lackedTerms(%q) = %v, want no %q", c.body, got, w)
			}
		}
	}
	roles := []struct {
		body string
		want int
	}{
		{"Saffron Cordery, deputy chief executive of NHS Providers, said", 1},
		{"Saffron Cordery of NHS Providers said", 0},
	}
	for _, c := range roles {
		if got := qualifiedRoles(v, c.body); len(got) != c.want {
			t.Errorf("qualifiedRoles(%q) = %v, want %d roles", c.body, got, c.want)
		}
	}
}
