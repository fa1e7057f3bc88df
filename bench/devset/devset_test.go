package main

import (
	"bytes"
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/factlint/factlint/facts/gazetteer"
)

// Real date mentions of ECB+ gold, rewritten to an incompatible value of
// the same form.
func TestMutateDate(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Sunday", "Wednesday"},
		{"on Tuesday, December 9, 2008", "on Thursday, December 18, 2008"},
		{"on Sunday, February 22, 2009", "on Friday, February 13, 2009"},
		{"Thursday, December 11", "Saturday, December 20"},
		{"on 10 Nov 11", "on 19 Nov 11"},
		{"on Feb. 22", "on Feb. 13"},
		{"MONDAY, MAY 23, 2005", "SATURDAY, MAY 14, 2005"},
		{"the 22nd of February", "the 13th of February"},
		{"in Oct. 2011", "in Feb. 2011"},
		{"since September this year", "since January this year"},
		{"in 2007", "in 2004"},
		{"the 1950s", "the 1920s"},
		{"Saturday's", "Tuesday's"},
		{"yesterday", ""},                 // relative: not planted
		{"between Monday and Friday", ""}, // two weekdays: which is the event's?
		{"the 1940s and 1950s", ""},
		{"may", ""}, // a verb, not a month
	} {
		got, _, ok := mutateDate(tt.in)
		if !ok {
			got = ""
		}
		if got != tt.want {
			t.Errorf("mutateDate(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestCompareDates(t *testing.T) {
	for _, tt := range []struct {
		a, b           string
		shared, differ bool
	}{
		{"Sunday", "on Sunday, February 22, 2009", true, false},
		{"Friday", "on Sunday, February 22, 2009", true, true},
		{"December 15", "on December 15 2013", true, false},
		{"February", "on Feb. 22", true, false},
		{"in 2005", "in June 2005", true, false},
		{"1950s", "in 1955", true, false},
		{"Sunday", "yesterday", false, false},
		{"in June", "Friday", false, false},
	} {
		shared, differ := compareDates(parseDate(tt.a), parseDate(tt.b))
		if shared != tt.shared || differ != tt.differ {
			t.Errorf("compareDates(%q, %q) = %v, %v, want %v, %v", tt.a, tt.b, shared, differ, tt.shared, tt.differ)
		}
	}
}

// Real place mentions of ECB+ gold in their sentences.
func TestMutatePlace(t *testing.T) {
	gz, err := gazetteer.Default()
	if err != nil {
		t.Fatal(err)
	}
	ins, err := checkStandIns(gz)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct {
		line, mention string
		avoid         []string
		plant         bool
		country       string // the stand-in's country must not be these
	}{
		{"Voters in Turkmenistan cast ballots Sunday.", "Turkmenistan", []string{"TM"}, true, "TM"},
		{"He died in Mannheim, Germany, on Friday.", "in Mannheim, Germany", []string{"DE"}, true, "DE"},
		{"A Palermo neighborhood boss hanged himself.", "A Palermo neighborhood", []string{"IT"}, true, "IT"},
		{"The boss of a Palermo neighborhood hanged himself.", "a Palermo neighborhood", []string{"IT"}, true, "IT"},
		{"Pirates struck in the Gulf of Aden on Thursday.", "the Gulf of Aden", nil, false, ""},
		{"A quake hit the southern Iranian island of Qeshm.", "the southern Iranian island of Qeshm", nil, false, ""},
		{"He was taken to Baytown, Texas, by helicopter.", "to Baytown, Texas", nil, false, ""},
		{"He was taken to Baytown, Texas, by helicopter.", "Baytown", nil, false, ""},
		{"The quake struck in southern Iran on Sunday.", "in southern Iran", []string{"IR"}, true, "IR"},
	} {
		start := strings.Index(tt.line, tt.mention)
		if start < 0 {
			t.Fatalf("%q not in %q", tt.mention, tt.line)
		}
		avoid := map[string]bool{}
		for _, a := range tt.avoid {
			avoid[a] = true
		}
		text, orig, code, ok := mutatePlace(gz, ins, tt.line, start, start+len(tt.mention), "seed", avoid)
		if ok != tt.plant {
			t.Errorf("mutatePlace(%q) planted %v (%q), want %v", tt.mention, ok, text, tt.plant)
			continue
		}
		if !ok {
			continue
		}
		if code == tt.country || avoid[code] || orig == nil || text == tt.mention {
			t.Errorf("mutatePlace(%q) = %q in %s, want another country than %s", tt.mention, text, code, tt.country)
		}
		if names := findPlaces(gz, text, 0, len(text)); len(names) == 0 || names[0].place.Country != code {
			t.Errorf("mutatePlace(%q) = %q: the gazetteer does not read it as a place in %s", tt.mention, text, code)
		}
	}
}

// judgePlant counts a plant found only when a conflict cites the new
// words, and not when the unmodified cluster already cited the old ones.
func TestJudgePlant(t *testing.T) {
	m := &mention{File: "c/a.txt", Kind: "TIME_DATE", Line: 1, Column: 10, End: 16, Text: "Sunday"}
	partner := &mention{File: "c/b.txt", Kind: "TIME_DATE", Line: 2, Column: 5, End: 11, Text: "Sunday"}
	p := &plant{m: m, newText: "Wednesday", partners: []*mention{partner}}
	ev := func(file string, line, col, end int) evidence {
		return evidence{File: file, Line: line, Column: col, EndLine: line, EndColumn: end}
	}
	side := func(e evidence, s string) evidence { e.Side = s; return e }
	rep := func(sev string, evs ...evidence) *report {
		return &report{Conflicts: []conflict{{Severity: sev, Message: "m", Evidence: evs}}}
	}
	none := &report{}
	for _, tt := range []struct {
		name          string
		before, after *report
		found, with   [4]bool
	}{
		{"error citing both", none, rep("error", ev("c/a.txt", 1, 18, 19), ev("c/b.txt", 2, 5, 11)),
			[4]bool{false, true, true, true}, [4]bool{false, true, true, true}},
		{"warning on the new words only", none, rep("warning", ev("c/a.txt", 1, 12, 14)),
			[4]bool{false, true, true, false}, [4]bool{}},
		{"a conflict elsewhere", none, rep("error", ev("c/a.txt", 1, 1, 10), ev("c/b.txt", 2, 5, 11)),
			[4]bool{}, [4]bool{}},
		{"cited before", rep("error", ev("c/a.txt", 1, 10, 16)), rep("error", ev("c/a.txt", 1, 10, 19)),
			[4]bool{}, [4]bool{}},
		// The old words were the consensus against another source's
		// dissent: the new words found as a dissent count, not as consensus.
		{"consensus before, dissent after", rep("error", side(ev("c/a.txt", 1, 10, 16), "consensus"), side(ev("c/c.txt", 1, 1, 7), "dissent")),
			rep("error", side(ev("c/a.txt", 1, 10, 19), "dissent"), side(ev("c/b.txt", 2, 5, 11), "consensus")),
			[4]bool{false, true, true, true}, [4]bool{false, true, true, true}},
		{"consensus before and after", rep("error", side(ev("c/a.txt", 1, 10, 16), "consensus"), side(ev("c/c.txt", 1, 1, 7), "dissent")),
			rep("error", side(ev("c/a.txt", 1, 10, 19), "consensus"), side(ev("c/c.txt", 1, 1, 7), "dissent")),
			[4]bool{}, [4]bool{}},
	} {
		o := judgePlant(p, tt.before, tt.after)
		if o.found != tt.found || o.withPartner != tt.with {
			t.Errorf("%s: found %v with partner %v, want %v %v", tt.name, o.found, o.withPartner, tt.found, tt.with)
		}
	}
}

// TestHarness runs the whole harness, through the built factlint, on a
// three-article slice of a real ECB+ cluster (11ecb, CC BY 3.0) and on the
// four FRANK summaries of one article (MIT), copied into
// testdata/devset/.
func TestHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs factlint")
	}
	ctx := context.Background()
	bin := mustBuild(ctx, t)
	td := filepath.Join("..", "..", "testdata", "devset")
	cfg := config{ecb: filepath.Join(td, "ecbplus"), frank: filepath.Join(td, "frank", "validation.jsonl"),
		bin: bin, seed: 1, jobs: 2, sample: 30}
	res, err := run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	// What the harness selects depends on gold alone: in 11_3ecb and its
	// partners, "Sunday" (twice) and "Turkmenistan" (twice).
	if want := (plantStats{coreferent: 4, sameEvent: 4, form: 4, valid: 4, sampled: 4}); res.ecb.stats != want {
		t.Errorf("plant selection %+v, want %+v", res.ecb.stats, want)
	}
	if a := res.ecb.align; a.goldPairs != 2 || a.goldRecognized != 2 {
		t.Errorf("gold pairs %d, recognized %d; want 2, 2", a.goldPairs, a.goldRecognized)
	}
	if f := res.frank; f.summaries != 4 || f.factual != 1 || f.circE != 2 {
		t.Errorf("FRANK: %d summaries, %d factual, %d CircE; want 4, 1, 2", f.summaries, f.factual, f.circE)
	}
	if res.ecb.counts[3] != 0 {
		t.Errorf("%d errors on the unmodified cluster, want 0", res.ecb.counts[3])
	}
	var out bytes.Buffer
	if err := res.print(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("default rules:\n%s", out.String())

	// With a user's lexicon entry for elections (README.md), factlint
	// keys "cast ballots Sunday": a planted Wednesday in 11_3ecb is an
	// error citing the new words and 11_6ecb's Sunday. A Wednesday
	// planted in 11_6ecb's first sentence is a warning, not an error:
	// that article says "Sunday's election" two sentences on, as the
	// others say Sunday, so its Wednesday is odd (checker/odd.go), but
	// keyed by "polls", not "election": another event, maybe.
	rules, err := filepath.Abs(filepath.Join(td, "election.cue"))
	if err != nil {
		t.Fatal(err)
	}
	cfg.rules = []string{rules}
	res, err = run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	dates := res.ecb.plantCounts("TIME_DATE")
	if dates.n != 2 || dates.found[3] != 1 || dates.withPartner[3] != 1 || dates.found[2] != 2 {
		t.Errorf("election rule: %d date plants, %d found at error, %d citing a partner, %d at warning+; want 2, 1, 1, 2",
			dates.n, dates.found[3], dates.withPartner[3], dates.found[2])
	}
	if res.ecb.counts[3] != 0 {
		t.Errorf("election rule: %d errors on the unmodified cluster, want 0", res.ecb.counts[3])
	}
	out.Reset()
	if err := res.print(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("election rule:\n%s", out.String())
}

// The harness refuses what it cannot read, naming the file and line.
func TestBadGold(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "gold.jsonl"), []byte("{\"file\": \"a/b.txt\", \"line\": 1, \"column\": 1, \"end\": 2}\n{oops\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := readGold(dir)
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl:2:") {
		t.Errorf("readGold: %v, want an error naming gold.jsonl:2", err)
	}
}

// Fields of the JSON evidence the harness does not know are kept for the
// dumps.
func TestEvidenceExtra(t *testing.T) {
	var e evidence
	if err := json.Unmarshal([]byte(`{"file": "a.txt", "line": 2, "role": "date", "event": "visit", "participants": [
	  "Jens Stoltenberg", "Zelenskyy"
	]}`), &e); err != nil {
		t.Fatal(err)
	}
	want := []string{`event="visit"`, `participants=["Jens Stoltenberg","Zelenskyy"]`, `role="date"`}
	if e.File != "a.txt" || e.Line != 2 || !slices.Equal(e.Extra, want) {
		t.Errorf("got %+v, want file a.txt, line 2, extra %q", e, want)
	}
}

// The seeds (testdata/stoltenberg): every keyed date or place a second
// seed states alike is planted; the unmodified seeds raise no error, and
// the summit's place, which one summit has once, is found wherever a
// plain sentence gives it.
func TestSeedsHarness(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs factlint")
	}
	ctx := context.Background()
	bin := mustBuild(ctx, t)
	cfg := config{seeds: filepath.Join("..", "..", "testdata", "stoltenberg"), bin: bin, seed: 1, jobs: 2}
	res, err := run(ctx, cfg)
	if err != nil {
		t.Fatal(err)
	}
	s := res.seeds
	if s.articles != 5 || s.counts[3] != 0 {
		t.Errorf("%d articles, %d errors unmodified; want 5, 0", s.articles, s.counts[3])
	}
	summit, found := 0, 0
	for i, p := range s.plants {
		if p.key == "summit[NATO].place" && strings.HasPrefix(p.file, "seeds/000") {
			summit++
			if s.found[i][3] {
				found++
			}
		}
	}
	if summit != 1 || found != 1 {
		t.Errorf("000's summit place: %d plants, %d found at error; want 1, 1", summit, found)
	}
	var out bytes.Buffer
	if err := res.print(&out); err != nil {
		t.Fatal(err)
	}
	t.Logf("\n%s", out.String())
}

// mustBuild builds ./cmd/factlint of this module for a test.
func mustBuild(ctx context.Context, t *testing.T) string {
	t.Helper()
	bin, err := buildFactlint(ctx, t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	return bin
}
