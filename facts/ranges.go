package facts

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// relativeOrdinals are ordinals counted from the end or from the current
// item, as Recognizers-Text resolves them.
var relativeOrdinals = []relativeOrdinal{
	{[]string{"the", "one", "before", "the", "last", "one"}, "end-1"}, {[]string{"one", "before", "the", "last", "one"}, "end-1"},
	{[]string{"the", "one", "before", "the", "last"}, "end-1"}, {[]string{"the", "second", "to", "last"}, "end-1"},
	{[]string{"previous", "one"}, "current-1"}, {[]string{"next", "one"}, "current+1"},
	{[]string{"current", "one"}, "current+0"}, {[]string{"current"}, "current+0"},
	{[]string{"the", "last", "but", "one"}, "end-1"}, {[]string{"second", "to", "last"}, "end-1"},
	{[]string{"next", "to", "last"}, "end-1"}, {[]string{"penultimate"}, "end-1"},
	{[]string{"antepenultimate"}, "end-2"}, {[]string{"last"}, "end+0"},
	{[]string{"next"}, "current+1"}, {[]string{"previous"}, "current-1"},
}

// A relativeOrdinal is a phrase that names a place in a series from its
// end or from the current one, and its value.
type relativeOrdinal struct {
	words []string
	value string
}

// relativeOrdinalsOf holds relativeOrdinals by their first word, in order.
var relativeOrdinalsOf = func() map[string][]relativeOrdinal {
	m := map[string][]relativeOrdinal{}
	for _, r := range relativeOrdinals {
		m[r.words[0]] = append(m[r.words[0]], r)
	}
	return m
}()

// ordinalAt reads "first", "twenty-first", "21st", "penultimate" or
// "next to last" at toks[i] and returns its value and end.
func ordinalAt(toks []token, i int) (string, int, bool) {
	var rs []relativeOrdinal
	if i < len(toks) && toks[i].words&wRelOrdinal != 0 {
		rs = relativeOrdinalsOf[toks[i].lower]
	}
	for _, r := range rs {
		if wordsAt(toks, i, r.words) {
			return r.value, i + len(r.words), true
		}
	}
	if v, ok := cardinalOrdinal(toks, i); ok {
		return v, i + 1, true
	}
	return compoundOrdinal(toks, i)
}

// ordinalUnits are ordinal words below a hundred; ordinalScales the ones
// that multiply ("two hundredth" is 200).
var ordinalUnits = map[string]int64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "nineth": 9, "tenth": 10, "eleventh": 11,
	"twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
	"seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20, "thirtieth": 30,
	"fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80, "ninetieth": 90}

var ordinalScales = map[string]int64{"hundredth": 100, "thousandth": 1e3, "millionth": 1e6,
	"billionth": 1e9, "trillionth": 1e12}

// compoundOrdinal reads "twenty-first", "one hundred twenty fifth", "two
// hundredth", "trillionth" at toks[i].
func compoundOrdinal(toks []token, i int) (string, int, bool) {
	// the kept numeral, read only: a new value is made only for an ordinal
	r, j := compoundAt(toks, i)
	if r == nil {
		r, j = ratZero, i
	}
	// the compound may have eaten the tens of "twenty-fifth": give them back
	for k := j; k <= j+1 && k < len(toks); k++ {
		if toks[k].text == "-" {
			continue
		}
		if toks[k].words&wOrdinalPart == 0 {
			break // in neither table
		}
		w := toks[k].lower
		if u, ok := ordinalUnits[w]; ok {
			sum := ratAdd(new(big.Rat), r, ratInt(u))
			return ratString(sum), k + 1, sum.Sign() > 0 || k == i
		}
		if sc, ok := ordinalScales[w]; ok {
			if k > 0 && toks[k-1].is("a", "an") {
				break // "a trillionth" is a fraction
			}
			if r.Sign() == 0 {
				r = ratOne
			}
			return ratString(new(big.Rat).Mul(r, ratInt(sc))), k + 1, true
		}
		break
	}
	return "", i, false
}

func cardinalOrdinal(toks []token, i int) (string, bool) {
	t := &toks[i]
	if t.words&wOrdinal != 0 && !(i+1 < len(toks) && toks[i+1].text == "-") {
		return strconv.FormatInt(ordinalWords[t.lower], 10), true
	}
	if t.kind == tWord && t.text[0] >= '0' && t.text[0] <= '9' {
		k := strings.IndexFunc(t.lower, func(c rune) bool { return c < '0' || c > '9' })
		if suf := t.lower[k:]; suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			return strings.TrimLeft(t.lower[:k], "0"), true
		}
	}
	return "", false
}

// joinDateRanges turns two dates joined by "to", "until" or "and" after
// "between" ("from 2014 to 2018", "between March and May", "Nov 18-Dec
// 19, 2015") into one range claim, read as Recognizers-Text resolves it:
// (start,end,duration), the end excluded. The dates joined are marked
// with Kind 0 and dropped.
func (x *extraction) joinDateRanges(toks []token, fs []*found) {
	for k := 0; k+1 < len(fs); k++ {
		a, b := fs[k], fs[k+1]
		va, okA := a.Value.(DateValue)
		vb, okB := b.Value.(DateValue)
		gap := b.a - a.b
		if gap == 2 && toks[b.a-1].is("the") { // "to the 28th of june"
			gap = 1
		}
		// "to the end of 2008": a part of the period after the connector
		modB := periodPart(toks, b.a)
		if modB != "" {
			gap -= len(strings.Fields(modB))
		}
		if !okA || !okB || gap != 1 {
			continue
		}
		modA := periodPart(toks, a.a)
		// "from next monday to friday": the day of that week
		if vb.Weekday != "" && vb.Day == 0 && va.Day != 0 && va.Year != 0 && len(va.Months) == 1 {
			t := Date{va.Year, va.Months[0], va.Day}.Time()
			for k := 1; k <= 7; k++ {
				if d := t.AddDate(0, 0, k); d.Weekday().String()[:3] == vb.Weekday {
					vb = dateValueOf(dateOf(d))
					break
				}
			}
		}
		conn := &toks[a.b]
		start := a.a - len(strings.Fields(modA))
		lead := start > 0 && toks[start-1].is("from", "between")
		switch {
		case conn.is("to", "till", "until", "through", "thru", "-", "–", "~"):
		case conn.is("and") && start > 0 && toks[start-1].is("between"):
		default:
			continue
		}
		end := b.b
		// "from april to June in 2017": the year closes both
		if said(va) == 0 && said(vb) == 0 && b.b+1 < len(toks) && toks[b.b].is("in", ",") {
			if y, e := yearAt(toks, b.b+1); y != 0 {
				vb.Year, vb.Timex, end = y, "", e
				if va.Year != 0 {
					va.Year = y
				}
			}
		}
		timex, ok := rangeTimex(va, vb, modA, modB)
		if va.Timex == "PRESENT_REF" || vb.Timex == "PRESENT_REF" {
			timex, ok = nowRange(va, vb)
		}
		if !ok {
			continue
		}
		read := start
		if lead {
			read--
		} else {
			read = dateLead(toks, start)
		}
		x.emitRange(toks, start, end, read, rangeOf(va, vb, timex), a.Qual)
		a.Kind, b.Kind = 0, 0
		k++
	}
}

// rangeTimex writes the TIMEX3 range from a to b: years to years count
// years, months count months, days count days; a year said on one side
// only serves both.
func rangeTimex(a, b DateValue, parts ...string) (string, bool) {
	partA, partB := "", ""
	if len(parts) == 2 {
		partA, partB = parts[0], parts[1]
	}
	// a year the words did not say (resolved from the reference) is unknown
	a.Year, b.Year = said(a), said(b)
	if a.Relative != "" || b.Relative != "" || a.Period != "" || b.Period != "" || len(a.Months) > 1 || len(b.Months) > 1 || a.Weekday != "" && a.Day == 0 || b.Weekday != "" && b.Day == 0 {
		return "", false
	}
	if a.Year == 0 && len(a.Months) == 0 || b.Year == 0 && len(b.Months) == 0 {
		return "", false
	}
	if a.Year == 0 && b.Year != 0 && a.Timex != "" && !strings.HasPrefix(a.Timex, "XXXX") {
		return "", false
	}
	// the year said on one side only serves both: "May to Oct 2020",
	// "Nov-Feb 2017" (November of the year before)
	if a.Year == 0 && b.Year != 0 && len(a.Months) == 1 {
		a.Year = b.Year
		if len(b.Months) == 1 && a.Months[0] > b.Months[0] {
			a.Year--
		}
	}
	if b.Year == 0 && a.Year != 0 && len(b.Months) == 1 && len(a.Months) == 1 {
		b.Year = a.Year
		if b.Months[0] < a.Months[0] {
			b.Year++
		}
	}
	unknown := a.Year == 0 || b.Year == 0
	ya, yb := a.Year, b.Year
	if unknown {
		ya, yb = 2001, 2001 // a common year, to count days and months
		if len(a.Months) == 1 && len(b.Months) == 1 && (b.Months[0] < a.Months[0] || b.Months[0] == a.Months[0] && b.Day < a.Day) {
			yb = 2002
		}
	}
	first := func(y int, v DateValue) time.Time {
		m, d := 1, 1
		if len(v.Months) == 1 {
			m = v.Months[0]
		}
		if v.Day != 0 {
			d = v.Day
		}
		return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	}
	ta, tb := at(first(ya, a), a, partA), at(first(yb, b), b, partB)
	if !tb.After(ta) {
		return "", false
	}
	var dur string
	switch {
	case partA != "" || partB != "":
		dur = fmt.Sprintf("P%dM", (tb.Year()-ta.Year())*12+int(tb.Month())-int(ta.Month()))
	case a.Day != 0 || b.Day != 0:
		dur = fmt.Sprintf("P%dD", int(tb.Sub(ta).Hours()/24))
	case len(a.Months) == 0 && len(b.Months) == 0:
		dur = fmt.Sprintf("P%dY", tb.Year()-ta.Year())
	default:
		dur = fmt.Sprintf("P%dM", (tb.Year()-ta.Year())*12+int(tb.Month())-int(ta.Month()))
	}
	date := func(t time.Time, known bool) string {
		if !known {
			return "XXXX" + t.Format("-01-02")
		}
		return t.Format("2006-01-02")
	}
	return "(" + date(ta, !unknown) + "," + date(tb, !unknown) + "," + dur + ")", true
}

// periodPart reads "the end of", "the middle of", "the start of" just
// before token k and returns it ("" when there is none).
func periodPart(toks []token, k int) string {
	for _, w := range [][]string{{"the", "end", "of"}, {"the", "middle", "of"}, {"the", "start", "of"},
		{"the", "beginning", "of"}, {"end", "of"}, {"middle", "of"}, {"start", "of"}, {"beginning", "of"}} {
		if j := k - len(w); j >= 0 && wordsAt(toks, j, w) {
			return strings.Join(w, " ")
		}
	}
	return ""
}

// at moves the first day of a period to the part of it that words name:
// its end is the day after it, its middle the 16th of a month or the 2nd
// of July of a year.
func at(t time.Time, v DateValue, part string) time.Time {
	switch {
	case strings.Contains(part, "end"):
		if len(v.Months) == 1 {
			return t.AddDate(0, 1, 0)
		}
		return t.AddDate(1, 0, 0)
	case strings.Contains(part, "middle"):
		if len(v.Months) == 1 {
			return t.AddDate(0, 0, 15)
		}
		return t.AddDate(0, 6, 1)
	}
	return t
}

// nowRange writes a range with the reference date at one end: "between
// Jan 22 and now", "from March to date". A day whose year is unsaid keeps
// XXXX; the count is in days. Without a reference date "now" is no day,
// and there is no range.
func nowRange(a, b DateValue) (string, bool) {
	nowFirst := a.Timex == "PRESENT_REF"
	now, other := a, b
	if !nowFirst {
		now, other = b, a
	}
	if len(now.Months) != 1 || len(other.Months) != 1 || other.Timex == "PRESENT_REF" {
		return "", false
	}
	ref := Date{now.Year, now.Months[0], now.Day}.Time()
	y, known := said(other), said(other) != 0 || other.Day == 0
	if y == 0 {
		y = ref.Year()
	}
	d := other.Day
	if d == 0 {
		d = 1
	}
	t := time.Date(y, time.Month(other.Months[0]), d, 0, 0, 0, 0, time.UTC)
	if said(other) == 0 && nowFirst && !t.After(ref) {
		t = t.AddDate(1, 0, 0)
	} else if said(other) == 0 && !nowFirst && t.After(ref) {
		t = t.AddDate(-1, 0, 0)
	}
	side := func(t time.Time, known bool) string {
		if !known {
			return "XXXX" + t.Format("-01-02")
		}
		return t.Format("2006-01-02")
	}
	from, to, fromKnown, toKnown := ref, t, true, known
	if !nowFirst {
		from, to, fromKnown, toKnown = t, ref, known, true
	}
	if !to.After(from) {
		return "", false
	}
	return fmt.Sprintf("(%s,%s,P%dD)", side(from, fromKnown), side(to, toKnown), int(to.Sub(from).Hours()/24)), true
}

// dayRange reads days of one month: "November 18-19", "Nov 18 - 20,
// 2015", "between 3 and 12 of Sept", "from 4 to 23 of May 2016".
func dayRange(toks []token, i int) (timexRead, int, bool) {
	if !mayStartDayRange(toks, i) {
		return timexRead{}, i, false
	}
	day := func(k int) (int, int) { // a day of the month: 3, 12th, the ninth, seventeenth
		if k < len(toks) && toks[k].is("the") {
			k++
		}
		if k < len(toks) {
			if d, e := dayAt(toks, k); d != 0 {
				return d, e
			}
			if v, e, ok := compoundOrdinal(toks, k); ok {
				if d, err := strconv.Atoi(v); err == nil && d >= 1 && d <= 31 {
					return d, e
				}
			}
		}
		return 0, k
	}
	var m, d1, d2, e, y int
	j := i
	if toks[j].is("from", "between") {
		j++
	}
	if mm, k := monthAt(toks, j); mm != 0 { // November 18-19
		a, k2 := day(k)
		if a == 0 || k2 >= len(toks) || !toks[k2].is("-", "–", "to", "through", "till") {
			return timexRead{}, i, false
		}
		b, k3 := day(k2 + 1)
		if b == 0 {
			return timexRead{}, i, false
		}
		m, d1, d2, e = mm, a, b, k3
	} else { // 3 and 12 of Sept
		a, k := day(j)
		if a == 0 || k >= len(toks) || !toks[k].is("-", "–", "to", "through", "till", "and") {
			return timexRead{}, i, false
		}
		b, k2 := day(k + 1)
		if b == 0 || k2+1 >= len(toks) || !toks[k2].is("of") {
			return timexRead{}, i, false
		}
		mm, k3 := monthAt(toks, k2+1)
		if mm == 0 {
			return timexRead{}, i, false
		}
		m, d1, d2, e = mm, a, b, k3
	}
	if d2 <= d1 {
		return timexRead{}, i, false
	}
	if yy, e2 := yearAfter(toks, e); yy != 0 {
		y, e = yy, e2
	}
	from := DateValue{Year: y, Months: []int{m}, Day: d1}
	to := DateValue{Year: y, Months: []int{m}, Day: d2}
	if y == 0 {
		from.Timex, to.Timex = "XXXX", "XXXX"
	}
	timex, ok := rangeTimex(from, to)
	if !ok {
		return timexRead{}, i, false
	}
	return timexRead{Start: toks[i].start, End: toks[e-1].end, Value: timex}, e, true
}

// mayStartDayRange: a range of days starts with "from" or "between", then
// "the" perhaps, then a month, digits, a number or an ordinal word.
func mayStartDayRange(toks []token, i int) bool {
	if toks[i].is("from", "between") {
		i++
	}
	if i < len(toks) && toks[i].is("the") {
		i++
	}
	if i >= len(toks) {
		return false
	}
	t := &toks[i]
	return t.cls&(clsMonth|clsDigits|clsNumber) != 0 || t.words&wOrdinalPart != 0 // ordinalUnits, ordinalScales
}

// decade reads "1990 s", "the 1990's" and "the 1990s": (1990-01-01,2000-01-01,P10Y);
// "15th century": (1400-01-01,1500-01-01,P100Y).
func decade(toks []token, i int) (timexRead, int, bool) {
	t := &toks[i]
	if d, ok := dayOrdinal(t); ok && i+1 < len(toks) && toks[i+1].is("century") {
		start := (d - 1) * 100
		return timexRead{Start: t.start, End: toks[i+1].end, timeml: fmt.Sprintf("%02d", d-1),
			Value: fmt.Sprintf("(%04d-01-01,%04d-01-01,P100Y)", start, start+100)}, i + 2, true
	}
	if d, ok := decadeWord(t.lower); ok || t.kind == tNum && len(t.text) == 2 && t.text[1] == '0' && i+1 < len(toks) && toks[i+1].is("s") {
		if !ok {
			d, _ = strconv.Atoi(t.text)
		}
		e := i + 1
		if !ok {
			e++
		}
		return timexRead{Start: t.start, End: toks[e-1].end,
			Value: fmt.Sprintf("(XX%02d-01-01,XX%02d-01-01,P10Y)", d, (d+10)%100)}, e, true
	}
	var y int
	e := i + 1
	switch {
	case t.kind == tNum && len(t.text) == 4 && strings.HasSuffix(t.text, "0") && e < len(toks) && toks[e].is("s"):
		y, _ = strconv.Atoi(t.text)
		e++
	case t.kind == tNum && len(t.text) == 4 && strings.HasSuffix(t.text, "0") && i > 0 && toks[i-1].is("the") &&
		e+1 < len(toks) && toks[e].is("'", "’") && !toks[e].space && toks[e+1].text == "s" && !toks[e+1].space:
		y, _ = strconv.Atoi(t.text) // "the 1940's"; "2010's" alone is the year's
		e += 2
	case t.kind == tWord && len(t.text) == 5 && strings.HasSuffix(t.lower, "0s") && t.text[0] >= '1' && t.text[0] <= '2':
		y, _ = strconv.Atoi(t.text[:4])
	default:
		return timexRead{}, i, false
	}
	if y < 1000 {
		return timexRead{}, i, false
	}
	if n := nextDecade(toks, e, y); n > e {
		return timexRead{Start: t.start, End: toks[n-1].end,
			Value: fmt.Sprintf("(%04d-01-01,%04d-01-01,P20Y)", y, y+20)}, n, true
	}
	return timexRead{Start: t.start, End: toks[e-1].end, timeml: strconv.Itoa(y / 10),
		Value: fmt.Sprintf("(%04d-01-01,%04d-01-01,P10Y)", y, y+10)}, e, true
}

// nextDecade reads, after the decade y ending at toks[e], the decade
// that follows it joined by "and" or "to": "the 1940s and '50s", "the
// 1940s and 1950s". It returns where those words end, or e when no
// such decade follows: two decades apart ("the 1940s and '60s") are
// no one span.
func nextDecade(toks []token, e, y int) int {
	if e+1 >= len(toks) || !toks[e].is("and", "to") {
		return e
	}
	k := e + 1
	short := false
	if toks[k].is("'", "’") && k+1 < len(toks) && !toks[k+1].space {
		k, short = k+1, true
	}
	t := &toks[k]
	digits, end := t.text, k+1
	switch {
	case t.kind == tNum && end < len(toks) && toks[end].text == "s" && !toks[end].space:
		end++
	case t.kind == tWord && strings.HasSuffix(t.lower, "0s"):
		digits = t.text[:len(t.text)-1]
	default:
		return e
	}
	next, err := strconv.Atoi(digits)
	if err != nil || short != (len(digits) == 2) || !short && len(digits) != 4 {
		return e
	}
	if short {
		next += y / 100 * 100
	}
	if next != y+10 {
		return e
	}
	return end
}

// decadeWord is decadeWords[w], looked up only for a word ending as
// they all do ("ies"): most words dateRanges tries are none.
func decadeWord(w string) (int, bool) {
	if !strings.HasSuffix(w, "ies") {
		return 0, false
	}
	d, ok := decadeWords[w]
	return d, ok
}

var decadeWords = map[string]int{"twenties": 20, "thirties": 30, "forties": 40, "fifties": 50,
	"sixties": 60, "seventies": 70, "eighties": 80, "nineties": 90}

// said is the year a date's words gave, or 0.
func said(v DateValue) int {
	if strings.HasPrefix(v.Timex, "XXXX") {
		return 0
	}
	return v.Year
}

// yearRange reads "2014-2018", "from 2014 to 2018", "between 2007 and
// 2009": (2014-01-01,2018-01-01,P4Y).
func yearRange(toks []token, i int) (timexRead, int, bool) {
	j := i
	if toks[j].is("from", "between", "in") {
		j++
	}
	y1, k := yearAt(toks, j)
	if y1 == 0 || k+1 >= len(toks) || j > 0 && toks[j-1].text == "-" && !toks[j].space {
		return timexRead{}, i, false // "138-2010-2015" is a phone number
	}
	conn := &toks[k]
	if !(conn.is("to", "till", "until", "through", "-", "–", "~") || conn.is("and") && toks[i].is("between")) {
		return timexRead{}, i, false
	}
	y2, e := yearAt(toks, k+1)
	if y2 <= y1 || e < len(toks) && (toks[e].text == "-" || toks[e].text == "/") {
		return timexRead{}, i, false
	}
	from, to := DateValue{Year: y1}, DateValue{Year: y2} // both years included, as said
	return timexRead{Start: toks[i].start, End: toks[e-1].end, from: &from, to: &to,
		Value: fmt.Sprintf("(%04d-01-01,%04d-01-01,P%dY)", y1, y2, y2-y1)}, e, true
}

// periodRange reads periods counted from the reference date and quarters:
// "next 3 days", "the past 5 years", "10 previous weeks", "this quarter",
// "q1 2019", "2019-Q3".
func (x *extraction) periodRange(toks []token, i int) (timexRead, int, bool) {
	j := i
	if toks[j].is("the") {
		j++
	}
	if j >= len(toks) {
		return timexRead{}, i, false
	}
	// each reader is tried only in a sentence with the words it needs
	// (dateScan): "H2", "quarter", "of" and a unit, "q3"
	has := x.scan(toks).has
	if has&sHalf != 0 {
		if m, e, ok := x.halfYear(toks, i, j); ok {
			return m, e, true
		}
	}
	if has&sQuarter != 0 {
		if m, e, ok := x.quarterOrdinal(toks, i, j); ok {
			return m, e, true
		}
	}
	// "the first 2 weeks of 2021", "the last four months of 2021"
	if has&(sOf|sUnit) == sOf|sUnit {
		if m, e, ok := x.partOfYear(toks, i, j); ok {
			return m, e, true
		}
	}
	// "3 days starting from next Monday", "for 3 days from today"
	if m, e, ok := x.lengthFrom(toks, i); ok {
		return m, e, true
	}
	if has&sQ != 0 {
		if m, e, ok := x.quarterNamed(toks, i, j); ok {
			return m, e, true
		}
	}
	if x.ref.IsZero() {
		return timexRead{}, i, false
	}
	if has&sQuarter != 0 {
		if m, e, ok := x.relativeQuarter(toks, i, j); ok {
			return m, e, true
		}
	}
	if has&(sUnit|sQuarters) == 0 {
		return timexRead{}, i, false
	}
	return x.periodFromRef(toks, i, j)
}

// partOfYear reads "the first 2 weeks of 2021", "the last 3 weeks of this
// year", "the last four months of 2021", "first ten days of last year".
func (x *extraction) partOfYear(toks []token, i, j int) (timexRead, int, bool) {
	if j >= len(toks) || !toks[j].is("first", "last") {
		return timexRead{}, i, false
	}
	n, e := compoundAt(toks, j+1)
	if n == nil || !n.IsInt() || n.Sign() <= 0 || e+1 >= len(toks) || !toks[e+1].is("of") {
		return timexRead{}, i, false
	}
	unit := timeUnit(toks[e].lower)
	if unit == "" || unit == "year" {
		return timexRead{}, i, false
	}
	y, end := yearAt(toks, e+2)
	if y == 0 && e+3 < len(toks) && toks[e+2].is("this", "last", "next") && toks[e+3].is("year") && !x.ref.IsZero() {
		y, end = x.ref.Year+weekWords[toks[e+2].lower], e+4
	}
	if y == 0 {
		return timexRead{}, i, false
	}
	c := int(n.Num().Int64())
	yearStart, nextYear := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC), time.Date(y+1, 1, 1, 0, 0, 0, 0, time.UTC)
	var from, to time.Time
	switch unit {
	case "week": // whole ISO weeks, Monday to Monday
		monday := func(t time.Time) time.Time { // the Monday of ISO week 1 of t's year
			jan4 := time.Date(t.Year(), 1, 4, 0, 0, 0, 0, time.UTC)
			return jan4.AddDate(0, 0, -((int(jan4.Weekday()) + 6) % 7))
		}
		from, to = monday(yearStart), monday(yearStart).AddDate(0, 0, 7*c)
		if toks[j].is("last") {
			to = monday(nextYear)
			from = to.AddDate(0, 0, -7*c)
		}
	case "month":
		from, to = yearStart, yearStart.AddDate(0, c, 0)
		if toks[j].is("last") {
			from, to = nextYear.AddDate(0, -c, 0), nextYear
		}
	default:
		from, to = yearStart, yearStart.AddDate(0, 0, c)
		if toks[j].is("last") {
			from, to = nextYear.AddDate(0, 0, -c), nextYear
		}
	}
	return timexRead{Start: toks[i].start, End: toks[end-1].end,
		Value: span(from, to, fmt.Sprintf("P%d%s", c, strings.ToUpper(unit[:1])))}, end, true
}

// ratZero and ratOne are 0 and 1, read and never changed.
var ratZero, ratOne = new(big.Rat), ratInt(1)

// lengthFrom reads "for 3 days starting from next Monday", "a week
// starting tomorrow", "2 weeks starting May 20th", "1 week, from 20th dec".
func (x *extraction) lengthFrom(toks []token, i int) (timexRead, int, bool) {
	if sc := x.scan(toks); sc.from <= i+1 || sc.has&sUnit == 0 {
		return timexRead{}, i, false // no "from" after a unit after i, or no unit
	}
	j := i
	if toks[j].is("for") {
		j++
	}
	if j >= len(toks) {
		return timexRead{}, i, false
	}
	start := j // "3 days starting from", "for 3 days from today"
	if !toks[j].is("a", "an") && !mayStartNumber(&toks[j]) {
		return timexRead{}, i, false
	}
	n, e := ratOne, j+1
	if !toks[j].is("a", "an") {
		if !mayStartNumber(&toks[j]) {
			return timexRead{}, i, false
		}
		if n, e = compoundAt(toks, j); n == nil || !n.IsInt() || n.Sign() <= 0 {
			return timexRead{}, i, false
		}
	}
	if e >= len(toks) {
		return timexRead{}, i, false
	}
	unit := timeUnit(toks[e].lower)
	if unit == "" {
		return timexRead{}, i, false
	}
	k := e + 1
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	switch {
	case wordsAt(toks, k, []string{"starting", "from"}):
		k += 2
	case k < len(toks) && toks[k].is("starting", "beginning"):
		k++
	case k < len(toks) && toks[k].is("from") && toks[i].is("for"):
		k, start = k+1, i
	default:
		return timexRead{}, i, false
	}
	if k >= len(toks) {
		return timexRead{}, i, false
	}
	v, end, ok := x.dateAt(toks, k)
	if !ok || len(v.Months) != 1 || v.Day == 0 {
		return timexRead{}, i, false
	}
	y := v.Year
	if y == 0 {
		if x.ref.IsZero() {
			return timexRead{}, i, false
		}
		y = x.ref.Year
	}
	from := time.Date(y, time.Month(v.Months[0]), v.Day, 0, 0, 0, 0, time.UTC)
	c := int(n.Num().Int64())
	to := addUnits(from, unit, c)
	return timexRead{Start: toks[start].start, End: toks[end-1].end,
		Value: span(from, to, fmt.Sprintf("P%d%s", c, strings.ToUpper(unit[:1])))}, end, true
}

func span(from, to time.Time, dur string) string {
	return "(" + from.Format("2006-01-02") + "," + to.Format("2006-01-02") + "," + dur + ")"
}

// quarterAt reads "q1 2019", "2019 q1", "2019-Q3", "q3 of 2018", "q2"
// (year 0: unknown).
func quarterAt(toks []token, i int) (q, y, end int, ok bool) {
	quarter := func(t token) int {
		if t.kind == tWord && len(t.lower) == 2 && t.lower[0] == 'q' && t.lower[1] >= '1' && t.lower[1] <= '4' {
			return int(t.lower[1] - '0')
		}
		return 0
	}
	if q = quarter(toks[i]); q != 0 {
		k := i + 1
		if k < len(toks) && (toks[k].is("of") || toks[k].text == "-") {
			k++
		}
		if y, e := yearAt(toks, k); y != 0 {
			return q, y, e, true
		}
		return q, 0, i + 1, true
	}
	if y, k := yearAt(toks, i); y != 0 && k < len(toks) {
		if k < len(toks) && toks[k].text == "-" && !toks[k].space {
			k++
		}
		if k < len(toks) {
			if q = quarter(toks[k]); q != 0 {
				return q, y, k + 1, true
			}
		}
	}
	return 0, 0, i, false
}

// dateLeads are the words Recognizers-Text counts as part of a date
// before it: "since August", "after 2018", "the end of 1989", "mid-May".
var dateLeads = [][]string{
	{"as", "late", "as"}, {"as", "early", "as"}, {"end", "of"}, {"beginning", "of"}, {"middle", "of"},
	{"more", "than"}, {"less", "than"}, {"no", "later", "than"}, {"later", "than"}, {"earlier", "than"},
	{"year", "is", "greater", "than"}, {"year", "greater", "than"}, {"year"}, {"this"}, {"next"}, {">", "="}, {"<", "="}, {"="},
	{"since", "the"}, {"after", "the"}, {"before", "the"}, {"until", "the"}, {"by", "the"},
	{"the", "week", "of"}, {"the", "week", "beginning"}, {"the", "week", "starting", "on"},
	{"the", "week", "commencing"}, {"starting", "on"}, {"beginning", "on"}, {"w", "/", "c"},
	{"since"}, {"after"}, {"before"}, {"until"}, {"till"}, {"by"}, {"starting"}, {"beginning"},
	{"earlier"}, {"later"}, {"mid"}, {"mid", "-"}, {"early"}, {"late"},
}

// dateLeadsByLast holds dateLeads by their last word, in their order.
var dateLeadsByLast = func() map[string][][]string {
	m := map[string][][]string{}
	for _, w := range dateLeads {
		m[w[len(w)-1]] = append(m[w[len(w)-1]], w)
	}
	return m
}()

// dateTails are the words after a date that Recognizers-Text counts in
// it: "2018 or later", "1/1/2016 and after".
var dateTails = [][]string{{"or", "later"}, {"and", "later"}, {"or", "after"}, {"and", "after"},
	{"and", "greater"}, {"or", "greater"}}

// dateLead returns where a date's span starts once the words before it
// that belong to it are counted, repeatedly ("before end of this year").
func dateLead(toks []token, a int) int {
	if a > 0 && toks[a-1].is("the") { // "the 09th of May"
		if _, ok := dayOrdinal(&toks[a]); ok {
			a--
		}
	}
	for changed := true; changed && a > 0; {
		changed = false
		for _, w := range dateLeadsByLast[toks[a-1].lower] {
			if k := a - len(w); k >= 0 && wordsAt(toks, k, w) {
				a, changed = k, true
				break
			}
		}
	}
	return a
}

// inFraction reports whether the upper bound hi of a range, ending at
// token end, is the numerator of "N in M" with N smaller than M ("300 in
// 2008" may be 300 out of 2008): such a range is ambiguous and not
// asserted, as Recognizers-Text has it.
func inFraction(toks []token, end int, hi *big.Rat) bool {
	if end+1 >= len(toks) || !toks[end].is("in") {
		return false
	}
	m, _, _ := parseNumeral(toks, end+1)
	return m != nil && ratCmp(hi, m) < 0
}

// joinBounds makes one interval of a lower and an upper bound, in either
// order, when they leave something between them.
func joinBounds(a, b Interval) (Interval, bool) {
	if a.Lo == nil {
		a, b = b, a
	}
	if a.Lo == nil || a.Hi != nil || b.Hi == nil || b.Lo != nil || ratCmp(a.Lo, b.Hi) >= 0 {
		return Interval{}, false
	}
	return Interval{Lo: a.Lo, LoOpen: a.LoOpen, Hi: b.Hi, HiOpen: b.HiOpen}, true
}

// halfYear reads "2019 H2", "2019-H2": a half of a year.
func (x *extraction) halfYear(toks []token, i, j int) (timexRead, int, bool) {
	if y, k := yearAt(toks, j); y != 0 && k < len(toks) {
		if k+1 < len(toks) && toks[k].text == "-" && !toks[k].space {
			k++
		}
		if h := toks[k].lower; h == "h1" || h == "h2" {
			start := time.Date(y, time.Month(1+6*int(h[1]-'1')), 1, 0, 0, 0, 0, time.UTC)
			return timexRead{Start: toks[j].start, End: toks[k].end, Value: span(start, start.AddDate(0, 6, 0), "P6M")}, k + 1, true
		}
	}
	return timexRead{}, i, false
}

// quarterOrdinal reads "the first quarter of the year", "1st quarter of 2013".
func (x *extraction) quarterOrdinal(toks []token, i, j int) (timexRead, int, bool) {
	if d, ok := dayOrdinal(&toks[j]); ok && d <= 4 && j+1 < len(toks) && toks[j+1].is("quarter") {
		e := j + 2
		y := 0
		if e+1 < len(toks) && toks[e].is("of") {
			if yy, e2 := yearAt(toks, e+1); yy != 0 {
				y, e = yy, e2
			} else if wordsAt(toks, e+1, []string{"the", "year"}) {
				e += 3
			}
		}
		if y == 0 {
			return timexRead{Start: toks[i].start, End: toks[e-1].end,
				Value: fmt.Sprintf("(XXXX-%02d-01,XXXX-%02d-01,P3M)", 3*d-2, (3*d)%12+1)}, e, true
		}
		start := time.Date(y, time.Month(3*d-2), 1, 0, 0, 0, 0, time.UTC)
		return timexRead{Start: toks[j].start, End: toks[e-1].end, Value: span(start, start.AddDate(0, 3, 0), "P3M")}, e, true
	}
	return timexRead{}, i, false
}

// quarterNamed reads "q1 2019", "2019 q1", "2019-Q3", "q2" (of any year).
func (x *extraction) quarterNamed(toks []token, i, j int) (timexRead, int, bool) {
	if q, y, e, ok := quarterAt(toks, j); ok {
		if y == 0 { // "q1": of any year
			return timexRead{Start: toks[j].start, End: toks[e-1].end,
				Value: fmt.Sprintf("(XXXX-%02d-01,XXXX-%02d-01,P3M)", 3*q-2, (3*q)%12+1)}, e, true
		}
		start := time.Date(y, time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		return timexRead{Start: toks[j].start, End: toks[e-1].end, Value: span(start, start.AddDate(0, 3, 0), "P3M")}, e, true
	}
	return timexRead{}, i, false
}

// relativeQuarter reads "this quarter", "last quarter", "next quarter": from the reference.
func (x *extraction) relativeQuarter(toks []token, i, j int) (timexRead, int, bool) {
	ref := x.ref.Time()
	if toks[j].is("this", "current", "last", "previous", "past", "next", "coming", "following") && j+1 < len(toks) && toks[j+1].is("quarter") {
		q := (int(ref.Month())-1)/3 + 1
		start := time.Date(ref.Year(), time.Month(3*q-2), 1, 0, 0, 0, 0, time.UTC)
		switch {
		case toks[j].is("last", "previous", "past"):
			start = start.AddDate(0, -3, 0)
		case toks[j].is("next", "coming", "following"):
			start = start.AddDate(0, 3, 0)
		}
		return timexRead{Start: toks[j].start, End: toks[j+1].end, Value: span(start, start.AddDate(0, 3, 0), "P3M")}, j + 2, true
	}
	return timexRead{}, i, false
}

// periodFromRef reads "next 3 days", "3 next days", "the past 5 years", "the next two decades", "the past fortnight", "the next 2 quarters": periods counted from the reference.
func (x *extraction) periodFromRef(toks []token, i, j int) (timexRead, int, bool) {
	ref := x.ref.Time()
	// "next 3 days" / "3 next days"; "past 5 years" / "5 past years"
	dir, k := periodDirection(&toks[j]), j
	if dir != 0 {
		k++
	}
	if dir != 0 && k < len(toks) {
		if m, e, ok := calendarPeriod(toks, i, j, k, dir, ref); ok {
			return m, e, true
		}
	}
	n, e, dir, ok := periodCount(toks, k, dir)
	if !ok {
		return timexRead{}, i, false
	}
	unit := timeUnit(toks[e].lower)
	if unit == "" && !toks[e].is("quarters", "quarter") {
		return timexRead{}, i, false
	}
	// "the next two days": the article is not counted
	return periodSpan(toks, j, e, int(n.Num().Int64()), dir, unit, ref), e + 1, true
}

// periodDirection is 1 for a word that counts forward ("next",
// "coming"), -1 for one that counts back ("past", "last"), else 0.
func periodDirection(t *token) int {
	switch {
	case t.is("next", "coming", "upcoming", "following"):
		return 1
	case t.is("past", "last", "previous"):
		return -1
	}
	return 0
}

// calendarPeriod reads the calendar decades of "the next decade", "the
// past two decades" and "the past fortnight", the count at toks[k] after
// the direction word.
func calendarPeriod(toks []token, i, j, k, dir int, ref time.Time) (timexRead, int, bool) {
	c, e := 1, k
	if n, e2 := compoundAt(toks, k); n != nil && n.IsInt() {
		c, e = int(n.Num().Int64()), e2
	}
	if e < len(toks) && toks[e].is("decade", "decades") && c > 0 && c < 10 {
		d0 := time.Date(ref.Year()/10*10, 1, 1, 0, 0, 0, 0, time.UTC)
		from, to := d0.AddDate(10, 0, 0), d0.AddDate(10+10*c, 0, 0)
		if dir < 0 {
			from, to = d0.AddDate(-10*c, 0, 0), d0
		}
		return timexRead{Start: toks[i].start, End: toks[e].end, Value: span(from, to, fmt.Sprintf("P%dY", 10*c))}, e + 1, true
	}
	if toks[k].is("fortnight") { // "the past fortnight", "the next fortnight"
		from, to := ref.AddDate(0, 0, 1), ref.AddDate(0, 0, 15)
		if dir < 0 {
			from, to = ref.AddDate(0, 0, -14), ref
		}
		return timexRead{Start: toks[j].start, End: toks[k].end, Value: span(from, to, "P2W")}, k + 1, true
	}
	return timexRead{}, i, false
}

// periodCount reads the count of "next 3 days" at toks[k], or of "5 past
// years" (dir 0: the direction word follows the count); e is the unit's
// token.
func periodCount(toks []token, k, dir int) (n *big.Rat, e, d int, ok bool) {
	if k >= len(toks) || !mayStartNumber(&toks[k]) {
		return nil, 0, dir, false
	}
	// "2 quarters" counts quarters of a year, not halves
	upto := len(toks)
	for q := k + 1; q < len(toks) && q <= k+4; q++ {
		if toks[q].is("quarters", "quarter") {
			upto = q
			break
		}
	}
	n, e = readCompound(toks[:upto], k)
	if n == nil || !n.IsInt() || n.Sign() <= 0 || e >= len(toks) {
		return nil, 0, dir, false
	}
	if dir == 0 { // "5 past years": a small count, then a plural unit
		if dir = periodDirection(&toks[e]); dir == 0 || ratCmpInt(n, 100) > 0 || k > 0 && currencySymbols[toks[k-1].text] != "" ||
			e+1 >= len(toks) || !strings.HasSuffix(toks[e+1].lower, "s") {
			return nil, 0, dir, false
		}
		e++
	}
	if e >= len(toks) {
		return nil, 0, dir, false
	}
	return n, e, dir, true
}

// periodSpan is the stretch of c units (or quarters) from the reference,
// forward (dir > 0) or back, said by toks[j:e+1].
func periodSpan(toks []token, j, e, c, dir int, unit string, ref time.Time) timexRead {
	if toks[e].is("quarters", "quarter") { // whole quarters, from this one
		q0 := time.Date(ref.Year(), time.Month((int(ref.Month())-1)/3*3+1), 1, 0, 0, 0, 0, time.UTC)
		from, to := q0.AddDate(0, 3, 0), q0.AddDate(0, 3+3*c, 0)
		if dir < 0 {
			from, to = q0.AddDate(0, -3*c, 0), q0
		}
		return timexRead{Start: toks[j].start, End: toks[e].end, Value: span(from, to, fmt.Sprintf("P%dM", 3*c))}
	}
	dur := fmt.Sprintf("P%d%s", c, strings.ToUpper(unit[:1]))
	var from, to time.Time
	if dir > 0 {
		from = ref.AddDate(0, 0, 1)
		to = addUnits(from, unit, c)
	} else {
		from, to = addUnits(ref, unit, -c), ref
	}
	return timexRead{Start: toks[j].start, End: toks[e].end, Value: span(from, to, dur)}
}
