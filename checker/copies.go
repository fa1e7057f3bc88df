package checker

import (
	"cmp"
	"slices"
	"strings"

	"cuelang.org/go/cue"

	"github.com/factlint/factlint/facts"
)

// Copy drift. Wire copies and rewrites of one story reuse its sentences:
// "Voters in Turkmenistan cast ballots Sunday in a parliamentary
// election ..." in one article, the same words with "Monday" in another.
// Most such sentences carry no keyed claim, so no key brings their values
// together. Here the sentences themselves are aligned: two sentences of
// different documents that share most of their content words, their
// values masked (facts.ReadCopy), are copies of one sentence, and a date
// or a place standing at the same place in both (the same words around
// it, by a longest common subsequence of their tokens) is one fact. Two
// such values that do not unify, as the checker unifies any values (dates
// resolved against each document's date, "Ukraine" holding "Kyiv"), are
// a conflict: RuleCopyDrift.
//
// Cost: linear in sentences. No pair of sentences is compared unless
// they share one of their signature words: the few rarest content words
// of each (a bottom-k sketch, rarity its order, over the words at least
// two sentences share). A signature word shared by more than copyGroupMax
// sentences is left out: the rarer ones carry the pair. Each candidate
// pair costs the product of its sentences' lengths, both bounded.
//
// Quiet where sources may legitimately differ: short sentences are not
// compared (a copy must share copyMinShared content words, or
// copyMinIdentical when it is the same sentence but for its values; a
// rewrite that shares less than copyMinJaccard of them needs more words
// around the value the same: copies), nor values
// of saying or of habit ("said Monday", "every Sunday": facts.Copy.Said),
// hedged or negated ones, unresolved relative dates, nor a value whose
// neighbours differ ("beat Spain on Sunday" against "beat Italy on
// Wednesday": the name beside it is not the same), nor copies that
// disagree on two values or more (the same words "in Kabul on Monday" and
// "in Kandahar on Tuesday" tell two events). Counts are left out:
// they are updated between versions of a wire story.
//
// Severity: a dissent aligned with the consensus in a sentence the same
// in both but for the values (the same content words and numbers in the
// same order, whatever function words stand between: sameContent) is as
// severe as
// the rule says (by default the kind's: a date or a place, an error),
// unless the dates lie either side of midnight (overnight); one aligned
// only in near copies or rewrites is a warning at most. A copy conflict
// that says no more than a conflict found already is left out, and one
// found conflict about the very same words that says less is replaced
// (withCopies).

// RuleCopyDrift: one sentence in two sources with a date or a place
// changed.
const RuleCopyDrift = "copy-drift"

const (
	copySignature = 5  // signature words per sentence
	copyGroupMax  = 48 // sentences sharing one signature word, at most
	copyMinShared = 6  // content words two copies share, at least
	// or, for sentences identical but for their values, this many
	// ("In 2008, Klitschko stopped Thompson in the 11th round.")
	copyMinIdentical = 4
	copyMinJaccard   = 0.6 // and that share of all their content words
	// or this share, when the words around the value are the same
	// (copyLooseAnchor content words of them)
	copyLooseJaccard = 0.4
	copyLooseAnchor  = 3
	// or, for a sentence of fewer than copyMinShared content words, all
	// in the other sentence (a headline and its copy: "Ellen DeGeneres to
	// host 2014 Oscars" and "Comedian Ellen DeGeneres picked to host 2014
	// Oscars"), this many words around the value the same
	copyShortAnchor = 2
	copyAnchor      = 8   // tokens on each side of a value that may anchor it
	copyMaxTokens   = 120 // longer sentences are not aligned (their cost)
)

// A copySentence is a sentence of a document with dates or places in it.
type copySentence struct {
	doc    *facts.Document
	claims []facts.Claim
	cp     facts.Copy
}

// copyKind: a claim's kind that copy drift compares.
func copyKind(c *facts.Claim) bool { return c.Kind == facts.KindDate || c.Kind == facts.KindPlace }

// copyClaims returns a document's dates and places, in a slice of their
// own (no list of every document's grows by copying).
func copyClaims(cs []facts.Claim) []facts.Claim {
	n := 0
	for i := range cs {
		if copyKind(&cs[i]) {
			n++
		}
	}
	out := make([]facts.Claim, 0, n)
	for i := range cs {
		if copyKind(&cs[i]) {
			out = append(out, cs[i])
		}
	}
	return out
}

// copySentences groups each document's dates and places by sentence, in
// the order first seen, and reads each sentence.
func copySentences(docs [][]facts.Claim) []copySentence {
	var out []copySentence
	at := map[facts.Span]int{}
	for _, cs := range docs {
		for _, c := range cs {
			if c.Sentence.End <= c.Sentence.Start || c.Span.Start < c.Sentence.Start || c.Span.End > c.Sentence.End {
				continue
			}
			if i, ok := at[c.Sentence]; ok {
				out[i].claims = append(out[i].claims, c)
				continue
			}
			at[c.Sentence] = len(out)
			out = append(out, copySentence{doc: c.Span.Doc, claims: []facts.Claim{c}})
		}
	}
	for i := range out {
		s := &out[i]
		spans, kinds := make([]facts.Span, len(s.claims)), make([]facts.Kind, len(s.claims))
		for j, c := range s.claims {
			spans[j], kinds[j] = c.Span, c.Kind
		}
		s.cp = facts.ReadCopy(s.claims[0].Sentence, spans, kinds)
	}
	return out
}

// copyDrift returns the conflicts of values changed in copied sentences,
// leaving out those the conflicts found already cite.
func copyDrift(opt Options, sents []copySentence, found []Conflict) []Conflict {
	cv := newCopyValues(opt)
	uf := newUnionFind()
	identical := map[[2]facts.Span]bool{} // claims aligned in sentences the same but for their values (sameContent)
	var buf lcsBuffer
	for _, p := range copyCandidates(sents) {
		a, b := &sents[p[0]], &sents[p[1]]
		if len(opt.Draft) > 0 && opt.Draft[a.doc.Name] == opt.Draft[b.doc.Name] {
			continue // draft mode: a draft against a source only
		}
		need := copies(a.cp, b.cp)
		if need == 0 {
			continue
		}
		same := sameContent(a.cp, b.cp)
		for _, p := range cv.aligned(a, b, alignSlots(a.cp, b.cp, need, &buf)) {
			ca, cb := p[0], p[1]
			uf.union(ca, cb)
			if same {
				identical[[2]facts.Span{ca.Span, cb.Span}] = true
				identical[[2]facts.Span{cb.Span, ca.Span}] = true
			}
		}
	}
	before := indexFound(found)
	var out []Conflict // Check adds them with withCopies
	for _, comp := range uf.components() {
		c, ok := copyConflict(opt, cv, comp, identical)
		if ok && !ignored(c.Key, opt.Ignore) && !before.says(c) {
			out = append(out, c)
		}
	}
	return out
}

// copyCandidates returns the pairs of sentences of different documents
// that share a signature word, each once, in order.
func copyCandidates(sents []copySentence) [][2]int {
	df := map[string]int{}
	for _, s := range sents {
		for _, w := range s.cp.Content {
			df[w]++
		}
	}
	groups := map[string][]int{}
	for i, s := range sents {
		if len(s.cp.Content) < copyMinIdentical || len(s.cp.Tokens) > copyMaxTokens {
			continue
		}
		for _, w := range signature(s.cp.Content, df) {
			groups[w] = append(groups[w], i)
		}
	}
	seen := map[[2]int]bool{}
	var pairs [][2]int
	for _, g := range groups {
		if len(g) > copyGroupMax {
			continue
		}
		for x, i := range g {
			for _, j := range g[x+1:] {
				if sents[i].doc != sents[j].doc && !seen[[2]int{i, j}] {
					seen[[2]int{i, j}] = true
					pairs = append(pairs, [2]int{i, j})
				}
			}
		}
	}
	slices.SortFunc(pairs, func(a, b [2]int) int { return cmp.Or(a[0]-b[0], a[1]-b[1]) })
	return pairs
}

// signature returns the copySignature rarest of a sentence's content
// words that another sentence has too (df > 1), rarest first, ties by
// spelling.
func signature(content []string, df map[string]int) []string {
	var ws []string
	for _, w := range content {
		if df[w] > 1 {
			ws = append(ws, w)
		}
	}
	slices.SortFunc(ws, func(a, b string) int { return cmp.Or(df[a]-df[b], strings.Compare(a, b)) })
	return ws[:min(len(ws), copySignature)]
}

// copies reports how close two sentences are: 0, not copies of one; or
// the content words a value of theirs must be anchored by (alignSlots)
// for the two to be one fact: 1 where they share copyMinJaccard of all
// their content words, copyLooseAnchor where they share only
// copyLooseJaccard (a rewrite: "The Indian navy said it arrested 23
// pirates who threatened a merchant vessel in the Gulf of Aden on
// Tuesday" against "... has captured 23 Somali and Yemeni pirates who
// attacked a merchant vessel in the Gulf of Aden on Saturday"). Either
// way they share copyMinShared content words or more; sentences identical
// but for their values, copyMinIdentical; and copyShortAnchor where a
// short sentence (copyMinIdentical content words or more) has all its
// content words in the other, which shares copyMinJaccard of all.
func copies(a, b facts.Copy) int {
	shared := 0
	for i, j := 0, 0; i < len(a.Content) && j < len(b.Content); {
		switch c := strings.Compare(a.Content[i], b.Content[j]); {
		case c == 0:
			shared++
			i++
			j++
		case c < 0:
			i++
		default:
			j++
		}
	}
	union := float64(len(a.Content) + len(b.Content) - shared)
	switch {
	case shared >= copyMinIdentical && slices.Equal(a.Tokens, b.Tokens):
		return 1
	case shared >= copyMinIdentical && shared < copyMinShared && shared == min(len(a.Content), len(b.Content)) && float64(shared) >= copyMinJaccard*union:
		if markedApart(a.Content, b.Content) {
			return 0 // "previously hosted the Academy Awards in 2004" and "hosted the Academy Awards in 1997"
		}
		return copyShortAnchor // a short sentence, every content word of it in the other
	case shared < copyMinShared:
		return 0
	case float64(shared) >= copyMinJaccard*union:
		return 1
	case float64(shared) >= copyLooseJaccard*union:
		return copyLooseAnchor
	}
	return 0
}

// markedApart reports whether a word of another occurrence ("again",
// "previously", "first") is in one sentence's content words and not the
// other's: the longer sentence, which a short one would be the copy of,
// tells another occurrence than the short one may.
func markedApart(a, b []string) bool {
	for _, w := range [2][2][]string{{a, b}, {b, a}} {
		for _, x := range w[0] {
			if occurrence[x] || retrospective[x] {
				if _, ok := slices.BinarySearch(w[1], x); !ok {
					return true
				}
			}
		}
	}
	return false
}

// alignSlots aligns two copies' tokens by a longest common subsequence
// and returns the pairs of slots (token indexes) it matches that are
// anchored by need content words or more: those of the runs of tokens
// next to the slot, up to copyAnchor on each side, that are matched next
// to it in the other sentence too (a slot of the same kind may be one of
// them): "in South Richmond Hill [Friday] when", "cast ballots
// [Sunday]", "the southern resort of [Cannes]"; not "met Vladimir Putin
// at the Vatican in [2015]" against "met Vladimir Putin in [2019]",
// where only "in" stands by both.
func alignSlots(a, b facts.Copy, need int, buf *lcsBuffer) [][2]int {
	match := buf.match(a.Tokens, b.Tokens)
	var out [][2]int
	for i, j := range match {
		if j < 0 || !strings.HasPrefix(a.Tokens[i], "\x00") {
			continue
		}
		before, otherB := anchorRun(a, b, i, j, -1)
		after, otherA := anchorRun(a, b, i, j, 1)
		if before+after >= need && !otherB && !otherA {
			out = append(out, [2]int{i, j})
		}
	}
	return out
}

// anchorRun counts the content words of the run of tokens the same in
// both sentences next to the aligned slots a.Tokens[i] and b.Tokens[j],
// up to copyAnchor of them, before the slots (d = -1) or after (d = 1).
// Before a place, the words that describe it are passed over in either
// sentence (placeDescriptor): "robberies in [Cannes]" and "robberies in
// the southern resort of [Cannes]" stand by the same words. other is
// set when the run ends on two numbers that differ: a copy edited
// changes one value, and a second one changed with it ("The [2011]
// census counted 63 million" against "The [2001] census counted 59
// million") tells another fact.
func anchorRun(a, b facts.Copy, i, j, d int) (n int, other bool) {
	ka, kb := i+d, j+d
	if d < 0 && a.Tokens[i] == placeSlot {
		ka -= placeDescriptor(a.Tokens, i)
		kb -= placeDescriptor(b.Tokens, j)
	}
	for step := 0; step < copyAnchor && ka >= 0 && kb >= 0 && ka < len(a.Tokens) && kb < len(b.Tokens); step++ {
		if a.Tokens[ka] != b.Tokens[kb] {
			return n, strings.HasPrefix(a.Tokens[ka], "#") && strings.HasPrefix(b.Tokens[kb], "#")
		}
		if _, ok := slices.BinarySearch(a.Content, a.Tokens[ka]); ok {
			n++
		}
		ka, kb = ka+d, kb+d
	}
	return n, false
}

var placeSlot = facts.CopySlot(facts.KindPlace)

// placeDescriptor returns how many tokens right before the place slot
// at s describe the place: an apposition "the southern resort of", "the
// Egyptian city of", "a district of" (an article, at most three other
// words, a noun of placeNouns, "of"); 0 when none stands there.
func placeDescriptor(toks []string, s int) int {
	if s < 3 || toks[s-1] != "of" || !placeNouns[toks[s-2]] {
		return 0
	}
	for k := s - 3; k >= 0 && k >= s-6; k-- {
		switch t := toks[k]; {
		case t == "the" || t == "a":
			return s - k
		case strings.HasPrefix(t, "\x00") || strings.HasPrefix(t, "#") || copyArticleStops[t]:
			return 0
		}
	}
	return 0
}

// placeNouns name a kind of place, as an apposition before its name
// says it: "the port city of", "the southern resort of".
var placeNouns = map[string]bool{"city": true, "town": true, "village": true, "resort": true, "capital": true,
	"port": true, "province": true, "region": true, "state": true, "district": true, "suburb": true,
	"island": true, "county": true, "neighborhood": true, "neighbourhood": true, "area": true, "country": true,
	"emirate": true, "kingdom": true, "republic": true, "territory": true, "enclave": true, "borough": true}

// copyArticleStops end a descriptor's words: a word of another phrase.
var copyArticleStops = map[string]bool{"in": true, "on": true, "at": true, "of": true, "to": true, "and": true,
	"or": true, "from": true, "by": true, "with": true, "for": true, "near": true}

// lcsBuffer holds the table of lcsMatch from pair to pair.
type lcsBuffer struct {
	l       []int32
	matched []int
}

// match returns, for each token of a, the index of the token of b a
// longest common subsequence of the two matches it with, or -1; the
// slice is reused by the next call.
func (buf *lcsBuffer) match(a, b []string) []int {
	n, m := len(a), len(b)
	buf.l = slices.Grow(buf.l[:0], (n+1)*(m+1))[:(n+1)*(m+1)]
	l := buf.l // l[i*(m+1)+j]: LCS of a[i:] and b[j:]
	clear(l)
	for i := n - 1; i >= 0; i-- {
		for j := m - 1; j >= 0; j-- {
			if a[i] == b[j] {
				l[i*(m+1)+j] = l[(i+1)*(m+1)+j+1] + 1
			} else {
				l[i*(m+1)+j] = max(l[(i+1)*(m+1)+j], l[i*(m+1)+j+1])
			}
		}
	}
	buf.matched = slices.Grow(buf.matched[:0], n)[:n]
	match := buf.matched
	for i, j := 0, 0; i < n; {
		switch {
		case j < m && a[i] == b[j]:
			match[i] = j
			i++
			j++
		case j < m && l[(i+1)*(m+1)+j] < l[i*(m+1)+j+1]:
			j++
		default:
			match[i] = -1
			i++
		}
	}
	return match
}

// sameContent reports whether two copies are one sentence but for their
// values: the same content words, numbers and values in the same order,
// whatever function words stand between them ("cast ballots Sunday" and
// "cast ballots on Sunday").
func sameContent(a, b facts.Copy) bool {
	i, j := 0, 0
	for {
		i, j = nextWord(a, i), nextWord(b, j)
		if i == len(a.Tokens) || j == len(b.Tokens) {
			return i == len(a.Tokens) && j == len(b.Tokens)
		}
		if a.Tokens[i] != b.Tokens[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// nextWord returns the index of the first token from i on that is not a
// function word: a content word, a number or a slot.
func nextWord(c facts.Copy, i int) int {
	for ; i < len(c.Tokens); i++ {
		t := c.Tokens[i]
		if _, ok := slices.BinarySearch(c.Content, t); ok || strings.HasPrefix(t, "#") || strings.HasPrefix(t, "\x00") {
			return i
		}
	}
	return i
}

// slotClaims returns the claims of two aligned slots.
func slotClaims(a, b *copySentence, ij [2]int) (ca, cb facts.Claim, ok bool) {
	x, y := slices.Index(a.cp.Slots, ij[0]), slices.Index(b.cp.Slots, ij[1])
	if x < 0 || y < 0 || a.cp.Said[x] || b.cp.Said[y] {
		return ca, cb, false
	}
	return a.claims[x], b.claims[y], true
}

// aligned returns the pairs of comparable claims at the slots two
// copies align, or none when two or more of the pairs disagree: a slip
// or an edit changes one value of a sentence, while the same words with
// another place and another day tell another event ("A suicide bomber
// blew himself up at a police checkpoint in Kabul on Monday" against
// "... in Kandahar on Tuesday": two attacks).
func (cv *copyValues) aligned(a, b *copySentence, slots [][2]int) [][2]facts.Claim {
	var out [][2]facts.Claim
	differ := 0
	for _, ij := range slots {
		ca, cb, ok := slotClaims(a, b, ij)
		if !ok || !cv.comparable(ca) || !cv.comparable(cb) {
			continue
		}
		va, _ := cv.value(ca)
		vb, _ := cv.value(cb)
		if va.Unify(vb).Validate() != nil {
			if differ++; differ > 1 {
				return nil
			}
		}
		out = append(out, [2]facts.Claim{ca, cb})
	}
	return out
}

// copyValues builds and unifies the claims' values as the keyed check
// does, each distinct value once.
type copyValues struct {
	opt  Options
	fs   files
	vals map[string]cue.Value
	firm map[facts.Span]bool // comparable, by claim
}

func newCopyValues(opt Options) *copyValues {
	return &copyValues{opt: opt, vals: map[string]cue.Value{}, firm: map[facts.Span]bool{}}
}

// value returns the claim's CUE value; not ok outside the schema or for
// a value that constrains nothing.
func (cv *copyValues) value(c facts.Claim) (cue.Value, bool) {
	k := c.Kind.String() + "\x00" + c.Value.String()
	v, seen := cv.vals[k]
	if !seen {
		if x := cv.fs.Encode(c); x != nil {
			v = cv.opt.Rules.Context().BuildExpr(x).Unify(cv.opt.Rules.Schema(c.Kind.String()))
			if v.Validate() != nil {
				v = cue.Value{}
			}
		}
		cv.vals[k] = v
	}
	return v, v.Exists()
}

// comparable: a claim firm enough to hold against a copy: not negated,
// not hedged, not a date left relative or naming a week or a season's
// period rather than a day, month or year, and of a value the schema
// takes.
func (cv *copyValues) comparable(c facts.Claim) bool {
	ok, seen := cv.firm[c.Span]
	if !seen {
		ok = cv.firmValue(c)
		cv.firm[c.Span] = ok
	}
	return ok
}

func (cv *copyValues) firmValue(c facts.Claim) bool {
	if c.Qual.Negated || c.Qual.Hedged || noSuchDay(c) {
		return false
	}
	if d, ok := c.Value.(facts.DateValue); ok && (d.Relative != "" || d.Period != "") {
		return false
	}
	_, ok := cv.value(c)
	return ok
}

// copyConflict judges the values aligned across copies of one sentence:
// the largest set that agrees against the rest, as a key's are.
func copyConflict(opt Options, cv *copyValues, claims []facts.Claim, identical map[[2]facts.Span]bool) (Conflict, bool) {
	groups := copyGroups(cv, claims)
	if len(groups) < 2 {
		return Conflict{}, false
	}
	memo := make([]int8, len(groups)*len(groups)) // split asks of a pair again and again: unify it once
	agree := func(i, j int) bool {
		k := min(i, j)*len(groups) + max(i, j)
		if memo[k] == 0 {
			memo[k] = -1
			if groups[i].val.Unify(groups[j].val).Validate() == nil {
				memo[k] = 1
			}
		}
		return memo[k] == 1
	}
	sides := split(groups, agree, opt.Draft, false)
	if len(sides[1]) == 0 {
		return Conflict{}, false
	}
	if len(opt.Draft) > 0 {
		d0, o0 := involves(sides[0], opt.Draft)
		d1, o1 := involves(sides[1], opt.Draft)
		if !(d0 && o1 || d1 && o0) {
			return Conflict{}, false
		}
	}
	kind := claims[0].Kind
	key := RuleCopyDrift + "." + kind.String()
	c := Conflict{Key: key, Kind: kind, Rule: RuleCopyDrift, Sides: sides,
		About: "the same sentence, copied or rewritten · " + kind.String()}
	c.Tie = len(opt.Draft) == 0 && tie(sides)
	c.Severity, c.Explanation = copySeverity(opt, kind, sides, identical)
	c.Message = message(key, sides)
	if c.Tie {
		c.Message = key + ": no majority: " + strings.TrimPrefix(c.Message, key+": ")
	}
	return c, true
}

// copyGroups groups claims by value, more sources first, then by
// document and position.
func copyGroups(cv *copyValues, claims []facts.Claim) []*Group {
	by := map[string]*Group{}
	var groups []*Group
	for _, c := range claims {
		g := by[c.Value.String()]
		if g == nil {
			v, _ := cv.value(c)
			g = &Group{Value: c.Value.String(), val: v}
			by[g.Value] = g
			groups = append(groups, g)
		}
		g.Claims = append(g.Claims, c)
		if s := Source(c); !slices.Contains(g.Sources, s) {
			g.Sources = append(g.Sources, s)
		}
	}
	slices.SortStableFunc(groups, func(a, b *Group) int {
		return cmp.Or(len(b.Sources)-len(a.Sources), strings.Compare(a.Claims[0].Span.Doc.Name, b.Claims[0].Span.Doc.Name),
			a.Claims[0].Span.Start-b.Claims[0].Span.Start)
	})
	return groups
}

// copySeverity: the rule's severity (by default the kind's) where each
// claim of the dissent was aligned with one of the consensus in
// sentences the same but for their values (sameContent) (other copies of the
// sentence may be rewrites), else a warning at most; a warning too for
// dates either side of midnight.
func copySeverity(opt Options, kind facts.Kind, sides [2][]Group, identical map[[2]facts.Span]bool) (Severity, string) {
	kindSev, err := ParseSeverity(opt.Rules.Kinds[kind.String()].Severity)
	if err != nil {
		kindSev = Error
	}
	sev := severity(opt, RuleCopyDrift, kindSev) // "kind" by default: the kind's
	same := true
	for _, g := range sides[1] {
		for _, x := range g.Claims {
			same = same && slices.ContainsFunc(sides[0], func(h Group) bool {
				return slices.ContainsFunc(h.Claims, func(y facts.Claim) bool { return identical[[2]facts.Span{x.Span, y.Span}] })
			})
		}
	}
	why := "The same sentence in both sources, the same words in the same order but for this value: one of them changed it (a copy edited, or a slip)."
	if !same {
		sev = min(sev, Warning)
		why = "Much the same sentence in both sources (their content words largely shared, the same words around the value): a rewrite of one wire story that changed the value, or two events told alike."
	}
	if kind == facts.KindDate && sev > Warning && overnight(sides) {
		sev = Warning
	}
	return sev, why
}

// found indexes the conflicts found before copy drift: the conflicts
// citing each claim, and the sources each cites.
type found struct {
	conflicts []Conflict
	citing    map[facts.Span][]int
	sources   []map[string]bool
}

func indexFound(cs []Conflict) *found {
	f := &found{conflicts: cs, citing: map[facts.Span][]int{}, sources: make([]map[string]bool, len(cs))}
	for i, c := range cs {
		f.sources[i] = map[string]bool{}
		for _, side := range c.Sides {
			for _, g := range side {
				for _, cl := range g.Claims {
					f.citing[cl.Span] = append(f.citing[cl.Span], i)
					f.sources[i][Source(cl)] = true
				}
			}
		}
	}
	return f
}

// says reports whether the conflicts found say what c says: one of
// them, as severe at least, cites one of c's claims and every source c
// cites (the earthquake.place error that holds a.txt's "southern
// Mongolia" against c.txt's Qeshm says all that c.txt's copy of the
// sentence, "southern Iran", would).
func (f *found) says(c Conflict) bool {
	for _, sp := range claimSpans(c) {
		for _, i := range f.citing[sp] {
			if f.covers(i, c) {
				return true
			}
		}
	}
	return false
}

// covers: conflict i found is as severe as c and cites every source c
// cites.
func (f *found) covers(i int, c Conflict) bool {
	if f.conflicts[i].Severity < c.Severity {
		return false
	}
	for _, side := range c.Sides {
		for _, g := range side {
			for _, s := range g.Sources {
				if !f.sources[i][s] {
					return false
				}
			}
		}
	}
	return true
}

// withCopies adds the copy conflicts to those found, and drops each
// found conflict a copy conflict says more severely: every claim it cites
// is cited by one copy conflict of a higher severity (the generic
// release[Microsoft].date warning between two copies of one sentence,
// beside the copy-drift error about the same two words).
func withCopies(found, copies []Conflict) []Conflict {
	if len(copies) == 0 {
		return found
	}
	in := map[facts.Span][]int{} // a claim -> the copy conflicts citing it
	for i, c := range copies {
		for _, sp := range claimSpans(c) {
			in[sp] = append(in[sp], i)
		}
	}
	found = slices.DeleteFunc(found, func(f Conflict) bool {
		spans := claimSpans(f)
		if len(spans) == 0 {
			return false
		}
		for _, i := range in[spans[0]] {
			if copies[i].Severity > f.Severity && allIn(spans, in, i) {
				return true
			}
		}
		return false
	})
	return append(found, copies...)
}

// claimSpans returns the spans of the claims a conflict cites.
func claimSpans(c Conflict) []facts.Span {
	var out []facts.Span
	for _, side := range c.Sides {
		for _, g := range side {
			for _, cl := range g.Claims {
				out = append(out, cl.Span)
			}
		}
	}
	return out
}

// allIn: copy conflict i cites every span.
func allIn(spans []facts.Span, in map[facts.Span][]int, i int) bool {
	for _, sp := range spans {
		if !slices.Contains(in[sp], i) {
			return false
		}
	}
	return true
}

// unionFind joins claims aligned across copies into one fact each.
type unionFind struct {
	parent map[facts.Span]facts.Span
	claim  map[facts.Span]facts.Claim
	order  []facts.Span // first seen first
}

func newUnionFind() *unionFind {
	return &unionFind{parent: map[facts.Span]facts.Span{}, claim: map[facts.Span]facts.Claim{}}
}

func (u *unionFind) find(s facts.Span) facts.Span {
	for u.parent[s] != s {
		u.parent[s] = u.parent[u.parent[s]]
		s = u.parent[s]
	}
	return s
}

func (u *unionFind) add(c facts.Claim) facts.Span {
	if _, ok := u.parent[c.Span]; !ok {
		u.parent[c.Span], u.claim[c.Span] = c.Span, c
		u.order = append(u.order, c.Span)
	}
	return u.find(c.Span)
}

func (u *unionFind) union(a, b facts.Claim) {
	ra, rb := u.add(a), u.add(b)
	if ra != rb {
		u.parent[rb] = ra
	}
}

// components returns the claims joined, each set in the order first
// seen, the sets in the order of their first claim.
func (u *unionFind) components() [][]facts.Claim {
	idx := map[facts.Span]int{}
	var out [][]facts.Claim
	for _, s := range u.order {
		r := u.find(s)
		i, ok := idx[r]
		if !ok {
			i = len(out)
			idx[r] = i
			out = append(out, nil)
		}
		out[i] = append(out[i], u.claim[s])
	}
	return out
}
