package checker

import (
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

// EraExplanation says why a conflict of a person's era is a warning at
// most: the decade describes the person, it dates no event.
const EraExplanation = "The decades describe the person's era of fame (\"the 1950s pin-up model\"), not an event: sources differ on them only when they give no decade in common, nor one within a career's span of each other."

// careerSpan is how many years a career of fame may span: "the 1960s
// soul singer" and "the 1980s pop comeback queen" (Tina Turner), "the
// 1970s punk icon" and "who led the Clash in the 1980s" describe one
// career. Eras further apart than that differ ("the 1950s pin-up model"
// against "the 1920s pin-up model").
const careerSpan = 30

// eraConflicts drops the conflicts of a person's era
// ("person[Bettie Page].era") whose sides lie within a career's span of
// each other and lowers the rest to warnings.
func eraConflicts(key string, cs []Conflict) []Conflict {
	if _, _, role, ok := events.SplitKey(key); !ok || role != "era" {
		return cs
	}
	out := cs[:0]
	for _, c := range cs {
		if oneCareer(c.Sides) {
			continue
		}
		lowerToWarning(&c, EraExplanation)
		out = append(out, c)
	}
	return out
}

// oneCareer reports whether every era of the dissenting side lies
// within careerSpan years of an era of the consensus, from the start of
// the earlier to the end of the later.
func oneCareer(sides [2][]Group) bool {
	for _, d := range sides[1] {
		dr, ok := d.Claims[0].Value.(facts.DateRange)
		if !ok {
			return false
		}
		near := false
		for _, g := range sides[0] {
			gr, ok := g.Claims[0].Value.(facts.DateRange)
			if ok && dr.From.Year != 0 && gr.From.Year != 0 &&
				max(dr.To.Year, gr.To.Year)-min(dr.From.Year, gr.From.Year) < careerSpan {
				near = true
			}
		}
		if !near {
			return false
		}
	}
	return true
}
