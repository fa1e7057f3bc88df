package checker

import (
	"bytes"
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"cuelang.org/go/cue/ast"
	"cuelang.org/go/cue/errors"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

func loadSeeds(t testing.TB) []*facts.Document {
	t.Helper()
	names, err := filepath.Glob("../testdata/stoltenberg/*.txt")
	if err != nil || len(names) != 5 {
		t.Fatalf("seeds: %v %v", names, err)
	}
	var docs []*facts.Document
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			t.Fatal(err)
		}
		d, err := facts.Load(filepath.Base(n), b, facts.Meta{Date: facts.Date{Year: 2023, Month: 4, Day: 20}})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}

func mustRules(t testing.TB) *rules.Set {
	s, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestSeeds: on the unmodified seeds, the only conflict above info is the
// scoped first visit against the tweet's "back in Kyiv", a warning citing
// both (the infos are quotes worded differently: quotes_test.go).
func TestSeeds(t *testing.T) {
	r, err := Check(context.Background(), loadSeeds(t), Options{Rules: mustRules(t)})
	if err != nil {
		t.Fatal(err)
	}
	var above []Conflict
	for _, c := range r.Conflicts {
		if c.Severity > Info {
			above = append(above, c)
		}
	}
	if len(above) != 1 {
		t.Fatalf("%d conflicts above info, want 1: %+v", len(above), above)
	}
	c := above[0]
	if c.Key != "visit[Jens Stoltenberg].ordinal" || c.Severity != Warning || !strings.Contains(c.Explanation, "scoped") {
		t.Errorf("conflict = %s %s %q", c.Severity, c.Key, c.Explanation)
	}
	back := c.Sides[1][0].Claims[0]
	if back.Text() != "back in" || back.Voice != "@jensstoltenberg" || !strings.Contains(back.Sentence.Text(), "An honour to be back in Kyiv") {
		t.Errorf("dissent = %q in %q", back.Text(), back.Sentence.Text())
	}
	// 003's "his first visit" follows "talks with Stoltenberg": the
	// nearest name, known in 003 as Jens Stoltenberg's surname.
	if n := len(c.Sides[0][0].Sources); n != 5 {
		t.Errorf("%d sources say first, want 5", n)
	}
}

// TestCUEPositionsPointIntoArticles: the values unified are positioned in
// the articles, so a CUE error reads file:line:col of the article.
func TestCUEPositionsPointIntoArticles(t *testing.T) {
	set := mustRules(t)
	eo, err := ExtractOptions(set, nil)
	if err != nil {
		t.Fatal(err)
	}
	a, _ := facts.Load("a.txt", []byte("Intro.\nThe summit in Vilnius is in July."), facts.Meta{})
	b, _ := facts.Load("b.txt", []byte("The summit is in June."), facts.Meta{})
	var fs files
	ctx := set.Context()
	var vals []ast.Expr
	for _, d := range []*facts.Document{a, b} {
		for _, c := range facts.Extract(d, eo) {
			if c.Key == "summit.date" {
				vals = append(vals, fs.Encode(c))
			}
		}
	}
	if len(vals) != 2 {
		t.Fatalf("%d summit dates", len(vals))
	}
	err = ctx.BuildExpr(vals[0]).Unify(ctx.BuildExpr(vals[1])).Validate()
	var got []string
	for _, p := range errors.Positions(err) {
		got = append(got, p.String())
	}
	want := "a.txt:2:29 b.txt:1:18"
	if strings.Join(got, " ") != want {
		t.Errorf("positions = %v, want %s (err: %v)", got, want, err)
	}
}

// TestDeterministic: the same input gives the same report, whatever the
// order of the documents.
func TestDeterministic(t *testing.T) {
	docs := loadSeeds(t)
	set := mustRules(t)
	var first string
	for i := 0; i < 3; i++ {
		if i == 2 { // reversed
			for l, r := 0, len(docs)-1; l < r; l, r = l+1, r-1 {
				docs[l], docs[r] = docs[r], docs[l]
			}
		}
		r, err := Check(context.Background(), docs, Options{Rules: set})
		if err != nil {
			t.Fatal(err)
		}
		var b bytes.Buffer
		for _, c := range r.Conflicts {
			b.WriteString(c.Message + "|" + c.Primary().Span.String() + "\n")
		}
		if i == 0 {
			first = b.String()
		} else if b.String() != first {
			t.Fatalf("run %d differs:\n%s\nvs\n%s", i, b.String(), first)
		}
	}
}

// TestImportBoundaries checks the whole import graph of the module:
// cmd -> checker -> {facts, rules}; facts and rules never reach each other,
// checker or cmd; checker never reaches cmd; cobra is reached only from
// cmd; CUE is imported directly only by rules and checker. Paths are
// compared whole (a package or one under it), never as substrings.
func TestImportBoundaries(t *testing.T) {
	const mod = "github.com/factlint/factlint"
	cmd := exec.Command("go", "list", "-deps", "-f", `{{.ImportPath}}{{range .Imports}} {{.}}{{end}}`, "./...")
	cmd.Dir = ".."
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	imports := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		imports[f[0]] = f[1:]
	}
	under := func(pkg, root string) bool { return pkg == root || strings.HasPrefix(pkg, root+"/") }
	reach := func(pkg string) map[string]bool {
		seen := map[string]bool{}
		var visit func(string)
		visit = func(p string) {
			for _, q := range imports[p] {
				if !seen[q] {
					seen[q] = true
					visit(q)
				}
			}
		}
		visit(pkg)
		return seen
	}
	rules := []struct {
		from   string
		forbid []string // never reached, directly or not
	}{
		{mod + "/facts", []string{mod + "/rules", mod + "/checker", mod + "/cmd", "cuelang.org/go", "github.com/spf13/cobra"}},
		{mod + "/rules", []string{mod + "/facts", mod + "/checker", mod + "/cmd", "github.com/spf13/cobra"}},
		{mod + "/checker", []string{mod + "/cmd", "github.com/spf13/cobra"}},
	}
	n := 0
	for pkg := range imports {
		if !under(pkg, mod) {
			continue
		}
		n++
		for _, r := range rules {
			if !under(pkg, r.from) {
				continue
			}
			for dep := range reach(pkg) {
				for _, f := range r.forbid {
					if under(dep, f) {
						t.Errorf("%s reaches %s", pkg, dep)
					}
				}
			}
		}
		if !under(pkg, mod+"/rules") && !under(pkg, mod+"/checker") {
			for _, dep := range imports[pkg] {
				if under(dep, "cuelang.org/go") {
					t.Errorf("%s imports %s: CUE belongs to rules and checker", pkg, dep)
				}
			}
		}
	}
	if n < 6 || imports[mod+"/cmd/factlint"] == nil {
		t.Fatalf("go list saw %d packages of the module: %v", n, imports[mod+"/cmd/factlint"])
	}
}

// BenchmarkCheckSeeds is a whole check of the five seed articles, from
// loaded documents to the report (the gazetteer already in memory).
func BenchmarkCheckSeeds(b *testing.B) {
	docs := loadSeeds(b)
	set := mustRules(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	for b.Loop() {
		if _, err := Check(context.Background(), docs, Options{Rules: set}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRulesLoad is the cost of loading the embedded rules as a check
// without user rules does: decoded ahead of time, the schema compiled.
func BenchmarkRulesLoad(b *testing.B) {
	for b.Loop() {
		mustRules(b)
	}
}

// BenchmarkRulesEvaluate is the cost of evaluating the embedded CUE rules
// whole, as a check with user rules does (its peer: BenchmarkRulesLoad).
func BenchmarkRulesEvaluate(b *testing.B) {
	for b.Loop() {
		if _, err := rules.Evaluate(); err != nil {
			b.Fatal(err)
		}
	}
}

// FuzzLoadManifest: any bytes as a sources manifest give entries or an
// error, never a panic.
func FuzzLoadManifest(f *testing.F) {
	f.Add([]byte(`sources: "a.txt": {date: "2023-04-20", outlet: "X"}`))
	f.Add([]byte(`sources: "a.txt": date: "2023-02-31"`))
	f.Add([]byte("sources: [\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		m, err := LoadManifest("sources.cue", data)
		if err == nil {
			for _, e := range m {
				_ = e.Date.String()
			}
		}
	})
}

// FuzzLoadFacts: any bytes as a fact sheet or a baseline give a value or
// an error, never a panic; a sheet that loads can take part in a check.
func FuzzLoadFacts(f *testing.F) {
	f.Add([]byte(`summit: place: city: "Vilnius"`))
	f.Add([]byte(`summit: date: {year: 2023, month: 7}`))
	f.Add([]byte(`talks: count: nation: >40`))
	f.Add([]byte(`{"version": 1, "conflicts": [{"fingerprint": "x"}]}`))
	set := mustRules(f)
	d, err := facts.Load("a.txt", []byte("The summit in Riga in June."), facts.Meta{})
	if err != nil {
		f.Fatal(err)
	}
	eo, err := ExtractOptions(set, nil)
	if err != nil {
		f.Fatal(err)
	}
	claims := facts.Extract(d, eo)
	named := countries{}
	for _, c := range claims {
		named.add(c)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if sheet, err := LoadFacts(set, "facts.cue", data); err == nil {
			unify(Options{Rules: set, Facts: []*FactSheet{sheet}}, claims, named)
		}
		_, _ = ReadBaseline("b.json", data)
	})
}

// BenchmarkExtractKeyed is extraction with keying on, as the command
// runs it: the embedded lexicon (every event, its WordNet-derived words),
// the clause reader, on one document of the seed articles 64 times over,
// on one goroutine (MB/s per core).
func BenchmarkExtractKeyed(b *testing.B) {
	var buf []byte
	for range 64 {
		for _, d := range loadSeeds(b) {
			buf = append(append(buf, d.Text...), "\n\n"...)
		}
	}
	d, err := facts.Load("seeds-x64.txt", buf, facts.Meta{Date: facts.Date{Year: 2023, Month: 4, Day: 20}})
	if err != nil {
		b.Fatal(err)
	}
	opt, err := ExtractOptions(mustRules(b), nil)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(len(buf)))
	b.ReportAllocs()
	for b.Loop() {
		facts.Extract(d, opt)
	}
}
