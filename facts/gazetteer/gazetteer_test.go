package gazetteer

import (
	"bytes"
	"compress/gzip"
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

// BenchmarkLoad is the start-up cost every run pays once.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		zr, err := gzip.NewReader(bytes.NewReader(data))
		if err != nil {
			b.Fatal(err)
		}
		if _, err := read(zr, 2<<20); err != nil {
			b.Fatal(err)
		}
	}
}
