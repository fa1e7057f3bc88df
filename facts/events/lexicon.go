package events

import (
	"strings"
	"sync"
)

// A Lexicon says which words name which events, who an event mention is
// about, and which roles it takes. It comes from the rules
// (rules/cue/lexicon.cue, its words derived from WordNet into
// rules/cue/triggers.cue) and users extend it there.
type Lexicon struct {
	Events []Event
	// Measures maps a measure ("dead") to the words that name it
	// ("killed", "deaths"): a count next to one counts that.
	Measures map[string]Measure
	// Generic says which verbs the lexicon does not know key an event
	// of their own (generic.go).
	Generic GenericRules

	once    sync.Once
	entries map[string]entry  // by lower-case word: all the lexicon says of it, in one lookup
	heads   headFilter        // the first words of phrases, so that most words skip the map
	acronym map[string]*Event // words the lexicon writes in capitals: "IR"
	genOnce sync.Once
	noEvent map[string]bool // GenericRules.Exclude, the events' names and key names (noGeneric)
}

// An Event is one entry of the lexicon.
type Event struct {
	Name      string
	Words     []string // "visit", "visited", "trip"
	VerbForms []string // the words that are verb forms: "visited"
	Again     []string // words that say it happened before: "back", "returned"
	// Participant is who a mention is about: "subject" (who visits),
	// "object" (who is arrested) or "none" (an earthquake).
	Participant string
	// Fields maps a claim kind ("date", "count") to its role in the key
	// ("date", "start").
	Fields map[string]string
	// Unless lists words that, right before a trigger, make it name
	// something else: "opened" before "fire".
	Unless []string
	// Named lists words that name the event only where their clause
	// names its participant: "fired" is a dismissal of Maurice Cheeks,
	// not a gun fired at a vessel.
	Named []string
	// Keys is the event whose keys the mentions take when it is one told
	// another way (a killing of X is X's death: "die"); "" for Name.
	Keys string
	// Reported is the role of a date that says when a source told of a
	// mention of the event, not when it happened ("two men were
	// arrested, police said Saturday": "reported"); "" for none.
	Reported string
	// Collective: a plural names one act that issues several ("issued
	// two regulations on Thursday"), not several occurrences.
	Collective bool
}

// KeyName is the event name the keys of the event's mentions carry.
func (e *Event) KeyName() string {
	if e.Keys != "" {
		return e.Keys
	}
	return e.Name
}

// NotAfter reports whether a word right before a trigger makes it name
// something else than the event ("opened fire" is no fire).
func (e *Event) NotAfter(w string) bool {
	for _, u := range e.Unless {
		if u == w {
			return true
		}
	}
	return false
}

// NeedsName reports whether a trigger word names the event only with
// a participant named in its clause (the lexicon's "named").
func (e *Event) NeedsName(w string) bool {
	for _, n := range e.Named {
		if strings.EqualFold(n, w) { // "IR" names it as "ir"
			return true
		}
	}
	return false
}

// A Measure is what a count may count: the words that say so, and the
// event a count of it is about when no other event word is near ("12
// people died": die).
type Measure struct {
	Words []string
	Event string
}

// Takes reports whether the event takes claims of a kind.
func (e *Event) Takes(kind string) bool { return e.Fields[kind] != "" }

// An entry is what the lexicon says of a lower-case word.
type entry struct {
	event   *Event   // the event it names alone ("visited")
	phrases []phrase // the phrases it is the first word of: "passed" -> "passed away"
	again   *Event   // the event it says happened before ("back")
	measure string   // the measure it names ("killed": "dead")
	verb    bool     // a verb form of an event's, or a phrasal verb's head
}

func (l *Lexicon) build() {
	// the map is made at its final size: grown one word at a time, it
	// would leave a copy of each smaller table behind (start-up)
	n := 0
	for i := range l.Events {
		n += len(l.Events[i].Words) + len(l.Events[i].VerbForms) + len(l.Events[i].Again)
	}
	for _, ms := range l.Measures {
		n += len(ms.Words)
	}
	l.entries, l.acronym = make(map[string]entry, n), map[string]*Event{}
	verbs := map[string]bool{}
	for i := range l.Events {
		e := &l.Events[i]
		clear(verbs)
		for _, w := range e.VerbForms {
			verbs[w] = true
		}
		for _, w := range e.Words {
			l.addWord(w, e, verbs[w])
		}
		for _, w := range e.VerbForms {
			head, _, _ := strings.Cut(w, " ") // a phrasal verb's head is the verb
			l.update(head, func(en *entry) { en.verb = true })
		}
		for _, w := range e.Again {
			l.update(w, func(en *entry) {
				if en.again == nil {
					en.again = e
				}
			})
		}
	}
	for m, ms := range l.Measures {
		for _, w := range ms.Words {
			l.update(w, func(en *entry) {
				if en.measure == "" || m < en.measure {
					en.measure = m
				}
			})
		}
	}
}

// update changes the entry of a word in place.
func (l *Lexicon) update(w string, change func(*entry)) {
	en := l.entries[w]
	change(&en)
	l.entries[w] = en
}

// addWord enters a word or a phrase of the event e: a phrase under its
// lower-case first word, a word the lexicon writes in capitals as
// written, any other word as its own (the first event that lists it).
func (l *Lexicon) addWord(w string, e *Event, verb bool) {
	if head, rest, ok := strings.Cut(w, " "); ok {
		// a phrase the lexicon writes in capitals ("Injured Reserve")
		// is kept under its lower-case head and matched in any case;
		// Capitalized tells it as written
		p := phrase{head: head, rest: strings.Fields(strings.ToLower(rest)), event: e, verb: verb}
		if strings.ToLower(w) != w {
			p.written = strings.Fields(rest)
		}
		lh := strings.ToLower(head)
		l.update(lh, func(en *entry) { en.phrases = append(en.phrases, p) })
		l.heads.add(lh)
		return
	}
	if strings.ToLower(w) != w {
		l.acronym[w] = e // matched as written, in capitals
		return
	}
	l.update(w, func(en *entry) {
		if en.event == nil {
			en.event = e
		}
	})
}

// Event returns the event a lower-case word names, or nil.
func (l *Lexicon) Event(w string) *Event {
	if l == nil {
		return nil
	}
	l.once.Do(l.build)
	return l.entries[w].event
}

// A phrase is a trigger of several words ("passed away", "opened
// fire"), kept under its first word.
type phrase struct {
	head    string   // the first word, as the lexicon writes it
	rest    []string // the words after it, in lower case
	written []string // the words after it as written, for a phrase in capitals ("Injured Reserve"); else nil
	event   *Event
	verb    bool // a phrasal verb ("passed away"), not a noun ("injured reserve")
}

// matches reports whether the phrase's words after its head follow
// toks[t]; asWritten compares them as the lexicon writes them, else in
// lower case. A phrasal verb's head may take a reflexive before its
// particle ("checked herself in"), unless the phrase names the
// reflexive itself ("hanged himself").
func (p *phrase) matches(toks []Token, t int, asWritten bool) bool {
	s := t + 1
	if p.verb && s < len(toks) && reflexives[toks[s].Lower] && !reflexives[p.rest[0]] {
		s++
	}
	if s+len(p.rest) > len(toks) {
		return false
	}
	if asWritten {
		for i, w := range p.written {
			if toks[s+i].Text != w {
				return false
			}
		}
		return true
	}
	for i, w := range p.rest {
		if toks[s+i].Lower != w {
			return false
		}
	}
	return true
}

// EventAt returns the event the word at toks[t] names, as the first word
// of a phrase ("passed away", "opened fire", "injured reserve": the
// longer reading wins over the word's own, "injured") or alone; nil when
// it names none.
func (l *Lexicon) EventAt(toks []Token, t int) *Event {
	if l == nil {
		return nil
	}
	l.once.Do(l.build)
	tk := &toks[t]
	en := l.entries[tk.Lower] // one lookup for the phrases and the word
	if p := en.phraseAt(toks, t); p != nil {
		return p.event
	}
	// an acronym is written with a capital: a word written as its lower
	// case is none
	if tk.Text != tk.Lower {
		if e := l.acronym[tk.Text]; e != nil {
			return e
		}
	}
	return en.event
}

// A headFilter has a bit set for each first word of a phrase: a word
// whose bit is clear starts none.
type headFilter [headBits / 64]uint64

const headBits = 1 << 10

func (f *headFilter) add(w string) {
	b := headBit(w)
	f[b/64] |= 1 << (b % 64)
}

func (f *headFilter) may(w string) bool {
	b := headBit(w)
	return f[b/64]&(1<<(b%64)) != 0
}

// headBit is a word's bit: a hash of its length and its first and last
// bytes.
func headBit(w string) uint32 {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D
	return (h ^ h>>15) % headBits
}

// Capitalized reports whether the trigger at toks[t] is a word or a
// phrase the lexicon writes in capitals ("IR", "Injured Reserve"):
// elsewhere a capitalized word is a title's or a name's ("Catching
// Fire", "QUEENS HIT-AND-RUN").
func (l *Lexicon) Capitalized(toks []Token, t int) bool {
	if l == nil {
		return false
	}
	l.once.Do(l.build)
	if l.acronym[toks[t].Text] != nil {
		return true
	}
	ps := l.entries[toks[t].Lower].phrases
	for i := range ps {
		if p := &ps[i]; p.written != nil && p.head == toks[t].Text && p.matches(toks, t, true) {
			return true
		}
	}
	return false
}

// phraseAt returns the phrase of the lexicon that starts at toks[t], or
// nil. A phrasal verb's head may take a reflexive before its particle:
// "checked herself in".
func (l *Lexicon) phraseAt(toks []Token, t int) *phrase {
	l.once.Do(l.build)
	if !l.heads.may(toks[t].Lower) {
		return nil // most words start no phrase
	}
	en := l.entries[toks[t].Lower]
	return en.phraseAt(toks, t)
}

// phraseAt returns the phrase of the entry of toks[t] that starts
// there, or nil.
func (en *entry) phraseAt(toks []Token, t int) *phrase {
	for i := range en.phrases {
		if p := &en.phrases[i]; p.matches(toks, t, false) {
			return p
		}
	}
	return nil
}

// reflexives may stand between a phrasal verb and its particle.
var reflexives = set("himself", "herself", "themselves", "itself", "myself", "yourself", "ourselves")

// PhraseNoun reports whether a noun phrase of the lexicon starts at
// toks[t] ("injured reserve"): its first word is no participle of the
// clause, whatever it is alone ("injured").
func (l *Lexicon) PhraseNoun(toks []Token, t int) bool {
	if l == nil {
		return false
	}
	p := l.phraseAt(toks, t)
	return p != nil && !p.verb
}

// verbAt reports whether the trigger at toks[t] may be a verb: a
// phrasal verb of the lexicon starts there, or the word is a verb form
// and starts no noun phrase of it.
func (l *Lexicon) verbAt(toks []Token, t int) bool {
	l.once.Do(l.build)
	en := l.entries[toks[t].Lower] // one lookup for the phrases and the verb
	if p := en.phraseAt(toks, t); p != nil {
		return p.verb
	}
	return en.verb
}

// Again returns the event a word says happened before ("back"), or nil.
func (l *Lexicon) Again(w string) *Event {
	if l == nil {
		return nil
	}
	l.once.Do(l.build)
	return l.entries[w].again
}

// Measure returns the measure a lower-case word names ("killed": "dead"),
// or "".
func (l *Lexicon) Measure(w string) string {
	if l == nil {
		return ""
	}
	l.once.Do(l.build)
	return l.entries[w].measure
}

// MeasureEvent returns the event a count of a measure is about when no
// event word says: "die" for the dead.
func (l *Lexicon) MeasureEvent(measure string) string {
	if l == nil {
		return ""
	}
	return l.Measures[measure].Event
}

// IsMeasureEvent reports whether an event is some measure's own (die,
// injure): a count of its measure is rather about another event of the
// sentence, when there is one.
func (l *Lexicon) IsMeasureEvent(name string) bool {
	if l == nil {
		return false
	}
	for _, m := range l.Measures {
		if m.Event == name {
			return true
		}
	}
	return false
}

func (l *Lexicon) isVerb(w string) bool {
	l.once.Do(l.build)
	return l.entries[w].verb
}

// ByName returns the event of a name, or nil.
func (l *Lexicon) ByName(name string) *Event {
	if l == nil {
		return nil
	}
	for i := range l.Events {
		if l.Events[i].Name == name {
			return &l.Events[i]
		}
	}
	return nil
}

// Key is the key of a claim: the event, its participants in brackets,
// and the role: "visit[Jens Stoltenberg].date", "earthquake.count.dead".
// Periods inside a name are dropped, since the key's segments are
// separated by periods.
func Key(event string, participants []string, role string) string {
	if event == "" || role == "" {
		return ""
	}
	var b strings.Builder
	b.WriteString(event)
	if len(participants) > 0 {
		b.WriteByte('[')
		for i, p := range participants {
			if i > 0 {
				b.WriteString(", ")
			}
			b.WriteString(strings.ReplaceAll(p, ".", ""))
		}
		b.WriteByte(']')
	}
	b.WriteByte('.')
	b.WriteString(role)
	return b.String()
}

// SplitKey splits a key into its event, participants and role; ok is
// false for a key not of that shape.
func SplitKey(key string) (event string, participants []string, role string, ok bool) {
	dot := strings.IndexByte(key, '.')
	if dot <= 0 {
		return "", nil, "", false
	}
	event, role = key[:dot], key[dot+1:]
	if i := strings.IndexByte(event, '['); i >= 0 {
		j := strings.LastIndexByte(key, ']')
		if j < i {
			return "", nil, "", false
		}
		event, role = key[:i], strings.TrimPrefix(key[j+1:], ".")
		participants = strings.Split(key[i+1:j], ", ")
	}
	return event, participants, role, role != ""
}
