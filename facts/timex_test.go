package facts

import (
	"fmt"
	"math"
	"strings"
	"testing"
)

// TestTimex resolves the dates of testdata/timex/cases.txt against their
// document date (DCT), as TimeML does: each case names a date claim by its
// words and gives its resolved TIMEX3 value and the unresolved one its
// reading keeps ("-": no reading).
func TestTimex(t *testing.T) {
	b, err := readTestdata("timex/cases.txt")
	if err != nil {
		t.Fatal(err)
	}
	opt := testOptions(t)
	n := 0
	for i, line := range strings.Split(string(b), "\n") {
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.SplitN(line, " | ", 5)
		if len(f) != 5 {
			t.Fatalf("cases.txt:%d: want 5 fields", i+1)
		}
		dct, words, resolved, unresolved := f[0], f[1], f[2], f[3]
		_, sentence, _ := strings.Cut(f[4], ": ")
		meta := Meta{}
		if dct != "-" {
			d, err := ParseDate(dct)
			if err != nil {
				t.Fatalf("cases.txt:%d: %v", i+1, err)
			}
			meta.Date = d
		}
		d, err := Load("case.txt", []byte(sentence), meta)
		if err != nil {
			t.Fatal(err)
		}
		n++
		found := false
		for _, c := range Extract(d, opt) {
			if c.Kind != KindDate || c.Text() != words {
				continue
			}
			found = true
			var timex string
			switch v := c.Value.(type) {
			case DateValue:
				timex = v.Timex
			case DateRange:
				timex = v.Timex
			}
			reading := "-"
			for _, r := range c.Readings {
				if r.Type == ReadDate {
					reading = r.Value
				}
			}
			if timex != resolved || reading != unresolved {
				t.Errorf("cases.txt:%d: %q in %q (DCT %s): timex %s, reading %s; want %s, %s", i+1, words, sentence, dct, timex, reading, resolved, unresolved)
			}
		}
		if !found {
			t.Errorf("cases.txt:%d: no date claim %q in %q", i+1, words, sentence)
		}
	}
	if n == 0 {
		t.Fatal("no cases")
	}
}

// TestAppendPadded: timexOf's numbers are written as fmt's %04d and %02d
// write them.
func TestAppendPadded(t *testing.T) {
	for _, n := range []int{0, 1, 9, 10, 99, 100, 999, 1000, 2023, 9999, 10000, 123456, -1, -9, -10, -99, -100, -999, -1000, -12345, math.MaxInt64, math.MinInt64} {
		for _, w := range []int{2, 4} {
			want := fmt.Sprintf("%0*d", w, n)
			if got := string(appendPadded(nil, n, w)); got != want {
				t.Errorf("appendPadded(%d, %d) = %q; fmt writes %q", n, w, got, want)
			}
		}
	}
}
