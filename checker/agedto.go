package checker

import (
	"math/big"

	"github.com/factlint/factlint/facts"
)

// Ages told in other years. A person's age changes with the date of the
// text that gives it: "Orozco, 27," in a report of June 2005 and "Orozco,
// 29," at his trial in March 2007 are one man's ages. Across sources, an
// age is compared as it would be at the latest publication date among
// the texts that give one for its key: a text dated y full years earlier
// gives an age from y to y+1 years older (a birthday may fall between).
// A text with no date is taken as of that latest date when the dated
// ones are all of one year; when they are years apart, its age could be
// of any of them and is not compared.

// ageSpan is the first and the last publication date of the texts that
// give ages for one key.
type ageSpan struct{ first, last facts.Date }

// ageSpans returns the ageSpan of each key of age claims; keys whose
// documents have no date are absent.
func ageSpans(claims []facts.Claim) map[string]ageSpan {
	spans := map[string]ageSpan{}
	for _, c := range claims {
		d := c.Span.Doc.Date
		if c.Kind != facts.KindAge || c.Key == "" || !d.Full() {
			continue
		}
		sp, seen := spans[c.Key]
		if !seen || d.Time().Before(sp.first.Time()) {
			sp.first = d
		}
		if !seen || sp.last.Time().Before(d.Time()) {
			sp.last = d
		}
		spans[c.Key] = sp
	}
	return spans
}

// agedTo returns c as it is compared: an age as it would be at the last
// date of its key's span; ok is false for an age of an undated text
// when the span is a year or more.
func agedTo(c facts.Claim, sp ageSpan) (facts.Claim, bool) {
	q, isQ := c.Value.(facts.Quantity)
	d := c.Span.Doc.Date
	switch {
	case !isQ || c.Kind != facts.KindAge || !sp.last.Full() || d == sp.last:
		return c, true
	case !d.Full():
		return c, fullYears(sp.first, sp.last) == 0
	}
	years := fullYears(d, sp.last)
	q.N = facts.Interval{Lo: plus(q.N.Lo, years), Hi: plus(q.N.Hi, years+1), LoOpen: q.N.LoOpen, HiOpen: q.N.HiOpen}
	c.Value = q
	return c, true
}

// fullYears is the number of whole years from a to b (b not before a).
func fullYears(a, b facts.Date) int64 {
	y := b.Year - a.Year
	if b.Month < a.Month || b.Month == a.Month && b.Day < a.Day {
		y--
	}
	return int64(max(y, 0))
}

func plus(r *big.Rat, n int64) *big.Rat {
	if r == nil {
		return nil // unbounded
	}
	return new(big.Rat).Add(r, big.NewRat(n, 1))
}
