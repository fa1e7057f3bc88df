package gazetteer

import (
	_ "embed"
	"errors"
	"strconv"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

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

// index is the hash table of the lines of names (see Hash).
//
//go:embed names.idx
var index string

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
	names    string
	index    string
	maxWords int
}

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) { return embedded() }

var embedded = sync.OnceValues(func() (*Gazetteer, error) { return newGazetteer(places, names, index) })

// newGazetteer reads the "# max-words N" line of the names' header; the
// rest of the header is comments. The lines themselves are read on lookup.
func newGazetteer(places, names, index string) (*Gazetteer, error) {
	g := &Gazetteer{places: places, names: names, index: index}
	for rest := names; strings.HasPrefix(rest, "#"); {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if n, ok := strings.CutPrefix(line, "# max-words "); ok {
			g.maxWords, _ = strconv.Atoi(n)
		}
	}
	slots := len(index) / 4
	if g.maxWords <= 0 || !strings.HasSuffix(names, "\n") || !strings.HasSuffix(places, "\n") ||
		slots == 0 || len(index)%4 != 0 || slots&(slots-1) != 0 {
		return nil, errors.New("gazetteer: malformed embedded tables")
	}
	return g, nil
}

// MaxWords is the most words any name has.
func (g *Gazetteer) MaxWords() int { return g.maxWords }

// Lookup returns the places a name may denote, best first. Case, accents
// and punctuation other than letters are ignored. Each call returns new
// Places.
func (g *Gazetteer) Lookup(name string) []*Place {
	var key [64]byte
	refs := g.find(string(appendFold(key[:0], name)))
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

// Hash is the hash of a folded name that names.idx is built with:
// 64-bit FNV-1a. The index is an open-addressing table of 2^k little-endian
// uint32 slots with linear probing from slot Hash & (2^k-1); a slot is 0
// when empty, else the byte offset of the name's line in names.tsv plus
// one in its low 24 bits, and the top byte of Hash in its high 8 bits.
func Hash(folded string) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(folded); i++ {
		h ^= uint64(folded[i])
		h *= 1099511628211
	}
	return h
}

// find returns what the line of a folded name says after its tab, or ""
// when no line has that name.
func (g *Gazetteer) find(key string) string {
	h := Hash(key)
	mask := uint64(len(g.index)/4 - 1)
	tag := uint32(h >> 56)
	for n, i := 0, h&mask; n <= int(mask); n, i = n+1, (i+1)&mask {
		s := g.slot(i)
		if s == 0 {
			return ""
		}
		if s>>24 != tag {
			continue
		}
		line := g.names[min(int(s&(1<<24-1))-1, len(g.names)):]
		if len(line) > len(key) && line[len(key)] == '\t' && line[:len(key)] == key {
			refs := line[len(key)+1:]
			if end := strings.IndexByte(refs, '\n'); end >= 0 {
				return refs[:end]
			}
			return refs
		}
	}
	return ""
}

// slot is index slot i.
func (g *Gazetteer) slot(i uint64) uint32 {
	b := g.index[4*i : 4*i+4]
	return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
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
	if folded(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// appendFold appends the folded form of s to b.
func appendFold(b []byte, s string) []byte {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return appendFoldRunes(b, stripMarks(s))
		}
	}
	return appendFoldASCII(b, s)
}

// stripMarks drops diacritics (Kyïv: Kyiv) and invalid UTF-8.
func stripMarks(s string) string {
	s = strings.ToValidUTF8(s, " ")
	t := foldPool.Get().(transform.Transformer)
	if out, _, err := transform.String(t, s); err == nil {
		s = out
	}
	t.Reset()
	foldPool.Put(t)
	return s
}

// appendFoldRunes is appendFold once the marks are gone.
func appendFoldRunes(b []byte, s string) []byte {
	start, space := len(b), false
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) || unicode.IsDigit(r):
			if space && len(b) > start {
				b = append(b, ' ')
			}
			space = false
			b = utf8.AppendRune(b, unicode.ToLower(r))
		case r == '.' || r == '\'' || r == '’':
		default:
			space = true
		}
	}
	return b
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

// appendFoldASCII is appendFold for ASCII text, a byte at a time.
func appendFoldASCII(b []byte, s string) []byte {
	start, space := len(b), false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case 'a' <= c && c <= 'z' || '0' <= c && c <= '9' || 'A' <= c && c <= 'Z':
			if space && len(b) > start {
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
	return b
}
