package events

import (
	"strings"
	"unicode/utf8"
)

// A Token is one token of a sentence as the clause reader sees it.
type Token struct {
	Text, Lower string // Lower is strings.ToLower(Text)
	Word        bool   // a word: not a number or punctuation
	Cap         bool   // starts with an upper-case letter
	Place       bool   // part of a place name found by the extractors
	Space       bool   // whitespace precedes it

	// the lists of name words (nameWordFlags) the word is in, asked once
	// by MayName (flagRead set); else at each reader
	flags uint8
}

// Set makes t the token of these words, in place (a Token is large): for
// a caller that builds a sentence's tokens once and reads them often,
// and asks MayName of each as it makes it, so that the lists of name
// words are asked once per token, not at each reader. Each field is
// stored on its own (every one of them: the zero Token's Place and
// flags): a composite literal is built on the stack and copied, its
// 16-byte loads stalling on the 8-byte stores just made.
func (t *Token) Set(text, lower string, word, capital, space bool) {
	t.Text, t.Lower = text, lower
	t.Word, t.Cap, t.Place, t.Space, t.flags = word, capital, false, space, 0
}

// lookUp asks nameWordFlags about a capitalized word once (flagRead).
func (t *Token) lookUp() {
	w := t.Lower
	if n := len(t.Text); n > 0 && possessiveEnd[t.Text[n-1]] { // lowerStripped, most words with no call
		w = lowerStripped(t)
	}
	t.flags = flagRead | nameWordFlags(w)
}

// A Mention is who an event mention is about, as the clause around its
// trigger says: a name as written ("Jens Stoltenberg", titles dropped),
// or a pronoun to resolve ("he"), or neither.
type Mention struct {
	Name    string
	Pronoun string
	Person  bool // the name has a title or a first name: "he" may refer to it
}

var (
	determiners = set("a", "an", "the", "this", "that", "these", "those", "another")
	possPronoun = set("his", "her", "their", "its", "my", "our")
	subjPronoun = set("he", "she", "him", "i", "we")
	beForms     = set("is", "are", "was", "were", "be", "been", "being", "am", "get", "got", "gets")
	// Words a subject may stand before the verb across: auxiliaries,
	// adverbs, "on Thursday".
	auxiliaries = set("has", "have", "had", "will", "would", "could", "can", "may", "might", "should",
		"must", "did", "does", "do", "also", "reportedly", "allegedly", "then", "later", "first",
		"never", "not", "just", "already", "again", "finally", "recently", "previously", "on",
		"last", "this", "early", "late", "who", "is", "was", "were", "are", "been", "be", "being")
	lightVerbs = set("made", "make", "makes", "making", "paid", "pay", "pays", "paying", "began",
		"begin", "begins", "begun", "started", "start", "starts", "ended", "end", "ends",
		"completed", "concluded", "undertook", "undertake", "undertaken", "wrapped", "has", "have",
		"had", "an", "a", "his", "her", "its", "surprise", "unannounced", "first", "official",
		"state", "two-day", "brief", "whirlwind")
	clauseStarts = set("that", "which", "because", "while", "when", "as", "after", "before", "if",
		"although", "though", "where", "whereas", "since", "until", "but", "and", "or", "during",
		"following", "amid", "ahead", "than", "said", "says", "told")
	// Capitalized words that are not names (or not the name part of one).
	titles = set("president", "secretary", "general", "secretary-general", "prime", "minister",
		"chancellor", "king", "queen", "prince", "princess", "pope", "chief", "director", "ceo",
		"chairman", "chairwoman", "governor", "gov", "senator", "sen", "rep", "representative",
		"mayor", "judge", "mr", "mrs", "ms", "dr", "sir", "lord", "lady", "gen", "col", "lt", "sgt",
		"capt", "captain", "coach", "sheriff", "officer", "commissioner", "spokesman",
		"spokeswoman", "ambassador", "foreign", "defence", "defense", "vice", "deputy", "premier",
		"actress", "actor", "singer", "star", "rapper", "reverend", "rev", "detective", "inspector")
	notNames = set("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
		"january", "february", "march", "april", "may", "june", "july", "august", "september",
		"october", "november", "december", "i", "the", "a", "an", "in", "on", "at", "for", "as",
		"after", "before", "but", "and", "when", "while", "this", "that", "these", "those", "his",
		"her", "their", "its", "it", "he", "she", "they", "we", "you", "there", "here", "if",
		"with", "from", "by", "to", "of", "since", "during", "meanwhile", "however", "also",
		"according", "last", "next", "earlier", "later", "police", "officials", "authorities",
		"some", "many", "no", "not", "now", "today", "yesterday", "tomorrow", "one", "two", "three",
		// quantifiers, determiners and question words that open sentences
		"several", "most", "all", "both", "each", "every", "few", "other", "another", "such", "any",
		"either", "neither", "our", "my", "your", "what", "which", "who", "whose", "where", "why", "how",
		// indefinite pronouns: no one's name ("Everyone on Monday praised the decision")
		"everyone", "everybody", "someone", "somebody", "anyone", "anybody", "nobody", "nothing",
		"everything", "something", "anything",
		// prepositions and conjunctions that open sentences
		"regarding", "following", "concerning", "including", "considering", "despite", "amid", "among",
		"under", "over", "about", "against", "without", "within", "through", "throughout", "into", "upon",
		"unlike", "although", "though", "because", "once", "even", "just", "only", "instead", "so", "then",
		"until", "unless", "whether", "whenever", "wherever", // "Until Microsoft produces a patch"
		"speaking", "related", "update", "breaking", "news", "photo", "video", "read", "more",
		// plural nouns that open sentences as subjects
		"delegates", "protesters", "residents", "witnesses", "investigators", "officers", "troops",
		"soldiers", "rescuers", "lawmakers", "leaders", "prosecutors", "doctors", "experts",
		"analysts", "critics", "students", "workers", "people", "reports", "fans", "families",
		"victims", "survivors", "firefighters", "paramedics", "scientists", "voters", "rebels",
		"militants", "gunmen", "demonstrators", "members", "sources", "diplomats", "ministers")
)

// IsTitle reports whether a lower-case word is a title before a name
// ("president", "pope", "governor"), not a name's own word.
func IsTitle(w string) bool { return titles[w] }

// The lists a capitalized word is asked about while a name is read, as
// bits of Token.flags.
const (
	flagRead       uint8 = 1 << iota // the other bits are read (Set)
	flagNotName                      // notNames
	flagTitle                        // titles
	flagDesignator                   // designators
)

// nameWordSlots holds, by nameWordBit, 1 + the index in nameWordList
// of the words of notNames, titles and designators: a word is looked
// for from its bit on to the first empty slot. nameWordFilter has the
// bit of each word set: most capitalized words are names, told there,
// in a table small enough to stay in the cache.
var nameWordList, nameWordSlots, nameWordFilter = nameWordTable()

// A listedWord is a word of notNames, titles or designators with the
// lists it is in.
type listedWord struct {
	word  string
	flags uint8
}

func nameWordTable() (list []listedWord, slots *[nameWordBits]uint16, filter *[nameWordBits / 64]uint64) {
	slots, filter = new([nameWordBits]uint16), new([nameWordBits / 64]uint64)
	for _, l := range []struct {
		words map[string]bool
		flag  uint8
	}{{notNames, flagNotName}, {titles, flagTitle}, {designators, flagDesignator}} {
		for w := range l.words {
			i := nameWordBit(w)
			filter[i/64] |= 1 << (i % 64)
			for slots[i] != 0 && list[slots[i]-1].word != w {
				i = (i + 1) % nameWordBits
			}
			if slots[i] == 0 {
				list = append(list, listedWord{word: w})
				slots[i] = uint16(len(list))
			}
			list[slots[i]-1].flags |= l.flag
		}
	}
	return list, slots, filter
}

const nameWordBits = 1 << 12 // ten times the words: probes are short

// nameWordBit is a word's first slot in nameWordSlots: a hash of its
// length and its first, second and last bytes.
func nameWordBit(w string) uint {
	if w == "" {
		return 0
	}
	h := uint32(len(w))*0x9E3779B1 ^ uint32(w[0])*0x85EBCA77 ^ uint32(w[len(w)-1])*0xC2B2AE3D ^ uint32(w[min(1, len(w)-1)])*0x27D4EB2F
	return uint((h ^ h>>15) % nameWordBits)
}

// nameWordFlags returns the lists of name words w is in.
func nameWordFlags(w string) uint8 {
	b := nameWordBit(w)
	if nameWordFilter[b/64]&(1<<(b%64)) == 0 {
		return 0
	}
	for i := b; nameWordSlots[i] != 0; i = (i + 1) % nameWordBits {
		if n := &nameWordList[nameWordSlots[i]-1]; n.word == w {
			return n.flags
		}
	}
	return 0
}

// isNotName is notNames[w].
func isNotName(w string) bool { return nameWordFlags(w)&flagNotName != 0 }

// titleToken is titles[lowerStripped(t)], read from t's flags when Set
// read them.
func titleToken(t *Token) bool {
	if t.flags&flagRead != 0 {
		return t.flags&flagTitle != 0
	}
	return titles[lowerStripped(t)]
}

// designatorToken is designators[lowerStripped(t)], read from t's flags
// when Set read them.
func designatorToken(t *Token) bool {
	if t.flags&flagRead != 0 {
		return t.flags&flagDesignator != 0
	}
	return designators[lowerStripped(t)]
}

func set(ws ...string) map[string]bool {
	m := make(map[string]bool, len(ws))
	for _, w := range ws {
		m[w] = true
	}
	return m
}

// Participant reads the clause around the trigger toks[t] for who the
// mention is about. It is about the subject ("Stoltenberg visited",
// "Stoltenberg's visit", "a visit by Stoltenberg", "Stoltenberg has made
// an unannounced visit", "a NATO summit") or the object ("police arrested Smith", "Smith
// was arrested", "the arrest of Smith"), as the event says; never a
// guess beyond those shapes.
//
// e is the lexicon's EventAt(toks, t), which the caller has asked
// already (facts keeps it per token).
func (l *Lexicon) Participant(toks []Token, t int, e *Event) Mention {
	if e == nil {
		e = l.Again(toks[t].Lower)
	}
	if e == nil || e.Participant == "none" {
		return Mention{}
	}
	object := e.Participant == "object"
	if l.verbAt(toks, t) && !nounPosition(toks, t) {
		passive := isPassive(toks, t)
		switch {
		case object == passive && t > 0 && toks[t-1].Lower == "to":
			return infinitiveSubject(toks, t-1) // "DeGeneres would return next year to host"
		case object == passive:
			return subjectBefore(toks, t)
		case passive:
			return agentAfter(toks, t)
		default:
			return objectAfter(toks, t)
		}
	}
	if m := possessor(toks, t); m != (Mention{}) {
		return m
	}
	if object {
		if m := placedOn(toks, t); m != (Mention{}) {
			return m // before "by": "placed on injured reserve by the Saints"
		}
	}
	if m := ofOrBy(toks, t); m != (Mention{}) {
		return m
	}
	if k := lightVerbBefore(toks, t); !object && k >= 0 {
		return subjectBefore(toks, k)
	}
	// "a NATO summit", "the Apple launch": a name as the noun's modifier;
	// not a people's adjective ("the Russian invasion")
	// nor a building's ("the Betty Ford Center rehab facility": where,
	// not who)
	if t > 0 && nameToken(toks, t-1) && !isPossessive(toks[t-1].Text) && !demonym(toks[t-1].Lower) && !facilities[lowerStripped(&toks[t-1])] {
		return nameEndingAt(toks, t-1)
	}
	return Mention{}
}

// nounPosition reports whether a word that may be a verb stands where a
// noun does: after a determiner, a possessive or an adjective-like word
// of one; or a gerund opening its sentence as the subject, a
// preposition or a verb next ("Voting for MPs ... began", "Fighting
// broke out"; not "Killing three people, the gunman ...").
func nounPosition(toks []Token, t int) bool {
	if t == 0 && len(toks) > 1 && strings.HasSuffix(toks[0].Lower, "ing") && gerundNext[toks[1].Lower] {
		return true
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		w := toks[k].Lower
		switch {
		case determiners[w] || possPronoun[w] || isPossessive(toks[k].Text):
			return true
		case toks[k].Text == "-" || toks[k].Word && !toks[k].Cap && strings.HasSuffix(w, "ed") && k == t-1:
			continue // "unannounced visit", "U.S.-led talks"
		case toks[k].Word && k == t-1 && (toks[k].Cap || lightVerbs[w]):
			continue // "Thursday trip", "surprise trip"
		default:
			return false
		}
	}
	return false
}

// gerundNext are the words after a gerund that make it a subject.
var gerundNext = set("for", "in", "at", "on", "of", "across", "began", "begins", "started", "starts",
	"was", "is", "has", "had", "will", "broke", "breaks", "erupted", "erupts", "continued", "continues",
	"resumed", "resumes", "ended", "ends")

func isPassive(toks []Token, t int) bool {
	w := toks[t].Lower
	if strings.HasSuffix(w, "ing") || strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") {
		return false
	}
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		if beForms[toks[k].Lower] {
			return true
		}
		if joinedParticiple(toks, k) {
			k-- // "was shot and killed": the participant "and" joins is passive too
			continue
		}
		if w := toks[k].Lower; !strings.HasSuffix(w, "ly") && w != "not" && w != "never" && w != "n't" {
			return false
		}
	}
	return false
}

// joinedParticiple reports whether toks[k] is an "and" that joins a past
// participle before it to the verb after it: "shot and killed",
// "arrested and charged". The two share their subject and voice.
func joinedParticiple(toks []Token, k int) bool {
	if k < 1 || toks[k].Lower != "and" {
		return false
	}
	p := &toks[k-1]
	return p.Word && !p.Cap && (strings.HasSuffix(p.Lower, "ed") || p.Lower == "shot")
}

func isPossessive(s string) bool {
	// inlined: most words end in none of possessiveEnd
	return len(s) >= 2 && possessiveEnd[s[len(s)-1]] && possessiveSuffix(s)
}

// possessiveSuffix is isPossessive of a word whose last byte may end one.
func possessiveSuffix(s string) bool {
	return strings.HasSuffix(s, "'s") || strings.HasSuffix(s, "’s") || strings.HasSuffix(s, "s'") || strings.HasSuffix(s, "s’")
}

func stripPossessive(s string) string {
	if s != "" && possessiveEnd[s[len(s)-1]] {
		return cutPossessive(s) // apart, so that the common answer inlines
	}
	return s
}

// possessiveEnd holds the last bytes of the possessive endings: "s",
// "'", and 0x99, which ends "’".
var possessiveEnd = [256]bool{'s': true, '\'': true, 0x99: true}

// cutPossessive is stripPossessive of a word that may end in one.
func cutPossessive(s string) string {
	switch { // the endings exclude each other
	case strings.HasSuffix(s, "'s"):
		return s[:len(s)-len("'s")]
	case strings.HasSuffix(s, "’s"):
		return s[:len(s)-len("’s")]
	case strings.HasSuffix(s, "'"):
		return s[:len(s)-len("'")]
	case strings.HasSuffix(s, "’"):
		return s[:len(s)-len("’")]
	}
	return s
}

// nameToken reports whether toks[k] may be part of a name.
func nameToken(toks []Token, k int) bool {
	t := &toks[k]
	return t.Word && t.Cap && !t.Place && nameWord(t) // inlined: most tokens fail the first tests
}

// nameWord reports whether a capitalized word is none of notNames.
func nameWord(t *Token) bool {
	if t.flags&flagRead != 0 {
		return t.flags&flagNotName == 0
	}
	return !isNotName(lowerStripped(t))
}

// lowerStripped is strings.ToLower(stripPossessive(t.Text)), cut from
// t.Lower with no copy: lower-casing keeps the suffixes as they are.
func lowerStripped(t *Token) string {
	cut := len(t.Text) - len(stripPossessive(t.Text))
	return t.Lower[:len(t.Lower)-cut]
}

// nameEndingAt reads the name whose last token is toks[e]: a run of
// capitalized words (with "-", initials and "Mr.") less its titles.
func nameEndingAt(toks []Token, e int) Mention {
	if e < 0 || !nameToken(toks, e) {
		return Mention{}
	}
	a := e
	for a > 0 {
		p := &toks[a-1]
		switch {
		case nameToken(toks, a-1) && !isPossessive(p.Text):
			a--
		case (p.Text == "-" || p.Text == ".") && !toks[a].Space && a >= 2 && nameToken(toks, a-2),
			p.Text == "." && a >= 2 && !p.Space && isAbbrev(toks[a-2]):
			a -= 2
		case a >= 4 && nickname(toks, a-3) && nameToken(toks, a-4):
			a -= 4 // "Kimani 'Kiki' Gray"
		default:
			goto done
		}
	}
done:
	return nameOf(toks, a, e)
}

// nickname reports whether toks[k] opens a nickname written inside a
// name, in quotes or brackets: "Kimani 'Kiki' Gray", "Kimani (Kiki)
// Gray", "Arcade Joseph "Joe" Comeaux". The mark opens after a space,
// the one capitalized word and the closing mark follow it with none,
// and a space follows the closing mark; the name goes on after it.
func nickname(toks []Token, k int) bool {
	if k < 0 || k+3 >= len(toks) {
		return false
	}
	o, w, c := &toks[k], &toks[k+1], &toks[k+2]
	return o.Space && !w.Space && !c.Space && toks[k+3].Space && w.Word && w.Cap && closes[o.Text] != "" &&
		strings.Contains(closes[o.Text], c.Text)
}

// closes maps an opening quote or bracket to the marks that close it.
var closes = map[string]string{"'": "'’", "‘": "’'", "\"": "\"”", "“": "”\"", "(": ")"}

// demonym reports whether a capitalized word looks like a people's
// adjective: Russian, Israeli, Chinese, British, French.
func demonym(w string) bool {
	for _, suf := range []string{"ian", "ean", "ese", "ish", "ench", "tch", "i", "an"} {
		if strings.HasSuffix(w, suf) && len(w) > len(suf)+2 {
			return true
		}
	}
	return false
}

// isAbbrev reports whether a token is a title's abbreviation or an
// initial: "Mr" in "Mr. Stoltenberg", "S" in "Dmitri S. Peskov".
func isAbbrev(t Token) bool {
	return t.Word && t.Cap && (titles[t.Lower] || utf8.RuneCountInString(t.Text) == 1)
}

// nameOf makes a name of toks[a..e]: the words after the last title.
func nameOf(toks []Token, a, e int) Mention {
	var buf [8]string
	words, titled, start := nameWords(buf[:0], toks, a, e)
	if len(words) == 0 {
		return Mention{}
	}
	return Mention{Name: strings.Join(words, " "), Person: personName(toks, words, titled, start, e)}
}

// nameWords appends to words the words of the name toks[a..e] after
// its last title (titled, start: the first after it), nicknames and a
// generation left out.
func nameWords(words []string, toks []Token, a, e int) (out []string, titled bool, start int) {
	start = a
	for k := a; k <= e; k++ {
		if titleToken(&toks[k]) {
			titled, start = true, k+1
		}
	}
	for k := start; k <= e; k++ {
		if k > start && !toks[k-1].Cap && nickname(toks, k-1) { // a nickname opens with a mark, no capital
			k += 1 // the nickname and its closing mark: not the name it is matched by
			continue
		}
		if toks[k].Word {
			words = append(words, stripPossessive(toks[k].Text))
		}
	}
	// "Arcade Joseph Comeaux Jr.": the name less its generation, so
	// that "Comeaux" finds it
	if n := len(words); n >= 2 && len(words[n-1]) <= 3 && generations[words[n-1]] { // "Jr", "III": short
		words = words[:n-1]
	}
	return words, titled, start
}

// personName reports whether the words of a name (nameWords, at least
// one) are a person's: a title, or a first name before the surname.
func personName(toks []Token, words []string, titled bool, start, e int) bool {
	// "the Biloxi Sun Herald", "the Los Angeles Angels": a name after
	// "the" with no title is no person's
	the := !titled && start > 0 && toks[start-1].Lower == "the"
	return titled || len(words) >= 2 && !allCaps(words[0]) && !the && !institution(toks[start:e+1])
}

// allCapsName is allCaps of the words joined by single spaces.
func allCapsName(words []string) bool {
	n := len(words) - 1 // the spaces
	for _, w := range words {
		for _, r := range w {
			if r >= 'a' && r <= 'z' {
				return false
			}
		}
		n += utf8.RuneCountInString(w)
	}
	return n > 1
}

// facilities are the designators of a building or a site: a name that
// ends with one, before an event noun, says where the event is, not who
// it is about.
var facilities = set("center", "centre", "clinic", "hospital", "hotel", "prison", "airport", "station",
	"park", "square", "bridge", "tower", "church", "stadium", "arena")

// generations are the words after a surname that tell a father from a
// son: not part of the name a participant is matched by.
var generations = set("Jr", "Sr", "II", "III", "IV")

// designators are the words that make a capitalized name an
// organisation's, a place's, a building's or an event's, not a person's:
// "World War II", "Gang Enforcement Unit", "Mount Cook", "Promises
// Treatment Center", "Airdrie Sheriff Court".
var designators = set("war", "unit", "mount", "mt", "center", "centre", "court", "department", "police",
	"university", "college", "school", "party", "church", "hospital", "company", "corp", "inc",
	"agency", "council", "committee", "ministry", "navy", "army", "force", "forces", "guard",
	"bureau", "office", "service", "association", "club", "team", "street", "avenue", "road",
	"park", "lake", "river", "island", "bay", "valley", "glacier", "airport", "station", "bank",
	"group", "festival", "awards", "oscars", "prize", "cup", "league", "games", "museum",
	"theater", "theatre", "hotel", "prison", "times", "post", "news", "press", "institute",
	"foundation", "commission", "house", "senate", "congress", "parliament", "assembly",
	"government", "administration", "authority", "network", "studios", "records", "tower",
	"square", "bridge", "county", "city", "state", "republic", "kingdom", "union", "nations",
	"organization", "organisation", "federation", "society", "fund", "trust", "project")

// institution reports whether a name's words include a designator.
func institution(name []Token) bool {
	for k := range name {
		if t := &name[k]; t.Word && designatorToken(t) {
			return true
		}
	}
	return false
}

func allCaps(w string) bool {
	for _, r := range w {
		if r >= 'a' && r <= 'z' {
			return false
		}
	}
	return utf8.RuneCountInString(w) > 1
}

// nameStartingAt reads the name whose first token is toks[a].
func nameStartingAt(toks []Token, a int) Mention {
	if a >= len(toks) || !nameToken(toks, a) {
		return Mention{}
	}
	e := a
	for e+1 < len(toks) && !isPossessive(toks[e].Text) {
		n := &toks[e+1]
		switch {
		case nameToken(toks, e+1) && n.Space:
			e++
			continue
		case (n.Text == "-" || n.Text == ".") && !n.Space && e+2 < len(toks) && nameToken(toks, e+2):
			e += 2
			continue
		case e+4 < len(toks) && nickname(toks, e+1) && nameToken(toks, e+4):
			e += 4 // "Kimani (Kiki) Gray"
			continue
		}
		break
	}
	if e+1 < len(toks) && toks[e+1].Word && !toks[e+1].Cap && isPossessive(toks[e].Text) {
		return Mention{} // "NATO's secretary-general": a title, not a name
	}
	if e+1 < len(toks) && isPossessive(toks[e].Text) && titleToken(&toks[e+1]) {
		// "Sheriff's Deputy Jerry Ortiz": the titled name after the
		// possessive, not the body it serves
		return nameStartingAt(toks, e+1)
	}
	if m := nameOf(toks, a, e); !initial(m.Name) {
		return m
	}
	// "L. A. County Sheriff's Deputy Jerry Ortiz": an initial is no
	// one's name; the titled name after the body's possessive is
	for j := e + 1; j < len(toks) && j <= e+6 && (toks[j].Cap || toks[j].Text == "."); j++ {
		if isPossessive(toks[j].Text) {
			if j+1 < len(toks) && titleToken(&toks[j+1]) {
				return nameStartingAt(toks, j+1)
			}
			break
		}
	}
	return Mention{}
}

// initial reports whether a name is one letter: an initial cut from
// the words it abbreviates ("L" of "L. A. County").
func initial(name string) bool {
	return len(name) == 1
}

// infinitiveSubject finds who does what the verb after "to" (at
// toks[to]) tells, where the clause says it plainly: a name and an
// auxiliary after it, then at most four lower-case words before "to"
// ("Ellen DeGeneres will return to host", "Ross is set to meet",
// "Rahman would go on to win"). A name right before "to" may be an
// object or no one's subject at all ("floored Lennox Lewis to win the
// title": the one who floored him won), and a name inside a phrase
// ("only teams in NFL history to win"), a place, a number or
// punctuation end the search: none.
func infinitiveSubject(toks []Token, to int) Mention {
	for k, n := to-1, 0; k > 0 && n < 5; k, n = k-1, n+1 {
		tk := &toks[k]
		if !tk.Word || tk.Cap || tk.Place || clauseStarts[tk.Lower] || tk.Lower == "to" {
			return Mention{}
		}
		if auxiliaries[tk.Lower] && nameToken(toks, k-1) && !isPossessive(toks[k-1].Text) {
			return nameEndingAt(toks, k-1)
		}
	}
	return Mention{}
}

// subjectBefore finds the subject before toks[t]: a name or a pronoun,
// across auxiliaries, adverbs and an apposition ("Tara Reid, 33, has
// entered"; "Zelensky, who recently visited").
func subjectBefore(toks []Token, t int) Mention {
	for k, n := t-1, 0; k >= 0 && n < 10; k, n = k-1, n+1 {
		tk := &toks[k]
		switch {
		case tk.Text == ",":
			if toks[k+1].Lower == "who" {
				return nameEndingAt(toks, k-1)
			}
			// a relative clause closed by this comma: "Mark Felt, who
			// leaked information ..., died", up to 50 tokens long
			for j := k - 1; j >= 1 && j >= k-50; j-- {
				if toks[j].Lower == "who" && toks[j-1].Text == "," {
					return nameEndingAt(toks, j-2)
				}
			}
			// an apposition closed by this comma: ", 33," or ", the ...,"
			for j := k - 1; j >= 0 && j >= k-14; j-- {
				if toks[j].Text == "\"" || toks[j].Text == "“" || toks[j].Text == "”" {
					break
				}
				if toks[j].Text == "," {
					if m := nameEndingAt(toks, j-1); m.Name != "" {
						return m
					}
					// "His wife, Audrey Felt, died": the apposed name
					// stands for a head that is none
					if m := nameEndingAt(toks, k-1); m.Person {
						return m
					}
					return Mention{}
				}
			}
			return Mention{}
		case subjPronoun[tk.Lower]:
			return Mention{Pronoun: tk.Lower}
		case nameToken(toks, k) && !isPossessive(tk.Text):
			return nameEndingAt(toks, k)
		case tk.Lower == "who":
			continue
		case n <= 1 && joinedParticiple(toks, k):
			k-- // "Kimani Gray was shot and killed": the verb "and" joins shares its subject
			continue
		case clauseStarts[tk.Lower] || !tk.Word && tk.Text != "." && tk.Text != "-":
			return Mention{}
		case auxiliaries[tk.Lower] || strings.HasSuffix(tk.Lower, "ly") || tk.Cap && isNotName(tk.Lower) || tk.Place:
			continue
		default:
			return Mention{}
		}
	}
	return Mention{}
}

// objectAfter finds the name right after a verb: "arrested Smith",
// "arrested actor Tom Sizemore", "charged him".
func objectAfter(toks []Token, t int) Mention {
	k := t + 1
	if k < len(toks) && subjPronoun[toks[k].Lower] {
		return Mention{Pronoun: toks[k].Lower}
	}
	if k+4 < len(toks) && isDigit(toks[k].Text) && toks[k+1].Text == "-" && toks[k+2].Lower == "year" && toks[k+3].Text == "-" && toks[k+4].Lower == "old" {
		k += 5 // "killing 10-year-old Kathina Thomas"
	}
	for n := 0; k < len(toks) && n < 2 && toks[k].Word && !toks[k].Cap; k, n = k+1, n+1 {
		if clauseStarts[toks[k].Lower] || toks[k].Lower == "to" || toks[k].Lower == "in" || toks[k].Lower == "on" {
			return Mention{}
		}
	}
	return nameStartingAt(toks, k)
}

// agentAfter finds "by NAME" just after a passive verb.
func agentAfter(toks []Token, t int) Mention {
	if t+2 < len(toks) && toks[t+1].Lower == "by" {
		return nameStartingAt(toks, skipDeterminer(toks, t+2))
	}
	return Mention{}
}

func skipDeterminer(toks []Token, k int) int {
	if k < len(toks) && determiners[toks[k].Lower] {
		return k + 1
	}
	return k
}

// possessor finds "Stoltenberg's visit", "Biden's surprise trip", "his
// visit" before a noun trigger.
func possessor(toks []Token, t int) Mention {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		tk := &toks[k]
		switch {
		case possPronoun[tk.Lower]:
			if tk.Lower == "his" || tk.Lower == "her" {
				return Mention{Pronoun: tk.Lower}
			}
			return Mention{}
		case isPossessive(tk.Text) && nameToken(toks, k):
			return nameEndingAt(toks, k)
		case isPossessive(tk.Text) && tk.Word && !tk.Cap && k == t-1 && k > 0 && determiners[toks[k-1].Lower] && len(stripPossessive(tk.Lower)) > 2:
			// "the jury's sentence": a body named by a common noun, not
			// the person sentenced
			return Mention{Name: stripPossessive(tk.Lower)}
		case determiners[tk.Lower] || !tk.Word && tk.Text != "-":
			return Mention{}
		}
	}
	return Mention{}
}

// ofOrBy finds "the arrest of Smith", "a visit to Kyiv by Stoltenberg".
func ofOrBy(toks []Token, t int) Mention {
	if t+2 < len(toks) && toks[t+1].Lower == "of" {
		if m := nameStartingAt(toks, skipDeterminer(toks, t+2)); m.Name != "" {
			return m
		}
	}
	for k := t + 1; k < len(toks) && k <= t+6; k++ {
		tk := &toks[k]
		if tk.Lower == "by" && k+1 < len(toks) {
			return nameStartingAt(toks, skipDeterminer(toks, k+1))
		}
		if !tk.Word || clauseStarts[tk.Lower] {
			break
		}
	}
	return Mention{}
}

// lightVerbBefore returns the index of a verb such as "made" or "began"
// just before a noun trigger, with only its determiner and adjectives
// between: "has made an unannounced visit", "underwent surgery"; -1
// when there is none.
func lightVerbBefore(toks []Token, t int) int {
	for k := t - 1; k >= 0 && k >= t-4; k-- {
		w := toks[k].Lower
		switch {
		case w == "made" || w == "make" || w == "makes" || w == "paid" || w == "pays" || w == "began" ||
			w == "begins" || w == "started" || w == "starts" || w == "completed" || w == "undertook" || w == "ended",
			w == "underwent" || w == "undergoes" || w == "undergone" || w == "undergoing": // "Tom Benson underwent surgery"
			return k
		case lightVerbs[w] || toks[k].Cap && isNotName(w):
			continue
		default:
			return -1
		}
	}
	return -1
}

// Antecedent returns the person a pronoun before token t may refer to:
// the last name before it, if that names a person ("Jens Stoltenberg",
// "President Zelensky"). Another name standing closer ("talks with
// Stoltenberg", where "Stoltenberg" alone is not known as a person)
// makes the pronoun ambiguous: blocked, with that name, which the caller
// may know as a person's surname. Acronyms ("NATO") and names
// after "the" ("the Atlantic alliance") do not block. at lists, in
// order, the tokens that may be part of a name (MayName and not Place):
// only they are read as a name's last. named, when not nil, holds the
// sentence's names as Names read them: a person's name it holds is
// taken from there, not joined again.
func Antecedent(toks []Token, t int, at []int, named []Named) (m Mention, blocked bool) {
	i := len(at) - 1
	for i >= 0 && at[i] >= t {
		i--
	}
	for ; i >= 0; i-- {
		k := at[i]
		a := nameRunStart(toks, k)
		var buf [8]string
		words, titled, start := nameWords(buf[:0], toks, a, k) // nameOf, joined only when it is the answer
		switch {
		case len(words) > 0 && personName(toks, words, titled, start, k):
			return Mention{Name: joinedName(words, named, k), Person: true}, false
		case len(words) == 0 || allCapsName(words) || a > 0 && determiners[toks[a-1].Lower]:
			for i > 0 && at[i-1] >= a {
				i-- // the name's own tokens: the next is before it
			}
			continue
		}
		return Mention{Name: strings.Join(words, " ")}, true // the blocking name: a surname the caller may know
	}
	return Mention{}, false
}

// joinedName is strings.Join(words, " ") of the name whose last token
// is toks[e]: the string of named's name ending there when it is the
// same.
func joinedName(words []string, named []Named, e int) string {
	for i := len(named) - 1; i >= 0 && named[i].End >= e; i-- {
		if n := named[i].Name; named[i].End == e && joins(n, words) {
			return n
		}
	}
	return strings.Join(words, " ")
}

// joins reports whether s is the words joined by single spaces.
func joins(s string, words []string) bool {
	for i, w := range words {
		if i > 0 {
			if s == "" || s[0] != ' ' {
				return false
			}
			s = s[1:]
		}
		if !strings.HasPrefix(s, w) {
			return false
		}
		s = s[len(w):]
	}
	return s == ""
}

// nameRunStart returns the first token of the name whose last token is
// the name token toks[k], as Antecedent reads it back.
func nameRunStart(toks []Token, k int) int {
	a := k
	for a > 0 {
		// the name's word or mark before, else a nickname, which ends in
		// neither (a closing mark): asked last, once
		if nameToken(toks, a-1) && !isPossessive(toks[a-1].Text) || (toks[a-1].Text == "." || toks[a-1].Text == "-") && !toks[a].Space && a >= 2 && nameToken(toks, a-2) {
			a--
			continue
		}
		if a >= 4 && nickname(toks, a-3) && nameToken(toks, a-4) {
			a -= 4 // "Kimani 'Kiki' Gray"
			continue
		}
		break
	}
	return a
}

// MayName reports whether the token may be part of a name, as Names
// and Antecedent read one, but for Place: a capitalized word none of
// notNames. Their callers list such tokens once for the sentence. It
// keeps its answer in t: the readers after it do not ask again.
func (t *Token) MayName() bool {
	if t.flags == 0 && t.Word && t.Cap { // not read: flagRead is set once it is, of a capitalized word only
		t.lookUp()
	}
	return t.flags&(flagRead|flagNotName) == flagRead
}

// Opening returns the name a sentence opens with, its subject more often
// than not ("Fred LaRue, a Watergate figure ... who once was rumored to
// be Deep Throat, has died"); the zero Mention when it opens with no
// name.
func Opening(toks []Token) Mention {
	return nameStartingAt(toks, 0)
}

// Names appends to out the names of people in a sentence (a title or a
// first name before the surname), with the index of their last token,
// in text order. at lists, in order, the tokens that may be part of a
// name (MayName and not Place): a name starts at one of them. Each name
// is counted in people, when not nil.
func Names(out []Named, toks []Token, at []int, people *People) []Named {
	last := -1 // the last token of the name read before
	for _, k := range at {
		if k <= last {
			continue
		}
		e := nameRunEnd(toks, k)
		// one word is no person's name (nameOf: a title alone has no
		// name after it, a word alone no first name): not read
		if e == k {
			continue
		}
		var buf [8]string
		words, titled, start := nameWords(buf[:0], toks, k, e) // nameOf, joined for a person only
		if len(words) > 0 && personName(toks, words, titled, start, e) {
			out = append(out, Named{Mention: Mention{Name: people.add(words), Person: true}, End: e})
		}
		last = e
	}
	return out
}

// nameRunEnd returns the last token of the name whose first token is
// the name token toks[k], as Names reads it on.
func nameRunEnd(toks []Token, k int) int {
	e := k
	for e+1 < len(toks) && !isPossessive(toks[e].Text) {
		// the name's word or mark next, else a nickname, which opens with
		// neither (an opening mark): asked last, once
		if nameToken(toks, e+1) || (toks[e+1].Text == "." || toks[e+1].Text == "-") && !toks[e+1].Space && e+2 < len(toks) && nameToken(toks, e+2) {
			e++
			continue
		}
		if e+4 < len(toks) && nickname(toks, e+1) && nameToken(toks, e+4) {
			e += 4 // "Kimani (Kiki) Gray"
			continue
		}
		break
	}
	return e
}

// People are the people a document names, as Names reads them: each
// full name with the number of names its sentences give (a name of one
// word, "President Obama"'s, is not counted), and their surnames, known
// though no sentence names them alone. The string of a name the
// document gives again is made once.
type People struct {
	index  map[string]int // full name -> 1 + its index in names; surname -> 0
	names  []string
	counts []int
	buf    []byte
}

// add counts the name of words and returns it joined by single spaces,
// strings.Join(words, " ").
func (p *People) add(words []string) string {
	if p == nil || len(words) < 2 {
		return strings.Join(words, " ")
	}
	p.buf = p.buf[:0]
	for i, w := range words {
		if i > 0 {
			p.buf = append(p.buf, ' ')
		}
		p.buf = append(p.buf, w...)
	}
	if i := p.index[string(p.buf)]; i > 0 { // named before (no copy of buf to look up)
		p.counts[i-1]++
		return p.names[i-1]
	}
	name := string(p.buf)
	if p.index == nil {
		p.index = map[string]int{}
	}
	p.names, p.counts = append(p.names, name), append(p.counts, 1)
	p.index[name] = len(p.names)
	surname := words[len(words)-1] // no space in a word: name's last
	if _, ok := p.index[surname]; !ok {
		p.index[surname] = 0
	}
	return name
}

// Known reports whether name is the full name or the surname of one of
// the people.
func (p *People) Known(name string) bool {
	_, ok := p.index[name]
	return ok
}

// Counts returns the full names with the number of names each was given.
func (p *People) Counts() map[string]int {
	out := make(map[string]int, len(p.names))
	for i, n := range p.names {
		out[n] = p.counts[i]
	}
	return out
}

// A Named is a person's name in a sentence.
type Named struct {
	Mention
	End int
}

// Apposed returns the name an age at toks[a] stands beside: "Tara Reid,
// 33," or "Tara Reid (33)"; "" when no name stands right before.
func Apposed(toks []Token, a int) string {
	if a < 2 || toks[a-1].Text != "," && toks[a-1].Text != "(" {
		return ""
	}
	return nameEndingAt(toks, a-2).Name
}

// placements are the verbs that put someone in the state an event noun
// names: "placed Bush on injured reserve", "put him under arrest".
var placements = set("place", "placed", "places", "placing", "put", "puts", "putting")

// placedOn finds who a placement verb puts in the state of the noun
// trigger toks[t] after "on", "under" or "into": its object ("placed
// Reggie Bush on the injured list", "placed running back Pierre Thomas
// on injured reserve") or, passive, its subject ("Pierre Thomas was
// placed on injured reserve"); none for another verb or shape.
func placedOn(toks []Token, t int) Mention {
	k := t - 1
	for n := 0; k >= 0 && n < 2 && toks[k].Word && !toks[k].Cap && (determiners[toks[k].Lower] || possPronoun[toks[k].Lower]); n++ {
		k--
	}
	if k < 1 || toks[k].Lower != "on" && toks[k].Lower != "under" && toks[k].Lower != "into" {
		return Mention{}
	}
	v := k - 1
	for v >= 0 && toks[v].Word && strings.HasSuffix(toks[v].Lower, "ly") {
		v-- // "was officially placed on"
	}
	if v >= 0 && placements[toks[v].Lower] && isPassive(toks, v) {
		return subjectBefore(toks, v)
	}
	for j := k - 2; j >= 0 && j >= k-6; j-- {
		if !placements[toks[j].Lower] {
			continue
		}
		m := objectAfter(toks, j)
		if m.Pronoun != "" && j+2 == k || m.Name != "" && nameEndingAt(toks, k-1).Name == m.Name {
			return m
		}
		return Mention{}
	}
	return Mention{}
}

// SubjectOfObject returns, for a possessive pronoun at toks[p] that opens
// the object of a past-tense verb ("Harlan Boll, confirmed her death"),
// the index of the first token of the name that is that verb's subject:
// the subject is someone else than the pronoun's person when the object
// tells of that person's death. -1 when the shape is not that.
func SubjectOfObject(toks []Token, p int) int {
	v := p - 1
	if v < 1 || !toks[v].Word || toks[v].Cap || !strings.HasSuffix(toks[v].Lower, "ed") || possPronoun[toks[v].Lower] {
		return -1
	}
	k := v - 1
	for k >= 0 && (auxiliaries[toks[k].Lower] || strings.HasSuffix(toks[k].Lower, "ly")) && toks[k].Word && !toks[k].Cap {
		k--
	}
	if k >= 0 && toks[k].Text == "," {
		k-- // "Williams' publicist, Harlan Boll, confirmed"
	}
	if k < 0 || !nameToken(toks, k) || isPossessive(toks[k].Text) {
		return -1
	}
	a := k
	for a > 0 && nameToken(toks, a-1) && !isPossessive(toks[a-1].Text) {
		a--
	}
	return a
}
