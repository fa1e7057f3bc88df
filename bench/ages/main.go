// Command ages measures the age-mismatch check on real articles: it runs
// factlint check on every article of a data set as written (every firing
// there is a false alarm unless the article contradicts itself), then
// once per age claim with that age raised by one year (a planted error:
// it fires when the text gives the same person another age). Each firing
// is printed for a reader to judge.
//
//	go build -o /tmp/factlint ./cmd/factlint
//	go run ./bench/ages -factlint /tmp/factlint -data ../shared/data/ecbplus-dev
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
)

type claims struct {
	Claims []struct {
		Kind     string
		Readings []struct{ Start, End int }
	}
}

func main() {
	bin := flag.String("factlint", "factlint", "the factlint binary measured")
	data := flag.String("data", "../shared/data/ecbplus-dev", "a folder of cluster folders of .txt articles")
	flag.Parse()
	files, err := filepath.Glob(filepath.Join(*data, "*", "*.txt"))
	if err != nil || len(files) == 0 {
		fmt.Fprintln(os.Stderr, "ages: no articles under", *data)
		os.Exit(2)
	}
	tmp, err := os.MkdirTemp("", "ages")
	if err != nil {
		fmt.Fprintln(os.Stderr, "ages:", err)
		os.Exit(2)
	}
	defer os.RemoveAll(tmp)
	var asWritten, planted, fired int
	for _, f := range files {
		text, err := os.ReadFile(f)
		if err != nil {
			fmt.Fprintln(os.Stderr, "ages:", err)
			os.Exit(2)
		}
		out, _ := exec.Command(*bin, "extract", "--format", "json", f).Output()
		var cs claims
		if err := json.Unmarshal(out, &cs); err != nil {
			fmt.Fprintf(os.Stderr, "ages: %s: %v\n", f, err)
			os.Exit(2)
		}
		asWritten += firings(*bin, tmp, filepath.Base(f), text, "as written")
		for _, c := range cs.Claims {
			if c.Kind != "age" || len(c.Readings) == 0 {
				continue
			}
			r := c.Readings[0]
			n, err := strconv.Atoi(string(text[r.Start:r.End]))
			if err != nil {
				continue // an age in words
			}
			planted++
			edit := append(append(append([]byte{}, text[:r.Start]...), strconv.Itoa(n+1)...), text[r.End:]...)
			if firings(*bin, tmp, filepath.Base(f), edit, fmt.Sprintf("planted %d -> %d", n, n+1)) > 0 {
				fired++
			}
		}
	}
	fmt.Printf("%d articles: %d age-mismatch firings as written; %d ages planted +1, %d fired\n", len(files), asWritten, planted, fired)
}

// firings checks one text and prints its age-mismatch warnings.
func firings(bin, dir, name string, text []byte, what string) int {
	p := filepath.Join(dir, name)
	if err := os.WriteFile(p, text, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "ages:", err)
		os.Exit(2)
	}
	out, _ := exec.Command(bin, "check", p).Output()
	n := 0
	for _, block := range strings.Split(string(out), "\n\n") {
		if strings.Contains(block, "age-mismatch") {
			n++
			fmt.Printf("%s (%s)\n%s\n\n", name, what, strings.TrimSpace(strings.ReplaceAll(block, dir+string(filepath.Separator), "")))
		}
	}
	return n
}
