package facts

import (
	"slices"
	"strings"
)

// Dispatch: a token's class, computed once when it is read, says which
// readers can start at it, so that the extractors skip at once the words
// no value begins with (most of them: "said", "president", "Kyiv").
const (
	clsNumber  uint8 = 1 << iota // a number may start here: digits, number words, bounds, currencies
	clsDate                      // a date, a range of dates or an ordinal may start here
	clsWeekday                   // a day name: "Thursday", "Thu"
	clsMonth                     // a month name or its first letters: "April", "apr", "sept"
	clsDigits                    // a number in digits
	clsDigit                     // a token with a digit: "2023", "20th", "fy08"
	clsYear                      // a year in four digits, 1800 to 2199 (yearAt): "2023"
	clsNumeral                   // a word of a numeral's tables (numeralWords): "five", "dozen", "thirds", "million"
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

// A wordInfo is what dispatch knows of a word: its classes and the date
// rules that may start at it.
type wordInfo struct {
	cls   uint8
	words uint16 // the word lists that hold it (wSpeech, ...)
	dates uint64 // bit r: dateRules[r] may start here (by its words)
}

// Word lists a token's word is looked up in once, when it is read,
// rather than at every reader that asks.
const (
	wSpeech        uint16 = 1 << iota // speech: "said", "told"
	wClauseStop                       // clauseStops: "where", "which"
	wOrdinal                          // ordinalWords: "first" to "tenth"
	wOrdinalPart                      // ordinalUnits and ordinalScales: "fifth", "twentieth", "hundredth"
	wOtherVerb                        // otherVerbs: "is", "announced"
	wNegation                         // negations: "not", "never"
	wHedge                            // hedges: "may", "reportedly"
	wHolidayLead                      // holidayLead: "christmas", "next"
	wBound                            // boundFirst: "more", "nearly", "<"
	wRelOrdinal                       // relativeOrdinalsOf: "last", "next"
	wNameJoiner                       // nameJoiners: "of", "de"
	wRelational                       // relational: "follows", "after"
	wCurrencyAfter                    // a currency after a number may start here (currencyAfter): "dollars", "usd", "€"
	wFuture                           // futureWords: "will"
	wPast                             // pastWords: "was"
	wNotPlace                         // notPlaces: "mobile", "march"
)

// wordClass holds the classes of the words that have one, and the date
// rules of the words that start one (dateDispatch).
var wordClass = func() map[string]wordInfo {
	m := map[string]wordInfo{}
	add := func(w string, c uint8) { wi := m[w]; wi.cls |= c; m[w] = wi }
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
	for w := range possessiveWeekdays {
		add(w, clsDate|clsWeekday)
	}
	for w := range dayAbbreviations {
		add(strings.ToLower(w), clsDate|clsWeekday)
	}
	for _, w := range slices.Concat(keys(dayWords), keys(holidayLead), keys(seasons), keys(decadeWords),
		keys(ordinalUnits), keys(ordinalScales), keys(ordinalWords)) {
		add(w, clsDate)
	}
	for _, r := range relativeOrdinals {
		add(r.words[0], clsDate)
	}
	for w := range scales {
		add(w, clsDate)
	}
	for _, w := range numeralWords() {
		add(w, clsNumeral)
	}
	markWords(m, speech, wSpeech)
	markWords(m, otherVerbs, wOtherVerb)
	markWords(m, negations, wNegation)
	markWords(m, hedges, wHedge)
	markWords(m, holidayLead, wHolidayLead)
	markWords(m, clauseStops, wClauseStop)
	markWords(m, ordinalWords, wOrdinal)
	markWords(m, ordinalUnits, wOrdinalPart)
	markWords(m, ordinalScales, wOrdinalPart)
	markWords(m, boundFirst, wBound)
	markWords(m, relativeOrdinalsOf, wRelOrdinal)
	markWords(m, nameJoiners, wNameJoiner)
	markWords(m, relational, wRelational)
	markWords(m, futureWords, wFuture)
	markWords(m, pastWords, wPast)
	markWords(m, currencyAfterWords(), wCurrencyAfter)
	markWords(m, notPlaces, wNotPlace)
	return m
}()

// markWords marks the words of a list with its bit; of a list of bools,
// the words it holds true ("crimea": false in notPlaces is none).
func markWords[V any](m map[string]wordInfo, list map[string]V, bit uint16) {
	for w, v := range list {
		if b, ok := any(v).(bool); ok && !b {
			continue
		}
		wi := m[w]
		wi.words |= bit
		m[w] = wi
	}
}

// classRules[c] holds the date rules that may start at a token of the
// classes c by those classes, or at any token (dateDispatch).
var classRules [256]uint64

// dateDispatch fills the dispatch tables of dateRules: a rule that names
// its first words or classes is tried only at the tokens that have them;
// any other at every token.
func dateDispatch() {
	if len(dateRules) > 64 {
		panic("facts: more than 64 date rules do not fit a token's mask")
	}
	for r, rule := range dateRules {
		bit := uint64(1) << r
		for _, w := range rule.words {
			wi := wordClass[w]
			wi.dates |= bit
			wordClass[w] = wi
		}
		for c := range classRules {
			if rule.first == 0 && rule.words == nil || uint8(c)&rule.first != 0 {
				classRules[c] |= bit
			}
		}
	}
	fillWordFilter()
}

// wordFilter has bit wordBit(w) set for every word w of wordClass: a
// word whose bit is clear is in none of its tables. Filled once
// wordClass is whole (dateDispatch).
var wordFilter [wordFilterBits / 64]uint64

const wordFilterBits = 1 << 14

// wordBit is a word's bit in wordFilter: a hash of its length and its
// first, second and last bytes.
func wordBit(w string) uint {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[min(1, len(w)-1)])*0x27D4EB2F
	return uint((h ^ h>>15) % wordFilterBits)
}

// wordSlots is wordClass as a table open-addressed by wordBit: the slot
// of a word, or the first free one after it, holds its index in
// wordEntries plus one; 0 is a free slot, which ends a search. classify
// asks it at every token the filter lets through (a third of a news
// text's tokens are in wordClass: "the", "in", "on"), where a map would
// hash the word again.
var (
	wordSlots   [wordFilterBits]uint16
	wordEntries []wordEntry
)

// A wordEntry is a word of wordClass and its entry there.
type wordEntry struct {
	word string
	info wordInfo
}

// wordInfoOf is wordClass[w], read through wordFilter and wordSlots.
func wordInfoOf(w string) wordInfo {
	b := wordBit(w)
	if wordFilter[b/64]&(1<<(b%64)) == 0 {
		return wordInfo{} // most words: in no table
	}
	for i := b; wordSlots[i] != 0; i = (i + 1) % wordFilterBits {
		if e := &wordEntries[wordSlots[i]-1]; e.word == w {
			return e.info
		}
	}
	return wordInfo{}
}

// fillWordFilter sets the bits of wordClass's words in wordFilter and
// puts them in wordSlots. The words go in in the map's order: a word's
// slot may differ from one start to the next, never what wordInfoOf
// answers (sorting them first was 1.6% of a small check's start-up).
func fillWordFilter() {
	if len(wordClass) >= wordFilterBits/2 {
		panic("facts: wordClass outgrows wordSlots")
	}
	wordEntries = make([]wordEntry, 0, len(wordClass))
	for w, info := range wordClass {
		b := wordBit(w)
		wordFilter[b/64] |= 1 << (b % 64)
		wordEntries = append(wordEntries, wordEntry{w, info})
		i := b
		for wordSlots[i] != 0 {
			i = (i + 1) % wordFilterBits
		}
		wordSlots[i] = uint16(len(wordEntries))
	}
}

// firstWords is its arguments: the first words of a date rule.
func firstWords(ws ...string) []string { return ws }

// keys is the keys of a table of words.
func keys[V any](m map[string]V) []string {
	out := make([]string, 0, len(m))
	for w := range m {
		out = append(out, w)
	}
	return out
}

// classify sets a token's classes and the date rules that may start at
// it: any token with a digit may start a number or a date; punctuation
// only a number ("$", "<", "½"); a word, as its table says.
// digit says whether the token has an ASCII digit.
func classify(t *token, digit bool) {
	wi := wordInfoOf(t.lower)
	t.cls = wi.cls // a word without digits: its table's classes (classOf)
	if t.kind != tWord || digit {
		t.cls = classOf(t, wi.cls, digit)
	}
	t.words = wi.words
	t.dates = wi.dates | classRules[t.cls]
}

// classOf gives a token its classes; wc is its word's entry in wordClass.
func classOf(t *token, wc uint8, digit bool) uint8 {
	if t.kind == tPunct { // "$", "<", "½" start numbers; no date starts at "." or ","
		if mayStartNumberSlow(t) {
			return clsNumber | clsDate
		}
		if t.text == "-" || t.text == "–" { // "- sixth": the ordinal reader skips a dash
			return clsDate
		}
		return 0
	}
	if t.kind != tWord || digit {
		c := clsDate | clsDigit | wc&clsMonth
		if t.kind == tNum {
			c |= clsDigits
			if yearDigits(t.text) != 0 {
				c |= clsYear
			}
		}
		if mayStartNumberSlow(t) {
			c |= clsNumber
		}
		return c
	}
	// a word without digits starts a number only if numberStart has it,
	// which wordClass holds
	return wc
}
