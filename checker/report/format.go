package report

import (
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

// Options configure the printers.
type Options struct {
	Color       bool // text: ANSI colour, for terminals only
	MaxPerGroup int  // text: claims shown per value; 0 shows all
	Tool        Tool
	Rules       *rules.Set // rule docs for SARIF; may be nil
}

// Tool describes factlint to formats that name their producer.
type Tool struct {
	Name    string
	Version string
	URI     string
}

// Formats lists the report formats, each a pure function of the report.
var Formats = map[string]func(io.Writer, *checker.Report, Options) error{
	"text": func(w io.Writer, r *checker.Report, o Options) error {
		return Text(w, r, TextOptions{Color: o.Color, MaxPerGroup: o.MaxPerGroup})
	},
	"json":     func(w io.Writer, r *checker.Report, _ Options) error { return JSON(w, r) },
	"sarif":    SARIF,
	"github":   GitHub,
	"junit":    JUnit,
	"markdown": Markdown,
	"line":     Line,
	"html":     HTML, // html.go
}

// FormatNames returns the format names, sorted.
func FormatNames() []string {
	var names []string
	for n := range Formats {
		names = append(names, n)
	}
	sort.Strings(names)
	return names
}

// Write prints r in the named format.
func Write(w io.Writer, format string, r *checker.Report, o Options) error {
	f, ok := Formats[format]
	if !ok {
		return fmt.Errorf("unknown format %q (want %s)", format, strings.Join(FormatNames(), ", "))
	}
	return f(w, r, o)
}

// Line writes one line per conflict, file:line:col: severity: message
// [key], for editors and grep.
func Line(w io.Writer, r *checker.Report, _ Options) error {
	for _, c := range r.Conflicts {
		if _, err := fmt.Fprintf(w, "%s: %s: %s [%s]\n", Visible(c.Primary().Span.String()), c.Severity,
			Visible(oneLine(c.Message)), Visible(c.Key)); err != nil {
			return err
		}
	}
	return nil
}

// GitHub writes workflow commands that annotate the primary claim of each
// conflict in a GitHub Actions run.
func GitHub(w io.Writer, r *checker.Report, _ Options) error {
	for _, c := range r.Conflicts {
		cmd := map[checker.Severity]string{checker.Error: "error", checker.Warning: "warning"}[c.Severity]
		if cmd == "" {
			cmd = "notice"
		}
		p := c.Primary()
		start, end := p.Span.Position(), p.Span.Doc.Position(p.Span.End)
		// Each line escaped, then joined: the only line breaks are ours,
		// and ghData encodes them.
		msg := Visible(c.Message)
		for _, side := range c.Sides {
			for _, g := range side {
				for _, cl := range g.Claims {
					msg += "\n" + Visible(cl.Span.String()+": "+g.Value+" (\""+cl.Text()+"\")")
				}
			}
		}
		if c.Explanation != "" {
			msg += "\n" + Visible(c.Explanation)
		}
		_, err := fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n", cmd,
			ghProperty(Visible(p.Span.Doc.Name)), start.Line, start.Column, end.Line, end.Column,
			ghProperty(Visible("factlint "+c.Key)), ghData(msg))
		if err != nil {
			return err
		}
	}
	return nil
}

func ghData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

func ghProperty(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
}

// item is one claim of a conflict's evidence.
type item struct {
	claim   facts.Claim
	value   string
	dissent bool
}

// evidenceOf lists a conflict's claims, the dissent first.
func evidenceOf(c checker.Conflict) []item {
	var out []item
	for _, s := range []int{1, 0} {
		for _, g := range c.Sides[s] {
			for _, cl := range g.Claims {
				out = append(out, item{cl, g.Value, s == 1})
			}
		}
	}
	return out
}

// where is a claim's position and, for a post embedded in a document,
// its voice: "003_….txt:18:17 @jensstoltenberg".
func where(c facts.Claim) string {
	s := c.Span.String()
	if c.Voice != "" {
		s += " " + c.Voice
	}
	return s
}
