package facts

import (
	"math/big"
	"strconv"
	"strings"
	"time"
)

// timexRead is a date range read from tokens, before it becomes a claim:
// its words (bytes [Start, End)) and its TIMEX3 range.
type timexRead struct {
	Start, End int
	Value      string // "(2014-01-01,2018-01-01,P4Y)"
	from, to   *DateValue
	timeml     string // TimeML's value when it is not the range: "19" for the 20th century, "198" for the 1980s
}

// dateRanges finds stretches of time said in one phrase: "2014-2018",
// "between 2007 and 2009", "the past five years", "Nov 18-20", "the
// 1990s", "the 15th century", "q1 2019". Two dates joined by "to" are
// joined after the dates are read (joinDateRanges).
func (x *extraction) dateRanges(toks []token) {
	sc := x.scan(toks)
	if !sc.ranges {
		return // no word any reader of rangeAt needs
	}
	var m timexRead
	dated, used := sc.dated, x.used // no reader sets them again in a sentence
	for p := 0; p < len(dated); p++ {
		i := int(dated[p])
		if used[i] {
			continue
		}
		// these common words start a range only before a word of a
		// date's class ("the 1990s" is read at "1990s"; "the next 3
		// days", "the first quarter", "for 3 days from today", "from
		// 2014 to 2018", "in 2014-2018"): TestDispatch checks
		if rangeLead(toks[i].lower) && (i+1 >= len(toks) || toks[i+1].cls&clsDate == 0) || !mayStartRange(sc, toks, i) {
			continue
		}
		end, ok := x.rangeAt(toks, i, &m)
		if !ok {
			continue
		}
		a := i
		for a < end && toks[a].start < m.Start {
			a++
		}
		v := rangeFromTimex(m.Value)
		if m.from != nil {
			v.From, v.To = *m.from, *m.to
		}
		f := x.emitRange(toks, a, end, a, v, Qualifiers{})
		if m.timeml != "" {
			v.Timex = m.timeml
			f.Value = v
		}
		p = seek(dated, end) - 1
	}
}

// rangeAt reads a range of dates at toks[i] into *m: the end of its
// words and whether there is one (when there is none, *m is as it was).
// The first of the readers that reads one, each tried only where it may
// start.
func (x *extraction) rangeAt(toks []token, i int, m *timexRead) (int, bool) {
	if mayStartYearRange(toks, i) {
		if r, e, ok := yearRange(toks, i); ok {
			*m = r
			return e, true
		}
	}
	sc := x.scan(toks)
	if sc.has&(sHalf|sQuarter|sQ|sUnit|sQuarters) != 0 { // periodRange's readers each need one
		if r, e, ok := x.periodRange(toks, i); ok {
			*m = r
			return e, true
		}
	}
	if sc.month >= i { // a range of days names its month
		if r, e, ok := dayRange(toks, i); ok {
			*m = r
			return e, true
		}
	}
	if mayStartDecade(toks, i) {
		if r, e, ok := decade(toks, i); ok {
			*m = r
			return e, true
		}
	}
	return i, false
}

// mayStartRange: some reader of rangeAt may start at toks[i], as its
// tests before each reader say.
func mayStartRange(sc *dateScan, toks []token, i int) bool {
	return sc.has&(sHalf|sQuarter|sQ|sUnit|sQuarters) != 0 || sc.month >= i || mayStartYearRange(toks, i) || mayStartDecade(toks, i)
}

// mayStartYearRange: a year (clsYear) here or next (yearRange).
func mayStartYearRange(toks []token, i int) bool {
	return toks[i].cls&clsYear != 0 || i+1 < len(toks) && toks[i+1].cls&clsYear != 0
}

// mayStartDecade: digits, a word of decadeWords or a word before
// "century" (decade).
func mayStartDecade(toks []token, i int) bool {
	t := &toks[i]
	return t.cls&clsDigit != 0 || strings.HasSuffix(t.lower, "ies") || i+1 < len(toks) && toks[i+1].lower == "century"
}

// rangeLead reports whether w is one of the common words that start a
// range of dates only before a word of a date's class (dateRanges).
func rangeLead(w string) bool { return w == "the" || w == "in" || w == "for" || w == "from" }

// emitRange records a date range claim over tokens [a, b), read from
// token read (where the words Recognizers-Text counts in it start).
func (x *extraction) emitRange(toks []token, a, b, read int, v DateRange, q Qualifiers) *found {
	f := x.emit(KindDate, v, a, b, q)
	x.addReadings(f, Reading{Type: ReadDate, Value: v.Timex,
		Span: Span{Doc: x.doc, Start: toks[min(read, a)].start, End: toks[b-1].end}})
	return f
}

// rangeOf is the range from date a to date b as written.
func rangeOf(a, b DateValue, timex string) DateRange {
	strip := func(v DateValue) DateValue {
		v.Timex, v.Relative, v.Period = "", "", ""
		return v
	}
	a, b = strip(a), strip(b)
	// the year said on one side serves both: "from March to May 2023",
	// "Nov 2016 - Feb" (February of the year after)
	if len(a.Months) == 1 && len(b.Months) == 1 {
		switch {
		case a.Year == 0 && b.Year != 0:
			a.Year = b.Year
			if a.Months[0] > b.Months[0] {
				a.Year--
			}
		case b.Year == 0 && a.Year != 0:
			b.Year = a.Year
			if b.Months[0] < a.Months[0] {
				b.Year++
			}
		}
	}
	return DateRange{From: a, To: b, Timex: timex}
}

// rangeFromTimex reads the dates of a TIMEX3 range (start,end,duration):
// the end is excluded, so the range's last day is the day before it. A
// side whose year is unknown (XXXX) keeps its month and day.
func rangeFromTimex(timex string) DateRange {
	r := DateRange{Timex: timex}
	parts := strings.Split(strings.Trim(timex, "()"), ",")
	if len(parts) != 3 {
		return r
	}
	day := func(s string, last bool) DateValue {
		if len(s) != 10 {
			return DateValue{}
		}
		y, errY := strconv.Atoi(s[:4])
		m, errM := strconv.Atoi(s[5:7])
		d, errD := strconv.Atoi(s[8:10])
		if errM != nil || errD != nil || m < 1 || m > 12 {
			return DateValue{}
		}
		if errY != nil { // XXXX
			if last {
				t := time.Date(2001, time.Month(m), d, 0, 0, 0, 0, time.UTC).AddDate(0, 0, -1)
				return DateValue{Months: []int{int(t.Month())}, Day: t.Day()}
			}
			return DateValue{Months: []int{m}, Day: d}
		}
		t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
		if last {
			t = t.AddDate(0, 0, -1)
		}
		return dateValueOf(dateOf(t))
	}
	r.From, r.To = day(parts[0], false), day(parts[1], true)
	r.From.Timex, r.To.Timex = "", ""
	return r
}

// readNumber reads a number at toks[i] as a reading: a numeral with its
// bound ("more than 40"), a range ("20-30", "from 20 to 30", "between 20
// and 30", "more than 100 and less than 300") or a negative number. The
// number's tokens may start before i ("from"). ok is false where no number
// starts, or where the words are not a number ("1m" alone, "the one").
// The reading is how to write it (numberSaid.reading), made only for a
// number a claim takes.
func (x *extraction) readNumber(toks []token, i int) (*number, numberSaid, bool) {
	// most tokens start no number (parseNumber's first test): nothing to
	// read
	if i >= len(toks) || !mayStartNumber(&toks[i]) {
		return nil, numberSaid{}, false
	}
	// asked by several extractors at each token: read once per sentence,
	// and given as kept, not copied (the readers only read it)
	if len(toks) == len(x.nums) {
		c := &x.nums[i]
		if x.numRead[i]&numReadAt == 0 {
			c.read, c.said, c.readOK = x.readNumberAt(toks, i)
			x.numRead[i] |= numReadAt
		}
		return &c.read, c.said, c.readOK
	}
	n, s, ok := x.readNumberAt(toks, i)
	return &n, s, ok
}

// readNumberAt is readNumber unkept.
func (x *extraction) readNumberAt(toks []token, i int) (number, numberSaid, bool) {
	n, ok := x.parseNumber(toks, i, nil)
	if !ok {
		return n, numberSaid{}, false
	}
	// "1m" alone is a length; "the one you mentioned" a pronoun
	if t := &toks[n.end-1]; n.end-n.start == 1 && (strings.HasSuffix(t.text, "m") && t.kind == tWord ||
		t.is("one") && i > 0 && toks[i-1].is("the", "this", "that", "which", "each", "every", "any", "no", "another")) {
		return n, numberSaid{}, false
	}
	if n.between && inFraction(toks, n.end, n.iv.Hi) {
		return n, numberSaid{}, false // "between 5 and 9 in 10": its numbers alone
	}
	r := numberSaidOf(toks, n)
	// "more than 100 and less than 300", "at most 100 and at least 20"
	if r.typ == ReadNumberRange && !n.between && n.end+1 < len(toks) && toks[n.end].is("and", "but", ",") {
		if n2, ok := x.parseNumber(toks, n.end+1, nil); ok && n2.bound && !n2.between {
			if iv, ok := joinBounds(n.iv, n2.iv); ok {
				r.end, r.value = toks[n2.end-1].end, saidIv
				n.iv, n.end = iv, n2.end
			}
		}
	}
	// "20 through 100", "from 200 to 3000000", "1000-5000", "20~100"
	if r.typ == ReadNumber && n.end+1 < len(toks) && toks[n.end].is("to", "through", "~", "-", "–") {
		if n2, ok := x.parseNumber(toks, n.end+1, nil); ok && !n2.bound && !n2.approx && ratCmp(n2.said, n.said) > 0 && !inFraction(toks, n2.end, n2.said) &&
			(!toks[n.end].is("to") || n.start > 0 && toks[n.start-1].is("from")) &&
			(n2.end >= len(toks) || !strings.ContainsAny(toks[n2.end].text, "-/")) && // not a phone number
			(n.start == 0 || toks[n.start-1].text != "+") {
			if n.start > 0 && toks[n.start-1].is("from") {
				n.start--
				r.start = toks[n.start].start
			}
			// the value [Lo,Hi): said as n.iv, closed, is
			r.typ, r.end, r.value = ReadNumberRange, toks[n2.end-1].end, saidIvHiOpen
			n.iv, n.end, n.bound, n.ranged = Interval{Lo: n.said, Hi: n2.said}, n2.end, false, true
		}
	}
	return n, r, true
}

// A numberSaid is readNumber's reading of a number, not yet written: its
// type, its span's offsets and which value of the number it gives.
type numberSaid struct {
	typ        ReadingType
	neg        bool // "-1", "negative ten": the value said is -n.said
	value      saidValue
	start, end int // the span's offsets
}

// A saidValue is the value a numberSaid gives, of the number read.
type saidValue uint8

const (
	saidNumber   saidValue = iota // n.said: "40"
	saidEqual                     // [n.said,n.said]: "equal to 20"
	saidIv                        // n.iv: "more than 40"
	saidIvHiOpen                  // n.iv with its high end open: "between 20 and 30"
)

// reading writes the reading s of n, the number readNumber gave with it.
func (x *extraction) reading(n *number, s numberSaid) Reading {
	r := Reading{Type: s.typ, Span: Span{Doc: x.doc, Start: s.start, End: s.end}}
	said := n.said // shared: a negative is a new value
	if s.neg {
		said = new(big.Rat).Neg(said)
	}
	switch s.value {
	case saidNumber:
		r.Value = ratString(said)
	case saidEqual:
		r.Value = "[" + ratString(said) + "," + ratString(said) + "]"
	case saidIv:
		r.Value = n.iv.String()
	case saidIvHiOpen:
		iv := n.iv
		iv.HiOpen = true
		r.Value = iv.String()
	}
	return r
}

// numberSaidOf is a number as Recognizers-Text reads it: "about 20" is
// the number 20; "more than 40" the range (40,); "between 20 and 30" the
// half-open [20,30); "-1" and "negative ten" are negative.
func numberSaidOf(toks []token, n number) numberSaid {
	r := numberSaid{typ: ReadNumber, start: toks[n.start].start, end: toks[n.end-1].end}
	if n.core > 0 && n.core == n.start {
		if p := &toks[n.core-1]; p.text == "-" && (!toks[n.core].space || n.core == 1) && (p.space || n.core == 1) || p.is("negative", "minus") {
			r.start, r.neg = p.start, true
		}
	}
	switch {
	case n.equal:
		r.typ, r.value = ReadNumberRange, saidEqual
	case n.between:
		r.typ, r.value = ReadNumberRange, saidIvHiOpen
	case n.bound && !n.approx:
		r.typ, r.value = ReadNumberRange, saidIv
	case n.approx:
		r.start = toks[n.core].start
	}
	return r
}

// numbers claims the numbers and ordinals no other extractor took: "the
// twenty-first", "penultimate", "40", "between 20 and 30".
func (x *extraction) numbers(toks []token) {
	nm := x.numerals()
	ordinal := x.scan(toks).ordinal // a word ordinalAt needs (ordinalNumber)
	var free []int                  // the starts of numbers still free
	if nm.has {
		free = x.freeStarts()
	}
	starts := free
	if ordinal {
		starts = nm.starts
	}
	next := 0 // the token after the last number
	p := 0    // the first of free at or after i
	for _, i := range starts {
		t := &toks[i]
		if i < next || x.used[i] || t.cls&clsDate == 0 {
			continue
		}
		if ordinal {
			if end, ok := x.ordinalNumber(toks, i); ok {
				next = end
				continue
			}
		}
		for p < len(free) && free[p] < i {
			p++
		}
		if p == len(free) || free[p] != i {
			continue // no number no claim holds starts here
		}
		n, r, ok := x.readNumber(toks, i)
		if !ok || x.anyUsed(n.start, n.end) {
			continue
		}
		f := x.emit(KindNumber, Number{N: n.iv}, n.start, n.end, Qualifiers{Approximate: n.approx, Bound: n.bound})
		x.addReadings(f, x.reading(n, r))
		next = n.end
	}
}

// anyUsed reports whether a claim holds any of tokens [a, b).
func (x *extraction) anyUsed(a, b int) bool {
	for k := a; k < b && k < len(x.used); k++ {
		if x.used[k] {
			return true
		}
	}
	return false
}

// dateReadings adds to a date claim its reading as Recognizers-Text reads
// it: with the words before it that belong to it ("since August", "the end
// of 1989") and after it ("2018 or later"); the numbers in a date written
// in digits ("5/17/2018"); "3/4" alone, which is a fraction as much as a
// date; "the day before" from the reference date.
func (x *extraction) dateReadings(toks []token, f *found, v DateValue) {
	if v.Period == "REF" {
		return // Recognizers-Text reads "now" as a time, not a date
	}
	timex := v.Timex
	if timex == "" && !x.ref.IsZero() && (v.Relative == "-P1D" || v.Relative == "P1D") && toks[f.a].is("the") {
		off := map[string]int{"-P1D": -1, "P1D": 1}[v.Relative]
		timex = dateOf(x.ref.Time().AddDate(0, 0, off)).String()
	}
	if f.b-f.a == 3 && toks[f.a].kind == tNum && toks[f.a+1].text == "/" && toks[f.a+2].kind == tNum {
		if r, _, e := parseNumeral(toks, f.a); r != nil && e == f.b {
			f.Readings = append(f.Readings, Reading{Type: ReadNumber, Span: f.Span, Value: ratString(r)})
		}
	}
	for k := f.a; k < f.b && k+1 < f.b; k++ {
		if f.b-f.a > 3 && (toks[k+1].text == "/" || toks[k+1].text == "-" && k+2 < f.b && toks[k+2].kind == tNum) {
			for _, t := range toks[f.a:f.b] {
				if t.kind == tNum {
					f.Readings = append(f.Readings, Reading{Type: ReadNumber, Value: strings.TrimLeft(t.text, "0"),
						Span: Span{Doc: x.doc, Start: t.start, End: t.end}})
				}
			}
			break
		}
	}
	if timex == "" {
		return
	}
	end := f.b
	for _, tail := range dateTails {
		// "2018 or later", but not "before 2010 or after 2018"
		if after := end + len(tail); wordsAt(toks, end, tail) && (after >= len(toks) || toks[after].kind != tNum && !x.used[after] && !(toks[after].text[0] >= '0' && toks[after].text[0] <= '9')) {
			end = after
			break
		}
	}
	x.addReadings(f, Reading{Type: ReadDate, Value: timex,
		Span: Span{Doc: x.doc, Start: toks[dateLead(toks, f.a)].start, End: toks[end-1].end}})
}
