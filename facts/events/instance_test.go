package events

import "testing"

// Real sentences (ECB+, CC BY 3.0): whether the trigger's mention
// introduces an occurrence of its kind.
func TestNewInstance(t *testing.T) {
	lex := &Lexicon{Events: []Event{
		{Name: "earthquake", Words: []string{"quake", "earthquake"}, Participant: "none"},
		{Name: "attack", Words: []string{"shot", "attack", "shooting"}, VerbForms: []string{"shot"}, Participant: "none"},
		{Name: "win", Words: []string{"won"}, VerbForms: []string{"won"}},
		{Name: "die", Words: []string{"died"}, VerbForms: []string{"died"}},
	}}
	tests := []struct {
		sentence, trigger string
		want, another     bool
	}{
		{"On Saturday, more than a dozen people were killed by a quake in eastern China.", "quake", true, false},
		{"A 5.6 magnitude earthquake hit an island off Iran's southern coast on Sunday.", "earthquake", true, false},
		{"In early March, a gunman shot and wounded three people at a printing facility.", "shot", true, false},
		{"The expectations were high for a team that won 40 games.", "won", true, false},
		{"The tremor struck an area around the town of Dargahan.", "tremor", false, false},
		{"According to the student ISNA news agency, the quake on the outskirts of Dargahan injured two people.", "quake", false, false},
		{"Felt died Thursday at his home in Santa Rosa, Calif.", "died", false, false},
		{"The gang member shot Jerry Ortiz outside a Hawaiian Gardens building in 2005.", "shot", false, false},
		{"Thursday's shooting came just weeks after the previous shooting in Manchester.", "shooting", false, true},
		{"A German naval helicopter thwarted another attack Saturday.", "attack", true, true},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := lastWord(t, toks, tt.sentence, tt.trigger)
		if got := lex.NewInstance(toks, k); got != tt.want {
			t.Errorf("NewInstance(%q, %q) = %v, want %v", tt.sentence, tt.trigger, got, tt.want)
		}
		if got := Another(toks, k); got != tt.another {
			t.Errorf("Another(%q, %q) = %v, want %v", tt.sentence, tt.trigger, got, tt.another)
		}
	}
}

// Real sentences (ECB+, CC BY 3.0): whether a participle stands as an
// adjective before its noun.
func TestAdjectival(t *testing.T) {
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"The Saints placed rookie Chris Ivory on injured reserve Tuesday.", "injured", true},
		{"The Saints placed Reggie Bush on the injured list on Wednesday.", "injured", true},
		{"Bush injured his left knee on Oct. 19.", "injured", false},
		{"The strong safety was injured during the overtime loss.", "injured", false},
		{"Chargers defensive lineman Jamal Williams was arrested early Sunday.", "arrested", false},
		{"Iran's state television says a quake has injured three people.", "injured", false},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := lastWord(t, toks, tt.sentence, tt.word)
		if got := Adjectival(toks, k); got != tt.want {
			t.Errorf("Adjectival(%q, %q) = %v, want %v", tt.sentence, tt.word, got, tt.want)
		}
	}
}

// Real sentences (ECB+, CC BY 3.0): whether a plural event noun counts
// several events.
func TestPlural(t *testing.T) {
	lex := &Lexicon{Events: []Event{
		{Name: "attack", Words: []string{"attack", "attacks", "attacked"}, VerbForms: []string{"attack", "attacks", "attacked"}, Participant: "none"},
		{Name: "rob", Words: []string{"robbery", "robberies"}, Participant: "none"},
		{Name: "elect", Words: []string{"ballot", "ballots"}},
	}}
	tests := []struct {
		sentence, word string
		want           bool
	}{
		{"The heist is the latest to hit France after a string of high - profile robberies in Cannes.", "robberies", true},
		{"Security researchers first saw evidence of attacks exploiting the IE vulnerability last week.", "attacks", true},
		{"Voters in Turkmenistan cast ballots Sunday in a parliamentary election.", "ballots", false},
		{"The Indian navy said it has captured 23 pirates who attacked a merchant vessel.", "attacked", false},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := lastWord(t, toks, tt.sentence, tt.word)
		if got := lex.Plural(toks, k); got != tt.want {
			t.Errorf("Plural(%q, %q) = %v, want %v", tt.sentence, tt.word, got, tt.want)
		}
	}
}

// lastWord is the index of the last token of toks that is word in lower
// case; the test fails when there is none.
func lastWord(t *testing.T, toks []Token, sentence, word string) int {
	t.Helper()
	for k := len(toks) - 1; k >= 0; k-- {
		if toks[k].Lower == word {
			return k
		}
	}
	t.Fatalf("%q: no %q", sentence, word)
	return -1
}

// Real sentences (ECB+, CC BY 3.0): whether an event noun is said to be
// one of a series, and whether a plural event noun counts several
// events ("the 1967 killings" is one double murder, dated).
func TestSeriesAndPlural(t *testing.T) {
	lex := &Lexicon{Events: []Event{
		{Name: "earthquake", Words: []string{"earthquake"}, Participant: "none"},
		{Name: "kill", Words: []string{"killing", "killings", "slaying", "slayings"}, Participant: "object"},
		{Name: "attack", Words: []string{"attack", "attacks"}, Participant: "none"},
	}}
	tests := []struct {
		sentence, trigger string
		series, plural    bool
	}{
		{"Monday's earthquake was the second one to hit Qeshm in the past 24 hours.", "earthquake", true, false},
		{"The earthquake was felt in the southern port city of Bandar Abbas.", "earthquake", false, false},
		{"Staunton police on Friday arrested a terminally ill woman in the 1967 killings of two young women.", "killings", false, false},
		{"A co-worker has been charged in the 1967 slayings of two women at an ice cream shop.", "slayings", false, false},
		{"The navy has foiled 2 attacks since September.", "attacks", false, true},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := lastWord(t, toks, tt.sentence, tt.trigger)
		if got := InSeries(toks, k); got != tt.series {
			t.Errorf("InSeries(%q, %q) = %v, want %v", tt.sentence, tt.trigger, got, tt.series)
		}
		if got := lex.Plural(toks, k); got != tt.plural {
			t.Errorf("Plural(%q, %q) = %v, want %v", tt.sentence, tt.trigger, got, tt.plural)
		}
	}
}

// Real sentences (ECB+, CC BY 3.0): a phrasal verb's head may take a
// reflexive before its particle.
func TestPhrasalReflexive(t *testing.T) {
	lex := &Lexicon{Events: []Event{
		{Name: "checkin", Words: []string{"checked in", "checked into"}, VerbForms: []string{"checked in", "checked into"}},
	}}
	tests := []struct {
		sentence string
		want     bool
	}{
		{"Reid checked herself in on Tuesday, December 9, 2008.", true},
		{"Tara Reid checked into Promises Treatment Center on Friday.", true},
		{"Lohan checked out of Morningside Recovery after only a few minutes.", false},
		{"Police checked her phone in the morning.", false},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := lastWord(t, toks, tt.sentence, "checked")
		if got := lex.EventAt(toks, k) != nil; got != tt.want {
			t.Errorf("EventAt(%q, checked) found %v, want %v", tt.sentence, got, tt.want)
		}
	}
}
