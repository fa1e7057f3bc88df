package facts

import (
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A Quote is a run of words a text puts in quotation marks, with who it
// says spoke them.
type Quote struct {
	Span     Span // the quoted words, without the marks
	Sentence Span // the sentence (or sentences) around them, with the attribution
	Voice    string
	// Speaker is the name as written ("Dmitry Peskov", "the Kremlin",
	// "@jensstoltenberg"); "" when the text does not say. Org is the
	// organisation a spokesperson speaks for ("Kremlin" for "Kremlin
	// spokesman Dmitry Peskov"). Pronoun is the pronoun resolved ("he"),
	// if any.
	Speaker, Org, Pronoun string
	// Post is set for the text of an embedded post: its author's words.
	Post bool
}

// Words returns the quote's words for comparison: lower case, curly
// apostrophes straightened, hashtags and handles without their mark.
func (q Quote) Words() []string { return QuoteWords(q.Span.Text()) }

// QuoteWords returns the words of a text as quotes compare them: lower
// case, without apostrophes ("year's" and "year ’ s" are "years"),
// hashtags and handles without their mark.
func QuoteWords(s string) []string {
	f := strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '\'' || r == '’')
	})
	out := f[:0]
	apostrophe := false // a lone mark before this word: "year ’ s"
	for _, w := range f {
		clitic := apostrophe || w[0] == '\'' || strings.HasPrefix(w, "’")
		w = strings.ReplaceAll(strings.ReplaceAll(w, "'", ""), "’", "") // w itself when it has none
		apostrophe = w == ""
		switch {
		case w == "":
		case w == "00" && len(out) > 0 && strings.Trim(out[len(out)-1], "0123456789") == "":
			// "6:00 p.m." is "6 p.m."
		case clitic && len(out) > 0 && clitics[w]:
			out[len(out)-1] += w
		default:
			out = append(out, w)
		}
	}
	return out
}

var clitics = map[string]bool{"s": true, "m": true, "t": true, "re": true, "ve": true, "ll": true, "d": true}

var (
	speechVerbs = map[string]bool{"said": true, "says": true, "say": true, "told": true, "tells": true,
		"added": true, "adds": true, "stressed": true, "noted": true, "stated": true, "declared": true,
		"wrote": true, "writes": true, "tweeted": true, "explained": true, "insisted": true, "warned": true,
		"replied": true, "continued": true, "admitted": true, "announced": true, "argued": true,
		"claimed": true, "acknowledged": true, "urged": true, "remarked": true, "recalled": true,
		"cautioned": true, "concluded": true, "emphasised": true, "emphasized": true, "affirmed": true}
	// roleWords may stand inside a speaker's name phrase: "Kremlin
	// spokesman Dmitry Peskov", "the secretary general of NATO".
	roleWords = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true,
		"minister": true, "president": true, "secretary": true, "general": true, "chief": true,
		"leader": true, "prime": true, "foreign": true, "defence": true, "defense": true, "deputy": true,
		"the": true, "of": true, "ukrainian": true, "russian": true, "spokesmen": true, "official": true}
	spokes       = map[string]bool{"spokesman": true, "spokeswoman": true, "spokesperson": true}
	quotePronoun = map[string]bool{"he": true, "she": true, "they": true, "we": true, "i": true}
)

// Quotes returns the attributed and unattributed quotes of a document in
// text order, and the text of each embedded post as its author's words.
//
// A quote opens and closes within one paragraph ("..." or “...”; one left
// open is dropped). Its speaker is read after it (", X said", ", said X",
// ", he said") or, in its sentence, before it ("X said: ...", "X told
// reporters that it was ...", "according to X"), the name taken with an
// apposition ("Dmitri S. Peskov, the Kremlin spokesman, told"). "He said"
// is the last speaker named in the paragraph, or else at the end of the
// paragraph before; a quote in an embedded post is its author's.
func Quotes(d *Document) []Quote {
	var out []Quote
	last := speakerRef{}
	for _, para := range paragraphs(d) {
		toks := tokenize(d.prose, para[0], para[1])
		qs, end := quotesIn(d, toks, last)
		out = append(out, qs...)
		last = end
	}
	for _, p := range d.posts {
		text := strings.TrimRight(string(d.Text[p.Start:p.End]), " \t\r\n")
		start := p.Start + len(text) - len(strings.TrimLeft(text, " \t"))
		sp := Span{Doc: d, Start: start, End: p.Start + len(text)}
		if sp.End > sp.Start {
			out = append(out, Quote{Span: sp, Sentence: sp, Voice: p.Handle, Speaker: p.Handle, Post: true})
		}
	}
	return out
}

// paragraphs splits the prose at blank lines, and at every line break in a
// text written a paragraph per line.
func paragraphs(d *Document) [][2]int {
	p := d.prose
	wrapped := isHardWrapped(p)
	var out [][2]int
	start := 0
	for i := 0; i <= len(p); i++ {
		if i < len(p) && p[i] != '\n' {
			continue
		}
		if i == len(p) || !wrapped || blankLineAfter(p, i) {
			if strings.TrimSpace(string(p[start:i])) != "" {
				out = append(out, [2]int{start, i})
			}
			start = i + 1
		}
	}
	return out
}

func blankLineAfter(p []byte, i int) bool {
	for j := i + 1; j < len(p); j++ {
		switch p[j] {
		case '\n':
			return true
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return true
}

// speakerRef is the last named speaker, for "he said".
type speakerRef struct{ name, org string }

type quoteMarks struct{ open, close int } // token indices of the marks

// quotesIn finds the quotes of one paragraph's tokens. last is the speaker
// named last in the paragraph before; it returns this one's.
func quotesIn(d *Document, toks []token, last speakerRef) ([]Quote, speakerRef) {
	marks := pairMarks(toks)
	inQuote := make([]bool, len(toks))
	for _, m := range marks {
		for i := m.open; i <= m.close; i++ {
			inQuote[i] = true
		}
	}
	// Every speech verb outside quotes with a named subject, in order: the
	// speakers "he said" may mean.
	type named struct {
		at int
		speakerRef
	}
	var names []named
	for i, t := range toks {
		if !inQuote[i] && speechVerbs[t.lower] {
			if n, org, _ := nameBefore(d, toks, i); n != "" && !quotePronoun[strings.ToLower(n)] {
				names = append(names, named{i, speakerRef{n, org}})
			}
		}
	}
	resolve := func(at int) speakerRef { // the last name before at
		i := sort.Search(len(names), func(i int) bool { return names[i].at >= at })
		if i == 0 {
			return last
		}
		return names[i-1].speakerRef
	}
	var out []Quote
	for qi, m := range marks {
		a, b := m.open+1, m.close
		for b > a && toks[b-1].kind == tPunct && strings.ContainsAny(toks[b-1].text, ",.;:!?") {
			b--
		}
		if b <= a {
			continue
		}
		q := Quote{Span: Span{Doc: d, Start: toks[a].start, End: toks[b-1].end}, Voice: d.Voice(toks[a].start)}
		s, e := sentenceAround(toks, inQuote, m)
		q.Sentence = Span{Doc: d, Start: toks[s].start, End: toks[e-1].end}
		name, org, verb := speakerAfter(d, toks, inQuote, m.close+1, e)
		if verb < 0 {
			from := s
			if qi > 0 && marks[qi-1].close >= s {
				from = s // an earlier quote of the sentence keeps its own attribution
			}
			name, org, verb = speakerBefore(d, toks, inQuote, from, m.open)
		}
		if verb >= 0 && quotePronoun[strings.ToLower(name)] {
			q.Pronoun = strings.ToLower(name)
			r := resolve(verb)
			name, org = r.name, r.org
		}
		q.Speaker, q.Org = name, org
		if q.Speaker == "" && q.Voice != "" {
			q.Speaker = q.Voice
		}
		out = append(out, q)
	}
	if len(names) > 0 {
		last = names[len(names)-1].speakerRef
	}
	return out, last
}

// pairMarks pairs quotation marks: “ with ”, and straight " in turn.
func pairMarks(toks []token) []quoteMarks {
	var out []quoteMarks
	open := -1
	for i, t := range toks {
		switch t.text {
		case "“":
			open = i
		case "”":
			if open >= 0 {
				out = append(out, quoteMarks{open, i})
			}
			open = -1
		case "\"":
			if open < 0 {
				open = i
			} else {
				out = append(out, quoteMarks{open, i})
				open = -1
			}
		}
	}
	return out
}

// window is how far from a quote its attribution is looked for, in
// tokens: a bound that keeps a paragraph of many quotes linear.
const window = 80

// sentenceAround is the token range of the sentence holding a quote: from
// after the last stop outside quotes before it to the first stop outside
// quotes after it.
func sentenceAround(toks []token, inQuote []bool, m quoteMarks) (int, int) {
	stop := func(i int) bool {
		if inQuote[i] || toks[i].kind != tPunct || !strings.ContainsAny(toks[i].text, ".!?") {
			return false
		}
		if w := i - 1; toks[i].text == "." && w >= 0 && toks[w].end == toks[i].start &&
			(abbreviations[toks[w].lower] || toks[w].kind == tWord && utf8.RuneCountInString(toks[w].text) == 1 && toks[w].capitalized()) {
			return false // "Mr.", "S."
		}
		return true
	}
	s := m.open
	for s > 0 && s > m.open-window && !stop(s-1) {
		s--
	}
	e := m.close + 1
	for e < len(toks) && e < m.close+window && !stop(e) {
		e++
	}
	if e < len(toks) {
		e++
	}
	return s, e
}

// speakerAfter reads ', X said', ', said X', ', he said' after a quote.
func speakerAfter(d *Document, toks []token, inQuote []bool, i, end int) (name, org string, verb int) {
	for i < end && toks[i].kind == tPunct && toks[i].text != "\"" && toks[i].text != "“" {
		i++
	}
	for k := i; k < end && k < i+24 && !inQuote[k]; k++ {
		if !speechVerbs[toks[k].lower] {
			continue
		}
		if k == i { // "said Mr. Stoltenberg"
			if n, o := nameAfter(d, toks, k+1, len(toks)); n != "" { // a title's period is no end: "said Dist. Atty. Steve Cooley"
				return n, o, k
			}
			return "", "", -1
		}
		if n, o, start := nameBefore(d, toks, k); (n != "" || o != "") && start == i {
			return n, o, k
		}
		return "", "", -1
	}
	return "", "", -1
}

// speakerBefore reads 'X said: "...', 'X told reporters that it was
// "..."', 'according to X, ... "..."' in the sentence before a quote.
func speakerBefore(d *Document, toks []token, inQuote []bool, from, open int) (name, org string, verb int) {
	for k := open - 1; k >= from; k-- {
		if inQuote[k] {
			continue
		}
		if speechVerbs[toks[k].lower] {
			if n, o, _ := nameBefore(d, toks, k); n != "" || o != "" {
				return n, o, k
			}
			return "", "", -1
		}
		if toks[k].is("according") && k+1 < open && toks[k+1].is("to") {
			if n, o := nameAfter(d, toks, k+2, open); n != "" {
				return n, o, k
			}
		}
	}
	return "", "", -1
}

// nameBefore reads the speaker phrase that ends before toks[k]: a pronoun,
// or capitalized words with titles, roles and initials ("Kremlin
// spokesman Dmitry Peskov", "the Kremlin", "Mr. Stoltenberg"), across an
// apposition ("Dmitri S. Peskov, the Kremlin spokesman,"). It returns the
// name (its last run of capitalized words), the organisation of a
// spokesperson, and the phrase's first token.
func nameBefore(d *Document, toks []token, k int) (name, org string, start int) {
	j := k
	appos := -1                         // the apposition's first token
	if j > 0 && toks[j-1].text == "," { // an apposition: skip back to its comma
		for c := j - 2; c >= 0 && c >= j-20; c-- {
			if toks[c].text == "," {
				org = orgOf(d, toks, c+1, j-1)
				appos, j = c+1, c
				break
			}
			if toks[c].kind == tPunct && toks[c].text != "." {
				return "", "", k
			}
		}
		if j == k {
			return "", "", k
		}
	}
	if j > 0 && quotePronoun[toks[j-1].lower] && (j-1 == 0 || toks[j-2].kind == tPunct) {
		return toks[j-1].text, "", j - 1
	}
	a := j
	for a > 0 && a > j-7 && nameToken(toks, a-1) {
		a--
	}
	for a < j && toks[a].kind == tWord && !toks[a].capitalized() && toks[a].lower != "the" {
		a++ // a phrase starts with a capital or "the"
	}
	if a == j {
		return "", "", k
	}
	if o := orgOf(d, toks, a, j); o != "" {
		org = o
	}
	if roleWords[toks[j-1].lower] && toks[j-1].kind == tWord && !toks[j-1].capitalized() {
		// "A Foreign Office spokeswoman", "Her spokesman, Bill McAllister,":
		// the phrase names a role; the name, if any, is the apposition.
		if appos >= 0 {
			return lastCapitalRun(d, toks, appos, k-1), org, a
		}
		return "", org, a
	}
	return lastCapitalRun(d, toks, a, j), org, a
}

// nameAfter reads a name that starts at toks[i]: "said Mr. Stoltenberg".
func nameAfter(d *Document, toks []token, i, end int) (string, string) {
	b := i
	for b < end && b < i+7 && nameToken(toks, b) {
		b++
	}
	for b > i && toks[b-1].kind == tWord && !toks[b-1].capitalized() {
		b--
	}
	if b == i {
		return "", ""
	}
	return lastCapitalRun(d, toks, i, b), orgOf(d, toks, i, b)
}

func nameToken(toks []token, i int) bool {
	t := &toks[i]
	switch {
	case t.kind == tWord && (t.capitalized() || roleWords[t.lower]):
		return true
	case t.text == "." && i > 0 && toks[i-1].end == t.start && toks[i-1].capitalized() && utf8.RuneCountInString(toks[i-1].text) <= 4:
		return true // "Mr.", "S.", "Atty."
	}
	return false
}

// lastCapitalRun is the last run of capitalized words (with "Mr." and
// initials) in toks[a:b], as written.
func lastCapitalRun(d *Document, toks []token, a, b int) string {
	e := b
	for e > a && !(toks[e-1].kind == tWord && toks[e-1].capitalized()) {
		e--
	}
	s := e
	for s > a && (toks[s-1].kind == tWord && toks[s-1].capitalized() || toks[s-1].text == ".") {
		s--
	}
	for s < e && toks[s].text == "." {
		s++
	}
	if s == e {
		return ""
	}
	if roleWords[toks[e-1].lower] {
		return "" // "the NATO Secretary General": a title, no name
	}
	name := string(d.Text[toks[s].start:toks[e-1].end])
	if s > a && toks[s-1].is("the") && e-s == 1 { // "the Kremlin"
		name = string(d.Text[toks[s-1].start:toks[e-1].end])
	}
	return name
}

// orgOf is the capitalized words before "spokesman" in toks[a:b]: the
// organisation the speaker speaks for ("Kremlin", "Foreign Office").
func orgOf(d *Document, toks []token, a, b int) string {
	for i := a + 1; i < b; i++ {
		if !spokes[toks[i].lower] {
			continue
		}
		s := i
		for s > a && toks[s-1].kind == tWord && toks[s-1].capitalized() && !toks[s-1].is("a", "the", "her", "his", "their", "its") {
			s--
		}
		if s < i {
			return string(d.Text[toks[s].start:toks[i-1].end])
		}
	}
	return ""
}
