package main

import (
	"cmp"
	"math/rand/v2"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/gazetteer"
)

// A plant is one change to one article of a cluster: a date or place
// mention that gold says corefers with a mention of another article, about
// the same event, rewritten to an incompatible value of the same form.
type plant struct {
	m        *mention   // the mention changed
	newText  string     // its new words
	form     string     // what changed: "day", "weekday", "month", "year", "decade"; "city", "country"
	partners []*mention // coreferent mentions of other articles, same event, agreeing with the old words and not the new
}

// newSpan is where the new words lie in the changed article.
func (p *plant) newSpan() span {
	s := p.m.span()
	s.EndCol = s.Col + utf8.RuneCountInString(p.newText)
	return s
}

// plantStats counts the candidates at each step of the selection.
type plantStats struct {
	coreferent int // date/place mentions with a coreferent mention in another article of the cluster
	sameEvent  int // ... attached to the same event as one of them
	form       int // ... whose words the harness can rewrite (an explicit date; a gazetteer place)
	valid      int // ... with a partner that agrees with the old words and not with the new
	sampled    int // ... kept by the cap
}

// plants selects the plants of the clusters of g: every valid one, or a
// sample of max drawn with seed. They come sorted by file and position.
func plants(g *gold, gz *gazetteer.Gazetteer, ins []standIn, seed uint64, max int) ([]*plant, plantStats, error) {
	var st plantStats
	coref := g.coreferent()
	var out []*plant
	for _, c := range g.clusters {
		avoid, err := clusterCountries(g, gz, c)
		if err != nil {
			return nil, st, err
		}
		for _, f := range g.files[c] {
			for _, m := range g.byFile[f] {
				if len(coref[m]) == 0 {
					continue
				}
				st.coreferent++
				if _, _, _, err := g.where(m); err != nil {
					return nil, st, err
				}
				var same []*mention
				for _, p := range coref[m] {
					if g.sameEvent(m, p) {
						same = append(same, p)
					}
				}
				if len(same) == 0 {
					continue
				}
				st.sameEvent++
				p, ok, err := makePlant(g, gz, ins, m, same, avoid)
				if err != nil {
					return nil, st, err
				}
				if !ok {
					continue
				}
				st.form++
				if len(p.partners) > 0 {
					st.valid++
					out = append(out, p)
				}
			}
		}
	}
	if max > 0 && len(out) > max {
		r := rand.New(rand.NewPCG(seed, 0x5eed))
		r.Shuffle(len(out), func(i, j int) { out[i], out[j] = out[j], out[i] })
		out = out[:max]
	}
	slices.SortFunc(out, func(a, b *plant) int {
		return cmp.Or(cmp.Compare(a.m.File, b.m.File), cmp.Compare(a.m.Line, b.m.Line), cmp.Compare(a.m.Column, b.m.Column))
	})
	st.sampled = len(out)
	return out, st, nil
}

// makePlant rewrites a mention and keeps the partners it now contradicts.
// ok is false when the harness cannot rewrite the mention's words.
func makePlant(g *gold, gz *gazetteer.Gazetteer, ins []standIn, m *mention, same []*mention, avoid map[string]bool) (*plant, bool, error) {
	p := &plant{m: m}
	switch m.Kind {
	case "TIME_DATE":
		old := parseDate(m.Text)
		text, nf, ok := mutateDate(m.Text)
		if !ok {
			return nil, false, nil
		}
		p.newText, p.form = text, old.part()
		for _, q := range same {
			pf := parseDate(q.Text)
			if shared, differ := compareDates(old, pf); !shared || differ {
				continue
			}
			if _, differ := compareDates(nf, pf); differ {
				p.partners = append(p.partners, q)
			}
		}
	case "LOC_GEO":
		line, s, e, err := g.where(m)
		if err != nil {
			return nil, false, err
		}
		text, orig, _, ok := mutatePlace(gz, ins, line, s, e, m.span().String(), avoid)
		if !ok {
			return nil, false, nil
		}
		p.newText, p.form = text, "city"
		if orig.IsCountry() {
			p.form = "country"
		}
		for _, q := range same {
			line, s, e, err := g.where(q)
			if err != nil {
				return nil, false, err
			}
			// The stand-in's country is in no mention of the cluster, so a
			// partner naming the original place contradicts the new one.
			if placesAgree(findPlaces(gz, line, s, e), orig) {
				p.partners = append(p.partners, q)
			}
		}
	default:
		return nil, false, nil
	}
	return p, true, nil
}

// clusterCountries are the countries of the places the cluster's
// geographic mentions name: a stand-in must be in none of them.
func clusterCountries(g *gold, gz *gazetteer.Gazetteer, c string) (map[string]bool, error) {
	out := map[string]bool{}
	for _, f := range g.files[c] {
		for _, m := range g.byFile[f] {
			if m.Kind != "LOC_GEO" {
				continue
			}
			line, s, e, err := g.where(m)
			if err != nil {
				return nil, err
			}
			for _, n := range findPlaces(gz, line, s, e) {
				out[n.place.Country] = true
			}
		}
	}
	return out, nil
}

// applyPlant returns the article text with the plant's new words.
func applyPlant(text string, p *plant) string {
	lines := strings.Split(text, "\n")
	r := []rune(lines[p.m.Line-1])
	lines[p.m.Line-1] = string(r[:p.m.Column-1]) + p.newText + string(r[p.m.End-1:])
	return strings.Join(lines, "\n")
}

// cites tells whether a conflict at level at least min has evidence on s.
func cites(r *report, s span, min int) (*conflict, bool) {
	for i := range r.Conflicts {
		c := &r.Conflicts[i]
		if level(c.Severity) < min {
			continue
		}
		for _, e := range c.Evidence {
			if e.span().overlaps(s) {
				return c, true
			}
		}
	}
	return nil, false
}

// citesOn tells whether a conflict at level at least min has evidence on
// s on a side side accepts ("consensus", "dissent").
func citesOn(r *report, s span, min int, side func(string) bool) bool {
	for _, c := range r.Conflicts {
		if level(c.Severity) < min {
			continue
		}
		for _, e := range c.Evidence {
			if side(e.Side) && e.span().overlaps(s) {
				return true
			}
		}
	}
	return false
}

// citesBoth tells whether one conflict at level at least min has evidence
// on s, on a side side accepts, and on one of the partners.
func citesBoth(r *report, s span, partners []*mention, min int, side func(string) bool) bool {
	for _, c := range r.Conflicts {
		if level(c.Severity) < min {
			continue
		}
		var on, partner bool
		for _, e := range c.Evidence {
			on = on || side(e.Side) && e.span().overlaps(s)
			for _, p := range partners {
				partner = partner || e.span().overlaps(p.span())
			}
		}
		if on && partner {
			return true
		}
	}
	return false
}
