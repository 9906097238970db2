package knowledge

// source22Cases are session 22's questions that point at a source, and
// broad or one-word ones: each the set's question and paraphrases of our own.
var source22Cases = []struct {
	class string
	q     string
	found bool
	want  string
}{
	// A broad question made only of its overview or reason cue ("what
	// happened", "how come") gets the overviews; "why?" alone too.
	{"broad", "what happened", true, "(?s)contract.*pay"},
	{"broad", "so what happened?", true, "(?s)contract.*pay"},
	{"broad", "give me a summary", true, "(?s)contract.*pay"},
	{"broad", "why?", true, "(?s)contract.*pay"},
	{"broad", "how come?", true, "(?s)contract.*pay"},
	{"broad", "why in 2016?", true, "contract"},
	// A cue word of a reason that names a subject keeps its own fact.
	{"broad", "what caused it?", true, "(?i)caus|contract"},
	{"broad", "what happened to the weather?", false, ""},
	// An article's name may call it by any article word: "the national
	// story" is "the national report".
	{"source", "According to the national story, what did Hunt tell MPs?", true, "veto"},
	{"source", "What did the national piece say Hunt told MPs?", true, "veto"},
	{"source", "in the national story what did hunt say to mps", true, "veto"},
	{"source", "According to the national story, what was Hunt's salary?", false, ""},
	// Of two articles named, the first is asked about.
	{"source", "what does the local piece add to the national story?", true, "Lewisham"},
	{"source", "what does the local paper's version add to the national report?", true, "Lewisham"},
	// An article named by what it has, with a pronoun standing for it:
	// the name is also the subject.
	{"source", "What does the article that mentions Jeremy Corbyn say he did?", true, "(?s)Downing Street.*tweet|tweet.*Downing Street"},
	{"source", "What does the report that mentions Jeremy Corbyn say he did?", true, "Downing Street"},
	{"source", "what does the story mentioning corbyn say he did", true, "Downing Street"},
	{"source", "What does the article that mentions Jeremy Corbyn say he earned?", false, ""},
	// A yes/no question whether a place is on an article's list is No,
	// with the list, when the place is not on it; without the list word
	// ("among the hospitals affected") the list settles nothing.
	{"list", "Is King's College Hospital on the News Shopper's list of affected hospitals?", true, "^No\\..*Lewisham"},
	{"list", "is St Thomas' Hospital listed by the local paper as affected?", true, "^No\\..*Lewisham"},
	{"list", "Does the News Shopper list Maidstone Hospital among those hit?", true, "^No\\."},
	{"list", "The local paper lists Queen Elizabeth Hospital in Greenwich as affected - correct?", true, "^No\\..*Woolwich"},
	{"list", "Is Lewisham Hospital on the News Shopper's list?", true, "^Yes"},
	{"list", "Is King's College Hospital among the local hospitals affected by the strike?", false, ""},
	{"list", "Is Maidstone Hospital on the list of hospitals with the most cancellations?", false, ""},
	{"list", "was King's College Hospital left out of the News Shopper's list?", false, ""},
	{"list", "isn't St Thomas' Hospital on the local paper's list?", false, ""},
	// To front a union is to lead it.
	{"synonym", "Who was fronting the doctors' union in the 2016 story?", true, "Porter"},
	{"synonym", "who fronted the bma in 2016?", true, "Porter"},
	{"synonym", "who was fronting the union in the pay dispute?", true, "Laurenson"},
	// Where the articles differ on a date, the article asked settles it.
	{"source date", "Per the News Shopper, Hunt made his appeal on April 25 - correct?", true, "^No\\..*April 26"},
	{"source date", "According to the local paper, did Hunt appeal on April 26?", true, "^Yes"},
	{"source date", "Did the News Shopper say Hunt appealed to medics on 24 April?", true, "^No\\."},
	{"source date", "did hunt appeal on april 25?", true, "they differ"},
	// A lead-in naming an article needs no comma to end it.
	{"source date", "in the local article did hunt appeal to medics on april 25", true, "^No\\."},
	{"source date", "in the news shopper piece did hunt appeal on april 24", true, "^No\\."},
	{"source date", "in the local paper did hunt appeal to doctors on april 26", true, "^Yes"},
	// Picket line photos are photos of picketing.
	{"phrase", "Did Keith Larby take the picket line photos in the News Shopper piece?", true, "^Yes.*Larby"},
	{"phrase", "who took the picket line pictures?", true, "Larby"},
	{"phrase", "did Keith Larby take the picket line photos in the 2023 article?", false, ""},
	// A yes/no question putting the photos at the wrong hospital is No,
	// with the caption's, though a gap on each hospital covers it.
	{"photo place", "Were the strike photos in the local paper taken outside Darent Valley Hospital?", true, "^No\\..*Princess Royal"},
	{"photo place", "The News Shopper photos show doctors striking outside Lewisham Hospital - yes?", true, "^No\\..*Princess Royal"},
	{"photo place", "did the local paper's pictures show doctors outside Lewisham Hospital?", true, "^No\\..*Princess Royal"},
	{"photo place", "Were the photos in the 2023 article taken outside Lewisham Hospital?", false, ""},
	{"photo place", "Did nurses strike outside Darent Valley Hospital?", false, ""},
	{"photo place", "did the bma call the welsh strike off", false, ""},
	{"photo place", "were the strike photos taken in Wales?", false, ""},
	{"photo place", "did the BMA hold up Northern Ireland as the example to follow?", false, ""},
	// "Overall" asks of everyone: the finding naming no staff group first.
	{"overall", "In the article with the YouGov polling, what does it say about public support overall?", true, "consistent"},
	{"overall", "what does yougov say about public support overall?", true, "consistent"},
	{"overall", "overall, what does the yougov article say about public support?", true, "consistent"},
	{"overall", "what does yougov say about support for nurses overall?", true, "three in five"},
	// "Round" before a place's name says where, not "round table".
	{"near", "wot hospitals r hit by the strike round lewisham/woolwich way", true, "Lewisham"},
	{"near", "which hospitals were hit round sidcup way?", true, "Sidcup"},
	{"near", "any hospitals affected round woolwich?", true, "Woolwich"},
	{"near", "what happened at the round table?", true, "round table"},
}
