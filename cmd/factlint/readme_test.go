package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/factlint/factlint/rules"
)

// snippets returns the fenced blocks of README.md that follow a
// <!-- snippet: NAME --> line, by name.
func snippets(t *testing.T) map[string]string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile("(?s)<!-- snippet: ([a-z-]+) -->\n```[a-z]*\n(.*?)```")
	out := map[string]string{}
	for _, m := range re.FindAllStringSubmatch(string(b), -1) {
		out[m[1]] = m[2]
	}
	for _, name := range []string{"config", "facts", "workflow", "pre-commit", "install"} {
		if out[name] == "" {
			t.Fatalf("README has no %q snippet", name)
		}
	}
	return out
}

// TestReadmeSnippets: the configuration validates; the fact sheet loads;
// the workflow's factlint commands run (exit 0 or 1, never a usage error)
// in a repository laid out as the configuration says.
func TestReadmeSnippets(t *testing.T) {
	sn := snippets(t)
	if _, err := rules.LoadConfig(".factlint.cue", []byte(sn["config"])); err != nil {
		t.Fatalf("config snippet: %v", err)
	}
	dir := t.TempDir()
	write := func(name, text string) {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write(".factlint.cue", sn["config"])
	write("facts.cue", sn["facts"])
	write("wires/a.txt", "The summit in Vilnius will be held in July.\n")
	write("drafts/d.md", "The summit in Vilna will be held in June.\n")
	t.Chdir(dir)
	ran := 0
	for _, line := range strings.Split(sn["workflow"], "\n") {
		cmd, ok := strings.CutPrefix(strings.TrimSpace(line), "- run: factlint ")
		if !ok {
			continue
		}
		cmd, _, _ = strings.Cut(cmd, ">")
		var stdout, stderr bytes.Buffer
		code := run(strings.Fields(cmd), nil, &stdout, &stderr)
		if code == exitUsage || stderr.Len() > 0 {
			t.Errorf("factlint %s: exit %d\n%s", cmd, code, stderr.String())
		}
		if !strings.Contains(stdout.String(), "summit.date") {
			t.Errorf("factlint %s: the draft's June is not reported:\n%s", cmd, stdout.String())
		}
		ran++
	}
	if ran != 2 {
		t.Errorf("ran %d workflow commands, want 2", ran)
	}
}

// TestReadmeExample: the report the README shows is the one the main
// command prints today.
func TestReadmeExample(t *testing.T) {
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile("(?s)```\n(testdata/stoltenberg/.*?)```").FindSubmatch(b)
	if m == nil {
		t.Fatal("README shows no example report")
	}
	t.Chdir("../..")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"check", "testdata/stoltenberg"}, nil, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	if got := stdout.String(); got != string(m[1]) {
		t.Errorf("README example differs from the output:\n%s", got)
	}
}

// TestReadmeInstall runs the README's install snippet from this checkout:
// the clone is this repository (its URL must be the module's), then the
// go install line, then the installed factlint. The workflow snippet
// installs with the same command.
func TestReadmeInstall(t *testing.T) {
	sn := snippets(t)
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go command")
	}
	bin := t.TempDir()
	ran := 0
	for _, line := range strings.Split(strings.TrimSpace(sn["install"]), "\n") {
		line, _, _ = strings.Cut(line, "#")
		line = strings.TrimSpace(line)
		switch {
		case strings.HasPrefix(line, "git clone "):
			if !strings.Contains(line, "https://github.com/factlint/factlint ") {
				t.Errorf("the clone is not of the module's repository: %s", line)
			}
		case line == "go install ./cmd/factlint":
			cmd := exec.Command(goTool, "install", "./cmd/factlint")
			cmd.Dir = "../.."
			cmd.Env = append(os.Environ(), "GOBIN="+bin)
			if out, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("%s: %v\n%s", line, err, out)
			}
			ran++
		case line == "factlint version":
			out, err := exec.Command(filepath.Join(bin, "factlint"), "version").CombinedOutput()
			if err != nil || !strings.HasPrefix(string(out), "factlint ") {
				t.Fatalf("%s: %v\n%s", line, err, out)
			}
			ran++
		default:
			t.Errorf("install snippet line not tested: %q", line)
		}
	}
	if ran != 2 {
		t.Errorf("ran %d install commands, want 2", ran)
	}
	if !strings.Contains(sn["workflow"], "go install ./cmd/factlint") {
		t.Error("the workflow installs factlint otherwise than the tested snippet")
	}
}
