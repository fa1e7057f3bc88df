package facts

import "sync"

// A claimList collects a document's claims in chunks taken from a pool
// and hands them over as one slice of their exact length: no slice of
// claims grows by copying itself, and the chunks serve document after
// document.
type claimList struct {
	full []*[]Claim
	cur  *[]Claim
	n    int
}

// claimChunk is how many claims a chunk holds (about 130 KiB of them).
const claimChunk = 512

var claimChunks = sync.Pool{New: func() any {
	c := make([]Claim, 0, claimChunk)
	return &c
}}

// add appends a copy of c.
func (l *claimList) add(c *Claim) {
	if l.cur == nil || len(*l.cur) == cap(*l.cur) {
		if l.cur != nil {
			l.full = append(l.full, l.cur)
		}
		l.cur = claimChunks.Get().(*[]Claim)
	}
	*l.cur = append(*l.cur, *c)
	l.n++
}

// claims returns the claims added, in order (nil when none), and gives
// the chunks back to the pool, cleared so that they hold no document's
// values.
func (l *claimList) claims() []Claim {
	if l.cur != nil {
		l.full = append(l.full, l.cur)
		l.cur = nil
	}
	var out []Claim
	if l.n > 0 {
		out = make([]Claim, 0, l.n)
	}
	for _, c := range l.full {
		out = append(out, *c...)
		clear(*c)
		*c = (*c)[:0]
		claimChunks.Put(c)
	}
	l.full, l.n = nil, 0
	return out
}
