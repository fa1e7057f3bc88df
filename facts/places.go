package facts

import (
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/gazetteer"
)

// notPlaces are capitalized words that name a place in the gazetteer but
// are far more often something else in news copy.
var notPlaces = map[string]bool{
	"of": true, "as": true, "in": true, "a": true, "be": true, "can": true, "along": true,
	"mobile": true, "nice": true, "split": true, "reading": true, "bath": true, "union": true,
	"president": true, "march": true, "may": true, "liberty": true, "independence": true,
	"victoria": true, "florence": true, "sale": true, "hope": true, "enterprise": true,
	"progress": true, "unity": true, "justice": true, "concord": true, "paradise": true,
	"temple": true, "deal": true, "man": true, "nato": true, "bar": true, "best": true,
	"police": true, "university": true, "opportunity": true, "young": true, "wall": true,
	"crimea": false, "center": true, "centre": true, "eastern": true, "western": true,
	"north": true, "south": true, "east": true, "west": true, "central": true, "federal": true,
	"northern": true, "southern": true,
	"republic": true, "state": true, "city": true, "capital": true, "town": true,
}

var nameJoiners = map[string]bool{"of": true, "and": true, "on": true, "upon": true, "de": true,
	"la": true, "del": true, "da": true, "do": true, "dos": true, "el": true, "al": true, "am": true,
	"the": true, "sur": true, "le": true, "les": true, "en": true, "an": true, "der": true, "y": true}

// places finds gazetteer names in capitalized runs of words, longest
// first. Of several places with one name, a country wins, then a city in a
// country the document names, then the most populous.
func (x *extraction) places(toks []token) {
	g := x.opt.Places
	if g == nil {
		return
	}
	for i := 0; i < len(toks); i++ {
		if !toks[i].capitalized() || toks[i].kind != tWord || x.used[i] {
			continue
		}
		if i > 0 && (toks[i-1].text == "@" || toks[i-1].text == "#") && !toks[i].space {
			continue
		}
		if !x.run.start(x, toks, i) {
			continue // no name starts with its word: "Barack", "Said"
		}
		if x.run.first != 0 && !x.run.starts.Has(1) && nameRun(toks, i, 2) == 1 {
			continue // one word, the first of longer names only: "The"
		}
		run := nameRun(toks, i, g.MaxWords())
		x.run.fold(x, toks[i:i+run])
		for n := run; n >= 1; n-- {
			if x.run.skip(n) {
				continue
			}
			if end, done := x.placeOf(toks, i, n); done {
				i = end - 1
				break
			}
		}
	}
}

// nameRun is the longest name to try at toks[i], in words: a run of
// capitalized words and the short words inside names ("Rostov-on-Don",
// "Isle of Man"), of at most max.
func nameRun(toks []token, i, max int) int {
	run := 1
	for run < max && i+run < len(toks) {
		t := &toks[i+run]
		if !(t.kind == tWord && (t.capitalized() || t.words&wNameJoiner != 0) || t.text == "-" || t.text == ".") {
			break
		}
		run++
	}
	return run
}

// placeOf tries the name toks[i:i+n] and records it where it is a place.
// done says no shorter name is to be tried: it was a place, or the run is
// no place at all ("Green Bay" a team: "Bay" is no place either).
func (x *extraction) placeOf(toks []token, i, n int) (end int, done bool) {
	g := x.opt.Places
	end = i + n
	last := &toks[end-1]
	if last.kind != tWord || !last.capitalized() && n > 1 || x.used[end-1] {
		return end, false
	}
	stop := last.end
	// "Russia’s": the place without the possessive
	if possessive(last.text) {
		stop -= len(last.text) - len(strings.TrimSuffix(strings.TrimSuffix(last.text, "’s"), "'s"))
	}
	nameB := x.doc.prose[toks[i].start:stop]
	key := &x.run.key
	m, st := x.run.mark(n, stop == last.end)
	if len(x.opt.Aliases) == 0 && st == unmarked { // a marked name is told by fold (skip)
		if stop != last.end {
			key, m, st = x.run.markCut(g, nameB)
		}
		if st == tooLong || st == unmarked && !x.mayName(&toks[i], nameB) {
			return end, false
		}
	}
	if n == 1 && (stop == toks[i].end && toks[i].words&wNotPlace != 0 || stop != toks[i].end && notPlaces[cutLower(last, stop)]) {
		return end, false
	}
	line := x.placesNamed(nameB, key, m, st)
	cands := line.places()
	if len(x.opt.Aliases) > 0 {
		if to, ok := x.opt.Aliases[gazetteer.Fold(string(nameB))]; ok {
			line, cands = nil, g.Lookup(to)
		}
	}
	if len(cands) == 0 || len(nameB) < 3 && !cands[0].IsCountry() {
		return end, false
	}
	k := x.choose(cands)
	p := cands[k]
	// A one-word alternate name ("Seen" for a Mexican town) is a
	// common word more often than a place, unless the place is big;
	// after "in", a place of that very name stands in for it ("in
	// Palmer": the Alaskan town, not "Palmar de Varela", also so called).
	// A region of that very name is meant ("Cumbria", also an alternate
	// name of an American Cumberland).
	if n == 1 && !p.IsCountry() && p.Population < 100000 && !line.named(k, p, nameB) {
		r := x.chooseNamed(cands, line, nameB)
		if r < 0 || !cands[r].IsRegion() && (i == 0 || !namedPlaceCues[toks[i-1].lower]) {
			return end, false
		}
		k, p = r, cands[r]
	}
	// A small town's name before another capitalized word is a
	// person's first name more often ("Tara Reid", "Florence
	// Welch"): the whole run found no place. Not before a date ("in
	// Lima Friday night").
	if n == 1 && !p.IsCountry() && p.Population < 100000 && end < len(toks) && toks[end].kind == tWord &&
		toks[end].capitalized() && !toks[end].newline && monthOf(&toks[end]) == 0 && weekdays[toks[end].lower] == "" {
		return end, false
	}
	if n == 1 && !p.IsCountry() && p.Population < 100000 && i > 0 && surnameAfter(toks, i) && !x.placeStart[i-1] {
		line.person(nameB) // "Reggie Bush ... Bush missed four games": the rest of the story names him
		return end, false
	}
	// A region's name not read as one hides no shorter place: "North
	// Carolina" a team is no Carolina of Puerto Rico, "West Coast Bank"
	// no bank of New Zealand's West Coast, "Gulf of Aden" no Gulf.
	if p.IsRegion() && (!x.regionCue(toks, i, end, p) || x.regionInName(toks, i, end)) {
		return end, true
	}
	if !p.IsCountry() && (n == 1 && x.partOfName(toks, i, end) || namesTeam(toks, i, end)) {
		return end, true
	}
	x.emitPlace(line, k, p, cands, i, end, stop)
	return end, true
}

// emitPlace records the place p, cands[k] of the line of its name (nil
// with aliases), named by toks[i:end] up to the byte stop.
func (x *extraction) emitPlace(line *placeLine, k int, p *gazetteer.Place, cands []*gazetteer.Place, i, end, stop int) {
	var v Value
	if line == nil {
		x.notePlace(p, cands, nil, -1)
		v = cityOf(p)
	} else {
		line.note(x, k)
		v = line.value(k)
	}
	f := x.emit(KindPlace, v, i, end, Qualifiers{})
	f.Span.End = stop
	x.placeStart[i] = true
}

// cutLower is the lower case of the token t's text up to the byte stop
// of the prose, where placeOf cuts a possessive from it ("Russia’s"):
// its own lower case, cut, when that ends in the same bytes.
func cutLower(t *token, stop int) string {
	cut := t.text[stop-t.start:]
	if l, ok := strings.CutSuffix(t.lower, cut); ok {
		return l
	}
	return strings.ToLower(t.text[:stop-t.start])
}

// A startsMemo is Gazetteer.Firsts' answer for the first word at a
// place in the prose, its bytes (gazetteer.FirstWord) from at to end.
type startsMemo struct {
	at, end int
	lengths gazetteer.Lengths
}

// startsPlace is x.opt.Places.Firsts(name), name the prose from token t
// on, asked once for the shorter names placeOf tries at the same token:
// the answer depends only on the first word's bytes. A first word that is
// t's plain word is looked up by its lower case, unfolded.
func (x *extraction) startsPlace(t *token, name []byte) gazetteer.Lengths {
	at, plain := t.start, plainFirstWord(t, name)
	end := t.end // a plain first word is t's
	if !plain {
		end = at + len(gazetteer.FirstWord(name)) // FirstWord's bytes start where name's do, or after the same bytes
	}
	if m := x.starts; m.at == at && m.end == end && end > 0 {
		return m.lengths
	}
	var l gazetteer.Lengths
	if plain {
		l = x.opt.Places.FirstsFolded(t.lower)
	} else {
		l = x.opt.Places.Firsts(name)
	}
	x.starts = startsMemo{at: at, end: end, lengths: l}
	return l
}

// regionCue reports whether the region p, named at toks[i], is read as
// one: after a comma of a qualifier ("Wasilla, Alaska") or before its
// country's ("Punjab, India"), where the
// document has already named a place in its country ("Texas inmate" in a
// story that named Houston), or after a word that says a place follows
// ("in Cumbria") in a document that has named no place in another
// country ("outside West Coast bank" in Woodburn, Oregon is no region of
// New Zealand). Many regions' names are also a person's ("Mary", a province
// of Turkmenistan) or a common word ("Gulf", "Delta").
func (x *extraction) regionCue(toks []token, i, end int, p *gazetteer.Place) bool {
	if x.countries[p.Country] || i > 0 && toks[i-1].text == "," || x.countryAfter(toks, end, p.Country) {
		return true
	}
	return i > 0 && placeCues[toks[i-1].lower] && len(x.countries) == 0
}

// countryAfter reports whether the name ending at toks[end] is qualified
// by its country: "Punjab, India".
func (x *extraction) countryAfter(toks []token, end int, country string) bool {
	if end+1 >= len(toks) || toks[end].text != "," || toks[end+1].kind != tWord || !toks[end+1].capitalized() {
		return false
	}
	cs := x.opt.Places.Lookup(toks[end+1].text)
	return len(cs) > 0 && cs[0].IsCountry() && cs[0].Country == country
}

// joinedName reports whether a name ending at toks[end] goes on with a
// word inside names and a capitalized word: "Gulf" of "Gulf of Aden" (a
// province of Papua New Guinea is named Gulf).
func joinedName(toks []token, end int) bool {
	if end+1 >= len(toks) || toks[end].words&wNameJoiner == 0 {
		return false
	}
	t := &toks[end+1]
	return t.kind == tWord && t.capitalized() && monthOf(t) == 0 && weekdays[t.lower] == "" // "in Cumbria on Saturday"
}

// regionWords name the kind of a region after its name: "Hormozgan
// Province".
var regionWords = map[string]bool{"province": true, "county": true, "region": true, "prefecture": true,
	"governorate": true, "oblast": true}

// regionInName reports whether the region named toks[i:end] is the first
// part of another name: before a capitalized word other than a date or a
// word of a region's kind ("West Coast Bank"; but "Hormozgan Province").
func (x *extraction) regionInName(toks []token, i, end int) bool {
	if end < len(toks) && regionWords[toks[end].lower] {
		return false
	}
	return x.partOfName(toks, i, end) || joinedName(toks, end)
}

// namedPlaceCues are the words before a name that say it is a place, not
// a person ("in Palmer", "in downtown Palmer"; but "Wilson said").
var namedPlaceCues = map[string]bool{"in": true, "near": true, "outside": true, "downtown": true}

// chooseNamed is the index in cands of the place whose own name, not an
// alternate one, is name: the one in a country the document names, else
// the only one; -1 if there is none or several ("Somerset": two
// American towns, and an English county the gazetteer does not hold).
// line is the line of name's places cands, or nil.
func (x *extraction) chooseNamed(cands []*gazetteer.Place, line *placeLine, name []byte) int {
	only, n := -1, 0
	for k, c := range cands {
		if !line.named(k, c, name) {
			continue
		}
		if x.countries[c.Country] {
			return k
		}
		only = k
		n++
	}
	if n != 1 {
		return -1
	}
	return only
}

// plainFirstWord reports whether the first word of name (the prose from
// token t on) is t, all of it ASCII letters and digits: a word
// Gazetteer.Starts folds to t's lower case. The first word ends at the
// name's end or at an ASCII byte other than a letter, a digit, a period
// or an apostrophe (gazetteer.FirstWord).
func plainFirstWord(t *token, name []byte) bool {
	n := t.end - t.start
	if n == 0 || len(name) < n || len(t.lower) != n {
		return false
	}
	for _, c := range name[:n] {
		if !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') {
			return false
		}
	}
	if len(name) == n {
		return true
	}
	c := name[n]
	return c < utf8.RuneSelf && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') && c != '.' && c != '\''
}

// choose is the index in cands of the place a name of them all means: a
// country, else the first in a country the document names, else the
// first.
func (x *extraction) choose(cands []*gazetteer.Place) int {
	if cands[0].IsCountry() {
		return 0
	}
	for k, c := range cands {
		if x.countries[c.Country] {
			return k
		}
	}
	return 0
}

// notForenames are the capitalized words before a name that are no first
// name: "A Bloomington man", "On Qeshm island", "The Hague".
var notForenames = map[string]bool{"a": true, "an": true, "the": true, "on": true, "of": true,
	"for": true, "by": true, "with": true, "this": true, "that": true, "these": true, "those": true,
	"every": true, "each": true, "some": true, "no": true, "its": true, "his": true, "her": true,
	"their": true, "our": true, "my": true, "your": true, "and": true, "but": true, "as": true}

// surnameAfter reports whether the one word toks[i], a small place's
// name, follows a capitalized word that may be a first name: then it is
// a surname ("Reggie Bush", "Frances Harrison"), unless that word is a
// place cue, a date, a possessive or a word no name starts with ("In
// Palmer" in a title, "Tuesday Palmer", "NIH's Bethesda campus", "A
// Bloomington man").
func surnameAfter(toks []token, i int) bool {
	w := &toks[i-1]
	return w.kind == tWord && w.capitalized() && !toks[i].newline && !placeCues[w.lower] && !notForenames[w.lower] &&
		monthOf(w) == 0 && weekdays[w.lower] == "" && !strings.HasSuffix(w.text, "'s") && !strings.HasSuffix(w.text, "’s")
}

// placeCues are the words that say a place follows: "in Vancouver Friday".
var placeCues = map[string]bool{"in": true, "at": true, "near": true, "from": true, "to": true,
	"outside": true, "across": true, "into": true, "toward": true, "towards": true}

// contestBefore reports whether a city after the word w names a team:
// "If the Saints beat Seattle", "to face Denver"; contestAfter, before
// it: "Philadelphia beats Green Bay".
func contestBefore(w string) bool {
	switch w {
	case "beat", "beats", "beating", "defeat", "defeats", "defeated", "face", "faces", "faced", "facing",
		"play", "plays", "played", "playing", "edged", "routed", "vs", "versus", "upset", "topped", "outscored":
		return true
	}
	return false
}

func contestAfter(w string) bool {
	switch w {
	case "beat", "beats", "defeated", "defeats", "edged", "routed", "upset", "topped", "outscored":
		return true
	}
	return false
}

// partOfName reports whether the one-word city toks[i:end] is the first
// word of another name, not a place: before a capitalized word that is no
// date ("meet Pittsburgh Steelers", "the Washington Post", "falling to
// Cleveland State"; but "in Vancouver Friday"), unless a title capitalizes
// every word and a place cue comes before it ("Shooting in Vancouver
// Leaves One Dead").
func (x *extraction) partOfName(toks []token, i, end int) bool {
	if end >= len(toks) || toks[end].kind != tWord || !toks[end].capitalized() || toks[end].newline {
		return false
	}
	if i > 0 && placeCues[toks[i-1].lower] && x.titleCase(toks) {
		return false
	}
	return monthOf(&toks[end]) == 0 && weekdays[toks[end].lower] == "" && !placeCues[toks[end].lower]
}

// namesTeam reports whether the city toks[i:end] names a team: next to a
// verb of a contest ("beat Seattle", "Philadelphia beats Green Bay").
func namesTeam(toks []token, i, end int) bool {
	return i > 0 && contestBefore(toks[i-1].lower) || end < len(toks) && contestAfter(toks[end].lower)
}

// titleCase reports whether the sentence, toks, is a title that
// capitalizes its words (isTitleCase), asked once a sentence.
func (x *extraction) titleCase(toks []token) bool {
	if r := &x.run; r.titleOf != x.sentence {
		r.titleOf, r.title = x.sentence, isTitleCase(toks)
	}
	return x.run.title
}

// isTitleCase reports whether a sentence is a title that capitalizes its
// words: most of its words of four letters or more are.
func isTitleCase(toks []token) bool {
	long, capital := 0, 0
	for _, t := range toks {
		if t.kind == tWord && len(t.text) >= 4 {
			long++
			if t.capitalized() {
				capital++
			}
		}
	}
	return capital*3 >= long*2
}
