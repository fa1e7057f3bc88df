package facts

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/facts/gazetteer"
)

// Align gives the participants of the claims of several documents one
// name per person, so that their keys meet: "Stoltenberg" and "Mr.
// Stoltenberg" become "Jens Stoltenberg" when that is the only full name
// with that surname; "Volodimir Zelensky" becomes "Volodymyr Zelensky"
// when more claims spell it so (events.Canonical); the full names are
// those of the participants and of the people the documents name. A
// surname two full names share across the documents ("Kimani Gray",
// "Mahnefah Gray") stands, in a document that writes one of them, for
// that one (ownNames). An event whose
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
			for _, l := range c.Also {
				for _, p := range l.Participants {
					uses[p]++
				}
			}
			// the people a document names give a surname its full name
			if d := c.Span.Doc; d != nil && !seen[d] {
				seen[d] = true
				for p, n := range d.People() {
					uses[p] += n
				}
				for _, names := range d.EventNames() {
					for p := range names {
						uses[p] += 0
					}
				}
			}
		}
	}
	if len(uses) == 0 {
		return
	}
	canon := events.Canonical(uses)
	own := ownNames{}
	only := map[string]string{} // event -> its one participant; "" when several
	for _, cs := range docs {
		for i := range cs {
			c := &cs[i]
			for j := range c.Also {
				l := &c.Also[j]
				for k, p := range l.Participants {
					l.Participants[k] = canon[p]
				}
			}
			if len(c.Participants) == 0 {
				continue
			}
			ps := make([]string, len(c.Participants))
			for j, p := range c.Participants {
				ps[j] = canon[p]
				if ps[j] == p && !strings.Contains(p, " ") {
					ps[j] = own.of(c.Span.Doc, cs, p, canon)
				}
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
	soles(docs, canon)
}

// soles gives each keyed claim that names no participant the one
// participant its document names for its event (Claim.Sole): in its
// keyed claims or in the clauses of its mentions (Document.EventNames),
// one name per person (canon); none when the document names several, or
// its one is a body a common noun names.
func soles(docs [][]Claim, canon map[string]string) {
	type docEvent struct {
		d  *Document
		ev string
	}
	named := map[docEvent]map[string]bool{}
	add := func(k docEvent, p string) {
		if c, ok := canon[p]; ok {
			p = c
		}
		if named[k] == nil {
			named[k] = map[string]bool{}
		}
		named[k][p] = true
	}
	for _, cs := range docs {
		for _, c := range cs {
			if c.Key == "" || c.Span.Doc == nil {
				continue
			}
			k := docEvent{c.Span.Doc, c.Event}
			if _, seen := named[k]; !seen {
				named[k] = nil
				for p := range c.Span.Doc.EventNames()[c.Event] {
					add(k, p)
				}
			}
			for _, p := range c.Participants {
				add(k, p)
			}
			if len(c.Participants) > 1 {
				add(k, "\x00") // several at once: no one participant
			}
		}
	}
	for _, cs := range docs {
		for i := range cs {
			c := &cs[i]
			if c.Key == "" || len(c.Participants) != 0 || c.Span.Doc == nil {
				continue
			}
			if ps := named[docEvent{c.Span.Doc, c.Event}]; len(ps) == 1 {
				for p := range ps {
					if !commonNoun(p) {
						c.Sole = p
					}
				}
			}
		}
	}
}

// commonNoun reports whether a participant is a common noun ("jury",
// "team"), not a name.
func commonNoun(p string) bool { return p != "" && p[0] >= 'a' && p[0] <= 'z' }

// ownNames holds, for each document, the full names it writes by
// their last word (fullNames): the one a surname alone stands for in
// that document.
type ownNames map[*Document]map[string]string

// of is the name a participant written as a surname alone ("Gray")
// stands for where the documents share no one reading of it (two full
// names with that surname across them: "Kimani Gray", "Mahnefah Gray"):
// the one full name its own document writes with that surname, one
// name per person (canon). A story names a person in full, then by
// surname. Else the surname as it is.
func (o ownNames) of(d *Document, cs []Claim, p string, canon map[string]string) string {
	if d == nil {
		return p
	}
	full, ok := o[d]
	if !ok {
		full = fullNames(d, cs)
		o[d] = full
	}
	r, _ := utf8.DecodeRuneInString(p)
	f := full[gazetteer.Fold(p)]
	if f == "" || !unicode.IsUpper(r) {
		return p
	}
	if c, ok := canon[f]; ok {
		return c
	}
	return f
}

// fullNames maps the last word of each full name a document writes
// (its people, its claims' participants) to that name; to "" where two
// names share it.
func fullNames(d *Document, cs []Claim) map[string]string {
	out := map[string]string{}
	add := func(n string) {
		w := strings.Fields(n)
		if len(w) < 2 {
			return
		}
		k := gazetteer.Fold(w[len(w)-1])
		if utf8.RuneCountInString(k) < 2 {
			return
		}
		switch f, seen := out[k]; {
		case !seen:
			out[k] = n
		case f == "":
		case gazetteer.Fold(f) != gazetteer.Fold(n):
			out[k] = "" // two people
		case n < f:
			out[k] = n // one name spelled two ways: the same one whatever the order
		}
	}
	for n := range d.People() {
		add(n)
	}
	for _, c := range cs {
		if c.Span.Doc == d {
			for _, p := range c.Participants {
				add(p)
			}
		}
	}
	return out
}
