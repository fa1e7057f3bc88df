package gazetteer

import (
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
	}
	if ps := g.Lookup("Nowhere Atlantis"); len(ps) != 0 {
		t.Errorf("Lookup(Nowhere Atlantis) = %v", ps[0])
	}
}

func FuzzFold(f *testing.F) {
	f.Add("Kyïv-Sviatoshyn’s  U.S.")
	f.Fuzz(func(t *testing.T, s string) {
		out := Fold(s)
		if !utf8.ValidString(out) && utf8.ValidString(s) {
			t.Fatalf("Fold(%q) = %q: invalid UTF-8", s, out)
		}
		if Fold(out) != out {
			t.Fatalf("Fold not idempotent: %q -> %q -> %q", s, out, Fold(out))
		}
	})
}

// TestTables checks what the lookup relies on and does not check at
// start: the names are unique and sorted bytewise, every offset is the
// start of a place line, and no name has more words than MaxWords.
func TestTables(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	prev, words := "", 0
	for line := range strings.Lines(g.names) {
		k, refs, ok := strings.Cut(strings.TrimSuffix(line, "\n"), "\t")
		if !ok || k == "" || refs == "" {
			t.Fatalf("bad name line %q", line)
		}
		if k <= prev {
			t.Fatalf("names not sorted: %q after %q", k, prev)
		}
		if Fold(k) != k {
			t.Errorf("name %q is not folded (%q)", k, Fold(k))
		}
		prev, words = k, max(words, strings.Count(k, " ")+1)
		for ref := range strings.SplitSeq(refs, ",") {
			if _, ok := g.place(ref); !ok {
				t.Fatalf("%q: offset %s is not a place line", k, ref)
			}
		}
	}
	if words != g.MaxWords() {
		t.Errorf("MaxWords() = %d; the longest name has %d words", g.MaxWords(), words)
	}
}

func TestMalformed(t *testing.T) {
	for _, names := range []string{"", "# max-words 2\n", "kyiv\t0\n", "# max-words x\nkyiv\t0\n", "# max-words 1\nkyiv\t0"} {
		if _, err := newGazetteer("0\tKyiv\tUA\t1\n", names); err == nil {
			t.Errorf("newGazetteer(%q): no error", names)
		}
	}
	g, err := newGazetteer("# c\n0\tKyiv\tUA\t1\nbad\n", "# max-words 1\nkiev\t4\nkyiv\t4,x,99,16,20,5\n")
	if err != nil {
		t.Fatal(err)
	}
	if ps := g.Lookup("Kyiv"); len(ps) != 1 || ps[0].Name != "Kyiv" || ps[0].Population != 1 {
		t.Errorf("Lookup(Kyiv) = %v; want only the one well-formed place", ps)
	}
}

// BenchmarkLoad is the start-up cost every run pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		if _, err := newGazetteer(places, names); err != nil {
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
