package gazetteer

import "testing"

func TestContinentsOf(t *testing.T) {
	tests := []struct {
		country string
		want    string
	}{
		{"IR", "Asia"},
		{"CA", "North America"},
		{"GB", "Europe"},
		{"MN", "Asia"},
		{"PT", "Europe"},
		{"BR", "South America"},
		{"AU", "Oceania"},
		{"NG", "Africa"},
		{"AQ", "Antarctica"},
		{"RU", "Asia/Europe"}, // across the Urals
		{"TR", "Asia/Europe"}, // Thrace
		{"EG", "Africa/Asia"}, // Sinai
		{"XX", ""},
		{"", ""},
		{"gb", ""}, // codes are upper case
	}
	for _, tt := range tests {
		if got := ContinentsOf(tt.country).String(); got != tt.want {
			t.Errorf("ContinentsOf(%q) = %q, want %q", tt.country, got, tt.want)
		}
	}
	shares := []struct {
		a, b string
		want bool
	}{
		{"TR", "SY", true},  // neighbours in Asia
		{"TR", "GR", true},  // across the Bosporus
		{"RU", "FI", true},  // Europe
		{"EG", "IL", true},  // Sinai
		{"IR", "CA", false}, // Qeshm and Toronto
		{"GB", "MN", false}, // Wellington, England and Ulan Bator
		{"EG", "PT", false}, // Alexandria and Lisbon
		{"GB", "XX", false}, // unknown: no continent shared
	}
	for _, tt := range shares {
		if got := ContinentsOf(tt.a).Shares(ContinentsOf(tt.b)); got != tt.want {
			t.Errorf("%s shares a continent with %s = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}

// TestContinentsSorted: ContinentsOf searches the table by halves.
func TestContinentsSorted(t *testing.T) {
	for i := 1; i < len(continents); i++ {
		if continents[i-1].country >= continents[i].country {
			t.Fatalf("continents not sorted at %q, %q", continents[i-1].country, continents[i].country)
		}
	}
	if len(continents) < 240 {
		t.Fatalf("%d countries with continents; want every country", len(continents))
	}
}
