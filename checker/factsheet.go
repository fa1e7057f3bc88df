package checker

import (
	"fmt"
	"strings"
	"sync/atomic"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/format"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/rules"
)

// A FactSheet is a CUE file of established facts, by key:
//
//	summit: place: city: "Vilnius"
//	summit: date: {year: 2023, month: 7}
//
// It is unified with every document, as one more source.
type FactSheet struct {
	Doc   *facts.Document // the file, for positions and quotes
	Value cue.Value
}

// LoadFacts compiles and validates a fact sheet: every field must be a key
// the lexicon knows, holding a value of its kind's schema.
func LoadFacts(set *rules.Set, name string, data []byte) (*FactSheet, error) {
	var where atomic.Value
	where.Store(name + ":1")
	return rules.Budgeted(&where, "the fact sheet takes", func() (*FactSheet, error) {
		if err := rules.CheckSource(name, data); err != nil {
			return nil, err
		}
		return loadFacts(set, name, data)
	})
}

func loadFacts(set *rules.Set, name string, data []byte) (*FactSheet, error) {
	doc, err := facts.Load(name, data, facts.Meta{})
	if err != nil {
		return nil, err
	}
	v := set.Context().CompileBytes(data, cue.Filename(name))
	if err := v.Err(); err != nil {
		return nil, rules.Error(err)
	}
	kinds := fieldKinds(set)
	events, err := v.Fields()
	if err != nil {
		return nil, rules.Error(err)
	}
	for events.Next() {
		ev := events.Selector().String()
		fields, ok := kinds[ev]
		if !ok {
			return nil, fmt.Errorf("%s: unknown event %q (not in the lexicon)", events.Value().Pos(), ev)
		}
		fs, err := events.Value().Fields()
		if err != nil {
			return nil, rules.Error(err)
		}
		for fs.Next() {
			kind, ok := fields[fs.Selector().String()]
			if !ok {
				return nil, fmt.Errorf("%s: %s has no field %q", fs.Value().Pos(), ev, fs.Selector())
			}
			leaves := []cue.Value{fs.Value()}
			if kind == facts.KindCount || kind == facts.KindMoney { // by noun or currency
				leaves = nil
				sub, err := fs.Value().Fields()
				if err != nil {
					return nil, rules.Error(err)
				}
				for sub.Next() {
					leaves = append(leaves, sub.Value())
				}
			}
			for _, l := range leaves {
				if err := l.Unify(set.Schema(kind.String())).Validate(); err != nil {
					return nil, rules.Error(err)
				}
			}
		}
	}
	return &FactSheet{Doc: doc, Value: v}, nil
}

// fieldKinds maps event -> key field -> claim kind, from the lexicon.
func fieldKinds(set *rules.Set) map[string]map[string]facts.Kind {
	byName := map[string]facts.Kind{}
	for k := facts.KindDate; k <= facts.KindOrdinal; k++ {
		byName[k.String()] = k
	}
	out := map[string]map[string]facts.Kind{}
	for _, e := range set.Events {
		out[e.Name] = map[string]facts.Kind{}
		for kind, field := range e.Fields {
			out[e.Name][field] = byName[kind]
		}
	}
	return out
}

// group returns the sheet's value for a key as a group of one claim, or
// nil when the sheet says nothing of the key.
func (fs *FactSheet) group(key string, kind facts.Kind) *Group {
	v := fs.lookup(key)
	if !v.Exists() {
		return nil
	}
	b, err := format.Node(v.Syntax(cue.Final()))
	if err != nil {
		return nil
	}
	text := compact(string(b))
	pos := v.Pos()
	if f, ok := v.Source().(*ast.Field); ok && f.Value.Pos().IsValid() {
		pos = f.Value.Pos() // the value, not its label: city: "Vilnius"
	}
	start := pos.Offset()
	if !pos.IsValid() || start > len(fs.Doc.Text) {
		start = 0
	}
	end := start
	for end < len(fs.Doc.Text) && fs.Doc.Text[end] != '\n' {
		end++
	}
	line := start
	for line > 0 && fs.Doc.Text[line-1] != '\n' {
		line--
	}
	c := facts.Claim{Kind: kind, Key: key, Value: facts.Literal{Text: text},
		Span:     facts.Span{Doc: fs.Doc, Start: start, End: end},
		Sentence: facts.Span{Doc: fs.Doc, Start: line, End: end}}
	return &Group{Value: text, Claims: []facts.Claim{c}, Sources: []string{fs.Doc.Name}, val: v, sheet: true}
}

// lookup returns the sheet's value at a key's path: "visit[Jens
// Stoltenberg].date", else the event's without participants
// ("summit.place" holds for the NATO summit too).
func (fs *FactSheet) lookup(key string) cue.Value {
	v := fs.Value.LookupPath(keyPath(key))
	if ev, ps, role, ok := events.SplitKey(key); ok && len(ps) > 0 && !v.Exists() {
		v = fs.Value.LookupPath(keyPath(ev + "." + role))
	}
	return v
}

func keyPath(key string) cue.Path {
	sels := make([]cue.Selector, 0, 4)
	for _, p := range strings.Split(key, ".") {
		sels = append(sels, cue.Str(p))
	}
	return cue.MakePath(sels...)
}

// compact puts formatted CUE on one line: {year: 2023, month: 7}.
func compact(s string) string {
	var parts []string
	for _, l := range strings.Split(s, "\n") {
		if l = strings.Join(strings.Fields(l), " "); l != "" {
			parts = append(parts, l)
		}
	}
	if len(parts) > 2 && parts[0] == "{" && parts[len(parts)-1] == "}" {
		return "{" + strings.Join(parts[1:len(parts)-1], ", ") + "}"
	}
	return strings.Join(parts, " ")
}
