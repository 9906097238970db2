package knowledge

import (
	"regexp"
	"testing"
)

// TestYes19 holds yes/no questions the articles confirm, asked in words
// of their own (session 19, helper "yes"): the dev question, paraphrases
// of it and a nearby question that must not be answered Yes. lead is a
// regular expression (case-insensitive) the answer must match; "" for a
// case that must only not start with Yes.
func TestYes19(t *testing.T) {
	b := realBase(t)
	cases := []struct {
		why  string
		q    string
		lead string
	}{
		// "till" is "until" (textspeak): no unknown word against the hours.
		{"till", "did the all out strike run from 8am till 5pm?", `^Yes\..*8am`},
		{"til", "did the all-out strike go on from 8am til 5pm?", `^Yes\.`},
		{"till, each day", "did the all-out strike last till 5pm each day?", `^Yes\.`},
		{"till, another hour", "did the all out strike run from 9am till 5pm?", `^No\.`},
		{"till, another end", "did the strike go on till 6pm?", `^No\.`},
		// "steady" is "consistent" (synonyms).
		{"steady", "did the YouGov polling say support stayed steady this year?", `^Yes\..*consistent`},
		{"steady, paraphrase", "is support for strikes steady according to yougov?", `^Yes\.`},
		{"unchanged", "has public support for strikes stayed unchanged this year, according to YouGov?", `^Yes\.`},
		{"steady, another dispute", "did support stay steady for the 2016 strike?", ""},
		{"another trend", "did the YouGov polling say support fell this year?", ""},
		// "reps" are "representatives" (synonyms).
		{"reps", "did barclay say the bma's reps collapsed the negotiations", `^Yes\..*representatives collapsed`},
		{"reps, paraphrase", "according to Barclay, did the doctors' reps collapse the talks?", `^Yes\.`},
		{"reps, another group", "did barclay say the nurses' reps collapsed the negotiations", ""},
		// An answer that places the strikes leads with the place, not
		// with "The articles", which a yes/no lead skips.
		{"both in England", "were the strikes in both articles in england?", `^Yes\..*England`},
		{"both in England, paraphrase", "were both strikes in england?", `^Yes\.`},
		{"both in England, the disputes", "were both disputes in England?", `^Yes\.`},
		{"both in Scotland", "were both strikes in Scotland?", ""},
		{"both in Wales", "were the strikes in both articles in wales?", ""},
		// "each strike" that the fact says itself ("with every strike")
		// asks about that fact, not about both disputes (everyOwn).
		{"each strike, the fact's own", "does nhs providers say costs are going up with each strike", `^Yes\..*every strike`},
		{"every strike", "did Cordery say it gets more expensive with every strike?", `^Yes\.`},
		{"each strike, harder", "is it getting harder for trusts with each strike, according to NHS Providers?", `^Yes\.`},
		{"each strike, both disputes", "did each strike affect maternity?", ""},
		{"both strikes", "did both strikes affect A&E?", ""},
		// "worked hard" is "made exhaustive efforts" (phrases); keeping
		// patients safe is the fact's (its questions).
		{"worked hard", "did Hunt say the NHS had worked hard to keep patients safe during the strike?", `^Yes\..*exhaustive`},
		{"work hard, paraphrase", "did the NHS work hard to keep patients safe according to Hunt?", `^Yes\.`},
		{"worked hard, another speaker", "did Barclay say the NHS worked hard to keep patients safe?", ""},
		{"worked hard, another aim", "did Hunt say the NHS had worked hard to cut waiting lists?", ""},
		{"worked hard, another subject", "did Hunt say junior doctors worked hard?", ""},
		// "said to be", "described as": how the articles put it (saidToBe).
		{"said to be", "Was the five-day strike said to be the longest single walkout by doctors in NHS history?", `^Yes\..*longest`},
		{"said to be, paraphrase", "was the 2023 walkout said to be the longest ever by doctors?", `^Yes\.`},
		{"described as", "was the five-day walkout described as the longest of its kind?", `^Yes\.`},
		{"said to be, another dispute", "was the 2016 strike said to be the longest walkout by doctors?", ""},
		{"said to be, the other end", "is the five-day walkout said to be the shortest in NHS history?", ""},
		{"a superlative not said", "was the five-day strike the shortest walkout by doctors in NHS history?", ""},
		{"said to be, a word not said", "was the strike said to be illegal?", ""},
		// The call and the appeal share a day in each article (data).
		{"same day as the appeal", "hunt + porter phone call - did it happen same day as hunt's appeal?", `^Yes\.`},
		{"same day, paraphrase", "was the phone call on the same day as Hunt's appeal?", `^Yes\.`},
		{"the day of the appeal", "did Hunt and Porter speak on the phone on the day of the appeal?", `^Yes\.`},
		{"same day as the strike began", "was the phone call on the same day the strike started?", ""},
		{"the day after the appeal", "was the phone call the day after Hunt's appeal?", ""},
		// Who was to do it ("would", "going to") against the passive's
		// agent; the articles differ on something else (soleAgent).
		{"gonna provide", "were consultants gonna provide emergency cover during the all-out strike?", `^Yes\..*consultants`},
		{"going to provide", "were consultants going to provide emergency cover during the all-out strike?", `^Yes\.`},
		{"would provide", "would consultants provide emergency cover during the all-out strike?", `^Yes\.`},
		{"provided by", "was emergency cover provided by consultants during the all-out strike?", `^Yes\.`},
		{"another agent, going to", "were junior doctors going to provide emergency cover during the all-out strike?", `^No\.`},
		{"another group", "would nurses provide emergency cover during the all-out strike?", ""},
		{"no agent asked", "was emergency care provided during the all-out strike?", `^The articles don't say for certain`},
		// "cover would be provided by consultants": consultants cover
		// (light_verbs, lightNoun); only who may act is an agent asked.
		{"light verb's noun", "Did consultants cover emergencies during the all-out strike?", `^Yes\..*consultants`},
		{"light verb's noun, paraphrase", "did the consultants cover for the juniors in the 2016 strike?", `^Yes\.`},
		{"light verb's noun, another agent", "did junior doctors cover emergencies during the all-out strike?", `^No\.`},
		{"light verb's noun, no one named", "is anyone covering A&E during the all-out strike?", `^The articles don't say for certain`},
		{"light verb's noun used as a noun", "did the bma say emergency cover wud still be there in the all out strike", `^The articles don't say for certain`},
		{"light verb's noun, another dispute", "did consultants cover emergencies during the 2023 strike?", ""},
		// The comparison fact says which strike was longer (data): no Yes
		// for the wrong way round, which the words alone once gave.
		{"longer, the wrong way round", "was the all-out strike longer than the five-day walkout?", ""},
		{"longer, the years the wrong way round", "Was the 2016 strike longer than the 2023 strike?", ""},
		{"shorter, the wrong way round", "was the 2023 strike shorter than the 2016 one?", ""},
		// What someone's own words say is what they think (speech_verbs);
		// talks that carry on continue (phrases).
		{"think, the speaker's words", "does the bma think talks should carry on while strikes are planned?", `^Yes\..*continue`},
		{"think, another speaker's words", "does Barclay think talks should carry on while strikes are planned?", ""},
		{"think, a figure judged", "does Barclay think a 35% pay demand is unreasonable?", `^Yes\.`},
		{"think, another side's judgment", "does the BMA think 35% is unreasonable?", ""},
		{"carry on", "does the bma say talks should carry on while strikes are planned?", `^Yes\.`},
		// Barclay's "we recently published" plan is the Government's (data).
		{"the government's plan", "is the government planning to double medical school places?", `^Yes\..*Government`},
		{"the government's plan, paraphrase", "does the government plan to double the number of medical school places by 2031?", `^Yes\.`},
		{"another planner", "is the BMA planning to double medical school places?", ""},
		{"another multiple", "is the government planning to triple medical school places?", ""},
		{"another year", "is the government planning to double medical school places by 2025?", `^No\.`},
	}
	yes := regexp.MustCompile(`(?i)^\W*yes\b`)
	for _, c := range cases {
		a := b.Answer(c.q)
		if c.lead == "" {
			if yes.MatchString(a.Text) {
				t.Errorf("%s: %q\n  must not be Yes, got %q", c.why, c.q, a.Text)
			}
			continue
		}
		if !regexp.MustCompile(`(?is)` + c.lead).MatchString(a.Text) {
			t.Errorf("%s: %q\n  want %s, got %q", c.why, c.q, c.lead, a.Text)
		}
	}
}
