package checker

import (
	"maps"
	"slices"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

// alsoNamed is a claim that names no participant ("entered rehab on
// Tuesday") read as about the one participant its own document names for
// that event ("Tara Reid has checked into rehab": facts.Claim.Sole),
// marked Inferred: a second reading, compared with the other sources'
// claims about that participant, while the claim itself keeps its key
// and still meets the claims that name no one.
func alsoNamed(c facts.Claim) (facts.Claim, bool) {
	if len(c.Participants) != 0 || c.Sole == "" {
		return c, false
	}
	c.Participants = []string{c.Sole}
	c.Qual.Inferred = true
	c.Key = events.Key(c.Event, c.Participants, c.Role)
	return c, true
}

// alsoUnnamed is a claim whose one participant came only from a pronoun
// ("A British climber has fallen to his death in New Zealand":
// die[Robert Buckley].place) read also as the claim that names no one
// (die.place), still marked Inferred: the reverse of alsoNamed, so that
// it meets the other sources' claims of that event and role that name no
// one. Whether the reading joins its key is unnamedReadings' decision.
func alsoUnnamed(c facts.Claim) (facts.Claim, bool) {
	if len(c.Participants) != 1 || !c.Qual.Inferred || c.Kind == facts.KindAge {
		return c, false // an age names no one only when no one is meant
	}
	c.Sole, c.Participants = c.Participants[0], nil // Sole: who it was read as about
	c.Key = events.Key(c.Event, nil, c.Role)
	return c, true
}

// unnamedNames gathers, for each key that names no one, the participants
// the claims of that event and role name in any source, and the one
// participant (facts.Claim.Sole) the claims under it are read as: the
// people a claim under that key may be about.
type unnamedNames map[string]map[string]bool

func (u unnamedNames) note(c facts.Claim) {
	var ps []string
	switch {
	case len(c.Participants) > 0:
		ps = c.Participants
	case c.Sole != "":
		ps = []string{c.Sole}
	default:
		return
	}
	k := events.Key(c.Event, nil, c.Role)
	if u[k] == nil {
		u[k] = map[string]bool{}
	}
	for _, p := range ps {
		u[k][p] = true
	}
}

// joins reports whether the unnamed readings of one source for key k
// join it: only where another source has claims under k, the source has
// none of its own (they already meet the others), every claim of that
// event and role in any source that names someone names the one
// participant the readings were about, and the readings give one value
// (else the source would seem to tell of two events).
func (u unnamedNames) joins(byKey keyIndex, k, src string, rs []facts.Claim) bool {
	srcs := byKey[k]
	if len(srcs) == 0 || srcs[src] != nil {
		return false
	}
	ps := u[k]
	if len(ps) != 1 || !ps[rs[0].Sole] {
		return false
	}
	for _, r := range rs[1:] {
		if r.Value.String() != rs[0].Value.String() {
			return false
		}
	}
	return true
}

// addUnnamed files the unnamed readings (alsoUnnamed), by key and source,
// where they join their key; values holds every claim's built CUE value
// by kind and value.
func addUnnamed(byKey keyIndex, add func(facts.Claim), names unnamedNames, unnamed map[string][]facts.Claim) {
	for _, ks := range slices.Sorted(maps.Keys(unnamed)) {
		rs := unnamed[ks]
		if !names.joins(byKey, rs[0].Key, Source(rs[0]), rs) {
			continue
		}
		for _, c := range rs {
			add(c)
		}
	}
}
