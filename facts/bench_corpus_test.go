package facts

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
	"time"
)

// ecbplusDir is where BenchmarkExtractCorpus finds the ECB+ dev articles:
// $FACTLINT_DATA/ecbplus-dev, by default ../shared/data beside the
// repository (not part of it; those benchmarks skip without it).
func ecbplusDir() string {
	data := os.Getenv("FACTLINT_DATA")
	if data == "" {
		data = filepath.Join("..", "..", "shared", "data")
	}
	return filepath.Join(data, "ecbplus-dev")
}

// An article is one file of a corpus.
type article struct {
	name string
	text []byte
}

// ecbplusArticles reads every ECB+ dev article (cluster/*.txt), in path
// order, or skips the benchmark when they are absent.
func ecbplusArticles(b *testing.B) []article {
	paths, err := filepath.Glob(filepath.Join(ecbplusDir(), "*", "*.txt"))
	if err != nil {
		b.Fatal(err)
	}
	if len(paths) == 0 {
		b.Skipf("no ECB+ dev articles in %s (set FACTLINT_DATA to the folder holding ecbplus-dev)", ecbplusDir())
	}
	var out []article
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, article{filepath.Base(p), t})
	}
	return out
}

// seedArticles is the five seed articles, n times over.
func seedArticles(b *testing.B, n int) []article {
	var out []article
	for range n {
		for _, name := range seedNames {
			t, err := readTestdata("stoltenberg/" + name)
			if err != nil {
				b.Fatal(err)
			}
			out = append(out, article{name, t})
		}
	}
	return out
}

// BenchmarkExtractCorpusTestLexicon is BenchmarkExtractCorpus with the
// small fixture lexicon of the unit tests (five event words, no generic
// keying): a floor for the recognizer without most of the keying, not the
// product's figure (BenchmarkExtractCorpus, in product_test.go).
func BenchmarkExtractCorpusTestLexicon(b *testing.B) { CorpusBench(b, testOptions(b)) }

// benchJoined extracts the articles as one document, joined by blank lines.
func benchJoined(b *testing.B, opt Options, as []article) {
	var buf bytes.Buffer
	for _, a := range as {
		buf.Write(a.text)
		buf.WriteString("\n\n")
	}
	d, err := Load("corpus.txt", buf.Bytes(), Meta{})
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(buf.Len()))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		Extract(d, opt)
	}
	cpu.report(b, int64(buf.Len()))
}

// benchDocs extracts each article as a document of its own.
func benchDocs(b *testing.B, opt Options, as []article) {
	var docs []*Document
	var n int64
	for _, a := range as {
		d, err := Load(a.name, a.text, Meta{})
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, d)
		n += int64(len(a.text))
	}
	b.SetBytes(n)
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		for _, d := range docs {
			Extract(d, opt)
		}
	}
	cpu.report(b, n)
}

// A cpuClock reads the CPU time the process has used (user and system,
// all threads, so the garbage collector's too). On a machine other
// programs load, wall-clock MB/s says more about them than about
// factlint; "cpu-MB/s" is the throughput per second of CPU.
type cpuClock time.Duration

func startCPU() cpuClock { return cpuClock(cpuTime()) }

// report adds cpu-MB/s, the bytes extracted per second of CPU, for the
// b.N turns since c started.
func (c cpuClock) report(b *testing.B, bytes int64) {
	d := cpuTime() - time.Duration(c)
	if d <= 0 || c == 0 {
		return
	}
	b.ReportMetric(float64(bytes)*float64(b.N)/1e6/d.Seconds(), "cpu-MB/s")
}

// BenchmarkSentences measures the first step of extraction alone, on the
// ECB+ dev articles joined: tokenizing and splitting into sentences
// (Extract's floor: no extractor can run faster than this).
func BenchmarkSentences(b *testing.B) {
	var buf bytes.Buffer
	for _, a := range ecbplusArticles(b) {
		buf.Write(a.text)
		buf.WriteString("\n\n")
	}
	text := buf.Bytes()
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	cpu := startCPU()
	for b.Loop() {
		for range sentences(text, isCaseless(text)) {
		}
	}
	cpu.report(b, int64(len(text)))
}
