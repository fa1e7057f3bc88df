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
	births []facts.Claim   // full dates after "born"
	names  []string        // the name given with each age
}

// ageMismatches: one named person given two ages that cannot both hold, or
// an age that the birth date the text gives does not make at its
// publication date. People are matched by surname; a surname that two
// first names share in the text is nobody's.
func ageMismatches(opt Options, d *facts.Document, cs []facts.Claim) []Conflict {
	people := map[string]*person{}
	var order []string
	at := func(name string) *person {
		parts := strings.Fields(name)
		if len(parts) == 0 {
			return nil
		}
		sur := gazetteer.Fold(parts[len(parts)-1])
		p := people[sur]
		if p == nil {
			p = &person{first: map[string]bool{}}
			people[sur] = p
			order = append(order, sur)
		}
		if len(parts) > 1 && !strings.HasSuffix(parts[0], ".") { // "Mr." is no first name
			p.first[gazetteer.Fold(parts[0])] = true
		}
		return p
	}
	for _, c := range cs {
		if _, ok := c.Value.(facts.Quantity); ok && c.Kind == facts.KindAge && !c.Qual.Negated && !c.Qual.Hedged {
			if name := facts.AgePerson(c); name != "" {
				if p := at(name); p != nil {
					p.ages = append(p.ages, c)
					p.names = append(p.names, name)
				}
			}
		}
		if name, ok := facts.BornOn(c); ok {
			if p := at(name); p != nil {
				p.births = append(p.births, c)
			}
		}
	}
	var out []Conflict
	for _, sur := range order {
		p := people[sur]
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

func twoAges(opt Options, p *person) (Conflict, bool) {
	first := p.ages[0].Value.(facts.Quantity)
	for _, c := range p.ages[1:] {
		if a := c.Value.(facts.Quantity); !overlap(first.N, a.N) {
			msg := fmt.Sprintf("%s is %s (%q) and %s (%q) in one text", p.names[0], first, p.ages[0].Text(), a, c.Text())
			return single(opt, RuleAge, "", Warning, msg, p.ages[:1], c), true
		}
	}
	return Conflict{}, false
}

// ageAgainstBirth: at the publication date (or an embedded post's), the
// birth date makes the person n years old, or n-1 for an event a little
// before; an age outside both is a mismatch.
func ageAgainstBirth(opt Options, d *facts.Document, p *person) (Conflict, bool) {
	if !d.Date.Full() || len(p.births) == 0 {
		return Conflict{}, false
	}
	b := p.births[0].Value.(facts.DateValue)
	ref := d.Date
	n := ref.Year - b.Year
	if ref.Month < b.Months[0] || ref.Month == b.Months[0] && ref.Day < b.Day {
		n--
	}
	if n < 1 {
		return Conflict{}, false
	}
	fits := facts.Interval{Lo: big.NewRat(int64(n-1), 1), Hi: big.NewRat(int64(n), 1)}
	for i, c := range p.ages {
		if a := c.Value.(facts.Quantity); !overlap(fits, a.N) {
			msg := fmt.Sprintf("%s is %s (%q), but born %s (%q) makes %d on %s", p.names[i], a, c.Text(), b, p.births[0].Text(), n, ref)
			return single(opt, RuleAge, "", Warning, msg, p.births[:1], c), true
		}
	}
	return Conflict{}, false
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
