package facts

import "strings"

// Tense decides which way a weekday or a bare month points from the
// document's date, as TimeML resolves them: "Thursday" in a story dated
// Friday 22 March 2013 is 2013-03-21 when the clause is in the past, the
// 28th when it says "will"; "August" is 2012-08 or 2013-08.

// futureWords put a clause ahead of the document's date.
var futureWords = map[string]bool{"will": true, "ll": true, "shall": true, "would": true,
	"could": true, "should": true, "might": true, "can": true, "next": true, "scheduled": true,
	"expected": true, "due": true, "upcoming": true, "coming": true, "planned": true,
	"plans": true, "planning": true, "plan": true, "intends": true, "tomorrow": true, "set": true,
	"going": true, "forthcoming": true, "later": true}

// pastWords put it behind; so does a lower-case word ending in -ed.
var pastWords = map[string]bool{"was": true, "were": true, "had": true, "did": true, "been": true,
	"said": true, "told": true, "ago": true, "last": true, "yesterday": true, "earlier": true,
	"met": true, "held": true, "began": true, "took": true, "came": true, "went": true,
	"made": true, "saw": true, "won": true, "lost": true, "left": true, "died": true, "fell": true,
	"struck": true, "hit": true, "killed": true, "shot": true}

// notPast are -ed words that are no verb in the past.
var notPast = map[string]bool{"hundred": true, "need": true, "speed": true, "red": true,
	"bed": true, "indeed": true, "seed": true, "feed": true, "breed": true, "united": true,
	"proceed": true, "succeed": true, "exceed": true, "shed": true, "wed": true, "ted": true}

// tenseWindow is how many words either side of a date the clause is
// searched for its tense.
const tenseWindow = 10

// tenseAt is 1 when the clause around token i speaks of the future
// ("will", "next", "is scheduled", "is expected to", "due to"), -1 when it
// speaks of the past (a verb in the past), 0 when it says neither. The
// future wins: "he said the summit in July will be historic".
func tenseAt(toks []token, i int) int {
	past := false
	for k, n := i-1, 0; k >= 0 && n < tenseWindow; k, n = k-1, n+1 {
		m := tenseOf(toks, k)
		if m == tenseFuture {
			return 1
		}
		if m == tenseStop {
			break
		}
		past = past || m == tensePast
	}
	for k, n := i+1, 0; k < len(toks) && n < tenseWindow; k, n = k+1, n+1 {
		m := tenseOf(toks, k)
		if m == tenseFuture {
			return 1
		}
		if m == tenseStop {
			break
		}
		past = past || m == tensePast
	}
	if past {
		return -1
	}
	return 0
}

// A tenseMark is what one word says of its clause's tense (tenseAt).
type tenseMark uint8

const (
	tenseNone   tenseMark = iota
	tenseStop             // the clause ends here
	tenseFuture           // futureWords, "may"
	tensePast             // pastWords, a lower-case word in -ed
)

// tenseOf is what toks[k] says of its clause's tense.
func tenseOf(toks []token, k int) tenseMark {
	t := &toks[k]
	if t.words&wClauseStop != 0 || t.text == ";" {
		return tenseStop
	}
	if t.kind != tWord {
		return tenseNone
	}
	// "may" as a hedge, not the month
	if t.words&wFuture != 0 && !t.is("may") || t.text == "may" { // futureWords
		if t.is("set", "due", "going") && !(k+1 < len(toks) && toks[k+1].is("to", "for")) {
			return tenseNone
		}
		return tenseFuture
	}
	// the cheap tests first: most words are no -ed word
	if t.words&wPast != 0 || len(t.lower) > 4 && strings.HasSuffix(t.lower, "ed") && t.text == t.lower && !notPast[t.lower] {
		return tensePast
	}
	return tenseNone
}
