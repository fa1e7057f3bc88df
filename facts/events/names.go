package events

import (
	"maps"
	"slices"
	"strings"
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
			s := strings.ToLower(w[len(w)-1])
			bySurname[s] = append(bySurname[s], n)
		}
	}
	for s, full := range bySurname {
		groups := groupVariants(full, names)
		if len(groups) == 1 {
			out[fold(s)] = groups[0][0]
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

func fold(s string) string { return strings.ToLower(s) }

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
// one person: same first word up to two edits ("Volodymyr",
// "Volodimir"), or one's words a suffix of the other's ("Joe Biden",
// "Joseph R Biden" do not; "Jens Stoltenberg", "Stoltenberg" do).
func sameExceptSpelling(a, b string) bool {
	wa, wb := strings.Fields(strings.ToLower(a)), strings.Fields(strings.ToLower(b))
	if len(wa) > len(wb) {
		wa, wb = wb, wa
	}
	if slices.Equal(wa, wb[len(wb)-len(wa):]) {
		return true
	}
	return len(wa) == len(wb) && len(wa) == 2 && editDistance(wa[0], wb[0]) <= 2 && len(wa[0]) >= 4
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
