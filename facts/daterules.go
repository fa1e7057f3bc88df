package facts

import (
	"fmt"
	"math/bits"
	"strconv"
	"strings"
	"time"
)

// A match says what a date rule found at a token.
type match uint8

const (
	miss match = iota // no date of this rule: try the next rule
	hit               // a date
	veto              // no date starts here at all ("may" alone is the verb)
)

// A dateRule reads one form of date at toks[i].
type dateRule struct {
	name string
	// read fills *out and says hit when it reads a date; on a miss or a
	// veto it leaves nothing of use in *out and costs no value
	read func(x *extraction, toks []token, i int, out *DateValue) (int, match)
	// the tokens the rule may start at (dispatch.go): those of the
	// classes first, and the words (lower-cased); with neither, any
	first uint8
	words []string
	// what the sentence must hold for the rule to read a date anywhere
	// in it (datescan.go): all of these
	needs sentenceHas
}

// dateRules are tried in this order at a token; the first that reads a
// date wins, a veto ends the search. To find the rule for "last
// September", look for its words in the names below. (Set in init: one
// rule reads the date after a day name through dateAt.)
var dateRules []dateRule

func init() {
	dateRules = []dateRule{
		{`"last September", "next July", "this August"`, (*extraction).relativeMonth, 0, firstWords("last", "next", "this"), 0},
		{`"Friday 7.6", "next friday 5/12", "this Friday 7-6"`, (*extraction).weekdayDigits, clsWeekday, firstWords("this", "next"), 0},
		{`"Thursday, May 2"`, (*extraction).weekdayMonthDay, clsWeekday, nil, 0},
		{`"next Friday" (in next week), "last Wednesday", "coming Friday", "this week Monday"`, (*extraction).namedWeekdayRule, clsWeekday, append(firstWords("this", "past", "coming", "upcoming"), keys(weekWords)...), 0},
		{`"2023-04-20", "2015-3", "1/1/2016", "22/04", "Oct/2"`, (*extraction).numericDateRule, clsDigit | clsMonth, monthPrefixes(), 0},
		{`"tuesday the eleventh"`, (*extraction).weekdayTheOrdinal, clsWeekday, nil, 0},
		{`"Mon 13th", "Monday 21"`, (*extraction).weekdayDayNumber, clsWeekday, nil, 0},
		{`"Tue May 9", "Friday 7/6"`, (*extraction).weekdayBeforeDate, clsWeekday, nil, 0},
		{`"Christmas", "easter 2018", "independence day", "halloween weekend", "the weekend of thanksgiving 2023"`, (*extraction).holidayDate, 0, append(firstWords("the", "weekend"), keys(holidayLead)...), sHoliday},
		{`"week 23", "the week 3 of 2027", "week 27 of last year"`, (*extraction).weekNumber, 0, firstWords("week"), 0},
		{`"the third month of 2021", "the 9th month of next year"`, (*extraction).nthMonthOf, clsDigit, keys(ordinalWords), sUnit | sOf},
		{`"first week of 2015", "last week of July", "the 3rd week of Jan 2015"`, (*extraction).weekOfPeriod, clsDigit, append(firstWords("the", "last"), keys(ordinalWords)...), sUnit | sOf},
		{`"second of Aug", "09th of May", "12 of Nov"`, (*extraction).dayOfMonth, clsDigit, keys(ordinalWords), sOf | sMonth},
		{`"Monday two weeks from now"`, (*extraction).weekdayOfOffset, clsWeekday, nil, sUnit},
		{`"in two weeks", "two days after today", "in 3 days on Friday"`, (*extraction).offsetDay, clsNumber, firstWords("in"), sUnit},
		{`"today", "tomorrow", "yesterday", "tonight"`, (*extraction).dayWord, 0, keys(dayWords), 0},
		{`"last night", "this morning", "this afternoon", "this evening"`, (*extraction).partOfDay, 0, firstWords("last", "this"), 0},
		{`"April 20, 2023", "April 20", "April 2023", "in July", "January first"; "May" and "March" only in a date context`, (*extraction).monthLed, clsMonth, nil, 0},
		{`"20 April 2023", "20 April", "20th dec", "fifteen August"`, (*extraction).dayLed, clsDigit, keys(smallNumbers), sMonthPrefix},
		{`"on the 18th"`, (*extraction).onTheOrdinal, 0, firstWords("the"), 0},
		{`"now", "currently", "at present", "in the past", "formerly"`, (*extraction).refWordRule, 0, firstWords("now", "currently", "nowadays", "presently", "at", "formerly", "the"), sRef},
		{`"now", "to date", "current date" as the end or start of a range`, (*extraction).nowInRange, 0, firstWords("now", "date", "current"), 0},
		{`"the same week", "for the day", "earlier in the week", "in the year"`, (*extraction).theUnitRule, 0, firstWords("earlier", "later", "the", "same"), sUnit},
		{`"end of month", "end of year", "EOY", "the end of the week"`, (*extraction).endOfPeriod, 0, firstWords("eoy", "end"), 0},
		{`"this weekend", "the weekend", "next weekend", "that weekend"`, (*extraction).weekendRule, 0, firstWords("this", "the", "next", "last", "that", "weekend"), sWeekend},
		{`"the 15th day of June", "the twenty-sixth day of the month"`, (*extraction).ordinalDayOf, 0, firstWords("the"), sUnit | sOf},
		{`"Thursday"`, (*extraction).bareWeekday, clsWeekday, nil, 0},
		{`"2017 april"`, (*extraction).yearThenMonth, clsYear, nil, 0},
		{`"in 2007 and 2009"`, (*extraction).yearAfterYear, clsYear, nil, 0},
		{`"in a week", "in a month"`, (*extraction).inAUnit, 0, firstWords("in"), sUnit},
		{`"in nineteen ninety six"`, (*extraction).yearInWords, 0, keys(smallNumbers), 0},
		{`"fiscal year 2008", "this school year", "cy18"`, (*extraction).namedYearRule, clsDigit, firstWords("fiscal", "school", "calendar", "fy", "sy", "cy", "this", "last", "next"), 0},
		{`"for year 2012", "later than 2018", "leave on 2018", "> = 2019"`, (*extraction).yearAfterWord, clsYear, nil, 0},
		{`"in 2022", "since 2014"; not "in 2022 percent"`, (*extraction).yearAfterLead, clsYear, nil, 0},
		{`"2014 Oscars", "2010 FIFA World Cup", "2012 presidential election"`, (*extraction).yearOfEdition, clsYear, nil, 0},
		{`"last year", "this month", "next week", "the working week", "last summer"`, (*extraction).relativePeriod, 0, firstWords("last", "this", "next", "previous", "following"), 0},
		{`"the summer of 2012", "autumn 2011", "in the spring", "during the winter"`, (*extraction).seasonRule, 0, keys(seasons), 0},
		{`"a day before", "the day after"`, (*extraction).dayBeforeAfter, 0, firstWords("a", "the", "one"), sUnit | sBeforeAfter},
		{`"nearly 14 months ago"`, (*extraction).agoDate, clsNumber, nil, sAgo | sUnit},
	}
	scanTables() // before dateDispatch reads wordClass
	dateDispatch()
}

// dateAt reads a date at toks[i]: the value, the end of its words, and
// whether there is one (a copy of what dateInto reads, for the readers
// that read a date inside another).
func (x *extraction) dateAt(toks []token, i int) (DateValue, int, bool) {
	v := &x.dscan.val
	if e, ok := x.dateInto(toks, i, v); ok {
		return *v, e, true
	}
	return DateValue{}, i, false
}

// dateInto reads a date at toks[i] into *out: the end of its words, and
// whether there is one (when there is none, *out holds nothing of use).
func (x *extraction) dateInto(toks []token, i int, out *DateValue) (int, bool) {
	// "the" starts a date only before a word of a date's class ("the
	// weekend", "the 15th day", "the past", "the same week"): the
	// commonest word, told without its nine rules (TestDispatch checks)
	if toks[i].lower == "the" && (i+1 >= len(toks) || toks[i+1].cls&clsDate == 0) {
		return i, false
	}
	// rules whose words the sentence lacks are not tried (dateScan)
	for rules := toks[i].dates &^ x.scan(toks).cannot; rules != 0; rules &= rules - 1 {
		r := &dateRules[bits.TrailingZeros64(rules)]
		switch e, m := r.read(x, toks, i, out); m {
		case hit:
			return e, true
		case veto:
			return i, false
		}
	}
	return i, false
}

// relativeMonth reads "last September", "next July", "this August": a month named from the reference.
func (x *extraction) relativeMonth(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	ref := x.ref
	if t.is("last", "next", "this") {
		if m, j := monthAt(toks, i+1); m != 0 {
			if _, k := dayAt(toks, j); k == j {
				switch {
				case t.is("last"):
					*out = x.lastMonth(m)
					return j, hit
				case t.is("next"):
					*out = x.nextMonth(m)
					return j, hit
				case !ref.IsZero():
					*out = DateValue{Year: ref.Year, Months: []int{m}}
					return j, hit
				}
			}
		}
	}
	return i, miss
}

// weekdayDigits reads "Friday 7.6", "next friday 5/12", "this Friday 7-6": the date decides.
func (x *extraction) weekdayDigits(toks []token, i int, out *DateValue) (int, match) {
	if v, e, ok := weekdayThenDigits(toks, i); ok {
		*out = v
		return e, hit
	}
	return i, miss
}

// weekdayMonthDay reads "Thursday, May 2": the date, when the day name agrees with it.
func (x *extraction) weekdayMonthDay(toks []token, i int, out *DateValue) (int, match) {
	if v, e, ok := x.weekdayThenMonthDay(toks, i); ok {
		*out = v
		return e, hit
	}
	return i, miss
}

// namedWeekdayRule reads "next Friday" (in next week), "last Wednesday", "coming Friday", "this week Monday".
func (x *extraction) namedWeekdayRule(toks []token, i int, out *DateValue) (int, match) {
	if v, e, ok := x.namedWeekday(toks, i); ok {
		*out = v
		return e, hit
	}
	return i, miss
}

// numericDateRule reads "2023-04-20", "2015-3", "1/1/2016", "22/04", "Oct/2".
func (x *extraction) numericDateRule(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	// digits start a date only as eight ("20161016") or before a "-" or
	// "/" with no space after them (numericDate): most numbers, told
	// without reading them
	if t.kind == tNum && len(t.text) != 8 && !(i+1 < len(toks) && (toks[i+1].text == "-" || toks[i+1].text == "/") && !toks[i+1].space) {
		return i, miss
	}
	if t.kind == tNum || t.kind == tWord && (i+1 < len(toks) && (toks[i+1].text == "/" || toks[i+1].text == "-" || toks[i+1].kind == tNum) || len(t.lower) >= 4 && len(t.lower) <= 5 && t.lower[3] >= '0' && t.lower[3] <= '9') {
		if v, e, ok := numericDate(toks, i); ok {
			*out = v
			return e, hit
		}
	}
	return i, miss
}

// weekdayTheOrdinal reads "tuesday the eleventh": the next such day of a month with that name.
func (x *extraction) weekdayTheOrdinal(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if wd := weekdayOf(t); wd != "" && i+2 < len(toks) && toks[i+1].is("the") && !x.ref.IsZero() {
		d, e := 0, 0
		if v, e2, ok := compoundOrdinal(toks, i+2); ok {
			d, _ = strconv.Atoi(v)
			e = e2
		}
		if d >= 1 && d <= 31 {
			for m := 0; m < 12; m++ {
				first := time.Date(x.ref.Year, time.Month(x.ref.Month)+time.Month(m), 1, 0, 0, 0, 0, time.UTC)
				if c := first.AddDate(0, 0, d-1); c.Month() == first.Month() && c.Weekday().String()[:3] == wd && !c.Before(x.ref.Time()) {
					*out = dateValueOf(dateOf(c))
					return e, hit
				}
			}
		}
	}
	return i, miss
}

// weekdayDayNumber reads "Mon 13th", "Monday 21": a day name and a day of the month.
func (x *extraction) weekdayDayNumber(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if wd := weekdayOf(t); (wd != "" || dayAbbreviations[t.text]) && i+1 < len(toks) {
		if wd == "" {
			wd = t.text[:3]
		}
		if d, e := dayAt(toks, i+1); d != 0 && (e >= len(toks) || toks[e].kind != tWord || toks[e].capitalized()) && (e >= len(toks) || monthOf(&toks[e]) == 0) &&
			!(e < len(toks) && (toks[e].text == "/" || toks[e].text == "-" || toks[e].text == ".") && !toks[e].space) { // not "Friday 7/6"
			if !x.ref.IsZero() && valid(x.ref.Year, x.ref.Month, d) {
				if dt := (Date{x.ref.Year, x.ref.Month, d}); dt.Time().Weekday().String()[:3] == wd {
					*out = dateValueOf(dt)
					return e, hit
				}
			}
			*out = DateValue{Weekday: wd, Timex: weekdayTimex(wd)}
			return e, hit
		}
	}
	return i, miss
}

// weekdayBeforeDate reads "Tue May 9", "Friday 7/6": the day name before a date.
func (x *extraction) weekdayBeforeDate(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if (weekdayOf(t) != "" || dayAbbreviations[t.text]) && i+1 < len(toks) {
		// *out is the date after the name when there is one
		if e, ok := x.dateInto(toks, i+1, out); ok && out.Day != 0 && (toks[i+1].kind != tWord || monthOf(&toks[i+1]) != 0) {
			return e, hit
		}
	}
	return i, miss
}

// holidayModified are the nouns a holiday's name qualifies without dating
// them: a Christmas party, tree or shopping season falls on any day of
// December, an Easter egg on none.
var holidayModified = map[string]bool{"party": true, "parties": true, "tree": true, "trees": true,
	"card": true, "cards": true, "shopping": true, "shoppers": true, "gift": true, "gifts": true,
	"present": true, "presents": true, "market": true, "markets": true, "lights": true,
	"decorations": true, "egg": true, "eggs": true, "bunny": true, "parade": true, "carol": true,
	"carols": true, "song": true, "songs": true, "album": true, "movie": true, "film": true,
	"special": true, "episode": true, "sale": true, "sales": true, "bonus": true, "season": true,
	"rush": true, "spirit": true, "costume": true, "costumes": true, "candy": true, "pumpkin": true,
	"turkey": true, "cheer": true, "concert": true, "show": true, "ornaments": true, "display": true,
	"lunch": true, "dinner": true, "celebration": true, "celebrations": true, "break": true,
	"holidays": true, "holiday": true, "period": true, "recess": true, "message": true, "story": true}

// holidayDate reads "Christmas", "easter 2018", "independence day", "halloween weekend", "the weekend of thanksgiving 2023".
func (x *extraction) holidayDate(toks []token, i int, out *DateValue) (int, match) {
	hk := i
	if wordsAt(toks, i, []string{"the", "weekend", "of"}) {
		hk = i + 3
	} else if wordsAt(toks, i, []string{"weekend", "of"}) {
		hk = i + 2
	}
	if hk < len(toks) {
		if v, e, ok := x.holiday(toks, hk); ok {
			if hk == i && e < len(toks) && holidayModified[toks[e].lower] && toks[e].text == toks[e].lower {
				return i, miss // "an office Christmas party": a kind of party, not a day
			}
			weekend := hk > i
			if !weekend && e < len(toks) && toks[e].is("weekend") {
				weekend, e = true, e+1
				if yy, e2 := yearAt(toks, e); yy != 0 { // "halloween weekend 2021"
					v, e = x.holidayIn(toks, hk, yy), e2
				}
			}
			if weekend && len(v.Months) == 1 && v.Day != 0 {
				y := v.Year
				if y == 0 {
					y = x.ref.Year
				}
				if y != 0 {
					day := Date{y, v.Months[0], v.Day}.Time()
					if day.Weekday() == time.Monday { // a Monday holiday's weekend is the one before
						day = day.AddDate(0, 0, -1)
					}
					yy, w := day.ISOWeek()
					*out = DateValue{Period: "WE", Timex: fmt.Sprintf("%04d-W%02d-WE", yy, w)}
					return e, hit
				}
			}
			if !weekend {
				*out = v
				return e, hit
			}
		}
	}
	return i, miss
}

// weekNumber reads "week 23", "the week 3 of 2027", "week 27 of last year".
func (x *extraction) weekNumber(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if k := i; t.is("week") {
		if wordsAt(toks, k, []string{"week"}) && k+1 < len(toks) && toks[k+1].kind == tNum && !x.ref.IsZero() {
			if w, err := strconv.Atoi(toks[k+1].text); err == nil && w >= 1 && w <= 53 {
				y, e := x.ref.Year, k+2
				if e+1 < len(toks) && toks[e].is("of") {
					if yy, e2 := yearAt(toks, e+1); yy != 0 {
						y, e = yy, e2
					} else if e+2 < len(toks) && toks[e+1].is("last", "next", "this") && toks[e+2].is("year") {
						y, e = y+weekWords[toks[e+1].lower], e+3
					}
				}
				*out = DateValue{Year: y, Timex: isoWeek(y, w)}
				return e, hit
			}
		}
	}
	return i, miss
}

// nthMonthOf reads "the third month of 2021", "the 9th month of next year".
func (x *extraction) nthMonthOf(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if d, ok := dayOrdinal(t); ok && d <= 12 && i+2 < len(toks) && toks[i+1].is("month") && toks[i+2].is("of") && !x.ref.IsZero() {
		k := i + 3
		if y, e := yearAt(toks, k); y != 0 {
			*out = DateValue{Year: y, Months: []int{d}}
			return e, hit
		}
		if k+1 < len(toks) && toks[k].is("last", "next", "this") && toks[k+1].is("year") {
			*out = DateValue{Year: x.ref.Year + weekWords[toks[k].lower], Months: []int{d}}
			return k + 2, hit
		}
	}
	return i, miss
}

// weekOfPeriod reads "first week of 2015", "last week of July", "the 3rd week of Jan 2015".
func (x *extraction) weekOfPeriod(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if v, e, ok := x.weekOf(toks, i); ok {
		*out = v
		return e, hit
	}
	if t.is("the") && i+1 < len(toks) {
		if v, e, ok := x.weekOf(toks, i+1); ok {
			*out = v
			return e, hit
		}
	}
	return i, miss
}

// dayOfMonth reads "second of Aug", "09th of May", "12 of Nov".
func (x *extraction) dayOfMonth(toks []token, i int, out *DateValue) (int, match) {
	d, ok := dayOrdinal(&toks[i])
	if !ok && toks[i].kind == tNum && len(toks[i].text) <= 2 {
		if n, err := strconv.Atoi(toks[i].text); err == nil && n >= 1 && n <= 31 {
			d, ok = n, true
		}
	}
	if ok && i+2 < len(toks) && toks[i+1].is("of") {
		if m, e := monthAt(toks, i+2); m != 0 {
			if y, e2 := yearAfter(toks, e); y != 0 {
				*out = fullDate(y, m, d)
				return e2, hit
			}
			*out = x.monthDay(m, d)
			return e, hit
		}
	}
	return i, miss
}

// weekdayOfOffset reads "Monday two weeks from now": the day of that name in the week (Sunday to Saturday) of the offset date.
func (x *extraction) weekdayOfOffset(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if wd := weekdayOf(t); wd != "" && i+1 < len(toks) {
		k := i + 1
		if toks[k].text == "," {
			k++
		}
		if v, e, ok := x.offsetDate(toks, k); ok && v.Day != 0 {
			*out = inSundayWeek(v, wd)
			return e, hit
		}
	}
	return i, miss
}

// offsetDay reads "in two weeks", "two days after today", "in 3 days on Friday".
func (x *extraction) offsetDay(toks []token, i int, out *DateValue) (int, match) {
	if v, e, ok := x.offsetDate(toks, i); ok {
		if e+1 < len(toks) && toks[e].is("on") && weekdayOf(&toks[e+1]) != "" && v.Day != 0 {
			*out = inSundayWeek(v, weekdayOf(&toks[e+1]))
			return e + 2, hit
		}
		*out = v
		return e, hit
	}
	return i, miss
}

// dayWord reads "today", "tomorrow", "yesterday".
func (x *extraction) dayWord(toks []token, i int, out *DateValue) (int, match) {
	if off, ok := dayWords[toks[i].lower]; ok {
		*out = x.daysFromRef(off)
		return i + 1, hit
	}
	return i, miss
}

// partOfDay reads "last night" (the day before the reference: TimeML's
// 2013-03-21TNI, a day here) and "this morning", "this afternoon", "this
// evening" (the reference day).
func (x *extraction) partOfDay(toks []token, i int, out *DateValue) (int, match) {
	if i+1 >= len(toks) {
		return i, miss
	}
	off := 0
	switch t, u := &toks[i], &toks[i+1]; {
	case t.is("last") && u.is("night"):
		off = -1
	case t.is("this") && u.is("morning", "afternoon", "evening"):
	default:
		return i, miss
	}
	*out = x.daysFromRef(off)
	return i + 2, hit
}

// daysFromRef is the day off days from the reference date ("yesterday":
// -1), or the offset itself (P-1D) when there is no reference.
func (x *extraction) daysFromRef(off int) DateValue {
	if x.ref.IsZero() {
		return DateValue{Relative: offsetOf(off, 'D')}
	}
	return dateValueOf(dateOf(x.ref.Time().AddDate(0, 0, off)))
}

// monthLed reads "April 20, 2023", "April 20", "April 2023", "in July", "January first"; "May" and "March" only in a date context.
func (x *extraction) monthLed(toks []token, i int, out *DateValue) (int, match) {
	if m, j := monthAt(toks, i); m != 0 {
		d, k := dayAt(toks, j)
		if d == 0 && j+1 < len(toks) && toks[j].text == "," { // "October, 1st"
			if dd, kk := dayAt(toks, j+1); dd != 0 && toks[j+1].kind == tWord {
				d, k = dd, kk
			}
		}
		if d == 0 && j < len(toks) && (ordinalUnits[toks[j].lower] != 0 || numberStart[toks[j].lower]) { // "January first", "february twenty second", "May twenty nine"
			if v, e, ok := compoundOrdinal(toks, j); ok {
				if n, err := strconv.Atoi(v); err == nil && n >= 1 && n <= 31 {
					d, k = n, e
				}
			} else if r, e := compoundAt(toks, j); r != nil && r.IsInt() && r.Sign() > 0 && ratCmpInt(r, 31) <= 0 && toks[j].kind == tWord && (e >= len(toks) || toks[e].kind != tWord || toks[e].capitalized() || yearWordsAt(toks, e)) {
				d, k = int(r.Num().Int64()), e
			}
		}
		if d != 0 {
			if y, e := yearAfter(toks, k); y != 0 {
				*out = fullDate(y, m, d)
				return e, hit
			}
			*out = x.monthDay(m, d)
			return k, hit
		}
		if y, k := yearAfter(toks, j); y != 0 {
			*out = DateValue{Year: y, Months: []int{m}}
			return k, hit
		}
		if m == 5 || m == 3 { // "May", "March": only in a date context
			if (i == 0 || !monthLead[toks[i-1].lower]) && !(j+1 < len(toks) && toks[j].is("-", "to") && monthOf(&toks[j+1]) != 0) {
				return i, veto
			}
		}
		rangeNext := j+1 < len(toks) && toks[j].is("-", "–", "to", "through", "till", "until") && monthOf(&toks[j+1]) != 0 ||
			i >= 2 && toks[i-1].is("and") && monthOf(&toks[i-2]) != 0 // "between august and october"
		if i > 0 && (monthLead[toks[i-1].lower] || toks[i-1].text == "-") || i == 0 || rangeNext {
			*out = x.monthByTense(m, tenseAt(toks, i))
			return j, hit
		}
		return i, veto
	}
	return i, miss
}

// dayLed reads "20 April 2023", "20 April", "20th dec", "fifteen August".
func (x *extraction) dayLed(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	d, j := dayAt(toks, i)
	if d == 0 && t.kind == tWord && smallNumbers[t.lower] != 0 {
		if r, e := compoundAt(toks, i); r != nil && r.IsInt() && r.Sign() > 0 && ratCmpInt(r, 31) <= 0 && e < len(toks) && fullMonth[toks[e].lower] {
			d, j = int(r.Num().Int64()), e
		}
	}
	if d != 0 {
		m, k := monthAt(toks, j)
		if m == 0 && j < len(toks) && !toks[j].is("may", "mar") {
			if m = monthOf(&toks[j]); m != 0 {
				k = j + 1
			}
		}
		if m != 0 {
			if y, e := yearAfter(toks, k); y != 0 {
				*out = fullDate(y, m, d)
				return e, hit
			}
			*out = x.monthDay(m, d)
			return k, hit
		}
	}
	return i, miss
}

// onTheOrdinal reads "on the 18th": a day of some month.
func (x *extraction) onTheOrdinal(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if t.is("the") && i > 0 && toks[i-1].is("on") && i+1 < len(toks) {
		if d, ok := dayOrdinal(&toks[i+1]); ok && toks[i+1].kind == tWord && (i+2 >= len(toks) || toks[i+2].kind == tPunct) {
			*out = DateValue{Day: d, Timex: fmt.Sprintf("XXXX-XX-%02d", d)}
			return i + 2, hit
		}
	}
	return i, miss
}

// refWordRule reads "now", "currently", "at present", "in the past", "formerly": PRESENT_REF and PAST_REF.
func (x *extraction) refWordRule(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if v, e, ok := refWord(toks, i); ok && !(t.is("now") && i > 0 && toks[i-1].is("between", "and", "to", "till", "until") && !x.ref.IsZero()) {
		*out = v
		return e, hit
	}
	return i, miss
}

// nowInRange reads "now", "to date", "current date" as the end or start of a range: the reference date.
func (x *extraction) nowInRange(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if !x.ref.IsZero() && i > 0 && (t.is("now") && toks[i-1].is("between", "and", "to", "till", "until") ||
		t.is("date") && (toks[i-1].is("till", "until") || toks[i-1].is("to") && !(i >= 2 && toks[i-2].is("up", "equals", "equal"))) || wordsAt(toks, i, []string{"current", "date"}) && toks[i-1].is("to", "till", "until")) {
		v := dateValueOf(x.ref)
		v.Timex = "PRESENT_REF"
		e := i + 1
		if t.is("current") {
			e++
		}
		*out = v
		return e, hit
	}
	return i, miss
}

// theUnitRule reads "the same week", "for the day", "earlier in the week", "in the year": the reference's day, week, month or year.
func (x *extraction) theUnitRule(toks []token, i int, out *DateValue) (int, match) {
	if v, e, ok := x.theUnit(toks, i); ok {
		*out = v
		return e, hit
	}
	return i, miss
}

// endOfPeriod reads "end of month", "end of year", "EOY", "the end of the week": the reference's month, year or week.
func (x *extraction) endOfPeriod(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if !x.ref.IsZero() && (t.is("eoy") || t.is("end") && i+2 < len(toks) && toks[i+1].is("of")) {
		k := i + 2
		if t.is("eoy") {
			*out = DateValue{Year: x.ref.Year}
			return i + 1, hit
		}
		if toks[k].is("the") && k+1 < len(toks) {
			k++
		}
		switch {
		case toks[k].is("month"):
			*out = DateValue{Year: x.ref.Year, Months: []int{x.ref.Month}}
			return k + 1, hit
		case toks[k].is("year"):
			*out = DateValue{Year: x.ref.Year}
			return k + 1, hit
		case toks[k].is("week"):
			y, w := x.ref.Time().ISOWeek()
			*out = DateValue{Period: "W", Timex: isoWeek(y, w)}
			return k + 1, hit
		}
	}
	return i, miss
}

// weekendRule reads "this weekend", "the weekend", "next weekend", "that weekend".
func (x *extraction) weekendRule(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if k := i; t.is("this", "the", "next", "last", "that", "weekend") {
		if !t.is("weekend") {
			k++
		}
		if k >= len(toks) || !toks[k].is("weekend") {
			return i, miss // most "the": told without the table
		}
		if off, ok := weekendWords[t.lower]; ok {
			if off == 99 || x.ref.IsZero() {
				*out = DateValue{Period: "WE", Timex: "XXXX-WXX-WE"}
				return k + 1, hit
			}
			y, w := x.ref.Time().AddDate(0, 0, 7*off).ISOWeek()
			*out = DateValue{Period: "WE", Timex: fmt.Sprintf("%04d-W%02d-WE", y, w)}
			return k + 1, hit
		}
	}
	return i, miss
}

// ordinalDayOf reads "the 15th day of June", "the twenty-sixth day of the month".
func (x *extraction) ordinalDayOf(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if t.is("the") && i+1 < len(toks) {
		v, e, ok := compoundOrdinal(toks, i+1)
		if dd, isDay := dayOrdinal(&toks[i+1]); isDay && toks[i+1].kind == tWord {
			v, e, ok = strconv.Itoa(dd), i+2, true
		}
		if ok && e+1 < len(toks) && toks[e].is("day") && toks[e+1].is("of") {
			d, _ := strconv.Atoi(v)
			k := e + 2
			if d >= 1 && d <= 31 && k < len(toks) {
				if m, e2 := monthAt(toks, k); m != 0 {
					*out = x.monthDay(m, d)
					return e2, hit
				}
				if wordsAt(toks, k, []string{"the", "month"}) && !x.ref.IsZero() {
					*out = dateValueOf(Date{x.ref.Year, x.ref.Month, d})
					return k + 2, hit
				}
				if (toks[k].is("next", "last", "this")) && k+1 < len(toks) && toks[k+1].is("month") && !x.ref.IsZero() {
					off := weekWords[toks[k].lower]
					m := x.ref.Time().AddDate(0, off, 0)
					*out = dateValueOf(Date{m.Year(), int(m.Month()), d})
					return k + 2, hit
				}
			}
		}
	}
	return i, miss
}

// bareWeekday reads "Thursday" (and "Thursday's"): the one before or after the reference, as the tense says ("last Thursday", "next Thursday").
func (x *extraction) bareWeekday(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	wd := weekdayOf(t)
	ok := wd != ""
	if !ok {
		wd, ok = possessiveWeekdays[t.lower]
	}
	if ok {
		lo, hi := -6, 6
		switch {
		case i > 0 && toks[i-1].is("last"):
			lo, hi = -7, -1
		case i > 0 && toks[i-1].is("next"):
			lo, hi = 1, 7
		default:
			switch tense := tenseAt(toks, i); {
			case tense < 0: // "died on Thursday": the one before
				lo, hi = -6, 0
			case tense > 0: // "will meet on Thursday": the one after
				lo, hi = 0, 6
			}
		}
		*out = x.weekday(wd, lo, hi)
		return i + 1, hit
	}
	return i, miss
}

// yearThenMonth reads "2017 april".
func (x *extraction) yearThenMonth(toks []token, i int, out *DateValue) (int, match) {
	if y, j := yearAt(toks, i); y != 0 && j < len(toks) && fullMonth[toks[j].lower] && i > 0 && monthLead[toks[i-1].lower] {
		*out = DateValue{Year: y, Months: []int{monthOf(&toks[j])}}
		return j + 1, hit
	}
	return i, miss
}

// yearAfterYear reads "in 2007 and 2009": a year after a year.
func (x *extraction) yearAfterYear(toks []token, i int, out *DateValue) (int, match) {
	if y, j := yearAt(toks, i); y != 0 && i >= 2 && toks[i-1].is("and", "or", ",") {
		if y0, _ := yearAt(toks, i-2); y0 != 0 {
			*out = DateValue{Year: y}
			return j, hit
		}
	}
	return i, miss
}

// inAUnit reads "in a week", "in a month": one of them from the reference.
func (x *extraction) inAUnit(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if t.is("in") && i+2 < len(toks) && toks[i+1].is("a", "an", "one") && !x.ref.IsZero() {
		if unit := timeUnit(toks[i+2].lower); unit != "" {
			ref := x.ref.Time()
			d := map[string]time.Time{"day": ref.AddDate(0, 0, 1), "week": ref.AddDate(0, 0, 7),
				"month": ref.AddDate(0, 1, 0), "year": ref.AddDate(1, 0, 0)}[unit]
			*out = dateValueOf(dateOf(d))
			return i + 3, hit
		}
	}
	return i, miss
}

// yearInWords reads "in nineteen ninety six".
func (x *extraction) yearInWords(toks []token, i int, out *DateValue) (int, match) {
	if i > 0 && toks[i-1].is("in", "since") {
		if y, j := yearWords(toks, i); y != 0 {
			*out = DateValue{Year: y}
			return j, hit
		}
	}
	return i, miss
}

// namedYearRule reads "fiscal year 2008", "this school year", "cy18": years that are not calendar years.
func (x *extraction) namedYearRule(toks []token, i int, out *DateValue) (int, match) {
	if toks[i].kind == tNum {
		return i, miss // digits alone name no fiscal year ("fy08" is a word)
	}
	if toks[i].is("this", "last", "next") && !(i+2 < len(toks) && toks[i+2].is("year")) {
		return i, miss // "this fiscal year" or none (namedYear): the commonest words, told at once
	}
	if v, e, ok := x.namedYear(toks, i); ok {
		*out = v
		return e, hit
	}
	return i, miss
}

// yearAfterWord reads "for year 2012", "later than 2018", "leave on 2018", "> = 2019".
func (x *extraction) yearAfterWord(toks []token, i int, out *DateValue) (int, match) {
	if y, j := yearAt(toks, i); y != 0 && (i > 0 && toks[i-1].is("year", "than", "on", "=") || i == 0 && j == len(toks)) {
		if j >= len(toks) || toks[j].kind != tNum {
			*out = DateValue{Year: y}
			return j, hit
		}
	}
	return i, miss
}

// yearAfterLead reads "in 2022", "since 2014"; not "in 2022 percent".
func (x *extraction) yearAfterLead(toks []token, i int, out *DateValue) (int, match) {
	if y, j := yearAt(toks, i); y != 0 && i > 0 && monthLead[toks[i-1].lower] {
		if j < len(toks) && (toks[j].kind == tNum || toks[j].is("percent", "%")) {
			return i, veto
		}
		*out = DateValue{Year: y}
		return j, hit
	}
	return i, miss
}

// yearOfEdition reads a year that names an edition of a recurring
// event: "host 2014 Oscars", "the 2010 FIFA World Cup", "the 2012
// presidential election" (the event's noun right after the year or after
// at most two capitalized words or adjectives of an edition); not "2000
// Olympians", "some 1900 people", "$2014 Cup tickets".
func (x *extraction) yearOfEdition(toks []token, i int, out *DateValue) (int, match) {
	y, j := yearAt(toks, i)
	if y < 1900 || y > 2099 || i > 0 && (toks[i-1].kind == tNum || toks[i-1].is("$", "some", "about", "nearly", "almost", "over", "around", "approximately", "roughly")) {
		return i, miss
	}
	for k := j; k < len(toks) && k <= j+2; k++ {
		switch t := &toks[k]; {
		case editionNouns[t.lower]:
			*out = DateValue{Year: y}
			return j, hit
		case t.kind != tWord || !t.capital && !editionWords[t.lower]:
			return i, miss
		}
	}
	return i, miss
}

// editionNouns name a recurring event whose edition a year before it
// names.
var editionNouns = map[string]bool{"oscars": true, "olympics": true, "games": true, "awards": true,
	"cup": true, "election": true, "elections": true, "grammys": true, "emmys": true, "championship": true,
	"championships": true, "census": true, "ceremony": true, "festival": true,
	"summit": true, "tournament": true, "primaries": true, "playoffs": true}

// editionWords may stand between the year and the event's noun, in
// lower case: "the 2012 presidential election", "the 2014 winter games".
var editionWords = map[string]bool{"presidential": true, "parliamentary": true, "general": true,
	"legislative": true, "local": true, "municipal": true, "olympic": true, "winter": true, "summer": true,
	"world": true, "regular": true, "annual": true, "national": true}

// relativePeriod reads "last year", "this month", "next week", "the working week", "last summer".
func (x *extraction) relativePeriod(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	ref := x.ref
	if i+1 < len(toks) && t.is("last", "this", "next", "previous", "following") {
		j := i + 1
		u := toks[j].lower
		if u != "year" && u != "month" && u != "week" && u != "workweek" && u != "working" && (toks[j].cls&clsDate == 0 || seasons[u] == nil) {
			return i, miss // most words after "last", "this", "next": told before the tables (a season's name has clsDate)
		}
		delta := weekWords[t.lower]
		switch {
		case u == "year":
			if ref.IsZero() {
				*out = DateValue{Relative: offsetOf(delta, 'Y')}
				return j + 1, hit
			}
			*out = DateValue{Year: ref.Year + delta}
			return j + 1, hit
		case u == "month":
			if ref.IsZero() {
				*out = DateValue{Relative: offsetOf(delta, 'M')}
				return j + 1, hit
			}
			tt := time.Date(ref.Year, time.Month(ref.Month)+time.Month(delta), 1, 0, 0, 0, 0, time.UTC)
			*out = DateValue{Year: tt.Year(), Months: []int{int(tt.Month())}}
			return j + 1, hit
		case u == "workweek" || u == "working" && j+1 < len(toks) && toks[j+1].is("week"):
			if u == "working" {
				j++
			}
			fallthrough
		case u == "week":
			v := DateValue{Relative: offsetOf(delta, 'W')}
			if !ref.IsZero() {
				y, w := ref.Time().AddDate(0, 0, 7*delta).ISOWeek()
				v.Timex = isoWeek(y, w)
			}
			*out = v
			return j + 1, hit
		case seasons[u] != nil && !t.is("the"):
			v := DateValue{Months: seasons[u], Timex: "XXXX-" + seasonCodes[u]}
			if !ref.IsZero() && u != "winter" {
				v.Year = ref.Year + delta
				if delta == -1 && ref.Month > seasons[u][2] {
					v.Year = ref.Year // "last summer" said in October
				}
				v.Timex = fmt.Sprintf("%04d-%s", v.Year, seasonCodes[u])
			}
			*out = v
			return j + 1, hit
		}
	}
	return i, miss
}

// seasonRule reads "the summer of 2012", "autumn 2011" (2012-SU,
// 2011-FA), and a season after "in" or "during" ("in the spring"),
// resolved as a bare month is: to the nearest one in the direction the
// clause's tense says, left partial (XXXX-SP) when it says neither or no
// document date is known. A winter straddles two years: it keeps only the
// year its words give. Without a year, only a season in lower case is
// one ("Killed In Fall" is a headline's fall); a season word before a noun ("summer camp", "spring break") or
// "of" something else ("the fall of Rome") is none.
func (x *extraction) seasonRule(toks []token, i int, out *DateValue) (int, match) {
	u := toks[i].lower
	code, ok := seasonCodes[u]
	if !ok {
		return i, miss
	}
	lead := i > 0 && toks[i-1].is("the") || i > 0 && monthLead[toks[i-1].lower]
	j := i + 1
	if j < len(toks) && toks[j].is("of") {
		j++
	}
	if y, e := yearAt(toks, j); y != 0 && (j > i+1 || lead || toks[i].capitalized()) {
		*out = DateValue{Year: y, Months: seasons[u], Timex: fmt.Sprintf("%04d-%s", y, code)}
		return e, hit
	}
	in := i > 0 && toks[i-1].is("in", "during") || i > 1 && toks[i-1].is("the") && toks[i-2].is("in", "during")
	// a season is lower case in prose: "Killed In Fall" is a headline's fall
	if !in || toks[i].text != u || i+1 < len(toks) && !seasonMayEnd(&toks[i+1]) {
		return i, miss
	}
	v := DateValue{Months: seasons[u], Timex: "XXXX-" + code}
	tense := tenseAt(toks, i)
	if x.ref.IsZero() || tense == 0 || u == "winter" {
		*out = v
		return i + 1, hit
	}
	// the year resolves it (resolvedTimex); its reading stays XXXX-SU
	first, last := seasons[u][0], seasons[u][2]
	v.Year = x.ref.Year
	if tense < 0 && first > x.ref.Month {
		v.Year-- // "the flood hit in the summer", said in March
	} else if tense > 0 && last < x.ref.Month {
		v.Year++ // "the talks will resume in the spring", said in October
	}
	*out = v
	return i + 1, hit
}

// seasonMayEnd: a season word may end a date before this token, which is
// no noun it could qualify ("in the summer, ...", "in spring when").
func seasonMayEnd(t *token) bool {
	return t.kind != tWord || t.words&wClauseStop != 0 || seasonFollowers[t.lower]
}

var seasonFollowers = map[string]bool{"and": true, "or": true, "but": true, "when": true,
	"while": true, "before": true, "after": true, "as": true, "to": true, "at": true, "on": true,
	"in": true, "with": true, "for": true, "from": true, "by": true, "the": true, "a": true,
	"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "his": true,
	"her": true, "their": true, "its": true, "was": true, "were": true, "is": true, "are": true,
	"will": true, "had": true, "has": true, "have": true, "until": true}

// dayBeforeAfter reads "a day before", "the day after": an offset from a date said elsewhere.
func (x *extraction) dayBeforeAfter(toks []token, i int, out *DateValue) (int, match) {
	t := &toks[i]
	if i+2 < len(toks) && t.is("a", "the", "one") && toks[i+1].is("day", "week") && toks[i+2].is("before", "after", "earlier", "later") {
		sign := "-"
		if toks[i+2].is("after", "later") {
			sign = ""
		}
		*out = DateValue{Relative: sign + "P1" + strings.ToUpper(toks[i+1].lower[:1])}
		return i + 3, hit
	}
	return i, miss
}

// agoDate reads "nearly 14 months ago".
func (x *extraction) agoDate(toks []token, i int, out *DateValue) (int, match) {
	if n, ok := x.parseNumber(toks, i, nil); ok && n.end+1 < len(toks) && toks[n.end+1].is("ago") {
		if unit := timeUnit(toks[n.end].lower); unit != "" {
			*out = x.ago(n.iv, unit)
			return n.end + 2, hit
		}
	}
	return i, miss
}

// monthPrefixes are the first letters of the months' names, five or more
// and not the whole name ("septem"), which a numeric date may spell
// ("Septem-23-2020", monthOf); the shorter ones and the names have
// clsMonth.
func monthPrefixes() []string {
	var ws []string
	for _, name := range monthNames {
		for n := 5; n < len(name); n++ {
			ws = append(ws, name[:n])
		}
	}
	return ws
}
