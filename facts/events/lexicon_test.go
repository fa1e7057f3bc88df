package events

import "testing"

// phraseLex holds phrases as rules/gen writes them: one in capitals,
// one naming its reflexive, one a reflexive may interrupt.
var phraseLex = &Lexicon{Events: []Event{
	{Name: "reserve", Words: []string{"injured reserve", "Injured Reserve", "IR"}, Participant: "object"},
	{Name: "die", Words: []string{"died", "hanged himself"}, VerbForms: []string{"died", "hanged himself"}},
	{Name: "checkin", Words: []string{"checked in"}, VerbForms: []string{"checked in"}},
}}

// Real sentences (ECB+, CC BY 3.0): the event a phrase's first word
// names, and whether the lexicon writes it in capitals there.
func TestPhrases(t *testing.T) {
	tests := []struct {
		sentence, word, event string
		capitals              bool
	}{
		{"The New Orleans Saints placed running back Reggie Bush on Injured Reserve Wednesday", "Injured", "reserve", true},
		{"The New Orleans Saints placed Reggie Bush on injured reserve today", "injured", "reserve", false},
		{"Pierre Thomas was officially placed on IR Wednesday", "IR", "reserve", true},
		// capitals other than the lexicon's: no phrase as written
		{"INJURED RESERVE for Bush", "INJURED", "reserve", false},
		{"Police said Lo Presti had hanged himself late on Tuesday night", "hanged", "die", false},
		{"Reid checked herself in on Tuesday", "checked", "checkin", false},
		{"He hanged a picture", "hanged", "", false},
	}
	for _, tc := range tests {
		toks := tokens(tc.sentence)
		at := -1
		for k := range toks {
			if toks[k].Text == tc.word {
				at = k
				break
			}
		}
		if at < 0 {
			t.Fatalf("%q: no word %q", tc.sentence, tc.word)
		}
		got := ""
		if e := phraseLex.EventAt(toks, at); e != nil {
			got = e.Name
		}
		if got != tc.event {
			t.Errorf("%q: EventAt(%q) = %q, want %q", tc.sentence, tc.word, got, tc.event)
		}
		if c := phraseLex.Capitalized(toks, at); c != tc.capitals {
			t.Errorf("%q: Capitalized(%q) = %v, want %v", tc.sentence, tc.word, c, tc.capitals)
		}
	}
}
