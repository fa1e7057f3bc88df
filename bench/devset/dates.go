package main

import (
	"regexp"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// The harness reads the explicit parts of a gold date mention on its own,
// with a grammar far smaller than factlint's: weekday names, month names
// (capitalised), a day number beside a month, a year 1900-2099. It needs
// them to write an incompatible value of the same form, and to tell whether
// two coreferent mentions agree; relative words ("yesterday", "today") are
// not planted.

var weekdays = []string{"sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"}

var months = []string{"january", "february", "march", "april", "may", "june", "july",
	"august", "september", "october", "november", "december"}

// dateWord matches the words and numbers of a date mention.
var dateWord = regexp.MustCompile(`[A-Za-z]+|\d+(?:st|nd|rd|th)?`)

// A token is a matched part of a mention: byte offsets into its text.
type token struct {
	start, end int
	text       string
}

// A dateForm is what a mention states, with where it says it. Absent
// fields are -1 (weekday) or 0.
type dateForm struct {
	weekday, month, day, year int
	decade                    bool // "the 1950s": year is 1950
	multi                     bool // two weekdays, months or years: "between Monday and Friday"
	wdTok, monTok, dayTok     *token
	yearTok                   *token
}

func monthOf(w string) (int, bool) {
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return 0, false // "may", "march" as verbs
	}
	l := strings.ToLower(w)
	for i, m := range months {
		if l == m || len(l) == 3 && strings.HasPrefix(m, l) || l == "sept" && m == "september" {
			return i + 1, true
		}
	}
	return 0, false
}

func weekdayOf(w string) (int, bool) {
	l := strings.ToLower(w)
	for i, d := range weekdays {
		if l == d {
			return i, true
		}
	}
	return -1, false
}

// number returns the value of a token of digits with an optional ordinal
// suffix.
func number(t token) (int, bool) {
	s := strings.TrimRight(t.text, "stndrh")
	n, err := strconv.Atoi(s)
	return n, err == nil
}

// parseDate reads a date mention.
func parseDate(text string) dateForm {
	f := dateForm{weekday: -1}
	var toks []token
	for _, loc := range dateWord.FindAllStringIndex(text, -1) {
		toks = append(toks, token{loc[0], loc[1], text[loc[0]:loc[1]]})
	}
	for i := range toks {
		t := &toks[i]
		wd, isWd := weekdayOf(t.text)
		m, isMonth := monthOf(t.text)
		n, isNum := number(*t)
		isYear := isNum && len(t.text) == 4 && n >= 1900 && n < 2100
		switch {
		case isWd && f.wdTok != nil, isMonth && f.monTok != nil, isYear && f.yearTok != nil:
			f.multi = true
		case isWd:
			f.weekday, f.wdTok = wd, t
		case isMonth:
			f.month, f.monTok = m, t
		case isYear:
			f.year, f.yearTok = n, t
			rest := text[t.end:]
			f.decade = strings.HasPrefix(rest, "s") || strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s")
		}
	}
	if f.monTok == nil {
		return f
	}
	// A day is a number next to the month, before it first: "22 February",
	// "10 Nov 11", "the 22nd of February", "Feb. 22".
	for i := range toks {
		if &toks[i] != f.monTok {
			continue
		}
		for _, j := range []int{i - 1, i - 2, i + 1} {
			if j < 0 || j >= len(toks) || j == i-2 && strings.ToLower(toks[i-1].text) != "of" {
				continue
			}
			if n, ok := number(toks[j]); ok && n >= 1 && n <= 31 && len(strings.TrimRight(toks[j].text, "stndrh")) <= 2 {
				f.day, f.dayTok = n, &toks[j]
				break
			}
		}
	}
	return f
}

// plantable tells whether a form states anything the harness can change.
func (f dateForm) plantable() bool {
	return !f.multi && (f.wdTok != nil || f.monTok != nil || f.yearTok != nil)
}

// weekdayOrComputed is the weekday the mention states, or the one its full
// date implies; -1 when neither.
func (f dateForm) weekdayOrComputed() int {
	if f.weekday >= 0 {
		return f.weekday
	}
	if f.year != 0 && !f.decade && f.month != 0 && f.day != 0 {
		return int(time.Date(f.year, time.Month(f.month), f.day, 12, 0, 0, 0, time.UTC).Weekday())
	}
	return -1
}

// compareDates tells whether two forms share a field (shared), and whether
// they disagree on one (differ).
func compareDates(a, b dateForm) (shared, differ bool) {
	if a.multi || b.multi {
		return false, false
	}
	cmp := func(x, y, none int) {
		if x != none && y != none {
			shared = true
			if x != y {
				differ = true
			}
		}
	}
	if a.decade || b.decade {
		cmp(a.year/10, b.year/10, 0)
	} else {
		cmp(a.year, b.year, 0)
	}
	cmp(a.month, b.month, 0)
	if a.month == b.month {
		cmp(a.day, b.day, 0)
	}
	cmp(a.weekdayOrComputed(), b.weekdayOrComputed(), -1)
	return shared, differ
}

// An edit replaces text[start:end] of a mention.
type edit struct {
	start, end int
	text       string
}

// applyEdits applies non-overlapping edits to s.
func applyEdits(s string, edits []edit) string {
	sort.Slice(edits, func(i, j int) bool { return edits[i].start < edits[j].start })
	// From the end, so that earlier offsets stay valid.
	for i := len(edits) - 1; i >= 0; i-- {
		e := edits[i]
		s = s[:e.start] + e.text + s[e.end:]
	}
	return s
}

// sameCase writes w in the case style of like: "FRIDAY", "friday", "Friday".
func sameCase(w, like string) string {
	switch {
	case like == strings.ToUpper(like) && like != strings.ToLower(like):
		return strings.ToUpper(w)
	case like == strings.ToLower(like):
		return strings.ToLower(w)
	}
	return strings.ToUpper(w[:1]) + strings.ToLower(w[1:])
}

func ordinalSuffix(n int) string {
	if n%100 >= 11 && n%100 <= 13 {
		return "th"
	}
	return [...]string{"th", "st", "nd", "rd", "th", "th", "th", "th", "th", "th"}[n%10]
}

// part names what mutateDate changes: "day", "weekday", "month",
// "decade" or "year".
func (f dateForm) part() string {
	switch {
	case f.dayTok != nil:
		return "day"
	case f.wdTok != nil:
		return "weekday"
	case f.monTok != nil:
		return "month"
	case f.decade:
		return "decade"
	}
	return "year"
}

// mutateDate writes an incompatible date of the same form: the day moves
// by nine (and a stated weekday with it), else the weekday by three, else
// the month by four, else the year by three (a decade by thirty years). It returns the new text and
// its form.
func mutateDate(text string) (string, dateForm, bool) {
	f := parseDate(text)
	if !f.plantable() {
		return "", f, false
	}
	var edits []edit
	n := f
	switch {
	case f.dayTok != nil:
		n.day = f.day + 9
		if f.day > 19 {
			n.day = f.day - 9
		}
		digits := strconv.Itoa(n.day)
		if strings.TrimRight(f.dayTok.text, "stndrh") != f.dayTok.text {
			digits += ordinalSuffix(n.day)
		}
		edits = append(edits, edit{f.dayTok.start, f.dayTok.end, digits})
		if f.wdTok != nil {
			if f.year != 0 {
				n.weekday = -1
				n.weekday = n.weekdayOrComputed()
			} else {
				n.weekday = ((f.weekday+n.day-f.day)%7 + 7) % 7
			}
			edits = append(edits, edit{f.wdTok.start, f.wdTok.end, sameCase(weekdays[n.weekday], f.wdTok.text)})
		}
	case f.wdTok != nil:
		n.weekday = (f.weekday + 3) % 7
		edits = append(edits, edit{f.wdTok.start, f.wdTok.end, sameCase(weekdays[n.weekday], f.wdTok.text)})
	case f.monTok != nil:
		n.month = (f.month+3)%12 + 1
		w := months[n.month-1]
		if len(f.monTok.text) < len(months[f.month-1]) {
			w = w[:3] // an abbreviation stays one
		}
		edits = append(edits, edit{f.monTok.start, f.monTok.end, sameCase(w, f.monTok.text)})
	case f.yearTok != nil && f.decade:
		n.year = f.year - 30
		edits = append(edits, edit{f.yearTok.start, f.yearTok.end, strconv.Itoa(n.year)})
	case f.yearTok != nil:
		n.year = f.year - 3
		edits = append(edits, edit{f.yearTok.start, f.yearTok.end, strconv.Itoa(n.year)})
	default:
		return "", f, false
	}
	out := applyEdits(text, edits)
	return out, parseDate(out), true
}
