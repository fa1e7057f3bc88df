package checker

import (
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
