package main

import (
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/gazetteer"
)

// The seeds: the five articles on one visit factlint was born from, with
// no gold. A plant is a keyed date or place claim that another seed
// states with the same key and the same value, rewritten as the ECB+
// plants are (mutateDate, mutatePlace); the five articles are checked
// with the one change, and the plant is found when a conflict at the
// level cites the new words and none at that level cited the old ones
// unmodified.

// seedPlant is one change to one seed.
type seedPlant struct {
	file       string // relative to the check's folder: "seeds/000_....txt"
	line, col  int    // where the old words start (1-based, code points)
	old, new   string
	kind, form string // "date" or "place"; what changed ("weekday", "city", ...)
	key        string
}

func (p seedPlant) span(text string) span {
	return span{File: p.file, Line: p.line, Col: p.col, EndLine: p.line, EndCol: p.col + utf8.RuneCountInString(text)}
}

// seedResults is what the seeds gave.
type seedResults struct {
	articles int
	counts   [4]int // conflicts at each level on the unmodified seeds
	plants   []seedPlant
	found    [][4]bool // found[i][l]: plant i found at level l or above
}

// runSeeds plants every change it can in the seeds of cfg.seeds and checks
// each.
func runSeeds(ctx context.Context, cfg config, fl *factlint, work string) (*seedResults, error) {
	dir := filepath.Join(work, "seedcheck")
	texts, err := copySeeds(cfg.seeds, filepath.Join(dir, "seeds"))
	if err != nil {
		return nil, err
	}
	before, err := fl.check(ctx, dir, nil, "seeds")
	if err != nil {
		return nil, err
	}
	claims, err := fl.extract(ctx, dir, "seeds")
	if err != nil {
		return nil, err
	}
	gz, ins, err := placesAndStandIns()
	if err != nil {
		return nil, err
	}
	res := &seedResults{articles: len(texts)}
	for _, c := range before.Conflicts {
		res.counts[level(c.Severity)]++
	}
	res.plants = seedPlants(gz, ins, claims, texts)
	for _, p := range res.plants {
		f, err := checkSeedPlant(ctx, fl, dir, texts, p, before)
		if err != nil {
			return nil, err
		}
		res.found = append(res.found, f)
	}
	return res, nil
}

// copySeeds copies the .txt and .md files of from into to and returns
// their texts by name relative to to's parent ("seeds/000_....txt").
func copySeeds(from, to string) (map[string]string, error) {
	entries, err := os.ReadDir(from)
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(to, 0o755); err != nil {
		return nil, err
	}
	texts := map[string]string{}
	for _, e := range entries {
		if e.IsDir() || !strings.HasSuffix(e.Name(), ".txt") && !strings.HasSuffix(e.Name(), ".md") {
			continue
		}
		b, err := os.ReadFile(filepath.Join(from, e.Name()))
		if err != nil {
			return nil, err
		}
		if err := os.WriteFile(filepath.Join(to, e.Name()), b, 0o644); err != nil {
			return nil, err
		}
		texts["seeds/"+e.Name()] = string(b)
	}
	if len(texts) == 0 {
		return nil, fmt.Errorf("no .txt or .md articles in %s", from)
	}
	return texts, nil
}

// seedPlants lists the changes: each keyed date or place claim whose key
// and value another seed states too, rewritten to an incompatible value.
func seedPlants(gz *gazetteer.Gazetteer, ins []standIn, claims []claim, texts map[string]string) []seedPlant {
	files := map[string]map[string]bool{} // key and value -> the files stating them
	avoid := map[string]bool{}            // the countries the seeds name
	for _, c := range claims {
		if c.Key != "" {
			kv := c.Key + "\x00" + c.Value
			if files[kv] == nil {
				files[kv] = map[string]bool{}
			}
			files[kv][c.File] = true
		}
		if c.Kind == "place" {
			for _, p := range gz.Lookup(c.Text) {
				avoid[p.Country] = true
			}
		}
	}
	var out []seedPlant
	for _, c := range claims {
		if c.Key == "" || c.Kind != "date" && c.Kind != "place" || len(files[c.Key+"\x00"+c.Value]) < 2 {
			continue
		}
		p := seedPlant{file: c.File, line: c.Line, col: c.Column, old: c.Text, kind: c.Kind, key: c.Key}
		var ok bool
		if c.Kind == "date" {
			var f dateForm
			p.new, f, ok = mutateDate(c.Text)
			p.form = f.part()
		} else {
			ok = p.mutatePlace(gz, ins, texts[c.File], avoid)
		}
		if ok && p.new != p.old {
			out = append(out, p)
		}
	}
	return out
}

// mutatePlace rewrites the place as the ECB+ plants do; form is "city"
// or "country".
func (p *seedPlant) mutatePlace(gz *gazetteer.Gazetteer, ins []standIn, text string, avoid map[string]bool) bool {
	lines := strings.Split(text, "\n")
	if p.line > len(lines) {
		return false
	}
	line := lines[p.line-1]
	r := []rune(line)
	if p.col-1+utf8.RuneCountInString(p.old) > len(r) {
		return false
	}
	start := len(string(r[:p.col-1]))
	end := start + len(p.old)
	if line[start:end] != p.old {
		return false
	}
	newText, place, _, ok := mutatePlace(gz, ins, line, start, end, p.file+p.old, avoid)
	if !ok {
		return false
	}
	p.new, p.form = newText, "city"
	if place.IsCountry() {
		p.form = "country"
	}
	return true
}

// checkSeedPlant checks the seeds with one change and says at which levels
// a conflict cites the new words.
func checkSeedPlant(ctx context.Context, fl *factlint, dir string, texts map[string]string, p seedPlant, before *report) ([4]bool, error) {
	var found [4]bool
	name := filepath.Join(dir, filepath.FromSlash(p.file))
	lines := strings.Split(texts[p.file], "\n")
	r := []rune(lines[p.line-1])
	lines[p.line-1] = string(r[:p.col-1]) + p.new + string(r[p.col-1+utf8.RuneCountInString(p.old):])
	if err := os.WriteFile(name, []byte(strings.Join(lines, "\n")), 0o644); err != nil {
		return found, err
	}
	after, err := fl.check(ctx, dir, nil, "seeds")
	if err != nil {
		return found, err
	}
	if err := os.WriteFile(name, []byte(texts[p.file]), 0o644); err != nil {
		return found, err
	}
	for l := 1; l <= 3; l++ {
		if _, was := cites(before, p.span(p.old), l); !was {
			_, found[l] = cites(after, p.span(p.new), l)
		}
	}
	return found, nil
}

// print writes the seeds' table to tw, the report's tab writer.
func (s *seedResults) print(tw io.Writer) {
	fmt.Fprintf(tw, "\nSeeds: %d articles; unmodified: %d errors, %d warnings, %d infos\n", s.articles, s.counts[3], s.counts[2], s.counts[1])
	fmt.Fprintln(tw, "planted\tplants\tfound at error\tat warning+")
	forms := map[string]bool{}
	for _, p := range s.plants {
		forms[p.kind+" "+p.form] = true
	}
	for _, f := range append(slices.Sorted(maps.Keys(forms)), "all") {
		n, e, wr := 0, 0, 0
		for i, p := range s.plants {
			if f != "all" && p.kind+" "+p.form != f {
				continue
			}
			n++
			if s.found[i][3] {
				e++
			}
			if s.found[i][2] {
				wr++
			}
		}
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\n", f, n, frac(e, n), frac(wr, n))
	}
}

// dump writes each plant and what became of it.
func (s *seedResults) dump(dir string) (string, error) {
	var b strings.Builder
	for i, p := range s.plants {
		verdict := "missed"
		switch {
		case s.found[i][3]:
			verdict = "found at error"
		case s.found[i][2]:
			verdict = "found at warning"
		case s.found[i][1]:
			verdict = "found at info"
		}
		fmt.Fprintf(&b, "%s:%d:%d %s %q -> %q (%s): %s\n", p.file, p.line, p.col, p.key, p.old, p.new, p.form, verdict)
	}
	name := filepath.Join(dir, "devset-seeds.txt")
	return name, os.WriteFile(name, []byte(b.String()), 0o644)
}
