package knowledge

import (
	"regexp"
	"testing"
)

// TestYesNoVerdicts holds yes/no questions to their verdict: the answer
// must start as lead says (a regular expression, case-insensitive) and be
// found or not.
func TestYesNoVerdicts(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		why   string
		q     string
		found bool
		lead  string
	}{
		{"opposite word the facts know", "was the pay demand of 35% reasonable according to Barclay?", true, `^No\.`},
		// "missed chance after chance to provide a credible offer" denies
		// the offer, in the BMA's own words; "if the UK Government will …
		// produce an offer which is credible" asserts none.
		// The conditional quote ranks first here: no verdict, not Yes.
		{"a condition asserts no offer", "Did the UK government make a credible offer?", true, `^(No\.|In the)`},
		{"a word of failure denies what was to be done", "is the government making a credible offer?", true, `^No\.`},
		{"another government's offer is no No", "did the scottish government make a credible offer?", true, `^In the`},
		{"another government's offer, paraphrase", "did scotland make a credible offer?", true, `^In the`},
		{"failure, paraphrase", "has the government made a credible offer?", true, `^No\.`},
		{"failure, paraphrase", "has the uk govt come up with a credible pay offer", true, `^No\.`},
		{"the failure asked is Yes", "did the government fail to make a credible offer?", true, `^Yes\.`},
		{"the failure asked, paraphrase", "did the government miss chances to make an offer?", true, `^Yes\.`},
		{"a condition's whole clause is unasserted", "has barclay put a credible offer on the table?", true, `^In the`},
		{"what was urged is unasserted", "has the government returned to the negotiating table?", true, `^In the`},
		{"the hypothetical asked stays Yes", "did the BMA say the government should make a credible offer?", true, `^Yes\.`},
		{"wording in a condition is still said", "Did the BMA leaders call the precondition nonsensical?", true, `^Yes\.`},
		{"wording in a condition, paraphrase", "did the bma describe the no-talks precondition as nonsensical", true, `^Yes\.`},
		// The day of the week is the subject's only near it: "Porter told
		// the Today programme on Monday … during the strike" is Porter's.
		{"another event's day is no Yes", "Was the all-out strike on a Monday?", true, `^No\.`},
		{"another event's day, paraphrase", "did the all-out strike start on a monday?", true, `^No\.`},
		{"another event's day, paraphrase", "did the doctors walk out on monday in 2016?", true, `^No\.`},
		{"the subject's day is Yes", "Was the all-out strike on a Tuesday?", true, `^Yes\.`},
		{"a day listed with the subject's", "was the all-out strike on a wednesday?", true, `^Yes\.`},
		{"the second day listed is no start", "did the strike in 2016 start on a wednesday", true, `^No\.`},
		{"the event the day belongs to", "Did Porter speak to the Today programme on Monday?", true, `^Yes\.`},
		{"the event's other day", "was porter on the radio on tuesday?", true, `^No\.`},
		{"a day naming a strike asks no day", "Did the Wednesday strike actually go ahead?", false, `^The articles do not say`},
		// "over two days" spans them; "last over two days" is more than.
		{"over a span of days", "was the all-out strike over two days?", true, `^Yes\.`},
		{"over a span, paraphrase", "was the five-day strike over five days?", true, `^Yes\.`},
		{"lasting over is more than", "did the all-out strike last over two days?", true, `^No\.`},
		// "after the junior doctors' five-day walkout before consultants
		// strike for two days": the figures are mixed, the order is not.
		{"order decides where figures are mixed", "Are consultants striking before the junior doctors' five-day walkout?", true, `^No\.`},
		{"order, paraphrase", "will consultants walk out before junior doctors in 2023?", true, `^No\.`},
		{"order, paraphrase with the figure", "are the consultants striking after the junior doctors' five-day strike?", true, `^Yes\.`},
		{"order the right way round", "do consultants walk out after the junior doctors?", true, `^Yes\.`},
		// "after the junior doctors' walkout" is no opposite of "talks
		// before the strike was announced", and the BMA's "refusal to talk"
		// in the clause before Barclay's is not his denial.
		{"an order word about another thing is no No", "Were the Government and junior doctors in talks before the five-day strike was announced, according to Barclay?", true, `^In the`},
		{"another clause's denial is not the speaker's", "according to barclay, were talks happening until the strikes were announced?", true, `^Yes\.`},
		{"the speaker's own denial stays No", "did hunt say trade unions had the right to veto the government's policies?", true, `^No\.`},
		// "no union has the right to blackmail" denies the right, not the
		// blackmail; "would not be blackmailed" denies the passive.
		{"a denied right is no denial of the act", "did hunt say the union was blackmailing the government?", true, `^(In the|Yes\.)`},
		{"denied right, paraphrase", "did hunt think the bma was blackmailing ministers", true, `^(In the|Yes\.)`},
		{"denied right, paraphrase", "according to hunt, were the unions blackmailing the government?", true, `^(In the|Yes\.)`},
		{"the right asked stays No", "does the union have the right to blackmail the government according to hunt?", true, `^No\.`},
		{"a passive denied is No", "will the government be blackmailed, according to hunt?", true, `^No\.`},
		{"a passive denied, paraphrase", "would ministers be blackmailed into dropping the seven-day pledge?", true, `^No\.`},
		// Barclay's "unreasonable" is no No for the BMA.
		{"another side's judgment is no verdict", "is the bma fine with 35%?", true, `^In the`},
		{"another side's judgment, paraphrase", "does the bma think 35% is reasonable?", true, `^In the`},
		{"another side's judgment, paraphrase", "are junior doctors ok with 35 percent?", true, `^In the`},
		{"the judge's own judgment stays No", "is barclay okay with the bma's 35% demand?", true, `^No\.`},
		// "ok" alone is filler, but "ok with" a demand is a judgment: the
		// stop word must not hide it and leave a bare Yes.
		{"'ok with' is a judgment, not filler", "is the health secretary ok with a 35% rise?", true, `^No\.`},
		{"'okay with', paraphrase", "is barclay okay with the bma's 35% demand?", true, `^No\.`},
		{"'ok with', paraphrase", "would steve barclay be ok with junior doctors getting 35%?", true, `^No\.`},
		{"'fine with' stays a judgment", "is the health secretary fine with a 35% rise?", true, `^No\.`},
		{"a leading 'ok' stays filler", "ok, how long did the 2023 strike last?", true, `five`},
		// "higher than in January" names what support is compared with:
		// it says nothing happened in January.
		{"a month after 'than' is a reference, not asserted", "was there a strike in january 2016?", true, `^In the`},
		{"reference month, paraphrase", "did junior doctors strike in january?", true, `^In the`},
		{"reference month, paraphrase", "was there a walkout in january in the contract dispute?", true, `^In the`},
		{"the comparison itself is still asserted", "was support for the all-out strike higher than in january?", true, `^Yes\.`},
		{"the comparison asked with more words", "Is public backing for the all-out strike higher than it was in January?", true, `^Yes\.`},
		{"the comparison reversed", "was support for the all-out strike lower than in january?", true, `^No\.`},
		{"a figure after 'than' is still the figure", "were more than 100,000 appointments cancelled in 2016?", true, `^Yes\.`},
		// "a rising number thought the Government and doctors were equally
		// to blame": a belief some hold, no fact to answer Yes with.
		{"what some think is not asserted", "were the government and doctors equally to blame?", true, `^In the`},
		{"belief held by some, paraphrase", "are both sides equally at fault?", true, `^In the`},
		{"belief held by some, paraphrase", "was the government as much to blame as the doctors?", true, `^In the`},
		{"who blamed whom is still answered", "Who did the public blame for the dispute?", true, `Government was most at fault`},
		// A superlative the fact does not have: "the first all-out strike"
		// is no "longest" (that is the 2023 walkout).
		{"a superlative the fact lacks gives no Yes", "is the 2016 walkout described as the longest strike in NHS history?", true, `^In the`},
		{"superlative lacking, paraphrase", "was the 2016 strike the longest in the nhs's history?", true, `^In the`},
		{"superlative lacking, paraphrase", "was the all-out strike the biggest ever?", true, `^In the`},
		{"the superlative the fact has stays Yes", "was the five-day strike described as the longest in NHS history?", true, `^Yes\.`},
		// "the BMA leaders said Barclay had claimed pay above 5% wasn't
		// realistic": the claim is Barclay's, the figure no Yes for the BMA.
		{"a figure in a claim reported is not the reporter's", "did the bma say 5% was the limit?", true, `^In the`},
		{"reported claim, paraphrase", "did the BMA say pay rises above 5% were unrealistic?", true, `^In the`},
		{"reported claim, paraphrase", "did the bma say anything above 5 percent was unrealistic?", true, `^In the`},
		{"the claim itself is still Yes", "did barclay claim above 5% wasn't realistic?", true, `^Yes\.`},
		// "did both strikes …?" is not Yes on one dispute's fact: the 2023
		// article does not say A&E was affected.
		{"every dispute asked, one dispute's fact: no Yes", "did both strikes affect a&e?", true, `^In the 2016`},
		{"every dispute asked, paraphrase", "was A&E hit in both strikes?", true, `^In the 2016`},
		{"every dispute asked, paraphrase", "were a&e departments affected in each strike?", true, `^In the 2016`},
		{"one dispute asked stays Yes", "was a&e affected during the 2016 strike?", true, `^Yes\.`},
		// Earlier strikes in 2016: the articles do not describe any.
		{"earlier strikes: the gap, no Yes", "Were there earlier strikes in the 2016 dispute?", false, `^The 2016 articles do not say`},
		{"earlier strikes, paraphrase", "were there any previous strikes in the 2016 row?", false, `^The 2016 articles do not say`},
		{"earlier strikes, paraphrase", "had junior doctors walked out before in the contract dispute?", true, `^(In the|The)`},
		{"the first all-out strike stays Yes", "was the all-out strike the first in NHS history?", true, `^Yes\.`},
		{"a fact putting the strike in another country of the same sort: No", "Is the five-day strike in Scotland?", true, `^No\. .*junior doctors in England`},
		{"taking place in another country: No", "Is the five-day strike taking place in Scotland?", true, `^No\. .*junior doctors in England`},
		{"a fact putting the strike in the country asked: Yes", "Is the five-day strike in England?", true, `^Yes\. .*in England`},
		{"a place named as an example, not as where something happened", "did the BMA hold up Scotland as an example?", true, `^Yes\.`},
		// "Scotland proved him wrong" after "no talks while strikes are
		// planned -" is no Yes, nor the "differences between England and
		// Scotland", nor "call this strike off if the UK Government will
		// follow the example of the government in Scotland": the fact
		// putting the strike in England, further down the ranking, is No.
		{"a fact that mentions the place elsewhere gives no Yes", "Was the 2023 strike in Scotland?", true, `^No\. .*in England`},
		{"the place in an if clause is not where the subject is", "did the 2023 strike happen in scotland", true, `^No\. .*in England`},
		{"the place in an if clause, paraphrase", "did the 2023 walkout go ahead in scotland?", true, `^No\.`},
		{"figure bound given", "were more than 100,000 appointments cancelled in 2016?", true, `^Yes\.`},
		{"bound not met, unit among the words after the figure", "were more than 200,000 operations cancelled in 2016?", true, `^No\.`},
		{"a dispute's year is no figure", "did the 2023 walkout last five days?", true, `^Yes\.`},
		{"figure given exactly", "did the 2023 strike last five days?", true, `^Yes\.`},
		{"a wrong figure does not pick the fact", "was the 2023 strike three days long?", true, `^No\.`},
		{"article named lacks the name", "does the local paper mention YouGov?", true, `^No\.`},
		{"fact denies a rare word", "did the letters and phone call between Hunt and the BMA produce an agreement?", true, `^No\.`},
		{"quoted denial is no denial", "did Hunt say he wanted to improve weekend services in the NHS?", true, `^Yes\.`},
		{"a word said plainly elsewhere is not denied in passing", "is the public behind the doctors?", true, `^Yes\.`},
		{"denial in quoted speech holds back Yes", "did Barclay meet the BMA leaders during the strike?", false, `^The articles don't say`}, // a round table with doctors in training is no meeting with the BMA leaders (meetingUnsaid)
		{"Yes rests on the answer's words, not keywords", "were the radiographers striking over pay?", true, `^In the`},
		{"still undecided", "did the Government accept the pay review body recommendations?", false, `^The articles don't say`},
		{"sources differ", "was emergency care provided during the all-out strike?", true, `^The articles don't say for certain`},
		{"of two figures in the unit asked, the one by the subject decides", "are radiographers planning a five-day strike?", true, `^No\.`},
		{"the figure by the subject fits", "are radiographers striking for two days?", true, `^Yes\.`},
		// Session 22: the five-day figure is the junior doctors' ("the junior
		// doctors' five-day walkout"), the other two-day one the radiographers'
		// ("by radiographers"): what is left is the consultants' (unownedFigures).
		{"figures of other sides set aside, the subject's decides", "did the consultants strike for five days?", true, `^No\.`},
		{"no Yes on words when figures conflict", "did they strike for five days after the junior doctors walkout before the consultants?", true, `^(In the|The articles)`},
		{"a counterfactual denies its if clause", "did Hunt agree to lift the threat to impose the contract?", true, `^No\.`},
		{"a counterfactual denies its main clause", "did hunt lift his threat?", true, `^No\.`},
		{"a counterfactual denies a phrase verb", "did the bma call off the 2016 strike?", true, `^No\.`},
		{"a question asking about a refusal is not answered by the counterfactual", "did hunt refuse to lift the threat?", true, `^In the`},
		{"no Yes on a word the fact has only after threat", "did hunt impose the contract?", true, `^In the`},
		{"a question asking the counterfactual itself", "would the bma have called off the strike if hunt lifted the threat?", true, `^Yes\.`},
		{"no Yes on a word the fact has only after should", "did the government follow scotland's example?", true, `^In the`},
		{"no Yes on a phrase verb the fact has only after can", "did the bma call off the strike in 2023?", true, `^In the`},
		{"the question asks what can be done", "can the bma call off the strike?", true, `^Yes\.`},
		{"no Yes on a word borrowed from a name of something else", "did the bma reach a deal with the government in 2023?", false, `do not say whether either dispute was later settled`},
		{"a name's word counts with the name's own names", "was there a scottish deal?", true, `^Yes\.`},
		{"the act itself is asserted", "did the bma urge the government to follow scotland's example?", true, `^Yes\.`},
		{"will asserts", "is lewisham hospital affected by the strike?", true, `^Yes\.`},
		{"a role that is another person's name", "is steve barclay the pm?", true, `^No\.`},
		{"the role first", "is the prime minister barclay?", true, `^No\.`},
		{"a role among the person's own names", "is barclay the health secretary?", true, `^Yes\.`},
		{"a role several people share", "is laurenson a bma leader?", true, `^Yes\.`},
		{"a role of no person's fact decides nothing", "is hunt a conservative?", false, `^(?:[^NY]|N[^o]|Y[^e])`},
		{"the same comparison with the same other side", "was support for the all-out strike higher than in january?", true, `^Yes\.`},
		{"the opposite comparison", "was support for the all-out strike lower than in january?", true, `^No\.`},
		// Alike is neither more nor less, but the article gives nurses the
		// strongest public backing: the other side is higher.
		{"the other side has the most", "did ambulance workers get more public support than nurses?", true, `^No\.`},
		{"the other side has the most, dev question", "Did ambulance workers get more public support than nurses in the YouGov figures?", true, `^No\.`},
		{"the other side has the most, less asked", "were ambulance workers less popular than nurses", true, `^Yes\.`},
		{"the side asked has the most", "Do nurses get more public backing than ambulance workers in the YouGov polling?", true, `^Yes\.`},
		{"the side asked has the most, paraphrase", "Are nurses less popular than ambulance workers?", true, `^No\.`},
		// "the UK Government has far more financial freedom".
		{"the side asked has more: less asked", "Does the BMA reckon the UK government has less financial room than Scotland?", true, `^No\.`},
		{"the side asked has more: more asked", "does the uk govt have more financial freedom than scotland acording to the bma", true, `^Yes\.`},
		{"the sides swapped", "Does Scotland have more financial freedom than the UK Government, according to the BMA?", true, `^No\.`},
		{"what is compared is not said: no verdict", "Has the UK Government got less money than Scotland according to the BMA?", true, `^In the`},
		// "article 000" names an article: no figure of articles.
		{"an article's reference is no figure; the fact gives the hours asked", "Do the two articles on the all-out strike give the same hours?", true, `^Yes\.`},
		{"the fact gives the hours asked, paraphrase", "Were the strike hours the same on both days?", true, `^Yes\.`},
		{"the fact gives the dates asked, and the articles differ", "Do the articles give the same date for Hunt's appeal?", true, `^The articles don't say for certain`},
		{"an article's reference is no figure, both", "Do both 2016 articles give the same strike times?", true, `^Yes\.`},
		{"an article's reference is no figure, the articles differ", "Do the two articles on the all-out strike give the same date for Hunt's appeal?", false, `^(?:[^Y]|Y[^e])`},
		// "were X providing …?" is active: X does it.
		{"another agent did it: progressive question", "Were junior doctors providing emergency care during the all-out strike?", true, `^No\.`},
		{"another agent did it: progressive, present", "Are junior doctors providing emergency cover in the all-out strike?", true, `^No\.`},
		// The articles differ on whether emergency care was given at all
		// ("where no emergency care is provided", said of the strikers),
		// but no source gives it another agent than consultants (soleAgent).
		{"the agent asked, progressive, where the sources differ on something else", "Were consultants providing emergency cover during the all-out strike?", true, `^Yes\.`},
		// The answer's word of order between the two sides.
		{"order: the other side first", "Did the consultants strike before the junior doctors in 2023?", true, `^No\.`},
		{"order: the other side first, paraphrase", "Were the consultants out before the junior doctors?", true, `^No\.`},
		{"order: the side asked first", "Did junior doctors strike before the consultants in 2023?", true, `^Yes\.`},
		{"order: followed by", "Did the radiographers strike after the consultants?", true, `^Yes\.`},
		{"order: the last before the first", "Did the radiographers strike before the junior doctors?", true, `^No\.`},
		{"order: a side the answer does not name", "Did the nurses strike before the junior doctors?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
		// Data: facts whose answers say what their quotes say ("who they
		// value", "why they are taking action", "two-day strike") and
		// example questions asking what a Yes rests on.
		{"the answer says the quote's words", "Do trust leaders value the striking staff?", true, `^Yes\.`},
		{"the answer says the quote's words, paraphrase", "Do hospital bosses value their striking staff?", true, `^Yes\.`},
		{"the answer says the quote's words, through her organisation", "Does NHS Providers say trust leaders value striking staff?", true, `^Yes\.`},
		{"the answer says the quote's words, someone else valued", "Do trust leaders value the government?", true, `^(?:[^Y]|Y[^e])`},
		{"understand why they strike", "Do trust leaders understand why staff are striking?", true, `understand .*why they are taking action`},
		{"understand the strikers", "Do trust leaders understand the strikers?", true, `^Yes\.`},
		{"talks while strikes are planned", "Did the BMA want talks to continue while strikes were planned?", true, `^Yes\.`},
		{"talks while strikes are planned, paraphrase", "Did the union want negotiations to continue during planned strikes?", true, `^Yes\.`},
		{"talks while strikes are planned, the other side", "Did Barclay want talks to continue while strikes were planned?", true, `^(?:[^Y]|Y[^e])`},
		{"the consultants' figure is by their name", "Will the consultants also be out for five days?", true, `^No\.`},
		{"the consultants' figure is by their name, paraphrase", "Are consultants also out for five days?", true, `^No\.`},
		{"the consultants' figure is by their name, fits", "Did the consultants strike for two days?", true, `^Yes\.`},
		{"Barclay's view of the strikes", "Does Barclay think the strikes are damaging?", true, `^Yes\.`},
		{"Barclay's view of the strikes, his words", "Does Barclay call the strikes damaging?", true, `^Yes\.`},
		{"Barclay's view of the strikes, described", "Did Barclay describe the strikes as disruptive?", true, `^Yes\.`},
		{"Barclay's view of the strikes, someone else's", "Does Cordery think the strikes are damaging?", false, `^The articles don't say`},
		{"whom the BMA blamed", "did the bma blame the government in 2023", true, `^Yes\.`},
		{"whom the BMA blamed, paraphrase", "Did the BMA blame the Government for the 2023 strike?", true, `^Yes\.`},
		{"whom the BMA blamed, not them", "Did the BMA blame the nurses in 2023?", false, `^The articles don't say`},
		// Another of the same kind did it: "the UK Government refused".
		{"another government refused", "Did the Scottish government refuse to talk while strikes were planned?", true, `^No\..*UK Government refused`},
		{"another government refused, paraphrase", "Did the Scottish Government refuse talks while strikes were planned?", true, `^No\.`},
		{"another government refused, possessive", "Did Scotland's government refuse to talk while strikes were planned?", true, `^No\.`},
		{"the government that refused", "Did the UK Government refuse to talk while strikes were planned?", true, `^(?:[^N]|N[^o])`},
		{"another name of the same person is no other", "Did the leader of the opposition join the doctors?", true, `^Yes\.`},
		{"the speaker's own organisation is no other", "did the bma say scotland proved barclay wrong", true, `^Yes\.`},
		// A name the facts do not know where the answer writes another.
		{"another name in the same slot", "Was the Ipsos Mori poll for Sky News?", true, `^No\..*for BBC News`},
		{"another name in the same slot, paraphrase", "Was the Ipsos Mori survey done for ITV News?", true, `^No\.`},
		{"the name the answer writes", "Was the Ipsos Mori poll for BBC News?", true, `^Yes\.`},
		{"an unknown name in no slot of the answer", "Was the poll by YouGov for Sky News?", false, `^The articles don't say`},
		// "because of" in a yes/no question asks whether, not why.
		{"because of: a Yes on the answer's words", "Were operations cancelled because of the 2016 walkout?", true, `^Yes\.`},
		{"because of, paraphrase", "Were appointments cancelled because of the all-out strike?", true, `^Yes\.`},
		{"because of something the articles do not say", "Were operations cancelled because of bad weather in 2016?", true, `^(?:[^Y]|Y[^e])`},
		{"because of a strike the articles do not report", "Were operations cancelled because of the nurses' strike?", false, `^The articles don't say`},
		// A person put in an organisation their fact is not about.
		{"member of another organisation", "Is Saffron Cordery from the BMA?", true, `^No\..*NHS Providers`},
		{"member of another organisation, works for", "Does Cordery work for the BMA?", true, `^No\.`},
		{"member of another organisation, the Health Secretary", "Is Hunt from the BMA?", true, `^No\.`},
		{"member of her own organisation", "Is Saffron Cordery from NHS Providers?", true, `^Yes\.`},
		{"an organisation within her organisation's name decides nothing", "Is Cordery from the NHS?", true, `^(?:[^N]|N[^o])`},
		{"on a programme is no membership (he was on BBC Breakfast, Porter on Radio 4)", "Was Hunt on Radio 4?", true, `^No\..*BBC Breakfast`},
		{"for the doctors is backing, no membership", "is corbyn for the junior doctors?", true, `^(?:[^N]|N[^o])`},
		{"deal struck is an agreement reached", "was a deal struck between hunt and the bma?", true, `^No\.`},
		{"another agent did it: active question", "did junior doctors provide emergency care during the all-out strike?", true, `^No\.`},
		{"another agent did it: passive question", "is emergency care provided by junior doctors in an all-out strike?", true, `^No\.`},
		{"another agent did it: the subject's other words need not match", "did the junior doctors keep providing emergency cover during the 2016 all-out strike?", true, `^No\.`},
		{"the agent asked, where the sources differ on something else", "was emergency cover provided by consultants?", true, `^Yes\.`},
		{"no agent asked, where the sources differ", "was emergency cover provided during the all-out strike?", true, `^The articles don't say for certain`},
		{"the agent asked, with its source", "was emergency cover provided by consultants according to porter?", true, `^Yes\.`},
		{"an agent among several", "was the obstinate approach taken by barclay?", true, `^Yes\.`},
		{"an agent not among them", "was the obstinate approach taken by the bma?", true, `^No\.`},
		{"a word before by that is no verb", "did hunt say maternity was at risk?", true, `^Yes\.`},
		{"the speaker's own words deny it", "did hunt say unions had the right to veto a manifesto commitment?", true, `^No\.`},
		{"the speaker's denial said plainly too", "did hunt say the government would be blackmailed?", true, `^No\.`},
		// The Yes here rested on "I don't think any union has the right to
		// blackmail the Government", which denies a right, not the
		// blackmail; the fact that says "would not be blackmailed" is now
		// chosen and gives no verdict yet (its "would" is not the
		// question's "wouldn"): honest, not wrong.
		{"a question that denies too: wouldn't", "did hunt say the government wouldn't be blackmailed?", true, `^(Yes\.|In the)`},
		{"most: the share of the verb asked is below half", "did most people oppose the strike in 2016?", true, `^No\.`},
		{"most: the share of the verb asked is above half", "did the ipsos mori poll find most people supported the doctors?", true, `^Yes\.`},
		{"majority: another verb's share above half is no Yes", "did a majority oppose the doctors in 2016?", true, `^No\.`},
		{"most, and the fact gives no share nor a majority: no Yes on words", "did most people support the all-out strike?", true, `^In the`},
		{"most, and the fact says the majority", "did most people blame the government in 2016?", true, `^Yes\.`},
		{"most, with no share for the verb: no verdict from shares", "did most people blame the bma in 2016?", true, `^(?:[^NY]|N[^o]|Y[^e])`},
		{"the article asked does not do it, another alone does", "does the local paper's report name the head of the bma?", true, `^No\.`},
		{"the article asked does it", "does article 000 name mark porter?", true, `^Yes\.`},
		{"each article asked, one alone does it", "do both 2016 articles name porter as head of the bma?", true, `^No\.`},
		{"each article asked, the only one that lists", "do both 2016 reports list the hospitals affected?", true, `^No\.`},
		{"the only article that lists is the one asked", "does the news shopper article list the hospitals?", true, `^Yes\.`},
		{"no article says only: no verdict from articles", "do both 2016 articles mention the phone call?", true, `^In the`},
		{"text-speak jr reads as junior", "did jeremy corbyn back the jr doctors?", true, `^Yes\.`},
		{"urge and urged are one term", "did NHS Providers urge both sides to resume talks?", true, `^Yes\.`},
		{"on the phone is a phone call", "did hunt talk to the head of the bma on the phone?", true, `^Yes\.`},
		{"going ahead with the walkout is the walkout", "did the bma defend going ahead with the strike?", true, `^Yes\.`},
		// A verb of speech asks whether the speaker said it: her quote
		// does, whatever verb the article uses.
		{"speech verb: the speaker's quote says it", "Did Cordery warn about eroding relationships?", true, `^Yes\.`},
		{"speech verb, paraphrase", "Did Saffron Cordery warn that the relationship between trust leaders and staff was being eroded?", true, `^Yes\.`},
		{"speech verb, paraphrase with her organisation", "Did NHS Providers' Cordery warn of eroding relationships with staff?", true, `^Yes\.`},
		{"speech verb, someone else's words: no Yes", "Did Barclay warn about eroding relationships?", false, `^The articles don't say`},
		{"speech verb, what she did not say: no Yes", "Did Cordery warn about nurses' pay?", false, `^The articles don't say`},
		// "hardly have time" is the opposite of "plenty of time".
		{"plenty against hardly", "Did Cordery say trusts will have plenty of time to recover between strikes?", true, `^No\.`},
		{"plenty against hardly, paraphrase", "Did Cordery say trusts would have plenty of time between the strikes?", true, `^No\.`},
		{"plenty against hardly, paraphrase with will", "Will trusts have plenty of time to recover between strikes, according to Cordery?", true, `^No\.`},
		{"hardly against hardly", "Did Cordery say trusts will hardly have time to draw breath?", true, `^Yes\.`},
		// The verb a share is of may come well after "majority".
		{"majority: the verb after the poll's name", "Did a majority in the Ipsos Mori poll support the doctors?", true, `^Yes\.`},
		{"majority: the verb after the poll's name, paraphrase", "Did most people in the BBC's Ipsos Mori poll back the doctors?", true, `^Yes\.`},
		{"majority: the verb after the poll's name, below half", "Did a majority in the Ipsos Mori poll oppose the doctors?", true, `^No\.`},
		// The majority's clause names whom most blame.
		{"majority: most blame someone else", "Do most people blame the junior doctors for the dispute, according to the BBC's poll?", true, `^No\.`},
		{"majority: most blame someone else, paraphrase", "Do most people blame the doctors?", true, `^No\.`},
		{"majority: most blame someone else, poll named first", "Did a majority in the Ipsos Mori poll blame the doctors?", true, `^No\.`},
		{"majority: the poll's source in brackets is no one blamed", "Did most people in the BBC poll blame the Government?", true, `^Yes\.`},
		{"majority: a group the articles never poll", "Do most people blame the nurses?", false, `^The articles don't say`},
		// Only the articles differing is "they differ", not the places.
		{"England and Scotland differing is no disagreement of the articles", "did the bma admit there are differences between england and scotland", true, `^(?:Yes|In the).*differences between England and Scotland`},
		{"England and Scotland differing, paraphrase", "Did the BMA acknowledge differences between England and Scotland?", true, `^Yes\.`},
		// A name the facts never know, ending the question, where the
		// answer names another after the same word: "for BBC News".
		{"another's name at the end", "was the ipsos mori poll for ITV?", true, `^No\.`},
		{"another's name at the end, paraphrase", "Was the Ipsos Mori survey carried out for ITV News?", true, `^No\.`},
		{"another's name at the end, paraphrase", "was that ipsos mori poll done for Sky?", true, `^No\.`},
		{"the name the answer gives at the end", "was the ipsos mori poll for the BBC?", true, `^Yes\.`},
		// "only about 12,500" asks at most that many: "more than 125,000" is No.
		{"only a figure below the one given", "Were only about 12,500 appointments and ops cancelled in the 2016 dispute?", true, `^No\.`},
		{"only a figure below, paraphrase", "were only 12,500 operations cancelled in 2016?", true, `^No\.`},
		{"only a figure below, paraphrase", "Did the all-out strike cancel only some 10,000 appointments?", true, `^No\.`},
		{"a bound the figure given meets", "Were more than 100,000 appointments cancelled in 2016?", true, `^Yes\.`},
		// A name of several words in the answer ("listed Queen Elizabeth
		// Hospital") in the slot of one the answer lacks ("Guy's Hospital").
		{"another's name of several words", "Does the News Shopper list Guy's Hospital among the affected hospitals?", true, `^No\.`},
		{"another's name of several words, paraphrase", "Did the local paper list Guy's Hospital among the hospitals affected?", true, `^No\.`},
		{"the name the facts know is listed", "Does the News Shopper list Lewisham Hospital among the affected hospitals?", true, `^Yes\.`},
		{"the name the facts know is listed, two words", "Does the News Shopper list Queen Mary's Hospital among the affected hospitals?", true, `^Yes\.`},
		// A year with no word of its own is compared as a year: "by 2025"
		// against "by 2031". "aim to" is a weak word, not one to be said.
		{"the year given", "Does Barclay's workforce plan aim to double medical school places by 2031?", true, `^Yes\.`},
		{"the year given, paraphrase", "Is the NHS plan aiming to double medical school places by 2031?", true, `^Yes\.`},
		{"another year", "Does the workforce plan aim to double medical school places by 2025?", true, `^No\.`},
		{"another year, paraphrase", "will medical school places double by 2030?", true, `^No\.`},
		{"a count of years names no year", "will it take five years to double medical school places?", true, `^In the`},
		// "three in five Britons": the words after the second figure are
		// its own, not the first's ("125,000 appointments and operations").
		{"a ratio's figures each their own", "Did the YouGov polling have three in five Britons backing nurses?", true, `^Yes\.`},
		{"a ratio's figures, paraphrase", "Did YouGov find three in five people supported the nurses?", true, `^Yes\.`},
		{"a ratio the poll does not give", "Did the YouGov polling have four in five Britons backing nurses?", true, `^No\.`},
		// "coverage" names an article (vocabulary article_words), not a
		// word the fact must say.
		{"coverage names the article", "Is Mark Porter the head of the BMA in the all-out strike coverage?", true, `^Yes\.`},
		{"coverage names the article, paraphrase", "In the all-out strike coverage, is Mark Porter the BMA chief?", true, `^Yes\.`},
		{"coverage names the article, another person", "Is Saffron Cordery the head of the BMA in the five-day strike coverage?", true, `^(No\.|In the)`},
	}
	for _, c := range cases {
		a := b.Answer(c.q)
		if a.Found != c.found || !regexp.MustCompile(`(?i)`+c.lead).MatchString(a.Text) {
			t.Errorf("%s: %q: found %v, text %.90q; want found %v, text matching %s", c.why, c.q, a.Found, a.Text, c.found, c.lead)
		}
	}
}

// TestSuppliedInSentence: a strict answer type must be given in a sentence
// about what was asked, a weekday is not a calendar date, and a count must
// count the things asked.
func TestSuppliedInSentence(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		q     string
		found bool
	}{
		{"what percentage of the public supported the doctors in January?", false},
		{"what percentage of people blamed the Government most in 2016?", false},
		{"what percentage of the public supported the doctors in the Ipsos Mori poll?", true},
		{"what day of the week did the five-day strike start?", false},
		{"what day of the week did the all-out strike start?", true},
		{"what dates will the radiographers strike on?", false},
		{"how many radiographers are going on strike?", false},
		{"what time did the all-out strike finish each day?", true},
		{"how many consultants went on strike?", false},
		{"how many junior doctors went on strike in 2016?", true},
	}
	for _, c := range cases {
		if a := b.Answer(c.q); a.Found != c.found {
			t.Errorf("%q: found %v, want %v (%.90q)", c.q, a.Found, c.found, a.Text)
		}
	}
}

// TestShareAt reads the shares a majority question is checked against.
func TestShareAt(t *testing.T) {
	v := realBase(t).v
	cases := []struct {
		text string
		pct  float64
		n    int
	}{
		{"57% supported", 57, 2},
		{"57 per cent supported", 57, 3},
		{"a quarter opposed it", 25, 2},
		{"three in five Britons", 60, 3},
		{"three in 10 opposed", 30, 3},
		{"two thirds", 67, 2},
		{"125,000 appointments", 0, 0},
		{"five in a row", 0, 0},
	}
	for _, c := range cases {
		pct, n := v.shareAt(split(normalizeChars(c.text), nil), 0)
		if pct != c.pct || n != c.n {
			t.Errorf("%q: got %v%% over %d words, want %v%% over %d", c.text, pct, n, c.pct, c.n)
		}
	}
}

func TestCompareFigures(t *testing.T) {
	n := func(v float64, unit, bound string) figure { return figure{value: v, unit: unit, bound: bound} }
	cases := []struct {
		name         string
		asked, given []figure
		want         verdict
	}{
		{"bound met", []figure{n(100000, "appointment", ">")}, []figure{n(125000, "appointment", ">")}, verdictYes},
		{"bound not met", []figure{n(200000, "appointment", ">")}, []figure{n(125000, "appointment", ">")}, verdictNo},
		{"upper bound met", []figure{n(200000, "appointment", "<")}, []figure{n(125000, "appointment", "")}, verdictYes},
		{"upper bound unknowable", []figure{n(200000, "appointment", "<")}, []figure{n(125000, "appointment", ">")}, verdictNo},
		{"exact", []figure{n(5, "day", "")}, []figure{n(5, "day", "")}, verdictYes},
		{"exact differs", []figure{n(4, "day", "")}, []figure{n(5, "day", "")}, verdictNo},
		{"other unit", []figure{n(4, "day", "")}, []figure{n(5, "percent", "")}, noVerdict},
		{"no unit", []figure{n(4, "", "")}, []figure{n(5, "", "")}, noVerdict},
		{"fits and misfits", []figure{n(5, "day", "")}, []figure{n(5, "day", ""), n(2, "day", "")}, verdictMixed},
	}
	for _, c := range cases {
		if got := compareFigures(c.asked, c.given); got != c.want {
			t.Errorf("%s: got %v, want %v", c.name, got, c.want)
		}
	}
}
