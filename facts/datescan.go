package facts

import (
	"math/bits"
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

// rescan reads the sentence's dateScan.
func (x *extraction) rescan(toks []token) *dateScan {
	d := &x.dscan
	*d = dateScan{sentence: x.sentence, month: -1, from: -1, dated: d.dated[:0]}
	for i := range toks {
		t := &toks[i]
		if t.cls&clsDate != 0 {
			d.dated = append(d.dated, int32(i))
		}
		if t.cls&clsMonth != 0 {
			d.month = i
			d.has |= sMonth | sMonthPrefix // clsMonth: "sep", "sept", "september"
		}
		if t.kind != tWord {
			continue // every word of scanWords is a word
		}
		if b := scanBit(t.lower); scanFilter[b/64]&(1<<(b%64)) != 0 { // most words: none of them
			h := scanSlotOf(t.lower, b)
			d.has |= h
			if h&sFrom != 0 {
				d.from = i
			}
		}
	}
	for lacks := ^d.has & (1<<sentenceWords - 1); lacks != 0; lacks &= lacks - 1 {
		d.cannot |= rulesNeeding[bits.TrailingZeros16(uint16(lacks))]
	}
	return d
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
	{"now", sRef}, {"currently", sRef}, {"nowadays", sRef}, {"presently", sRef}, {"formerly", sRef}, {"present", sRef}, {"past", sRef}}

// scanFilter has bit scanBit(w) set for every word w of scanEntries: a
// word whose bit is clear is none of them. scanSlots is scanEntries as a
// table open-addressed by scanBit: the slot
// of a word, or the first free one after it, holds its index in
// scanEntries plus one.
var (
	scanFilter  [scanFilterBits / 64]uint64
	scanSlots   [scanFilterBits]uint8
	scanEntries []scanEntry
)

// scanFilterBits is the size of scanFilter in bits and of scanSlots.
const scanFilterBits = 1 << 12

// scanBit is a word's bit in scanFilter: a hash of its length and its
// first, second and last bytes.
func scanBit(w string) uint {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[min(1, len(w)-1)])*0x27D4EB2F
	return uint((h ^ h>>15) % scanFilterBits)
}

// A scanEntry is a word and what a sentence holds by holding it.
type scanEntry struct {
	word string
	has  sentenceHas
}

// scanSlotOf is what a sentence holds by holding w, whose bit b
// (wordBit) scanFilter has, read through scanSlots.
func scanSlotOf(w string, b uint) sentenceHas {
	for i := b; scanSlots[i] != 0; i = (i + 1) % scanFilterBits {
		if e := &scanEntries[scanSlots[i]-1]; e.word == w {
			return e.has
		}
	}
	return 0
}

// rulesNeeding[k] holds the date rules that need the word 1<<k of
// sentenceHas (dateRule.needs).
var rulesNeeding [sentenceWords]uint64

// scanTables fills scanEntries, scanFilter, scanSlots and rulesNeeding,
// once dateRules are set.
func scanTables() {
	for _, e := range scanWords {
		addScanWord(e.word, e.has)
	}
	for _, w := range monthPrefixes() { // "septem": monthOf, not clsMonth
		addScanWord(w, sMonthPrefix)
	}
	for _, h := range holidays {
		addScanWord(h.words[0], sHoliday)
	}
	for r, rule := range dateRules {
		for k := range rulesNeeding {
			if rule.needs&(1<<k) != 0 {
				rulesNeeding[k] |= 1 << r
			}
		}
	}
}

// addScanWord adds to what a sentence holds by holding w.
func addScanWord(w string, h sentenceHas) {
	b := scanBit(w)
	i := b
	for ; scanSlots[i] != 0; i = (i + 1) % scanFilterBits {
		if e := &scanEntries[scanSlots[i]-1]; e.word == w {
			e.has |= h
			return
		}
	}
	if len(scanEntries) == 255 {
		panic("facts: scanEntries outgrow scanSlots")
	}
	scanFilter[b/64] |= 1 << (b % 64)
	scanEntries = append(scanEntries, scanEntry{w, h})
	scanSlots[i] = uint8(len(scanEntries))
}
