package main

import (
	"cmp"
	"context"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"text/tabwriter"

	flreport "github.com/factlint/factlint/checker/report"
)

// ecbResults is what the ECB+ clusters gave.
type ecbResults struct {
	clusters, articles int
	stats              plantStats
	plants             []plantOutcome
	// counts[l]: conflicts at level l on the unmodified clusters.
	counts    [4]int
	conflicts []clusterConflict
	align     alignResult
}

type clusterConflict struct {
	cluster string
	c       conflict
}

func runECB(ctx context.Context, cfg config, fl *factlint, work string) (*ecbResults, error) {
	g, err := readGold(cfg.ecb)
	if err != nil {
		return nil, err
	}
	gz, ins, err := placesAndStandIns()
	if err != nil {
		return nil, err
	}
	ps, st, err := plants(g, gz, ins, cfg.seed, cfg.maxPlant)
	if err != nil {
		return nil, err
	}
	crs, err := measureClusters(ctx, fl, g, ps, work, cfg.jobs)
	if err != nil {
		return nil, err
	}
	res := &ecbResults{clusters: len(g.clusters), articles: g.articles(), stats: st}
	coref := g.coreferent()
	for _, cr := range crs {
		res.plants = append(res.plants, cr.plants...)
		for _, c := range cr.report.Conflicts {
			res.counts[level(c.Severity)]++
			res.conflicts = append(res.conflicts, clusterConflict{cr.name, c})
		}
		align(g, coref, cr, &res.align)
	}
	return res, nil
}

// plantCounts sums the plants of one gold kind ("" for all).
type plantCounts struct {
	n, before          int
	found, withPartner [4]int
}

func (r *ecbResults) plantCounts(kind string) plantCounts {
	var pc plantCounts
	for _, o := range r.plants {
		if kind != "" && o.p.m.Kind != kind {
			continue
		}
		pc.n++
		if o.before[2] {
			pc.before++
		}
		for l := 1; l <= 3; l++ {
			if o.found[l] {
				pc.found[l]++
			}
			if o.withPartner[l] {
				pc.withPartner[l]++
			}
		}
	}
	return pc
}

func pct(n, d int) string {
	if d == 0 {
		return "-"
	}
	return fmt.Sprintf("%.1f%%", 100*float64(n)/float64(d))
}

func frac(n, d int) string { return fmt.Sprintf("%d/%d %s", n, d, pct(n, d)) }

// print writes the figures as compact tables.
func (res *results) print(w io.Writer) error {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	fmt.Fprintf(tw, "factlint at %s\n", cmp.Or(res.commit, "an unknown commit"))
	if r := res.ecb; r != nil {
		r.print(tw)
	}
	if f := res.frank; f != nil {
		fmt.Fprintf(tw, "\nFRANK as drafts: %d summaries, %d fully factual, %d with CircE < 1\n", f.summaries, f.factual, f.circE)
		fmt.Fprintf(tw, "flagged at\tflagged\tfalse alarms (of factual)\tflagged unfactual\tCircE<1 flagged\n")
		for l := 3; l >= 1; l-- {
			fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\n", levelName(l), f.flagged[l],
				frac(f.falseAlarm[l], f.factual), frac(f.flagged[l]-f.falseAlarm[l], f.flagged[l]),
				frac(f.circEFlagged[l], f.circE))
		}
	}
	if res.seeds != nil {
		res.seeds.print(tw)
	}
	if len(res.dumps) > 0 {
		fmt.Fprintf(tw, "\nwritten: %s\n", strings.Join(res.dumps, ", "))
	}
	return tw.Flush()
}

func levelName(l int) string {
	return [...]string{"", "info+", "warning+", "error"}[l]
}

func (r *ecbResults) print(tw io.Writer) {
	st := r.stats
	fmt.Fprintf(tw, "\nECB+ dev: %d clusters, %d articles\n", r.clusters, r.articles)
	fmt.Fprintf(tw, "plants: %d coreferent date/place mentions > %d same event > %d rewritable > %d with an agreeing partner > %d run\n",
		st.coreferent, st.sameEvent, st.form, st.valid, st.sampled)
	fmt.Fprintf(tw, "planted\tplants\tfound at error\tat warning+\terror citing partner\twarning+ citing partner\tcited before\n")
	for _, k := range []struct{ name, kind string }{{"dates", "TIME_DATE"}, {"places", "LOC_GEO"}, {"all", ""}} {
		pc := r.plantCounts(k.kind)
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%d\n", k.name, pc.n, frac(pc.found[3], pc.n), frac(pc.found[2], pc.n),
			frac(pc.withPartner[3], pc.n), frac(pc.withPartner[2], pc.n), pc.before)
	}
	per10 := func(n int) string {
		if r.articles == 0 {
			return "-"
		}
		return fmt.Sprintf("%.2f", 10*float64(n)/float64(r.articles))
	}
	fmt.Fprintf(tw, "unmodified\terrors\twarnings\tinfos\terrors/10 articles\twarnings/10 articles\n")
	fmt.Fprintf(tw, "\t%d\t%d\t%d\t%s\t%s\n", r.counts[3], r.counts[2], r.counts[1], per10(r.counts[3]), per10(r.counts[2]))
	a := r.align
	fmt.Fprintf(tw, "keys\tcompared pairs\tboth in gold\tgold corefer (precision)\tgold pairs\tboth recognized\tcompared (recall)\n")
	fmt.Fprintf(tw, "\t%d\t%d\t%s\t%d\t%d\t%s\n", a.pairs, a.pairsInGold, frac(a.pairsCorefer, a.pairsInGold),
		a.goldPairs, a.goldRecognized, frac(a.goldCompared, a.goldRecognized))
}

// dump writes every conflict of the unmodified clusters, a seeded sample
// of them for reading, and every plant with its outcome.
func (r *ecbResults) dump(dir string, seed uint64, sample int) ([]string, error) {
	all := filepath.Join(dir, "devset-conflicts.txt")
	var b strings.Builder
	for i, cc := range r.conflicts {
		fmt.Fprintf(&b, "#%d %s %s\n\n", i+1, cc.cluster, describe(cc.c))
	}
	if err := os.WriteFile(all, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	idx := rand.New(rand.NewPCG(seed, 0x5a3e)).Perm(len(r.conflicts))
	b.Reset()
	fmt.Fprintf(&b, "%d of %d conflicts of the unmodified clusters, drawn with seed %d: read each as an editor would.\n\n",
		min(sample, len(idx)), len(idx), seed)
	for _, i := range idx[:min(sample, len(idx))] {
		cc := r.conflicts[i]
		fmt.Fprintf(&b, "#%d %s %s\n\n", i+1, cc.cluster, describe(cc.c))
	}
	smp := filepath.Join(dir, "devset-sample.txt")
	if err := os.WriteFile(smp, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	b.Reset()
	b.WriteString(r.byForm())
	for _, o := range r.plants {
		m := o.p.m
		res := "missed"
		for l := 3; l >= 1; l-- {
			if o.found[l] {
				res = "found at " + levelName(l)
				break
			}
		}
		if o.before[1] {
			res += " (cited before at " + levelName(highest(o.before)) + ")"
		} else if o.asConsensus[1] {
			res += " (consensus before at " + levelName(highest(o.asConsensus)) + ")"
		}
		fmt.Fprintf(&b, "%s:%d:%d %s %q -> %q: %s\n", m.File, m.Line, m.Column, m.Kind, safe(m.Text), safe(o.p.newText), res)
		for _, p := range o.p.partners {
			fmt.Fprintf(&b, "    partner %s:%d:%d %q\n", p.File, p.Line, p.Column, safe(p.Text))
		}
		if o.conflict != "" {
			fmt.Fprintf(&b, "    %s\n", safe(o.conflict))
		}
	}
	pl := filepath.Join(dir, "devset-plants.txt")
	if err := os.WriteFile(pl, []byte(b.String()), 0o644); err != nil {
		return nil, err
	}
	return []string{all, smp, pl}, nil
}

// byForm sums the plants by what was changed.
func (r *ecbResults) byForm() string {
	type sum struct{ n, err, warn int }
	sums := map[string]*sum{}
	var forms []string
	for _, o := range r.plants {
		s := sums[o.p.form]
		if s == nil {
			s = &sum{}
			sums[o.p.form] = s
			forms = append(forms, o.p.form)
		}
		s.n++
		if o.found[3] {
			s.err++
		}
		if o.found[2] {
			s.warn++
		}
	}
	slices.Sort(forms)
	var b strings.Builder
	b.WriteString("changed    plants  found at error  at warning+\n")
	for _, f := range forms {
		s := sums[f]
		fmt.Fprintf(&b, "%-10s %6d  %-14s  %s\n", f, s.n, frac(s.err, s.n), frac(s.warn, s.n))
	}
	b.WriteString("\n")
	return b.String()
}

func highest(ls [4]bool) int {
	for l := 3; l >= 1; l-- {
		if ls[l] {
			return l
		}
	}
	return 0
}

// describe renders a conflict for reading: its message, then each claim
// with its side, position, value and sentence.
func describe(c conflict) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s %s: %s\n", c.Severity, safe(c.Key), safe(c.Message))
	for _, e := range c.Evidence {
		fmt.Fprintf(&b, "    %-9s %s:%d:%d %q = %s\n", e.Side, safe(e.File), e.Line, e.Column, safe(e.Text), safe(e.Value))
		if len(e.Extra) > 0 {
			fmt.Fprintf(&b, "        %s\n", safe(strings.Join(e.Extra, " ")))
		}
		fmt.Fprintf(&b, "        %s\n", safe(e.Sentence))
	}
	if c.Explanation != "" {
		fmt.Fprintf(&b, "    = %s\n", safe(c.Explanation))
	}
	return b.String()
}

// safe keeps control characters of articles out of the dumps, shown as
// factlint's own formats show them.
func safe(s string) string { return flreport.Visible(s) }

// dumpFrank writes every flagged summary with its labels and conflicts,
// then the summaries with a wrong time or place (CircE < 1) that nothing
// flagged.
func dumpFrank(name string, outs []frankOutcome) error {
	var b strings.Builder
	head := func(it *frankItem) {
		fmt.Fprintf(&b, "== %s %s %s date=%s Factuality=%.2f CircE=%.2f EntE=%.2f OutE=%.2f\n   summary: %s\n",
			safe(it.Hash), safe(it.Dataset), safe(it.Model), safe(it.Date), it.Labels["Factuality"], it.Labels["CircE"],
			it.Labels["EntE"], it.Labels["OutE"], safe(it.Summary))
	}
	b.WriteString("# Flagged summaries\n\n")
	for _, o := range outs {
		if len(o.lines) == 0 {
			continue
		}
		head(o.it)
		for _, l := range o.lines {
			b.WriteString(l)
		}
		b.WriteString("\n")
	}
	b.WriteString("# Summaries with a wrong time or place (CircE < 1) not flagged\n\n")
	for _, o := range outs {
		if len(o.lines) == 0 && o.it.circE() {
			head(o.it)
			b.WriteString("\n")
		}
	}
	return os.WriteFile(name, []byte(b.String()), 0o644)
}
