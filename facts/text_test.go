package facts

import (
	"encoding/binary"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"
)

// TestLetterOrDigitASCII: isLetterOrDigit's shortcut for ASCII answers as
// the Unicode tables do for every ASCII rune.
func TestLetterOrDigitASCII(t *testing.T) {
	for r := rune(0); r < 0x80; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isLetterOrDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%q) = %v, want %v", r, got, want)
		}
	}
}

// TestHardWrapped: a text is hard-wrapped when a tenth or more of its
// line breaks fall before a lower-case word, whatever white space holds
// the break.
func TestHardWrapped(t *testing.T) {
	for _, tt := range []struct {
		text string
		want bool
	}{
		{"NATO's chief arrived in Kyiv on Thursday\nfor talks with the president.\n", true},
		{"NATO's chief arrived in Kyiv.\nHe met the president.\n\nThey spoke.", false},
		{"A paragraph.\r\n\r\n  \t and its words wrapped\u00a0\n\u00a0é in the next line", true},
		{"No break at all", false},
		{"Ends in breaks\n\n\n", false},
		{"", false},
	} {
		if got := isHardWrapped([]byte(tt.text)); got != tt.want {
			t.Errorf("isHardWrapped(%q) = %v; want %v", tt.text, got, tt.want)
		}
	}
}

// TestLowerASCII: a token's lower-case form is strings.ToLower of its
// text, whether lowerASCII writes it (ASCII with capitals, over several
// of its chunks) or the token is its own (ASCII without capitals, or
// wide runes); and a form once written does not change.
func TestLowerASCII(t *testing.T) {
	var b strings.Builder
	for b.Len() < 3*lowChunk {
		b.WriteString("NATO's Jens Stoltenberg ÉTÉ @[`{Z said AbCdEfGhIjKlMnOpQrStUvWxYz0123456789abcdefghijklmnopqrstuvwxyz ")
	}
	b.WriteString(strings.Repeat("X", 2*lowChunk))
	text := []byte(b.String())
	toks := tokenize(text, 0, len(text))
	lowers := make([]string, len(toks))
	for i, tk := range toks {
		lowers[i] = strings.Clone(tk.lower)
	}
	for i, tk := range toks {
		if want := strings.ToLower(tk.text); tk.lower != want || lowers[i] != want {
			t.Errorf("token %d %q: lower %q (was %q); want %q", i, tk.text, tk.lower, lowers[i], want)
		}
	}
}

// TestByteClass: the tokenizer's byte classes agree with the unicode
// package for every ASCII byte, and mark every other byte wide.
func TestByteClass(t *testing.T) {
	for c := range 256 {
		r, f := rune(c), byteClass[c]
		want := map[uint8]bool{
			bSpace:  r < utf8.RuneSelf && unicode.IsSpace(r),
			bLetter: r < utf8.RuneSelf && unicode.IsLetter(r),
			bDigit:  r < utf8.RuneSelf && unicode.IsDigit(r),
			bUpper:  r < utf8.RuneSelf && unicode.IsUpper(r),
			bWide:   r >= utf8.RuneSelf,
			bOn:     r >= utf8.RuneSelf || r == '\'' || r == '.',
		}
		for bit, w := range want {
			if f&bit != 0 != w {
				t.Errorf("byteClass[%#x] = %05b: bit %05b should be %v", c, f, bit, w)
			}
		}
	}
}

// TestAlnumRun: alnumRun, eight bytes at a time, reads the run of ASCII
// letters and digits that a byte-by-byte reading does, and the same
// capitals and digits in it.
func TestAlnumRun(t *testing.T) {
	var words [][]byte
	for c := range 256 { // every byte at every place, among letters
		for at := range 8 {
			w := []byte("aZ9bY8cX")
			w[at] = byte(c)
			words = append(words, w)
		}
	}
	for _, s := range []string{"abcdefgh", "ABCDEFGH", "01234567", "Kyiv's a", "U.S. and", "é1234567", "@[`{/:AZ", "\x00\x7f\x80\xffazAZ"} {
		words = append(words, []byte(s))
	}
	for _, w := range words {
		n, run, upper, digit := alnumRun(binary.LittleEndian.Uint64(w))
		wantN := 0
		var wantRun, wantUpper, wantDigit uint64
		for wantN < 8 && byteClass[w[wantN]]&(bLetter|bDigit) != 0 {
			wantRun |= 0xff << (8 * wantN)
			if byteClass[w[wantN]]&bUpper != 0 {
				wantUpper |= 0x80 << (8 * wantN)
			}
			if byteClass[w[wantN]]&bDigit != 0 {
				wantDigit |= 0x80 << (8 * wantN)
			}
			wantN++
		}
		if n != wantN || run != wantRun || upper != wantUpper || digit != wantDigit {
			t.Errorf("alnumRun(%q) = %d, %#x, %#x, %#x; want %d, %#x, %#x, %#x", w, n, run, upper, digit, wantN, wantRun, wantUpper, wantDigit)
		}
	}
}

// TestASCIIClasses: the ASCII fast path of isLetterOrDigit agrees with
// the unicode package, and a token is capitalized when its first rune is
// an upper-case letter, whichever way the tokenizer reads it.
func TestASCIIClasses(t *testing.T) {
	for r := rune(-1); r < 0x300; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isLetterOrDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%U) = %v, want %v", r, got, want)
		}
		if r < 0 || unicode.IsSpace(r) {
			continue
		}
		for _, s := range []string{string(r) + "x", string(r) + "xxxxxxxxxxxx ", string(r) + "x 2"} {
			toks := tokenize([]byte(s), 0, len(s))
			if got, want := toks[0].capital, unicode.IsUpper(r); got != want {
				t.Errorf("tokenize(%q)[0].capital = %v, want %v", s, got, want)
			}
		}
	}
}
