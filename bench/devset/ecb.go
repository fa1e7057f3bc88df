package main

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
)

// plantOutcome is what factlint made of one plant.
type plantOutcome struct {
	p *plant
	// found[l]: a conflict at level l or above cites the new words, and
	// none at that level cited the old words in the unmodified cluster.
	found [4]bool
	// withPartner[l]: found, by a conflict that also cites a partner.
	withPartner [4]bool
	// before[l]: the unmodified cluster already had a conflict at level l
	// or above citing the old words other than as consensus (then the
	// plant does not count).
	before [4]bool
	// asConsensus[l]: the unmodified cluster cited the old words at level
	// l or above, only as consensus (against another source's dissent):
	// then the plant is found only where the new words are a dissent.
	asConsensus [4]bool
	// conflict is the message of the best conflict citing the new words.
	conflict string
}

// clusterResult is what one cluster gives: its unmodified report, its
// claims, and the outcome of its plants.
type clusterResult struct {
	name   string
	report *report
	claims []claim
	plants []plantOutcome
}

// measureClusters runs factlint on every cluster of g, unmodified and
// with each of its plants, jobs clusters at a time. Each cluster is copied
// into a folder of work named as it is, so that factlint's output names
// files as gold does.
func measureClusters(ctx context.Context, fl *factlint, g *gold, ps []*plant, work string, jobs int) ([]clusterResult, error) {
	byCluster := map[string][]*plant{}
	for _, p := range ps {
		c := cluster(p.m.File)
		byCluster[c] = append(byCluster[c], p)
	}
	out := make([]clusterResult, len(g.clusters))
	err := inParallel(len(g.clusters), jobs, func(w int) string { return filepath.Join(work, fmt.Sprintf("ecb%d", w)) },
		func(i int, dir string) (err error) {
			c := g.clusters[i]
			out[i], err = measureCluster(ctx, fl, g, c, byCluster[c], dir)
			return err
		})
	return out, err
}

// measureCluster checks one cluster in dir: unmodified (report and
// claims), then once per plant with the one article changed.
func measureCluster(ctx context.Context, fl *factlint, g *gold, c string, ps []*plant, dir string) (clusterResult, error) {
	res := clusterResult{name: c}
	texts := map[string]string{}
	if err := os.MkdirAll(filepath.Join(dir, c), 0o755); err != nil {
		return res, err
	}
	defer os.RemoveAll(filepath.Join(dir, c))
	for _, f := range g.files[c] {
		t, err := g.text(f)
		if err != nil {
			return res, err
		}
		texts[f] = t
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(f)), []byte(t), 0o644); err != nil {
			return res, err
		}
	}
	var err error
	if res.report, err = fl.check(ctx, dir, nil, c); err != nil {
		return res, err
	}
	if res.claims, err = fl.extract(ctx, dir, c); err != nil {
		return res, err
	}
	for _, p := range ps {
		name := filepath.Join(dir, filepath.FromSlash(p.m.File))
		if err := os.WriteFile(name, []byte(applyPlant(texts[p.m.File], p)), 0o644); err != nil {
			return res, err
		}
		r, err := fl.check(ctx, dir, nil, c)
		if err != nil {
			return res, err
		}
		if err := os.WriteFile(name, []byte(texts[p.m.File]), 0o644); err != nil {
			return res, err
		}
		res.plants = append(res.plants, judgePlant(p, res.report, r))
	}
	return res, nil
}

// judgePlant compares the report on the changed cluster with the one on
// the unmodified cluster.
func judgePlant(p *plant, before, after *report) plantOutcome {
	o := plantOutcome{p: p}
	consensus := func(side string) bool { return side == "consensus" }
	notConsensus := func(side string) bool { return side != "consensus" }
	dissent := func(side string) bool { return side == "dissent" }
	for l := 1; l <= 3; l++ {
		_, cited := cites(before, p.m.span(), l)
		o.before[l] = citesOn(before, p.m.span(), l, notConsensus)
		o.asConsensus[l] = cited && !o.before[l] && citesOn(before, p.m.span(), l, consensus)
		switch {
		case o.before[l]:
		case o.asConsensus[l]:
			o.found[l] = citesOn(after, p.newSpan(), l, dissent)
		default:
			_, o.found[l] = cites(after, p.newSpan(), l)
		}
		newSide := func(string) bool { return true }
		if o.asConsensus[l] {
			newSide = dissent // found only as the dissent: so must the partner's conflict cite it
		}
		o.withPartner[l] = o.found[l] && citesBoth(after, p.newSpan(), p.partners, l, newSide)
	}
	for l := 3; l >= 1 && o.conflict == ""; l-- {
		if c, ok := cites(after, p.newSpan(), l); ok {
			o.conflict = c.Severity + ": " + c.Message
		}
	}
	return o
}
