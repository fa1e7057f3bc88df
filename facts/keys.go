package facts

import (
	"github.com/factlint/factlint/facts/events"
)

// A Lexicon says which words name which events; it lives in facts/events.
type Lexicon = events.Lexicon

// An Event is one entry of the lexicon.
type Event = events.Event

// clause boundaries stop the search for an event word.
var clauseStops = map[string]bool{"where": true, "which": true, "who": true, "whom": true,
	"whose": true, "that": true, "while": true, "but": true, "although": true, "because": true,
	";": true, ":": true, "—": true, "–": true, "(": true, ")": true, "after": true}

const (
	windowBefore      = 12 // words searched before a value for its event
	windowBeforePlace = 8
)

// key gives f its key: the event word it names itself ("first visit",
// "back in"), else the nearest event word of the same clause that takes
// its kind, before the value or just after it (scope words, "since the
// invasion", are skipped); then the participant of that event mention
// and the role of the value (events.Key).
func (x *extraction) key(f *found) {
	if f.event == nil {
		f.event, f.trigger = x.trigger(f)
	}
	measure := ""
	if f.Kind == KindCount {
		measure = x.measure(f)
	}
	if f.event == nil && measure != "" {
		// "12 people died": the count's measure names its event.
		f.event = x.opt.Lexicon.ByName(x.opt.Lexicon.MeasureEvent(measure))
		f.trigger = -1
	}
	if f.event == nil {
		return
	}
	role := f.event.Fields[f.Kind.String()]
	if role == "" {
		f.event = nil
		return
	}
	switch v := f.Value.(type) {
	case Quantity:
		if measure == "" {
			measure = v.Unit
		}
		role += "." + measure
	case Money: // amounts in different currencies are not compared
		role += "." + v.Currency
	}
	f.Event, f.Role = f.event.Name, role
	if f.trigger >= 0 {
		if p, inferred := x.participant(f.trigger); p != "" {
			f.Participants, f.Qual.Inferred = []string{p}, inferred
		}
	}
	f.Key = events.Key(f.Event, f.Participants, f.Role)
	f.Qual.Update = x.update(f)
}

// trigger finds the event word of a value that names none itself.
func (x *extraction) trigger(f *found) (*Event, int) {
	toks := x.s.toks
	takes := func(k int) *Event {
		// Event words count in lower case only ("Ukraine at War Update"
		// is a title, not a war), or first in the sentence.
		if k > 0 && toks[k].capitalized() {
			return nil
		}
		if e := x.opt.Lexicon.Event(toks[k].lower); e != nil && e.Takes(f.Kind.String()) {
			return e
		}
		return nil
	}
	inScope := func(k int) bool { return k >= f.scopeA && k < f.scopeB }
	window := windowBefore
	if f.Kind == KindPlace {
		// "visit to Kyiv", "visited Ukraine", "summit in Vilnius": a place
		// is an event's only right after a preposition or the event word.
		if f.a == 0 || !toks[f.a-1].is("to", "in", "at", "into") && takes(f.a-1) == nil {
			return nil, -1
		}
		if f.b < len(toks) && toks[f.b].text == "-" && !toks[f.b].space {
			return nil, -1 // "U.S.-led talks": an adjective
		}
		window = windowBeforePlace
	}
	best, dist := -1, 0
	for k := f.a - 1; k >= 0; k-- {
		if clauseStops[toks[k].lower] && !inScope(k) {
			break
		}
		if toks[k].kind == tPunct || inScope(k) {
			continue
		}
		if dist++; dist > window {
			break
		}
		if takes(k) != nil {
			best = k
			break
		}
	}
	if f.Kind != KindPlace && !f.afterOff {
		if k := x.triggerAfter(f, best >= 0, takes); k >= 0 {
			best = k
		}
	}
	if best < 0 {
		return nil, -1
	}
	return takes(best), best
}

// triggerAfter looks for the event word after the value: it must come
// next ("Thursday trip", "$325 million aid package") or after "in"/"of"
// ("euros in aid") or, for a length, one modifier ("14-month Russian
// invasion"); it wins over one found before only when it comes next. An
// ordinal's event may follow it anywhere in the sentence past its scope:
// "For the first time since the war began, Stoltenberg has travelled".
func (x *extraction) triggerAfter(f *found, haveBefore bool, takes func(int) *Event) int {
	toks := x.s.toks
	inScope := func(k int) bool { return k >= f.scopeA && k < f.scopeB }
	n := 0
	for k := f.b; k < len(toks); k++ {
		if inScope(k) {
			continue
		}
		if toks[k].kind == tPunct {
			if f.Kind == KindOrdinal && !haveBefore && toks[k].text == "," {
				continue
			}
			if toks[k].text == "," || toks[k].text == "." || clauseStops[toks[k].text] {
				return -1
			}
			continue
		}
		n++
		if takes(k) != nil && (n == 1 || !haveBefore) {
			return k
		}
		if f.Kind == KindOrdinal && !haveBefore && n < windowBefore && !clauseStops[toks[k].lower] {
			continue
		}
		// "euros in aid"; "the 14-month Russian invasion"
		if n >= 2 || !toks[k].is("in", "of") && f.Kind != KindDuration {
			return -1
		}
	}
	return -1
}

// measure names what a count counts from the words around it: "killing
// 12 people" and "12 people were killed" count the dead.
func (x *extraction) measure(f *found) string {
	toks := x.s.toks
	lex := x.opt.Lexicon
	if q, ok := f.Value.(Quantity); ok {
		if m := lex.Measure(q.Unit); m != "" {
			return m
		}
		if m := lex.Measure(plural(q.Unit)); m != "" {
			return m
		}
	}
	for k := f.a - 1; k >= 0 && k >= f.a-4; k-- {
		if toks[k].text == "," || toks[k].text == "." || clauseStops[toks[k].lower] {
			break
		}
		if m := lex.Measure(toks[k].lower); m != "" {
			return m
		}
	}
	for k := f.b; k < len(toks) && k < f.b+3; k++ {
		if toks[k].text == "," || toks[k].text == "." {
			break
		}
		if m := lex.Measure(toks[k].lower); m != "" {
			return m
		}
	}
	return ""
}

// update reports whether a count is said to have risen: "rose to",
// "has climbed to", "now".
func (x *extraction) update(f *found) bool {
	if f.Kind != KindCount && f.Kind != KindMoney {
		return false
	}
	toks := x.s.toks
	for k := f.a - 1; k >= 0 && k >= f.a-4; k-- {
		switch toks[k].lower {
		case "rose", "risen", "climbed", "increased", "jumped", "reached", "now", "rising", "climbing":
			return true
		}
		if toks[k].kind == tPunct {
			break
		}
	}
	return false
}
