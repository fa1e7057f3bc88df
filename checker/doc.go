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
// Before any key is judged, each place name takes one reading across
// the documents of a set (facts.AlignPlaces: "Surrey" the English county
// another article puts Banstead in), so that one name is never two
// places, nor a misread one held against its neighbour.
//
// A source is a document, or a post embedded in one (a quoted tweet has its
// own voice). Within one source the values for a key are one fact
// (keyed.go): incompatible values about named participants are the source
// contradicting itself (RuleSelfContradiction; a date whose participant
// was inferred counts as named where its own sentence names them, and
// where no claim names them otherwise); about an event with no
// participant, two events of that kind, not compared, unless the other
// sources single out one of its dates: then a date told in that one's
// sentence is another event's, set aside, and any other is odd, a
// dissent of its own (odd.go), unless its sentence tells of another
// occurrence or it lies a month or more away. An odd date keyed by
// other words than the source's winning one is a warning (another event
// its words key alike?), unless two or more other sources agree on the
// winning date and none gives another: a slip against that consensus,
// as severe as the kind's conflicts (not for generic keys nor dates of
// saying). Only an event whose
// lexicon entry says "several" (a trip's places) keeps a source's values as
// alternatives (a disjunction), less a value implied by a more specific one
// ("in Ukraine" beside "in Kyiv"). A place in a country no other source
// names at all, from a source that also gives the country the others
// agree on, is neither an alternative nor the source's inconsistency: it
// stands alone, a dissent of its own (foreign.go); for an event of
// several places, a warning (a trip's stop the others leave out?),
// unless the event is "local" (a disaster) and the place lies on another
// continent than every other source's place (gazetteer.ContinentsOf).
//
// A generic event's key (the verb of a clause no lexicon event names:
// release[Microsoft].date, generic.go) is judged as any other, but its
// conflicts are warnings at most, and a source inconsistent on one is
// left out, never its own contradiction: one verb and one name are less
// sure to be one fact.
//
// Keys of two events one clause tells as one incident (facts.Claim.Also:
// "on Saturday foiled a hijack attempt ... and arrested 23 pirates")
// are linked (linked.go): the claim is read under the other event's key
// too, where its source says nothing of its own of that event, and two
// lone claims (each the only source of its key) of linked events meet,
// at most as a warning. Dates of a repeated event that lie apart as
// other occurrences are still compared where both sentences pin the same
// occurrence by an ordinal ("the 79th Academy Awards", occurrence.go),
// and, as a warning (another occurrence, or a slip?), where every source
// compared tells one occurrence, two or more agree on a date naming a
// year or month, one source alone gives another, and words of another
// occurrence ("previously", "again", an ordinal) mark both sides or
// neither (slip.go). A date whose sentence pins an occurrence by an
// ordinal and a name ("hosted the 79th Academy Awards in 2007") is also
// compared with the other dates of that occurrence across the keys of its
// event, whatever participants they name and however many other
// occurrences their sources tell (pinned.go): one ceremony, one date.
//
// A person's era (person[Bettie Page].era: the decade of their fame in
// the words describing them) is a warning at most, and only between
// decades that share none and lie further apart than a career's span,
// 30 years from the start of the earlier to the end of the later (era.go).
//
// Beside the keyed conflicts between sources, two checks need no key
// across documents: InText (intext.go, age.go) reads each text alone for a
// weekday that does not match its date, a day its month lacks, and one
// person given two ages; Quotes (quotes.go) compares quotations, the same
// speaker's words changed across sources (quote-drift), and in draft mode
// a draft's quote that sources word differently (misquote) or give to
// someone else (quote-speaker). Their candidates come from indexes (by
// document, by speaker and word pair), so they too stay linear. In draft
// mode (Options.Draft) only the drafts are judged, against the sources,
// and a draft's keyed claim no source speaks of is "unsupported".
//
// Copy drift (copies.go) needs no key either: a sentence two documents
// share, copied or rewritten (most of its content words the same, the
// values masked: facts.ReadCopy), whose date or place at the same place
// (the same words around it, an apposition describing a place passed
// over; for a headline whose few content words all stand in the other,
// two of them) differs: RuleCopyDrift, as severe as the
// kind where the two sentences have the same words but for the value, else a
// warning at most; copies that differ in two values or more tell
// two events and are not compared. Candidate pairs come from an index of each
// sentence's rarest words (groups bounded), so it too stays linear; a
// copy conflict that says no more than a keyed one found is dropped.
//
// Output is deterministic: conflicts and evidence are totally ordered.
package checker
