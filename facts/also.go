package facts

import (
	"strings"

	"github.com/factlint/factlint/facts/events"
)

// A Link is another event a claim's own clause tells with the same date
// or place: "the Indian Navy on Saturday foiled a hijack attempt ... and
// arrested 23 pirates" dates the attack (the claim's key) and the arrest
// alike; "officers shot and killed a 16-year-old on Saturday" the
// shooting and the death. One incident told by two event words: the
// checker reads the claim under the other event's key too, and links the
// two events' keys across the documents (checker/linked.go).
type Link struct {
	Event        string   // the other event's key name ("arrest")
	Participants []string // who the clause says it is about; none when it names no one
}

// alsoTold sets f.Also: the events a verb joined by "and" to f's event
// word tells at f's date or place. Only where the value is plainly
// shared: the two verbs stand side by side ("shot and killed"), or the
// value stands before both ("on Saturday foiled a hijack attempt in the
// Gulf of Aden and arrested"); not after the first ("arrested him Friday
// and charged him with murder": the charge may be later). "Arrested
// Friday in the 1967 killings" dates the arrest only: a noun the arrest
// is about is no joined verb. An event noun that heads the subject of an
// event verb is one incident with it too (causeLinked).
func (x *extraction) alsoTold(f *found) {
	if f.Key == "" || f.trigger < 0 || f.Kind != KindDate && f.Kind != KindPlace || f.Role != "date" && f.Role != "place" {
		return
	}
	takes := func(k int) *Event { return x.eventAt(f, k) }
	var ks []int
	if v := x.joinedVerb(f.trigger+1, takes); v >= 0 && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), v) &&
		(x.sideBySide(f.trigger, v) || f.b <= f.trigger && !x.valueAfter(f, v)) {
		ks = append(ks, v) // "shot and killed", or the value before both verbs
	}
	if v := x.verbJoinedBefore(f.trigger, takes); v >= 0 && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), v) {
		ks = append(ks, v) // "shot and killed": side by side
	}
	ks = append(ks, x.causeLinked(f, takes)...)
	if v := x.whenEvent(f, takes); v >= 0 {
		ks = append(ks, v) // "Three people died when an Athens bank went up in flames Wednesday": the fire too
	}
	for _, k := range ks {
		e := takes(k)
		if e == nil || e.KeyName() == f.Event || x.hypothetical(k) || dup(f.Also, e.KeyName()) || x.sequenced(f.trigger, k) {
			continue
		}
		var ps []string
		if p, _ := x.participant(k); p != "" {
			ps = []string{p}
		} else if e.NeedsName(x.s.toks[k].lower) {
			continue
		}
		f.Also = append(f.Also, Link{Event: e.KeyName(), Participants: ps})
	}
}

// sideBySide reports whether only "and" and adverbs stand between the
// verbs at toks[t] and toks[v]: "shot and killed", "shot and fatally
// wounded".
func (x *extraction) sideBySide(t, v int) bool {
	for k := t + 1; k < v; k++ {
		if tk := &x.s.toks[k]; !tk.is("and") && !(tk.kind == tWord && strings.HasSuffix(tk.lower, "ly")) {
			return false
		}
	}
	return true
}

// sequenced reports whether an adverb of later time stands between the
// verbs at toks[t] and toks[v]: "arrested him on Monday and subsequently
// charged him", "was arrested and eventually charged on Friday": one
// came after the other, on a day the clause does not say.
func (x *extraction) sequenced(t, v int) bool {
	if t > v {
		t, v = v, t
	}
	for k := t + 1; k < v; k++ {
		if laterWords[x.s.toks[k].lower] {
			return true
		}
	}
	return false
}

// laterWords tell that an event came after another: "and subsequently
// charged", "and later released".
var laterWords = map[string]bool{"subsequently": true, "eventually": true, "finally": true, "ultimately": true,
	"later": true, "afterwards": true, "afterward": true, "then": true, "thereafter": true, "shortly": true,
	"soon": true, "since": true}

// valueAfter reports whether another date or place claim of the
// sentence stands after the verb at v: the second verb's own value
// ("arrested on Friday and charged on Monday").
func (x *extraction) valueAfter(f *found, v int) bool {
	for _, g := range x.found {
		if g != f && g.Kind == f.Kind && g.a > v {
			return true
		}
	}
	return false
}

// verbJoinedBefore finds the event verb that "and" (and an adverb or
// two) joins to the verb at toks[t] right before it: "shot and killed",
// "shot and fatally wounded"; -1 when there is none.
func (x *extraction) verbJoinedBefore(t int, takes func(int) *Event) int {
	toks := x.s.toks
	k := t - 1
	for k >= 0 && t-k <= 2 && strings.HasSuffix(toks[k].lower, "ly") && toks[k].kind == tWord {
		k--
	}
	if k < 1 || !toks[k].is("and") {
		return -1
	}
	if v := k - 1; takes(v) != nil {
		return v
	}
	return -1
}

func dup(ls []Link, ev string) bool {
	for _, l := range ls {
		if l.Event == ev {
			return true
		}
	}
	return false
}

// causeLinked finds the event a verb tells its subject did, the subject
// an event noun: "a fire - bomb attack on a bank in Greece killed at
// least three people Wednesday" (the deaths' date, the attack's too), "a
// powerful earthquake killed 51 people ... on Sunday" (the earthquake's
// date, the deaths' too). Nothing but the subject's own words may stand
// between the noun and the verb: no comma, clause word or verb of being
// ("the attack, which killed", "the quake was followed by").
func (x *extraction) causeLinked(f *found, takes func(int) *Event) []int {
	toks := x.s.toks
	t := f.trigger
	if x.finiteVerb(t) {
		if h := x.subjectEventNoun(t); h >= 0 {
			return []int{h}
		}
		return nil
	}
	for v := t + 1; v < len(toks) && v <= t+8; v++ {
		if toks[v].kind == tPunct && toks[v].text != "-" || toks[v].words&(wClauseStop|wSpeech) != 0 || beVerb(toks[v].lower) {
			return nil
		}
		if takes(v) != nil && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), v) {
			if x.finiteVerb(v) && x.subjectEventNoun(v) == t {
				return []int{v}
			}
			return nil
		}
	}
	return nil
}

// subjectEventNoun returns the event noun that heads the subject of the
// verb at toks[v], within eight words before it, or -1: a word of the
// lexicon after a determiner or a hyphen ("a fire - bomb attack", "the
// blast").
func (x *extraction) subjectEventNoun(v int) int {
	toks := x.s.toks
	for k := v - 1; k >= 1 && k >= v-8; k-- {
		tk := &toks[k]
		if tk.kind == tPunct && tk.text != "-" || tk.words&(wClauseStop|wSpeech) != 0 || beVerb(tk.lower) {
			return -1
		}
		if x.lexEvent(k) == nil || tk.capitalized() {
			continue
		}
		if strings.HasSuffix(tk.lower, "ed") || strings.HasSuffix(tk.lower, "ing") {
			return -1 // "a gang member convicted of murdering": a verb, not the subject's noun
		}
		if x.determined(k) {
			return k
		}
		return -1 // an event word in a verb's place: another clause's
	}
	return -1
}

// determined reports whether a determiner stands before the noun at
// toks[k], across up to three modifiers and hyphens: "the blast", "a
// powerful earthquake", "a fire - bomb attack".
func (x *extraction) determined(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		switch tk := &toks[j]; {
		case determinerOfNoun(tk.lower):
			return true
		case tk.text == "-" || tk.kind == tWord && !tk.capitalized() && tk.words&(wClauseStop|wSpeech) == 0 && !beVerb(tk.lower):
			continue
		default:
			return false
		}
	}
	return false
}

// finiteVerb reports whether the event verb at toks[v] is its clause's
// finite verb, one a subject does: not a gerund or a participle ("accused
// of killing", "the trial ... killing"), nor after a preposition.
func (x *extraction) finiteVerb(v int) bool {
	toks := x.s.toks
	if !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), v) || strings.HasSuffix(toks[v].lower, "ing") {
		return false
	}
	return v == 0 || !gerundPreposition(toks[v-1].lower)
}

// whenMain returns the event verb right before "when" whose clause of
// "when" holds the event word at toks[t] and f: "Three people died when
// an Athens bank went up in flames Wednesday" tells the deaths on the
// fire's day, as "when" says, and the deaths are what the sentence
// tells; -1 otherwise. Only the verb right before "when" (no object, no
// other phrase between) and only a value inside the clause of "when".
func (x *extraction) whenMain(f *found, t int, takes func(int) *Event) int {
	toks := x.s.toks
	for j := t - 1; j >= 1 && j >= t-8; j-- {
		tk := &toks[j]
		if tk.is("when") {
			if j < f.a && takes(j-1) != nil && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), j-1) {
				return j - 1
			}
			return -1
		}
		if tk.kind == tPunct && tk.text != "-" || tk.words&wClauseStop != 0 {
			return -1
		}
	}
	return -1
}

// whenEvent returns, for f keyed by the event verb right before "when"
// (whenMain), the event word of the clause of "when" that holds f: the
// fire of "died when an Athens bank went up in flames Wednesday"; -1
// otherwise.
func (x *extraction) whenEvent(f *found, takes func(int) *Event) int {
	t := f.trigger
	if t+1 >= f.a || !x.s.toks[t+1].is("when") {
		return -1
	}
	for k := t + 2; k < f.a; k++ {
		if takes(k) != nil {
			if x.whenMain(f, k, takes) == t {
				return k
			}
			return -1
		}
	}
	return -1
}

// determinerOfNoun: a determiner of a noun phrase (determined), told by a switch.
func determinerOfNoun(w string) bool {
	switch w {
	case "a", "an", "the", "this", "that", "another":
		return true
	}
	return false
}

// gerundPreposition: a preposition before which an event verb is none
// its clause's subject does ("accused of killing"), told by a switch.
func gerundPreposition(w string) bool {
	switch w {
	case "of", "in", "for", "with", "after", "before", "by", "from", "about", "on", "at", "to":
		return true
	}
	return false
}
