package gazetteer

import (
	"strings"
	"testing"
)

// checkKey adds s to a Key in the pieces cut at the given offsets and,
// at the end of each piece, checks that the mark says of the name so far
// what Find, Firsts and Words say of its bytes.
func checkKey(t *testing.T, g *Gazetteer, s string, cuts []int) {
	t.Helper()
	var k Key
	prev := 0
	for _, c := range append(cuts, len(s)) {
		if c < prev || c > len(s) {
			continue
		}
		k.Add([]byte(s[prev:c]))
		prev = c
		name := []byte(s[:c])
		m, ok := k.Mark()
		to := Mark{n: 99, first: 99} // MarkTo writes every field
		if tok := k.MarkTo(&to); to != m || tok != ok {
			t.Fatalf("%q: MarkTo = %+v, %v; Mark says %+v, %v", name, to, tok, m, ok)
		}
		if !ok {
			if isASCII(name) && len(Fold(string(name))) <= len(k.b)-2 && Words(name) > 0 {
				t.Fatalf("%q: no mark for an ASCII name of %d words", name, Words(name))
			}
			continue
		}
		if got, want := m.Words(), Words(name); got != want {
			t.Fatalf("%q: mark of %d words; Words says %d", name, got, want)
		}
		if got, want := g.FindMark(&k, m), g.Find(name); got != want {
			t.Fatalf("%q: FindMark = %d; Find says %d", name, got, want)
		}
		if got, want := g.FirstsMark(m), g.Firsts(name); got != want {
			t.Fatalf("%q: FirstsMark = %04b; Firsts says %04b", name, got, want)
		}
	}
}

// TestKey: a name folded a piece at a time, at a word's end or within
// it, is found as the whole of its bytes is, and so is each of its
// starts.
func TestKey(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	for _, s := range []string{"New York City Council", "Rostov-on-Don", "St. Louis", "U.S. officials",
		"O'Hare", "Kyiv’s", "São Paulo", "  (Riga) ", "RIGA BEACH", "The Hague", "a", "",
		"Kyiv-Pechersk Lavra and more words than sixty-four bytes hold, folded as one name"} {
		for i := 0; i <= len(s); i++ {
			checkKey(t, g, s, []int{i})
		}
		checkKey(t, g, s, []int{1, 2, 3, 5, 8, 13})
	}
	// every name of the table, cut at its first space
	for off := 0; off < len(g.names); {
		line, _, _ := strings.Cut(g.names[off:], "\n")
		off += len(line) + 1
		if k, _, ok := strings.Cut(line, "\t"); ok && !strings.HasPrefix(line, "#") && isASCII(k) {
			checkKey(t, g, strings.ToUpper(k), []int{strings.IndexByte(k, ' ')})
		}
	}
}

func FuzzKey(f *testing.F) {
	g, err := Default()
	if err != nil {
		f.Fatal(err)
	}
	f.Add("New York City", 4, 8)
	f.Add("Rostov-on-Don's", 6, 7)
	f.Add("St. Louis", 3, 2)
	f.Fuzz(func(t *testing.T, s string, a, b int) {
		checkKey(t, g, s, []int{a, b})
	})
}

// TestFirstsKey: FirstsKey answers as FirstsFolded does of a word of
// lower-case letters and digits, and not of another word; when it
// answers with lengths, it leaves the key as Reset and Add of the word
// do: the same marks after the same further words.
func TestFirstsKey(t *testing.T) {
	g, err := Default()
	if err != nil {
		t.Fatal(err)
	}
	long := strings.Repeat("x", 63)
	for _, w := range []string{"new", "the", "st", "kyiv", "barack", "riga", "san", "x", "", "u.s", "o'hare",
		"kyïv", "New", "a1", long, long + "y", long + "yz"} {
		var k, want Key
		k.Add([]byte("stale words")) // what the key held before
		l, ok := g.FirstsKey(&k, w)
		plain := w != "" && strings.Trim(w, "abcdefghijklmnopqrstuvwxyz0123456789") == ""
		if ok != plain || ok && l != g.FirstsFolded(w) {
			t.Fatalf("%q: FirstsKey = %04b, %v; want an answer %v, FirstsFolded's %04b", w, l, ok, plain, g.FirstsFolded(w))
		}
		if !ok || l == 0 {
			continue
		}
		want.Add([]byte(w))
		for _, more := range []string{"", " York", " City", "-on-Don"} {
			k.Add([]byte(more))
			want.Add([]byte(more))
			m, mok := k.Mark()
			wm, wmok := want.Mark()
			if m != wm || mok != wmok || k.Words() != want.Words() {
				t.Fatalf("%q then %q: mark %+v, %v; Reset and Add mark %+v, %v", w, more, m, mok, wm, wmok)
			}
			if mok && g.FindMark(&k, m) != g.FindMark(&want, wm) {
				t.Fatalf("%q then %q: FindMark differs", w, more)
			}
		}
	}
}

// TestFoldsTo: FoldsTo is FoldEqual, of folded names and others.
func TestFoldsTo(t *testing.T) {
	for _, c := range [][2]string{{"Kyiv", "kyiv"}, {"Kyïv", "kyiv"}, {"New York", "new york"}, {"New-York", "newyork"},
		{"St. Louis", "st louis"}, {"São Paulo", "sao paulo"}, {"Riga", "Riga"}, {"Riga", "riga "}, {"", ""}, {"a", ""}} {
		if got, want := FoldsTo(c[0], c[1]), FoldEqual(c[0], c[1]); got != want {
			t.Errorf("FoldsTo(%q, %q) = %v; FoldEqual says %v", c[0], c[1], got, want)
		}
	}
}
