package facts

import "github.com/factlint/factlint/facts/events"

// Sites: a place may name where the building an event struck stands,
// not the event itself: "a Waitrose store in Surrey", "the old
// Matanuska Maid dairy building in Palmer", "his former employers'
// office Christmas party in Vancouver". The site's phrase then stands
// where the place would ("a fire at [the Matanuska Maid building in
// downtown Palmer]", "A HUGE fire has almost totally destroyed [a
// Waitrose store in Banstead]", "opening fire at [his former
// employers' office Christmas party in Vancouver]"), and the event is
// found from it: before it, as for any place; or as the head of the
// relative clause whose verb struck it ("a fire that ripped through [a
// Waitrose store in Surrey]"); or as the agent of the passive it is the
// subject of ("[A Waitrose supermarket in Surrey] has been destroyed in
// a fire", "[The old ... building in Palmer] was nearly destroyed by a
// fire", "[the Waitrose supermarket in Wellington] that has been
// damaged by fire").

// siteNouns are the buildings and grounds an event strikes or takes
// place at, and the occasions held there ("a Christmas party in
// Vancouver"). Not a hospital, a jail or a court: people are taken
// there after the event (facilities).
var siteNouns = map[string]bool{"store": true, "stores": true, "supermarket": true, "shop": true,
	"shops": true, "building": true, "buildings": true, "warehouse": true, "plant": true, "factory": true,
	"mill": true, "school": true, "college": true, "home": true, "house": true, "residence": true,
	"apartment": true, "church": true, "mosque": true, "synagogue": true, "office": true,
	"offices": true, "business": true, "headquarters": true, "mall": true, "restaurant": true,
	"bar": true, "pub": true, "nightclub": true, "club": true, "hotel": true, "motel": true,
	"bank": true, "branch": true, "station": true, "mine": true, "site": true, "complex": true,
	"tower": true, "stadium": true, "arena": true, "depot": true, "refinery": true, "farm": true,
	"barn": true, "market": true, "premises": true, "structure": true, "creamery": true,
	"theater": true, "theatre": true, "cinema": true, "museum": true, "library": true,
	"garage": true, "hall": true, "campus": true, "airport": true, "embassy": true,
	"consulate": true, "party": true, "ceremony": true, "concert": true, "festival": true}

// damages are the verbs by which an event strikes a site: "a fire that
// gutted a Waitrose supermarket", "destroyed in a fire".
var damages = map[string]bool{"destroyed": true, "destroys": true, "destroying": true, "destroy": true,
	"gutted": true, "guts": true, "gutting": true, "damaged": true, "damages": true, "damaging": true,
	"razed": true, "demolished": true, "demolishes": true, "devastated": true, "devastates": true,
	"ravaged": true, "ravages": true, "wrecked": true, "flattened": true, "leveled": true, "levelled": true,
	"engulfed": true, "engulfs": true, "consumed": true, "burned": true, "burnt": true, "burns": true,
	"hit": true, "hits": true, "struck": true, "strikes": true, "rocked": true, "rocks": true,
	"ripped": true, "rips": true, "tore": true, "tears": true, "torn": true, "swept": true, "sweeps": true}

// happens are the verbs that tell an event took place somewhere: "a
// blaze which began on the roof of the supermarket in Banstead".
var happens = map[string]bool{"broke": true, "breaks": true, "started": true, "starts": true,
	"began": true, "begins": true, "erupted": true, "erupts": true, "happened": true,
	"occurred": true, "occurs": true, "took": true, "raged": true, "rages": true}

// siteAdverbs may stand between a relative pronoun or an auxiliary and
// its verb: "which has almost totally destroyed", "was nearly destroyed".
var siteAdverbs = map[string]bool{"almost": true, "nearly": true, "virtually": true, "totally": true,
	"completely": true, "partially": true, "partly": true, "badly": true, "largely": true,
	"severely": true, "extensively": true, "heavily": true, "also": true, "reportedly": true}

// auxiliaries before a verb: "has been destroyed".
var auxiliaries = map[string]bool{"has": true, "have": true, "had": true, "was": true, "were": true,
	"is": true, "are": true, "been": true, "being": true, "be": true}

// siteDeterminers open a site's phrase.
var siteDeterminers = map[string]bool{"a": true, "an": true, "the": true, "his": true, "her": true,
	"its": true, "their": true, "our": true, "this": true, "that": true}

// sitePhrase returns the phrase of the site the place at f names where
// it stands, toks[a:b]: "a Waitrose store in Surrey", a site noun right
// before "in" the place; ok is false when the place names no site's. A
// place before the site's noun ("an Oregon bank") is left alone: a
// state the gazetteer reads as a town, or, in a story of a shooting, the
// bank of another event the article goes on to tell ("State police say
// a bomb exploded at an Oregon bank", 18_11ecb).
func (x *extraction) sitePhrase(f *found) (a, b int, ok bool) {
	toks := x.s.toks
	if f.a >= 2 && toks[f.a-1].is("in") && x.siteNoun(f.a-2) {
		return x.siteStart(f.a - 2), f.b, true
	}
	return 0, 0, false
}

// siteNoun reports whether toks[k] is a site noun in lower case.
func (x *extraction) siteNoun(k int) bool {
	t := &x.s.toks[k]
	return t.kind == tWord && !t.capitalized() && siteNouns[t.lower]
}

// siteStart returns where the phrase of the site noun at toks[k]
// starts: at its determiner, across its modifiers ("the original
// Matanuska Maid Dairy warehouse", "his former employers' office
// Christmas party"); without a determiner, across the capitalized names
// next to it only ("Fire destroys historic Mat Maid dairy building").
func (x *extraction) siteStart(k int) int {
	toks := x.s.toks
	sure := k
	for j, n := k-1, 0; j >= 0 && n < 8; j, n = j-1, n+1 {
		t := &toks[j]
		switch {
		case t.kind == tWord && siteDeterminers[t.lower]:
			return j
		case t.kind == tPunct && (t.text == "'" || t.text == "’" || t.text == "-"):
		case t.kind == tWord && t.capitalized():
			if sure == j+1 {
				sure = j
			}
		case t.kind == tWord && !prepositions[t.lower] && t.words&(wOtherVerb|wClauseStop|wSpeech) == 0 &&
			!damages[t.lower] && x.lexEvent(j) == nil:
		default:
			return sure
		}
	}
	return sure
}

// siteEvent finds the event a site's phrase toks[a:b] (the place f in
// it) is struck by: before it, after a preposition or a verb of damage;
// the head of a relative clause that struck it; the agent of a passive
// it is the subject of. -1 when there is none.
func (x *extraction) siteEvent(f *found, a, b int, takes func(int) *Event) int {
	toks := x.s.toks
	if a == 0 {
		return x.siteAgent(a, b, takes)
	}
	v := a - 1
	for v > 0 && (siteAdverbs[toks[v].lower] || prepositions[toks[v].lower] && toks[v].is("through")) {
		v--
	}
	switch {
	case damages[toks[v].lower] || toks[a-1].is("at", "in", "inside", "outside", "near", "on", "through", "into", "to"):
		g := *f
		g.a = a
		window, ok := x.triggerWindow(&g, takes)
		if !ok && !damages[toks[v].lower] {
			return -1
		}
		if k := x.triggerBefore(&g, max(window, windowBeforePlace), takes); k >= 0 {
			return k
		}
	}
	return x.siteAgent(a, b, takes)
}

// siteAgent finds the event that is the agent of a passive of damage
// after a site's phrase toks[a:b]: "has been destroyed in a fire", "was
// nearly destroyed by a fire", "that has been damaged by fire", "has
// been completely destroyed after a fire broke out"; or the event a
// verb of damage says the site burned in ("The Matanuska Maid Block
// Building, one of the oldest buildings in Palmer, burned to the ground
// in a spectacular fire": across the apposition's closing comma); -1
// otherwise.
func (x *extraction) siteAgent(a, b int, takes func(int) *Event) int {
	toks := x.s.toks
	k := b
	if k < len(toks) && toks[k].text == "," && x.appositionOpens(a) {
		k++ // the apposition closes
	}
	if k < len(toks) && toks[k].is("that", "which") {
		k++
	}
	aux := 0
	for ; k < len(toks) && (auxiliaries[toks[k].lower] || siteAdverbs[toks[k].lower]); k++ {
		if auxiliaries[toks[k].lower] {
			aux++
		}
	}
	if k >= len(toks) || !damages[toks[k].lower] {
		return -1
	}
	if aux == 0 && k+3 < len(toks) && toks[k+1].is("to") && toks[k+2].is("the") && toks[k+3].is("ground") {
		k += 3 // "burned to the ground in a spectacular fire"
	} else if aux == 0 {
		return -1
	}
	if k+1 >= len(toks) || !toks[k+1].is("by", "in", "after") {
		return -1
	}
	for j, n := k+2, 0; j < len(toks) && n < 5; j, n = j+1, n+1 {
		if e := takes(j); e != nil {
			if events.VerbAt(x.opt.Lexicon, x.clauseTokens(), j) {
				return -1
			}
			return j
		}
		if toks[j].kind != tWord && toks[j].text != "-" || toks[j].words&(wOtherVerb|wClauseStop|wSpeech) != 0 || prepositions[toks[j].lower] {
			return -1
		}
	}
	return -1
}

// relativeStrikes reports whether the relative clause that toks[k]
// ("that", "which") opens tells how its head struck or took place
// somewhere, with no other verb before the place (verb, the verb
// nearest before it, is the clause's own): "a fire that ripped through
// a Waitrose store in Surrey", "a fire which has destroyed a Waitrose
// supermarket in Banstead", "the blaze which began on the roof of the
// supermarket in Banstead".
func (x *extraction) relativeStrikes(k, verb int) bool {
	toks := x.s.toks
	j := k + 1
	for j < len(toks) && (auxiliaries[toks[j].lower] || siteAdverbs[toks[j].lower]) {
		j++
	}
	if j >= len(toks) || !damages[toks[j].lower] && !happens[toks[j].lower] {
		return false
	}
	return verb < 0 || verb <= j
}

// appositionOpens reports whether a comma opens, at most three words
// before toks[a], the apposition a site's phrase starting there ends:
// "Building, one of the oldest buildings in Palmer,".
func (x *extraction) appositionOpens(a int) bool {
	toks := x.s.toks
	for k := a - 1; k >= 0 && k >= a-3; k-- {
		if toks[k].text == "," {
			return true
		}
		if toks[k].kind != tWord || toks[k].words&(wOtherVerb|wClauseStop|wSpeech) != 0 {
			return false
		}
	}
	return false
}
