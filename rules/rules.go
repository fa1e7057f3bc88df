package rules

import (
	"embed"
	"fmt"
	"io/fs"
	"runtime/metrics"
	"slices"
	"sort"
	"strings"
	"sync/atomic"
	"time"
	"unicode/utf8"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/build"
	"cuelang.org/go/cue/cuecontext"
	"cuelang.org/go/cue/errors"
	"cuelang.org/go/cue/parser"
	"cuelang.org/go/cue/scanner"
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
	Events    []Event // sorted by name
	Measures  map[string]Measure
	Kinds     map[string]Kind // by claim kind ("date", "place", ...) and by check id ("misquote")
	Tolerance string          // a decimal fraction: "0.1"
	Generic   Generic
}

// Generic says whether the verb of a clause keys a date or a place no
// event of the lexicon names (generic.cue), and which verbs do not.
type Generic struct {
	Off     bool
	Exclude []string // base forms, sorted: "be", "say"
}

// An Event is a lexicon entry.
type Event struct {
	Name        string
	Words       []string
	VerbForms   []string
	Again       []string
	Participant string            // "subject", "object" or "none"
	Fields      map[string]string // claim kind -> key field
	// Several lists the kinds of which one mention may take several
	// values: a trip's places.
	Several []string
	// Once: the event happens once to its participant (a death).
	Once bool
	// Local: the event's places lie in one region (a disaster): a place
	// on another continent than every other source's is a slip.
	Local bool
	// Collective: a plural of the event names one act that issues
	// several ("issued two regulations"), not several occurrences.
	Collective bool
	// Unless: words that, right before a trigger, make it another thing.
	Unless []string
	// Named: words that name the event only where their clause names
	// its participant ("fired": "fired coach Maurice Cheeks", not "fired
	// at the vessel").
	Named []string
	// Keys: the event whose keys the mentions take ("kill" keys as
	// "die"); "" for the event's own name.
	Keys string
	// Reported: the role of a date that says when a source told of the
	// event ("police said Saturday"), not when it happened; "" for none.
	Reported string
}

// KeyName is the event whose keys the mentions take: Keys, else Name.
func (e Event) KeyName() string {
	if e.Keys != "" {
		return e.Keys
	}
	return e.Name
}

// A Measure is what a count may count ("dead"): the words that say so
// and the event it is about when no event word is near.
type Measure struct {
	Words []string
	Event string
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

// Budget bounds the evaluation of the user's rules: CUE disjunctions and
// reference chains can take time and memory exponential in a few hundred
// bytes of rules, and rules are user input.
type Budget struct {
	Time time.Duration // wall time of the whole load
	Heap uint64        // growth of the Go heap, in bytes
}

// EvalBudget is the budget Evaluate evaluates rules under: the embedded
// rules alone evaluate in about 20 ms and 20 MB.
var EvalBudget = Budget{Time: 5 * time.Second, Heap: 1 << 30}

// Load returns the rule set: without user files, the embedded defaults
// (see defaults.go: decoded ahead of time from the embedded CUE by
// rules/gen/defaults, so start-up compiles only the schema); with user
// files, Evaluate's whole evaluation.
func Load(user ...File) (*Set, error) {
	if len(user) == 0 {
		return loadDefaults()
	}
	return Evaluate(user...)
}

// Evaluate compiles the embedded rules and the user's files, unifies them
// and validates the result, under EvalBudget. When the budget is spent it
// returns an error naming the file and line being evaluated; the
// evaluation cannot be stopped and goes on in the background, so a
// command should exit after such an error.
func Evaluate(user ...File) (*Set, error) {
	var where atomic.Value // string: "file:line" being evaluated
	where.Store("the rules")
	return Budgeted(&where, "the rules take", func() (*Set, error) { return load(user, &where) })
}

// Budgeted runs f, an evaluation of user CUE, under EvalBudget. Over
// budget, it returns an error "WHERE: WHAT more than 5s to evaluate: ...",
// where is read from *where (a string: file and line) at that moment;
// f goes on in the background, as CUE cannot be stopped, so a command
// should exit after such an error.
func Budgeted[T any](where *atomic.Value, what string, f func() (T, error)) (T, error) {
	type result struct {
		v   T
		err error
	}
	done := make(chan result, 1)
	go func() {
		v, err := f()
		done <- result{v, err}
	}()
	start, base := time.Now(), heapBytes()
	tick := time.NewTicker(10 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case r := <-done:
			return r.v, r.err
		case <-tick.C:
			over := ""
			if d := time.Since(start); d > EvalBudget.Time {
				over = fmt.Sprintf("more than %s", EvalBudget.Time)
			} else if h := heapBytes(); h > base+EvalBudget.Heap {
				over = fmt.Sprintf("more than %d MiB", EvalBudget.Heap>>20)
			}
			if over != "" {
				var zero T
				return zero, fmt.Errorf("%s: %s %s to evaluate: too many disjunctions combined, or too long a chain of references?", where.Load(), what, over)
			}
		}
	}
}

func heapBytes() uint64 {
	m := []metrics.Sample{{Name: "/memory/classes/heap/objects:bytes"}}
	metrics.Read(m)
	if m[0].Value.Kind() != metrics.KindUint64 {
		return 0
	}
	return m[0].Value.Uint64()
}

// load does Load's work, storing in where the file and line it evaluates.
func load(user []File, where *atomic.Value) (*Set, error) {
	ctx := newContext()
	v, err := embeddedRules(ctx)
	if err != nil {
		return nil, err
	}
	if v, err = unifyUser(ctx, v, user, where); err != nil {
		return nil, err
	}
	return decodeSet(ctx, v)
}

// embeddedRules builds the embedded files, one package evaluated once.
func embeddedRules(ctx *cue.Context) (cue.Value, error) {
	files, err := fs.Glob(embedded, "cue/*.cue")
	if err != nil {
		return cue.Value{}, err
	}
	inst := build.NewContext().NewInstance("", nil)
	for _, name := range files {
		b, _ := embedded.ReadFile(name)
		f, err := parser.ParseFile("rules/"+name, b, parser.ParseComments)
		if err != nil {
			return cue.Value{}, err
		}
		if err := inst.AddSyntax(f); err != nil {
			return cue.Value{}, err
		}
	}
	return ctx.BuildInstance(inst), nil
}

// unifyUser checks, parses and builds each user file, unifies it with v
// and validates the whole as concrete; errors name the user's file and line.
func unifyUser(ctx *cue.Context, v cue.Value, user []File, where *atomic.Value) (cue.Value, error) {
	var mine []*ast.File
	for _, f := range user {
		where.Store(f.Name + ":1")
		if err := CheckSource(f.Name, f.Data); err != nil {
			return v, err
		}
		file, err := parser.ParseFile(f.Name, f.Data)
		if err != nil {
			return v, Error(err)
		}
		probe(ctx, file, where)
		mine = append(mine, file)
		u := ctx.BuildFile(file)
		if err := u.Err(); err != nil {
			return v, errorIn(err, mine)
		}
		if err := u.Validate(); err != nil {
			return v, errorIn(err, mine)
		}
		where.Store(f.Name + ":1")
		v = v.Unify(u)
	}
	if err := v.Validate(cue.Concrete(true)); err != nil {
		return v, errorIn(err, mine)
	}
	return v, nil
}

// rawSet is the shape of the unified rules, as decoded.
type rawSet struct {
	Lexicon map[string]struct {
		Words       []string          `json:"words"`
		VerbForms   []string          `json:"verbforms"`
		Again       []string          `json:"again"`
		Participant string            `json:"participant"`
		Several     []string          `json:"several"`
		Once        bool              `json:"once"`
		Local       bool              `json:"local"`
		Collective  bool              `json:"collective"`
		Unless      []string          `json:"unless"`
		Named       []string          `json:"named"`
		Keys        string            `json:"keys"`
		Reported    string            `json:"reported"`
		Fields      map[string]string `json:"fields"`
	} `json:"lexicon"`
	Measures map[string]Measure `json:"measures"`
	Kinds    map[string]struct {
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
	Generic   struct {
		Off     bool            `json:"off"`
		Exclude map[string]bool `json:"exclude"`
	} `json:"generic"`
}

// reportedApart rejects an entry whose role for dates of saying is one
// of its value roles: "reported: \"date\"" would turn every conflict on
// the event's date into a reported-date warning.
func reportedApart(v cue.Value, event, reported string, fields map[string]string) error {
	for _, role := range fields {
		if reported != "" && reported == role {
			at := v.LookupPath(cue.MakePath(cue.Str("lexicon"), cue.Str(event), cue.Str("reported")))
			return fmt.Errorf("%s: lexicon %s: reported: %q is also a role of its fields: a date of saying needs a role of its own", at.Pos(), event, reported)
		}
	}
	return nil
}

// decodeSet reads the unified, validated rules into a Set; events come
// sorted by name.
func decodeSet(ctx *cue.Context, v cue.Value) (*Set, error) {
	s := &Set{ctx: ctx, value: v, Kinds: map[string]Kind{}}
	var raw rawSet
	if err := v.Decode(&raw); err != nil {
		return nil, Error(err)
	}
	for name, e := range raw.Lexicon {
		if err := reportedApart(v, name, e.Reported, e.Fields); err != nil {
			return nil, err
		}
		s.Events = append(s.Events, Event{Name: name, Words: e.Words, VerbForms: e.VerbForms, Again: e.Again,
			Participant: e.Participant, Fields: e.Fields, Several: e.Several, Once: e.Once, Local: e.Local, Collective: e.Collective, Unless: e.Unless, Named: e.Named, Keys: e.Keys, Reported: e.Reported})
	}
	s.Measures = raw.Measures
	s.Generic.Off = raw.Generic.Off
	for verb, ex := range raw.Generic.Exclude {
		if ex {
			s.Generic.Exclude = append(s.Generic.Exclude, verb)
		}
	}
	slices.Sort(s.Generic.Exclude)
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

// probe evaluates growing prefixes of a file's declarations (the others
// left open, _), storing in where the line of the last one in: when the
// budget runs out, where names the costly declaration, or in a file of
// more than probeLinear declarations one within a factor of two of it.
// CUE evaluates a file whole when it is built, so a file cannot be
// evaluated field by field; prefixes cost at most about twice the file.
func probe(ctx *cue.Context, f *ast.File, where *atomic.Value) {
	n := len(f.Decls)
	for k := 1; k <= n; {
		decls := make([]ast.Decl, n)
		for i, d := range f.Decls {
			decls[i] = d
			if fd, ok := d.(*ast.Field); ok && i >= k {
				open := *fd
				open.Value = ast.NewIdent("_")
				decls[i] = &open
			}
		}
		if p := f.Decls[k-1].Pos(); p.IsValid() {
			where.Store(fmt.Sprintf("%s:%d", p.Filename(), p.Line()))
		}
		_ = ctx.BuildFile(&ast.File{Filename: f.Filename, Decls: decls}).Validate()
		switch {
		case k == n:
			return
		case n <= probeLinear:
			k++
		default:
			k = min(2*k, n)
		}
	}
}

// probeLinear is the number of declarations up to which probe adds one at
// a time.
const probeLinear = 64

// CheckSource refuses CUE source that cannot be scanned: invalid UTF-8,
// a control character other than tab, line feed and carriage return, or
// any character CUE's scanner rejects. The parser collects scanner errors
// at a cost quadratic in their number (20 KB of stray backslashes took 2
// s), so they are found first, in one linear pass, and reported with
// file, line and column, the first few only.
func CheckSource(name string, data []byte) error {
	line, col := 1, 1
	for i := 0; i < len(data); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n <= 1:
			return fmt.Errorf("%s:%d:%d: invalid UTF-8", name, line, col)
		case r < 0x20 && r != '\t' && r != '\n' && r != '\r', r == 0x7f:
			return fmt.Errorf("%s:%d:%d: control character %U: not CUE text", name, line, col, r)
		case r == '\n':
			line, col = line+1, 0
		}
		col++
		i += n
	}
	var lines []string
	n := 0
	var sc scanner.Scanner
	sc.Init(token.NewFile(name, -1, len(data)), data, func(pos token.Pos, msg string, args []any) {
		if n++; n <= maxErrors {
			lines = append(lines, pos.String()+": "+fmt.Sprintf(msg, args...))
		}
	}, 0)
	for {
		if _, tok, _ := sc.Scan(); tok == token.EOF {
			break
		}
	}
	if n == 0 {
		return nil
	}
	if n > maxErrors {
		lines = append(lines, fmt.Sprintf("and %d more errors", n-maxErrors))
	}
	return fmt.Errorf("%s", strings.Join(lines, "\n"))
}

// maxErrors and maxMessage keep an error short: an unresolved disjunction
// of a thousand alternatives is said in a line, not in 270 KB.
const (
	maxErrors  = 10
	maxMessage = 200
)

// Error flattens a CUE error into one error whose message lists every
// problem with its position, "file:line:col: message", one per line.
func Error(err error) error { return errorIn(err, nil) }

// errorIn is Error, finding the position of an error that has none (a
// structural cycle, an incomplete value) by its path in the user's files.
func errorIn(err error, user []*ast.File) error {
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
		if r := []rune(msg); len(r) > maxMessage {
			msg = string(r[:maxMessage]) + "…"
		}
		if p := errors.Path(e); len(p) > 0 {
			msg = strings.Join(p, ".") + ": " + msg
		}
		if n > 1 {
			msg += fmt.Sprintf(" (and %d other alternatives)", n-1)
		}
		pos := position(e)
		if !pos.IsValid() {
			pos = lookup(user, errors.Path(e))
		}
		if pos.IsValid() {
			msg = pos.String() + ": " + msg
		}
		lines = append(lines, msg)
	}
	sort.Strings(lines)
	if len(lines) == 0 {
		return err
	}
	lines = slices.Compact(lines)
	if len(lines) > maxErrors {
		lines = append(lines[:maxErrors], fmt.Sprintf("and %d more errors", len(lines)-maxErrors))
	}
	return fmt.Errorf("%s", strings.Join(lines, "\n"))
}

// lookup finds the position of a path, or of its longest prefix, in the
// user's files: the field that declares it.
func lookup(user []*ast.File, path []string) token.Pos {
	best, depth := token.NoPos, 0
	for _, f := range user {
		if p, n := declared(f.Decls, path); n > depth {
			best, depth = p, n
		}
	}
	return best
}

// declared finds the field declaring path in decls, and how many of its
// labels it matched.
func declared(decls []ast.Decl, path []string) (token.Pos, int) {
	if len(path) == 0 {
		return token.NoPos, 0
	}
	for _, d := range decls {
		fd, ok := d.(*ast.Field)
		if !ok {
			continue
		}
		if name, _, err := ast.LabelName(fd.Label); err != nil || name != path[0] {
			continue
		}
		if st, ok := fd.Value.(*ast.StructLit); ok {
			if p, n := declared(st.Elts, path[1:]); n > 0 {
				return p, n + 1
			}
		}
		return fd.Pos(), 1
	}
	return token.NoPos, 0
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
