package rules

import (
	"bytes"
	"fmt"

	"cuelang.org/go/cue"
)

//go:generate go run ./gen/defaults -o defaults_gen.go

// loadDefaults returns the embedded rules without evaluating them: their
// decoded form, defaults (defaults_gen.go, written by rules/gen/defaults
// from Evaluate's result; TestDefaultsUpToDate keeps the two equal), and
// the claim schemas compiled from schema.cue alone, the only CUE a check
// evaluates against. Evaluating the whole embedded package takes about
// 20 ms, the schema alone under 1 ms: the difference is most of a small
// check's start-up.
func loadDefaults() (*Set, error) {
	src, err := embedded.ReadFile("cue/schema.cue")
	if err != nil {
		return nil, err
	}
	ctx := newContext()
	v := ctx.CompileBytes(valueSchema(src), cue.Filename("rules/cue/schema.cue"))
	if err := v.Err(); err != nil {
		return nil, fmt.Errorf("embedded schema: %w", Error(err))
	}
	s := defaults // a copy of the struct; its slices and maps are read only
	s.ctx, s.value = ctx, v
	return &s, nil
}

// valueSchema is schema.cue with all but its package clause and #Value
// blanked, line breaks kept: a check looks up nothing else (Set.Schema),
// and the rule set's schema around it was two thirds of compiling the
// file, a tenth of a small check's start-up. What is kept stays at its
// line and column, so that a message about a claim's value names the
// same place. Without the two, the source is returned whole.
func valueSchema(src []byte) []byte {
	pkg := bytes.Index(src, []byte("\npackage "))
	start := bytes.Index(src, []byte("\n#Value: {\n"))
	if pkg < 0 || start < pkg {
		return src
	}
	n := bytes.Index(src[start:], []byte("\n}\n"))
	if n < 0 {
		return src
	}
	pkgEnd := pkg + 1 + bytes.IndexByte(src[pkg+1:], '\n')
	end := start + n + 2
	out := bytes.Clone(src)
	for i, c := range out {
		if c != '\n' && !(i >= pkg && i < pkgEnd) && !(i >= start && i < end) {
			out[i] = ' '
		}
	}
	return out
}
