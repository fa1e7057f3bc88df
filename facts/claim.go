package facts

import (
	"fmt"
	"math/big"
	"strconv"
	"strings"
	"time"
)

// Kind is the kind of a claim.
type Kind uint8

const (
	KindDate Kind = iota + 1
	KindCount
	KindMoney
	KindDuration
	KindPlace
	KindOrdinal
	KindNumber // a number or range of numbers about nothing the grammar knows: "40", "20-30"
	KindAge    // a person's age: "Tara Reid, 33", "a 22-year-old man", "aged 45"
)

var kindNames = [...]string{KindDate: "date", KindCount: "count", KindMoney: "money",
	KindDuration: "duration", KindPlace: "place", KindOrdinal: "ordinal", KindNumber: "number",
	KindAge: "age"}

func (k Kind) String() string {
	if int(k) < len(kindNames) && kindNames[k] != "" {
		return kindNames[k]
	}
	return fmt.Sprintf("kind(%d)", k)
}

// MarshalText implements encoding.TextMarshaler.
func (k Kind) MarshalText() ([]byte, error) { return []byte(k.String()), nil }

// A Claim is one checkable statement found in a document.
type Claim struct {
	Kind Kind
	// Generic is set when the event is no lexicon event but the verb of
	// the claim's clause, by its base form ("issue[Microsoft].date":
	// events.Generic): less sure to be one fact across sources. (Next to
	// Kind: the two bytes share one word of the struct.)
	Generic bool
	Key     string // what the value is about ("visit[Jens Stoltenberg].date"); "" when unknown
	// The key's parts: the event ("visit"), who it is about, and the
	// value's role ("date", "count.dead"). Empty when Key is.
	Event        string
	Participants []string
	// Sole is, for a claim that names no participant, the one its
	// document names for its event (Align); "" when it names none or
	// several. The checker compares the claim with that participant's
	// claims too, without rewriting its key.
	Sole     string
	Role     string
	Value    Value
	Span     Span   // the exact words of the value
	Trigger  Span   // the event word that gave the key; zero when Key is ""
	Sentence Span   // the sentence around it
	Voice    string // "@handle" when the claim is inside an embedded post
	Qual     Qualifiers
	// Readings are the values the claim is read from, as the words state
	// them, before bounds, tolerance, resolution or keying: the number of
	// a count, the amount and the number of money, a date's TIMEX3 before
	// it is resolved against the document's date.
	Readings []Reading
	// Also are the other events the claim's own clause tells with the
	// same date or place ("on Saturday foiled a hijack attempt ... and
	// arrested 23 pirates"): one incident told by two event words.
	Also []Link
}

// A Reading is one value as the words state it, each with its own words,
// written as TIMEX3 (TimeML) and Microsoft's Recognizers-Text write them:
// "20" for the number of "about 20 people" (the words "20"), "(40,)" for
// "more than 40", "[20,30)" for "20-30", "20" in USD for the currency of
// "more than $20" (the words "$20"), "XXXX-WXX-4" for "Thursday",
// "(2014-01-01,2018-01-01,P4Y)" for "from 2014 to 2018", "end-1" for
// "penultimate". Recognizers-Text's tables score these (facts/peer_test.go).
type Reading struct {
	Type  ReadingType
	Span  Span
	Value string
	Unit  string // ISO 4217 for a currency
}

// ReadingType is the type of a reading.
type ReadingType uint8

const (
	ReadNumber      ReadingType = iota + 1 // "40"
	ReadNumberRange                        // "(40,)", "[20,30)"
	ReadOrdinal                            // "1", "end-1", "current+1"
	ReadCurrency                           // an amount in Unit
	ReadDate                               // TIMEX3: a date, or a range "(start,end,duration)"
)

var readingNames = [...]string{ReadNumber: "number", ReadNumberRange: "numberrange",
	ReadOrdinal: "ordinal", ReadCurrency: "currency", ReadDate: "date"}

func (t ReadingType) String() string {
	if int(t) < len(readingNames) && readingNames[t] != "" {
		return readingNames[t]
	}
	return fmt.Sprintf("reading(%d)", t)
}

// Text returns the claim's exact words.
func (c Claim) Text() string { return c.Span.Text() }

// Qualifiers say how firmly a claim is made.
type Qualifiers struct {
	Attributed string // who says it, when the sentence reports speech ("Russia says")
	Scope      string // "since the launch of Russia's full-scale invasion of Ukraine"
	Told       string // for a linked reading, the event the claim's own words tell
	// Edge is set for a date at a day's edge: "early" ("early Saturday"),
	// "late" ("Friday night", "late Friday", "overnight ... Friday").
	Edge string
	// The flags, one byte each, together after the strings: scattered
	// between them, each took a word of its own.
	Approximate bool // "nearly", "about"
	Bound       bool // "more than", "at least"
	Hedged      bool // "reportedly", "may", "expected to"
	Negated     bool // "not", "no"
	Update      bool // a count said to have risen: "rose to", "now"
	Inferred    bool // who it is about comes from a pronoun or a post's author, not a name in the clause
	// Linked is set on a reading of the claim under another event's key
	// (Claim.Also; checker/linked.go): LinkSure when the claim's own
	// clause tells the other event with the same value, LinkLoose when
	// only another document tells the two events so.
	Linked LinkLevel
}

// LinkLevel says how a claim read under another event's key is tied to
// it (Qualifiers.Linked).
type LinkLevel uint8

const (
	LinkNone  LinkLevel = iota
	LinkSure            // the claim's own clause tells both events with its value
	LinkLoose           // another document tells the two events as one incident
)

// A Value is a normalized claim value: one of DateValue, Quantity, Money,
// Duration, Place or Ordinal.
type Value interface {
	String() string
	isValue()
}

// DateValue is a partial date. Zero fields are unknown. Months holds one
// month, or the alternatives of a season ("this summer": 6, 7, 8).
type DateValue struct {
	Year    int
	Months  []int
	Day     int
	Weekday string // "Mon" ... "Sun"
	// Relative is set for a date that could not be resolved for want of a
	// reference date or anchor ("a day before"): an ISO 8601 offset, and
	// nothing else.
	Relative string
	// Period names what the words date when it is not a calendar day,
	// month or year (Timex then says which one): "W" a week ("this
	// week"), "WE" a weekend, "FY" and "SY" a fiscal or school year (never
	// compared as a calendar year), "same" the same week, month or year
	// as a date said before.
	Period string
	// Timex is the date's TIMEX3 value (TimeML), resolved against the
	// document's date when there is one: "2023-04-20" for "April 20" in a
	// story of 2023, "XXXX-04-20" without a date. The claim's date
	// Reading keeps the unresolved form.
	Timex string
}

func (DateValue) isValue() {}

// String renders the date for people: "Thu", "Jul 2023", "Jun|Jul|Aug
// 2023", "20 Apr 2023 (Thu)", "2022".
func (v DateValue) String() string {
	var parts []string
	if v.Day != 0 {
		parts = append(parts, fmt.Sprint(v.Day))
	}
	if len(v.Months) > 0 {
		ms := make([]string, len(v.Months))
		for i, m := range v.Months {
			ms[i] = strings.ToUpper(monthNames[m-1][:1]) + monthNames[m-1][1:3]
		}
		parts = append(parts, strings.Join(ms, "|"))
	}
	if v.Year != 0 {
		parts = append(parts, fmt.Sprint(v.Year))
	}
	if v.Weekday != "" {
		if len(parts) > 0 {
			parts = append(parts, "("+v.Weekday+")")
		} else {
			parts = append(parts, v.Weekday)
		}
	}
	if v.Relative != "" {
		parts = append(parts, v.Relative)
	}
	if v.Period != "" && v.Timex != "" {
		parts = append(parts, v.Timex)
	}
	return strings.Join(parts, " ")
}

// An Interval is a set of numbers: exact (Lo == Hi, both closed), bounded
// on one side (Hi nil: "more than 40" is (40,)), or a range ("nearly 14"
// is [13,14]). Numbers are exact rationals: "15 billion" is 15000000000.
type Interval struct {
	Lo, Hi         *big.Rat // nil: unbounded
	LoOpen, HiOpen bool
}

// Exact returns the interval holding n alone.
func Exact(n *big.Rat) Interval { return Interval{Lo: n, Hi: n} }

// IsExact reports whether the interval is a single number.
func (iv Interval) IsExact() bool {
	return iv.Lo != nil && iv.Hi != nil && ratCmp(iv.Lo, iv.Hi) == 0 && !iv.LoOpen && !iv.HiOpen
}

// String renders the interval as Recognizers-Text does: 40, (40,), [13,14].
func (iv Interval) String() string {
	if iv.IsExact() {
		return ratString(iv.Lo)
	}
	var b strings.Builder
	b.WriteByte("[("[btoi(iv.LoOpen || iv.Lo == nil)])
	if iv.Lo != nil {
		b.WriteString(ratString(iv.Lo))
	}
	b.WriteByte(',')
	if iv.Hi != nil {
		b.WriteString(ratString(iv.Hi))
	}
	b.WriteByte("])"[btoi(iv.HiOpen || iv.Hi == nil)])
	return b.String()
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Expr renders the interval as a CUE-like constraint: 40, >40,
// >=13 & <=14.
func (iv Interval) Expr() string {
	if iv.IsExact() {
		return ratString(iv.Lo)
	}
	var parts []string
	if iv.Lo != nil {
		parts = append(parts, map[bool]string{true: ">", false: ">="}[iv.LoOpen]+ratString(iv.Lo))
	}
	if iv.Hi != nil {
		parts = append(parts, map[bool]string{true: "<", false: "<="}[iv.HiOpen]+ratString(iv.Hi))
	}
	return strings.Join(parts, " & ")
}

// display is Expr with thousands separated: >15,000,000,000.
func (iv Interval) display() string {
	e := iv.Expr()
	var b strings.Builder
	for i := 0; i < len(e); {
		j := i
		for j < len(e) && e[j] >= '0' && e[j] <= '9' {
			j++
		}
		if j == i {
			b.WriteByte(e[i])
			i++
			continue
		}
		digits := e[i:j]
		if i > 0 && e[i-1] == '.' { // decimals stay as they are
			b.WriteString(digits)
		} else {
			for k, c := range digits {
				if k > 0 && (len(digits)-k)%3 == 0 {
					b.WriteByte(',')
				}
				b.WriteRune(c)
			}
		}
		i = j
	}
	return b.String()
}

// ratString prints a rational as an integer or a finite decimal.
func ratString(r *big.Rat) string {
	// a whole number below 10^15, most of them: its digits, without
	// big.Int's conversion (an exact float64, below the bound below)
	if r.IsInt() && r.Num().IsInt64() {
		if v := r.Num().Int64(); v < 1e15 && v > -1e15 {
			return strconv.FormatInt(v, 10)
		}
	}
	if f, _ := r.Float64(); f >= 1e15 || f <= -1e15 { // as .NET prints a double: 1.2732E+15
		return strconv.FormatFloat(f, 'E', -1, 64)
	}
	if r.IsInt() {
		return r.Num().String()
	}
	// A decimal as written ("9.2321312") prints exactly; a fraction that
	// never ends (2/3) to 15 significant digits, as .NET's doubles do; a
	// tiny one as 1E-12.
	if f, _ := r.Float64(); f != 0 && f > -1e-4 && f < 1e-4 {
		return strconv.FormatFloat(f, 'E', -1, 64)
	}
	d := new(big.Int).Set(r.Denom())
	for _, p := range []int64{2, 5} {
		for new(big.Int).Mod(d, big.NewInt(p)).Sign() == 0 {
			d.Quo(d, big.NewInt(p))
		}
	}
	if d.Cmp(big.NewInt(1)) == 0 {
		digits, den := 0, new(big.Int).Set(r.Denom())
		for ; den.Cmp(big.NewInt(1)) != 0 && digits < 40; digits++ {
			g := new(big.Int).GCD(nil, nil, den, big.NewInt(10))
			den.Quo(den, g)
		}
		s := strings.TrimRight(r.FloatString(digits), "0")
		return strings.TrimSuffix(s, ".")
	}
	f, _ := r.Float64()
	return strconv.FormatFloat(f, 'g', 15, 64)
}

// DateRange is a stretch of time between two dates, both included: "from
// 2014 to 2018", "between March and May", "Nov 18-20, 2015", "the past
// five years". From and To are partial dates as the words give them;
// Timex is the TIMEX3 range (start,end,duration), its end excluded.
type DateRange struct {
	From, To DateValue
	Timex    string
}

func (DateRange) isValue() {}

func (v DateRange) String() string {
	if v.From.Year == 0 && len(v.From.Months) == 0 && v.From.Day == 0 {
		return v.Timex
	}
	from, to := v.From, v.To
	from.Weekday, to.Weekday = "", ""
	// whole months and years print as months and years: "Jan 1900 – Dec
	// 1999" is "1900 – 1999"
	if len(from.Months) == 1 && len(to.Months) == 1 && from.Day == 1 && to.Day != 0 && to.Year != 0 &&
		time.Date(to.Year, time.Month(to.Months[0]), to.Day+1, 0, 0, 0, 0, time.UTC).Day() == 1 {
		from.Day, to.Day = 0, 0
		if from.Months[0] == 1 && to.Months[0] == 12 && from.Year != 0 {
			from.Months, to.Months = nil, nil
		}
	}
	return from.String() + " – " + to.String()
}

// Number is a number, or a range of numbers, that counts nothing the
// grammar knows: "40", "more than 40", "20-30".
type Number struct{ N Interval }

func (Number) isValue() {}

func (v Number) String() string { return v.N.display() }

// Quantity is a count of things: "more than 40 nations".
type Quantity struct {
	N    Interval
	Unit string // the counted noun, singular and lower case ("nation")
}

func (Quantity) isValue() {}

func (v Quantity) String() string {
	unit := v.Unit
	if !v.N.IsExact() || ratCmpInt(v.N.Lo, 1) != 0 {
		unit = plural(unit)
	}
	return v.N.display() + " " + unit
}

// ownPlural are adjectives and participles that count people as nouns,
// the same in the plural.
var ownPlural = map[string]bool{"wounded": true, "injured": true, "killed": true, "dead": true,
	"missing": true, "hurt": true, "displaced": true, "detained": true, "arrested": true,
	"accused": true, "deceased": true, "disabled": true, "elderly": true, "homeless": true,
	"unemployed": true, "evacuated": true, "rescued": true}

// nounsInEd are nouns ending in -ed, whose plural is the usual one
// ("200 beds"); "-eed" nouns too ("12 seeds").
var nounsInEd = map[string]bool{"bed": true, "shed": true, "sled": true, "sledge": true}

func plural(w string) string {
	for p, s := range irregularPlurals {
		if s == w {
			return p
		}
	}
	switch {
	case ownPlural[w] || strings.HasSuffix(w, "ed") && !strings.HasSuffix(w, "eed") && !nounsInEd[w]:
		return w // "80 wounded", "12 dead", "two died": no plural of its own
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "s"), strings.HasSuffix(w, "x"), strings.HasSuffix(w, "ch"), strings.HasSuffix(w, "sh"):
		return w + "es"
	}
	return w + "s"
}

// Money is an amount in one currency (ISO 4217).
type Money struct {
	Currency string
	Amount   Interval
}

func (Money) isValue() {}

func (v Money) String() string { return v.Currency + " " + v.Amount.display() }

// Duration is a length of time in one unit ("month", "year", "week", "day").
type Duration struct {
	Unit string
	N    Interval
}

func (Duration) isValue() {}

func (v Duration) String() string { return v.N.Expr() + " " + v.Unit }

// Place is a gazetteer entry: a city (with its country) or a country;
// or a region of a country the gazetteer does not hold.
type Place struct {
	ID      string // GeoNames id for cities, ISO 3166 code for countries
	Name    string // canonical name ("Kyiv")
	Country string // ISO 3166-1 alpha-2
	City    bool   // false for a country
	// Region: a place the gazetteer does not hold (a county, a state),
	// known by the country its text puts it in ("Banstead, Surrey")
	Region bool
	// Within: the larger cities of its country the texts put a city in,
	// as a part of them, the nearest first, joined by ", " ("East
	// Flatbush, Brooklyn" and "Brooklyn, New York": "Brooklyn, New York
	// City"): "in Brooklyn" says no other place than "in East Flatbush".
	Within string
}

func (Place) isValue() {}

func (v Place) String() string {
	if v.Within != "" {
		return v.Name + ", " + v.Within + ", " + v.Country
	}
	if v.City || v.Region {
		return v.Name + ", " + v.Country
	}
	return v.Name
}

// Ordinal says which occurrence of an event this is: "first" is 1, "back
// in" is (1,). Relative is set for an ordinal counted from the end or
// from the current item ("penultimate": "end-1", "next": "current+1"),
// whose N is then unknown.
type Ordinal struct {
	N        Interval
	Relative string
}

func (Ordinal) isValue() {}

func (v Ordinal) String() string {
	if v.Relative != "" {
		return v.Relative
	}
	return v.N.Expr()
}

// Literal is a value stated outside any text, as written: a fact sheet's
// CUE.
type Literal struct{ Text string }

func (Literal) isValue() {}

func (v Literal) String() string { return v.Text }
