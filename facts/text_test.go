package facts

import (
	"testing"
	"unicode"
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

// TestASCIILower: asciiLower lowers the ASCII capitals, eight bytes at a
// time and one by one, and leaves every other byte as it is.
func TestASCIILower(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c), byte(255-c), 'Q', byte(c))
	}
	for _, b := range [][]byte{nil, []byte("A"), []byte("NATO's Jens Stoltenberg ÉTÉ @[`{Z"), all} {
		want := make([]byte, len(b))
		for i, c := range b {
			if 'A' <= c && c <= 'Z' {
				c += 'a' - 'A'
			}
			want[i] = c
		}
		if got := asciiLower(b); got != string(want) {
			t.Errorf("asciiLower(%q) = %q; want %q", b, got, want)
		}
	}
}

// TestIsSpace: the tokenizer's isSpace is unicode.IsSpace.
func TestIsSpace(t *testing.T) {
	for r := rune(0); r < 0x3100; r++ {
		if isSpace(r) != unicode.IsSpace(r) {
			t.Errorf("isSpace(%U) = %v, unicode.IsSpace says %v", r, isSpace(r), unicode.IsSpace(r))
		}
	}
}

// TestASCIIClasses: the ASCII fast paths of isLetterOrDigit and
// startsUpper agree with the unicode package.
func TestASCIIClasses(t *testing.T) {
	for r := rune(-1); r < 0x300; r++ {
		want := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
		if got := isLetterOrDigit(r); got != want {
			t.Errorf("isLetterOrDigit(%U) = %v, want %v", r, got, want)
		}
		if r < 0 {
			continue
		}
		s := string(r) + "x"
		if got, want := startsUpper(s), unicode.IsUpper(r); got != want {
			t.Errorf("startsUpper(%q) = %v, want %v", s, got, want)
		}
	}
	if startsUpper("") {
		t.Error(`startsUpper("") = true`)
	}
}
