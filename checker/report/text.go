package report

import (
	"fmt"
	"io"
	"strings"
	"unicode"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

// TextOptions configure the text report.
type TextOptions struct {
	Color bool // ANSI colour, for terminals only
	// MaxPerGroup caps the claims shown for one value; 0 shows all.
	MaxPerGroup int
}

const (
	bold   = "\x1b[1m"
	red    = "\x1b[31m"
	yellow = "\x1b[33m"
	cyan   = "\x1b[36m"
	dim    = "\x1b[2m"
	reset  = "\x1b[0m"
)

// Text writes a report a person reads in ten seconds: each conflict as
// file:line:col: severity: message, then each side's quotes with the claim
// marked, then why. It writes nothing when there is no conflict.
func Text(w io.Writer, r *checker.Report, opt TextOptions) error {
	p := &printer{w: w, color: opt.Color}
	for i, c := range r.Conflicts {
		if i > 0 {
			p.printf("\n")
		}
		pr := c.Primary()
		p.printf("%s: %s: %s\n", p.paint(bold, pr.Span.String()), p.severity(c.Severity), c.Message)
		if c.Rule == checker.RuleDirective {
			continue // the header says it all
		}
		if c.About != "" {
			about := "both about: "
			if c.Rule == checker.RuleUnsupported {
				about = "about: "
			}
			p.printf("  %s\n", p.paint(dim, about+c.About))
		}
		for s, side := range c.Sides {
			for _, g := range side {
				claims := g.Claims
				more := 0
				if opt.MaxPerGroup > 0 && len(claims) > opt.MaxPerGroup {
					more, claims = len(claims)-opt.MaxPerGroup, claims[:opt.MaxPerGroup]
				}
				mark := "  "
				if s == 1 {
					mark = "> "
				}
				for _, cl := range claims {
					p.printf("  %s%s  %s\n", mark, p.paint(cyan, g.Value), where(cl))
					p.printf("      %s\n", p.quote(cl))
				}
				if more > 0 {
					p.printf("      %s\n", p.paint(dim, fmt.Sprintf("and %d more saying %s", more, g.Value)))
				}
			}
		}
		if c.Explanation != "" {
			p.printf("  = %s\n", c.Explanation)
		}
	}
	if n := len(r.Conflicts); n > 0 {
		p.printf("\n%s in %s (%s, %s)\n", counts(r), plural(r.Documents, "document"), plural(r.Sources, "source"), plural(r.Claims, "claim"))
	}
	return p.err
}

func counts(r *checker.Report) string {
	n := map[checker.Severity]int{}
	for _, c := range r.Conflicts {
		n[c.Severity]++
	}
	var parts []string
	for _, s := range []checker.Severity{checker.Error, checker.Warning, checker.Info} {
		if n[s] > 0 {
			name := s.String()
			if n[s] > 1 {
				name += "s"
			}
			parts = append(parts, fmt.Sprintf("%d %s", n[s], name))
		}
	}
	return strings.Join(parts, ", ")
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return fmt.Sprintf("%d %ss", n, noun)
}

type printer struct {
	w     io.Writer
	color bool
	err   error
}

// painted is text already made safe to print: escaped, with the
// printer's own colour codes.
type painted string

// printf prints its string arguments through Visible; painted ones as
// they are.
func (p *printer) printf(format string, args ...any) {
	for i, a := range args {
		if s, ok := a.(string); ok {
			args[i] = Visible(s)
		}
	}
	if p.err == nil {
		_, p.err = fmt.Fprintf(p.w, format, args...)
	}
}

func (p *printer) paint(code, s string) painted {
	if !p.color {
		return painted(Visible(s))
	}
	return painted(code + Visible(s) + reset)
}

func (p *printer) severity(s checker.Severity) painted {
	switch s {
	case checker.Error:
		return p.paint(bold+red, s.String())
	case checker.Warning:
		return p.paint(bold+yellow, s.String())
	}
	return painted(s.String())
}

// quote is the claim's sentence on one line, at most about 120 runes
// around the claim, the claim's words marked.
func (p *printer) quote(c facts.Claim) painted {
	text := c.Sentence.Doc.Text
	before := oneLine(string(text[c.Sentence.Start:c.Span.Start]))
	words := oneLine(string(text[c.Span.Start:c.Span.End]))
	after := oneLine(string(text[c.Span.End:c.Sentence.End]))
	before, after = clip(before, 60, true), clip(after, 60, false)
	open, close := "[", "]"
	if p.color {
		open, close = bold+"\x1b[4m", reset
	}
	return painted(Visible(before) + open + Visible(words) + close + Visible(after))
}

func oneLine(s string) string {
	var b strings.Builder
	space := false
	if r := []rune(s); len(r) > 0 && unicode.IsSpace(r[0]) {
		b.WriteByte(' ')
	}
	for _, r := range s {
		if unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 && !strings.HasSuffix(b.String(), " ") {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	if space && b.Len() > 0 {
		b.WriteByte(' ')
	}
	return b.String()
}

// clip shortens s to about n runes, cutting at a space, keeping its end
// (left side) or its start.
func clip(s string, n int, left bool) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	if left {
		r = r[len(r)-n:]
		if i := indexRune(r, ' '); i >= 0 && i < n/2 {
			r = r[i:]
		}
		return "…" + string(r)
	}
	r = r[:n]
	if i := lastIndexRune(r, ' '); i > n/2 {
		r = r[:i]
	}
	return string(r) + "…"
}

func indexRune(r []rune, c rune) int {
	for i, x := range r {
		if x == c {
			return i
		}
	}
	return -1
}

func lastIndexRune(r []rune, c rune) int {
	for i := len(r) - 1; i >= 0; i-- {
		if r[i] == c {
			return i
		}
	}
	return -1
}
