package facts

import (
	"slices"
	"sort"
)

// A dateScan is what the date readers learn of a sentence in one pass
// over its tokens before they try its tokens one by one: which of the
// few words some readers cannot do without it holds, and where the last
// of some stands. A reader whose word the sentence lacks reads nothing
// in it and is not tried ("nearly 14 months ago" needs "ago" and a unit
// of time; "November 18-19" a month).
type dateScan struct {
	sentence int         // x.sentence when it was read (sentences count from 1)
	has      sentenceHas // the words it holds
	cannot   uint64      // the date rules whose needs it lacks (dateRule.needs)
	month    int         // the last token of clsMonth (monthAt), or -1
	from     int         // the last "from", "starting" or "beginning" (lengthFrom), or -1
	dated    []int32     // the tokens of clsDate, in order: the only ones the readers try
	ordinal  bool        // a word an ordinal needs (ordinalAt): an ordinal word or part of one, sRelOrdinal, a word with a digit
	ranges   bool        // a word a range of dates needs (rangeAt): digits, a month, a unit or period, a decade's word
	val      DateValue   // the date the date rules read into (dateInto), the sentence's scratch
}

// seek is the place in dated of its first token at or after token i.
func seek(dated []int32, i int) int {
	return sort.Search(len(dated), func(p int) bool { return int(dated[p]) >= i })
}

// sentenceHas says which words a sentence holds, of those the date
// readers need.
type sentenceHas uint16

const (
	sAgo         sentenceHas = 1 << iota // "ago"
	sUnit                                // a unit of time (timeUnit): "day", "weeks"
	sOf                                  // "of"
	sBeforeAfter                         // "before", "after", "earlier", "later"
	sMonth                               // a token of clsMonth (monthAt)
	sMonthPrefix                         // a month's name or its first letters, three or more (monthOf)
	sQuarter                             // "quarter"
	sQuarters                            // "quarter", "quarters", "decade", "decades", "fortnight" (periodFromRef)
	sQ                                   // "q1" to "q4" (quarterAt)
	sHalf                                // "h1", "h2" (halfYear)
	sFrom                                // "from", "starting", "beginning" (lengthFrom)
	sWeekend                             // "weekend"
	sRef                                 // "now", "currently", "present", "past"... (refWord)
	sHoliday                             // the first word of a holiday's name (holidays)
	sRelOrdinal                          // a word every relative ordinal holds: "last", "next", "previous" (relativeOrdinals)
	sDecade                              // a decade's word ("nineties", decadeWords) or "century" (decade)

	sentenceWords = iota // the number of them
)

// scan is the sentence's dateScan, read at the first reader that asks
// (toks are the sentence's tokens: every reader reads them whole).
func (x *extraction) scan(toks []token) *dateScan {
	if d := &x.dscan; d.sentence == x.sentence {
		return d
	}
	return x.rescan(toks)
}

// rescan reads the sentence's dateScan. What a word holds of
// scanWords its token carries (the bits of token.dates from scanShift
// up), read with its entry in wordClass when it was tokenized. The pass
// over every token gathers only what any token may hold (the tokens of
// clsDate, the scan's words); what only a token of clsDate holds (a
// month, a digit, an ordinal's word) is read from those after it.
func (x *extraction) rescan(toks []token) *dateScan {
	d := &x.dscan
	dated := slices.Grow(d.dated[:0], len(toks))[:len(toks)]
	n, has := 0, sentenceHas(0)
	for i := range toks {
		t := &toks[i]
		// every token is written, the count moves on past those of
		// clsDate only: a third of the tokens, no branch to guess
		dated[n] = int32(i)
		n += int(t.cls / clsDate & 1)
		// every word of scanWords is a word, whose token starts with a
		// letter: any other token's bits are clear
		has |= sentenceHas(t.dates >> scanShift)
	}
	// field by field: the scratch value (val) is left as it is
	d.sentence, d.has, d.month, d.from, d.dated = x.sentence, has, -1, -1, dated[:n]
	d.readDated(toks)
	if has&sFrom != 0 {
		d.from = lastFrom(toks)
	}
	lacks := ^d.has & (1<<sentenceWords - 1)
	d.cannot = scanMask | cannotLow[lacks&0xff] | cannotHigh[lacks>>8]
	return d
}

// readDated reads what only a token of clsDate may hold from d.dated: the
// last month (clsMonth), a word with a digit ("21st"), an ordinal's word
// (wOrdinal, wOrdinalPart), the classes the tokens have between them.
func (d *dateScan) readDated(toks []token) {
	words, cls, digitWord := uint16(0), uint8(0), false
	for _, i := range d.dated {
		t := &toks[i]
		if t.cls&clsMonth != 0 {
			d.month = int(i)
		}
		words, cls = words|t.words, cls|t.cls
		if t.cls&clsDigit != 0 && t.kind == tWord {
			digitWord = true
		}
	}
	if d.month >= 0 {
		d.has |= sMonth | sMonthPrefix // clsMonth: "sep", "sept", "september"
	}
	d.ordinal = digitWord || words&(wOrdinal|wOrdinalPart) != 0 || d.has&sRelOrdinal != 0
	d.ranges = cls&clsDigit != 0 || d.month >= 0 || d.has&(sHalf|sQuarter|sQ|sUnit|sQuarters|sDecade) != 0
}

// lastFrom is the last token of sFrom ("from", "starting", "beginning"),
// or -1.
func lastFrom(toks []token) int {
	for i := len(toks) - 1; i >= 0; i-- {
		if sentenceHas(toks[i].dates>>scanShift)&sFrom != 0 {
			return i
		}
	}
	return -1
}

// scanWords is what a sentence holds by holding each word (and, added
// by scanTables, the longer prefixes of the months' names and the first
// words of the holidays' names).
var scanWords = []scanEntry{{"ago", sAgo}, {"of", sOf},
	{"day", sUnit}, {"days", sUnit}, {"week", sUnit}, {"weeks", sUnit}, {"month", sUnit}, {"months", sUnit}, {"year", sUnit}, {"years", sUnit},
	{"before", sBeforeAfter}, {"after", sBeforeAfter}, {"earlier", sBeforeAfter}, {"later", sBeforeAfter},
	{"quarter", sQuarter | sQuarters}, {"quarters", sQuarters}, {"decade", sQuarters}, {"decades", sQuarters}, {"fortnight", sQuarters},
	{"q1", sQ}, {"q2", sQ}, {"q3", sQ}, {"q4", sQ}, {"h1", sHalf}, {"h2", sHalf},
	{"from", sFrom}, {"starting", sFrom}, {"beginning", sFrom}, {"weekend", sWeekend},
	{"now", sRef}, {"currently", sRef}, {"nowadays", sRef}, {"presently", sRef}, {"formerly", sRef}, {"present", sRef}, {"past", sRef},
	{"last", sRelOrdinal}, {"next", sRelOrdinal}, {"previous", sRelOrdinal}, {"current", sRelOrdinal}, {"penultimate", sRelOrdinal}, {"antepenultimate", sRelOrdinal}}

// A token's dates holds the date rules that may start at it in its low
// bits and, from scanShift up, what a sentence holds by holding its word
// (sentenceHas; scanTables puts it in wordClass). scanMask is those high
// bits: every dateScan.cannot holds them, so that dates &^ cannot is
// rules only.
const (
	scanShift = 64 - sentenceWords
	scanMask  = ^uint64(0) >> scanShift << scanShift
)

// A scanEntry is a word and what a sentence holds by holding it.
type scanEntry struct {
	word string
	has  sentenceHas
}

// cannotLow[b] holds the date rules that need a word of the low byte b
// of sentenceHas (dateRule.needs); cannotHigh those of the high byte.
var cannotLow, cannotHigh [256]uint64

// scanTables puts scanWords (and the longer prefixes of the months'
// names and the first words of the holidays' names) in wordClass, and
// fills cannotLow and cannotHigh, once dateRules are set and before
// dispatch reads wordClass (dateDispatch).
func scanTables() {
	if len(dateRules) > scanShift {
		panic("facts: the date rules reach the scan's bits of token.dates")
	}
	for _, e := range scanWords {
		addScanWord(e.word, e.has)
	}
	for _, w := range monthPrefixes() { // "septem": monthOf, not clsMonth
		addScanWord(w, sMonthPrefix)
	}
	for _, h := range holidays {
		addScanWord(h.words[0], sHoliday)
	}
	for w := range decadeWords {
		addScanWord(w, sDecade)
	}
	addScanWord("century", sDecade)
	for b := range 256 {
		for r, rule := range dateRules {
			if uint(rule.needs)&uint(b) != 0 {
				cannotLow[b] |= 1 << r
			}
			if uint(rule.needs)>>8&uint(b) != 0 {
				cannotHigh[b] |= 1 << r
			}
		}
	}
}

// addScanWord adds h to what a sentence holds by holding w.
func addScanWord(w string, h sentenceHas) {
	wi := wordClass[w]
	wi.dates |= uint64(h) << scanShift
	wordClass[w] = wi
}
