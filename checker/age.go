package checker

import (
	"fmt"
	"math/big"
	"strings"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/gazetteer"
)

// person is what one text says of one named person's age.
type person struct {
	first  map[string]bool // first names written with the surname
	ages   []facts.Claim   // kind age, values facts.Quantity of years
	births []facts.Claim   // dates after "born"
	names  []string        // the name given with each age
	full   string          // a first name and the surname, as written
}

// name is the person's full name when the text gives one, else the name
// given with its first age.
func (p *person) name() string {
	if p.full != "" && len(p.first) == 1 {
		return p.full
	}
	return p.names[0]
}

// descriptorReach: a definite descriptor ("the 32-year-old actress") is
// read as the one person given an age before it only when its age is
// within this many years of theirs; further off, it is more likely
// someone the text has not named.
const descriptorReach = 2

// ageMismatches: one named person given two ages that cannot both hold, or
// an age that the birth date the text gives does not make at its
// publication date. People are matched by surname, or by first name and
// surname where two first names share a surname in the text. "The 32-year-old actress"
// is the person every age before it is given to, when there is one. An
// age in a sentence of another time ("was 25 when he") is compared with
// nothing.
func ageMismatches(opt Options, d *facts.Document, cs []facts.Claim) []Conflict {
	b := &ageBook{doc: d, people: map[string]*person{}}
	for _, c := range cs {
		b.read(c)
	}
	var out []Conflict
	for _, sur := range b.order {
		p := b.people[sur]
		if len(p.first) > 1 || len(p.ages) == 0 {
			continue
		}
		if c, ok := twoAges(opt, p); ok {
			out = append(out, c)
		} else if c, ok := ageAgainstBirth(opt, d, p); ok {
			out = append(out, c)
		}
	}
	return out
}

// ageBook gathers, claim by claim in document order, the ages and births
// a text gives each person.
type ageBook struct {
	doc    *facts.Document
	people map[string]*person // by folded surname, or first name and surname
	order  []string
	firsts map[string]map[string]bool // first names before each name in the text, read once
	sole   *person                    // whose every age so far is, if one person's
	mixed  bool                       // an age so far is someone else's or nobody's
	seen   bool                       // an age has been read
}

// at returns the person a name is of: by surname, or by first name and
// surname when the text writes two first names before the surname
// ("John Jenkin" and "Katie Jenkin"); then the surname alone is nobody's
// (nil).
func (b *ageBook) at(name string) *person {
	parts := strings.Fields(name)
	if len(parts) == 0 {
		return nil
	}
	sur := parts[len(parts)-1]
	if b.firsts == nil {
		b.firsts = facts.FirstNames(b.doc)
	}
	key := surname(name) // quotes.go
	if len(b.firsts[sur]) > 1 {
		if len(parts) == 1 || strings.HasSuffix(parts[0], ".") {
			return nil
		}
		key = gazetteer.Fold(parts[0]) + " " + key
	}
	p := b.people[key]
	if p == nil {
		p = &person{first: map[string]bool{}}
		if len(b.firsts[sur]) == 1 {
			for f := range b.firsts[sur] {
				p.first[gazetteer.Fold(f)] = true
				p.full = f + " " + sur
			}
		}
		b.people[key] = p
		b.order = append(b.order, key)
	}
	if len(parts) > 1 && !strings.HasSuffix(parts[0], ".") { // "Mr." is no first name
		p.first[gazetteer.Fold(parts[0])] = true
		p.full = name
	}
	return p
}

// read files one claim: a birth date under its person; an age under the
// person named beside it, or, for "the 32-year-old actress", under the
// person every age before it is given to.
func (b *ageBook) read(c facts.Claim) {
	if name, ok := facts.BornOn(c); ok {
		if p := b.at(name); p != nil {
			p.births = append(p.births, c)
		}
	}
	if _, ok := c.Value.(facts.Quantity); !ok || c.Kind != facts.KindAge {
		return
	}
	var p *person
	if !c.Qual.Negated && !c.Qual.Hedged && !facts.AgeThen(c) {
		name := facts.AgePerson(c)
		described, definite := facts.AgeDescribed(c)
		if name == "" && described != "" {
			name = described
		}
		switch {
		case name != "":
			if p = b.at(name); p != nil {
				p.names = append(p.names, name)
			}
		case definite && b.seen && !b.mixed && b.sole != nil && near(b.sole.ages[0], c):
			p = b.sole
			p.names = append(p.names, p.names[0])
		}
	}
	if p != nil {
		p.ages = append(p.ages, c)
	}
	if b.seen && p != b.sole || p == nil {
		b.mixed = true
	}
	b.sole, b.seen = p, true
}

// near: a descriptor's age is within descriptorReach years of the age
// first given to the person it would point back at.
func near(first, c facts.Claim) bool {
	lo, hi := years(first), years(c)
	if lo == nil || hi == nil {
		return false
	}
	if lo.Cmp(hi) > 0 {
		lo, hi = hi, lo
	}
	return new(big.Rat).Sub(hi, lo).Cmp(big.NewRat(descriptorReach, 1)) <= 0
}

// years is an age claim's number of years, nil when it is a range.
func years(c facts.Claim) *big.Rat {
	n := c.Value.(facts.Quantity).N
	if n.Lo == nil || n.Hi == nil || n.Lo.Cmp(n.Hi) != 0 {
		return nil
	}
	return n.Lo
}

func twoAges(opt Options, p *person) (Conflict, bool) {
	first := p.ages[0].Value.(facts.Quantity)
	for _, c := range p.ages[1:] {
		if a := c.Value.(facts.Quantity); !overlap(first.N, a.N) {
			msg := fmt.Sprintf("%s is %s (%q) and %s (%q) in one text", p.name(), first, p.ages[0].Text(), a, c.Text())
			return single(opt, RuleAge, "", Warning, msg, p.ages[:1], c), true
		}
	}
	return Conflict{}, false
}

// ageAgainstBirth: at the publication date (or an embedded post's), the
// birth date makes the person some age: one of two when the day or the
// month of birth is not given (their birthday may come before or after
// the date). One year less still fits, for an event a little before. An
// age outside all those is a mismatch.
func ageAgainstBirth(opt Options, d *facts.Document, p *person) (Conflict, bool) {
	if !d.Date.Full() || len(p.births) == 0 {
		return Conflict{}, false
	}
	b := p.births[0].Value.(facts.DateValue)
	ref := d.Date
	earliest, latest := facts.Date{Year: b.Year, Month: 1, Day: 1}, facts.Date{Year: b.Year, Month: 12, Day: 31}
	if len(b.Months) == 1 {
		earliest.Month, latest.Month = b.Months[0], b.Months[0]
		latest.Day = 31
	}
	if b.Day != 0 {
		earliest.Day, latest.Day = b.Day, b.Day
	}
	lo, hi := ageOn(latest, ref)-1, ageOn(earliest, ref)
	if hi < 1 {
		return Conflict{}, false
	}
	fits := facts.Interval{Lo: big.NewRat(int64(lo), 1), Hi: big.NewRat(int64(hi), 1)}
	makes := fmt.Sprint(hi)
	if lo+1 < hi {
		makes = fmt.Sprintf("%d or %d", hi-1, hi)
	}
	for _, c := range p.ages {
		if a := c.Value.(facts.Quantity); !overlap(fits, a.N) {
			msg := fmt.Sprintf("%s is %s (%q), but born %s (%q) makes %s on %s", p.name(), a, c.Text(), b, p.births[0].Text(), makes, ref)
			return single(opt, RuleAge, "", Warning, msg, p.births[:1], c), true
		}
	}
	return Conflict{}, false
}

// ageOn is the age on ref of someone born on birth (a day past the
// month's end counts as its last day).
func ageOn(birth, ref facts.Date) int {
	n := ref.Year - birth.Year
	if ref.Month < birth.Month || ref.Month == birth.Month && ref.Day < birth.Day {
		n--
	}
	return n
}

// overlap reports whether two intervals share a number.
func overlap(a, b facts.Interval) bool {
	below := func(hi *big.Rat, hiOpen bool, lo *big.Rat, loOpen bool) bool { // hi < lo: no overlap
		if hi == nil || lo == nil {
			return false
		}
		c := hi.Cmp(lo)
		return c < 0 || c == 0 && (hiOpen || loOpen)
	}
	return !below(a.Hi, a.HiOpen, b.Lo, b.LoOpen) && !below(b.Hi, b.HiOpen, a.Lo, a.LoOpen)
}
