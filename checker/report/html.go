package report

import (
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"html/template"
	"io"
	"slices"
	"strings"
	"sync"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
)

//go:embed html/report.tmpl
var htmlAssets embed.FS

// The page's style and script, embedded as strings.
var (
	//go:embed html/report.css
	htmlCSS string
	//go:embed html/report.js
	htmlJS string
)

// htmlPage is the page's template, parsed at its first use: a process
// that writes no HTML does not pay for the parse (start-up).
var htmlPage = sync.OnceValue(func() *template.Template {
	return template.Must(template.New("report.tmpl").ParseFS(htmlAssets, "html/report.tmpl"))
})

// htmlCSP allows the page's own style and script, by hash, and nothing
// else: no network, no other script, even if an article's words were
// ever to escape.
func htmlCSP() string {
	h := func(s string) string {
		sum := sha256.Sum256([]byte(s))
		return "'sha256-" + base64.StdEncoding.EncodeToString(sum[:]) + "'"
	}
	return "default-src 'none'; style-src " + h(htmlCSS) + "; script-src " + h(htmlJS) +
		"; img-src 'none'; base-uri 'none'; form-action 'none'"
}

type htmlData struct {
	CSP, Tool                     string
	CSS                           template.CSS
	JS                            template.JS
	Counts, Docs, Sources, Claims string
	Cards                         int
	Severities                    []htmlCount
	Keys                          []string
	Sections                      []*htmlSection
	Files                         []string
}

type htmlCount struct {
	Name string
	N    int
}

type htmlSection struct {
	Key   string
	worst checker.Severity
	Cards []htmlCard
}

type htmlCard struct {
	Severity, Key, Rule, Message, Where string
	Sides                               []htmlSide
	Why                                 []diffPart
}

type htmlSide struct {
	Label, Class string
	Items        []htmlEvidence
}

type htmlEvidence struct {
	Value, Src, Before, Words, After string
}

// HTML writes one self-contained page: a summary line, filters (by
// severity without JavaScript, by key and words with it), then one card
// per conflict grouped by key, each side's sentences with the claim
// marked, the values and the explanation. Every piece of text from an
// article or a file name is escaped (html/template) and its control
// characters shown as escapes (Visible); a Content-Security-Policy lets
// only the page's own style and script run.
func HTML(w io.Writer, r *checker.Report, o Options) error {
	tool := o.Tool.Name
	if o.Tool.Version != "" {
		tool += " " + o.Tool.Version
	}
	d := htmlData{CSP: htmlCSP(), Tool: Visible(tool), CSS: template.CSS(htmlCSS), JS: template.JS(htmlJS),
		Counts: counts(r), Docs: plural(r.Documents, "document"), Sources: plural(r.Sources, "source"),
		Claims: plural(r.Claims, "claim"), Cards: len(r.Conflicts)}
	for _, f := range r.Files {
		d.Files = append(d.Files, Visible(f))
	}
	n := map[checker.Severity]int{}
	byKey := map[string]*htmlSection{}
	for _, c := range r.Conflicts {
		n[c.Severity]++
		s := byKey[c.Key]
		if s == nil {
			s = &htmlSection{Key: Visible(c.Key)}
			byKey[c.Key] = s
			d.Sections = append(d.Sections, s)
			d.Keys = append(d.Keys, s.Key)
		}
		s.worst = max(s.worst, c.Severity)
		s.Cards = append(s.Cards, card(c))
	}
	for _, s := range []checker.Severity{checker.Error, checker.Warning, checker.Info} {
		d.Severities = append(d.Severities, htmlCount{s.String(), n[s]})
	}
	slices.Sort(d.Keys)
	slices.SortStableFunc(d.Sections, func(a, b *htmlSection) int {
		if a.worst != b.worst {
			return int(b.worst - a.worst)
		}
		return strings.Compare(a.Key, b.Key)
	})
	return htmlPage().Execute(w, d)
}

func card(c checker.Conflict) htmlCard {
	k := htmlCard{Severity: c.Severity.String(), Key: Visible(c.Key), Rule: Visible(c.Rule), Message: Visible(oneLine(c.Message))}
	if p := c.Primary(); p.Span.Doc != nil {
		k.Where = Visible(where(p))
	}
	if c.Rule != checker.RuleDirective {
		for _, s := range []int{1, 0} {
			if len(c.Sides[s]) == 0 {
				continue
			}
			labels := sideLabels[c.Rule]
			if labels[1] == "" {
				labels = [2]string{"most sources", "says otherwise"}
			}
			side := htmlSide{Label: labels[s], Class: [2]string{"consensus", "dissent"}[s]}
			for _, g := range c.Sides[s] {
				for _, cl := range g.Claims {
					side.Items = append(side.Items, evidenceHTML(cl, g.Value))
				}
			}
			k.Sides = append(k.Sides, side)
		}
	}
	if c.Explanation != "" {
		if strings.HasPrefix(c.Rule, "quote") || c.Rule == "misquote" {
			k.Why = parseDiff(c.Explanation)
		} else {
			k.Why = []diffPart{{Text: c.Explanation}}
		}
		for i := range k.Why {
			k.Why[i].Text = Visible(k.Why[i].Text)
		}
	}
	return k
}

// sideLabels name the two sides of the checks that are not a vote.
var sideLabels = map[string][2]string{
	checker.RuleQuoteDrift:        {"the wording most sources give", "other wordings"},
	checker.RuleMisquote:          {"closest source quote", "the draft"},
	checker.RuleQuoteSpeaker:      {"the sources", "the draft"},
	checker.RuleWeekday:           {"the date", "the day name beside it"},
	checker.RuleImpossibleDate:    {"", "in this text"},
	checker.RuleSelfContradiction: {"said first", "said later"},
	checker.RuleAge:               {"said first", "said later"},
}

// evidenceHTML is a claim's whole sentence, split around its words.
func evidenceHTML(c facts.Claim, value string) htmlEvidence {
	e := htmlEvidence{Value: Visible(value), Src: Visible(where(c)), Words: Visible(oneLine(c.Text()))}
	s := c.Sentence
	if s.Doc == c.Span.Doc && s.Start <= c.Span.Start && c.Span.End <= s.End {
		text := s.Doc.Text
		e.Before = Visible(oneLine(string(text[s.Start:c.Span.Start])))
		e.After = Visible(oneLine(string(text[c.Span.End:s.End])))
	}
	return e
}

// A diffPart is a run of a word diff: Op "-" for words only the other
// side has, "+" for words only this side has, "" for both.
type diffPart struct {
	Op, Text string
}

// parseDiff reads the word diff of a quote check's explanation:
// "[-removed-]" and "{+added+}" in running text, as git diff
// --word-diff=plain writes it.
func parseDiff(s string) []diffPart {
	var out []diffPart
	for s != "" {
		i := strings.Index(s, "[-")
		j := strings.Index(s, "{+")
		if i < 0 && j < 0 {
			out = append(out, diffPart{Text: s})
			break
		}
		op, open, close := "-", i, "-]"
		if i < 0 || j >= 0 && j < i {
			op, open, close = "+", j, "+}"
		}
		end := strings.Index(s[open+2:], close)
		if end < 0 {
			out = append(out, diffPart{Text: s})
			break
		}
		if open > 0 {
			out = append(out, diffPart{Text: s[:open]})
		}
		out = append(out, diffPart{Op: op, Text: s[open+2 : open+2+end]})
		s = s[open+2+end+2:]
	}
	return out
}
