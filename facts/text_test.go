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
