package facts

import (
	"strings"
	"testing"
)

// TestRangeBeforeFraction: a range whose upper bound reads "N in M" with N
// smaller than M is also "N out of M", so it is not asserted: its numbers
// are read alone.
func TestRangeBeforeFraction(t *testing.T) {
	tests := []struct {
		text string
		want string // number and numberrange mentions, in text order
	}{
		{"The number is from 200 to 300 in 2008.", "200 300"}, // "in 2008" is a date
		{"The number is from 200 to 3000000 in 2008.", "[200,3000000)"},
		{"Prices rose from 20 to 30 in July.", "[20,30)"},
		{"Between 5 and 9 in 10 voters agreed.", "5 9 10"},
		{"Between 5 and 90 in 10 years.", "[5,90) 10"},
	}
	for _, tt := range tests {
		d, err := Load("case.txt", []byte(tt.text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(d, Options{}) {
			for _, r := range c.Readings {
				if r.Type == ReadNumber || r.Type == ReadNumberRange {
					got = append(got, r.Value)
				}
			}
		}
		if g := strings.Join(got, " "); g != tt.want {
			t.Errorf("%q: %q, want %q", tt.text, g, tt.want)
		}
	}
}
