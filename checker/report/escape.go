package report

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// Visible returns s with every character that could steer a terminal or
// a CI log shown as a visible escape instead: C0 controls and DEL as
// \x1b (\t, \n, \r as such), C1 controls and the invisible direction and
// line-breaking characters (U+200E, U+200F, U+2028, U+2029, U+202A-U+202E,
// U+2066-U+2069) as \u0085, and bytes that are not UTF-8 as \xff. Text
// without them is returned as is. Every format passes article text and
// file names through it (JSON and SARIF through jsonSafe), so that one
// finding stays on one line and nothing in an article sets a terminal's
// title or writes a workflow command.
func Visible(s string) string {
	i := 0
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if hidden(r, n) {
			break
		}
		i += n
	}
	if i == len(s) {
		return s
	}
	var b strings.Builder
	b.WriteString(s[:i])
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			fmt.Fprintf(&b, `\x%02x`, s[i])
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\r':
			b.WriteString(`\r`)
		case r < 0x20 || r == 0x7f:
			fmt.Fprintf(&b, `\x%02x`, r)
		case hidden(r, n):
			fmt.Fprintf(&b, `\u%04x`, r)
		default:
			b.WriteString(s[i : i+n])
		}
		i += n
	}
	return b.String()
}

// hidden reports whether a decoded rune (of n bytes) must be escaped.
func hidden(r rune, n int) bool {
	switch {
	case r == utf8.RuneError && n <= 1:
		return true
	case r < 0x20, r >= 0x7f && r <= 0x9f:
		return true
	case r == 0x200e, r == 0x200f, r == 0x2028, r == 0x2029:
		return true
	case r >= 0x202a && r <= 0x202e, r >= 0x2066 && r <= 0x2069:
		return true
	}
	return false
}

// writeJSON writes v as indented JSON, through jsonSafe.
func writeJSON(w io.Writer, v any) error {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return err
	}
	return jsonSafe(w, b.Bytes())
}

// jsonSafe writes JSON that encoding/json produced with the characters
// it leaves raw (DEL, C1 controls, direction marks) as \u escapes: the
// same JSON value, but nothing in it steers a terminal that shows it.
// encoding/json already escapes C0 controls, U+2028 and U+2029, and
// replaces invalid UTF-8 with U+FFFD.
func jsonSafe(w io.Writer, data []byte) error {
	var b bytes.Buffer
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		if r >= 0x7f && r != utf8.RuneError && hidden(r, n) {
			fmt.Fprintf(&b, `\u%04x`, r)
		} else {
			b.Write(data[i : i+n])
		}
		i += n
	}
	_, err := w.Write(b.Bytes())
	return err
}
