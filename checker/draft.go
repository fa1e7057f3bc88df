package checker

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts"
)

// drafts is what draft mode reads besides the keyed claims: the values
// the sources state, keyed or not.
type drafts struct {
	draft  map[string]bool
	stated statedValues
}

func newDrafts(draft map[string]bool) *drafts { return &drafts{draft: draft, stated: statedValues{}} }

// keep says which claims, besides keyed ones, draft mode reads: every
// claim of a source, read for the values it states, then dropped.
func (r *drafts) keep(c *facts.Claim) bool { return len(r.draft) > 0 && !r.draft[c.Span.Doc.Name] }

// add reads one kept claim of document d.
func (r *drafts) add(d *facts.Document, c facts.Claim) {
	if len(r.draft) > 0 && !r.draft[d.Name] {
		r.stated.add(c)
	}
}

// conflicts are draft mode's own findings: keyed claims of a draft no
// source supports.
func (r *drafts) conflicts(opt Options, claims []facts.Claim) []Conflict {
	if len(r.draft) == 0 {
		return nil
	}
	return unsupported(opt, claims, r.stated)
}

// words are the words of a text in lower case: its runs of letters and
// hyphens.
func words(text string) []string {
	return strings.FieldsFunc(strings.ToLower(text), func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
}

// statedValues are the sentences in which the sources state each value,
// keyed or not, by kind and value ("place\x00Barcelona, ES").
type statedValues map[string][]facts.Span

func (s statedValues) add(c facts.Claim) {
	if !c.Qual.Negated {
		k := c.Kind.String() + "\x00" + c.Value.String()
		s[k] = append(s[k], c.Sentence)
	}
}

// has reports whether a source states c's value in a sentence that names
// c's event (any of its words, or the draft's word for it) or one of its
// participants: a draft's "Alexander Soumbadze, 26," beside the
// article's "26-year-old karate instructor Alexander Soumbadze", which
// the keying did not tie to him.
func (s statedValues) has(c facts.Claim, eventWords map[string]bool) bool {
	names := map[string]bool{}
	if c.Trigger.Doc != nil {
		names[strings.ToLower(c.Trigger.Text())] = true // the draft's own event word
	}
	for _, p := range c.Participants {
		f := strings.Fields(strings.ToLower(p))
		names[f[len(f)-1]] = true
	}
	for _, sentence := range s[c.Kind.String()+"\x00"+c.Value.String()] {
		for _, w := range words(sentence.Text()) {
			if eventWords[w] || names[w] {
				return true
			}
		}
	}
	return false
}

// unsupported reports, in draft mode, each keyed claim of a draft whose
// event and role no other document nor fact sheet says anything about:
// "51 dead" where no source gives a toll. Precision first: a value a
// source states in a sentence about the same event or participant (the
// keying missed it: statedValues.has) is not reported.
func unsupported(opt Options, claims []facts.Claim, stated statedValues) []Conflict {
	said := map[string]bool{}
	for _, c := range claims {
		if c.Key != "" && !opt.Draft[c.Span.Doc.Name] {
			said[c.Event+"."+c.Role] = true
			said["."+c.Role] = true
		}
	}
	words := map[string]map[string]bool{} // by event, its words
	for _, e := range opt.Rules.Events {
		words[e.Name] = map[string]bool{}
		for _, w := range e.Words {
			words[e.Name][w] = true
		}
	}
	var out []Conflict
	seen := map[string]bool{}
	for _, c := range claims {
		if c.Key == "" || c.Qual.Negated || !opt.Draft[c.Span.Doc.Name] || seen[c.Key] || ignored(c.Key, opt.Ignore) {
			continue
		}
		// a value that encodes to no constraint ("now", PRESENT_REF; a date
		// left relative for want of a document date) is compared with
		// nothing in Unify either: no source could support or refute it
		if EncodeValue(c.Value) == nil {
			continue
		}
		// A measure is supported by any event's count of it ("12 dead"
		// in an attack, or in the earthquake that caused it).
		if said[c.Event+"."+c.Role] || strings.HasPrefix(c.Role, "count.") && said["."+c.Role] || inSheets(opt.Facts, c.Key) || stated.has(c, words[c.Event]) {
			continue
		}
		seen[c.Key] = true
		g := Group{Value: c.Value.String(), Claims: []facts.Claim{c}, Sources: []string{Source(c)}}
		out = append(out, Conflict{Severity: severity(opt, RuleUnsupported, Info), Key: c.Key, Kind: c.Kind, Rule: RuleUnsupported,
			About:   About(c.Key),
			Message: c.Key + ": no source supports " + g.Value + " (" + strconv.Quote(c.Text()) + "): no source gives " + indefinite(strings.ReplaceAll(c.Role, ".", " ")) + " of the " + c.Event,
			Sides:   [2][]Group{nil, {g}}})
	}
	return out
}

// indefinite puts "a" or "an" before a noun phrase: "an age", "a date".
func indefinite(noun string) string {
	if noun != "" && strings.ContainsRune("aeiou", rune(noun[0])) {
		return "an " + noun
	}
	return "a " + noun
}

func inSheets(sheets []*FactSheet, key string) bool {
	for _, s := range sheets {
		if s.lookup(key).Exists() {
			return true
		}
	}
	return false
}
