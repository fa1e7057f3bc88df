package facts

import "strings"

// Dispatch: a token's class, computed once when it is read, says which
// readers can start at it, so that the extractors skip at once the words
// no value begins with (most of them: "said", "president", "Kyiv").
const (
	clsNumber  uint8 = 1 << iota // a number may start here: digits, number words, bounds, currencies
	clsDate                      // a date, a range of dates or an ordinal may start here
	clsWeekday                   // a day name: "Thursday", "Thu"
	clsMonth                     // a month name or its first letters: "April", "apr", "sept"
	clsDigits                    // a number in digits
)

// dateWords are the words a date, a range of dates or an ordinal may
// start with, besides those of the tables below (months, weekdays,
// holidays, seasons, decades, number and ordinal words): leads ("in the
// past", "from 2014"), relative words ("next", "last"), periods ("week",
// "fiscal year"), the present and past (TimeML's PRESENT_REF, PAST_REF).
var dateWords = []string{"a", "an", "one", "the", "this", "that", "these", "next", "last", "past",
	"previous", "following", "coming", "upcoming", "current", "currently", "now", "nowadays",
	"presently", "at", "formerly", "in", "from", "between", "for", "early", "late", "mid", "end", "eoy", "week", "weekend", "same", "earlier", "later",
	"fiscal", "school", "calendar", "fy", "sy", "cy", "date", "today", "tomorrow", "tmrw",
	"yesterday", "year", "month", "day", "q1", "q2", "q3", "q4", "h1", "h2", "penultimate",
	"antepenultimate", "about", "around", "roughly", "nearly", "almost", "more", "less",
	"over", "under", "beginning", "start", "middle", "half", "quarter"}

// wordClass holds the classes of the words that have one.
var wordClass = func() map[string]uint8 {
	m := map[string]uint8{}
	add := func(w string, c uint8) { m[w] |= c }
	for w := range numberStart {
		add(w, clsNumber|clsDate)
	}
	for w := range boundFirst {
		add(w, clsNumber|clsDate)
	}
	for _, w := range dateWords {
		add(w, clsDate)
	}
	for _, w := range monthNames { // "sep", "sept", "janu": monthAt reads prefixes
		add(w, clsDate|clsMonth)
		add(w[:3], clsDate|clsMonth)
		add(w[:min(4, len(w))], clsDate|clsMonth)
	}
	for w := range weekdays {
		add(w, clsDate|clsWeekday)
	}
	for w := range dayAbbreviations {
		add(strings.ToLower(w), clsDate|clsWeekday)
	}
	for w := range dayWords {
		add(w, clsDate)
	}
	for w := range holidayLead {
		add(w, clsDate)
	}
	for w := range seasons {
		add(w, clsDate)
	}
	for w := range decadeWords {
		add(w, clsDate)
	}
	for w := range ordinalUnits {
		add(w, clsDate)
	}
	for w := range ordinalScales {
		add(w, clsDate)
	}
	for w := range ordinalWords {
		add(w, clsDate)
	}
	for _, r := range relativeOrdinals {
		add(r.words[0], clsDate)
	}
	for w := range scales {
		add(w, clsDate)
	}
	return m
}()

// classify gives a token its classes: any token with a digit may start a
// number or a date; punctuation only a number ("$", "<", "½"); a word, as
// its table says.
func classify(t token) uint8 {
	if t.kind == tPunct { // "$", "<", "½" start numbers; no date starts at "." or ","
		if mayStartNumberSlow(t) {
			return clsNumber | clsDate
		}
		if t.text == "-" || t.text == "–" { // "- sixth": the ordinal reader skips a dash
			return clsDate
		}
		return 0
	}
	if t.kind != tWord || strings.ContainsAny(t.text, "0123456789") {
		c := clsDate | wordClass[t.lower]&clsMonth
		if t.kind == tNum {
			c |= clsDigits
		}
		if mayStartNumberSlow(t) {
			c |= clsNumber
		}
		return c
	}
	// a word without digits starts a number only if numberStart has it,
	// which wordClass holds
	return wordClass[t.lower]
}
