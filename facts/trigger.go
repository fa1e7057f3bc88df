package facts

// The search for the event a claim is about: from the claim, the lexicon
// word it belongs to (before it, after it, the clause it opens, a place or
// date phrase's head), within the clause geometry the helpers below read.
// key (keys.go) asks trigger; the word classes they test are in
// keywords.go.

import (
	"strings"
	"sync"

	"github.com/factlint/factlint/facts/events"
)

// trigger finds the event word of a value that names none itself: a
// noun phrase that holds the date ("Sunday's attack", "the June 20
// shooting"), the place's own phrase ("a fire that ripped through a
// store in Surrey"), else the nearest event word of the clause, and
// the fallbacks of a date that finds none.
func (x *extraction) trigger(f *found) (*Event, int) {
	toks := x.s.toks
	if f.Kind != KindDate && f.Kind != KindPlace && !x.takenByAny(f.Kind) {
		// "40" of no kind an event takes: no word of the clause is its
		// event (eventAt), and only the end of the search is left
		if x.andOnClause(f) {
			return nil, -1
		}
		f.open = true
		return nil, -1
	}
	takes := func(k int) *Event { return x.eventAt(f, k) }
	if f.Kind == KindDate {
		if ev, k, done := x.dateOfPhrase(f, takes); done {
			return ev, k
		}
	}
	if f.Kind == KindPlace {
		if k := x.leadingPlace(f); k >= 0 {
			// "Yesterday in Los Angeles, pin-up icon Bettie Page
			// succumbed": the place of the main clause's event
			if ev, at := x.mainClauseEvent(k, takes); ev != nil {
				return ev, at
			}
		}
		var k int
		if k, f = x.placeTrigger(f, takes); k >= 0 {
			return takes(k), k
		}
	}
	window, ok := x.triggerWindow(f, takes)
	if !ok {
		return nil, -1
	}
	if x.andOnClause(f) {
		return nil, -1
	}
	if !x.anyEvent() {
		// no word of the sentence is an event's: each search below
		// finds none (they find one only where eventAt does)
		f.open = true
		return nil, -1
	}
	best := x.triggerBefore(f, window, takes)
	if f.Kind != KindPlace && !f.afterOff {
		// a verb right after the date has its subject before it: "the
		// earthquake on Sunday killed 51 people" is the earthquake's date
		if k := x.triggerAfter(f, best >= 0, takes); k >= 0 && !(best >= 0 && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k)) {
			best = k
		}
	}
	if f.Kind == KindDate {
		best = x.dateFallbacks(f, window, best, takes)
	}
	if f.Kind == KindPlace && best < 0 && (toks[f.a-1].is("in") || x.peopleOf(f)) {
		best = x.placeBeforeVerb(f, takes) // "voters in Turkmenistan cast ballots", "the people of Turkmenistan have voted"
	}
	if f.Kind == KindPlace && best >= 0 && x.distanceLead(f.a) && takes(best).Participant != "none" {
		return nil, -1 // a distance from a place locates a happening (a quake, a crash), not a person's visit or arrest
	}
	if best < 0 {
		f.open = true
		return nil, -1
	}
	if h := events.CauseOf(x.opt.Lexicon, x.clauseTokens(), best); h >= 0 && takes(h) != nil {
		best = h // "a major earthquake killed ... in 2003": the earthquake's date
	} else if m := x.whenMain(f, best, takes); m >= 0 && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), best) {
		best = m // "Three people died when an Athens bank went up in flames Wednesday": the deaths' (and the fire's: whenEvent)
	}
	return takes(best), best
}

// andOnClause reports whether f stands after "and on" or "and in" and
// before a comma: "and on June 20, when a man was shot", "... on
// Injured Reserve and on Wednesday, signed Joique Bell": the value of
// the clause that follows, whose event trigger does not look for.
func (x *extraction) andOnClause(f *found) bool {
	toks := x.s.toks
	return f.a >= 2 && toks[f.a-2].is("and") && toks[f.a-1].is("on", "in") && f.b+1 < len(toks) && toks[f.b].text == ","
}

// A keyMemo is what keying learns of a sentence once, for all its
// claims.
type keyMemo struct {
	of       int  // the sentence it is of (extraction.sentence); 0 for none yet
	anyEvent bool // some word of it is an event's (lexEvent)

	taken     kindSet // the kinds the lexicon's events take (takenByAny), for the whole extraction
	takenRead bool
}

// anyEvent reports whether some word of the sentence is an event's
// (lexEvent), asked once a sentence: where none is, eventAt is nil at
// every word.
func (x *extraction) anyEvent() bool {
	m := &x.keys
	if m.of != x.sentence {
		m.of, m.anyEvent = x.sentence, false
		for k := range x.s.toks {
			if x.lexF != nil && !x.lexF.may(x.s.toks[k].lower) {
				continue // no event's word (lexFilter), and no need to keep that in x.lex
			}
			if x.lexEvent(k) != nil {
				m.anyEvent = true
				break
			}
		}
	}
	return m.anyEvent
}

// kindsTaken keeps, for each lexicon keying has used, the kinds of
// claims some event of it takes (a lexicon is not changed once used:
// lexFilters).
var kindsTaken sync.Map // *Lexicon -> kindSet

// A kindSet is a set of kinds of claims, bit 1<<Kind.
type kindSet uint16

// takenByAny reports whether some event of the lexicon takes claims of
// kind k (Event.Takes): none takes a bare number, and eventAt finds no
// event for one at any word. True for no lexicon.
func (x *extraction) takenByAny(k Kind) bool {
	l := x.opt.Lexicon
	if l == nil || k >= 16 {
		return true
	}
	if m := &x.keys; !m.takenRead {
		m.taken, m.takenRead = kindsOf(l), true
	}
	return x.keys.taken&(1<<k) != 0
}

// kindsOf returns the kinds of claims some event of l takes, read once
// a lexicon.
func kindsOf(l *Lexicon) kindSet {
	if got, ok := kindsTaken.Load(l); ok {
		return got.(kindSet)
	}
	var kinds kindSet
	for i := range l.Events {
		for kind := range kindNames {
			if kind > 0 && l.Events[i].Takes(Kind(kind).String()) {
				kinds |= 1 << kind
			}
		}
	}
	kindsTaken.Store(l, kinds)
	return kinds
}

// dateOfPhrase finds the event of a date that a noun phrase or a
// leading phrase holds; done reports that its answer (an event, or
// none) is final.
func (x *extraction) dateOfPhrase(f *found, takes func(int) *Event) (ev *Event, at int, done bool) {
	toks := x.s.toks
	p := x.possessive(f)
	if p < 0 && f.a >= 2 && toks[f.a-1].is("of") && toks[f.a-2].kind == tWord && takes(f.a-2) == nil {
		return nil, -1, true // "the best movies and performances of 2008": the noun's year
	}
	if p >= 0 {
		// "his role in 2001's romantic film": the film's year;
		// "Sunday's attack": the attack's date; "the late 1980's to
		// murder": a decade, no possessive
		if f.a > 0 && toks[f.a-1].is("the", "late", "early", "mid", "-") {
			return nil, -1, true
		}
		if k := x.eventOfPhrase(p, takes); k >= 0 && !nonNouns[toks[p].lower] {
			return takes(k), k, true
		}
		return nil, -1, true
	}
	if n := x.attributive(f); n >= 0 {
		// "the June 20 shooting": the date is the noun's after it;
		// "convicted of the June 20, 2005 attempted murder", "the 2005
		// Vanity Fair article": not the conviction's, nor a death's
		if k := x.eventOfPhrase(n, takes); k >= 0 {
			return takes(k), k, true
		}
		return nil, -1, true
	}
	if k := x.leading(f); k >= 0 {
		// "On Saturday, Robert Buckley fell ...": the date of the main
		// clause, whose first event word follows
		ev, at := x.mainClauseEvent(k, takes)
		return ev, at, true
	}
	return nil, -1, false
}

// placeTrigger finds the event of a place by the place's own phrase:
// the noun it follows, what struck it, the site it names. It returns
// the place widened to its phrase ("in [the northern city of]
// Thessaloniki") for the search that follows when it finds none.
func (x *extraction) placeTrigger(f *found, takes func(int) *Event) (int, *found) {
	eventWords := x.anyEvent() // where no word is an event's, only the widening is left
	if eventWords {
		if k := x.placeOfNoun(f, takes); k >= 0 {
			return k, f
		}
		if k := x.streetsOf(f, takes); k >= 0 {
			return k, f // "protesters took to the streets of Athens": the phrase's place
		}
		if k := x.struckBy(f, takes); k >= 0 {
			return k, f // "Paris hit by jewelry heist"
		}
	}
	if a := x.placePhrase(f); a < f.a {
		g := *f
		g.a = a
		f = &g
	}
	if eventWords {
		if k := x.strikes(f.a-1, takes); k >= 0 {
			return k, f // "a powerful earthquake has hit southern Iran"
		}
		if a, b, ok := x.sitePhrase(f); ok {
			if k := x.siteEvent(f, a, b, takes); k >= 0 {
				return k, f // "a fire that ripped through a Waitrose store in Surrey"
			}
		}
	}
	if a := x.distancePhrase(f); a < f.a {
		g := *f
		g.a = a
		f = &g // "the quake was 35 miles southwest of Bandar Abbas"
	}
	return -1, f
}

// streetsOf returns the event word before "took to the streets of"
// PLACE, or -1.
func (x *extraction) streetsOf(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	if f.a >= 5 && toks[f.a-1].is("of") && toks[f.a-2].is("streets") && toks[f.a-3].is("the") && toks[f.a-4].is("to") && takes(f.a-5) != nil {
		return f.a - 5
	}
	return -1
}

// dateFallbacks mends the event word a date found (best) or finds one
// where it found none: the main event of a "while" participle, then a
// clause after the date, a "while" clause's main event, the subject's
// event noun.
func (x *extraction) dateFallbacks(f *found, window int, best int, takes func(int) *Event) int {
	toks := x.s.toks
	if best >= 1 && toks[best-1].is("while") && strings.HasSuffix(toks[best].lower, "ing") {
		// "was killed in a hit - and - run crash while visiting a former
		// neighbor ... Friday evening": the visit's day is the crash's,
		// the event the sentence tells
		g := *f
		g.a = best - 1
		if m := x.triggerBefore(&g, window, takes); m >= 0 {
			best = m
		}
	}
	if best < 0 {
		best = x.clauseAfterDate(f, takes) // "on Monday, smashing the window and making off with"
	}
	if best < 0 {
		best = x.inWhichClause(f, takes) // "the police sweep on Tuesday in which 89 people were arrested"
	}
	if best < 0 {
		best = x.whileMainEvent(f, window, takes) // "died while climbing to a hut ... on Saturday"
	}
	if best < 0 {
		best = x.subjectEvent(f, takes) // "An earthquake with a magnitude of 5.6 ... shook ... on Sunday"
	}
	return best
}

// placeOfNoun finds the event noun a place names the place of from
// beside it: as its modifier ("Ten dead in southern Iran quake", "the
// Vilnius summit") or after "of" ("the parliamentary election of
// Turkmenistan"); -1 otherwise. A verb there ("Police in Paris
// arrested") is no noun the place modifies.
func (x *extraction) placeOfNoun(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	noun := func(k int) bool { return takes(k) != nil && !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) }
	if f.b < len(toks) && toks[f.b].space && !strings.HasSuffix(toks[f.b-1].lower, "'s") && !strings.HasSuffix(toks[f.b-1].lower, "’s") &&
		noun(f.b) && x.heads(f.b) {
		return f.b
	}
	// "the bombing of Dresden"; not "the trial of Lopez", "the arrest of
	// Jordan": an event with participants has them after "of", unless
	// they are people and the place a country ("the parliamentary
	// election of Turkmenistan"; not "the defeat of France")
	if f.a >= 2 && toks[f.a-1].is("of") && noun(f.a-2) {
		if e := takes(f.a - 2); e.Participant == "none" || e.Participant == "object" && isCountry(f) {
			return f.a - 2
		}
	}
	return -1
}

// heads reports whether the noun at toks[k] ends its phrase: what
// follows is punctuation, a function word or a verb ("Iran quake kills
// 10", "Paris heist near Place Vendome"), not a noun it modifies in turn
// ("the Palm Springs rehab centre", "Brooklyn riot police").
func (x *extraction) heads(k int) bool {
	toks := x.s.toks
	if k+1 >= len(toks) || toks[k+1].kind != tWord || toks[k+1].capitalized() {
		return true
	}
	n := &toks[k+1]
	return nonNouns[n.lower] || n.words&wClauseStop != 0 || beVerb(n.lower) ||
		strings.HasSuffix(n.lower, "ed") || strings.HasSuffix(n.lower, "s") && !strings.HasSuffix(n.lower, "ss")
}

// eventAt is the event of the word at toks[k] that takes f's kind, or
// nil. Event words count in lower case only, or first in the sentence:
// "Ukraine at War Update" is a title, not a war; "Catching Fire" is a
// film, not a fire; nor after a hyphen that joins them to a capitalized
// word: "President-elect" is a title, not an election.
func (x *extraction) eventAt(f *found, k int) *Event {
	toks := x.s.toks
	e := x.lexEvent(k) // kept per token: most words are no event's, told first
	if e == nil {
		return nil
	}
	if k > 0 && toks[k].capitalized() && !x.opt.Lexicon.Capitalized(x.clauseTokens(), k) {
		return nil // not "on IR": the lexicon writes it so
	}
	if k >= 2 && toks[k-1].text == "-" && toks[k-2].kind == tWord && toks[k-2].capitalized() {
		return nil // "President-elect Barack Obama", "Anti-war": a title's or a name's word
	}
	if e.Takes(f.Kind.String()) && !(k > 0 && e.NotAfter(toks[k-1].lower)) &&
		(x.opt.Lexicon.PhraseNoun(x.clauseTokens(), k) || // "on the injured list": the phrase's noun, no participle
			!events.Adjectival(x.clauseTokens(), k) && !events.Modifier(x.clauseTokens(), k)) { // "the injured players", "murder suspect"
		return e
	}
	return nil
}

// triggerWindow is how many words before f its event word is looked
// for; ok is false for a place that can be no event's.
func (x *extraction) triggerWindow(f *found, takes func(int) *Event) (window int, ok bool) {
	toks := x.s.toks
	switch f.Kind {
	case KindDate:
		return windowBeforeDate, true
	case KindPlace:
		// "visit to Kyiv", "visited Ukraine", "summit in Vilnius", "riots
		// and demonstrations across Greece": a place is an event's only
		// right after a preposition or the event word.
		if f.a == 0 || !placePreposition(toks[f.a-1].lower) && takes(f.a-1) == nil && !(toks[f.a-1].is("on") && x.onStreet(f)) && !x.peopleOf(f) && !x.distanceLead(f.a) {
			return 0, false
		}
		if f.a >= 2 && toks[f.a-1].is("to", "into") && spreads(toks[f.a-2].lower) {
			return 0, false // "the rioting spread to Thessaloniki": where else it reached, beside its place
		}
		for k := f.a - 2; k >= 0 && k >= f.a-6; k-- {
			if toks[k].is("felt", "heard") {
				return 0, false // "the temblor was felt across the gulf in Oman"
			}
		}
		if x.facility(f.a - 2) {
			return 0, false // "died at Hennepin County Medical Center in Minneapolis": the hospital's city
		}
		for k := f.b; k < len(toks) && k < f.b+3; k++ {
			if x.facility(k) || toks[k].is("court", "courthouse") {
				return 0, false // "taken to Bloomington Hospital", "at Airdrie Sheriff Court": a building's name
			}
			if toks[k].kind != tWord {
				break
			}
		}
		if f.b < len(toks) && toks[f.b].text == "-" && !toks[f.b].space {
			return 0, false // "U.S.-led talks": an adjective
		}
		return windowBeforePlace, true
	}
	return windowBefore, true
}

// facility reports whether toks[k] ends the name of a hospital, a
// clinic or a jail: "hospital", "Medical Center", "Regional Medical
// Centre", "county jail".
func (x *extraction) facility(k int) bool {
	toks := x.s.toks
	if k < 0 || !facilityWord(toks[k].lower) {
		return false
	}
	if toks[k].is("center", "centre") { // a trauma or medical center, not a town centre
		return k > 0 && toks[k-1].is("medical", "trauma", "health", "burn", "burns", "detention", "care")
	}
	return true
}

// triggerBefore finds the event word before f within window words of its
// clause; -1 when there is none, or when another verb stands between
// and the event word is not its subject.
func (x *extraction) triggerBefore(f *found, window int, takes func(int) *Event) int {
	toks := x.s.toks
	best, dist, verb := -1, 0, -1
	for k := f.a - 1; k >= 0; k-- {
		t := &toks[k]
		inScope := k >= f.scopeA && k < f.scopeB
		if t.kind == tPunct || t.words&(wOtherVerb|wClauseStop) != 0 {
			// marks and clause words, apart: most words of the window
			// are neither, and only count
			j, stop := x.stopBefore(f, k, inScope, &verb, &best, takes)
			if stop {
				break
			}
			if j >= 0 {
				k = j // "Voting for MPs to Majlis (Parliament) began in Turkmenistan"
				continue
			}
			if t.kind == tPunct {
				continue
			}
		}
		if inScope {
			continue
		}
		if dist++; dist > window {
			break
		}
		if x.lexEvent(k) != nil && takes(k) != nil { // lexEvent inlines, where most words of the window are told nil by a closure call (eventAt asks it first)
			if (verb < 0 || x.subjectOf(k, verb)) && !x.closedRelative(k, f.a) {
				best = k
			}
			break
		}
		if t.words&wRelational != 0 { // relational
			break // "Monday's shooting follows two last week": the date of the others
		}
		if personalPronoun(t.lower) && k+1 < f.a && toks[k+1].kind == tWord && !toks[k+1].capitalized() {
			break // "for the crimes he committed on March 11, 2005": the date of the clause "he" opens
		}
	}
	if f.Kind == KindDate && best >= 0 && best == x.nounBefore(f) {
		if v, ok := x.caseOf(best); ok {
			// "expected to testify in the shooting on Thursday", "were
			// arrested in the shooting on Friday": the date is the
			// verb's the case is named after, not the case's
			if takes(v) == nil {
				return -1
			}
			return v
		}
	}
	return best
}

// stopBefore is triggerBefore at a mark or a word of otherVerbs or
// clauseStops, toks[k]: j is the opening bracket of a gloss that closes
// there (-1 for none), stop that the search ends there (with *best set
// when the clause stop is a relative pronoun of the event word); it
// notes the first other verb in *verb.
func (x *extraction) stopBefore(f *found, k int, inScope bool, verb, best *int, takes func(int) *Event) (j int, stop bool) {
	toks := x.s.toks
	if j := x.gloss(k); j >= 0 {
		return j, false
	}
	if *verb < 0 && toks[k].words&wOtherVerb != 0 && !inScope {
		*verb = k
	}
	if toks[k].words&wClauseStop != 0 && !inScope {
		// "the quake, which struck on Sunday": the relative clause
		// is the noun's
		if toks[k].is("which", "that") && k >= 2 && toks[k-1].text == "," && takes(k-2) != nil {
			*best = k - 2
		}
		// "The fire that destroyed the ... warehouse in Palmer on
		// Tuesday took ...": a date's restrictive relative clause too,
		// where no other verb or report stands in it
		// "a fire that ripped through a Waitrose store in Surrey":
		// a place's, where the clause tells how its head struck
		if toks[k].is("which", "that") && k >= 1 && takes(k-1) != nil &&
			(f.Kind == KindDate && *verb < 0 || f.Kind == KindPlace && x.relativeStrikes(k, *verb)) &&
			!events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k-1) && !x.reportBetween(k, f.a) {
			*best = k - 1
		}
		return -1, true
	}
	if f.Kind == KindPlace && toks[k].text == "," && k+1 < f.a && toks[k+1].kind == tWord && !toks[k+1].capitalized() &&
		strings.HasSuffix(toks[k+1].lower, "ed") && takes(k+1) == nil {
		return -1, true // "in Kentucky for a meeting of the National Sheriffs' Assn., returned to Los Angeles": the returning's place
	}
	if toks[k].text == "," && x.closesCondition(k) {
		return -1, true // "If the Saints beat Seattle and Philadelphia beats Green Bay, the Falcons will face the Saints at 8 p. m. Saturday": no win's day
	}
	return -1, false
}

// closedRelative reports whether the event word at k stands in a
// relative clause set off by commas that closes before the value at a
// ("President Barack Obama, who won the 2008 election, spoke in Ohio on
// Monday"): the value is the main clause's, not the election's.
func (x *extraction) closedRelative(k, a int) bool {
	toks := x.s.toks
	closes := false
	for j := k + 1; j+1 < a; j++ {
		if toks[j].text == "," {
			// the comma closes the clause where the main clause's verb
			// follows it ("..., spoke", "..., was arrested"), not where
			// the clause goes on ("..., 85-78, on Sunday")
			closes = predicateStart(toks[j+1])
			break
		}
	}
	if !closes {
		return false
	}
	for j := k - 1; j >= 0 && j >= k-relativeReach; j-- {
		if toks[j].kind == tPunct {
			return toks[j].text == "," && j+1 < k && toks[j+1].is("who", "whom", "whose", "which")
		}
	}
	return false
}

// predicateStart reports whether a token can open a main clause's
// predicate: a past verb ("spoke", "returned") or an auxiliary.
func predicateStart(t token) bool {
	if t.kind != tWord || t.capitalized() {
		return false
	}
	return auxiliary(t.lower) || events.PastVerb(t.lower) != ""
}

// closesCondition reports whether the comma at toks[k] closes a clause
// of condition or concession that opens the sentence ("If ..., ",
// "Although ..., "): what it tells is no fact of the main clause.
func (x *extraction) closesCondition(k int) bool {
	toks := x.s.toks
	first := 0
	for first < k && toks[first].kind == tPunct {
		first++ // an opening quote
	}
	if first >= k || !concessive(toks[first].lower) {
		return false
	}
	for j := first + 1; j < k; j++ {
		if toks[j].text == "," {
			return false
		}
	}
	return true
}

// gloss returns, for a closing parenthesis at toks[k] that glosses the
// name before it ("Majlis (Parliament)", "Microsoft (NSDQ: MSFT)"), the
// index of its opening one: up to three capitalized words or colons
// inside, no clause of its own, no date ("Thursday (June 13)"); -1
// otherwise.
func (x *extraction) gloss(k int) int {
	if x.s.toks[k].lower != ")" {
		return -1 // most tokens: told inline
	}
	return x.glossOpen(k)
}

// glossOpen is gloss at a closing bracket.
func (x *extraction) glossOpen(k int) int {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		t := &toks[j]
		switch {
		case t.lower == "(":
			if j == k-1 || j == 0 || !toks[j-1].capitalized() || calendarWord(toks[j-1].lower) {
				return -1
			}
			return j
		case t.kind == tWord && t.capitalized() && !calendarWord(t.lower), t.text == ":":
			continue
		}
		return -1
	}
	return -1
}

// nounBefore returns the index of the word right before a date, across
// "on", "early", "late", or -1.
func (x *extraction) nounBefore(f *found) int {
	k := f.a - 1
	if k >= 0 && x.s.toks[k].is("on", "early", "late") {
		k--
	}
	return k
}

// caseVerbs name what is done about an event after it, in a case named
// by it: "testify in the shooting", "arrested in the killing",
// "pleaded guilty in the robbery", "charged for the attack".
var caseVerbs = map[string]bool{"testify": true, "testified": true, "testifies": true, "testifying": true,
	"plead": true, "pleaded": true, "pleads": true, "pled": true, "guilty": true, "innocent": true,
	"arrested": true, "charged": true, "indicted": true, "detained": true, "convicted": true,
	"sentenced": true, "acquitted": true, "tried": true, "questioned": true, "held": true, "jailed": true,
	"booked": true, "wanted": true, "implicated": true, "suspected": true, "suspect": true, "suspects": true}

// caseOf returns, for an event noun named as a case ("in the shooting",
// "for the fatal attack", "charged with first-degree murder"), the verb or noun before the preposition that
// says what was done about it; ok is false when the noun is no case.
func (x *extraction) caseOf(k int) (int, bool) {
	toks := x.s.toks
	for j := k - 1; j >= 1 && j >= k-4; j-- {
		switch {
		case toks[j].is("in", "for", "over", "with"):
			v := j - 1
			return v, caseVerbs[toks[v].lower]
		case toks[j].kind != tWord && toks[j].text != "-" || toks[j].capitalized():
			return -1, false
		}
	}
	return -1, false
}

// reportBetween reports whether a verb of saying or reporting stands in
// toks[a:b]: "the attack that police reported Monday" is the report's
// date.
func (x *extraction) reportBetween(a, b int) bool {
	for k := a; k < b; k++ {
		if x.s.toks[k].words&wSpeech != 0 || x.s.toks[k].is("reported", "confirmed", "disclosed", "revealed", "announced") {
			return true
		}
	}
	return false
}

// relational verbs set an event beside another: a date after one is the
// other's ("Monday's shooting follows two last week").
var relational = map[string]bool{"follows": true, "followed": true, "follow": true, "precedes": true,
	"preceded": true, "recalls": true, "recalled": true, "echoes": true, "echoed": true, "mirrors": true,
	"mirrored": true, "resembles": true, "resembled": true}

// otherVerbs are verbs that say something of an event rather than tell
// it: a date after one of them is its own ("a man facing charges in a
// party shooting was on suicide watch Monday", "the murder trial of an
// employee who allegedly shot two co-workers starts Monday", "results
// from a test administered when Williams was arrested were released
// Wednesday").
var otherVerbs = map[string]bool{"is": true, "was": true, "were": true, "are": true,
	"starts": true, "started": true, "begins": true, "began": true, "resumes": true, "resume": true,
	"resumed": true, "continues": true, "continued": true, "remains": true, "remained": true,
	"comes": true, "came": true, "released": true, "ends": true, "ended": true}

// subjectOf reports whether the event noun at toks[t] is the subject of
// the verb at toks[v] after it ("the fire was reported Friday", "the
// trial starts Monday", "the summit in Riga is in July", "Voting for MPs
// to Majlis (Parliament) began in Turkmenistan"): a noun heading its
// phrase, with the verb next (across auxiliaries, adverbs and a phrase
// of places and names), and no preposition or verb opening
// the phrase ("in a Christmas party shooting was": the shooting is not
// what "was" says something of).
func (x *extraction) subjectOf(t, v int) bool {
	toks := x.s.toks
	if events.VerbAt(x.opt.Lexicon, x.clauseTokens(), t) {
		return false // "when Williams was arrested were released": another verb's date
	}
	for k := t + 1; k < v; k++ {
		tk := &toks[k]
		if tk.kind == tWord && !tk.capitalized() && !tk.is("has", "had", "have", "will", "would", "also", "still", "then",
			"in", "at", "of", "on", "near", "for", "to", "the", "a") && !strings.HasSuffix(tk.lower, "ly") || tk.text == "," {
			return false // "injury woes continued": the event word modifies another noun
		}
	}
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		switch {
		case toks[k].is("in", "of", "at", "on", "from", "for", "with", "by", "to", "into", "over", "about", "near", "against"):
			return false
		case toks[k].kind == tPunct || toks[k].words&wClauseStop != 0 || toks[k].is("the", "a", "an", "this", "that"):
			return true
		}
	}
	return true
}

// leading returns, for a date that opens its sentence as an adverbial,
// where its main clause starts: after the comma that sets it off ("On
// Saturday, ...", "Late Friday, ..."), or at the determiner of the
// subject that follows it at once ("Earlier on Sunday a 5.6 quake
// jolted the island"); -1 otherwise.
func (x *extraction) leading(f *found) int {
	toks := x.s.toks
	clock, suffix := false, false
	for k := 0; k < f.a; k++ {
		t := &toks[k]
		switch {
		case leadingWord(t.lower):
		case t.kind == tNum || clockLead(t.lower):
			clock = true // "Just past 4 p.m. Friday, Vancouver Police received a call"
		case clockSuffix[t.lower] || t.is("a", "p"):
			clock, suffix = true, true
		default:
			return -1
		}
	}
	if clock && !suffix {
		return -1
	}
	switch {
	case f.b >= len(toks):
		return -1
	case toks[f.b].text == ",":
		return f.b + 1
	case toks[f.b].is("a", "an", "the"):
		return f.b
	case toks[f.b].is("in"):
		// "Yesterday in Los Angeles, pin-up icon Bettie Page succumbed"
		if g := x.placeClaimAt(f.b + 1); g != nil && g.b < len(toks) && toks[g.b].text == "," {
			return g.b + 1
		}
	}
	return -1
}

// leadingPlace returns, for a place that opens its sentence as an
// adverbial, alone or after a leading date ("In Los Angeles, ...",
// "Yesterday in Los Angeles, ..."), where its main clause starts: after
// the comma that sets it off; -1 otherwise.
func (x *extraction) leadingPlace(f *found) int {
	toks := x.s.toks
	k := f.a - 1
	if k < 0 || !toks[k].is("in") || f.b >= len(toks) || toks[f.b].text != "," {
		return -1
	}
	if k > 0 {
		d := x.dateEndingAt(k)
		if d == nil || x.leading(d) != f.b+1 {
			return -1
		}
	}
	return f.b + 1
}

// placeClaimAt returns the place claim that starts at toks[a], or nil.
func (x *extraction) placeClaimAt(a int) *found {
	for _, g := range x.found {
		if g.Kind == KindPlace && g.a == a {
			return g
		}
	}
	return nil
}

// dateEndingAt returns the date claim that ends right before toks[b],
// or nil.
func (x *extraction) dateEndingAt(b int) *found {
	for _, g := range x.found {
		if g.Kind == KindDate && g.b == b {
			return g
		}
	}
	return nil
}

// mainClauseEvent finds the first event word of the clause that starts
// at toks[k], within windowBefore words: the event a leading date is
// about ("On Friday, the organization ... named Hugh Jackman"); nil when
// a clause boundary or the window comes first.
func (x *extraction) mainClauseEvent(k int, takes func(int) *Event) (*Event, int) {
	toks := x.s.toks
	for n := 0; k < len(toks) && n < windowBefore; k++ {
		if toks[k].is("was", "were") && n > 0 {
			// "On Saturday, Cheeks was fired as head coach": the passive's
			if v := x.passiveAfter(k+1, takes); v >= 0 {
				return takes(v), v
			}
		}
		if toks[k].words&wClauseStop != 0 || toks[k].text == "," && n > 0 && !x.apposition(k) ||
			toks[k].words&(wSpeech|wOtherVerb) != 0 {
			return nil, -1 // "On Friday, a commander said attacking ...": the saying's date
		}
		if toks[k].kind == tPunct {
			continue
		}
		n++
		if e := takes(k); e != nil {
			return e, k
		}
		if x.actsOn(k) {
			return nil, -1 // "In Washington, Obama condemned the shooting": the condemning's place
		}
	}
	return nil, -1
}

// actsOn reports whether toks[k] is a past verb whose object is a known
// thing, which it acts on rather than performs ("condemned the
// shooting", "delayed the launch", "found the body"): a leading date or
// place is then that verb's, not its object event's. Not a verb that
// performs its object ("staged the protest": performs), nor one whose
// object is new ("received a call of a man being shot": the call tells
// the shooting as it happens), nor a participle before a noun ("armed
// men"), which no determiner follows.
func (x *extraction) actsOn(k int) bool {
	toks := x.s.toks
	t := &toks[k]
	if t.kind != tWord || t.capitalized() || k+1 >= len(toks) {
		return false
	}
	// the determiner first: most words have none after them, where
	// PastVerb reads the word's endings
	next := toks[k+1].lower
	if next != "the" && next != "this" && next != "that" && !possessives[next] {
		return false
	}
	return events.PastVerb(t.lower) != "" && !performer(t.lower)
}

// apposition reports whether the comma at toks[k] opens an apposition
// or an age that another comma closes within five tokens ("Robert
// Buckley, 32, fell"; "Buckley, originally from Essex, fell").
func (x *extraction) apposition(k int) bool {
	toks := x.s.toks
	for j := k + 1; j < len(toks) && j <= k+6; j++ {
		if toks[j].text == "," {
			return true
		}
		if toks[j].words&wClauseStop != 0 {
			return false
		}
	}
	return false
}

// placeBeforeVerb finds the event verb that follows "in PLACE" within
// two words: "Voters in Turkmenistan cast ballots", "Riots in Athens
// erupted"; -1 when there is none.
func (x *extraction) placeBeforeVerb(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	for k, n := f.b, 0; k < len(toks) && n < 3; k, n = k+1, n+1 {
		if toks[k].kind != tWord || toks[k].words&wSpeech != 0 {
			return -1 // "An office worker in Dubai said the tremor ...": where the speaker is
		}
		if takes(k) != nil {
			return k
		}
		if k+1 < len(toks) && aspects[toks[k].lower] && toks[k+1].is("to") {
			k++ // "Voters in Turkmenistan began to cast their ballots"
			n--
		}
		if possessives[toks[k].lower] {
			n-- // "cast their ballots"
		}
	}
	return -1
}

// aspects are the verbs of an event's beginning or going on, before
// "to" and the verb that tells it: "began to cast their ballots".
var aspects = map[string]bool{"began": true, "begin": true, "begins": true, "started": true, "start": true,
	"starts": true, "continued": true, "continue": true, "continues": true}

// isCountry reports whether the place claim f names a country.
func isCountry(f *found) bool {
	p, ok := f.Value.(Place)
	return ok && !p.City && !p.Region
}

// triggerAfter looks for the event word after the value: it must come
// next ("Thursday trip", "$325 million aid package") or after "in"/"of"
// ("euros in aid") or, for a length, one modifier ("14-month Russian
// invasion"); it wins over one found before only when it comes next. An
// ordinal's event may follow it anywhere in the sentence past its scope:
// "For the first time since the war began, Stoltenberg has travelled".
func (x *extraction) triggerAfter(f *found, haveBefore bool, takes func(int) *Event) int {
	toks := x.s.toks
	inScope := func(k int) bool { return k >= f.scopeA && k < f.scopeB }
	n := 0
	for k := f.b; k < len(toks); k++ {
		if inScope(k) {
			continue
		}
		if toks[k].kind == tPunct {
			if f.Kind == KindOrdinal && !haveBefore && toks[k].text == "," {
				continue
			}
			if toks[k].text == "," || toks[k].text == "." || clauseStopMark(toks[k].text) {
				return -1
			}
			continue
		}
		n++
		if x.lexEvent(k) != nil && takes(k) != nil && (n == 1 || !haveBefore) {
			return k
		}
		if f.Kind == KindOrdinal && !haveBefore && n < windowBefore && toks[k].words&wClauseStop == 0 {
			continue
		}
		// "euros in aid"; "the 14-month Russian invasion"
		// not "of": "found guilty by the same jury last month of first -
		// degree murder" is the verdict's date, the murder its charge
		if n == 1 && toks[k].is("in", "at") && !haveBefore && f.Kind == KindDate {
			return x.eventOfPhrase(k+1, takes) // "Sunday in a parliamentary election"
		}
		if n == 1 && !haveBefore && f.Kind == KindDate && x.beforeVerb(f) {
			if toks[k].is("and") {
				// "walked into a party Friday and shot a man", "... Friday
				// and allegedly shot and killed a man"
				v := k + 1
				for v < len(toks) && v < k+3 && strings.HasSuffix(toks[v].lower, "ly") {
					v++
				}
				if v < len(toks) && takes(v) != nil {
					return v
				}
			}
			if toks[k].is("was", "were") {
				return x.passiveAfter(k+1, takes) // "a grandmother ... Friday was mowed down"
			}
			// "The Indian Navy on Thursday thwarted a multi-boat
			// attack": the event its verb acts on
			if toks[k].kind == tWord && !toks[k].capitalized() && !nonNouns[toks[k].lower] && toks[k].words&(wSpeech|wOtherVerb) == 0 &&
				toks[k].words&wClauseStop == 0 && !subordinator(toks[k].lower) &&
				!timePreposition(toks[k].lower) {
				if e := x.eventOfPhrase(k+1, takes); e >= 0 {
					return e
				}
				// "a warship on Thursday intercepted three boats ... and
				// foiled an attack": the verb the first is joined to
				return x.joinedVerb(k+1, takes)
			}
		}
		if n >= 2 || !toks[k].is("in", "of") && f.Kind != KindDuration {
			return -1
		}
	}
	return -1
}

// joinedVerb finds, from toks[k] on in its clause, an event verb joined
// by "and" to the verb before k: "intercepted three boats with 26 Somali
// pirates in the Gulf of Aden and foiled an attack". The date the
// first verb takes is the second's too. -1 when a comma, a clause
// boundary or 12 words come first.
func (x *extraction) joinedVerb(k int, takes func(int) *Event) int {
	toks := x.s.toks
	for n := 0; k < len(toks) && n < 12; k, n = k+1, n+1 {
		if toks[k].kind == tPunct && toks[k].text != "-" || toks[k].words&(wClauseStop|wSpeech) != 0 {
			return -1
		}
		if !toks[k].is("and") {
			continue
		}
		v := k + 1
		for v < len(toks) && strings.HasSuffix(toks[v].lower, "ly") {
			v++
		}
		if v < len(toks) && takes(v) != nil && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), v) {
			return v
		}
	}
	return -1
}

// clauseAfterDate finds the event of a date that closes a clause with
// no event word, told in the clause that follows it: a participle's
// ("rammed their car into a store on Monday, smashing the shop window
// and making off with a booty": the participle itself or one "and"
// joins to it) or a "when" clause's ("lost part of its history on
// Tuesday, when a pre-dawn blaze demolished the warehouse"); -1 when
// there is none within eight words.
func (x *extraction) clauseAfterDate(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	k := f.b
	if k < len(toks) && toks[k].text == "," {
		k++
	}
	if k >= len(toks) {
		return -1
	}
	participle := toks[k].kind == tWord && !toks[k].capitalized() && strings.HasSuffix(toks[k].lower, "ing") && k > f.b
	if !participle && !toks[k].is("when") {
		return -1
	}
	start := k
	if !participle {
		start++
	}
	for j, n := start, 0; j < len(toks) && n < 8; j, n = j+1, n+1 {
		t := &toks[j]
		if t.kind == tPunct && t.text != "-" || j > start && t.words&wClauseStop != 0 || t.words&(wSpeech|wOtherVerb) != 0 {
			return -1
		}
		if takes(j) == nil {
			continue
		}
		if !participle || j == start || toks[j-1].is("and") && strings.HasSuffix(t.lower, "ing") {
			return j
		}
	}
	return -1
}

// inWhichClause finds the event of a date that closes a noun phrase
// with no event word, told by the relative clause "in which" or "during
// which" after it: "the police sweep on Tuesday in which 89 people were
// arrested" dates the arrests. The clause's first event word must be
// its verb, across its subject and auxiliaries, within eight words; -1
// when a comma, a clause boundary, a verb of saying, another verb or an
// event noun comes first.
func (x *extraction) inWhichClause(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	k := f.b
	if k+2 >= len(toks) || !toks[k].is("in", "during") || !toks[k+1].is("which") {
		return -1
	}
	for j, n := k+2, 0; j < len(toks) && n < 8; j, n = j+1, n+1 {
		t := &toks[j]
		if t.kind == tPunct && t.text != "-" || t.words&(wClauseStop|wSpeech) != 0 {
			return -1
		}
		if takes(j) != nil {
			if events.VerbAt(x.opt.Lexicon, x.clauseTokens(), j) {
				return j
			}
			return -1
		}
		if t.words&wOtherVerb != 0 && !auxiliaries[t.lower] {
			return -1
		}
	}
	return -1
}

// whileMainEvent finds the event of a date that closes a clause of
// simultaneity with no event word of its own: "while" and a participle
// ("Robert Buckley, 32, died while climbing to a hut on Mount Sefton ...
// on Saturday"), "while in"/"while on" ("while in prison custody"), or
// "while"/"as" and a pronoun's progressive ("was killed by a drunk hit -
// and - run driver as she was on her way to attend religious services on
// Friday"). The clause tells what went on at the same time, so its date
// is the main clause's event's, found before "while"/"as" as for a date
// there (trigger does the same for a participle that is an event word
// itself: "killed in a hit - and - run crash while visiting a former
// neighbor ... Friday evening" is the crash's). -1 when the clause names
// an event of its own ("while investigating the shooting on June 20"),
// holds a comma, a clause boundary, a verb of saying or another verb,
// or opens otherwise.
func (x *extraction) whileMainEvent(f *found, window int, takes func(int) *Event) int {
	k := x.whileClause(f, takes)
	if k < 0 {
		return -1
	}
	g := *f
	g.a = k
	return x.triggerBefore(&g, window, takes)
}

// whileClause returns where the clause of simultaneity that the date f
// closes opens ("while", "as"), when that clause names no event of its
// own (whileMainEvent) nor a past form that may tell one ("imposed in
// 1997"); -1 otherwise.
func (x *extraction) whileClause(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	for k := f.a - 1; k >= 0 && k >= f.a-24; k-- {
		t := &toks[k]
		if t.lower == "while" || t.lower == "as" {
			s := x.simultaneous(k)
			if s < 0 {
				return -1
			}
			for j := s; j < f.a; j++ {
				u := &toks[j]
				if takes(j) != nil || u.kind == tPunct && u.text != "-" || u.words&(wClauseStop|wSpeech|wOtherVerb) != 0 {
					return -1
				}
				if u.kind == tWord && !u.capitalized() && events.PastVerb(u.lower) != "" {
					return -1 // "while serving a 12 - year sentence imposed in 1997": the participle's own date
				}
			}
			return k
		}
		if t.kind == tPunct && t.text != "-" || t.words&(wClauseStop|wSpeech) != 0 {
			return -1
		}
	}
	return -1
}

// simultaneous returns where the body of the clause of simultaneity
// that "while" or "as" at toks[k] opens starts: after "while", a
// participle ("while climbing") or "in"/"on" ("while in custody",
// "while on patrol"); after either, a pronoun and "was"/"were" ("as she
// was on her way"). -1 for any other "while"/"as" ("as part of",
// "while the police searched").
func (x *extraction) simultaneous(k int) int {
	toks := x.s.toks
	if k+1 >= len(toks) || toks[k+1].kind != tWord || toks[k+1].capitalized() {
		return -1
	}
	n := &toks[k+1]
	if toks[k].is("while") && (strings.HasSuffix(n.lower, "ing") && len(n.lower) > 5 || n.is("in", "on")) {
		return k + 1
	}
	if pronouns[n.lower] && n.lower != "it" && n.lower != "you" && k+2 < len(toks) && toks[k+2].is("was", "were") {
		return k + 3
	}
	return -1
}

// subjectEvent finds, for a date that closes the first clause of its
// sentence too far from its event word for the window, the event noun
// that heads the sentence's subject: "An earthquake with a magnitude of
// 5.6 on the Richter scale shook the southern Iranian island of Qeshm
// and caused damage to residential buildings in villages on Sunday", "A
// strong 5.6 -magnitude earthquake jolted ... at 17:06 pm (1336 GMT) on
// Sunday". Nothing may stand between but the clause's own words and a
// parenthesis: no comma, clause boundary, subordinator, verb of saying,
// other verb or relational one ("The quake has been followed by frequent
// aftershocks ... on Monday"), and no other event word; -1 otherwise.
func (x *extraction) subjectEvent(f *found, takes func(int) *Event) int {
	toks := x.s.toks
	h := -1
	for k := 0; k < f.a && k < 7; k++ {
		if takes(k) != nil {
			h = k
			break
		}
		if toks[k].kind == tPunct && toks[k].text != "-" || k > 0 && toks[k].is("a", "an", "the") || toks[k].capitalized() && k > 0 {
			return -1
		}
	}
	if h < 0 || events.VerbAt(x.opt.Lexicon, x.clauseTokens(), h) {
		return -1
	}
	depth := 0
	for k := h + 1; k < f.a; k++ {
		t := &toks[k]
		switch {
		case t.text == "(":
			depth++
			continue
		case t.text == ")":
			depth--
			continue
		case depth > 0, t.text == ":" && toks[k-1].kind == tNum && k+1 < len(toks) && toks[k+1].kind == tNum:
			continue // "(1336 GMT)", "17:06"
		}
		if t.kind == tPunct && t.text != "-" && t.text != "." && t.text != "'" && t.text != "’" || t.words&(wClauseStop|wSpeech|wOtherVerb) != 0 ||
			subordinator(t.lower) || t.words&wRelational != 0 || timeConjunction(t.lower) || takes(k) != nil {
			return -1
		}
	}
	if depth != 0 {
		return -1
	}
	return h
}

// passiveAfter finds the event verb of a passive that starts at toks[k],
// across adverbs: "was killed", "was fatally shot", "was hit and
// killed"; -1 when another word comes first.
func (x *extraction) passiveAfter(k int, takes func(int) *Event) int {
	toks := x.s.toks
	for n := 0; k < len(toks) && n < 4; k, n = k+1, n+1 {
		switch {
		case takes(k) != nil && events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k):
			return k
		case strings.HasSuffix(toks[k].lower, "ly") || toks[k].is("and") && n > 0:
			continue
		case n == 0 && toks[k].kind == tWord && k+1 < len(toks) && toks[k+1].is("and"):
			continue // "was hit and killed": a first participle and its "and"
		}
		return -1
	}
	return -1
}

// beforeVerb reports whether a date stands between a subject and its
// verb: "The Indian Navy on Saturday foiled", "a warship on Thursday
// intercepted"; a name or a noun right before "on DATE" (or before the
// date), not a sentence's start.
func (x *extraction) beforeVerb(f *found) bool {
	toks := x.s.toks
	k := f.a - 1
	if k >= 0 && toks[k].is("on", "early", "late") {
		k--
	}
	return k >= 1 && toks[k].kind == tWord && !nonNouns[toks[k].lower] && toks[k].words&wClauseStop == 0 && f.b < len(toks) && toks[f.b].kind == tWord
}

// eventOfPhrase finds the event word heading the noun phrase at toks[k]:
// a determiner and up to two modifiers before it, hyphened ones too ("a
// parliamentary election", "the Winter Meetings", "a multi - boat
// attack").
func (x *extraction) eventOfPhrase(k int, takes func(int) *Event) int {
	toks := x.s.toks
	if k < len(toks) && (determiner(toks[k].lower) || toks[k].is("this", "that")) {
		k++
	}
	for n := 0; k < len(toks) && n < 3; k++ {
		if toks[k].text == "-" {
			continue // "a multi - boat attack", "a five-boat pirate attack"
		}
		if toks[k].kind == tNum && k+1 < len(toks) && toks[k+1].text == "-" {
			continue // "a 5.6-magnitude quake"
		}
		if toks[k].kind != tWord {
			return -1
		}
		if takes(k) != nil {
			return k
		}
		n++
	}
	return -1
}
