package rules

import (
	"strings"
	"testing"
)

func TestLoadEmbedded(t *testing.T) {
	s, err := Load()
	if err != nil {
		t.Fatal(err)
	}
	if s.Tolerance != "0.1" {
		t.Errorf("tolerance = %q, want 0.1", s.Tolerance)
	}
	var visit *Event
	for i := range s.Events {
		if s.Events[i].Name == "visit" {
			visit = &s.Events[i]
		}
	}
	if visit == nil || visit.Fields["date"] != "date" || len(visit.Again) == 0 {
		t.Fatalf("visit event = %+v", visit)
	}
	if got := s.Kinds["ordinal"].Downgrade["scoped"].Severity; got != "warning" {
		t.Errorf("scoped ordinal downgrade = %q, want warning", got)
	}
	if !s.Schema("date").Exists() {
		t.Error("no date schema")
	}
}

func TestLoadUserRules(t *testing.T) {
	tests := []struct {
		name, src, wantErr string
	}{
		{"extends lexicon", `lexicon: summit: words: ["summit", "summits"]
lexicon: election: {words: ["election", "vote"], fields: date: "date"}`, ""},
		{"bad severity", "kinds: date: severity: \"fatal\"\n", "my.cue:1:"},
		{"syntax", "kinds: {\n  date: \n", "my.cue:"},
		{"tolerance out of range", "tolerance: 2\n", "tolerance"},
		{"unknown kind", "kinds: colour: {doc: \"x\", severity: \"error\", downgrade: {}}\n", "my.cue:1:"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			s, err := Load(File{Name: "my.cue", Data: []byte(tt.src)})
			if tt.wantErr == "" {
				if err != nil {
					t.Fatal(err)
				}
				found := false
				for _, e := range s.Events {
					found = found || e.Name == "election"
				}
				if !found {
					t.Error("user event missing")
				}
				return
			}
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Fatalf("err = %v, want it to contain %q", err, tt.wantErr)
			}
		})
	}
}

func TestLoadConfig(t *testing.T) {
	good := `sources: ["wires/"]
draft: ["draft.md"]
"fail-on": "warning"
facts: ["facts.cue"]
aliases: Kiew: "Kyiv"
ignore: ["aid.amount"]
lexicon: election: {words: ["election"], fields: date: "date"}
`
	c, err := LoadConfig(".factlint.cue", []byte(good))
	if err != nil {
		t.Fatal(err)
	}
	if c.FailOn != "warning" || c.Aliases["Kiew"] != "Kyiv" || len(c.Sources) != 1 || c.Ignore[0] != "aid.amount" {
		t.Errorf("config = %+v", c)
	}
	for _, tt := range []struct{ src, want string }{
		{`"fail-on": "fatal"`, ".factlint.cue:1:12:"},
		{"sources: [\"a\"]\nsoruces: [\"b\"]\n", ".factlint.cue:2:1: soruces: field not allowed"},
		{"date: \"April\"\n", ".factlint.cue:1:7:"},
		{"sources: [\n", ".factlint.cue:"},
	} {
		_, err := LoadConfig(".factlint.cue", []byte(tt.src))
		if err == nil || !strings.Contains(err.Error(), tt.want) {
			t.Errorf("LoadConfig(%q) = %v, want %q", tt.src, err, tt.want)
		}
	}
}

// FuzzLoad: any bytes as a rule file or a configuration give a value or
// an error, never a panic.
func FuzzLoad(f *testing.F) {
	f.Add([]byte(`lexicon: election: {words: ["vote"], fields: date: "date"}`))
	f.Add([]byte(`kinds: date: severity: "warning"`))
	f.Add([]byte(`sources: ["a/"], "fail-on": "none", aliases: Kiew: "Kyiv"`))
	f.Add([]byte("tolerance: 0.5\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if s, err := Load(File{Name: "f.cue", Data: data}); err == nil {
			// Whatever the user adds, a loaded set still judges every
			// kind with a known severity and has the schemas; only
			// self-contradiction and copy-drift (checks.cue) may be as
			// severe as the kind of their claims.
			for name, k := range s.Kinds {
				if k.Severity == "kind" && (name == "self-contradiction" || name == "copy-drift") {
					continue
				}
				if k.Severity != "error" && k.Severity != "warning" && k.Severity != "info" {
					t.Fatalf("kind %s: severity %q", name, k.Severity)
				}
			}
			if len(s.Kinds) == 0 || !s.Schema("date").Exists() {
				t.Fatalf("loaded without kinds (%d) or date schema", len(s.Kinds))
			}
		}
		_, _ = LoadConfig(".factlint.cue", data)
	})
}

// TestCheckSource: what CUE cannot scan is refused with file, line and
// column, the first few errors only, in one pass (20 KB of stray bytes
// once cost the parser a second, quadratic in their number).
func TestCheckSource(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"good", "lexicon: election: {words: [\"vote\"]}\n\tx: 1\r\n", ""},
		{"control", "a: 1\nb: \x1a\n", "f.cue:2:4: control character U+001A: not CUE text"},
		{"escape", "a: \"\x1b]0;t\x07\"\n", "f.cue:1:5: control character U+001B: not CUE text"},
		{"utf-8", "a: \"\xff\"\n", "f.cue:1:5: invalid UTF-8"},
		{"many stray backslashes", "a: 1\n" + strings.Repeat("\\", 20000), "f.cue:2:1: illegal character U+005C '\\'"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckSource("f.cue", []byte(tt.src))
			if tt.want == "" {
				if err != nil {
					t.Fatal(err)
				}
				return
			}
			if err == nil {
				t.Fatalf("no error, want %q", tt.want)
			}
			lines := strings.Split(err.Error(), "\n")
			if lines[0] != tt.want || len(lines) > maxErrors+1 {
				t.Errorf("error = %q (%d lines), want %q first", lines[0], len(lines), tt.want)
			}
		})
	}
}

// TestGenericRules: the embedded rules exclude the verbs of being and
// saying from generic events; a user's file adds one, gives one back or
// turns them off.
func TestGenericRules(t *testing.T) {
	tests := []struct {
		src       string
		off       bool
		with, not []string
	}{
		{"", false, []string{"be", "say", "make"}, []string{"release", "win"}},
		{"generic: exclude: {win: true, make: false}", false, []string{"be", "win"}, []string{"make"}},
		{"generic: off: true", true, []string{"be"}, nil},
	}
	for _, tt := range tests {
		var files []File
		if tt.src != "" {
			files = append(files, File{Name: "my.cue", Data: []byte(tt.src)})
		}
		s, err := Load(files...)
		if err != nil {
			t.Fatalf("%q: %v", tt.src, err)
		}
		if s.Generic.Off != tt.off {
			t.Errorf("%q: off = %v, want %v", tt.src, s.Generic.Off, tt.off)
		}
		has := map[string]bool{}
		for _, v := range s.Generic.Exclude {
			has[v] = true
		}
		for _, v := range tt.with {
			if !has[v] {
				t.Errorf("%q: %q not excluded", tt.src, v)
			}
		}
		for _, v := range tt.not {
			if has[v] {
				t.Errorf("%q: %q excluded", tt.src, v)
			}
		}
	}
}
