package gazetteer

import (
	"sort"
	"strings"
)

// Continents is a set of continents, a bit each (continentNames).
type Continents uint8

// ContinentsOf returns the continents a country lies on, by its ISO
// 3166-1 alpha-2 code, after countries-list: one for most, two for a
// country across a land border or strait of two (Russia, Turkey, Egypt);
// none for a code it does not know. The table is Go data searched in
// place: nothing is read or built at start.
func ContinentsOf(country string) Continents {
	i := sort.Search(len(continents), func(i int) bool { return continents[i].country >= country })
	if i < len(continents) && continents[i].country == country {
		return continents[i].of
	}
	return 0
}

// Shares reports whether the two sets have a continent in common.
func (c Continents) Shares(d Continents) bool { return c&d != 0 }

// String names the continents, "Asia" or "Asia/Europe"; "" for none.
func (c Continents) String() string {
	var b strings.Builder
	for i, name := range continentNames {
		if c&(1<<i) != 0 {
			if b.Len() > 0 {
				b.WriteByte('/')
			}
			b.WriteString(name)
		}
	}
	return b.String()
}
