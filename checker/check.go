package checker

import (
	"context"
	"math/big"
	"runtime"
	"sort"
	"strings"
	"sync"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/errors"

	"github.com/factlint/factlint/facts"
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
}

// A Conflict is a key on which the sources cannot all be right.
type Conflict struct {
	Severity    Severity
	Key         string
	Kind        facts.Kind
	Message     string
	Explanation string
	// Sides holds the groups of claims that agree among themselves; no
	// group of Sides[0] can hold together with any of Sides[1].
	Sides [2][]Group
}

// Primary is the claim a linter points at: the first of the dissenting
// side (in draft mode, the draft's).
func (c *Conflict) Primary() facts.Claim { return c.Sides[1][0].Claims[0] }

// A Group is the claims of one or more sources that give one value.
type Group struct {
	Value   string // the value, as facts prints it
	Claims  []facts.Claim
	Sources []string // distinct, sorted

	expr ast.Expr
	val  cue.Value
}

// A Report is the result of a check.
type Report struct {
	Documents int
	Sources   int
	Claims    int
	Conflicts []Conflict
}

// Source names the voice of a claim: the document, or "doc @handle" for a
// post embedded in it.
func Source(c facts.Claim) string {
	if c.Voice != "" {
		return c.Span.Doc.Name + " " + c.Voice
	}
	return c.Span.Doc.Name
}

// Lexicon turns the rules' lexicon into the form facts uses.
func Lexicon(s *rules.Set) *facts.Lexicon {
	kinds := map[string]facts.Kind{}
	for k := facts.KindDate; k <= facts.KindOrdinal; k++ {
		kinds[k.String()] = k
	}
	lex := &facts.Lexicon{}
	for _, e := range s.Events {
		ev := facts.Event{Name: e.Name, Words: e.Words, Again: e.Again, Fields: map[facts.Kind]string{}}
		for k, f := range e.Fields {
			ev.Fields[kinds[k]] = f
		}
		lex.Events = append(lex.Events, ev)
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

// ExtractAll extracts the claims of every document, in parallel, and
// returns them in document order.
func ExtractAll(ctx context.Context, docs []*facts.Document, opt facts.Options) ([][]facts.Claim, error) {
	out := make([][]facts.Claim, len(docs))
	sem := make(chan struct{}, runtime.GOMAXPROCS(0))
	var wg sync.WaitGroup
	for i, d := range docs {
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		wg.Add(1)
		sem <- struct{}{}
		go func() {
			defer func() { <-sem; wg.Done() }()
			out[i] = facts.Extract(d, opt)
		}()
	}
	wg.Wait()
	return out, ctx.Err()
}

// Check extracts the claims of docs and reports their conflicts.
func Check(ctx context.Context, docs []*facts.Document, opt Options) (*Report, error) {
	eo, err := ExtractOptions(opt.Rules, opt.Places)
	if err != nil {
		return nil, err
	}
	all, err := ExtractAll(ctx, docs, eo)
	if err != nil {
		return nil, err
	}
	var claims []facts.Claim
	for _, cs := range all {
		claims = append(claims, cs...)
	}
	r := Unify(opt, claims)
	r.Documents = len(docs)
	return r, nil
}

// sourceKey is one source's claims for one key.
type sourceKey struct {
	source string
	key    string
	groups []*Group
}

// Unify checks claims already extracted.
func Unify(opt Options, claims []facts.Claim) *Report {
	ctx := opt.Rules.Context()
	var fs files
	r := &Report{Claims: len(claims)}

	// Group the keyed claims by key, source and value.
	byKey := map[string]map[string]*sourceKey{}
	kinds := map[string]facts.Kind{}
	sources := map[string]bool{}
	for _, c := range claims {
		sources[Source(c)] = true
		if c.Key == "" || c.Qual.Negated {
			continue
		}
		x := fs.Encode(c)
		if x == nil {
			continue
		}
		v := ctx.BuildExpr(x).Unify(opt.Rules.Schema(c.Kind.String()))
		if v.Validate() != nil {
			continue // outside the schema (a 31 February): not a claim to check
		}
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
	r.Sources = len(sources)

	// Each source becomes one struct; all of them unify.
	keys := sortedKeys(byKey)
	bySource := map[string][]any{}
	for _, k := range keys {
		path := strings.Split(k, ".")
		for _, sk := range byKey[k] {
			bySource[sk.source] = append(bySource[sk.source], field(path[0], nest(path[1:], sk.disjunction())))
		}
	}
	u := ctx.CompileString("{}")
	for _, s := range sortedKeys(bySource) {
		u = u.Unify(ctx.BuildExpr(ast.NewStruct(bySource[s]...)))
	}
	failed := map[string]bool{}
	for _, e := range errors.Errors(u.Validate()) {
		if k := keyOf(errors.Path(e), byKey); k != "" {
			failed[k] = true
		}
	}
	for _, k := range keys {
		if !failed[k] {
			continue
		}
		if c, ok := conflict(opt, k, kinds[k], byKey[k]); ok {
			r.Conflicts = append(r.Conflicts, c)
		}
	}
	sortConflicts(r.Conflicts)
	return r
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

// disjunction is the source's value for its key: its alternatives, less
// those a more specific alternative implies.
func (sk *sourceKey) disjunction() ast.Expr {
	var keep []ast.Expr
	for i, g := range sk.groups {
		implied := false
		for j, h := range sk.groups {
			if i != j && g.val.Subsume(h.val) == nil && h.val.Subsume(g.val) != nil {
				implied = true
				break
			}
		}
		if !implied {
			keep = append(keep, g.expr)
		}
	}
	return or(keep)
}

// keyOf maps a CUE error path to the longest key it lies under.
func keyOf(path []string, byKey map[string]map[string]*sourceKey) string {
	for n := len(path); n > 0; n-- {
		if k := strings.Join(path[:n], "."); byKey[k] != nil {
			return k
		}
	}
	return ""
}

// conflict splits the values of a key that failed to unify into the
// largest set of groups that agree (by number of sources) and the rest.
func conflict(opt Options, key string, kind facts.Kind, srcs map[string]*sourceKey) (Conflict, bool) {
	// Merge equal values across sources.
	var groups []*Group
	byVal := map[string]*Group{}
	for _, s := range sortedKeys(srcs) {
		for _, g := range srcs[s].groups {
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
	sort.SliceStable(groups, func(i, j int) bool {
		if len(groups[i].Sources) != len(groups[j].Sources) {
			return len(groups[i].Sources) > len(groups[j].Sources)
		}
		return groups[i].Value < groups[j].Value
	})
	agree := func(a, b *Group) bool { return a.val.Unify(b.val).Validate() == nil }
	var sides [2][]Group
	var majority []*Group
	for _, g := range groups {
		ok := true
		for _, m := range majority {
			if !agree(g, m) {
				ok = false
				break
			}
		}
		if ok {
			majority = append(majority, g)
			sides[0] = append(sides[0], *g)
		} else {
			sides[1] = append(sides[1], *g)
		}
	}
	if len(sides[1]) == 0 {
		return Conflict{}, false
	}
	if len(opt.Draft) > 0 {
		var ok bool
		if sides, ok = draftSides(opt.Draft, sides, agree); !ok {
			return Conflict{}, false
		}
	}
	c := Conflict{Key: key, Kind: kind, Sides: sides}
	c.Severity, c.Explanation = judge(opt.Rules.Kinds[kind.String()], sides)
	c.Message = message(key, sides)
	return c, true
}

// draftSides keeps a conflict only if a draft's value disagrees with
// another document's, and puts the draft's dissenting groups first.
func draftSides(draft map[string]bool, sides [2][]Group, agree func(a, b *Group) bool) ([2][]Group, bool) {
	isDraft := func(g *Group) bool {
		for _, c := range g.Claims {
			if draft[c.Span.Doc.Name] {
				return true
			}
		}
		return false
	}
	var all []Group
	all = append(append(all, sides[0]...), sides[1]...)
	for i := range all {
		if !isDraft(&all[i]) {
			continue
		}
		for j := range all {
			if i != j && !isDraft(&all[j]) && !agree(&all[i], &all[j]) {
				// the draft's group is the dissent; what it contradicts, the rest
				var out [2][]Group
				for k := range all {
					if k == i {
						continue
					}
					if agree(&all[i], &all[k]) {
						continue
					}
					out[0] = append(out[0], all[k])
				}
				out[1] = []Group{all[i]}
				return out, true
			}
		}
	}
	return sides, false
}

// judge applies a kind's rule: its severity, lowered when every claim on
// one side carries a qualifier the rule names.
func judge(k rules.Kind, sides [2][]Group) (Severity, string) {
	sev, err := ParseSeverity(k.Severity)
	if err != nil {
		sev = Error
	}
	explain := ""
	for _, q := range sortedKeys(k.Downgrade) {
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
			vals = append(vals, g.Value+" (\""+g.Claims[0].Text()+"\")")
		}
		verb := "sources say"
		if len(n) == 1 {
			verb = "source says"
		}
		parts = append(parts, itoa(len(n))+" "+verb+" "+strings.Join(vals, " or "))
	}
	return key + ": " + strings.Join(parts, "; ")
}

func itoa(n int) string { return big.NewInt(int64(n)).String() }

func sortedKeys[V any](m map[string]V) []string {
	ks := make([]string, 0, len(m))
	for k := range m {
		ks = append(ks, k)
	}
	sort.Strings(ks)
	return ks
}

func sortConflicts(cs []Conflict) {
	for i := range cs {
		for s := range cs[i].Sides {
			for g := range cs[i].Sides[s] {
				sortClaims(cs[i].Sides[s][g].Claims)
				sort.Strings(cs[i].Sides[s][g].Sources)
				cs[i].Sides[s][g].Sources = dedupe(cs[i].Sides[s][g].Sources)
			}
		}
	}
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

func dedupe(s []string) []string {
	out := s[:0]
	for i, x := range s {
		if i == 0 || x != s[i-1] {
			out = append(out, x)
		}
	}
	return out
}
