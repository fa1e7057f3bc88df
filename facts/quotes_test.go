package facts

import (
	"fmt"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/rogpeppe/go-internal/txtar"
)

// TestQuotes reads testdata/quotes/cases.txtar: real sentences from the
// seeds and from ECB+ articles, and for each text its quotes in order with
// speaker, organisation and first words.
func TestQuotes(t *testing.T) {
	ar, err := txtar.ParseFile("../testdata/quotes/cases.txtar")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range ar.Files {
		if name, ok := strings.CutSuffix(f.Name, ".want"); ok {
			want[name] = string(f.Data)
		}
	}
	for _, f := range ar.Files {
		name, ok := strings.CutSuffix(f.Name, ".txt")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			d, err := Load(f.Name, f.Data, Meta{})
			if err != nil {
				t.Fatal(err)
			}
			var got strings.Builder
			for _, q := range Quotes(d) {
				speaker := q.Speaker
				if speaker == "" {
					speaker = "-"
				}
				words := strings.Fields(q.Span.Text())
				fmt.Fprintf(&got, "%s|%s|%s\n", speaker, q.Org, strings.Join(words[:min(4, len(words))], " "))
			}
			if got.String() != want[name] {
				t.Errorf("quotes of %s:\n%s\nwant:\n%s", f.Data, got.String(), want[name])
			}
		})
	}
}

// TestQuotePost: an embedded post's text is its author's words.
func TestQuotePost(t *testing.T) {
	text := "Stoltenberg arrived in Kyiv.\n\nAn honour to be back in Kyiv & meet with President @ZelenskyyUa.\n— Jens Stoltenberg (@jensstoltenberg) April 20, 2023\n"
	d, err := Load("a.txt", []byte(text), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	qs := Quotes(d)
	if len(qs) != 1 || !qs[0].Post || qs[0].Speaker != "@jensstoltenberg" || qs[0].Span.Text() != "An honour to be back in Kyiv & meet with President @ZelenskyyUa." {
		t.Errorf("quotes = %+v", qs)
	}
}

// TestQuoteWords: compared words ignore case, apostrophes as tokenized
// text writes them, hashtags and handles.
func TestQuoteWords(t *testing.T) {
	for in, want := range map[string]string{
		"Ukraine’s rightful place is in #NATO": "ukraines rightful place is in nato",
		"the host for this year ’ s show":      "the host for this years show",
		"I ’ m not positive":                   "im not positive",
		"'Tis the season":                      "tis the season",
	} {
		if got := strings.Join(QuoteWords(in), " "); got != want {
			t.Errorf("QuoteWords(%q) = %q, want %q", in, got, want)
		}
	}
}

// FuzzQuotes reads the quotes of any bytes, and the words the in-text
// checks read around each claim (a day name, a birth, an age's name): no
// panic, every span inside the text on UTF-8 boundaries.
func FuzzQuotes(f *testing.F) {
	for _, name := range seedNames {
		b, err := readTestdata("stoltenberg/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	for _, s := range []string{
		`"A," he said. "B c d e," said Mr. X, who. Y, the Z spokesman, told: "q`,
		"“Unclosed\n\n” and \"straight\" then Thursday, April 21, 2023 and Tue May 9, 2023",
		"Tara Reid, 33, was born on November 8, 1975. A Foreign Office spokeswoman said: \"x y z w\"",
		"\"\"\"\" , , said said according to",
		"Reid, 33, quit. The 32-year-old actress, Reid's Tara Reid. At the time, the 3-year-old",
	} {
		f.Add([]byte(s))
	}
	opt := testOptions(f)
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Load("f.txt", data, Meta{Date: Date{2023, 4, 20}})
		if err != nil {
			return
		}
		inText := func(what string, s Span) {
			if s.Doc == nil && s.Start == 0 && s.End == 0 {
				return
			}
			if s.Start < 0 || s.End > len(d.Text) || s.Start > s.End || !utf8.Valid(d.Text[s.Start:s.End]) {
				t.Fatalf("%s span [%d,%d) outside the text or not on rune boundaries", what, s.Start, s.End)
			}
		}
		for _, q := range Quotes(d) {
			inText("quote", q.Span)
			inText("sentence", q.Sentence)
			_ = q.Words()
		}
		for _, c := range Extract(d, opt) {
			if _, at, ok := StatedWeekday(c); ok {
				inText("weekday", at)
			}
			WritesYear(c)
			BornOn(c)
			AgePerson(c)
			AgeDescribed(c)
			AgeThen(c)
		}
		FirstNames(d)
	})
}
