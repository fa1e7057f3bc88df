package checker

import (
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts"
)

// A lone slip: dates a month or more apart of an event that repeats
// (a host, a fight, a win) are read as two occurrences and left alone
// (occurrencesApart). But when every source compared tells one
// occurrence of the key, two or more sources agree on a date naming a
// year or month, and one source alone gives another, the lone date is
// more likely the same occurrence told wrong ("previously hosted the
// show in 2004" against two stories of her 2007 Oscars) than another
// occurrence: a warning that asks which, naming both sides.
//
// A source that tells several occurrences (comparable left it out, or
// kept its named claims only) is no voice on either side, but it keeps
// the warning quiet when it tells the lone date among its own. A weekday
// counts for no side ("2008" and "Saturday" agree, but may be two
// fights). Words of another occurrence ("again", "previous", "last",
// "first", "back", an ordinal) must mark both sides or neither: a
// retrospective against an unmarked date may be two occurrences, an
// earlier unmarked date too ("previously hosted in 2004" against "hosted
// in 1997": a host of many ceremonies). The dissent may not pin an ordinal the
// consensus does not; dates of saying are left alone.

// slipExplanation says why dates apart as two occurrences would be are
// reported.
const slipExplanation = "The dates lie apart as two occurrences of a repeated event would, but every source compared tells one occurrence and all but one agree on its date: another occurrence, or a slip?"

// leftOut returns the values of the sources of a key that tell several
// (comparable left them out, or kept only their named claims), and
// false when a source compared still tells several.
func leftOut(keyed, srcs map[string]*sourceKey) ([]*Group, bool) {
	var out []*Group
	for s, sk := range keyed {
		if kept, ok := srcs[s]; ok && !oneValue(kept) {
			return nil, false
		}
		if !oneValue(sk) {
			out = append(out, sk.groups...)
		}
	}
	return out, true
}

// oneValue reports whether all the values of a source unify, those
// that stand alone too ("since losing in April 2004, and since his April
// 2006 victory": two occurrences).
func oneValue(sk *sourceKey) bool {
	for i, g := range sk.groups {
		for _, h := range sk.groups[i+1:] {
			if g.val.Unify(h.val).Validate() != nil {
				return false
			}
		}
	}
	return true
}

// toldElsewhere reports whether a value of the sources left out unifies
// with the dissenting date: that source tells it as an occurrence of
// its own.
func toldElsewhere(dissent Group, others []*Group) bool {
	for _, g := range others {
		if !namesYearOrMonth(g) {
			continue // "next year" says nothing of it
		}
		if g.val.Unify(dissent.val).Validate() == nil {
			return true
		}
	}
	return false
}

// loneSlip reports whether a conflict whose sides lie apart as two
// occurrences would is one source's lone dissent against two or more
// agreeing sources, with the marks of another occurrence alike on both
// sides.
func loneSlip(sides [2][]Group) bool {
	if len(sides[1]) != 1 {
		return false
	}
	dissent := map[string]bool{}
	for _, s := range sides[1][0].Sources {
		dissent[s] = true
	}
	// Only dates that name a year or a month count for the consensus:
	// "2008" and "Saturday" agree, but may tell two occurrences.
	agree := map[string]bool{}
	for _, g := range sides[0] {
		for _, s := range g.Sources {
			if dissent[s] {
				return false
			}
			if namesYearOrMonth(&g) {
				agree[s] = true
			}
		}
	}
	if len(dissent) != 1 || len(agree) < 2 {
		return false
	}
	// A pin on the consensus side only is a mark like any other: the
	// rule above already asks the dissent to be marked too.
	m0, p0, ok0 := marks(sides[0])
	m1, p1, ok1 := marks(sides[1])
	if !ok0 || !ok1 || m0 != m1 {
		return false // a retrospective on one side only: two occurrences, maybe
	}
	for p := range p1 {
		if !p0[p] {
			return false // other ordinals: other occurrences
		}
	}
	return true
}

// marks reports whether a claim of the groups is told in a sentence with
// a word of another occurrence outside the date's own words, the
// ordinals the sentences pin, and false when a claim has no sentence.
func marks(side []Group) (marked bool, pins map[string]bool, ok bool) {
	pins = map[string]bool{}
	for _, g := range side {
		for _, c := range g.Claims {
			if c.Sentence.Doc == nil {
				return false, nil, false
			}
			outside := outsideValue(c)
			if hasWord(outside, occurrence) || hasWord(outside, retrospective) || hasOrdinalNumber(outside) {
				marked = true
			}
			if p, ok := pin(c); ok {
				pins[p] = true
			}
		}
	}
	return marked, pins, true
}

// retrospective are words that tell of an occurrence other than the one
// a story is about, beside occurrence's: "first hosted", "once again",
// "back in 2008", "the time before", "re-elected" (the prefix of a verb
// done again, a word of its own once the hyphen splits it).
var retrospective = map[string]bool{"first": true, "once": true, "back": true,
	"before": true, "since": true, "rematch": true, "twice": true, "times": true, "re": true}

// hasOrdinalNumber reports whether the text holds an ordinal written in
// figures ("79th", "2nd,": ordinalWord).
func hasOrdinalNumber(text string) bool {
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		if ordinalWord(w) {
			return true
		}
	}
	return false
}

// namesYearOrMonth reports whether a group's date names a year or a
// month (a weekday or "next year" alone does not).
func namesYearOrMonth(g *Group) bool {
	d, ok := g.Claims[0].Value.(facts.DateValue)
	return ok && (d.Year != 0 || len(d.Months) > 0)
}
