package facts

import (
	"math/big"
	"testing"
)

// TestDateScan: wherever a reader the dateScan lets skip reads a value in
// real text (TestDispatch's texts, with and without a document date),
// the scan lets it run: a rule reads a date only in a sentence with the
// words it needs, each reader of periodRange with its words, dayRange
// before a month, yearRange and and decade where their
// may-start tests say.
func TestDateScan(t *testing.T) {
	for w := range weekdays { // weekdayOf reads the table only at a token of clsWeekday
		if wordClass[w].cls&clsWeekday == 0 {
			t.Errorf("%q: a day's name without clsWeekday", w)
		}
	}
	for w, wi := range wordClass { // rescan reads these from the tokens of clsDate
		if wi.cls&clsDate == 0 && (wi.cls&clsMonth != 0 || wi.words&(wOrdinal|wOrdinalPart) != 0) {
			t.Errorf("%q: a month's or an ordinal's word without clsDate", w)
		}
	}
	opt := testOptions(t)
	opt.Tolerance = big.NewRat(1, 10)
	for _, dated := range []bool{true, false} {
		for _, text := range dispatchTexts(t) {
			meta := Meta{}
			if dated {
				meta.Date = Date{2016, 11, 7}
			}
			d, err := Load("a.txt", text, meta)
			if err != nil {
				continue
			}
			x := &extraction{doc: d, opt: opt, ref: d.Date}
			for s := range sentences(d.prose, d.caseless) {
				x.s = &s
				x.sentence++
				x.used = make([]bool, len(s.toks))
				for i := range s.toks {
					scanToken(t, x, s.toks, i)
				}
			}
		}
	}
}

// scanToken checks TestDateScan's claims at toks[i].
func scanToken(t *testing.T, x *extraction, toks []token, i int) {
	t.Helper()
	sc := x.scan(toks)
	for r, rule := range dateRules {
		var v DateValue
		if _, m := rule.read(x, toks, i, &v); m != miss && sc.cannot&(1<<r) != 0 {
			t.Errorf("%q: rule %s reads a date in a sentence the scan says lacks its words %b", toks[i].text, rule.name, rule.needs&^sc.has)
		}
	}
	if _, _, ok := yearRange(toks, i); ok && !mayStartYearRange(toks, i) {
		t.Errorf("%q: a range of years starts where mayStartYearRange says none may", toks[i].text)
	}
	if _, _, ok := decade(toks, i); ok && !mayStartDecade(toks, i) {
		t.Errorf("%q: a decade starts where mayStartDecade says none may", toks[i].text)
	}
	if tk := &toks[i]; tk.cls&clsDate == 0 && (tk.cls&(clsMonth|clsDigit) != 0 || tk.words&(wOrdinal|wOrdinalPart) != 0) {
		t.Errorf("%q: a month, digit or ordinal's word without clsDate, which rescan reads them from", tk.text)
	}
	if weekdays[toks[i].lower] != weekdayOf(&toks[i]) {
		t.Errorf("%q: weekdayOf's class misses a day's name", toks[i].text)
	}
	if monthPrefix(toks[i].lower) != monthOf(&toks[i]) {
		t.Errorf("%q: monthOf's classes miss a month", toks[i].text)
	}
	var m timexRead
	if _, ok := x.rangeAt(toks, i, &m); ok && !sc.ranges {
		t.Errorf("%q: a range of dates starts in a sentence the scan says has none", toks[i].text)
	}
	if _, ok := x.rangeAt(toks, i, &m); ok && !mayStartRange(sc, toks, i) {
		t.Errorf("%q: a range of dates starts where mayStartRange says none may", toks[i].text)
	}
	if _, _, ok := ordinalAt(toks, i); ok && !sc.ordinal {
		t.Errorf("%q: an ordinal starts in a sentence the scan says has none", toks[i].text)
	}
	if _, _, ok := dayRange(toks, i); ok && sc.month < i {
		t.Errorf("%q: a range of days starts after the sentence's last month", toks[i].text)
	}
	j := i
	if toks[j].is("the") && j+1 < len(toks) {
		j++
	}
	readers := []struct {
		name  string
		read  func(*extraction, []token, int, int) (timexRead, int, bool)
		needs sentenceHas
	}{
		{"halfYear", (*extraction).halfYear, sHalf},
		{"quarterOrdinal", (*extraction).quarterOrdinal, sQuarter},
		{"partOfYear", (*extraction).partOfYear, sOf | sUnit},
		{"quarterNamed", (*extraction).quarterNamed, sQ},
		{"relativeQuarter", (*extraction).relativeQuarter, sQuarter},
	}
	for _, r := range readers {
		if _, _, ok := r.read(x, toks, i, j); ok && r.needs&^sc.has != 0 {
			t.Errorf("%q: %s reads a range in a sentence without its words", toks[i].text, r.name)
		}
	}
	if !x.ref.IsZero() {
		if _, _, ok := x.periodFromRef(toks, i, j); ok && sc.has&(sUnit|sQuarters) == 0 {
			t.Errorf("%q: periodFromRef reads a range in a sentence without a unit", toks[i].text)
		}
	}
}
