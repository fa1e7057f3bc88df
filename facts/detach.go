package facts

import "strings"

// An interner gives each distinct string of a document's claims one copy
// of its own. Claims outlive the sentence they are read from, and a
// string sliced from a token would keep the whole block of prose behind
// it (64 KiB, and its lower-cased copy) alive for as long as the claim:
// on a large document, twice its size. The repeated words of keys
// ("visit", "date", "nation") are also stored once.
type interner map[string]string

func (in interner) str(s string) string {
	if s == "" {
		return ""
	}
	if c, ok := in[s]; ok {
		return c
	}
	c := strings.Clone(s)
	in[c] = c
	return c
}

// detach makes c's strings the interner's own copies.
func (in interner) detach(c *Claim) {
	c.Key, c.Event, c.Role, c.Voice = in.str(c.Key), in.str(c.Event), in.str(c.Role), in.str(c.Voice)
	for i, p := range c.Participants {
		c.Participants[i] = in.str(p)
	}
	for i := range c.Also {
		l := &c.Also[i]
		l.Event = in.str(l.Event)
		for j, p := range l.Participants {
			l.Participants[j] = in.str(p)
		}
	}
	c.Qual.Attributed, c.Qual.Scope = in.str(c.Qual.Attributed), in.str(c.Qual.Scope)
	for i := range c.Readings {
		r := &c.Readings[i]
		r.Value, r.Unit = in.str(r.Value), in.str(r.Unit)
	}
	c.Value = in.value(c.Value)
}

// value detaches the unit of a count, the one value type that keeps a
// word of the text (the counted noun); the others' strings are built or
// are the tables' own (a date's TIMEX3, a place's gazetteer name).
func (in interner) value(v Value) Value {
	if q, ok := v.(Quantity); ok {
		q.Unit = in.str(q.Unit)
		return q
	}
	return v
}

// internEvery is how many bytes of prose Extract sizes the interner by
// for each string: ECB+ joined holds one distinct string per 600 bytes
// or so, and a map grown from nothing rehashes a dozen times.
const internEvery = 512

// maxKeptInterner is the most strings an interner may hold and still be
// kept, cleared, for the next document (giveScratch): clearing a map
// costs what it grew to, and a small one serves most documents.
const maxKeptInterner = 4096
