package checker

import (
	"context"
	"strings"
	"testing"
)

// TestSeedQuotes: the seeds quote the Kremlin's "serious danger" line in
// five translations (the Kremlin, its spokesman Peskov, "he" after a
// paragraph naming him). That is one info naming all five sources, and no
// quote check says more than info.
func TestSeedQuotes(t *testing.T) {
	r, err := Check(context.Background(), loadSeeds(t), Options{Rules: mustRules(t)})
	if err != nil {
		t.Fatal(err)
	}
	var danger *Conflict
	for i, c := range r.Conflicts {
		if !strings.HasPrefix(c.Rule, "quote") && c.Rule != RuleMisquote {
			continue
		}
		if c.Severity != Info {
			t.Errorf("%s is %s, want info", c.Message, c.Severity)
		}
		if strings.Contains(c.Explanation, "danger") {
			danger = &r.Conflicts[i]
		}
	}
	if danger == nil {
		t.Fatal("no quote-drift info for the \"serious danger\" line")
	}
	sources := map[string]bool{}
	for _, side := range danger.Sides {
		for _, g := range side {
			for _, c := range g.Claims {
				sources[c.Span.Doc.Name] = true
				if !strings.Contains(c.Text(), "danger") && !strings.Contains(c.Text(), "threat") {
					t.Errorf("%q is not the danger line", c.Text())
				}
			}
		}
	}
	if len(sources) != 5 || danger.Key != "quote.kremlin" {
		t.Errorf("%s names %d sources, want 5 under quote.kremlin", danger.Key, len(sources))
	}
}

func TestWordDiff(t *testing.T) {
	for _, c := range []struct{ a, b, want string }{
		{"NATO stands with you today", "NATO stands with Ukraine today", "NATO stands with [-you-] {+Ukraine+} today"},
		{"Otherwise, it will pose a serious danger", "Otherwise it would pose a serious, substantial threat",
			"Otherwise it [-will-] {+would+} pose a serious, [-danger-] {+substantial threat+}"},
		{"the same words", "the same words", "the same words"},
	} {
		if got := wordDiff(c.a, c.b); got != c.want {
			t.Errorf("wordDiff(%q, %q) = %q, want %q", c.a, c.b, got, c.want)
		}
	}
}

func TestSameWording(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"police locked down the neighborhood", "police locked down the neighbourhood", true},
		{"he probably realised he was", "he probably realized he was", true},
		{"we stand by you", "we stand with you", false},
		{"inflation rose", "deflation rose", false},
	} {
		if got := sameWording(strings.Fields(c.a), strings.Fields(c.b)); got != c.want {
			t.Errorf("sameWording(%q, %q) = %v", c.a, c.b, got)
		}
	}
}

// BenchmarkQuotesSeeds is the cost of the quote checks on the seeds, to
// compare with BenchmarkCheckSeeds (the whole check, quotes included).
func BenchmarkQuotesSeeds(b *testing.B) {
	docs := loadSeeds(b)
	set := mustRules(b)
	var n int64
	for _, d := range docs {
		n += int64(len(d.Text))
	}
	b.SetBytes(n)
	for b.Loop() {
		Quotes(Options{Rules: set}, docs)
	}
}
