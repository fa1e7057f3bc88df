package facts

import (
	"encoding/binary"
	"slices"
	"strings"
	"unicode/utf8"
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
	dates uint64 // bit r: dateRules[r] may start here (by its words); from scanShift up, the words of datescan.go
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
	fillWordSlots()
}

// A word of wordClass is at most maxWordBytes bytes long: wordInfoOf
// reads a word as two numbers (wordKey) and compares them, not its bytes.
const maxWordBytes = 15

// wordSlots is wordClass as a table open-addressed by wordHash: the slot
// of a word, or the first free one after it, holds its index in
// wordEntries plus one; 0 is a free slot, which ends a search. classify
// asks it at every token, where a map would hash the word and compare its
// bytes; most words are in no table and end at a free slot at once.
var (
	wordSlots   [wordSlotCount]uint16
	wordEntries []wordEntry
)

const (
	wordSlotBits  = 12
	wordSlotCount = 1 << wordSlotBits
)

// A wordEntry is a word of wordClass, as its wordKey, and its entry there.
type wordEntry struct {
	k0, k1 uint64
	info   wordInfo
}

// wordKey is a word of at most maxWordBytes bytes as two numbers: its
// first eight bytes, little-endian; and the rest, with its length in the
// top byte.
func wordKey(w string) (k0, k1 uint64) {
	for i := 0; i < len(w) && i < 8; i++ {
		k0 |= uint64(w[i]) << (8 * i)
	}
	for i := 8; i < len(w); i++ {
		k1 |= uint64(w[i]) << (8 * (i - 8))
	}
	return k0, k1 | uint64(len(w))<<56
}

// wordInfoOf is wordClass[w], read through wordSlots.
func wordInfoOf(w string) wordInfo {
	if len(w) > maxWordBytes {
		return wordInfo{}
	}
	return lookupWord(wordKey(w))
}

// asciiWordInfo is wordInfoOf of the ASCII token p[i:j] in lower case:
// its key read eight bytes at a time where p has sixteen bytes from i.
func asciiWordInfo(p []byte, i, j int) wordInfo {
	n := j - i
	if n == 1 {
		return byteInfo[p[i]]
	}
	if n > maxWordBytes {
		return wordInfo{}
	}
	if i+16 > len(p) {
		var buf [maxWordBytes]byte
		for k, c := range p[i:j] {
			buf[k] = c | byteClass[c]&bUpper<<2 // bUpper<<2 is 0x20: 'A' | 0x20 is 'a'
		}
		return wordInfoOf(string(buf[:n]))
	}
	k0, k1 := lowerEight(binary.LittleEndian.Uint64(p[i:])), uint64(n)<<56
	if n <= 8 {
		k0 &= ^uint64(0) >> (64 - 8*n)
	} else {
		k1 |= lowerEight(binary.LittleEndian.Uint64(p[i+8:])) & (^uint64(0) >> (128 - 8*n))
	}
	return lookupWord(k0, k1)
}

// lowerEight is eight bytes with their ASCII capitals in lower case, the
// other bytes as they are: a byte is a capital when it is at least 'A'
// and at most 'Z', below 0x80; its 0x20 bit is then set.
func lowerEight(w uint64) uint64 {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low7 := w &^ high
	atLeastA := low7 + ones*(0x80-'A') // high bit set where byte >= 'A' (no carry: below 0x100)
	aboveZ := low7 + ones*(0x80-'Z'-1) // high bit set where byte > 'Z'
	upper := atLeastA &^ aboveZ &^ w & high
	return w | upper>>2
}

// lookupWord is the entry of the word of wordKey k0, k1.
func lookupWord(k0, k1 uint64) wordInfo {
	i := wordHash(k0, k1)
	for wordSlots[i] != 0 {
		if e := &wordEntries[wordSlots[i]-1]; e.k0 == k0 && e.k1 == k1 {
			return e.info
		}
		i = (i + 1) & (wordSlotCount - 1)
	}
	return wordInfo{}
}

// wordHash is the slot of a word of wordKey k0, k1.
func wordHash(k0, k1 uint64) uint {
	return uint((k0 + k1*0xC2B2AE3D27D4EB4F) * 0x9E3779B97F4A7C15 >> (64 - wordSlotBits))
}

// byteInfo[c] is the entry of an ASCII byte c, in lower case, as a token
// of its own: the marks ("$", ",", ".") are a sixth of a news text's
// tokens.
var byteInfo [utf8.RuneSelf]wordInfo

// fillWordSlots puts the words of wordClass in wordSlots, and fills
// byteInfo. The words go
// in in the map's order: a word's slot may differ from one start to the
// next, never what wordInfoOf answers (sorting them first was 1.6% of a
// small check's start-up).
func fillWordSlots() {
	if len(wordClass) >= wordSlotCount/2 {
		panic("facts: wordClass outgrows wordSlots")
	}
	wordEntries = make([]wordEntry, 0, len(wordClass))
	for w, info := range wordClass {
		if len(w) > maxWordBytes {
			panic("facts: a word of wordClass is longer than maxWordBytes: " + w)
		}
		k0, k1 := wordKey(w)
		wordEntries = append(wordEntries, wordEntry{k0, k1, info})
		i := wordHash(k0, k1)
		for wordSlots[i] != 0 {
			i = (i + 1) & (wordSlotCount - 1)
		}
		wordSlots[i] = uint16(len(wordEntries))
	}
	for c := range byteInfo {
		byteInfo[c] = wordInfoOf(strings.ToLower(string(rune(c))))
	}
	for c := range markInfo {
		t := token{kind: tPunct, text: string(rune(c)), lower: string(rune(c))}
		classify(&t, false)
		markInfo[c] = wordInfo{cls: t.cls, words: t.words, dates: t.dates}
	}
}

// markInfo[c] is the classes, words and date rules classify gives an
// ASCII mark c (a token of its own): filled once wordClass is whole.
var markInfo [utf8.RuneSelf]wordInfo

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
	t.cls, t.words = wi.cls, wi.words
	classifyAs(t, wi, digit)
}

// classifyAs is classify of a token whose word's entry wi is known and
// whose cls and words already hold wi's.
func classifyAs(t *token, wi wordInfo, digit bool) {
	if t.kind != tWord || digit { // a word without digits: its table's classes (classOf)
		t.cls = classOf(t, wi.cls, digit)
	}
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
