package events

import "strings"

// Described returns the named person a decade at toks[a:b] dates by
// describing them: the decade of their fame, told in the noun phrase
// or the relative clause beside their name. Three shapes, each keeping
// the decade on the person's own role noun or fame verb:
//
//   - apposition: "Bettie Page, the 1950s pin-up model who ...", also
//     after "one of ...": "Bettie Page, one of the original sex kittens,
//     the 1950s pin-up queen";
//   - a role before the name: "the 1940s Hollywood actress and
//     record-setting swimmer, Esther Williams, died", "Famous 1950s pin
//     up star Betty Page";
//   - a clause closing on the decade: "Esther Williams, who swam to
//     stardom in the 1940s, dies", "Bettie Page, the pin-up model whose
//     photographs titillated Americans in the 1950s, has died".
//
// A decade that modifies another noun of the clause ("helped set the
// stage for the 1960s sexual revolution") or starts a range ("the
// 1940s and '50s") describes no one: "" then, as when no full name (a
// first name and a surname, or a title) stands there.
func Described(toks []Token, a, b int) string {
	if b < len(toks) && rangeWords[toks[b].Lower] {
		return "" // "the 1940s and '50s": more than this decade
	}
	for _, find := range []func([]Token, int, int) Mention{appositionEra, roleBeforeName, clauseEra} {
		if m := find(toks, a, b); m.Name != "" && (m.Person || strings.Contains(m.Name, " ")) {
			return m.Name
		}
	}
	return ""
}

var rangeWords = set("and", "to", "-", "through", "or", "until", "till")

// appositionEra: "NAME, the DECADE role" or "NAME, one of ..., the
// DECADE role".
func appositionEra(toks []Token, a, _ int) Mention {
	if a < 3 || toks[a-1].Lower != "the" || toks[a-2].Text != "," {
		return Mention{}
	}
	comma := a - 2
	if m := nameEndingAt(toks, comma-1); m.Name != "" {
		return m
	}
	// a first apposition "one of ..." before this one
	for k := comma - 1; k >= 2 && k > comma-10; k-- {
		if toks[k].Text == "," {
			if toks[k+1].Lower == "one" && k+2 < comma && toks[k+2].Lower == "of" {
				return nameEndingAt(toks, k-1)
			}
			return Mention{}
		}
	}
	return Mention{}
}

// roleBeforeName: the decade, at most nine words of a role, and the
// name, right after them or after a comma: "the 1940s Hollywood actress
// and record-setting swimmer, Esther Williams,". After a comma the name
// must close its apposition with another comma: a name that goes on
// into its verb starts a clause of its own ("The 1980s recession hit
// Detroit hard, Mayor Dave Bing said"). A decade after a preposition
// ("In the 1990s, John Smith moved") or a possessive ("his 1960s hits")
// dates no role of the name.
func roleBeforeName(toks []Token, a, b int) Mention {
	p := a - 1
	if p >= 0 && toks[p].Lower == "the" {
		p--
	}
	if p >= 0 && (prepositions[toks[p].Lower] || possPronoun[toks[p].Lower] || clauseWords[toks[p].Lower] && toks[p].Lower != "that") {
		return Mention{}
	}
	for k := b; k < len(toks) && k < b+10; k++ {
		t := &toks[k]
		switch {
		case t.Text == ",":
			if k > b && k+1 < len(toks) && nameToken(toks, k+1) && closedApposition(toks, k+1) {
				return nameFrom(toks, k+1)
			}
			return Mention{}
		case k > b && k+1 < len(toks) && nameToken(toks, k) && nameToken(toks, k+1):
			return nameFrom(toks, k)
		case t.Word && !clauseWords[t.Lower], t.Text == "-":
		default:
			return Mention{}
		}
	}
	return Mention{}
}

// clauseWords start a clause or a phrase other than a role's.
var clauseWords = set("who", "which", "that", "was", "is", "were", "are", "has", "had", "have",
	"in", "on", "at", "of", "for", "from", "by", "with", "to", "when", "where", "after", "before",
	"during", "since", "until", "died", "dies", "said", "says", "the", "a", "an")

// closedApposition reports whether the name that starts at toks[k] is
// followed by a comma or ends the sentence.
func closedApposition(toks []Token, k int) bool {
	e := k
	for e+1 < len(toks) && nameToken(toks, e+1) {
		e++
	}
	return e+1 == len(toks) || toks[e+1].Text == ","
}

// nameFrom reads the name that starts at toks[k].
func nameFrom(toks []Token, k int) Mention {
	e := k
	for e+1 < len(toks) && nameToken(toks, e+1) {
		e++
	}
	return nameEndingAt(toks, e)
}

// clauseEra: "NAME, who ... in the DECADE," or "NAME, the ... whose
// ... in the DECADE,": a comma clause right after the name, with no
// other comma, closing on "in/of the DECADE".
func clauseEra(toks []Token, a, b int) Mention {
	if b < len(toks) && toks[b].Text != "," {
		return Mention{}
	}
	if a < 2 || toks[a-1].Lower != "the" || toks[a-2].Lower != "in" && toks[a-2].Lower != "of" && toks[a-2].Lower != "during" {
		return Mention{}
	}
	rel := false
	for k := a - 3; k >= 1; k-- {
		switch toks[k].Lower {
		case "who", "whose":
			rel = true
		case "born", "died", "married", "moved", "emigrated":
			return Mention{} // a dated event of the life, not its era
		case ",":
			if !rel {
				return Mention{}
			}
			return nameEndingAt(toks, k-1)
		}
	}
	return Mention{}
}
