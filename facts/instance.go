package facts

import "github.com/factlint/factlint/facts/events"

// A document tells of one occurrence of an event and mentions others of
// its kind as background (events.NewInstance). Claims about those others
// get no key: they are not about the event the sources are compared on.

// tells reports whether the events a sentence mentions are told
// (mentions records them): in prose, once the document is past its
// first sentence of it; a headline, a web address, a dateline (no full
// stop) or the lede ("A gunman opened fire") introduce the story's own
// event.
func (x *extraction) tells(toks []events.Token) bool {
	st := &x.events
	if !prose(toks) {
		return false
	}
	st.prose++
	return st.prose >= 2
}

// otherInstance reports whether the event mention at token t is about
// another occurrence than the document's own: a plural tells of several
// ("a spate of robberies"); it says so ("another fire", "the previous
// earthquake"), or it introduces one ("a quake in eastern China") after
// the document has told of its event.
func (x *extraction) otherInstance(t int, event string) bool {
	toks := x.clauseTokens()
	if x.opt.Lexicon.Plural(toks, t) {
		return true // "a spate of robberies in France", "new rallies on Sunday"
	}
	if x.opt.Lexicon.Repeated(toks, t) {
		return true // "the protesters attacked banks and corporate shops"
	}
	if x.events.other != "" && itSubject(toks, t) {
		return true // "The last major quake ... was in February. It killed 612 people"
	}
	if events.InSeries(toks, t) {
		return true // "Monday's earthquake was the second one to hit Qeshm"
	}
	if x.apartFrom(toks, t, event) {
		return true // "Thursday's shooting came just weeks after a driver ... shot eight people"
	}
	if !x.events.told[event] {
		return false
	}
	return events.Another(toks, t) || x.opt.Lexicon.NewInstance(toks, t)
}

// verbBefore returns the index of an event verb at most three words
// before a count ("a gunman killed five people", "killed at least 12"),
// or -1.
func (x *extraction) verbBefore(f *found) int {
	toks := x.clauseTokens()
	for k := f.a - 1; k >= 0 && k >= f.a-3; k-- {
		if events.VerbAt(x.opt.Lexicon, toks, k) && x.wordEvent(toks[k].Lower) != nil {
			return k
		}
		if !toks[k].Word {
			return -1
		}
	}
	return -1
}

// prose reports whether a sentence reads as prose: five words or more,
// ending with a full stop, a question or exclamation mark, or a quote
// closing one ("The 5." of "The 5. 9 - magnitude quake" is none).
func prose(toks []events.Token) bool {
	words := 0
	for k := 0; k < len(toks) && words < 5; k++ { // five are enough
		if toks[k].Word {
			words++
		}
	}
	if words < 5 {
		return false
	}
	for k := len(toks) - 1; k >= 0 && k >= len(toks)-2; k-- {
		switch toks[k].Text {
		case ".", "!", "?":
			return true
		case "\"", "”", "'", "’", ")":
			continue
		}
		return false
	}
	return false
}

// spans of time that set two events of one kind apart: "weeks after",
// "two years before".
var spans = map[string]bool{"days": true, "weeks": true, "months": true, "years": true,
	"decades": true, "week": true, "month": true, "year": true, "decade": true}

// apartFrom reports whether the event mention at toks[t] stands in a
// clause set a span of time apart from a mention of the same event
// before it in the sentence: "Thursday's shooting came just weeks after
// a driver ... fatally shot eight people", "the quake struck two years
// after an earthquake killed 600". The later clause tells of another
// occurrence.
func (x *extraction) apartFrom(toks []events.Token, t int, event string) bool {
	for k := t - 1; k >= 2 && k >= t-30; k-- {
		if toks[k].Text == ";" || toks[k].Text == ":" {
			return false
		}
		if toks[k].Lower != "after" && toks[k].Lower != "before" && toks[k].Lower != "since" || !spans[toks[k-1].Lower] {
			continue
		}
		for j := k - 2; j >= 0; j-- {
			if e := x.wordEvent(toks[j].Lower); e != nil && e.Name == event {
				return true
			}
		}
		return false
	}
	return false
}

// opensWithOther returns the event whose mention opens a sentence (within
// its first five words) as another occurrence of it, "The last major
// quake to hit southern Iran", "An earlier fire"; "" when none does.
func (x *extraction) opensWithOther(toks []events.Token) string {
	// Another(toks, k) reads toks[k-3:k]: most sentences open with no
	// word of it, and their first words are not looked up
	if !events.AnotherAmong(toks[:min(len(toks), 4)]) {
		return ""
	}
	for k := 0; k < len(toks) && k < 5; k++ {
		if !toks[k].Word {
			return ""
		}
		if e := x.wordEvent(toks[k].Lower); e != nil {
			if events.Another(toks, k) {
				return e.Name
			}
			return ""
		}
	}
	return ""
}

// itSubject reports whether "it" is the subject of the verb at toks[t],
// opening its sentence: "It killed 612 people", "It also destroyed".
func itSubject(toks []events.Token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch w := toks[k].Lower; {
		case w == "it":
			return k == 0
		case w == "also" || w == "had" || w == "has" || w == "reportedly":
			continue
		default:
			return false
		}
	}
	return false
}
