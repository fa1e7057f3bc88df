package rules

import (
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
	v := ctx.CompileBytes(src, cue.Filename("rules/cue/schema.cue"))
	if err := v.Err(); err != nil {
		return nil, fmt.Errorf("embedded schema: %w", Error(err))
	}
	s := defaults // a copy of the struct; its slices and maps are read only
	s.ctx, s.value = ctx, v
	return &s, nil
}
