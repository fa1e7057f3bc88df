package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// TestOccurrenceName: the name after an ordinal, as pinned groups it.
func TestOccurrenceName(t *testing.T) {
	for _, tc := range []struct{ after, name, words string }{
		{"Academy Awards in 2007, for which", "academy award", "Academy Awards"},
		{"Oscars, and snagged an Emmy nod", "oscar", "Oscars"},
		{"Oscar host", "oscar", "Oscar"},
		{"Tony Awards in 2004", "tony award", "Tony Awards"},
		{"Festival's jury", "festival", "Festival"},
	} {
		d := &facts.Document{Text: []byte(tc.after)}
		name, words := occurrenceName(sentenceWords(facts.Span{Doc: d, Start: 0, End: len(tc.after)}))
		if name != tc.name || words != tc.words {
			t.Errorf("%q: got %q %q, want %q %q", tc.after, name, words, tc.name, tc.words)
		}
	}
}

func TestMayHoldOrdinal(t *testing.T) {
	for text, want := range map[string]bool{
		"hosted the 79th Academy Awards": true,
		"the 2ND edition":                true,
		"in 2007 and 2014":               false,
		"Thursday, the fourth time":      false, // words, not figures: ordinalWord reads figures only
	} {
		if got := mayHoldOrdinal(text); got != want {
			t.Errorf("%q: got %v", text, got)
		}
	}
}

// FuzzPinned: any sentence, any trigger inside it: pinned neither panics
// nor names an occurrence without an ordinal in the sentence.
func FuzzPinned(f *testing.F) {
	f.Add("DeGeneres hosted the 79th Academy Awards in 2007, for which", 10, 16)
	f.Add("having previously emceed the 79th annual Academy Awards in 2007", 18, 25)
	f.Add("the 2nd\u00a0Test’s 3rd Oscars’ 81st", 0, 3)
	f.Fuzz(func(t *testing.T, text string, start, end int) {
		if start < 0 || end < start || end > len(text) {
			return
		}
		d := &facts.Document{Text: []byte(text)}
		c := facts.Claim{Sentence: facts.Span{Doc: d, Start: 0, End: len(text)}, Trigger: facts.Span{Doc: d, Start: start, End: end}}
		if o, ok := pinned(c); ok && !mayHoldOrdinal(o.words) {
			t.Fatalf("%q: pinned %q, no ordinal", text, o.words)
		}
	})
}

// TestPinned: the occurrence a sentence pins for the event word given,
// and whether a possessive makes it the participant's own.
func TestPinned(t *testing.T) {
	for _, tc := range []struct {
		sentence, trigger string
		words             string // "" when nothing is pinned
		own               bool
	}{
		{"DeGeneres hosted the 79th Academy Awards in 2007, for which she received a nomination.", "hosted", "79th Academy Awards", false},
		{"having previously emceed the 79th annual Academy Awards in 2007", "emceed", "79th Academy Awards", false},
		{"Klitschko won his 3rd Olympic title in 1996.", "won", "3rd Olympic", true},
		{"Steve Martin hosted his 2nd Academy Awards in 2003.", "hosted", "2nd Academy Awards", true},
		{"She hosted Playboy's 50th Anniversary party in 2003.", "hosted", "", false}, // a name between: not its object
		{"Obama, the 44th President, visited Kenya in 2015.", "visited", "", false},
		{"Thompson was knocked out in the 11th round in 2008.", "knocked", "", false},
	} {
		d := &facts.Document{Text: []byte(tc.sentence)}
		at := strings.Index(tc.sentence, tc.trigger)
		c := facts.Claim{Sentence: facts.Span{Doc: d, Start: 0, End: len(tc.sentence)},
			Trigger: facts.Span{Doc: d, Start: at, End: at + len(tc.trigger)}}
		o, ok := pinned(c)
		if ok != (tc.words != "") || o.words != tc.words || o.own != tc.own {
			t.Errorf("%q: got %q own=%v ok=%v, want %q own=%v", tc.sentence, o.words, o.own, ok, tc.words, tc.own)
		}
	}
}
