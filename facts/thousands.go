package facts

// Split thousands: text tokenized with spaces around punctuation (ECB+
// and other corpora, some wire copy) writes "31, 000 people" and "1, 500
// mudbrick houses". Read as two numbers, "000 people" is a count of none.

// joinSplitThousands joins a number of one to three digits and one group
// of exactly three digits after a comma and a space into one number token
// ("31, 000" reads 31,000). It leaves alone a list ("5, 22, 345", "1, 234,
// 567": more groups follow; Recognizers-Text reads the latter as three
// numbers too), a date ("May
// 3, 500 people", "Oct. 19, 200 yards") and a year ("In 2003, 100 people",
// four digits before the comma).
func joinSplitThousands(toks []token) []token {
	// most sentences have none: nothing is copied then
	i := 0
	for i < len(toks) {
		// splitNumberEnd's first tests, without the call: digits, then
		// the point or comma both readers of a split number need
		if toks[i].kind == tNum && i+1 < len(toks) && (toks[i+1].text == "," || toks[i+1].text == ".") {
			if e, _ := splitNumberEnd(toks, i); e != i+1 {
				break
			}
		}
		i++
	}
	out := toks[:i]
	for ; i < len(toks); i++ {
		e, sep := splitNumberEnd(toks, i)
		if e == i+1 {
			out = append(out, toks[i])
			continue
		}
		t := toks[i]
		text := t.text
		text += sep + toks[i+2].text
		t.end, t.text, t.lower = toks[e-1].end, text, text
		classify(&t, true) // digits on both sides of the comma
		out = append(out, t)
		i = e - 1
	}
	return out
}

// splitNumberEnd returns the end of a split decimal or thousands number
// starting at toks[i] and the separator to join it with ("." or ","),
// or i+1 when none starts there.
func splitNumberEnd(toks []token, i int) (end int, sep string) {
	if toks[i].kind != tNum { // both start with digits (allDigits)
		return i + 1, ""
	}
	if e := splitDecimalEnd(toks, i); e != i+1 {
		return e, "."
	}
	return splitThousandsEnd(toks, i), ","
}

// splitThousandsEnd returns the end of a split number starting at toks[i],
// or i+1 when none starts there.
func splitThousandsEnd(toks []token, i int) int {
	e := i + 1
	if !allDigits(&toks[i], 1, 3) || !(e+1 < len(toks) && toks[e].text == "," && !toks[e].space && toks[e+1].space &&
		!toks[e+1].newline && allDigits(&toks[e+1], 3, 3)) {
		return i + 1 // most numbers: no comma and group after them
	}
	e += 2
	if e+1 < len(toks) && toks[e].text == "," && toks[e+1].kind == tNum {
		return i + 1 // a list goes on: "22, 345, 12", "1, 234, 567"
	}
	if i > 0 && (toks[i-1].kind == tNum || toks[i-1].text == "," || monthOf(&toks[i-1]) != 0 ||
		toks[i-1].text == "." && i > 1 && monthOf(&toks[i-2]) != 0) {
		return i + 1 // a date or a list: "May 3, 500 people", "5, 22, 345"
	}
	return e
}

// splitDecimalEnd returns the end of a decimal split after its point at
// toks[i] ("$2. 6 million", "a 5. 9 - magnitude quake": a point right
// after one to three digits, a space, then one to three digits on the
// same line), or i+1 when none starts there. The splitter does not end a
// sentence at such a point (splitDecimal).
func splitDecimalEnd(toks []token, i int) int {
	if i+2 < len(toks) && splitDecimal(&toks[i], &toks[i+1], &toks[i+2]) && (i == 0 || toks[i-1].text != ".") {
		return i + 3
	}
	return i + 1
}

// splitDecimal reports whether a number, a point and a number are one
// decimal written with a space after its point.
func splitDecimal(n, point, frac *token) bool {
	return point.text == "." && point.start == n.end && allDigits(n, 1, 3) && frac.space && !frac.newline &&
		allDigits(frac, 1, 3) && !(point.end < frac.start-1)
}

// allDigits reports whether a number token is only digits, lo to hi of them.
func allDigits(t *token, lo, hi int) bool {
	if t.kind != tNum || len(t.text) < lo || len(t.text) > hi {
		return false
	}
	for i := 0; i < len(t.text); i++ {
		if t.text[i] < '0' || t.text[i] > '9' {
			return false
		}
	}
	return true
}
