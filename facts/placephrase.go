package facts

import (
	"math"
	"strconv"
	"strings"

	"github.com/factlint/factlint/facts/events"
)

// A place is an event's when a preposition or the event word comes right
// before it ("riots in Athens"). Three kinds of words may stand between
// and leave it the preposition's: a word of direction or part ("in
// central Paris", "in southern Iran", "in downtown Palmer"), an
// adjective before a country ("in reclusive Turkmenistan"), and a noun
// of a kind of place before "of" ("in the northern city of
// Thessaloniki", "in parts of Alexandria"): the event is in the part,
// the part in the place ("a sparsely populated area of southern Iran";
// "the streets of" is left out: "the crowds that
// flooded the streets of Athens" is no flood; only the protest's phrase
// "took to the streets of Athens" places its event, placeTrigger). A place
// may also modify a street noun after it ("on a darkened Brooklyn
// street", "in the teen's Brooklyn neighborhood"), or be the object of
// an event's verb of impact ("an earthquake has hit southern Iran"), or
// its subject in the passive ("Paris hit by jewelry heist").

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
	"heart": true, "borough": true, "area": true, "areas": true}

// streetNouns are the parts of a place a place's name modifies: "the
// teen's Brooklyn neighborhood", "a darkened Brooklyn street".
var streetNouns = map[string]bool{"street": true, "streets": true, "neighborhood": true,
	"neighbourhood": true, "suburb": true, "suburbs": true, "district": true}

// onStreet reports whether the place at toks[f.a:f.b] modifies a street
// noun after it: "on a darkened Brooklyn street" is in Brooklyn.
func (x *extraction) onStreet(f *found) bool {
	toks := x.s.toks
	return f.b < len(toks) && toks[f.b].kind == tWord && !toks[f.b].capitalized() && streetNouns[toks[f.b].lower]
}

// placePhrase returns where the phrase of the place at toks[f.a:f.b]
// starts: before a word of direction and a kind of place with its
// modifiers ("the northern city of"), before the determiner and
// modifiers of a street noun the place modifies ("the teen's Brooklyn
// neighborhood"), else f.a.
func (x *extraction) placePhrase(f *found) int {
	toks := x.s.toks
	a := f.a
	if x.onStreet(f) {
		// the determiner, a possessive or a modifier: "a darkened", "the teen's"
		for n := 0; n < 3 && a > 1; n++ {
			w := &toks[a-1]
			if w.kind == tPunct && (w.text == "'" || w.text == "’") {
				a--
				continue
			}
			if w.kind != tWord || w.capitalized() || prepositions[w.lower] || w.words&(wOtherVerb|wClauseStop|wSpeech) != 0 ||
				!w.is("a", "an", "the") && !strings.HasSuffix(w.lower, "ed") && !strings.HasSuffix(w.lower, "'s") && !strings.HasSuffix(w.lower, "’s") && w.lower != "s" {
				break
			}
			a--
			if w.is("a", "an", "the") {
				break
			}
		}
		return a
	}
	if a >= 2 && toks[a-1].kind == tWord && !toks[a-1].capitalized() && directions[toks[a-1].lower] {
		a-- // "in central Paris"
	}
	if a >= 2 && toks[a-2].is("in") && isCountry(f) && countryAdjective(&toks[a-1]) {
		a-- // "Voters in reclusive Turkmenistan"
	}
	if a < 3 || !toks[a-1].is("of") || toks[a-2].kind != tWord || toks[a-2].capitalized() || !placeNouns[toks[a-2].lower] {
		return a
	}
	// the kind of place, its modifiers and article: "the southern resort
	// of", "parts of"
	k := a - 2
	for n := 0; n < 3 && k > 0; n++ {
		w := &toks[k-1]
		if w.kind != tWord || w.capitalized() || !directions[w.lower] && !w.is("the", "a", "an", "second", "largest", "biggest", "main") &&
			!(strings.HasSuffix(w.lower, "ly") || strings.HasSuffix(w.lower, "ed")) {
			break
		}
		k--
	}
	return k
}

// countryAdjective reports whether t may be an adjective a writer puts
// before a country's name: "reclusive", "war-torn" is no single word.
func countryAdjective(t *token) bool {
	if t.kind != tWord || t.capitalized() || t.words&(wOtherVerb|wClauseStop|wSpeech) != 0 || prepositions[t.lower] {
		return false
	}
	for _, suffix := range []string{"ive", "ous", "ful", "ic", "al", "ian", "ese"} {
		if strings.HasSuffix(t.lower, suffix) {
			return true
		}
	}
	return false
}

// impacts are the verbs whose object is the place an event struck: "a
// powerful earthquake has hit southern Iran".
var impacts = map[string]bool{"hit": true, "hits": true, "struck": true, "strikes": true, "jolted": true,
	"jolts": true, "rocked": true, "rocks": true, "shook": true, "shakes": true}

// strikes finds the event word that is the subject of a verb of impact
// at toks[v]: "quake struck", "earthquake has hit", "an earthquake with
// a magnitude of at least 5.9 hit"; -1 when there is none. The place
// the verb takes is that event's.
func (x *extraction) strikes(v int, takes func(int) *Event) int {
	toks := x.s.toks
	if v < 1 || !impacts[toks[v].lower] {
		return -1
	}
	k := v - 1
	if toks[k].is("has", "have", "had") && k > 0 {
		k--
	}
	for n := 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		if t := takes(k); t != nil {
			if toks[k].is("tremor", "tremors") || events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) || !x.subjectStart(k) {
				return -1 // "the tremor shook Oman", "tremor hits Dubai": where it was felt
			}
			return k
		}
		if !x.inSubject(k) {
			return -1
		}
	}
	return -1
}

// inSubject reports whether toks[k] may stand inside a subject's noun
// phrase before its verb: a word that is no verb, no clause's start, or
// a number's parts ("6. 1 - magnitude").
func (x *extraction) inSubject(k int) bool {
	t := x.s.toks[k]
	if t.kind == tNum {
		return true
	}
	if t.kind != tWord {
		return t.text == "-" || t.text == "."
	}
	return t.words&(wOtherVerb|wClauseStop|wSpeech) == 0
}

// subjectStart reports whether the noun phrase of the word at toks[k]
// opens its clause: what comes before its determiners and modifiers is
// the sentence's start or a comma, not a preposition ("tremors from an
// earthquake") or a verb.
func (x *extraction) subjectStart(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-8; j-- {
		switch {
		case toks[j].text == "," || toks[j].text == ":":
			return true
		case prepositions[toks[j].lower]:
			return false
		case !x.inSubject(j):
			return false
		}
	}
	return k < 8
}

// prepositions end a noun phrase read backwards (its head is after
// them), or forwards (the head came before).
var prepositions = map[string]bool{"from": true, "of": true, "by": true, "after": true, "before": true,
	"in": true, "at": true, "on": true, "with": true, "than": true, "like": true, "since": true, "to": true,
	"over": true, "about": true, "for": true, "during": true, "amid": true, "near": true, "into": true}

// passives are the participles of impacts: "Paris hit by heist".
var passives = map[string]bool{"hit": true, "struck": true, "rocked": true, "shaken": true, "jolted": true}

// struckBy finds the event a place is struck by as the subject of a
// passive of impact: "Paris hit by 2 mn-euro jewelry heist", "southern
// Iran was struck by a quake"; -1 otherwise.
func (x *extraction) struckBy(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	if f.a > 0 && toks[f.a-1].kind == tWord && !directions[toks[f.a-1].lower] && !toks[f.a-1].is("the") {
		return -1 // the place is no subject of its own
	}
	k := f.b
	if k < len(toks) && toks[k].is("was", "were", "is", "has", "had", "have") {
		k++
		if k < len(toks) && toks[k].is("been") {
			k++
		}
	}
	if k+1 >= len(toks) || !passives[toks[k].lower] || !toks[k+1].is("by") {
		return -1
	}
	for j, n := k+2, 0; j < len(toks) && n < 6; j, n = j+1, n+1 {
		if takes(j) != nil {
			if toks[j].is("tremor", "tremors") || strings.HasSuffix(toks[j].lower, "ed") {
				return -1 // "hit by a tremor": where it was felt; "hit by police who arrested": no noun
			}
			return j
		}
		if !x.inSubject(j) || prepositions[toks[j].lower] {
			return -1 // "rocked by more clashes over a teenager's shooting": the clashes'
		}
	}
	return -1
}

// peoples are the nouns of the people of a place: "the people of
// Turkmenistan have voted" is a vote in Turkmenistan.
var peoples = map[string]bool{"people": true, "residents": true, "citizens": true, "voters": true,
	"inhabitants": true}

// peopleOf reports whether the place at toks[f.a:f.b] follows "PEOPLE
// of".
func (x *extraction) peopleOf(f *found) bool {
	toks := x.s.toks
	return f.a >= 2 && toks[f.a-1].is("of") && peoples[toks[f.a-2].lower]
}

// compass are the words of direction a distance to a place names:
// "35 miles southwest of Bandar Abbas", "60km south west of".
var compass = map[string]bool{"north": true, "south": true, "east": true, "west": true,
	"northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"north-east": true, "north-west": true, "south-east": true, "south-west": true}

// distanceUnits are the units of a distance to a place.
var distanceUnits = map[string]bool{"mile": true, "miles": true, "mi": true, "km": true,
	"kilometre": true, "kilometres": true, "kilometer": true, "kilometers": true}

// distancePhrase returns where a distance and direction from the place
// at toks[f.a:f.b] start ("[some] 35 miles southwest of", "60km south
// west of"): the phrase says where an event stood, within nearKm of
// the place (keyed as a region of the place's country, as key does);
// f.a when there is none, or when it is farther.
func (x *extraction) distancePhrase(f *found) int {
	toks := x.s.toks
	k := f.a - 1
	if k < 2 || !toks[k].is("of") {
		return f.a
	}
	k--
	n := 0
	for ; k >= 1 && n < 3; k-- {
		if compass[toks[k].lower] {
			n++
		} else if !(toks[k].text == "-" && n > 0) {
			break
		}
	}
	if n == 0 || !compass[toks[k+1].lower] {
		return f.a // "south - west": the phrase starts at a word of direction
	}
	a := x.distanceAt(k)
	if a < 0 || x.distanceKm(a, k) > nearKm {
		return f.a // "500 miles east of Miami": at sea, or in another country
	}
	if a > 0 && distanceHedge(&toks[a-1]) {
		a--
	}
	if a == 0 || !x.locates(a-1) {
		return f.a // "a motorist 50 miles north of Detroit": the motorist's place
	}
	return a
}

// locates reports whether the word at toks[k], right before a distance
// from a place, lets the distance say where an event was: a form of
// "be" or a past verb ("the quake was 35 miles southwest of", "struck
// 60km south of"), the measure of a quake ("on the Richter scale 60km
// south west of") or an event word itself ("an earthquake 20 km west
// of"); not a noun the distance places instead ("a motorist 50 miles
// north of Detroit"), nor a verb of seeing or finding, whose distance
// places the witness or the find ("the blast was heard 20 miles north
// of Geneva", "debris was found 30 miles east of Perth").
func (x *extraction) locates(k int) bool {
	t := &x.s.toks[k]
	if t.kind != tWord || t.capitalized() || t.is("felt", "heard", "seen", "spotted", "sighted", "found") {
		return false
	}
	return t.is("is", "was", "were", "are", "been", "scale") || events.PastVerb(t.lower) != "" || x.opt.Lexicon.Event(t.lower) != nil
}

// distanceHedge reports whether t is a word of approximation that may
// open a distance to a place ("some 35 miles southwest of"): read by
// distancePhrase and distanceLead alike.
func distanceHedge(t *token) bool {
	return t.is("about", "some", "around", "roughly", "nearly", "approximately")
}

// distanceAt returns where the distance that ends at toks[k] starts: a
// number and its unit ("35 miles") or one token with both ("60km");
// -1 when toks[k] ends none.
func (x *extraction) distanceAt(k int) int {
	toks := x.s.toks
	if k >= 1 && toks[k-1].kind == tNum && distanceUnits[toks[k].lower] { // the number first: no hash for most words
		return k - 1
	}
	w := toks[k].lower
	if w == "" || w[0] < '0' || w[0] > '9' {
		return -1
	}
	for _, u := range []string{"km", "mi", "miles"} {
		if num := strings.TrimSuffix(w, u); num != w && strings.Trim(num, "0123456789.,") == "" {
			return k
		}
	}
	return -1
}

// nearKm is the farthest distance from a city at which an event is
// keyed as in the city's country: "35 miles southwest of Bandar Abbas"
// is in Iran, "a hurricane 500 miles east of Miami" is at sea, and a
// few hundred kilometres from most cities lie in another country.
const nearKm = 100

// distanceKm returns the length in kilometres of the distance
// toks[a:k+1] (distanceAt): "35 miles" is 56; +Inf when the number is
// not read whole ("1, 500 kilometers" split at its comma, "050").
func (x *extraction) distanceKm(a, k int) float64 {
	toks := x.s.toks
	num, unit := toks[a].lower, toks[k].lower
	if a == k { // "60km"
		num = strings.TrimRight(num, "abcdefghijklmnopqrstuvwxyz")
		unit = unit[len(num):]
	}
	far := math.Inf(1)
	if a >= 2 && toks[a-1].text == "," && toks[a-2].kind == tNum || len(num) > 1 && num[0] == '0' && num[1] != '.' {
		return far // the tail of a number split at its comma: "1, 500", "1, 050"
	}
	n, err := strconv.ParseFloat(strings.ReplaceAll(num, ",", ""), 64)
	if err != nil {
		return far
	}
	if strings.HasPrefix(unit, "mi") {
		n *= 1.609344
	}
	return n
}

// distanceLead reports whether a distance starts at toks[a], after a
// word of approximation or not: the phrase of a place widened by
// distancePhrase.
func (x *extraction) distanceLead(a int) bool {
	toks := x.s.toks
	if a < len(toks) && distanceHedge(&toks[a]) {
		a++
	}
	for k := a; k < len(toks) && k <= a+1; k++ {
		if x.distanceAt(k) == a {
			return true
		}
	}
	return false
}
