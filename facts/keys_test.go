package facts

import "testing"

// TestTakenByAny: the kinds the test lexicon's events take (trigger
// looks for no event of the others).
func TestTakenByAny(t *testing.T) {
	x := &extraction{opt: testOptions(t)}
	for _, c := range []struct {
		kind Kind
		want bool
	}{
		{KindDate, true}, {KindPlace, true}, {KindCount, true}, {KindMoney, true},
		{KindDuration, true}, {KindOrdinal, true}, {KindNumber, false}, {KindAge, false},
	} {
		if got := x.takenByAny(c.kind); got != c.want {
			t.Errorf("takenByAny(%s) = %v, want %v", c.kind, got, c.want)
		}
	}
	if !(&extraction{}).takenByAny(KindNumber) {
		t.Error("takenByAny with no lexicon = false, want true (no shortcut)")
	}
}
