package facts

import (
	"strings"
	"testing"
)

// TestReadCopy reads real sentences (ECB+, CC BY 3.0; see
// testdata/cases/ECBPLUS-NOTICE) for copy drift: their tokens with each
// date and place masked, and which values date a saying or a habit. A
// value is marked "[...]" in the text, said ones "{...}".
func TestReadCopy(t *testing.T) {
	for _, tt := range []struct{ text, tokens string }{
		{"Voters in Turkmenistan cast ballots [Sunday] in a parliamentary election.",
			"voters in turkmenistan cast ballots <> in a parliamentary election"},
		{"A naval officer said here {Friday}.", "a naval officer said here <>"},
		{"Subsea cable operator Seacom announced on Twitter today ({14 October 2011}) that they have restored services.",
			"subsea cable operator seacom announced on twitter today <> that they have restored services"},
		// "said" before another verb: the date is the arrest's
		{"Police said the man was arrested [Saturday].", "police said the man was arrested <>"},
		// a saying after the date, in its clause; not in a relative clause
		{"On {Saturday}, police said two men were arrested.", "on <> police said two men were arrested"},
		{"Seacom started to experience problems on [Monday], which it said was caused by a cable.",
			"seacom started to experience problems on <> which it said was caused by a cable"},
		{"The mission commenced in [January], the navy said.", "the mission commenced in <> the navy said"},
		{"The market opens every {Sunday}.", "the market opens every <>"},
		// numbers stay as written: a copy with another score is no copy
		{"Indiana State defeated Evansville 51 - 50 on [Friday].", "indiana state defeated evansville #51 #50 on <>"},
		// a web address is not compared
		{"See [Monday]'s story at http: / / www. presstelegram. com / technology / [20070503] / death", ""},
	} {
		text, spans, said := markedValues(tt.text)
		d, err := Load("a.txt", []byte(text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		kinds := make([]Kind, len(spans))
		for i := range spans {
			spans[i].Doc = d
			kinds[i] = KindDate
		}
		cp := ReadCopy(Span{Doc: d, Start: 0, End: len(text)}, spans, kinds)
		got := strings.ReplaceAll(strings.Join(cp.Tokens, " "), CopySlot(KindDate), "<>")
		if got != tt.tokens {
			t.Errorf("%q: tokens %q, want %q", tt.text, got, tt.tokens)
		}
		for i, s := range cp.Slots {
			if tt.tokens != "" && (s < 0 || cp.Tokens[s] != CopySlot(KindDate)) || tt.tokens == "" && s != -1 {
				t.Errorf("%q: value %d at token %d", tt.text, i, s)
			}
			if cp.Said[i] != said[i] {
				t.Errorf("%q: value %d said %v, want %v", tt.text, i, cp.Said[i], said[i])
			}
		}
	}
}

// markedValues removes the marks of values from a text: [...] a value,
// {...} a value of saying.
func markedValues(s string) (string, []Span, []bool) {
	var b strings.Builder
	var spans []Span
	var said []bool
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '[', '{':
			spans = append(spans, Span{Start: b.Len()})
			said = append(said, s[i] == '{')
		case ']', '}':
			spans[len(spans)-1].End = b.Len()
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), spans, said
}
