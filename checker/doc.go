// Package checker finds where documents cannot all be right.
//
// Check extracts claims from each document (package facts), encodes each
// source's keyed claims as one CUE struct built with cue/ast whose
// positions point into the article text, unifies every source with the
// rules (package rules), and turns each CUE error into a Conflict: its path
// gives the key, and every source's claims for that key become the
// evidence, grouped by value and split into the sides that cannot agree.
//
// A source is a document, or a post embedded in one (a quoted tweet has its
// own voice). Within one source several values for a key are alternatives
// (a disjunction): only what no alternative can satisfy is a conflict. A
// value implied by a more specific one of the same source ("in Ukraine"
// beside "in Kyiv") is dropped from the disjunction.
//
// Output is deterministic: conflicts and evidence are totally ordered.
package checker
