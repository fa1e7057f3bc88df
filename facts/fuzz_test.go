package facts

import (
	"bytes"
	"slices"
	"testing"
	"unicode/utf8"

	"github.com/factlint/factlint/facts/events"
)

// FuzzExtract loads and extracts any bytes: no panic, every span inside the
// text on UTF-8 boundaries, claims in text order.
func FuzzExtract(f *testing.F) {
	// The seed articles, a paragraph each: the fuzzer minimizes every
	// input that finds new coverage by running it again for each byte it
	// tries to drop, so whole articles (2 to 10 KB) held it for minutes at
	// a few dozen executions.
	for _, name := range seedNames {
		b, err := readTestdata("stoltenberg/" + name)
		if err != nil {
			f.Fatal(err)
		}
		for _, p := range bytes.Split(b, []byte("\n\n")) {
			if len(p) > 0 && len(p) <= 1000 {
				f.Add(p, true)
			}
		}
	}
	for _, s := range []string{
		"---\ndate: 2023-04-20\n---\n# Title\n\nThe summit in Vilnius in July.",
		"more than 40 nations, nearly 14 months ago, $325 million, €15bn, 14-month war",
		"An honour to be back in Kyiv.\n— Jens Stoltenberg (@jensstoltenberg) April 20, 2023",
		"U.S.-led talks. Mr. X. A day before. Last September. Between 20 and 30 people.",
		"twenty-five thousand and one troops; a dozen; dozens of; Sept. 31, 2023",
		"Monday's shooting; In Saturday ’ s semifinals, the Monday morning attack, the 1967 killings. Reid checked herself in on Tuesday.",
		"Earlier on Sunday a 5.6 quake jolted (1336 GMT) on Sunday, when a blaze demolished; charged with murder Saturday, smashing and making off with",
		"Wladimir Klitschko (52-3, 46 KOs) blasted a sluggish Hasim Rahman (45 in Mannheim, Germany on Saturday. In 2008, Klitschko stopped Thompson. The Bush administration issued",
	} {
		f.Add([]byte(s), false)
	}
	opt := testOptions(f)
	// generic events on: the clause's verb keys what the lexicon leaves
	opt.Lexicon = &Lexicon{Events: testLexicon.Events, Generic: events.GenericRules{On: true, Exclude: []string{"be", "say"}}}
	f.Fuzz(func(t *testing.T, data []byte, dated bool) {
		name := "f.md"
		if !dated {
			name = "f.txt"
		}
		meta := Meta{}
		if dated {
			meta.Date = Date{2023, 4, 20}
		}
		d, err := Load(name, data, meta)
		if err != nil {
			return
		}
		last := -1
		claims := Extract(d, opt)
		checkCopies(t, claims)
		for _, c := range claims {
			for _, s := range []Span{c.Span, c.Sentence, c.Trigger} {
				if s.Doc == nil && s == (Span{}) {
					continue
				}
				if s.Start < 0 || s.End > len(data) || s.Start > s.End {
					t.Fatalf("span %d:%d outside text of %d bytes", s.Start, s.End, len(data))
				}
				if !boundary(data, s.Start) || !boundary(data, s.End) {
					t.Fatalf("span %d:%d not on UTF-8 boundaries", s.Start, s.End)
				}
			}
			if c.Span.Start < c.Sentence.Start || c.Span.End > c.Sentence.End {
				t.Fatalf("claim %d:%d outside its sentence %d:%d", c.Span.Start, c.Span.End, c.Sentence.Start, c.Sentence.End)
			}
			if c.Sentence.Start < last {
				t.Fatalf("claims out of order")
			}
			last = c.Sentence.Start
			_ = c.Value.String()
			_ = c.Span.String()
			for _, r := range c.Readings {
				if r.Span.Start < 0 || r.Span.End > len(data) || r.Span.Start > r.Span.End || !boundary(data, r.Span.Start) || !boundary(data, r.Span.End) {
					t.Fatalf("reading %d:%d outside text of %d bytes or off a rune boundary", r.Span.Start, r.Span.End, len(data))
				}
			}
		}
	})
}

// checkCopies reads each sentence of the claims for copy drift, its
// claims' spans masked: every value is a slot token or -1 (it overlaps
// another).
func checkCopies(t *testing.T, claims []Claim) {
	for i := 0; i < len(claims); {
		j := i
		for j < len(claims) && claims[j].Sentence == claims[i].Sentence {
			j++
		}
		var spans []Span
		var kinds []Kind
		for _, c := range claims[i:j] {
			spans, kinds = append(spans, c.Span), append(kinds, c.Kind)
		}
		cp := ReadCopy(claims[i].Sentence, spans, kinds)
		if len(cp.Slots) != len(spans) || len(cp.Said) != len(spans) {
			t.Fatalf("%d slots, %d said for %d values", len(cp.Slots), len(cp.Said), len(spans))
		}
		for k, s := range cp.Slots {
			if s >= len(cp.Tokens) || s >= 0 && cp.Tokens[s] != CopySlot(kinds[k]) {
				t.Fatalf("value %d at token %d of %q", k, s, cp.Tokens)
			}
		}
		i = j
	}
}

func boundary(b []byte, i int) bool { return i == len(b) || utf8.RuneStart(b[i]) }

// FuzzSentences: sentences and tokens cover the text in order, on rune
// boundaries, and are the same whatever the size of the blocks the prose
// is tokenized in.
func FuzzSentences(f *testing.F) {
	f.Add([]byte("Mr. A said. B. \n\nC\nd e. “F.” G"))
	f.Add([]byte("He met U.S.\tofficials, 1,000.\n\" The U.K.\nsaid 22,24,26 .08 “So.” Then"))
	for _, name := range seedNames { // real articles, hard-wrapped or not
		b, err := readTestdata("stoltenberg/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if !utf8.Valid(data) {
			return
		}
		whole := collectSentences(data, len(data)+1)
		for _, block := range []int{1, 3, 16} {
			if got := collectSentences(data, block); !sameSentences(got, whole) {
				t.Fatalf("blocks of %d bytes split %q otherwise than one block", block, data)
			}
		}
		end := 0
		for s := range sentences(data, isCaseless(data)) {
			if s.start < end || s.end > len(data) || s.start >= s.end {
				t.Fatalf("sentence %d:%d after %d", s.start, s.end, end)
			}
			for _, tk := range s.toks {
				if tk.start < end || tk.end > s.end || !boundary(data, tk.start) || !boundary(data, tk.end) {
					t.Fatalf("token %d:%d", tk.start, tk.end)
				}
				end = tk.end
			}
		}
	})
}

// collectSentences is every sentence of sentencesBy(data, block), each
// with a copy of its tokens (the splitter reuses their memory).
func collectSentences(data []byte, block int) []sentence {
	var out []sentence
	for s := range sentencesBy(data, block, isCaseless(data)) {
		s.toks = slices.Clone(s.toks)
		out = append(out, s)
	}
	return out
}

// sameSentences reports whether a and b cut the same sentences into the
// same tokens.
func sameSentences(a, b []sentence) bool {
	return slices.EqualFunc(a, b, func(x, y sentence) bool {
		return x.start == y.start && x.end == y.end && slices.EqualFunc(x.toks, y.toks, func(s, t token) bool {
			return s.start == t.start && s.end == t.end && s.kind == t.kind && s.lower == t.lower && s.space == t.space && s.newline == t.newline && s.cls == t.cls
		})
	})
}

// FuzzDatelineFilter checks that mayHoldDateline, the cheap test
// dateline asks before its regexp, never turns away a text the regexp
// matches.
func FuzzDatelineFilter(f *testing.F) {
	f.Add([]byte("KYIV, April 20, 2023 (Reuters) - NATO Secretary General Jens Stoltenberg visited Kyiv on Thursday."))
	f.Add([]byte("WASHINGTON, Jan. 5,\n\t2024 — The summit opens."))
	f.Add([]byte("KYIV, April 20 (Reuters) - No year."))
	f.Add([]byte("PARIS, May 1,2019 -"))
	for _, name := range seedNames {
		b, err := readTestdata("stoltenberg/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		if datelineRE.Match(data) && !mayHoldDateline(data) {
			t.Fatalf("mayHoldDateline turns away %q, which the regexp matches", data)
		}
	})
}
