package facts

import (
	"strings"

	"github.com/factlint/factlint/facts/events"
)

// A Lexicon says which words name which events; it lives in facts/events.
type Lexicon = events.Lexicon

// An Event is one entry of the lexicon.
type Event = events.Event

// clause boundaries stop the search for an event word.
var clauseStops = map[string]bool{"where": true, "which": true, "who": true, "whom": true,
	"whose": true, "that": true, "while": true, "but": true, "although": true, "because": true,
	";": true, ":": true, "—": true, "–": true, "(": true, ")": true, "after": true}

const (
	windowBefore      = 12 // words searched before a value for its event
	windowBeforeDate  = 16 // a date may close a long clause: "died of pneumonia at the age of 85 in a Los Angeles hospital Thursday"
	windowBeforePlace = 8
)

// countEvent returns what a count measures ("dead", "injured"; "" for
// none or another kind of value) and settles the event it counts: "an
// earthquake ..., injuring five people" is the earthquake's, "12 people
// died" names its event by its measure, and a count of things far from
// the event word is none of its.
func (x *extraction) countEvent(f *found) string {
	if f.Kind != KindCount {
		return ""
	}
	measure := x.measure(f)
	if measure == "" {
		if f.trigger >= 0 && f.trigger < f.a && words(x.s.toks[f.trigger+1:f.a]) > 4 {
			f.event = nil // a count of things far from the event word: not its argument
		}
		return ""
	}
	own := x.opt.Lexicon.MeasureEvent(measure)
	if f.event == nil || f.event.Name == own {
		if e, k := x.mainEvent(f, own); e != nil {
			f.event, f.trigger = e, k
		} else if f.event == nil {
			f.event, f.trigger = x.opt.Lexicon.ByName(own), -1
		}
	}
	return measure
}

// key gives f its key: the event word it names itself ("first visit",
// "back in"), else the nearest event word of the same clause that takes
// its kind, before the value or just after it (scope words, "since the
// invasion", are skipped); then the participant of that event mention
// and the role of the value (events.Key).
func (x *extraction) key(f *found) {
	if x.inLink(f) {
		return // a date in a web address: the page's, not the event's
	}
	if f.Kind == KindAge {
		x.ageKey(f)
		return
	}
	if f.Kind == KindDate && x.eraKey(f) {
		return
	}
	if f.Kind == KindDate && f.event == nil {
		if k := x.scheduledNoun(f); k >= 0 {
			f.event, f.trigger = x.eventAt(f, k), k // "elections which are planned for December 15"
		}
	}
	reported, none := x.dateOfSaying(f) // "two men were arrested, police said Saturday"
	if none || !reported && x.ofNoEvent(f) {
		return
	}
	if f.event == nil && (f.Kind != KindOrdinal || x.ordinalOfEvent(f)) {
		f.event, f.trigger = x.trigger(f)
	}
	if f.event == nil && (f.Kind == KindDate || f.Kind == KindPlace) && !x.genericKey(f) {
		return // "Microsoft on Wednesday released": release[Microsoft].date
	}
	if f.event != nil && f.trigger >= 0 && (x.hypothetical(f.trigger) || x.modalBetween(f)) {
		f.event, f.trigger = nil, -1 // "could mean a trip to Baltimore", "plans to visit"
	}
	if f.Kind != KindCount && x.fatal(f) {
		f.event = x.opt.Lexicon.ByName("die") // "Gray, who was fatally wounded by police Saturday": his death's date
	}
	measure := x.countEvent(f)
	if f.event == nil {
		return
	}
	role := x.role(f, measure)
	if reported {
		role = f.event.Reported
	}
	if role == "" {
		f.event = nil
		return
	}
	f.Event, f.Role = f.event.KeyName(), role
	if f.trigger >= 0 {
		if p, inferred := x.participant(f.trigger); p != "" {
			f.Participants, f.Qual.Inferred = []string{p}, inferred
		} else if f.event.NeedsName(x.s.toks[f.trigger].lower) {
			f.event, f.Event, f.Role = nil, "", ""
			return // "the pirates had fired at the vessel": no dismissal
		}
	}
	at, told := f.trigger, f.event.Name
	if at < 0 && f.Kind == KindCount {
		// "In February, a gunman killed five people"
		if at = x.verbBefore(f); at >= 0 {
			told = x.wordEvent(x.s.toks[at].lower).Name
		}
	}
	if len(f.Participants) == 0 && at >= 0 && x.otherInstance(at, told) {
		f.event, f.Event, f.Role = nil, "", ""
		return // "killed by a quake in eastern China": another quake than the story's
	}
	f.Key = events.Key(f.Event, f.Participants, f.Role)
	if v, ok := f.Value.(Place); ok && v.City && x.distancePhrase(f) < f.a {
		// "35 miles southwest of Bandar Abbas" is near the city, in
		// its country: a region of it, not the city
		v.City, v.Region = false, true
		f.Value = v
	}
	f.Qual.Update = x.update(f)
	if f.Kind == KindDate {
		f.Qual.Edge = x.edgeOfDay(f)
	}
	x.alsoTold(f)
}

// fatal reports whether f's event is an injury its trigger says was
// fatal: "fatally wounded", "mortally injured". It tells a death.
func (x *extraction) fatal(f *found) bool {
	if f.event == nil || f.trigger <= 0 || x.opt.Lexicon.ByName("die") == nil {
		return false
	}
	toks := x.s.toks
	switch f.event.KeyName() {
	case "injure":
		return toks[f.trigger-1].is("fatally", "mortally")
	case "attack":
		// "the fatal police shooting of a teenage boy", "a deadly
		// police shooting Dec. 6": the victim's death, as "the
		// December 6 killing" is
		if !strings.HasSuffix(toks[f.trigger].lower, "ing") {
			return false // a noun: not "shot dead", whose date is the death's already
		}
		for k := f.trigger + 1; k < f.a; k++ {
			if w := toks[k].lower; toks[k].text == w && len(w) > 4 && strings.HasSuffix(w, "ed") && !notPast[w] || k-f.trigger > 10 {
				return false // "enraged over the fatal shooting of a teenager by police poured into Brooklyn streets ... Wednesday": the protest's day
			}
		}
		for k := f.trigger - 1; k >= 0 && k >= f.trigger-2; k-- {
			if toks[k].is("fatal", "deadly") {
				return true
			}
		}
	}
	return false
}

// ofNoEvent reports whether a value says something other than a fact of
// an event: when something was said, a state's bound, a plan, a
// distance or a whole, a date counted from another or offered as an
// alternative.
func (x *extraction) ofNoEvent(f *found) bool {
	if f.Kind == KindDate && f.event == nil && x.dateOfState(f) {
		return true // "firefighters would remain at the scene until Monday"
	}
	if f.Kind == KindDate && f.event == nil && x.dateOfPlan(f) {
		return true // "more demonstrations are planned for Monday"
	}
	if f.Kind != KindDate && x.clockPart(f) {
		return true // "with 7:41 left", "at 18:41 this evening": a clock's minutes, no count
	}
	if f.Kind == KindCount && x.notACount(f) {
		return true // "arrested five buildings away", "two nearly killed"
	}
	if f.Kind == KindCount && x.partitiveWhole(f) {
		return true // "won 18 of its next 23 games": the games played, not those won
	}
	if f.Kind == KindCount && x.ofDatedPast(f) {
		return true // "the world's worst disaster in December 2003, in which more than 31, 000 people were killed"
	}
	if f.Kind == KindDate && x.anchored(f) {
		return true // "fired ... on Saturday, one day after the team continued its slide"
	}
	if f.Kind == KindDate && x.oneOf(f) {
		return true // "a divisional playoff either Jan. 10 or Jan. 11": no date is stated
	}
	return false
}

// edgeOfDay says whether a date names the small hours ("early Saturday",
// "early on Saturday": "early") or the night ("Friday night", "late
// Friday", "an overnight fire Friday": "late"), where one night is told
// on either side of midnight; "" otherwise.
func (x *extraction) edgeOfDay(f *found) string {
	toks := x.s.toks
	late := f.b < len(toks) && toks[f.b].is("night", "midnight", "night's", "night’s")
	for k, n := f.a-1, 0; k >= 0 && n < 2; k, n = k-1, n+1 {
		switch {
		case toks[k].is("early"):
			return "early"
		case toks[k].is("late", "overnight"):
			late = true
		case !toks[k].is("on", "fire", "blaze", "attack"):
			n = 2
		}
	}
	if late {
		return "late"
	}
	return ""
}

// role is what f's value is of its event: the event's field for the
// value's kind ("date"), a count's with what it counts ("count.dead"),
// an amount's with its currency ("amount.EUR"); "" when the event takes
// no value of that kind.
func (x *extraction) role(f *found, measure string) string {
	role := f.event.Fields[f.Kind.String()]
	if role == "" {
		return ""
	}
	switch v := f.Value.(type) {
	case Quantity:
		switch {
		case measure == "":
			measure = v.Unit
		case !generalUnits[v.Unit] && v.Unit != measure && x.opt.Lexicon.Measure(v.Unit) == "":
			// "two women" dead is not "three people" dead: a count of
			// some of the dead says nothing against all of them
			measure += "." + v.Unit
		}
		role += "." + measure
	case Money: // amounts in different currencies are not compared
		role += "." + v.Currency
	}
	return role
}

// ageKey keys a person's age by the person: "Tara Reid, 33," is
// "person[Tara Reid].age". An age whose person the clause does not name
// ("a 22-year-old man") gets no key.
func (x *extraction) ageKey(f *found) {
	toks := x.clauseTokens()
	name := events.Apposed(toks, f.a)
	if name == "" {
		return
	}
	f.Event, f.Role, f.Participants = "person", "age", []string{name}
	f.Key = events.Key(f.Event, f.Participants, f.Role)
}

// eraKey keys a decade that dates a named person's fame by the person:
// "Bettie Page, the 1950s pin-up model" is "person[Bettie Page].era"
// (events.Described). Any other date, or a decade describing no named
// person, is left to the event keying.
func (x *extraction) eraKey(f *found) bool {
	toks := x.clauseTokens()
	if !decadeRead(f.Readings) || f.b < 1 || f.b > len(toks) || !strings.HasSuffix(toks[f.b-1].Lower, "s") {
		return false // "the 2000-2010 mayor": ten years, no decade's words
	}
	name := events.Described(toks, f.a, f.b)
	if name == "" {
		return false
	}
	open := f.open // trigger marks a date it finds no event for; the era keys it
	ev, k := x.trigger(f)
	f.open = open
	if ev != nil && k >= 0 && k < f.a {
		return false // "John Smith, who was jailed in the 1960s,": the date of an event of the lexicon, not an era
	}
	f.Event, f.Role, f.Participants = "person", "era", []string{name}
	f.Key = events.Key(f.Event, f.Participants, f.Role)
	return true
}

// decadeRead: the claim was read as one decade, "(1950-01-01,1960-01-01,P10Y)",
// or two in a row, "(1940-01-01,1960-01-01,P20Y)" ("the 1940s and '50s"):
// a TIMEX3 range of ten or twenty years. A range of years ten apart
// ("2000-2010") reads so too: eraKey asks for a decade's words as well.
func decadeRead(rs []Reading) bool {
	if len(rs) != 1 || strings.HasPrefix(rs[0].Value, "(XX") {
		return false
	}
	return strings.HasSuffix(rs[0].Value, ",P10Y)") || strings.HasSuffix(rs[0].Value, ",P20Y)")
}

// mainEvent finds, for a count of a measure, the nearest event word of
// the sentence other than the measure's own (die, injure) that takes
// counts: the earthquake that killed, the attack that injured.
func (x *extraction) mainEvent(f *found, own string) (*Event, int) {
	toks := x.s.toks
	ok := func(k int) bool {
		if k > 0 && toks[k].capitalized() {
			return false
		}
		e := x.wordEvent(toks[k].lower)
		return e != nil && e.Name != own && !x.opt.Lexicon.IsMeasureEvent(e.Name) && e.Takes("count")
	}
	// outward from the count, within its clause: "Bucha, where dozens of
	// civilians were killed" is not the aid package's
	before, after := -1, -1
	for k := f.a - 1; k >= 0 && toks[k].words&wClauseStop == 0; k-- {
		if ok(k) {
			before = k
			break
		}
	}
	for k := f.b; k < len(toks) && toks[k].words&wClauseStop == 0; k++ {
		if ok(k) {
			after = k
			break
		}
	}
	best := before
	if best < 0 || after >= 0 && after-f.b < f.a-before {
		best = after
	}
	if best < 0 {
		return nil, -1
	}
	return x.wordEvent(toks[best].lower), best
}

// words counts the word tokens of a run.
func words(toks []token) int {
	n := 0
	for _, t := range toks {
		if t.kind != tPunct {
			n++
		}
	}
	return n
}

// dateOfState reports whether a date bounds or continues a state rather
// than dating an event: after "until", "till", "through" or "by" ("remain
// at the scene until Monday", "pass the bill by Friday"), or in a clause
// with "still" ("the fire was still burning on Saturday morning").
func (x *extraction) dateOfState(f *found) bool {
	toks := x.s.toks
	k := f.a - 1
	for k >= 0 && stateLead(toks[k].lower) {
		k--
	}
	if k >= 0 && stateBound(toks[k].lower) && !strings.HasSuffix(toks[f.b-1].lower, "'s") && !strings.HasSuffix(toks[f.b-1].lower, "’s") {
		return true
	}
	for k, n := f.a-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if toks[k].words&wClauseStop != 0 || toks[k].text == "," {
			break
		}
		if toks[k].lower == "still" {
			return true
		}
	}
	return false
}

// dateOfPlan reports whether a date says when something is planned or
// goes on again rather than when the event happened: "a major rally is
// expected on Friday", "more demonstrations are planned for Monday",
// "the trial is scheduled to resume Monday", "the trial will resume
// Monday". Plans change, and stories of different days tell of
// different ones.
func (x *extraction) dateOfPlan(f *found) bool {
	toks := x.s.toks
	for k, n := f.a-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		switch {
		case planWord(toks[k].lower):
			return true
		case !planLead(toks[k].lower):
			return false
		}
	}
	return false
}

// scheduledNoun is the event noun whose date a schedule gives, or -1: a
// relative clause on the noun names the day it is set for ("Parliamentary
// elections in Turkmenistan which are planned for December 15, 2013",
// "the election ..., which is scheduled for December 15"). That is the
// event's date as the sources know it, as "will be held on" is; not so a
// plan of more of them ("more demonstrations are planned for Monday") nor
// a session going on again ("is scheduled to resume Monday").
func (x *extraction) scheduledNoun(f *found) int {
	toks := x.s.toks
	k := f.a - 2
	if k < 2 || !toks[k].is("planned", "scheduled", "slated") || !toks[k+1].is("for") {
		return -1
	}
	from := k - 2 // "the election, scheduled for"
	switch {
	case toks[k-1].is("is", "are", "was", "were") && toks[k-2].is("which", "that"):
		from = k - 3
	case toks[k-1].is("is", "are", "was", "were"):
		from = k - 2 // "the election is scheduled for"
	case toks[k-1].text != ",":
		return -1
	}
	for j, n := from, 0; j >= 0 && n < 12; j, n = j-1, n+1 {
		if toks[j].text == ")" {
			for j > 0 && toks[j].text != "(" {
				j-- // "the Turkmen Mejlis (Parliament), which": the aside names no event
			}
			continue
		}
		if toks[j].is("more", "other", "another", "further", "new") || toks[j].words&wClauseStop != 0 {
			return -1
		}
		if e := x.eventAt(f, j); e != nil {
			for i := j - 1; i >= 0 && i >= j-3; i-- {
				if toks[i].is("more", "other", "another", "further", "new") {
					return -1 // "a new candlelit vigil is planned for Sunday"
				}
			}
			return j
		}
	}
	return -1
}

// notACount reports whether a count's words measure or hedge rather
// than count what the event did: a distance or a span ("arrested five
// buildings away", "two weeks later"), a unit of measure ("about two
// hours", "seven km", "25 points"), a magnitude ("a magnitude of at least
// 5. 9 hit"), or a word read as the unit that names nothing counted: an
// adverb ("two nearly killed": not killed), a name or a day ("No. 8
// Tennessee", "12 Sunday"), a modifier ("three former co-workers", "one
// particular shooting", "three voting for life"), a verb ("5. 9 shook a
// sparsely populated area").
func (x *extraction) notACount(f *found) bool {
	toks := x.s.toks
	if f.b < len(toks) && spanAfter(toks[f.b].lower) {
		return true
	}
	q, ok := f.Value.(Quantity)
	if !ok {
		return false
	}
	for k := f.a - 1; k >= 0 && k >= f.a-4; k-- {
		if toks[k].is("magnitude", "magnitude-") && q.Unit != "magnitude" {
			return true
		}
	}
	switch {
	case q.Unit == "" || q.Unit == "magnitude":
		return false
	case x.opt.Lexicon.Measure(q.Unit) != "" || x.wordEvent(q.Unit) != nil && !strings.HasSuffix(q.Unit, "ing"):
		return false // "12 injured", "two attacks"
	case measureUnit(q.Unit) || notUnit(q.Unit) || strings.HasSuffix(q.Unit, "ly") || strings.HasSuffix(q.Unit, "ing") ||
		strings.HasSuffix(q.Unit, "ed"):
		return true // "two nearly killed", "three voting", "two suspected gang members"
	case x.capitalUnit(f, q.Unit):
		return true // "No. 8 Tennessee", "12 Sunday", "40 East 5th"
	case f.b < len(toks) && determiner(toks[f.b].lower):
		return true // "5. 9 shook a sparsely populated area": a verb
	}
	return false
}

// capitalUnit reports whether the word of a count read as its unit is
// a capitalized day, month or point of the compass ("12 Sunday", "40
// East 5th"), or the count is a rank ("No. 8 Tennessee"). A name may be
// a unit: "14 Leopard 2s", "26 Somali pirates" (whose unit is "pirate").
func (x *extraction) capitalUnit(f *found, unit string) bool {
	toks := x.s.toks
	if f.a > 0 && toks[f.a-1].is("no", "#", "nos") || f.a > 1 && toks[f.a-1].text == "." && toks[f.a-2].is("no") {
		return true
	}
	for k := f.a + 1; k < f.b; k++ {
		t := &toks[k]
		if t.kind == tWord && t.capitalized() && (t.lower == unit || strings.TrimSuffix(t.lower, "s") == unit) &&
			(calendarWords[unit] || t.is("east", "west", "north", "south")) {
			return true
		}
	}
	return false
}

// calendarWords are the days and months a count's reader may take for a
// unit: "beat Cleveland 34 - 12 Sunday".
var calendarWords = map[string]bool{"monday": true, "tuesday": true, "wednesday": true, "thursday": true,
	"friday": true, "saturday": true, "sunday": true, "january": true, "february": true, "march": true,
	"april": true, "june": true, "july": true, "august": true, "september": true, "october": true,
	"november": true, "december": true}

// ofDatedPast reports whether a count stands in a clause ("in which",
// "during which", "when") that a year closes the phrase before: "the
// world's worst disaster in December 2003, in which more than 31, 000
// people were killed". A year stated beside the event it dates is, in a
// news story, most often that of another occurrence, a background one.
func (x *extraction) ofDatedPast(f *found) bool {
	toks := x.s.toks
	for k := f.a - 1; k >= 2 && k >= f.a-8; k-- {
		if toks[k].kind == tPunct && toks[k].text != "," {
			return false
		}
		if !toks[k].is("which", "when") {
			continue
		}
		j := k - 1
		if toks[k].is("which") {
			if !toks[j].is("in", "during") {
				return false
			}
			j--
		}
		if j < 1 || toks[j].text != "," {
			return false
		}
		y := &toks[j-1]
		return y.kind == tNum && len(y.text) == 4 && (y.text[:2] == "19" || y.text[:2] == "20")
	}
	return false
}

// partitiveWhole reports whether a count is the whole a number before
// it is part of, and what the event counts is the part: "won 18 of its
// next 23 games". A whole the event word follows is the event's: "three
// of the 12 people killed were children".
func (x *extraction) partitiveWhole(f *found) bool {
	toks := x.s.toks
	k := f.a - 1
	for k >= 0 && partOfWhole(toks[k].lower) {
		k--
	}
	if k >= 0 && wholeDeterminer(toks[k].lower) {
		k--
	}
	if k < 1 || !toks[k].is("of") {
		return false
	}
	if _, ok := loneNumeral(toks, k-1); !ok {
		return false
	}
	// "three of the 12 people killed": the whole is the event's count ("wound
	// up" is no wounding)
	for j := f.b; j < len(toks) && j < f.b+3; j++ {
		if x.opt.Lexicon.Measure(toks[j].lower) != "" || x.wordEvent(toks[j].lower) != nil && !(j+1 < len(toks) && toks[j+1].is("up", "down", "out", "off")) {
			return false
		}
	}
	return true
}

// intentions are the words "to" follows in a plan, a wish, an offer or
// an attempt: "plans to visit", "hopes to travel", "threatened to
// attack", "make offer to buy the club", "tried to board".
var intentions = map[string]bool{"plans": true, "plan": true, "planned": true, "planning": true,
	"intends": true, "intended": true, "hopes": true, "hoped": true, "hoping": true, "wants": true, "wanted": true,
	"seeks": true, "sought": true, "aims": true, "threatened": true, "threatens": true,
	"vowed": true, "vows": true, "promised": true, "promises": true, "wishes": true, "wished": true,
	"offer": true, "offers": true, "offered": true, "offering": true, "tried": true, "tries": true, "trying": true}

// hypothetical reports whether the event word at toks[t] tells of an
// event that may happen, is wished for or is a condition, not one that
// did: a modal before it in its clause ("could mean a trip"; not "may
// have been set": a hedge on the past, nor a reported "would": "said
// membership would be discussed"), a plan ("plans to visit") or
// "if"/"unless" opening its clause. An event noun after a preposition is
// not in doubt: "would be discussed at the summit".
func (x *extraction) hypothetical(t int) bool {
	toks := x.s.toks
	for k, n := t-1, 0; k >= 0 && n < 6; k, n = k-1, n+1 {
		tk := &toks[k]
		switch {
		case tk.kind == tPunct && tk.text != "-" || tk.words&wClauseStop != 0 && !tk.is("that") || tk.words&wSpeech != 0:
			return false
		case conditional(tk.lower):
			return true
		case modal(tk.text):
			return (k+1 >= len(toks) || !toks[k+1].is("have", "'ve", "’ve")) && !(tk.text == "would" && x.saidBefore(k))
		case settingPreposition(tk.lower) && k < t-1:
			return false // "would be discussed at the summit": the summit is not in doubt
		case tk.is("to") && k > 0 && intentions[toks[k-1].lower]:
			return true
		}
	}
	return false
}

// saidBefore reports whether a verb of saying stands before toks[k] in
// its sentence: "He said membership would be discussed" is the future
// of a report, not a condition.
func (x *extraction) saidBefore(k int) bool {
	for j := k - 1; j >= 0; j-- {
		if x.s.toks[j].words&wSpeech != 0 {
			return true
		}
	}
	return false
}

// modalBetween reports whether a modal stands between the event word
// and the value after it: "Oscar nominations ... will be announced in
// January" is when the announcing will be.
func (x *extraction) modalBetween(f *found) bool {
	toks := x.s.toks
	for k := f.trigger + 1; k < f.a; k++ {
		// a report's future: "the summit would be held in July, he said"
		if modal(toks[k].text) && !(toks[k].text == "would" && x.saidBefore(len(toks))) {
			return true
		}
	}
	return false
}

// possessive returns, for a date that stands as a possessive before a
// noun ("2001's romantic film", "Sunday's attack"), the index of the
// token after its "'s"; else -1.
func (x *extraction) possessive(f *found) int {
	toks := x.s.toks
	k := f.b
	if last := toks[k-1].lower; strings.HasSuffix(last, "'s") || strings.HasSuffix(last, "’s") {
		return k // "Monday's": one word
	}
	if k+1 < len(toks) {
		if w := strings.TrimSuffix(strings.TrimSuffix(toks[k].lower, "'s"), "’s"); w != toks[k].lower && partsOfDay[w] {
			return k + 1 // "Friday night's shooting"
		}
	}
	// "2001's"; "Saturday ’ s", as a tokenized text writes it
	if k+1 < len(toks) && toks[k].is("'", "’") && toks[k+1].text == "s" && toks[k].space == toks[k+1].space {
		return k + 2
	}
	return -1
}

// anchored reports whether a date counted from an event the words
// after it tell ("one day after the team continued its slide") was
// read as a day counted from another date instead (the "Saturday"
// before it): that day is no date the text states. A span left
// relative to its anchor ("a day before U.S.-led talks") keeps its key.
func (x *extraction) anchored(f *found) bool {
	toks := x.s.toks
	v, ok := f.Value.(DateValue)
	return ok && v.Relative == "" && f.b < len(toks) && toks[f.b-1].is("after", "before") && toks[f.b].kind == tWord && f.b-f.a > 1
}

// oneOf reports whether a date is one of alternatives the text offers
// ("either Jan. 10 or Jan. 11", "Monday or Tuesday"): none of them is
// the event's date, so none is held against another source's.
func (x *extraction) oneOf(f *found) bool {
	toks := x.s.toks
	return f.a > 0 && toks[f.a-1].is("or", "either") ||
		f.a > 1 && toks[f.a-1].is("on") && toks[f.a-2].is("or", "either") ||
		f.b < len(toks) && toks[f.b].is("or")
}

// partsOfDay may stand between an attributive date and its noun: "the
// Monday morning attack", "a Monday evening vigil".
var partsOfDay = map[string]bool{"night": true, "morning": true, "afternoon": true, "evening": true}

// attributive returns, for a date that modifies the noun after it, the
// index of that noun's phrase: a determiner before, a noun after ("the
// June 20 shooting", "a 2005 article"), across a part of the day ("the
// Monday morning attack"); -1 when the date modifies no noun.
func (x *extraction) attributive(f *found) int {
	toks := x.s.toks
	if f.a == 0 || f.b >= len(toks) || !determiner(toks[f.a-1].lower) {
		return -1
	}
	noun := func(k int) bool {
		t := &toks[k]
		return t.kind == tWord && t.words&wClauseStop == 0 && !notAttributive(t.lower) && !nonNouns[t.lower]
	}
	switch {
	case noun(f.b):
		return f.b
	case partsOfDay[toks[f.b].lower] && f.b+1 < len(toks) && noun(f.b+1) && !partsOfDay[toks[f.b+1].lower]:
		return f.b + 1
	}
	return -1
}

// ordinalOfEvent reports whether an ordinal that names no event itself
// counts occurrences of one: "for the first time", "his first since",
// "again"; not "the 223rd Street", "the second floor", "the sixth day".
func (x *extraction) ordinalOfEvent(f *found) bool {
	toks := x.s.toks
	switch {
	case f.afterOff: // "again"
		return true
	case f.b < len(toks) && toks[f.b].is("time"):
		return true
	case f.a > 0 && possessives[toks[f.a-1].lower]:
		return true
	}
	return false
}

// relativeReach is how many words before its event word a relative
// clause's pronoun may stand.
const relativeReach = 12

// clockPart reports whether a value starts or ends at the colon of a
// clock time ("18:41", "7:41"): its number is an hour or minutes.
func (x *extraction) clockPart(f *found) bool {
	toks := x.s.toks
	colon := func(k int) bool {
		return k > 0 && k+1 < len(toks) && toks[k].text == ":" && toks[k-1].kind == tNum && toks[k+1].kind == tNum &&
			toks[k-1].end == toks[k].start && toks[k].end == toks[k+1].start
	}
	return colon(f.a-1) || f.b < len(toks) && colon(f.b)
}

// notCounted: a unit a measure never counts, a unit of time, length or
// share (measureUnit) or what is fired: "24 hours after his death",
// "fallen some 700 metres to his death", "fired 30 rounds".
func notCounted(w string) bool {
	switch w {
	case "shot", "round", "bullet", "shell", "magnitude":
		return true
	}
	return measureUnit(w)
}

// generalUnits count people as a whole: "12 people", "12 persons", "12
// victims" dead are one measure.
var generalUnits = map[string]bool{"people": true, "person": true, "persons": true, "victim": true,
	"": true, "dead": true, "death": true, "casualty": true, "fatality": true}

// measure names what a count counts from the words right around it:
// "killing 12 people", "12 people were killed", "12 dead", "2 deaths",
// "the death toll rose to 12".
func (x *extraction) measure(f *found) string {
	toks := x.s.toks
	lex := x.opt.Lexicon
	q, ok := f.Value.(Quantity)
	if !ok || notCounted(q.Unit) {
		return ""
	}
	if m := lex.Measure(toks[f.b-1].lower); m != "" {
		return m // "2 deaths", "1 dead"
	}
	// before: "killing 12", "killed at least 12", "toll rose to 12"
	for k, n := f.a-1, 0; k >= 0 && n < 4; k, n = k-1, n+1 {
		if w := toks[k].lower; n == 0 || w == "toll" { // the lexicon asked only where its answer counts
			if m := lex.Measure(w); m != "" {
				return m
			}
		}
		if toks[k].kind == tPunct {
			break
		}
	}
	// "the death toll from the earthquake has risen to 12"
	if f.a >= 2 && toks[f.a-1].is("to", "at") && toks[f.a-2].is(riseWords...) {
		for k := f.a - 3; k >= 0 && k >= f.a-14; k-- {
			if toks[k].is("toll") {
				return lex.Measure("toll")
			}
		}
	}
	// after: "12 dead", "12 people were killed", "12 were injured"
	for k := f.b; k < len(toks) && k < f.b+3; k++ {
		w := toks[k].lower
		if m := lex.Measure(w); m != "" {
			return m
		}
		if !beVerb(w) {
			break
		}
	}
	return ""
}

// riseWords say a number rose: "the toll rose to 12".
var riseWords = []string{"rose", "risen", "climbed", "increased", "jumped", "reached", "rises",
	"climbs", "stood", "stands", "now"}

// update reports whether a count is said to have risen: "rose to",
// "has climbed to", "now".
func (x *extraction) update(f *found) bool {
	if f.Kind != KindCount && f.Kind != KindMoney {
		return false
	}
	toks := x.s.toks
	for k := f.a - 1; k >= 0 && k >= f.a-4; k-- {
		switch toks[k].lower {
		case "rose", "risen", "climbed", "increased", "jumped", "reached", "now", "rising", "climbing":
			return true
		}
		if toks[k].kind == tPunct {
			break
		}
	}
	// "By the end ..., 46 people had been arrested", "By nightfall, the
	// toll had reached 12": a running total at the end of a span
	return len(toks) > 2 && toks[0].is("by") && toks[1].is("the", "nightfall", "midnight", "evening", "morning", "night", "then", "late", "early") &&
		x.pastPerfectAfter(f)
}

// pastPerfectAfter reports whether "had" stands among the three words
// after a count: "46 people had been arrested".
func (x *extraction) pastPerfectAfter(f *found) bool {
	toks := x.s.toks
	for k := f.b; k < len(toks) && k < f.b+3; k++ {
		if toks[k].is("had") {
			return true
		}
	}
	return false
}
