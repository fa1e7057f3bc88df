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
// Where things happen: load.go reads documents (front matter, Markdown,
// embedded posts), text.go splits sentences and tokens, dates.go, measures.go
// (counts, money, durations), places.go and ordinals.go extract, keys.go
// and participants.go attach keys through the clause reader of
// facts/events, extract.go runs the extractors in order, and align.go
// gives a participant one name across documents.
package facts
