package facts

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAges lists the age claims of real sentences (from ECB+ articles
// 1_2ecb, 32_6ecb, 3_1ecb, 18_7ecbplus, 27_10ecbplus and 8_6ecbplus, CC BY
// 3.0) and of made-up ones that must give none.
func TestAges(t *testing.T) {
	opt := testOptions(t)
	tests := []struct {
		name string
		text string
		want []string
	}{
		{"a surname alone before an age opens its sentence",
			"Reid, 33, earned a reputation as a drunken partier.",
			[]string{"age person[Reid].age=33 years «33»"}},
		{"a first name alone after a comma; a full name (\"Mendes\" no place after \"Robyn\")",
			"The victims have been identified as Gomes' mother, Katherine, 61, and his former girlfriend, Robyn Mendes, 48.",
			[]string{"age person[Katherine].age=61 years «61»", "age person[Robyn Mendes].age=48 years «48»"}},
		{"two surnames joined by and",
			"Riva, 47, of Sterling Heights and Steinberg, 48, of Macomb County's Bruce Township, were being treated at Beaumont Hospital.",
			[]string{"age person[Riva].age=47 years «47»", "age person[Steinberg].age=48 years «48»"}},
		{"a year-old descriptor",
			"The 33-year-old Reid described herself to People a few months ago as a social drinker.",
			[]string{"age =33 years «33-year-old»"}},
		{"a list of numbers is no age",
			"The Fix It tool can be used for IE6, 7, 8, 9, 10, and 11 on Windows XP, Vista, 7, 8, and 8.1.",
			nil},
		{"a number split at its thousands is no age",
			"In Heraklion, 10, 000 people are reported as marching against the measures.",
			nil},
		{"a surname alone that does not open its clause",
			"Police spoke to Reid, 33, on Monday.",
			nil},
		{"a surname alone with no comma after the number",
			"In March, 33 died. Reid, 33.",
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Load("t.txt", []byte(tt.text), Meta{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, c := range Extract(d, opt) {
				if c.Kind == KindAge {
					got = append(got, describe(c))
				}
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("ages (-want +got):\n%s", diff)
			}
		})
	}
}
