package checker

import (
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/gazetteer"
)

// A source's place for an event stands alone, not as one more of its
// alternatives, when it lies in a country no other source names
// anywhere (in any claim, keyed or not), while every other source that
// places the event places it in one country and the source itself names
// a place there too: "Voters in Japan ... said reports from Ashgabat,
// Turkmenistan's capital" against sources that all say Turkmenistan. A
// trip's second stop or a second city of one riot is told by other
// sources too, or lies in the country the others name; a country only
// one source knows of, beside the one every source agrees on, is that
// source's slip. The place alone neither makes its source inconsistent
// (the source's other places are still compared) nor hides behind them
// (it is a dissent of its own). Where the event may take several places
// (a trip), a stop the other sources leave out looks the same: such a
// dissent is a warning, unless the event's places lie in one region (a
// disaster, the lexicon's "local") and the place lies on another
// continent than every other source's place, or farther than farKm from
// them. A place whose sentence tells of a further stop
// ("Biden later traveled to Warsaw") or another occurrence ("a similar
// fall in Japan") does not stand alone.

// countries indexes, by country, the sources whose place claims name
// it or a place in it.
type countries map[string]map[string]bool

// namesCountry reports whether c is a place that names its country, the
// claims countries reads.
func namesCountry(c *facts.Claim) bool {
	p, ok := c.Value.(facts.Place)
	return ok && c.Kind == facts.KindPlace && p.Country != "" && !c.Qual.Negated
}

// add reads one claim: a place names its country.
func (n countries) add(c facts.Claim) {
	if !namesCountry(&c) {
		return
	}
	p := c.Value.(facts.Place)
	if n[p.Country] == nil {
		n[p.Country] = map[string]bool{}
	}
	n[p.Country][Source(c)] = true
}

func countryOf(g *Group) string {
	if p, ok := g.Claims[0].Value.(facts.Place); ok {
		return p.Country
	}
	return ""
}

// markAlone marks, in each place key, the groups that stand alone. The
// cost is linear: per key, the countries its sources give are counted
// once.
func markAlone(byKey map[string]map[string]*sourceKey, kinds map[string]facts.Kind, named countries) {
	for k, srcs := range byKey {
		if kinds[k] != facts.KindPlace || len(srcs) < 2 {
			continue
		}
		bySrc := map[string]map[string]bool{} // country -> the sources of the key giving it
		for s, sk := range srcs {
			for _, g := range sk.groups {
				c := countryOf(g)
				if bySrc[c] == nil {
					bySrc[c] = map[string]bool{}
				}
				bySrc[c][s] = true
			}
		}
		if len(bySrc) < 2 {
			continue
		}
		for _, s := range slices.Sorted(maps.Keys(srcs)) {
			markSource(srcs[s], bySrc, named)
		}
	}
}

// markSource marks the source's groups that stand alone: the other
// sources of the key give one country, the source gives it too, and its
// other countries no other source names.
func markSource(sk *sourceKey, bySrc map[string]map[string]bool, named countries) {
	agreed := ""
	for c, ss := range bySrc {
		if len(ss) > 1 || !ss[sk.source] {
			if agreed != "" {
				return // the other sources give more than one country
			}
			agreed = c
		}
	}
	if agreed == "" || !bySrc[agreed][sk.source] {
		return
	}
	for _, g := range sk.groups {
		c := countryOf(g)
		if c == "" || c == agreed {
			continue
		}
		if len(named[c]) == 1 && named[c][sk.source] && !otherPlace(g) {
			g.alone = true
		}
	}
}

// elsewhere are the words that tell of another place beside the
// event's: a further stop ("Biden later traveled to Warsaw" is one more
// place of the trip, not a slip) or another occurrence ("a similar fire
// in France", "a quake there years ago").
var elsewhere = map[string]bool{"later": true, "then": true, "next": true, "afterwards": true,
	"afterward": true, "onward": true, "onwards": true, "also": true, "stop": true, "stops": true,
	"leg": true, "headed": true, "heading": true, "continued": true, "continues": true,
	"similar": true, "previous": true, "another": true, "recalled": true, "recalls": true}

// otherPlace reports whether a sentence of the group's claims tells of
// another place beside the event's (elsewhere): a further stop, or the
// place of an earlier occurrence ("a fire in France destroyed a similar
// store").
func otherPlace(g *Group) bool {
	for _, c := range g.Claims {
		if c.Sentence.Doc == nil {
			continue
		}
		if hasWord(c.Sentence.Text(), elsewhere) {
			return true
		}
	}
	return false
}

// hasWord reports whether one of text's words, in lower case, is in set.
func hasWord(text string, set map[string]bool) bool {
	for _, w := range strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) }) {
		if set[w] {
			return true
		}
	}
	return false
}

// hasAlone reports whether one of the source's places stands alone.
func (sk *sourceKey) hasAlone() bool {
	for _, g := range sk.groups {
		if g.alone {
			return true
		}
	}
	return false
}

// alone explains a conflict whose dissent holds a place that stands
// alone: its source also gives the place the others agree on. For an
// event of several places (a trip), the place may be one more stop the
// others leave out: when the dissent is only such places, the conflict
// is at most a warning, unless the event is local (a disaster: the
// lexicon's "local") and every place of the dissent lies on another
// continent than every place of the others, or lies more than farKm
// from them (farAway): a quake in Iran is not also in Toronto, nor in
// Mongolia.
func alone(sides [2][]Group, several, local bool, sev Severity) (Severity, string, bool) {
	why, all := "", len(sides[1]) > 0
	for _, g := range sides[1] {
		if !g.alone {
			all = false
			continue
		}
		if why == "" {
			c := g.Claims[0]
			why = "No other source names a place in the country of \"" + c.Text() + "\" (" + c.Value.(facts.Place).Country +
				"), and " + g.Sources[0] + " also places the event where the others do"
		}
	}
	switch {
	case why == "":
		return sev, "", false
	case several && all && sev > Warning && local:
		if far, ok := farAway(sides); ok {
			return sev, why + ", " + far + ": a slip, not another place of the event?", true
		}
		fallthrough
	case several && all && sev > Warning:
		return Warning, why + ": another place of the event the others leave out, or a slip?", true
	}
	return sev, why + ": a slip, not another place of the event?", true
}

// farKm is the distance between two countries' centres
// (gazetteer.CountryCentre) beyond which a place of one is not a second
// place of a local event in the other. Neighbours' centres lie closer:
// Iran and Pakistan 1,900 km, the United States and Mexico 2,100,
// China and Japan 2,000, Egypt and Saudi Arabia 1,400, Turkey and Syria
// 700; places the ECB+ harness plants for an Iranian quake or an
// Egyptian outage lie farther (Mongolia 4,600, Vietnam 5,900, Thailand
// 7,300, South Korea 8,600).
const farKm = 2500

// farAway reports whether every place of the dissent (sides[1]) lies far
// from every place of the others (sides[0]), and says so: on a continent
// no place of the others lies on, "on another continent (North America)
// than every other source's place (Asia)", or else with its country's
// centre more than farKm from theirs, "about 4,600 km from every other
// source's place (IR)". A country whose centre lies within farKm of
// theirs is a neighbour whatever the continents say (Spain and Morocco
// across the strait); a country on two continents (Turkey, Russia,
// Egypt) shares both with its neighbours; a place of no known continent,
// or of no known centre on a shared one, says nothing.
func farAway(sides [2][]Group) (string, bool) {
	var theirs, ours gazetteer.Continents
	var agreed []string
	for _, g := range sides[0] {
		c := gazetteer.ContinentsOf(countryOf(&g))
		if c == 0 {
			return "", false
		}
		theirs |= c
		if !slices.Contains(agreed, countryOf(&g)) {
			agreed = append(agreed, countryOf(&g))
		}
	}
	if theirs == 0 {
		return "", false
	}
	near := math.Inf(1) // the least distance of a dissent on a shared continent
	for _, g := range sides[1] {
		c := gazetteer.ContinentsOf(countryOf(&g))
		if c == 0 {
			return "", false
		}
		ours |= c
		km, known := nearest(countryOf(&g), agreed)
		switch {
		case known && km <= farKm:
			return "", false // a neighbour, on one continent or across a strait (Spain, Morocco)
		case !known && c.Shares(theirs):
			return "", false
		case c.Shares(theirs):
			near = min(near, km)
		}
	}
	if math.IsInf(near, 1) {
		return "on another continent (" + ours.String() + ") than every other source's place (" + theirs.String() + ")", true
	}
	slices.Sort(agreed)
	return "about " + roundKm(near) + " km from every other source's place (" + strings.Join(agreed, ", ") + ")", true
}

// nearest returns the least distance between the centre of country and
// those of others; ok is false when one centre is unknown.
func nearest(country string, others []string) (float64, bool) {
	least := math.Inf(1)
	for _, o := range others {
		km, ok := gazetteer.CountryDistance(country, o)
		if !ok {
			return 0, false
		}
		least = min(least, km)
	}
	return least, !math.IsInf(least, 1)
}

// roundKm writes a distance rounded to hundreds of kilometres, with a
// thousands comma: "4,600".
func roundKm(km float64) string {
	n := int(math.Round(km/100)) * 100
	s := strconv.Itoa(n)
	if n >= 1000 {
		s = s[:len(s)-3] + "," + s[len(s)-3:]
	}
	return s
}
