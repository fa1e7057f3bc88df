// Package facts turns documents into claims.
//
// Input: the bytes of a text or Markdown file (Load), and a Lexicon of event
// words that say what a value is about. Output: Claims, each with a Kind, a
// normalized Value, the exact Span of its words in the original bytes, the
// sentence around it, its qualifiers, and a Key when the lexicon finds one.
//
// Invariants: spans are half-open byte offsets into Document.Text, on UTF-8
// boundaries; extraction never panics and is linear in the text; the same
// bytes always give the same claims in the same order. The package knows
// nothing of CUE or of the other packages of factlint.
//
// Memory: a Document holds its bytes once (its prose shares Text until
// something in it is blanked: a CR, front matter, Markdown, a directive);
// a claim's strings are its own, never a slice of the token memory that
// sentences reuse (detach.go); Options.Keep lets a caller keep only the
// claims it needs, the others counted in Document.Found.
//
// One recognizer: every value the grammar reads — numbers, ranges,
// ordinals, amounts, ages, dates, date ranges, durations, places, event
// ordinals — becomes a claim, keyed or not (a bare number is a claim of
// kind "number" that no key ever takes). Each claim carries its Readings:
// the values as the words state them, in TIMEX3 and Recognizers-Text
// notation, which facts/peer_test.go scores against that peer's tables.
//
// Beside claims, a Document gives its Quotes (quotes.go: the words in
// quotation marks, their speaker and organisation), and a claim what the
// checks within one text need: the weekday written beside a date and
// whether its year is written (intext.go), the person an age is given to,
// a birth date's person and the first names a text writes before each
// surname (age.go). ReadCopy (copies.go) reads a sentence for the
// checker's copy drift: its words in order with each value masked, its
// content words, and which values date a saying or a habit.
//
// Where things happen: load.go reads documents (front matter, Markdown,
// embedded posts), text.go splits sentences and tokens (thousands.go
// joins "31, 000"; links.go marks web and e-mail addresses, whose claims
// get no key) and dispatch.go says which values may start at a token,
// numbers.go, readings.go and
// ranges.go read numbers, ordinals and date ranges, dates.go and
// daterules.go dates (one named rule per form; tense.go the tense around
// them), measures.go (counts, money, durations), ages.go, places.go and
// ordinals.go extract, keys.go (trigger.go finds the event word,
// keywords.go holds the word classes they test), placephrase.go ("in the northern city of
// Thessaloniki", "an earthquake has hit Iran", "the quake was 35 miles
// southwest of Bandar Abbas": within 100 km of the city, a region of
// its country; not after "felt" or "found"), sites.go ("a fire that
// ripped through a Waitrose store in Surrey") and participants.go
// attach keys through the
// clause reader of facts/events (instance.go: a mention of another
// occurrence of the story's event keys nothing; reported.go: a date
// right after "said" or "announced" takes the told event's reported
// role, arrest.reported, never its date's; also.go: the other events a
// claim's own clause tells with its value, Claim.Also, "on Saturday
// foiled ... and arrested", "shot and killed", "a bomb exploded Friday";
// late.go: a date or place whose own search found no event word takes
// the sentence's one keyed event when it follows that event's word in
// the same clause, "killed by a motorist Wednesday night outside a
// Sam's Club store in Bloomington"),
// extract.go runs the
// extractors in order (detach.go gives the claims their own strings),
// directive.go reads factlint:ignore comments, align.go gives a
// participant one name across documents, and placenames.go a place name
// one reading ("Banstead, Surrey" puts Surrey in England; "Wellington"
// beside Tiverton and Yeovil is the English town; "East Flatbush,
// Brooklyn" makes East Flatbush a part of Brooklyn).
package facts
