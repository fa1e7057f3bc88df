package facts

import "sync"

// A claimList collects a document's claims in chunks taken from pools
// and hands them over as one slice of their exact length: no slice of
// claims grows by copying itself, and the chunks serve document after
// document. A document's chunks double in size from firstChunk claims to
// claimChunk: most articles hold a few dozen claims, and a process that
// checks one small file should not touch 170 KiB of memory for them
// (start-up).
type claimList struct {
	full []*[]Claim
	cur  *[]Claim
	n    int
}

// A document's first chunk holds firstChunk claims (about 11 KiB), each
// next one twice as many, up to claimChunk (about 170 KiB).
const (
	firstChunk  = 32
	claimChunk  = 512
	chunkLevels = 5 // 32, 64, 128, 256, 512
)

// claimChunks[i] holds chunks of firstChunk<<i claims.
var claimChunks [chunkLevels]sync.Pool

func init() {
	for i := range claimChunks {
		n := firstChunk << i
		claimChunks[i].New = func() any {
			c := make([]Claim, 0, n)
			return &c
		}
	}
}

// add appends a copy of c.
func (l *claimList) add(c *Claim) {
	if l.cur == nil || len(*l.cur) == cap(*l.cur) {
		level := 0
		if l.cur != nil {
			l.full = append(l.full, l.cur)
			level = min(chunkLevel(cap(*l.cur))+1, chunkLevels-1)
		}
		l.cur = claimChunks[level].Get().(*[]Claim)
	}
	s := (*l.cur)[:len(*l.cur)+1] // not append(*l.cur, *c), which copies *c to the stack first
	s[len(s)-1] = *c
	*l.cur = s
	l.n++
}

// chunkLevel is the pool of a chunk of n claims.
func chunkLevel(n int) int {
	level := 0
	for n > firstChunk {
		n >>= 1
		level++
	}
	return level
}

// claims returns the claims added, in order (nil when none), and gives
// the chunks back to their pools, cleared so that they hold no
// document's values.
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
		claimChunks[chunkLevel(cap(*c))].Put(c)
	}
	l.full, l.n = nil, 0
	return out
}
