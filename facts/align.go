package facts

import "github.com/factlint/factlint/facts/events"

// Align gives the participants of the claims of several documents one
// name per person, so that their keys meet: "Stoltenberg" and "Mr.
// Stoltenberg" become "Jens Stoltenberg" when that is the only full name
// with that surname; "Volodimir Zelensky" becomes "Volodymyr Zelensky"
// when more claims spell it so (events.Canonical); the full names are
// those of the participants and of the people the documents name. An event whose
// claims name one participant only, in every document, is one event: its
// claims that name no one are about that participant too ("a summit in
// July" beside "the NATO summit"), marked Inferred; not when that one
// participant is a body a common noun names ("the jury's sentence"),
// which says nothing of the event's other mentions. Keys are rewritten.
func Align(docs [][]Claim) {
	uses := map[string]int{}
	seen := map[*Document]bool{}
	for _, cs := range docs {
		for _, c := range cs {
			for _, p := range c.Participants {
				uses[p]++
			}
			// the people a document names give a surname its full name
			if d := c.Span.Doc; d != nil && !seen[d] {
				seen[d] = true
				for p, n := range d.People() {
					uses[p] += n
				}
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	canon := events.Canonical(uses)
	only := map[string]string{} // event -> its one participant; "" when several
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
			if p, seen := only[c.Event]; !seen {
				only[c.Event] = ps[0]
			} else if p != ps[0] {
				only[c.Event] = ""
			}
		}
	}
	for _, cs := range docs {
		for i := range cs {
			c := &cs[i]
			if p := only[c.Event]; c.Key != "" && len(c.Participants) == 0 && p != "" && !commonNoun(p) {
				c.Participants, c.Qual.Inferred = []string{p}, true
				c.Key = events.Key(c.Event, c.Participants, c.Role)
			}
		}
	}
}

// commonNoun reports whether a participant is a common noun ("jury",
// "team"), not a name.
func commonNoun(p string) bool { return p != "" && p[0] >= 'a' && p[0] <= 'z' }
