package main

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/factlint/factlint/rules"
)

// TestCostlyRules runs factlint in a child process (an evaluation over
// budget goes on in the background until the process exits) on rule files
// that explode: 25 struct disjunctions combined, a chain of 100,000
// references, and a structural cycle. Each fails with exit status 2 and a
// short message naming the file and line.
func TestCostlyRules(t *testing.T) {
	if os.Getenv("FACTLINT_CHILD_ARGS") != "" {
		t.Skip("in the child")
	}
	dir := t.TempDir()
	var chain strings.Builder
	chain.WriteString("x0: 1\n")
	for i := range 100000 {
		fmt.Fprintf(&chain, "x%d: x%d\n", i+1, i)
	}
	for name, text := range map[string]string{"chain.cue": chain.String(), "cycle.cue": "ok: 1\nx: {a: x}\n",
		"a.txt": "The summit in Vilnius opens in July.\n"} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	explode, err := filepath.Abs("testdata/explode.cue")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		rules string
		want  string // the whole of stderr
	}{
		{explode, explode + ":28: the rules take more than 2s to evaluate: too many disjunctions combined, or too long a chain of references?"},
		{"chain.cue", "chain.cue:1: the rules take more than 2s to evaluate: too many disjunctions combined, or too long a chain of references?"},
		{"cycle.cue", "cycle.cue:2:5: x.a: structural cycle"},
	}
	for _, tt := range tests {
		t.Run(filepath.Base(tt.rules), func(t *testing.T) {
			cmd := exec.Command(os.Args[0], "-test.run=^TestCostlyRulesChild$")
			cmd.Dir = dir
			cmd.Env = append(os.Environ(), "FACTLINT_CHILD_ARGS=check --rules "+tt.rules+" a.txt")
			var stdout, stderr bytes.Buffer
			cmd.Stdout, cmd.Stderr = &stdout, &stderr
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			done := make(chan error, 1)
			go func() { done <- cmd.Wait() }()
			select {
			case <-done:
			case <-time.After(2 * time.Minute):
				cmd.Process.Kill()
				t.Fatal("factlint did not stop")
			}
			if code := cmd.ProcessState.ExitCode(); code != exitUsage {
				t.Errorf("exit %d, want %d; stdout %q", code, exitUsage, stdout.String())
			}
			if got := strings.TrimSpace(stderr.String()); got != "factlint: "+tt.want {
				t.Errorf("stderr:\n%s\nwant:\nfactlint: %s", got, tt.want)
			}
		})
	}
}

// TestCostlyRulesChild is the child of TestCostlyRules: it runs factlint
// with the arguments it is given, under a 2 s budget, and exits with its
// status.
func TestCostlyRulesChild(t *testing.T) {
	args := os.Getenv("FACTLINT_CHILD_ARGS")
	if args == "" {
		t.Skip("run by TestCostlyRules")
	}
	rules.EvalBudget.Time = 2 * time.Second
	os.Exit(run(strings.Fields(args), strings.NewReader(""), os.Stdout, os.Stderr))
}
