// Package rules owns factlint's CUE: the schema of claim values, the event
// lexicon that gives claims their keys, and the judgement of each kind of
// conflict (severity, downgrades, explanations). The embedded files in
// cue/ are the defaults; user rule files are unified with them.
//
// Load returns a validated Set or an error that carries the CUE position
// (file:line:col) of the first problem. User CUE (rules, configuration, and
// through Budgeted and CheckSource also manifests and fact sheets) is
// refused when it cannot be scanned, and evaluated under EvalBudget (time
// and heap): rules that explode fail naming the file and line. The package
// knows CUE, not text.
package rules
