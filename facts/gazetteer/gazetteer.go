package gazetteer

import (
	"bytes"
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

// firsts is the table of the first words of the names (see Fingerprint).
//
//go:embed firsts.idx
var firsts string

// A Place is one gazetteer entry.
type Place struct {
	ID         string // GeoNames id, the ISO 3166 code of a country, or the ISO 3166-2 code of a region
	Name       string // English name
	Country    string // ISO 3166-1 alpha-2
	Population int    // 0 for countries
}

// IsCountry reports whether the place is a country.
func (p *Place) IsCountry() bool { return p.ID == p.Country }

// IsRegion reports whether the place is a country's first-level
// subdivision (a state, a province, an English county: "US-TX").
func (p *Place) IsRegion() bool { return len(p.ID) > 3 && p.ID[2] == '-' }

// A Gazetteer maps names to places. Its tables are the embedded text,
// searched where it lies.
type Gazetteer struct {
	places   string
	names    string
	index    string
	firsts   string
	maxWords int
}

// Default returns the embedded gazetteer.
func Default() (*Gazetteer, error) { return embedded() }

var embedded = sync.OnceValues(func() (*Gazetteer, error) { return newGazetteer(places, names, index, firsts) })

// newGazetteer reads the "# max-words N" line of the names' header; the
// rest of the header is comments. The lines themselves are read on lookup.
func newGazetteer(places, names, index, firsts string) (*Gazetteer, error) {
	g := &Gazetteer{places: places, names: names, index: index, firsts: firsts}
	for rest := names; strings.HasPrefix(rest, "#"); {
		var line string
		line, rest, _ = strings.Cut(rest, "\n")
		if n, ok := strings.CutPrefix(line, "# max-words "); ok {
			g.maxWords, _ = strconv.Atoi(n)
		}
	}
	slots := len(index) / 4
	if g.maxWords <= 0 || !strings.HasSuffix(names, "\n") || !strings.HasSuffix(places, "\n") ||
		slots == 0 || len(index)%4 != 0 || slots&(slots-1) != 0 || !validFirsts(firsts) {
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
	return g.PlacesAt(findIn(g, appendFold(key[:0], name)))
}

// Find returns where the gazetteer lists the places a name may denote,
// for PlacesAt: Lookup(string(name)) is PlacesAt(Find(name)). It is -1
// when there are none. Names that fold alike are found at one place. It
// allocates nothing for a short ASCII name.
func (g *Gazetteer) Find(name []byte) int {
	var key [64]byte
	if isASCII(name) {
		return findIn(g, appendFoldASCII(key[:0], name))
	}
	return findIn(g, appendFold(key[:0], string(name)))
}

// NameAt returns the name, folded, whose places PlacesAt(at) lists;
// "" for an offset Find does not return.
func (g *Gazetteer) NameAt(at int) string {
	if at <= 0 || at > len(g.names) || g.names[at-1] != '\t' {
		return ""
	}
	start := strings.LastIndexByte(g.names[:at-1], '\n') + 1
	return g.names[start : at-1]
}

// PlacesAt returns the places listed where Find found them, best first;
// nil for -1. Each call returns new Places.
func (g *Gazetteer) PlacesAt(at int) []*Place {
	if at < 0 || at >= len(g.names) {
		return nil
	}
	refs := g.names[at:]
	if end := strings.IndexByte(refs, '\n'); end >= 0 {
		refs = refs[:end]
	}
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
func Hash(folded string) uint64 { return hash(folded) }

// hash is Hash of a string or of bytes.
func hash[S string | []byte](folded S) uint64 {
	h := uint64(14695981039346656037)
	for i := 0; i < len(folded); i++ {
		h ^= uint64(folded[i])
		h *= 1099511628211
	}
	return h
}

// findIn returns the byte offset in names of what the line of a folded
// name says after its tab, or -1 when no line has that name.
func findIn[S string | []byte](g *Gazetteer, key S) int { return findHashed(g, hash(key), key) }

// findHashed is findIn of a key whose hash is h.
func findHashed[S string | []byte](g *Gazetteer, h uint64, key S) int {
	mask := uint64(len(g.index)/4 - 1)
	tag := uint32(h >> 56)
	for n, i := 0, h&mask; n <= int(mask); n, i = n+1, (i+1)&mask {
		s := g.slot(i)
		if s == 0 {
			return -1
		}
		if s>>24 != tag {
			continue
		}
		at := min(int(s&(1<<24-1))-1, len(g.names))
		line := g.names[at:]
		if len(line) > len(key) && line[len(key)] == '\t' && line[:len(key)] == string(key) {
			return at + len(key) + 1
		}
	}
	return -1
}

// Lengths is a set of the lengths of names in words: LengthOf(n) is
// the bit of names of n words; names of four words or more share one.
// It is 0 for none.
type Lengths uint8

// LengthOf is the bit of Lengths of a name of n words, n >= 1.
func LengthOf(n int) Lengths { return 1 << (min(max(n, 1), 4) - 1) }

// Has reports whether l holds names of n words.
func (l Lengths) Has(n int) bool { return n >= 1 && l&LengthOf(n) != 0 }

// Most is the most words of the names of lengths l: up to 3, or max
// when l holds names of four words or more.
func (l Lengths) Most(max int) int {
	switch {
	case l&LengthOf(4) != 0:
		return max
	case l&LengthOf(3) != 0:
		return 3
	case l&LengthOf(2) != 0:
		return 2
	case l&LengthOf(1) != 0:
		return 1
	}
	return 0
}

// FirstSlot is what firsts.idx holds of a first word whose Hash is h,
// the first word of names of lengths l (not 0): the top 12 bits of h
// above the 4 bits of l; never 0, the empty slot. The table is an
// open-addressing table of 2^k little-endian uint16 slots with linear
// probing from slot h & (2^k-1), the first words of the names: the
// folded names up to their first space. A word may share its 12 bits
// with another's slot on its way: a reader takes the lengths of every
// slot with its bits up to the first empty one.
func FirstSlot(h uint64, l Lengths) uint16 { return uint16(h>>52)<<4 | uint16(l&15) }

func validFirsts(t string) bool {
	slots := len(t) / 2
	return slots > 0 && len(t)%2 == 0 && slots&(slots-1) == 0
}

// Firsts returns the lengths in words of the names whose first word is
// the first word of name, folded: 0 when there are none, and then Lookup
// finds nothing for the name (nor for any name with that first word); a
// name of a length not in it is none either. Rarely (12 bits of a hash
// shared) it holds lengths of no name all the same. It allocates nothing
// for a short ASCII name.
func (g *Gazetteer) Firsts(name []byte) Lengths {
	var key [64]byte
	var w []byte
	name = firstWord(name)
	switch {
	case isASCII(name):
		w = appendFoldASCII(key[:0], name)
	case markless(name): // "Russia’s": no marks to strip
		w = appendFoldRunes(key[:0], string(name))
	default:
		w = appendFold(key[:0], string(name))
	}
	if i := bytes.IndexByte(w, ' '); i >= 0 {
		w = w[:i]
	}
	if len(w) == 0 {
		return 0 // no name starts with no word
	}
	return g.firstsOf(hash(w))
}

// FirstsFolded is Firsts of a first word already folded as Lookup folds
// it ("kyiv", not "Kyiv"), for a caller that has it so: no fold.
func (g *Gazetteer) FirstsFolded(w string) Lengths {
	if w == "" {
		return 0
	}
	return g.firstsOf(Hash(w))
}

// FirstsKey is FirstsFolded of a word of lower-case ASCII letters and
// digits, w; false, and no answer, for any other w: a caller may ask it
// of any word in lower case, and have the fold's answer for the words
// the fold leaves as they are, in one reading of w. When it answers with
// lengths other than 0, it leaves k holding w, as Reset and Add of w
// would: the first word of the names a caller goes on to mark.
func (g *Gazetteer) FirstsKey(k *Key, w string) (Lengths, bool) {
	h, ok := wordHash(w)
	if !ok {
		return 0, false
	}
	l := g.firstsOf(h)
	if l != 0 {
		k.setWord(w, h)
	}
	return l, true
}

// wordHash is Hash(w) of a non-empty word w of lower-case ASCII letters
// and digits; false for any other w.
func wordHash(w string) (uint64, bool) {
	h := Hash("")
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c-'a' >= 26 && c-'0' >= 10 {
			return 0, false
		}
		h = (h ^ uint64(c)) * 1099511628211
	}
	return h, w != ""
}

// firstsOf is Firsts of a folded first word whose Hash is h.
func (g *Gazetteer) firstsOf(h uint64) Lengths {
	mask := uint64(len(g.firsts)/2 - 1)
	bits := FirstSlot(h, 0) >> 4
	var l Lengths
	for n, i := 0, h&mask; n <= int(mask); n, i = n+1, (i+1)&mask {
		b := g.firsts[2*i : 2*i+2] // one bounds check, one load
		s := uint16(b[0]) | uint16(b[1])<<8
		if s == 0 {
			break
		}
		if s>>4 == bits {
			l |= Lengths(s & 15)
		}
	}
	return l
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
	if isFolded(s) {
		return s
	}
	return string(appendFold(make([]byte, 0, len(s)), s))
}

// FoldEqual reports whether Fold(a) == Fold(b), folding ASCII names on
// the stack.
func FoldEqual(a, b string) bool {
	var ka, kb [64]byte
	return bytes.Equal(appendFold(ka[:0], a), appendFold(kb[:0], b))
}

// FoldsTo is FoldEqual(name, folded) where folded is most often a name
// as Fold returns it: then only name is folded.
func FoldsTo(name, folded string) bool {
	if !isFolded(folded) {
		return FoldEqual(name, folded)
	}
	var k [64]byte
	return string(appendFold(k[:0], name)) == folded
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

// isFolded reports whether Fold would return s as it is: lower-case
// ASCII letters and digits in words separated by single spaces.
func isFolded(s string) bool {
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

// Words is the number of words of Fold(string(name)) for an ASCII name
// (Firsts says which lengths there are names of); 0 for a name with
// other bytes, not counted.
func Words(name []byte) int {
	n, space := 0, true
	for _, c := range name {
		switch {
		case c >= utf8.RuneSelf:
			return 0
		case isAlnumASCII(c):
			if space {
				n++
			}
			space = false
		case c == '.' || c == '\'':
		default:
			space = true
		}
	}
	return n
}

// FirstWord is the bytes of name whose fold holds its first word: what
// Firsts reads of it.
func FirstWord(name []byte) []byte { return firstWord(name) }

// firstWord is name from its first letter or digit up to the first
// ASCII byte after it that appendFold reads as a space (not a letter, a
// digit, a period or an apostrophe): the bytes whose fold holds the first
// word of name's.
func firstWord(name []byte) []byte {
	a := 0
	for a < len(name) && name[a] < utf8.RuneSelf && !isAlnumASCII(name[a]) {
		a++
	}
	for i := a; i < len(name); i++ {
		if c := name[i]; c < utf8.RuneSelf && !isAlnumASCII(c) && c != '.' && c != '\'' {
			return name[a:i]
		}
	}
	return name[a:]
}

func isAlnumASCII(c byte) bool {
	return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
}

// markless reports whether b is ASCII and right single quotation marks
// (’), which stripMarks leaves as they are.
func markless(b []byte) bool {
	for len(b) > 0 {
		switch {
		case b[0] < utf8.RuneSelf:
			b = b[1:]
		case bytes.HasPrefix(b, []byte("’")):
			b = b[len("’"):]
		default:
			return false
		}
	}
	return true
}

// isASCII reports whether s is all ASCII.
func isASCII[S string | []byte](s S) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// appendFoldASCII is appendFold for ASCII text, a byte at a time.
func appendFoldASCII[S string | []byte](b []byte, s S) []byte {
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
