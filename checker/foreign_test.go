package checker

import (
	"strings"
	"testing"

	"github.com/factlint/factlint/facts"
)

// TestFarAway: a local event's dissenting place is far from the others'
// when its country's centre lies more than farKm from theirs, on
// another continent or on the same; a neighbour is near whatever the
// continents say (Spain and Morocco across the strait, Iran and
// Pakistan), and a country of no known centre says nothing.
func TestFarAway(t *testing.T) {
	group := func(country string) Group {
		return Group{Claims: []facts.Claim{{Kind: facts.KindPlace, Value: facts.Place{Country: country}}}}
	}
	tests := []struct {
		agreed, dissent string
		far             bool
		why             string // a word the explanation must hold
	}{
		{"IR", "CA", true, "continent"},
		{"GB", "MN", true, "continent"},
		{"IR", "MN", true, "km"},
		{"EG", "KR", true, "km"},
		{"IR", "PK", false, ""},
		{"TR", "SY", false, ""},
		{"ES", "MA", false, ""},
		{"EG", "IL", false, ""},
		{"IR", "XX", false, ""},
	}
	for _, tt := range tests {
		why, far := farAway([2][]Group{{group(tt.agreed)}, {group(tt.dissent)}})
		if far != tt.far || !strings.Contains(why, tt.why) {
			t.Errorf("farAway(%s against %s) = %q, %v; want far %v, saying %q", tt.dissent, tt.agreed, why, far, tt.far, tt.why)
		}
	}
}
