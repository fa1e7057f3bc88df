package checker

import (
	"fmt"
	"maps"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/facts/gazetteer"
)

// Rule ids of the quote checks (docs in rules/cue/checks.cue).
const (
	RuleQuoteDrift   = "quote-drift"
	RuleMisquote     = "misquote"
	RuleQuoteSpeaker = "quote-speaker"
)

const (
	minQuoteWords = 4    // shorter quotes are scare quotes and fragments ("historic")
	maxQuoteWords = 150  // longer ones are not compared
	sameQuote     = 0.5  // word overlap at which two quotes are one quote reworded
	closeQuote    = 0.85 // and at which a quote is the same words, for the speaker check
	maxPosting    = 64   // a word pair in more quotes than this finds no candidates
	maxCandidates = 16   // quotes compared with each quote, those sharing most word pairs
)

// quote is one quote with what the checks compare.
type quote struct {
	facts.Quote
	doc   string
	words []string // compared words
	keys  []string // speaker keys: folded surname, and organisation
	draft bool
}

// Quotes compares the quotes of the documents: the same quote of the same
// speaker in different words across sources is quote-drift (info); in
// draft mode, a draft's quote close to a source's quote of its speaker but
// not the same words is a misquote, and one whose words the sources give
// to someone else is quote-speaker. Candidate pairs come from an index of
// word pairs by speaker, so the cost grows with the quotes, not their
// pairs.
func Quotes(opt Options, docs []*facts.Document) []Conflict {
	qs := collectQuotes(docs, opt.Draft)
	if len(opt.Draft) > 0 {
		return draftQuotes(opt, qs)
	}
	return quoteDrift(opt, qs)
}

func collectQuotes(docs []*facts.Document, draft map[string]bool) []*quote {
	var qs []*quote
	surnames := map[string]bool{}
	for _, d := range docs {
		for _, q := range facts.Quotes(d) {
			w := q.Words()
			if len(w) < minQuoteWords || len(w) > maxQuoteWords {
				continue
			}
			x := &quote{Quote: q, doc: d.Name, words: w, draft: draft[d.Name]}
			if k := surname(q.Speaker); k != "" && !q.Post {
				x.keys = append(x.keys, k)
				surnames[k] = true
			}
			if q.Org != "" {
				x.keys = append(x.keys, gazetteer.Fold(q.Org))
			}
			qs = append(qs, x)
		}
	}
	// Whatever the order of the documents, the same order of quotes.
	slices.SortStableFunc(qs, func(a, b *quote) int {
		if c := strings.Compare(a.doc, b.doc); c != 0 {
			return c
		}
		return a.Span.Start - b.Span.Start
	})
	// A post's author is a handle: it is the speaker whose surname it
	// holds ("@jensstoltenberg" is Stoltenberg), if exactly one does.
	for _, q := range qs {
		if !q.Post {
			continue
		}
		h := strings.ToLower(strings.TrimPrefix(q.Speaker, "@"))
		var match []string
		for s := range surnames {
			if len(s) >= 4 && strings.Contains(h, s) {
				match = append(match, s)
			}
		}
		if len(match) == 1 {
			q.keys = match
		}
	}
	return qs
}

// surname is the folded last word of a name: "Dmitri S. Peskov" is
// "peskov", "the Kremlin" "kremlin".
func surname(name string) string {
	f := strings.Fields(name)
	if len(f) == 0 {
		return ""
	}
	return gazetteer.Fold(strings.Trim(f[len(f)-1], ".,"))
}

// candidates lists, for each quote, the quotes that share a speaker key
// (any speaker when anySpeaker) and a pair of words with it.
func candidates(qs []*quote, anySpeaker bool) [][]int {
	post := map[string][]int{}
	keysOf := func(q *quote) []string {
		if anySpeaker {
			return []string{""}
		}
		return q.keys
	}
	for i, q := range qs {
		seen := map[string]bool{}
		for _, k := range keysOf(q) {
			for j := 0; j+1 < len(q.words); j++ {
				b := k + "\x00" + q.words[j] + " " + q.words[j+1]
				if !seen[b] {
					seen[b] = true
					post[b] = append(post[b], i)
				}
			}
		}
	}
	out := make([][]int, len(qs))
	for i, q := range qs {
		shared := map[int]int{}
		for _, k := range keysOf(q) {
			for j := 0; j+1 < len(q.words); j++ {
				p := post[k+"\x00"+q.words[j]+" "+q.words[j+1]]
				if len(p) > maxPosting {
					continue
				}
				for _, o := range p {
					if o != i {
						shared[o]++
					}
				}
			}
		}
		// The quotes sharing the most word pairs, at most maxCandidates.
		cs := slices.Collect(maps.Keys(shared))
		slices.SortFunc(cs, func(a, b int) int {
			if shared[a] != shared[b] {
				return shared[b] - shared[a]
			}
			return a - b
		})
		out[i] = cs[:min(len(cs), maxCandidates)]
		slices.Sort(out[i])
	}
	return out
}

// similarity is the longest common subsequence of words over the longer
// quote's length; within reports whether a's words stand, in order and
// together, inside b's.
func similarity(a, b []string) float64 {
	return float64(lcs(a, b)) / float64(max(len(a), len(b)))
}

func lcs(a, b []string) int {
	prev, cur := make([]int, len(b)+1), make([]int, len(b)+1)
	for i := range a {
		for j := range b {
			if a[i] == b[j] {
				cur[j+1] = prev[j] + 1
			} else {
				cur[j+1] = max(cur[j], prev[j+1])
			}
		}
		prev, cur = cur, prev
	}
	return prev[len(b)]
}

func within(a, b []string) bool {
	if len(a) > len(b) {
		return false
	}
	for i := 0; i+len(a) <= len(b); i++ {
		if sameWording(a, b[i:i+len(a)]) {
			return true
		}
	}
	return false
}

// sameWording reports whether two runs of words are the same up to
// spelling: "realised" and "realized", "neighbourhood" and "neighborhood"
// (words of five letters or more one edit apart).
func sameWording(a, b []string) bool {
	return slices.EqualFunc(a, b, func(x, y string) bool {
		return x == y || len(x) >= 5 && len(y) >= 5 && x[0] == y[0] && oneEdit(x, y)
	})
}

// oneEdit reports whether x becomes y by one insertion, deletion or
// substitution of a byte.
func oneEdit(x, y string) bool {
	if len(x) > len(y) {
		x, y = y, x
	}
	if len(y)-len(x) > 1 {
		return false
	}
	i := 0
	for i < len(x) && x[i] == y[i] {
		i++
	}
	if len(x) == len(y) {
		return x[i+1:] == y[i+1:]
	}
	return x[i:] == y[i+1:]
}

// sameWords reports whether one quote is the other, or a part of it.
func sameWords(a, b []string) bool { return within(a, b) || within(b, a) }

// quoteDrift groups the quotes of one speaker that are one quote reworded
// and reports each group with two or more wordings, neither a part of the
// other, in two or more sources.
func quoteDrift(opt Options, qs []*quote) []Conflict {
	parent := make([]int, len(qs))
	for i := range parent {
		parent[i] = i
	}
	find := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for i, cs := range candidates(qs, false) {
		for _, j := range cs {
			if j > i && (sameWords(qs[i].words, qs[j].words) || similarity(qs[i].words, qs[j].words) >= sameQuote) {
				parent[find(j)] = find(i)
			}
		}
	}
	groups := map[int][]*quote{}
	var roots []int
	for i := range qs {
		r := find(i)
		if groups[r] == nil {
			roots = append(roots, r)
		}
		groups[r] = append(groups[r], qs[i])
	}
	var out []Conflict
	for _, r := range roots {
		if c, ok := driftConflict(opt, groups[r]); ok {
			out = append(out, c)
		}
	}
	return out
}

// wording is the quotes that say one quote in the same words.
type wording struct {
	words   []string
	quotes  []*quote
	sources map[string]bool
}

func driftConflict(opt Options, qs []*quote) (Conflict, bool) {
	var ws []*wording
	for _, q := range qs {
		var w *wording
		for _, x := range ws {
			if sameWording(x.words, q.words) {
				w = x
			}
		}
		if w == nil {
			w = &wording{words: q.words, sources: map[string]bool{}}
			ws = append(ws, w)
		}
		w.quotes = append(w.quotes, q)
		w.sources[quoteSource(q)] = true
	}
	// The wording most sources give (the longest, then the first, on a
	// tie) against those that are neither it nor a part of it.
	slices.SortStableFunc(ws, func(a, b *wording) int {
		if len(a.sources) != len(b.sources) {
			return len(b.sources) - len(a.sources)
		}
		return len(b.words) - len(a.words)
	})
	base := ws[0]
	var other []*wording
	for _, w := range ws[1:] {
		if !sameWords(w.words, base.words) {
			other = append(other, w)
		}
	}
	sources := map[string]bool{}
	for _, w := range append([]*wording{base}, other...) {
		for s := range w.sources {
			sources[s] = true
		}
	}
	if len(other) == 0 || len(sources) < 2 {
		return Conflict{}, false
	}
	speaker := speakerName(qs)
	key := "quote." + commonKey(qs)
	c := Conflict{Severity: severity(opt, RuleQuoteDrift, Info), Key: key, Rule: RuleQuoteDrift,
		Message: fmt.Sprintf("%s: %d wordings of one quote of %s in %d sources", key, len(other)+1, speaker, len(sources))}
	c.Sides[0] = []Group{wordingGroup(base)}
	var diffs []string
	for _, w := range other {
		c.Sides[1] = append(c.Sides[1], wordingGroup(w))
		diffs = append(diffs, wordDiff(base.quotes[0].Span.Text(), w.quotes[0].Span.Text()))
	}
	c.Explanation = "One statement of " + speaker + " in other words (a translation or a retelling?); each wording against the first, [-its words-] {+the other's+}: " +
		strings.Join(diffs, " | ")
	return c, true
}

// commonKey is the speaker key most quotes of the group carry (the first
// in sort order on a tie): "kremlin" when the Kremlin and its spokesman
// are quoted.
func commonKey(qs []*quote) string {
	n := map[string]int{}
	for _, q := range qs {
		for _, k := range q.keys {
			n[k]++
		}
	}
	best := ""
	for _, k := range slices.Sorted(maps.Keys(n)) {
		if best == "" || n[k] > n[best] {
			best = k
		}
	}
	return best
}

func quoteSource(q *quote) string {
	if q.Voice != "" {
		return q.doc + " " + q.Voice
	}
	return q.doc
}

// speakerName is the longest name the quotes give their speaker.
func speakerName(qs []*quote) string {
	name := ""
	for _, q := range qs {
		if !q.Post && len(q.Speaker) > len(name) {
			name = q.Speaker
		}
	}
	if name == "" {
		name = qs[0].Speaker
	}
	return name
}

func wordingGroup(w *wording) Group {
	g := Group{Value: "\"" + clipWords(w.quotes[0].Span.Text(), 12) + "\""}
	seen := map[string]bool{}
	for _, q := range w.quotes {
		g.Claims = append(g.Claims, quoteClaim(q))
		if s := quoteSource(q); !seen[s] {
			seen[s] = true
			g.Sources = append(g.Sources, s)
		}
	}
	return g
}

// quoteClaim is a quote as evidence: its words, in its sentence, said by
// its speaker.
func quoteClaim(q *quote) facts.Claim {
	who := q.Speaker
	if who == "" {
		who = q.Org
	}
	if q.Pronoun != "" && who != "" {
		who = q.Pronoun + " (" + who + ")"
	}
	return facts.Claim{Value: facts.Literal{Text: q.Span.Text()}, Span: q.Span, Sentence: q.Sentence,
		Voice: q.Voice, Qual: facts.Qualifiers{Attributed: who}}
}

func clipWords(s string, n int) string {
	f := strings.Fields(s)
	if len(f) <= n {
		return strings.Join(f, " ")
	}
	return strings.Join(f[:n], " ") + " …"
}

// wordDiff shows b against a word by word, as git diff --word-diff=plain
// does: [-only in a-] {+only in b+}.
func wordDiff(a, b string) string {
	x, y := strings.Fields(a), strings.Fields(b)
	norm := func(ws []string) []string {
		out := make([]string, len(ws))
		for i, w := range ws {
			out[i] = strings.Join(facts.QuoteWords(w), " ")
		}
		return out
	}
	nx, ny := norm(x), norm(y)
	// The LCS table from the end, then a walk from the start.
	t := make([][]int, len(x)+1)
	for i := range t {
		t[i] = make([]int, len(y)+1)
	}
	for i := len(x) - 1; i >= 0; i-- {
		for j := len(y) - 1; j >= 0; j-- {
			if nx[i] == ny[j] {
				t[i][j] = t[i+1][j+1] + 1
			} else {
				t[i][j] = max(t[i+1][j], t[i][j+1])
			}
		}
	}
	var out []string
	var del, ins []string
	flush := func() {
		if len(del) > 0 {
			out = append(out, "[-"+strings.Join(del, " ")+"-]")
		}
		if len(ins) > 0 {
			out = append(out, "{+"+strings.Join(ins, " ")+"+}")
		}
		del, ins = nil, nil
	}
	i, j := 0, 0
	for i < len(x) || j < len(y) {
		switch {
		case i < len(x) && j < len(y) && nx[i] == ny[j]:
			flush()
			out = append(out, y[j])
			i, j = i+1, j+1
		case j < len(y) && (i == len(x) || t[i][j+1] >= t[i+1][j]):
			ins = append(ins, y[j])
			j++
		default:
			del = append(del, x[i])
			i++
		}
	}
	flush()
	return strings.Join(out, " ")
}

// draftQuotes checks each draft quote against the sources' quotes.
func draftQuotes(opt Options, qs []*quote) []Conflict {
	var out []Conflict
	bySpeaker := candidates(qs, false)
	byWords := candidates(qs, true)
	for i, q := range qs {
		if !q.draft || len(q.keys) == 0 {
			continue
		}
		if c, ok := misquote(opt, qs, q, bySpeaker[i]); ok {
			out = append(out, c)
		} else if c, ok := wrongSpeaker(opt, qs, q, byWords[i]); ok {
			out = append(out, c)
		}
	}
	return out
}

// misquote: the closest source quote of the same speaker is the same
// quote reworded, and no source quote of that speaker has the draft's
// words.
func misquote(opt Options, qs []*quote, q *quote, cands []int) (Conflict, bool) {
	best, bestSim := -1, 0.0
	for _, j := range cands {
		s := qs[j]
		if s.draft {
			continue
		}
		if sameWords(q.words, s.words) {
			return Conflict{}, false
		}
		if sim := similarity(q.words, s.words); sim > bestSim {
			best, bestSim = j, sim
		}
	}
	if best < 0 || bestSim < sameQuote {
		return Conflict{}, false
	}
	s := qs[best]
	key := "quote." + q.keys[0]
	msg := fmt.Sprintf("%s: misquote? the draft's words of %s match no source; closest (%s): %q", key, q.Speaker, s.doc, clipWords(s.Span.Text(), 12))
	c := Conflict{Severity: severity(opt, RuleMisquote, Warning), Key: key, Rule: RuleMisquote, Message: msg,
		Explanation: "Closest source quote, word by word ([-source-] {+draft+}): " + wordDiff(s.Span.Text(), q.Span.Text())}
	c.Sides[0] = []Group{quoteGroup(s)}
	c.Sides[1] = []Group{quoteGroup(q)}
	return c, true
}

// wrongSpeaker: source quotes of two or more sources have the draft's
// words, each names its speaker, none names the draft's, and no sentence
// names the other side's speaker (where it does, a second speaker or a
// misread attribution is likelier than a wrong one).
func wrongSpeaker(opt Options, qs []*quote, q *quote, cands []int) (Conflict, bool) {
	var others []*quote
	docs := map[string]bool{}
	for _, j := range cands {
		s := qs[j]
		if s.draft || !(sameWords(q.words, s.words) || similarity(q.words, s.words) >= closeQuote) {
			continue
		}
		if len(s.keys) == 0 || sharesKey(q.keys, s.keys) {
			return Conflict{}, false // a source that names nobody, or the draft's speaker
		}
		if names(s.Sentence.Text(), q.keys) || names(q.Sentence.Text(), s.keys) {
			return Conflict{}, false
		}
		others = append(others, s)
		docs[s.doc] = true
	}
	if len(docs) < 2 {
		return Conflict{}, false
	}
	key := "quote." + q.keys[0]
	var speakers []string
	for _, s := range others {
		if !slices.Contains(speakers, s.Speaker) {
			speakers = append(speakers, s.Speaker)
		}
	}
	verb := "gives"
	if len(others) > 1 {
		verb = "give"
	}
	msg := fmt.Sprintf("%s: the draft gives these words to %s; %s %s them to %s", key, q.Speaker,
		plural(len(others), "source quote"), verb, strings.Join(speakers, ", "))
	c := Conflict{Severity: severity(opt, RuleQuoteSpeaker, Warning), Key: key, Rule: RuleQuoteSpeaker, Message: msg}
	for _, s := range others {
		c.Sides[0] = append(c.Sides[0], quoteGroup(s))
	}
	c.Sides[1] = []Group{quoteGroup(q)}
	return c, true
}

// names reports whether a text names one of the speaker keys (a folded
// surname or organisation) as a word.
func names(text string, keys []string) bool {
	words := map[string]bool{}
	for _, w := range strings.FieldsFunc(gazetteer.Fold(text), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		words[w] = true
	}
	for _, k := range keys {
		if words[k] || strings.Contains(k, " ") && strings.Contains(gazetteer.Fold(text), k) {
			return true
		}
	}
	return false
}

func sharesKey(a, b []string) bool {
	for _, k := range a {
		if slices.Contains(b, k) {
			return true
		}
	}
	return false
}

func quoteGroup(q *quote) Group {
	return Group{Value: q.Speaker, Claims: []facts.Claim{quoteClaim(q)}, Sources: []string{quoteSource(q)}}
}

func plural(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}
