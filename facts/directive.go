package facts

import (
	"bytes"
	"regexp"
	"strings"
	"sync"
)

// A Directive is an inline suppression in a document:
//
//	<!-- factlint:ignore KEY reason -->       the next paragraph
//	<!-- factlint:ignore-file KEY reason -->  the whole document
//
// KEY is a key ("summit.date") or a prefix of whole segments ("summit").
type Directive struct {
	Key    string
	Reason string // required; a directive without one is reported, not applied
	Span   Span   // the comment
	Scope  Span   // what it covers
}

// Covers reports whether the directive silences a claim of key at span s.
func (d Directive) Covers(key string, s Span) bool {
	return s.Doc == d.Scope.Doc && s.Start >= d.Scope.Start && s.Start < d.Scope.End &&
		(key == d.Key || strings.HasPrefix(key, d.Key+"."))
}

// Directives returns the document's inline suppressions.
func (d *Document) Directives() []Directive { return d.directives }

// directiveRE is compiled at its first use: most documents have no
// directive, and a check of one small file should not pay for it.
var directiveRE = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`<!--\s*factlint:(ignore|ignore-file)(?:[ \t]+([^\s>]+))?([^>]*?)\s*-->`)
})

// findDirectives records the directives and blanks them from the prose.
func (d *Document) findDirectives() {
	if !bytes.Contains(d.Text, []byte("factlint:")) {
		return // no directive without its name
	}
	for _, m := range directiveRE().FindAllSubmatchIndex(d.Text, -1) {
		dir := Directive{Span: Span{Doc: d, Start: m[0], End: m[1]}}
		if m[4] >= 0 {
			dir.Key = string(d.Text[m[4]:m[5]])
		}
		dir.Reason = strings.TrimSpace(string(d.Text[m[6]:m[7]]))
		if string(d.Text[m[2]:m[3]]) == "ignore-file" {
			dir.Scope = Span{Doc: d, Start: 0, End: len(d.Text)}
		} else {
			dir.Scope = Span{Doc: d, Start: m[0], End: paragraphEnd(d.Text, m[1])}
		}
		blank(d.writableProse(), m[0], m[1])
		d.directives = append(d.directives, dir)
	}
}

// paragraphEnd is the end of the paragraph that follows off: the first
// blank line after some text, or the end.
func paragraphEnd(t []byte, off int) int {
	seen := false
	for off < len(t) {
		nl := bytes.IndexByte(t[off:], '\n')
		end := len(t)
		if nl >= 0 {
			end = off + nl
		}
		if len(bytes.TrimSpace(t[off:end])) == 0 {
			if seen {
				return off
			}
		} else {
			seen = true
		}
		if nl < 0 {
			break
		}
		off = end + 1
	}
	return len(t)
}
