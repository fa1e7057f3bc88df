package facts

import "github.com/factlint/factlint/facts/events"

// A date or a place whose own search found no event word (trigger) may
// still be told in the clause of an event the clause reader keyed for
// another value of the sentence, beyond the words it searches: "Services
// on Egypt's three telecom operators were disrupted in parts of
// Alexandria on Tuesday afternoon". keyLate gives it that event when
// nothing makes the reading doubtful: the sentence keys one event only;
// the event takes the value's kind and holds no value of that kind in
// the sentence yet; the value is the only one of its kind left unkeyed
// there; and it follows the event word in the same clause, with no
// comma, clause boundary, subordinate word, verb of saying, other verb
// or other event word between.

// lateWords is how many words may stand between the event word and the
// value.
const lateWords = 24

// keyLate keys the values of the sentence that keyLate's rule gives an
// event; it runs once every value of the sentence is keyed.
func (x *extraction) keyLate() {
	ev, at := x.onlyEvent()
	if ev == nil {
		return
	}
	for _, f := range x.found {
		if !f.open || f.Key != "" || f.a <= at || (f.Kind != KindDate && f.Kind != KindPlace) ||
			!ev.Takes(f.Kind.String()) || x.kindHeld(f, ev) || !x.sameClause(at, f) {
			continue
		}
		if f.Kind == KindPlace {
			if _, ok := x.triggerWindow(f, func(k int) *Event { return x.eventAt(f, k) }); !ok {
				continue
			}
		}
		f.event, f.trigger = ev, at
		x.key(f)
	}
}

// onlyEvent returns the one event the keyed values of the sentence hang
// on and its word, or nil when they hang on none, on several, or on
// events with no word in the sentence.
func (x *extraction) onlyEvent() (*Event, int) {
	var ev *Event
	at := -1
	for _, g := range x.found {
		if g.Kind == 0 || g.Key == "" || g.Kind == KindAge {
			continue
		}
		if g.event == nil || g.trigger < 0 || ev != nil && (g.event.KeyName() != ev.KeyName() || g.trigger != at) {
			return nil, -1
		}
		ev, at = g.event, g.trigger
	}
	return ev, at
}

// kindHeld reports whether the sentence holds, beside f, a value of f's
// kind that is keyed to ev or left unkeyed: the event's value of that
// kind is told already, or f is one of several candidates.
func (x *extraction) kindHeld(f *found, ev *Event) bool {
	for _, g := range x.found {
		if g != f && g.Kind == f.Kind && (g.Key == "" || g.event != nil && g.event.KeyName() == ev.KeyName()) {
			return true
		}
	}
	return false
}

// sameClause reports whether f follows the event word at toks[at] in
// its clause: within lateWords words, with no comma or other stop, no
// clause boundary, subordinate word, verb of saying, other verb or
// other event word between.
func (x *extraction) sameClause(at int, f *found) bool {
	toks := x.s.toks
	if f.a-at > lateWords {
		return false
	}
	for k := at + 1; k < f.a; k++ {
		t := &toks[k]
		switch {
		case t.kind == tPunct && !t.is("-", "'", "’"),
			t.words&(wClauseStop|wSpeech|wOtherVerb) != 0 && !auxiliaries[t.lower],
			subordinate[t.lower],
			x.lexEvent(k) != nil,
			t.kind == tWord && !t.capitalized() && events.PastVerb(t.lower) != "":
			return false
		}
	}
	return true
}
