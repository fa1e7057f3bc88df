package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strings"
	"testing"
)

// These tests use real git, a real factlint binary and (for the
// pre-commit framework) the real pre-commit tool; .ci/run installs it and
// sets FACTLINT_REQUIRE_PRECOMMIT=1 so that its absence fails there.

// buildFactlint builds the command into dir and returns its path.
func buildFactlint(t *testing.T, dir string) string {
	t.Helper()
	exe := filepath.Join(dir, "factlint")
	if runtime.GOOS == "windows" {
		exe += ".exe"
	}
	out, err := exec.Command("go", "build", "-o", exe, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return exe
}

// repo is a temporary git repository with a configuration whose sources
// say the summit is in Vilnius in July.
type repo struct {
	t   *testing.T
	dir string
	env []string
}

func newRepo(t *testing.T, env ...string) *repo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not installed")
	}
	r := gitRepo(t, t.TempDir(), env...)
	r.write(".factlint.cue", "sources: [\"wires/\"]\ndraft: [\"draft.md\"]\ndate: \"2023-04-20\"\n")
	r.write("wires/reuters.txt", "NATO leaders will meet at the summit in Vilnius in July.\n")
	r.git("add", ".")
	r.git("commit", "-q", "-m", "wires")
	return r
}

// gitRepo makes dir a git repository with a fixed identity and no user or
// system configuration.
func gitRepo(t *testing.T, dir string, env ...string) *repo {
	r := &repo{t: t, dir: dir, env: append(append(os.Environ(),
		"GIT_AUTHOR_NAME=Test", "GIT_AUTHOR_EMAIL=test@example.org",
		"GIT_COMMITTER_NAME=Test", "GIT_COMMITTER_EMAIL=test@example.org",
		"GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1"), env...)}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *repo) write(name, text string) {
	r.t.Helper()
	p := filepath.Join(r.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// run runs a command in the repository and returns its combined output
// and whether it succeeded.
func (r *repo) run(name string, args ...string) (string, bool) {
	cmd := exec.Command(name, args...)
	cmd.Dir, cmd.Env = r.dir, r.env
	out, err := cmd.CombinedOutput()
	return string(out), err == nil
}

func (r *repo) git(args ...string) string {
	r.t.Helper()
	out, ok := r.run("git", args...)
	if !ok {
		r.t.Fatalf("git %s: %s", strings.Join(args, " "), out)
	}
	return out
}

// commitDraft stages a draft and tries to commit it.
func (r *repo) commitDraft(text string) (string, bool) {
	r.write("draft.md", text)
	r.git("add", "draft.md")
	return r.run("git", "commit", "-q", "-m", "draft")
}

// TestHookInstall: 'factlint hook install' writes a plain git hook that
// blocks a commit whose draft contradicts the sources, and lets the fixed
// draft through; it refuses to overwrite a hook without --force.
func TestHookInstall(t *testing.T) {
	if testing.Short() {
		t.Skip("builds factlint and runs git")
	}
	bin := t.TempDir()
	exe := buildFactlint(t, bin)
	r := newRepo(t, "PATH="+bin+string(os.PathListSeparator)+os.Getenv("PATH"))

	if out, ok := r.run(exe, "hook", "install"); !ok || !strings.Contains(out, "installed") {
		t.Fatalf("hook install: %s", out)
	}
	if out, ok := r.run(exe, "hook", "install"); ok || !strings.Contains(out, "--force") {
		t.Errorf("second install without --force: ok=%v %s", ok, out)
	}
	if out, ok := r.run(exe, "hook", "install", "--force"); !ok {
		t.Errorf("install --force: %s", out)
	}

	out, ok := r.commitDraft("The summit in Riga will be held in July.\n")
	if ok {
		t.Fatalf("commit of a conflicting draft went through:\n%s", out)
	}
	if !strings.Contains(out, "draft.md:1:15: error: summit.place") {
		t.Errorf("hook output lacks the conflict:\n%s", out)
	}
	if out, ok := r.commitDraft("The summit in Vilnius will be held in July.\n"); !ok {
		t.Fatalf("commit of the fixed draft was blocked:\n%s", out)
	}
	if log := r.git("log", "--oneline"); strings.Count(log, "\n") != 2 {
		t.Errorf("log:\n%s", log)
	}
}

// TestPreCommitFramework: a repository that uses this working tree's
// .pre-commit-hooks.yaml through the pre-commit tool has a conflicting
// draft's commit blocked, and the fixed one allowed.
func TestPreCommitFramework(t *testing.T) {
	if testing.Short() {
		t.Skip("builds factlint through pre-commit")
	}
	if _, err := exec.LookPath("pre-commit"); err != nil {
		if os.Getenv("FACTLINT_REQUIRE_PRECOMMIT") != "" {
			t.Fatal("pre-commit not installed")
		}
		t.Skip("pre-commit not installed (apt-get install pre-commit)")
	}
	hookRepo := snapshotWorkTree(t)
	modcache, _ := exec.Command("go", "env", "GOMODCACHE").Output()
	r := newRepo(t, "PRE_COMMIT_HOME="+t.TempDir(), "GOMODCACHE="+strings.TrimSpace(string(modcache)), "GOTOOLCHAIN=local", "GOFLAGS=")
	// The README's snippet, pointed at the snapshot.
	cfg := snippets(t)["pre-commit"]
	cfg = regexp.MustCompile(`repo: \S+`).ReplaceAllString(cfg, "repo: "+hookRepo.dir)
	cfg = regexp.MustCompile(`rev: \S+`).ReplaceAllString(cfg, "rev: "+hookRepo.head)
	r.write(".pre-commit-config.yaml", cfg)
	r.git("add", ".pre-commit-config.yaml")
	r.git("commit", "-q", "-m", "pre-commit config")
	if out, ok := r.run("pre-commit", "install"); !ok {
		t.Fatalf("pre-commit install: %s", out)
	}
	out, ok := r.commitDraft("The summit in Riga will be held in July.\n")
	if ok {
		t.Fatalf("commit of a conflicting draft went through:\n%s", out)
	}
	t.Logf("blocked commit:\n%s", out)
	if !strings.Contains(out, "summit.place") || !strings.Contains(out, "Failed") {
		t.Errorf("pre-commit output lacks the failure:\n%s", out)
	}
	if out, ok := r.commitDraft("The summit in Vilnius will be held in July.\n"); !ok {
		t.Fatalf("commit of the fixed draft was blocked:\n%s", out)
	}
}

type snapshot struct{ dir, head string }

// snapshotWorkTree copies this working tree (tracked and new files, as
// they are now) into a fresh git repository, so that pre-commit installs
// the hook as it stands, not as last committed.
func snapshotWorkTree(t *testing.T) snapshot {
	t.Helper()
	top, err := exec.Command("git", "rev-parse", "--show-toplevel").Output()
	if err != nil {
		t.Skipf("not in a git work tree: %v", err)
	}
	root := strings.TrimSpace(string(top))
	list := exec.Command("git", "ls-files", "-z", "--cached", "--others", "--exclude-standard")
	list.Dir = root
	names, err := list.Output()
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	for _, name := range bytes.Split(names, []byte{0}) {
		if len(name) == 0 {
			continue
		}
		b, err := os.ReadFile(filepath.Join(root, string(name)))
		if err != nil {
			continue // deleted in the work tree
		}
		p := filepath.Join(dst, string(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	r := gitRepo(t, dst)
	r.git("add", ".")
	r.git("commit", "-q", "-m", "snapshot")
	return snapshot{dir: dst, head: strings.TrimSpace(r.git("rev-parse", "HEAD"))}
}
