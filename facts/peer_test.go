package facts

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"math/big"
	"slices"
	"sort"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"
)

var peerTable = flag.Bool("peer.table", false, "print the Recognizers-Text score table")

var peerShow = 100000

// A peerCase is one case of a Recognizers-Text test table
// (testdata/peer/recognizers-text, MIT).
type peerCase struct {
	Input   string `json:"Input"`
	Context struct {
		ReferenceDateTime string `json:"ReferenceDateTime"`
	} `json:"Context"`
	NotSupported string       `json:"NotSupported"`
	Results      []peerResult `json:"Results"`
}

type peerResult struct {
	Text       string          `json:"Text"`
	Start      int             `json:"Start"`
	End        int             `json:"End"`
	TypeName   string          `json:"TypeName"`
	Resolution json.RawMessage `json:"Resolution"`
}

// peerTables: each table, the result types it scores, and the mention
// types of factlint's that answer them. DateTime scores date and daterange
// results only: times of day, durations and recurring sets are out of
// scope, excluded by type.
var peerTables = []struct {
	file   string
	name   string
	scored map[string]string // their TypeName -> our reading type
}{
	{"Number_English_NumberModel.json", "NumberModel", map[string]string{"number": "number"}},
	{"Number_English_NumberRangeModel.json", "NumberRangeModel", map[string]string{"numberrange": "numberrange"}},
	{"Number_English_OrdinalModel.json", "OrdinalModel", map[string]string{"ordinal": "ordinal", "ordinal.relative": "ordinal"}},
	{"NumberWithUnit_English_CurrencyModel.json", "CurrencyModel", map[string]string{"currency": "currency"}},
	{"DateTime_English_DateTimeModel.json", "DateTimeModel", map[string]string{"datetimeV2.date": "date", "datetimeV2.daterange": "date"}},
}

// peerFloors are the pass rates (percent) the harness must not fall below:
// a ratchet, raised as extraction improves. The targets are 95
// (numbers, ordinals), 90 (ranges, currency), 85 (dates) and 95 for cases
// with no results.
var peerFloors = map[string]struct{ withResults, empty float64 }{
	"NumberModel":      {95.8, 100},
	"NumberRangeModel": {92.4, 100},
	"OrdinalModel":     {96.2, 100},
	"CurrencyModel":    {90.5, 100},
	"DateTimeModel":    {85.1, 100},
}

// currencyISO maps Recognizers' unit names to ISO 4217.
var currencyISO = map[string]string{
	"Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Chinese yuan": "CNY",
	"Pound": "GBP", "British pound": "GBP", "Canadian dollar": "CAD", "Japanese yen": "JPY",
	"Franc": "CHF", "Swiss franc": "CHF", "Australian dollar": "AUD", "Turkish lira": "TRY",
	"Rupee": "INR", "Mexican peso": "MXN", "Hong Kong dollar": "HKD", "New Zealand dollar": "NZD",
	"Costa Rican colón": "CRC", "Georgian lari": "GEL", "Lao kip": "LAK", "Sri Lankan rupee": "LKR",
	"Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG",
}

type peerScore struct {
	name                                 string
	cases, passed, emptyCases, emptyPass int
	failures                             []string
	kinds                                map[string][2]int // result type -> cases, passed
}

// peerTargets are the targets; the floors may only rise above them.
var peerTargets = map[string]struct{ withResults, empty float64 }{
	"NumberModel": {95, 95}, "NumberRangeModel": {90, 95}, "OrdinalModel": {95, 95},
	"CurrencyModel": {90, 95}, "DateTimeModel": {85, 95},
}

func (s peerScore) pct() float64      { return pct(s.passed, s.cases) }
func (s peerScore) emptyPct() float64 { return pct(s.emptyPass, s.emptyCases) }

func pct(a, b int) float64 {
	if b == 0 {
		return 100
	}
	return 100 * float64(a) / float64(b)
}

// TestPeer runs factlint's extractors on every case of the Recognizers-Text
// tables that the .NET reference supports and scores them: a case passes
// when the scored results and factlint's mentions of those types agree on
// every span (UTF-16 offsets, as .NET counts) and resolution. go test
// ./facts -run TestPeer -peer.table prints the table.
func TestPeer(t *testing.T) {
	opt := testOptions(t)
	var scores []peerScore
	for _, tab := range peerTables {
		b, err := readTestdata("peer/recognizers-text/" + tab.file)
		if err != nil {
			t.Fatal(err)
		}
		var cases []peerCase
		if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &cases); err != nil {
			t.Fatalf("%s: %v", tab.file, err)
		}
		sc := peerScore{name: tab.name, kinds: map[string][2]int{}}
		for _, c := range cases {
			if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") {
				continue
			}
			var want []string
			other := false
			for _, r := range c.Results {
				if _, ok := tab.scored[r.TypeName]; ok {
					want = append(want, expect(r))
				} else {
					other = true
				}
			}
			if len(want) == 0 && other {
				continue // only out-of-scope results (a time of day)
			}
			got := mentionsOf(t, c, tab.scored, opt)
			ok := equal(want, got)
			if len(c.Results) == 0 {
				sc.emptyCases++
				if ok {
					sc.emptyPass++
				}
			} else {
				sc.cases++
				if ok {
					sc.passed++
				}
				seen := map[string]bool{}
				for _, r := range c.Results {
					if _, scored := tab.scored[r.TypeName]; scored && !seen[r.TypeName] {
						seen[r.TypeName] = true
						k := sc.kinds[r.TypeName]
						k[0]++
						if ok {
							k[1]++
						}
						sc.kinds[r.TypeName] = k
					}
				}
			}
			if !ok {
				sc.failures = append(sc.failures, fmt.Sprintf("%q: want %v, got %v", c.Input, want, got))
			}
		}
		scores = append(scores, sc)
	}
	if *peerTable {
		fmt.Println(table(scores))
		for _, s := range scores {
			if n := len(s.failures); n > 0 && testing.Verbose() {
				fmt.Printf("\n%s: first failures\n", s.name)
				for _, f := range s.failures[:min(n, peerShow)] {
					fmt.Println("  " + f)
				}
			}
		}
	}
	for _, s := range scores {
		fl, tg := peerFloors[s.name], peerTargets[s.name]
		if fl.withResults < tg.withResults || fl.empty < tg.empty {
			t.Errorf("%s: floors %.1f/%.1f below the targets %.0f/%.0f", s.name, fl.withResults, fl.empty, tg.withResults, tg.empty)
		}
		if s.pct() < fl.withResults || s.emptyPct() < fl.empty {
			t.Errorf("%s: %.1f%% (floor %.1f%%), empty %.1f%% (floor %.1f%%)", s.name, s.pct(), fl.withResults, s.emptyPct(), fl.empty)
		}
	}
}

func table(scores []peerScore) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%-17s %6s %6s %7s   %6s %6s %7s\n", "table", "cases", "passed", "percent", "empty", "passed", "percent")
	for _, s := range scores {
		fmt.Fprintf(&b, "%-17s %6d %6d %6.1f%%   %6d %6d %6.1f%%\n", s.name, s.cases, s.passed, s.pct(), s.emptyCases, s.emptyPass, s.emptyPct())
	}
	b.WriteString("\nper kind (cases holding a result of that kind)\n")
	for _, s := range scores {
		for _, k := range slices.Sorted(maps.Keys(s.kinds)) {
			c := s.kinds[k]
			fmt.Fprintf(&b, "%-17s %-22s %6d %6d %6.1f%%\n", s.name, k, c[0], c[1], pct(c[1], c[0]))
		}
	}
	return b.String()
}

// expect renders a result as "start-end type value".
func expect(r peerResult) string {
	var res struct {
		Value  string `json:"value"`
		Unit   string `json:"unit"`
		ISO    string `json:"isoCurrency"`
		Values []struct {
			Timex string `json:"timex"`
		} `json:"values"`
	}
	_ = json.Unmarshal(r.Resolution, &res)
	v := res.Value
	switch {
	case strings.HasPrefix(r.TypeName, "datetimeV2"):
		if len(res.Values) > 0 {
			v = res.Values[0].Timex
		}
	case r.TypeName == "currency":
		iso := res.ISO
		if iso == "" {
			iso = currencyISO[res.Unit]
		}
		// Cents and pence are hundredths of the dollar and the pound:
		// factlint states amounts in ISO 4217 units ("50 cents" is USD 0.5).
		if sub, ok := map[string]string{"Cent": "USD", "Pence": "GBP", "Penny": "GBP"}[res.Unit]; ok && v != "" {
			if r, ok := new(big.Rat).SetString(v); ok {
				iso, v = sub, ratString(r.Quo(r, big.NewRat(100, 1)))
			}
		}
		if iso == "" {
			iso = "?" + res.Unit
		}
		v = iso + " " + v
	}
	return fmt.Sprintf("%d-%d %s", r.Start, r.End, v)
}

// mentionsOf extracts a case's input and renders the mentions of the
// scored types as expect does, with .NET's UTF-16 offsets, End inclusive.
func mentionsOf(t *testing.T, c peerCase, scored map[string]string, opt Options) []string {
	meta := Meta{}
	if c.Context.ReferenceDateTime != "" {
		if tm, err := time.Parse("2006-01-02T15:04:05", c.Context.ReferenceDateTime); err == nil {
			meta.Date = dateOf(tm)
		}
	}
	d, err := Load("case.txt", []byte(c.Input), meta)
	if err != nil {
		return nil // empty input: nothing extracted
	}
	types := map[string]bool{}
	for _, ty := range scored {
		types[ty] = true
	}
	return peerView(c.Input, Extract(d, opt), types)
}

// peerView renders the readings of claims of the given types as expect
// renders Recognizers-Text's results: "start-end value", with .NET's
// UTF-16 offsets into text, End inclusive; a currency's value is "ISO
// amount".
func peerView(text string, claims []Claim, types map[string]bool) []string {
	var out []string
	for _, c := range claims {
		for _, r := range c.Readings {
			if !types[r.Type.String()] {
				continue
			}
			v := r.Value
			if r.Type == ReadCurrency {
				v = r.Unit + " " + v
			}
			out = append(out, fmt.Sprintf("%d-%d %s", utf16Len(text[:r.Span.Start]), utf16Len(text[:r.Span.End])-1, v))
		}
	}
	return out
}

func utf16Len(s string) int {
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	if !utf8.ValidString(s) {
		return len(s)
	}
	return n
}

func equal(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	a, b = append([]string{}, a...), append([]string{}, b...)
	sort.Strings(a)
	sort.Strings(b)
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
