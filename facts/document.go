package facts

import (
	"fmt"
	"slices"
	"sort"
	"time"
	"unicode/utf8"
)

// A Document is one source text.
type Document struct {
	Name   string // as the user named it (slash-separated path or "-")
	Date   Date   // publication date; zero when unknown
	Outlet string
	Title  string
	URL    string
	Text   []byte // the original bytes, never modified

	prose []byte // Text with markup blanked out, same length
	// caseless: the text is written without case (isCaseless), read
	// once its prose is final; Recase may recase the prose since
	caseless bool
	lines    []int // byte offset of the start of each line
	// marks are, on lines longer than markEvery, rune boundaries about
	// markEvery bytes apart with the code points before each on its line,
	// so that a column costs at most markEvery bytes of counting
	marks []runeMark
	posts []Post
	// people are the full names of the people Extract found named, with
	// the number of sentences naming each
	people map[string]int
	// eventNames are, for each event the text mentions, the names its
	// clauses give as who it is about
	eventNames map[string]map[string]bool
	// places are what the text says of each place name it names (by
	// the name of the place read), for AlignPlaces
	places map[string]*placeNote
	found  Found // what the last Extract read
	// directives are the inline suppressions
	directives []Directive
}

// A Post is an embedded social-media post inside a document (a quoted tweet
// with its "— Name (@handle) Date" line): a separate voice with its own date.
type Post struct {
	Start, End int    // the post's text
	Handle     string // "@jensstoltenberg"
	Author     string // the name before the handle: "Jens Stoltenberg"
	Date       Date
}

// Posts returns the embedded posts found in the document.
func (d *Document) Posts() []Post { return d.posts }

// Voice returns the handle of the post containing offset off, or "".
func (d *Document) Voice(off int) string {
	for _, p := range d.posts {
		if off >= p.Start && off < p.End {
			return p.Handle
		}
	}
	return ""
}

// People returns the full names of the people the document names, as
// its last Extract found them, with the number of sentences naming each.
func (d *Document) People() map[string]int { return d.people }

// EventNames returns, for each event (its key name: "rehab") the
// document mentions, the names its clauses give as who the mention is
// about, as its last Extract found them; pronouns are not followed.
func (d *Document) EventNames() map[string]map[string]bool { return d.eventNames }

// Found is what the last Extract of a document read, whether it kept
// the claims or not (Options.Keep).
type Found struct {
	Claims int // claims read
	// Voices are the voices that said them, in the order of their first
	// claim: "" for the document's own, "@handle" for an embedded post's.
	Voices []string
}

func (f *Found) add(voice string) {
	f.Claims++
	// the voice of the claim before, mostly: a voice changes only at a post
	if n := len(f.Voices); n > 0 && f.Voices[n-1] == voice || slices.Contains(f.Voices, voice) {
		return
	}
	f.Voices = append(f.Voices, voice)
}

// Found returns what the last Extract of the document read.
func (d *Document) Found() Found { return d.found }

// A Position is a line and column, both 1-based; the column counts code
// points, as SARIF and most editors do.
type Position struct {
	Line, Column int
}

// Position returns the line and column of byte offset off.
func (d *Document) Position(off int) Position {
	if off < 0 {
		off = 0
	}
	if off > len(d.Text) {
		off = len(d.Text)
	}
	i := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	if i < 0 {
		i = 0
	}
	return Position{Line: i + 1, Column: d.runesBefore(d.lines[i], off) + 1}
}

// runesBefore counts the code points of Text[start:off], start being the
// start of off's line: from the last mark of that line at or before off,
// if any.
func (d *Document) runesBefore(start, off int) int {
	n := 0
	if off-start > markEvery {
		j := sort.Search(len(d.marks), func(j int) bool { return d.marks[j].off > off }) - 1
		if j >= 0 && d.marks[j].off >= start {
			start, n = d.marks[j].off, d.marks[j].runes
		}
	}
	return n + utf8.RuneCount(d.Text[start:off])
}

// LineStarts returns the byte offset where each line begins.
func (d *Document) LineStarts() []int { return d.lines }

// A runeMark is a rune boundary of a long line and the code points of
// the line before it.
type runeMark struct{ off, runes int }

// markEvery is the distance in bytes between the marks of a long line.
const markEvery = 4096

func (d *Document) index() {
	d.lines = append(d.lines[:0], 0)
	d.marks = d.marks[:0]
	for i, c := range d.Text {
		if c == '\n' {
			d.markLine(d.lines[len(d.lines)-1], i)
			d.lines = append(d.lines, i+1)
		}
	}
	d.markLine(d.lines[len(d.lines)-1], len(d.Text))
}

// markLine sets the marks of the line Text[start:end] if it is longer
// than markEvery; one pass over the line.
func (d *Document) markLine(start, end int) {
	if end-start <= markEvery {
		return
	}
	runes, next := 0, start+markEvery
	for i := start; i < end; runes++ {
		if i >= next {
			d.marks = append(d.marks, runeMark{i, runes})
			next = i + markEvery
		}
		if d.Text[i] < utf8.RuneSelf {
			i++
			continue
		}
		_, w := utf8.DecodeRune(d.Text[i:end])
		i += w
	}
}

// A Span is a half-open byte range of a document's text.
type Span struct {
	Doc        *Document
	Start, End int
}

// Text returns the bytes of the span.
func (s Span) Text() string { return string(s.Doc.Text[s.Start:s.End]) }

// Position returns where the span starts.
func (s Span) Position() Position { return s.Doc.Position(s.Start) }

// String renders the span as file:line:col.
func (s Span) String() string {
	p := s.Position()
	return fmt.Sprintf("%s:%d:%d", s.Doc.Name, p.Line, p.Column)
}

// A Date is a calendar date; any part may be zero (unknown).
type Date struct {
	Year  int
	Month int
	Day   int
}

// IsZero reports whether nothing of the date is known.
func (d Date) IsZero() bool { return d == Date{} }

// Full reports whether year, month and day are all known.
func (d Date) Full() bool { return d.Year != 0 && d.Month != 0 && d.Day != 0 }

// Time returns the date at midnight UTC; only meaningful when Full.
func (d Date) Time() time.Time {
	return time.Date(d.Year, time.Month(d.Month), d.Day, 0, 0, 0, 0, time.UTC)
}

func dateOf(t time.Time) Date { return Date{t.Year(), int(t.Month()), t.Day()} }

// ParseDate parses an ISO date (2023-04-20).
func ParseDate(s string) (Date, error) {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		return Date{}, fmt.Errorf("invalid date %q: want YYYY-MM-DD", s)
	}
	return dateOf(t), nil
}

func (d Date) String() string {
	if d.Full() {
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return fmt.Sprintf("%04d-%02d-%02d(partial)", d.Year, d.Month, d.Day)
}
