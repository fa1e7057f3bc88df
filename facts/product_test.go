package facts_test

import (
	"testing"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

// BenchmarkExtractCorpus measures extraction throughput (MB/s) on real
// news with the options `factlint extract` and `factlint check` use: the
// embedded rules' full event lexicon and generic keying, and the embedded
// gazetteer. Sub-benchmarks: the 772 ECB+ dev articles (about 1.5 MB)
// concatenated into one document ("ecbplus", the figure the speed target
// names) and each a document of its own ("ecbplus-docs", as a check reads
// them, and as chrono-node is timed); and the seed articles x64 as 320
// documents ("seeds-x64-docs") and as one ("seeds-x64"). Run it with -cpu 1 for the single-core
// figure: bench/speed.sh does, and prints it beside chrono-node's.
func BenchmarkExtractCorpus(b *testing.B) {
	set, err := rules.Load()
	if err != nil {
		b.Fatal(err)
	}
	opt, err := checker.ExtractOptions(set, nil)
	if err != nil {
		b.Fatal(err)
	}
	facts.CorpusBench(b, opt)
}
