package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"slices"
	"sort"
	"strings"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/token"
)

//go:embed cue/*.cue
var embedded embed.FS

// A File is a rule file given by the user.
type File struct {
	Name string
	Data []byte
}

// A Set is a loaded, validated rule set.
type Set struct {
	ctx       *cue.Context
	value     cue.Value
	Events    []Event         // sorted by name
	Kinds     map[string]Kind // by claim kind ("date", "place", ...) and by check id ("misquote")
	Tolerance string          // a decimal fraction: "0.1"
}

// An Event is a lexicon entry.
type Event struct {
	Name   string
	Words  []string
	Again  []string
	Fields map[string]string // claim kind -> key field
}

// A Kind says how conflicts of one claim kind are judged.
type Kind struct {
	Doc       string
	Example   string
	Severity  string
	Downgrade map[string]Downgrade // by qualifier
}

// A Downgrade lowers a conflict's severity when a side is qualified.
type Downgrade struct {
	Severity string
	Explain  string
}

// Context is the CUE context every value checked against the set must
// come from.
func (s *Set) Context() *cue.Context { return s.ctx }

// Schema returns the schema of values of a claim kind.
func (s *Set) Schema(kind string) cue.Value {
	return s.value.LookupPath(cue.MakePath(cue.Def("Value"), cue.Str(kind)))
}

// Value returns the whole unified rule set.
func (s *Set) Value() cue.Value { return s.value }

// Load compiles the embedded rules and the user's files, unifies them and
// validates the result.
func Load(user ...File) (*Set, error) {
	ctx := newContext()
	files, err := fs.Glob(embedded, "cue/*.cue")
	if err != nil {
		return nil, err
	}
	v := ctx.CompileString("")
	for _, name := range files {
		b, _ := embedded.ReadFile(name)
		v = v.Unify(ctx.CompileBytes(b, cue.Filename("rules/"+name)))
	}
	for _, f := range user {
		u := ctx.CompileBytes(f.Data, cue.Filename(f.Name))
		if err := u.Err(); err != nil {
			return nil, Error(err)
		}
		v = v.Unify(u)
	}
	if err := v.Validate(cue.Concrete(true)); err != nil {
		return nil, Error(err)
	}
	s := &Set{ctx: ctx, value: v, Kinds: map[string]Kind{}}
	var raw struct {
		Lexicon map[string]struct {
			Words  []string          `json:"words"`
			Again  []string          `json:"again"`
			Fields map[string]string `json:"fields"`
		} `json:"lexicon"`
		Kinds map[string]struct {
			Doc       string `json:"doc"`
			Example   string `json:"example"`
			Severity  string `json:"severity"`
			Downgrade map[string]struct {
				Severity string `json:"severity"`
				Explain  string `json:"explain"`
			} `json:"downgrade"`
		} `json:"kinds"`
		Checks map[string]struct {
			Doc      string `json:"doc"`
			Example  string `json:"example"`
			Severity string `json:"severity"`
		} `json:"checks"`
		Tolerance float64 `json:"tolerance"`
	}
	if err := v.Decode(&raw); err != nil {
		return nil, Error(err)
	}
	for name, e := range raw.Lexicon {
		s.Events = append(s.Events, Event{Name: name, Words: e.Words, Again: e.Again, Fields: e.Fields})
	}
	sort.Slice(s.Events, func(i, j int) bool { return s.Events[i].Name < s.Events[j].Name })
	for name, k := range raw.Kinds {
		kind := Kind{Doc: k.Doc, Example: k.Example, Severity: k.Severity, Downgrade: map[string]Downgrade{}}
		for q, d := range k.Downgrade {
			kind.Downgrade[q] = Downgrade{Severity: d.Severity, Explain: d.Explain}
		}
		s.Kinds[name] = kind
	}
	for id, k := range raw.Checks { // checks.cue: rules that are not a claim kind
		s.Kinds[id] = Kind{Doc: k.Doc, Example: k.Example, Severity: k.Severity, Downgrade: map[string]Downgrade{}}
	}
	tol, _ := v.LookupPath(cue.ParsePath("tolerance")).Decimal()
	if tol != nil {
		s.Tolerance = tol.String()
	}
	return s, nil
}

func newContext() *cue.Context { return cuecontext.New() }

// Error flattens a CUE error into one error whose message lists every
// problem with its position, "file:line:col: message", one per line.
func Error(err error) error {
	var lines []string
	errs := errors.Errors(err)
	// Where some errors are in the user's files, show only those: the
	// embedded side of a conflict is noise to the user.
	var mine []errors.Error
	for _, e := range errs {
		if p := position(e); p.IsValid() && !Internal(p.Filename()) {
			mine = append(mine, e)
		}
	}
	if len(mine) > 0 {
		errs = mine
	}
	// A value outside a disjunction fails once per alternative, at one
	// place: say it once.
	seen := map[string]int{}
	for _, e := range errs {
		seen[position(e).String()+" "+strings.Join(errors.Path(e), ".")]++
	}
	for _, e := range errs {
		k := position(e).String() + " " + strings.Join(errors.Path(e), ".")
		n := seen[k]
		if n == 0 {
			continue
		}
		seen[k] = 0
		format, args := e.Msg()
		msg := fmt.Sprintf(format, args...)
		if p := errors.Path(e); len(p) > 0 {
			msg = strings.Join(p, ".") + ": " + msg
		}
		if n > 1 {
			msg += fmt.Sprintf(" (and %d other alternatives)", n-1)
		}
		if pos := position(e); pos.IsValid() {
			msg = pos.String() + ": " + msg
		}
		lines = append(lines, msg)
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return err
	}
	return fmt.Errorf("%s", strings.Join(slices.Compact(lines), "\n"))
}

// position picks the position of an error to show: the first in a user's
// file, else the first at all.
func position(e errors.Error) token.Pos {
	ps := append([]token.Pos{e.Position()}, errors.Positions(e)...)
	var first token.Pos
	for _, p := range ps {
		if !p.IsValid() {
			continue
		}
		if !first.IsValid() {
			first = p
		}
		if !Internal(p.Filename()) {
			return p
		}
	}
	return first
}

// Internal reports whether a file name is one of factlint's own CUE
// files (the embedded rules or a built-in schema), not a user's.
func Internal(name string) bool {
	return strings.HasPrefix(name, "rules/cue/") || strings.HasPrefix(name, "factlint:")
}
