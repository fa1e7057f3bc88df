package facts

import (
	"math/big"
	"strings"
)

var smallNumbers = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"bn": 1e9, "mn": 1e6, "m": 1e6, "k": 1e3, "tn": 1e12,
}

// vagueNumbers are plural number words read as lower bounds: "dozens" is
// at least 24.
var vagueNumbers = map[string]int64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
	"billions": 2e9,
}

// A number is a parsed numeral: tokens [start, end) of a sentence.
type number struct {
	start, end int
	core       int      // where the numeral itself starts, after "more than" or "$"
	said       *big.Rat // the numeral's value
	iv         Interval
	approx     bool // "nearly", "about"
	bound      bool // "more than", "at least", "dozens"
	between    bool // "between 20 and 30"
}

// parseNumeral reads a bare numeral at toks[i]: digits ("1,000", "1.5"),
// digits with a scale ("15 billion", "325m"), number words ("fourteen",
// "twenty-five thousand", "a dozen") or a vague plural ("dozens of").
func parseNumeral(toks []token, i int) (*big.Rat, bool, int) {
	if i >= len(toks) {
		return nil, false, i
	}
	t := toks[i]
	switch {
	case t.kind == tNum:
		r, ok := new(big.Rat).SetString(strings.ReplaceAll(t.text, ",", ""))
		if !ok {
			return nil, false, i
		}
		j := i + 1
		// "4/5", "1 4/5"
		if j+1 < len(toks) && toks[j].text == "/" && !toks[j].space && toks[j+1].kind == tNum && !toks[j+1].space && r.IsInt() {
			if den, ok := new(big.Rat).SetString(toks[j+1].text); ok && den.Sign() != 0 && den.IsInt() {
				return r.Quo(r, den), false, j + 2
			}
		}
		if j+2 < len(toks) && r.IsInt() && toks[j].kind == tNum && toks[j].space && toks[j+1].text == "/" && !toks[j+1].space && !toks[j+2].space {
			num, ok1 := new(big.Rat).SetString(toks[j].text)
			den, ok2 := new(big.Rat).SetString(toks[j+2].text)
			if ok1 && ok2 && den.Sign() != 0 && num.Cmp(den) < 0 {
				return r.Add(r, num.Quo(num, den)), false, j + 3
			}
		}
		if j < len(toks) && toks[j].is("dozen", "dozens") {
			return r.Mul(r, big.NewRat(12, 1)), false, j + 1
		}
		if j < len(toks) && toks[j].kind == tWord && scales[toks[j].lower] >= 1000 && toks[j].space && len(toks[j].lower) > 2 {
			r.Mul(r, big.NewRat(scales[toks[j].lower], 1))
			j++
		}
		return r, false, j
	case t.kind == tWord && t.text[0] >= '0' && t.text[0] <= '9':
		// "325m", "15bn"
		k := strings.IndexFunc(t.lower, func(c rune) bool { return c < '0' || c > '9' })
		s, ok := scales[t.lower[k:]]
		if !ok || s < 1000 {
			return nil, false, i
		}
		r, _ := new(big.Rat).SetString(t.lower[:k])
		return r.Mul(r, big.NewRat(s, 1)), false, i + 1
	case t.kind == tWord:
		if v, ok := vagueNumbers[t.lower]; ok {
			return big.NewRat(v, 1), true, i + 1
		}
		return parseNumberWords(toks, i)
	}
	return nil, false, i
}

func parseNumberWords(toks []token, i int) (*big.Rat, bool, int) {
	var total, cur int64
	j, seen := i, false
	if toks[j].is("a", "an") && j+1 < len(toks) { // "a dozen", "a hundred", "a million"
		if toks[j+1].is("dozen") {
			return big.NewRat(12, 1), false, j + 2
		}
		if d, ok := fractionWords[toks[j+1].lower]; ok && !strings.HasSuffix(toks[j+1].lower, "s") {
			return big.NewRat(1, d), false, j + 2 // "a quarter", "a half"
		}
		if s := scales[toks[j+1].lower]; s >= 100 && len(toks[j+1].lower) > 2 {
			cur, seen, j = 1, true, j+1
		} else {
			return nil, false, i
		}
	}
	for j < len(toks) {
		t := toks[j]
		if v, ok := smallNumbers[t.lower]; ok && t.kind == tWord {
			switch {
			case !seen:
				cur = v
			case cur%100 == 0 && (cur > 0 || total > 0):
				cur += v // "one hundred twenty", "two thousand five"
			default:
				return big.NewRat(total+cur, 1), false, j
			}
			seen = true
			j++
			// twenty-five, "fifty - two", "fifty two"
			if v >= 20 && v%10 == 0 && j < len(toks) {
				k := j
				if toks[k].text == "-" && k+1 < len(toks) {
					k++
				}
				if u, ok := smallNumbers[toks[k].lower]; ok && u > 0 && u < 10 {
					cur += u
					j = k + 1
				}
			}
			continue
		}
		if s, ok := scales[t.lower]; ok && seen && len(t.lower) > 2 {
			if s == 100 {
				cur *= 100
			} else {
				total += cur * s
				cur = 0
			}
			j++
			if j+1 < len(toks) && toks[j].is("and") && smallNumbers[toks[j+1].lower] > 0 {
				j++
			}
			continue
		}
		if t.is("dozen", "dozens") && seen {
			cur *= 12
			j++
			continue
		}
		break
	}
	if !seen {
		return nil, false, i
	}
	r := big.NewRat(total+cur, 1)
	// "two thirds", "one half", "a quarter"; "two and a half"
	if j < len(toks) {
		if d, ok := fractionWords[toks[j].lower]; ok && (r.Cmp(big.NewRat(1, 1)) == 0 || strings.HasSuffix(toks[j].lower, "s") || toks[j].is("half")) {
			return r.Quo(r, big.NewRat(d, 1)), false, j + 1
		}
	}
	if j+2 < len(toks) && toks[j].is("and") && toks[j+1].is("a", "an", "one") {
		if d, ok := fractionWords[toks[j+2].lower]; ok {
			return r.Add(r, big.NewRat(1, d)), false, j + 3
		}
	}
	return r, false, j
}

// fractionWords are denominators: "half", "thirds", "quarter".
var fractionWords = map[string]int64{"half": 2, "halves": 2, "third": 3, "thirds": 3,
	"quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
	"thousandth": 1000, "thousandths": 1000}

// Bound words before a numeral, longest first.
var boundWords = []struct {
	words []string
	op    string // ">", ">=", "<", "<=", "~" (about), "~<" (nearly)
}{
	{[]string{"no", "more", "than"}, "<="}, {[]string{"no", "fewer", "than"}, ">="},
	{[]string{"no", "less", "than"}, ">="}, {[]string{"more", "than"}, ">"},
	{[]string{"fewer", "than"}, "<"}, {[]string{"less", "than"}, "<"},
	{[]string{"greater", "than", "or", "equal", "to"}, ">="}, {[]string{"less", "than", "or", "equal", "to"}, "<="},
	{[]string{"larger", "or", "equal", "than"}, ">="}, {[]string{"bigger", "or", "equal", "than"}, ">="},
	{[]string{"higher", "or", "equal", "than"}, ">="}, {[]string{"greater", "or", "equal", "than"}, ">="},
	{[]string{"less", "or", "equal", "than"}, "<="}, {[]string{"lower", "or", "equal", "than"}, "<="},
	{[]string{"smaller", "or", "equal", "than"}, "<="}, {[]string{"equal", "or", "more", "than"}, ">="},
	{[]string{"equal", "or", "less", "than"}, "<="},
	{[]string{"greater", "than"}, ">"}, {[]string{"larger", "than"}, ">"}, {[]string{"bigger", "than"}, ">"},
	{[]string{"higher", "than"}, ">"}, {[]string{"smaller", "than"}, "<"}, {[]string{"lower", "than"}, "<"},
	{[]string{"above"}, ">"}, {[]string{"below"}, "<"},
	{[]string{"at", "least"}, ">="}, {[]string{"at", "most"}, "<="},
	{[]string{"up", "to"}, "<="}, {[]string{"just", "over"}, ">"}, {[]string{"just", "under"}, "<"},
	{[]string{"over"}, ">"}, {[]string{"under"}, "<"}, {[]string{"nearly"}, "~<"},
	{[]string{"almost"}, "~<"}, {[]string{"about"}, "~"}, {[]string{"around"}, "~"},
	{[]string{"roughly"}, "~"}, {[]string{"approximately"}, "~"}, {[]string{"some"}, "~"},
	{[]string{"an", "estimated"}, "~"},
}

// boundFirst indexes boundWords by their first word; numberStart holds
// every word that may begin a number.
var boundFirst, numberStart = func() (map[string]bool, map[string]bool) {
	b, n := map[string]bool{}, map[string]bool{"a": true, "an": true, "between": true}
	for _, w := range boundWords {
		b[w.words[0]], n[w.words[0]] = true, true
	}
	for w := range smallNumbers {
		n[w] = true
	}
	for w := range vagueNumbers {
		n[w] = true
	}
	for w := range symbolPrefixes {
		n[w] = true
	}
	return b, n
}()

// mayStartNumber is a cheap test that toks[i] can begin a number.
func mayStartNumber(t token) bool {
	if t.kind == tNum || t.text[0] >= '0' && t.text[0] <= '9' {
		return true
	}
	if t.kind != tWord {
		return currencySymbols[t.text] != ""
	}
	return numberStart[t.lower]
}

// boundAt matches a bound phrase at toks[i] and returns its operator and
// the index after it.
func boundAt(toks []token, i int) (string, int) {
	if i >= len(toks) || !boundFirst[toks[i].lower] {
		return "", i
	}
next:
	for _, b := range boundWords {
		if i+len(b.words) > len(toks) {
			continue
		}
		for k, w := range b.words {
			if toks[i+k].lower != w {
				continue next
			}
		}
		return b.op, i + len(b.words)
	}
	return "", i
}

// parseNumber reads an optionally bounded numeral at toks[i]: "40", "more
// than 40", "nearly 14", "between 20 and 30". skip says how to read the
// token after a bound phrase (a currency symbol may stand between).
func (x *extraction) parseNumber(toks []token, i int, skip func(int) int) (number, bool) {
	if i >= len(toks) || !mayStartNumber(toks[i]) {
		return number{}, false
	}
	op, j := boundAt(toks, i)
	if skip != nil {
		j = skip(j)
	}
	if op == "" && i < len(toks) && toks[i].is("between") {
		lo, _, k := parseNumeral(toks, i+1)
		if lo != nil && k < len(toks) && toks[k].is("and") {
			if hi, _, e := parseNumeral(toks, k+1); hi != nil && hi.Cmp(lo) > 0 {
				return number{start: i, end: e, core: i, said: lo, iv: Interval{Lo: lo, Hi: hi}, bound: true, between: true}, true
			}
		}
		return number{}, false
	}
	r, vague, e := parseNumeral(toks, j)
	if r == nil {
		return number{}, false
	}
	n := number{start: i, end: e, core: j, said: new(big.Rat).Set(r), iv: Exact(r)}
	if vague {
		n.iv, n.bound = Interval{Lo: r}, true
		if op != "" {
			n.start = j
		}
		return n, true
	}
	d := x.tolerance(r)
	switch op {
	case ">":
		n.iv, n.bound = Interval{Lo: r, LoOpen: true}, true
	case ">=":
		n.iv, n.bound = Interval{Lo: r}, true
	case "<":
		n.iv, n.bound = Interval{Hi: r, HiOpen: true}, true
	case "<=":
		n.iv, n.bound = Interval{Hi: r}, true
	case "~<":
		n.iv, n.approx = Interval{Lo: new(big.Rat).Sub(r, d), Hi: r}, true
	case "~":
		n.iv, n.approx = Interval{Lo: new(big.Rat).Sub(r, d), Hi: new(big.Rat).Add(r, d)}, true
	}
	if n.iv.Lo != nil && n.iv.Lo.Sign() < 0 {
		n.iv.Lo = new(big.Rat)
	}
	return n, true
}

// tolerance is how far "nearly" and "about" reach from n: the tolerance
// fraction of n, rounded to a whole number, and at least 1.
func (x *extraction) tolerance(n *big.Rat) *big.Rat {
	d := new(big.Rat).Mul(n, x.opt.Tolerance)
	if !n.IsInt() {
		return d
	}
	q := new(big.Int).Quo(new(big.Int).Add(d.Num(), new(big.Int).Quo(d.Denom(), big.NewInt(2))), d.Denom())
	if q.Sign() <= 0 {
		q.SetInt64(1)
	}
	return new(big.Rat).SetInt(q)
}
