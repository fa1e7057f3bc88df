package main

// alignResult measures factlint's keys against gold coreference.
type alignResult struct {
	// Pairs of keyed date/place claims in different articles of a cluster
	// with the same key: the pairs factlint compares.
	pairs        int
	pairsInGold  int // ... both of whose claims overlap a gold date/place mention
	pairsCorefer int // ... of which gold says corefer (one instance)
	// Pairs of coreferent gold date/place mentions in different articles.
	goldPairs      int
	goldRecognized int // ... both overlapping a date/place claim
	goldCompared   int // ... of which a claim of each has the same key
}

func isDatePlaceClaim(c claim) bool { return c.Kind == "date" || c.Kind == "place" }

// align counts the pairs of one cluster.
func align(g *gold, coref map[*mention][]*mention, res clusterResult, a *alignResult) {
	var claims []claim
	for _, c := range res.claims {
		if isDatePlaceClaim(c) {
			claims = append(claims, c)
		}
	}
	// The gold date/place mentions each claim overlaps, and back.
	instOf := make([]map[string]bool, len(claims))
	inGold := make([]bool, len(claims))
	claimsOf := map[*mention][]int{}
	for i, c := range claims {
		instOf[i] = map[string]bool{}
		for _, m := range g.byFile[c.File] {
			if isTimePlace(m.Kind) && m.span().overlaps(c.span()) {
				inGold[i] = true
				claimsOf[m] = append(claimsOf[m], i)
				if m.instance() != "" {
					instOf[i][m.instance()] = true
				}
			}
		}
	}
	byKey := map[string][]int{}
	for i, c := range claims {
		if c.Key != "" {
			byKey[c.Key] = append(byKey[c.Key], i)
		}
	}
	for _, is := range byKey {
		for x, i := range is {
			for _, j := range is[x+1:] {
				if claims[i].File == claims[j].File {
					continue
				}
				a.pairs++
				if inGold[i] && inGold[j] {
					a.pairsInGold++
					if shareKey(instOf[i], instOf[j]) {
						a.pairsCorefer++
					}
				}
			}
		}
	}
	for _, f := range g.files[res.name] {
		for _, m := range g.byFile[f] {
			for _, n := range coref[m] {
				if m.File > n.File {
					continue // each unordered pair once
				}
				a.goldPairs++
				if len(claimsOf[m]) == 0 || len(claimsOf[n]) == 0 {
					continue
				}
				a.goldRecognized++
				if compared(claims, claimsOf[m], claimsOf[n]) {
					a.goldCompared++
				}
			}
		}
	}
}

func shareKey(a, b map[string]bool) bool {
	for k := range a {
		if b[k] {
			return true
		}
	}
	return false
}

// compared tells whether a claim of xs and one of ys have the same key.
func compared(claims []claim, xs, ys []int) bool {
	for _, i := range xs {
		for _, j := range ys {
			if claims[i].Key != "" && claims[i].Key == claims[j].Key {
				return true
			}
		}
	}
	return false
}
