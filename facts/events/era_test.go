package events

import "testing"

// TestDescribed: real ECB+ sentences (topic 4) and the shapes a decade
// that describes no one takes.
func TestDescribed(t *testing.T) {
	for _, tt := range []struct {
		sentence, decade, want string
	}{
		{"Bettie Page, the 1950s pin-up model who helped set the stage for the 1960s sexual revolution, has died.", "1950s", "Bettie Page"},
		{"Bettie Page, the 1950s pin-up model who helped set the stage for the 1960s sexual revolution, has died.", "1960s", ""},
		{"Bettie Page, the pin-up model whose seductive photographs in magazines titillated and outraged Americans in the 1950s, has died, her agent said.", "1950s", "Bettie Page"},
		{"Bettie Page, one of entertainment's original sex kittens, the 1950s pin-up queen who many credit with having paved the way, passed away Thursday.", "1950s", "Bettie Page"},
		{"Famous 1950s pin up star Betty Page has died in Los Angeles, aged 85.", "1950s", "Betty Page"},
		{"It has been confirmed by publicist Harlan Boll that the 1940s Hollywood actress and record - setting swimmer, Esther Williams, died on 6th June in her sleep.", "1940s", "Esther Williams"},
		{"Esther Williams, who swam to stardom in the 1940s, dies at 91", "1940s", "Esther Williams"},
		{"Esther Williams, who starred in several MGM musicals of the 1940s and '50s, has died.", "1940s", ""},
		{"In the 1990s, John Smith moved to Paris.", "1990s", ""},
		{"Page, the 1950s pin-up model, has died.", "1950s", ""}, // a surname alone
		{"John Smith, who moved to Paris, was born in the 1950s.", "1950s", ""},
		{"John Smith, who was born in the 1950s, moved to Paris.", "1950s", ""},
		{"The 1980s recession hit Detroit hard, Mayor Dave Bing said on Monday.", "1980s", ""}, // the name starts its own clause
		{"The crowd sang along to his 1960s hits, Tom Jones said.", "1960s", ""},               // a possessive: his hits, not Tom Jones
		{"Tom Jones, the 1970s Las Vegas crooner, played on Friday.", "1970s", "Tom Jones"},
	} {
		toks := tokens(tt.sentence)
		found := false
		for i, tk := range toks {
			if tk.Text == tt.decade && !found {
				found = true
				if got := Described(toks, i, i+1); got != tt.want {
					t.Errorf("%s (%s): got %q, want %q", tt.sentence, tt.decade, got, tt.want)
				}
			}
		}
		if !found {
			t.Errorf("%s: no token %q", tt.sentence, tt.decade)
		}
	}
}
