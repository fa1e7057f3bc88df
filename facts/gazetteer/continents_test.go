package gazetteer

import (
	"math"
	"testing"
)

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

func TestCountryDistance(t *testing.T) {
	tests := []struct {
		a, b     string
		min, max float64 // km between the centres
	}{
		{"IR", "PK", 1500, 2300}, // neighbours: an Iranian quake felt in Pakistan
		{"TR", "SY", 400, 1000},
		{"EG", "IL", 200, 700},
		{"EG", "SA", 1000, 1800},
		{"US", "MX", 1500, 2400},
		{"GB", "PT", 1200, 2000},
		{"IR", "MN", 4000, 5500}, // the ECB+ harness's plants for an Iranian quake
		{"IR", "VN", 5000, 7000},
		{"EG", "KR", 8000, 9500}, // and for an Egyptian outage
		{"EG", "TH", 6500, 8000},
		{"FJ", "NZ", 1500, 2800}, // Fiji lies across the 180th meridian
	}
	for _, tt := range tests {
		km, ok := CountryDistance(tt.a, tt.b)
		if !ok || km < tt.min || km > tt.max {
			t.Errorf("CountryDistance(%q, %q) = %.0f, %v; want %.0f..%.0f", tt.a, tt.b, km, ok, tt.min, tt.max)
		}
		if back, _ := CountryDistance(tt.b, tt.a); math.Abs(back-km) > 1e-6 {
			t.Errorf("CountryDistance(%q, %q) = %.0f, but %.0f the other way", tt.b, tt.a, back, km)
		}
	}
	for _, code := range []string{"XX", "", "ir"} {
		if _, _, ok := CountryCentre(code); ok {
			t.Errorf("CountryCentre(%q) found", code)
		}
		if _, ok := CountryDistance("IR", code); ok {
			t.Errorf("CountryDistance(IR, %q) found", code)
		}
	}
}

func TestDistance(t *testing.T) {
	tests := []struct {
		lat1, lon1, lat2, lon2, want float64
	}{
		{0, 0, 0, 0, 0},
		{0, 0, 0, 180, 20015},            // half the equator
		{90, 0, -90, 0, 20015},           // pole to pole
		{51.51, -0.13, 48.86, 2.35, 343}, // London to Paris
		{-17.7, 178, -17.7, -178, 424},   // across the 180th meridian
	}
	for _, tt := range tests {
		if got := Distance(tt.lat1, tt.lon1, tt.lat2, tt.lon2); math.Abs(got-tt.want) > 2 {
			t.Errorf("Distance(%v, %v, %v, %v) = %.0f, want %.0f", tt.lat1, tt.lon1, tt.lat2, tt.lon2, got, tt.want)
		}
	}
}
