package facts

import (
	"testing"

	"github.com/factlint/factlint/facts/gazetteer"
)

// TestPlainFirstWord: where startsPlace looks a name's first word up by
// its token's lower case (plainFirstWord), Gazetteer.Firsts of the name
// says the same, over every run of one to four tokens of the seed
// articles and, when ../shared/data is there, the ECB+ dev set; and the
// short cut is taken for most capitalized words. So does FirstsKey of a
// token's lower case where it answers.
func TestPlainFirstWord(t *testing.T) {
	texts := [][]byte{seedCorpus(t, 1), []byte("St. Louis, Rostov-on-Don, O'Hare, Kyiv's, Kyiv’s, São Paulo, U.S. officials")}
	if e := ecbCorpus(); e != nil && !testing.Short() {
		texts = append(texts, e)
	}
	g := testOptions(t).Places
	plain, asked := 0, 0
	for _, text := range texts {
		for s := range sentences(text, false) {
			toks := s.toks
			for i := range toks {
				// placeRun.start's short cut: a word whose lower case is
				// ASCII letters and digits is its own fold
				if w := text[toks[i].start:toks[i].end]; len(toks[i].lower) == len(w) {
					if l, ok := g.FirstsKey(new(gazetteer.Key), toks[i].lower); ok && l != g.Firsts(w) {
						t.Errorf("%q: FirstsKey(%q) = %04b; Firsts says %04b", w, toks[i].lower, l, g.Firsts(w))
					}
				}
				for n := 1; n <= 4 && i+n <= len(toks); n++ {
					name := text[toks[i].start:toks[i+n-1].end]
					if !plainFirstWord(&toks[i], name) {
						continue
					}
					asked++
					if toks[i].capital {
						plain++
					}
					if got, want := g.FirstsFolded(toks[i].lower), g.Firsts(name); got != want {
						t.Errorf("%q: FirstsFolded(%q) = %04b; Firsts says %04b", name, toks[i].lower, got, want)
					}
				}
			}
		}
	}
	if plain == 0 || asked == 0 {
		t.Errorf("the short cut was never taken (%d names, %d capitalized)", asked, plain)
	}
}
