package events

import (
	"reflect"
	"slices"
	"strings"
	"testing"
	"unicode"
	"unsafe"
)

// tokens splits a test sentence into words and punctuation as facts does,
// near enough for the clause reader: words keep inner apostrophes, and
// words in [brackets] are places.
func tokens(s string) []Token {
	var out []Token
	place := false
	space := true
	rs := []rune(s)
	for i := 0; i < len(rs); {
		r := rs[i]
		switch {
		case r == '[' || r == ']':
			place = r == '['
			i++
			continue
		case unicode.IsSpace(r):
			space = true
			i++
			continue
		}
		j := i + 1
		word := unicode.IsLetter(r) || unicode.IsDigit(r)
		if word {
			for j < len(rs) && (unicode.IsLetter(rs[j]) || unicode.IsDigit(rs[j]) || (rs[j] == '\'' || rs[j] == '’') && j+1 < len(rs) && unicode.IsLetter(rs[j+1])) {
				j++
			}
		}
		text := string(rs[i:j])
		out = append(out, Token{Text: text, Lower: strings.ToLower(text), Word: word && !unicode.IsDigit(r),
			Cap: unicode.IsUpper(r), Place: place && word, Space: space})
		space = false
		i = j
	}
	return out
}

var testLex = &Lexicon{Events: []Event{
	{Name: "visit", Words: []string{"visit", "visited", "trip", "travelled", "journey"},
		VerbForms: []string{"visit", "visited", "travelled"}, Again: []string{"back"}},
	{Name: "arrest", Words: []string{"arrest", "arrested"}, VerbForms: []string{"arrest", "arrested"}, Participant: "object"},
	{Name: "rehab", Words: []string{"entered", "rehab"}, VerbForms: []string{"entered"}},
	{Name: "die", Words: []string{"died", "death"}, VerbForms: []string{"died"}},
	{Name: "earthquake", Words: []string{"earthquake"}, Participant: "none"},
	{Name: "summit", Words: []string{"summit"}},
	{Name: "host", Words: []string{"host"}, VerbForms: []string{"host"}},
	{Name: "win", Words: []string{"win"}, VerbForms: []string{"win"}},
}}

// Real sentences (the seed articles; ECB+, CC BY 3.0): the trigger word
// and who the clause says the mention is about.
func TestParticipant(t *testing.T) {
	tests := []struct {
		sentence, trigger string
		want              Mention
	}{
		{"NATO Secretary General Jens Stoltenberg visited [Ukraine] on Thursday for talks with President Zelensky.", "visited", Mention{Name: "Jens Stoltenberg", Person: true}},
		{"NATO Secretary General Jens Stoltenberg has made an unannounced visit to [Kyiv], his first since the launch.", "visit", Mention{Name: "Jens Stoltenberg", Person: true}},
		{"Zelensky was speaking during a visit to [Kyiv] by NATO Secretary General Jens Stoltenberg, his first.", "visit", Mention{Name: "Jens Stoltenberg", Person: true}},
		{"Stoltenberg's Thursday trip to [Ukraine] was not announced ahead of time.", "trip", Mention{Name: "Stoltenberg"}},
		{"most notably U.S. President Joe Biden's surprise trip to [Kyiv] in February.", "trip", Mention{Name: "Joe Biden", Person: true}},
		{"Mr. Stoltenberg’s trip comes a day before talks.", "trip", Mention{Name: "Stoltenberg", Person: true}},
		{"Jens Stoltenberg, the secretary general of NATO, said on Thursday that it was so as he visited [Kyiv].", "visited", Mention{Pronoun: "he"}},
		{"Stoltenberg met with President Volodimir Zelensky, who recently visited Ukrainian troops in [Donetsk].", "visited", Mention{Name: "Volodimir Zelensky", Person: true}},
		{"Tara Reid, 33, has entered the Promises Treatment Center in [Malibu].", "entered", Mention{Name: "Tara Reid", Person: true}},
		{"W. Mark Felt, who leaked information to reporters under the moniker, \"Deep Throat,\" about the Watergate break-in, died Thursday at the age of 95.", "died", Mention{Name: "W Mark Felt", Person: true}},
		{"Police arrested Mark Smith on Tuesday.", "arrested", Mention{Name: "Mark Smith", Person: true}},
		{"Mark Smith was arrested on Tuesday.", "arrested", Mention{Name: "Mark Smith", Person: true}},
		{"The arrest of Mark Smith came on Tuesday.", "arrest", Mention{Name: "Mark Smith", Person: true}},
		{"Pin-up icon Bettie Page died on Thursday.", "died", Mention{Name: "Bettie Page", Person: true}},
		{"Lindsay Lohan checked into California's Betty Ford Center rehab facility late Thursday.", "rehab", Mention{}},
		{"Police arrested Arcade Joseph Comeaux Jr. on Tuesday.", "arrested", Mention{Name: "Arcade Joseph Comeaux", Person: true}},
		{"His wife, Audrey Felt, died in 1984.", "died", Mention{Name: "Audrey Felt", Person: true}},
		{"A 6.1 earthquake struck on Sunday.", "earthquake", Mention{}},
		{"The team's trip to [Detroit] was cancelled.", "trip", Mention{Name: "team"}},
		{"He said membership will be high on the agenda at a NATO summit in [Vilnius] this summer.", "summit", Mention{Name: "NATO"}},
		// the verb after "to" is done by the name an auxiliary follows
		// (ECB+ 2_6ecbplus, 7_7ecb); not by a name right before "to"
		// nor one inside a phrase (7_5ecb, 29_6ecbplus)
		{"Reaching back to television for a comedy star, the producers of the Academy Awards telecast announced Friday that Ellen DeGeneres would return next year to host the annual Oscar ceremony.", "host", Mention{Name: "Ellen DeGeneres", Person: true}},
		{"Rahman would go on to win the vacant World Boxing Council in 2005 over Monte Barrett but lost it just over a year later to Oleg Maskaev.", "win", Mention{Name: "Rahman"}},
		{"Rahman, who took the fight at late notice after mandatory challenger Alexander Povetkin pulled out through injury, looked a shadow of the fighter that floored Lennox Lewis to win the title in 2001.", "win", Mention{}},
		{"The touchdown pass finished off Luck's seventh four - quarter comeback this season, and allowed the Colts (10 - 5) to join the Miami Dolphins of 2008 as the only teams in NFL history to win at least 10 games one year after losing 14 or more.", "win", Mention{}},
		// no name in the clause: no participant, never a guess
		{"Many Western officials who have visited [Ukraine] over the past year.", "visited", Mention{}},
		{"Police said the man was arrested in [Ohio].", "arrested", Mention{}},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		k := -1
		for i, tk := range toks {
			if tk.Text == tt.trigger {
				k = i
				break
			}
		}
		if k < 0 {
			t.Fatalf("no %q in %q", tt.trigger, tt.sentence)
		}
		if got := testLex.Participant(toks, k, testLex.EventAt(toks, k)); got != tt.want {
			t.Errorf("%s\n  %q: got %+v, want %+v", tt.sentence, tt.trigger, got, tt.want)
		}
	}
}

func TestAntecedent(t *testing.T) {
	tests := []struct {
		sentence string
		want     string
		blocked  bool
	}{
		{"Jens Stoltenberg, the secretary general of NATO, said [Ukraine’s] place was in the Atlantic alliance as he", "Jens Stoltenberg", false},
		{"President Zelensky made his comments following talks with Stoltenberg, which offered NATO solidarity on his", "Stoltenberg", true},
		{"Felt suffered from congestive heart failure but the exact cause of his", "Felt", true},
		{"The Kremlin said so, and he", "", false},
		{"LaRue was 75, the Biloxi Sun Herald reported Wednesday, and he", "LaRue", true},
		// a nickname in quotes or brackets is not part of the name (ECB+
		// 19_5ecbplus, 19_3ecbplus)
		{"Memorial for Kimani 'Kiki' Gray, who", "Kimani Gray", false},
		{"Police struggled to control a hostile crowd that broke away from a planned peaceful vigil for Kimani (Kiki) Gray, 16, killed", "Kimani Gray", false},
	}
	for _, tt := range tests {
		toks := tokens(tt.sentence)
		m, blocked := Antecedent(toks, len(toks)-1, nameTokens(toks), nil)
		if m.Name != tt.want || blocked != tt.blocked {
			t.Errorf("%s: got %q blocked=%v, want %q blocked=%v", tt.sentence, m.Name, blocked, tt.want, tt.blocked)
		}
	}
}

func TestCanonical(t *testing.T) {
	got := Canonical(map[string]int{"Jens Stoltenberg": 3, "Stoltenberg": 5, "Volodymyr Zelensky": 2,
		"Volodimir Zelensky": 1, "Zelensky": 1, "John Smith": 1, "Jane Smith": 1, "Smith": 1,
		"José Luis Orozco": 3, "Jose Luis Orozco": 1, "Orozco": 2, "Carlos Peña": 2, "Pena": 1,
		"Duncan Rait": 3, "Duncan Raite": 1, "Raite": 1, "Rait": 1, "Mark Vinar": 2, "Miles Vinat": 1, "Tom Cox": 1, "Tom Fox": 1,
		"Fred LaRue": 3, "Frederick Cheney LaRue": 1, "LaRue": 2, "Al Ortiz": 1, "Alberto Ortiz": 1})
	want := map[string]string{"Jens Stoltenberg": "Jens Stoltenberg", "Stoltenberg": "Jens Stoltenberg",
		"Volodymyr Zelensky": "Volodymyr Zelensky", "Volodimir Zelensky": "Volodymyr Zelensky",
		"Zelensky": "Volodymyr Zelensky", "John Smith": "John Smith", "Jane Smith": "Jane Smith", "Smith": "Smith",
		// names compare without their accents
		"José Luis Orozco": "José Luis Orozco", "Jose Luis Orozco": "José Luis Orozco", "Orozco": "José Luis Orozco",
		"Carlos Peña": "Carlos Peña", "Pena": "Carlos Peña",
		// a surname a letter apart with one first name is one person;
		// with another first name, or of three letters, another
		"Duncan Rait": "Duncan Rait", "Duncan Raite": "Duncan Rait", "Raite": "Duncan Rait", "Rait": "Duncan Rait",
		"Mark Vinar": "Mark Vinar", "Miles Vinat": "Miles Vinat", "Tom Cox": "Tom Cox", "Tom Fox": "Tom Fox",
		// a short first name that begins the long one, of three letters
		// or more, is one person; of two, another
		"Fred LaRue": "Fred LaRue", "Frederick Cheney LaRue": "Fred LaRue", "LaRue": "Fred LaRue",
		"Al Ortiz": "Al Ortiz", "Alberto Ortiz": "Alberto Ortiz"}
	for k, v := range want {
		if got[k] != v {
			t.Errorf("Canonical[%q] = %q, want %q", k, got[k], v)
		}
	}
}

func TestKey(t *testing.T) {
	for _, tt := range []struct {
		event string
		ps    []string
		role  string
		want  string
	}{
		{"visit", []string{"Jens Stoltenberg"}, "date", "visit[Jens Stoltenberg].date"},
		{"earthquake", nil, "count.dead", "earthquake.count.dead"},
		{"arrest", []string{"U.S. Army"}, "date", "arrest[US Army].date"},
	} {
		k := Key(tt.event, tt.ps, tt.role)
		if k != tt.want {
			t.Errorf("Key = %q, want %q", k, tt.want)
		}
		ev, ps, role, ok := SplitKey(k)
		if !ok || ev != tt.event || role != tt.role || len(ps) != len(tt.ps) {
			t.Errorf("SplitKey(%q) = %q %q %q %v", k, ev, ps, role, ok)
		}
	}
}

func TestApposed(t *testing.T) {
	for _, tt := range []struct {
		sentence, age, want string
	}{
		{"Police allege Eric Allen Kirkpatrick, 61, opened fire at the party.", "61", "Eric Allen Kirkpatrick"},
		{"Tara Reid, 33, has entered the Promises Treatment Center.", "33", "Tara Reid"},
		{"A 22-year-old man was arrested.", "22", ""},
	} {
		toks := tokens(tt.sentence)
		for i, tk := range toks {
			if tk.Text == tt.age {
				if got := Apposed(toks, i); got != tt.want {
					t.Errorf("%s: got %q, want %q", tt.sentence, got, tt.want)
				}
			}
		}
	}
}

// FuzzParticipant: any sentence, any token as the trigger, with every
// participant mode: the clause reader never panics.
func FuzzParticipant(f *testing.F) {
	f.Add("Mr. Stoltenberg’s visit to [Kyiv] by Jens, 61, who , , was arrested")
	f.Add(", who ,")
	f.Add("'s 's ( 33 ,")
	f.Add("Kimani 'Kiki' Gray ( Kiki ) 'X' Y was arrested to visit")
	f.Add("A 'B' ( C ) to visit")
	lex := &Lexicon{Events: []Event{
		{Name: "a", Words: []string{"visit", "was", "who", ","}, VerbForms: []string{"visit", "was"}},
		{Name: "b", Words: []string{"arrested", "'s"}, VerbForms: []string{"arrested"}, Participant: "object"},
	}}
	f.Fuzz(func(t *testing.T, s string) {
		toks := tokens(s)
		for k := range toks {
			lex.Participant(toks, k, lex.EventAt(toks, k))
			Antecedent(toks, k, nameTokens(toks), nil)
			Apposed(toks, k)
		}
		Names(nil, toks, nameTokens(toks), nil)
	})
}

// TestNamesOfPeople: a capitalized quantifier or determiner opening a
// sentence is no first name ("Several NATO" was a person, and a key's
// participant in the seeds), nor is a name with an organisation's,
// place's or event's word ("World War II", "Gang Enforcement Unit") a
// person's.
func TestNamesOfPeople(t *testing.T) {
	tests := []struct {
		sentence string
		want     []string
	}{
		{"Several NATO members have sent Soviet-era fighter jets to Ukraine.", nil},
		{"Most Democrats voted for the bill.", nil},
		{"Both Smith and Jones were there.", nil},
		{"Which Kennedy was it?", nil},
		{"Regarding NATO membership, Mr. Stoltenberg said nothing new.", []string{"Stoltenberg"}},
		{"Senator Jane Smith said so.", []string{"Jane Smith"}},
		{"Her career began before World War II and ended in Hollywood.", nil},
		{"The Gang Enforcement Unit arrested two men.", nil},
		{"A climber fell near Mount Cook and Duncan Rait died.", []string{"Duncan Rait"}},
		{"LaRue was 75, the Biloxi Sun Herald reported Wednesday.", nil},
		{"Two climbers killed in Mt Cook falls", nil},
		// ECB+ 19_4ecbplus: the nickname is not part of the name
		{"She says she's 'certain' slain Kimani (Kiki) Gray 'didn't having anything in his hands.'", []string{"Kimani Gray"}},
	}
	for _, tt := range tests {
		var got []string
		for _, n := range names(tokens(tt.sentence)) {
			got = append(got, n.Name)
		}
		if !slices.Equal(got, tt.want) {
			t.Errorf("Names(%q) = %q, want %q", tt.sentence, got, tt.want)
		}
	}
}

// TestNotNameFilter: every word of notNames passes the filter isNotName
// asks before the map, and a word of none is told none.
func TestNotNameFilter(t *testing.T) {
	for w := range notNames {
		if !isNotName(w) {
			t.Errorf("isNotName(%q) = false; it is in notNames", w)
		}
	}
	for _, w := range []string{"stoltenberg", "kyiv", "", "x"} {
		if isNotName(w) != notNames[w] {
			t.Errorf("isNotName(%q) = %v; notNames says %v", w, isNotName(w), notNames[w])
		}
	}
}

// names is Names of a sentence's tokens.
func names(toks []Token) []Named { return Names(nil, toks, nameTokens(toks), nil) }

// nameTokens lists the tokens of toks that may be part of a name, as
// Names and Antecedent take them.
func nameTokens(toks []Token) []int {
	var at []int
	for k := range toks {
		if nameToken(toks, k) {
			at = append(at, k)
		}
	}
	return at
}

// TestPeople reads the names of a document's sentences into People: each
// full name counted once per name given, its surname known, a titled
// name of one word neither counted nor known; the string of a name given
// again is the one made first.
func TestPeople(t *testing.T) {
	var p People
	var first string
	for i, s := range []string{
		"Jens Stoltenberg visited Kyiv on Thursday.",
		"NATO Secretary General Jens Stoltenberg met Volodymyr Zelensky.",
		"President Obama said nothing.",
	} {
		toks := tokens(s)
		got := Names(nil, toks, nameTokens(toks), &p)
		if i == 0 && len(got) > 0 {
			first = got[0].Name
		}
		if i == 1 && len(got) > 0 && unsafe.StringData(got[0].Name) != unsafe.StringData(first) {
			t.Errorf("the name given again is made anew: %q", got[0].Name)
		}
		if want := Names(nil, toks, nameTokens(toks), nil); !reflect.DeepEqual(got, want) {
			t.Errorf("Names(%q) with People = %v, without = %v", s, got, want)
		}
	}
	want := map[string]int{"Jens Stoltenberg": 2, "Volodymyr Zelensky": 1}
	if got := p.Counts(); !reflect.DeepEqual(got, want) {
		t.Errorf("Counts() = %v, want %v", got, want)
	}
	for w, known := range map[string]bool{"Jens Stoltenberg": true, "Stoltenberg": true, "Zelensky": true,
		"Obama": false, "Jens": false} {
		if p.Known(w) != known {
			t.Errorf("Known(%q) = %v, want %v", w, !known, known)
		}
	}
}
