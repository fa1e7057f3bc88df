package facts

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/events"
)

// genericKey keys a date or a place that no event of the lexicon
// claims by the verb of its clause, when the clause names who did it
// (events.GenericOf): "Microsoft on Wednesday released an emergency
// patch" is release[Microsoft].date, "In 2008, Klitschko stopped
// Thompson" stop[Klitschko, Thompson].date. A verb in a plan, a wish or
// a condition ("plans to", "if") keys nothing, nor one whose subject may
// be a plural common noun a sentence opens with ("Detectives released").
//
// A verb that performs its object (performs), when the object is an
// event noun of the lexicon, tells that event ("the Interior Department
// on Thursday issued "revised" regulations", "staged a protest"; not
// "Apple on Tuesday delayed the launch"): the value is that event's, and
// genericKey returns true with f.event and f.trigger set for the key to
// go on as for any lexicon event.
func (x *extraction) genericKey(f *found) bool {
	g, ok := x.opt.Lexicon.GenericOf(x.clauseTokens(), f.a, f.b, f.Kind == KindPlace)
	if !ok && f.Kind == KindDate {
		// "Robert Buckley, 32, fell about 2,000 feet while climbing to a
		// small hut ... on Saturday": the date of the clause of
		// simultaneity is the main clause's verb's, as for a value
		// standing where "while" does
		if k := x.whileClause(f, func(k int) *Event { return x.eventAt(f, k) }); k > 0 {
			g, ok = x.opt.Lexicon.GenericOf(x.clauseTokens(), k, k, false)
		}
	}
	if !ok || x.hypothetical(g.At) || x.commonNoun(g) {
		return false
	}
	if k := x.objectEvent(f, g.At); k >= 0 && performer(x.s.toks[g.At].lower) {
		f.event, f.trigger = x.eventAt(f, k), k
		return true
	}
	f.trigger = g.At
	f.Event, f.Role, f.Participants, f.Generic = g.Verb, f.Kind.String(), g.Participants, true
	f.Key = events.Key(f.Event, f.Participants, f.Role)
	if f.Kind == KindDate {
		f.Qual.Edge = x.edgeOfDay(f)
	}
	return false
}

// objectEvent returns the token of the event noun that is the object of
// the verb at token v ("issued "revised" regulations", "held a
// candlelight vigil"): the first word of the lexicon within four words
// after the verb that takes f's kind and is no verb there, with only
// determiners, numbers, modifiers and quotes between; -1 when a clause,
// a phrase or a list begins first, or none is found.
func (x *extraction) objectEvent(f *found, v int) int {
	toks := x.s.toks
	for k := v + 1; k < len(toks) && k <= v+5; k++ {
		t := &toks[k]
		if k >= f.a && k < f.b {
			return -1 // the value itself: "issued on Thursday", what follows is another phrase
		}
		switch {
		case t.kind == tPunct && !quoteMark(t.text) && t.text != "-":
			return -1
		case t.kind != tWord:
			continue
		case objectStops[t.lower] || beVerb(t.lower) || prepositions[t.lower]:
			return -1
		}
		if x.eventAt(f, k) != nil && !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) {
			return k
		}
	}
	return -1
}

// performs are the verbs whose object event happens when they do, so
// that their date and place are the event's: "issued revised
// regulations", "staged a protest", "attended the summit". Other verbs
// act on an event at another time ("Apple on Tuesday delayed the
// launch", "postponed the trial", "cancelled the talks", "ordered an
// inquiry into the crash"): their value is no date of the event, and
// they key their own generic event.
var performs = map[string]bool{"issue": true, "stage": true, "conduct": true, "mount": true, "launch": true,
	"perform": true, "carry": true, "attend": true, "host": true, "organize": true, "organise": true,
	"sign": true, "win": true, "survive": true, "complete": true, "hold": true}

// performer reports whether the past verb w is one of performs: by its
// base form, or by the base its regular -d form spells ("staged" is
// stage's, whatever other verb WordNet's forms give it: stag).
func performer(w string) bool {
	return performs[events.PastVerb(w)] || strings.HasSuffix(w, "ed") && performs[w[:len(w)-1]]
}

// objectStops end the object of a verb before its event noun could.
var objectStops = map[string]bool{"that": true, "which": true, "who": true, "and": true, "or": true, "but": true,
	"to": true, "as": true, "than": true, "while": true, "when": true, "after": true, "before": true}

func quoteMark(s string) bool {
	switch s {
	case "\"", "'", "“", "”", "‘", "’":
		return true
	}
	return false
}

// commonNoun reports whether a generic event's subject may be a plural
// common noun only its place at a sentence's start capitalizes
// ("Detectives released", "Jurors watched"): one word ending in -s where
// a sentence opens, which the document never capitalizes inside a
// sentence ("fired coach Maurice Cheeks" makes "Cheeks received" a
// name's).
func (x *extraction) commonNoun(g events.Generic) bool {
	w := g.Participants[0]
	if strings.Contains(w, " ") || !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || !x.opensSentence(g.Subject) {
		return false
	}
	return !x.capitalizedInside(w)
}

// opensSentence reports whether token k stands where a sentence's
// first word does: first, or after a colon, a dash, a quote or a period
// the sentence splitter did not split at ("2000.Detectives").
func (x *extraction) opensSentence(k int) bool {
	if k == 0 {
		return true
	}
	p := &x.s.toks[k-1]
	return p.kind == tPunct && p.text != "," && p.text != "(" && p.text != ")"
}

// capitalizedInside reports whether the document writes a word
// capitalized inside a sentence, after a lower-case word, a digit or a
// comma: a name ("said Microsoft"), not a common noun only a sentence's
// start capitalizes ("Detectives", "Has"). Each word's answer is kept
// for the document: a scan of its text per generic claim would make
// the cost quadratic in the document's length.
func (x *extraction) capitalizedInside(w string) bool {
	if v, ok := x.capInside[w]; ok {
		return v
	}
	if x.capInside == nil {
		x.capInside = map[string]bool{}
	}
	v := capitalizedIn(x.doc.Text, w)
	x.capInside[w] = v
	return v
}

// capitalizedIn scans text for w capitalized inside a sentence
// (capitalizedInside).
func capitalizedIn(text []byte, w string) bool {
	for i := 0; ; {
		j := bytes.Index(text[i:], []byte(w))
		if j < 0 {
			return false
		}
		at := i + j
		i = at + len(w)
		if end := at + len(w); end < len(text) && isWordByte(text[end]) {
			continue // a longer word
		}
		k := at
		for k > 0 && text[k-1] == ' ' {
			k--
		}
		if k == at || k == 0 {
			continue
		}
		r, _ := utf8.DecodeLastRune(text[:k])
		if unicode.IsLower(r) || unicode.IsDigit(r) || r == ',' {
			return true
		}
	}
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
