// Package rules owns factlint's CUE: the schema of claim values, the event
// lexicon that gives claims their keys, and the judgement of each kind of
// conflict (severity, downgrades, explanations). The embedded files in
// cue/ are the defaults (schema.cue, rules.cue, lexicon.cue; checks.cue
// documents the checks that are not a kind's conflict; triggers.cue, the
// lexicon's words, is written by rules/gen from WordNet); user rule files
// are unified with them. LoadConfig reads .factlint.cue against its
// schema.
//
// Load returns a validated Set or an error that carries the CUE position
// (file:line:col) of the first problem. Without user files it returns the
// embedded rules as rules/gen/defaults decoded them ahead of time
// (defaults_gen.go; `go generate ./rules` after editing cue/, a test
// fails while the two differ) with only the claim schemas compiled:
// evaluating the whole embedded package costs about 12 ms of a check's
// start-up. With user files, Evaluate evaluates everything. User CUE (rules, configuration, and
// through Budgeted and CheckSource also manifests and fact sheets) is
// refused when it cannot be scanned, and evaluated under EvalBudget (time
// and heap): rules that explode fail naming the file and line. The package
// knows CUE, not text.
package rules
