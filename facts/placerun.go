package facts

import (
	"slices"
	"strings"

	"github.com/factlint/factlint/facts/gazetteer"
)

// Reading a capitalized run once. places tries the names of a run of
// capitalized words longest first ("New York City Council", "New York
// City", "New York", "New"); the run is folded once (gazetteer.Key), and
// each name is looked up by the mark of its end, with no string built
// and no fold or hash of its own. Most runs are told from their first
// word alone: no name starts with it ("Barack"), or none as long ("The"
// alone), and a run is folded no further than the longest name its
// first word starts. A name the key cannot mark (other than ASCII, or
// the possessive "Russia's" cut from its token) is read from its bytes.

// A placeRun is the capitalized run places reads at a token: its key,
// the mark of each of its names, by its number of tokens, and the
// lengths of the names that start with the first word of the last one
// asked.
type placeRun struct {
	key    gazetteer.Key
	cut    gazetteer.Key // a name read from its bytes (markCut)
	marks  []runMark
	first  int // the length of the first word starts is of, 0 for none
	starts gazetteer.Lengths
	// titleCase's answer for sentence titleOf (x.sentence, from 1)
	titleOf int
	title   bool
}

// A runMark is the mark of a name of the run, when the key made one;
// long when the name has more words than any name its first word
// starts, unmarked; cut when its last token ends in a possessive
// ("Russia's"), read without it from its bytes; none when the mark tells
// it is no name of the gazetteer.
type runMark struct {
	m                   gazetteer.Mark
	ok, long, cut, none bool
}

// A markState says what mark found of a name: no mark (read it from its
// bytes), its mark, or that it is longer than any name its first word
// starts.
type markState uint8

const (
	unmarked markState = iota
	marked
	tooLong
)

// start reports whether a gazetteer name may start at the word toks[i],
// told by that word alone when it is the first word of every name of the
// run: ASCII letters and digits (its lower case is its fold) before a
// byte that ends a word (gazetteer.FirstWord) or the prose's end; or
// else one word, ASCII, after the key has folded it, with no possessive
// to cut from it. The key holds the word when the answer is yes.
func (r *placeRun) start(x *extraction, toks []token, i int) bool {
	t, prose := &toks[i], x.doc.prose
	r.first = 0
	if len(x.opt.Aliases) == 0 && len(t.lower) == t.end-t.start && (t.end == len(prose) || endsWord(prose[t.end])) {
		if l, ok := x.opt.Places.FirstsKey(&r.key, t.lower); ok {
			if l == 0 {
				return false // most capitalized words: no key
			}
			r.first, r.starts = len(t.lower), l
			return true // the key holds the word: its bytes fold to t.lower
		}
	}
	r.key.Reset()
	r.key.Add(prose[t.start:t.end])
	m, ok := r.key.Mark()
	if len(x.opt.Aliases) > 0 || !ok || m.Words() != 1 || t.end < len(prose) && !endsWord(prose[t.end]) || possessive(t.text) {
		return true
	}
	r.first, r.starts = m.First(), x.opt.Places.FirstsMark(m)
	return r.starts != 0
}

// fold folds the rest of the run of tokens toks (and what stands
// between them in prose) that start folded, marking the end of each, up
// to the first that makes the run longer than the longest name its
// first word starts; with no aliases, it tells by their marks the names
// that are none (skip).
func (r *placeRun) fold(x *extraction, toks []token) {
	g := x.opt.Places
	maxWords := g.MaxWords()
	if r.first != 0 {
		maxWords = r.starts.Most(maxWords)
	}
	tell := len(x.opt.Aliases) == 0 // with aliases, placeOf tries every name
	r.marks = slices.Grow(r.marks[:0], len(toks))[:len(toks)]
	for k := range toks {
		rm := &r.marks[k]
		rm.cut, rm.ok, rm.none = possessive(toks[k].text), false, false
		if k > 0 && r.key.Words() <= maxWords {
			r.key.Add(x.doc.prose[toks[k-1].end:toks[k].end])
		}
		if rm.long = r.key.Words() > maxWords; rm.long {
			rm.none = tell && !rm.cut
			continue
		}
		rm.ok = r.key.MarkTo(&rm.m)
		if tell && !rm.cut && rm.ok {
			rm.none = !r.firsts(g, rm.m).Has(rm.m.Words())
		}
	}
}

// skip reports whether the run's name of n tokens is no name of the
// gazetteer, told by its mark: placeOf need not try it.
func (r *placeRun) skip(n int) bool { return r.marks[n-1].none }

// possessive reports whether a token's text ends in a possessive, which
// placeOf cuts from a name: "Russia's", "Russia’s".
func possessive(text string) bool {
	n := len(text)
	return n >= 2 && text[n-1] == 's' && (text[n-2] == '\'' || strings.HasSuffix(text, "’s"))
}

// mark is the mark of the run's name of n tokens, whole when not cut
// from its last token.
func (r *placeRun) mark(n int, whole bool) (gazetteer.Mark, markState) {
	switch rm := &r.marks[n-1]; {
	case !whole:
		return gazetteer.Mark{}, unmarked
	case rm.long:
		return gazetteer.Mark{}, tooLong
	case rm.ok:
		return rm.m, marked
	}
	return gazetteer.Mark{}, unmarked
}

// markCut marks the name placeOf reads from its bytes, name, in the
// run's second key, cut: the name the possessive is cut from ("Russia’s",
// "Russia's"). It says tooLong of a name the key marks and no name of
// the gazetteer has its first word and its number of words (as mayName
// would), and unmarked of a name the key cannot mark (other than ASCII).
func (r *placeRun) markCut(g *gazetteer.Gazetteer, name []byte) (*gazetteer.Key, gazetteer.Mark, markState) {
	k := &r.cut
	k.Reset()
	k.Add(name)
	m, ok := k.Mark()
	switch {
	case !ok:
		return k, gazetteer.Mark{}, unmarked
	case !g.FirstsMark(m).Has(m.Words()):
		return k, gazetteer.Mark{}, tooLong
	}
	return k, m, marked
}

// firsts is g.FirstsMark(m), asked once for the names of the run with
// one first word: the key holds them all, and one length of the first
// word is one word.
func (r *placeRun) firsts(g *gazetteer.Gazetteer, m gazetteer.Mark) gazetteer.Lengths {
	if r.first != m.First() {
		r.first, r.starts = m.First(), g.FirstsMark(m)
	}
	return r.starts
}

// endsWord reports whether the byte c after a word ends it: an ASCII
// byte other than a letter, a digit, a period or an apostrophe.
func endsWord(c byte) bool {
	return c < 0x80 && !('a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9') && c != '.' && c != '\''
}

// mayName reports whether the name at token t whose bytes are name,
// unmarked in the run, may be one of the gazetteer's: some name starts
// with its first word, and some such name has its number of words ("The"
// alone is none). Of a marked name, fold tells it.
func (x *extraction) mayName(t *token, name []byte) bool {
	l, w := x.startsPlace(t, name), gazetteer.Words(name)
	return l != 0 && (w == 0 || l.Has(w))
}

// A placeLine is what the gazetteer lists for a name, read once per
// document (placeCache): its places, best first, what the document
// knows of each (seen), and the names of the line, as written, the
// document has shown to be a person's (persons): of them it finds no
// place from there on.
type placeLine struct {
	cands   []*gazetteer.Place
	folded  string // the line's name, folded (gazetteer.NameAt)
	seen    []seenPlace
	persons []string
}

// A seenPlace is what a document knows of one place of a placeLine:
// whether the line's name is its own name, not an alternate one (own,
// once read: ownRead); whether notePlace has recorded it (noted); and
// its claim's value, made once for every claim of it (value).
type seenPlace struct {
	own, ownRead, noted bool
	value               Value
}

// person records that the document names a person name, a name of l's
// places as written; nil l (a name no line has) is let be.
func (l *placeLine) person(name []byte) {
	if l != nil {
		l.persons = append(l.persons, string(name))
	}
}

// places is l's places; none for nil.
func (l *placeLine) places() []*gazetteer.Place {
	if l == nil {
		return nil
	}
	return l.cands
}

// named reports whether the place cands[k], p, is named name by its own
// name (gazetteer.FoldEqual), l the line of name's places or nil.
func (l *placeLine) named(k int, p *gazetteer.Place, name []byte) bool {
	if l == nil {
		return gazetteer.FoldEqual(p.Name, string(name))
	}
	return l.own(k)
}

// own reports whether the line's name is the own name of the place
// cands[k], not an alternate one: FoldEqual(cands[k].Name, l.folded),
// read once per document.
func (l *placeLine) own(k int) bool {
	s := &l.seen[k]
	if !s.ownRead {
		s.own, s.ownRead = gazetteer.FoldsTo(l.cands[k].Name, l.folded), true
	}
	return s.own
}

// note is x.notePlace of the place cands[k], asked once per document
// for each place of the line.
func (l *placeLine) note(x *extraction, k int) {
	if s := &l.seen[k]; !s.noted {
		x.notePlace(l.cands[k], l.cands, l, k)
		s.noted = true
	}
}

// value is the value of a claim of the place cands[k]: cityOf(cands[k]),
// made once per document for the line's places.
func (l *placeLine) value(k int) Value {
	s := &l.seen[k]
	if s.value == nil {
		s.value = cityOf(l.cands[k])
	}
	return s.value
}

// placesNamed is the line of x.opt.Places.Lookup(string(name)), the name
// marked m in the key k when st says so; read once per document for the
// names that fold alike (placeCache); nil for none, and for a name the
// document has shown to be a person's (placeLine.persons). A name the
// gazetteer does not hold costs no string and no map.
func (x *extraction) placesNamed(name []byte, k *gazetteer.Key, m gazetteer.Mark, st markState) *placeLine {
	g := x.opt.Places
	var at int
	if st == marked {
		at = g.FindMark(k, m)
	} else {
		at = g.Find(name)
	}
	if at < 0 {
		return nil
	}
	line, seen := x.placeCache[at]
	if !seen {
		// name's fold: FoldEqual(c.Name, name) is FoldEqual(c.Name, folded)
		line = &placeLine{cands: g.PlacesAt(at), folded: g.NameAt(at)}
		line.seen = make([]seenPlace, len(line.cands))
		x.placeCache[at] = line
	}
	for _, p := range line.persons {
		if p == string(name) {
			return nil
		}
	}
	return line
}
