package checker

import (
	"maps"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

// Pinned occurrences across keys. A date whose sentence pins an
// occurrence of its event by an ordinal and a name ("hosted the 79th
// Academy Awards in 2007": pinned) dates that occurrence, whoever the
// text says took part in it and whatever else the text dates: the 79th
// Academy Awards took place once. Such dates are compared across the
// keys of their event, by ordinal and name ("the 79th Academy Awards",
// "the 79th annual Academy Awards"; another name, "the 79th Oscars",
// is another group), even where their own keys name other participants
// (one text keys the host, another the show) or none, and even where
// the source tells several occurrences under its own key (a ceremony
// hosted in 2007 beside four others hosted in the nineties), which the
// key's own judgement leaves out. An ordinal after a possessive ("his
// 3rd Grand Slam title") counts the participant's own series: it
// groups only claims that name the same participants. A source that
// gives one occurrence two dates is left out of it; a conflict the
// keys' own judgement reported already is not reported again. The
// conflict's key names the event and the occurrence:
// host[79th Academy Awards].date.

// pinnedConflicts returns the conflicts between the dates of pinned
// occurrences (see above); found are the conflicts found so far.
func pinnedConflicts(opt Options, byKey keyIndex, places placeIndex, found []Conflict) []Conflict {
	var out []Conflict
	for _, o := range pinnedDates(byKey) {
		if ignored(o.key, opt.Ignore) || slices.ContainsFunc(o.keys, func(k string) bool { return ignored(k, opt.Ignore) }) {
			continue
		}
		srcs := map[string]*sourceKey{}
		for s, sk := range o.srcs {
			if oneValue(sk) {
				srcs[s] = sk
			}
		}
		if len(srcs) < 2 || agrees(opt.Rules.Context(), o.key, srcs, nil, several(opt, o.key, facts.KindDate)) {
			continue
		}
		c, ok := conflict(opt, o.key, facts.KindDate, srcs, srcs, places, nil)
		if !ok || reportedAlready(c, found) {
			continue
		}
		cs := []Conflict{c}
		if isGeneric(srcs) {
			genericConflicts(cs) // generic.go
		}
		out = append(out, cs...)
	}
	return out
}

// A pinnedGroup is the dates of one pinned occurrence of an event.
type pinnedGroup struct {
	key  string                // the event and the occurrence: host[79th Academy Awards].date
	keys []string              // the keys its claims come from
	srcs map[string]*sourceKey // by source
}

// pinnedDates gathers the date claims whose sentence pins an occurrence
// of their event (pinned), by event and occurrence and by source, each
// claim once (a second reading of a claim under another key is the same
// words); the first mention's words name the group's key. A reading a
// link gives (linked.go) is another event's claim, left out.
func pinnedDates(byKey keyIndex) []*pinnedGroup {
	type at struct {
		doc   *facts.Document
		start int
	}
	byOcc := map[string]*pinnedGroup{}
	var out []*pinnedGroup
	seen := map[at]bool{}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		ev, _, role, ok := events.SplitKey(k)
		if !ok || role != "date" {
			continue
		}
		for _, s := range slices.Sorted(maps.Keys(byKey[k])) {
			for _, g := range byKey[k][s].groups {
				for _, c := range g.Claims {
					if c.Kind != facts.KindDate || c.Qual.Linked != facts.LinkNone || seen[at{c.Span.Doc, c.Span.Start}] {
						continue
					}
					o, ok := pinned(c)
					if !ok {
						continue
					}
					seen[at{c.Span.Doc, c.Span.Start}] = true
					id := ev + "\x00" + o.ordinal + "\x00" + o.name
					if o.own {
						id += "\x00" + strings.Join(c.Participants, "\x00") // his 3rd title, not hers
					}
					pg := byOcc[id]
					if pg == nil {
						pg = &pinnedGroup{key: events.Key(ev, []string{o.words}, role), srcs: map[string]*sourceKey{}}
						byOcc[id] = pg
						out = append(out, pg)
					}
					if !slices.Contains(pg.keys, k) {
						pg.keys = append(pg.keys, k)
					}
					sk := pg.srcs[s]
					if sk == nil {
						sk = &sourceKey{source: s, key: pg.key}
						pg.srcs[s] = sk
					}
					sk.add(c, g.expr, g.val)
				}
			}
		}
	}
	return out
}

// reportedAlready reports whether every dissenting claim of c is a
// dissenting claim of a conflict found already.
func reportedAlready(c Conflict, found []Conflict) bool {
	type at struct {
		doc   *facts.Document
		start int
	}
	dissent := map[at]bool{}
	for _, f := range found {
		for _, g := range f.Sides[1] {
			for _, d := range g.Claims {
				dissent[at{d.Span.Doc, d.Span.Start}] = true
			}
		}
	}
	for _, g := range c.Sides[1] {
		for _, d := range g.Claims {
			if !dissent[at{d.Span.Doc, d.Span.Start}] {
				return false
			}
		}
	}
	return true
}
