package main

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"testing"
)

// TestProgress: over progressMin documents, a bar is drawn on stderr when
// it is a terminal, and cleared at the end; in a pipe, or for fewer
// documents, stderr stays empty. The report is the same either way.
func TestProgress(t *testing.T) {
	dir := t.TempDir()
	t.Chdir(dir)
	for i := range progressMin {
		text := fmt.Sprintf("The summit in Vilnius opens in July, report %d.\n", i)
		if i == 7 {
			text = "The summit in Vilnius opens in June.\n"
		}
		if err := os.WriteFile(fmt.Sprintf("%04d.txt", i), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var reports []string
	for _, tt := range []struct {
		name     string
		terminal bool
		args     []string
		bar      bool
	}{
		{"check on a terminal", true, []string{"check", "--format", "line", "."}, true},
		{"check in a pipe", false, []string{"check", "--format", "line", "."}, false},
		{"extract on a terminal", true, []string{"extract", "--format", "json", "."}, true},
		{"few files on a terminal", true, []string{"check", "--format", "line", "0001.txt", "0007.txt"}, false},
	} {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr bytes.Buffer
			e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
				isTerminal: func(w io.Writer) bool { return tt.terminal && w == io.Writer(&stderr) }}
			if code := runEnv(e, tt.args); code != exitConflicts && code != exitOK {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			if got := strings.Contains(stderr.String(), "extracting"); got != tt.bar {
				t.Errorf("bar shown = %v, want %v; stderr %q", got, tt.bar, stderr.String())
			}
			// The bar is erased at the end: the last thing written is a
			// line of spaces between carriage returns.
			if parts := strings.Split(stderr.String(), "\r"); tt.bar &&
				(len(parts) < 3 || parts[len(parts)-1] != "" || strings.TrimSpace(parts[len(parts)-2]) != "") {
				t.Errorf("bar not cleared: %q", stderr.String())
			}
			if tt.args[0] == "check" && !strings.Contains(stdout.String(), "0007.txt:1:32: error: summit.date") {
				t.Errorf("report:\n%s", stdout.String())
			}
			reports = append(reports, stdout.String())
		})
	}
	if reports[0] != reports[1] {
		t.Error("the report differs on a terminal and in a pipe")
	}
}

// TestCleanSummary: a clean run in text format says so on stderr when it
// is a terminal, and prints nothing in a pipe.
func TestCleanSummary(t *testing.T) {
	t.Chdir(t.TempDir())
	if err := os.WriteFile("a.txt", []byte("The summit in Vilnius opens in July.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, terminal := range []bool{true, false} {
		var stdout, stderr bytes.Buffer
		e := &env{stdin: strings.NewReader(""), stdout: &stdout, stderr: &stderr,
			isTerminal: func(io.Writer) bool { return terminal }}
		if code := runEnv(e, []string{"check", "a.txt"}); code != exitOK {
			t.Fatalf("exit %d: %s", code, stderr.String())
		}
		want := ""
		if terminal {
			want = "0 conflicts in 1 document (1 source, 2 claims)\n"
		}
		if stdout.String() != "" || stderr.String() != want {
			t.Errorf("terminal %v: stdout %q, stderr %q, want %q", terminal, stdout.String(), stderr.String(), want)
		}
	}
}
