package report

import (
	"bytes"
	"context"
	"encoding/xml"
	"flag"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

var update = flag.Bool("update", os.Getenv("FACTLINT_UPDATE") != "", "rewrite testdata/report/golden")

// fixture checks testdata/report/fixture: a place error between a draft
// and a wire, and the scoped-first warning against a tweet.
func fixture(t *testing.T) (*checker.Report, *rules.Set) {
	t.Helper()
	set, err := rules.Load()
	if err != nil {
		t.Fatal(err)
	}
	var docs []*facts.Document
	for _, name := range []string{"draft.md", "tweet.txt", "wire.txt"} {
		b, err := os.ReadFile(filepath.Join("../../testdata/report/fixture", name))
		if err != nil {
			t.Fatal(err)
		}
		d, err := facts.Load(name, b, facts.Meta{Date: facts.Date{Year: 2023, Month: 4, Day: 20}})
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	r, err := checker.Check(context.Background(), docs, checker.Options{Rules: set})
	if err != nil {
		t.Fatal(err)
	}
	if len(r.Conflicts) != 2 {
		t.Fatalf("fixture has %d conflicts, want 2", len(r.Conflicts))
	}
	return r, set
}

var tool = Tool{Name: "factlint", Version: "1.0.0-test", URI: "https://github.com/factlint/factlint"}

// TestGolden prints one fixture report in every format and compares with
// testdata/report/golden/<format>; -update rewrites them.
func TestGolden(t *testing.T) {
	r, set := fixture(t)
	for _, format := range FormatNames() {
		t.Run(format, func(t *testing.T) {
			var b bytes.Buffer
			if err := Write(&b, format, r, Options{MaxPerGroup: 3, Tool: tool, Rules: set}); err != nil {
				t.Fatal(err)
			}
			path := filepath.Join("../../testdata/report/golden", format)
			if *update {
				if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			if diff := cmp.Diff(string(want), b.String()); diff != "" {
				t.Errorf("%s (-want +got):\n%s", format, diff)
			}
			// Every format carries both conflicts.
			for _, c := range r.Conflicts {
				if !strings.Contains(b.String(), c.Key) && format != "sarif" {
					t.Errorf("%s lacks %s", format, c.Key)
				}
			}
		})
	}
}

// TestEmpty: with nothing to report, the text and line formats print
// nothing and the structured ones print valid empty documents.
func TestEmpty(t *testing.T) {
	r := &checker.Report{Documents: 1, Files: []string{"a.txt"}}
	for _, format := range FormatNames() {
		var b bytes.Buffer
		if err := Write(&b, format, r, Options{Tool: tool}); err != nil {
			t.Fatal(err)
		}
		quiet := format == "text" || format == "line" || format == "github"
		if quiet != (b.Len() == 0) {
			t.Errorf("%s printed %q for an empty report", format, b.String())
		}
	}
}

// TestJUnitParses reads the JUnit output back.
func TestJUnitParses(t *testing.T) {
	r, set := fixture(t)
	var b bytes.Buffer
	if err := JUnit(&b, r, Options{Rules: set}); err != nil {
		t.Fatal(err)
	}
	var got junitSuites
	if err := xml.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	if got.Tests != 3 || got.Failures != 2 || len(got.Suites) != 1 || len(got.Suites[0].Cases) != 3 {
		t.Errorf("junit = %d tests, %d failures", got.Tests, got.Failures)
	}
}

// TestSARIFValidates runs Microsoft's SARIF validator (sarif-multitool,
// from npm) on the SARIF output: no errors. .ci/run installs it and sets
// FACTLINT_SARIF_MULTITOOL; elsewhere it is looked up on PATH.
func TestSARIFValidates(t *testing.T) {
	tool := os.Getenv("FACTLINT_SARIF_MULTITOOL")
	if tool == "" {
		var err error
		if tool, err = exec.LookPath("sarif-multitool"); err != nil {
			t.Skip("sarif-multitool not installed (npm install @microsoft/sarif-multitool)")
		}
	}
	r, set := fixture(t)
	var b bytes.Buffer
	if err := SARIF(&b, r, Options{Tool: Tool{Name: "factlint", Version: "1.0.0", URI: "https://github.com/factlint/factlint"}, Rules: set}); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(t.TempDir(), "report.sarif")
	if err := os.WriteFile(path, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	out, err := exec.Command(tool, "validate", path).CombinedOutput()
	if err != nil {
		t.Fatalf("sarif-multitool validate: %v\n%s", err, out)
	}
	if strings.Contains(string(out), ": error ") {
		t.Errorf("validator reports errors:\n%s", out)
	}
	t.Logf("%s", out)
}
