package gazetteer

// A Key folds a name as Lookup does, a piece at a time, and marks the
// names it starts with: a run of capitalized words ("New York City
// Council") is folded once for all the names tried in it ("New York
// City", "New York"), each looked up by its Mark. It folds ASCII only,
// and up to 62 bytes (no name is as long): a key given other bytes, or
// more, is spoiled, and marks no name from there on.
type Key struct {
	b       [64]byte
	n       int    // bytes of b in use
	h       uint64 // Hash of b[:n]
	first   int    // the length of b's first word, once a second starts
	firstH  uint64 // its Hash
	words   int
	space   bool // a space is due before the next letter or digit
	spoiled bool
}

// A Mark is a name a Key has held: its bytes up to where the mark was
// made. The zero Mark is no name.
type Mark struct {
	n, words int
	h        uint64
	first    int    // the length of the first word
	firstH   uint64 // its Hash
}

// Reset empties the key.
func (k *Key) Reset() { *k = Key{} }

// setWord is Reset and Add of a word w of lower-case ASCII letters and
// digits whose Hash is h: the key holds w, or is spoiled when w is too
// long for it.
func (k *Key) setWord(w string, h uint64) {
	if len(w) > len(k.b)-1 { // Add spoils the key at its 64th byte
		*k = Key{spoiled: true}
		return
	}
	copy(k.b[:], w)
	k.n, k.h, k.words = len(w), h, 1
	k.first, k.firstH, k.space, k.spoiled = 0, 0, false, false
}

// Add folds the bytes of a name that come next onto the key.
func (k *Key) Add(b []byte) {
	if k.spoiled {
		return
	}
	n, h, words, space := k.n, k.h, k.words, k.space
	if n == 0 {
		h, space = Hash(""), true // the first letter or digit starts a word
	}
	for _, c := range b {
		if l := c | 0x20; l-'a' < 26 { // a letter, in lower case
			c = l
		} else if c-'0' >= 10 { // no digit either
			switch {
			case c == '.' || c == '\'':
			case c >= 0x80:
				k.spoiled = true
				return
			default:
				space = true
			}
			continue
		}
		if n > len(k.b)-2 { // no room for a space and c
			k.spoiled = true
			return
		}
		if space {
			if n > 0 {
				if words == 1 {
					k.first, k.firstH = n, h
				}
				k.b[n] = ' '
				n++
				h = (h ^ ' ') * 1099511628211
			}
			words++
			space = false
		}
		k.b[n] = c
		n++
		h = (h ^ uint64(c)) * 1099511628211
	}
	k.n, k.h, k.words, k.space = n, h, words, space
}

// Words is the number of words the key holds.
func (k *Key) Words() int { return k.words }

// Mark marks the name the key holds; false when the key is spoiled or
// holds no word.
func (k *Key) Mark() (Mark, bool) {
	if k.spoiled || k.n == 0 {
		return Mark{}, false
	}
	m := Mark{n: k.n, words: k.words, h: k.h, first: k.first, firstH: k.firstH}
	if k.words == 1 {
		m.first, m.firstH = k.n, k.h
	}
	return m, true
}

// MarkTo is Mark, written to m field by field: a caller that keeps the
// marks of a run in a slice stores each where it goes, with no copy of
// a Mark built on the stack (whose 16-byte loads stall on the 8-byte
// stores just made).
func (k *Key) MarkTo(m *Mark) bool {
	if k.spoiled || k.n == 0 {
		*m = Mark{}
		return false
	}
	m.n, m.words, m.h, m.first, m.firstH = k.n, k.words, k.h, k.first, k.firstH
	if k.words == 1 {
		m.first, m.firstH = k.n, k.h
	}
	return true
}

// First is the length in bytes of the first word of the marked name,
// folded: the marks of one Key with one First have one first word.
func (m Mark) First() int { return m.first }

// Words is the number of words of the marked name.
func (m Mark) Words() int { return m.words }

// FirstsMark is Firsts of the name m marks.
func (g *Gazetteer) FirstsMark(m Mark) Lengths { return g.firstsOf(m.firstH) }

// FindMark is Find of the name m marks in k.
func (g *Gazetteer) FindMark(k *Key, m Mark) int { return findHashed(g, m.h, k.b[:m.n]) }
