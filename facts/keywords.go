package facts

// The closed word classes keying tests (keys.go, trigger.go): each a
// switch on the lower-case word, cheaper than a map or a list given to
// token.is, which reads its list word by word at every call.

// clauseStopMark is clauseStops[w], asked of a mark (a token of kind
// tPunct): its marks by a switch, not the map.
func clauseStopMark(w string) bool {
	switch w {
	case ";", ":", "—", "–", "(", ")":
		return true
	}
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && clauseStops[w] // the list's other entries are words ("where", "but")
}

// stateLead reports whether w may stand between a bound of a state and
// its date: "until early Monday", "by the end of".
func stateLead(w string) bool {
	switch w {
	case "on", "early", "late", "the":
		return true
	}
	return false
}

// stateBound reports whether w bounds a state by a date: "until Monday".
func stateBound(w string) bool {
	switch w {
	case "until", "till", "through", "by":
		return true
	}
	return false
}

// planWord reports whether w tells of a plan or of going on again:
// "expected", "scheduled", "resume".
func planWord(w string) bool {
	switch w {
	case "expected", "planned", "scheduled", "slated", "resume", "resumes", "reconvene", "reconvenes":
		return true
	}
	return false
}

// planLead reports whether w may stand between a plan's word and its
// date: "scheduled to resume on", "planned for next".
func planLead(w string) bool {
	switch w {
	case "on", "for", "to", "be", "early", "late", "the", "again", "next":
		return true
	}
	return false
}

// personalPronoun reports whether w is a subject pronoun that opens a
// clause of its own: "he", "she", "they", "we", "i".
func personalPronoun(w string) bool {
	switch w {
	case "he", "she", "they", "we", "i":
		return true
	}
	return false
}

// measureUnit reports the units that measure time, length or a share: "about two hours",
// "seven km", "25 points" are no count of what an event did (rounds
// and shots fired are).
func measureUnit(w string) bool {
	switch w {
	case "hour", "minute", "second", "day", "week", "month", "year", "decade", "metre", "meter",
		"mile", "kilometre", "kilometer", "km", "foot", "feet", "yard", "degree", "percent", "time",
		"floor", "point":
		return true
	}
	return false
}

// notUnit reports the words a count's reader may take for its unit that name
// nothing counted: "20 after", "14 others", "two late sacks", "one
// particular shooting", "hundreds of thousands", "a 5-19 start".
func notUnit(w string) bool {
	switch w {
	case "ago", "after", "before", "over", "all", "other", "others", "late", "early", "former",
		"particular", "slight", "thousand", "hundred", "million", "billion", "dozen", "start", "end",
		"thing", "more", "less", "few", "same", "different", "new", "old", "next", "last", "first",
		"straight", "consecutive", "total", "hrs", "hr", "mins", "min", "sec", "night", "nights",
		"morning", "afternoon", "evening", "power", "local", "tough", "each", "apiece", "additional",
		"overtime", "caliber", "calibre":
		return true
	}
	return false
}

// modal reports whether w is a modal (a switch, no map: asked of every
// word before an event word). Modals make the event after them one
// that may happen, not one that did or is scheduled to: "could mean a
// trip to Baltimore", "would travel to Kyiv if invited". "will" and "is to" are left out: a summit
// that will take place in July is a fact the sources can differ on.
func modal(w string) bool {
	switch w {
	case "would", "could", "might", "may", "can", "should", "'d", "’d":
		return true
	}
	return false
}

// notAttributive reports the words after a date that do not make it a
// modifier of a noun: "the Sunday before", "a Friday night".
func notAttributive(w string) bool {
	switch w {
	case "before", "after", "ago", "earlier", "later", "when", "following", "prior", "night", "morning", "afternoon", "evening":
		return true
	}
	return false
}

// facilityWord reports whether w names a facility (a switch, no map).
// Facilities are the places people are taken to after an event: a
// place right after one ("died at Hennepin County Medical Center in
// Minneapolis", "taken to a hospital in Lynchburg") or in its name
// ("taken to Lynchburg General Hospital") says where it stands, not where
// the event was. A court in a place ("a court in Airdrie") is none: a
// trial's place is its court's; a place in a court's name ("at Airdrie
// Sheriff Court") names the building.
func facilityWord(w string) bool {
	switch w {
	case "hospital", "hospitals", "center", "centre", "clinic", "infirmary", "morgue", "hospice", "jail", "prison":
		return true
	}
	return false
}

// calendarWord reports whether w names a weekday or a month: "Thursday
// (June 13)" is a date, no name with its gloss.
func calendarWord(w string) bool {
	_, day := weekdays[w]
	return day || fullMonth[w]
}

// subordinator reports the words that open a clause of their own: the event after one ("Palin
// apologized Saturday if the fire was connected") is not what the verb
// before it acts on.
func subordinator(w string) bool {
	switch w {
	case "if", "whether", "unless", "once", "because", "so", "though", "although", "where", "how", "why":
		return true
	}
	return false
}

// beVerb: a word that may stand between a count and its measure ("12
// people were killed"), or after a subject before its predicate.
func beVerb(w string) bool {
	switch w {
	case "were", "was", "are", "is", "been", "have", "has", "had", "be", "reportedly", "also":
		return true
	}
	return false
}

// spanAfter: a word after a number that makes it a distance, a time or
// a size, no count ("five buildings away", "two days later").
func spanAfter(w string) bool {
	switch w {
	case "away", "apart", "ago", "later", "earlier", "long", "wide", "tall", "high", "deep", "off", "behind", "ahead":
		return true
	}
	return false
}

// determiner: an article or a possessive pronoun ("the", "his").
func determiner(w string) bool {
	switch w {
	case "a", "an", "the", "his", "her", "its", "their":
		return true
	}
	return false
}

// partOfWhole: a word between a whole and "of" ("18 of its next 23").
func partOfWhole(w string) bool {
	switch w {
	case "next", "last", "first", "final", "remaining", "previous", "other":
		return true
	}
	return false
}

// wholeDeterminer: the determiner of a whole after "of" ("of its", "of
// those").
func wholeDeterminer(w string) bool {
	switch w {
	case "its", "their", "his", "her", "the", "our", "those", "these":
		return true
	}
	return false
}

// conditional: a word that opens a condition ("if", "unless").
func conditional(w string) bool {
	switch w {
	case "if", "unless", "whether":
		return true
	}
	return false
}

// concessive: a word that opens a clause of condition or concession
// (closesCondition).
func concessive(w string) bool {
	switch w {
	case "if", "unless", "although", "though", "whether":
		return true
	}
	return false
}

// settingPreposition: a preposition that sets an event noun in a phrase
// (hypothetical: "would be discussed at the summit").
func settingPreposition(w string) bool {
	switch w {
	case "at", "in", "on", "during", "for", "of", "after", "before", "with", "from", "since":
		return true
	}
	return false
}

// placePreposition: a preposition a place of an event follows ("visit
// to Kyiv", "riots across Greece").
func placePreposition(w string) bool {
	switch w {
	case "to", "in", "at", "into", "across", "throughout":
		return true
	}
	return false
}

// spreads: a verb of spreading ("the rioting spread to Thessaloniki").
func spreads(w string) bool {
	switch w {
	case "spread", "spreads", "spreading", "spilled", "spills":
		return true
	}
	return false
}

// auxiliary: an auxiliary or a verb of being that can open a predicate
// (predicateStart).
func auxiliary(w string) bool {
	switch w {
	case "is", "was", "were", "are", "has", "had", "have", "will", "would", "says":
		return true
	}
	return false
}

// leadingWord: a word that may open a sentence before a leading date
// ("On Saturday", "Late Friday").
func leadingWord(w string) bool {
	switch w {
	case "on", "early", "late", "earlier", "later", "by", "last", "this":
		return true
	}
	return false
}

// clockLead: a word of a clock time before a leading date ("Just past 4
// p.m. Friday").
func clockLead(w string) bool {
	switch w {
	case ".", ":", "at", "about", "around", "just", "past", "shortly":
		return true
	}
	return false
}

// timePreposition: a preposition or conjunction of time or place after
// a date, no verb (triggerAfter).
func timePreposition(w string) bool {
	switch w {
	case "during", "after", "before", "amid", "following", "since", "until", "as", "when", "while", "over", "into", "near", "about", "against":
		return true
	}
	return false
}

// timeConjunction: a conjunction that opens a clause of time
// (subjectEvent).
func timeConjunction(w string) bool {
	switch w {
	case "as", "when", "after", "before", "since", "until", "while", "then":
		return true
	}
	return false
}
