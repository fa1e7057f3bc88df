package facts

import (
	"unicode"
	"unicode/utf8"
)

// A Casing is how a set of documents writes its words: for each word, as
// folded to lower case, the one capitalized form it takes ("Thailand",
// "UK", "McCoy") when the documents never write it in lower case inside a
// sentence. A word the documents also write in lower case ("may" beside
// "May", "us" beside "US") has no form: its case says something, and a
// text without case cannot tell which is meant.
type Casing struct {
	forms map[string]string // lower case -> the capitalized form; "" when ambiguous
}

// LearnCasing reads how docs write their words. Words that open a
// sentence say nothing about their case and are skipped.
func LearnCasing(docs []*Document) *Casing {
	c := &Casing{forms: map[string]string{}}
	for _, d := range docs {
		eachWord(d.prose, func(w []byte, opening bool) {
			if !opening {
				c.learn(string(w))
			}
		})
	}
	return c
}

func (c *Casing) learn(w string) {
	lower := foldWord(w)
	if w == lower { // written in lower case: the word has no one form
		c.forms[lower] = ""
		return
	}
	if _, seen := c.forms[lower]; !seen { // of two capitalized forms, the first
		c.forms[lower] = w
	}
}

// Caseless reports whether the document is written without case, as some
// summarizers write: Recase would recase it.
func (d *Document) Caseless() bool { return isCaseless(d.prose) }

// Recase writes a document that has no case (isCaseless: "police
// arrested two men in thailand on friday .", as some summarizers write)
// as the casing's documents would: each word the casing knows in its form
// ("Thailand", "Friday"); the sentences stay those of a text without case
// (any word after a full stop starts one), and a sentence's first word is
// left in lower case, as the casing cannot tell a name ("Man, 44, ...")
// from a common word there. Only the prose the extractors read changes, in place and
// byte for byte (a form of another length is left out), so claims keep
// their spans and show the document's own words. It reports whether the
// document was recased; a document with case is left as it is.
func (d *Document) Recase(c *Casing) bool {
	if c == nil || !isCaseless(d.prose) {
		return false
	}
	eachWord(d.writableProse(), func(w []byte, _ bool) {
		if form := c.forms[string(w)]; form != "" && len(form) == len(w) {
			copy(w, form)
		}
	})
	d.recased = true
	return true
}

// eachWord calls f with each word of p (a run of letters, digits and
// apostrophes inside letters) and whether it opens a sentence: the first
// word of the text, of a paragraph (after a blank line, or after any line
// break in a text written a paragraph per line), or after . ! or ? and a
// space.
func eachWord(p []byte, f func(w []byte, opening bool)) {
	wrapped := isHardWrapped(p)
	opening := true
	for i := 0; i < len(p); {
		r, n := utf8.DecodeRune(p[i:])
		switch {
		case isLetterOrDigit(r):
			end := wordEnd(p, i)
			f(p[i:end:end], opening && unicode.IsLetter(r))
			opening = false
			i = end
			continue
		case r == '.' || r == '!' || r == '?':
			opening = i+n == len(p) || p[i+n] == ' ' || p[i+n] == '\n' || p[i+n] == '\t'
		case r == '\n':
			opening = opening || !wrapped || i+n < len(p) && p[i+n] == '\n'
		}
		i += n
	}
}

// wordEnd returns the end of the word starting at i: letters and digits,
// and an apostrophe between letters ("o'neill" is one word).
func wordEnd(p []byte, i int) int {
	for i < len(p) {
		r, n := utf8.DecodeRune(p[i:])
		if isLetterOrDigit(r) {
			i += n
			continue
		}
		if r == '\'' && i+1 < len(p) {
			if next, _ := utf8.DecodeRune(p[i+1:]); unicode.IsLetter(next) {
				i += n
				continue
			}
		}
		break
	}
	return i
}

// foldWord returns w in lower case; a word whose lower case has another
// length is returned as it is (Recase could not write it in place).
func foldWord(w string) string {
	ascii := true
	for i := 0; i < len(w); i++ {
		if w[i] >= utf8.RuneSelf {
			ascii = false
			break
		}
	}
	if ascii {
		b := []byte(w)
		for i, ch := range b {
			if 'A' <= ch && ch <= 'Z' {
				b[i] = ch + 'a' - 'A'
			}
		}
		return string(b)
	}
	var b []byte
	for _, r := range w {
		b = utf8.AppendRune(b, unicode.ToLower(r))
	}
	if len(b) != len(w) {
		return w
	}
	return string(b)
}
