package facts

import "sync"

// A Lexicon says which words name which events, and which claim kinds an
// event takes under which field: visit takes a date ("visit.date"), a place
// and an ordinal; invasion takes a date as "invasion.start". It comes from
// the rules (rules/lexicon.cue) and users extend it there.
type Lexicon struct {
	Events []Event

	once   sync.Once
	words  map[string]*Event
	againW map[string]*Event
}

// An Event is one entry of the lexicon.
type Event struct {
	Name   string
	Words  []string        // "visit", "visited", "trip"
	Again  []string        // words that say it happened before: "back", "returned"
	Fields map[Kind]string // kinds the event takes, and the key field for each
}

func (l *Lexicon) build() {
	l.words, l.againW = map[string]*Event{}, map[string]*Event{}
	for i := range l.Events {
		e := &l.Events[i]
		for _, w := range e.Words {
			if _, dup := l.words[w]; !dup {
				l.words[w] = e
			}
		}
		for _, w := range e.Again {
			if _, dup := l.againW[w]; !dup {
				l.againW[w] = e
			}
		}
	}
}

func (l *Lexicon) event(w string) *Event {
	if l == nil {
		return nil
	}
	l.once.Do(l.build)
	return l.words[w]
}

func (l *Lexicon) again(w string) *Event {
	if l == nil {
		return nil
	}
	l.once.Do(l.build)
	return l.againW[w]
}

// keyFor is the key of a claim of kind k about event e: "visit.date",
// "talks.count.nation", "aid.amount.USD"; "" when the event does not take
// that kind.
func keyFor(e *Event, k Kind, v Value) string {
	field := e.Fields[k]
	if field == "" {
		return ""
	}
	switch v := v.(type) {
	case Quantity:
		return e.Name + "." + field + "." + v.Unit
	case Money: // amounts in different currencies are not compared
		return e.Name + "." + field + "." + v.Currency
	}
	return e.Name + "." + field
}

// clause boundaries stop the search for an event word.
var clauseStops = map[string]bool{"where": true, "which": true, "who": true, "whom": true,
	"whose": true, "that": true, "while": true, "but": true, "although": true, "because": true,
	";": true, ":": true, "—": true, "–": true, "(": true, ")": true, "after": true}

const (
	windowBefore      = 12 // words searched before a value for its event
	windowBeforePlace = 8
)

// key gives f its key: from the event word it names itself ("first
// visit", "back in"), else the nearest event word of the same clause that
// takes its kind, before the value or just after it. Scope words ("since
// the invasion") are skipped.
func (x *extraction) key(f *found) {
	toks := x.s.toks
	if f.event != nil {
		f.Key = keyFor(f.event, f.Kind, f.Value)
		return
	}
	takes := func(k int) *Event {
		// Event words count in lower case only ("Ukraine at War Update"
		// is a title, not a war), or first in the sentence.
		if k > 0 && toks[k].capitalized() {
			return nil
		}
		if e := x.opt.Lexicon.event(toks[k].lower); e != nil && e.Fields[f.Kind] != "" {
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
			return
		}
		if f.b < len(toks) && toks[f.b].text == "-" && !toks[f.b].space {
			return // "U.S.-led talks": an adjective
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
	// After the value, the event word must come next ("Thursday trip",
	// "$325 million aid package") or after "in"/"of" ("euros in aid") or,
	// for a length, one modifier ("14-month Russian invasion"); it
	// wins over one found before only when it comes next. An ordinal's
	// event may follow it anywhere in the sentence past its scope: "For
	// the first time since the war began, Stoltenberg has travelled".
	if f.Kind != KindPlace && !f.afterOff {
		n := 0
		for k := f.b; k < len(toks); k++ {
			if inScope(k) {
				continue
			}
			if toks[k].kind == tPunct {
				if f.Kind == KindOrdinal && best < 0 && toks[k].text == "," {
					continue
				}
				if toks[k].text == "," || toks[k].text == "." || clauseStops[toks[k].text] {
					break
				}
				continue
			}
			n++
			if takes(k) != nil && (n == 1 || best < 0) {
				best = k
				break
			}
			if f.Kind == KindOrdinal && best < 0 && n < windowBefore && !clauseStops[toks[k].lower] {
				continue
			}
			// "euros in aid"; "the 14-month Russian invasion"
			if n >= 2 || !toks[k].is("in", "of") && f.Kind != KindDuration {
				break
			}
		}
	}
	if best >= 0 {
		f.Key = keyFor(takes(best), f.Kind, f.Value)
		f.trigger = best
	}
}
