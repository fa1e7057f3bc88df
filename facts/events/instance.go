package events

import "strings"

// Which occurrence of an event a mention is about. News tells of one
// event and mentions others of its kind as background: "more than a
// dozen people were killed by a quake in eastern China" in a story of an
// Iranian quake, "a gunman shot and wounded three people" in a story of
// another shooting. Once a document has told of its event, a mention
// that introduces one anew (an indefinite "a quake", "another fire", "a
// team that won") is about another occurrence.

// indefinites open a noun phrase that introduces something new.
var indefinites = set("a", "an", "another")

// NewInstance reports whether the event mention at toks[t] introduces an
// occurrence of its kind: a noun trigger whose phrase opens with "a",
// "an" or "another" ("a quake in eastern China", "another fire"), or a
// verb trigger whose subject does ("a gunman shot", "a team that won 40
// games"). A definite or bare mention ("the quake", "Felt died") and a
// verb whose subject the clause does not show say nothing: false.
func (l *Lexicon) NewInstance(toks []Token, t int) bool {
	relative := t > 0 && (toks[t-1].Lower == "that" || toks[t-1].Lower == "who" || toks[t-1].Lower == "which")
	if l.isVerb(toks[t].Lower) && (relative || !nounPosition(toks, t)) {
		h := subjectHead(toks, t)
		if h < 0 && t > 0 && toks[t-1].Text == "," && strings.HasSuffix(toks[t].Lower, "ing") {
			h = mainSubject(toks, t) // "Thieves also targeted the festival, stealing"
		}
		return h >= 0 && (determinerOf(toks, h) != "" || barePlural(toks, h))
	}
	return indefinites[determinerOf(toks, t)]
}

// mainSubject finds, for a participle that follows a comma at toks[t],
// the head of the subject of the sentence's first verb, which is the
// participle's too: "Thieves also targeted the festival, stealing" gives
// "Thieves". A sentence-initial capitalized plural counts as a noun here
// (a name read as one only makes the mention another event's, and its
// claims go unkeyed). It returns -1 when it finds none.
func mainSubject(toks []Token, t int) int {
	for k := 1; k < t; k++ {
		w := toks[k].Lower
		if !toks[k].Word || toks[k].Cap || !strings.HasSuffix(w, "ed") {
			continue
		}
		if h := subjectHead(toks, k); h >= 0 {
			return h
		}
		// the first word of the sentence, across "also", "reportedly"
		j := k - 1
		for j > 0 && (auxiliaries[toks[j].Lower] || strings.HasSuffix(toks[j].Lower, "ly")) {
			j--
		}
		if j == 0 && toks[0].Cap && strings.HasSuffix(toks[0].Lower, "s") && !strings.HasSuffix(toks[0].Lower, "ss") && !isPossessive(toks[0].Text) {
			return 0
		}
		return -1
	}
	return -1
}

// barePlural reports whether the subject head at toks[h] is a plural
// with no determiner: "thieves stole", "protesters attacked banks".
func barePlural(toks []Token, h int) bool {
	w := toks[h].Lower
	if !strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ss") || h > 0 && toks[h-1].Word && (determiners[toks[h-1].Lower] || possPronoun[toks[h-1].Lower] || isDigit(toks[h-1].Text)) {
		return false
	}
	return h == 0 || !toks[h-1].Word || !isPossessive(toks[h-1].Text)
}

// Plural reports whether the event noun at toks[t] is a plural of
// another of the event's words that counts several events: "a spate of
// high-profile robberies", "new rallies", "more demonstrations", "two
// attacks". It tells of several events, none of them the one a claim
// could be held to. A plural in an idiom ("cast ballots", "went to the
// polls", "fell to their deaths") counts nothing.
func (l *Lexicon) Plural(toks []Token, t int) bool {
	w := toks[t].Lower
	afterPrep := t > 0 && toks[t-1].Lower == "of"
	if l.isVerb(w) && !nounPosition(toks, t) && !afterPrep || !strings.HasSuffix(w, "s") {
		return false // "he attacks": a verb
	}
	e, plural := l.Event(w), false
	for _, base := range []string{strings.TrimSuffix(w, "s"), strings.TrimSuffix(w, "es"), strings.TrimSuffix(w, "ies") + "y"} {
		if base != w && e != nil && l.Event(base) == e {
			plural = true
		}
	}
	if !plural || e.Collective {
		return false // "issued two late-term regulations": one act
	}
	for k := t - 1; k >= 0 && k >= t-5; k-- {
		switch w := toks[k].Lower; {
		case several[w] || isDigit(toks[k].Text) && !isYear(toks[k].Text):
			return true // "two attacks", "3 robberies"; not "the 1967 killings": one event's year
		case !toks[k].Word && toks[k].Text != "-" || determiners[w] || possPronoun[w] || beForms[w]:
			return false
		}
	}
	return false
}

// Repeated reports whether the verb trigger at toks[t] acts on a bare
// plural: "the protesters attacked banks and corporate shops", "thieves
// robbed stores". It tells of several events (one a bank), none the one
// a claim could be held to.
func (l *Lexicon) Repeated(toks []Token, t int) bool {
	if !VerbAt(l, toks, t) || t+1 >= len(toks) {
		return false
	}
	o := &toks[t+1]
	w := o.Lower
	return o.Word && !o.Cap && o.Space && len(w) > 3 && strings.HasSuffix(w, "s") &&
		!strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") && !strings.HasSuffix(w, "is") &&
		!functionWords[w] && !determiners[w] && !possPronoun[w] && !beForms[w] && !auxiliaries[w] &&
		!strings.HasSuffix(w, "ly") && l.Event(w) == nil && !isPassive(toks, t)
}

// several are the words before a plural that make it count events.
var several = set("of", "new", "more", "other", "several", "recent", "previous", "earlier", "similar",
	"two", "three", "four", "five", "many", "multiple", "numerous", "further", "fresh", "separate")

// Another reports whether the mention at toks[t] says outright that it
// is another occurrence: "another fire", "a second attack", "a previous
// earthquake", "an earlier shooting", "the last major quake".
func Another(toks []Token, t int) bool {
	for k := t - 1; k >= 0 && k >= t-3; k-- {
		switch w := toks[k].Lower; {
		case isOther(w):
			return true
		case !toks[k].Word || determiners[w] && w != "a" && w != "an":
			return false
		}
	}
	return false
}

// InSeries reports whether the event noun at toks[t] is said to be one
// of a series: "Monday's earthquake was the second one to hit Qeshm",
// "the shooting is the latest in a string of attacks". Each is an
// occurrence of its own, and which one another source dates is not
// known.
func InSeries(toks []Token, t int) bool {
	k := t + 1
	if k >= len(toks) || !beForms[toks[k].Lower] {
		return false
	}
	if k++; k < len(toks) && (toks[k].Lower == "the" || toks[k].Lower == "a") {
		k++
	}
	return k < len(toks) && series[toks[k].Lower]
}

// series are the words that make an event one of several: "the second",
// "the latest".
var series = set("second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "latest")

// isOther reports whether w is one of the words before an event noun
// that make it another occurrence than the one a story tells of.
func isOther(w string) bool {
	switch w {
	case "another", "previous", "earlier", "prior", "separate", "similar", "unrelated", "last":
		return true
	}
	return false
}

// AnotherAmong reports whether a word of toks says that a mention after
// it is another occurrence (isOther): Another is true only after one.
func AnotherAmong(toks []Token) bool {
	for k := range toks {
		if isOther(toks[k].Lower) {
			return true
		}
	}
	return false
}

func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// isYear reports whether a number in digits reads as a year, 1800 to
// 2099: "the 1967 killings" dates its event, it counts none.
func isYear(s string) bool {
	if len(s) != 4 || !(s[:2] == "18" || s[:2] == "19" || s[:2] == "20") {
		return false
	}
	for i := 2; i < 4; i++ {
		if s[i] < '0' || s[i] > '9' {
			return false
		}
	}
	return true
}

// determinerOf returns the indefinite determiner that opens the noun
// phrase headed by toks[h], across up to three modifiers ("a 5.6
// magnitude earthquake", "a multiple - boat attack"); "" when the phrase
// opens with another word or none.
func determinerOf(toks []Token, h int) string {
	for k := h - 1; k >= 0 && k >= h-6; k-- {
		w := toks[k].Lower
		switch {
		case indefinites[w]:
			return w
		case determiners[w] || possPronoun[w] || isPossessive(toks[k].Text) || clauseStarts[w] || beForms[w]:
			return ""
		case toks[k].Text == "," || toks[k].Text == "." && toks[k].Space:
			return ""
		case !toks[k].Word && toks[k].Text != "-" && toks[k].Text != "." && !isDigit(toks[k].Text):
			return ""
		}
	}
	return ""
}

// subjectHead finds the head of the subject of the verb at toks[t]: the
// word before it across auxiliaries and adverbs ("a gunman shot", "a
// driver had fatally shot") and a relative pronoun ("a team that won");
// -1 when a name, a pronoun or punctuation stands there.
func subjectHead(toks []Token, t int) int {
	for k, n := t-1, 0; k >= 0 && n < 5; k, n = k-1, n+1 {
		tk := &toks[k]
		w := tk.Lower
		switch {
		case !tk.Word:
			return -1
		case w == "that" || w == "who" || w == "which":
			if k > 0 && toks[k-1].Word && !toks[k-1].Cap {
				return k - 1
			}
			return -1
		case auxiliaries[w] && w != "on" && w != "this" && w != "last" || beForms[w] || len(w) > 3 && w[len(w)-2:] == "ly":
			continue
		case tk.Cap || subjPronoun[w] || w == "they" || w == "it":
			return -1
		default:
			return k
		}
	}
	return -1
}

// VerbAt reports whether the trigger at toks[t] is used as a verb ("was
// arrested", "shot two co-workers") rather than a noun ("the shooting").
func VerbAt(l *Lexicon, toks []Token, t int) bool {
	return l.verbAt(toks, t) && !nounPosition(toks, t)
}

// functionWords are the words after a participle that show it is a verb
// ("injured in a crash", "arrested on Sunday"), not an adjective before
// its noun ("the injured list").
var functionWords = set("by", "in", "at", "on", "to", "for", "with", "and", "or", "as", "after",
	"before", "when", "while", "during", "near", "from", "of", "the", "a", "an", "his", "her",
	"their", "its", "that", "who", "which", "was", "were", "is", "are", "been", "last", "this",
	"early", "late", "earlier", "later", "but", "since", "over", "into", "outside", "inside",
	"him", "them", "it", "me", "us", "himself", "herself", "themselves", "there", "here", "again",
	"twice", "once", "about", "around", "some", "all", "both", "two", "three", "four", "five",
	"six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "thousands", "more", "up",
	"out", "down", "off", "back", "so", "too", "not", "yesterday", "today", "tonight", "overnight")

// Adjectival reports whether a participle trigger at toks[t] stands as
// an adjective before its noun, after a determiner or a preposition:
// "placed Bush on the injured list", "on injured reserve", "a wounded
// soldier". It names a state or a kind, not an event the sentence tells.
func Adjectival(toks []Token, t int) bool {
	w := toks[t].Lower
	if t == 0 || t+1 >= len(toks) || !strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "en") {
		return false
	}
	n := &toks[t+1]
	if !n.Word || n.Cap || functionWords[n.Lower] || strings.HasSuffix(n.Lower, "ly") ||
		strings.HasSuffix(n.Lower, "ed") || strings.HasSuffix(n.Lower, "ing") {
		return false
	}
	p := toks[t-1].Lower
	return determiners[p] || possPronoun[p] || p == "on" || p == "in" || p == "of" || p == "with" || p == "for"
}

// CauseOf returns the index of the event noun that is the subject of the
// verb trigger at toks[t], when there is one: "a major earthquake killed",
// "the blast injured"; the verb tells what that event did, and its date
// and place are that event's. It returns -1 otherwise.
func CauseOf(l *Lexicon, toks []Token, t int) int {
	if !VerbAt(l, toks, t) {
		return -1
	}
	if t > 0 && (functionWords[toks[t-1].Lower] && !auxiliaries[toks[t-1].Lower] || determiners[toks[t-1].Lower]) {
		return -1 // "a victory over visiting Evansville": no finite verb
	}
	if t > 0 && toks[t-1].Word && !toks[t-1].Cap && !auxiliaries[toks[t-1].Lower] && l.Event(toks[t-1].Lower) == nil && PastVerb(toks[t-1].Lower) != "" {
		return -1 // "The shooting sparked riots across Greece": the object of another verb
	}
	// the subject's head, or an event noun heading a subject that a
	// phrase follows: "a fire-bomb attack on a bank in Greece killed"
	for k := t - 1; k >= 0 && k >= t-8; k-- {
		tk := &toks[k]
		switch {
		case !tk.Word && tk.Text != "-" && tk.Text != "." && !isDigit(tk.Text), clauseStarts[tk.Lower] || beForms[tk.Lower]:
			return -1
		case k > 0 && tk.Cap || subjPronoun[tk.Lower]:
			continue
		case l.Event(tk.Lower) != nil:
			if VerbAt(l, toks, k) {
				return -1
			}
			return k
		}
	}
	return -1
}

// modifiedNouns are nouns an event word may stand before as their
// modifier: "a murder suspect", "the injury woes", "the fire chief", "the
// shooting victims". There the event word names no event of the clause.
var modifiedNouns = set("suspect", "suspects", "victim", "victims", "charge", "charges", "case",
	"cases", "investigation", "investigators", "scene", "report", "reports", "chief", "chiefs",
	"department", "woes", "list", "toll", "attempt", "attempts", "threat", "threats", "warning",
	"warnings", "alarm", "alarms", "insurance", "survivors", "zone", "drill", "drills", "season",
	"record", "records", "rate", "rates", "risk", "law", "laws", "trial", "conviction", "suspicion",
	"squad", "unit", "officials", "experts", "game", "games", "fighters", "engine",
	"engines", "station", "hazard", "damage", "prevention", "safety", "plot", "spree", "weapon")

// Modifier reports whether the event noun at toks[t] modifies the noun
// after it ("murder suspect Jermayne Timmons", "the injury woes"): not an
// event the clause tells.
func Modifier(toks []Token, t int) bool {
	return t+1 < len(toks) && toks[t+1].Space && modifiedNouns[toks[t+1].Lower]
}
