package facts

// ages finds the ages of people: "a 22-year-old man", "22 years old",
// "aged 45", "Tara Reid, 33,". An age is a count of years (Quantity,
// unit "year"); its key, if any, is for the keying to give.
func (x *extraction) ages(toks []token) {
	if !x.hasNumeral() {
		return
	}
	next := 0 // the token after the last age
	for _, i := range x.freeStarts() {
		n, r, ok := x.freeNumber(toks, i, next)
		if !ok {
			continue
		}
		a, end := n.start, ageAfter(toks, n.end)
		if end == n.end {
			switch {
			case a > 0 && toks[a-1].is("aged", "age"):
				a--
			case nameBeforeAge(toks, a, n.end):
			default:
				continue
			}
		}
		if !plausibleAge(n) {
			continue
		}
		f := x.emit(KindAge, Quantity{N: n.iv, Unit: "year"}, a, end, Qualifiers{Approximate: n.approx, Bound: n.bound})
		x.addReadings(f, x.reading(n, r))
		next = end
	}
}

// plausibleAge: a number of years a person can be, said in digits or
// words, not a fraction.
func plausibleAge(n *number) bool {
	return n.said.IsInt() && n.said.Sign() > 0 && ratCmpInt(n.said, 125) <= 0
}

// ageAfter reads "-year-old", "years old", "year-old" after a number and
// returns where the age's words end (e itself when there is none).
func ageAfter(toks []token, e int) int {
	k := e
	if k < len(toks) && toks[k].text == "-" && !toks[k].space {
		k++
	}
	if k >= len(toks) || !toks[k].is("year", "years") {
		return e
	}
	k++
	if k < len(toks) && toks[k].text == "-" && !toks[k].space {
		k++
	}
	if k < len(toks) && toks[k].is("old") {
		return k + 1
	}
	return e
}

// nameBeforeAge: "Tara Reid, 33," — a capitalized name, a comma, the
// number, and a comma or the end of the sentence after it. The name must
// not be a month, a day or the first word of the sentence alone ("In
// March, 33 died" has a noun after the number). A name of one word,
// "Reid, 33, was", must open its clause (first in the sentence, after a
// comma or "and") and a comma must close the age.
func nameBeforeAge(toks []token, a, e int) bool {
	if a < 2 || toks[a-1].text != "," || toks[a].kind != tNum {
		return false
	}
	if e < len(toks) && toks[e].text != "," && toks[e].text != ")" && toks[e].text != "." {
		return false
	}
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].kind == tNum {
		return false // a list of numbers: "Vista, 7, 8, and 8.1"
	}
	name := a - 2
	if !nameWord(&toks[name]) {
		return false
	}
	if name > 0 && nameWord(&toks[name-1]) { // a first name before the last
		return true
	}
	opens := name == 0 || toks[name-1].text == "," || toks[name-1].is("and")
	return opens && e < len(toks) && toks[e].text == ","
}

// nameWord: a capitalized word that is not a month or a day.
func nameWord(t *token) bool {
	return t.kind == tWord && t.capitalized() && monthOf(t) == 0 && weekdays[t.lower] == ""
}
