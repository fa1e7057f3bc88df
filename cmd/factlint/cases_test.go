package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"

	"github.com/factlint/factlint/checker/report"
)

var update = flag.Bool("update", os.Getenv("FACTLINT_UPDATE") != "", "rewrite the want/ sections of testdata/cases")

// TestCases runs every testdata/cases/*.txtar archive: its files are
// written to a fresh folder, "seeds" copies the seed articles into it
// (with "FILE: OLD => NEW" edits, each of which must apply), "cmd" holds
// the arguments, and want/stdout, want/stderr and want/exit the exact
// expected results; a cmd of several lines runs each in turn. -update (or FACTLINT_UPDATE=1) rewrites the wants;
// read the diff before committing.
func TestCases(t *testing.T) {
	archives, err := filepath.Glob("../../testdata/cases/*.txtar")
	for i := range archives {
		archives[i], _ = filepath.Abs(archives[i])
	}
	if err != nil || len(archives) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	seeds, err := filepath.Abs("../../testdata/stoltenberg")
	if err != nil {
		t.Fatal(err)
	}
	for _, path := range archives {
		t.Run(strings.TrimSuffix(filepath.Base(path), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(path)
			if err != nil {
				t.Fatal(err)
			}
			dir := t.TempDir()
			var cmds [][]string
			for _, f := range ar.Files {
				switch {
				case f.Name == "cmd":
					for _, line := range strings.Split(strings.TrimSpace(string(f.Data)), "\n") {
						cmds = append(cmds, strings.Fields(line))
					}
				case f.Name == "seeds":
					copySeeds(t, seeds, dir, string(f.Data))
				case strings.HasPrefix(f.Name, "want/"):
				default:
					p := filepath.Join(dir, f.Name)
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, f.Data, 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			if cmds == nil {
				t.Fatal("no cmd section")
			}
			t.Chdir(dir)
			// One command: its outputs as they are. Several, run in
			// order: each output headed by "$ factlint ARGS".
			got := map[string]string{}
			for _, args := range cmds {
				var stdout, stderr bytes.Buffer
				stdin := strings.NewReader(section(ar, "stdin"))
				code := run(args, stdin, &stdout, &stderr)
				head := ""
				if len(cmds) > 1 {
					head = "$ factlint " + strings.Join(args, " ") + "\n"
				}
				got["want/stdout"] += head + stdout.String()
				got["want/stderr"] += head + stderr.String()
				got["want/exit"] += strconv.Itoa(code) + "\n"
			}
			if *update {
				for name, data := range got {
					setSection(ar, name, data)
				}
				if err := os.WriteFile(path, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, name := range []string{"want/exit", "want/stdout", "want/stderr"} {
				if diff := cmp.Diff(section(ar, name), got[name]); diff != "" {
					t.Errorf("%s mismatch (-want +got):\n%s", name, diff)
				}
			}
		})
	}
}

func section(ar *txtar.Archive, name string) string {
	for _, f := range ar.Files {
		if f.Name == name {
			return string(f.Data)
		}
	}
	return ""
}

func setSection(ar *txtar.Archive, name, data string) {
	for i, f := range ar.Files {
		if f.Name == name {
			ar.Files[i].Data = []byte(data)
			return
		}
	}
	ar.Files = append(ar.Files, txtar.File{Name: name, Data: []byte(data)})
}

// copySeeds copies seed articles into dir: one line per file, or
// "FILE: OLD => NEW" to copy it with every OLD replaced by NEW. The
// manifest comes along.
func copySeeds(t *testing.T, from, dir, spec string) {
	t.Helper()
	files := map[string]string{}
	var order []string
	for _, line := range strings.Split(strings.TrimSpace(spec), "\n") {
		name, edit, _ := strings.Cut(strings.TrimSpace(line), ": ")
		text, ok := files[name]
		if !ok {
			b, err := os.ReadFile(filepath.Join(from, name))
			if err != nil {
				t.Fatal(err)
			}
			text = string(b)
			order = append(order, name)
		}
		if edit != "" {
			old, repl, ok := strings.Cut(edit, " => ")
			if !ok || !strings.Contains(text, old) {
				t.Fatalf("seed edit %q does not apply to %s", edit, name)
			}
			text = strings.ReplaceAll(text, old, repl)
		}
		files[name] = text
	}
	order = append(order, "sources.cue")
	b, err := os.ReadFile(filepath.Join(from, "sources.cue"))
	if err != nil {
		t.Fatal(err)
	}
	files["sources.cue"] = string(b)
	for _, name := range order {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(files[name]), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// TestFormatKeepsExitStatus: every format exits as the text format does.
func TestFormatKeepsExitStatus(t *testing.T) {
	for _, failOn := range []string{"error", "warning", "none"} {
		want := -1
		for _, format := range report.FormatNames() {
			var stdout, stderr bytes.Buffer
			code := run([]string{"check", "--format", format, "--fail-on", failOn, "../../testdata/stoltenberg"}, nil, &stdout, &stderr)
			if want == -1 {
				want = code
			}
			if code != want || stderr.Len() > 0 {
				t.Errorf("--format %s --fail-on %s: exit %d, want %d; %s", format, failOn, code, want, stderr.String())
			}
		}
		if wantFor := map[string]int{"error": 0, "warning": 1, "none": 0}[failOn]; want != wantFor {
			t.Errorf("--fail-on %s: exit %d, want %d", failOn, want, wantFor)
		}
	}
}
