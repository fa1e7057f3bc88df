package gazetteer

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLookup(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name, wantName, wantCountry string
	}{
		{"Kyiv", "Kyiv", "UA"},
		{"Kiev", "Kyiv", "UA"},
		{"kyïv", "Kyiv", "UA"},
		{"Vilnius", "Vilnius", "LT"},
		{"Riga", "Riga", "LV"},
		{"Bucha", "Bucha", "UA"},         // not the German village
		{"Brussels", "Brussels", "BE"},   // not Brussels, Ontario
		{"Ukraine", "Ukraine", "UA"},     // a country
		{"U.S.", "United States", "US"},  // alias
		{"Georgia", "Georgia", "GE"},     // the country first
		{"São Paulo", "São Paulo", "BR"}, // diacritics kept in the name
	}
	for _, tt := range tests {
		ps := g.Lookup(tt.name)
		if len(ps) == 0 {
			t.Errorf("Lookup(%q) found nothing", tt.name)
			continue
		}
		if ps[0].Name != tt.wantName || ps[0].Country != tt.wantCountry {
			t.Errorf("Lookup(%q) = %s, %s; want %s, %s", tt.name, ps[0].Name, ps[0].Country, tt.wantName, tt.wantCountry)
		}
		if fs := g.PlacesAt(g.Find([]byte(tt.name))); len(fs) != len(ps) || *fs[0] != *ps[0] {
			t.Errorf("PlacesAt(Find(%q)) = %v; want Lookup's %v", tt.name, fs, ps)
		}
	}
	if at := g.Find([]byte("Nowhere Atlantis")); at != -1 || g.PlacesAt(at) != nil || g.NameAt(at) != "" {
		t.Errorf("Find(Nowhere Atlantis) = %d, %v; want -1, nil", at, g.PlacesAt(at))
	}
	if got := g.NameAt(1); got != "" {
		t.Errorf("NameAt(1) = %q; want none", got)
	}
	// regions: after every town of the name, read by IsRegion
	regions := []struct{ name, wantID, wantName string }{
		{"Cumbria", "GB-CMA", "Cumbria"},    // also an alternate name of Cumberland, US
		{"Texas", "US-TX", "Texas"},         // no town of the name in the table
		{"Hormozgan", "IR-22", "Hormozgān"}, // accents folded
		{"Somerset", "GB-SOM", "Somerset"},  // after two American towns
		{"New South Wales", "AU-NSW", "New South Wales"},
	}
	for _, tt := range regions {
		ps := g.Lookup(tt.name)
		var r *Place
		for _, p := range ps {
			if p.IsRegion() {
				r = p
			}
		}
		if r == nil || r.ID != tt.wantID || r.Name != tt.wantName || r.IsCountry() {
			t.Errorf("Lookup(%q): region %+v; want %s %s", tt.name, r, tt.wantID, tt.wantName)
		}
		if !ps[len(ps)-1].IsRegion() {
			t.Errorf("Lookup(%q): a region is not last: %+v", tt.name, ps)
		}
	}
	if ps := g.Lookup("Nowhere Atlantis"); len(ps) != 0 {
		t.Errorf("Lookup(Nowhere Atlantis) = %v", ps[0])
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Kyïv-Sviatoshyn’s  U.S.")
	f.Add("KYIV")
	f.Add("Saint  Petersburg")
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, out)
		}
		if Fold(out) != out {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, out, Fold(out))
		}
		// FoldEqual, folding on the stack, agrees with Fold
		for _, b := range []string{out, "kyiv", s + " x", strings.ToUpper(s)} {
			if FoldEqual(s, b) != (Fold(s) == Fold(b)) {
				t.Fatalf("FoldEqual(%q, %q) = %v", s, b, FoldEqual(s, b))
			}
		}
		if utf8.ValidString(s) {
			// The ASCII path a byte at a time says what the rune path says.
			if a, r := appendFoldASCII(nil, s), appendFoldRunes(nil, s); isASCII(s) && string(a) != string(r) {
				t.Fatalf("%q: folded a byte at a time %q, a rune at a time %q", s, a, r)
			}
		}
	})
}

// TestTables checks what the lookup relies on and does not check at
// start: the names are unique, folded and sorted bytewise; the index finds
// each of them at its line and holds nothing else; firsts.idx holds the
// first word of each with its length; every offset is the
// start of a place line; no name has more words than MaxWords.
func TestTables(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	prev, words, n := "", 0, 0
	for off := 0; off < len(g.names); {
		line, _, _ := strings.Cut(g.names[off:], "\n")
		at := off
		off += len(line) + 1
		if strings.HasPrefix(line, "#") {
			continue
		}
		n++
		k, refs, ok := strings.Cut(line, "\t")
		if !ok || k == "" || refs == "" {
			t.Fatalf("bad name line %q", line)
		}
		if k <= prev {
			t.Fatalf("names not sorted: %q after %q", k, prev)
		}
		if Fold(k) != k {
			t.Errorf("name %q is not folded (%q)", k, Fold(k))
		}
		if got := findIn(g, k); got != at+len(k)+1 { // names are unique: refs is this line's
			t.Fatalf("findIn(%q) = %d; want the refs of the line at %d", k, got, at)
		}
		if got := g.Find([]byte(k)); got != at+len(k)+1 {
			t.Fatalf("Find(%q) = %d; want the refs of the line at %d", k, got, at)
		}
		if got := g.NameAt(at + len(k) + 1); got != k {
			t.Fatalf("NameAt(%d) = %q; want %q", at+len(k)+1, got, k)
		}
		if !g.Firsts([]byte(k)).Has(strings.Count(k, " ") + 1) {
			t.Fatalf("Firsts(%q) = %b; it is a name of %d words", k, g.Firsts([]byte(k)), strings.Count(k, " ")+1)
		}
		prev, words = k, max(words, strings.Count(k, " ")+1)
		for ref := range strings.SplitSeq(refs, ",") {
			if _, ok := g.place(ref); !ok {
				t.Fatalf("%q: offset %s is not a place line", k, ref)
			}
		}
	}
	used := 0
	for i := range uint64(len(g.index) / 4) {
		if g.slot(i) != 0 {
			used++
		}
	}
	if used != n {
		t.Errorf("the index has %d entries for %d names", used, n)
	}
	if words != g.MaxWords() {
		t.Errorf("MaxWords() = %d; the longest name has %d words", g.MaxWords(), words)
	}
}

// buildIndex is names.idx for names, as gen builds it (see Hash).
func buildIndex(names string, size int) string {
	slots := make([]byte, 4*size)
	for off := 0; off < len(names); {
		line, _, _ := strings.Cut(names[off:], "\n")
		if k, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") {
			h := Hash(k)
			i := h & uint64(size-1)
			for binary.LittleEndian.Uint32(slots[4*i:]) != 0 {
				i = (i + 1) & uint64(size-1)
			}
			binary.LittleEndian.PutUint32(slots[4*i:], uint32(off+1)|uint32(h>>56)<<24)
		}
		off += len(line) + 1
	}
	return string(slots)
}

// noFirsts is a table of first words that holds none.
const noFirsts = "\x00\x00\x00\x00"

func TestMalformed(t *testing.T) {
	places, idx := "0\tKyiv\tUA\t1\n", buildIndex("kyiv\t0\n", 4)
	for _, tt := range []struct{ names, index string }{
		{"", idx},
		{"# max-words 2\n", ""},
		{"kyiv\t0\n", idx},
		{"# max-words x\nkyiv\t0\n", idx},
		{"# max-words 1\nkyiv\t0", idx},
		{"# max-words 1\nkyiv\t0\n", "\x00\x00\x00"},
		{"# max-words 1\nkyiv\t0\n", strings.Repeat("\x00", 12)},
	} {
		if _, err := newGazetteer(places, tt.names, tt.index, noFirsts); err == nil {
			t.Errorf("newGazetteer(%q, %q): no error", tt.names, tt.index)
		}
	}
	for _, fs := range []string{"", "\x00\x00\x00", strings.Repeat("\x00", 6)} {
		if _, err := newGazetteer(places, "# max-words 1\nkyiv\t0\n", idx, fs); err == nil {
			t.Errorf("newGazetteer with a table of first words of %d bytes: no error", len(fs))
		}
	}
	names := "# max-words 1\nkiev\t4\nkyiv\t4,x,99,16,20,5\n"
	g, err := newGazetteer("# c\n0\tKyiv\tUA\t1\nbad\n", names, buildIndex(names, 4), noFirsts)
	if err != nil {
		t.Fatal(err)
	}
	if ps := g.Lookup("Kyiv"); len(ps) != 1 || ps[0].Name != "Kyiv" || ps[0].Population != 1 {
		t.Errorf("Lookup(Kyiv) = %v; want only the one well-formed place", ps)
	}
	if ps := g.Lookup("Kyi"); len(ps) != 0 {
		t.Errorf("Lookup(Kyi) = %v; want nothing", ps)
	}
	// A full table, and slots pointing past the end, end the search.
	for _, slot := range []string{"\x01\x00\x00\xff", "\xff\xff\xff\x00", "\xff\xff\xff\xff"} {
		g, err := newGazetteer(places, names, strings.Repeat(slot, 4), noFirsts)
		if err != nil {
			t.Fatal(err)
		}
		if got := findIn(g, "riga"); got != -1 {
			t.Errorf("findIn(riga) in a full index of %q = %d", slot, got)
		}
	}
}

// TestFirsts: the first word of a name, folded as Lookup folds it, is
// found; a word no name starts with is not.
func TestFirsts(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		name string
		want bool
	}{
		{"Kyiv", true}, {"KYIV", true}, {"Rostov-on-Don", true}, {"St. Louis", true},
		{"São Paulo", true}, {"Sao", true}, {"New", true}, {"Stoltenberg", false},
		{"Stoltenberg Kyiv", false}, {"Zelenskyy", false}, {"", false},
		{" (Kyiv) ", true}, {"Kyiv-Pechersk Lavra and more words than sixty-four bytes hold, folded", true},
		{"Kyiv’s", false}, {"Kyivs", false}, {"Kyïv", true}, {"Ky’iv", true},
	} {
		if got := g.Firsts([]byte(tt.name)) != 0; got != tt.want {
			t.Errorf("Firsts(%q) != 0 is %v; want %v", tt.name, got, tt.want)
		}
	}
	// the lengths of the names a first word starts: "riga", "riga beach";
	// "new york", never "new" alone
	for _, tt := range []struct {
		word string
		want Lengths
	}{
		{"riga", LengthOf(1) | LengthOf(2)}, {"the", LengthOf(2) | LengthOf(3) | LengthOf(4)},
		{"new", LengthOf(2) | LengthOf(3) | LengthOf(4)}, {"stoltenberg", 0}, {"", 0},
	} {
		if got := g.FirstsFolded(tt.word); got != tt.want {
			t.Errorf("FirstsFolded(%q) = %04b; want %04b", tt.word, got, tt.want)
		}
		if got, ok := g.FirstsKey(new(Key), tt.word); got != tt.want || ok != (tt.word != "") {
			t.Errorf("FirstsKey(%q) = %04b, %v; want %04b", tt.word, got, ok, tt.want)
		}
	}
	// FirstsKey reads lower-case ASCII letters and digits only
	for _, w := range []string{"Riga", "o'hare", "u.s.", "kyïv", "new york", "riga-"} {
		if _, ok := g.FirstsKey(new(Key), w); ok {
			t.Errorf("FirstsKey(%q) answered; want no answer", w)
		}
	}
	if l, ok := g.FirstsKey(new(Key), "1st"); !ok || l != g.FirstsFolded("1st") {
		t.Errorf("FirstsKey(1st) = %04b, %v; want FirstsFolded's %04b", l, ok, g.FirstsFolded("1st"))
	}
}

// TestLengths: LengthOf gives names of one, two, three and four or more
// words a bit each; Has reads it, and Most the longest.
func TestLengths(t *testing.T) {
	l := LengthOf(2) | LengthOf(7)
	for n, want := range []bool{false, false, true, false, true, true, true} {
		if l.Has(n) != want {
			t.Errorf("%04b.Has(%d) = %v; want %v", l, n, !want, want)
		}
	}
	for _, tt := range []struct {
		l    Lengths
		want int
	}{{0, 0}, {LengthOf(1), 1}, {LengthOf(1) | LengthOf(3), 3}, {LengthOf(2), 2}, {l, 12}} {
		if got := tt.l.Most(12); got != tt.want {
			t.Errorf("%04b.Most(12) = %d; want %d", tt.l, got, tt.want)
		}
	}
}

// BenchmarkLoad is the start-up cost every run pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := newGazetteer(places, names, index, firsts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLookup looks up names found and not found.
func BenchmarkLookup(b *testing.B) {
	g, err := Default()
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		for _, n := range []string{"Kyiv", "Kiev", "São Paulo", "United States", "Nowhere Atlantis", "Stoltenberg"} {
			g.Lookup(n)
		}
	}
}

// TestLookupMissAllocs: a name the gazetteer does not know costs no
// allocation (places looks up every capitalized run of an article).
func TestLookupMissAllocs(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	if n := testing.AllocsPerRun(100, func() { g.Lookup("Secretary General Jens") }); n != 0 {
		t.Errorf("Lookup of an unknown name: %v allocations", n)
	}
	for _, name := range []string{"Secretary General Jens", "Kyiv"} {
		b := []byte(name)
		if n := testing.AllocsPerRun(100, func() { g.Find(b) }); n != 0 {
			t.Errorf("Find(%q): %v allocations", name, n)
		}
	}
}

// TestFirstsAllocs: telling a capitalized word that starts no place costs
// no allocation.
func TestFirstsAllocs(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"Stoltenberg", "Stoltenberg’s"} {
		b := []byte(name)
		if n := testing.AllocsPerRun(100, func() { g.Firsts(b) }); n != 0 {
			t.Errorf("Firsts(%q) allocates %v times", name, n)
		}
	}
}
