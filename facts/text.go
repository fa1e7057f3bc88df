package facts

import (
	"bytes"
	"encoding/binary"
	"iter"
	"math/big"
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"
)

type tokKind uint8

const (
	tWord tokKind = iota
	tNum
	tPunct
)

// A token is a word, a number or one punctuation rune of the prose.
type token struct {
	start, end int
	text       string // as written
	lower      string
	dates      uint64 // the date rules that may start here (dispatch.go)
	kind       tokKind
	space      bool   // whitespace (or nothing at all) precedes it
	newline    bool   // a line break precedes it
	capital    bool   // its first letter is a capital (capitalized)
	cls        uint8  // the readers that may start here (dispatch.go)
	compDone   bool   // comp and compEnd are read (compoundAt)
	words      uint16 // the word lists its word is in (dispatch.go)

	// parseCompound's answer at this token, read once
	comp    *big.Rat
	compEnd int
}

func (t *token) is(words ...string) bool {
	for _, w := range words {
		if t.lower == w {
			return true
		}
	}
	return false
}

func (t *token) capitalized() bool { return t.capital }

// startsUpper reports whether s starts with an upper-case letter.
func startsUpper(s string) bool {
	if s != "" && s[0] < utf8.RuneSelf {
		return s[0]-'A' < 26 // 'A' to 'Z' (a byte below 'A' wraps round)
	}
	return startsUpperWide(s) // apart, so that the ASCII test is inlined
}

func startsUpperWide(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(r)
}

// A sentence is a run of tokens between sentence boundaries.
type sentence struct {
	start, end int
	toks       []token
}

// abbreviations end in a period that does not end a sentence.
var abbreviations = map[string]bool{
	"mr": true, "mrs": true, "ms": true, "dr": true, "st": true, "gen": true, "lt": true,
	"col": true, "sgt": true, "gov": true, "sen": true, "rep": true, "prof": true, "jr": true,
	"sr": true, "inc": true, "co": true, "corp": true, "ltd": true, "vs": true, "etc": true,
	"no": true, "jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true,
	"aug": true, "sep": true, "sept": true, "oct": true, "nov": true, "dec": true, "u.s": true,
	"u.k": true, "u.n": true, "e.g": true, "i.e": true, "approx": true, "est": true,
}

// clockSuffix are the last words of "a.m." and "p.m." (tokenized "p. m."
// too): the period after them ends no sentence when a day name follows,
// the day of the clock time.
var clockSuffix = map[string]bool{"a.m": true, "p.m": true, "m": true, "am": true, "pm": true}

func isLetterOrDigit(r rune) bool {
	if uint32(r) < utf8.RuneSelf { // ASCII, most of the prose (no mark is ASCII)
		return asciiLetterOrDigit[r]
	}
	return isLetterOrDigitWide(r) // apart, so that the ASCII test is inlined
}

// asciiLetterOrDigit says which ASCII bytes are letters or digits.
var asciiLetterOrDigit = func() (t [utf8.RuneSelf]bool) {
	for c := range t {
		t[c] = 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9'
	}
	return t
}()

func isLetterOrDigitWide(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

// tokenize splits prose into tokens. It is a single left-to-right pass.
func tokenize(p []byte, start, end int) []token {
	toks := make([]token, 0, (end-start)/5+1)
	tz := newTokenizer(p, start, end)
	for {
		toks = slices.Grow(toks, 1)
		if !tz.next(&toks[:len(toks)+1][len(toks)]) {
			return toks
		}
		toks = toks[:len(toks)+1]
	}
}

// A tokenizer reads the tokens of p[start:end] one at a time.
type tokenizer struct {
	p              []byte
	start, end, i  int
	prose, lowered string
	space, newline bool // white space, a line break before the next token
}

func newTokenizer(p []byte, start, end int) tokenizer {
	return tokenizer{p: p, start: start, end: end, i: start, space: true,
		// the tokens' texts are slices of one copy of the prose: no
		// allocation per token
		prose: string(p[start:end]),
		// and their lower-case forms, when ASCII, of one lower-cased copy
		lowered: asciiLower(p[start:end]),
	}
}

// next writes the next token in t (in place: a token is large) and
// reports whether there was one; t is left as it was when there is not.
func (tz *tokenizer) next(t *token) bool {
	p, start, end := tz.p, tz.start, tz.end
	// the white space before the token, and its line breaks
	i, space, newline := tz.i, tz.space, tz.newline
	var r rune
	n := 1
	for ; i < end; i += n {
		r, n = rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(p[i:end])
		}
		if r == '\n' {
			newline = true
		} else if !isSpace(r) {
			break
		}
		space = true
	}
	if i == end {
		return false
	}
	j := i + n
	kind := tPunct
	// whether the token is ASCII and has an ASCII digit: read here for
	// a word or a punctuation mark, by scanText for a number
	ascii, digit, scanned := r < utf8.RuneSelf, false, true
	// ".08": a decimal without its zero, where no number stands before
	if r == '.' && j < end && p[j] >= '0' && p[j] <= '9' && (i == start || !isLetterOrDigit(rune(p[i-1]))) {
		r = '0'
	}
	if unicode.IsDigit(r) {
		j, kind = scanNumber(p, i, j, start, end)
		scanned = false
	} else if isLetterOrDigit(r) {
		kind = tWord
		var wordASCII bool
		j, wordASCII, digit = scanWordFlags(p, j, end)
		ascii = ascii && wordASCII
		// U.S. and U.K.: single letters joined by periods.
		for j+2 <= end && p[j] == '.' && j-i <= 3 && isSingleLetterRun(p[i:j]) && j+1 < end && isLetterASCII(p[j+1]) && (j+2 == end || p[j+2] == '.' || p[j+2] == ' ') {
			j += 2
		}
	}
	text := tz.prose[i-start : j-start]
	if !scanned {
		ascii, digit = scanText(text)
	}
	lower := tz.lowered[i-start : j-start]
	if !ascii {
		lower = strings.ToLower(text)
	}
	*t = token{start: i, end: j, kind: kind, text: text, lower: lower, space: space, newline: newline,
		capital: startsUpper(text)}
	classify(t, digit)
	tz.space, tz.newline, tz.i = false, false, j
	return true
}

// isSpace is unicode.IsSpace, told without a call for ASCII.
func isSpace(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || '\t' <= r && r <= '\r' // '\t', '\n', '\v', '\f', '\r'
	}
	return unicode.IsSpace(r)
}

// scanNumber extends the number whose first rune is p[i:j] over digits
// and the separators between them; digits that run into letters ("2s",
// "F16") are a word after all. start and end bound the prose.
func scanNumber(p []byte, i, j, start, end int) (int, tokKind) {
	// the tail of a list or an address ("22,24,26,31", "192.168.1.2")
	// joins no more of its separator
	var tail byte
	if i >= start+2 && (p[i-1] == ',' || p[i-1] == '.') && p[i-2] >= '0' && p[i-2] <= '9' {
		tail = p[i-1]
	}
	for j < end {
		c, m := utf8.DecodeRune(p[j:end])
		if unicode.IsDigit(c) {
			j += m
			continue
		}
		// 1,000 and 1.5: a separator between digits; not in a list
		// ("22,24,26") or an address ("192.168.1.2")
		if (c == ',' || c == '.') && byte(c) != tail && j+1 < end && p[j+1] >= '0' && p[j+1] <= '9' {
			k := j + 1
			for k < end && p[k] >= '0' && p[k] <= '9' {
				k++
			}
			after := byte(0)
			if k < end {
				after = p[k]
			}
			nextDigit := k+1 < end && p[k+1] >= '0' && p[k+1] <= '9'
			if c == ',' && k-j-1 != 3 && after == ',' && nextDigit && !indianGrouping(p[j:end]) || c == '.' && after == '.' && nextDigit {
				return j, tNum
			}
			j++
			continue
		}
		if unicode.IsLetter(c) { // "2s", "F16": a word after all
			return scanWord(p, j, end), tWord
		}
		return j, tNum
	}
	return j, tNum
}

// asciiLower is b with its ASCII capitals in lower case, other bytes as
// they are: of an ASCII word, its slice is the word lower-cased.
func asciiLower(b []byte) string {
	// written into a Builder: its string is its memory, not a copy
	var out strings.Builder
	out.Grow(len(b))
	var word [8]byte
	i := 0
	// eight bytes at a time: a byte is a capital when it is at least 'A'
	// and below 'Z'+1, and below 0x80; its 0x20 bit is then set
	for ; i+8 <= len(b); i += 8 {
		w := binary.LittleEndian.Uint64(b[i:])
		const ones, high = 0x0101010101010101, 0x8080808080808080
		low7 := w &^ high
		atLeastA := low7 + ones*(0x80-'A') // high bit set where byte >= 'A'
		aboveZ := low7 + ones*(0x80-'Z'-1) // high bit set where byte > 'Z'
		upper := atLeastA &^ aboveZ &^ w & high
		binary.LittleEndian.PutUint64(word[:], w|upper>>2)
		out.Write(word[:])
	}
	for ; i < len(b); i++ {
		c := b[i]
		if 'A' <= c && c <= 'Z' {
			c += 'a' - 'A'
		}
		out.WriteByte(c)
	}
	return out.String()
}

// scanText reports whether s is all ASCII and whether it has a digit.
func scanText(s string) (ascii, digit bool) {
	ascii = true
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c >= utf8.RuneSelf {
			ascii = false
		} else if '0' <= c && c <= '9' {
			digit = true
		}
	}
	return ascii, digit
}

// indianGrouping reports whether a chain of comma groups ends with three
// digits ("12,34,567.89"), as a number does; a list does not ("22,24,26").
func indianGrouping(b []byte) bool {
	last := 0
	for i := 0; i < len(b); i++ {
		if b[i] != ',' {
			break
		}
		k := i + 1
		for k < len(b) && b[k] >= '0' && b[k] <= '9' {
			k++
		}
		last = k - i - 1
		if k >= len(b) || b[k] != ',' || k+1 >= len(b) || b[k+1] < '0' || b[k+1] > '9' {
			break
		}
		i = k - 1
	}
	return last == 3
}

func isUpperASCII(c byte) bool { return c >= 'A' && c <= 'Z' }

func isLetterASCII(c byte) bool { return isUpperASCII(c) || c >= 'a' && c <= 'z' }

func isSingleLetterRun(b []byte) bool {
	for i, c := range b {
		if i%2 == 0 && !isLetterASCII(c) || i%2 == 1 && c != '.' {
			return false
		}
	}
	return true
}

// scanWord extends a word over letters, digits and inner apostrophes.
func scanWord(p []byte, j, end int) int {
	j, _, _ = scanWordFlags(p, j, end)
	return j
}

// scanWordFlags is scanWord, and says whether the bytes it went over
// are all ASCII and whether one is an ASCII digit (scanText's answers).
func scanWordFlags(p []byte, j, end int) (e int, ascii, digit bool) {
	ascii = true
	for j < end {
		if c := p[j]; 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' {
			j++ // ASCII, most of the prose
			continue
		} else if '0' <= c && c <= '9' {
			j, digit = j+1, true
			continue
		}
		c, m := utf8.DecodeRune(p[j:end])
		if isLetterOrDigit(c) {
			j, ascii = j+m, ascii && m == 1
			continue
		}
		if c == '\'' || c == '’' {
			if c2, _ := utf8.DecodeRune(p[j+m : end]); j+m < end && unicode.IsLetter(c2) {
				j, ascii = j+m, ascii && m == 1
				continue
			}
		}
		break
	}
	return j, ascii, digit
}

// maxSentence is the most tokens a sentence may have; a longer run is cut.
// News sentences rarely pass 80; text without stops is cut so that no step
// of extraction grows with the square of its length.
const maxSentence = 256

// blockBytes is about how much prose is tokenized at a time: a document's
// tokens are never all held at once, so memory stays a small multiple of
// the longest sentence, not of the document.
const blockBytes = 64 << 10

// sentences splits the prose into sentences and tokenizes each one, in
// order, a block of prose at a time. A sentence's tokens are valid until
// the loop asks for the next sentence: their memory is reused.
// A sentence ends at . ! ? (not after an abbreviation or an initial) before
// a capital, digit or quote; at a blank line; and, in documents written a
// paragraph per line, at every line break.
// caseless says the text is written without case (Document.caseless,
// isCaseless), even if Recase has since recased the prose: any word after
// a full stop starts a sentence.
func sentences(p []byte, caseless bool) iter.Seq[sentence] {
	return sentencesBy(p, blockBytes, caseless)
}

// sentencesBy is sentences with blocks of about block bytes. Where the
// blocks are cut changes nothing: the splitter looks back two tokens at
// most, and a block ends only where a token cannot go on (blockEnd).
func sentencesBy(p []byte, block int, caseless bool) iter.Seq[sentence] {
	return func(yield func(sentence) bool) {
		sp := splitter{p: p, wrapped: isHardWrapped(p), caseless: caseless}
		defer func() {
			giveTokens(&chunkBufs, sp.chunk)
			giveTokens(&chunkBufs, sp.spare)
		}()
		for start := 0; start < len(p); {
			end := blockEnd(p, start+block)
			// each token is written where the splitter keeps it
			tz := newTokenizer(p, start, end)
			for {
				t := sp.slot()
				if !tz.next(t) {
					break
				}
				if s, ok := sp.add(t); ok && !yield(s) {
					return
				}
			}
			start = end
		}
		if len(sp.cur) > 0 {
			yield(sp.sentence())
		}
	}
}

// blockEnd is the first offset at or after from where a block of prose can
// end: the start of a run of white space that begins with a space, or
// follows a byte that is not a letter (so that no token, "U.S." included,
// reads differently at the end of a block than inside one), or the end of
// the prose.
func blockEnd(p []byte, from int) int {
	for i := from; i < len(p); i++ {
		c := p[i]
		if c != ' ' && c != '\t' && c != '\n' && c != '\r' {
			continue
		}
		before, _ := utf8.DecodeLastRune(p[:i])
		switch {
		case unicode.IsSpace(before): // not the start of the run
		case c == ' ' || !isLetterASCII(p[i-1]):
			return i
		}
	}
	return len(p)
}

// chunkBufs keeps the splitter's chunks of tokens from one document to
// the next.
var chunkBufs sync.Pool // of *[]token

// takeTokens returns an empty buffer from pool with room for n tokens, or
// a new one.
func takeTokens(pool *sync.Pool, n int) []token {
	if b, ok := pool.Get().(*[]token); ok && cap(*b) >= n {
		return (*b)[:0]
	}
	return make([]token, 0, n)
}

// giveTokens gives b back to pool, cleared: its tokens point into a
// document's text. Only the tokens ever written are cleared: they are
// the first ones of the buffer (it is only appended to, from its start),
// each with a text, and the rest are zero (the buffer was new, or
// cleared when given back before).
func giveTokens(pool *sync.Pool, b []token) {
	if cap(b) == 0 {
		return
	}
	b = b[:cap(b)]
	written, _ := slices.BinarySearchFunc(b, true, func(t token, _ bool) int {
		if t.text != "" {
			return -1
		}
		return 1
	})
	clear(b[:written])
	b = b[:0]
	pool.Put(&b)
}

// A splitter reads tokens one by one and says where sentences end.
type splitter struct {
	p        []byte
	wrapped  bool
	caseless bool    // the text is written in lower case (isCaseless)
	cur      []token // the sentence being read
	chunk    []token // where cur is: the sentences since the last grow and cur
	spare    []token // the chunk before, whose sentences are all handed over
	// prev are the two tokens read last, in cur, or in kept once the
	// sentence they are in is handed over (hold): not copied at every
	// token
	prev [2]*token
	kept [2]token
	seen int // tokens read so far
}

// slot returns where the next token is to be written: right after the
// sentence being read.
func (sp *splitter) slot() *token {
	if len(sp.cur) == cap(sp.cur) {
		sp.grow()
	}
	return &sp.cur[:cap(sp.cur)][len(sp.cur)]
}

// add reads token t, written in the slot; when it opens a new sentence,
// add returns the one before it.
func (sp *splitter) add(t *token) (out sentence, done bool) {
	done = sp.seen > 0 && sp.ends(t)
	if done {
		out = sp.sentence() // t stays where it is: first of the next sentence
	}
	sp.cur = sp.cur[:len(sp.cur)+1]
	sp.prev[0], sp.prev[1] = sp.prev[1], t
	sp.seen++
	return out, done
}

// hold copies the two tokens read last out of the sentence being handed
// over, which joinSplitThousands may rewrite, or out of a chunk given up.
func (sp *splitter) hold() {
	for k, t := range sp.prev { // the pointers as they were: kept[0] first
		if t != nil {
			sp.kept[k] = *t
			sp.prev[k] = &sp.kept[k]
		}
	}
}

// sentence hands over the tokens read since the last sentence, a number
// split at its thousands ("31, 000") joined into one.
func (sp *splitter) sentence() sentence {
	sp.hold()
	ts := joinSplitThousands(sp.cur[:len(sp.cur):len(sp.cur)]) // joins in place
	clockColons(ts)
	sp.cur = sp.cur[len(sp.cur):] // the next sentence goes on in the same chunk
	return sentence{start: ts[0].start, end: ts[len(ts)-1].end, toks: ts}
}

// clockColons takes the clause stop off the colon of a clock time
// ("arrested around 10:24 a.m. Friday"): it parts no clauses.
func clockColons(ts []token) {
	for i := 1; i+1 < len(ts); i++ {
		if c := &ts[i]; c.text == ":" && ts[i-1].kind == tNum && ts[i+1].kind == tNum &&
			ts[i-1].end == c.start && c.end == ts[i+1].start {
			c.words &^= wClauseStop
		}
	}
}

// chunkTokens is how many tokens the splitter allocates at a time: the
// sentences are cut from chunks, not each grown from nothing.
const chunkTokens = 8 * maxSentence

// grow moves the sentence being read to another chunk of tokens: of
// chunkTokens, or fewer for a short text (about a token per 5 bytes). Two
// chunks take turns: the one taken again holds only sentences handed over
// before the last grow, and a sentence's tokens are only the reader's
// until it asks for the next sentence (sentences).
func (sp *splitter) grow() {
	c := sp.spare
	if n := max(min(chunkTokens, len(sp.p)/4+16), 2*len(sp.cur)); cap(c) < n {
		c = takeTokens(&chunkBufs, n)
	}
	sp.hold()
	sp.spare = sp.chunk
	sp.chunk = append(c[:0], sp.cur...)
	sp.cur = sp.chunk
}

// ends reports whether a sentence ends before token t.
func (sp *splitter) ends(t *token) bool {
	// most tokens, told inline: no test of endsAt holds
	return (t.newline || len(sp.cur) >= maxSentence || sp.prev[1].kind == tPunct) && sp.endsAt(t)
}

// endsAt is ends, the whole test.
func (sp *splitter) endsAt(t *token) bool {
	prev := sp.prev[1]
	if len(sp.cur) >= maxSentence { // keeps every per-sentence step linear
		return true
	}
	if t.newline && (!sp.wrapped || blankLineBefore(sp.p, t.start) || (prev.kind == tPunct && strings.ContainsAny(prev.text, ".!?\"”’") && sp.starts(t))) {
		return true
	}
	if prev.kind != tPunct {
		return false // most tokens: every test below needs a stop or a quote before
	}
	before, twoBack := sp.prev[0], sp.seen >= 2
	if twoBack && splitDecimal(before, prev, t) {
		return false // "$2. 6 million": a decimal, tokenized
	}
	if prev.kind == tPunct && strings.ContainsAny(prev.text, ".!?") && t.space && sp.starts(t) {
		if prev.text == "." && twoBack {
			w := before
			if w.end == prev.start && (abbreviations[w.lower] || (w.kind == tWord && utf8.RuneCountInString(w.text) == 1 && w.capitalized())) {
				return false
			}
			if w.end == prev.start && clockSuffix[w.lower] && weekdays[t.lower] != "" {
				return false // "arrested around 10:24 a.m. Friday", "7 p. m. Friday"
			}
		}
		return true
	}
	// closing quote after the stop: "... said." Next
	return prev.kind == tPunct && strings.ContainsAny(prev.text, "\"”’)") && twoBack && before.kind == tPunct && strings.ContainsAny(before.text, ".!?") && t.space && sp.starts(t)
}

// starts reports whether t may start a sentence after a full stop: a
// capital, a digit or an opening quote; in a text written in lower case,
// any word.
func (sp *splitter) starts(t *token) bool {
	return startsSentence(t) || sp.caseless && t.kind == tWord
}

func startsSentence(t *token) bool {
	r, _ := utf8.DecodeRuneInString(t.text)
	return unicode.IsUpper(r) || unicode.IsDigit(r) || strings.ContainsRune("\"“‘'(—–-", r)
}

func blankLineBefore(p []byte, off int) bool {
	n := 0
	for i := off - 1; i >= 0; i-- {
		switch p[i] {
		case '\n':
			if n++; n == 2 {
				return true
			}
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return false
}

// isCaseless reports whether a text is written in lower case, as some
// summarizers write ("the man , 31 , was arrested on saturday ."): it has
// words, and none of them is capitalized (a capital followed by a small
// letter; an acronym such as "UNK" or "NBA" does not count).
func isCaseless(p []byte) bool {
	words := 0
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		start := i == 0 || !isLetterOrDigit(lastRune(p[:i]))
		i += n
		if !start || !unicode.IsLetter(r) {
			continue
		}
		words++
		if unicode.IsUpper(r) && i < len(p) {
			if next, _ := utf8.DecodeRune(p[i:]); unicode.IsLower(next) {
				return false
			}
		}
	}
	return words >= 8
}

func lastRune(p []byte) rune {
	r, _ := utf8.DecodeLastRune(p)
	return r
}

// isHardWrapped reports whether lines are wrapped inside sentences: a
// tenth or more of the line breaks fall before a lower-case word.
func isHardWrapped(p []byte) bool {
	breaks, inside := 0, 0
	for i := 0; ; {
		nl := bytes.IndexByte(p[i:], '\n')
		if nl < 0 {
			break
		}
		// the first rune of the token after the white space that holds
		// the line break
		i += nl
		r, n := utf8.DecodeRune(p[i:])
		for unicode.IsSpace(r) {
			i += n
			r, n = utf8.DecodeRune(p[i:])
		}
		if i >= len(p) {
			break
		}
		breaks++
		if unicode.IsLower(r) {
			inside++
		}
	}
	return breaks > 0 && inside*10 >= breaks
}
