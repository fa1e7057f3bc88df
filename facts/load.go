package facts

import (
	"bytes"
	"errors"
	"fmt"
	"path"
	"regexp"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/text"
	"go.yaml.in/yaml/v3"
)

// MaxSize is the largest document Load accepts, in bytes.
const MaxSize = 8 << 20

// An InputError is a problem with one input file. Line is 0 when the
// problem is not on a particular line.
type InputError struct {
	File string
	Line int
	Err  error
}

func (e *InputError) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.File, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.File, e.Err)
}

func (e *InputError) Unwrap() error { return e.Err }

// Meta is what is known of a document from outside its text (a sources
// manifest or a flag). Fields left zero are filled from the front matter.
type Meta struct {
	Date   Date
	Outlet string
	// Override makes Date win over the front matter (the --date flag).
	Override bool
}

// Load reads one document. name is used in messages and spans. Files whose
// name ends in .md or .markdown are read as Markdown: YAML front matter
// gives date, source, url and title, and only prose is searched for claims
// (code, HTML and link targets are blanked, offsets kept).
func Load(name string, data []byte, meta Meta) (*Document, error) {
	fail := func(line int, format string, args ...any) error {
		return &InputError{File: name, Line: line, Err: fmt.Errorf(format, args...)}
	}
	switch {
	case len(data) > MaxSize:
		return nil, fail(0, "file too large (%d bytes, limit %d)", len(data), MaxSize)
	case len(bytes.TrimSpace(data)) == 0:
		return nil, fail(0, "empty file")
	case bytes.IndexByte(data, 0) >= 0:
		return nil, fail(lineOf(data, bytes.IndexByte(data, 0)), "binary file (NUL byte)")
	case !utf8.Valid(data):
		return nil, fail(lineOf(data, firstInvalid(data)), "invalid UTF-8")
	}
	d := &Document{Name: name, Text: data, Outlet: meta.Outlet, Date: meta.Date}
	d.index()
	// prose is the text itself until something in it is blanked: a plain
	// text holds one copy of its bytes, not two
	d.prose = data
	if bytes.IndexByte(data, '\r') >= 0 {
		for i, c := range d.writableProse() { // CRLF: the CR is not text
			if c == '\r' {
				d.prose[i] = ' '
			}
		}
	}
	end, err := d.frontMatter(meta)
	if err != nil {
		return nil, err
	}
	if end > 0 {
		blank(d.writableProse(), 0, end)
	}
	if d.Date.IsZero() {
		d.Date = dateline(d.prose)
	}
	d.findDirectives()
	if ext := strings.ToLower(path.Ext(name)); ext == ".md" || ext == ".markdown" {
		maskMarkdown(d.writableProse(), end)
	}
	d.findPosts()
	d.caseless = isCaseless(d.prose)
	return d, nil
}

// writableProse returns the document's prose as its own copy, made on
// the first change: Text is never modified.
func (d *Document) writableProse() []byte {
	if len(d.prose) > 0 && &d.prose[0] == &d.Text[0] {
		d.prose = bytes.Clone(d.Text)
	}
	return d.prose
}

func lineOf(b []byte, off int) int { return bytes.Count(b[:off], []byte("\n")) + 1 }

func firstInvalid(b []byte) int {
	for i := 0; i < len(b); {
		r, n := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && n <= 1 {
			return i
		}
		i += n
	}
	return 0
}

// blank replaces b[start:end] with spaces, keeping newlines, so that
// offsets and line numbers stay those of the original.
func blank(b []byte, start, end int) {
	for i := start; i < end; i++ {
		if b[i] != '\n' {
			b[i] = ' '
		}
	}
}

// yaml.v3 reports lines relative to the front matter, in its messages.
var (
	yamlLine      = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)
	yamlTypeError = regexp.MustCompile(`^line (\d+): (.*)$`)
)

// frontMatter parses a leading "---" YAML block and returns where it ends.
func (d *Document) frontMatter(meta Meta) (int, error) {
	t := d.Text
	if !bytes.HasPrefix(t, []byte("---\n")) && !bytes.HasPrefix(t, []byte("---\r\n")) {
		return 0, nil
	}
	start := bytes.IndexByte(t, '\n') + 1
	end, next := -1, 0
	for i := start; i < len(t); {
		j := bytes.IndexByte(t[i:], '\n')
		line := t[i:]
		if j >= 0 {
			line = t[i : i+j]
		}
		if s := string(bytes.TrimRight(line, "\r \t")); s == "---" || s == "..." {
			end, next = i, i+len(line)
			if j >= 0 {
				next++
			}
			break
		}
		if j < 0 {
			break
		}
		i += j + 1
	}
	if end < 0 {
		return 0, &InputError{File: d.Name, Line: 1, Err: errors.New("front matter is not closed by a --- line")}
	}
	var fm struct {
		Date   yaml.Node `yaml:"date"`
		Source string    `yaml:"source"`
		Outlet string    `yaml:"outlet"`
		URL    string    `yaml:"url"`
		Title  string    `yaml:"title"`
	}
	if err := yaml.Unmarshal(t[start:end], &fm); err != nil {
		msg, line := err.Error(), 1
		if m := yamlLine.FindStringSubmatch(msg); m != nil {
			n, _ := strconv.Atoi(m[1])
			line, msg = n+1, m[2]
		} else if te := (*yaml.TypeError)(nil); errors.As(err, &te) && len(te.Errors) > 0 {
			msg = te.Errors[0]
			if m := yamlTypeError.FindStringSubmatch(msg); m != nil {
				n, _ := strconv.Atoi(m[1])
				line, msg = n+1, m[2]
			}
		}
		return 0, &InputError{File: d.Name, Line: line, Err: fmt.Errorf("front matter: %s", msg)}
	}
	if fm.Date.Value != "" && !(meta.Override && !meta.Date.IsZero()) {
		s := fm.Date.Value
		if len(s) > 10 {
			s = s[:10] // a timestamp: keep the day
		}
		dt, err := ParseDate(s)
		if err != nil {
			return 0, &InputError{File: d.Name, Line: fm.Date.Line + 1, Err: fmt.Errorf("front matter: %w", err)}
		}
		d.Date = dt
	}
	if fm.Source == "" {
		fm.Source = fm.Outlet
	}
	if fm.Source != "" {
		d.Outlet = fm.Source
	}
	d.URL, d.Title = fm.URL, fm.Title
	return next, nil
}

var datelineRE = regexp.MustCompile(`(?m)^\s*[A-Z][A-Z .'’-]{1,40},\s+([A-Z][a-z]{2,8}\.?\s+\d{1,2},\s*\d{4})\s*(?:\([^)\n]{1,40}\))?\s*[-—–]`)

// dateline finds a wire dateline with a year in the first lines ("KYIV,
// April 20, 2023 (Reuters) -") and returns its date, the publication date.
func dateline(prose []byte) Date {
	head := prose
	if len(head) > 2048 {
		head = head[:2048]
	}
	if !mayHoldDateline(head) {
		return Date{}
	}
	m := datelineRE.FindSubmatch(head)
	if m == nil {
		return Date{}
	}
	s := strings.Join(strings.Fields(strings.ReplaceAll(string(m[1]), ".", "")), " ")
	for _, layout := range []string{"January 2, 2006", "Jan 2, 2006", "January 2,2006", "Jan 2,2006"} {
		if t, err := time.Parse(layout, s); err == nil {
			return dateOf(t)
		}
	}
	return Date{}
}

// mayHoldDateline reports whether b holds what every dateline's date
// does, "D," or "DD," then perhaps white space and four digits ("20,
// 2023"): most articles have none in their first lines, and the regexp,
// linear but slow per byte, was a fifth of a small file's extraction.
func mayHoldDateline(b []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(b[i:], ',')
		if k < 0 {
			return false
		}
		i += k
		if i == 0 || b[i-1] < '0' || b[i-1] > '9' {
			continue
		}
		j := i + 1
		for j < len(b) && (b[j] == ' ' || b[j] == '\t' || b[j] == '\n' || b[j] == '\f' || b[j] == '\r') { // the regexp's \s
			j++
		}
		if j+4 <= len(b) && isDigits(b[j:j+4]) {
			return true
		}
	}
}

// isDigits reports whether b is all ASCII digits.
func isDigits(b []byte) bool {
	for _, c := range b {
		if c < '0' || c > '9' {
			return false
		}
	}
	return true
}

// MaxNesting caps the Markdown read: a line whose indentation and
// container markers (list items, block quotes) take more than MaxNesting
// columns is not read. Parsing deeper nesting costs time quadratic in the
// depth (2,500 levels of list took 36 s), and no prose is nested so deep.
const MaxNesting = 128

// maskMarkdown blanks everything in b[from:] that is not prose text.
func maskMarkdown(b []byte, from int) {
	src := capNesting(b) // goldmark reads the already front-matter-blanked bytes
	keep := make([]bool, len(b))
	doc := goldmark.New().Parser().Parse(text.NewReader(src))
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.CodeBlock, *ast.FencedCodeBlock, *ast.HTMLBlock, *ast.CodeSpan, *ast.RawHTML:
			return ast.WalkSkipChildren, nil
		case *ast.Text:
			for i := n.Segment.Start; i < n.Segment.Stop && i < len(keep); i++ {
				keep[i] = true
			}
		}
		return ast.WalkContinue, nil
	})
	for i := from; i < len(b); i++ {
		if !keep[i] && b[i] != '\n' {
			b[i] = ' '
		}
	}
}

// capNesting returns b with every line nested deeper than MaxNesting
// columns blanked, or b itself when none is.
func capNesting(b []byte) []byte {
	out := b
	for start := 0; start < len(b); {
		end := bytes.IndexByte(b[start:], '\n')
		if end < 0 {
			end = len(b)
		} else {
			end += start
		}
		if nesting(b[start:end]) > MaxNesting {
			if &out[0] == &b[0] {
				out = bytes.Clone(b)
			}
			blank(out, start, end)
		}
		start = end + 1
	}
	return out
}

// nesting is the width in columns of a line's indentation and container
// markers: spaces, tabs (to the next multiple of 4), '>', and list markers
// ("-", "*", "+", "1.", "1)") followed by a space. It stops counting past
// MaxNesting.
func nesting(line []byte) int {
	col := 0
	for i := 0; i < len(line) && col <= MaxNesting; i++ {
		switch c := line[i]; {
		case c == ' ', c == '>':
			col++
		case c == '\t':
			col += 4 - col%4
		case (c == '-' || c == '*' || c == '+') && i+1 < len(line) && line[i+1] == ' ':
			col++
		case c >= '0' && c <= '9':
			j := i
			for j < len(line) && j-i < 9 && line[j] >= '0' && line[j] <= '9' {
				j++
			}
			if j+1 < len(line) && (line[j] == '.' || line[j] == ')') && line[j+1] == ' ' {
				col += j + 1 - i
				i = j
				continue
			}
			return col
		default:
			return col
		}
	}
	return col
}

// postLine is compiled at its first use: most documents embed no post.
var postLine = sync.OnceValue(func() *regexp.Regexp {
	return regexp.MustCompile(`^\s*[—–-]{1,2}\s*([^(\n]*)\((@\w{1,30})\)\s*([A-Z][a-z]+ \d{1,2}, \d{4})?\s*$`)
})

// findPosts finds embedded posts: a line "— Name (@handle) Month D, YYYY"
// closes a post whose text is the line before it.
func (d *Document) findPosts() {
	ls := d.lines
	for i := 1; i < len(ls); i++ {
		end := len(d.Text)
		if i+1 < len(ls) {
			end = ls[i+1]
		}
		line := d.prose[ls[i]:end]
		if !bytes.Contains(line, []byte("(@")) {
			continue // cheap: the regexp is linear but slow per byte
		}
		m := postLine().FindSubmatch(line)
		if m == nil {
			continue
		}
		j := i - 1
		for j > 0 && len(bytes.TrimSpace(d.prose[ls[j]:ls[j+1]])) == 0 {
			j--
		}
		p := Post{Start: ls[j], End: ls[i], Handle: string(m[2]), Author: string(bytes.TrimSpace(m[1]))}
		if t, err := time.Parse("January 2, 2006", string(m[3])); err == nil {
			p.Date = dateOf(t)
		}
		d.posts = append(d.posts, p)
	}
}
