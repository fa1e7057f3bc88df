package checker

import (
	"slices"
	"strconv"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/gazetteer"
)

// drafts is what draft mode reads besides the keyed claims: every claim
// of the sources, kept as read; where they state each value is indexed
// only if a draft claim comes to need it (stated).
type drafts struct {
	draft   map[string]bool
	sources []facts.Claim
	index   map[string][]facts.Span // kind and value -> the sentences stating it
}

// keep says which claims, besides keyed ones, draft mode reads: every
// claim of a source.
func (r *drafts) keep(c *facts.Claim) bool { return len(r.draft) > 0 && !r.draft[c.Span.Doc.Name] }

// add reads one claim Extract kept.
func (r *drafts) add(c facts.Claim) {
	if r.keep(&c) && !c.Qual.Negated {
		r.sources = append(r.sources, c)
	}
}

// conflicts are draft mode's own findings: keyed claims of a draft no
// source supports.
func (r *drafts) conflicts(opt Options, claims []facts.Claim) []Conflict {
	if len(r.draft) == 0 {
		return nil
	}
	return unsupported(opt, claims, r)
}

func valueKey(c facts.Claim) string { return c.Kind.String() + "\x00" + c.Value.String() }

// stated reports whether a source states c's value in a sentence that
// names c's event (one of its words, or the draft's word for it) or one
// of its participants: a draft's "Alexander Soumbadze, 26," beside the
// article's "26-year-old karate instructor Alexander Soumbadze", which
// the keying did not tie to him.
func (r *drafts) stated(c facts.Claim, eventWords []string) bool {
	if r.index == nil {
		r.index = map[string][]facts.Span{}
		for _, s := range r.sources {
			r.index[valueKey(s)] = append(r.index[valueKey(s)], s.Sentence)
		}
	}
	keys := slices.Clone(eventWords)
	if c.Trigger.Doc != nil {
		keys = append(keys, gazetteer.Fold(c.Trigger.Text()))
	}
	for _, p := range c.Participants {
		f := strings.Fields(gazetteer.Fold(p))
		keys = append(keys, f[len(f)-1])
	}
	for _, sentence := range r.index[valueKey(c)] {
		if names(sentence.Text(), keys) { // quotes.go
			return true
		}
	}
	return false
}

// unsupported reports, in draft mode, each keyed claim of a draft whose
// event and role no other document nor fact sheet says anything about:
// "51 dead" where no source gives a toll. Precision first: a value a
// source states in a sentence about the same event or participant (the
// keying missed it: statedValues.has) is not reported.
func unsupported(opt Options, claims []facts.Claim, r *drafts) []Conflict {
	said := map[string]bool{}
	for _, c := range claims { // keyed, not negated (Check)
		if !opt.Draft[c.Span.Doc.Name] {
			said[c.Event+"."+c.Role] = true
			said["."+c.Role] = true
		}
	}
	var out []Conflict
	seen := map[string]bool{}
	for _, c := range claims {
		if !opt.Draft[c.Span.Doc.Name] || seen[c.Key] || ignored(c.Key, opt.Ignore) || reported(opt, c.Key) || c.Generic {
			continue // a date of saying, or of a verb no lexicon event names (generic.go), is no fact a source must back
		}
		// a value that encodes to no constraint ("now", PRESENT_REF; a date
		// left relative for want of a document date) is compared with
		// nothing in unify either: no source could support or refute it
		if EncodeValue(c.Value) == nil {
			continue
		}
		// A measure is supported by any event's count of it ("12 dead"
		// in an attack, or in the earthquake that caused it).
		if said[c.Event+"."+c.Role] || strings.HasPrefix(c.Role, "count.") && said["."+c.Role] || inSheets(opt.Facts, c.Key) || r.stated(c, eventWords(opt, c.Event)) {
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

// eventWords are the words of the lexicon's events whose keys are
// event's ("kill" keys as "die": "killed" is a word of die).
func eventWords(opt Options, event string) []string {
	var ws []string
	for _, e := range opt.Rules.Events {
		if e.KeyName() == event {
			ws = append(ws, e.Words...)
		}
	}
	return ws
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
