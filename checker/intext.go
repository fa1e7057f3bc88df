package checker

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/factlint/factlint/facts"
)

// Rule ids of the checks within one text (docs in rules/cue/checks.cue).
// RuleSelfContradiction, a text giving two values for one fact (a key that
// names its participants), is found where a source's values for a key are
// unified: the keys that name participants come from the keying of events
// (the "any story" work); the id, its doc and its place in every format are
// here.
const (
	RuleWeekday           = "weekday-mismatch"
	RuleImpossibleDate    = "impossible-date"
	RuleSelfContradiction = "self-contradiction"
	RuleReported          = "reported-date"
	RuleAge               = "age-mismatch"
)

// InText checks one text on its own: a day name beside a date of another
// weekday, a day its month does not have, and one person given two ages.
// The claims are those of document d, in text order; in draft mode only
// the drafts are checked.
func InText(opt Options, d *facts.Document, claims []facts.Claim) []Conflict {
	if len(claims) == 0 || len(opt.Draft) > 0 && !opt.Draft[d.Name] {
		return nil
	}
	var out []Conflict
	for _, c := range claims {
		if x, ok := weekdayMismatch(opt, c); ok {
			out = append(out, x)
		}
		if x, ok := impossibleDate(opt, c); ok {
			out = append(out, x)
		}
	}
	out = append(out, ageMismatches(opt, d, claims)...)
	return slices.DeleteFunc(out, func(c Conflict) bool { return c.Severity == 0 || ignored(c.Key, opt.Ignore) })
}

// inTextReads: the claim is one InText reads: a date (a weekday beside
// it, a birth) or an age.
func inTextReads(c *facts.Claim) bool { return c.Kind == facts.KindDate || c.Kind == facts.KindAge }

// severity is a check's severity in the rules, else def.
func severity(opt Options, rule string, def Severity) Severity {
	if k, ok := opt.Rules.Kinds[rule]; ok {
		if s, err := ParseSeverity(k.Severity); err == nil {
			return s
		}
	}
	return def
}

// single makes a conflict of one text: the claims it points at against
// those they contradict (none, for an impossible date).
func single(opt Options, rule, key string, def Severity, msg string, against []facts.Claim, at ...facts.Claim) Conflict {
	if key == "" {
		key = rule
	}
	c := Conflict{Severity: severity(opt, rule, def), Key: key, Rule: rule, Message: key + ": " + msg}
	for s, cs := range [2][]facts.Claim{against, at} {
		for _, cl := range cs {
			c.Sides[s] = append(c.Sides[s], Group{Value: cl.Value.String(), Claims: []facts.Claim{cl}, Sources: []string{Source(cl)}})
		}
	}
	return c
}

func fullDate(c facts.Claim) (facts.DateValue, bool) {
	v, ok := c.Value.(facts.DateValue)
	return v, ok && v.Year != 0 && v.Day != 0 && len(v.Months) == 1
}

// weekdayMismatch: "Thursday, April 21, 2023", a date whose year is
// written, falls on a Friday.
func weekdayMismatch(opt Options, c facts.Claim) (Conflict, bool) {
	v, ok := fullDate(c)
	if !ok || !facts.WritesYear(c) || !validDay(v.Year, v.Months[0], v.Day) {
		return Conflict{}, false
	}
	wd, at, ok := facts.StatedWeekday(c)
	if !ok {
		return Conflict{}, false
	}
	t := time.Date(v.Year, time.Month(v.Months[0]), v.Day, 0, 0, 0, 0, time.UTC)
	if t.Weekday().String()[:3] == wd {
		return Conflict{}, false
	}
	stated := c
	stated.Value, stated.Span = facts.DateValue{Weekday: wd}, at
	msg := fmt.Sprintf("%q, but %s was a %s (%q)", at.Text(), t.Format("2 January 2006"), t.Weekday(), c.Text())
	return single(opt, RuleWeekday, c.Key, Error, msg, []facts.Claim{c}, stated), true
}

// impossibleDate: "February 30", "31 April", "29 February 2023". A numeric
// date counts only with its year written ("2023-02-30"): "2/30" alone may
// be no date at all.
func impossibleDate(opt Options, c facts.Claim) (Conflict, bool) {
	v, ok := c.Value.(facts.DateValue)
	if !ok || v.Day == 0 || len(v.Months) != 1 {
		return Conflict{}, false
	}
	m := v.Months[0]
	year := 0
	if facts.WritesYear(c) {
		year = v.Year
	}
	if !strings.ContainsFunc(c.Text(), isLetter) && year == 0 {
		return Conflict{}, false
	}
	n := daysIn(year, m)
	if v.Day <= n {
		return Conflict{}, false
	}
	month := time.Month(m).String()
	msg := fmt.Sprintf("no such day: %s has %d days (%q)", month, n, c.Text())
	if m == 2 && v.Day == 29 {
		msg = fmt.Sprintf("no such day: %d is not a leap year (%q)", year, c.Text())
	}
	return single(opt, RuleImpossibleDate, c.Key, Error, msg, nil, c), true
}

// noSuchDay reports whether a date claim names a day its month does not
// have: such a date is reported as impossible-date, and compared with
// nothing.
func noSuchDay(c facts.Claim) bool {
	v, ok := c.Value.(facts.DateValue)
	if !ok || v.Day == 0 || len(v.Months) != 1 {
		return false
	}
	year := 0
	if facts.WritesYear(c) {
		year = v.Year
	}
	return v.Day > daysIn(year, v.Months[0])
}

func isLetter(r rune) bool { return r >= 'A' && r <= 'Z' || r >= 'a' && r <= 'z' || r > 127 }

// daysIn is the most days month m has; in year y when y is known.
func daysIn(y, m int) int {
	if y == 0 {
		y = 2000 // a leap year: "February 29" alone is possible
	}
	return time.Date(y, time.Month(m)+1, 0, 0, 0, 0, 0, time.UTC).Day()
}

func validDay(y, m, d int) bool { return d >= 1 && d <= daysIn(y, m) }
