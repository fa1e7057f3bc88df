package facts

import "github.com/factlint/factlint/facts/events"

// Align gives the participants of the claims of several documents one
// name per person, so that their keys meet: "Stoltenberg" and "Mr.
// Stoltenberg" become "Jens Stoltenberg" when that is the only full name
// with that surname; "Volodimir Zelensky" becomes "Volodymyr Zelensky"
// when more claims spell it so (events.Canonical). Keys are rewritten.
func Align(docs [][]Claim) {
	uses := map[string]int{}
	for _, cs := range docs {
		for _, c := range cs {
			for _, p := range c.Participants {
				uses[p]++
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	canon := events.Canonical(uses)
	for _, cs := range docs {
		for i := range cs {
			c := &cs[i]
			if len(c.Participants) == 0 {
				continue
			}
			ps := make([]string, len(c.Participants))
			for j, p := range c.Participants {
				ps[j] = canon[p]
			}
			c.Participants = ps
			c.Key = events.Key(c.Event, ps, c.Role)
		}
	}
}
