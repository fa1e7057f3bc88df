package facts

import (
	"slices"

	"github.com/factlint/factlint/facts/events"
)

// eventState is what keying keeps across the sentences of a document:
// the clause reader's view of the sentence, and the people named lately,
// whom "he" and "his" may refer to.
type eventState struct {
	toks   []events.Token
	nameAt []int                      // the tokens of toks that may be part of a name (events.Names)
	lexAt  []int                      // the tokens of toks mentions asks the lexicon of: words not capitalized past the first, the filter's (mentions)
	of     int                        // the sentence toks was made for (extraction.sentence)
	last   string                     // the person the last sentences named last
	lastAt int                        // the sentence that named it
	n      int                        // sentences read
	people events.People              // the people named so far (events.Names)
	names  []events.Named             // the names of the sentence (remember's memory, reused)
	named  map[string]map[string]bool // event key name -> the names its mentions' clauses give (Document.EventNames)
	told   map[string]bool            // events the document has told of, after its first sentence of prose (instance.go)
	prose  int                        // sentences of prose read
	// other is the event the last sentence opened with a mention of
	// another occurrence of ("The last major quake to hit southern Iran
	// was in February"): an "it" that opens the next sentence is that
	// occurrence, and what it did is not the story's (instance.go); ""
	// when none.
	other string
}

// pronounReach is how many sentences back "he" may find its person.
const pronounReach = 2

// clauseTokens returns the sentence's tokens for the clause reader.
func (x *extraction) clauseTokens() []events.Token {
	st := &x.events
	if st.of == x.sentence {
		return st.toks
	}
	toks := x.s.toks
	st.toks = slices.Grow(st.toks[:0], len(toks))[:len(toks)]
	st.nameAt = st.nameAt[:0]
	st.lexAt = st.lexAt[:0]
	out, lexF := st.toks[:len(toks)], x.lexF // locals: the loop's stores cannot change them
	for k := range toks {
		t, c := &toks[k], &out[k]
		word := t.kind == tWord
		capital := word && t.capitalized()
		c.Set(t.text, t.lower, word, capital, t.space)
		if capital && c.MayName() { // MayName is false for any other
			st.nameAt = append(st.nameAt, k)
		}
		if word && (k == 0 || !capital) && (lexF == nil || lexF.may(t.lower)) {
			st.lexAt = append(st.lexAt, k)
		}
	}
	places := false
	for _, f := range x.found {
		if f.Kind == KindPlace {
			places = true
			for k := f.a; k < f.b; k++ {
				st.toks[k].Place = true
			}
		}
	}
	if places { // a place's words are no name's (events.Names)
		st.nameAt = slices.DeleteFunc(st.nameAt, func(k int) bool { return st.toks[k].Place })
	}
	st.of = x.sentence
	return st.toks
}

// participant returns who the event mention at token t is about: a name
// of the clause, a pronoun's person, or the author of the post the
// sentence is in; "" when the clause does not say.
func (x *extraction) participant(t int) (name string, inferred bool) {
	toks := x.clauseTokens()
	m := x.opt.Lexicon.Participant(toks, t, x.lexEvent(t))
	switch {
	case m.Name != "":
		return m.Name, false
	case m.Pronoun != "":
		from := t
		if p := pronounBefore(toks, t, m.Pronoun); p >= 0 && x.dies(t) {
			// "Harlan Boll, confirmed her death": the one who tells of a
			// death is not the one who died; "her" is someone before
			if a := events.SubjectOfObject(toks, p); a >= 0 {
				from = a
			}
		}
		a := x.antecedent(toks, from)
		return a, a != ""
	}
	if p := x.inPost; p != nil && p.Author != "" && !x.hasName(toks, t) {
		return p.Author, true // the post's author
	}
	return "", false
}

// hasName reports whether a name stands before token t.
func (x *extraction) hasName(toks []events.Token, t int) bool {
	m, blocked := events.Antecedent(toks, t, x.events.nameAt, nil)
	return blocked || m.Name != ""
}

// antecedent is the person a pronoun at token t refers to: the last
// person named before it in the sentence, else in the sentence or two
// before; "" when another name stands between (events.Antecedent).
func (x *extraction) antecedent(toks []events.Token, t int) string {
	m, blocked := events.Antecedent(toks, t, x.events.nameAt, nil)
	switch {
	case blocked && x.events.known(m.Name):
		return m.Name // "Felt ... his death", Mark Felt named before
	case blocked:
		return ""
	case m.Name != "":
		return m.Name
	}
	st := &x.events
	if st.last != "" && st.n-st.lastAt < pronounReach {
		return st.last
	}
	return ""
}

// remember records the person a sentence names last, for the pronouns of
// the sentences after it; a name that is not known as a person's clears
// it.
func (x *extraction) remember() {
	st := &x.events
	st.n++
	toks := x.clauseTokens()
	st.names = events.Names(st.names[:0], toks, st.nameAt, &st.people)
	x.mentions(toks)
	st.other = x.opensWithOther(toks)
	m, blocked := events.Antecedent(toks, len(toks), st.nameAt, st.names) // the names Names read: not joined again
	switch {
	case blocked && st.known(m.Name):
		st.last, st.lastAt = m.Name, st.n
	case blocked:
		st.last = ""
	case m.Name != "":
		st.last, st.lastAt = m.Name, st.n
	}
	// the person the sentence opens with, its subject, is whom "he" of
	// the next sentence means, more than a name told of inside it ("Fred
	// LaRue, ... rumored to be Deep Throat, has died. His body was
	// discovered Tuesday")
	if o := events.Opening(toks); o.Name != "" && (o.Person || st.known(o.Name)) {
		st.last, st.lastAt = o.Name, st.n
	}
}

// mentions records, for each event the sentence mentions with a word
// of the lexicon, that the document told of it (when the sentence
// tells, instance.go) and the name its clause gives as who it is about
// ("Tara Reid has checked into rehab"); pronouns are not followed.
func (x *extraction) mentions(toks []events.Token) {
	st := &x.events
	tells := x.tells(toks)
	for _, k := range st.lexAt { // the words the lexicon may have (askLexicon), listed by clauseTokens
		e := x.lexEvent(k)
		if e == nil {
			continue
		}
		if tells {
			if st.told == nil {
				st.told = map[string]bool{}
			}
			st.told[e.Name] = true
		}
		if m := x.opt.Lexicon.Participant(toks, k, e); m.Name != "" {
			st.name(e.KeyName(), m.Name)
		}
	}
}

// name records that a mention of event ev names name (Document.EventNames).
func (st *eventState) name(ev, name string) {
	if st.named == nil {
		st.named = map[string]map[string]bool{}
	}
	if st.named[ev] == nil {
		st.named[ev] = map[string]bool{}
	}
	st.named[ev][name] = true
}

func (st *eventState) known(name string) bool {
	return st.people.Known(name)
}

// people returns the full names of the people the document names, with
// the number of sentences naming each; Align uses them to give a surname
// its full name.
func (x *extraction) people() map[string]int {
	return x.events.people.Counts()
}

// A lexWord is the lexicon's event at a token of the sentence, once asked.
type lexWord struct {
	asked bool
	event *Event
}

// lexEvent is the lexicon's event at token k of the sentence
// (Lexicon.EventAt: its word, or a phrase it starts), asked once per
// sentence: keying looks back from every claim over the same words, and
// tell reads them all.
func (x *extraction) lexEvent(k int) *Event {
	if w := &x.lex[k]; w.asked {
		return w.event
	}
	return x.askLexicon(k) // apart, so that the kept answer inlines
}

// askLexicon is lexEvent asked the first time at token k.
func (x *extraction) askLexicon(k int) *Event {
	w := &x.lex[k]
	w.asked = true
	if x.lexF == nil || x.lexF.may(x.s.toks[k].lower) {
		w.event = x.opt.Lexicon.EventAt(x.clauseTokens(), k)
	}
	return w.event
}

// wordEvent is Lexicon.Event(w), most words told by the lexicon's
// filter without its map: Event finds a word only where EventAt may.
func (x *extraction) wordEvent(w string) *Event {
	if x.lexF != nil && !x.lexF.may(w) {
		return nil
	}
	return x.opt.Lexicon.Event(w)
}

// pronounBefore returns the index of the possessive pronoun w among the
// three tokens before a noun trigger at toks[t] ("her death"), or -1.
func pronounBefore(toks []events.Token, t int, w string) int {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if toks[k].Lower == w {
			return k
		}
	}
	return -1
}

// dies reports whether the trigger at token t tells of a death (its
// event keys as "die": a death, a killing).
func (x *extraction) dies(t int) bool {
	e := x.lexEvent(t)
	return e != nil && e.KeyName() == "die"
}
