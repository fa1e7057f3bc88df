package facts

import (
	"math"
	"math/big"
	"sort"
	"strconv"
	"strings"
	"unicode/utf8"
)

var smallNumbers = map[string]int64{
	"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
	"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
	"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
	"nineteen": 19, "nought": 0, "naught": 0, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
	"seventy": 70, "eighty": 80, "ninety": 90,
}

var scales = map[string]int64{
	"hundred": 100, "thousand": 1000, "million": 1e6, "billion": 1e9, "trillion": 1e12,
	"lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7, "bln": 1e9, "tln": 1e12, "mil": 1e6,
}

// vagueNumbers are plural number words read as lower bounds: "dozens" is
// at least 24.
var vagueNumbers = map[string]int64{
	"dozens": 24, "scores": 40, "hundreds": 200, "thousands": 2000, "millions": 2e6,
	"billions": 2e9,
}

// maxNumeralWords bounds a numeral in words: "nine hundred ninety-nine
// trillion nine hundred ninety-nine billion ..." is 31 tokens.
const maxNumeralWords = 40

// A number is a parsed numeral: tokens [start, end) of a sentence.
type number struct {
	start, end int
	core       int      // where the numeral itself starts, after "more than" or "$"
	said       *big.Rat // the numeral's value, maybe the token's (compoundAt): replaced, never changed
	iv         Interval
	approx     bool // "nearly", "about"
	bound      bool // "more than", "at least", "dozens"
	between    bool // "between 20 and 30"
	equal      bool // "equal to 20"
	ranged     bool // "20-30", "from 20 to 30": both ends said
}

// parseNumeral reads a bare numeral at toks[i]: digits ("1,000", "1.5",
// ".08", "1 234 567", "1.3e6"), digits with a scale ("15 billion", "325m",
// "2.33 k"), number words ("fourteen", "twenty-five thousand", "a dozen",
// "two hundred point zero three"), mixtures ("3 hundred and 21"),
// fractions ("4/5", "two thirds", "one over three", "⅔", "five and a half
// million") and vague plurals read as lower bounds ("dozens of").
// The value may be the one kept on the token (compoundAt): the caller
// must not change it.
func parseNumeral(toks []token, i int) (*big.Rat, bool, int) {
	if i >= len(toks) {
		return nil, false, i
	}
	t := &toks[i]
	if t.cls&clsNumeral != 0 {
		if v, ok := vagueNumbers[t.lower]; ok && (t.lower != "scores" || i+1 < len(toks) && toks[i+1].is("of")) {
			return ratInt(v), true, i + 1
		}
	}
	if t.text[0] >= utf8.RuneSelf { // "½": no vulgar fraction is ASCII
		if f, ok := vulgarFractions[t.text]; ok {
			return new(big.Rat).Set(f), false, i + 1
		}
	}
	r, j := compoundAt(toks, i)
	if r == nil {
		return nil, false, i
	}
	// "two thirds of a million"
	if j+2 < len(toks) && toks[j].is("of") && toks[j+1].is("a", "an") && !r.IsInt() && scales[toks[j+2].lower] >= 1000 {
		return new(big.Rat).Mul(r, ratInt(scales[toks[j+2].lower])), false, j + 3
	}
	// "one over three", "2 out of 5", "1 in twenty-one"
	k := j
	switch {
	case k+1 < len(toks) && toks[k].is("over") && !toks[i].is("a", "an"):
		k++
	case k+2 < len(toks) && toks[k].is("out") && toks[k+1].is("of"):
		k += 2
	case k+1 < len(toks) && toks[k].is("in") && ratCmpInt(r, 1) == 0 && toks[k+1].kind == tWord: // "1 in twenty-one"
		k++
	default:
		return r, false, j
	}
	if den, e := compoundAt(toks, k); den != nil && den.Sign() != 0 && den.IsInt() && r.IsInt() &&
		(ratCmp(r, den) < 0 || toks[j].is("over") && (e >= len(toks) || toks[e].kind == tPunct)) {
		return new(big.Rat).Quo(r, den), false, e
	}
	return r, false, j
}

var vulgarFractions = map[string]*big.Rat{"½": big.NewRat(1, 2), "⅓": big.NewRat(1, 3),
	"⅔": big.NewRat(2, 3), "¼": big.NewRat(1, 4), "¾": big.NewRat(3, 4), "⅕": big.NewRat(1, 5),
	"⅖": big.NewRat(2, 5), "⅗": big.NewRat(3, 5), "⅘": big.NewRat(4, 5), "⅙": big.NewRat(1, 6),
	"⅚": big.NewRat(5, 6), "⅛": big.NewRat(1, 8), "⅜": big.NewRat(3, 8), "⅝": big.NewRat(5, 8),
	"⅞": big.NewRat(7, 8)}

// digitSuffixes are scales written onto digits: "10k", "1.2b", "15bn".
var digitSuffixes = map[string]int64{"k": 1e3, "m": 1e6, "mm": 1e6, "mn": 1e6, "mil": 1e6,
	"b": 1e9, "bn": 1e9, "bln": 1e9, "g": 1e9, "t": 1e12, "tn": 1e12, "tln": 1e12}

// spacedSuffixes are the same, standing alone after the digits: "2.33 k".
var spacedSuffixes = map[string]int64{"k": 1e3, "K": 1e3, "M": 1e6, "MM": 1e6, "G": 1e9,
	"B": 1e9, "bn": 1e9, "bln": 1e9, "mn": 1e6, "mil": 1e6, "T": 1e12, "tn": 1e12, "tln": 1e12}

// digitsAt reads a number written in digits at toks[i]: "1,234.5",
// "1 234 567" (groups of three after a space), "1.3e6", "10k", "1.1^23".
func digitsAt(toks []token, i int) (*big.Rat, int) {
	t := &toks[i]
	if t.kind == tWord {
		return digitWordAt(toks, i)
	}
	if t.kind != tNum {
		return nil, i
	}
	text := decimalComma(t.lower)
	r, ok := ratSetString(strings.ReplaceAll(text, ",", ""))
	if !ok {
		return nil, i
	}
	j := i + 1
	if len(text) <= 3 && !strings.ContainsAny(text, ".,") {
		j = spacedGroups(toks, j, text, r)
	}
	if p, e, ok := powerAt(toks, j, r); ok {
		return p, e
	}
	if j < len(toks) && toks[j].space {
		if s, ok := spacedSuffixes[toks[j].text]; ok && (j+1 >= len(toks) || toks[j+1].kind != tWord) {
			return r.Mul(r, ratInt(s)), j + 1
		}
	}
	return r, j
}

// digitWordAt reads digits that are a word with letters: "1.3x10^6",
// "6.23x10^-4", "1e10", "12.32e+14" (the sign a token of its own), "10k",
// "15bn".
func digitWordAt(toks []token, i int) (*big.Rat, int) {
	text := toks[i].lower
	k := strings.IndexFunc(text, func(c rune) bool { return (c < '0' || c > '9') && c != '.' && c != ',' })
	if k <= 0 {
		return nil, i
	}
	// "1.3x10^6", "6.23x10^-4"
	if strings.HasSuffix(text, "x10") && i+2 < len(toks) && toks[i+1].text == "^" && !toks[i+1].space {
		if r, e, ok := timesTenAt(toks, i, text[:len(text)-3]); ok {
			return r, e
		}
	}
	// "1e10", "1.3e6"; "12.32e+14", "-12e-1" (the sign is a token)
	if text[k] == 'e' {
		exp, e := text[k+1:], i+1
		if exp == "" && e+1 < len(toks) && (toks[e].text == "+" || toks[e].text == "-") && !toks[e].space && toks[e+1].kind == tNum && !toks[e+1].space {
			exp, e = toks[e].text+toks[e+1].text, e+2
		}
		if r, ok := new(big.Rat).SetString(text[:k] + "e" + exp); ok && exp != "" {
			return r, e
		}
	}
	s, ok := digitSuffixes[text[k:]]
	if !ok {
		return nil, i
	}
	r, ok := ratSetString(strings.ReplaceAll(text[:k], ",", ""))
	if !ok {
		return nil, i
	}
	return r.Mul(r, ratInt(s)), i + 1
}

// timesTenAt reads the power of ten after mantissa "x10" at toks[i]:
// "^6", "^-4".
func timesTenAt(toks []token, i int, mantissa string) (*big.Rat, int, bool) {
	e, neg := i+2, false
	if toks[e].text == "-" || toks[e].text == "+" {
		neg, e = toks[e].text == "-", e+1
	}
	m, ok := new(big.Rat).SetString(mantissa)
	if !ok || e >= len(toks) || toks[e].kind != tNum {
		return nil, i, false
	}
	p, err := strconv.Atoi(toks[e].text)
	if err != nil || p >= 300 {
		return nil, i, false
	}
	f := new(big.Rat).SetInt(new(big.Int).Exp(big.NewInt(10), big.NewInt(int64(p)), nil))
	if neg {
		return m.Quo(m, f), e + 1, true
	}
	return m.Mul(m, f), e + 1, true
}

// decimalComma writes "1,3", "5,00", "1.111,11" with a decimal point: one
// comma before one or two digits is a decimal comma.
func decimalComma(text string) string {
	if c := strings.Count(text, ","); c == 1 {
		if k := strings.IndexByte(text, ','); len(text)-k-1 <= 2 {
			return strings.ReplaceAll(text[:k], ".", "") + "." + text[k+1:]
		}
	}
	return text
}

// spacedGroups reads "1 234 567" on from toks[j], the leading group of one
// to three digits read into r: groups of three after a space. It returns
// the end of the groups.
func spacedGroups(toks []token, j int, digits string, r *big.Rat) int {
	group := func(t token) bool { // "234" or "567.89"
		w, _, _ := strings.Cut(t.text, ".")
		return t.kind == tNum && len(w) == 3 && !strings.ContainsAny(t.text, ",")
	}
	for j < len(toks) && toks[j].space && !toks[j].newline && group(toks[j]) &&
		(j+1 >= len(toks) || toks[j+1].kind != tNum || group(toks[j+1])) {
		digits += strings.SplitN(toks[j].text, ".", 2)[0]
		frac := ""
		if p := strings.IndexByte(toks[j].text, '.'); p >= 0 {
			frac = toks[j].text[p:]
		}
		r.SetString(digits + frac)
		j++
		if frac != "" {
			break
		}
	}
	return j
}

// powerAt reads "^23" after base r at toks[j] ("1.1^23"): the power, and
// the end of its words.
func powerAt(toks []token, j int, r *big.Rat) (*big.Rat, int, bool) {
	if j+1 >= len(toks) || toks[j].text != "^" || toks[j].space {
		return nil, j, false
	}
	k := j + 1
	neg := false
	for k < len(toks) && (toks[k].text == "+" || toks[k].text == "-") && !toks[k].space {
		neg = neg != (toks[k].text == "-")
		k++
	}
	if k >= len(toks) || toks[k].kind != tNum || toks[k].space {
		return nil, j, false
	}
	exp, ok := new(big.Rat).SetString(toks[k].text) // "0,00000" is none
	if !ok {
		return nil, j, false
	}
	base, _ := r.Float64()
	e, _ := exp.Float64()
	if neg {
		e = -e
	}
	if v := math.Pow(base, e); !math.IsInf(v, 0) && !math.IsNaN(v) {
		if pr, ok := new(big.Rat).SetString(strconv.FormatFloat(v, 'g', 15, 64)); ok {
			return pr, k + 1, true
		}
	}
	return nil, j, false
}

// parseCompound reads numbers written in words, digits or both, with
// scales, "and", "point", fractions and dozens. It returns nil when
// toks[i] starts no number.
func parseCompound(toks []token, i int) (*big.Rat, int) {
	r, e := compoundAt(toks, i)
	if r == nil {
		return nil, e
	}
	return new(big.Rat).Set(r), e // a copy: callers build on it
}

// compoundAt is parseCompound's answer as kept on the token, not copied:
// for callers that only read it, which must not change it.
func compoundAt(toks []token, i int) (*big.Rat, int) {
	if i >= len(toks) {
		return nil, i
	}
	// read once per token: the answer is kept on the token
	t := &toks[i]
	if !t.compDone {
		t.comp, t.compEnd = readCompound(toks, i)
		t.compDone = true
	}
	return t.comp, t.compEnd
}

// readCompound is parseCompound unkept, for a caller that cuts the tokens
// short.
func readCompound(toks []token, i int) (*big.Rat, int) {
	if i >= len(toks) {
		return nil, i
	}
	// No numeral said in words runs longer; a longer run of number words
	// ("one hundred one hundred ...") is read in pieces, in linear time.
	toks = toks[:min(len(toks), i+maxNumeralWords)]
	if !mayStartCompound(toks, i) {
		return nil, i // most tokens, read without allocating
	}
	if v, ok := loneNumeral(toks, i); ok {
		return sharedInt(v), i + 1 // read only (compoundAt), so shared
	}
	if r, ok := groupedNumeral(toks, i); ok {
		return r, i + 1
	}
	if r, ok := scaledNumeral(toks, i); ok {
		return r, i + 2
	}
	if t := &toks[i]; t.kind == tWord && t.text[0] >= '0' && t.text[0] <= '9' && !digitWordMayRead(t.lower) {
		return nil, i // "117th", "76ers": digits no reader of a compound takes
	}
	return compoundFrom(toks, i)
}

// digitWordMayRead reports whether digitWordAt may read text, a word that
// starts with a digit: digits before "x10", an
// exponent or a scale letter ("1.3x10", "1e10", "15bn"). A word it cannot
// read ("117th", "76ers") starts no compound: compoundFrom's first reader
// of it (digitWord) gives up there, and lead takes only words.
func digitWordMayRead(text string) bool {
	k := strings.IndexFunc(text, func(c rune) bool { return (c < '0' || c > '9') && c != '.' && c != ',' })
	if k <= 0 {
		return k < 0 // all digits: not a word digitWordAt reads, but let compoundFrom say so
	}
	if text[k] == 'e' || strings.HasSuffix(text, "x10") {
		return true
	}
	_, ok := digitSuffixes[text[k:]]
	return ok
}

// compoundFrom reads the numeral at toks[i] word by word, each by the
// reader of a compound that takes it.
func compoundFrom(toks []token, i int) (*big.Rat, int) {
	c := &compound{toks: toks, i: i, j: i, total: new(big.Rat), cur: new(big.Rat)}
	if r, e, done := c.lead(); done {
		return r, e
	}
	c.words()
	if !c.seen {
		return nil, i
	}
	// a trailing "and" was not part of the number
	for c.j > i && toks[c.j-1].is("and") {
		c.j--
	}
	return ratAdd(c.total, c.total, c.cur), c.j
}

// mayStartCompound is readCompound's first test: a numeral starts with
// digits, a number word, or "a", "an", "half" or "quarter" before a word
// a numeral goes on with ("a dozen", "a third", "half a million"); any
// other token starts none. The words are told by their class
// (clsNumeral), with no map lookup for most of them.
func mayStartCompound(toks []token, i int) bool {
	t := &toks[i]
	switch {
	case t.kind == tNum:
		return true
	case t.kind != tWord || t.cls&clsNumber == 0:
		// a mark, or a word of no number's class (numberStart holds
		// those; a word that starts with a digit has it, classOf)
		return false
	case t.text[0] >= '0' && t.text[0] <= '9':
		return true
	case t.is("a", "an"):
		// the article, most of the time
		return i+1 < len(toks) && followsArticle(&toks[i+1])
	case t.is("half", "quarter"):
		// "half a dozen", "quarter million": lead reads no other
		k := i + 1
		if k+1 < len(toks) && toks[k].is("a", "an") {
			k++
		}
		return k < len(toks) && toks[k].cls&clsNumeral != 0
	}
	if t.cls&clsNumeral == 0 {
		return false
	}
	_, ok := smallNumbers[t.lower]
	return ok
}

// followsArticle reports whether a numeral may start with "a" or "an"
// before t: "a dozen", "a quarter", "a hundred", "a twenty-first".
func followsArticle(t *token) bool {
	if t.cls&clsNumeral == 0 {
		return false
	}
	return t.is("dozen") || fractionWords[t.lower] != 0 || scales[t.lower] >= 100 || smallNumbers[t.lower] >= 20
}

// ratInt is big.NewRat(v, 1) without its reduction by the greatest
// common divisor (and the allocations of that): the same value, held the
// same way.
func ratInt(v int64) *big.Rat { return new(big.Rat).SetInt64(v) }

// loneNumeral reads the commonest numeral without a compound: digits
// alone ("2013", "40") or one number word ("five", "twenty"), before a
// token that cannot go on with it (none that a reader of a compound or
// of digits takes: digits, a number, scale, dozen or fraction word,
// "point", "and", a hyphen or a slash before more of the numeral, a
// power, a scale letter).
func loneNumeral(toks []token, i int) (int64, bool) {
	t := &toks[i]
	var v int64
	switch {
	case t.kind == tNum && len(t.text) <= 18:
		for k := 0; k < len(t.text); k++ {
			c := t.text[k]
			if c < '0' || c > '9' {
				return 0, false
			}
			v = v*10 + int64(c-'0')
		}
	case t.kind == tWord && t.cls&clsNumeral != 0:
		n, ok := smallNumbers[t.lower]
		if !ok {
			return 0, false
		}
		v = n
	default:
		return 0, false
	}
	return v, numeralEndsAfter(toks, i, v)
}

// numeralEndsAfter reports whether the numeral v at toks[i], read
// alone, ends there: whether the token after it is none a reader of a
// compound or of digits takes (loneNumeral).
func numeralEndsAfter(toks []token, i int, v int64) bool {
	if i+1 == len(toks) {
		return true
	}
	n := &toks[i+1]
	if n.kind == tNum || n.kind == tWord && n.text[0] >= '0' && n.text[0] <= '9' {
		// "2013 2014": digits of four or more go on with no digits
		// after them (digitsAt joins groups of three after up to
		// three, canFollow no number after one without a scale), but
		// for a fraction ("2013 4/5")
		return toks[i].kind == tNum && len(toks[i].text) >= 4 && (i+2 >= len(toks) || toks[i+2].text != "/")
	}
	switch n.lower {
	case "and":
		// "2013 and 2014": "and" goes on with a number or "a half"
		// after it (andWord), where no scale is said before
		return i+2 < len(toks) && !mayFollowAnd(&toks[i+2])
	case "-":
		// "twenty-five", "three-fifths"; not "10-year"
		return i+2 >= len(toks) || toks[i+2].cls&clsNumeral == 0
	case "/":
		// "4/5"; not "2013/14" or "2013 / 11"
		return !slashFraction(toks, i, v)
	case "^", "point", "dozen", "dozens", "dz", "dzs", "doz", "dozs":
		return false
	}
	if n.kind == tPunct && !markGoesOnNumeral { // ",", ")": in none of the tables below
		return true
	}
	if len(n.text) <= 3 { // the longest of spacedSuffixes
		if _, ok := spacedSuffixes[n.text]; ok {
			return false
		}
	}
	if n.cls&clsNumeral == 0 {
		return true
	}
	if _, ok := smallNumbers[n.lower]; ok {
		return false
	}
	if _, ok := scales[n.lower]; ok {
		return false
	}
	if _, ok := fractionWords[n.lower]; ok {
		return false
	}
	return true
}

// scaledNumeral reads the commonest numeral of two words: digits or a
// number word before a scale ("325 million", "1.5 billion", "two
// hundred") with no word after it that goes on with it (numeralEndsAfter
// reads the word after the scale as after a numeral): the value
// compoundFrom gives it, without a compound's values. Nought ("0
// million") is left to compoundFrom, which reads it as one.
func scaledNumeral(toks []token, i int) (*big.Rat, bool) {
	if i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].cls&clsNumeral == 0 {
		return nil, false
	}
	s, ok := scales[toks[i+1].lower]
	if !ok {
		return nil, false
	}
	v, den, ok := unscaled(&toks[i])
	if !ok || v <= 0 || v > math.MaxInt64/s || !numeralEndsAfter(toks, i+1, v) {
		return nil, false
	}
	return big.NewRat(v*s, den), true
}

// unscaled reads the numeral before a scale (scaledNumeral): digits
// ("325", "1,200", "1.5": v/den) or a number word ("two").
func unscaled(t *token) (v, den int64, ok bool) {
	switch {
	case t.kind == tNum && len(t.text) <= 18:
		if v, den, ok := groupedDigits(t.text); ok {
			return v, den, true
		}
		for k := 0; k < len(t.text); k++ {
			c := t.text[k]
			if c < '0' || c > '9' {
				return 0, 0, false
			}
			v = v*10 + int64(c-'0')
		}
		return v, 1, true
	case t.kind == tWord && t.cls&clsNumeral != 0:
		v, ok := smallNumbers[t.lower]
		return v, 1, ok
	}
	return 0, 0, false
}

// mayFollowAnd reports whether t, after a numeral and "and", may go on
// with it (andWord): digits, a word of a numeral's tables ("one",
// "half"), "a" or "an" ("two and a half").
func mayFollowAnd(t *token) bool {
	return t.kind == tNum || t.cls&clsNumeral != 0 || t.is("a", "an")
}

// groupedNumeral reads digits in groups of three ("1,200", "35,000") or
// with a decimal point ("2.5", "0.08") alone, as loneNumeral reads plain
// digits: the value compoundFrom gives them, without a compound's values
// or big.Rat's scanner. A slash after them is left to compoundFrom.
func groupedNumeral(toks []token, i int) (*big.Rat, bool) {
	t := &toks[i]
	if t.kind != tNum {
		return nil, false
	}
	v, den, ok := groupedDigits(t.text)
	if !ok || i+1 < len(toks) && toks[i+1].text == "/" || !numeralEndsAfter(toks, i, v) {
		return nil, false
	}
	if den == 1 {
		return sharedInt(v), true // read only (compoundAt), so shared
	}
	return big.NewRat(v, den), true
}

// groupedDigits reads s as digits in groups of three after the first
// ("1,200", "1,000,000": den 1) or as digits, a decimal point and digits
// ("2.5": 25 and den 10), of 18 digits at most; ok is false for any other
// s ("1,20" is a decimal comma, "1,2345" no grouping; digitsAt reads those).
func groupedDigits(s string) (v, den int64, ok bool) {
	den, digits, group := 1, 0, -1 // group: digits since the last comma; -1 before one
	point := false
	for k := 0; k < len(s); k++ {
		switch c := s[k]; {
		case c >= '0' && c <= '9':
			v = v*10 + int64(c-'0')
			digits++
			if point {
				den *= 10
			} else if group >= 0 {
				group++
			}
		case c == ',' && !point && k > 0 && k <= 3 && group < 0 || c == ',' && group == 3:
			group = 0
		case c == '.' && group < 0 && !point && k > 0 && k+1 < len(s):
			point = true
		default:
			return 0, 0, false
		}
		if digits > 18 {
			return 0, 0, false
		}
	}
	if group >= 0 && group != 3 || group < 0 && !point {
		return 0, 0, false // plain digits are loneNumeral's
	}
	return v, den, true
}

// slashFraction reports whether the digits v at toks[i] may be the
// numerator of a fraction digitWord reads, "4/5": a slash and digits,
// unspaced, that may be more than v. Digits that are not whole ("4/5.5")
// may be.
func slashFraction(toks []token, i int, v int64) bool {
	if toks[i].kind != tNum || toks[i+1].space || i+2 >= len(toks) || toks[i+2].kind != tNum || toks[i+2].space {
		return false
	}
	d := toks[i+2].text
	if len(d) > 18 {
		return true
	}
	var den int64
	for k := 0; k < len(d); k++ {
		if d[k] < '0' || d[k] > '9' {
			return true
		}
		den = den*10 + int64(d[k]-'0')
	}
	return den != 0 && v < den
}

// numeralWords are the words of a numeral's tables (class clsNumeral):
// numbers, vague plurals, scales, fractions, dozens. No numeral is read
// without a token of that class or a digit (hasNumeral).
func numeralWords() []string {
	ws := []string{"dozen", "dozens", "dz", "dzs", "doz", "dozs"}
	for _, m := range []map[string]int64{smallNumbers, vagueNumbers, scales, fractionWords} {
		ws = append(ws, keys(m)...)
	}
	return ws
}

// markGoesOnNumeral says whether a word of the tables loneNumeral reads
// after a numeral starts with a mark (not a letter or a digit), as a
// punctuation token does: if none does, a mark ends the numeral.
var markGoesOnNumeral = func() bool {
	for _, m := range []map[string]int64{spacedSuffixes, smallNumbers, scales, fractionWords} {
		for w := range m {
			if r, _ := utf8.DecodeRuneInString(w); !isLetterOrDigit(r) {
				return true
			}
		}
	}
	return false
}()

// A compound is a numeral in words being read: "three hundred and
// twenty-five thousand", "two and a half million", "one twenty-fifth".
type compound struct {
	toks          []token
	i, j          int      // where the numeral starts; the next token to read
	total, cur    *big.Rat // the sum of the finished scales; the part being read
	last          *big.Rat // the last small number added, which a fraction word divides
	scale         *big.Rat // the last scale applied ("million")
	seen          bool     // a number was read
	andAfterScale bool     // "six million and two thirds": a fraction of the scale
	tensAfterAnd  bool     // the last number read was "and thirty"
	sawAnd        bool     // "and" joined parts of the number
}

func (c *compound) add(v *big.Rat) { ratAdd(c.cur, c.cur, v); c.last = v; c.seen = true }

// A step is what a reader of a compound did with a token.
type step uint8

const (
	noStep step = iota // not this reader's word: try the next
	more               // read: go on
	done               // the numeral ends here
)

// words reads the numeral's words one after another, each by the first
// reader that takes it.
func (c *compound) words() {
	for c.j < len(c.toks) {
		t := &c.toks[c.j]
		if c.step(t) != more {
			return
		}
	}
}

// step reads toks[c.j], t, by the first reader that takes it.
func (c *compound) step(t *token) step {
	if s := c.numberWord(t); s != noStep {
		return s
	}
	if s := c.digitWord(t); s != noStep {
		return s
	}
	if s := c.scaleWord(t); s != noStep {
		return s
	}
	if s := c.dozenWord(t); s != noStep {
		return s
	}
	if s := c.fractionWord(t); s != noStep {
		return s
	}
	if s := c.pointWord(t); s != noStep {
		return s
	}
	return c.andWord(t)
}

// lead reads what may only start a numeral: "a dozen", "a hundred", "a
// quarter", "a twenty-first", "half a dozen", "half million". done is
// true when that is the whole numeral (r nil: none).
func (c *compound) lead() (r *big.Rat, end int, done bool) {
	toks, i := c.toks, c.i
	// "a dozen", "a hundred", "a quarter", "half a dozen", "half million"
	if toks[c.j].is("a", "an") && c.j+1 < len(toks) {
		switch n := toks[c.j+1].lower; {
		case n == "dozen":
			return ratInt(12), c.j + 2, true
		case smallNumbers[n] >= 20 && smallNumbers[n]%10 == 0: // "a twenty-first"
			if u, k, ok := unitOrdinalAt(toks, c.j+2); ok {
				return big.NewRat(1, smallNumbers[n]+u), k, true
			}
			return nil, i, true
		case fractionWords[n] != 0 && !strings.HasSuffix(n, "s"):
			f := big.NewRat(1, fractionWords[n])
			if c.j+2 < len(toks) && scales[toks[c.j+2].lower] >= 1000 { // "a quarter million"
				return f.Mul(f, ratInt(scales[toks[c.j+2].lower])), c.j + 3, true
			}
			return f, c.j + 2, true
		case scales[n] >= 100 && len(n) > 2:
			c.add(ratInt(1))
			c.j++
		default:
			return nil, i, true
		}
	} else if toks[c.j].is("half", "quarter") && c.j+1 < len(toks) {
		f := big.NewRat(1, fractionWords[toks[c.j].lower])
		k := c.j + 1
		if toks[k].is("a", "an") && k+1 < len(toks) {
			k++
		}
		if toks[k].is("dozen") {
			return f.Mul(f, ratInt(12)), k + 1, true
		}
		if s := scales[toks[k].lower]; s >= 1000 && len(toks[k].lower) > 2 {
			return f.Mul(f, ratInt(s)), k + 1, true
		}
		return nil, i, true
	}
	return nil, 0, false
}

// numberWord reads "twenty-five", "fifty two", and "one twenty-fifth" (a compound ordinal denominator).
func (c *compound) numberWord(t *token) step {
	toks, i := c.toks, c.i
	if v, ok := smallNumbers[t.lower]; ok && t.kind == tWord {
		// "one twenty-fifth", "three twenty firsts": a compound ordinal
		// denominator after the numerator
		if c.seen && v >= 20 && v%10 == 0 && !toks[c.j-1].is("and") {
			// only as a fraction: plural ("three twenty firsts") or of one ("one twenty-fifth")
			if u, k, ok := unitOrdinalAt(toks, c.j+1); ok && (strings.HasSuffix(toks[k-1].lower, "s") || ratCmpInt(new(big.Rat).Add(c.total, c.cur), 1) == 0) {
				c.cur.Quo(new(big.Rat).Add(c.total, c.cur), ratInt(v+u))
				c.total, c.last, c.j = new(big.Rat), nil, k
				return more
			}
		}
		if c.seen && !canFollow(c.cur, c.total, c.scale, c.j > i && toks[c.j-1].is("and")) {
			return done
		}
		n := ratInt(v)
		c.j++
		// twenty-five, "fifty - two", "fifty two"
		if v >= 20 && v%10 == 0 && c.j < len(toks) {
			k := c.j
			if toks[k].text == "-" && k+1 < len(toks) {
				k++
			}
			if u, ok := smallNumbers[toks[k].lower]; ok && u > 0 && u < 10 && toks[k].kind == tWord {
				n.Add(n, ratInt(u))
				c.j = k + 1
			}
		}
		c.add(n)
		c.tensAfterAnd = c.j-2 >= i && toks[c.j-2].is("and")
		return more
	}
	return noStep
}

// digitWord reads digits: "3 hundred", "4/5", "1 4/5".
func (c *compound) digitWord(t *token) step {
	toks, i := c.toks, c.i
	if t.kind == tNum || t.kind == tWord && t.text[0] >= '0' && t.text[0] <= '9' {
		if c.seen && !canFollow(c.cur, c.total, c.scale, c.j > i && toks[c.j-1].is("and")) {
			return done
		}
		r, e := digitsAt(toks, c.j)
		if r == nil {
			return done
		}
		c.j = e
		// "4/5" and "1 4/5"
		if c.j+1 < len(toks) && toks[c.j].text == "/" && !toks[c.j].space && toks[c.j+1].kind == tNum && !toks[c.j+1].space && r.IsInt() {
			// a fraction is less than one: "2222/2222" and "17/5" are not
			if den, ok := new(big.Rat).SetString(toks[c.j+1].text); ok && den.Sign() != 0 && den.IsInt() && ratCmp(r, den) < 0 {
				r.Quo(r, den)
				c.j += 2
			}
		} else if c.j+2 < len(toks) && r.IsInt() && toks[c.j].kind == tNum && toks[c.j].space && toks[c.j+1].text == "/" && !toks[c.j+1].space && !toks[c.j+2].space {
			num, ok1 := new(big.Rat).SetString(toks[c.j].text)
			den, ok2 := new(big.Rat).SetString(toks[c.j+2].text)
			if ok1 && ok2 && den.Sign() != 0 && ratCmp(num, den) < 0 {
				r.Add(r, num.Quo(num, den))
				c.j += 3
			}
		}
		c.add(r)
		return more
	}
	return noStep
}

// scaleWord reads "hundred", "million", "three lakh crore".
func (c *compound) scaleWord(t *token) step {
	toks := c.toks
	if s, ok := scales[t.lower]; ok && c.seen && len(t.lower) > 2 {
		// "three lakh crore": a scale after a scale multiplies it all
		if c.cur.Sign() == 0 && c.total.Sign() > 0 && scales[toks[c.j-1].lower] >= 1000 {
			c.total.Mul(c.total, ratInt(s))
			c.scale = ratInt(s)
			c.j++
			return more
		}
		if c.cur.Sign() == 0 {
			c.cur.SetInt64(1)
		}
		if s == 100 {
			c.cur.Mul(c.cur, ratInt(100))
		} else {
			c.total.Add(c.total, c.cur.Mul(c.cur, ratInt(s)))
			c.cur = new(big.Rat)
		}
		c.scale, c.last = ratInt(s), nil
		c.j++
		return more
	}
	return noStep
}

// dozenWord reads "dozen" after a number ("three hundred and two dozens").
func (c *compound) dozenWord(t *token) step {
	if t.is("dozen", "dozens", "dz", "dzs", "doz", "dozs") && c.seen {
		if c.last != nil && c.sawAnd { // "three hundred and two dozens": the two
			c.cur.Add(c.cur, new(big.Rat).Mul(c.last, ratInt(11)))
		} else {
			c.cur.Mul(c.cur, ratInt(12))
		}
		c.last = nil
		c.j++
		return more
	}
	return noStep
}

// fractionWord reads "two thirds", "one hundred and three quarters", "one-eighth", "a hundred trillionths".
func (c *compound) fractionWord(t *token) step {
	toks, i := c.toks, c.i
	skipped := false
	// "two thirds", "one hundred and three quarters", "one-eighth"
	if t.text == "-" && c.seen && c.last != nil && c.j+1 < len(toks) && fractionWords[toks[c.j+1].lower] != 0 {
		c.j++
		t = &toks[c.j]
		skipped = true
	}
	// "a hundred trillionths", "ninety-five hundred fifths": a plural
	// fraction right after a scale word divides the whole
	if t.text == "-" && c.seen && c.last == nil && c.j+1 < len(toks) && fractionWords[toks[c.j+1].lower] != 0 && scales[toks[c.j-1].lower] != 0 {
		c.j++
		t = &toks[c.j]
		skipped = true
	}
	if d, ok := fractionWords[t.lower]; ok && c.seen && c.last == nil && strings.HasSuffix(t.lower, "s") && c.j >= 1 && (scales[toks[c.j-1].lower] != 0 || toks[c.j-1].text == "-") && toks[i].kind == tWord {
		c.cur.Quo(new(big.Rat).Add(c.total, c.cur), ratInt(d))
		c.total = new(big.Rat)
		c.j++
		return more
	}
	if d, ok := fractionWords[t.lower]; ok && c.seen && c.last != nil && (ratCmpInt(c.last, 1) == 0 || strings.HasSuffix(t.lower, "s") || t.is("half")) &&
		!(d >= 100 && toks[c.j-1].kind == tNum) { // "100 millionths" is not a fraction
		c.cur.Sub(c.cur, c.last)
		// "one hundred thirty fifths" is 100/35: the tens join the
		// ordinal, unless "and" stands before them
		if d < 10 && c.last.IsInt() && c.last.Num().Int64() >= 20 && c.last.Num().Int64()%10 == 0 && !c.tensAfterAnd && new(big.Rat).Add(c.total, c.cur).Sign() > 0 {
			c.cur.Quo(new(big.Rat).Add(c.total, c.cur), ratInt(c.last.Num().Int64()+d))
			c.total, c.last = new(big.Rat), nil
			c.j++
			return more
		}
		// Without "and", or with a two-digit last number, the fraction
		// divides the whole ("one million two thousand two hundred three
		// fifths", "one hundred and thirty-two fifths"); "one hundred and
		// three quarters" is a mixed number.
		if !c.sawAnd || c.last.IsInt() && c.last.Num().Int64() >= 20 && d < 10 {
			c.cur.Quo(new(big.Rat).Add(new(big.Rat).Add(c.total, c.cur), c.last), ratInt(d))
			c.total, c.last = new(big.Rat), nil
			c.j++
			return more
		}
		f := new(big.Rat).Quo(c.last, ratInt(d))
		// "six million and two thirds" is of the million, unless a
		// scale follows ("one billion and three quarters million")
		if c.andAfterScale && !(c.j+1 < len(toks) && scales[toks[c.j+1].lower] >= 1000) {
			f.Mul(f, c.scale)
		}
		c.cur.Add(c.cur, f)
		c.last = nil
		c.j++
		return more
	}
	if skipped {
		return done
	}
	return noStep
}

// pointWord reads "point zero three", "point seventy-one".
func (c *compound) pointWord(t *token) step {
	toks := c.toks
	// "point zero three", "point seventy-one"
	if t.is("point") && c.seen && c.j+1 < len(toks) {
		digits, k := "", c.j+1
		for k < len(toks) {
			if v, ok := smallNumbers[toks[k].lower]; ok && toks[k].kind == tWord {
				if v >= 20 && v%10 == 0 && k+2 < len(toks) && toks[k+1].text == "-" {
					if u, ok := smallNumbers[toks[k+2].lower]; ok && u < 10 {
						v += u
						k += 2
					}
				}
				digits += strconv.FormatInt(v, 10)
				k++
				continue
			}
			if toks[k].kind == tNum && !strings.ContainsAny(toks[k].text, ".,") {
				digits += toks[k].text
				k++
			}
			break
		}
		if digits == "" {
			return done
		}
		f, _ := new(big.Rat).SetString("0." + digits)
		c.cur.Add(c.cur, f)
		c.j = k
		return more
	}
	return noStep
}

// andWord reads "and" when more of the same number follows ("three hundred and two", "two and a half", "a million and a half").
func (c *compound) andWord(t *token) step {
	toks := c.toks
	// "and": more of the same number follows ("three hundred and two",
	// "two and a half", "a million and a half")
	if t.is("and") && c.seen && c.j+1 < len(toks) {
		n := &toks[c.j+1]
		if n.is("a", "an", "one") && c.j+2 < len(toks) && fractionWords[toks[c.j+2].lower] != 0 {
			f := big.NewRat(1, fractionWords[toks[c.j+2].lower])
			switch {
			case c.j+3 < len(toks) && scales[toks[c.j+3].lower] >= 1000: // "five and a half million"
				c.cur.Add(c.cur, f) // the scale that follows multiplies it all
			case c.cur.Sign() == 0 && c.scale != nil: // "a million and a half"
				c.total.Add(c.total, f.Mul(f, c.scale))
			default:
				c.cur.Add(c.cur, f)
			}
			c.j += 3
			return more
		}
		_, small := smallNumbers[n.lower]
		if n.text == "0" || n.is("zero") { // "4300 and 0": two numbers
			return done
		}
		afterScale := c.scale != nil && (c.cur.Sign() == 0 || new(big.Rat).Quo(c.cur, ratInt(100)).IsInt())
		k := c.j + 2
		for k < len(toks) && (toks[k].text == "-" || smallNumbers[toks[k].lower] != 0) {
			k++
		}
		fraction := k < len(toks) && fractionWords[toks[k].lower] != 0
		// "3 hundred and 2 hundred" are two numbers
		if c.j+2 < len(toks) && c.scale != nil && scales[toks[c.j+2].lower] == scaleInt(c.scale) {
			return done
		}
		if (small || n.kind == tNum) && (afterScale || fraction) {
			c.andAfterScale = c.cur.Sign() == 0 && c.scale != nil
			c.sawAnd = true
			c.j++
			return more
		}
	}
	return noStep
}

// canFollow reports whether a small number may continue the one read so
// far: after a hundred ("one hundred two"), after a scale ("two million
// three"), or after "and".
func canFollow(cur, total, scale *big.Rat, afterAnd bool) bool {
	if afterAnd {
		return true
	}
	hundreds := new(big.Rat).Quo(cur, ratInt(100))
	return cur.Sign() == 0 && total.Sign() > 0 || cur.Sign() > 0 && hundreds.IsInt() && scale != nil
}

func scaleInt(r *big.Rat) int64 { return r.Num().Int64() }

// unitOrdinalAt reads the unit of a compound ordinal denominator after
// its tens ("twenty-fifth", "twenty firsts"), skipping a hyphen.
func unitOrdinalAt(toks []token, k int) (int64, int, bool) {
	if k < len(toks) && toks[k].text == "-" {
		k++
	}
	if k >= len(toks) {
		return 0, k, false
	}
	u := unitOrdinals[strings.TrimSuffix(toks[k].lower, "s")]
	return u, k + 1, u != 0
}

var unitOrdinals = map[string]int64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9}

// fractionWords are denominators: "half", "thirds", "quarter".
var fractionWords = map[string]int64{"half": 2, "halves": 2, "third": 3, "thirds": 3,
	"quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4, "fifth": 5, "fifths": 5,
	"sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
	"ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "hundredth": 100, "hundredths": 100,
	"thousandth": 1000, "thousandths": 1000, "thirtieth": 30, "thirtieths": 30,
	"twentieth": 20, "twentieths": 20, "millionth": 1e6, "millionths": 1e6,
	"billionth": 1e9, "billionths": 1e9, "trillionth": 1e12, "trillionths": 1e12}

// A bound is a phrase of bound words and the comparison it says.
type bound struct {
	words []string
	op    string // ">", ">=", "<", "<=", "~" (about), "~<" (nearly)
}

// Bound words before a numeral, longest first.
var boundWords = []bound{
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
	{[]string{"equal", "to", "or", "less", "than"}, "<="}, {[]string{"equal", "to", "or", "more", "than"}, ">="},
	{[]string{"equal", "to", "or", "greater", "than"}, ">="}, {[]string{"at", "least", "or", "equal", "to"}, ">="},
	{[]string{"exceed"}, ">"}, {[]string{"exceeds"}, ">"}, {[]string{"exceeding"}, ">"},
	{[]string{"surpass"}, ">"}, {[]string{"surpasses"}, ">"}, {[]string{"surpassing"}, ">"},
	{[]string{">", "="}, ">="}, {[]string{"<", "="}, "<="}, {[]string{">="}, ">="}, {[]string{"<="}, "<="},
	{[]string{"≥"}, ">="}, {[]string{"≤"}, "<="}, {[]string{">"}, ">"}, {[]string{"<"}, "<"},
	{[]string{"equal", "to"}, "="}, {[]string{"equals", "to"}, "="},
	{[]string{"equals"}, "="}, {[]string{"equaling", "to"}, "="},
	{[]string{"at", "least"}, ">="}, {[]string{"at", "most"}, "<="},
	{[]string{"up", "to"}, "<="}, {[]string{"just", "over"}, ">"}, {[]string{"just", "under"}, "<"},
	{[]string{"over"}, ">"}, {[]string{"under"}, "<"}, {[]string{"nearly"}, "~<"},
	{[]string{"almost"}, "~<"}, {[]string{"about"}, "~"}, {[]string{"around"}, "~"},
	{[]string{"roughly"}, "~"}, {[]string{"approximately"}, "~"}, {[]string{"some"}, "~"},
	{[]string{"an", "estimated"}, "~"},
}

func init() { // longest phrases first: "less than or equal to" before "less than"
	sort.SliceStable(boundWords, func(i, j int) bool { return len(boundWords[i].words) > len(boundWords[j].words) })
	for _, b := range boundWords {
		boundsOf[b.words[0]] = append(boundsOf[b.words[0]], b)
	}
}

// boundsOf holds the bound phrases by their first word, longest first.
var boundsOf = map[string][]bound{}

// boundFirst indexes boundWords by their first word; numberStart holds
// every word that may begin a number.
var boundFirst, numberStart = func() (map[string]bool, map[string]bool) {
	b, n := map[string]bool{}, map[string]bool{"a": true, "an": true, "between": true, "half": true, "quarter": true}
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
	for w := range isoCodes { // "USD 200", "MUSD 30"
		n[w], n["m"+w] = true, true
	}
	return b, n
}()

// mayStartNumber is a cheap test that toks[i] can begin a number: the
// token's class, computed when it was read (dispatch.go).
func mayStartNumber(t *token) bool { return t.cls&clsNumber != 0 }

// mayStartNumberSlow is mayStartNumber from the token's words.
func mayStartNumberSlow(t *token) bool {
	if t.kind == tNum || t.text[0] >= '0' && t.text[0] <= '9' {
		return true
	}
	if t.kind != tWord {
		if len(t.text) == 1 && t.text[0] < utf8.RuneSelf { // ",", ".", "$": most marks, without a map
			return asciiNumberStart[t.text[0]]
		}
		return punctStartsNumber(t.text)
	}
	return numberStart[t.lower]
}

// punctStartsNumber reports whether a mark may begin a number: a
// currency symbol ("$"), a vulgar fraction ("½"), a bound ("<").
func punctStartsNumber(s string) bool {
	return currencySymbols[s] != "" || vulgarFractions[s] != nil || boundFirst[s]
}

// asciiNumberStart[c] is punctStartsNumber of the one-byte mark c.
var asciiNumberStart = func() (m [utf8.RuneSelf]bool) {
	for c := range m {
		m[c] = punctStartsNumber(string(rune(c)))
	}
	return m
}()

// boundAt matches a bound phrase at toks[i] and returns its operator and
// the index after it.
func boundAt(toks []token, i int) (string, int) {
	if i >= len(toks) {
		return "", i
	}
	if toks[i].words&wBound == 0 { // boundsOf has no phrase starting here: no map lookup
		return "", i
	}
	bs := boundsOf[toks[i].lower]
	if len(bs) == 0 {
		return "", i
	}
	// "<>30", "=>30": not comparisons factlint reads
	if i > 0 && toks[i].kind == tPunct && !toks[i].space && strings.ContainsAny(toks[i-1].text, "<>=") {
		return "", i
	}
	for _, b := range bs {
		if wordsAt(toks, i, b.words) {
			return b.op, i + len(b.words)
		}
	}
	return "", i
}

// wordsAt reports whether toks[i:] starts with the words, in lower case.
func wordsAt(toks []token, i int, words []string) bool {
	if i+len(words) > len(toks) {
		return false
	}
	for k, w := range words {
		if toks[i+k].lower != w {
			return false
		}
	}
	return true
}

// parseNumber reads an optionally bounded numeral at toks[i]: "40", "more
// than 40", "nearly 14", "between 20 and 30". skip says how to read the
// token after a bound phrase (a currency symbol may stand between).
func (x *extraction) parseNumber(toks []token, i int, skip func(int) int) (number, bool) {
	if i >= len(toks) || !mayStartNumber(&toks[i]) {
		return number{}, false
	}
	// Every extractor asks for the number at a token: read it once per
	// sentence (the values are shared and never changed).
	if skip == nil && x.nums != nil && len(toks) == len(x.nums) {
		c := &x.nums[i]
		if x.numRead[i]&numParsed == 0 {
			c.n, c.ok = x.readNumeral(toks, i, nil)
			x.numRead[i] |= numParsed
		}
		return c.n, c.ok
	}
	return x.readNumeral(toks, i, skip)
}

// A numeralOf is what one pass over a sentence's tokens finds for the
// readers of numbers, amounts and ordinals (numerals).
type numeralOf struct {
	sentence int   // x.sentence it was read for; 0: none yet
	has      bool  // the sentence has a numeral (hasNumeral)
	money    bool  // it has a token every amount needs (moneyToken)
	starts   []int // the tokens a reader may start at (mayStartReader), ascending
	words    []int // those that are ordinal words or "again" (ordinalStarts)
	ordinal  []int // the tokens the ordinals reader reads (ordinalStarts)
	numeral  []int // the tokens that make has true: digits, number words, marks
	free     []int // the starts a free number may still start at (freeStarts)
	freeRead bool  // free is filled for the sentence
}

// numerals reads the sentence's numeralOf, once per sentence.
func (x *extraction) numerals() *numeralOf {
	nm := &x.numeral
	if nm.sentence == x.sentence {
		return nm
	}
	nm.sentence, nm.has, nm.money, nm.freeRead = x.sentence, false, false, false
	nm.starts, nm.words, nm.numeral = nm.starts[:0], nm.words[:0], nm.numeral[:0]
	toks := x.s.toks
	for i := range toks {
		t := &toks[i]
		c := t.cls
		// most words: no numeral, no currency, and no reader starts
		// here (mayStartReader); of class date, only a dash does
		if c&(clsNumber|clsDigit|clsNumeral) == 0 && t.words&(wOrdinal|wOrdinalPart|wRelOrdinal|wCurrencyAfter) == 0 &&
			(c&clsDate == 0 || t.kind != tPunct) && t.lower != "again" {
			continue
		}
		if c&(clsDigit|clsNumeral) != 0 || t.kind == tPunct && c&clsNumber != 0 {
			nm.has = true
			nm.numeral = append(nm.numeral, i)
		}
		if !nm.money && (t.words&wCurrencyAfter != 0 || t.kind == tWord && c&clsDigit != 0 || t.text[0] == 'M' && moneyToken(t)) {
			nm.money = true // moneyToken, its commonest tests inline
		}
		if mayStartReader(t) {
			nm.starts = append(nm.starts, i)
			if t.words&wOrdinal != 0 || t.lower == "again" {
				nm.words = append(nm.words, i)
			}
		}
	}
	return nm
}

// freeStarts returns the starts of the sentence at which a reader of
// numbers may still find one that no claim holds (freeNumber): those of
// a number's class with a numeral near enough after them (numberReach),
// less those a claim holds, those where no number starts and those
// whose number a claim holds. Claims only grow and a token's number is
// read once (readNumber), so each reader, in turn, reads fewer than the
// one before.
func (x *extraction) freeStarts() []int {
	nm := x.numerals()
	toks := x.s.toks
	if !nm.freeRead {
		nm.free, nm.freeRead = nm.free[:0], true
		p := 0 // the first numeral at or after i
		for _, i := range nm.starts {
			if mayStartNumber(&toks[i]) && !x.used[i] && nm.numeralNear(&p, i, numberReach) {
				nm.free = append(nm.free, i)
			}
		}
		return nm.free
	}
	keep := nm.free[:0]
	for _, i := range nm.free {
		if x.used[i] {
			continue
		}
		if len(x.nums) == len(toks) && x.numRead[i]&numReadAt != 0 {
			if c := &x.nums[i]; !c.readOK || x.anyUsed(c.read.start, c.read.end) {
				continue
			}
		}
		keep = append(keep, i)
	}
	nm.free = keep
	return keep
}

// numeralNear reports whether a numeral stands at most reach tokens
// after token i; *p is a cursor into nm.numeral for i, which only grows
// from one call to the next.
func (nm *numeralOf) numeralNear(p *int, i, reach int) bool {
	for *p < len(nm.numeral) && nm.numeral[*p] < i {
		*p++
	}
	return *p < len(nm.numeral) && nm.numeral[*p]-i <= reach
}

// numberReach is how far after its first token a number's numeral may
// start (readNumber): after a bound phrase ("greater than or equal to"),
// a sign ("minus") and the words a numeral may open with ("half a
// dozen"). Its numeral is a token that makes numeralOf.has true (a
// digit, a word of a numeral's tables, a mark such as "½"): where none
// stands that near, no number starts.
var numberReach = func() int {
	longest := 0
	for _, b := range boundWords {
		longest = max(longest, len(b.words))
	}
	return longest + 1 + 2
}()

// hasNumeral reports whether the sentence has a token that every number
// needs: digits or a word with a digit, a word of a numeral's tables
// (clsNumeral), or a mark that may be a vulgar fraction ("½"). A
// sentence without one has no number, no amount, count, age or duration:
// those readers skip it (most sentences) at once.
func (x *extraction) hasNumeral() bool { return x.numerals().has }

// mayStartReader reports whether a number, an amount or an ordinal may
// start at t: a number's class (mayStartNumber), a digit ("USD115"), an
// ordinal word or a word that starts one, a dash ("- sixth"), "again".
// The readers of those (money, durations, ages, counts, numbers,
// ordinals) read only the tokens it lets through (numeralOf.starts).
func mayStartReader(t *token) bool {
	// a mark of class date is a dash: "-", "–" (classOf)
	return t.cls&(clsNumber|clsDigit) != 0 || t.words&(wOrdinal|wOrdinalPart|wRelOrdinal) != 0 || t.kind == tPunct && t.cls&clsDate != 0 ||
		t.lower == "again"
}

// numCache is parseNumber's and readNumber's answers at one token of a
// sentence. Its numRead says which are there: the entries are not cleared
// from one sentence to the next (they are large; most are never read).
type numCache struct {
	ok     bool
	n      number
	readOK bool
	read   number
	said   numberSaid
}

// numRead says which answers a numCache holds for the sentence.
type numRead uint8

const (
	numParsed numRead = 1 << iota // parseNumber's: ok and n
	numReadAt                     // readNumber's: readOK, read and reading
)

// readNumeral is parseNumber uncached.
func (x *extraction) readNumeral(toks []token, i int, skip func(int) int) (number, bool) {
	op, j := boundAt(toks, i)
	if skip != nil {
		j = skip(j)
	}
	if op == "" && i < len(toks) && toks[i].is("between") {
		return betweenAt(toks, i)
	}
	r, vague, e := parseNumeral(toks, j)
	if r == nil && op != "" && op != "=" { // "<-30", "at least minus five"
		if r, e = signedNumeral(toks, j); r != nil && r.Sign() >= 0 {
			r = nil
		}
	}
	if r == nil {
		return number{}, false
	}
	n := number{start: i, end: e, core: j, said: r, iv: Exact(r)}
	if vague {
		n.iv, n.bound = Interval{Lo: r}, true
		if op != "" {
			n.start = j
		}
		return n, true
	}
	x.boundBefore(&n, op, r)
	// "500 or more", "200 or greater", "30 or less", "more than 5000 or
	// equal to": the bound is said after the number
	if e := n.end; e+1 < len(toks) && toks[e].is("or", "and") {
		boundAfter(toks, &n, op, r)
	}
	if n.iv.Lo != nil && n.iv.Lo.Sign() < 0 {
		n.iv.Lo = new(big.Rat)
	}
	return n, true
}

// betweenAt reads "between 20 and 30" at toks[i], "between".
func betweenAt(toks []token, i int) (number, bool) {
	lo, k := signedNumeral(toks, i+1)
	if lo != nil && k < len(toks) && toks[k].is("and") {
		if hi, e := signedNumeral(toks, k+1); hi != nil && ratCmp(hi, lo) > 0 {
			return number{start: i, end: e, core: i, said: lo, iv: Interval{Lo: lo, Hi: hi}, bound: true, between: true}, true
		}
	}
	return number{}, false
}

// boundBefore gives n, read as r, the interval its bound phrase op says
// ("more than", "about", "equal to").
func (x *extraction) boundBefore(n *number, op string, r *big.Rat) {
	switch op {
	case ">":
		n.iv, n.bound = Interval{Lo: r, LoOpen: true}, true
	case ">=":
		n.iv, n.bound = Interval{Lo: r}, true
	case "<":
		n.iv, n.bound = Interval{Hi: r, HiOpen: true}, true
	case "<=":
		n.iv, n.bound = Interval{Hi: r}, true
	case "~<": // the tolerance only where it is used: it allocates
		if v, d, ok := x.smallAround(r); ok {
			n.iv, n.approx = Interval{Lo: ratInt(v - d), Hi: r}, true
			break
		}
		n.iv, n.approx = Interval{Lo: new(big.Rat).Sub(r, x.tolerance(r)), Hi: r}, true
	case "~":
		if v, d, ok := x.smallAround(r); ok {
			n.iv, n.approx = Interval{Lo: ratInt(v - d), Hi: ratInt(v + d)}, true
			break
		}
		d := x.tolerance(r)
		n.iv, n.approx = Interval{Lo: new(big.Rat).Sub(r, d), Hi: new(big.Rat).Add(r, d)}, true
	case "=":
		n.equal = true
	}
}

// boundAfter reads a bound said after the number n, before "or" or "and"
// at toks[n.end]: "500 or more", "30 or less", "more than 5000 or equal
// to"; op is the bound said before it.
func boundAfter(toks []token, n *number, op string, r *big.Rat) {
	e := n.end
	// "or less than 6000" is a bound of its own
	next := e + 2
	if next < len(toks) && toks[next].is("than", "to") {
		next++
	}
	own := next < len(toks) && mayStartNumber(&toks[next]) && toks[next].kind != tWord || next < len(toks) && smallNumbers[toks[next].lower] != 0
	if (op == "=" || op == "~" || op == "~<") && !own && toks[e+1].is("more", "greater", "above", "higher", "over", "less", "fewer", "below", "lower", "under") {
		op, n.equal, n.approx, n.start = "", false, false, n.core // "about 500 or more": the bound says it
	}
	switch {
	case own:
	case op == "" && toks[e+1].is("more", "greater", "above", "higher", "over"):
		n.iv, n.bound, n.end = Interval{Lo: r}, true, e+2
	case op == "" && toks[e+1].is("less", "fewer", "below", "lower", "under"):
		n.iv, n.bound, n.end = Interval{Hi: r}, true, e+2
	case (op == ">" || op == "<") && toks[e+1].is("equal"):
		n.iv.LoOpen, n.iv.HiOpen, n.end = false, false, e+2
		if n.end < len(toks) && toks[n.end].is("to") && (n.end+1 >= len(toks) || toks[n.end+1].kind != tNum) {
			n.end++
		}
	}
	if n.end < len(toks) && toks[n.end].is("than") && (n.end+1 >= len(toks) || !mayStartNumber(&toks[n.end+1])) {
		n.end++
	}
}

// signedNumeral reads a numeral that may be negative: "minus five",
// "negative ten", "-30".
func signedNumeral(toks []token, j int) (*big.Rat, int) {
	neg := false
	if j < len(toks) && (toks[j].is("negative", "minus") || toks[j].text == "-" && j+1 < len(toks) && !toks[j+1].space) {
		neg, j = true, j+1
	}
	r, _, e := parseNumeral(toks, j)
	if r == nil {
		return nil, j
	}
	if neg {
		r = new(big.Rat).Neg(r)
	}
	return r, e
}

// tolerance is how far "nearly" and "about" reach from n: the tolerance
// fraction of n, rounded to a whole number, and at least 1.
func (x *extraction) tolerance(n *big.Rat) *big.Rat {
	if q, ok := smallTolerance(n, x.opt.Tolerance); ok {
		return ratInt(q)
	}
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

// smallAround is r, a whole number below 2^31, and its tolerance, both
// in int64 (smallTolerance), for "about" and "nearly" to add and take
// away without big.Rat's arithmetic; ok is false for any other r.
func (x *extraction) smallAround(r *big.Rat) (v, d int64, ok bool) {
	d, ok = smallTolerance(r, x.opt.Tolerance)
	if !ok {
		return 0, 0, false
	}
	return r.Num().Int64(), d, true
}

// smallTolerance is tolerance's answer for a whole n and a fraction tol
// of numbers below 2^31, the commonest, in int64 arithmetic: n*tol in
// lowest terms, rounded as tolerance rounds it. ok is false for others.
func smallTolerance(n, tol *big.Rat) (int64, bool) {
	if !n.IsInt() || !n.Num().IsInt64() || !tol.Num().IsInt64() || !tol.Denom().IsInt64() {
		return 0, false
	}
	v, tn, td := n.Num().Int64(), tol.Num().Int64(), tol.Denom().Int64()
	if v < 0 || v >= 1<<31 || tn < 0 || tn >= 1<<31 || td >= 1<<31 {
		return 0, false
	}
	p := v * tn
	g := gcd64(p, td)
	num, den := p/g, td/g
	q := (num + den/2) / den
	if q <= 0 {
		q = 1
	}
	return q, true
}

// gcd64 is the greatest common divisor of a >= 0 and b > 0.
func gcd64(a, b int64) int64 {
	for a != 0 {
		a, b = b%a, a
	}
	return b
}

// addReadings appends rs to the readings of f, a claim just emitted:
// those of a claim that has none yet are cut from a slab of the
// extraction's, one allocation for many claims (each claim's own,
// capped: an append to them moves them out).
func (x *extraction) addReadings(f *found, rs ...Reading) {
	if f.Readings != nil || len(rs) > 8 {
		f.Readings = append(f.Readings, rs...)
		return
	}
	if len(x.slab) < len(rs) {
		x.slab = make([]Reading, 64)
	}
	n := len(rs)
	f.Readings = x.slab[:n:n]
	copy(f.Readings, rs)
	x.slab = x.slab[n:]
}
