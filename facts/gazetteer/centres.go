package gazetteer

import (
	"math"
	"sort"
)

// CountryCentre returns a country's centre, by its ISO 3166-1 alpha-2
// code: the population-weighted mean of the coordinates of its places
// in GeoNames (degrees north and east), where most of its people live
// rather than the middle of its land. ok is false for a code it does not
// know. The table is Go data searched in place: nothing is read or
// built at start.
func CountryCentre(country string) (lat, lon float64, ok bool) {
	i := sort.Search(len(centres), func(i int) bool { return centres[i].country >= country })
	if i < len(centres) && centres[i].country == country {
		return float64(centres[i].lat), float64(centres[i].lon), true
	}
	return 0, 0, false
}

// earthRadius is the Earth's mean radius in kilometres.
const earthRadius = 6371.0

// Distance returns the great-circle distance in kilometres between two
// points given in degrees (haversine formula, on a sphere of the Earth's
// mean radius).
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	rad := math.Pi / 180
	dLat, dLon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dLat/2)*math.Sin(dLat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dLon/2)*math.Sin(dLon/2)
	return 2 * earthRadius * math.Asin(math.Sqrt(min(1, h)))
}

// CountryDistance returns the distance in kilometres between the
// centres of two countries (CountryCentre); ok is false when either is
// unknown.
func CountryDistance(a, b string) (km float64, ok bool) {
	lat1, lon1, ok1 := CountryCentre(a)
	lat2, lon2, ok2 := CountryCentre(b)
	if !ok1 || !ok2 {
		return 0, false
	}
	return Distance(lat1, lon1, lat2, lon2), true
}
