// Package checker finds where documents cannot all be right.
//
// Check extracts claims from each document (package facts, on all cores,
// ExtractEach handing them over in document order), groups the keyed
// claims by key, and judges each key alone: each source's values for it
// become one CUE value built with cue/ast (positions in the article text),
// and they unify with one another and with the fact sheets' value for the
// key, or the key is in conflict. Every source's claims for that key become
// the evidence, grouped by value and split into the sides that cannot
// agree. The cost is linear in the claims: no CUE value holds more than
// one key, each distinct value is built once, and equal sources unify once.
// CheckEach checks several sets of documents (one folder each) in one run.
//
// A source is a document, or a post embedded in one (a quoted tweet has its
// own voice). Within one source several values for a key are alternatives
// (a disjunction): only what no alternative can satisfy is a conflict. A
// value implied by a more specific one of the same source ("in Ukraine"
// beside "in Kyiv") is dropped from the disjunction.
//
// Output is deterministic: conflicts and evidence are totally ordered.
package checker
