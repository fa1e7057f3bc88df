package facts

import "github.com/factlint/factlint/facts/events"

// A place is an event's when a preposition or the event word comes right
// before it ("riots in Athens"). Two kinds of words may stand between
// and leave it the preposition's: a word of direction or part ("in
// central Paris", "in southern Iran", "in downtown Palmer"), and a noun
// of a kind of place before "of" ("in the northern city of
// Thessaloniki", "in parts of Alexandria", "on the streets of East
// Flatbush"): the event is in the part, the part in the place.

// directions are the words before a place that name a part of it.
var directions = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northern": true, "southern": true, "eastern": true, "western": true, "central": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"northeastern": true, "northwestern": true, "southeastern": true, "southwestern": true,
	"downtown": true, "midtown": true, "uptown": true, "suburban": true, "coastal": true, "rural": true}

// placeNouns are the kinds of place a place's name follows after "of":
// "the city of Bandar Abbas".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "resort": true,
	"capital": true, "province": true, "region": true, "state": true, "county": true, "district": true,
	"island": true, "part": true, "parts": true, "suburb": true, "suburbs": true, "outskirts": true,
	"neighborhood": true, "neighbourhood": true, "centre": true, "center": true,
	"heart": true, "borough": true}

// placePhrase returns where the phrase of the place at toks[f.a:f.b]
// starts: before a word of direction and a kind of place with its
// modifiers ("the northern city of"), else f.a.
func (x *extraction) placePhrase(f *found) int {
	toks := x.s.toks
	a := f.a
	if a >= 2 && toks[a-1].kind == tWord && !toks[a-1].capitalized() && directions[toks[a-1].lower] {
		a-- // "in central Paris"
	}
	if a < 3 || !toks[a-1].is("of") || toks[a-2].kind != tWord || toks[a-2].capitalized() || !placeNouns[toks[a-2].lower] {
		return a
	}
	// the kind of place, its modifiers and article: "the southern resort
	// of", "parts of"
	k := a - 2
	for n := 0; n < 3 && k > 0; n++ {
		w := toks[k-1]
		if w.kind != tWord || w.capitalized() || !directions[w.lower] && !w.is("the", "a", "an", "second", "largest", "biggest", "main") {
			break
		}
		k--
	}
	return k
}

// impacts are the verbs whose object is the place an event struck: "a
// powerful earthquake has hit southern Iran".
var impacts = map[string]bool{"hit": true, "hits": true, "struck": true, "strikes": true, "jolted": true,
	"jolts": true, "rocked": true, "rocks": true, "shook": true, "shakes": true}

// strikes reports whether toks[v] is a verb of impact whose subject is
// an event word right before it, across an auxiliary: "quake struck",
// "earthquake has hit". The place it takes is the event's.
func (x *extraction) strikes(v int, takes func(int) *Event) bool {
	toks := x.s.toks
	if v < 1 || !impacts[toks[v].lower] {
		return false
	}
	k := v - 1
	if toks[k].is("has", "have", "had") && k > 0 {
		k--
	}
	if toks[k].is("tremor", "tremors") {
		return false // "the tremor shook Oman", "tremor hits Dubai": where it was felt
	}
	return takes(k) != nil && !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k)
}
