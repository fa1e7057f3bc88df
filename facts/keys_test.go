package facts

import "testing"

// TestBeVerb holds beVerb, the switch keying's loops ask, to the list
// other readers ask (beVerbs): the same words, and no other of the
// word lists near them.
func TestBeVerb(t *testing.T) {
	for w := range beVerbs {
		if !beVerb(w) {
			t.Errorf("beVerb(%q) = false; beVerbs has it", w)
		}
	}
	for _, list := range []map[string]bool{nonNouns, prepositions, clauseStops, otherVerbs, objectStops} {
		for w := range list {
			if beVerb(w) != beVerbs[w] {
				t.Errorf("beVerb(%q) = %v; beVerbs[%q] = %v", w, beVerb(w), w, beVerbs[w])
			}
		}
	}
}

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
