package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// TestAgeMismatch: ages of one named person in one text against each other
// and against the birth date the text gives, at its publication date; the
// ages are those the recognizer reads (kind age).
func TestAgeMismatch(t *testing.T) {
	set := mustRules(t)
	for _, c := range []struct {
		name, text, date string
		want             string // the message's words, "" for nothing
	}{
		{"two ages", "Tara Reid, 33, entered rehab. Tara Reid, 32, was seen in Malibu.", "2009-01-15",
			"Tara Reid is 33 years (\"33\") and 32 years (\"32\")"},
		{"the same age twice", "Tara Reid, 33, entered rehab. Tara Reid, 33, was seen in Malibu.", "2009-01-15", ""},
		{"two people of one surname", "Tara Reid, 33, entered rehab. John Reid, 60, was not told.", "2009-01-15", ""},
		{"nobody named", "A 22-year-old man was arrested. The 23-year-old was released.", "2009-01-15", ""},
		{"the descriptor points back at the one person given an age", "Tara Reid, 33, entered rehab. The 32-year-old actress left.", "2009-01-15",
			"Tara Reid is 33 years (\"33\") and 32 years (\"32-year-old\")"},
		{"the descriptor after two people given ages", "Tara Reid, 33, met John Smith, 40. The 32-year-old actress left.", "2009-01-15", ""},
		{"the descriptor far off the only age is someone else", "Tara Reid, 33, said a man attacked her. Police arrested the 45-year-old man.", "2009-01-15", ""},
		{"the descriptor opening its sentence, far off the only age", "Tara Reid, 33, entered rehab. The 45-year-old man who drove her was arrested.", "2009-01-15", ""},
		{"the descriptor not opening its clause may be someone new", "Tara Reid, 33, entered rehab. Police arrested the 34-year-old driver.", "2009-01-15", ""},
		{"the descriptor after a comma", "Tara Reid, 33, entered rehab. On Tuesday, the 31-year-old actress left.", "2009-01-15",
			"Tara Reid is 33 years (\"33\") and 31 years (\"31-year-old\")"},
		{"the descriptor names someone", "Wladimir Klitschko, 36, stopped the 37-year-old Thompson in the sixth.", "2009-01-15", ""},
		{"a name further on may be someone else's", "Tara Reid, 33, entered rehab, the 32-year-old actress's rep Jack Ketsoyan said.", "2009-01-15", ""},
		{"the surname alone", "Tara Reid, 33, entered rehab. Reid, 32, was seen in Malibu.", "2009-01-15",
			"Tara Reid is 33 years (\"33\") and 32 years (\"32\")"},
		{"two first names of a surname, each full name compared with itself", "John Jenkin, 23, was arrested. Katie Jenkin, 20, was found. John Jenkin, 24, was held.", "2009-01-15",
			"John Jenkin is 23 years (\"23\") and 24 years (\"24\")"},
		{"the surname alone, two first names in the text", "Venus Williams lost to Serena Williams. Williams, 27, said little. Williams, 29, smiled.", "2009-01-15", ""},
		{"an age of another time", "Tara Reid, 33, entered rehab. At the time, the 32-year-old actress was engaged to Carson Daly.", "2009-01-15", ""},
		{"an age in a when clause", "Tara Reid, 33, entered rehab. When Reid, 25, starred in American Pie, she was unknown.", "2009-01-15", ""},
		{"age fits the year of birth", "Tara Reid, 33, was born in 1975.", "2009-01-15", ""},
		{"age against the year of birth", "Tara Reid, 33, was born in 1975.", "2023-04-20",
			"born 1975 (\"1975\") makes 47 or 48"},
		{"age against the month of birth", "Tara Reid, 40, was born in November 1975.", "2023-04-20",
			"makes 47 on"},
		{"age fits the birth date", "Tara Reid, 33, was born on November 8, 1975.", "2009-01-15", ""},
		{"age a little before the birthday", "Tara Reid, 32, was born on November 8, 1975.", "2009-01-15", ""},
		{"age against the birth date", "Tara Reid, 33, was born on November 8, 1975.", "2023-04-20",
			"born 8 Nov 1975 (Sat) (\"November 8, 1975\") makes 47"},
		{"no publication date", "Tara Reid, 33, was born on November 8, 1975.", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			var meta facts.Meta
			if c.date != "" {
				meta.Date, _ = facts.ParseDate(c.date)
			}
			d, err := facts.Load("a.txt", []byte(c.text), meta)
			if err != nil {
				t.Fatal(err)
			}
			eo, err := ExtractOptions(set, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := InText(Options{Rules: set}, d, facts.Extract(d, eo))
			switch {
			case c.want == "" && len(got) > 0:
				t.Errorf("reported %q", got[0].Message)
			case c.want != "" && (len(got) != 1 || got[0].Rule != RuleAge || !strings.Contains(got[0].Message, c.want)):
				t.Errorf("got %+v, want one age-mismatch saying %q", got, c.want)
			}
		})
	}
}
