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
// Where loneNumeral or groupedNumeral reads a numeral, the readers of a
// compound read the same.
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
	if g, ok := scaledNumeral(short, i); ok {
		n = 1
		if r == nil || g.Cmp(r) != 0 || e != i+2 {
			t.Errorf("%q in %q: scaledNumeral reads %s; a compound %v up to %d", toks[i].text, says, g, r, e)
		}
	}
	if g, ok := groupedNumeral(short, i); ok {
		n = 1
		if r == nil || g.Cmp(r) != 0 || e != i+1 {
			t.Errorf("%q in %q: groupedNumeral reads %s; a compound %v up to %d", toks[i].text, says, g, r, e)
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

// TestGroupedDigits: the digits groupedNumeral reads alone, and those it
// leaves to digitsAt.
func TestGroupedDigits(t *testing.T) {
	for _, c := range []struct {
		s      string
		v, den int64
		ok     bool
	}{
		{"1,200", 1200, 1, true}, {"35,000", 35000, 1, true}, {"1,000,000", 1000000, 1, true},
		{"2.5", 25, 10, true}, {"0.08", 8, 100, true}, {"3.50", 350, 100, true},
		{"1200", 0, 0, false}, {"1,20", 0, 0, false}, {"1,2345", 0, 0, false}, {"1234,567", 0, 0, false},
		{"1,200.5", 0, 0, false}, {".08", 0, 0, false}, {"5.", 0, 0, false}, {"1.2.3", 0, 0, false},
		{"1,,200", 0, 0, false}, {",200", 0, 0, false}, {"1,000,00", 0, 0, false},
		{"1234567890.123456789", 0, 0, false},
	} {
		v, den, ok := groupedDigits(c.s)
		if ok != c.ok || ok && (v != c.v || den != c.den) {
			t.Errorf("groupedDigits(%q) = %d, %d, %v; want %d, %d, %v", c.s, v, den, ok, c.v, c.den, c.ok)
		}
	}
}

// TestSmallTolerance: tolerance's int64 path gives what its big.Rat
// arithmetic gives.
func TestSmallTolerance(t *testing.T) {
	for _, tol := range []*big.Rat{big.NewRat(1, 10), big.NewRat(1, 20), big.NewRat(3, 7), big.NewRat(0, 1)} {
		x := &extraction{opt: Options{Tolerance: tol}}
		for _, v := range []int64{0, 1, 4, 5, 14, 15, 25, 99, 100, 1234, 99999, 1<<31 - 1} {
			n := big.NewRat(v, 1)
			q, ok := smallTolerance(n, tol)
			d := new(big.Rat).Mul(n, tol)
			want := new(big.Int).Quo(new(big.Int).Add(d.Num(), new(big.Int).Quo(d.Denom(), big.NewInt(2))), d.Denom())
			if want.Sign() <= 0 {
				want.SetInt64(1)
			}
			if !ok || q != want.Int64() || x.tolerance(n).Cmp(new(big.Rat).SetInt(want)) != 0 {
				t.Errorf("tolerance %s of %d: %d, %v; want %s", tol, v, q, ok, want)
			}
		}
	}
}

// TestMillionCodeClass: a code of millions ("MUSD") is of a number's
// class, so that numerals, which reads only the tokens of a numeral's,
// a date's or a currency's classes, sees it (numeralOf.money).
func TestMillionCodeClass(t *testing.T) {
	for code := range isoCodes {
		text := "M" + strings.ToUpper(code)
		toks := tokenize([]byte(text), 0, len(text))
		if len(toks) != 1 || millionCode(&toks[0]) == "" {
			t.Errorf("%q: read as %d tokens, not a code of millions", text, len(toks))
			continue
		}
		if toks[0].cls&clsNumber == 0 {
			t.Errorf("%q: a code of millions not of class number", text)
		}
	}
}

// TestAroundBounds: "about" and "nearly" give, in int64 for small whole
// numbers (smallAround), the interval big.Rat's arithmetic gives.
func TestAroundBounds(t *testing.T) {
	x := &extraction{opt: Options{Tolerance: big.NewRat(1, 10)}}
	for _, v := range []*big.Rat{big.NewRat(0, 1), big.NewRat(1, 1), big.NewRat(14, 1), big.NewRat(325, 1),
		big.NewRat(1<<31-1, 1), big.NewRat(1<<31, 1), big.NewRat(5, 2), big.NewRat(3e9, 1)} {
		d := x.tolerance(v)
		for _, c := range []struct {
			op     string
			lo, hi *big.Rat
		}{
			{"~<", new(big.Rat).Sub(v, d), v},
			{"~", new(big.Rat).Sub(v, d), new(big.Rat).Add(v, d)},
		} {
			var n number
			x.boundBefore(&n, c.op, v)
			if !n.approx || n.iv.Lo.Cmp(c.lo) != 0 || n.iv.Hi.Cmp(c.hi) != 0 {
				t.Errorf("%s %s: [%s, %s]; want [%s, %s]", c.op, v, n.iv.Lo, n.iv.Hi, c.lo, c.hi)
			}
		}
	}
}
