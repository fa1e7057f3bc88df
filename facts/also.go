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
// value stands before the "and" that joins the second verb to the
// first ("on Saturday foiled a hijack attempt in the Gulf of Aden and
// arrested"). "Arrested Friday in the 1967 killings" dates the arrest
// only: a noun the arrest is about is no joined verb.
func (x *extraction) alsoTold(f *found) {
	if f.Key == "" || f.trigger < 0 || f.Kind != KindDate && f.Kind != KindPlace || f.Role != "date" && f.Role != "place" {
		return
	}
	takes := func(k int) *Event { return x.eventAt(f, k) }
	var ks []int
	if v := x.joinedVerb(f.trigger+1, takes); v >= 0 && (x.sideBySide(f.trigger, v) || (f.b <= f.trigger || f.b < v) && !x.valueAfter(f, v)) {
		ks = append(ks, v) // "shot and killed", or the value before the "and"
	}
	if v := x.verbJoinedBefore(f.trigger, takes); v >= 0 {
		ks = append(ks, v) // "shot and killed": side by side
	}
	for _, k := range ks {
		e := takes(k)
		if e == nil || e.KeyName() == f.Event || x.hypothetical(k) || !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) {
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
