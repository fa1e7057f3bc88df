package facts

import (
	"strings"
	"sync"
)

// A lexFilter tells at once most words that name no event of a lexicon,
// so that tell and keying ask the lexicon's maps only for the others.
// Lexicon.EventAt finds an event only at a word that is one of an
// event's Words or the first word of one ("passed" of "passed away"):
// the filter has the bit of each such word set, and a word whose bit is
// clear names none.
type lexFilter [lexFilterBits / 64]uint64

const lexFilterBits = 1 << 16

// lexFilters keeps the filter of each lexicon extraction has used (a
// lexicon, like its own tables, is not changed once used).
var lexFilters sync.Map // *Lexicon -> *lexFilter

// filterOf returns the filter of a lexicon, made on first use; nil for
// no lexicon.
func filterOf(l *Lexicon) *lexFilter {
	if l == nil {
		return nil
	}
	if f, ok := lexFilters.Load(l); ok {
		return f.(*lexFilter)
	}
	f := new(lexFilter)
	for i := range l.Events {
		for _, w := range l.Events[i].Words {
			head, _, _ := strings.Cut(w, " ")
			b := lexBit(strings.ToLower(head)) // "IR" is asked as "ir"
			f[b/64] |= 1 << (b % 64)
		}
	}
	got, _ := lexFilters.LoadOrStore(l, f)
	return got.(*lexFilter)
}

// may reports whether w may name an event of the filter's lexicon.
func (f *lexFilter) may(w string) bool {
	b := lexBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// lexBit is a word's bit: a hash of its length and its first, second
// and last bytes (no loop over the word: most words are asked once).
func lexBit(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[min(1, len(w)-1)])*0x27D4EB2F
	return (h ^ h>>15) % lexFilterBits
}
