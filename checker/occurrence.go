package checker

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/factlint/factlint/facts"
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
// Oscars"), and whether it names exactly one. The claims compared share
// a key: event, participants and role.
func pin(c facts.Claim) (string, bool) {
	words := strings.Fields(c.Sentence.Text())
	found := ""
	for i, w := range words {
		if !ordinalWord(w) {
			continue
		}
		j := i + 1
		for j < len(words) && (words[j] == "annual" || words[j] == "edition" || words[j] == "annual,") {
			j++
		}
		if j >= len(words) {
			continue
		}
		r, _ := utf8.DecodeRuneInString(words[j])
		if !unicode.IsUpper(r) || notOccurrences[strings.ToLower(strings.Trim(words[j], ".,;:"))] {
			continue // "the 11th round", "his 16th straight fight", "117th Street", "6th June": no occurrence's name
		}
		p := strings.ToLower(w) // "the 79th Academy Awards", "the 79th Oscars": one name or another
		if found != "" && found != p {
			return "", false // two occurrences in one sentence: which one is dated?
		}
		found = p
	}
	return found, found != ""
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
