package facts

import (
	"math/big"
	"slices"
	"sync"

	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/facts/gazetteer"
)

// Options configure extraction.
type Options struct {
	Lexicon *Lexicon
	// Places is the gazetteer; nil finds no places.
	Places *gazetteer.Gazetteer
	// Tolerance is how far "nearly" and "about" reach, as a fraction of
	// the number; nil means 1/10.
	Tolerance *big.Rat
	// Aliases maps place names (folded with gazetteer.Fold) to the
	// gazetteer names they stand for.
	Aliases map[string]string
	// Keep, when not nil, says which claims Extract returns. It sees each
	// claim once read whole; a claim it does not keep is counted in the
	// document's Found and dropped at once, so that a check of a large
	// document holds only the claims its conflicts can need.
	Keep func(*Claim) bool
}

// found is a claim being built, with its token range in the sentence.
type found struct {
	Claim
	a, b           int    // tokens of the value
	scopeA, scopeB int    // tokens of a "since ..." scope
	event          *Event // named by the claim's own words ("first visit")
	trigger        int    // token of the event word; -1 when none
	afterOff       bool   // do not look for the event after the value
	open           bool   // trigger looked for its event word and found none, refusing none (late.go)
}

type extraction struct {
	doc       *Document
	opt       Options
	ref       Date      // the date relative expressions resolve against
	s         *sentence // the sentence being read: &cur
	cur       sentence
	used      []bool
	link      []bool // the token is part of a web or e-mail address (links.go)
	found     []*found
	arena     []found         // where the found of a sentence are kept (newFound)
	countries map[string]bool // countries named so far: they break ties between places

	placeStart  []bool             // a place claim starts at this token of the sentence
	placeCache  map[int]*placeLine // places found in this document, by gazetteer.Find
	run         placeRun           // the capitalized run places reads (placerun.go)
	starts      startsMemo         // Gazetteer.Firsts' last answer (startsPlace)
	speaker     string             // who the sentence reports, if anyone
	speakerRead bool               // speaker is read for this sentence
	events      eventState         // keying's memory of the document (participants.go)
	capInside   map[string]bool    // capitalizedInside's answers for this document (generic.go)

	sentence       int   // the number of the sentence, from 1
	inPost         *Post // the embedded post the sentence is in, or nil
	post           int   // postAt's cursor: the posts before it end before the sentence
	anchorDate     Date  // the last full date said, for "the day before"
	anchorSentence int   // the sentence it was said in

	nums    []numCache // parseNumber's answers at the tokens of the sentence
	lex     []lexWord  // the lexicon's answers at them (lexEvent)
	lexF    *lexFilter // the words the lexicon may have
	numRead []numRead  // which of them are read for this sentence
	dscan   dateScan   // what the date readers learn of the sentence in one pass (datescan.go)
	numeral numeralOf  // whether the sentence has a numeral (hasNumeral)
	slab    []Reading  // where the number readers' readings are cut from (addReadings)
	strs    interner   // the claims' strings (detach)
	sc      *scratch   // the scratch taken (takeScratch), given back at the end
	high    int        // the most tokens, and the most found, of a sentence so far (giveScratch)
	keys    keyMemo    // what keying learns of the sentence once (trigger.go)
}

// An Extractor finds one kind of claim in a sentence's tokens.
type Extractor struct {
	ID  string
	Doc string
	run func(x *extraction, toks []token)
}

// Extractors run in this order; each claims its tokens, so that "15
// billion euros" is money and not also a count.
var Extractors = []Extractor{
	{"daterange", "stretches of time: 2014-2018, the past five years, Nov 18-20, the 1990s, q1 2019", (*extraction).dateRanges},
	{"money", "amounts with a currency: $325 million, more than 15 billion euros", (*extraction).money},
	{"date", "dates: April 20, 2023; Thursday; in July; last September; nearly 14 months ago; this summer; from March to May", (*extraction).dates},
	{"duration", "lengths of time: the 14-month invasion, for three weeks", (*extraction).durations},
	{"age", "ages of people: Tara Reid, 33; a 22-year-old man; aged 45", (*extraction).ages},
	{"count", "numbers of things: more than 40 nations, dozens of civilians, 20-30 nations", (*extraction).counts},
	{"place", "gazetteer places: Kyiv (Kiev), Vilnius, Ukraine", (*extraction).places},
	{"ordinal", "first visit since ..., back in Kyiv, again", (*extraction).ordinals},
	{"number", "every other number and ordinal: 40, between 20 and 30, the twenty-first, penultimate", (*extraction).numbers},
}

// Extract returns the claims of a document in text order.
func Extract(d *Document, opt Options) []Claim {
	if opt.Tolerance == nil {
		opt.Tolerance = big.NewRat(1, 10)
	}
	x := takeScratch(d, opt)
	defer x.giveScratch()
	var claims claimList
	strs := x.strs
	d.found = Found{}
	d.places = nil
	for s := range sentences(d.prose, d.caseless) {
		x.cur = s // not &s: s would move to the heap, once per sentence
		x.s = &x.cur
		x.sentence++
		x.ref = d.Date
		voice := ""
		if x.inPost = x.postAt(s.start); x.inPost != nil {
			voice = x.inPost.Handle
			if !x.inPost.Date.IsZero() {
				x.ref = x.inPost.Date
			}
		}
		x.used = cleared(x.used, len(s.toks))
		x.nums = sized(x.nums, len(s.toks)) // numRead says which entries hold answers
		x.numRead = cleared(x.numRead, len(s.toks))
		x.placeStart = cleared(x.placeStart, len(s.toks))
		x.high = max(x.high, len(s.toks), len(x.arena)) // before the arena of the sentence before is cut
		x.found = x.found[:0]
		x.arena = x.arena[:0]
		x.speakerRead = false // attribution is read at the sentence's first claim (qualify)
		x.link = cleared(x.link, len(s.toks))
		x.lex = cleared(x.lex, len(s.toks))
		x.markLinks(s.toks)
		for i := range Extractors { // by index: an Extractor is five words to copy
			Extractors[i].run(x, s.toks)
		}
		sortFound(x.found)
		x.contain()
		for _, f := range x.found {
			if f.Kind == 0 {
				continue // joined into a range
			}
			if p, ok := f.Value.(Place); ok {
				x.countries[p.Country] = true
			}
			x.key(f)
		}
		x.keyLate()
		for _, f := range x.found {
			if f.Kind == 0 {
				continue
			}
			x.qualify(f)
			f.Voice = voice
			if f.Key != "" && f.trigger >= 0 {
				t := s.toks[f.trigger]
				f.Trigger = Span{Doc: d, Start: t.start, End: t.end}
			}
			d.found.add(voice)
			if x.opt.Keep != nil && !x.opt.Keep(&f.Claim) {
				continue
			}
			strs.detach(&f.Claim)
			claims.add(&f.Claim)
		}
		x.remember()
	}
	d.people = x.people()
	d.eventNames = x.events.named
	out := claims.claims()
	if out == nil && opt.Keep == nil {
		out = []Claim{} // none kept is nil; none found, empty
	}
	return out
}

// postAt returns the embedded post holding offset off, or nil. The
// posts are in text order and do not overlap (findPosts), and the
// offsets asked only grow, sentence after sentence: a cursor finds it,
// where Document.Voice reads every post for every sentence.
func (x *extraction) postAt(off int) *Post {
	ps := x.doc.posts
	for x.post < len(ps) && ps[x.post].End <= off {
		x.post++
	}
	if x.post < len(ps) && ps[x.post].Start <= off {
		return &ps[x.post]
	}
	return nil
}

// A scratch is the memory an extraction reuses from one sentence to the
// next (its per-token answers, the found of a sentence, the clause
// reader's tokens), kept from one document to the next in scratches,
// with the extraction itself (about a kilobyte, allocated per document
// before): zero between documents.
type scratch struct {
	x                      extraction
	used, link, placeStart []bool
	nums                   []numCache
	numRead                []numRead
	lex                    []lexWord
	arena                  []found
	found                  []*found
	toks                   []events.Token
	countries              map[string]bool
	placeCache             map[int]*placeLine
	strs                   interner
}

var scratches = sync.Pool{New: func() any { return new(scratch) }}

// takeScratch returns the extraction of d, with the memory of a document
// extracted before.
func takeScratch(d *Document, opt Options) *extraction {
	sc := scratches.Get().(*scratch)
	x := &sc.x
	x.doc, x.opt, x.lexF, x.sc = d, opt, filterOf(opt.Lexicon), sc
	x.used, x.link, x.placeStart, x.nums, x.numRead = sc.used, sc.link, sc.placeStart, sc.nums, sc.numRead
	x.lex, x.arena, x.found, x.events.toks = sc.lex, sc.arena, sc.found, sc.toks
	x.countries, x.placeCache, x.strs = sc.countries, sc.placeCache, sc.strs
	if x.countries == nil {
		x.countries, x.placeCache = map[string]bool{}, map[int]*placeLine{}
	}
	if x.strs == nil {
		x.strs = make(interner, len(x.doc.prose)/internEvery)
	}
	return x
}

// giveScratch gives x's memory back for the next document, cleared: it
// points into this one.
func (x *extraction) giveScratch() {
	kept := scratch{used: x.used, link: x.link, placeStart: x.placeStart, nums: x.nums, numRead: x.numRead,
		lex: x.lex, arena: x.arena, found: x.found, toks: x.events.toks, countries: x.countries, placeCache: x.placeCache,
		strs: x.strs} // and the extraction zero: it points into this document
	high := max(x.high, len(x.arena)) // read before x, which is sc.x, is zeroed
	sc := x.sc                        // the one taken: a new one would be an allocation per document
	*sc = kept
	if len(sc.placeCache) > 1024 { // clearing costs what the map grew to: a large one goes
		sc.countries, sc.placeCache = nil, nil
	}
	if len(sc.strs) > maxKeptInterner {
		sc.strs = nil
	}
	clear(sc.countries)
	clear(sc.placeCache)
	clear(sc.strs) // the strings are the claims' own: kept, they would outlive them
	// the per-token answers and the found are written from the start of
	// their memory, at most high of them (past high they are zero: never
	// written, or cleared by a document before): a short document does
	// not clear what a long one grew them to
	clear(sc.nums[:min(high, cap(sc.nums))])
	clear(sc.lex[:min(high, cap(sc.lex))])
	clear(sc.arena[:min(high, cap(sc.arena))])
	clear(sc.toks[:min(high, cap(sc.toks))])
	clear(sc.found[:cap(sc.found)]) // pointers: a few words
	scratches.Put(sc)
}

// cleared returns b with length n and every element zero, reusing its
// memory from one sentence to the next.
func cleared[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	b = b[:n]
	clear(b)
	return b
}

// sized returns b with length n, reusing its memory from one sentence to
// the next; the elements keep what they held.
func sized[T any](b []T, n int) []T {
	if cap(b) < n {
		return make([]T, n)
	}
	return b[:n]
}

func sortFound(fs []*found) {
	slices.SortStableFunc(fs, func(a, b *found) int { return a.a - b.a })
}

// emit records a claim over tokens [a, b) and marks them used.
func (x *extraction) emit(k Kind, v Value, a, b int, q Qualifiers) *found {
	toks := x.s.toks
	f := x.newFound()
	*f = found{} // cleared and filled in place: a found built whole is built on the stack and copied
	f.a, f.b, f.trigger = a, b, -1
	f.Kind, f.Value, f.Qual = k, v, q
	f.Span = Span{Doc: x.doc, Start: toks[a].start, End: toks[b-1].end}
	f.Sentence = Span{Doc: x.doc, Start: x.s.start, End: x.s.end}
	for i := a; i < b; i++ {
		x.used[i] = true
	}
	x.found = append(x.found, f)
	return f
}

// newFound returns a found of the sentence's arena, reused from one
// sentence to the next: the claims are copied out of them at its end. A
// full arena is left to the found that point into it and replaced.
func (x *extraction) newFound() *found {
	if len(x.arena) == cap(x.arena) {
		x.arena = make([]found, 0, max(16, 2*cap(x.arena)))
	}
	x.arena = x.arena[:len(x.arena)+1]
	return &x.arena[len(x.arena)-1]
}

var (
	negations = map[string]bool{"not": true, "no": true, "never": true, "n't": true, "neither": true, "nor": true, "without": true}
	hedges    = map[string]bool{"reportedly": true, "may": true, "might": true, "could": true,
		"possibly": true, "perhaps": true, "likely": true, "expected": true, "allegedly": true,
		"rumoured": true, "rumored": true, "unconfirmed": true, "probably": true, "believed": true}
	pronouns = map[string]bool{"he": true, "she": true, "they": true, "it": true, "we": true, "i": true, "you": true}
	speech   = map[string]bool{"said": true, "says": true, "told": true, "claimed": true, "claims": true,
		"stated": true, "announced": true, "argued": true, "argue": true, "say": true}
)

// qualify marks negation and hedges in the clause before the value, and
// the sentence's reported speaker.
func (x *extraction) qualify(f *found) {
	toks := x.s.toks
	for k, n := f.a-1, 0; k >= 0 && n < 5; k-- {
		t := &toks[k]
		if t.words&wClauseStop != 0 || t.text == "," {
			break
		}
		if t.kind == tPunct {
			continue
		}
		n++
		if t.words&wNegation != 0 || t.lower == "t" && k > 0 && toks[k-1].text == "’" {
			f.Qual.Negated = true
		}
		// "may" hedges; "May" inside a sentence, or read as a date, is the month
		if t.words&wHedge != 0 && !x.used[k] && (t.text == t.lower || k == 0) {
			f.Qual.Hedged = true
		}
	}
	if !x.speakerRead {
		x.speaker, x.speakerRead = x.attribution(), true
	}
	f.Qual.Attributed = x.speaker
}

// attribution finds who a sentence reports: "according to Reuters",
// "Stoltenberg said".
func (x *extraction) attribution() string {
	toks := x.s.toks
	for k := range toks {
		t := &toks[k]
		if t.words&wSpeech == 0 && len(t.lower) != len("according") {
			continue // most words: neither test below holds
		}
		if t.lower == "according" && k+1 < len(toks) && toks[k+1].is("to") {
			return x.nameAfter(k + 2)
		}
		if t.words&wSpeech != 0 && k > 0 {
			if name := x.nameBefore(k); name != "" {
				return name
			}
		}
	}
	return ""
}

func (x *extraction) nameBefore(k int) string {
	toks := x.s.toks
	a := k
	for a > 0 && toks[a-1].kind == tWord && (toks[a-1].capitalized() || toks[a-1].is("the")) {
		a--
	}
	if a == k || a == k-1 && pronouns[toks[a].lower] {
		return ""
	}
	return string(x.doc.Text[toks[a].start:toks[k-1].end])
}

func (x *extraction) nameAfter(k int) string {
	toks := x.s.toks
	b := k
	for b < len(toks) && toks[b].kind == tWord && toks[b].capitalized() {
		b++
	}
	if b == k {
		return ""
	}
	return string(x.doc.Text[toks[k].start:toks[b-1].end])
}
