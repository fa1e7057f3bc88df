package facts

import (
	"math/big"
	"strings"
	"testing"
)

// TestNumeralFilter: in no sentence of TestDispatch's texts that
// hasNumeral turns away does a number start (parseNumber, compoundAt,
// a code and digits in one word), and at no token that
// mayStartCompound turns away do the readers of a compound read one, nor
// does ordinalAt read an ordinal where mayStartOrdinal turns it away;
// mayStartReader lets through every token those start at.
// Where loneNumeral reads a numeral, the readers of a compound read the
// same.
func TestNumeralFilter(t *testing.T) {
	opt := testOptions(t)
	opt.Tolerance = big.NewRat(1, 10)
	skipped, lone := 0, 0
	for _, text := range dispatchTexts(t) {
		d, err := Load("a.txt", text, Meta{})
		if err != nil {
			continue
		}
		x := &extraction{doc: d, opt: opt}
		for s := range sentences(d.prose, d.caseless) {
			x.cur = s
			x.s = &x.cur
			x.sentence++
			says := string(d.Text[s.start:s.end])
			has := x.hasNumeral()
			if !has {
				skipped++
			}
			for i := range s.toks {
				lone += checkNumeralAt(t, x, s.toks, i, has, says)
			}
		}
	}
	if skipped == 0 || lone == 0 {
		t.Errorf("hasNumeral turned away %d sentences, loneNumeral read %d numerals: the test tests nothing", skipped, lone)
	}
}

// checkNumeralAt checks TestNumeralFilter's claims at toks[i]; it
// returns 1 where loneNumeral reads a numeral.
func checkNumeralAt(t *testing.T, x *extraction, toks []token, i int, has bool, says string) int {
	t.Helper()
	short := toks[:min(len(toks), i+maxNumeralWords)]
	r, e := compoundFrom(short, i)
	if !mayStartCompound(short, i) && r != nil {
		t.Errorf("%q in %q: mayStartCompound turns away %s", toks[i].text, says, r)
	}
	if _, _, ok := ordinalAt(toks, i); ok && !mayStartOrdinal(toks, i) {
		t.Errorf("%q in %q: mayStartOrdinal turns away an ordinal", toks[i].text, says)
	}
	_, _, oneWord := codeAndDigits(&toks[i])
	if (mayStartNumber(&toks[i]) || mayStartOrdinal(toks, i) || oneWord) && !mayStartReader(&toks[i]) {
		t.Errorf("%q in %q: mayStartReader turns away a number, an ordinal or an amount", toks[i].text, says)
	}
	n := 0
	if v, ok := loneNumeral(short, i); ok {
		n = 1
		if r == nil || !r.IsInt() || r.Num().Int64() != v || e != i+1 {
			t.Errorf("%q in %q: loneNumeral reads %d; a compound %v up to %d", toks[i].text, says, v, r, e)
		}
	}
	if has {
		return n
	}
	if _, ok := x.parseNumber(toks, i, nil); ok {
		t.Errorf("%q in %q: a number in a sentence hasNumeral turns away", toks[i].text, says)
	}
	if _, ok := x.moneyNumber(toks, i, &moneyLead{toks: toks}); ok {
		t.Errorf("%q in %q: an amount in a sentence hasNumeral turns away", toks[i].text, says)
	}
	if _, _, ok := codeAndDigits(&toks[i]); ok {
		t.Errorf("%q in %q: an amount in one word in a sentence hasNumeral turns away", toks[i].text, says)
	}
	if r, _ := compoundAt(toks, i); r != nil {
		t.Errorf("%q in %q: a numeral in a sentence hasNumeral turns away", toks[i].text, says)
	}
	return n
}

// TestOrdinalAfterThe: every phrase of relativeOrdinals that starts with
// "the" goes on with a word mayStartOrdinal lets through.
func TestOrdinalAfterThe(t *testing.T) {
	n := 0
	for _, r := range relativeOrdinals {
		if r.words[0] != "the" {
			continue
		}
		n++
		tk := token{text: r.words[1], lower: r.words[1], kind: tWord}
		classify(&tk, false)
		if !ordinalWordAfterThe(&tk) {
			t.Errorf("%q: mayStartOrdinal turns away %q after \"the\"", strings.Join(r.words, " "), r.words[1])
		}
	}
	if n == 0 {
		t.Error("no relative ordinal starts with \"the\"")
	}
}
