package events

import (
	"maps"
	"slices"
	"strings"

	"github.com/factlint/factlint/facts/gazetteer"
)

// Canonical maps each name of a set of documents to the one name the
// documents use for that participant: a surname alone ("Stoltenberg",
// from "Mr. Stoltenberg") to the one full name with that surname ("Jens
// Stoltenberg"), and variant spellings of a first name with one surname
// ("Volodimir Zelensky", "Volodymyr Zelensky") to the most used. A
// surname that two full names share stays as it is: it matches only
// itself.
func Canonical(names map[string]int) map[string]string {
	out := map[string]string{}
	bySurname := map[string][]string{}
	for _, n := range slices.Sorted(maps.Keys(names)) {
		if w := strings.Fields(n); len(w) >= 2 {
			s := fold(w[len(w)-1])
			bySurname[s] = append(bySurname[s], n)
		}
	}
	surnames := mergeSpellings(bySurname)
	for s, full := range bySurname {
		groups := groupVariants(full, names)
		if g := dominant(groups, names); g != nil {
			for _, v := range surnames[s] {
				out[v] = g[0]
			}
		}
		for _, g := range groups {
			for _, n := range g {
				out[fold(n)] = g[0]
			}
		}
	}
	res := map[string]string{}
	for n := range names {
		if c, ok := out[fold(n)]; ok {
			res[n] = c
		} else {
			res[n] = n
		}
	}
	return res
}

// fold is a name as names are compared: lower case, no diacritics
// ("Peña" is "Pena"), as the gazetteer folds place names.
func fold(s string) string { return gazetteer.Fold(s) }

// dominant returns the group a surname alone stands for: the only one, or
// one named at least three times as often as any other ("Felt" is Mark
// Felt in a story about him, though his daughter Joan Felt is named
// too); nil when no group stands out.
func dominant(groups [][]string, uses map[string]int) []string {
	if len(groups) == 1 {
		return groups[0]
	}
	total := func(g []string) int {
		n := 0
		for _, x := range g {
			n += uses[x]
		}
		return n
	}
	slices.SortStableFunc(groups, func(a, b []string) int { return total(b) - total(a) })
	if total(groups[0]) >= 3*total(groups[1]) && total(groups[0]) > 0 {
		return groups[0]
	}
	return nil
}

// groupVariants groups full names of one surname whose other words are
// the same or close spellings; each group's first name is its most used
// (then the longest, then the first in order).
func groupVariants(full []string, uses map[string]int) [][]string {
	var groups [][]string
	for _, n := range full {
		placed := false
		for i, g := range groups {
			if sameExceptSpelling(g[0], n) {
				groups[i] = append(g, n)
				placed = true
				break
			}
		}
		if !placed {
			groups = append(groups, []string{n})
		}
	}
	for _, g := range groups {
		slices.SortStableFunc(g, func(a, b string) int {
			if uses[a] != uses[b] {
				return uses[b] - uses[a]
			}
			return len(b) - len(a)
		})
	}
	return groups
}

// sameExceptSpelling reports whether two full names of one surname name
// one person: one's words end the other's ("Mark Felt", "W Mark Felt"),
// or the first words are the same or close spellings of five letters or
// more, middle names aside ("Volodymyr Zelensky", "Volodimir Zelensky";
// "Bettie Page", "Betty Mae Page"). "John Smith" and "Jane Smith" are
// two people.
func sameExceptSpelling(a, b string) bool {
	wa, wb := strings.Fields(fold(a)), strings.Fields(fold(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if slices.Equal(wa, wb[len(wb)-len(wa):]) {
		return true
	}
	if len(wa) < 2 {
		return false
	}
	if sa, sb := wa[len(wa)-1], wb[len(wb)-1]; sa != sb {
		// "Duncan Rait", "Duncan Raite": one first name, a surname
		// spelled with a letter more or less or changed
		return wa[0] == wb[0] && closeSurnames(sa, sb)
	}
	return wa[0] == wb[0] || len(wa[0]) >= 5 && len(wb[0]) >= 5 && editDistance(wa[0], wb[0]) <= 2 ||
		shortFor(wa[0], wb[0]) || shortFor(wb[0], wa[0])
}

// shortFor reports whether first name a is a short form that begins
// the first name b: "Fred" of "Frederick", "Alex" of "Alexander", "Ed"
// not (two letters say too little). Names of one surname that differ
// so are one person: "Fred LaRue" and "Frederick Cheney LaRue".
func shortFor(a, b string) bool {
	return len(a) >= 3 && len(b) > len(a) && strings.HasPrefix(b, a)
}

func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur := make([]int, len(rb)+1)
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(rb)]
}

// closeSurnames reports whether two surnames of four letters or more
// differ by one letter added, dropped or changed: "Rait", "Raite".
func closeSurnames(a, b string) bool {
	return len(a) >= 4 && len(b) >= 4 && editDistance(a, b) == 1
}

// mergeSpellings joins, in bySurname, the full names of surnames spelled
// two ways ("Rait", "Raite") where a full name of each has one first name
// ("Duncan Rait", "Duncan Raite"): the documents name one person. It
// returns, for each surname left, the spellings it stands for (itself
// among them). Surnames are paired through their one-letter deletions,
// not all against all.
func mergeSpellings(bySurname map[string][]string) map[string][]string {
	keys := slices.Sorted(maps.Keys(bySurname))
	byDeletion := map[string][]string{}
	for _, s := range keys {
		if len(s) < 4 {
			continue
		}
		// two spellings a letter apart share the one or its deletion
		byDeletion[s] = append(byDeletion[s], s)
		for i := range len(s) {
			if i > 0 && s[i] == s[i-1] {
				continue // the same deletion as the letter before
			}
			d := s[:i] + s[i+1:]
			byDeletion[d] = append(byDeletion[d], s)
		}
	}
	root := map[string]string{}
	find := func(s string) string {
		for root[s] != "" && root[s] != s {
			s = root[s]
		}
		return s
	}
	for _, d := range slices.Sorted(maps.Keys(byDeletion)) {
		ss := byDeletion[d]
		for i := 1; i < len(ss); i++ {
			a, b := find(ss[0]), find(ss[i])
			if a != b && ss[0] != ss[i] && closeSurnames(ss[0], ss[i]) && shareFirstName(bySurname[ss[0]], bySurname[ss[i]]) {
				root[b] = a
			}
		}
	}
	out := map[string][]string{}
	for _, s := range keys {
		r := find(s)
		if r != s {
			bySurname[r] = append(bySurname[r], bySurname[s]...)
			delete(bySurname, s)
		}
		out[r] = append(out[r], s)
	}
	return out
}

// shareFirstName reports whether a full name of one list and one of the
// other have one first word.
func shareFirstName(a, b []string) bool {
	for _, x := range a {
		for _, y := range b {
			if strings.Fields(fold(x))[0] == strings.Fields(fold(y))[0] {
				return true
			}
		}
	}
	return false
}
