package checker

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/factlint/factlint/facts"
)

// BenchmarkCheckScale checks 100, 1,000 and 10,000 articles of one event
// written by bench/gen: the time and bytes per check grow with the number
// of articles, not its square. Peak RSS of the whole command is printed by
// bench/scale.sh.
func BenchmarkCheckScale(b *testing.B) {
	set := mustRules(b)
	for _, n := range []int{100, 1000, 10000} {
		b.Run("articles="+strconv.Itoa(n), func(b *testing.B) {
			docs := generated(b, n)
			var size int64
			for _, d := range docs {
				size += int64(len(d.Text))
			}
			b.SetBytes(size)
			b.ReportAllocs()
			for b.Loop() {
				if _, err := Check(context.Background(), docs, Options{Rules: set}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// generated loads n articles written by bench/gen.
func generated(b *testing.B, n int) []*facts.Document {
	b.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		b.Skip("no go command to run bench/gen")
	}
	dir := b.TempDir()
	cmd := exec.Command(goTool, "run", "../bench/gen", "-n", strconv.Itoa(n), "-out", dir)
	if out, err := cmd.CombinedOutput(); err != nil {
		b.Fatalf("bench/gen: %v\n%s", err, out)
	}
	names, err := filepath.Glob(filepath.Join(dir, "*.txt"))
	if err != nil || len(names) != n {
		b.Fatalf("bench/gen wrote %d files, want %d (%v)", len(names), n, err)
	}
	docs := make([]*facts.Document, 0, n)
	for _, name := range names {
		data, err := os.ReadFile(name)
		if err != nil {
			b.Fatal(err)
		}
		d, err := facts.Load(filepath.Base(name), data, facts.Meta{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
	}
	return docs
}
