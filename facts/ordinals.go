package facts

import (
	"slices"
	"strconv"
)

var ordinalWords = map[string]int64{"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5,
	"sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}

var possessives = map[string]bool{"his": true, "her": true, "their": true, "its": true, "my": true, "our": true, "your": true}

// ordinals finds "first visit since ...", "for the first time since ...",
// "his first since ...", "second trip", "back in Kyiv", "returned to Kyiv",
// "visited ... again".
func (x *extraction) ordinals(toks []token) {
	lex := x.opt.Lexicon
	for _, i := range x.ordinalStarts() {
		t := &toks[i]
		if x.used[i] || t.kind != tWord {
			continue
		}
		if t.words&wOrdinal != 0 && i+1 <= len(toks) { // ordinalWords has it
			n := ordinalWords[t.lower]
			next := i + 1
			if next < len(toks) && toks[next].is("ever") {
				next++
			}
			var ev *Event
			end := i + 1
			switch {
			case next < len(toks) && lex.Event(toks[next].lower) != nil:
				ev, end = lex.Event(toks[next].lower), next+1
			case next < len(toks) && toks[next].is("time"):
				end = next + 1
			case i > 0 && possessives[toks[i-1].lower] && (next >= len(toks) || toks[next].is("since", "in") || toks[next].kind == tPunct):
			default:
				continue
			}
			f := x.emit(KindOrdinal, Ordinal{N: Exact(ratInt(n))}, i, i+1, Qualifiers{})
			x.addReadings(f, Reading{Type: ReadOrdinal, Span: f.Span, Value: strconv.FormatInt(n, 10)})
			f.event = ev
			if ev != nil {
				f.trigger = next
			}
			x.scope(f, end)
			continue
		}
		// "back in Kyiv", "returned to Kyiv"
		if i+2 < len(toks) && x.placeAt(i+2) && (toks[i+1].lower == "in" || toks[i+1].lower == "to") {
			if ev := lex.Again(t.lower); ev != nil {
				if t.is("back") && i > 0 && !toks[i-1].is("be", "been", "is", "are", "was", "were", "am", "go", "went", "come", "came", "get", "got", "travel", "travelled", "traveled", "fly", "flew", "arrive", "arrived") {
					continue // "push forces back in the east": back as a direction
				}
				f := x.emit(KindOrdinal, Ordinal{N: Interval{Lo: ratInt(1), LoOpen: true}}, i, i+2, Qualifiers{})
				f.event, f.trigger = ev, i
				continue
			}
		}
		if t.lower == "again" && i > 0 {
			f := x.emit(KindOrdinal, Ordinal{N: Interval{Lo: ratInt(1), LoOpen: true}}, i, i+1, Qualifiers{})
			f.afterOff = true // the event stands before "again"
		}
	}
}

// ordinalStarts returns the tokens of the sentence ordinals reads, in
// order: the ordinal words and "again" of numerals' starts, and the
// words two before a place ("back in Kyiv"). At any other token it finds
// nothing.
func (x *extraction) ordinalStarts() []int {
	nm := x.numerals()
	out := append(nm.ordinal[:0], nm.words...)
	// the places of the sentence are its claims of KindPlace, each where
	// placeStart is set (places runs before ordinals)
	sorted := true
	for _, f := range x.found {
		if p := f.a; f.Kind == KindPlace && p >= 2 {
			sorted = sorted && (len(out) == 0 || out[len(out)-1] < p-2)
			out = append(out, p-2)
		}
	}
	if !sorted {
		slices.Sort(out)
		out = slices.Compact(out)
	}
	nm.ordinal = out
	return out
}

// ordinalNumber records the ordinal at toks[i] that numbers reads, "the
// twenty-first", "21st", "penultimate", and returns its end. numbers asks
// only in a sentence with a word ordinalAt needs (dateScan.ordinal: an
// ordinal or relative one, a part of one, a word with digits).
func (x *extraction) ordinalNumber(toks []token, i int) (int, bool) {
	if !mayStartOrdinal(toks, i) {
		return i, false
	}
	v, end, ok := ordinalAt(toks, i)
	if !ok || x.anyUsed(i, end) {
		return i, false
	}
	o := Ordinal{Relative: v}
	if r, ok := ratOfDigits(v); ok {
		o = Ordinal{N: Exact(r)}
	}
	f := x.emit(KindOrdinal, o, i, end, Qualifiers{})
	x.addReadings(f, Reading{Type: ReadOrdinal, Value: v, Span: f.Span})
	return end, true
}

// mayStartOrdinal is a cheap test that ordinalAt may read an ordinal at
// toks[i]: an ordinal word or a word that starts one ("last",
// "twentieth"), a hyphen before an ordinal ("- sixth"), or the start of
// a numeral ("twenty-first", "21st"; compoundOrdinal reads the numeral
// with compoundAt, which reads none where mayStartCompound turns it
// away). "The", the commonest word, starts
// one only before an ordinal or number word ("the last but one", "the
// second to last", "the one before the last").
func mayStartOrdinal(toks []token, i int) bool {
	t := &toks[i]
	if t.lower == "the" {
		return i+1 < len(toks) && ordinalWordAfterThe(&toks[i+1])
	}
	return t.words&(wOrdinal|wOrdinalPart|wRelOrdinal) != 0 || t.text == "-" ||
		t.cls&clsNumber != 0 && mayStartCompound(toks, i)
}

// ordinalWordAfterThe reports whether t is a word a relative ordinal
// phrase goes on with after "the": an ordinal, relative ordinal or
// number word.
func ordinalWordAfterThe(t *token) bool {
	return t.words&(wOrdinal|wRelOrdinal) != 0 || t.cls&clsNumeral != 0
}

// placeAt reports whether a place claim of this sentence starts at token k.
func (x *extraction) placeAt(k int) bool { return x.placeStart[k] }

// scope records "since ..." after an ordinal: the words from "since" to
// the end of the clause qualify the ordinal and are not searched for its
// event.
func (x *extraction) scope(f *found, from int) {
	toks := x.s.toks
	for k := from; k < len(toks) && k < from+8; k++ {
		if toks[k].is("since") {
			e := k + 1
			for e < len(toks) && !(toks[e].kind == tPunct && (toks[e].text == "," || toks[e].text == "." || toks[e].text == ";")) {
				e++
			}
			f.scopeA, f.scopeB = k, e
			f.Qual.Scope = string(x.doc.Text[toks[k].start:toks[e-1].end])
			return
		}
		if toks[k].kind == tPunct && toks[k].text != "’" && toks[k].text != "'" {
			return
		}
	}
}
