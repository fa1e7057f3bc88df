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
