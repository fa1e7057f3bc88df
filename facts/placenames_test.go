package facts

import (
	"slices"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestAlignPlaces: the readings of the place names of a story, each
// document extracted alone and then aligned (AlignPlaces), over
// sentences of ECB+ (topics 8, 12, 14, 18, 23; CC BY 3.0, see
// testdata/cases/ECBPLUS-NOTICE).
func TestAlignPlaces(t *testing.T) {
	opt := testOptions(t)
	tests := []struct {
		name string
		docs []string
		want []string // each place claim: its words, its reading
	}{
		{"a county the gazetteer lacks, put in England by the place it qualifies (14ecb)",
			[]string{
				`A fire that ripped through a Waitrose store in Surrey is being treated as "potentially suspicious", police said.`,
				"More than 50 firefighters with 10 fire engines fought the blaze which virtually destroyed the store in Banstead, Surrey.",
			},
			[]string{"Surrey: Surrey, GB (region)", "Banstead: Banstead, GB", "Surrey: Surrey, GB (region)"}},
		{"no qualifier: the Canadian city",
			[]string{`A fire that ripped through a Waitrose store in Surrey is being treated as "potentially suspicious", police said.`},
			[]string{"Surrey: Surrey, CA"}},
		{"one Wellington, where the story's other places are (14ecbplus)",
			[]string{
				"A LARGE fire broke out at the Waitrose supermarket in Wellington town centre this morning (July 21).",
				"FIRE crews from Tiverton and Cullompton were this morning called in to help fight a major blaze at the Waitrose supermarket in Wellington.\n" +
					"Just before 8am crews requested the attendance of an incident support unit from Yeovil for additional drinking water.",
			},
			[]string{"Wellington: Wellington, GB", "Tiverton: Tiverton, GB", "Wellington: Wellington, GB", "Yeovil: Yeovil, GB"}},
		{"one place of another country is not enough (the seeds, 001, with a place changed)",
			[]string{
				"Zelensky was speaking during a visit to Lima by NATO Secretary General Jens Stoltenberg.\n" +
					"The United States has given more aid than any other country.",
			},
			[]string{"Lima: Lima, PE", "United States: United States"}},
		{"the most populous place of the name, where its country is named too (18ecb)",
			[]string{
				"Police allege Eric Allen Kirkpatrick, 61, opened fire at a Vancouver office Christmas party Friday, killing one man.",
				"State police say a bomb exploded at an Oregon bank after it was evacuated and at least one bomb technician was injured.",
				"Kirkpatrick is a Canadian citizen.",
				"The shooting shocked Canada.",
			},
			[]string{"Vancouver: Vancouver, CA", "Oregon: Oregon, US", "Canada: Canada"}},
		{"a city in the country after it (23ecbplus)",
			[]string{"Duncan Robert Rait, a New Zealand native living in Melbourne, Australia, was with a group of ski mountaineers."},
			[]string{"New Zealand: New Zealand", "Melbourne: Melbourne, AU", "Australia: Australia"}},
		{"a state read as a smaller town of its name (8ecb)",
			[]string{"A bomb exploded Friday at a West Coast Bank branch in Woodburn, Oregon, killing a Woodburn police officer."},
			[]string{"Woodburn: Woodburn, US", "Oregon: Oregon, US (region)", "Woodburn: Woodburn, US"}},
		{"no qualifier: a place before a hyphen modifies what follows (12ecb)",
			[]string{"The ship is due in Oman's port of Salalah after three days in Dubai, Hamburg-based cruise operator Hapag-Lloyd said Saturday."},
			[]string{"Oman: Oman", "Salalah: Şalālah, OM", "Dubai: Dubai, AE", "Hamburg: Hamburg, DE"}},
		{"a part of a larger city of its country, and that city of another, nested (19ecbplus)",
			[]string{
				"A candle light vigil turned violent Monday night in East Flatbush, Brooklyn.",
				"Police intervened when more than a hundred people joined in a candlelit vigil in the East Flatbush neighborhood in Brooklyn, New York, where 16 - year - old Kimani Gray was shot 11 times by police on Saturday, according to RussiaToday",
			},
			[]string{"East Flatbush: East Flatbush, Brooklyn, New York City, US", "Brooklyn: Brooklyn, New York City, US",
				"East Flatbush: East Flatbush, Brooklyn, New York City, US", "Brooklyn: Brooklyn, New York City, US", "New York: New York City, US"}},
		{"no part: the qualifier is the smaller of the two (a state read as a town, above) or alone",
			[]string{"A candle light vigil turned violent Monday night in Brooklyn."},
			[]string{"Brooklyn: Brooklyn, US"}},
		{"no qualifier: a list",
			[]string{"Talks were held in Paris, London and Berlin."},
			[]string{"Paris: Paris, FR", "London: London, GB", "Berlin: Berlin, DE"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var docs []*Document
			var claims [][]Claim
			for i, text := range tt.docs {
				d, err := Load(string(rune('a'+i))+".txt", []byte(text), Meta{})
				if err != nil {
					t.Fatal(err)
				}
				docs = append(docs, d)
				claims = append(claims, Extract(d, opt))
			}
			AlignPlaces(docs, claims...)
			var got []string
			for _, c := range slices.Concat(claims...) {
				p, ok := c.Value.(Place)
				if !ok {
					continue
				}
				s := c.Text() + ": " + p.String()
				if p.Region {
					s += " (region)"
				}
				got = append(got, s)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("readings (-want +got):\n%s", diff)
			}
		})
	}
}
