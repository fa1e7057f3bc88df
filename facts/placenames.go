package facts

import (
	"cmp"
	"maps"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts/gazetteer"
)

// One place per name in a story. The gazetteer holds several places of
// many names ("Wellington" in New Zealand, England, the United States),
// and none of the counties, states and regions ("Surrey", a county, is
// only a Canadian city to it). A name is read, first, by what the text
// around it says: a place qualified by the place after it ("Banstead,
// Surrey", "Melbourne, Australia", "Richmond Hill, Queens", "Banstead
// in Surrey") lies in it, so both lie in one country: the qualified
// place of that name in the qualifier's country, else the qualifier's of
// that name in the qualified one's, else the qualifier is a region the
// gazetteer does not hold, in the qualified place's country. Then, over
// the documents of a story (AlignPlaces), a name takes one reading
// everywhere: the one a document's words establish, else the
// gazetteer's first (the most populous), unless only another place of
// that name lies where the documents naming it put their other places. So "Surrey" in "a fire which gutted a Waitrose
// supermarket in Surrey" is the English county another article puts
// Banstead in, not the Canadian city, and no source's "Surrey" is held
// against another's "Banstead".

// A placeNote is what a document says of the places of one name: the
// gazetteer's places of that very name, best first, and the reading the
// document's words establish, if any ("Banstead, Surrey" puts Surrey in
// England).
type placeNote struct {
	same []*gazetteer.Place
	told *Place
}

// notePlace records that the document names the place p, read from the
// gazetteer's places cands: cands[k] of the line l, or of no line (nil,
// -1).
func (x *extraction) notePlace(p *gazetteer.Place, cands []*gazetteer.Place, l *placeLine, k int) {
	d := x.doc
	if _, ok := d.places[p.Name]; ok {
		return
	}
	if d.places == nil {
		d.places = map[string]*placeNote{}
	}
	n := &placeNote{}
	// p named by the line's name as its own: the places named alike are
	// the others so named (FoldEqual(c.Name, p.Name): both fold to it)
	own := l != nil && l.own(k)
	for j, c := range cands {
		if c.IsCountry() == p.IsCountry() && (own && l.own(j) || !own && gazetteer.FoldEqual(c.Name, p.Name)) {
			n.same = append(n.same, c)
		}
	}
	d.places[p.Name] = n
}

// placeIn is the place of p's name in country, or false.
func (x *extraction) placeIn(p Place, country string) (Place, bool) {
	if n := x.doc.places[p.Name]; n != nil {
		for _, c := range n.same {
			if c.Country == country && !c.IsCountry() {
				return cityOf(c), true
			}
		}
	}
	return Place{}, false
}

func cityOf(c *gazetteer.Place) Place {
	return Place{ID: c.ID, Name: c.Name, Country: c.Country, City: !c.IsCountry() && !c.IsRegion(), Region: c.IsRegion()}
}

// contain reads the places of the sentence that qualify the place
// before them, "X, Y" or "X in Y": both lie in one country. Lists are
// left alone: "Kyiv, Lviv and Odesa", "in Paris, London, Berlin".
func (x *extraction) contain() {
	toks := x.s.toks
	var places []*found
	for _, f := range x.found {
		if _, ok := f.Value.(Place); ok && f.Kind == KindPlace {
			places = append(places, f)
		}
	}
	joined := func(i int) bool { // places[i] qualifies places[i-1]
		if i <= 0 || i >= len(places) {
			return false
		}
		a, b := places[i-1], places[i]
		return b.a == a.b+1 && (toks[a.b].text == "," || toks[a.b].is("in"))
	}
	for i := 1; i < len(places); i++ {
		if !joined(i) || joined(i-1) || joined(i+1) {
			continue
		}
		if !x.endsQualifier(places[i]) {
			continue
		}
		x.qualify2(places[i-1], places[i])
	}
}

// endsQualifier reports whether the place f ends a phrase of its own,
// as a qualifier does ("Banstead, Surrey, before 9", "Mannheim, Germany
// on Saturday"), rather than open a list ("Kyiv, Lviv and Odesa") or
// modify what follows ("in Dubai, Hamburg-based cruise operator", "in
// Dubai, Hamburg police said").
func (x *extraction) endsQualifier(f *found) bool {
	toks := x.s.toks
	if f.b >= len(toks) {
		return true
	}
	t := &toks[f.b]
	switch {
	case t.kind == tPunct:
		return t.text != "-" && t.text != "&" || t.space
	case t.kind != tWord:
		return false
	case t.capitalized():
		return monthOf(t) != 0 || weekdays[t.lower] != ""
	}
	return t.lower != "and" && t.lower != "or" && (prepositions[t.lower] || clauseStops[t.lower] || beVerb(t.lower) ||
		t.is("as", "has", "had", "have", "said", "says", "early", "late", "last", "this"))
}

// qualify2 reads the place a as lying in the place b that qualifies it.
func (x *extraction) qualify2(a, b *found) {
	pa, pb := a.Value.(Place), b.Value.(Place)
	if !pa.City || pa.ID == pb.ID {
		return
	}
	if pa.Country == pb.Country {
		switch {
		case pb.City && x.population(pb) < x.population(pa): // "Woodburn, Oregon": the state, not the small town of Ohio
			x.region(b, pb, pa.Country)
		case pb.City && x.population(pb) > x.population(pa): // "East Flatbush, Brooklyn": a part of the larger city
			p := pa
			p.Within = pb.Name
			a.Value = p
			x.doc.places[pa.Name].told = &p
		}
		return
	}
	if p, ok := x.placeIn(pa, pb.Country); ok { // "Melbourne, Australia", "Richmond Hill, Queens"
		a.Value = p
		x.doc.places[pa.Name].told = &p
		return
	}
	if !pb.City {
		return // "Athens, Georgia": no Athens in Georgia the country
	}
	if p, ok := x.placeIn(pb, pa.Country); ok {
		b.Value = p
		x.doc.places[pb.Name].told = &p
		return
	}
	x.region(b, pb, pa.Country) // "Banstead, Surrey": a county the gazetteer does not hold
}

// region reads the place f, read as p, as a region of country the
// gazetteer does not hold, named as the text names it ("Florida", read
// as Floridablanca in Colombia, is Florida).
func (x *extraction) region(f *found, p Place, country string) {
	name := f.Text()
	if gazetteer.FoldEqual(p.Name, name) {
		name = p.Name
	}
	r := Place{Name: name, Country: country, Region: true}
	f.Value = r
	x.doc.places[p.Name].told = &r
}

// population is the gazetteer's population of the city p.
func (x *extraction) population(p Place) int {
	if n := x.doc.places[p.Name]; n != nil {
		for _, c := range n.same {
			if c.ID == p.ID {
				return c.Population
			}
		}
	}
	return 0
}

// A storyName is what the documents of a story say of one name.
type storyName struct {
	same []*gazetteer.Place // the gazetteer's places of the name, best first
	told map[Place]int      // readings the documents' words establish, and in how many documents
	// first counts the documents naming a place in the country of the
	// first of same; votes, by country, those that name none there but
	// two or more in the country of another of same
	first int
	votes map[string]int
}

// AlignPlaces gives each place name one reading across the documents
// of a story, and rewrites the place claims of each list of claims to
// it: the reading most documents' words establish ("Banstead, Surrey"),
// else the gazetteer's first place of the name (the most populous:
// "Lima" is Peru's capital, though the story names the United States),
// unless no document naming it names another place in its country while
// one names two or more in the country of another place of the name
// ("Wellington" in an article that names Tiverton and Yeovil is the
// English town): then the most populous place of the name in the
// country most such documents point to.
func AlignPlaces(docs []*Document, claims ...[]Claim) {
	names := map[string]*storyName{}
	for _, d := range docs {
		backing := map[string]int{} // country -> the names of the document's places in it alone
		for _, n := range d.places {
			if c, ok := oneCountry(n.same); ok {
				backing[c]++
			}
		}
		for name, n := range d.places {
			s := names[name]
			if s == nil {
				s = &storyName{same: n.same, told: map[Place]int{}, votes: map[string]int{}}
				names[name] = s
			}
			if n.told != nil {
				s.told[*n.told]++
			}
			s.vote(n.same, backing)
		}
	}
	read := map[string]Place{}
	for _, name := range slices.Sorted(maps.Keys(names)) {
		if p, ok := names[name].reading(); ok {
			read[name] = p
		}
	}
	if len(read) == 0 {
		return
	}
	nest(read)
	for _, cs := range claims {
		for i := range cs {
			p, ok := cs[i].Value.(Place)
			if !ok || cs[i].Kind != KindPlace {
				continue
			}
			if r, ok := read[p.Name]; ok && r != p {
				cs[i].Value = r
			}
		}
	}
}

// nest gives each reading of a part of a city (Place.Within, the one
// city its text puts it in) the cities that city lies in by its own
// reading: "East Flatbush, Brooklyn" and "Brooklyn, New York" put East
// Flatbush in Brooklyn, New York City. A loop of readings ends where it
// comes back.
func nest(read map[string]Place) {
	in := map[string]string{} // name -> the one city its own reading puts it in
	for name, p := range read {
		if p.Within != "" {
			in[name] = p.Within
		}
	}
	for name, w := range in {
		chain := []string{w}
		seen := map[string]bool{name: true, w: true}
		for next := in[w]; next != "" && !seen[next] && len(chain) < 4; next = in[next] {
			seen[next] = true
			chain = append(chain, next)
		}
		p := read[name]
		p.Within = strings.Join(chain, ", ")
		read[name] = p
	}
}

// vote reads what one document's other places (backing: by country,
// how many of its names of places lie there alone) say of a name of
// the places same.
func (s *storyName) vote(same []*gazetteer.Place, backing map[string]int) {
	if len(same) == 0 {
		return
	}
	if _, one := oneCountry(same); one {
		return
	}
	if backing[same[0].Country] > 0 {
		s.first++
		return
	}
	for _, c := range same[1:] {
		if backing[c.Country] >= 2 {
			s.votes[c.Country]++
			return
		}
	}
}

// oneCountry is the country all of places lie in, if there is one.
func oneCountry(places []*gazetteer.Place) (string, bool) {
	if len(places) == 0 {
		return "", false
	}
	for _, p := range places[1:] {
		if p.Country != places[0].Country {
			return "", false
		}
	}
	return places[0].Country, true
}

// reading is the one reading of a name in its story; false when the
// name has one reading only (nothing to choose).
func (s *storyName) reading() (Place, bool) {
	if len(s.told) > 0 {
		var best Place
		n := 0
		for _, p := range slices.SortedFunc(maps.Keys(s.told), cmpPlace) {
			if s.told[p] > n {
				best, n = p, s.told[p]
			}
		}
		return best, true
	}
	if _, one := oneCountry(s.same); one || len(s.same) == 0 {
		return Place{}, false
	}
	best := s.same[0]
	if s.first == 0 {
		n := 0
		for _, c := range s.same[1:] { // best first: the most populous in the country most documents point to
			if v := s.votes[c.Country]; v > n {
				best, n = c, v
			}
		}
	}
	return cityOf(best), true
}

func cmpPlace(a, b Place) int {
	return cmp.Or(cmp.Compare(a.Country, b.Country), cmp.Compare(a.ID, b.ID), cmp.Compare(a.Name, b.Name))
}
