package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math/big"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

// TestPeerCLI runs `factlint extract --format json` on a sample of every
// Recognizers-Text table that facts' TestPeer scores and checks that the
// readings the command prints are exactly those of facts.Extract with the
// command's options, the path TestPeer scores: the harness's figures are
// the product's. It also scores the sample against the tables.
func TestPeerCLI(t *testing.T) {
	tables := []struct {
		file  string
		types []string // reading types the table scores
		floor float64  // percent of the sample's cases with results
	}{
		// floors: the sample's pass rates when this test was written
		// (96.0, 75.0 of only 8, 100, 84.2, 87.0), rounded down
		{"Number_English_NumberModel.json", []string{"number"}, 95},
		{"Number_English_NumberRangeModel.json", []string{"numberrange"}, 75},
		{"Number_English_OrdinalModel.json", []string{"ordinal"}, 100},
		{"NumberWithUnit_English_CurrencyModel.json", []string{"currency"}, 84},
		{"DateTime_English_DateTimeModel.json", []string{"date"}, 86},
	}
	set, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	opt, err := checker.ExtractOptions(set, nil)
	if err != nil {
		t.Fatal(err)
	}
	const every = 9 // the sample: every 9th case the reference supports
	for _, tab := range tables {
		t.Run(strings.TrimSuffix(tab.file, ".json"), func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join("..", "..", "testdata", "peer", "recognizers-text", tab.file))
			if err != nil {
				t.Fatal(err)
			}
			var cases []struct {
				Input        string
				Context      struct{ ReferenceDateTime string }
				NotSupported string
				Results      []struct {
					Start, End int
					TypeName   string
					Resolution json.RawMessage
				}
			}
			if err := json.Unmarshal(bytes.TrimPrefix(b, []byte("\xef\xbb\xbf")), &cases); err != nil {
				t.Fatal(err)
			}
			n, tried, passed := 0, 0, 0
			for _, c := range cases {
				if strings.Contains(strings.ToLower(c.NotSupported), "dotnet") || strings.TrimSpace(c.Input) == "" {
					continue
				}
				if n++; n%every != 0 {
					continue
				}
				date := ""
				if len(c.Context.ReferenceDateTime) >= 10 {
					date = c.Context.ReferenceDateTime[:10]
				}
				cli := cliReadings(t, c.Input, date, tab.types)
				lib := libReadings(t, c.Input, date, tab.types, opt)
				if !slices.Equal(cli, lib) {
					t.Errorf("%q: the command prints %v, facts.Extract reads %v", c.Input, cli, lib)
				}
				var want []string
				for _, r := range c.Results {
					if typ := peerType(r.TypeName); slices.Contains(tab.types, typ) {
						want = append(want, fmt.Sprintf("%d-%d %s", r.Start, r.End, peerValue(r.TypeName, r.Resolution)))
					}
				}
				if len(want) == 0 {
					continue
				}
				tried++
				slices.Sort(want)
				if slices.Equal(want, cli) {
					passed++
				} else if testing.Verbose() {
					t.Logf("%q: want %v, got %v", c.Input, want, cli)
				}
			}
			if tried == 0 {
				t.Fatal("no case sampled")
			}
			pct := 100 * float64(passed) / float64(tried)
			t.Logf("%s: %d of %d sampled cases pass through the command (%.1f%%)", tab.file, passed, tried, pct)
			if pct < tab.floor {
				t.Errorf("%.1f%% of the sample passes through the command, floor %.0f%%", pct, tab.floor)
			}
		})
	}
}

// cliReadings runs the command on text and renders the readings of the
// given types as "start-end value" with UTF-16 offsets, End inclusive.
func cliReadings(t *testing.T, text, date string, types []string) []string {
	t.Helper()
	dir := t.TempDir()
	name := filepath.Join(dir, "case.txt")
	if err := os.WriteFile(name, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"extract", "--format", "json", name}
	if date != "" {
		args = []string{"extract", "--format", "json", "--date", date, name}
	}
	var stdout, stderr bytes.Buffer
	if code := run(args, strings.NewReader(""), &stdout, &stderr); code != 0 {
		t.Fatalf("%q: exit %d: %s", text, code, stderr.String())
	}
	var out struct {
		Claims []struct {
			Readings []struct {
				Type, Value, Unit string
				Start, End        int
			}
		}
	}
	if err := json.Unmarshal(stdout.Bytes(), &out); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range out.Claims {
		for _, r := range c.Readings {
			if slices.Contains(types, r.Type) {
				got = append(got, render(text, r.Start, r.End, r.Type, r.Value, r.Unit))
			}
		}
	}
	slices.Sort(got)
	return got
}

// libReadings is cliReadings through facts.Extract.
func libReadings(t *testing.T, text, date string, types []string, opt facts.Options) []string {
	t.Helper()
	meta := facts.Meta{}
	if date != "" {
		d, err := facts.ParseDate(date)
		if err != nil {
			t.Fatal(err)
		}
		meta.Date = d
	}
	d, err := facts.Load("case.txt", []byte(text), meta)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range facts.Extract(d, opt) {
		for _, r := range c.Readings {
			if slices.Contains(types, r.Type.String()) {
				got = append(got, render(text, r.Span.Start, r.Span.End, r.Type.String(), r.Value, r.Unit))
			}
		}
	}
	slices.Sort(got)
	return got
}

func render(text string, start, end int, typ, value, unit string) string {
	if typ == "currency" {
		value = unit + " " + value
	}
	return fmt.Sprintf("%d-%d %s", utf16Len(text[:start]), utf16Len(text[:end])-1, value)
}

func utf16Len(s string) int {
	if !utf8.ValidString(s) {
		return len(s)
	}
	n := 0
	for _, r := range s {
		n += len(utf16.Encode([]rune{r}))
	}
	return n
}

// peerType is the reading type that answers a Recognizers-Text result.
func peerType(typeName string) string {
	switch typeName {
	case "ordinal.relative":
		return "ordinal"
	case "datetimeV2.date", "datetimeV2.daterange":
		return "date"
	}
	return typeName
}

// peerValue renders a result's resolution as readings render: the value,
// a date's TIMEX3, a currency's "ISO amount" (cents and pence in dollars
// and pounds).
func peerValue(typeName string, resolution json.RawMessage) string {
	var res struct {
		Value  string `json:"value"`
		Unit   string `json:"unit"`
		ISO    string `json:"isoCurrency"`
		Values []struct {
			Timex string `json:"timex"`
		} `json:"values"`
	}
	_ = json.Unmarshal(resolution, &res)
	switch {
	case strings.HasPrefix(typeName, "datetimeV2"):
		if len(res.Values) > 0 {
			return res.Values[0].Timex
		}
	case typeName == "currency":
		iso := res.ISO
		if iso == "" {
			iso = currencyISO[res.Unit]
		}
		v := res.Value
		// cents and pence are hundredths of the dollar and the pound
		if sub, ok := map[string]string{"Cent": "USD", "Pence": "GBP", "Penny": "GBP"}[res.Unit]; ok && v != "" {
			if r, ok := new(big.Rat).SetString(v); ok {
				iso, v = sub, strings.TrimSuffix(strings.TrimRight(r.Quo(r, big.NewRat(100, 1)).FloatString(6), "0"), ".")
			}
		}
		if iso == "" {
			iso = "?" + res.Unit
		}
		return iso + " " + v
	}
	return res.Value
}

// currencyISO maps Recognizers' unit names to ISO 4217, as facts'
// TestPeer does.
var currencyISO = map[string]string{
	"Dollar": "USD", "United States dollar": "USD", "Euro": "EUR", "Chinese yuan": "CNY",
	"Pound": "GBP", "British pound": "GBP", "Canadian dollar": "CAD", "Japanese yen": "JPY",
	"Franc": "CHF", "Swiss franc": "CHF", "Australian dollar": "AUD", "Turkish lira": "TRY",
	"Rupee": "INR", "Mexican peso": "MXN", "Hong Kong dollar": "HKD", "New Zealand dollar": "NZD",
	"Costa Rican colón": "CRC", "Georgian lari": "GEL", "Lao kip": "LAK", "Sri Lankan rupee": "LKR",
	"Finnish markka": "FIM", "Peseta": "ESP", "Netherlands guilder": "NLG",
}
