package main

import (
	"fmt"
	"hash/fnv"
	"regexp"
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts/gazetteer"
)

// Places are read with factlint's own gazetteer (GeoNames), the one real
// list of places the project has: a place planted is one the recognizer
// could know, and a replacement is a real place of the same level (a city
// for a city, a country for a country) in another country than any the
// cluster names.

// A placeName is a gazetteer name found in a mention: byte offsets into its
// text and the place it denotes first.
type placeName struct {
	start, end int
	place      *gazetteer.Place
}

var placeWord = regexp.MustCompile(`[\p{L}][\p{L}'’.\-]*`)

// findPlaces returns the gazetteer names of the mention line[start:end]
// (byte offsets): runs of capitalised words, longest first, at most four
// words, that are not part of a longer name in the line ("Gulf of Aden",
// "Wellington Hospital"). Offsets are into the mention.
func findPlaces(g *gazetteer.Gazetteer, line string, start, end int) []placeName {
	text := line[start:end]
	words := placeWord.FindAllStringIndex(text, -1)
	var out []placeName
	for i := 0; i < len(words); {
		n := 0
		for k := min(4, len(words)-i); k >= 1 && n == 0; k-- {
			if !capitalised(text, words[i:i+k]) || !adjacent(text, words[i:i+k]) {
				continue
			}
			name := strings.TrimRight(text[words[i][0]:words[i+k-1][1]], ".")
			ps := g.Lookup(name)
			if len(ps) == 0 {
				continue
			}
			n = k
			s, e := words[i][0], words[i][0]+len(name)
			if !partOfName(line, start+s, start+e) {
				out = append(out, placeName{s, e, ps[0]})
			}
		}
		i += max(n, 1)
	}
	return out
}

// notNames are capitalised words that may stand before a place without
// being part of its name: "In Kyiv", "The Hague" aside.
var notNames = map[string]bool{"a": true, "an": true, "in": true, "on": true, "at": true, "to": true, "from": true, "near": true,
	"the": true, "outside": true, "inside": true, "across": true, "and": true, "for": true, "by": true,
	"into": true, "around": true, "off": true, "over": true, "through": true, "throughout": true,
	"between": true, "with": true, "within": true, "downtown": true, "central": true}

// partOfName tells whether line[s:e] is inside a longer capitalised name:
// a capitalised word right after it (but a weekday or month: "in Palermo
// Tuesday"), one right before it, or "X of" before it.
func partOfName(line string, s, e int) bool {
	after := line[e:]
	if w, ok := strings.CutPrefix(after, " "); ok {
		next := placeWord.FindString(w)
		if next != "" && strings.HasPrefix(w, next) && unicode.IsUpper([]rune(next)[0]) {
			if _, wd := weekdayOf(next); !wd {
				if _, mo := monthOf(next); !mo {
					return true
				}
			}
		}
	}
	before := strings.Fields(line[:s])
	if len(before) == 0 || !strings.HasSuffix(line[:s], " ") {
		return false
	}
	prev := before[len(before)-1]
	if prev == "of" && len(before) > 1 {
		prev2 := []rune(before[len(before)-2])
		return unicode.IsUpper(prev2[0]) && !notNames[strings.ToLower(string(prev2))]
	}
	r := []rune(prev)
	return unicode.IsUpper(r[0]) && !notNames[strings.ToLower(prev)] &&
		!strings.HasSuffix(prev, "'s") && !strings.HasSuffix(prev, "’s") && !strings.HasSuffix(prev, ",")
}

func capitalised(text string, words [][]int) bool {
	for _, w := range words {
		r := []rune(text[w[0]:w[1]])
		if !unicode.IsUpper(r[0]) {
			return false
		}
	}
	return true
}

// adjacent tells whether words are separated by single spaces only.
func adjacent(text string, words [][]int) bool {
	for i := 1; i < len(words); i++ {
		if text[words[i-1][1]:words[i][0]] != " " {
			return false
		}
	}
	return true
}

// A stand-in is a replacement place: a large city and its country, both
// names the gazetteer knows.
type standIn struct {
	city, country string
	code          string // ISO 3166 of both
}

var standIns = []standIn{
	{"Lima", "Peru", "PE"}, {"Nairobi", "Kenya", "KE"}, {"Osaka", "Japan", "JP"},
	{"Melbourne", "Australia", "AU"}, {"Toronto", "Canada", "CA"}, {"Warsaw", "Poland", "PL"},
	{"Cairo", "Egypt", "EG"}, {"Jakarta", "Indonesia", "ID"}, {"Bogota", "Colombia", "CO"},
	{"Hanoi", "Vietnam", "VN"}, {"Oslo", "Norway", "NO"}, {"Karachi", "Pakistan", "PK"},
	{"Helsinki", "Finland", "FI"}, {"Lisbon", "Portugal", "PT"}, {"Ulaanbaatar", "Mongolia", "MN"},
	{"Bangkok", "Thailand", "TH"}, {"Seoul", "South Korea", "KR"}, {"Johannesburg", "South Africa", "ZA"},
}

// placesAndStandIns loads factlint's gazetteer and the stand-ins it
// reads as meant.
func placesAndStandIns() (*gazetteer.Gazetteer, []standIn, error) {
	gz, err := gazetteer.Default()
	if err != nil {
		return nil, nil, err
	}
	ins, err := checkStandIns(gz)
	return gz, ins, err
}

// checkStandIns keeps the stand-ins the gazetteer reads as meant.
func checkStandIns(g *gazetteer.Gazetteer) ([]standIn, error) {
	var out []standIn
	for _, s := range standIns {
		c, k := g.Lookup(s.city), g.Lookup(s.country)
		if len(c) > 0 && c[0].Country == s.code && !c[0].IsCountry() && len(k) > 0 && k[0].ID == s.code {
			out = append(out, s)
		}
	}
	if len(out) < 4 {
		return nil, fmt.Errorf("the gazetteer knows only %d of the stand-in places", len(out))
	}
	return out, nil
}

// mutatePlace replaces the most specific place of the mention
// line[start:end] with a place of the same level in a country not in
// avoid (and "City, Country" with both names of the stand-in). It returns
// the new text, the place replaced and the stand-in's country.
func mutatePlace(g *gazetteer.Gazetteer, ins []standIn, line string, start, end int, seed string, avoid map[string]bool) (string, *gazetteer.Place, string, bool) {
	text := line[start:end]
	names := findPlaces(g, line, start, end)
	var target *placeName
	for i := range names {
		p := names[i].place
		switch {
		case target == nil:
			target = &names[i]
		case target.place.IsCountry() && !p.IsCountry():
			target = &names[i]
		case !target.place.IsCountry() && !p.IsCountry() && p.ID != target.place.ID:
			return "", nil, "", false // two cities: which one the event is at is unclear
		}
	}
	if target == nil {
		return "", nil, "", false
	}
	var ok []standIn
	for _, s := range ins {
		if !avoid[s.code] && s.code != target.place.Country {
			ok = append(ok, s)
		}
	}
	if len(ok) == 0 {
		return "", nil, "", false
	}
	h := fnv.New32a()
	h.Write([]byte(seed))
	s := ok[h.Sum32()%uint32(len(ok))]
	orig := text[target.start:target.end]
	edits := []edit{{target.start, target.end, sameCaseWords(s.city, orig)}}
	if target.place.IsCountry() {
		edits[0].text = sameCaseWords(s.country, orig)
	} else {
		for _, n := range names {
			if n.place.IsCountry() && n.place.ID == target.place.Country {
				edits = append(edits, edit{n.start, n.end, sameCaseWords(s.country, text[n.start:n.end])})
			}
		}
	}
	if !plainContext(line, start, end, edits) {
		return "", nil, "", false
	}
	return applyEdits(text, edits), target.place, s.code, true
}

// plainContext tells whether the only names of a mention are the ones the
// edits rewrite, so that the new words read as naturally as the old:
// "in the southern Iranian island of Qeshm", "Porta Nuova area of
// Palermo", "Baytown, Texas" (a place qualified after the mention too)
// are left alone.
func plainContext(line string, start, end int, edits []edit) bool {
	text := line[start:end]
	rewritten := func(i int) bool {
		for _, e := range edits {
			if i >= e.start && i < e.end {
				return true
			}
		}
		return false
	}
	for k, w := range placeWord.FindAllStringIndex(text, -1) {
		word := text[w[0]:w[1]]
		if rewritten(w[0]) || !unicode.IsUpper([]rune(word)[0]) || k == 0 && notNames[strings.ToLower(word)] {
			continue
		}
		return false
	}
	for _, e := range edits {
		after := line[start+e.end:]
		if q, ok := strings.CutPrefix(after, ", "); ok && q != "" && unicode.IsUpper([]rune(q)[0]) && !rewritten(e.end+2) {
			return false
		}
	}
	return true
}

// sameCaseWords writes a name in upper case when like is, else as it is.
func sameCaseWords(name, like string) string {
	if like == strings.ToUpper(like) && like != strings.ToLower(like) && len([]rune(like)) > 1 {
		return strings.ToUpper(name)
	}
	return name
}

// placesAgree tells whether a partner's places include the original place:
// the same place, or a country containing it, or a place in it.
func placesAgree(partner []placeName, orig *gazetteer.Place) bool {
	for _, n := range partner {
		p := n.place
		switch {
		case p.ID == orig.ID,
			p.IsCountry() && p.ID == orig.Country,
			orig.IsCountry() && p.Country == orig.ID:
			return true
		}
	}
	return false
}
