// Command placerecall measures the place recognizer against ECB+ gold
// mentions: recall is the share of gold location mentions (LOC_GEO,
// LOC_FAC, LOC_OTHER) that a place claim of `factlint extract` overlaps;
// precision counts the place claims on annotated lines (ECB+ annotates
// only some sentences) that overlap no gold mention of any type. Misses
// and unmatched claims are listed for a reader to classify.
//
//	go build -o /tmp/factlint ./cmd/factlint
//	go run ./bench/placerecall -factlint /tmp/factlint -data ../shared/data/ecbplus-dev -out /tmp/placerecall
package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"sort"
	"strings"
)

type mention struct {
	File, Kind, Text  string
	Line, Column, End int
}

type claim struct {
	Kind, File, Text, Value, Sentence string
	Line, Column                      int
}

var locKinds = []string{"LOC_GEO", "LOC_FAC", "LOC_OTHER"}

func main() {
	bin := flag.String("factlint", "factlint", "the factlint binary measured")
	data := flag.String("data", "../shared/data/ecbplus-dev", "ECB+ folder with gold.jsonl")
	out := flag.String("out", "", "prefix of the .miss and .unmatched listings (none if empty)")
	flag.Parse()
	gold, files, err := readGold(filepath.Join(*data, "gold.jsonl"))
	if err != nil {
		fail(err)
	}
	places, err := extract(*bin, *data, files)
	if err != nil {
		fail(err)
	}
	var miss, unmatched []string
	hit, total := map[string]int{}, map[string]int{}
	claims, onLoc := 0, 0
	for _, f := range files {
		lines := map[int]bool{}
		for _, m := range gold[f] {
			lines[m.Line] = true
			if !isLoc(m.Kind) {
				continue
			}
			total[m.Kind]++
			if anyClaim(places[f], m) {
				hit[m.Kind]++
			} else {
				miss = append(miss, fmt.Sprintf("%s\t%s:%d:%d\t%s", m.Kind, f, m.Line, m.Column, m.Text))
			}
		}
		for _, c := range places[f] {
			if !lines[c.Line] {
				continue
			}
			claims++
			kind := ""
			for _, m := range gold[f] {
				if overlaps(c, m) && (kind == "" || isLoc(m.Kind)) {
					kind = m.Kind
				}
			}
			if isLoc(kind) {
				onLoc++
			} else if kind == "" {
				unmatched = append(unmatched, fmt.Sprintf("%s:%d\t%s\t%s\t%s", f, c.Line, c.Text, c.Value, c.Sentence))
			}
		}
	}
	for _, k := range locKinds {
		fmt.Printf("%-9s recall %d/%d\n", k, hit[k], total[k])
	}
	fmt.Printf("place claims on annotated lines %d: on a gold location %d, on no gold mention %d\n", claims, onLoc, len(unmatched))
	if *out != "" {
		write(*out+".miss", miss)
		write(*out+".unmatched", unmatched)
	}
}

func isLoc(kind string) bool { return strings.HasPrefix(kind, "LOC_") }

func anyClaim(cs []claim, m mention) bool {
	for _, c := range cs {
		if overlaps(c, m) {
			return true
		}
	}
	return false
}

// overlaps compares columns as both sides count them (1-based, the gold
// end exclusive).
func overlaps(c claim, m mention) bool {
	return c.Line == m.Line && c.Column < m.End && m.Column < c.Column+len(c.Text)
}

func readGold(path string) (map[string][]mention, []string, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, nil, err
	}
	defer f.Close()
	gold := map[string][]mention{}
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for n := 1; sc.Scan(); n++ {
		var m mention
		if err := json.Unmarshal(sc.Bytes(), &m); err != nil {
			return nil, nil, fmt.Errorf("%s:%d: %v", path, n, err)
		}
		gold[m.File] = append(gold[m.File], m)
	}
	if err := sc.Err(); err != nil {
		return nil, nil, err
	}
	files := make([]string, 0, len(gold))
	for f := range gold {
		files = append(files, f)
	}
	sort.Strings(files)
	return gold, files, nil
}

// extract runs factlint once over every annotated article and keeps its
// place claims by file, named as gold.jsonl names it.
func extract(bin, data string, files []string) (map[string][]claim, error) {
	args := []string{"extract", "--format", "json"}
	for _, f := range files {
		args = append(args, filepath.Join(data, f))
	}
	raw, err := exec.Command(bin, args...).Output()
	if err != nil {
		return nil, fmt.Errorf("%s extract: %v", bin, err)
	}
	var doc struct{ Claims []claim }
	if err := json.Unmarshal(raw, &doc); err != nil {
		return nil, err
	}
	places := map[string][]claim{}
	for _, c := range doc.Claims {
		if c.Kind != "place" {
			continue
		}
		rel, err := filepath.Rel(data, c.File)
		if err != nil {
			return nil, err
		}
		places[filepath.ToSlash(rel)] = append(places[filepath.ToSlash(rel)], c)
	}
	return places, nil
}

func write(path string, lines []string) {
	if err := os.WriteFile(path, []byte(strings.Join(lines, "\n")+"\n"), 0o644); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "placerecall:", err)
	os.Exit(2)
}
