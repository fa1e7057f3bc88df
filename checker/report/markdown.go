package report

import (
	"fmt"
	"io"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

// Markdown writes a report for a pull-request comment: a heading with the
// counts, then per conflict its message and a table of source, value and
// quote. It writes a single line when there is nothing to report.
func Markdown(w io.Writer, r *checker.Report, _ Options) error {
	var b strings.Builder
	if len(r.Conflicts) == 0 {
		fmt.Fprintf(&b, "**factlint**: no conflicts in %s.\n", plural(r.Documents, "document"))
		_, err := io.WriteString(w, b.String())
		return err
	}
	fmt.Fprintf(&b, "## factlint: %s in %s\n", counts(r), plural(r.Documents, "document"))
	for _, c := range r.Conflicts {
		fmt.Fprintf(&b, "\n### %s `%s`\n\n%s\n\n", c.Severity, strings.ReplaceAll(Visible(c.Key), "`", "'"), mdEscape(c.Message))
		b.WriteString("| | source | value | quote |\n|---|---|---|---|\n")
		for _, it := range evidenceOf(c) {
			mark := ""
			if it.dissent {
				mark = "✗"
			}
			src := "`" + strings.ReplaceAll(it.claim.Span.String(), "`", "'") + "`"
			if it.claim.Voice != "" {
				src += " " + it.claim.Voice
			}
			fmt.Fprintf(&b, "| %s | %s | %s | %s |\n", mark, mdCell(src), mdCell(it.value), mdQuote(it.claim))
		}
		if c.Explanation != "" {
			fmt.Fprintf(&b, "\n> %s\n", mdEscape(c.Explanation))
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

var mdEscaper = strings.NewReplacer("\\", "\\\\", "*", "\\*", "_", "\\_", "`", "\\`", "[", "\\[", "]", "\\]", "<", "&lt;", "|", "\\|", "#", "\\#")

func mdEscape(s string) string { return mdEscaper.Replace(Visible(oneLine(s))) }

func mdCell(s string) string { return strings.ReplaceAll(Visible(oneLine(s)), "|", "\\|") }

// mdQuote is the claim's sentence, clipped, with the claim in bold.
func mdQuote(c facts.Claim) string {
	text := c.Sentence.Doc.Text
	before := clip(oneLine(string(text[c.Sentence.Start:c.Span.Start])), 60, true)
	after := clip(oneLine(string(text[c.Span.End:c.Sentence.End])), 60, false)
	return mdEscape(before) + "**" + mdEscape(oneLine(c.Text())) + "**" + mdEscape(after)
}
