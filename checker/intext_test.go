package checker

import (
	"math/big"
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// ageClaim is the claim the age recognizer makes of the words at text in
// d: a facts.Age of years for person.
func ageClaim(t *testing.T, d *facts.Document, at, person string, years int64) facts.Claim {
	t.Helper()
	i := strings.Index(string(d.Text), at)
	if i < 0 {
		t.Fatalf("%q not in %q", at, d.Text)
	}
	n := big.NewRat(years, 1)
	return facts.Claim{Value: facts.Age{Years: facts.Interval{Lo: n, Hi: n}, Person: person},
		Span: facts.Span{Doc: d, Start: i, End: i + len(at)}, Sentence: facts.Span{Doc: d, Start: 0, End: len(d.Text)}}
}

// TestAgeMismatch: ages of one named person in one text against each other
// and against the birth date the text gives, at its publication date.
func TestAgeMismatch(t *testing.T) {
	set := mustRules(t)
	type age struct {
		at, person string
		years      int64
	}
	for _, c := range []struct {
		name, text, date string
		ages             []age
		want             string // the message's words, "" for nothing
	}{
		{"two ages", "Tara Reid, 33, entered rehab. Reid, 32, was seen in Malibu.", "2009-01-15",
			[]age{{"33", "Tara Reid", 33}, {"32", "Reid", 32}}, "Tara Reid is 33 years (\"33\") and 32 years"},
		{"the same age twice", "Tara Reid, 33, entered rehab. Reid, 33, was seen in Malibu.", "2009-01-15",
			[]age{{"33,", "Tara Reid", 33}, {"33, was", "Reid", 33}}, ""},
		{"two people of one surname", "Tara Reid, 33, entered rehab with John Reid, 60.", "2009-01-15",
			[]age{{"33", "Tara Reid", 33}, {"60", "John Reid", 60}}, ""},
		{"nobody named", "A 22-year-old man was arrested. The 23-year-old was released.", "2009-01-15",
			[]age{{"22-year-old", "", 22}, {"23-year-old", "", 23}}, ""},
		{"age fits the birth date", "Tara Reid, 33, was born on November 8, 1975.", "2009-01-15",
			[]age{{"33", "Tara Reid", 33}}, ""},
		{"age a little before the birthday", "Tara Reid, 32, was born on November 8, 1975.", "2009-01-15",
			[]age{{"32", "Tara Reid", 32}}, ""},
		{"age against the birth date", "Tara Reid, 33, was born on November 8, 1975.", "2023-04-20",
			[]age{{"33", "Tara Reid", 33}}, "born 8 Nov 1975 (Sat) (\"November 8, 1975\") makes 47"},
		{"no publication date", "Tara Reid, 33, was born on November 8, 1975.", "",
			[]age{{"33", "Tara Reid", 33}}, ""},
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
			claims := facts.Extract(d, eo)
			for _, a := range c.ages {
				claims = append(claims, ageClaim(t, d, a.at, a.person, a.years))
			}
			got := InText(Options{Rules: set}, claims)
			switch {
			case c.want == "" && len(got) > 0:
				t.Errorf("reported %q", got[0].Message)
			case c.want != "" && (len(got) != 1 || got[0].Rule != RuleAge || !strings.Contains(got[0].Message, c.want)):
				t.Errorf("got %+v, want one age-mismatch saying %q", got, c.want)
			}
		})
	}
}

// TestSelfContradiction: a key naming its participants holds one value per
// text; a key without participants may be several events.
func TestSelfContradiction(t *testing.T) {
	set := mustRules(t)
	d, err := facts.Load("a.txt", []byte("Stoltenberg arrived on Thursday. His Wednesday visit was secret."), facts.Meta{})
	if err != nil {
		t.Fatal(err)
	}
	day := func(word, wd, key string) facts.Claim {
		i := strings.Index(string(d.Text), word)
		return facts.Claim{Kind: facts.KindDate, Key: key, Value: facts.DateValue{Weekday: wd},
			Span: facts.Span{Doc: d, Start: i, End: i + len(word)}, Sentence: facts.Span{Doc: d, End: len(d.Text)}}
	}
	for _, c := range []struct {
		key  string
		want int
	}{
		{"visit[Jens Stoltenberg].date", 1},
		{"visit.date", 0},
	} {
		got := InText(Options{Rules: set}, []facts.Claim{day("Thursday", "Thu", c.key), day("Wednesday", "Wed", c.key)})
		if len(got) != c.want {
			t.Errorf("%s: %d conflicts, want %d: %+v", c.key, len(got), c.want, got)
		} else if c.want == 1 && (got[0].Rule != RuleSelfContradiction || got[0].Severity != Warning) {
			t.Errorf("%s: %s %s", c.key, got[0].Rule, got[0].Severity)
		}
	}
	// The same two days in two texts are not one text contradicting itself.
	d2, _ := facts.Load("b.txt", []byte("His Wednesday visit was secret."), facts.Meta{})
	other := day("Wednesday", "Wed", "visit[Jens Stoltenberg].date")
	other.Span.Doc, other.Span.Start, other.Span.End = d2, 4, 13
	if got := InText(Options{Rules: set}, []facts.Claim{day("Thursday", "Thu", "visit[Jens Stoltenberg].date"), other}); len(got) != 0 {
		t.Errorf("two texts: %+v", got)
	}
}
