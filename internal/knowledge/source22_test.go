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
}
