package facts

import (
	"bytes"
	"encoding/json"
	"math/big"
	"strings"
	"testing"
)

// TestDispatch: wherever a date, a range of dates, an ordinal or a number
// starts in real text, and wherever each date rule reads a date, (the Recognizers-Text tables, the seed articles and,
// when ../shared/data is there, the ECB+ dev set), the token's class lets
// its reader run: the dispatch skips no value.
func TestDispatch(t *testing.T) {
	texts := dispatchTexts(t)
	opt := testOptions(t)
	opt.Tolerance = big.NewRat(1, 10)
	for _, dated := range []bool{true, false} {
		for _, text := range texts {
			dispatchText(t, opt, text, dated)
		}
	}
}

// dispatchTexts is the texts TestDispatch reads: the Recognizers-Text
// tables' inputs, the seed articles and, when ../shared/data is there
// (and not -short), the ECB+ dev set.
func dispatchTexts(t *testing.T) [][]byte {
	var texts [][]byte
	for _, tab := range peerTables {
		b, err := readTestdata("peer/recognizers-text/" + tab.file)
		if err != nil {
			t.Fatal(err)
		}
		var cases []peerCase
		if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &cases); err != nil {
			t.Fatal(err)
		}
		for _, c := range cases {
			texts = append(texts, []byte(c.Input))
		}
	}
	for _, n := range seedNames {
		b, err := readTestdata("stoltenberg/" + n)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, b)
	}
	if e := ecbCorpus(); e != nil && !testing.Short() {
		texts = append(texts, e)
	}
	return texts
}

// dispatchText checks TestDispatch's claims on one text.
func dispatchText(t *testing.T, opt Options, text []byte, dated bool) {
	meta := Meta{}
	if dated {
		meta.Date = Date{2016, 11, 7}
	}
	d, err := Load("a.txt", text, meta)
	if err != nil {
		return
	}
	x := &extraction{doc: d, opt: opt, ref: d.Date}
	for s := range sentences(d.prose, d.caseless) {
		x.s = &s
		x.sentence++
		x.used = make([]bool, len(s.toks))
		toks := s.toks
		for i, tk := range toks {
			_, _, date := x.dateAt(toks, i)
			_, _, ord := ordinalAt(toks, i)
			if !date && !ord {
				_, _, date = yearRange(toks, i)
			}
			if !date && !ord {
				_, _, date = x.periodRange(toks, i)
			}
			if !date && !ord {
				_, _, date = dayRange(toks, i)
			}
			if !date && !ord {
				_, _, date = decade(toks, i)
			}
			for k, r := range dateRules {
				var v DateValue
				_, m := r.read(x, toks, i, &v)
				if m != miss && tk.dates&(1<<k) == 0 {
					t.Errorf("%q in %q: rule %s reads a date at a token its dispatch skips (class %b)", tk.text, string(d.Text[s.start:s.end]), r.name, tk.cls)
				}
				if m != miss && tk.lower == "the" && (i+1 >= len(toks) || toks[i+1].cls&clsDate == 0) {
					t.Errorf("%q in %q: rule %s reads a date at \"the\" before a word of no date class, which dateAt skips", tk.text, string(d.Text[s.start:s.end]), r.name)
				}
			}
			if _, _, ranged := yearRange(toks, i); !ranged {
				if _, _, ranged = x.periodRange(toks, i); !ranged {
					if _, _, ranged = dayRange(toks, i); !ranged {
						_, _, ranged = decade(toks, i)
					}
				}
				if ranged && rangeLead(tk.lower) && (i+1 >= len(toks) || toks[i+1].cls&clsDate == 0) {
					t.Errorf("%q in %q: a range of dates starts at %q before a word of no date class, which dateRanges skips", tk.text, string(d.Text[s.start:s.end]), tk.lower)
				}
			}
			if (date || ord) && tk.cls&clsDate == 0 {
				t.Errorf("%q in %q: a date or ordinal starts at a token of class %b", tk.text, string(d.Text[s.start:s.end]), tk.cls)
			}
			if mayStartNumberSlow(&tk) && tk.cls&clsNumber == 0 {
				t.Errorf("%q: a number may start at a token of class %b", tk.text, tk.cls)
			}
			checkWordBits(t, &tk)
		}
	}
}

// checkWordBits: a token's word bits say which tables hold its word, as
// the readers that ask the bit instead of the table assume; and a month's
// name or its first letters has clsMonth (monthAt).
func checkWordBits(t *testing.T, tk *token) {
	t.Helper()
	tables := []struct {
		name string
		bit  uint16
		in   bool
	}{
		{"boundsOf", wBound, boundsOf[tk.lower] != nil},
		{"relativeOrdinalsOf", wRelOrdinal, relativeOrdinalsOf[tk.lower] != nil},
		{"nameJoiners", wNameJoiner, nameJoiners[tk.lower]},
		{"relational", wRelational, relational[tk.lower]},
		{"futureWords", wFuture, futureWords[tk.lower]},
		{"pastWords", wPast, pastWords[tk.lower]},
		{"ordinalWords", wOrdinal, ordinalWords[tk.lower] != 0},
		{"notPlaces", wNotPlace, notPlaces[tk.lower]},
	}
	for _, tb := range tables {
		if tb.in != (tk.words&tb.bit != 0) {
			t.Errorf("%q: in %s is %v, its bit says %v", tk.text, tb.name, tb.in, !tb.in)
		}
	}
	currency := subunits[tk.lower].code != "" || currencyWords[tk.lower] != "" || isoCodes[tk.lower] != "" || currencySymbols[tk.text] != ""
	for w := range currencyAdjectives {
		currency = currency || strings.HasPrefix(w, tk.lower+" ")
	}
	if currency && tk.words&wCurrencyAfter == 0 {
		t.Errorf("%q may name a currency after a number; its bit wCurrencyAfter is clear", tk.text)
	}
	for _, name := range monthNames {
		month := tk.lower == name || len(tk.lower) >= 3 && len(tk.lower) <= 4 && strings.HasPrefix(name, tk.lower)
		if tk.kind == tWord && month && tk.cls&clsMonth == 0 {
			t.Errorf("%q may name a month; its class %b has no clsMonth", tk.text, tk.cls)
		}
	}
}

// TestWordSlots: classify's table (wordSlots) gives
// every word of the dispatch tables its wordClass entry, and words of
// none of them nothing.
func TestWordSlots(t *testing.T) {
	for w, wi := range wordClass {
		if got := wordInfoOf(w); got != wi {
			t.Errorf("wordInfoOf(%q) = %+v; wordClass has %+v", w, got, wi)
		}
		for _, other := range []string{w + "x", "x" + w, strings.ToUpper(w), w[:len(w)-1]} {
			if _, in := wordClass[other]; !in && wordInfoOf(other) != (wordInfo{}) {
				t.Errorf("wordInfoOf(%q) = %+v; it is in no table", other, wordInfoOf(other))
			}
		}
	}
}

// TestDecadeWord: decadeWord finds every word of decadeWords (it looks
// only at words ending in "ies").
func TestDecadeWord(t *testing.T) {
	for w, d := range decadeWords {
		if got, ok := decadeWord(w); !ok || got != d {
			t.Errorf("decadeWord(%q) = %d, %v; decadeWords has %d", w, got, ok, d)
		}
	}
}

// TestWordBits: each word a table holds (of a table of bools, holds
// true) has the table's bit in wordClass, and a word it holds false has
// not.
func TestWordBits(t *testing.T) {
	bools := []struct {
		name  string
		bit   uint16
		table map[string]bool
	}{
		{"relational", wRelational, relational}, {"nameJoiners", wNameJoiner, nameJoiners},
		{"futureWords", wFuture, futureWords}, {"pastWords", wPast, pastWords},
		{"notPlaces", wNotPlace, notPlaces}, {"boundFirst", wBound, boundFirst},
	}
	for _, tb := range bools {
		for w, in := range tb.table {
			if has := wordClass[w].words&tb.bit != 0; has != in {
				t.Errorf("%s[%q] = %v; its bit says %v", tb.name, w, in, has)
			}
		}
	}
	for w := range relativeOrdinalsOf {
		if wordClass[w].words&wRelOrdinal == 0 {
			t.Errorf("relativeOrdinalsOf has %q; its bit is clear", w)
		}
	}
	for w := range ordinalWords {
		if wordClass[w].words&wOrdinal == 0 {
			t.Errorf("ordinalWords has %q; its bit is clear", w)
		}
	}
}

// TestMoneyFilter: in no sentence of TestDispatch's texts that
// numeralOf.money turns away does the money reader find an amount.
func TestMoneyFilter(t *testing.T) {
	opt := testOptions(t)
	opt.Tolerance = big.NewRat(1, 10)
	skipped := 0
	for _, text := range dispatchTexts(t) {
		d, err := Load("a.txt", text, Meta{})
		if err != nil {
			continue
		}
		x := takeScratch(d, opt)
		for s := range sentences(d.prose, d.caseless) {
			x.cur = s
			x.s = &x.cur
			x.sentence++
			if x.numerals().money {
				continue
			}
			skipped++
			n := len(s.toks)
			x.high = max(x.high, n, len(x.arena)) // as Extract: what giveScratch clears
			x.used, x.nums, x.numRead = cleared(x.used, n), sized(x.nums, n), cleared(x.numRead, n)
			x.placeStart, x.link, x.lex = cleared(x.placeStart, n), cleared(x.link, n), cleared(x.lex, n)
			x.found, x.arena = x.found[:0], x.arena[:0]
			x.moneyIn(s.toks)
			for _, f := range x.found {
				t.Errorf("%q: amount %q in a sentence numeralOf.money turns away", string(d.Text[s.start:s.end]), f.Span.Text())
			}
		}
		x.giveScratch()
	}
	if skipped == 0 {
		t.Error("numeralOf.money turned away no sentence")
	}
}
