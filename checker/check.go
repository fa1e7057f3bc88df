package checker

import (
	"context"
	"maps"
	"math/big"
	"runtime"
	"slices"
	"sort"
	"strconv"
	"strings"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/facts/gazetteer"
	"github.com/factlint/factlint/rules"
)

// Options configure a check.
type Options struct {
	Rules *rules.Set
	// Draft names the documents under review. When it is not empty, only
	// conflicts between a draft and another document are reported.
	Draft map[string]bool
	// Places is the gazetteer; nil means the embedded one.
	Places *gazetteer.Gazetteer
	// Aliases maps place names to the gazetteer names they stand for.
	Aliases map[string]string
	// Facts are fact sheets, unified with every document.
	Facts []*FactSheet
	// Ignore lists keys never reported: "aid.amount.USD", or a prefix of
	// whole segments ("aid", "aid.amount").
	Ignore []string
	// Progress, when set, is called once per document extracted, in the
	// caller's goroutine.
	Progress func()
}

// A Conflict is a key on which the sources cannot all be right.
type Conflict struct {
	Severity Severity
	Key      string
	Kind     facts.Kind
	// Rule names what found it: the claim kind ("date"), "directive"
	// for a finding about a suppression directive, RuleSelfContradiction, RuleUnsupported.
	Rule string
	// About says what the claims compared are about: "visit · Jens
	// Stoltenberg · date".
	About string
	// Tie is set when as many sources stand on each side: no majority.
	Tie         bool
	Message     string
	Explanation string
	// Sides[0] holds the groups of claims that agree among themselves and
	// have the most sources behind them; Sides[1] the groups none of whose
	// sources can agree with them.
	Sides [2][]Group
	// At is the claim a linter points at: the first of Sides[1], or in
	// draft mode the draft's first.
	At facts.Claim
}

// Primary returns the claim a linter points at.
func (c *Conflict) Primary() facts.Claim { return c.At }

// A Group is the claims of one or more sources that give one value.
type Group struct {
	Value   string // the value, as facts prints it
	Claims  []facts.Claim
	Sources []string // distinct, sorted

	expr  ast.Expr
	val   cue.Value
	sheet bool // from a fact sheet: established, it outweighs any text
	alone bool // a place in a country only its source names (foreign.go)
}

// A Report is the result of a check.
type Report struct {
	Documents int
	Files     []string // the documents' names, in the order given
	Sources   int
	Claims    int
	Conflicts []Conflict
}

// Source names the voice of a claim: the document, or "doc @handle" for a
// post embedded in it.
func Source(c facts.Claim) string { return source(c.Span.Doc.Name, c.Voice) }

func source(doc, voice string) string {
	if voice != "" {
		return doc + " " + voice
	}
	return doc
}

// keyed: the claim takes part in the comparison across sources.
func keyed(c *facts.Claim) bool { return c.Key != "" && !c.Qual.Negated }

// Lexicon turns the rules' lexicon into the form facts uses.
func Lexicon(s *rules.Set) *facts.Lexicon {
	lex := &facts.Lexicon{Measures: map[string]events.Measure{},
		Generic: events.GenericRules{On: !s.Generic.Off, Exclude: s.Generic.Exclude}}
	for _, e := range s.Events {
		lex.Events = append(lex.Events, facts.Event{Name: e.Name, Words: e.Words, VerbForms: e.VerbForms,
			Again: e.Again, Participant: e.Participant, Fields: e.Fields, Unless: e.Unless, Named: e.Named, Keys: e.Keys, Reported: e.Reported, Collective: e.Collective})
	}
	for name, m := range s.Measures {
		lex.Measures[name] = events.Measure{Words: m.Words, Event: m.Event}
	}
	return lex
}

// ExtractOptions returns the extraction options a rule set implies.
func ExtractOptions(s *rules.Set, places *gazetteer.Gazetteer) (facts.Options, error) {
	if places == nil {
		var err error
		if places, err = gazetteer.Default(); err != nil {
			return facts.Options{}, err
		}
	}
	tol, ok := new(big.Rat).SetString(s.Tolerance)
	if !ok {
		tol = big.NewRat(1, 10)
	}
	return facts.Options{Lexicon: Lexicon(s), Places: places, Tolerance: tol}, nil
}

// FoldAliases keys place aliases by their folded form, as facts wants.
func FoldAliases(aliases map[string]string) map[string]string {
	if len(aliases) == 0 {
		return nil
	}
	out := map[string]string{}
	for from, to := range aliases {
		out[gazetteer.Fold(from)] = to
	}
	return out
}

// ExtractEach extracts the claims of n documents on all cores and hands
// each document's claims to emit in document order, as soon as it and
// every document before it are done: memory holds a window of a few
// documents per core, not all of them. load reads the i-th document (it
// runs on the workers); a load error goes to emit with a nil document.
// emit runs in the caller's goroutine; an error from it stops the run and
// is returned.
func ExtractEach(ctx context.Context, n int, load func(i int) (*facts.Document, error), opt facts.Options,
	emit func(i int, d *facts.Document, claims []facts.Claim, err error) error) error {
	if n == 1 {
		// one document: read in the caller's goroutine, no worker to start
		// nor to wait for (a small check's start-up)
		d, err := load(0)
		var claims []facts.Claim
		if err == nil {
			claims = facts.Extract(d, opt)
		}
		if err := emit(0, d, claims, err); err != nil {
			return err
		}
		return ctx.Err()
	}
	type result struct {
		d      *facts.Document
		claims []facts.Claim
		err    error
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	workers := runtime.GOMAXPROCS(0)
	order := make(chan chan result, 4*workers) // the window, in document order
	sem := make(chan struct{}, workers)
	go func() {
		defer close(order)
		for i := range n {
			ch := make(chan result, 1)
			select {
			case order <- ch:
			case <-ctx.Done():
				return
			}
			select {
			case sem <- struct{}{}:
			case <-ctx.Done():
				return
			}
			go func() {
				defer func() { <-sem }()
				d, err := load(i)
				var claims []facts.Claim
				if err == nil {
					claims = facts.Extract(d, opt)
				}
				ch <- result{d, claims, err}
			}()
		}
	}()
	i := 0
	for ch := range order {
		r := <-ch
		if err := emit(i, r.d, r.claims, r.err); err != nil {
			return err
		}
		i++
	}
	return ctx.Err()
}

// Check extracts the claims of docs and reports their conflicts.
func Check(ctx context.Context, docs []*facts.Document, opt Options) (*Report, error) {
	eo, err := ExtractOptions(opt.Rules, opt.Places)
	if err != nil {
		return nil, err
	}
	eo.Aliases = FoldAliases(opt.Aliases)
	// Keep only what a conflict can need: the keyed claims and what the
	// checks within one text read, and each document's sources and count
	// of claims. The rest is dropped as it is read (facts.Options.Keep).
	// Draft mode reads more (draft.go).
	dr := &drafts{draft: opt.Draft}
	eo.Keep = func(c *facts.Claim) bool {
		return keyed(c) || inTextReads(c) || dr.keep(c) || namesCountry(c) || copyKind(c)
	}
	named := countries{} // the countries each source names, in any claim (foreign.go)
	recaseDrafts(docs, opt.Draft)
	var claims, places []facts.Claim // keyed claims; the other claims naming a country
	var intext []Conflict            // checks within one text, document by document
	var copied [][]facts.Claim       // each document's dates and places, keyed or not (copies.go)
	sources := map[string]bool{}
	total := 0
	err = ExtractEach(ctx, len(docs), func(i int) (*facts.Document, error) { return docs[i], nil }, eo,
		func(_ int, d *facts.Document, cs []facts.Claim, _ error) error {
			found := d.Found()
			total += found.Claims
			for _, v := range found.Voices {
				sources[source(d.Name, v)] = true
			}
			intext = append(intext, InText(opt, d, cs)...)
			copied = append(copied, copyClaims(cs))
			for _, c := range cs {
				switch {
				case keyed(&c):
					claims = append(claims, c)
				case namesCountry(&c):
					places = append(places, c)
				}
				dr.add(c)
			}
			if opt.Progress != nil {
				opt.Progress()
			}
			return nil
		})
	if err != nil {
		return nil, err
	}
	facts.AlignPlaces(docs, append([][]facts.Claim{claims, places, dr.sources}, copied...)...) // one place per name across the documents
	for _, cs := range [][]facts.Claim{claims, places} {
		for _, c := range cs {
			named.add(c)
		}
	}
	facts.Align([][]facts.Claim{claims}) // one name per person across the documents
	r := unify(opt, claims, named)
	r.Conflicts = append(r.Conflicts, dr.conflicts(opt, claims)...) // draft.go
	// A copy is a sentence of another document: one text (a pre-commit
	// hook's) has none, and its sentences need no reading for them.
	if len(copied) > 1 {
		r.Conflicts = withCopies(r.Conflicts, copyDrift(opt, copySentences(copied), r.Conflicts)) // copies.go
	}
	r.Claims, r.Sources = total, len(sources)
	r.Conflicts = append(r.Conflicts, intext...)            // intext.go
	r.Conflicts = append(r.Conflicts, Quotes(opt, docs)...) // quotes.go
	sortConflicts(r.Conflicts, opt.Draft)
	r.Conflicts = suppress(r.Conflicts, docs, opt.Draft)
	r.Documents = len(docs)
	for _, d := range docs {
		r.Files = append(r.Files, d.Name)
	}
	return r, nil
}

// recaseDrafts writes each draft that has no case ("police arrested two
// men in thailand") as its sources write their words (facts.Casing), so
// that names, places and months are read in it as in them.
func recaseDrafts(docs []*facts.Document, draft map[string]bool) {
	var caseless, sources []*facts.Document
	for _, d := range docs {
		switch {
		case !draft[d.Name]:
			sources = append(sources, d)
		case d.Caseless():
			caseless = append(caseless, d)
		}
	}
	if len(caseless) == 0 {
		return
	}
	casing := facts.LearnCasing(sources)
	for _, d := range caseless {
		d.Recase(casing)
	}
}

// CheckEach checks each set of documents alone (an archive holds many
// events, one folder each) and returns one report of them all, its
// conflicts sorted as one check's.
func CheckEach(ctx context.Context, sets [][]*facts.Document, opt Options) (*Report, error) {
	all := &Report{}
	for _, docs := range sets {
		r, err := Check(ctx, docs, opt)
		if err != nil {
			return nil, err
		}
		all.Documents += r.Documents
		all.Files = append(all.Files, r.Files...)
		all.Sources += r.Sources
		all.Claims += r.Claims
		all.Conflicts = append(all.Conflicts, r.Conflicts...)
	}
	sortByPrimary(all.Conflicts)
	return all, nil
}

func ignored(key string, ignore []string) bool {
	for _, i := range ignore {
		if key == i || strings.HasPrefix(key, i+".") {
			return true
		}
	}
	return false
}

// sourceKey is one source's claims for one key.
type sourceKey struct {
	source string
	key    string
	groups []*Group
}

// unify checks the keyed claims already extracted; named is the
// countries each source names in any claim (foreign.go).
func unify(opt Options, claims []facts.Claim, named countries) *Report {
	links := linksOf(claims) // linked.go
	byKey, kinds, sources := indexClaims(opt, claims, links)
	r := &Report{Claims: len(claims), Sources: len(sources)}
	places := placesTold(claims) // keyed.go

	// Each key is judged alone: its sources' values (one disjunction per
	// source) unify with one another and with the fact sheets' value for
	// the key. A check is then linear in the number of claims: no value
	// holds more than one key, and equal disjunctions unify once.
	markAlone(byKey, kinds, named)    // foreign.go
	odd := markOdd(opt, byKey, kinds) // odd.go
	two := twoEvents(opt, byKey, kinds)
	for _, k := range slices.Sorted(maps.Keys(byKey)) {
		if ignored(k, opt.Ignore) {
			continue
		}
		r.Conflicts = append(r.Conflicts, judgeKey(opt, k, kinds[k], byKey[k], two, places, odd[k], links)...)
	}
	// Dates that pin one occurrence, across the keys of their event.
	r.Conflicts = append(r.Conflicts, pinnedConflicts(opt, byKey, places, r.Conflicts)...)
	return r // Check sorts every conflict once
}

// indexClaims groups the keyed claims by key, source and value, each
// value built and validated in CUE once; it returns the index, each
// key's kind and the set of every claim's source.
func indexClaims(opt Options, claims []facts.Claim, links eventLinks) (keyIndex, map[string]facts.Kind, map[string]bool) {
	ctx := opt.Rules.Context()
	var fs files
	byKey := keyIndex{}
	kinds := map[string]facts.Kind{}
	sources := map[string]bool{}
	values := map[string]cue.Value{}
	ageSpans := ageSpans(claims)          // ages are compared at one date (agedto.go)
	var second []facts.Claim              // readings as the source's one participant, added once every key is known
	unnamed := map[string][]facts.Claim{} // pronoun claims read as naming no one, by key and source
	names := unnamedNames{}
	own := tells{}           // what each source tells of each event and role (linked.go)
	var linked []facts.Claim // readings under a linked event's key
	for _, c := range claims {
		sources[Source(c)] = true
		if c.Key == "" || c.Qual.Negated || noSuchDay(c) { // a 31 April is reported once, by intext.go
			continue
		}
		compared, ok := agedTo(c, ageSpans[c.Key]) // c itself is what the report shows
		if !ok {
			continue
		}
		x := fs.Encode(compared)
		if x == nil {
			continue
		}
		// Claims that print the same value are the same CUE value:
		// build and validate it once (positions do not take part).
		vk := c.Kind.String() + "\x00" + compared.Value.String()
		v, seen := values[vk]
		if !seen {
			v = ctx.BuildExpr(x).Unify(opt.Rules.Schema(c.Kind.String()))
			if v.Validate() != nil {
				v = cue.Value{} // outside the schema (a 31 February): not a claim to check
			}
			values[vk] = v
		}
		if !v.Exists() {
			continue
		}
		if d, ok := alsoNamed(c); ok {
			second = append(second, d)
		}
		if d, ok := alsoUnnamed(c); ok {
			unnamed[d.Key+"\x00"+Source(d)] = append(unnamed[d.Key+"\x00"+Source(d)], d)
		}
		names.note(c)
		own.note(c)
		linked = append(linked, links.readings(c)...)
		byKey.add(kinds, c, x, v)
	}
	// A second reading joins its key only where another source speaks of
	// that participant: it is there to be compared, not to be a fact.
	// Its value was built for the claim it reads again; one read at
	// another date (an age) or never built is left out.
	addReading := func(c facts.Claim) {
		compared, ok := agedTo(c, ageSpans[c.Key])
		if !ok {
			return
		}
		x := fs.Encode(compared)
		v, seen := values[c.Kind.String()+"\x00"+compared.Value.String()]
		if x == nil || !seen || !v.Exists() {
			return
		}
		byKey.add(kinds, c, x, v)
	}
	for _, c := range second {
		if srcs := byKey[c.Key]; len(srcs) > 1 || len(srcs) == 1 && srcs[Source(c)] == nil {
			addReading(c)
		}
	}
	addUnnamed(byKey, addReading, names, unnamed)
	addLinked(byKey, addReading, own, names, linked)
	return byKey, kinds, sources
}

// judgeKey returns the conflicts of one key: its sources' own
// contradictions, their odd dates, and, when their values do not unify
// with one another and the fact sheets', the conflict between them.
func judgeKey(opt Options, k string, kind facts.Kind, keyed map[string]*sourceKey, two map[string]bool, places placeIndex, odd []oddDate, links eventLinks) []Conflict {
	srcs, out := comparable(opt, k, kind, keyed, two, places)
	for _, o := range odd {
		if c, ok := oddConflict(opt, k, kind, srcs, o); ok {
			out = append(out, c)
		}
	}
	if agrees(opt.Rules.Context(), k, srcs, opt.Facts, several(opt, k, kind)) {
		return out
	}
	for _, sheet := range opt.Facts {
		if g := sheet.group(k, kind); g != nil {
			srcs[sheet.Doc.Name] = &sourceKey{source: sheet.Doc.Name, key: k, groups: []*Group{g}}
		}
	}
	if c, ok := conflict(opt, k, kind, srcs, keyed, places, links); ok {
		out = append(out, c)
	}
	if isGeneric(keyed) {
		genericConflicts(out) // generic.go
	}
	out = eraConflicts(k, out) // era.go
	return out
}

// keyIndex holds the keyed claims by key and source.
type keyIndex map[string]map[string]*sourceKey

// add files claim c, encoded as x and built as v, under its key and
// source.
func (byKey keyIndex) add(kinds map[string]facts.Kind, c facts.Claim, x ast.Expr, v cue.Value) {
	src := Source(c)
	if byKey[c.Key] == nil {
		byKey[c.Key] = map[string]*sourceKey{}
	}
	sk := byKey[c.Key][src]
	if sk == nil {
		sk = &sourceKey{source: src, key: c.Key}
		byKey[c.Key][src] = sk
	}
	kinds[c.Key] = c.Kind
	sk.add(c, x, v)
}

func (sk *sourceKey) add(c facts.Claim, x ast.Expr, v cue.Value) {
	val := c.Value.String()
	for _, g := range sk.groups {
		if g.Value == val {
			g.Claims = append(g.Claims, c)
			return
		}
	}
	sk.groups = append(sk.groups, &Group{Value: val, Claims: []facts.Claim{c}, Sources: []string{sk.source}, expr: x, val: v})
}

// kept is the source's values for its key less those a more specific
// one implies ("Ukraine" beside "Lviv").
func (sk *sourceKey) kept() []*Group {
	var keep []*Group
	for i, g := range sk.groups {
		implied := false
		for j, h := range sk.groups {
			if i != j && g.val.Subsume(h.val) == nil && h.val.Subsume(g.val) != nil {
				implied = true
				break
			}
		}
		if !implied {
			keep = append(keep, g)
		}
	}
	return keep
}

// disjunction is the source's value for its key: its alternatives, less
// those a more specific alternative implies.
func (sk *sourceKey) disjunction() (x ast.Expr, signature string) {
	var keep []ast.Expr
	var vals []string
	for _, g := range sk.kept() {
		keep = append(keep, g.expr)
		vals = append(vals, g.Value)
	}
	slices.Sort(vals)
	return or(keep), strings.Join(vals, "\x00")
}

// agrees reports whether the sources' values for a key, and the fact
// sheets' values for it, unify. A source's value is all its values at
// once, or, for a kind whose events take several values (several), any
// one of them. Sources whose alternatives print the same
// are unified once: unification is idempotent.
func agrees(ctx *cue.Context, key string, srcs map[string]*sourceKey, sheets []*FactSheet, several bool) bool {
	seen := map[string]bool{}
	var u cue.Value
	first := true
	add := func(v cue.Value) {
		if first {
			u, first = v, false
		} else {
			u = u.Unify(v)
		}
	}
	for _, s := range slices.Sorted(maps.Keys(srcs)) {
		sk := srcs[s]
		if sk.hasAlone() {
			return false // a place of its own is a dissent (foreign.go)
		}
		x, sig := sk.disjunction()
		if !several {
			x, sig = sk.conjunction()
		}
		if seen[sig] {
			continue
		}
		seen[sig] = true
		add(ctx.BuildExpr(x))
	}
	for _, sheet := range sheets {
		if v := sheet.lookup(key); v.Exists() {
			add(v)
		}
	}
	return first || u.Validate() == nil
}

// conflict splits the values of a key that failed to unify into the
// largest set of groups that agree (by number of sources) and the rest.
func conflict(opt Options, key string, kind facts.Kind, srcs, keyed map[string]*sourceKey, places placeIndex, links eventLinks) (Conflict, bool) {
	groups := mergeGroups(srcs)
	// Each pair of values is unified at most once: split asks about
	// pairs again and again.
	memo := make([]int8, len(groups)*len(groups)) // 0 unknown, 1 agree, -1 not
	agree := func(i, j int) bool {
		if i > j {
			i, j = j, i
		}
		k := i*len(groups) + j
		if memo[k] == 0 {
			memo[k] = -1
			if groups[i].val.Unify(groups[j].val).Validate() == nil {
				memo[k] = 1
			}
		}
		return memo[k] == 1
	}
	sides := split(groups, agree, opt.Draft, several(opt, key, kind))
	if len(sides[1]) == 0 {
		return Conflict{}, false
	}
	pinned, slip := false, false
	if kind == facts.KindDate && !once(opt, key) && !hasSheet(sides) && occurrencesApart(sides) && !places.shared(sides) {
		if sides, pinned = pinnedDissent(sides); !pinned {
			others, oneEach := leftOut(keyed, srcs)
			if !oneEach || reported(opt, key) || !loneSlip(sides) || toldElsewhere(sides[1][0], others) {
				return Conflict{}, false // a repeated event: two occurrences
			}
			slip = true // one occurrence told wrong, maybe (slip.go)
		}
	}
	if kind == facts.KindDate && !hasSheet(sides) && dayBacked(sides) {
		return Conflict{}, false // the consensus contradicts itself: a day and a weekday it does not fall on
	}
	c := Conflict{Key: key, Kind: kind, Rule: kind.String(), Sides: sides, About: About(key)}
	// No majority: reported as equals, unless a draft is under review
	// (the report points at it) or a fact sheet stands on one side.
	c.Tie = len(opt.Draft) == 0 && !hasSheet(sides) && tie(sides)
	if len(opt.Draft) > 0 {
		// Only a draft's claim on one side against another document's on
		// the other; the linter points at the draft.
		d0, o0 := involves(sides[0], opt.Draft)
		d1, o1 := involves(sides[1], opt.Draft)
		if !(d0 && o1 || d1 && o0) {
			return Conflict{}, false
		}
	}
	judgeConflict(opt, &c, links)
	if pinned && c.Explanation == "" {
		c.Explanation = pinnedExplanation
	}
	if slip {
		c.Severity, c.Explanation = min(c.Severity, Warning), slipExplanation
	}
	c.Message = message(key, sides)
	if c.Tie {
		c.Message = key + ": no majority: " + strings.TrimPrefix(c.Message, key+": ")
	}
	return c, true
}

// mergeGroups merges equal values across sources into groups, more
// sources first; among as many, the one stated first (by document, then
// position), never by the value's spelling.
func mergeGroups(srcs map[string]*sourceKey) []*Group {
	var groups []*Group
	byVal := map[string]*Group{}
	for _, s := range slices.Sorted(maps.Keys(srcs)) {
		// A value another of the source's implies is no alternative of
		// its own: "Ukraine" beside "Lviv" does not make the source agree
		// with "Kyiv".
		for _, g := range srcs[s].kept() {
			if m := byVal[g.Value]; m != nil {
				m.Claims = append(m.Claims, g.Claims...)
				m.Sources = append(m.Sources, g.Sources...)
				continue
			}
			c := *g
			c.Claims = append([]facts.Claim(nil), g.Claims...)
			byVal[g.Value] = &c
			groups = append(groups, &c)
		}
	}
	// More sources first; among as many, the one stated first (by
	// document, then position), never by the value's spelling.
	sort.SliceStable(groups, func(i, j int) bool {
		if len(groups[i].Sources) != len(groups[j].Sources) {
			return len(groups[i].Sources) > len(groups[j].Sources)
		}
		a, b := groups[i].Claims[0], groups[j].Claims[0]
		if a.Span.Doc.Name != b.Span.Doc.Name {
			return a.Span.Doc.Name < b.Span.Doc.Name
		}
		return a.Span.Start < b.Span.Start
	})
	return groups
}

// judgeConflict sets c's severity and explanation: the kind's rule and
// its downgrades, then a place alone in its country (foreign.go), a date
// of saying (reported-date), a night told on either side of midnight and
// an update of a count, and a conflict that stands only on another
// event's value read as one incident's (linked.go).
func judgeConflict(opt Options, c *Conflict, links eventLinks) {
	key, kind, sides := c.Key, c.Kind, c.Sides
	c.Severity, c.Explanation = judge(opt.Rules.Kinds[kind.String()], sides)
	if sev, why, ok := alone(sides, several(opt, key, kind), local(opt, key), c.Severity); ok && (c.Explanation == "" || sev < c.Severity) {
		c.Severity, c.Explanation = sev, why // foreign.go
	}
	if reported(opt, key) {
		c.Rule, c.Severity, c.Explanation = RuleReported, severity(opt, RuleReported, Warning), reportedExplanation
	}
	if kind == facts.KindDate && c.Severity > Warning && overnight(sides) {
		c.Severity, c.Explanation = Warning, overnightExplanation
	}
	if sev, why, ok := update(kind, sides); ok && sev < c.Severity {
		c.Severity, c.Explanation, c.Tie = sev, why, false
	}
	if c.Severity > Warning && looseOnly(sides) {
		c.Severity, c.Explanation = Warning, linkedExplanation(links, sides)
	}
}

// involves reports whether a side holds a draft's claim, and another
// document's.
func involves(side []Group, draft map[string]bool) (hasDraft, hasOther bool) {
	for _, g := range side {
		for _, c := range g.Claims {
			if draft[c.Span.Doc.Name] {
				hasDraft = true
			} else {
				hasOther = true
			}
		}
	}
	return hasDraft, hasOther
}

// split finds the set of mutually agreeing groups that a fact sheet, else
// the most claims of documents other than drafts, else the most sources
// back (each group in turn seeds a greedy set; the first best wins), and
// returns it with the groups left over.
func split(groups []*Group, agree func(i, j int) bool, draft map[string]bool, alternatives bool) [2][]Group {
	var best []bool
	bestN := -1
	for seed := range groups {
		in := make([]bool, len(groups))
		in[seed] = true
		for i := range groups {
			if in[i] {
				continue
			}
			ok := true
			for j := range groups {
				if in[j] && !agree(i, j) {
					ok = false
					break
				}
			}
			in[i] = ok
		}
		srcs, firm, claims, sheets := map[string]bool{}, map[string]bool{}, 0, 0
		for i, g := range groups {
			if in[i] {
				for _, s := range g.Sources {
					srcs[s] = true
				}
				for _, c := range g.Claims {
					if !draft[c.Span.Doc.Name] {
						firm[Source(c)] = true // a draft is under review: sources weigh more
					}
				}
				claims += len(g.Claims)
				if g.sheet {
					sheets++
				}
			}
		}
		if n := sheets<<48 + len(firm)<<32 + len(srcs)<<16 + claims; n > bestN {
			best, bestN = in, n
		}
	}
	// Where a source's values are alternatives (a trip's places), one of
	// them in the agreeing set satisfies it: the others are about other
	// stops, not a dissent. Where they are one fact, every value of the
	// source stands.
	satisfied := map[string]bool{}
	var sides [2][]Group
	for i, g := range groups {
		if best[i] {
			sides[0] = append(sides[0], *g)
			for _, s := range g.Sources {
				satisfied[s] = alternatives
			}
		}
	}
	for i, g := range groups {
		if best[i] {
			continue
		}
		d := *g
		d.Claims, d.Sources = nil, nil
		for _, c := range g.Claims {
			if src := Source(c); !satisfied[src] || g.alone {
				d.Claims = append(d.Claims, c)
				d.Sources = append(d.Sources, src)
			}
		}
		if len(d.Claims) > 0 {
			sides[1] = append(sides[1], d)
		}
	}
	return sides
}

// judge applies a kind's rule: its severity, lowered when every claim on
// one side carries a qualifier the rule names.
func judge(k rules.Kind, sides [2][]Group) (Severity, string) {
	sev, err := ParseSeverity(k.Severity)
	if err != nil {
		sev = Error
	}
	explain := ""
	for _, q := range slices.Sorted(maps.Keys(k.Downgrade)) {
		d := k.Downgrade[q]
		for _, side := range sides {
			scope, all := "", true
			for _, g := range side {
				for _, c := range g.Claims {
					if !has(c.Qual, q) {
						all = false
					}
					if scope == "" && c.Qual.Scope != "" {
						scope = "\"" + c.Qual.Scope + "\""
					}
				}
			}
			if !all {
				continue
			}
			if s, err := ParseSeverity(d.Severity); err == nil && s < sev {
				sev, explain = s, strings.ReplaceAll(d.Explain, "{scope}", scope)
			}
		}
	}
	return sev, explain
}

func has(q facts.Qualifiers, name string) bool {
	switch name {
	case "scoped":
		return q.Scope != ""
	case "approximate":
		return q.Approximate
	case "bound":
		return q.Bound
	case "hedged":
		return q.Hedged
	case "attributed":
		return q.Attributed != ""
	}
	return false
}

func message(key string, sides [2][]Group) string {
	var parts []string
	for _, side := range sides {
		n := map[string]bool{}
		var vals []string
		for _, g := range side {
			for _, s := range g.Sources {
				n[s] = true
			}
			if g.sheet {
				// A fact sheet's words are CUE, not prose: name the sheet.
				vals = append(vals, g.Value+" (fact sheet "+g.Claims[0].Span.Doc.Name+")")
				continue
			}
			vals = append(vals, g.Value+" (\""+g.Claims[0].Text()+"\")")
		}
		verb := "sources say"
		if len(n) == 1 {
			verb = "source says"
		}
		parts = append(parts, strconv.Itoa(len(n))+" "+verb+" "+strings.Join(vals, " or "))
	}
	return key + ": " + strings.Join(parts, "; ")
}

// firstClaim is the first claim of the groups, of a draft if draft is set.
func firstClaim(gs []Group, draft map[string]bool) facts.Claim {
	for _, g := range gs {
		for _, c := range g.Claims {
			if draft == nil || draft[c.Span.Doc.Name] {
				return c
			}
		}
	}
	return facts.Claim{}
}

func sortConflicts(cs []Conflict, draft map[string]bool) {
	for i := range cs {
		for s := range cs[i].Sides {
			for g := range cs[i].Sides[s] {
				sortClaims(cs[i].Sides[s][g].Claims)
				sort.Strings(cs[i].Sides[s][g].Sources)
				cs[i].Sides[s][g].Sources = slices.Compact(cs[i].Sides[s][g].Sources)
			}
		}
	}
	for i := range cs {
		if cs[i].Rule == RuleDirective {
			continue
		}
		cs[i].At = firstClaim(cs[i].Sides[1], nil)
		if draft != nil {
			if d := firstClaim(append(append([]Group{}, cs[i].Sides[1]...), cs[i].Sides[0]...), draft); d.Span.Doc != nil {
				cs[i].At = d
			}
		}
	}
	sortByPrimary(cs)
}

// sortByPrimary orders conflicts by the claim a linter points at, then key.
func sortByPrimary(cs []Conflict) {
	sort.SliceStable(cs, func(i, j int) bool {
		a, b := cs[i].Primary(), cs[j].Primary()
		if a.Span.Doc.Name != b.Span.Doc.Name {
			return a.Span.Doc.Name < b.Span.Doc.Name
		}
		if a.Span.Start != b.Span.Start {
			return a.Span.Start < b.Span.Start
		}
		return cs[i].Key < cs[j].Key
	})
}

func sortClaims(cs []facts.Claim) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].Span.Doc.Name != cs[j].Span.Doc.Name {
			return cs[i].Span.Doc.Name < cs[j].Span.Doc.Name
		}
		return cs[i].Span.Start < cs[j].Span.Start
	})
}
