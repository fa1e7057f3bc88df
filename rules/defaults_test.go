package rules

import (
	"reflect"
	"strings"
	"testing"

	"cuelang.org/go/cue"
	"cuelang.org/go/cue/format"
)

// TestDefaultsUpToDate evaluates the embedded CUE and compares it with the
// decoded defaults Load starts from: after an edit of rules/cue, run
// `go generate ./rules`.
func TestDefaultsUpToDate(t *testing.T) {
	want, err := Evaluate()
	if err != nil {
		t.Fatal(err)
	}
	got, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	stale := "rules/defaults_gen.go is stale: run go generate ./rules"
	if !reflect.DeepEqual(got.Events, want.Events) {
		t.Errorf("%s (events differ)", stale)
	}
	if !reflect.DeepEqual(got.Measures, want.Measures) || !reflect.DeepEqual(got.Kinds, want.Kinds) ||
		got.Tolerance != want.Tolerance || !reflect.DeepEqual(got.Generic, want.Generic) {
		t.Errorf("%s (measures, kinds, tolerance or generic verbs differ)", stale)
	}
	for _, kind := range []string{"date", "count", "ordinal", "age", "money", "duration", "place"} {
		if g, w := schemaText(t, got, kind), schemaText(t, want, kind); g != w {
			t.Errorf("schema of %s: defaults\n%s\nevaluated\n%s", kind, g, w)
		}
	}
}

func schemaText(t *testing.T, s *Set, kind string) string {
	t.Helper()
	v := s.Schema(kind)
	if !v.Exists() {
		t.Fatalf("no schema for %s", kind)
	}
	b, err := format.Node(v.Syntax(cue.Raw()))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestValueSchema checks that valueSchema keeps #Value where it stands in
// schema.cue, line for line, and blanks the rest.
func TestValueSchema(t *testing.T) {
	src, err := embedded.ReadFile("cue/schema.cue")
	if err != nil {
		t.Fatal(err)
	}
	got := valueSchema(src)
	if len(got) == len(src) && string(got) == string(src) {
		t.Fatal("valueSchema kept the whole schema: #Value or the package clause not found")
	}
	gl, sl := strings.Split(string(got), "\n"), strings.Split(string(src), "\n")
	if len(gl) != len(sl) {
		t.Fatalf("%d lines, want %d", len(gl), len(sl))
	}
	kept := 0
	for i := range gl {
		switch strings.TrimSpace(gl[i]) {
		case "":
		case sl[i], strings.TrimSpace(sl[i]):
			kept++
		default:
			t.Errorf("line %d: %q, want %q or blank", i+1, gl[i], sl[i])
		}
	}
	if !strings.Contains(string(got), "package factlint") || !strings.Contains(string(got), "#Value: {") || strings.Contains(string(got), "lexicon:") {
		t.Errorf("kept %d lines, not the package clause and #Value alone:\n%s", kept, got)
	}
}
