package facts

import "testing"

// CorpusBench runs BenchmarkExtractCorpus's sub-benchmarks with opt. The
// benchmark itself lives in the external test package (product_test.go),
// which may import checker and rules to build the options the command
// line builds; facts may not import them.
func CorpusBench(b *testing.B, opt Options) {
	b.Run("ecbplus", func(b *testing.B) { benchJoined(b, opt, ecbplusArticles(b)) })
	b.Run("ecbplus-docs", func(b *testing.B) { benchDocs(b, opt, ecbplusArticles(b)) })
	b.Run("seeds-x64", func(b *testing.B) { benchJoined(b, opt, seedArticles(b, 64)) })
	b.Run("seeds-x64-docs", func(b *testing.B) { benchDocs(b, opt, seedArticles(b, 64)) })
}
