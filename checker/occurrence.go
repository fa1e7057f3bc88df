package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
	"github.com/factlint/factlint/facts/gazetteer"
)

// An ordinal that names an occurrence pins it: "the 79th Academy
// Awards", "the 79th annual Academy Awards", "the 81st Oscars". Dates a
// month or more apart for an event that repeats are other occurrences
// (occurrencesApart), unless both sentences pin the same one: "DeGeneres
// hosted the 79th Academy Awards in 2007" against "... the 79th Oscars
// in 2004" is one ceremony given two years.

// pin returns the occurrence the sentence of c names by an ordinal
// before a capitalized name ("79th" of "the 79th Academy Awards", with
// "annual" or "edition" skipped between; the name may differ: "the 79th
// Oscars"), and whether it names exactly one. The ordinal must be tied
// to the claim's event (tiedOrdinal): the object of its word ("hosted
// the 79th Academy Awards", "host of the 81st Oscars") or the name the
// event word stands in ("the 79th Academy Awards ceremony"). An ordinal
// of a title or an apposition pins nothing: "Obama, the 44th President,
// visited Kenya in 2015" names no occurrence of a visit. The claims
// compared share a key: event, participants and role.
func pin(c facts.Claim) (string, bool) {
	o, ok := pinned(c)
	return o.ordinal, ok
}

// A pinnedOccurrence is what an ordinal pins: the ordinal ("79th") and the
// name after it, folded ("academy award": lower case, no diacritics, the
// last word's plural "s" off, so that "Oscars" and "Oscar" are one), and
// the words that name it ("79th Academy Awards").
type pinnedOccurrence struct {
	ordinal, name, words string
	// own is set when a possessive stands before the ordinal ("his 3rd
	// Grand Slam title", "Obama's 2nd State of the Union"): an occurrence
	// of the participant's own series, not one the world counts.
	own bool
}

// pinned returns the occurrence the sentence of c pins (pin), with the
// name of its first mention.
func pinned(c facts.Claim) (pinnedOccurrence, bool) {
	if !mayHoldOrdinal(c.Sentence.Text()) {
		return pinnedOccurrence{}, false // most sentences: no word to split
	}
	words := sentenceWords(c.Sentence)
	var found pinnedOccurrence
	for i, w := range words {
		if !ordinalWord(w.text) {
			continue
		}
		j := i + 1
		for j < len(words) && (words[j].text == "annual" || words[j].text == "edition" || words[j].text == "annual,") {
			j++
		}
		if j >= len(words) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[j].text)
		head := strings.ToLower(strings.Trim(words[j].text, ".,;:"))
		if !unicode.IsUpper(r) || notOccurrences[head] || events.IsTitle(head) || offices[head] {
			continue // "the 11th round", "his 16th straight fight", "117th Street", "6th June", "the 44th President": no occurrence's name
		}
		if !tiedOrdinal(words, i, j, c.Trigger) {
			continue
		}
		p := strings.ToLower(w.text) // "the 79th Academy Awards", "the 79th Oscars": one name or another
		if found.ordinal != "" && found.ordinal != p {
			return pinnedOccurrence{}, false // two occurrences in one sentence: which one is dated?
		}
		if found.ordinal == "" {
			name, n := occurrenceName(words[j:])
			found = pinnedOccurrence{p, name, w.text + " " + n, i > 0 && possessive(words[i-1].text)}
		}
	}
	return found, found.ordinal != ""
}

// possessive reports whether w is a possessive determiner or a name's
// possessive: "his", "their", "Obama's", "Williams'".
func possessive(w string) bool {
	switch strings.ToLower(w) {
	case "his", "her", "its", "their", "my", "our", "your":
		return true
	}
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") || strings.HasSuffix(w, "s'") || strings.HasSuffix(w, "s’")
}

// mayHoldOrdinal reports whether text has a figure followed by the
// letters of an ordinal ("79th", "2nd"): a quick look before ordinalWord
// reads each word.
func mayHoldOrdinal(text string) bool {
	for i := 1; i+1 < len(text); i++ {
		if text[i-1] < '0' || text[i-1] > '9' {
			continue
		}
		switch strings.ToLower(text[i : i+2]) {
		case "st", "nd", "rd", "th":
			return true
		}
	}
	return false
}

// occurrenceName is the capitalized words that open words, folded, the
// plural "s" of the last one off ("Academy Awards in 2007" is "academy
// award", "Oscars," is "oscar"), and those words as written.
func occurrenceName(words []word) (string, string) {
	var name, text []string
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w.text)
		if !unicode.IsUpper(r) {
			break
		}
		t := strings.TrimSuffix(strings.TrimSuffix(strings.TrimRight(w.text, ".,;:!?\"”’)"), "'s"), "’s")
		name = append(name, gazetteer.Fold(t))
		text = append(text, t)
		if t != w.text {
			break // a mark ends the name: "the 79th Oscars, ..."
		}
	}
	if n := len(name); n > 0 && len(name[n-1]) > 3 {
		name[n-1] = strings.TrimSuffix(name[n-1], "s")
	}
	return strings.Join(name, " "), strings.Join(text, " ")
}

// A word of a sentence and where it lies in its document.
type word struct {
	text       string
	start, end int
}

// sentenceWords splits a sentence at spaces, keeping each word's place
// in the document.
func sentenceWords(s facts.Span) []word {
	text := s.Text()
	var out []word
	start := -1
	for i, r := range text {
		if unicode.IsSpace(r) {
			if start >= 0 {
				out = append(out, word{text[start:i], s.Start + start, s.Start + i})
				start = -1
			}
		} else if start < 0 {
			start = i
		}
	}
	if start >= 0 {
		out = append(out, word{text[start:], s.Start + start, s.Start + len(text)})
	}
	return out
}

// tiedOrdinal reports whether the ordinal words[i], before the name
// starting at words[j], is tied to the event word trig: the event word
// is in the name ("the 79th Academy Awards ceremony"), or stands just
// before the ordinal with at most a determiner or "of" between ("hosted
// the 79th Oscars", "host of the 81st annual Oscars").
func tiedOrdinal(words []word, i, j int, trig facts.Span) bool {
	if trig.Doc == nil || trig.End <= trig.Start {
		return false
	}
	// the name: capitalized words from j, and one lower-case word after
	// it ("ceremony", "festival")
	k := j
	for k < len(words) {
		r, _ := utf8.DecodeRuneInString(words[k].text)
		if !unicode.IsUpper(r) {
			break
		}
		k++
		if strings.ContainsAny(words[k-1].text, ",;:") {
			break
		}
	}
	if k < len(words) && !strings.ContainsAny(words[k-1].text, ",;:") {
		k++
	}
	if trig.Start >= words[j].start && trig.Start < words[k-1].end {
		return true
	}
	// the object of the event word
	t := i - 1
	for t >= 0 && objectLink[strings.ToLower(words[t].text)] {
		t--
	}
	return t >= 0 && t >= i-3 && trig.Start >= words[t].start && trig.Start < words[t].end
}

// objectLink are the words between an event word and the ordinal of its
// object: "hosted the 79th", "host of the 81st", "won its 3rd".
var objectLink = map[string]bool{
	"the": true, "a": true, "of": true, "its": true, "his": true, "her": true, "their": true, "this": true, "year's": true,
}

// offices are the capitalized words after an ordinal that name an
// office and its holder, not an occurrence ("the 44th President", "the
// 266th Pope", "the 42nd Governor"): the titles of names
// (events.IsTitle) and these.
var offices = map[string]bool{
	"emperor": true, "justice": true, "attorney": true, "commander": true, "speaker": true,
	"earl": true, "duke": true, "baron": true, "marquess": true, "sultan": true, "dalai": true,
	"patriarch": true, "archbishop": true, "bishop": true, "leader": true, "head": true,
	"member": true, "congressman": true, "congress": true, "parliament": true, "dynasty": true,
	"doctor": true,
}

// notOccurrences are the capitalized words after an ordinal that name a
// place, a unit, a day or a part numbered anew in each series or season,
// not an occurrence of an event: "117th Street", "the 5th Fleet", "the
// 67th Police Precinct", "6th June", "the 2nd Test".
var notOccurrences = map[string]bool{
	"street": true, "st": true, "avenue": true, "ave": true, "road": true, "rd": true, "boulevard": true, "blvd": true,
	"lane": true, "drive": true, "place": true, "floor": true, "precinct": true, "police": true, "district": true,
	"ward": true, "fleet": true, "army": true, "division": true, "brigade": true, "battalion": true, "regiment": true,
	"infantry": true, "squadron": true, "corps": true, "century": true, "amendment": true, "circuit": true,
	"january": true, "february": true, "march": true, "april": true, "may": true, "june": true, "july": true,
	"august": true, "september": true, "october": true, "november": true, "december": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true,
	// a part of a series, a season or a match, numbered anew each time:
	// "the 2nd Test", "the 15th Stage", "the 3rd Round", "Game 7" aside
	"test": true, "odi": true, "t20": true, "round": true, "stage": true, "leg": true, "lap": true,
	"hole": true, "game": true, "match": true, "set": true, "half": true, "quarter": true, "period": true,
	"inning": true, "innings": true, "week": true, "day": true, "minute": true, "pick": true, "seed": true,
	"term": true, "session": true,
}

// ordinalWord reports whether w is a number written as an ordinal:
// "79th", "81st", "2nd".
func ordinalWord(w string) bool {
	n := len(w)
	if n < 3 {
		return false
	}
	suf := strings.ToLower(w[n-2:])
	if suf != "st" && suf != "nd" && suf != "rd" && suf != "th" {
		return false
	}
	for _, r := range w[:n-2] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// pinnedDissent keeps, of a date conflict whose sides lie apart as other
// occurrences would, the dissenting claims whose sentence pins the same
// occurrence as a consensus claim's; ok is false when none does.
func pinnedDissent(sides [2][]Group) ([2][]Group, bool) {
	pins := map[string]bool{}
	for _, a := range sides[0] {
		for _, c := range a.Claims {
			if p, ok := pin(c); ok {
				pins[p] = true
			}
		}
	}
	if len(pins) == 0 {
		return sides, false
	}
	var kept []Group
	for _, b := range sides[1] {
		d := b
		d.Claims, d.Sources = nil, nil
		for _, c := range b.Claims {
			if p, ok := pin(c); ok && pins[p] {
				d.Claims = append(d.Claims, c)
				d.Sources = append(d.Sources, Source(c))
			}
		}
		if len(d.Claims) > 0 {
			kept = append(kept, d)
		}
	}
	if len(kept) == 0 {
		return sides, false
	}
	return [2][]Group{sides[0], kept}, true
}

// pinnedExplanation says why dates a year or more apart of an event that
// repeats are compared.
const pinnedExplanation = "The dates lie apart as two occurrences of a repeated event would, but both sentences name the occurrence by the same ordinal: one occurrence, two dates."
