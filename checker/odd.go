package checker

import (
	"fmt"
	"maps"
	"slices"
	"sort"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

// One source, one fact, one value. A source that gives two incompatible
// dates for an event no participant names may tell of two events of the
// kind (this earthquake and last year's), and is left out of the
// comparison (keyed.go). But its dates can be read against the other
// sources': of two of its dates that cannot both hold, one wins when
// some other source gives a date that fits it and not the other, and no
// other source a date that fits the other and not it ("Sunday's
// election" beside "the polls Wednesday", where every other source says
// Sunday and none Wednesday). When every date of the source that loses
// so loses to one that wins, and those that win hold together, each
// losing date is read on its own:
//
//   - told in the very sentence of a winning one ("On Wednesday, two
//     police officers involved in Saturday's shooting were arrested"), it
//     dates another event told beside this one: set aside, neither
//     compared nor the source's inconsistency;
//   - a month or more from every winning date (another year, another
//     month), or in a sentence that tells of another occurrence
//     ("another", "earlier", "last", "again", ...: occurrence), it leaves
//     the source telling of two events, left out as before;
//   - otherwise it is odd: the source's slip. The source is compared with
//     its winning dates, and each odd date is a conflict of its own,
//     against the dates (of every source, the source's own too) that it
//     contradicts and the winning ones fit. When the odd date and a
//     winning one of the source were keyed by the same event word
//     ("Sunday's election", "the election Wednesday"), the source says
//     one event happened on two days: as severe as the kind's conflicts.
//     Keyed by another word ("go to the polls Wednesday"), it may be
//     another event the words key alike: a warning; unless two or more
//     other sources give the winning date and none another, neither
//     the odd one nor a third (the others are not split), and the key
//     is not generic nor a date of saying: then the odd date is a slip
//     against that consensus, as severe as the kind's conflicts
//     (slipAgainst).
//
// The cost is linear in the claims of a key times its distinct values:
// reading which dates win unifies each pair of values at most once; the
// odd dates found are then unified again with the groups of their key
// (a few per key) to build their conflicts.

// An oddDate is a date of a source that loses to the source's other
// dates (odd.go).
type oddDate struct {
	source string
	group  *Group
	wins   []*Group // the source's dates it loses to, and that hold together
	word   bool     // keyed by an event word that keys a winning date too
}

// values indexes the distinct values of a key, and which sources give
// each, and remembers which pairs unify.
type values struct {
	groups  []*Group // one per distinct value, its Sources the sources giving it
	byValue map[string]int
	memo    map[[2]int]bool
}

func keyValues(srcs map[string]*sourceKey) *values {
	v := &values{byValue: map[string]int{}, memo: map[[2]int]bool{}}
	for _, s := range slices.Sorted(maps.Keys(srcs)) {
		for _, g := range srcs[s].groups {
			i, ok := v.byValue[g.Value]
			if !ok {
				i = len(v.groups)
				v.byValue[g.Value] = i
				v.groups = append(v.groups, &Group{Value: g.Value, val: g.val})
			}
			v.groups[i].Sources = append(v.groups[i].Sources, s)
		}
	}
	return v
}

// fit reports whether the values numbered i and j unify.
func (v *values) fit(i, j int) bool {
	if i > j {
		i, j = j, i
	}
	k := [2]int{i, j}
	ok, seen := v.memo[k]
	if !seen {
		ok = i == j || v.groups[i].val.Unify(v.groups[j].val).Validate() == nil
		v.memo[k] = ok
	}
	return ok
}

// beats reports whether, of a source's values a and b (which do not
// unify), a wins: another source gives a value that fits a and not b,
// and none gives one that fits b and not a.
func (v *values) beats(source string, a, b int) bool {
	won := false
	for i, g := range v.groups {
		if !others(g.Sources, source) {
			continue
		}
		fa, fb := v.fit(i, a), v.fit(i, b)
		if fb && !fa {
			return false
		}
		won = won || fa && !fb
	}
	return won
}

// others reports whether a source other than source is in srcs.
func others(srcs []string, source string) bool {
	for _, s := range srcs {
		if s != source {
			return true
		}
	}
	return false
}

// markOdd reads, in each date key of an event with no participant, the
// dates of every source that gives incompatible ones; in a key that
// names participants, those of a source whose named claims agree (a
// date whose participant was inferred, from a pronoun or the one person
// the documents name, may be odd; named ones that disagree are the
// source contradicting itself, keyed.go): it drops those set
// aside and the odd ones from the source, and returns the odd ones by
// key.
func markOdd(opt Options, byKey map[string]map[string]*sourceKey, kinds map[string]facts.Kind) map[string][]oddDate {
	out := map[string][]oddDate{}
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		srcs := byKey[k]
		_, ps, _, ok := events.SplitKey(k)
		if kinds[k] != facts.KindDate || !ok || len(srcs) < 2 || several(opt, k, kinds[k]) {
			continue
		}
		var v *values
		for _, s := range slices.Sorted(maps.Keys(srcs)) {
			sk := srcs[s]
			named := len(ps) > 0 && sk.anyNamed()
			if sk.consistent() || named && !sk.namedConsistent() {
				continue // a source whose named claims disagree contradicts itself (keyed.go)
			}
			if v == nil {
				v = keyValues(srcs)
			}
			out[k] = append(out[k], sk.readOdd(v, named)...)
		}
	}
	return out
}

// readOdd splits an inconsistent source's dates into those that win,
// those set aside and those odd (see above); when that does not explain
// the source, it is left as it is.
func (sk *sourceKey) readOdd(v *values, named bool) []oddDate {
	idx := make([]int, len(sk.groups))
	for i, g := range sk.groups {
		idx[i] = v.byValue[g.Value]
	}
	lost := make([][]int, len(sk.groups)) // for each value, those of the source it loses to
	for i := range sk.groups {
		for j := range sk.groups {
			if i != j && !v.fit(idx[i], idx[j]) && v.beats(sk.source, idx[j], idx[i]) {
				lost[i] = append(lost[i], j)
			}
		}
	}
	var wins []*Group
	for i, g := range sk.groups {
		if len(lost[i]) == 0 {
			wins = append(wins, g)
		}
	}
	if len(wins) == 0 || !(&sourceKey{groups: wins}).consistent() {
		return nil
	}
	var odd []oddDate
	for i, g := range sk.groups {
		if len(lost[i]) == 0 {
			continue
		}
		var to []*Group
		for _, j := range lost[i] {
			if len(lost[j]) == 0 {
				to = append(to, sk.groups[j])
			}
		}
		switch {
		case named && (&sourceKey{groups: []*Group{g}}).anyNamed():
			return nil // a named claim that loses: the source contradicts itself (keyed.go)
		case len(to) == 0:
			return nil // it loses only to dates that lose too
		case sameSentence(g, to):
			continue // another event's date, told beside this one's: set aside
		case anotherOccurrence(g, to):
			return nil // two occurrences of the event, maybe
		}
		odd = append(odd, oddDate{source: sk.source, group: g, wins: to, word: sameWord(g, to)})
	}
	sk.groups = wins
	return odd
}

// sameSentence reports whether a claim of g is told in the sentence of
// a claim of the groups.
func sameSentence(g *Group, in []*Group) bool {
	for _, c := range g.Claims {
		for _, a := range in {
			for _, d := range a.Claims {
				if c.Span.Doc == d.Span.Doc && c.Sentence.Start == d.Sentence.Start {
					return true
				}
			}
		}
	}
	return false
}

// occurrence are the words that tell of another occurrence of an event
// beside the one dated: "another attack", "the earlier fire", "last
// year's vote", "a second round", "again".
var occurrence = map[string]bool{"another": true, "earlier": true, "previous": true,
	"previously": true, "prior": true, "last": true, "former": true, "second": true,
	"third": true, "again": true, "similar": true, "next": true, "later": true, "upcoming": true,
	"recent": true, "anniversary": true, "ago": true, "runoff": true, "rerun": true, "repeat": true,
	"series": true}

// anotherOccurrence reports whether g's date may be another occurrence
// of the event: a month or more from every date it loses to (farApart),
// or told in a sentence with a word of another occurrence outside the
// date's own words.
func anotherOccurrence(g *Group, to []*Group) bool {
	if d, ok := g.Claims[0].Value.(facts.DateValue); ok {
		apart := true
		for _, a := range to {
			e, ok := a.Claims[0].Value.(facts.DateValue)
			if !ok || !farApart(d, e) {
				apart = false
			}
		}
		if apart {
			return true
		}
	}
	for _, c := range g.Claims {
		if c.Sentence.Doc == nil {
			return true
		}
		if hasWord(outsideValue(c), occurrence) {
			return true
		}
	}
	return false
}

// outsideValue returns the words of c's sentence before and after its
// value, a space between: the words that may mark another occurrence
// (a date's own "last" of "last year" does not).
func outsideValue(c facts.Claim) string {
	text := c.Sentence.Doc.Text
	return string(text[c.Sentence.Start:c.Span.Start]) + " " + string(text[c.Span.End:c.Sentence.End])
}

// sameWord reports whether every claim of g was keyed by an event word
// ("election") that keys a claim of the groups too.
func sameWord(g *Group, in []*Group) bool {
	words := map[string]bool{}
	for _, a := range in {
		for _, d := range a.Claims {
			if d.Trigger.Doc != nil {
				words[strings.ToLower(d.Trigger.Text())] = true
			}
		}
	}
	for _, c := range g.Claims {
		if c.Trigger.Doc == nil || !words[strings.ToLower(c.Trigger.Text())] {
			return false
		}
	}
	return true
}

// oddConflict reports an odd date against the dates it contradicts that
// its source's winning dates fit: those of the other sources and the
// source's own.
func oddConflict(opt Options, key string, kind facts.Kind, srcs map[string]*sourceKey, o oddDate) (Conflict, bool) {
	if len(opt.Draft) > 0 && !opt.Draft[docOf(&sourceKey{groups: []*Group{o.group}})] {
		return Conflict{}, false // in draft mode, only the drafts are under review
	}
	byVal := map[string]*Group{}
	var agree []*Group
	for _, s := range slices.Sorted(maps.Keys(srcs)) {
		for _, g := range srcs[s].groups {
			if g.val.Unify(o.group.val).Validate() == nil || !fitsAll(g, o.wins) {
				continue
			}
			if m := byVal[g.Value]; m != nil {
				m.Claims = append(m.Claims, g.Claims...)
				m.Sources = append(m.Sources, g.Sources...)
				continue
			}
			c := *g
			c.Claims = slices.Clone(g.Claims)
			c.Sources = slices.Clone(g.Sources)
			byVal[g.Value] = &c
			agree = append(agree, &c)
		}
	}
	sort.SliceStable(agree, func(i, j int) bool { return len(agree[i].Sources) > len(agree[j].Sources) })
	var sides [2][]Group
	for _, g := range agree {
		sides[0] = append(sides[0], *g)
	}
	sides[1] = []Group{*o.group}
	if !others(sourcesOf(sides[0]), o.source) {
		return Conflict{}, false
	}
	c := Conflict{Key: key, Kind: kind, Rule: kind.String(), Sides: sides, About: About(key)}
	c.Severity, c.Explanation = judge(opt.Rules.Kinds[kind.String()], sides)
	own := o.wins[0].Value + " (\"" + o.wins[0].Claims[0].Text() + "\")"
	why := o.source + " also dates the event " + own + ", as other sources do"
	switch {
	case !o.word && c.Severity > Warning && slipAgainst(opt, key, srcs, o, sides[0]):
		n := len(otherSources(sides[0], o.source))
		c.Explanation = fmt.Sprintf("%d other sources say %s, and none says %s; %s also says %s itself: a slip?",
			n, o.wins[0].Value, o.group.Value, o.source, own)
	case !o.word && c.Severity > Warning:
		c.Severity, c.Explanation = Warning, why+": a slip, or another event its words key alike?"
	case c.Explanation == "":
		c.Explanation = why + ", the same event word keying both: one event on two days, a slip?"
	}
	if c.Severity > Warning && overnight(sides) {
		c.Severity, c.Explanation = Warning, overnightExplanation
	}
	c.Message = message(key, sides)
	return c, true
}

// slipAgainst reports whether an odd date keyed by other words than
// its source's winning ones is still a slip against a consensus: at
// least two other sources give dates that fit the winning ones and
// contradict it, no other source gives a date that contradicts a
// winning one (one that backs the odd date, or the others split; a
// date that fits both, "6th June" beside Thursday, backs neither), and
// the key is not generic nor a date of saying. Where one of these fails, the odd
// date may be another event its words key alike: a warning.
func slipAgainst(opt Options, key string, srcs map[string]*sourceKey, o oddDate, consensus []Group) bool {
	if isGeneric(srcs) || reported(opt, key) || len(otherSources(consensus, o.source)) < 2 {
		return false
	}
	for s, sk := range srcs {
		if s == o.source {
			continue
		}
		for _, g := range sk.groups {
			if !fitsAll(g, o.wins) {
				return false // another source backs the odd date, or the others are split
			}
		}
	}
	return true
}

// otherSources lists the distinct sources of a side but source.
func otherSources(side []Group, source string) map[string]bool {
	out := map[string]bool{}
	for _, s := range sourcesOf(side) {
		if s != source {
			out[s] = true
		}
	}
	return out
}

// fitsAll reports whether g unifies with each of the groups.
func fitsAll(g *Group, in []*Group) bool {
	for _, h := range in {
		if g.val.Unify(h.val).Validate() != nil {
			return false
		}
	}
	return true
}

func sourcesOf(side []Group) []string {
	var out []string
	for _, g := range side {
		out = append(out, g.Sources...)
	}
	return out
}

// namedConsistent reports whether the source's claims that name their
// participants (not inferred) can all hold at once.
func (sk *sourceKey) namedConsistent() bool {
	n := sk.named()
	return n == nil || n.consistent()
}

// anyNamed reports whether a claim of the source names its participants
// in its own clause (not inferred).
func (sk *sourceKey) anyNamed() bool {
	for _, g := range sk.groups {
		for _, c := range g.Claims {
			if !c.Qual.Inferred {
				return true
			}
		}
	}
	return false
}
