package checker

import "github.com/factlint/factlint/facts/events"

// EraExplanation says why a conflict of a person's era is a warning at
// most: the decade describes the person, it dates no event.
const EraExplanation = "The decades describe the person's era of fame (\"the 1950s pin-up model\"), not an event: sources differ on them only when they give no decade in common."

// eraConflicts lowers the conflicts of a person's era
// ("person[Bettie Page].era") to warnings.
func eraConflicts(key string, cs []Conflict) {
	if _, _, role, ok := events.SplitKey(key); !ok || role != "era" {
		return
	}
	for i := range cs {
		c := &cs[i]
		if c.Severity > Warning {
			c.Severity = Warning
			if c.Explanation == "" {
				c.Explanation = EraExplanation
			} else {
				c.Explanation = EraExplanation + " " + c.Explanation
			}
		}
	}
}
