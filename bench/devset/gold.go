package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"sort"
	"strings"
)

// A mention is one annotated span of ECB+ gold.jsonl: line and columns
// are 1-based, columns count code points, End is exclusive.
type mention struct {
	File     string  `json:"file"` // "1ecb/1_10ecb.txt"
	Kind     string  `json:"kind"` // "TIME_DATE", "LOC_GEO", "ACTION_OCCURRENCE", ...
	Line     int     `json:"line"`
	Column   int     `json:"column"`
	End      int     `json:"end"`
	Text     string  `json:"text"`
	Instance *string `json:"instance"` // cross-document id; nil for a singleton
}

func (m *mention) span() span {
	return span{File: m.File, Line: m.Line, Col: m.Column, EndLine: m.Line, EndCol: m.End}
}

func (m *mention) instance() string {
	if m.Instance == nil {
		return ""
	}
	return *m.Instance
}

// cluster is the folder of a file: "1ecb".
func cluster(file string) string { return path.Dir(file) }

// isTimePlace tells the mentions the harness plants and aligns: dates and
// geographic places.
func isTimePlace(kind string) bool { return kind == "TIME_DATE" || kind == "LOC_GEO" }

// gold is the ECB+ annotation of a data folder.
type gold struct {
	dir      string                // the folder holding the clusters and gold.jsonl
	clusters []string              // cluster folders, sorted
	files    map[string][]string   // cluster -> its article files, sorted
	byFile   map[string][]*mention // file -> its mentions, in gold order
	lines    map[string][]string   // file -> its lines, read on first use
}

// readGold reads dir/gold.jsonl and lists the clusters of dir.
func readGold(dir string) (*gold, error) {
	g := &gold{dir: dir, files: map[string][]string{}, byFile: map[string][]*mention{}, lines: map[string][]string{}}
	name := filepath.Join(dir, "gold.jsonl")
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 64<<10), 1<<20)
	for n := 1; sc.Scan(); n++ {
		m := new(mention)
		if err := json.Unmarshal(sc.Bytes(), m); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if m.File == "" || m.Line < 1 || m.Column < 1 || m.End < m.Column {
			return nil, fmt.Errorf("%s:%d: mention without a file or a valid position", name, n)
		}
		g.byFile[m.File] = append(g.byFile[m.File], m)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return nil, err
	}
	for _, e := range entries {
		if !e.IsDir() {
			continue
		}
		arts, err := filepath.Glob(filepath.Join(dir, e.Name(), "*.txt"))
		if err != nil {
			return nil, err
		}
		for _, a := range arts {
			g.files[e.Name()] = append(g.files[e.Name()], e.Name()+"/"+filepath.Base(a))
		}
		if len(arts) > 0 {
			g.clusters = append(g.clusters, e.Name())
			sort.Strings(g.files[e.Name()])
		}
	}
	return g, nil
}

// articles is the number of articles of all clusters.
func (g *gold) articles() int {
	n := 0
	for _, fs := range g.files {
		n += len(fs)
	}
	return n
}

// events is the set of event instances whose ACTION_* mentions lie on a
// line of a file (in ECB+ texts a line is a sentence).
func (g *gold) events(file string, line int) map[string]bool {
	out := map[string]bool{}
	for _, m := range g.byFile[file] {
		if m.Line == line && m.instance() != "" && strings.HasPrefix(m.Kind, "ACTION_") {
			out[m.instance()] = true
		}
	}
	return out
}

// sameEvent tells whether two mentions attach to one event: an ACTION_*
// mention on a's sentence and one on b's sentence share an instance.
func (g *gold) sameEvent(a, b *mention) bool {
	ea := g.events(a.File, a.Line)
	for e := range g.events(b.File, b.Line) {
		if ea[e] {
			return true
		}
	}
	return false
}

// coreferent returns, for each date or place mention, the mentions of the
// same instance in the other articles of its cluster.
func (g *gold) coreferent() map[*mention][]*mention {
	byInst := map[string][]*mention{} // cluster + instance -> mentions
	for _, c := range g.clusters {
		for _, f := range g.files[c] {
			for _, m := range g.byFile[f] {
				if isTimePlace(m.Kind) && m.instance() != "" {
					k := c + "\x00" + m.instance()
					byInst[k] = append(byInst[k], m)
				}
			}
		}
	}
	out := map[*mention][]*mention{}
	for _, ms := range byInst {
		for _, a := range ms {
			for _, b := range ms {
				if a.File != b.File {
					out[a] = append(out[a], b)
				}
			}
		}
	}
	return out
}

// text reads an article.
func (g *gold) text(file string) (string, error) {
	b, err := os.ReadFile(filepath.Join(g.dir, filepath.FromSlash(file)))
	return string(b), err
}

// where returns the line of a mention and the byte offsets of its words in
// it, checking that gold's words are there.
func (g *gold) where(m *mention) (line string, start, end int, err error) {
	lines, ok := g.lines[m.File]
	if !ok {
		t, err := g.text(m.File)
		if err != nil {
			return "", 0, 0, err
		}
		lines = strings.Split(t, "\n")
		g.lines[m.File] = lines
	}
	bad := fmt.Errorf("%s:%d:%d: gold text %q is not in the article", m.File, m.Line, m.Column, m.Text)
	if m.Line > len(lines) {
		return "", 0, 0, bad
	}
	line = lines[m.Line-1]
	r := []rune(line)
	if m.End-1 > len(r) || string(r[m.Column-1:m.End-1]) != m.Text {
		return "", 0, 0, bad
	}
	start = len(string(r[:m.Column-1]))
	return line, start, start + len(m.Text), nil
}
