package checker

import (
	"maps"
	"math/big"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/token"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/rules"
)

// Rules of the findings about keyed facts that are not a kind's conflict
// between sources.
const (
	// RuleUnsupported: a draft's keyed claim about an event and role no
	// source says anything about.
	RuleUnsupported = "unsupported"
)

// About renders what the claims of a key are about: "visit · Jens
// Stoltenberg · date".
func About(key string) string {
	ev, ps, role, ok := events.SplitKey(key)
	if !ok {
		return key
	}
	parts := []string{ev}
	parts = append(parts, ps...)
	return strings.Join(append(parts, strings.ReplaceAll(role, ".", " ")), " · ")
}

// consistent reports whether all of a source's values for a key can hold
// at once; a place that stands alone (foreign.go) is a dissent, not the
// source's inconsistency.
func (sk *sourceKey) consistent() bool {
	for i, g := range sk.groups {
		for _, h := range sk.groups[i+1:] {
			if g.alone || h.alone {
				continue
			}
			if g.val.Unify(h.val).Validate() != nil {
				return false
			}
		}
	}
	return true
}

func (sk *sourceKey) anyInferred() bool {
	for _, g := range sk.groups {
		for _, c := range g.Claims {
			if c.Qual.Inferred {
				return true
			}
		}
	}
	return false
}

// named is the source's claims for a key less those whose participant
// was inferred; nil when none is left or none was inferred.
func (sk *sourceKey) named() *sourceKey {
	return sk.less(func(c facts.Claim) bool { return c.Qual.Inferred })
}

// confirmed is the source's claims for a key less those whose
// participant was inferred and whose own sentence does not name them
// (guessed); nil when none is left or none was dropped.
func (sk *sourceKey) confirmed() *sourceKey { return sk.less(guessed) }

// allConfirmed reports whether no claim of the source for its key is
// guessed.
func (sk *sourceKey) allConfirmed() bool {
	for _, g := range sk.groups {
		if slices.ContainsFunc(g.Claims, guessed) {
			return false
		}
	}
	return true
}

// less is the source's claims for a key less those drop picks; nil
// when none is left or none was dropped.
func (sk *sourceKey) less(drop func(facts.Claim) bool) *sourceKey {
	out := &sourceKey{source: sk.source, key: sk.key}
	dropped := false
	for _, g := range sk.groups {
		var cs []facts.Claim
		for _, c := range g.Claims {
			if drop(c) {
				dropped = true
			} else {
				cs = append(cs, c)
			}
		}
		if len(cs) > 0 {
			h := *g
			h.Claims = cs
			out.groups = append(out.groups, &h)
		}
	}
	if !dropped || len(out.groups) == 0 {
		return nil
	}
	return out
}

// conjunction is the value of a source that asserts all its values for a
// key at once: one event has one date.
func (sk *sourceKey) conjunction() (ast.Expr, string) {
	xs := make([]ast.Expr, len(sk.groups))
	vals := make([]string, len(sk.groups))
	for i, g := range sk.groups {
		xs[i], vals[i] = g.expr, g.Value
	}
	x := xs[0]
	for _, y := range xs[1:] {
		x = &ast.BinaryExpr{X: x, Op: token.AND, OpPos: y.Pos(), Y: y}
	}
	slices.Sort(vals)
	return x, "&" + strings.Join(vals, "\x00")
}

// comparable picks, of the sources of a key, those whose value is one
// fact: a source that gives incompatible values for an event its key
// names participants of contradicts itself (reported: a Conflict of
// RuleSelf); for an event with no participant, it may be writing about
// two events of that kind, and is left out. A kind whose rule says an
// event may take several values (a trip's several places) keeps every
// source.
func comparable(opt Options, key string, kind facts.Kind, srcs map[string]*sourceKey, twoEvents map[string]bool, places placeIndex) (map[string]*sourceKey, []Conflict) {
	ev, participants, _, _ := events.SplitKey(key)
	out := map[string]*sourceKey{}
	var found []Conflict
	alternatives := several(opt, key, kind)
	for _, s := range slices.Sorted(maps.Keys(srcs)) {
		sk := srcs[s]
		if len(participants) == 0 && twoEvents[s+"\x00"+ev] {
			continue // the source tells of two events of the kind
		}
		if alternatives || sk.consistent() {
			out[s] = sk
			continue
		}
		if len(participants) == 0 || kind == facts.KindAge || isGeneric(srcs) {
			continue // no participant or a generic event: two events, maybe; ages: age-mismatch
		}
		// Claims whose participant was inferred (a pronoun, the one
		// participant the documents name) that the source's named claims
		// contradict are about other events ("She died in 1984" in a
		// story of his death on Thursday): dropped. Named claims that
		// contradict each other are the source contradicting itself.
		// Where every claim's participant was inferred, those whose own
		// sentence names the participant hold the source ("convicted of
		// the 2005 murder of ... Deputy Jerry Ortiz", die[Jerry Ortiz]
		// filled in as the one death the documents name), the others
		// are dropped.
		named := sk
		if n := sk.named(); n != nil {
			named = n
		} else if sk.anyInferred() {
			switch n := sk.confirmed(); {
			case n != nil:
				named = n
			case !sk.allConfirmed():
				continue // nothing named: nothing to hold the source to
			}
		}
		if named.consistent() {
			out[s] = named
			continue
		}
		if !once(opt, key) && named.occurrences(places) {
			continue // a repeated event: the last election and this one
		}
		if c, ok := selfConflict(opt, key, kind, named); ok {
			found = append(found, c)
		}
	}
	return out, found
}

// twoEvents marks, by source and event, the sources that give
// incompatible values for an event with no participant under some key
// whose values are one fact: they tell of two events of that kind (this
// earthquake and last year's), and none of their claims about it is
// compared.
func twoEvents(opt Options, byKey map[string]map[string]*sourceKey, kinds map[string]facts.Kind) map[string]bool {
	out := map[string]bool{}
	for k, srcs := range byKey {
		ev, ps, _, ok := events.SplitKey(k)
		if !ok || len(ps) > 0 || several(opt, k, kinds[k]) {
			continue
		}
		for s, sk := range srcs {
			if !sk.consistent() {
				out[s+"\x00"+ev] = true
			}
		}
	}
	return out
}

// occurrences reports whether a source's incompatible dates for a key
// lie apart by more than a month (other years, other months): two
// occurrences of a repeated event, not one event told two ways; unless
// their sentences give the event the same place (placeIndex.shared).
func (sk *sourceKey) occurrences(places placeIndex) bool {
	for i, g := range sk.groups {
		for _, h := range sk.groups[i+1:] {
			if g.val.Unify(h.val).Validate() == nil {
				continue
			}
			a, ok1 := g.Claims[0].Value.(facts.DateValue)
			b, ok2 := h.Claims[0].Value.(facts.DateValue)
			if !ok1 || !ok2 || !farApart(a, b) || places.shared([2][]Group{{*g}, {*h}}) {
				return false
			}
		}
	}
	return true
}

// farApart reports whether two dates name other years or months more
// than one apart.
func farApart(a, b facts.DateValue) bool {
	if a.Year != 0 && b.Year != 0 && a.Year != b.Year {
		return true
	}
	for _, m := range a.Months {
		for _, n := range b.Months {
			if d := abs(m - n); d <= 1 || d == 11 {
				return false
			}
		}
	}
	return len(a.Months) > 0 && len(b.Months) > 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// once reports whether the event of a key happens once to its
// participant (the lexicon's "once": a death).
func once(opt Options, key string) bool {
	e, ok := keyEvent(opt, key)
	return ok && e.Once
}

// local reports whether the places of the event of a key lie in one
// region (the lexicon's "local": a disaster).
func local(opt Options, key string) bool {
	e, ok := keyEvent(opt, key)
	return ok && e.Local
}

// keyEvent is the lexicon entry named by the event of a key (the rules
// keep their events sorted by name).
func keyEvent(opt Options, key string) (rules.Event, bool) {
	ev, _, _, _ := events.SplitKey(key)
	evs := opt.Rules.Events
	i, ok := slices.BinarySearchFunc(evs, ev, func(e rules.Event, name string) int { return strings.Compare(e.Name, name) })
	if !ok {
		return rules.Event{}, false
	}
	return evs[i], true
}

// occurrencesApart reports whether every dissenting date of a conflict
// lies a month or more from every agreeing date that names a year or a
// month (a weekday alone says nothing of that): for an event that
// repeats, another occurrence (an April 2004 win beside a 2008 one), not
// one told two ways.
func occurrencesApart(sides [2][]Group) bool {
	for _, b := range sides[1] {
		db, ok := b.Claims[0].Value.(facts.DateValue)
		if !ok {
			return false
		}
		compared := false
		for _, a := range sides[0] {
			da, ok := a.Claims[0].Value.(facts.DateValue)
			if !ok {
				return false // a range ("from March to May") or a sheet's value
			}
			if da.Year == 0 && len(da.Months) == 0 {
				continue
			}
			if !farApart(da, db) {
				return false
			}
			compared = true
		}
		if !compared {
			return false
		}
	}
	return true
}

// A placeIndex holds, for each sentence and event mention (document,
// sentence, event and participants), the places the sentence gives it.
type placeIndex map[mention]map[string]bool

// A mention is one sentence's mention of an event and its participants.
type mention struct {
	doc          *facts.Document
	sentence     int
	event, about string
}

// placesTold indexes the keyed place claims by sentence and event.
func placesTold(claims []facts.Claim) placeIndex {
	ix := placeIndex{}
	for _, c := range claims {
		if c.Kind != facts.KindPlace || c.Key == "" || c.Qual.Negated {
			continue
		}
		k := mentionOf(c)
		if ix[k] == nil {
			ix[k] = map[string]bool{}
		}
		ix[k][c.Value.String()] = true
	}
	return ix
}

func mentionOf(c facts.Claim) mention {
	return mention{c.Span.Doc, c.Sentence.Start, c.Event, strings.Join(c.Participants, "\x00")}
}

// shared reports whether a dissenting date and an agreeing one are each
// told in a sentence that gives their event the same place: "the NATO
// summit in Vilnius in July" and "the summit in Vilnius in November" are
// one summit told two ways, not two summits a few months apart.
func (ix placeIndex) shared(sides [2][]Group) bool {
	dissent := map[string]bool{} // the places the dissenting dates' sentences give
	for _, b := range sides[1] {
		for _, c := range b.Claims {
			for p := range ix[mentionOf(c)] {
				dissent[p] = true
			}
		}
	}
	for _, a := range sides[0] {
		for _, c := range a.Claims {
			for p := range ix[mentionOf(c)] {
				if dissent[p] {
					return true
				}
			}
		}
	}
	return false
}

// several reports whether the event of a key takes several values of a
// kind (the lexicon's "several": a trip's places). A text's dates of
// saying (reported) are alternatives: it may quote statements of
// several days.
func several(opt Options, key string, kind facts.Kind) bool {
	_, _, _, ok := events.SplitKey(key)
	if !ok {
		return false
	}
	if reported(opt, key) {
		return true
	}
	e, found := keyEvent(opt, key)
	return found && slices.Contains(e.Several, kind.String())
}

// reported reports whether the role of a key is its event's reported
// role: a date of saying ("police said Saturday"), judged by the check
// RuleReported, not as the date of the event.
func reported(opt Options, key string) bool {
	ev, _, role, ok := events.SplitKey(key)
	if !ok {
		return false
	}
	for _, e := range opt.Rules.Events {
		if e.KeyName() == ev && e.Reported != "" && e.Reported == role {
			return true
		}
	}
	return false
}

// reportedExplanation says why dates of saying are weighed apart.
const reportedExplanation = "Both are dates the sources give for when the event was told (right after \"said\", \"announced\", \"confirmed\"), " +
	"not for when it happened, which is compared apart: one of them may be wrong, or one report came a day later than another."

// selfConflict reports a source that contradicts itself on a key, in
// claims that name the participant in their own clause ("Jens
// Stoltenberg visited Ukraine on Wednesday" against "Stoltenberg's
// Thursday trip"): as severe as the kind's conflicts.
func selfConflict(opt Options, key string, kind facts.Kind, sk *sourceKey) (Conflict, bool) {
	if len(opt.Draft) > 0 && !opt.Draft[docOf(sk)] {
		return Conflict{}, false // in draft mode, only the drafts are under review
	}
	groups := make([]*Group, len(sk.groups))
	for i, g := range sk.groups {
		c := *g
		groups[i] = &c
	}
	// The values stated most often, then first, against those that
	// cannot hold with them.
	slices.SortStableFunc(groups, func(a, b *Group) int { return len(b.Claims) - len(a.Claims) })
	var sides [2][]Group
	for _, g := range groups {
		side := 0
		for _, h := range sides[0] {
			if g.val.Unify(h.val).Validate() != nil {
				side = 1
				break
			}
		}
		sides[side] = append(sides[side], *g)
	}
	if len(sides[1]) == 0 {
		return Conflict{}, false
	}
	c := Conflict{Key: key, Kind: kind, Rule: RuleSelfContradiction, Sides: sides, About: About(key)}
	// as severe as the kind's conflicts, or as a rule file sets the
	// check; downgrades (one side hedged) apply to either
	k := opt.Rules.Kinds[kind.String()]
	if own, ok := opt.Rules.Kinds[RuleSelfContradiction]; ok {
		if _, err := ParseSeverity(own.Severity); err == nil {
			k.Severity = own.Severity
		}
	}
	c.Severity, c.Explanation = judge(k, sides)
	var vals []string
	for _, side := range sides {
		for _, g := range side {
			vals = append(vals, g.Value+" (\""+g.Claims[0].Text()+"\")")
		}
	}
	c.Message = key + ": one source says " + strings.Join(vals, " and ") + " of one event"
	return c, true
}

func docOf(sk *sourceKey) string {
	for _, g := range sk.groups {
		for _, c := range g.Claims {
			return c.Span.Doc.Name
		}
	}
	return ""
}

// tie reports whether the two sides of a conflict have as many sources
// behind them: no majority, the report gives them as equals.
func tie(sides [2][]Group) bool {
	n := [2]map[string]bool{{}, {}}
	for s, side := range sides {
		for _, g := range side {
			for _, src := range g.Sources {
				n[s][src] = true
			}
		}
	}
	return len(n[0]) == len(n[1])
}

func hasSheet(sides [2][]Group) bool {
	for _, side := range sides {
		for _, g := range side {
			if g.sheet {
				return true
			}
		}
	}
	return false
}

// update reports whether one side of a count's conflict is a later
// report of a higher number that says it rose ("rose to", "now", "at
// least"): news updating a toll, not a conflict (Info). Without
// publication dates to order the reports, a higher number that says it
// rose or is a running total ("has climbed to", "By the end ..., 46
// people had been arrested") may be a later report: a Warning. It
// returns the severity and the explanation naming both reports.
func update(kind facts.Kind, sides [2][]Group) (Severity, string, bool) {
	if kind != facts.KindCount && kind != facts.KindMoney {
		return 0, "", false
	}
	for later := range 2 {
		earlier := 1 - later
		if !allUpdates(sides[later]) || !higher(sides[later], sides[earlier]) {
			continue
		}
		l, e := sides[later][0].Claims[0], sides[earlier][0].Claims[0]
		lo, hi, ok := dates(sides[earlier])
		lo2, _, ok2 := dates(sides[later])
		if !ok || !ok2 {
			if undated(sides) {
				return Warning, "One side says its number rose, with no publication dates to order the reports: " + l.Span.Doc.Name + " says \"" +
					l.Text() + "\", " + e.Span.Doc.Name + " says \"" + e.Text() + "\". A later report's update?", true
			}
			continue
		}
		if !hi.Time().Before(lo2.Time()) || lo.IsZero() {
			continue
		}
		return Info, "A later report updates the number: " + l.Span.Doc.Name + " (" + lo2.String() + ") says \"" +
			l.Text() + "\", " + e.Span.Doc.Name + " (" + hi.String() + ") said \"" + e.Text() + "\".", true
	}
	return 0, "", false
}

// undated reports whether no claim of a conflict's documents has a full
// publication date: nothing orders the reports.
func undated(sides [2][]Group) bool {
	for _, side := range sides {
		for _, g := range side {
			for _, c := range g.Claims {
				if c.Span.Doc.Date.Full() {
					return false
				}
			}
		}
	}
	return true
}

// dates returns the earliest and latest publication dates of a side's
// documents; ok is false when one is unknown.
func dates(side []Group) (lo, hi facts.Date, ok bool) {
	for _, g := range side {
		for _, c := range g.Claims {
			d := c.Span.Doc.Date
			if !d.Full() {
				return facts.Date{}, facts.Date{}, false
			}
			if lo.IsZero() || d.Time().Before(lo.Time()) {
				lo = d
			}
			if hi.IsZero() || hi.Time().Before(d.Time()) {
				hi = d
			}
		}
	}
	return lo, hi, !lo.IsZero()
}

func allUpdates(side []Group) bool {
	for _, g := range side {
		for _, c := range g.Claims {
			if !c.Qual.Update && !c.Qual.Bound {
				return false
			}
		}
	}
	return true
}

// higher reports whether every number of side a is above every number
// of side b.
func higher(a, b []Group) bool {
	for _, ga := range a {
		for _, gb := range b {
			x, ok1 := low(ga)
			y, ok2 := high(gb)
			if !ok1 || !ok2 || x.Cmp(y) < 0 {
				return false
			}
		}
	}
	return true
}

func numbers(c facts.Claim) (facts.Interval, bool) {
	switch v := c.Value.(type) {
	case facts.Quantity:
		return v.N, true
	case facts.Money:
		return v.Amount, true
	}
	return facts.Interval{}, false
}

func low(g Group) (*big.Rat, bool) {
	iv, ok := numbers(g.Claims[0])
	if !ok || iv.Lo == nil {
		return nil, false
	}
	return iv.Lo, true
}

func high(g Group) (*big.Rat, bool) {
	iv, ok := numbers(g.Claims[0])
	if !ok || iv.Hi == nil {
		return nil, false
	}
	return iv.Hi, true
}

// overnightExplanation is why an overnight date conflict is a warning.
const overnightExplanation = "The days are next to each other and the later is dated early in the day, the earlier at night: one night, told on either side of midnight?"

// overnight reports whether every value of a date conflict's dissent
// lies a day from each consensus value it contradicts, the later of the
// two dated only "early" ("early Saturday") and the earlier at night at
// least once ("Friday night", "late Friday"): a night's event told on
// either side of midnight.
func overnight(sides [2][]Group) bool {
	for _, b := range sides[1] {
		for _, a := range sides[0] {
			if a.val.Unify(b.val).Validate() == nil {
				continue
			}
			switch dayApart(a, b) {
			case 1: // b the day after a
				if !edges(b, "early", true) || !edges(a, "late", false) {
					return false
				}
			case -1:
				if !edges(a, "early", true) || !edges(b, "late", false) {
					return false
				}
			default:
				return false
			}
		}
	}
	return len(sides[1]) > 0
}

// edges reports whether all (or, with all false, any) of a group's
// claims are at the edge of a day named.
func edges(g Group, edge string, all bool) bool {
	for _, c := range g.Claims {
		if (c.Qual.Edge == edge) != all {
			return !all
		}
	}
	return all
}

var weekdays = map[string]int{"Mon": 0, "Tue": 1, "Wed": 2, "Thu": 3, "Fri": 4, "Sat": 5, "Sun": 6}

// dayApart returns 1 when the dates of b are the day after a's, -1 when
// the day before, 0 otherwise: by weekday, or by the day of one month.
func dayApart(a, b Group) int {
	da, ok1 := a.Claims[0].Value.(facts.DateValue)
	db, ok2 := b.Claims[0].Value.(facts.DateValue)
	if !ok1 || !ok2 {
		return 0
	}
	if wa, ok := weekdays[da.Weekday]; ok {
		if wb, ok := weekdays[db.Weekday]; ok {
			switch (wb - wa + 7) % 7 {
			case 1:
				return 1
			case 6:
				return -1
			}
			return 0
		}
	}
	if da.Day > 0 && db.Day > 0 && slices.Equal(da.Months, db.Months) && len(da.Months) == 1 && da.Year == db.Year {
		switch db.Day - da.Day {
		case 1:
			return 1
		case -1:
			return -1
		}
	}
	return 0
}

// dayBacked reports whether every dissenting date of a conflict names a
// day of a month that a consensus date names too, and agrees with it:
// "the June 20, 2005 shooting" (a Monday) against "June 20" and
// "Friday". Its only quarrel is with a weekday the consensus gives
// beside that day, which the consensus's own day contradicts: the
// sources mix two events (the deputy's Friday shooting, the June 20 one
// he investigated), or the consensus is wrong; the dissent is not the
// side to blame.
func dayBacked(sides [2][]Group) bool {
	for _, d := range sides[1] {
		dv, ok := d.Claims[0].Value.(facts.DateValue)
		if !ok || dv.Day == 0 || len(dv.Months) != 1 {
			return false
		}
		backed := false
		for _, c := range sides[0] {
			cv, ok := c.Claims[0].Value.(facts.DateValue)
			if ok && cv.Day == dv.Day && slices.Equal(cv.Months, dv.Months) && c.val.Unify(d.val).Validate() == nil {
				backed = true
				break
			}
		}
		if !backed {
			return false
		}
	}
	return len(sides[1]) > 0
}

// guessed reports whether a claim's participant was inferred (a pronoun,
// the one participant the documents name for its event) and, for a
// date, its own sentence does not name them by surname (namesIn).
func guessed(c facts.Claim) bool {
	return c.Qual.Inferred && !(c.Kind == facts.KindDate && len(c.Participants) == 1 && namesIn(c.Sentence.Text(), c.Participants[0]))
}

// namesIn reports whether text names the person: the last word of the
// name, capitalized, as a word of its own ("Ortiz" for Jerry Ortiz).
func namesIn(text, name string) bool {
	ws := strings.Fields(name)
	if len(ws) == 0 {
		return false
	}
	surname := ws[len(ws)-1]
	if r, _ := utf8.DecodeRuneInString(surname); !unicode.IsUpper(r) {
		return false // "the jury": no name
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' }) {
		if w == surname {
			return true
		}
	}
	return false
}
