package checker

import (
	"strings"

	"github.com/factlint/factlint/facts/events"
)

// Generic events (facts/events/generic.go): a date or a place keyed by
// the verb of its clause and the names of its participants, no event of
// the lexicon ("Microsoft on Wednesday released an emergency patch":
// release[Microsoft].date). One verb and one name are less sure to be
// one fact than a lexicon event: a company releases many things. So a
// conflict between generic claims is a warning at most; a source that
// gives two values it cannot hold at once for one is left out (two
// things it released, maybe), never its own contradiction; dates a
// month or more apart are two occurrences, as for every event that
// repeats (no generic event happens only once).

// GenericExplanation says why a generic conflict is a warning.
const GenericExplanation = "Compared by their verb and names alone (no event of the lexicon names it): " +
	"one fact told two ways, or two things the same verb tells of?"

// isGeneric reports whether a key's claims are a generic event's: all
// of them are. The lexicon never names an event as a generic verb is
// named (events: genericVerb), so they agree; were one a lexicon
// event's, the key would be the lexicon's, judged as such.
func isGeneric(srcs map[string]*sourceKey) bool {
	some := false
	for _, sk := range srcs {
		for _, g := range sk.groups {
			for _, c := range g.Claims {
				if !c.Generic {
					return false
				}
				some = true
			}
		}
	}
	return some
}

// genericConflicts lowers the conflicts of a generic key to warnings
// and says what they are about: "release (a verb no lexicon event
// names) · Microsoft · date".
func genericConflicts(cs []Conflict) {
	for i := range cs {
		c := &cs[i]
		c.About = genericAbout(c.Key)
		lowerToWarning(c, GenericExplanation)
	}
}

// lowerToWarning makes an error a warning, its explanation led by why.
func lowerToWarning(c *Conflict, why string) {
	if c.Severity > Warning {
		c.Severity = Warning
		if c.Explanation == "" {
			c.Explanation = why
		} else {
			c.Explanation = why + " " + c.Explanation
		}
	}
}

// genericAbout renders what a generic key's claims are about, saying
// that the event is a verb's: "release (verb; no lexicon event) ·
// Microsoft · date".
func genericAbout(key string) string {
	ev, _, _, ok := events.SplitKey(key)
	about := About(key)
	if !ok {
		return about
	}
	return ev + " (verb; no lexicon event)" + strings.TrimPrefix(about, ev)
}
