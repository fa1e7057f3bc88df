package facts

import (
	"math/big"
	"strings"
	"unicode"
	"unicode/utf8"
)

var currencySymbols = map[string]string{"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY",
	"₴": "UAH", "₽": "RUB", "₹": "INR", "₩": "KRW", "₡": "CRC", "₾": "GEL", "₭": "LAK",
	"元": "CNY", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₫": "VND"}

var currencyWords = map[string]string{
	"dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
	"pounds": "GBP", "sterling": "GBP", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnas": "UAH",
	"rouble": "RUB", "roubles": "RUB", "ruble": "RUB", "rubles": "RUB", "yen": "JPY",
	"yuan": "CNY", "renminbi": "CNY", "franc": "CHF", "francs": "CHF", "rupee": "INR",
	"rupees": "INR", "zloty": "PLN", "zlotys": "PLN", "peseta": "ESP", "pesetas": "ESP",
	"guilder": "NLG", "guilders": "NLG", "lira": "TRY", "lire": "ITL",
}

// symbolPrefixes qualify a dollar sign: "US$", "C$".
var symbolPrefixes = map[string]string{"us": "USD", "u.s": "USD", "c": "CAD", "a": "AUD",
	"nz": "NZD", "hk": "HKD", "mex": "MXN"}

// isoCodes are currency codes written as words: "USD 200", "200 usd".
var isoCodes = map[string]string{"usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
	"cny": "CNY", "rmb": "CNY", "chf": "CHF", "cad": "CAD", "aud": "AUD", "nzd": "NZD",
	"hkd": "HKD", "mxn": "MXN", "uah": "UAH", "rub": "RUB", "inr": "INR", "pln": "PLN",
	"sek": "SEK", "nok": "NOK", "dkk": "DKK", "try": "TRY", "krw": "KRW", "brl": "BRL"}

// money finds "$325 million", "more than 15 billion euros", "US$1bn",
// "USD 200", "200 USD", "10 €", "3 dollars 50 cents".
func (x *extraction) money(toks []token) {
	if nm := x.numerals(); nm.has && nm.money {
		x.moneyIn(toks)
	}
}

// moneyToken reports whether t is a token that every amount needs: a
// currency's symbol, word or code (wCurrencyAfter: the words
// currencyAfter and moneyLead.skip read a currency at), a code of
// millions ("MUSD") or a word with a digit ("USD115", codeAndDigits).
// Most sentences have none (numeralOf.money), and are not read for
// numbers with a currency (TestMoneyFilter).
func moneyToken(t *token) bool {
	return t.words&wCurrencyAfter != 0 || t.kind == tWord && (t.cls&clsDigit != 0 || t.text[0] == 'M' && millionCode(t) != "")
}

// moneyIn is money on a sentence numeralOf.money lets through.
func (x *extraction) moneyIn(toks []token) {
	next := 0 // the token after the last amount
	nm := x.numerals()
	p := 0 // the first numeral at or after i
	for _, i := range nm.starts {
		// an amount starts with a number, a bound, a currency symbol or
		// code, or digits ("USD115"): all of class number or date, and
		// its numeral stands no further than a number's, after a
		// currency's symbol or code ("more than US$ 5", moneyLead.skip)
		if i < next || x.used[i] || toks[i].cls&(clsNumber|clsDate) == 0 || !nm.numeralNear(&p, i, numberReach+2) {
			continue
		}
		if end, ok := x.moneyInOneWord(toks, i); ok {
			next = end
			continue
		}
		lead := moneyLead{toks: toks}
		n, ok := x.moneyNumber(toks, i, &lead)
		if !ok {
			continue
		}
		cur, million, end := lead.cur, lead.million, n.end
		// "12-cent", "one-yen": an amount as an adjective
		if cur == "" && end+1 < len(toks) && toks[end].text == "-" && !toks[end].space && !toks[end+1].space &&
			(currencyWords[toks[end+1].lower] != "" || subunits[toks[end+1].lower].code != "") {
			end++
		}
		if cur != "" && end < len(toks) && toks[end].is("and") { // "c $ 100 and fifty"
			end = x.cents(toks, &n, end)
		}
		if cur == "" && end < len(toks) && millionCode(&toks[end]) != "" { // "30 MUSD"
			cur, million, end = millionCode(&toks[end]), true, end+1
		}
		if million {
			n.said = new(big.Rat).Mul(n.said, ratInt(1e6))
			n.iv = Exact(n.said)
		}
		if cur == "" {
			if cur, end, ok = currencyAfter(toks, &n, end); !ok {
				continue
			}
			end = x.cents(toks, &n, end)
		}
		x.emitMoney(toks, n, i, end, cur)
		next = end
	}
}

// moneyInOneWord records an amount that is a code and digits in one word
// at toks[i] ("USD115", "115USD", "USD115.5"), and returns its end.
func (x *extraction) moneyInOneWord(toks []token, i int) (int, bool) {
	cur, v, ok := codeAndDigits(&toks[i])
	if !ok {
		return i, false
	}
	end := i + 1
	// "USD115.5": the decimals are a token of their own
	if end+1 < len(toks) && toks[end].text == "." && !toks[end].space && toks[end+1].kind == tNum && !toks[end+1].space {
		if f, ok := new(big.Rat).SetString("0." + toks[end+1].text); ok {
			v.Add(v, f)
			end += 2
		}
	}
	n := number{start: i, end: end, core: i, said: v, iv: Exact(v)}
	x.emitMoney(toks, n, i, end, cur)
	return end, true
}

// A moneyLead is the currency said between a bound and its numeral
// ("more than $5", "over US$ 5", "MAUD 60"), as parseNumber's skip reads
// it.
type moneyLead struct {
	toks    []token
	cur     string
	million bool // "MAUD 60": millions of the currency
}

// moneyNumber is parseNumber at toks[i] with a currency allowed after
// a bound ("more than $15"). Where none stands there the number is the
// one every extractor reads, kept for the sentence (most numbers).
func (x *extraction) moneyNumber(toks []token, i int, lead *moneyLead) (number, bool) {
	if i >= len(toks) || !mayStartNumber(&toks[i]) {
		return number{}, false
	}
	if _, j := boundAt(toks, i); lead.skip(j) == j {
		return x.parseNumber(toks, i, nil)
	}
	return x.parseNumber(toks, i, lead.skip)
}

// codeLikeDigits says whether a symbol or code of skip's tables starts
// as a number's token does (a digit, "."): if none does, skip steps over
// no number.
var codeLikeDigits = func() bool {
	for _, m := range []map[string]string{symbolPrefixes, isoCodes, currencySymbols} {
		for k := range m {
			if r, _ := utf8.DecodeRuneInString(k); unicode.IsDigit(r) || r == '.' {
				return true
			}
		}
	}
	return false
}()

// skip steps over a symbol or code at toks[j] and notes its currency;
// where it steps over none, it notes none.
func (l *moneyLead) skip(j int) int {
	toks := l.toks
	if j < len(toks) && toks[j].kind == tNum && !codeLikeDigits { // digits: no symbol or code
		return j
	}
	if j+1 < len(toks) && toks[j+1].text == "$" && (symbolPrefixes[toks[j].lower] != "" || isoCodes[toks[j].lower] != "") && (!toks[j+1].space || toks[j].lower != "a") {
		l.cur = symbolPrefixes[toks[j].lower]
		if l.cur == "" {
			l.cur = isoCodes[toks[j].lower]
		}
		return j + 2
	}
	if j < len(toks) && currencySymbols[toks[j].text] != "" {
		l.cur = currencySymbols[toks[j].text]
		return j + 1
	}
	if j+1 < len(toks) && mayStartNumber(&toks[j+1]) && isoCodes[toks[j].lower] != "" && toks[j].kind == tWord && strings.ToUpper(toks[j].text) == toks[j].text {
		l.cur = isoCodes[toks[j].lower]
		return j + 1
	}
	// "MAUD 60": millions of a currency
	if j+1 < len(toks) && millionCode(&toks[j]) != "" && mayStartNumber(&toks[j+1]) {
		l.cur, l.million = millionCode(&toks[j]), true
		return j + 1
	}
	return j
}

// currencyAfter reads the currency named after the number n that ends at
// toks[end]: "50 cents", "australian dollars", "euros", "USD million",
// "10 €". A subunit or a scale changes n. ok is false where none is.
func currencyAfter(toks []token, n *number, end int) (cur string, e int, ok bool) {
	if end >= len(toks) || toks[end].words&wCurrencyAfter == 0 { // no table below has the word
		return "", end, false
	}
	switch {
	case end < len(toks) && subunits[toks[end].lower].code != "":
		// "50 cents", "470 pence": hundredths of the currency
		u := subunits[toks[end].lower]
		n.said = new(big.Rat).Quo(n.said, ratInt(u.per))
		n.iv = Exact(n.said)
		return u.code, end + 1, true
	case end+1 < len(toks) && currencyAdjectives[toks[end].lower+" "+toks[end+1].lower] != "":
		// "australian dollars", "swiss francs": the adjective names it
		return currencyAdjectives[toks[end].lower+" "+toks[end+1].lower], end + 2, true
	case end < len(toks) && currencyWords[toks[end].lower] != "":
		return currencyWords[toks[end].lower], end + 1, true
	case end < len(toks) && isoCodes[toks[end].lower] != "":
		cur, end = isoCodes[toks[end].lower], end+1
		// "75 USD million"
		if end < len(toks) && scales[toks[end].lower] >= 1000 {
			n.said = new(big.Rat).Mul(n.said, ratInt(scales[toks[end].lower]))
			n.iv = Exact(n.said)
			end++
		}
		return cur, end, true
	case end < len(toks) && currencySymbols[toks[end].text] != "" && toks[end].text != "$" || end < len(toks) && toks[end].text == "$" && (end+1 >= len(toks) || !mayStartNumber(&toks[end+1])):
		// "10 €", "10 $"
		return currencySymbols[toks[end].text], end + 1, true
	}
	return "", end, false
}

// currencyAfterWords are the words currencyAfter reads a currency at:
// those of subunits, currencyWords, isoCodes and currencySymbols, and the
// first words of currencyAdjectives.
func currencyAfterWords() map[string]bool {
	m := map[string]bool{}
	for _, ws := range [][]string{keys(subunits), keys(currencyWords), keys(isoCodes), keys(currencySymbols)} {
		for _, w := range ws {
			m[w], m[strings.ToLower(w)] = true, true
		}
	}
	for w := range currencyAdjectives {
		first, _, _ := strings.Cut(w, " ")
		m[first] = true
	}
	return m
}

// millionCode reads "MUSD", "MEUR": millions of a currency.
func millionCode(t *token) string {
	if t.kind == tWord && len(t.text) == 4 && t.text[0] == 'M' && strings.ToUpper(t.text) == t.text {
		return isoCodes[t.lower[1:]]
	}
	return ""
}

// subunits are the hundredths of currencies, said on their own.
var subunits = map[string]struct {
	code string
	per  int64
}{"cent": {"USD", 100}, "cents": {"USD", 100}, "penny": {"GBP", 100}, "pence": {"GBP", 100},
	"pennies": {"GBP", 100}}

// cents reads the cents after a whole amount: "3 dollars 50 cents",
// "thirteen dollars and forty-five cents", "15 dollars 50".
func (x *extraction) cents(toks []token, n *number, end int) int {
	k := end
	if k < len(toks) && toks[k].is("and") {
		k++
	}
	if k >= len(toks) || !n.said.IsInt() || n.bound || n.approx {
		return end
	}
	c, e := parseCompound(toks, k)
	if c == nil || !c.IsInt() || c.Sign() <= 0 || ratCmpInt(c, 100) >= 0 {
		return end
	}
	if e < len(toks) && toks[e].is("cents", "cent") {
		e++
	} else if e < len(toks) && (toks[e].kind == tWord && !toks[e].is("and")) {
		return end // "50 dollar 40 rmb": another amount
	}
	n.said = new(big.Rat).Add(n.said, c.Quo(c, ratInt(100)))
	n.iv = Exact(n.said)
	return e
}

// codeAndDigits reads "USD115", "115.5USD" and "100元".
func codeAndDigits(t *token) (string, *big.Rat, bool) {
	// its number needs a digit (clsDigit): most words have none
	if t.kind != tWord || t.cls&clsDigit == 0 || len(t.lower) < 2 {
		return "", nil, false
	}
	if r, n := utf8.DecodeLastRuneInString(t.text); currencySymbols[string(r)] != "" {
		if v, ok := new(big.Rat).SetString(t.text[:len(t.text)-n]); ok {
			return currencySymbols[string(r)], v, true
		}
	}
	if len(t.lower) < 4 {
		return "", nil, false
	}
	if c := isoCodes[t.lower[:3]]; c != "" && t.text[:3] == strings.ToUpper(t.text[:3]) {
		if r, ok := new(big.Rat).SetString(t.lower[3:]); ok {
			return c, r, true
		}
	}
	if c := isoCodes[t.lower[len(t.lower)-3:]]; c != "" {
		if r, ok := new(big.Rat).SetString(t.lower[:len(t.lower)-3]); ok {
			return c, r, true
		}
	}
	return "", nil, false
}

// emitMoney records an amount and its readings: the amount as said,
// without "about" or "more than" ("$20" is 20 in USD), and its number.
func (x *extraction) emitMoney(toks []token, n number, i, end int, cur string) {
	f := x.emit(KindMoney, Money{Currency: cur, Amount: n.iv}, i, end, Qualifiers{Approximate: n.approx, Bound: n.bound})
	// the symbol or code before the number is part of the amount: "$",
	// "US$", "usd$", "USD", "MAUD"
	core := n.core
	for core > i {
		p := &toks[core-1]
		if symbolPrefixes[p.lower] == "" && currencySymbols[p.text] == "" && isoCodes[p.lower] == "" && millionCode(p) == "" {
			break
		}
		core--
	}
	said := ratString(n.said)
	x.addReadings(f,
		Reading{Type: ReadCurrency, Span: Span{Doc: x.doc, Start: toks[core].start, End: f.Span.End}, Value: said, Unit: cur},
		Reading{Type: ReadNumber, Span: Span{Doc: x.doc, Start: toks[n.core].start, End: toks[n.end-1].end}, Value: said})
}

// currencyAdjectives name currencies with their noun.
var currencyAdjectives = map[string]string{
	"us dollars": "USD", "us dollar": "USD", "u.s dollars": "USD", "american dollars": "USD", "australian dollars": "AUD",
	"australian dollar": "AUD", "canadian dollars": "CAD", "canadian dollar": "CAD",
	"hong kong": "HKD", "new zealand": "NZD", "swiss francs": "CHF", "swiss franc": "CHF",
	"mexican pesos": "MXN", "mexican peso": "MXN", "turkish lira": "TRY", "japanese yen": "JPY",
	"chinese yuan": "CNY", "british pounds": "GBP", "british pound": "GBP", "dutch guilders": "NLG",
	"netherlands guilders": "NLG", "finnish markka": "FIM", "finnish markkaa": "FIM",
}

// freeNumber is the number read at toks[i] (readNumber) for a reader
// whose last claim ended at token next: none before next, and none any
// of whose tokens a claim holds.
func (x *extraction) freeNumber(toks []token, i, next int) (*number, numberSaid, bool) {
	if i < next || x.used[i] {
		return nil, numberSaid{}, false
	}
	n, r, ok := x.readNumber(toks, i)
	if !ok || x.anyUsed(n.start, n.end) {
		return nil, numberSaid{}, false
	}
	return n, r, true
}

// durations finds "14-month invasion", "nearly 14-month", "for three weeks".
func (x *extraction) durations(toks []token) {
	if !x.hasNumeral() {
		return
	}
	next := 0 // the token after the last duration
	for _, i := range x.freeStarts() {
		n, r, ok := x.freeNumber(toks, i, next)
		if !ok || n.end >= len(toks) {
			continue
		}
		a := n.start
		j := n.end
		// adjectival: "14-month", not "14-year-old"
		if toks[j].text == "-" && !toks[j].space && j+1 < len(toks) && !toks[j+1].space {
			unit := timeUnit(toks[j+1].lower)
			if unit == "" || strings.HasSuffix(toks[j+1].lower, "s") {
				continue
			}
			end := j + 2
			if end+1 < len(toks) && toks[end].text == "-" && toks[end+1].is("old") {
				continue
			}
			if end+1 < len(toks) && toks[end].text == "-" && toks[end+1].is("long") {
				end += 2
			}
			f := x.emit(KindDuration, Duration{Unit: unit, N: n.iv}, a, end, Qualifiers{Approximate: n.approx, Bound: n.bound})
			x.addReadings(f, x.reading(n, r))
			next = end
			continue
		}
		// "for 14 months", "lasted three weeks"; not "14 months ago"
		unit := timeUnit(toks[j].lower)
		if unit == "" || (j+1 < len(toks) && toks[j+1].is("ago", "old", "later", "earlier", "before", "after", "from")) {
			continue
		}
		if i == 0 || !toks[i-1].is("for", "lasted", "lasting", "spent", "after", "over", "within") && n.start == i && !n.approx && !n.bound {
			continue
		}
		f := x.emit(KindDuration, Duration{Unit: unit, N: n.iv}, a, j+1, Qualifiers{Approximate: n.approx, Bound: n.bound})
		x.addReadings(f, x.reading(n, r))
		next = j + 1
	}
}

// counts finds a numeral followed by the noun it counts: "more than 40
// nations", "14 Leopard 2s", "dozens of civilians".
func (x *extraction) counts(toks []token) {
	if !x.hasNumeral() {
		return
	}
	next := 0 // the token after the last count
	for _, i := range x.freeStarts() {
		n, r, ok := x.freeNumber(toks, i, next)
		if !ok || n.end >= len(toks) {
			continue
		}
		if toks[n.start].kind == tNum && len(toks[n.start].text) == 4 && n.start == n.end-1 {
			continue // a year, not a count
		}
		j := n.end
		if j < len(toks) && toks[j].is("of") { // "dozens of", "thousands of"
			if toks[n.end-1].kind == tNum || smallNumbers[toks[n.end-1].lower] != 0 {
				continue // "one of the aims"
			}
			j++
		}
		if j >= len(toks) || toks[j].kind != tWord {
			continue // no noun (countedNoun)
		}
		// "96 football fans": a noun before a plural is its modifier;
		// after one ("One man dies") the plural-looking word is a verb
		several := n.said == nil || ratCmpInt(n.said, 1) > 0
		unit, end := countedNoun(toks, j, several)
		if unit == "" {
			continue
		}
		f := x.emit(KindCount, Quantity{N: n.iv, Unit: unit}, n.start, end, Qualifiers{Approximate: n.approx, Bound: n.bound})
		x.addReadings(f, x.reading(n, r))
		next = end
	}
}

// nonNouns cannot be what a number counts.
var nonNouns = map[string]bool{"of": true, "and": true, "or": true, "to": true, "in": true,
	"on": true, "at": true, "the": true, "a": true, "per": true, "percent": true, "more": true,
	"than": true, "times": true, "is": true, "are": true, "was": true, "were": true, "have": true,
	"has": true, "had": true, "will": true, "would": true, "said": true, "says": true,
	"who": true, "which": true, "that": true, "by": true, "for": true, "from": true, "with": true,
	"as": true, "it": true, "he": true, "she": true, "they": true, "we": true, "other": true,
	"am": true, "pm": true, "a.m": true, "p.m": true,
}

// numberWord: a word that goes on a number rather than being what it
// counts: "twenty-fifth", "zero three", "one last time", "two out of five".
// The word's bits say whether ordinalUnits or ordinalScales
// (wOrdinalPart), smallNumbers or fractionWords (clsNumeral) may hold
// it.
func numberWord(t *token) bool {
	w := t.lower
	if t.words&wOrdinalPart != 0 {
		return true // ordinalUnits or ordinalScales
	}
	if t.cls&clsNumeral != 0 {
		_, small := smallNumbers[w]
		_, frac := fractionWords[w]
		if small || frac {
			return true
		}
	}
	return w == "last" || w == "next" || w == "point" || w == "out" ||
		strings.HasSuffix(w, "s") && (ordinalUnits[strings.TrimSuffix(w, "s")] != 0 || ordinalScales[strings.TrimSuffix(w, "s")] != 0)
}

// nounPrefixes join the noun after a hyphen into one: co-worker, ex-wife.
var nounPrefixes = map[string]bool{"co": true, "ex": true, "non": true, "anti": true,
	"self": true, "vice": true, "step": true, "half": true, "great": true, "sub": true}

// countedNoun returns the noun counted at toks[j] (skipping one
// capitalized or hyphenated modifier, and, for a count of several, a
// noun before the plural it qualifies), singular and lower case.
func countedNoun(toks []token, j int, several bool) (string, int) {
	for k := j; k < len(toks) && k <= j+2; k++ {
		t := &toks[k]
		if t.kind != tWord || nonNouns[t.lower] || timeUnit(t.lower) != "" || numberWord(t) {
			return "", j
		}
		if t.text[0] >= '0' && t.text[0] <= '9' {
			return "", j
		}
		next := k + 1
		// "8 p. m.": a time of day, however spaced
		if len(t.lower) == 1 && next+1 < len(toks) && toks[next].text == "." && toks[next+1].lower == "m" {
			return "", j
		}
		// "two co - workers", "ex-wives": a prefix and its noun, however spaced
		if next+1 < len(toks) && toks[next].text == "-" && nounPrefixes[t.lower] && toks[next+1].kind == tWord &&
			toks[next].space == toks[next+1].space && !toks[next+1].capitalized() {
			return t.lower + "-" + singular(toks[next+1].lower), next + 2
		}
		// a modifier: "Ukrainian territories", "military-grade shells"
		if next < len(toks) && toks[next].kind == tWord && !nonNouns[toks[next].lower] &&
			(t.capitalized() && !toks[next].capitalized() || toks[next].text[0] >= '0' && toks[next].text[0] <= '9') {
			if toks[next].text[0] >= '0' && toks[next].text[0] <= '9' { // "Leopard 2s"
				return singular(t.lower), next + 1
			}
			continue
		}
		if next+1 < len(toks) && toks[next].text == "-" && !toks[next].space {
			continue
		}
		// a noun before the plural one it qualifies: "96 football fans",
		// "12 police officers", "two car bombs"
		if several && next < len(toks) && k < j+2 && isPlural(&toks[next]) && !isPlural(t) && !nonNouns[toks[next].lower] {
			continue
		}
		return singular(t.lower), next
	}
	return "", j
}

var irregularPlurals = map[string]string{"people": "person", "children": "child", "men": "man",
	"women": "woman", "troops": "troop", "talks": "talks", "news": "news", "series": "series",
	"species": "species", "countries": "country", "casualties": "casualty"}

// isPlural: the word is a plural noun as singular reads it, in lower
// case ("fans", "people"; not "news", "series").
func isPlural(t *token) bool {
	return t.kind == tWord && t.text == t.lower && singular(t.lower) != t.lower
}

// singular turns a plural noun into its singular with a few plain rules.
func singular(w string) string {
	if s, ok := irregularPlurals[w]; ok {
		return s
	}
	switch {
	case strings.HasSuffix(w, "ies") && len(w) > 4:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(w, "sses"), strings.HasSuffix(w, "ches"), strings.HasSuffix(w, "shes"), strings.HasSuffix(w, "xes"):
		return w[:len(w)-2]
	case strings.HasSuffix(w, "ss"), strings.HasSuffix(w, "us"), strings.HasSuffix(w, "is"):
		return w
	case strings.HasSuffix(w, "s") && len(w) > 3:
		return w[:len(w)-1]
	}
	return w
}
