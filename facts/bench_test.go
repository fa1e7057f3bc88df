package facts

import (
	"bytes"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
)

// seedCorpus is the five seed articles, n times over.
func seedCorpus(b testing.TB, n int) []byte {
	var buf bytes.Buffer
	for i := 0; i < n; i++ {
		for _, name := range seedNames {
			t, err := readTestdata("stoltenberg/" + name)
			if err != nil {
				b.Fatal(err)
			}
			buf.Write(t)
			buf.WriteString("\n\n")
		}
	}
	return buf.Bytes()
}

// ecbCorpus is every article of the ECB+ dev set (about 1.5 MB), one
// after another, when ../shared/data is there (beside the repository or
// its worktree); nil otherwise, and the sub-benchmark is skipped.
func ecbCorpus() []byte {
	for _, dir := range []string{"../../shared/data/ecbplus-dev", "../../../shared/data/ecbplus-dev"} {
		files, _ := filepath.Glob(filepath.Join(dir, "*", "*.txt"))
		if len(files) == 0 {
			continue
		}
		sort.Strings(files)
		var buf bytes.Buffer
		for _, f := range files {
			if b, err := os.ReadFile(f); err == nil {
				buf.Write(b)
				buf.WriteString("\n\n")
			}
		}
		return buf.Bytes()
	}
	return nil
}

// BenchmarkExtract measures extraction throughput (MB/s) on the seed
// articles, and on text built to defeat it: long runs of capitalized
// words, digits, bound words and sentence stops.
func BenchmarkExtract(b *testing.B) {
	inputs := []struct {
		name string
		data []byte
	}{
		{"seeds", seedCorpus(b, 1)},
		{"seeds-x64", seedCorpus(b, 64)},
		{"capitals", []byte(strings.Repeat("New York Saint Petersburg Rio De ", 20000))},
		{"numbers", []byte(strings.Repeat("more than 1,000 about 2 nearly 3 million twenty-five ", 10000))},
		{"stops", []byte(strings.Repeat("Mr. A. B. U.S. St. ", 30000))},
		// a run of number words with no end: was read from every word to
		// its end (12 s for these 60 KB)
		{"number-words", []byte(strings.Repeat("one hundred ", 5000))},
	}
	if ecb := ecbCorpus(); ecb != nil {
		inputs = append(inputs, struct {
			name string
			data []byte
		}{"ecbplus-dev", ecb})
	}
	opt := testOptions(b)
	for _, in := range inputs {
		b.Run(in.name, func(b *testing.B) {
			d, err := Load("bench.txt", in.data, Meta{Date: Date{2023, 4, 20}})
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(int64(len(in.data)))
			b.ReportAllocs()
			cpu := startCPU()
			for b.Loop() {
				Extract(d, opt)
			}
			cpu.report(b, int64(len(in.data)))
		})
	}
}
