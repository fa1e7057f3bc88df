// Package events says what a claim is about: which event, who it is
// about, and what role the value plays.
//
// Input: an event Lexicon (from the rules: rules/cue/lexicon.cue, its
// trigger words derived from WordNet into rules/cue/triggers.cue) and the
// tokens of one sentence, with the index of the event word a value hangs
// on. Output: the participant of that event mention, read from its clause
// (Participant: the subject or object of the trigger, "X's visit", "a
// visit by X", "the arrest of X", an apposition "Tara Reid, 33,"), the
// person a pronoun may refer to (Antecedent), one name per person across
// documents (Canonical), and the key "visit[Jens Stoltenberg].date" (Key).
// It also says which occurrence a mention is about (instance.go): one it
// introduces anew ("a quake in eastern China", "another attack", "a
// string of robberies": NewInstance, Another, Plural), the event a verb's
// subject names ("a major earthquake killed": CauseOf), and words that
// name no event of the clause ("the injured list", "murder suspect":
// Adjectival, Modifier).
//
// A value no lexicon event claims may take a generic event instead
// (generic.go, GenericOf): the verb of its clause, by its base form
// (PastVerb, from WordNet's forms in verbs.txt), with the names of its
// subject and object: "Microsoft on Wednesday released" is
// release[Microsoft]. Only a past, active, unnegated verb whose subject
// is a name, and none the rules exclude (GenericRules); after a light
// verb's step ("Microsoft took the rare step of issuing the patch") the
// gerund's verb: issue[Microsoft].
//
// Invariants: the clause reader is deterministic and linear in the
// sentence; it returns no participant rather than guess (a clause with
// two candidate names for "his" gives none). It knows nothing of facts'
// other types, of CUE or of the rest of factlint.
package events
