package checker

import (
	"maps"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/events"
)

// Event coreference by co-mention. A clause that tells two event words
// with one date or place ("the Indian Navy on Saturday foiled a hijack
// attempt ... and arrested 23 pirates", "shot and killed a teenager on
// Saturday": facts.Claim.Also) says the two are one incident. Its claim
// is read under the other event's key too (LinkSure), and, across the
// documents of the check, a date or place of either event is read under
// the other's key (LinkLoose): "the Indian Navy on Saturday arrested 23
// Somali pirates" meets "foiled a piracy attempt ... Saturday". Only
// where the reading's source says nothing of its own of that event and
// role, where another source has claims under the key, and where the
// source's readings give one value. A conflict that stands only on
// loose readings is a warning (linkedExplanation): the link holds in
// another document's telling, not the source's. So is one that stands
// only on a sure reading of a death or an injury from the value of what
// caused it (consequent): "the storm destroyed 40 homes on Tuesday and
// killed two" does not say they died on Tuesday.

// eventLinks holds, by role and event, the events a clause tells with
// its value, each with the first claim that tells them so.
type eventLinks map[linkEnd]map[string]facts.Claim

// linkEnd is one side of a link: a role of an event ("date", "arrest").
type linkEnd struct{ role, event string }

// linksOf gathers the links the claims tell (facts.Claim.Also), both
// ways.
func linksOf(claims []facts.Claim) eventLinks {
	ls := eventLinks{}
	for _, c := range claims {
		for _, l := range c.Also {
			ls.add(linkEnd{c.Role, c.Event}, l.Event, c)
			ls.add(linkEnd{c.Role, l.Event}, c.Event, c)
		}
	}
	return ls
}

// add records that c links end to the event other, unless a claim
// before it did.
func (ls eventLinks) add(end linkEnd, other string, c facts.Claim) {
	if ls[end] == nil {
		ls[end] = map[string]facts.Claim{}
	}
	if _, seen := ls[end][other]; !seen {
		ls[end][other] = c
	}
}

// linked returns the events linked to ev for a role, sorted.
func (ls eventLinks) linked(role, ev string) []string {
	return slices.Sorted(maps.Keys(ls[linkEnd{role, ev}]))
}

// readings are claim c read under the keys of the events linked to its
// own: the clause's own (sure), then the others (loose), with c's
// participants. Only dates and places of an event's date or place role.
func (ls eventLinks) readings(c facts.Claim) []facts.Claim {
	if len(ls) == 0 || c.Kind != facts.KindDate && c.Kind != facts.KindPlace || c.Role != "date" && c.Role != "place" {
		return nil
	}
	var out []facts.Claim
	own := map[string]bool{c.Event: true}
	read := func(ev string, ps []string, inferred bool, level facts.LinkLevel) {
		r := c
		r.Event, r.Participants, r.Sole, r.Also = ev, ps, "", nil
		r.Key = events.Key(ev, ps, c.Role)
		r.Qual.Linked, r.Qual.Told, r.Qual.Inferred = level, c.Event, inferred
		out = append(out, r)
	}
	for _, l := range c.Also {
		own[l.Event] = true
		read(l.Event, l.Participants, false, facts.LinkSure)
	}
	ps := c.Participants
	if c.Qual.Inferred {
		ps = nil // a participant Align or a pronoun gave c's event: not the other's
	}
	for _, ev := range ls.linked(c.Role, c.Event) {
		if !own[ev] {
			read(ev, ps, false, facts.LinkLoose)
		}
	}
	return out
}

// tells records, by source, event and role, what the sources say of
// their own: a reading never joins an event and role its source tells
// itself (the arrest a day after the killing it tells).
type tells map[sourceRole]bool

// sourceRole is what a source tells of its own: a role of an event.
type sourceRole struct{ source, event, role string }

func (t tells) note(c facts.Claim) { t[sourceRole{Source(c), c.Event, c.Role}] = true }

func (t tells) has(c facts.Claim) bool { return t[sourceRole{Source(c), c.Event, c.Role}] }

// addLinked files the linked readings that join their key: where the
// source tells nothing of its own of the event and role, another source
// has claims under the key, and the source's readings for it give one
// value. The sure readings first; then a loose reading joins only where
// two lone claims meet: its own claim is the one source of its key, and
// so is the other claim under the key it joins (a lone claim's partners
// keyed under another event). Where two sources or more speak of a key,
// they are compared already; a loose reading would only carry a claim
// keyed amiss ("Homicide Detective ..., testifying Tuesday": a death's
// date) into another event's comparison. A reading about a participant
// nobody names for that event is read as naming no one when no one else
// is named for it either (names).
func addLinked(byKey keyIndex, add func(facts.Claim), own tells, names unnamedNames, rs []facts.Claim) {
	lone := map[string]bool{} // the claims' own keys one source alone speaks of, sure readings joined
	for _, level := range []facts.LinkLevel{facts.LinkSure, facts.LinkLoose} {
		for _, r := range rs {
			k := events.Key(r.Qual.Told, r.Participants, r.Role)
			if level == facts.LinkLoose && r.Qual.Linked == level && len(byKey[k]) == 1 {
				lone[k+"\x00"+Source(r)] = byKey[k][Source(r)] != nil
			}
		}
		bySource := map[string][]facts.Claim{}
		for _, r := range rs {
			if r.Qual.Linked != level || own.has(r) {
				continue
			}
			if level == facts.LinkLoose && !lone[events.Key(r.Qual.Told, r.Participants, r.Role)+"\x00"+Source(r)] {
				continue
			}
			if len(r.Participants) == 1 && len(byKey[r.Key]) == 0 {
				k := events.Key(r.Event, nil, r.Role)
				if ps := names[k]; len(ps) == 0 || len(ps) == 1 && ps[r.Participants[0]] {
					r.Participants, r.Key = nil, k // "die[Kimani Gray].date" meets "attack.date"
				}
			}
			ks := r.Key + "\x00" + Source(r)
			bySource[ks] = append(bySource[ks], r)
		}
		told := map[string]int{} // how many sources speak of a key before this level's readings join
		for ks := range bySource {
			k, _, _ := strings.Cut(ks, "\x00")
			told[k] = len(byKey[k])
		}
		met := map[string]bool{} // own key, key joined: two lone claims meet once, not in both keys
		for _, ks := range slices.Sorted(maps.Keys(bySource)) {
			rs := bySource[ks]
			from := events.Key(rs[0].Qual.Told, rs[0].Participants, rs[0].Role)
			if met[rs[0].Key+"\x00"+from] || !joinsLinked(byKey, told, rs) {
				continue
			}
			met[from+"\x00"+rs[0].Key] = true
			for _, r := range rs {
				add(r)
			}
		}
	}
}

// joinsLinked reports whether one source's linked readings for a key
// join it (addLinked).
func joinsLinked(byKey keyIndex, told map[string]int, rs []facts.Claim) bool {
	srcs := byKey[rs[0].Key]
	if len(srcs) == 0 || len(srcs) == 1 && srcs[Source(rs[0])] != nil {
		return false
	}
	for _, r := range rs {
		if r.Value.String() != rs[0].Value.String() {
			return false
		}
		if r.Qual.Linked == facts.LinkLoose && told[r.Key] > 1 {
			return false
		}
	}
	return true
}

// harms are the events a clause may tell with what caused them though
// they come later: a death or an injury. "The storm destroyed 40 homes
// on Tuesday and killed two people" dates the storm; the two may have
// died of it on Wednesday. A sure reading of a harm from its cause's
// value (consequent) is no firmer than a loose one.
var harms = map[string]bool{"die": true, "injure": true}

// consequent reports whether c is a sure reading of a death or an
// injury from the value of the event that caused it.
func consequent(c facts.Claim) bool {
	return c.Qual.Linked == facts.LinkSure && harms[c.Event] && !harms[c.Qual.Told]
}

// weakLink reports whether c is a reading the link alone gives: a
// loose one, or a harm read from its cause's value.
func weakLink(c facts.Claim) bool { return c.Qual.Linked == facts.LinkLoose || consequent(c) }

// looseOnly reports whether a conflict stands only on weak readings
// (weakLink): no dissenting value that is not one contradicts an
// agreeing value that is not one.
func looseOnly(sides [2][]Group) bool {
	firm := func(g Group) bool {
		for _, c := range g.Claims {
			if !weakLink(c) {
				return true
			}
		}
		return false
	}
	loose := false
	for _, b := range sides[1] {
		if !firm(b) {
			loose = true
			continue
		}
		for _, a := range sides[0] {
			if a.val.Unify(b.val).Validate() == nil {
				continue
			}
			if firm(a) {
				return false
			}
			loose = true
		}
	}
	return loose
}

// linkedExplanation says why a conflict that stands on weak readings
// is a warning, naming the clause that links the events.
func linkedExplanation(ls eventLinks, sides [2][]Group) string {
	for _, side := range sides {
		for _, g := range side {
			for _, c := range g.Claims {
				if !weakLink(c) {
					continue
				}
				words := c.Text() // a claim keyed with no event word of its own (Trigger zero)
				if c.Trigger.Doc != nil {
					words = c.Trigger.Text()
				}
				if consequent(c) {
					return "Compared as one incident: " + c.Span.Doc.Name + " gives the " + c.Role + " of \"" + words + "\" (" +
						c.Qual.Told + ") in a clause that tells " + c.Event + " too (\"" + strings.Join(strings.Fields(c.Sentence.Text()), " ") +
						"\"); a death or an injury may come days after what caused it. Check which day each text means."
				}
				o := ls[linkEnd{c.Role, c.Qual.Told}][c.Event]
				if o.Span.Doc == nil {
					continue
				}
				return "Compared as one incident: " + c.Span.Doc.Name + " gives the " + c.Role + " of \"" + words + "\" (" +
					c.Qual.Told + "), and " + o.Span.String() + " tells " + c.Qual.Told + " and " + c.Event + " with one " + c.Role +
					" (\"" + strings.Join(strings.Fields(o.Sentence.Text()), " ") + "\"). Check whether both texts tell of one event."
			}
		}
	}
	return ""
}
