package facts

import (
	"strings"

	"github.com/factlint/factlint/facts/events"
)

// The date a sentence reports an event on. "Two men were arrested in the
// shooting, officials announced Saturday" dates the announcing, not the
// arrest, which may have been on Friday night: the date gets the event's
// "reported" role (arrest.reported), never its own date's
// (arrest.date). Sources that tell of one event on the same day agree on
// it; one that puts the telling on another day may be wrong, or may be a
// later report, which is why the checker weighs the role apart.

// dateOfSaying reports whether a date says when a source told of an
// event ("two men were arrested, police said Saturday"), and if so sets
// f's event to the one told; none is true for a date of saying that
// tells of no event the lexicon knows ("hours after his arrest, police
// said Wednesday": the hanging), or of the subject of a passive ("will
// be announced on October 5"): it gets no key.
func (x *extraction) dateOfSaying(f *found) (reported, none bool) {
	if f.Kind != KindDate || f.event != nil || x.attributive(f) >= 0 || x.possessive(f) >= 0 {
		return false, false // "the BGS said the April tremor took place": the tremor's April
	}
	v := x.speechBefore(f)
	switch {
	case v < 0:
		return false, false
	case x.passiveOfEvent(v):
		return false, true
	}
	if k := x.toldObject(f, v); k >= 0 {
		f.event, f.trigger = x.eventAt(f, k), k // "confirmed her death to the Associated Press on Thursday"
	} else if f.event, f.trigger = x.reportedEvent(f, v); f.trigger == noneFound {
		a, b := x.reportedClause(f, v)
		f.event, f.trigger = x.keyedEventIn(f, a, b) // "will make her second appearance as an Academy Awards host next year, organizers said on Friday"
	}
	if f.event == nil || f.event.Reported == "" {
		f.event, f.trigger = nil, -1
		return false, true
	}
	return true, false
}

// speechBefore returns the speech verb a date follows ("said Saturday",
// "announced on Wednesday", "confirmed Tuesday"), across a few words
// that say where, how or to whom it was said ("told reporters Friday",
// "said here Friday", "said in a statement Friday", "confirmed to People
// and Us Weekly on Friday", "told the AP on Thursday"); -1 when there is
// none.
func (x *extraction) speechBefore(f *found) int {
	toks := x.s.toks
	for v := f.a - 1; v >= 0 && v >= f.a-speechSettingWords-1; v-- {
		w := toks[v].lower
		if toks[v].words&wSpeech != 0 || w == "told" || w == "reported" || w == "confirmed" {
			if x.speechSetting(v+1, f.a, w == "told" && !x.passiveOfEvent(v), !x.passiveOfEvent(v)) || x.toldObject(f, v) >= 0 {
				return v
			}
			return -1
		}
		if toks[v].words&wClauseStop != 0 || toks[v].kind == tPunct && toks[v].is(",", "\"", "“", "”") {
			return -1
		}
	}
	return -1
}

// toldObject returns the event noun that heads the object of the verb
// of telling at toks[v] when the date follows that object, alone or
// with whom it was told to: "confirmed her death to the Associated Press
// on Thursday", "announced his resignation Friday"; -1 otherwise. "Of"
// or another phrase after the noun may be the event's own ("announced
// the arrest of Smith on Friday"): not read.
func (x *extraction) toldObject(f *found, v int) int {
	toks := x.s.toks
	if !toks[v].is("confirmed", "announced", "reported", "revealed", "disclosed") || x.passiveOfEvent(v) {
		return -1
	}
	k := v + 1
	if k < f.a && toks[k].is("the", "a", "an", "his", "her", "their", "its") {
		k++
	}
	for n := 0; k < f.a && n < 3; k, n = k+1, n+1 {
		if toks[k].kind != tWord || toks[k].capitalized() {
			return -1
		}
		if x.eventAt(f, k) == nil || events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) {
			continue
		}
		j := k + 1
		if j < f.a && toks[j].is("to") {
			for j++; j < f.a && (toks[j].capitalized() || toks[j].is("the", "and", ".", "-")); j++ {
			}
		}
		for j < f.a && toks[j].is("on", "early", "late") {
			j++
		}
		if j == f.a {
			return k
		}
		return -1
	}
	return -1
}

// passiveOfEvent reports whether the speech verb at toks[v] is a passive
// whose subject is what was told ("Fresh riots were reported in Greece
// on Saturday", "will be announced on October 5"), not "it was announced
// yesterday that ...": a date right after it is of no event, and one
// further on ("in Greece on Saturday") may be the subject's.
func (x *extraction) passiveOfEvent(v int) bool {
	toks := x.s.toks
	if v == 0 || !toks[v-1].is("was", "were", "is", "are", "be", "been", "being") {
		return false
	}
	return !(v >= 2 && toks[v-2].is("it"))
}

// speechSettingWords is how many tokens may stand between a speech verb
// and its date.
const speechSettingWords = 8

// speechWords may stand between a speech verb and its date: "told
// reporters Friday", "told a news conference on Thursday", "said late
// Friday".
var speechWords = map[string]bool{"on": true, "late": true, "early": true, "reporters": true, "journalists": true,
	"the": true, "media": true, "local": true, "a": true, "news": true, "press": true, "conference": true,
	"briefing": true, "here": true}

// speechSetting reports whether toks[a:b], between a speech verb and a
// date, says only where, how or to whom it was said: speechWords, or a
// phrase opened by a preposition ("in a statement", "at practice",
// "to People and Us Weekly"), or after "told" a name ("told MTV News"),
// with no verb, clause or time of its own in it ("said the office would
// be closed Tuesday", "told People she went to Promises on Tuesday",
// "said after court Tuesday"). Without phrase, only speechWords.
func (x *extraction) speechSetting(a, b int, told, phrase bool) bool {
	toks := x.s.toks
	plain := b-a <= 3
	for k := a; k < b; k++ {
		plain = plain && speechWords[toks[k].lower]
	}
	if plain || !phrase {
		return plain
	}
	if !toks[a].is("to", "in", "at", "on", "during", "via") && !(told && (toks[a].capitalized() || toks[a].is("the", "a", "an"))) {
		return false
	}
	for k := a; k < b; k++ {
		t := &toks[k]
		switch {
		case t.kind == tPunct && !t.is("'", "’", ".", "-"), t.words&(wSpeech|wClauseStop) != 0, subordinate[t.lower],
			t.is("by", "she", "he", "they", "it", "we", "i", "would", "will", "had", "has", "have", "was", "were", "is", "are"),
			t.kind == tWord && !t.capitalized() && (strings.HasSuffix(t.lower, "ed") || strings.HasSuffix(t.lower, "ing")):
			return false
		}
	}
	return true
}

// reportedEvent finds the event a date of speech reports (the speech
// verb at toks[v]): the first event word of the clause the verb
// reports, outside its relative, subordinate and "that" clauses, not a
// building ("hanged himself in a Sicilian jail": no sentencing), a verb
// or a noun among its first words (a noun further on is most often in a
// phrase about something else: "a reward for information leading to an
// arrest"): after the date ("the attorney said Thursday the actress
// checked into a rehab facility", "announced Wednesday that Pierre
// Thomas was placed on IR") or before the speaker ("Two men were
// arrested ..., officials announced Saturday", "..., police in Palermo,
// Sicily, said on Wednesday"). Nil when the verb reports no clause, the
// clause names no event that takes a date, denies it ("said Tuesday
// that the city had not purchased the property") or makes it a
// condition ("would be arrested if she continued"); its trigger is
// noneFound when the clause names no such event and refuses none.
func (x *extraction) reportedEvent(f *found, v int) (*Event, int) {
	a, b := x.reportedClause(f, v)
	toks := x.s.toks
	for k, n := a, 0; k < b; k++ {
		tk := &toks[k]
		switch {
		case tk.words&wSpeech != 0 || tk.is(";", ":", "not", "never", "no", "t"):
			return nil, -1 // a second voice, a second clause, a denial: not sure what is told
		case tk.is("who", "which", "whose", "whom", "where", "that") && k > a || tk.kind == tWord && subordinate[tk.lower]:
			// "A former employee who opened fire ..., has been charged",
			// "committed suicide after being arrested in a sweep, police
			// said", "there was nothing to indicate that this shooting
			// was ...": not the main clause's event
			k = x.clauseEnd(k, b)
			continue
		case tk.kind == tWord:
			n++
		}
		e := x.eventAt(f, k)
		if e == nil || x.compound(k) || x.facility(k) || x.modifiesEvent(f, k) {
			continue
		}
		if j := x.reducedRelative(k, b); j > k {
			k = j - 1 // on to the clause's verb
			continue
		}
		if !events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k) && n > reportedNounWords && !x.afterVerb(k) {
			return nil, -1
		}
		if x.conditional(k, b) {
			return nil, -1
		}
		return e, k
	}
	return nil, noneFound
}

// reportedNounWords is how far into a reported clause an event noun
// may stand and still be what the clause tells: "Two possible gang
// members are under arrest", "the actress checked into a Southern
// California rehab facility". Further on, it must follow a verb closely
// (afterVerb).
const reportedNounWords = 10

// afterVerb reports whether an event noun at toks[k] follows an
// auxiliary or a past participle within four words: "Pierre Thomas,
// the Saints' leading rusher in 2009, was put on injured reserve",
// "has been placed on injured reserve".
func (x *extraction) afterVerb(k int) bool {
	toks := x.s.toks
	for j := k - 1; j >= 0 && j >= k-4; j-- {
		if toks[j].kind == tPunct {
			return false
		}
		if beVerb(toks[j].lower) || j < k-1 && strings.HasSuffix(toks[j].lower, "ed") {
			return true
		}
	}
	return false
}

// modifiesEvent reports whether the event noun at toks[k] modifies an
// event noun after it, the head of the phrase: "A bomb explosion at a
// bank killed" is an explosion.
func (x *extraction) modifiesEvent(f *found, k int) bool {
	toks := x.s.toks
	return k+1 < len(toks) && toks[k+1].space && toks[k+1].kind == tWord && x.eventAt(f, k+1) != nil &&
		!events.VerbAt(x.opt.Lexicon, x.clauseTokens(), k)
}

// compound reports whether the word at toks[k] ends a hyphened compound
// ("President-elect", "U.S.-led"): no event word of its own.
func (x *extraction) compound(k int) bool {
	toks := x.s.toks
	return k > 0 && toks[k-1].text == "-" && !toks[k-1].space && !toks[k].space
}

// reducedRelative returns, when the participle at toks[k] modifies the
// noun before it, the clause's verb coming later ("A suspected Mafia
// boss arrested Tuesday in a police swoop has hanged himself", "a woman
// charged with killing two women was released"), the auxiliary of that
// verb: the participle's phrase tells an event the clause mentions, not
// the one it tells. Otherwise -1.
func (x *extraction) reducedRelative(k, b int) int {
	toks := x.s.toks
	if k == 0 || !strings.HasSuffix(toks[k].lower, "ed") || toks[k-1].kind != tWord ||
		beVerb(toks[k-1].lower) || auxBefore[toks[k-1].lower] || strings.HasSuffix(toks[k-1].lower, "ly") {
		return -1
	}
	for j := k + 1; j < b && !toks[j].is(",", "and", "who", "which", "that", "when", "after", "before"); j++ {
		if toks[j].is("has", "have", "had", "was", "were", "is", "are", "will") {
			return j
		}
	}
	return -1
}

// auxBefore are the words before a participle that make it a verb of
// the clause: "police have arrested", "he got arrested".
var auxBefore = map[string]bool{"got": true, "get": true, "gets": true, "being": true, "will": true,
	"would": true, "they": true, "he": true, "she": true, "it": true, "we": true, "i": true,
	"police": true, "authorities": true, "officials": true, "officers": true, "investigators": true, "troops": true}

// conditional reports whether an "if" or "unless" follows the event word
// in its clause: "would be arrested if she continued to flout a court
// order".
func (x *extraction) conditional(k, b int) bool {
	toks := x.s.toks
	for j := k + 1; j < b && toks[j].text != ","; j++ {
		if toks[j].is("if", "unless") {
			return true
		}
	}
	return false
}

// reportedClause returns the tokens [a, b) of the clause a speech verb
// at toks[v], followed by the date f, reports: the rest of the sentence
// when a word follows the date ("said Saturday it had captured"),
// else the sentence before the comma that sets off the speaker ("...,
// police said Saturday."). a >= b when there is
// none: "Police said Saturday." reports nothing the sentence tells.
func (x *extraction) reportedClause(f *found, v int) (a, b int) {
	toks := x.s.toks
	e := f.b
	for e < len(toks) && partsOfDay[toks[e].lower] {
		e++ // "police said Saturday night."
	}
	if e < len(toks) && toks[e].kind != tPunct {
		a = e
		if toks[a].is("that") {
			a++
		}
		return a, len(toks)
	}
	c := x.speakerStart(v)
	if c < 0 {
		return 0, 0
	}
	return 0, c
}

// subordinate are the words that open a clause or phrase of time, cause,
// concession or source ("According to experts hired by the family, the
// bullet ..."): the event in it is not the one the main clause tells.
var subordinate = map[string]bool{"according": true, "after": true, "before": true, "when": true, "while": true, "as": true,
	"although": true, "though": true, "if": true, "following": true, "since": true, "despite": true,
	"until": true, "because": true, "during": true, "amid": true, "unless": true, "whether": true}

// speakerStart returns the comma that sets off the speaker of a speech
// verb at toks[v] from the clause it reports, within eight words ("...,
// police in Palermo, Sicily, said"); -1 when there is none.
func (x *extraction) speakerStart(v int) int {
	toks := x.s.toks
	for k, n := v-1, 0; k > 0 && n <= 8; k-- {
		if toks[k].text != "," {
			if toks[k].kind == tWord {
				n++
			}
			continue
		}
		if k+1 < v && !x.placeOnly(k+1, v) {
			return k
		}
	}
	return -1
}

// placeOnly reports whether toks[a:b] is one place and a comma: "Sicily,"
// in "police in Palermo, Sicily, said", a place's apposition, not the
// speaker.
func (x *extraction) placeOnly(a, b int) bool {
	for _, f := range x.found {
		if f.Kind == KindPlace && f.a == a {
			return f.b == b-1 && x.s.toks[f.b].text == ","
		}
	}
	return false
}

// clauseEnd returns the comma that closes the clause open at toks[k],
// or b when none comes before it.
func (x *extraction) clauseEnd(k, b int) int {
	for k < b && x.s.toks[k].text != "," {
		k++
	}
	return k
}

// inAside reports whether toks[t] lies in a relative or subordinate
// clause of the reported clause toks[a:b], which reportedEvent skips:
// "have rejoined the M/S Columbus - which is on a six-month
// round-the-world trip - in Oman's port ..., Hapag-Lloyd said Saturday"
// tells the rejoining, not the trip; "A former employee who opened fire
// ... has been charged, police said Saturday" the charge.
func (x *extraction) inAside(t, a, b int) bool {
	toks := x.s.toks
	for k := a; k < b && k < t; k++ {
		if toks[k].is("as") && k+1 < b && toks[k+1].is("a", "an", "the", "his", "her", "its", "their") {
			continue // "her second appearance as an Academy Awards host": a role, no clause
		}
		if toks[k].is("who", "which", "whose", "whom", "where", "that") && k > a || toks[k].kind == tWord && subordinate[toks[k].lower] {
			e := x.clauseEnd(k, b)
			if t < e {
				return true
			}
			k = e
		}
	}
	return false
}

// noneFound is the trigger reportedEvent returns when the reported
// clause holds no event word that it takes, and says nothing that
// refuses one (a second voice, a denial, a condition).
const noneFound = -2

// keyedEventIn returns the one event that the claims keyed before f in
// toks[a:b] hang on, with its word, when the clause reader keyed one and
// only one event there and the event has a reported role: "Comedian
// Ellen DeGeneres will make her second appearance as an Academy Awards
// host next year, organizers said on Friday" told the hosting, whose
// date "next year" is already keyed. Nil and -1 otherwise.
func (x *extraction) keyedEventIn(f *found, a, b int) (*Event, int) {
	var ev *Event
	at := -1
	for _, g := range x.found {
		if g == f {
			break // the claims after f are not keyed yet
		}
		if g.Key == "" || g.event == nil || g.trigger < a || g.trigger >= b || g.Kind == KindAge || x.inAside(g.trigger, a, b) {
			continue
		}
		if ev != nil && g.event.KeyName() != ev.KeyName() {
			return nil, -1 // two events told: not sure which is said
		}
		ev, at = g.event, g.trigger
	}
	if ev == nil || ev.Reported == "" {
		return nil, -1
	}
	return ev, at
}
