package main

import (
	"bytes"
	"os"
	"testing"
)

// TestTriggersUpToDate regenerates rules/cue/triggers.cue from WordNet and
// the lexicon and compares: the committed file is what the generator
// writes. Without WordNet (Debian's wordnet-base) it skips, unless
// FACTLINT_REQUIRE_WORDNET is set, as CI sets it.
func TestTriggersUpToDate(t *testing.T) {
	const wn = "/usr/share/wordnet"
	if _, err := os.Stat(wn + "/data.verb"); err != nil {
		if os.Getenv("FACTLINT_REQUIRE_WORDNET") != "" {
			t.Fatalf("WordNet required: %v", err)
		}
		t.Skip("no WordNet at", wn)
	}
	got, err := generate(wn, "../cue/lexicon.cue")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../cue/triggers.cue")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("rules/cue/triggers.cue is out of date: go run ./rules/gen")
	}
}

func TestInflect(t *testing.T) {
	w := &wordNet{verbExc: map[string][]string{"shoot": {"shot"}, "stab": {"stabbed", "stabbing"},
		"travel": {"travelled", "travelling"}, "hang": {"hung"}, "plead": {"pled"}}}
	for _, tt := range []struct {
		verb string
		want string
	}{
		{"shoot", "shoot shooting shoots shot"},
		{"stab", "stab stabbed stabbing stabs"},
		{"travel", "travel traveled traveling travelled travelling travels"},
		{"die", "die died dies dying"},
		{"try", "tried tries try trying"},
		{"hang", "hang hanged hanging hangs hung"}, // "hanged himself" beside "hung a picture"
		{"plead", "plead pleaded pleading pleads pled"},
	} {
		got := w.inflect(tt.verb)
		if s := join(got); s != tt.want {
			t.Errorf("inflect(%q) = %s, want %s", tt.verb, s, tt.want)
		}
	}
}

func TestIsClause(t *testing.T) {
	for n, want := range map[string]bool{"body was found": true, "hit by a car": true,
		"injured reserve": false, "hit and run": false} {
		if got := isClause(n); got != want {
			t.Errorf("isClause(%q) = %v, want %v", n, got, want)
		}
	}
}

func join(ws []string) string {
	var b bytes.Buffer
	for i, w := range ws {
		if i > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// TestVerbsUpToDate regenerates facts/events/verbs.txt from WordNet and
// compares, as TestTriggersUpToDate does.
func TestVerbsUpToDate(t *testing.T) {
	const wn = "/usr/share/wordnet"
	if _, err := os.Stat(wn + "/data.verb"); err != nil {
		if os.Getenv("FACTLINT_REQUIRE_WORDNET") != "" {
			t.Fatalf("WordNet required: %v", err)
		}
		t.Skip("no WordNet at", wn)
	}
	got, err := generateVerbs(wn)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../../facts/events/verbs.txt")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Error("facts/events/verbs.txt is out of date: go run ./rules/gen")
	}
}
