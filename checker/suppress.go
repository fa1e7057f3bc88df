package checker

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"sort"
	"strings"

	"github.com/factlint/factlint/facts"
)

// RuleDirective is the rule of findings about suppression directives.
const RuleDirective = "directive"

// suppress drops the conflicts that an inline directive covers, and adds a
// finding for each directive without a reason and each that silenced
// nothing (in draft mode, of the drafts only).
func suppress(cs []Conflict, docs []*facts.Document, draft map[string]bool) []Conflict {
	type use struct {
		d    facts.Directive
		used bool
	}
	var dirs []*use
	for _, d := range docs {
		for _, dir := range d.Directives() {
			dirs = append(dirs, &use{d: dir})
		}
	}
	if len(dirs) == 0 {
		return cs
	}
	var out []Conflict
	for _, c := range cs {
		silenced := false
		for _, u := range dirs {
			if u.d.Reason == "" || u.d.Key == "" {
				continue
			}
			for _, side := range c.Sides {
				for _, g := range side {
					for _, cl := range g.Claims {
						if u.d.Covers(c.Key, cl.Span) {
							u.used, silenced = true, true
						}
					}
				}
			}
		}
		if !silenced {
			out = append(out, c)
		}
	}
	for _, u := range dirs {
		if len(draft) > 0 && !draft[u.d.Span.Doc.Name] {
			continue
		}
		var msg string
		switch {
		case u.d.Key == "":
			msg = "factlint:ignore names no key"
		case u.d.Reason == "":
			msg = fmt.Sprintf("factlint:ignore %s gives no reason: say why, after the key", u.d.Key)
		case !u.used:
			msg = fmt.Sprintf("factlint:ignore %s silences nothing: remove it", u.d.Key)
		default:
			continue
		}
		cl := facts.Claim{Key: u.d.Key, Value: facts.Literal{Text: strings.TrimSpace(u.d.Span.Text())},
			Span: u.d.Span, Sentence: u.d.Span}
		out = append(out, Conflict{Severity: Warning, Key: u.d.Key, Rule: RuleDirective, Message: msg, At: cl,
			Sides: [2][]Group{nil, {{Value: cl.Value.String(), Claims: []facts.Claim{cl}, Sources: []string{u.d.Span.Doc.Name}}}}})
	}
	sortConflicts(out, draft)
	return out
}

// Fingerprint identifies a conflict independently of line numbers: its
// key and, for every source, what it says. Baselines and SARIF use it.
func Fingerprint(c Conflict) string {
	var parts []string
	for _, side := range c.Sides {
		for _, g := range side {
			for _, cl := range g.Claims {
				parts = append(parts, Source(cl)+"\x00"+g.Value+"\x00"+cl.Text())
			}
		}
	}
	sort.Strings(parts)
	h := sha256.Sum256([]byte(c.Rule + "\x01" + c.Key + "\x01" + strings.Join(parts, "\x01")))
	return hex.EncodeToString(h[:16])
}

// A Baseline is a set of known conflicts, by fingerprint, that a check
// does not report: a repository adopts factlint without fixing its archive
// first.
type Baseline struct {
	Version   int             `json:"version"`
	Conflicts []BaselineEntry `json:"conflicts"`
}

// A BaselineEntry is one known conflict; Key and Message are for people.
type BaselineEntry struct {
	Fingerprint string `json:"fingerprint"`
	Key         string `json:"key"`
	Message     string `json:"message"`
}

// NewBaseline records the conflicts of a report.
func NewBaseline(r *Report) *Baseline {
	b := &Baseline{Version: 1, Conflicts: []BaselineEntry{}}
	for _, c := range r.Conflicts {
		b.Conflicts = append(b.Conflicts, BaselineEntry{Fingerprint: Fingerprint(c), Key: c.Key, Message: c.Message})
	}
	return b
}

// Write writes the baseline as JSON.
func (b *Baseline) Write(w io.Writer) error {
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	return enc.Encode(b)
}

// ReadBaseline reads a baseline written by Write.
func ReadBaseline(name string, data []byte) (*Baseline, error) {
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a baseline: %w", name, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d, want 1", name, b.Version)
	}
	return &b, nil
}

// Filter removes the conflicts the baseline knows, and returns how many.
func (b *Baseline) Filter(r *Report) int {
	known := map[string]bool{}
	for _, e := range b.Conflicts {
		known[e.Fingerprint] = true
	}
	out, n := r.Conflicts[:0], 0
	for _, c := range r.Conflicts {
		if known[Fingerprint(c)] {
			n++
			continue
		}
		out = append(out, c)
	}
	r.Conflicts = out
	return n
}
