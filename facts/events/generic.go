package events

import (
	_ "embed"
	"strings"
)

// Generic events. The lexicon names the events news tells most often; a
// date or a place in a clause whose verb it does not know ("Microsoft on
// Wednesday released an emergency patch", "In 2008, Klitschko stopped
// Thompson") is keyed by that verb instead: its base form, from WordNet
// ("release", "stop"), and the names of the clause's participants, its
// subject and an object that is a name ("release[Microsoft].date",
// "stop[Klitschko, Thompson].date"). Two claims meet only on the same
// verb and the same names. Such a key is less sure than a lexicon
// event's (a company releases many things): the checker makes its
// conflicts warnings.
//
// Only one shape is read, and nothing is guessed beyond it: a verb in the
// past (a form verbs.txt lists), active, not negated, not after a modal,
// whose subject is a name that ends right before it (across
// auxiliaries, adverbs, the value itself and an apposition), and that
// the value shares a clause with: between the subject and the verb
// ("Microsoft on Wednesday released"), opening the sentence before its
// subject ("On Saturday, Robert Buckley fell"), or after the verb with
// no clause boundary, other verb or event word between ("Klitschko
// blasted Rahman in Mannheim"). Verbs that tell no event of their own
// (be, have, say, begin, make, ...) are the rules' (GenericRules).

// verbsTxt holds the past forms of WordNet's verbs with their base forms,
// one "form base" pair a line (written by rules/gen from WordNet 3.0,
// Princeton University; licence in rules/gen/WORDNET-LICENSE).
//
//go:embed verbs.txt
var verbsTxt string

// verbLines are verbsTxt's "form base" lines without its comment
// lines, sorted by form byte by byte (rules/gen writes them so): read
// in place, a line found by verbIndex.
var verbLines = func() string {
	s := verbsTxt
	for strings.HasPrefix(s, "#") {
		_, s, _ = strings.Cut(s, "\n")
	}
	return s
}()

// IsVerbBase reports whether WordNet lists past forms of the verb whose
// base form is base ("issue", "fall"): the verbs a generic event may be
// keyed by. A scan of verbLines: for the rare caller (explain).
func IsVerbBase(base string) bool {
	if base == "" {
		return false
	}
	return strings.Contains(verbLines, " "+base+"\n") || strings.HasSuffix(verbLines, " "+base)
}

// PastVerb returns the base form of a verb's past tense or participle
// ("issued": "issue", "fell": "fall", "stopped": "stop"), or "": most
// often one probe of verbIndex, no allocation.
func PastVerb(w string) string {
	if w == "" {
		return ""
	}
	mask := uint32(len(verbIndex)/4 - 1)
	for h := formHash(w) & mask; ; h = (h + 1) & mask {
		i := 4 * int(h)
		b := verbIndex[i : i+4]
		slot := uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24
		if slot == 0 {
			return ""
		}
		if start, n := int(slot>>8), int(slot&0xff); n == len(w) && isForm(start, w) {
			base := verbLines[start+n+1:]
			if end := strings.IndexByte(base, '\n'); end >= 0 {
				base = base[:end]
			}
			return base
		}
	}
}

// isForm reports whether the line of verbLines at start is w's: a
// check that keeps a stale index from reading past a line.
func isForm(start int, w string) bool {
	end := start + len(w)
	return end < len(verbLines) && verbLines[end] == ' ' && verbLines[start:end] == w &&
		(start == 0 || verbLines[start-1] == '\n')
}

// verbIndex finds a line of verbLines by its form, in place of a binary
// search of the text per word: an open-addressing table of
// little-endian uint32 slots, each a line's start<<8 | its form's
// length (0: empty), at the form's formHash or past it.
// genverbindex.go writes it from verbs.txt; nothing is built at
// start-up.
//
//go:generate go run genverbindex.go
//go:embed verbindex.bin
var verbIndex string

// formHash is FNV-1a over a word's bytes.
func formHash(w string) uint32 {
	h := uint32(2166136261)
	for i := 0; i < len(w); i++ {
		h = (h ^ uint32(w[i])) * 16777619
	}
	return h
}

// GenericRules say which verbs key a generic event (rules/cue/generic.cue).
type GenericRules struct {
	On bool // generic events are read; off, only the lexicon keys claims
	// Exclude lists the base forms of verbs that tell no event of their
	// own: "be", "say", "begin", "make".
	Exclude []string
}

// A Generic is an event the lexicon does not know, read from the verb of
// a clause.
type Generic struct {
	Verb         string   // the verb's base form: "release"
	Participants []string // the subject's name, then the object's when it is one
	At           int      // the verb's token
	Subject      int      // the subject's first token
}

// noGeneric reports whether a verb's base form keys no generic event:
// the rules exclude it (it tells no event of its own), or an event of
// the lexicon is named, or keys its mentions, by it (a generic key never
// meets a lexicon event's). One set of both, made at the first ask.
func (l *Lexicon) noGeneric(base string) bool {
	l.genOnce.Do(func() {
		l.noEvent = make(map[string]bool, len(l.Generic.Exclude)+2*len(l.Events))
		for _, w := range l.Generic.Exclude {
			l.noEvent[w] = true
		}
		for i := range l.Events {
			l.noEvent[l.Events[i].Name] = true
			l.noEvent[l.Events[i].KeyName()] = true
		}
	})
	return l.noEvent[base]
}

// GenericOf returns the generic event of a value at toks[a:b] (a date or
// a place; place says which) that no event of the lexicon claims: the
// verb of its clause, when the clause has one of the shapes above.
func (l *Lexicon) GenericOf(toks []Token, a, b int, place bool) (Generic, bool) {
	if l == nil || !l.Generic.On || !valueOfClause(toks, a, b, place) {
		return Generic{}, false
	}
	if !place {
		if v := verbAfterValue(toks, b); v >= 0 && a > 0 {
			return l.genericAt(toks, v, a, b) // "Microsoft on Wednesday released"
		}
	}
	if s := mainClauseAfter(toks, a, b); s >= 0 {
		if v := l.verbBefore(toks, s, true); v >= 0 {
			if g, ok := l.genericAt(toks, v, b, b); ok && g.Subject >= s {
				return g, true // "On Saturday, Robert Buckley fell"
			}
		}
		return Generic{}, false
	}
	if v := l.verbBefore(toks, a-1, false); v >= 0 {
		return l.genericAt(toks, v, a, a) // "Klitschko blasted Rahman in Mannheim"
	}
	return Generic{}, false
}

// windowGeneric is how many tokens a value may stand from its verb.
const windowGeneric = 14

// genericOpeners are the first words of a value that make it no date or
// place of the clause's event: a bound ("since September", "until
// Monday"), a span's end, a noun's complement ("of 2008").
var genericOpeners = set("since", "until", "till", "through", "by", "from", "before", "after",
	"of", "between", "to", "toward", "towards", "near", "outside", "across", "throughout")

// notOfClause are the words at or before a value's start that make it
// no date or place of its clause's event: genericOpeners, determiners
// and possessive pronouns, in one set (one lookup a word).
var notOfClause = func() map[string]bool {
	m := make(map[string]bool, len(genericOpeners)+len(determiners)+len(possPronoun))
	for _, ws := range []map[string]bool{genericOpeners, determiners, possPronoun} {
		for w := range ws {
			m[w] = true
		}
	}
	return m
}()

// valueOfClause reports whether a value may date or place the clause's
// event: not a bound or a noun's complement ("since September", "the
// events of 2008"), not a modifier of a noun ("the 2007 ceremony",
// "Saturday's semifinals"); a place after "in" or "at".
func valueOfClause(toks []Token, a, b int, place bool) bool {
	first := toks[a].Lower
	if notOfClause[first] || a > 0 && notOfClause[toks[a-1].Lower] {
		return false // "since September", "the 2007 ceremony", "a 2012 car crash case"
	}
	if isPossessive(toks[b-1].Text) || b < len(toks) && (toks[b].Text == "'" || toks[b].Text == "’") {
		return false // "Saturday's semifinals"
	}
	if place {
		in := func(w string) bool { return w == "in" || w == "at" }
		return in(first) || a > 0 && in(toks[a-1].Lower)
	}
	return true
}

// verbAfterValue returns the token after a value that may be the verb it
// stands before (across an adverb: "Microsoft on Wednesday quietly
// released"), or -1.
func verbAfterValue(toks []Token, b int) int {
	k := b
	if k < len(toks) && toks[k].Word && strings.HasSuffix(toks[k].Lower, "ly") {
		k++
	}
	if k < len(toks) && toks[k].Word && !toks[k].Cap && PastVerb(toks[k].Lower) != "" {
		return k
	}
	return -1
}

// mainClauseAfter returns, for a value that opens its sentence ("On
// Saturday, ...", "In 2008, ...", "In Mannheim, ..."), the token its main
// clause starts at; -1 for any other value.
func mainClauseAfter(toks []Token, a, b int) int {
	for k := 0; k < a; k++ {
		if w := toks[k].Lower; w != "on" && w != "in" && w != "at" && w != "early" && w != "late" && w != "last" {
			return -1
		}
	}
	if b < len(toks) && toks[b].Text == "," {
		b++
	}
	if b >= len(toks) || !toks[b].Word && !isDigit(toks[b].Text) {
		return -1 // "On Saturday, 32-year-old Englishman Robert Buckley"
	}
	return b
}

// verbBefore scans a clause for the one past verb a value may belong to:
// from toks[from] back (or forward) across up to windowGeneric words of
// its clause, a parenthesis and a place's name ("in Mannheim, Germany")
// aside; -1 when a clause boundary, a quote, an infinitive, a
// participle, an event word of the lexicon or the window's end comes
// first. The first past form found is the only candidate: a value is
// never given to a verb past another one.
func (l *Lexicon) verbBefore(toks []Token, from int, forward bool) int {
	step := -1
	if forward {
		step = 1
	}
	for k, n := from, 0; k >= 0 && k < len(toks) && n < windowGeneric; k += step {
		t := &toks[k]
		switch {
		case t.Text == ")" && !forward || t.Text == "(" && forward:
			if k = matching(toks, k, step); k < 0 {
				return -1 // "Wladimir Klitschko (52-3, 46 KOs) blasted"
			}
		case t.Place || t.Text == "," && inPlace(toks, k):
			continue
		case !t.Word:
			if t.Text == "," && forward && apposed(toks, k) {
				k = skipApposition(toks, k)
			} else if t.Text != "-" && t.Text != "." && t.Text != "'" && t.Text != "’" && !isDigit(t.Text) {
				return -1
			}
		case t.Cap:
			n++
		case clauseStarts[t.Lower] || t.Lower == "and" || t.Lower == "who" || t.Lower == "whose":
			return -1
		case l.isVerb(t.Lower) && l.EventAt(toks, k) != nil && VerbAt(l, toks, k):
			return -1 // the lexicon's event: keyed by it, or not at all (a noun is passed: "hanged himself in a Palermo jail Tuesday")
		case PastVerb(t.Lower) != "" && !adjective(toks, k):
			return k
		case infinitive(toks, k) || participle(toks, k):
			return -1
		default:
			n++
		}
	}
	return -1
}

// inPlace reports whether the comma at toks[k] stands inside a place's
// name: "Mannheim, Germany".
func inPlace(toks []Token, k int) bool {
	return k > 0 && k+1 < len(toks) && toks[k-1].Place && toks[k+1].Place
}

// adjective reports whether the past form at toks[k] stands as an
// adjective before its noun ("revised regulations", "endangered
// species", "the injured man"): after a determiner or another word of a
// noun phrase, not after a subject, an auxiliary or an adverb.
func adjective(toks []Token, k int) bool {
	if k == 0 {
		return false
	}
	p := &toks[k-1]
	switch {
	case !p.Word, p.Cap, auxiliaries[p.Lower], beForms[p.Lower], subjPronoun[p.Lower], bodies[p.Lower]:
		return false
	case p.Lower == "they" || p.Lower == "it" || p.Lower == "she" || p.Lower == "you":
		return false
	case len(p.Lower) > 3 && strings.HasSuffix(p.Lower, "ly"):
		return false
	}
	return true
}

// matching returns the index of the parenthesis that closes (step 1) or
// opens (step -1) the one at toks[k], or -1.
func matching(toks []Token, k, step int) int {
	open, close := "(", ")"
	if step < 0 {
		open, close = ")", "("
	}
	depth := 0
	for j := k; j >= 0 && j < len(toks); j += step {
		switch toks[j].Text {
		case open:
			depth++
		case close:
			if depth--; depth == 0 {
				return j
			}
		}
	}
	return -1
}

// apposed reports whether the comma at toks[k] opens an apposition that
// another comma closes within eight tokens, with no clause boundary in
// it: "Robert Buckley, 32, fell".
func apposed(toks []Token, k int) bool {
	return skipApposition(toks, k) > k
}

// skipApposition returns the index of the comma that closes the
// apposition the comma at toks[k] opens, or k.
func skipApposition(toks []Token, k int) int {
	for j := k + 1; j < len(toks) && j <= k+8; j++ {
		if toks[j].Text == "," {
			return j
		}
		if clauseStarts[toks[j].Lower] || toks[j].Lower == "who" || toks[j].Lower == "and" {
			return k
		}
	}
	return k
}

// infinitive reports whether toks[k] is "to" before a verb ("to plug",
// "to fix"), not before a noun phrase ("to the hospital", "to Egypt").
func infinitive(toks []Token, k int) bool {
	if toks[k].Lower != "to" || k+1 >= len(toks) {
		return false
	}
	n := &toks[k+1]
	return n.Word && !n.Cap && !determiners[n.Lower] && !possPronoun[n.Lower] && !isDigit(n.Text)
}

// participle reports whether toks[k] is a verb's -ing form heading a
// clause of its own ("fixing a flaw"), not a noun after a determiner
// ("the meeting").
func participle(toks []Token, k int) bool {
	w := toks[k].Lower
	if !strings.HasSuffix(w, "ing") || len(w) < 5 {
		return false
	}
	p := ""
	if k > 0 {
		p = toks[k-1].Lower
	}
	return !determiners[p] && !possPronoun[p] && !(k > 0 && isPossessive(toks[k-1].Text))
}

// genericAt reads the verb at toks[v] as a generic event, its subject
// found before it across the value at toks[skipA:skipB].
func (l *Lexicon) genericAt(toks []Token, v, skipA, skipB int) (Generic, bool) {
	at, base := v, l.genericVerb(toks, v)
	if s := stepOf(toks, v); s > 0 {
		at, base = s, l.gerundVerb(toks, s) // "Microsoft took the rare step of issuing the patch": issue[Microsoft]
	}
	if base == "" || at == v && !completeVerb(toks, v) {
		return Generic{}, false
	}
	name, start := genericSubject(toks, v, skipA, skipB)
	if name == "" {
		return Generic{}, false
	}
	g := Generic{Verb: base, Participants: []string{name}, At: at, Subject: start}
	if o := genericObject(toks, at); o != "" && o != name {
		g.Participants = append(g.Participants, o) // "Klitschko stopped Thompson"
	}
	return g, true
}

// genericObject returns the name that is the object of the verb at
// toks[v] ("stopped Thompson", "blasted a sluggish Hasim Rahman"), or "":
// not a people's adjective ("named Australian actor Hugh Jackman"), nor a
// building's or an organisation's name ("entered Malibu Promises
// Treatment Center"), which say where or with whom more than who.
func genericObject(toks []Token, v int) string {
	o := objectAfter(toks, v)
	if o.Name == "" {
		return ""
	}
	words := strings.Fields(o.Name)
	if len(words) == 1 && demonym(strings.ToLower(words[0])) {
		return ""
	}
	for _, w := range words {
		if designators[strings.ToLower(w)] {
			return ""
		}
	}
	return o.Name
}

// genericVerb returns the base form of the past verb at toks[v] when it
// may key a generic event: a word of no event of the lexicon, nor one the
// rules exclude, nor the key name of a lexicon event ("keys" in the
// rules: a generic key never meets a lexicon event's), in the active
// voice; "" otherwise.
func (l *Lexicon) genericVerb(toks []Token, v int) string {
	t := &toks[v]
	if !t.Word || t.Cap {
		return ""
	}
	base := PastVerb(t.Lower)
	if base == "" || l.noGeneric(base) || l.EventAt(toks, v) != nil || l.Again(t.Lower) != nil || isPassive(toks, v) {
		return ""
	}
	return base
}

// completeVerb reports whether the verb at toks[v] tells an event of its
// own: not one whose event is the verb after it ("stopped working",
// "agreed to pay", "decided that", "wondered whether").
func completeVerb(toks []Token, v int) bool {
	if v+1 >= len(toks) {
		return true
	}
	n := &toks[v+1]
	switch {
	case infinitive(toks, v+1), n.Word && !n.Cap && strings.HasSuffix(n.Lower, "ing") && len(n.Lower) > 4:
		return false
	case n.Lower == "that" || n.Lower == "whether" || n.Lower == "if" || n.Lower == "how" || n.Lower == "why" || n.Lower == "what":
		return false
	}
	return true
}

// genericNot are the words before a verb that make its clause deny or
// doubt the event: a negation, a modal.
var genericNot = set("not", "never", "n't", "no", "would", "could", "might", "may", "should",
	"can", "must", "will", "shall", "'d", "’d", "cannot")

// genericSubject returns the name that is the subject of the verb at
// toks[v], and its first token: the name that ends right before it,
// across auxiliaries, adverbs, the value at toks[skipA:skipB], a
// parenthesis and an apposition ("Robert Buckley, 32, fell"); not a
// name inside a phrase ("a spokesman for Microsoft", "the organization
// behind the Academy Awards"). "" when there is none, or a negation, a
// modal or a form of "be" (a passive: "is now accused") stands between.
func genericSubject(toks []Token, v, skipA, skipB int) (string, int) {
	for k, n := v-1, 0; k >= 0 && n < 8; k, n = k-1, n+1 {
		if k >= skipA && k < skipB {
			k = skipA
			continue
		}
		t := &toks[k]
		switch {
		case genericNot[t.Lower] || beForms[t.Lower]:
			return "", -1
		case t.Text == ")":
			if k = matching(toks, k, -1); k < 0 {
				return "", -1
			}
		case t.Text == ",":
			return apposedSubject(toks, k)
		case nameToken(toks, k) && !isPossessive(t.Text):
			return subjectName(toks, k)
		case auxiliaries[t.Lower] || t.Word && !t.Cap && len(t.Lower) > 3 && strings.HasSuffix(t.Lower, "ly"):
			continue
		case bodies[t.Lower]:
			return bodyName(toks, k) // "the Bush administration"
		default:
			return "", -1
		}
	}
	return "", -1
}

// bodyName reads the name of a body of people whose noun is at toks[k]:
// the capitalized words before it, a place's too, not a people's
// adjective ("the Iranian government"), after "the" at the start of a
// clause ("the Bush administration", "the Obama campaign").
func bodyName(toks []Token, k int) (string, int) {
	a := k
	for a > 0 && toks[a-1].Word && toks[a-1].Cap && !isPossessive(toks[a-1].Text) && (toks[a-1].Place || nameToken(toks, a-1)) {
		a--
	}
	if a == k || a == 0 || toks[a-1].Lower != "the" || demonym(toks[k-1].Lower) {
		return "", -1
	}
	if p := a - 2; p >= 0 && (prepositions[toks[p].Lower] || isPossessive(toks[p].Text) || toks[p].Text == "-") {
		return "", -1 // "a spokesman for the Bush administration"
	}
	words := make([]string, 0, k-a+1)
	for j := a; j <= k; j++ {
		words = append(words, toks[j].Text)
	}
	words[len(words)-1] = toks[k].Lower
	return strings.Join(words, " "), a
}

// bodies are the common nouns a name before them makes a name of a body
// of people: "the Bush administration", "the Obama campaign".
var bodies = set("administration", "government", "campaign")

// apposedSubject reads the subject a comma before a verb closes an
// apposition of: "Robert Buckley, 32, fell", "Gaetano Lo Presti, one of
// 99 alleged Sicilian Mafia members seized on Tuesday, has hanged".
func apposedSubject(toks []Token, k int) (string, int) {
	for j := k - 1; j >= 1 && j >= k-16; j-- {
		switch t := &toks[j]; {
		case t.Text == "\"" || t.Text == "“" || t.Text == "”" || clauseStarts[t.Lower] && t.Lower != "as":
			return "", -1
		case t.Text == ",":
			if nameToken(toks, j-1) && !isPossessive(toks[j-1].Text) {
				return subjectName(toks, j-1)
			}
			return "", -1
		}
	}
	return "", -1
}

// subjectName reads the name that ends at toks[e] as a subject: "" when
// it is the object of a preposition ("a spokesman for Microsoft", "the
// organization behind the Academy Awards"), a possessive's or a
// compound's ("ex-NYPD"), the last of names a conjunction joins
// ("Smith and Jones"), a word with a contraction ("I'm") or an
// auxiliary a heading capitalizes ("Has established").
func subjectName(toks []Token, e int) (string, int) {
	m := nameEndingAt(toks, e)
	a := e
	for a > 0 && (nameToken(toks, a-1) && !isPossessive(toks[a-1].Text) ||
		(toks[a-1].Text == "-" || toks[a-1].Text == ".") && !toks[a].Space && a >= 2 && nameToken(toks, a-2)) {
		a--
	}
	if m.Name == "" || strings.ContainsAny(m.Name, "'’") || a == e && (auxiliaries[toks[e].Lower] || beForms[toks[e].Lower]) {
		return "", -1 // "I'm joined now", "Has established a rapport at Surrey"
	}
	p := a - 1
	if p >= 0 && determiners[toks[p].Lower] {
		p-- // "the organization behind the Academy Awards"
	}
	if p >= 0 && (prepositions[toks[p].Lower] || isPossessive(toks[p].Text) || toks[p].Text == "-" && !dateline(toks, p)) {
		return "", -1 // "a spokesman for Microsoft", "ex - NYPD"; not "SEATTLE (Reuters) - Microsoft"
	}
	if p >= 0 && (coordinators[toks[p].Lower] || toks[p].Text == "&") {
		return "", -1 // "Smith and Jones on Monday signed": not Jones alone
	}
	return m.Name, a
}

// dateline reports whether toks[:d+1] is a wire dateline ending in the
// dash at toks[d], so that what follows starts the sentence: place words
// in capitals, or capitalized ones followed by a parenthesized agency
// ("SEATTLE (Reuters) -", "NEW YORK, Jan. 5 (AP) —", "Kabul (AFP) -").
// Commas, abbreviations' periods and a date may stand among the place
// words. A hyphen spaced in a compound ("ex - NYPD", "Ex - NYPD",
// "hit - and - run") is none: no capitals, no agency.
func dateline(toks []Token, d int) bool {
	if d < 1 || d >= len(toks) || !dash[toks[d].Text] {
		return false
	}
	e := d
	agency := false
	if toks[e-1].Text == ")" {
		o := e - 2
		for o >= 0 && toks[o].Text != "(" {
			if !toks[o].Word || !toks[o].Cap {
				return false
			}
			o--
		}
		if o < 1 || o == e-2 {
			return false // "()" or a parenthesis opening the sentence
		}
		agency, e = true, o
	}
	caps, words := true, 0
	for k := 0; k < e; k++ {
		t := &toks[k]
		switch {
		case t.Word && t.Cap:
			words++
			if t.Text != strings.ToUpper(t.Text) && !strings.HasSuffix(t.Text, ".") && (k+1 >= e || toks[k+1].Text != ".") {
				caps = false
			}
		case t.Text == "," || t.Text == ".":
		case !t.Word && t.Text != "" && t.Text[0] >= '0' && t.Text[0] <= '9':
		default:
			return false
		}
	}
	return words > 0 && (agency || caps && words >= 1 && toks[0].Text == strings.ToUpper(toks[0].Text) && len(toks[0].Text) > 2)
}

// dash are the dashes that end a dateline.
var dash = set("-", "–", "—", "--")

// coordinators join a name to another before it: the subject is both
// ("Smith and Jones signed", "Smith, Jones and Brown signed"), which
// the last name alone would key wrongly.
var coordinators = set("and", "or", "nor")

// prepositions open a phrase whose name is no clause's subject.
var prepositions = set("of", "for", "to", "with", "by", "from", "at", "in", "on", "about", "against",
	"than", "like", "into", "over", "under", "between", "among", "behind", "near", "toward", "towards")

// stepOf returns, for a light verb at toks[v] whose object is the step
// its subject took ("took the rare step of issuing the patch", "took
// the unusual step of releasing"), the index of the gerund that tells
// the event; -1 otherwise.
func stepOf(toks []Token, v int) int {
	if PastVerb(toks[v].Lower) != "take" {
		return -1
	}
	k := v + 1
	if k >= len(toks) || !determiners[toks[k].Lower] {
		return -1
	}
	for k++; k < len(toks) && k <= v+4 && toks[k].Word && !toks[k].Cap && toks[k].Lower != "step"; k++ {
	}
	if k+2 >= len(toks) || toks[k].Lower != "step" && toks[k].Lower != "steps" || toks[k+1].Lower != "of" {
		return -1
	}
	if g := k + 2; toks[g].Word && !toks[g].Cap && strings.HasSuffix(toks[g].Lower, "ing") {
		return g
	}
	return -1
}

// gerundVerb returns the base form of the gerund at toks[k] when it may
// key a generic event, as genericVerb does a past verb's: its base is a
// verb whose past form WordNet lists ("issuing": "issue", "stopping":
// "stop"); "" otherwise.
func (l *Lexicon) gerundVerb(toks []Token, k int) string {
	stem := strings.TrimSuffix(toks[k].Lower, "ing")
	if len(stem) < 2 {
		return ""
	}
	var base string
	for _, c := range []string{stem + "e", stem, strings.TrimSuffix(stem, stem[len(stem)-1:])} {
		if len(c) > 1 && (PastVerb(c+"ed") == c || PastVerb(c+"d") == c || PastVerb(c+c[len(c)-1:]+"ed") == c) {
			base = c
			break
		}
	}
	if base == "" || l.noGeneric(base) || l.EventAt(toks, k) != nil {
		return ""
	}
	return base
}
