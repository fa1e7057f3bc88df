package facts

import (
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// StatedWeekday returns the day name a text writes with a date claim: the
// first word of the claim's own words ("Tue May 9, 2023", where the
// recognizer keeps the date and computes its weekday) or the word just
// before them, separated by a space or a comma ("Thursday, April 21, 2023",
// two claims). wd is "Mon" ... "Sun"; at is the day name's words.
func StatedWeekday(c Claim) (wd string, at Span, ok bool) {
	text := c.Span.Doc.Text
	// The claim's first word.
	end := c.Span.Start
	for end < c.Span.End {
		r, n := utf8.DecodeRune(text[end:])
		if !unicode.IsLetter(r) {
			break
		}
		end += n
	}
	if wd, ok := weekdayName(string(text[c.Span.Start:end]), true); ok && end < c.Span.End {
		return wd, Span{Doc: c.Span.Doc, Start: c.Span.Start, End: end}, true
	}
	// The word before, across spaces and at most one comma.
	i, commas := c.Span.Start, 0
	for i > c.Sentence.Start {
		r, n := utf8.DecodeLastRune(text[:i])
		if r == ',' && commas == 0 {
			commas++
		} else if r != ' ' && r != '\u00a0' {
			break
		}
		i -= n
	}
	start := i
	for start > c.Sentence.Start {
		r, n := utf8.DecodeLastRune(text[:start])
		if !unicode.IsLetter(r) {
			break
		}
		start -= n
	}
	if start == i || start == c.Span.Start {
		return "", Span{}, false
	}
	if wd, ok := weekdayName(string(text[start:i]), false); ok {
		return wd, Span{Doc: c.Span.Doc, Start: start, End: i}, true
	}
	return "", Span{}, false
}

// weekdayName reads a day name in full, in any case ("Thursday",
// "THURSDAY"), or, when abbrev is set, as a capitalized abbreviation of
// three to five letters ("Thu", "Thurs"): only where the recognizer read it
// as part of a date, for "Sun" and "Sat" are words of their own.
func weekdayName(w string, abbrev bool) (string, bool) {
	for d := time.Sunday; d <= time.Saturday; d++ {
		full := d.String()
		if strings.EqualFold(w, full) || abbrev && len(w) >= 3 && len(w) <= 5 && strings.HasPrefix(full, w) {
			return full[:3], true
		}
	}
	return "", false
}

// WritesYear reports whether a date claim's own words write the year it
// holds ("April 21, 2023"), rather than a year inferred from the
// publication date ("April 21").
func WritesYear(c Claim) bool {
	v, ok := c.Value.(DateValue)
	if !ok || v.Year == 0 {
		return false
	}
	y := strconv.Itoa(v.Year)
	text := string(c.Span.Doc.Text[c.Span.Start:c.Span.End])
	for i := strings.Index(text, y); i >= 0; {
		if (i == 0 || !isDigit(text[i-1])) && (i+len(y) == len(text) || !isDigit(text[i+len(y)])) {
			return true
		}
		j := strings.Index(text[i+1:], y)
		if j < 0 {
			break
		}
		i += 1 + j
	}
	return false
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }
