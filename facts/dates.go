package facts

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
)

var monthNames = [...]string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

var fullMonth = func() map[string]bool {
	m := map[string]bool{}
	for _, n := range monthNames {
		m[n] = true
	}
	return m
}()

// dayAbbreviations name days only before a date: "Tue May 9".
var dayAbbreviations = map[string]bool{"Mon": true, "Tue": true, "Tues": true, "Wed": true,
	"Thu": true, "Thur": true, "Thurs": true, "Fri": true, "Sat": true, "Sun": true}

var weekdays = map[string]string{"monday": "Mon", "tuesday": "Tue", "wednesday": "Wed",
	"thursday": "Thu", "friday": "Fri", "saturday": "Sat", "sunday": "Sun"}

// weekdayOf is the day a token names in full ("Fri" for "Friday"), or
// "": a word of weekdays has clsWeekday (wordClass), any other token is
// told without the table.
func weekdayOf(t *token) string {
	if t.cls&clsWeekday == 0 {
		return ""
	}
	return weekdays[t.lower]
}

// possessiveWeekdays are the day names as one word with their "'s":
// "Monday's shooting" (keys.go gives it the noun's event).
var possessiveWeekdays = func() map[string]string {
	m := map[string]string{}
	for w, wd := range weekdays {
		m[w+"'s"], m[w+"’s"] = wd, wd
	}
	return m
}()

var seasons = map[string][]int{"spring": {3, 4, 5}, "summer": {6, 7, 8}, "autumn": {9, 10, 11},
	"fall": {9, 10, 11}, "winter": {12, 1, 2}}

// monthAt returns the month (1-12) named by toks[i] and the index after it
// (a trailing period of an abbreviation included). Capitalized only.
func monthAt(toks []token, i int) (int, int) {
	// a month's name or its first three or four letters has clsMonth
	if i >= len(toks) || toks[i].kind != tWord || toks[i].cls&clsMonth == 0 {
		return 0, i
	}
	// lower case only for full names that are nothing else ("july", not "may")
	if !toks[i].capitalized() && (!fullMonth[toks[i].lower] || toks[i].is("may", "march", "august") && !ambiguousMonthInContext(toks, i)) {
		return 0, i
	}
	dot := i+1 < len(toks) && toks[i+1].text == "." && !toks[i+1].space
	if m, n := monthName(toks[i].lower, dot); m != 0 {
		return m, i + n
	}
	return 0, i
}

// monthName is the month w names as monthAt reads it, and its number of
// tokens (2 with the period dot says follows: "Sep."); 0 for none.
func monthName(w string, dot bool) (int, int) {
	if w == "" {
		return 0, 0
	}
	for m, name := range monthNames {
		if name[0] != w[0] {
			continue // told by the first letter: most names
		}
		if w == name {
			return m + 1, 1
		}
		if len(w) >= 3 && len(w) <= 4 && strings.HasPrefix(name, w) && name != "may" && (w != "sept" || m == 8) {
			if dot {
				return m + 1, 2
			}
			if w == "sept" || len(w) == 3 && m != 4 && w != "mar" && w != "jun" {
				return m + 1, 1
			}
		}
	}
	return 0, 0
}

// ambiguousMonthInContext: a lower-case "may", "march" or "august" is a
// month after in/between/from/to and before nothing that continues a
// sentence ("in may.", "between august and october").
func ambiguousMonthInContext(toks []token, i int) bool {
	if i == 0 || !toks[i-1].is("in", "between", "from", "to", "and", "since", "until") {
		return false
	}
	return i+1 >= len(toks) || toks[i+1].kind != tWord || toks[i+1].is("and", "to", "till", "until") || fullMonth[toks[i+1].lower]
}

func dayAt(toks []token, i int) (int, int) {
	if i >= len(toks) || toks[i].text[0] < '0' || toks[i].text[0] > '9' {
		return 0, i
	}
	t := &toks[i]
	d, k := leadingDay(t.text)
	if d < 1 || d > 31 || k > 2 {
		return 0, i
	}
	switch suf := t.lower[k:]; {
	case suf == "" && t.kind == tNum:
		j := i + 1
		if j < len(toks) && !toks[j].space && toks[j].is("st", "nd", "rd", "th") {
			j++
		}
		return d, j
	case ordinalSuffix(suf): // "20th"
		return d, i + 1
	}
	return 0, i
}

// leadingDay reads the digits s starts with, three at most: their value
// and their number.
func leadingDay(s string) (d, k int) {
	for k < len(s) && k < 3 && s[k] >= '0' && s[k] <= '9' {
		d = d*10 + int(s[k]-'0')
		k++
	}
	return d, k
}

// ordinalSuffix: "st", "nd", "rd" or "th".
func ordinalSuffix(s string) bool { return s == "st" || s == "nd" || s == "rd" || s == "th" }

// yearAfter reads the year that may close a date: "2023", ", 2023",
// "of 1995".
func yearAfter(toks []token, k int) (int, int) {
	// "April of 87": two digits after "of" are a year of the 1900s from 40 on
	if k+1 < len(toks) && toks[k].is("of") && toks[k+1].kind == tNum && len(toks[k+1].text) == 2 {
		if y, err := strconv.Atoi(toks[k+1].text); err == nil && y >= 40 {
			return 1900 + y, k + 2
		}
	}
	if k < len(toks) && (toks[k].text == "," || toks[k].is("of", "in")) {
		if y, e := yearAt(toks, k+1); y != 0 {
			return y, e
		}
		if y, e := yearWords(toks, k+1); y != 0 {
			return y, e
		}
	}
	if y, e := yearAt(toks, k); y != 0 {
		return y, e
	}
	return yearWords(toks, k)
}

func yearWordsAt(toks []token, k int) bool { y, _ := yearWords(toks, k); return y != 0 }

// yearWords reads a year in words: "nineteen eighty six", "two thousand
// and fifteen", "seventeen hundred thirty three". Not when a noun follows
// ("two thousand villages").
func yearWords(toks []token, k int) (int, int) {
	if k >= len(toks) || toks[k].kind != tWord || smallNumbers[toks[k].lower] == 0 {
		return 0, k
	}
	y, e := 0, k
	if r, end := compoundAt(toks, k); r != nil && r.IsInt() {
		y, e = int(r.Num().Int64()), end
	}
	if y >= 10 && y < 100 && e < len(toks) { // "nineteen eighty six": two pairs of digits
		if r, end := compoundAt(toks, e); r != nil && r.IsInt() && r.Num().Int64() < 100 && toks[e].kind == tWord {
			y, e = y*100+int(r.Num().Int64()), end
		}
	}
	if y < 1000 || y > 2999 || e < len(toks) && toks[e].kind == tWord && !toks[e].capitalized() && !toks[e].is("and", "or", "to", "was", "were", "is") {
		return 0, k
	}
	return y, e
}

// yearAt reads a year in four digits at toks[i] (a token of clsYear).
func yearAt(toks []token, i int) (int, int) {
	if i < len(toks) && toks[i].cls&clsYear != 0 {
		return yearDigits(toks[i].text), i + 1
	}
	return 0, i
}

// yearDigits is the year of four digits from 1800 to 2199 that s is, or
// 0 (classOf gives the number token of such a year clsYear).
func yearDigits(s string) int {
	if len(s) != 4 {
		return 0
	}
	y := 0
	for _, c := range []byte(s) {
		if c < '0' || c > '9' {
			return 0
		}
		y = y*10 + int(c-'0')
	}
	if y < 1800 || y > 2199 {
		return 0
	}
	return y
}

// bare-month context: a month name alone is a date only after these.
var monthLead = map[string]bool{"in": true, "of": true, "since": true, "until": true, "by": true,
	"during": true, "before": true, "after": true, "early": true, "late": true, "mid": true,
	"last": true, "next": true, "this": true, "from": true, "through": true, "till": true,
	"to": true, "between": true, "the": true}

func (x *extraction) dates(toks []token) {
	sc := x.scan(toks)
	// read once: no reader sets them again in a sentence (emit marks
	// used's tokens, never another slice)
	dated, used, cannot := sc.dated, x.used, sc.cannot
	for p := 0; p < len(dated); p++ {
		i := int(dated[p])
		if used[i] || toks[i].dates&^cannot == 0 {
			continue // no rule the sentence can feed starts here (dateAt)
		}
		if end, ok := x.dateInto(toks, i, &sc.val); ok {
			v := sc.val
			if v.Timex == "" {
				v.Timex = timexOf(v)
			}
			v = x.monthDayByTense(v, toks, i, end)
			op, _ := boundAt(toks, i)
			q := Qualifiers{Approximate: strings.HasPrefix(op, "~"), Bound: op != "" && !strings.HasPrefix(op, "~")}
			f := x.emit(KindDate, v, i, end, q)
			x.dateReadings(toks, f, v)
			x.anchor(f)
			p = seek(dated, end) - 1
		}
	}
	if len(x.found) > 1 { // one claim or none: nothing to sort or join
		sortFound(x.found)
		x.joinDateRanges(toks, x.found)
	}
	for _, f := range x.found {
		if f.Kind != KindDate {
			continue // the value is not copied out of its interface
		}
		if v, ok := f.Value.(DateValue); ok {
			if t := resolvedTimex(v); t != v.Timex { // boxed again only when changed
				v.Timex = t
				f.Value = v
			}
		}
	}
}

// resolvedTimex is the TIMEX3 value of a date once resolved against the
// document's date ("2013-03-21" for "Thursday", "2012-08" for "August"):
// its fields as far as they go. A weekday with no day, a season, a week,
// a fiscal year or PRESENT_REF keeps the TIMEX3 its words gave.
func resolvedTimex(v DateValue) string {
	if code := seasonOf(v.Months); code != "" && v.Year != 0 && v.Period == "" && v.Relative == "" {
		return fmt.Sprintf("%04d-%s", v.Year, code) // "the summer", said in the past
	}
	if v.Period != "" || v.Relative != "" || len(v.Months) > 1 || v.Weekday != "" && v.Day == 0 {
		return v.Timex
	}
	var buf [32]byte
	if b := appendTimex(buf[:0], v); len(b) != 0 {
		if string(b) == v.Timex {
			return v.Timex // most: the value its words gave, kept without a copy
		}
		return string(b)
	}
	return v.Timex
}

// seasonOf is the TIMEX3 code of the season whose months these are
// ("SU"), or "".
func seasonOf(months []int) string {
	if len(months) != 3 {
		return ""
	}
	for w, ms := range seasons {
		if slices.Equal(ms, months) && w != "fall" {
			return seasonCodes[w]
		}
	}
	return ""
}

// refWord reads the words TimeML dates as the present or the past, with
// no day: "now", "currently", "at present", "nowadays", "in the past",
// "formerly". They constrain nothing (Period "REF").
func refWord(toks []token, i int) (DateValue, int, bool) {
	t := &toks[i]
	switch {
	case t.is("now", "currently", "nowadays", "presently"):
		return DateValue{Period: "REF", Timex: "PRESENT_REF"}, i + 1, true
	case t.is("at") && i+1 < len(toks) && toks[i+1].is("present") && (i+2 >= len(toks) || toks[i+2].kind == tPunct || toks[i+2].is("and", "the", "it", "there", "we", "they", "he", "she")):
		return DateValue{Period: "REF", Timex: "PRESENT_REF"}, i + 2, true
	case t.is("formerly"):
		return DateValue{Period: "REF", Timex: "PAST_REF"}, i + 1, true
	case wordsAt(toks, i, []string{"the", "past"}) && i > 0 && toks[i-1].is("in") &&
		(i+2 >= len(toks) || toks[i+2].kind == tPunct || toks[i+2].is("and", "but", "when", "he", "she", "they", "it", "we", "i")):
		return DateValue{Period: "REF", Timex: "PAST_REF"}, i + 2, true
	}
	return DateValue{}, i, false
}

// anchor resolves "the day before", "a week later" against the last full
// date said in this sentence or the one before, as TimeML anchors such
// anaphoric dates to the date they follow; with none, the date stays a
// relative offset, which constrains nothing. A full date becomes the
// anchor of the next ones.
func (x *extraction) anchor(f *found) {
	v, ok := f.Value.(DateValue)
	if !ok {
		return
	}
	if v.Year != 0 && len(v.Months) == 1 && v.Day != 0 && v.Period == "" {
		x.anchorDate, x.anchorSentence = Date{v.Year, v.Months[0], v.Day}, x.sentence
		return
	}
	days := 0
	switch v.Relative {
	case "-P1D":
		days = -1
	case "P1D":
		days = 1
	case "-P1W":
		days = -7
	case "P1W":
		days = 7
	}
	if days == 0 || x.anchorDate.IsZero() || x.sentence-x.anchorSentence > 1 {
		return
	}
	r := dateValueOf(dateOf(x.anchorDate.Time().AddDate(0, 0, days)))
	r.Timex = timexOf(r)
	f.Value = r
}

// monthOf is the month a token names, capitalized or not ("Aug", "july"),
// or in a numeric date a lower-case abbreviation: 2019-aug-01. (What
// monthAt reads of a token alone is a month's name or its first
// letters, which no two months share.)
func monthOf(t *token) int {
	// a month's name or its first three or four letters has clsMonth,
	// five or more the scan's sMonthPrefix (datescan.go): any other
	// token none
	if t.cls&clsMonth == 0 && sentenceHas(t.dates>>scanShift)&sMonthPrefix == 0 {
		return 0
	}
	return monthPrefix(t.lower)
}

// monthPrefix is the month whose name starts with w, three letters or
// more ("sept", "septem", "september"), or 0.
func monthPrefix(w string) int {
	if len(w) < 3 || len(w) > len("september") {
		return 0
	}
	for m, name := range monthNames {
		if name[0] == w[0] && strings.HasPrefix(name, w) {
			return m + 1
		}
	}
	return 0
}

// dayOrdinal reads a day of the month written as an ordinal: "second",
// "09th", "21st".
func dayOrdinal(t *token) (int, bool) {
	if t.words&wOrdinal != 0 {
		return int(ordinalWords[t.lower]), true
	}
	if t.kind != tWord {
		return 0, false
	}
	if d, k := leadingDay(t.text); d >= 1 && d <= 31 && k <= 2 && ordinalSuffix(t.lower[k:]) {
		return d, true
	}
	return 0, false
}

// numericDate reads dates written in digits: ISO "2023-04-20" and
// "2015-3", US "1/1/2016" and "11/20", "22/04" (day first when it must
// be), "Oct/2", "05-Aug-2016".
func numericDate(toks []token, i int) (DateValue, int, bool) {
	if v, e, ok := numericDateWithMonthName(toks, i); ok {
		return v, e, true
	}
	return numericDateDigits(toks, i)
}

// numAt is the small whole number of toks[k] (at most four digits).
func numAt(toks []token, k int) (int, bool) {
	if k >= len(toks) || toks[k].kind != tNum || strings.ContainsAny(toks[k].text, ".,") || len(toks[k].text) > 4 {
		return 0, false
	}
	n, err := strconv.Atoi(toks[k].text)
	return n, err == nil
}

// tightAt: toks[k] is sep with no space on either side ("2023-04").
func tightAt(toks []token, k int, sep string) bool {
	return k < len(toks) && toks[k].text == sep && !toks[k].space && k+1 < len(toks) && !toks[k+1].space
}

// numericDateWithMonthName reads "20161016", "Sep-23-2020",
// "23/Sep/2020", "feb 30", "Dec31", "Dec-2018", "Oct/2".
func numericDateWithMonthName(toks []token, i int) (DateValue, int, bool) {
	num := func(k int) (int, bool) { return numAt(toks, k) }
	tight := func(k int, sep string) bool { return tightAt(toks, k, sep) }
	// "20161016": eight digits, a valid date
	if t := &toks[i]; t.kind == tNum && len(t.text) == 8 && !strings.ContainsAny(t.text, ".,") {
		y, _ := strconv.Atoi(t.text[:4])
		m, _ := strconv.Atoi(t.text[4:6])
		d, _ := strconv.Atoi(t.text[6:])
		if y >= 1900 && y <= 2100 && valid(y, m, d) {
			return fullDate(y, m, d), i + 1, true
		}
	}
	// "Sep-23-2020", "23/Sep/2020", "September-2020-23", "2020/23/Sep"
	for _, sep := range []string{"-", "/"} {
		if i+4 < len(toks) && tight(i+1, sep) && tight(i+3, sep) {
			var m, y, d int
			ok := true
			for _, k := range []int{i, i + 2, i + 4} {
				switch n, isNum := num(k); {
				case monthOf(&toks[k]) != 0 && m == 0:
					m = monthOf(&toks[k])
				case isNum && len(toks[k].text) == 4 && y == 0:
					y = n
				case isNum && n >= 1 && n <= 31 && d == 0:
					d = n
				default:
					ok = false
				}
			}
			if ok && m != 0 && y != 0 && d != 0 && valid(y, m, d) {
				return fullDate(y, m, d), i + 5, true
			}
		}
	}
	// "feb 30", "feb 30 2019": a lower-case month abbreviation before a day
	if t := &toks[i]; t.kind == tWord && !t.capitalized() && len(t.lower) == 3 && !t.is("may", "mar") {
		if m := monthOf(t); m != 0 {
			if d, e := dayAt(toks, i+1); d != 0 && toks[i+1].kind == tNum {
				if y, e2 := yearAt(toks, e); y != 0 {
					return DateValue{Year: y, Months: []int{m}, Day: d, Timex: fmt.Sprintf("%04d-%02d-%02d", y, m, d)}, e2, true
				}
				return DateValue{Months: []int{m}, Day: d, Timex: partialDay(m, d)}, e, true
			}
		}
	}
	// "Dec31 , 1994", "mar3": a month and its day in one word
	if t := &toks[i]; t.kind == tWord && len(t.lower) >= 4 && len(t.lower) <= 5 {
		// the day first: most such words hold no number ("June")
		if d, err := strconv.Atoi(t.lower[3:]); err == nil && d >= 1 && d <= 31 {
			head := token{text: t.text[:3], lower: t.lower[:3], kind: tWord, capital: t.capital}
			classify(&head, false)
			if m := monthOf(&head); m != 0 {
				if y, e := yearAfter(toks, i+1); y != 0 {
					return fullDate(y, m, d), e, true
				}
				return DateValue{Months: []int{m}, Day: d, Timex: partialDay(m, d)}, i + 1, true
			}
		}
	}
	// "Dec-2018", "Dec/2018"
	if m := monthOf(&toks[i]); m != 0 && (tight(i+1, "/") || tight(i+1, "-")) {
		if y, ok := num(i + 2); ok && len(toks[i+2].text) == 4 && y >= 1000 {
			return DateValue{Year: y, Months: []int{m}}, i + 3, true
		}
	}
	// "Oct/2", "05-Aug-2016"
	if m := monthOf(&toks[i]); m != 0 && tight(i+1, "/") {
		if d, ok := num(i + 2); ok && d >= 1 && d <= 31 {
			return DateValue{Months: []int{m}, Day: d, Timex: partialDay(m, d)}, i + 3, true
		}
	}
	return DateValue{}, i, false
}

// numericDateDigits reads dates all in digits (and "2019/aug/01"):
// "2023-04-20", "2015-3", "12-2015", "1/1/2016", "11/20", "22/04".
func numericDateDigits(toks []token, i int) (DateValue, int, bool) {
	num := func(k int) (int, bool) { return numAt(toks, k) }
	tight := func(k int, sep string) bool { return tightAt(toks, k, sep) }
	a, ok := num(i)
	if !ok {
		return DateValue{}, i, false
	}
	// "2019/aug/01", "2019-aug-1"
	for _, sep := range []string{"-", "/"} {
		if len(toks[i].text) == 4 && tight(i+1, sep) && i+2 < len(toks) && monthOf(&toks[i+2]) != 0 && tight(i+3, sep) {
			if d, ok := num(i + 4); ok && valid(a, monthOf(&toks[i+2]), d) {
				return fullDate(a, monthOf(&toks[i+2]), d), i + 5, true
			}
		}
	}
	// "12-2015", not the tail of "123-12-1234"
	if a >= 1 && a <= 12 && len(toks[i].text) <= 2 && tight(i+1, "-") && !(i > 0 && toks[i-1].text == "-" && !toks[i].space) {
		if y, ok := num(i + 2); ok && y >= 1000 && len(toks[i+2].text) == 4 && !tight(i+3, "-") {
			return DateValue{Year: y, Months: []int{a}}, i + 3, true
		}
	}
	if tight(i+1, "-") && i+2 < len(toks) {
		if m := monthOf(&toks[i+2]); m != 0 && tight(i+3, "-") {
			if y, ok := num(i + 4); ok && y >= 1000 && a >= 1 && a <= 31 {
				return fullDate(y, m, a), i + 5, true
			}
		}
	}
	for _, sep := range []string{"-", "/"} {
		if !tight(i+1, sep) {
			continue
		}
		b, ok := num(i + 2)
		if !ok {
			continue
		}
		c, three := 0, tight(i+3, sep)
		if three {
			if c, ok = num(i + 4); !ok {
				three = false
			}
		}
		switch {
		case len(toks[i].text) == 4 && three && valid(a, b, c): // 2023-04-20
			return fullDate(a, b, c), i + 5, true
		case len(toks[i].text) == 4 && !three && b >= 1 && b <= 12 && sep == "-": // 2015-3
			return DateValue{Year: a, Months: []int{b}}, i + 3, true
		case three && len(toks[i+4].text) == 4 && sep == "/": // 1/1/2016, 22/04/2016
			if valid(c, a, b) {
				return fullDate(c, a, b), i + 5, true
			}
			if a >= 1 && a <= 12 && b >= 1 && b <= 31 { // "2/29/2019": as written, even if no such day
				return DateValue{Year: c, Months: []int{a}, Day: b, Timex: fmt.Sprintf("%04d-%02d-%02d", c, a, b)}, i + 5, true
			}
			if valid(c, b, a) {
				return fullDate(c, b, a), i + 5, true
			}
		case !three && sep == "/" && len(toks[i+2].text) <= 2 && (i == 0 && (i+3 == len(toks) || toks[i+3].text == "-") || i > 0) && (i == 0 || toks[i-1].is("on", "from", "to", "until", "till", "by", "since", "before", "after", "between", "date", "?", ":", "this", "next") || weekdayOf(&toks[i-1]) != "" ||
			toks[i-1].is("-", ",", "or", "and") && i >= 2 && toks[i-2].kind == tNum): // "10/1-11/7", "11/20, 11/22 or 11/25"
			// 11/20, 22/04: a fraction too, so only where a date is expected
			if a >= 1 && a <= 12 && b >= 1 && b <= 31 {
				return DateValue{Months: []int{a}, Day: b, Timex: partialDay(a, b)}, i + 3, true
			}
			if b >= 1 && b <= 12 && a >= 1 && a <= 31 {
				return DateValue{Months: []int{b}, Day: a, Timex: partialDay(b, a)}, i + 3, true
			}
		}
	}
	return DateValue{}, i, false
}

func valid(y, m, d int) bool {
	if y < 1000 || m < 1 || m > 12 || d < 1 || d > 31 {
		return false
	}
	return time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC).Day() == d
}

// offsetDate reads "in two weeks" and "two days after today": a date a
// whole number of days, weeks, months or years from the reference or from
// today, tomorrow or yesterday.
func (x *extraction) offsetDate(toks []token, i int) (DateValue, int, bool) {
	if x.ref.IsZero() || i >= len(toks) { // "Thursday," ends its sentence
		return DateValue{}, i, false
	}
	k, sign := i, 1
	if toks[i].is("in") {
		k++
	}
	if k >= len(toks) || !mayStartNumber(&toks[k]) {
		return DateValue{}, i, false
	}
	n, e := compoundAt(toks, k)
	if n == nil || !n.IsInt() || e >= len(toks) {
		return DateValue{}, i, false
	}
	unit := timeUnit(toks[e].lower)
	if unit == "" {
		return DateValue{}, i, false
	}
	e++
	anchor := x.ref.Time()
	switch {
	case toks[i].is("in"):
		if e < len(toks) && toks[e].is("from", "after", "before") {
			return DateValue{}, i, false
		}
	case e+1 < len(toks) && toks[e].is("after", "from", "before"):
		if toks[e].is("before") {
			sign = -1
		}
		if toks[e+1].is("now") {
			e += 2
			break
		}
		if off, ok := dayWords[toks[e+1].lower]; ok {
			anchor, e = anchor.AddDate(0, 0, off), e+2
			break
		}
		// "3 days after January 12th", "2 weeks before May 13 1999"
		v, end, ok := x.dateAt(toks, e+1)
		if !ok || v.Year == 0 || len(v.Months) != 1 || v.Day == 0 {
			return DateValue{}, i, false
		}
		anchor, e = time.Date(v.Year, time.Month(v.Months[0]), v.Day, 0, 0, 0, 0, time.UTC), end
	default:
		return DateValue{}, i, false
	}
	return dateValueOf(dateOf(addUnits(anchor, unit, int(n.Num().Int64())*sign))), e, true
}

// addUnits moves t by n days, weeks, months or years.
func addUnits(t time.Time, unit string, n int) time.Time {
	switch unit {
	case "day":
		return t.AddDate(0, 0, n)
	case "week":
		return t.AddDate(0, 0, 7*n)
	case "month":
		return t.AddDate(0, n, 0)
	}
	return t.AddDate(n, 0, 0)
}

// Offsets that words give, in days or in weeks; package-level so that the
// hot path allocates no maps.
var (
	dayWords     = map[string]int{"today": 0, "tonight": 0, "tomorrow": 1, "tmrw": 1, "yesterday": -1}
	weekWords    = map[string]int{"next": 1, "following": 1, "last": -1, "previous": -1, "this": 0}
	weekendWords = map[string]int{"this": 0, "the": 0, "next": 1, "last": -1, "that": 99, "weekend": 0}
)

var seasonCodes = map[string]string{"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}

// weekdayTimex is a bare day name in TIMEX3: Thursday is XXXX-WXX-4.
func weekdayTimex(wd string) string {
	for i, d := range []string{"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"} {
		if d == wd {
			return weekdayTimexes[i]
		}
	}
	return ""
}

// weekdayTimexes are the TIMEX3 values of the days, Monday first.
var weekdayTimexes = [...]string{"XXXX-WXX-1", "XXXX-WXX-2", "XXXX-WXX-3", "XXXX-WXX-4",
	"XXXX-WXX-5", "XXXX-WXX-6", "XXXX-WXX-7"}

// timexOf writes a date value in TIMEX3: 2023-04-20, 2023-07, XXXX-07,
// 2022; "" when it is not one date (two months, a relative offset).
func timexOf(v DateValue) string {
	var buf [32]byte
	return string(appendTimex(buf[:0], v))
}

// appendTimex appends timexOf's value of v to b.
func appendTimex(b []byte, v DateValue) []byte {
	if v.Relative != "" || len(v.Months) > 1 {
		return b
	}
	head := len(b)
	b = append(b, "XXXX"...)
	if v.Year != 0 {
		b = appendPadded(b[:head], v.Year, 4)
	}
	switch {
	case len(v.Months) == 1 && v.Day != 0:
		b = appendPadded(append(b, '-'), v.Months[0], 2)
		return appendPadded(append(b, '-'), v.Day, 2)
	case len(v.Months) == 1:
		return appendPadded(append(b, '-'), v.Months[0], 2)
	case v.Year != 0:
		return b
	case v.Weekday != "":
		return append(b[:head], weekdayTimex(v.Weekday)...)
	}
	return b[:head]
}

// appendPadded appends n as fmt's %0*d of width w writes it: at least w
// digits, zeros first (a minus sign counts in the width).
func appendPadded(b []byte, n, w int) []byte {
	if n < 0 {
		b = append(b, '-')
		n, w = -n, w-1
	}
	var d [20]byte
	s := strconv.AppendUint(d[:0], uint64(n), 10)
	for k := len(s); k < w; k++ {
		b = append(b, '0')
	}
	return append(b, s...)
}

// partialDay is the TIMEX3 value of day d of month m in no known year:
// "XXXX-09-13" (fmt's "XXXX-%02d-%02d").
func partialDay(m, d int) string {
	var buf [24]byte
	b := appendPadded(append(buf[:0], "XXXX-"...), m, 2)
	return string(appendPadded(append(b, '-'), d, 2))
}

// partialMonth is the TIMEX3 value of month m in no known year:
// "XXXX-09" (fmt's "XXXX-%02d").
func partialMonth(m int) string {
	var buf [24]byte
	return string(appendPadded(append(buf[:0], "XXXX-"...), m, 2))
}

// isoWeek is the TIMEX3 value of week w of year y: "2013-W12" (fmt's
// "%04d-W%02d").
func isoWeek(y, w int) string {
	var buf [24]byte
	b := appendPadded(buf[:0], y, 4)
	return string(appendPadded(append(b, "-W"...), w, 2))
}

// offsetOf is the ISO 8601 offset of n units: "P-1D" (fmt's "P%dD").
func offsetOf(n int, unit byte) string {
	var buf [24]byte
	b := strconv.AppendInt(append(buf[:0], 'P'), int64(n), 10)
	return string(append(b, unit))
}

func timeUnit(w string) string {
	switch w {
	case "day", "days":
		return "day"
	case "week", "weeks":
		return "week"
	case "month", "months":
		return "month"
	case "year", "years":
		return "year"
	}
	return ""
}

// holidays by name: fixed dates, and those a rule places in a year.
var holidays = []struct {
	words []string
	month int
	day   int                   // fixed date; 0: see at
	at    func(y int) time.Time // movable
}{
	{words: []string{"christmas", "eve"}, month: 12, day: 24},
	{words: []string{"christmas", "day"}, month: 12, day: 25},
	{words: []string{"christmas"}, month: 12, day: 25},
	{words: []string{"new", "year's", "eve"}, month: 12, day: 31},
	{words: []string{"new", "year's", "day"}, month: 1, day: 1},
	{words: []string{"new", "year", "day"}, month: 1, day: 1},
	{words: []string{"new", "year"}, month: 1, day: 1},
	{words: []string{"independence", "day"}, month: 7, day: 4},
	{words: []string{"halloween"}, month: 10, day: 31},
	{words: []string{"valentine's", "day"}, month: 2, day: 14},
	{words: []string{"easter", "monday"}, at: func(y int) time.Time { return easter(y).AddDate(0, 0, 1) }},
	{words: []string{"easter"}, at: easter},
	{words: []string{"black", "friday"}, at: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4).AddDate(0, 0, 1) }},
	{words: []string{"thanksgiving"}, at: func(y int) time.Time { return nthWeekday(y, 11, time.Thursday, 4) }},
	{words: []string{"labor", "day"}, at: func(y int) time.Time { return nthWeekday(y, 9, time.Monday, 1) }},
}

// holidayLead holds the words a holiday phrase may start with.
var holidayLead = func() map[string]bool {
	m := map[string]bool{"this": true, "next": true, "last": true, "previous": true, "following": true}
	for _, h := range holidays {
		m[h.words[0]] = true
	}
	return m
}()

// holidaysByFirst holds the indexes in holidays by the holiday's first
// word, in their order ("christmas eve" before "christmas").
var holidaysByFirst = func() map[string][]int {
	m := map[string][]int{}
	for k, h := range holidays {
		m[h.words[0]] = append(m[h.words[0]], k)
	}
	return m
}()

// holiday reads a named holiday, with "this/next/last/previous/following"
// before it or a year after it.
func (x *extraction) holiday(toks []token, i int) (DateValue, int, bool) {
	if toks[i].words&wHolidayLead == 0 { // holidayLead has it not
		return DateValue{}, i, false
	}
	j, rel := i, ""
	if j < len(toks) && toks[j].is("this", "next", "last", "previous", "following") {
		rel, j = toks[j].lower, j+1
	}
	if j >= len(toks) {
		return DateValue{}, i, false
	}
	for _, k := range holidaysByFirst[toks[j].lower] {
		h := &holidays[k]
		if !wordsAt(toks, j, h.words) {
			continue
		}
		e := j + len(h.words)
		date := func(y int) time.Time {
			if h.at != nil {
				return h.at(y)
			}
			return time.Date(y, time.Month(h.month), h.day, 0, 0, 0, 0, time.UTC)
		}
		if y, e2 := yearAt(toks, e); y != 0 {
			return dateValueOf(dateOf(date(y))), e2, true
		}
		if rel != "" && !x.ref.IsZero() {
			ref := x.ref.Time()
			d := date(ref.Year())
			switch rel {
			case "next", "following":
				if !d.After(ref) {
					d = date(ref.Year() + 1)
				}
			case "last", "previous":
				if !d.Before(ref) {
					d = date(ref.Year() - 1)
				}
			}
			return dateValueOf(dateOf(d)), e, true
		}
		if h.at != nil { // movable, year unknown
			if x.ref.IsZero() {
				return DateValue{}, i, false
			}
			d := h.at(x.ref.Year)
			v := dateValueOf(dateOf(d))
			v.Timex = partialDay(int(d.Month()), d.Day())
			return v, e, true
		}
		if rel != "" {
			return DateValue{}, i, false
		}
		return x.monthDay(h.month, h.day), e, true
	}
	return DateValue{}, i, false
}

// holidayIn is the holiday named at toks[k] in year y.
func (x *extraction) holidayIn(toks []token, k, y int) DateValue {
	for _, h := range holidays {
		if wordsAt(toks, k, h.words) {
			if h.at != nil {
				return dateValueOf(dateOf(h.at(y)))
			}
			return fullDate(y, h.month, h.day)
		}
	}
	return DateValue{}
}

// easter is Easter Sunday of year y (the anonymous Gregorian computus).
func easter(y int) time.Time {
	a, b, c := y%19, y/100, y%100
	d, e := b/4, b%4
	f := (b + 8) / 25
	g := (b - f + 1) / 3
	h := (19*a + b - d - g + 15) % 30
	i, k := c/4, c%4
	l := (32 + 2*e + 2*i - h - k) % 7
	m := (a + 11*h + 22*l) / 451
	month := (h + l - 7*m + 114) / 31
	day := (h+l-7*m+114)%31 + 1
	return time.Date(y, time.Month(month), day, 0, 0, 0, 0, time.UTC)
}

// nthWeekday is the nth given weekday of a month.
func nthWeekday(y, m int, wd time.Weekday, n int) time.Time {
	d := time.Date(y, time.Month(m), 1, 0, 0, 0, 0, time.UTC)
	for d.Weekday() != wd {
		d = d.AddDate(0, 0, 1)
	}
	return d.AddDate(0, 0, 7*(n-1))
}

// namedYear reads fiscal, school and calendar years: "the fiscal year
// 2008", "fiscal 2008", "FY2008" (FY2008), "this school year" (SY2019),
// "cy18" (2018).
func (x *extraction) namedYear(toks []token, i int) (DateValue, int, bool) {
	t := &toks[i]
	kind, k := "", i
	switch {
	case wordsAt(toks, i, []string{"fiscal", "year"}):
		kind, k = "FY", i+2
	case wordsAt(toks, i, []string{"school", "year"}):
		kind, k = "SY", i+2
	case wordsAt(toks, i, []string{"calendar", "year"}):
		kind, k = "CY", i+2
	case t.is("fy", "sy", "cy"):
		kind, k = strings.ToUpper(t.lower), i+1
	case t.is("fiscal") && i+1 < len(toks) && toks[i+1].kind == tNum: // "fiscal 2012"
		kind, k = "FY", i+1
	case (len(t.lower) == 4 || len(t.lower) == 6) && (strings.HasPrefix(t.lower, "sy") || strings.HasPrefix(t.lower, "cy") || strings.HasPrefix(t.lower, "fy")) && t.lower[2] >= '0' && t.lower[2] <= '9':
		// "fy08", "FY2013"
		y, err := strconv.Atoi(t.lower[2:])
		if err != nil || len(t.lower) == 6 && (y < 1800 || y > 2199) {
			return DateValue{}, i, false
		}
		if len(t.lower) == 4 {
			y += 2000
		}
		return yearOf(strings.ToUpper(t.lower[:2]), y), i + 1, true
	case t.is("this", "last", "next") && i+2 < len(toks) && toks[i+2].is("year") && toks[i+1].is("fiscal", "school", "calendar") && !x.ref.IsZero():
		kind = map[string]string{"fiscal": "FY", "school": "SY", "calendar": "CY"}[toks[i+1].lower]
		return yearOf(kind, x.ref.Year+weekWords[t.lower]), i + 3, true
	default:
		return DateValue{}, i, false
	}
	if y, e := yearAt(toks, k); y != 0 {
		return yearOf(kind, y), e, true
	}
	if kind == "FY" || kind == "SY" {
		return DateValue{Period: kind, Timex: kind + "XXXX"}, k, true
	}
	return DateValue{}, i, false
}

func yearOf(kind string, y int) DateValue {
	if kind == "CY" {
		return DateValue{Year: y}
	}
	return DateValue{Period: kind, Timex: fmt.Sprintf("%s%04d", kind, y)}
}

// inSundayWeek is the day named wd in the Sunday-to-Saturday week of v.
func inSundayWeek(v DateValue, wd string) DateValue {
	t := Date{v.Year, v.Months[0], v.Day}.Time()
	sunday := t.AddDate(0, 0, -int(t.Weekday()))
	for k := 0; k < 7; k++ {
		if d := sunday.AddDate(0, 0, k); d.Weekday().String()[:3] == wd {
			return dateValueOf(dateOf(d))
		}
	}
	return v
}

// weekOf reads "the first week of 2015" (2015-W01), "last week of Dec
// 2016" (2016-12-W05).
func (x *extraction) weekOf(toks []token, i int) (DateValue, int, bool) {
	var n int
	switch {
	case toks[i].is("last"):
		n = -1
	default:
		d, ok := dayOrdinal(&toks[i])
		if !ok || d > 5 {
			return DateValue{}, i, false
		}
		n = d
	}
	if !wordsAt(toks, i+1, []string{"week", "of"}) || i+3 >= len(toks) {
		return DateValue{}, i, false
	}
	if m, e := monthAt(toks, i+3); m != 0 {
		y, e2 := yearAfter(toks, e)
		week := n
		if n < 0 {
			week = 5
		}
		v := DateValue{Year: y, Months: []int{m}}
		v.Timex = fmt.Sprintf("%s-%02d-W%02d", yearOrX(y), m, week)
		if y != 0 {
			e = e2
		}
		return v, e, true
	}
	if y, e := yearAt(toks, i+3); y != 0 {
		week := n
		if n < 0 {
			_, week = time.Date(y, 12, 28, 0, 0, 0, 0, time.UTC).ISOWeek() // the year's last ISO week
		}
		return DateValue{Year: y, Timex: isoWeek(y, week)}, e, true
	}
	return DateValue{}, i, false
}

func yearOrX(y int) string {
	if y == 0 {
		return "XXXX"
	}
	return fmt.Sprintf("%04d", y)
}

// theUnit reads "the same week" (XXXX-WXX), "for the day", "of the
// month", "earlier in the week", "later in the year".
func (x *extraction) theUnit(toks []token, i int) (DateValue, int, bool) {
	k := i
	if toks[k].is("earlier", "later") && k+1 < len(toks) && toks[k+1].is("in") {
		k += 2
	}
	// "the week after next": two weeks on
	if wordsAt(toks, k, []string{"the", "week", "after", "next"}) && !x.ref.IsZero() {
		y, w := x.ref.Time().AddDate(0, 0, 14).ISOWeek()
		return DateValue{Period: "W", Timex: isoWeek(y, w)}, k + 4, true
	}
	// "the same week": the span is "same week"
	if toks[k].is("same") && k > 0 && toks[k-1].is("the") && k+1 < len(toks) {
		timex := map[string]string{"week": "XXXX-WXX", "month": "XXXX-XX", "year": "XXXX"}[toks[k+1].lower]
		if timex == "" {
			return DateValue{}, i, false
		}
		return DateValue{Period: "same", Timex: timex}, k + 2, true
	}
	if !toks[k].is("the") || k+1 >= len(toks) {
		return DateValue{}, i, false
	}
	unit := toks[k+1].lower
	if x.ref.IsZero() || unit != "day" && unit != "week" && unit != "month" && unit != "year" {
		return DateValue{}, i, false
	}
	if k == i && (i == 0 || !toks[i-1].is("for", "of", "in")) {
		return DateValue{}, i, false
	}
	if e := k + 2; e < len(toks) && (toks[e].kind == tWord && !toks[e].is("and", "or") || toks[e].kind == tNum) {
		return DateValue{}, i, false // "in the year since", "the day after", "the week 31"
	}
	ref := x.ref
	switch unit {
	case "day":
		return dateValueOf(ref), k + 2, true
	case "week":
		y, w := ref.Time().ISOWeek()
		return DateValue{Period: "W", Timex: isoWeek(y, w)}, k + 2, true
	case "month":
		return DateValue{Year: ref.Year, Months: []int{ref.Month}}, k + 2, true
	}
	return DateValue{Year: ref.Year}, k + 2, true
}

// weekdayThenMonthDay reads a day name, a comma and a day of a month
// ("Thursday, May 2", "Saturday, 8 October 2011"): the day of the month,
// resolved, when its weekday is the one named (or unknown without a year).
func (x *extraction) weekdayThenMonthDay(toks []token, i int) (DateValue, int, bool) {
	wd := weekdayOf(&toks[i])
	j := i + 1
	if wd == "" || j+1 >= len(toks) || toks[j].text != "," {
		return DateValue{}, i, false
	}
	if m, _ := monthAt(toks, j+1); m == 0 && toks[j+1].kind != tNum { // "Saturday, 8 October 2011"
		return DateValue{}, i, false
	}
	v, e, ok := x.dateAt(toks, j+1)
	if !ok || len(v.Months) != 1 || v.Day == 0 || v.Weekday != "" && v.Weekday != wd {
		return DateValue{}, i, false
	}
	v.Weekday = wd
	return v, e, true
}

// weekdayThenDigits reads a day name (after this/next) followed by a
// month and day in digits: "Friday 7.6", "next friday 5/12", "Friday 7-6".
func weekdayThenDigits(toks []token, i int) (DateValue, int, bool) {
	k := i
	if toks[k].is("this", "next") && k+1 < len(toks) {
		k++
	}
	if weekdayOf(&toks[k]) == "" || k+1 >= len(toks) || toks[k+1].kind != tNum {
		return DateValue{}, i, false
	}
	n := &toks[k+1]
	var m, d, e int
	if a, b, ok := strings.Cut(n.text, "."); ok { // "7.6"
		m, _ = strconv.Atoi(a)
		d, _ = strconv.Atoi(b)
		e = k + 2
	} else if k+3 < len(toks) && (toks[k+2].text == "/" || toks[k+2].text == "-") && !toks[k+2].space && toks[k+3].kind == tNum && !toks[k+3].space {
		m, _ = strconv.Atoi(n.text)
		d, _ = strconv.Atoi(toks[k+3].text)
		e = k + 4
		if e+1 < len(toks) && toks[e].text == toks[k+2].text && !toks[e].space {
			return DateValue{}, i, false // "7/6/2018": a full date, read elsewhere
		}
	} else {
		return DateValue{}, i, false
	}
	if m < 1 || m > 12 || d < 1 || d > 31 {
		return DateValue{}, i, false
	}
	return DateValue{Months: []int{m}, Day: d, Timex: partialDay(m, d)}, e, true
}

// namedWeekday reads a day name placed by a word: "next Friday" (in next
// week), "last Wednesday" (in last week), "coming Friday", "this past
// Wednesday" (the nearest), "next week Wednesday", "monday of the
// following week". With a reference date it is one full date.
func (x *extraction) namedWeekday(toks []token, i int) (DateValue, int, bool) {
	if x.ref.IsZero() || weekWords[toks[i].lower] == 0 && !toks[i].is("this", "past", "coming", "upcoming") && weekdayOf(&toks[i]) == "" {
		return DateValue{}, i, false
	}
	weekOf := weekWords
	j, week, nearest := i, 0, 0
	switch {
	case wordsAt(toks, i, []string{"this", "past"}), wordsAt(toks, i, []string{"this", "last"}):
		j, nearest = i+2, -1
	case wordsAt(toks, i, []string{"this", "upcoming"}), wordsAt(toks, i, []string{"this", "coming"}):
		j, nearest = i+2, 1
	case toks[i].is("past"):
		j, nearest = i+1, -1
	case toks[i].is("coming", "upcoming"):
		j, nearest = i+1, 1
	case toks[i].is("next", "following", "last", "previous") && i+1 < len(toks) && weekdayOf(&toks[i+1]) != "":
		j, week = i+1, weekOf[toks[i].lower]
	case toks[i].is("next", "following", "last", "previous", "this") && i+2 < len(toks) && toks[i+1].is("week"):
		// "next week Wednesday", "previous week - Monday"
		j, week = i+2, weekOf[toks[i].lower]
		if j < len(toks) && (toks[j].text == "-" || toks[j].is("on")) {
			j++
		}
		if j >= len(toks) || weekdayOf(&toks[j]) == "" && !dayAbbreviations[toks[j].text] {
			return DateValue{}, i, false
		}
	case weekdayOf(&toks[i]) != "" && i+3 < len(toks) && toks[i+1].is("of") && toks[i+2].is("the", "next", "last", "this") && (toks[i+3].is("week") || i+4 < len(toks) && toks[i+4].is("week")):
		// "monday of the following week", "tuesday of next week"
		k := i + 2
		if toks[k].is("the") {
			k++
		}
		if o, ok := weekOf[toks[k].lower]; ok && k+1 < len(toks) && toks[k+1].is("week") {
			return x.inWeek(weekdayOf(&toks[i]), o), k + 2, true
		}
		return DateValue{}, i, false
	default:
		return DateValue{}, i, false
	}
	if j >= len(toks) { // "this last" at the end of a sentence
		return DateValue{}, i, false
	}
	wd := weekdayOf(&toks[j])
	if wd == "" && dayAbbreviations[toks[j].text] {
		wd = toks[j].text[:3]
	}
	if wd == "" {
		return DateValue{}, i, false
	}
	if nearest != 0 {
		lo, hi := 1, 7
		if nearest < 0 {
			lo, hi = -7, -1
		}
		v := x.weekday(wd, lo, hi)
		v.Timex = timexOf(DateValue{Year: v.Year, Months: v.Months, Day: v.Day})
		return v, j + 1, true
	}
	return x.inWeek(wd, week), j + 1, true
}

// inWeek is the day named wd in the week (Monday to Sunday) offset weeks
// from the reference date's.
func (x *extraction) inWeek(wd string, offset int) DateValue {
	ref := x.ref.Time()
	monday := ref.AddDate(0, 0, -((int(ref.Weekday())+6)%7)+7*offset)
	for k := 0; k < 7; k++ {
		if d := monday.AddDate(0, 0, k); d.Weekday().String()[:3] == wd {
			return dateValueOf(dateOf(d))
		}
	}
	return DateValue{}
}

// weekday resolves a day name against the reference date, as news copy
// uses them: the day of that name within a week of publication (lo..hi
// days from it). One candidate gives a full date; two (last Wednesday or
// next) keep what they share.
func (x *extraction) weekday(wd string, lo, hi int) DateValue {
	v := x.weekdayIn(wd, lo, hi)
	v.Timex = weekdayTimex(wd)
	return v
}

// weekdayIn is weekday's value before its TIMEX3: the days named wd
// from lo to hi days after the reference, told by the reference's
// weekday (a window of thirteen days holds two at most).
func (x *extraction) weekdayIn(wd string, lo, hi int) DateValue {
	if x.ref.IsZero() {
		return DateValue{Weekday: wd}
	}
	ref := x.ref.Time()
	rw := int(ref.Weekday())
	var buf [2]time.Time
	cands := buf[:0]
	for d := lo; d <= hi; d++ {
		if time.Weekday((rw + d%7 + 7) % 7).String()[:3] == wd {
			cands = append(cands, ref.AddDate(0, 0, d))
		}
	}
	if len(cands) == 1 {
		return dateValueOf(dateOf(cands[0]))
	}
	v := DateValue{Weekday: wd}
	a, b := cands[0], cands[len(cands)-1]
	if a.Year() == b.Year() {
		v.Year = a.Year()
	}
	if a.Month() == b.Month() {
		v.Months = []int{int(a.Month())}
	} else if v.Year != 0 {
		v.Months = []int{int(a.Month()), int(b.Month())}
	}
	return v
}

func fullDate(y, m, d int) DateValue {
	return dateValueOf(Date{y, m, d})
}

func dateValueOf(d Date) DateValue {
	t := d.Time()
	if t.Day() != d.Day { // 31 April
		return DateValue{Year: d.Year, Months: []int{d.Month}, Day: d.Day}
	}
	return DateValue{Year: d.Year, Months: []int{d.Month}, Day: d.Day, Weekday: t.Weekday().String()[:3]}
}

// monthDay resolves "April 20" to the nearest such day around the
// reference date.
func (x *extraction) monthDay(m, d int) DateValue {
	timex := partialDay(m, d)
	if x.ref.IsZero() {
		return DateValue{Months: []int{m}, Day: d, Timex: timex}
	}
	v := dateValueOf(Date{Year: x.nearestYear(m), Month: m, Day: d})
	v.Timex = timex
	return v
}

// monthDayByTense resolves a day of a month said without its year
// ("Sept. 13", XXXX-09-13) as a bare month is: the last one up to the
// reference date when the clause is in the past ("it happened on the night
// of Sept. 13", said in March: the September before), the next one from
// it in the future, else the nearest (as monthDay read it). A date whose
// words name its weekday is left to the year the weekday agrees with.
func (x *extraction) monthDayByTense(v DateValue, toks []token, i, end int) DateValue {
	if x.ref.IsZero() || v.Day == 0 || len(v.Months) != 1 || v.Year == 0 ||
		!strings.HasPrefix(v.Timex, "XXXX-") || len(v.Timex) != len("XXXX-09-13") || saysWeekday(toks[i:end]) {
		return v
	}
	tense := tenseAt(toks, i)
	if tense == 0 {
		return v
	}
	d := Date{Year: v.Year, Month: v.Months[0], Day: v.Day}
	ref := x.ref.Time()
	switch t := d.Time(); {
	case tense < 0 && t.After(ref):
		d.Year--
	case tense > 0 && t.Before(ref):
		d.Year++
	default:
		return v
	}
	if d.Time().Day() != d.Day {
		return v // 29 February in a year without one: the nearest stands
	}
	timex := v.Timex
	v = dateValueOf(d)
	v.Timex = timex
	return v
}

func saysWeekday(toks []token) bool {
	for _, t := range toks {
		if t.cls&clsWeekday != 0 {
			return true
		}
	}
	return false
}

// nearestYear is the year of the occurrence of month m nearest the
// reference date (within six months either side).
func (x *extraction) nearestYear(m int) int {
	diff := m - x.ref.Month
	switch {
	case diff > 6:
		return x.ref.Year - 1
	case diff < -6:
		return x.ref.Year + 1
	}
	return x.ref.Year
}

// monthByTense resolves a bare month: the last one up to the reference
// date's month when the clause is in the past, the next one from it when
// in the future, else the nearest.
func (x *extraction) monthByTense(m, tense int) DateValue {
	v := x.nearestMonth(m)
	if x.ref.IsZero() || tense == 0 {
		return v
	}
	v.Year = x.ref.Year
	if tense < 0 && m > x.ref.Month {
		v.Year--
	} else if tense > 0 && m < x.ref.Month {
		v.Year++
	}
	return v
}

func (x *extraction) nearestMonth(m int) DateValue {
	timex := partialMonth(m)
	if x.ref.IsZero() {
		return DateValue{Months: []int{m}, Timex: timex}
	}
	return DateValue{Year: x.nearestYear(m), Months: []int{m}, Timex: timex}
}

// lastMonth resolves "last September": the latest September before the
// reference month.
func (x *extraction) lastMonth(m int) DateValue {
	if x.ref.IsZero() {
		return DateValue{Months: []int{m}}
	}
	y := x.ref.Year
	if m >= x.ref.Month {
		y--
	}
	return DateValue{Year: y, Months: []int{m}}
}

func (x *extraction) nextMonth(m int) DateValue {
	if x.ref.IsZero() {
		return DateValue{Months: []int{m}}
	}
	y := x.ref.Year
	if m <= x.ref.Month {
		y++
	}
	return DateValue{Year: y, Months: []int{m}}
}

// ago resolves "N units ago" against the reference date. An interval of
// N ("nearly 14 months") gives every month it may fall in, when they share
// a year; without a reference date the value stays relative.
func (x *extraction) ago(iv Interval, unit string) DateValue {
	rel := DateValue{Relative: "-P" + iv.String() + strings.ToUpper(unit[:1])}
	if x.ref.IsZero() || iv.Lo == nil || iv.Hi == nil || !iv.Lo.IsInt() || !iv.Hi.IsInt() {
		return rel
	}
	lo, hi := iv.Lo.Num().Int64(), iv.Hi.Num().Int64()
	if hi > 1000 {
		return rel
	}
	back := func(n int64) time.Time { return addUnits(x.ref.Time(), unit, -int(n)) }
	from, to := back(hi), back(lo)
	if lo == hi && (unit == "day" || unit == "week") {
		return dateValueOf(dateOf(from))
	}
	span := "" // "nearly 14 months ago": the days it may be, as a TIMEX3 range
	if lo != hi {
		span = fmt.Sprintf("(%s,%s,P%dD)", dateOf(from), dateOf(to), int(to.Sub(from).Hours()/24))
	}
	if from.Year() != to.Year() {
		rel.Timex = span
		return rel
	}
	v := DateValue{Year: from.Year(), Timex: span}
	if unit == "year" && lo == hi {
		return v
	}
	for m := from.Month(); m <= to.Month(); m++ {
		v.Months = append(v.Months, int(m))
	}
	return v
}
