package checker

import "unicode"

// A lone slip: dates a month or more apart of an event that repeats
// (a host, a fight, a win) are read as two occurrences and left alone
// (occurrencesApart). But when every source tells one occurrence of the
// key, at least two sources agree on its date and one source alone
// gives another, the lone date is more likely the same occurrence told
// wrong ("Ellen DeGeneres to host Oscars in 2011" among three stories
// of 2014) than a story of another one: a warning that asks which.
//
// It stays quiet when a source tells several occurrences (comparable
// left it out, or its dates do not unify), when a sentence on one side
// only tells of another occurrence ("again", "previous", "last", "first
// time", an ordinal naming one: the dissent may be a retrospective, or
// the consensus one), when the sides pin other ordinals, and for dates
// of saying.

// slipExplanation says why dates apart as two occurrences would be are
// reported.
const slipExplanation = "The dates lie apart as two occurrences of a repeated event would, but every source tells one occurrence and all but one agree on its date: another occurrence, or a slip?"

// oneOccurrenceEach reports whether every source of a key tells one
// occurrence of it (its values unify) and none was left out.
func oneOccurrenceEach(keyed, srcs map[string]*sourceKey) bool {
	if len(keyed) != len(srcs) {
		return false
	}
	for _, sk := range keyed {
		if !sk.consistent() {
			return false
		}
	}
	return true
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
	agree := map[string]bool{}
	for _, g := range sides[0] {
		for _, s := range g.Sources {
			if dissent[s] {
				return false
			}
			agree[s] = true
		}
	}
	if len(dissent) != 1 || len(agree) < 2 {
		return false
	}
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
	return len(p0) == 0 || len(p1) > 0
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
			text := c.Sentence.Doc.Text
			outside := string(text[c.Sentence.Start:c.Span.Start]) + " " + string(text[c.Span.End:c.Sentence.End])
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
// "back in 2008", "the time before".
var retrospective = map[string]bool{"first": true, "once": true, "back": true,
	"before": true, "since": true, "rematch": true, "twice": true, "times": true}

// hasOrdinalNumber reports whether the text holds an ordinal written in
// figures ("79th", "2nd").
func hasOrdinalNumber(text string) bool {
	rs := []rune(text)
	for i := 0; i+2 < len(rs); i++ {
		if !unicode.IsDigit(rs[i]) || unicode.IsDigit(rs[i+1]) {
			continue
		}
		suf := string(rs[i+1 : i+3])
		if suf == "st" || suf == "nd" || suf == "rd" || suf == "th" {
			if i+3 == len(rs) || !unicode.IsLetter(rs[i+3]) {
				return true
			}
		}
	}
	return false
}
