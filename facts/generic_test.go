package facts

import (
	"strconv"
	"strings"
	"testing"

	"github.com/factlint/factlint/facts/events"
)

// TestGenericKey reads real sentences (ECB+, CC BY 3.0) with generic
// events on: the key of the date in each document's last sentence. A
// one-word subject that opens its sentence is a name only where the
// document capitalizes it inside a sentence too.
func TestGenericKey(t *testing.T) {
	opt := testOptions(t)
	opt.Lexicon = &Lexicon{Events: testLexicon.Events, Generic: events.GenericRules{On: true, Exclude: []string{"be", "say", "lead"}}}
	const cheeks = "Cheeks had signed an extension to his contract in September that was guaranteed through next year but the club felt they needed to make a change to reverse their fortunes."
	for _, tt := range []struct{ text, date, want string }{
		{cheeks, "September", ""},
		{"The Philadelphia 76ers fired coach Maurice Cheeks on Saturday, one day after the team continued its slide with a season-worst offensive effort, dpa reported.\n\n" + cheeks,
			"September", "sign[Cheeks].date"},
		{"Microsoft on Wednesday issued an urgent patch to fix an Internet Explorer (IE) web browser flaw that may have been used by hackers to attack millions of computer users.",
			"Wednesday", "issue[Microsoft].date"},
		{"Microsoft would not issue an urgent patch on Wednesday.", "Wednesday", ""},
		{"Microsoft plans to issue an urgent patch on Wednesday.", "Wednesday", ""},
	} {
		d, err := Load("a.txt", []byte(tt.text), Meta{Date: Date{2008, 12, 18}})
		if err != nil {
			t.Fatal(err)
		}
		got, found := "", false
		for _, c := range Extract(d, opt) {
			if c.Kind == KindDate && c.Text() == tt.date {
				got, found = c.Key, true
				if c.Key != "" && !c.Generic {
					t.Errorf("%q: %s is no generic key", tt.text, c.Key)
				}
			}
		}
		if !found || got != tt.want {
			t.Errorf("%q: date %q keyed %q (found %v), want %q", tt.text, tt.date, got, found, tt.want)
		}
	}
}

// BenchmarkExtractGeneric measures extraction with generic events on,
// on a document of many sentences opened by a one-word plural subject
// ("Jurors reviewed the tape on Monday."): each asks whether the
// document capitalizes the word inside a sentence. The answer was a
// scan of the whole text per claim (40,000 lines: 28.7 s against 1.0 s
// with generic events off); compare ns/op of the two sizes: linear.
func BenchmarkExtractGeneric(b *testing.B) {
	opt := testOptions(b)
	opt.Lexicon = &Lexicon{Events: testLexicon.Events, Generic: events.GenericRules{On: true, Exclude: []string{"be", "say"}}}
	for _, n := range []int{2000, 8000} {
		b.Run(strconv.Itoa(n), func(b *testing.B) {
			data := []byte(strings.Repeat("Jurors reviewed the tape on Monday.\n", n))
			d, err := Load("bench.txt", data, Meta{Date: Date{2023, 4, 20}})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				Extract(d, opt)
			}
		})
	}
}
