package knowledge

import (
	"bytes"
	"maps"
	"reflect"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"

	"go.yaml.in/yaml/v3"
)

// The vocabulary (data/vocabulary.yaml) is how questions are read: the
// spellings joined, text-speak expanded, synonyms mapped, stop words dropped
// and the cue words of each answer type. Curators tune it as data; Load
// checks it like the facts. The English word list (data/words/english.txt)
// says which words are real and so never "corrected" into another.

// AnswerType is what a question asks for: a person, a date, a count …
type AnswerType string

// vocabFile and wordsFile are where the vocabulary and the word list live in
// a fact base.
const (
	vocabFile    = "vocabulary.yaml"
	wordsFile    = "words/english.txt"
	modifierFile = "words/modifiers.txt"
)

// vocab is a loaded vocabulary.
type vocab struct {
	// sortNames maps the term of a value sort's name ("parti") to the
	// sort ("party").
	sortNames map[string]string

	phrases      map[string]*phraseStart // first word → the phrases starting with it
	stemPhrases  map[string][]stemPhrase // first word's stem → the stem_phrases starting with it
	stemHeads    *stemHeadSet            // first two bytes of the words whose stem starts a stem phrase (see mayStartStemPhrase)
	textspeak    map[string][]string     // a word as typed → the words it stands for
	finalSpeak   map[string]string       // a number ending a question after a verb → the word it stands for ("4" → "for")
	pointerSpeak map[string]string       // a number ending a question after "the" and a word → the word it stands for ("the pay 1": "one")
	stranded     map[string]bool         // words ending a "when" question that belong before its "when" ("… doubled by": "by when")
	linkSpeak    map[string]string       // a number before a linking word → the word it stands for ("4 the bma": "for")
	linkWords    map[string]bool         // the words after which a number of linkSpeak is text-speak ("the", "them")
	numbers      map[string]string       // spelled numbers → digits
	synonyms     map[string]string       // word or stem → the term it stands for
	stop         map[string]bool
	weak         map[string]bool
	weakTerms    map[string]bool // the terms of the weak words, for corrected typos
	compare      map[string]bool
	kindWords    map[Kind]string
	types        []answerType
	cueStart     map[string][]cueRef // first word → the cues starting with it
	yesNo        map[string]bool
	endCues      map[string]bool
	endTerms     map[string]bool     // the terms of the end cues: endTerm is asked per term of every question
	opposites    map[string][]string // term → the terms that contradict it
	comparatives map[string]bool
	superlatives map[string]bool // words ranking one thing above the rest ("most")
	lowest       map[string]bool // the superlatives that rank from the bottom ("least")
	everyDispute [][]string      // phrases, as raw words
	detailCues   map[string]bool // words asking for the exact detail ("exactly")
	tags         []string        // question tags ending a question ("right?"), see untag
	// checkLeads, checkTags and checkSources frame a claim put to be
	// checked ("Claim: …. True?", "… - accurate?", "…, per Barclay?"):
	// see uncheck.
	checkLeads, checkTags, checkSources []string
	wording                             map[string]bool // words naming a word used ("the word blackmail"), see wordingAsked
	gapCues                             map[string]bool // words asking what the articles rarely give ("eventually")
	// askCues are compare, comparatives, endCues, detailCues and gapCues
	// together: analyze reads every word of a question against all five,
	// and most words are in none, which one look-up tells.
	askCues      map[string]bool
	months       map[string]bool // the months' names ("january")
	identity     map[string]bool // words between "who" and a name asking who that is ("is", "was")
	passive      map[string]bool // quote cues that, after "was" and with no "did", ask for wording ("described")
	orderWords   map[string]bool // words of order in time ("before", "after")
	hypothetical map[string]bool // words after which a clause is not asserted ("can", "if", "urged")
	conditional  map[string]bool // hypothetical words whose reach is the rest of the clause ("if")
	expectation  map[string]bool // words of what is expected or wished, reaching the rest of the clause ("expect")
	reference    map[string]bool // words after which a comparison's reference is named, not asserted ("than")
	belief       map[string]bool // words of what someone thinks: hypothetical unless opinion is asked ("thought")
	future       map[string]bool // "will", "would": a fact's clause after them is asserted, a question's is hypothetical
	majority     map[string]bool // words that ask whether more than half did something ("most")
	articleWords map[string]bool // words for an article ("report", "paper")
	everyWords   map[string]bool // words before them that ask about each article ("both")
	articleLinks [][]string      // words after one that say what the article has ("with", "that credits"), as raw words

	// articleAsks are the words of questions about the articles
	// themselves: see aboutArticles.
	articleAsks articleAsks
	// articlePointers are words for an article only after "the" and
	// before a link ("the one with").
	articlePointers map[string]bool
	// listWords ask whether something is on a list an article gives
	// ("is King's College Hospital on the list?"): see notListed.
	listWords map[string]bool
	// overallWords ask for what holds of everyone rather than of one
	// group ("public support overall"): see preferOverall.
	overallWords map[string]bool
	// nearWords say only where, before a place's name ("round Lewisham"):
	// see nearPlace.
	nearWords map[string]bool
	// countWords follow a number as what it counts or measures ("4 per
	// cent", "2 million") though no plural: see speakAfterVerb.
	countWords map[string]bool

	conjunctions  map[string]bool // question words that, after another, join a clause ("when")
	relatives     map[string]bool // question words that, after a noun once a wh- word has asked, start a relative clause ("who")
	placeNames    map[string]bool // names of a place that stand for an institution ("whitehall"), a place after place_in
	population    map[string]bool // terms for who a share is of ("people", "Britons")
	shares        []shareWords    // words for a share ("a quarter" is 25%)
	atOnce        [][]string      // phrases asking whether things were simultaneous, as raw words
	opinionAsks   [][]string      // phrases asking the bot's own view ("do you think"), as the question's words
	opinionStarts map[string]bool // the first words of opinionAsks
	meetingWords  [][]string      // words asking whether people met in person ("face to face"), as the question's words
	arithmetic    *regexp.Regexp  // a message that is a sum and nothing else ("whats 2+2")
	figureNouns   map[string]bool // words naming a figure itself ("rate", "figure")
	vagueCounts   map[string]bool // number words that give a count only roughly ("thousands")
	figureReach   int             // how many words from a number the thing it counts may stand
	moneyFigure   *regexp.Regexp  // what gives a sum of money ("£", "million")
	nextWords     map[string]bool // words asking what comes after something ("next")
	sequence      map[string]bool // words putting one thing after another ("followed")
	replyWords    map[string]bool // words asking how someone answered another ("reply")
	qualifiers    map[string]bool // words that make a role another ("deputy")
	placeIn       map[string]bool // words that put something in a place ("in", "at")
	wholeWords    map[string]bool // terms naming a dispute as a whole ("row"), not a strike in it
	actionWords   map[string]bool // terms naming the action taken in a dispute ("strike", "walkout")
	multipliers   map[string]bool // words that scale a number not given ("double")
	staffGroups   map[string]bool // terms naming a group of workers ("nurses")
	// strikers are the terms naming the doctors the disputes are about
	// ("doctors", "junior doctors"): a poll figure for a staff group is
	// not theirs (preferAskedGroup).
	strikers map[string]bool
	// decisionVerbs are the words a "who …?" question asks a decision
	// with ("accepted", "signed"): only a fact that has the word answers
	// it (verbUncovered).
	decisionVerbs map[string]bool
	placeSorts    map[string]bool // terms naming a sort of place ("country", "hospital")
	valueSorts    []sortMember    // values a slot may hold, by sort ("country": "wales"), longest first
	additive      map[string]bool // words asking whether something happened as well ("too", "join")
	aboutWords    map[string]bool // overview_subjects: words saying what a strike is about ("about pay")
	joinWords     map[string]bool // overview_links: words that may join a dispute's own names in a Yes to it
	light         map[string]bool // participles whose noun names the act ("cover would be provided by": they cover)
	judgement     map[string]bool // words opening a yes/no question that asks for a judgement ("should")
	heads         map[string]bool // head_words: roles a "which …" or "who is the …" question asks for ("mp", "chief")
	openers       map[string]bool // openers: words a yes/no question may open with before its yes/no word ("so did …")
	speech        map[string]bool // verbs asking whether someone said something ("warn", "admit")
	member        map[string]bool // words putting a person in an organisation ("from", "works for")
	spanWords     map[string]bool // words before "over" making it "across" ("ran over two days")
	spanUnits     map[string]bool // terms of units of time that "over" just before spans ("over two days")
	lastWords     map[string]bool // words making "over" before a unit "more than" ("lasted over two days")
	beWords       map[string]bool // words before a past form making it passive ("be blackmailed"); after a yes/no "is", a name is the claim
	approx        map[string]bool // words making the share after them rough ("about half")
	slotBreaks    map[string]bool // words ending a question's subject before a value in a slot ("done by …")
	entitled      map[string]bool // nouns of a right or power ("no union has the right to blackmail")
	failure       map[string]bool // words saying what was to be done was not ("missed", "failed")
	scale         map[string]int  // words of a comparison: 1 "more", -1 "less", 2 "most", -2 "least"
	endPattern    *regexp.Regexp
	undecided     *regexp.Regexp  // an answer saying a thing is not yet decided
	novelty       *regexp.Regexp  // an answer saying a thing happened for the first time
	prior         map[string]bool // words asking whether a thing had happened before ("earlier", "already")
	smallTalk     map[string]bool // whole messages, as words joined by one space
	smallWords    int             // the most words of a small-talk message: a longer question is none
	smallFiller   map[string]bool // words a small-talk message may end with ("today", "mate")
	smallVocab    map[string]bool // every word small talk is made of, and the textspeak standing for them
	smallReply    string
	dict          dictionary
	modifiers     dictionary // real words mostly used as verbs, adjectives or adverbs (see modifierFile)
	claims        claimWords // how a message is read for claims (claimvocab.go)
	checks        yesChecks  // the words the vetoes of a Yes read (verdict_wrongyes20.go)

	// The lists below are required (see wordList): without them
	// questions would be read differently, not merely less well.
	passiveAux []string // words between a passive question's subject and its verb ("get", "been")
	// pronouns stand for the subject of the answer before ("he", "it",
	// "those"); genderedPronouns, of them, for a person or organisation
	// ("he", "hers"); personalPronouns for people ("he", "they"), after
	// the words naming an article by what it has for those words;
	// storyPronouns, in a rambling question's last clause, for the last
	// person its story names; speakerPronouns for a person or
	// organisation in its own fact ("he said"); and pluralPronouns, in a
	// later part of a question, for a plural noun of the part before
	// ("who took them?").
	pronouns, genderedPronouns, personalPronouns, storyPronouns, speakerPronouns, pluralPronouns []string
	// questionWords open a question or a part of one ("who", "did");
	// whWords are those that ask, the ones not yes_no_starts ("who",
	// "how"). partJoins, before a question word, join two parts of one
	// message ("and", "vs"): see clauseBreaks.
	questionWords, whWords, partJoins []string
	// weekdays and calendar are the days of the week, Monday first, and
	// the months, January first: a claim's day or date is its place in
	// them (claim.go specAt).
	weekdays, calendar []string
	// countAsks are phrases asking for a count of what follows them
	// ("how many"), as raw words: see countAskAt.
	countAsks [][]string
	// speechPhrases ask whether someone spoke of something, as a verb of
	// speech_verbs does, only with the word after them ("talk about",
	// "refer to"): "talk" alone may be negotiating.
	speechPhrases [][]string
	// bounds qualify the figure after them (">" "more than", "<" "fewer
	// than", "<=" "only"); orBounds, after a figure and "or", bound it
	// (">=" "or more", "<=" "or less").
	bounds, orBounds map[string]string
	negRaising       map[string]bool // verbs after a denial that it reaches over the clause after ("don't think")
	dayListWords     map[string]bool // words that may stand between two days of a list ("and again on")
	onlyWords        map[string]bool // words bounding what follows to itself ("only", "just")
	relativeDays     map[string]bool // days named from the day they are said ("yesterday")
	orNoChoice       map[string]bool // words after "or" that offer no choice ("35% or more", "or not")
	followUps        [][]string      // phrases opening a follow-up ("and", "what about"), as raw words

	// How a polite or chatty question is read without what asks nothing
	// (pleasant.go).
	pleasantries  []string        // pleasantries: courtesies a question is read without ("i hope you are well")
	pleasantAt    [256][]string   // pleasantries by their first byte, for dropPleasantries
	asideWords    map[string]bool // aside_words: words opening a sentence about the asker ("my", "i")
	asideLinks    map[string]bool // aside_links: words opening the asker's reason for asking ("because")
	asideLinkList []string        // aside_links as a list, for a look at a comma's next word

	// laterWords and earlierWords (relative_times) name a dispute or an
	// article by its place in time, each a run of words ("more recent").
	laterWords, earlierWords [][]string
	nowWords                 [][]string // relative_times now: phrases standing alone for the latest dispute ("this time round")

	// What the articles leave out though a fact answers the topic
	// (unsaid25.go).
	definitionWords map[string]bool // definition_words: words asking what a term means ("mean")
	undefinedCues   []string        // undefined_cues: what a fact's answer says when the articles do not define a term
	hoursAsks       [][]string      // hours_asks: runs of words asking a strike's hours ("what hours")
}

// cueRef is one cue of an answer type, for looking cues up by first word.
type cueRef struct {
	typ   int // index into vocab.types
	words []string
}

// phraseRule joins a run of words ("all", "out") into others ("allout").
type phraseRule struct {
	from, to []string
	order    int // its place in the file: the first phrase that matches is used
}

// phraseStart is the phrases starting with one word, looked up by their
// second word: every word of every text read is looked up here, and a
// scan of all the phrases of a common first word ("the" has fifty)
// was a sizeable share of loading.
type phraseStart struct {
	next   map[string][]phraseRule // second word → the longer phrases with it, in file order
	single *phraseRule             // the phrase of the word alone, if any: it matches wherever the word is
}

// answerType is one entry of answer_types.
type answerType struct {
	name    AnswerType
	cues    [][]string // each a sequence of raw words
	kinds   []Kind
	pattern *typePattern
	exclude *typePattern // removed from an answer before pattern is matched
	denied  *typePattern // an answer saying the articles do not give this
	strict  bool
	index   int // its place in vocab.types, its bit in Base.supplied

	// replaces are the types a question asking this one does not also
	// ask by the same words: "by when" asks a deadline, not a date.
	replaces []AnswerType
	// wordCues are its cues of one word, and cueTerms their terms: every
	// question looks a few of its words up in them.
	wordCues, cueTerms map[string]bool
}

type vocabYAML struct {
	Phrases       [][]string                `yaml:"phrases"`
	StemPhrases   [][]string                `yaml:"stem_phrases"`
	Textspeak     map[string]string         `yaml:"textspeak"`
	FinalSpeak    map[string]string         `yaml:"final_textspeak"`
	PointerSpeak  map[string]string         `yaml:"pointer_textspeak"`
	Stranded      []string                  `yaml:"stranded_words"`
	LinkSpeak     map[string]string         `yaml:"linking_textspeak"`
	LinkWords     []string                  `yaml:"linking_words"`
	Numbers       map[string]string         `yaml:"numbers"`
	Synonyms      map[string][]string       `yaml:"synonyms"`
	StopWords     []string                  `yaml:"stop_words"`
	WeakWords     []string                  `yaml:"weak_words"`
	CompareWords  []string                  `yaml:"compare_words"`
	KindWords     map[string][]string       `yaml:"kind_words"`
	AnswerTypes   map[string]answerTypeYAML `yaml:"answer_types"`
	YesNoStarts   []string                  `yaml:"yes_no_starts"`
	EndCues       []string                  `yaml:"end_cues"`
	Opposites     [][]string                `yaml:"opposites"`
	Comparatives  []string                  `yaml:"comparatives"`
	Superlatives  []string                  `yaml:"superlatives"`
	Lowest        []string                  `yaml:"low_superlatives"`
	EveryDispute  []string                  `yaml:"every_dispute"`
	DetailCues    []string                  `yaml:"detail_cues"`
	VagueCounts   []string                  `yaml:"vague_counts"`
	TagQuestions  []string                  `yaml:"tag_questions"`
	CheckLeads    []string                  `yaml:"check_leads"`
	CheckTags     []string                  `yaml:"check_tags"`
	CheckSources  []string                  `yaml:"check_sources"`
	WordingWords  []string                  `yaml:"wording_words"`
	GapCues       []string                  `yaml:"gap_cues"`
	Months        []string                  `yaml:"months"`
	Identity      []string                  `yaml:"identity_words"`
	Passive       []string                  `yaml:"passive_cues"`
	OrderWords    []string                  `yaml:"order_words"`
	Hypothetical  []string                  `yaml:"hypothetical"`
	Conditional   []string                  `yaml:"conditional"`
	Expectation   []string                  `yaml:"expectation"`
	Reference     []string                  `yaml:"reference"`
	Belief        []string                  `yaml:"belief"`
	Future        []string                  `yaml:"future"`
	Majority      []string                  `yaml:"majority"`
	ArticleWords  []string                  `yaml:"article_words"`
	EveryWords    []string                  `yaml:"every_words"`
	ArticleLinks  []string                  `yaml:"article_links"`
	Conjunctions  []string                  `yaml:"conjunctions"`
	Relatives     []string                  `yaml:"relatives"`
	PlaceNames    []string                  `yaml:"place_names"`
	Population    []string                  `yaml:"population"`
	Shares        map[string]float64        `yaml:"shares"`
	AtOnce        []string                  `yaml:"at_once"`
	Qualifiers    []string                  `yaml:"qualifiers"`
	PlaceIn       []string                  `yaml:"place_in"`
	WholeWords    []string                  `yaml:"whole_words"`
	ActionWords   []string                  `yaml:"action_words"`
	Multipliers   []string                  `yaml:"multipliers"`
	StaffGroups   []string                  `yaml:"staff_groups"`
	Strikers      []string                  `yaml:"strikers"`
	DecisionVerbs []string                  `yaml:"decision_verbs"`
	PlaceSorts    []string                  `yaml:"place_sorts"`
	ValueSorts    map[string][]string       `yaml:"value_sorts"`
	Additive      []string                  `yaml:"additive_words"`
	AboutWords    []string                  `yaml:"overview_subjects"`
	JoinWords     []string                  `yaml:"overview_links"`
	Light         []string                  `yaml:"light_verbs"`
	Judgement     []string                  `yaml:"judgement_words"`
	Heads         []string                  `yaml:"head_words"`
	Openers       []string                  `yaml:"openers"`
	SpeechVerbs   []string                  `yaml:"speech_verbs"`
	SpeechPhrases []string                  `yaml:"speech_phrases"`
	MemberWords   []string                  `yaml:"member_words"`
	SpanWords     []string                  `yaml:"span_words"`
	SpanUnits     []string                  `yaml:"span_units"`
	LastWords     []string                  `yaml:"last_words"`
	BeWords       []string                  `yaml:"be_words"`
	Approx        []string                  `yaml:"approx_words"`
	SlotBreaks    []string                  `yaml:"slot_breaks"`
	Entitled      []string                  `yaml:"entitled_words"`
	Failure       []string                  `yaml:"failure_words"`
	Scale         map[string][]string       `yaml:"scale"`
	EndPattern    string                    `yaml:"end_pattern"`
	Undecided     string                    `yaml:"undecided"`
	Novelty       string                    `yaml:"novelty"`
	Arithmetic    string                    `yaml:"arithmetic"`
	OpinionAsks   []string                  `yaml:"opinion_asks"`
	FigureNouns   []string                  `yaml:"figure_nouns"`
	FigureReach   int                       `yaml:"figure_reach"`
	MoneyFigure   string                    `yaml:"money_figure"`
	NextWords     []string                  `yaml:"next_words"`
	Sequence      []string                  `yaml:"sequence_words"`
	ReplyWords    []string                  `yaml:"reply_words"`
	Prior         []string                  `yaml:"prior_words"`
	SmallTalk     struct {
		Messages []string `yaml:"messages"`
		Fillers  []string `yaml:"fillers"`
		Reply    string   `yaml:"reply"`
	} `yaml:"small_talk"`
	Claims yaml.Node `yaml:"claims"` // read by loadClaimWords

	Checks yaml.Node `yaml:"yes_checks"` // read by loadYesChecks

	Bounds   map[string][]string `yaml:"bound_words"`
	OrBounds map[string][]string `yaml:"or_bounds"`

	NegRaising   []string `yaml:"negation_raising"`
	DayListWords []string `yaml:"day_list_words"`
	OnlyWords    []string `yaml:"only_words"`
	RelativeDays []string `yaml:"relative_days"`
	OrNoChoice   []string `yaml:"or_no_choice"`
	FollowUps    []string `yaml:"follow_ups"`

	ArticlePointers []string `yaml:"article_pointers"`
	ArticleAsks     struct {
		Has       []string `yaml:"has"`
		Particles []string `yaml:"particles"`
		About     []string `yaml:"about"`
		Start     []string `yaml:"start"`
		End       []string `yaml:"end"`
		Date      []string `yaml:"date"`
		Publisher []string `yaml:"publisher"`
		Order     []string `yaml:"order"`
		Quote     []string `yaml:"quote"`
		Shared    []string `yaml:"shared"`
		Whole     []string `yaml:"whole"`
		Repeat    []string `yaml:"repeat"`
	} `yaml:"article_asks"`
	ListWords       []string `yaml:"list_words"`
	OverallWords    []string `yaml:"overall_words"`
	NearWords       []string `yaml:"near_words"`
	CountWords      []string `yaml:"count_words"`
	MeetingWords    []string `yaml:"meeting_words"`
	PassiveAux      []string `yaml:"passive_aux"`
	Pronouns        []string `yaml:"pronouns"`
	Gendered        []string `yaml:"gendered_pronouns"`
	Personal        []string `yaml:"personal_pronouns"`
	StoryPronouns   []string `yaml:"story_pronouns"`
	SpeakerPronouns []string `yaml:"speaker_pronouns"`
	PluralPronouns  []string `yaml:"plural_pronouns"`
	QuestionWords   []string `yaml:"question_words"`
	PartJoins       []string `yaml:"part_joins"`
	Weekdays        []string `yaml:"weekdays"`
	CountAsks       []string `yaml:"count_asks"`

	Pleasantries []string `yaml:"pleasantries"`
	AsideWords   []string `yaml:"aside_words"`
	AsideLinks   []string `yaml:"aside_links"`

	RelativeTimes relativeTimesYAML `yaml:"relative_times"`

	DefinitionWords []string `yaml:"definition_words"`
	UndefinedCues   []string `yaml:"undefined_cues"`
	HoursAsks       []string `yaml:"hours_asks"`
}

// relativeTimesYAML is vocabulary.yaml's relative_times: the words naming
// the latest dispute and those naming the earliest.
type relativeTimesYAML struct {
	Later   []string `yaml:"later"`
	Earlier []string `yaml:"earlier"`
	Now     []string `yaml:"now"`
}

type answerTypeYAML struct {
	Cues    []string `yaml:"cues"`
	Kinds   []string `yaml:"kinds"`
	Pattern string   `yaml:"pattern"`
	Exclude string   `yaml:"exclude"`
	Denied  string   `yaml:"denied"`
	Strict  bool     `yaml:"strict"`

	Replaces []string `yaml:"replaces"` // see answerType.replaces
}

// loadVocabulary reads and checks vocabulary.yaml and the word list.
func (l *loader) loadVocabulary() *vocab {
	v := &vocab{}
	b, err := l.readFile(vocabFile)
	if err != nil {
		l.add(vocabFile, 0, "read: %v", err)
		return v
	}
	var doc yaml.Node
	if err := yaml.Unmarshal(b, &doc); err != nil {
		l.add(vocabFile, yamlErrLine(err), "parse: %v", err)
		return v
	}
	if len(doc.Content) == 0 || doc.Content[0].Kind != yaml.MappingNode {
		l.add(vocabFile, 0, "top level must be a mapping of sections")
		return v
	}
	var y vocabYAML
	root := doc.Content[0]
	known := map[string]bool{}
	for _, f := range reflect.VisibleFields(reflect.TypeFor[vocabYAML]()) {
		known[strings.Split(f.Tag.Get("yaml"), ",")[0]] = true
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		if k := root.Content[i]; !known[k.Value] {
			l.add(vocabFile, k.Line, "unknown section %q", k.Value)
		}
	}
	if err := root.Decode(&y); err != nil {
		l.add(vocabFile, yamlErrLine(err), "%v", err)
		return v
	}
	line := func(key string) int {
		for i := 0; i+1 < len(root.Content); i += 2 {
			if root.Content[i].Value == key {
				return root.Content[i].Line
			}
		}
		return 0
	}
	bad := func(section, w string) bool {
		if w == "" || w != strings.ToLower(w) || strings.TrimSpace(w) != w {
			l.add(vocabFile, line(section), "%s: %q must be lower case, trimmed and not empty", section, w)
			return true
		}
		return false
	}
	set := func(section string, words []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range words {
			if !bad(section, w) {
				m[w] = true
			}
		}
		return m
	}
	// wordList is a required list of single words, kept in file order:
	// a missing or empty one, a word given twice or of several words is
	// an error, not a quiet change in how questions are read.
	wordList := func(section string, words []string) []string {
		if len(words) == 0 {
			l.add(vocabFile, line(section), "%s: missing or empty: the bot needs this list", section)
		}
		out := make([]string, 0, len(words))
		for _, w := range words {
			switch {
			case bad(section, w):
			case strings.ContainsFunc(w, unicode.IsSpace):
				l.add(vocabFile, line(section), "%s: %q must be one word", section, w)
			case slices.Contains(out, w):
				l.add(vocabFile, line(section), "%s: %q is listed twice", section, w)
			default:
				out = append(out, w)
			}
		}
		return out
	}
	// termSet is a set of words as the terms questions are read as
	// ("before" and "befor" alike).
	termSet := func(words map[string]bool) map[string]bool {
		m := map[string]bool{}
		for w := range words {
			m[v.term(w)] = true
		}
		return m
	}
	v.phrases = map[string]*phraseStart{}
	// spelt: the spellings given so far. Only a spelling's first entry
	// ever applies, so a second is a curator's mistake, not a variant.
	spelt := map[string]bool{}
	for i, p := range y.Phrases {
		r := phraseRule{order: i}
		if len(p) == 2 {
			r.from, r.to = split(normalizeChars(p[0]), nil), split(normalizeChars(p[1]), nil)
		}
		if len(r.from) == 0 {
			l.add(vocabFile, line("phrases"), "phrases: each entry is [spelling, replacement], not %q", p)
			continue
		}
		if key := strings.Join(r.from, " "); spelt[key] {
			l.add(vocabFile, line("phrases"), "phrases: %q is given twice; only its first entry applies, so delete or merge the other", p[0])
			continue
		} else {
			spelt[key] = true
		}
		s := v.phrases[r.from[0]]
		if s == nil {
			s = &phraseStart{}
			v.phrases[r.from[0]] = s
		}
		switch {
		case len(r.from) == 1 && s.single == nil:
			s.single = &r
		case len(r.from) > 1:
			if s.next == nil {
				s.next = map[string][]phraseRule{}
			}
			s.next[r.from[1]] = append(s.next[r.from[1]], r)
		}
	}
	v.textspeak = map[string][]string{}
	for w, to := range y.Textspeak {
		if !bad("textspeak", w) && !bad("textspeak", to) {
			v.textspeak[w] = strings.Fields(to)
		}
	}
	// speak keeps the entries of a text-speak map whose word and
	// replacement are both one well-formed word.
	speak := func(name string, m map[string]string) map[string]string {
		out := map[string]string{}
		for w, to := range m {
			if !bad(name, w) && !bad(name, to) {
				out[w] = to
			}
		}
		return out
	}
	v.finalSpeak = speak("final_textspeak", y.FinalSpeak)
	v.pointerSpeak = speak("pointer_textspeak", y.PointerSpeak)
	v.stranded = set("stranded_words", y.Stranded)
	v.linkSpeak = speak("linking_textspeak", y.LinkSpeak)
	v.linkWords = set("linking_words", y.LinkWords)
	v.numbers = map[string]string{}
	for w, d := range y.Numbers {
		if !bad("numbers", w) {
			v.numbers[w] = d
		}
	}
	v.synonyms = map[string]string{}
	for term, words := range y.Synonyms {
		bad("synonyms", term)
		for _, w := range words {
			if bad("synonyms", w) {
				continue
			}
			if strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
				// A question is read word by word: "look after" would
				// never match. It is a phrase.
				l.add(vocabFile, line("synonyms"), "synonyms: %q is not one word: join it in phrases instead", w)
				continue
			}
			if other, dup := v.synonyms[w]; dup && other != term {
				l.add(vocabFile, line("synonyms"), "synonyms: %q stands for both %q and %q", w, other, term)
			}
			v.synonyms[w] = term
		}
	}
	for w, term := range v.synonyms {
		if other, ok := v.synonyms[term]; ok && other != term {
			l.add(vocabFile, line("synonyms"), "synonyms: %q stands for %q, which itself stands for %q: list it under %q", w, term, other, other)
		}
	}
	v.loadStemPhrases(y.StemPhrases, l, line("stem_phrases"))
	v.stop = set("stop_words", y.StopWords)
	v.weak = set("weak_words", y.WeakWords)
	v.weakTerms = map[string]bool{}
	for w := range v.weak {
		v.weakTerms[v.term(w)] = true
	}
	v.compare = set("compare_words", y.CompareWords)
	v.kindWords = map[Kind]string{}
	for k, words := range y.KindWords {
		if !slices.Contains(Kinds, Kind(k)) {
			l.add(vocabFile, line("kind_words"), "kind_words: unknown kind %q (valid: %s)", k, kindList())
			continue
		}
		v.kindWords[Kind(k)] = strings.Join(words, " ")
	}
	names := make([]string, 0, len(y.AnswerTypes))
	for name := range y.AnswerTypes {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		t := y.AnswerTypes[name]
		at := answerType{name: AnswerType(name), strict: t.Strict}
		if len(t.Cues) == 0 {
			l.add(vocabFile, line("answer_types"), "answer_types: %s has no cues", name)
		}
		for _, c := range t.Cues {
			if !bad("answer_types", c) {
				at.cues = append(at.cues, split(normalizeChars(c), nil))
			}
		}
		for _, k := range t.Kinds {
			if !slices.Contains(Kinds, Kind(k)) {
				l.add(vocabFile, line("answer_types"), "answer_types: %s: unknown kind %q (valid: %s)", name, k, kindList())
				continue
			}
			at.kinds = append(at.kinds, Kind(k))
		}
		compile := func(what, expr string) *typePattern {
			if expr == "" {
				return nil
			}
			// Patterns are matched against lower-cased text: cheaper than
			// (?i) over long alternations.
			p, err := newTypePattern(expr)
			if err != nil {
				l.add(vocabFile, line("answer_types"), "answer_types: %s: %s: %v", name, what, err)
			}
			return p
		}
		at.pattern = compile("pattern", t.Pattern)
		at.exclude = compile("exclude", t.Exclude)
		at.denied = compile("denied", t.Denied)
		if len(at.kinds) == 0 && at.pattern == nil {
			l.add(vocabFile, line("answer_types"), "answer_types: %s needs kinds or a pattern", name)
		}
		v.types = append(v.types, at)
	}
	if len(v.types) > 64 {
		l.add(vocabFile, line("answer_types"), "answer_types: at most 64, not %d", len(v.types))
		v.types = v.types[:64]
	}
	for i := range v.types {
		v.types[i].index = i
		for _, r := range y.AnswerTypes[string(v.types[i].name)].Replaces {
			if v.answerType(AnswerType(r)) == nil {
				l.add(vocabFile, line("answer_types"), "answer_types: %s replaces unknown type %q", v.types[i].name, r)
				continue
			}
			v.types[i].replaces = append(v.types[i].replaces, AnswerType(r))
		}
	}
	v.cueStart = map[string][]cueRef{}
	for i := range v.types {
		t := &v.types[i]
		t.wordCues, t.cueTerms = map[string]bool{}, map[string]bool{}
		for _, c := range t.cues {
			if len(c) > 0 {
				v.cueStart[c[0]] = append(v.cueStart[c[0]], cueRef{i, c})
			}
			if len(c) == 1 {
				t.wordCues[c[0]], t.cueTerms[v.term(c[0])] = true, true
			}
		}
	}
	v.yesNo = set("yes_no_starts", y.YesNoStarts)
	v.endCues = set("end_cues", y.EndCues)
	v.endTerms = map[string]bool{}
	for w := range v.endCues {
		v.endTerms[v.term(w)] = true
	}
	v.opposites = map[string][]string{}
	for _, p := range y.Opposites {
		if len(p) != 2 || bad("opposites", p[0]) || bad("opposites", p[1]) {
			if len(p) != 2 {
				l.add(vocabFile, line("opposites"), "opposites: %q must be a pair of words", p)
			}
			continue
		}
		a, b := v.term(p[0]), v.term(p[1])
		v.opposites[a] = append(v.opposites[a], b)
		v.opposites[b] = append(v.opposites[b], a)
	}
	v.comparatives = set("comparatives", y.Comparatives)
	v.superlatives = set("superlatives", y.Superlatives)
	v.lowest = set("low_superlatives", y.Lowest)
	v.detailCues = set("detail_cues", y.DetailCues)
	v.vagueCounts = set("vague_counts", y.VagueCounts)
	v.tags = tagList(y.TagQuestions)
	v.checkLeads, v.checkTags, v.checkSources = tagList(y.CheckLeads), tagList(y.CheckTags), tagList(y.CheckSources)
	v.wording = set("wording_words", y.WordingWords)
	v.gapCues = set("gap_cues", y.GapCues)
	v.askCues = map[string]bool{}
	for _, cues := range []map[string]bool{v.compare, v.comparatives, v.endCues, v.detailCues, v.gapCues} {
		maps.Copy(v.askCues, cues)
	}
	v.months = set("months", y.Months)
	v.identity = set("identity_words", y.Identity)
	v.passive = set("passive_cues", y.Passive)
	v.orderWords = termSet(set("order_words", y.OrderWords))
	v.hypothetical = set("hypothetical", y.Hypothetical)
	v.conditional = set("conditional", y.Conditional)
	v.expectation = set("expectation", y.Expectation)
	v.reference = set("reference", y.Reference)
	v.belief = set("belief", y.Belief)
	v.future = set("future", y.Future)
	v.majority = set("majority", y.Majority)
	v.articleWords = set("article_words", y.ArticleWords)
	v.everyWords = set("every_words", y.EveryWords)
	v.articlePointers = set("article_pointers", y.ArticlePointers)
	v.articleAsks = articleAsks{
		has:       set("article_asks", y.ArticleAsks.Has),
		particles: set("article_asks", y.ArticleAsks.Particles),
		about:     set("article_asks", y.ArticleAsks.About),
		start:     set("article_asks", y.ArticleAsks.Start),
		end:       set("article_asks", y.ArticleAsks.End),
		date:      set("article_asks", y.ArticleAsks.Date),
		publisher: set("article_asks", y.ArticleAsks.Publisher),
		order:     set("article_asks", y.ArticleAsks.Order),
		quote:     set("article_asks", y.ArticleAsks.Quote),
		shared:    set("article_asks", y.ArticleAsks.Shared),
		whole:     set("article_asks", y.ArticleAsks.Whole),
		repeat:    set("article_asks", y.ArticleAsks.Repeat),
	}
	v.listWords = set("list_words", y.ListWords)
	v.overallWords = set("overall_words", y.OverallWords)
	v.nearWords = set("near_words", y.NearWords)
	v.countWords = set("count_words", y.CountWords)
	v.conjunctions = set("conjunctions", y.Conjunctions)
	v.relatives = set("relatives", y.Relatives)
	v.placeNames = set("place_names", y.PlaceNames)
	for _, p := range y.ArticleLinks {
		if !bad("article_links", p) {
			v.articleLinks = append(v.articleLinks, split(normalizeChars(p), nil))
		}
	}
	v.population = termSet(set("population", y.Population))
	for p, pct := range y.Shares {
		if !bad("shares", p) {
			v.shares = append(v.shares, shareWords{split(normalizeChars(p), nil), pct})
		}
	}
	// Longer spellings first: "two thirds" before "thirds".
	slices.SortFunc(v.shares, func(a, b shareWords) int { return len(b.words) - len(a.words) })
	for _, p := range y.AtOnce {
		if !bad("at_once", p) {
			v.atOnce = append(v.atOnce, split(normalizeChars(p), nil))
		}
	}
	v.qualifiers = set("qualifiers", y.Qualifiers)
	v.placeIn = set("place_in", y.PlaceIn)
	v.wholeWords = termSet(set("whole_words", y.WholeWords))
	v.actionWords = termSet(set("action_words", y.ActionWords))
	v.multipliers = set("multipliers", y.Multipliers)
	v.staffGroups = termSet(set("staff_groups", y.StaffGroups))
	v.strikers = termSet(set("strikers", y.Strikers))
	v.decisionVerbs = set("decision_verbs", y.DecisionVerbs)
	v.placeSorts = termSet(set("place_sorts", y.PlaceSorts))
	v.speech = set("speech_verbs", y.SpeechVerbs)
	v.member = set("member_words", y.MemberWords)
	v.spanWords = set("span_words", y.SpanWords)
	v.spanUnits = termSet(set("span_units", y.SpanUnits))
	v.lastWords = set("last_words", y.LastWords)
	v.beWords = set("be_words", y.BeWords)
	v.approx = set("approx_words", y.Approx)
	v.slotBreaks = set("slot_breaks", y.SlotBreaks)
	v.entitled = set("entitled_words", y.Entitled)
	v.failure = set("failure_words", y.Failure)
	v.scale = map[string]int{}
	for dir, words := range y.Scale {
		n, ok := map[string]int{"more": 1, "less": -1, "most": 2, "least": -2}[dir]
		if !ok {
			l.add(vocabFile, line("scale"), "scale: %q must be more, less, most or least", dir)
			continue
		}
		for w := range set("scale", words) {
			v.scale[w] = n
		}
	}
	for _, p := range y.EveryDispute {
		if !bad("every_dispute", p) {
			v.everyDispute = append(v.everyDispute, split(normalizeChars(p), nil))
		}
	}
	if y.EndPattern != "" {
		re, err := regexp.Compile(strings.ToLower(y.EndPattern))
		if err != nil {
			l.add(vocabFile, line("end_pattern"), "end_pattern: %v", err)
		}
		v.endPattern = re
	}
	if y.Undecided != "" {
		re, err := regexp.Compile(strings.ToLower(y.Undecided))
		if err != nil {
			l.add(vocabFile, line("undecided"), "undecided: %v", err)
		}
		v.undecided = re
	}
	if y.Novelty != "" {
		re, err := regexp.Compile(strings.ToLower(y.Novelty))
		if err != nil {
			l.add(vocabFile, line("novelty"), "novelty: %v", err)
		}
		v.novelty = re
	}
	if y.Arithmetic != "" {
		re, err := regexp.Compile(y.Arithmetic)
		if err != nil {
			l.add(vocabFile, line("arithmetic"), "arithmetic: %v", err)
		}
		v.arithmetic = re
	}
	if y.MoneyFigure != "" {
		re, err := regexp.Compile(y.MoneyFigure)
		if err != nil {
			l.add(vocabFile, line("money_figure"), "money_figure: %v", err)
		}
		v.moneyFigure = re
	}
	v.figureNouns = set("figure_nouns", y.FigureNouns)
	v.nextWords = set("next_words", y.NextWords)
	v.sequence = set("sequence_words", y.Sequence)
	v.replyWords = set("reply_words", y.ReplyWords)
	v.figureReach = y.FigureReach
	if v.figureReach < 0 {
		l.add(vocabFile, line("figure_reach"), "figure_reach: %d is negative", v.figureReach)
	}
	v.prior = set("prior_words", y.Prior)
	v.smallTalk = map[string]bool{}
	for _, m := range y.SmallTalk.Messages {
		if !bad("small_talk", m) {
			words := split(normalizeChars(m), nil)
			v.smallTalk[strings.Join(words, " ")] = true
			v.smallWords = max(v.smallWords, len(words))
		}
	}
	v.smallFiller = map[string]bool{}
	for _, w := range y.SmallTalk.Fillers {
		if !bad("small_talk", w) {
			v.smallFiller[strings.Join(split(normalizeChars(w), nil), " ")] = true
		}
	}
	v.smallVocab = smallVocab(v)
	v.smallReply = strings.TrimSpace(y.SmallTalk.Reply)
	if len(v.smallTalk) > 0 && v.smallReply == "" {
		l.add(vocabFile, line("small_talk"), "small_talk: messages need a reply")
	}
	v.claims = l.loadClaimWords(&y.Claims)
	v.checks = l.loadYesChecks(&y.Checks)
	v.dict = l.loadWords(wordsFile)
	v.modifiers = l.loadWords(modifierFile)
	v.additive = set("additive_words", y.Additive)
	v.aboutWords = set("overview_subjects", y.AboutWords)
	v.joinWords = set("overview_links", y.JoinWords)
	v.light = set("light_verbs", y.Light)
	v.judgement = set("judgement_words", y.Judgement)
	v.heads = set("head_words", y.Heads)
	v.openers = set("openers", y.Openers)
	// phrases is a list of the section's entries, each split into words
	// when split is set.
	phrases := func(section string, entries []string, split bool) (out []string, words [][]string) {
		for _, p := range entries {
			if bad(section, p) {
				continue
			}
			out = append(out, p)
			if split {
				words = append(words, strings.Fields(p))
			}
		}
		return out, words
	}
	v.pleasantries, _ = phrases("pleasantries", y.Pleasantries, false)
	for _, p := range v.pleasantries {
		v.pleasantAt[p[0]] = append(v.pleasantAt[p[0]], p)
	}
	v.asideWords = set("aside_words", y.AsideWords)
	v.asideLinks = set("aside_links", y.AsideLinks)
	for _, w := range y.AsideLinks {
		if v.asideLinks[w] {
			v.asideLinkList = append(v.asideLinkList, w)
		}
	}
	_, v.laterWords = phrases("relative_times", y.RelativeTimes.Later, true)
	_, v.earlierWords = phrases("relative_times", y.RelativeTimes.Earlier, true)
	_, v.nowWords = phrases("relative_times", y.RelativeTimes.Now, true)
	v.definitionWords = set("definition_words", y.DefinitionWords)
	v.undefinedCues, _ = phrases("undefined_cues", y.UndefinedCues, false)
	_, v.hoursAsks = phrases("hours_asks", y.HoursAsks, true)
	v.opinionStarts = map[string]bool{}
	for _, p := range y.OpinionAsks {
		if !bad("opinion_asks", p) {
			w := v.words(p)
			v.opinionAsks = append(v.opinionAsks, w)
			if len(w) > 0 {
				v.opinionStarts[w[0]] = true
			}
		}
	}
	for _, p := range y.MeetingWords {
		if !bad("meeting_words", p) {
			v.meetingWords = append(v.meetingWords, v.words(p))
		}
	}
	v.passiveAux = wordList("passive_aux", y.PassiveAux)
	v.pronouns = wordList("pronouns", y.Pronouns)
	v.genderedPronouns = wordList("gendered_pronouns", y.Gendered)
	v.personalPronouns = wordList("personal_pronouns", y.Personal)
	v.storyPronouns = wordList("story_pronouns", y.StoryPronouns)
	v.speakerPronouns = wordList("speaker_pronouns", y.SpeakerPronouns)
	v.pluralPronouns = wordList("plural_pronouns", y.PluralPronouns)
	// clauseWords is a wordList that clauseBreakAt matches in the message
	// as typed, byte by byte: ASCII letters only, and no word the start of
	// another, so that the first that matches is the only one.
	clauseWords := func(section string, words []string) []string {
		out := wordList(section, words)
		for _, w := range out {
			if strings.ContainsFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) {
				l.add(vocabFile, line(section), "%s: %q must be ASCII letters a-z only", section, w)
			}
			if o := slices.IndexFunc(out, func(o string) bool { return o != w && strings.HasPrefix(o, w) }); o >= 0 {
				l.add(vocabFile, line(section), "%s: %q starts %q: no word may start another", section, w, out[o])
			}
		}
		return out
	}
	v.questionWords = clauseWords("question_words", y.QuestionWords)
	v.partJoins = clauseWords("part_joins", y.PartJoins)
	for _, w := range v.questionWords {
		if !v.yesNo[w] {
			v.whWords = append(v.whWords, w)
		}
	}
	// inOrder is a wordList of the n names of a cycle, in order.
	inOrder := func(section string, words []string, n int, first string) []string {
		out := wordList(section, words)
		if len(words) > 0 && len(out) != n {
			l.add(vocabFile, line(section), "%s: %d names, not %d: list them in order, %s first", section, len(out), n, first)
		}
		return out
	}
	v.weekdays = inOrder("weekdays", y.Weekdays, 7, "Monday")
	// bounded reads a mapping of directions (ops names them) to words:
	// each word has one direction.
	bounded := func(section string, dirs map[string][]string, ops map[string]string) map[string]string {
		m := map[string]string{}
		if len(dirs) == 0 {
			l.add(vocabFile, line(section), "%s: missing or empty: the bot needs this list", section)
		}
		for _, dir := range slices.Sorted(maps.Keys(dirs)) {
			op, ok := ops[dir]
			if len(dirs[dir]) == 0 {
				continue // a direction with no words is none
			}
			if !ok {
				l.add(vocabFile, line(section), "%s: %q must be one of %s", section, dir, strings.Join(slices.Sorted(maps.Keys(ops)), ", "))
				continue
			}
			for _, w := range wordList(section, dirs[dir]) {
				if other, dup := m[w]; dup && other != op {
					l.add(vocabFile, line(section), "%s: %q bounds both ways", section, w)
				}
				m[w] = op
			}
		}
		return m
	}
	// wordSet is a wordList looked up as a set.
	wordSet := func(section string, words []string) map[string]bool {
		m := map[string]bool{}
		for _, w := range wordList(section, words) {
			m[w] = true
		}
		return m
	}
	v.negRaising = wordSet("negation_raising", y.NegRaising)
	v.dayListWords = wordSet("day_list_words", y.DayListWords)
	v.onlyWords = wordSet("only_words", y.OnlyWords)
	v.relativeDays = wordSet("relative_days", y.RelativeDays)
	v.orNoChoice = wordSet("or_no_choice", y.OrNoChoice)
	v.bounds = bounded("bound_words", y.Bounds, map[string]string{"more": ">", "fewer": "<", "at_most": "<="})
	v.orBounds = bounded("or_bounds", y.OrBounds, map[string]string{"more": ">=", "fewer": "<="})
	// phraseList is a required list of phrases, as raw words.
	phraseList := func(section string, phrases []string) [][]string {
		if len(phrases) == 0 {
			l.add(vocabFile, line(section), "%s: missing or empty: the bot needs this list", section)
		}
		var out [][]string
		for _, p := range phrases {
			if bad(section, p) {
				continue
			}
			if w := split(normalizeChars(p), nil); len(w) > 0 {
				out = append(out, w)
			} else {
				l.add(vocabFile, line(section), "%s: %q has no words", section, p)
			}
		}
		return out
	}
	v.countAsks = phraseList("count_asks", y.CountAsks)
	v.speechPhrases = phraseList("speech_phrases", y.SpeechPhrases)
	v.followUps = phraseList("follow_ups", y.FollowUps)
	v.calendar = inOrder("months", y.Months, 12, "January")
	v.valueSorts = v.readValueSorts(y.ValueSorts, func(w string) bool { return bad("value_sorts", w) })
	v.sortNames = v.readSortNames()
	return v
}

// matches reports whether an answer's text, lower-cased, gives this type,
// by pattern.
func (t *answerType) matches(text string) bool {
	if t.pattern == nil {
		return false
	}
	if t.exclude != nil && t.exclude.mayMatch(text) {
		text = t.exclude.re.ReplaceAllString(text, " ")
	}
	return t.pattern.matchString(text)
}

// answerType returns the answer type of the given name, or nil.
func (v *vocab) answerType(name AnswerType) *answerType {
	for i := range v.types {
		if v.types[i].name == name {
			return &v.types[i]
		}
	}
	return nil
}

// typeWord reports whether a word is, by itself, what an answer type's
// pattern gives: the word list has no names, but "thursday" or "june" is
// a real word, never a misspelling of "tuesday" or "july".
func (v *vocab) typeWord(w string) bool {
	if w == "" || isDigitByte(w[0]) {
		return false
	}
	for i := range v.types {
		if p := v.types[i].pattern; p != nil && p.mayMatch(w) {
			if loc := p.re.FindStringIndex(w); loc != nil && loc[0] == 0 && loc[1] == len(w) {
				return true
			}
		}
	}
	return false
}

// dictionary is the English word list: lower-case words, one a line, sorted,
// searched in place so that loading it costs one read and no allocation
// per word. It is kept as the bytes read, not converted to a string: the
// copy would be half a megabyte of fresh memory for every "bot ask".
type dictionary []byte

// loadWords reads a word list and checks that it is sorted, which the
// binary search relies on.
func (l *loader) loadWords(name string) dictionary {
	b, err := l.readFile(name)
	if err != nil {
		l.add(name, 0, "read: %v", err)
		return nil
	}
	if bytes.Contains(b, []byte("\r\n")) {
		b = bytes.ReplaceAll(b, []byte("\r\n"), []byte("\n"))
	}
	// No split into lines: this check is run on every start, and the
	// lists have 60,000 lines. bytes.IndexByte finds each line's end
	// faster than a loop over the half megabyte's bytes.
	var prev []byte
	for n, start := 1, 0; start < len(b); n++ {
		end := bytes.IndexByte(b[start:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += start
		}
		w := b[start:end]
		if len(w) == 0 || n > 1 && string(w) <= string(prev) {
			l.add(name, n, "the word list must be sorted, one word a line, with no blank or repeated lines (%q after %q)", w, prev)
			return nil
		}
		prev, start = w, end+1
	}
	return dictionary(b)
}

// has reports whether w is one of the words.
func (d dictionary) has(w string) bool {
	lo, hi := 0, len(d) // lo is always at the start of a line
	for lo < hi {
		i := lo + (hi-lo)/2
		for i > lo && d[i-1] != '\n' {
			i--
		}
		end := bytes.IndexByte(d[i:hi], '\n')
		if end < 0 {
			end = hi
		} else {
			end += i
		}
		switch word := d[i:end]; {
		case string(word) == w:
			return true
		case string(word) < w:
			lo = end + 1
		default:
			hi = i
		}
	}
	return false
}

// countAskAt returns where the words after one of count_asks ("how many")
// at raw[i] start, or -1 when none starts there.
func (v *vocab) countAskAt(raw []string, i int) int {
	for _, a := range v.countAsks {
		if len(a) > 0 && len(a) <= len(raw)-i && raw[i] == a[0] && slices.Equal(raw[i+1:i+len(a)], a[1:]) {
			return i + len(a)
		}
	}
	return -1
}

// articleLink reports whether raw[at:] starts with one of article_links,
// and where the words after it start.
func (v *vocab) articleLink(raw []string, at int) (int, bool) {
	for _, link := range v.articleLinks {
		if len(link) <= len(raw)-at && slices.Equal(raw[at:at+len(link)], link) {
			return at + len(link), true
		}
	}
	return at, false
}
