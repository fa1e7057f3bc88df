package facts

import (
	"testing"

	"github.com/factlint/factlint/facts/events"
)

// TestLexFilter: the filter passes every word an event of the lexicon
// is named by and every first word of a phrase, and lexEvent reads the
// same events as Lexicon.EventAt at every token of a few sentences.
func TestLexFilter(t *testing.T) {
	lex := &Lexicon{Events: []events.Event{
		{Name: "die", Words: []string{"died", "dies", "passed away", "pass away"}},
		{Name: "attack", Words: []string{"attack", "opened fire", "gunned down"}},
		{Name: "reserve", Words: []string{"IR"}}, // an acronym: matched as written, filtered in lower case
	}}
	f := filterOf(lex)
	if f != filterOf(lex) {
		t.Error("filterOf made a second filter for one lexicon")
	}
	for _, w := range []string{"died", "dies", "passed", "pass", "attack", "opened", "gunned"} {
		if !f.may(w) {
			t.Errorf("may(%q) = false; the lexicon has it", w)
		}
	}
	text := "Bettie Page passed away on Thursday. Gunmen opened fire on a bus and gunned down two men. " +
		"He died in 2008; the attack came a day later. Nothing happened. The team placed Bush on IR."
	d, err := Load("t.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	x := &extraction{doc: d, opt: Options{Lexicon: lex}, lexF: f}
	found := 0
	for s := range sentences(d.prose, d.caseless) {
		x.s = &s
		x.sentence++
		x.lex = cleared(x.lex, len(s.toks))
		toks := x.clauseTokens()
		for k := range s.toks {
			want := lex.EventAt(toks, k)
			if got := x.lexEvent(k); got != want {
				t.Errorf("lexEvent(%q) = %v; EventAt says %v", s.toks[k].text, got, want)
			}
			if want != nil {
				found++
			}
		}
	}
	if found != 6 {
		t.Errorf("%d event words in %q; want 6", found, text)
	}
}
