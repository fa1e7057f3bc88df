package facts

import (
	"fmt"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAgeWords: who an age or a birth date is of, and whether an age may
// be of another time, on sentences from ECB+ articles (1_14ecb, 1_3ecb,
// 7_6ecbplus, 1_10ecb, 21_3ecbplus, 22_2ecbplus; CC BY 3.0) and made-up ones.
func TestAgeWords(t *testing.T) {
	opt := testOptions(t)
	tests := []struct {
		text string
		want []string // per age: "named NAME", "described NAME", "descriptor", "then"; per birth "born NAME"
	}{
		{"Reid, 33, earned a reputation as a drunken partier.", []string{"named Reid"}},
		{"The 33-year-old hard partying actress finally decided to put an end to her drinking days.", []string{"descriptor"}},
		{"The 33-year-old Reid described herself to People a few months ago as a social drinker.", []string{"described Reid"}},
		{"Klitschko, 36, stopped the 40-year-old Thompson with two seconds remaining.", []string{"named Klitschko", "described Thompson"}},
		{`"We appreciate your respect," the 33-year-old actress's rep Jack Ketsoyan told the magazine.`, []string{"nothing"}},
		{"Police arrested the 45-year-old man.", []string{"nothing"}},
		{"At the time, the 32-year-old actress was engaged to Carson Daly.", []string{"then"}},
		{"When Reid, 25, starred in Van Wilder, she was unknown.", []string{"then"}},
		{"Raj Chohan, 59, had just parked her car and was walking alongside other parked vehicles toward a Sikh temple when she was struck.", []string{"named Raj Chohan"}},
		{"Hiller, 43, then shot the three victims.", []string{"then"}},
		{"Tara Reid was born in 1975. Tara Reid was born in March 1975.", []string{"born Tara Reid", "born Tara Reid"}},
		{"Tara Reid, 33, was born on November 8, 1975.", []string{"named Tara Reid", "born Tara Reid"}},
	}
	for _, tt := range tests {
		d, err := Load("t.txt", []byte(tt.text), Meta{})
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, c := range Extract(d, opt) {
			if name, ok := BornOn(c); ok {
				got = append(got, "born "+name)
			}
			if c.Kind != KindAge {
				continue
			}
			name, definite := AgeDescribed(c)
			switch {
			case AgeThen(c):
				got = append(got, "then")
			case AgePerson(c) != "":
				got = append(got, "named "+AgePerson(c))
			case name != "":
				got = append(got, "described "+name)
			case definite:
				got = append(got, "descriptor")
			default:
				got = append(got, "nothing")
			}
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("%s (-want +got):\n%s", tt.text, diff)
		}
	}
}

// TestFirstNames: the first names the text writes before a surname.
func TestFirstNames(t *testing.T) {
	d, err := Load("t.txt", []byte("Venus Williams lost to Serena Williams. When Williams spoke, Mr. Williams's coach Rick Macci (a friend) smiled."), Meta{})
	if err != nil {
		t.Fatal(err)
	}
	got := fmt.Sprint(FirstNames(d)["Williams"])
	if want := "map[Serena:true Venus:true]"; got != want {
		t.Errorf("first names of Williams: %s, want %s", got, want)
	}
}
