package facts

import (
	"bytes"
	"encoding/binary"
	"iter"
	"math/big"
	"math/bits"
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
	l := t.lower
	for _, w := range words {
		// the length and the first byte first: most words differ there,
		// where comparing strings is a call
		if len(w) == len(l) && (l == "" || w[0] == l[0]) && w == l {
			return true
		}
	}
	return false
}

func (t *token) capitalized() bool { return t.capital }

// startsUpperWide reports whether s, which starts with a wide rune,
// starts with an upper-case letter (of an ASCII one, byteClass tells).
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
	p              []byte // the prose up to end
	start, end, i  int
	prose          string
	space, newline bool // white space, a line break before the next token
	// low holds the lower-case forms of the ASCII tokens with capitals,
	// written one after the other (lowerASCII)
	low *strings.Builder
}

func newTokenizer(p []byte, start, end int) tokenizer {
	return tokenizer{p: p[:end], start: start, end: end, i: start, space: true,
		// the tokens' texts are slices of one copy of the prose: no
		// allocation per token
		prose: string(p[start:end]),
	}
}

// Byte classes: what the tokenizer needs to know of a byte, told by one
// look-up; a byte of 0x80 and up is part of a wider rune, which is
// decoded.
const (
	bSpace  uint8 = 1 << iota // ' ', '\t' to '\r'
	bLetter                   // 'a' to 'z', 'A' to 'Z'
	bDigit                    // '0' to '9'
	bUpper                    // 'A' to 'Z'
	bWide                     // 0x80 and up
	bOn                       // a word may read on over it: '\'', '.' and 0x80 and up (wordTail)
)

var byteClass = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= utf8.RuneSelf:
			t[c] = bWide | bOn
		case c == '\'' || c == '.':
			t[c] = bOn
		case c == ' ' || '\t' <= c && c <= '\r':
			t[c] = bSpace
		case '0' <= c && c <= '9':
			t[c] = bDigit
		case 'a' <= c && c <= 'z':
			t[c] = bLetter
		case 'A' <= c && c <= 'Z':
			t[c] = bLetter | bUpper
		}
	}
	return t
}()

// next writes the next token in t (in place: a token is large) and
// reports whether there was one. It writes the token field by field: a
// token written whole (*t = token{...}) is copied through the
// collector's bulk write barrier while it marks.
func (tz *tokenizer) next(t *token) bool {
	p, i, newline := tz.p, tz.i, tz.newline
	for i < len(p) && byteClass[p[i]]&bSpace != 0 { // the white space before the token
		newline = newline || p[i] == '\n'
		i++
	}
	if i < len(p) && p[i] >= utf8.RuneSelf {
		i, newline = skipSpace(p, i, newline) // wide white space, and any after it
	}
	space := tz.space || i > tz.i
	if i == len(p) {
		tz.i, tz.space, tz.newline = i, space, newline
		return false
	}
	t.start, t.space, t.newline = i, space, newline
	if t.comp != nil { // a slot used before: mostly nil, and a store of a pointer costs a barrier
		t.comp = nil
	}
	t.compDone, t.compEnd = false, 0
	if byteClass[p[i]]&bLetter != 0 {
		tz.word(t, p, i) // most tokens
	} else {
		tz.other(t, p, i)
	}
	tz.i, tz.space, tz.newline = t.end, false, false
	return true
}

// skipSpace goes over the white space from p[i], wide or not, and
// returns where it ends and whether it holds a line break.
func skipSpace(p []byte, i int, newline bool) (int, bool) {
	for i < len(p) {
		r, n := rune(p[i]), 1
		if r >= utf8.RuneSelf {
			r, n = utf8.DecodeRune(p[i:])
		}
		if !unicode.IsSpace(r) {
			break
		}
		newline = newline || r == '\n'
		i += n
	}
	return i, newline
}

// word writes the token of the word that starts with the ASCII letter
// p[i]: its letters and digits read eight at a time, and their entry in
// wordClass read from the same eight bytes when they are all there.
func (tz *tokenizer) word(t *token, p []byte, i int) {
	if i+8 <= len(p) {
		w := binary.LittleEndian.Uint64(p[i:])
		n, run, up, dg := alnumRun(w)
		key := (w | up>>2) & run // in lower case: 'A' | 0x20 is 'a'
		if j := i + n; n < 8 && dg == 0 && byteClass[p[j]]&bOn == 0 {
			// most words: eight or fewer letters, which end there
			text := tz.prose[i-tz.start : j-tz.start]
			lower := text
			if up != 0 {
				lower = tz.lowerKey(key, n)
			}
			tz.letters(t, j, text, lower, up&0x80 != 0, lookupWord(key, uint64(n)<<56))
			return
		}
		if n == 8 && dg == 0 && i+16 <= len(p) { // nine to fifteen letters
			w2 := binary.LittleEndian.Uint64(p[i+8:])
			n2, run2, up2, dg2 := alnumRun(w2)
			if j := i + 8 + n2; n2 < 8 && dg2 == 0 && byteClass[p[j]]&bOn == 0 {
				text := tz.prose[i-tz.start : j-tz.start]
				lower := text
				if up|up2 != 0 {
					lower = tz.lowerASCII(p[i:j])
				}
				tz.letters(t, j, text, lower, up&0x80 != 0, lookupWord(key, (w2|up2>>2)&run2|uint64(8+n2)<<56))
				return
			}
		}
	}
	tz.anyWord(t, p, i)
}

// letters writes the token of the word text of ASCII letters, which
// ends at j: its lower case, whether its first letter is a capital, and
// its entry in wordClass read.
func (tz *tokenizer) letters(t *token, j int, text, lower string, capital bool, wi wordInfo) {
	t.end, t.text, t.lower, t.kind = j, text, lower, tWord
	t.capital = capital
	t.cls, t.words, t.dates = wi.cls, wi.words, wi.dates|classRules[wi.cls]
}

// anyWord is word, of any word.
func (tz *tokenizer) anyWord(t *token, p []byte, i int) {
	first := byteClass[p[i]]
	j, flags := i, first
	var wi wordInfo
	known := false
	if i+8 <= len(p) {
		w := binary.LittleEndian.Uint64(p[i:])
		n, run, up, dg := alnumRun(w)
		j, flags = i+n, flagsOf(up, dg)
		if n < 8 { // its key: the n bytes in lower case ('A' | 0x20 is 'a') and n
			wi, known = lookupWord((w|up>>2)&run, uint64(n)<<56), true
		} else {
			j, flags = alnumFrom(p, j, flags) // a long word
		}
	} else {
		j, flags = alnumFrom(p, i, 0) // at the end of the prose
	}
	if j < len(p) && byteClass[p[j]]&bOn != 0 {
		j, flags = tz.wordTail(i, j, flags)
		known = false
	}
	text := tz.prose[i-tz.start : j-tz.start]
	lower := text // ASCII without capitals: its own lower case
	switch {
	case flags&bWide != 0:
		lower = strings.ToLower(text)
		wi = wordInfoOf(lower)
	case flags&bUpper != 0:
		lower = tz.lowerASCII(p[i:j])
	}
	if !known && flags&bWide == 0 {
		wi = asciiWordInfo(p, i, j)
	}
	t.end, t.text, t.lower, t.kind, t.capital = j, text, lower, tWord, first&bUpper != 0
	t.cls, t.words, t.dates = wi.cls, wi.words, wi.dates|classRules[wi.cls]
	if flags&bDigit != 0 {
		classifyAs(t, wi, true)
	}
}

// alnumFrom reads on over ASCII letters and digits from p[j], eight bytes
// at a time where there are eight, and returns where they end and flags
// with their classes.
func alnumFrom(p []byte, j int, flags uint8) (int, uint8) {
	for ; j+8 <= len(p); j += 8 {
		n, _, up, dg := alnumRun(binary.LittleEndian.Uint64(p[j:]))
		flags |= flagsOf(up, dg)
		if n < 8 {
			return j + n, flags
		}
	}
	for ; j < len(p) && byteClass[p[j]]&(bLetter|bDigit) != 0; j++ {
		flags |= byteClass[p[j]]
	}
	return j, flags
}

// other writes a token that does not start with an ASCII letter: a
// number, a mark, a word that starts with a wide letter.
func (tz *tokenizer) other(t *token, p []byte, i int) {
	if c := p[i]; byteClass[c]&(bLetter|bDigit|bWide) == 0 && (c != '.' || i+1 == len(p) || byteClass[p[i+1]]&bDigit == 0) {
		// an ASCII mark, a sixth of the tokens ("." before a digit may be a decimal: scan)
		text, m := tz.prose[i-tz.start:i+1-tz.start], &markInfo[c]
		t.end, t.text, t.lower, t.kind, t.capital = i+1, text, text, tPunct, false
		t.cls, t.words, t.dates = m.cls, m.words, m.dates
		return
	}
	j, kind, flags := tz.scan(i)
	text := tz.prose[i-tz.start : j-tz.start]
	lower, wi := text, wordInfo{}
	if flags&bWide != 0 {
		lower = strings.ToLower(text)
		wi = wordInfoOf(lower)
	} else {
		if flags&bUpper != 0 {
			lower = tz.lowerASCII(p[i:j])
		}
		wi = asciiWordInfo(p, i, j)
	}
	t.end, t.text, t.lower, t.kind = j, text, lower, kind
	t.capital = byteClass[p[i]]&bWide != 0 && startsUpperWide(text)
	t.cls, t.words = wi.cls, wi.words
	classifyAs(t, wi, flags&bDigit != 0)
}

// flagsOf is the byte classes bUpper and bDigit of the masks of alnumRun.
func flagsOf(upper, digit uint64) uint8 {
	var f uint8
	if upper != 0 {
		f |= bUpper
	}
	if digit != 0 {
		f |= bDigit
	}
	return f
}

// alnumRun reads eight bytes of text, the first in the lowest byte of w:
// n is how many of them, from the first, are ASCII letters or digits (8
// when all are); run has the bits of those n bytes set; upper and digit
// have the high bit set of each of them that is a capital, a digit. Each
// byte is compared on its own, in its own eighth of w: no sum below
// carries into the next byte, as a byte of low7 is at most 0x7f.
func alnumRun(w uint64) (n int, run, upper, digit uint64) {
	const ones, high = 0x0101010101010101, 0x8080808080808080
	low7 := w &^ high
	folded := low7 | ones*0x20 // the capitals as small letters
	letter := (folded + ones*(0x80-'a')) &^ (folded + ones*(0x80-'z'-1))
	digit = (low7 + ones*(0x80-'0')) &^ (low7 + ones*(0x80-'9'-1))
	stop := (^(letter | digit) | w) & high // neither, or not ASCII
	run = (stop&-stop)>>7 - 1              // the bytes below the first stop; all when none
	// a capital has its 0x20 bit clear
	return bits.TrailingZeros64(stop) >> 3, run, letter &^ (w << 2) & high & run, digit & high & run
}

// wordTail reads on after the ASCII letters and digits p[i:j] of a word
// when a wide rune, an apostrophe or a period follows them, and returns
// the word's end and the classes of its bytes, flags those of p[i:j].
func (tz *tokenizer) wordTail(i, j int, flags uint8) (int, uint8) {
	p, end := tz.p, tz.end
	if p[j] != '.' {
		j = scanWord(p, j, end)
		flags = textFlags(p[i:j])
	}
	// U.S. and U.K.: single letters joined by periods.
	for j+2 <= end && p[j] == '.' && j-i <= 3 && isSingleLetterRun(p[i:j]) && j+1 < end && isLetterASCII(p[j+1]) && (j+2 == end || p[j+2] == '.' || p[j+2] == ' ') {
		flags |= byteClass[p[j+1]]
		j += 2
	}
	return j, flags
}

// scan reads a token that does not start with an ASCII letter: a number,
// a word that starts with a wide letter, or a mark. It returns the
// token's end, kind and the classes of its bytes.
func (tz *tokenizer) scan(i int) (j int, kind tokKind, flags uint8) {
	p, start, end := tz.p, tz.start, tz.end
	r, n := rune(p[i]), 1
	if r >= utf8.RuneSelf {
		r, n = utf8.DecodeRune(p[i:end])
	}
	j = i + n
	// ".08": a decimal without its zero, where no number stands before
	if r == '.' && j < end && p[j] >= '0' && p[j] <= '9' && (i == start || !isLetterOrDigit(rune(p[i-1]))) {
		r = '0'
	}
	switch {
	case r < utf8.RuneSelf && byteClass[r]&bDigit != 0 || r >= utf8.RuneSelf && unicode.IsDigit(r):
		j, kind = scanNumber(p, i, j, start, end)
		return j, kind, textFlags(p[i:j])
	case isLetterOrDigit(r): // a wide letter ("U.S." are ASCII: wordTail)
		j = scanWord(p, j, end)
		return j, tWord, textFlags(p[i:j])
	}
	return j, tPunct, byteClass[p[i]] // one rune: bWide when it is wide
}

// textFlags is the classes of b's bytes: bWide, bDigit, bUpper, ...
func textFlags(b []byte) uint8 {
	var flags uint8
	for _, c := range b {
		flags |= byteClass[c]
	}
	return flags
}

// lowChunk is how many bytes of lower-cased words a tokenizer allocates
// at a time.
const lowChunk = 4 << 10

// lowerASCII returns b, ASCII with capitals, in lower case: written
// after the words lowered before it, in a chunk of its own once the
// current one is full, so that no string written is ever changed.
func (tz *tokenizer) lowerASCII(b []byte) string {
	tz.room(len(b))
	at := tz.low.Len()
	var buf [64]byte
	for len(b) > 0 {
		n := copy(buf[:], b)
		for k := 0; k < n; k += 8 { // the bytes past n are not written
			binary.LittleEndian.PutUint64(buf[k:], lowerEight(binary.LittleEndian.Uint64(buf[k:])))
		}
		tz.low.Write(buf[:n])
		b = b[n:]
	}
	return tz.low.String()[at:]
}

// room makes room for n more bytes of lower-cased words: a new chunk
// when the current one is full, of lowChunk bytes, or a quarter of the
// prose left to read when that is less (a short document's words with
// capitals are about a fifth of its bytes: a whole chunk for each
// document was a tenth of what a check of short documents allocates).
func (tz *tokenizer) room(n int) {
	if tz.low == nil || tz.low.Cap()-tz.low.Len() < n {
		tz.low = new(strings.Builder)
		tz.low.Grow(max(n, min(lowChunk, (tz.end-tz.i)/4)))
	}
}

// lowerKey is lowerASCII of a word of n bytes, eight or fewer, whose
// bytes in lower case are key's.
func (tz *tokenizer) lowerKey(key uint64, n int) string {
	tz.room(n)
	var buf [8]byte
	binary.LittleEndian.PutUint64(buf[:], key)
	at := tz.low.Len()
	tz.low.Write(buf[:n])
	return tz.low.String()[at:]
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
	for j < end {
		if byteClass[p[j]]&(bLetter|bDigit) != 0 {
			j++ // ASCII, most of the prose
			continue
		}
		c, m := utf8.DecodeRune(p[j:end])
		if isLetterOrDigit(c) {
			j += m
			continue
		}
		if c == '\'' || c == '’' {
			if c2, _ := utf8.DecodeRune(p[j+m : end]); j+m < end && unicode.IsLetter(c2) {
				j += m
				continue
			}
		}
		break
	}
	return j
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
			tz := newTokenizer(p, start, end)
			if !sp.split(&tz, yield) {
				return
			}
			start = end
		}
		if len(sp.cur) > 0 {
			yield(sp.sentence())
		}
	}
}

// split reads the tokens of tz, each written where the splitter keeps
// it, and yields each sentence they end; false when yield asks to stop.
func (sp *splitter) split(tz *tokenizer, yield func(sentence) bool) bool {
	for {
		if len(sp.cur) == cap(sp.cur) {
			sp.grow()
		}
		t := &sp.cur[:cap(sp.cur)][len(sp.cur)]
		if !tz.next(t) {
			return true
		}
		// a token that opens a sentence hands over the one before
		if sp.seen > 0 && sp.ends(t) && !yield(sp.sentence()) {
			return false
		}
		if t.kind == tNum {
			sp.noteNumber()
		}
		sp.cur = sp.cur[:len(sp.cur)+1]
		sp.seen++
		sp.afterMark = t.kind == tPunct
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
	// kept are the two tokens read last before cur, copied when the
	// sentence they end is handed over (hold): kept[1] the last
	kept      [2]token
	seen      int  // tokens read so far
	afterMark bool // the token read last is a mark (tPunct)
	// the sentence being read has a number after a number and a mark:
	// after a comma or a point (joins: a number joinSplitThousands may
	// join), after a colon (clocks: a colon clockColons may change)
	joins, clocks bool
}

// noteNumber notes what the number being read (cur's next token) ends:
// a number, a mark and a number, the one shape joinSplitThousands joins
// and clockColons reads. Most sentences have none, and are not read
// again for them.
func (sp *splitter) noteNumber() {
	n := len(sp.cur)
	if n < 2 || sp.cur[n-1].kind != tPunct || sp.cur[n-2].kind != tNum {
		return
	}
	switch sp.cur[n-1].text {
	case ",", ".":
		sp.joins = true
	case ":":
		sp.clocks = true
	}
}

// back returns the token read k tokens before the one being read, for
// k of 1 or 2: in cur, or in kept.
func (sp *splitter) back(k int) *token {
	if k <= len(sp.cur) {
		return &sp.cur[len(sp.cur)-k]
	}
	return &sp.kept[2-k+len(sp.cur)]
}

// hold copies the two tokens read last out of the sentence being handed
// over, which joinSplitThousands may rewrite.
func (sp *splitter) hold() {
	switch n := len(sp.cur); {
	case n >= 2:
		sp.kept[0], sp.kept[1] = sp.cur[n-2], sp.cur[n-1]
	case n == 1:
		sp.kept[0], sp.kept[1] = sp.kept[1], sp.cur[0]
	}
}

// sentence hands over the tokens read since the last sentence, a number
// split at its thousands ("31, 000") joined into one. The token being
// read stays where it is: first of the next sentence.
func (sp *splitter) sentence() sentence {
	sp.hold()
	ts := sp.cur[:len(sp.cur):len(sp.cur)]
	if sp.joins {
		ts = joinSplitThousands(ts) // joins in place
	}
	if sp.clocks { // a number joined keeps its ends: no colon is next to a new number
		clockColons(ts)
	}
	sp.cur = sp.cur[len(sp.cur):] // the next sentence goes on in the same chunk
	sp.joins, sp.clocks = false, false
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
	sp.spare = sp.chunk
	sp.chunk = append(c[:0], sp.cur...)
	sp.cur = sp.chunk
}

// ends reports whether a sentence ends before token t.
func (sp *splitter) ends(t *token) bool {
	// most tokens, told inline: no test of endsAt holds
	return (t.newline || len(sp.cur) >= maxSentence || sp.afterMark) && sp.endsAt(t)
}

// endsAt is ends, the whole test. A mark (tPunct) is one rune: which
// one is told by its text.
func (sp *splitter) endsAt(t *token) bool {
	prev := sp.back(1)
	if len(sp.cur) >= maxSentence { // keeps every per-sentence step linear
		return true
	}
	if t.newline && (!sp.wrapped || blankLineBefore(sp.p, t.start) || (prev.kind == tPunct && (isStop(prev.text) || isCloser(prev.text) && prev.text != ")") && sp.starts(t))) {
		return true
	}
	if prev.kind != tPunct {
		return false // most tokens: every test below needs a stop or a quote before
	}
	before, twoBack := sp.back(2), sp.seen >= 2
	if twoBack && splitDecimal(before, prev, t) {
		return false // "$2. 6 million": a decimal, tokenized
	}
	if isStop(prev.text) && t.space && sp.starts(t) {
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
	return isCloser(prev.text) && twoBack && before.kind == tPunct && isStop(before.text) && t.space && sp.starts(t)
}

// isStop reports whether a mark ends a sentence: ".", "!" or "?".
func isStop(mark string) bool {
	return mark == "." || mark == "!" || mark == "?"
}

// isCloser reports whether a mark may close a sentence after its stop: a
// closing quote or bracket.
func isCloser(mark string) bool {
	switch mark {
	case "\"", "”", "’", ")":
		return true
	}
	return false
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
