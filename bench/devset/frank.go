package main

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

// frankItem is one model-written summary of FRANK validation.jsonl with its
// human labels (1.0: no error of that type).
type frankItem struct {
	Hash    string             `json:"hash"`
	Dataset string             `json:"dataset"`
	Model   string             `json:"model"`
	Date    string             `json:"date"`
	Article string             `json:"article"`
	Summary string             `json:"summary"`
	Labels  map[string]float64 `json:"labels"`
}

func (it *frankItem) factual() bool { return it.Labels["Factuality"] == 1 }

// circE tells whether people marked a wrong time or place.
func (it *frankItem) circE() bool {
	v, ok := it.Labels["CircE"]
	return ok && v < 1
}

var isoDate = regexp.MustCompile(`^\d{4}-\d{2}-\d{2}$`)

func readFrank(name string) ([]*frankItem, error) {
	f, err := os.Open(name)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	var out []*frankItem
	for n := 1; sc.Scan(); n++ {
		it := new(frankItem)
		if err := json.Unmarshal(sc.Bytes(), it); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, n, err)
		}
		if _, ok := it.Labels["Factuality"]; !ok || it.Summary == "" || it.Article == "" {
			return nil, fmt.Errorf("%s:%d: no summary, article or Factuality label", name, n)
		}
		if it.Date != "" && !isoDate.MatchString(it.Date) {
			return nil, fmt.Errorf("%s:%d: date %q is not YYYY-MM-DD", name, n, it.Date)
		}
		out = append(out, it)
	}
	return out, sc.Err()
}

// frankOutcome is factlint's report on one summary checked as a draft
// against its article.
type frankOutcome struct {
	it    *frankItem
	top   int // level of the highest conflict: 0 none, 1 info, 2 warning, 3 error
	lines []string
}

// measureFrank checks every summary as a draft against its article, in
// draft mode (summary.txt --against article.txt, --date the item's date).
func measureFrank(ctx context.Context, fl *factlint, items []*frankItem, work string, jobs int) ([]frankOutcome, error) {
	out := make([]frankOutcome, len(items))
	err := inParallel(len(items), jobs, func(w int) string { return filepath.Join(work, fmt.Sprintf("frank%d", w)) },
		func(i int, dir string) (err error) {
			out[i], err = checkSummary(ctx, fl, items[i], dir)
			return err
		})
	return out, err
}

func checkSummary(ctx context.Context, fl *factlint, it *frankItem, dir string) (frankOutcome, error) {
	o := frankOutcome{it: it}
	if err := os.WriteFile(filepath.Join(dir, "summary.txt"), []byte(it.Summary), 0o644); err != nil {
		return o, err
	}
	if err := os.WriteFile(filepath.Join(dir, "article.txt"), []byte(it.Article), 0o644); err != nil {
		return o, err
	}
	extra := []string{"--against", "article.txt"}
	if it.Date != "" {
		extra = append(extra, "--date", it.Date)
	}
	r, err := fl.check(ctx, dir, extra, "summary.txt")
	if err != nil {
		return o, fmt.Errorf("summary %s %s: %w", it.Hash, it.Model, err)
	}
	for _, c := range r.Conflicts {
		o.top = max(o.top, level(c.Severity))
		o.lines = append(o.lines, describe(c))
	}
	return o, nil
}

// frankResult sums the outcomes at one level of flagging.
type frankResult struct {
	summaries, factual, circE int
	flagged                   [4]int // flagged[l]: summaries with a conflict at level l or above
	falseAlarm                [4]int // ... of which people judged fully factual
	circEFlagged              [4]int // CircE < 1 summaries flagged
}

func sumFrank(os []frankOutcome) frankResult {
	var r frankResult
	for _, o := range os {
		r.summaries++
		if o.it.factual() {
			r.factual++
		}
		if o.it.circE() {
			r.circE++
		}
		for l := 1; l <= 3; l++ {
			if o.top < l {
				continue
			}
			r.flagged[l]++
			if o.it.factual() {
				r.falseAlarm[l]++
			}
			if o.it.circE() {
				r.circEFlagged[l]++
			}
		}
	}
	return r
}
