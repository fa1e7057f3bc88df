package facts

import (
	"slices"

	"github.com/factlint/factlint/facts/events"
)

// A sentence copied from one wire story into another keeps its words and
// may change a value: "Voters in Turkmenistan cast ballots Sunday in a
// parliamentary election ..." in one article, "... cast ballots Monday
// ..." in another. Most such sentences carry no keyed claim, so no key
// ever brings the two values together; the checker finds the copies by
// their words instead (checker/copies.go). This file reads a sentence
// for it: its words in order with each value masked, so that two copies
// that differ only in a value read alike.

// Copy is a sentence read for copy drift: its tokens with each value
// masked, and the content words that say what it is about.
type Copy struct {
	// Tokens are the sentence's words, lower-cased, in order: each value
	// given to ReadCopy is one slot token (CopySlot of its kind), each
	// other number "#", punctuation left out.
	Tokens []string
	// Slots[i] is the index in Tokens of the i-th value given, -1 when
	// it overlaps an earlier one or lies outside the sentence.
	Slots []int
	// Content are the distinct content words (no slot, number or
	// function word), sorted; none for a link (a web address).
	Content []string
	// Said[i] is set when the i-th value is a date of saying or of a
	// habit rather than of an event told (saidOrHabit: "said Monday",
	// "on Monday, police said", "every Sunday").
	Said []bool
}

// CopySlot is the token that stands for a value of kind k in Copy.Tokens.
func CopySlot(k Kind) string { return "\x00" + k.String() }

// ReadCopy reads the sentence for copy drift, masking the values, whose
// spans lie in it (one claim each, in any order).
func ReadCopy(sentence Span, values []Span, kinds []Kind) Copy {
	tz := newTokenizer(sentence.Doc.Text, sentence.Start, sentence.End) // one token at a time: nothing held
	cp := noCopy(len(values))
	order := make([]int, len(values))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return values[a].Start - values[b].Start })
	content := map[string]bool{}
	next, end := 0, sentence.Start // the next value by start; where the last slot ends
	var t token
	for tz.next(&t) {
		for next < len(order) && (values[order[next]].End <= t.start || values[order[next]].Start < end) {
			next++ // a value between tokens, or one overlapping an earlier slot
		}
		if next < len(order) && values[order[next]].Start <= t.start {
			i := order[next]
			cp.Slots[i] = len(cp.Tokens)
			cp.Tokens = append(cp.Tokens, CopySlot(kinds[i]))
			end = values[i].End // the value's other tokens are skipped
			next++
			continue
		}
		switch {
		case t.start < end:
		case t.kind == tNum:
			cp.Tokens = append(cp.Tokens, "#"+t.lower)
		case t.kind == tWord && (t.lower == "http" || t.lower == "https" || t.lower == "www"):
			return noCopy(len(values)) // a link, not prose: no words to compare
		case t.kind == tWord:
			cp.Tokens = append(cp.Tokens, t.lower)
			if !copyFunctionWords[t.lower] && len(t.lower) > 1 {
				content[t.lower] = true
			}
		}
	}
	for i, s := range cp.Slots {
		cp.Said[i] = s >= 0 && kinds[i] == KindDate && saidOrHabit(cp.Tokens, s)
	}
	for w := range content {
		cp.Content = append(cp.Content, w)
	}
	slices.Sort(cp.Content)
	return cp
}

// noCopy is the reading of a sentence not compared: no tokens, no
// slot.
func noCopy(n int) Copy {
	cp := Copy{Slots: make([]int, n), Said: make([]bool, n)}
	for i := range cp.Slots {
		cp.Slots[i] = -1
	}
	return cp
}

// saidOrHabit reports whether the slot at s dates a saying or a habit:
// the nearest verb before it, within five words, is a verb of saying
// ("said Monday", "said on Monday", "announced on Twitter today (14
// October 2011)", "estimated Monday that"), but not across another verb
// or "that" ("said the man was arrested Saturday" dates the arrest);
// or, when no other verb stands that near before it, the nearest verb
// after it, within three words and in its clause ("on Monday, police
// said"; not "on Saturday, which it said was caused", nor "that
// commenced in January, the navy said", the commencing's); or "every"/"each" stands right before it ("every Sunday").
func saidOrHabit(toks []string, s int) bool {
	if s > 0 && (toks[s-1] == "every" || toks[s-1] == "each") {
		return true
	}
	for k := s - 1; k >= 0 && k >= s-5; k-- {
		if saying(toks[k]) {
			return true
		}
		if toks[k] == "that" || events.PastVerb(toks[k]) != "" {
			return false // the date is that verb's
		}
	}
	for k := s + 1; k < len(toks) && k <= s+3; k++ {
		if saying(toks[k]) {
			return true
		}
		if events.PastVerb(toks[k]) != "" || relativeWords[toks[k]] {
			break // "on Saturday, which it said": another clause's saying
		}
	}
	return false
}

var relativeWords = setOf("which", "who", "that", "when", "where", "whom", "whose")

// saying: a verb of saying or reporting, whose date is the telling's.
func saying(w string) bool {
	return speech[w] || w == "says" || sayingVerbs[events.PastVerb(w)]
}

// sayingVerbs are the verbs of saying and reporting by base form (those
// rules/cue/generic.cue excludes from generic events as tellings).
var sayingVerbs = setOf("say", "tell", "state", "claim", "announce", "argue", "report", "confirm",
	"disclose", "reveal", "add", "note", "write", "explain", "insist", "deny", "admit", "acknowledge",
	"declare", "comment", "respond", "reply", "suggest", "warn", "predict", "estimate", "tweet",
	"post", "testify")

// copyFunctionWords are words that say nothing of what a sentence is
// about: two sentences sharing them are not copies.
var copyFunctionWords = setOf("a", "an", "the", "of", "in", "on", "at", "to", "and", "or", "but",
	"for", "by", "with", "from", "as", "into", "onto", "over", "under", "near", "about", "after",
	"before", "since", "during", "until", "than", "that", "this", "these", "those", "there", "here",
	"it", "its", "is", "was", "were", "be", "been", "being", "are", "am", "has", "have", "had",
	"do", "does", "did", "will", "would", "shall", "should", "can", "could", "may", "might", "must",
	"he", "she", "they", "we", "i", "you", "him", "her", "them", "us", "me", "his", "their", "our",
	"my", "your", "who", "whom", "whose", "which", "what", "when", "where", "why", "how", "not",
	"no", "so", "if", "then", "also", "just", "very", "more", "most", "some", "any", "all", "one",
	"said", "says", "say", "told", "according", "s", "t", "up", "out", "off", "both", "each",
	"other", "another", "such", "while", "against", "between", "through", "per", "via", "yet")

func setOf(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}
