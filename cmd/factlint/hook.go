package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"

	"github.com/spf13/cobra"
)

// hookScript is the git pre-commit hook 'factlint hook install' writes.
// %s is the factlint binary to use when none is on PATH.
const hookScript = `#!/bin/sh
# factlint pre-commit hook, written by 'factlint hook install'.
# Checks the staged text and Markdown files against the sources of
# .factlint.cue; a conflict at or above its fail-on blocks the commit.
factlint=$(command -v factlint || echo %s)
git diff --cached --name-only --diff-filter=ACMR -z -- '*.txt' '*.text' '*.md' '*.markdown' |
	xargs -0 -r "$factlint" check --pre-commit
`

func hookCmd(e *env) *cobra.Command {
	c := &cobra.Command{
		Use:   "hook",
		Short: "Manage the git pre-commit hook",
		Long: `Hook manages a plain git pre-commit hook, for teams without the pre-commit
tool (which uses .pre-commit-hooks.yaml instead).

Examples:
  factlint hook install
  factlint hook install --force`,
	}
	var force bool
	install := &cobra.Command{
		Use:   "install",
		Short: "Write a git pre-commit hook that runs factlint on staged files",
		Long: `Install writes the repository's pre-commit hook (where git looks for it,
core.hooksPath included). The hook checks the staged .txt and .md files with
'factlint check --pre-commit', so that they are checked against the sources
of .factlint.cue. An existing hook is left alone unless --force is given.

Examples:
  factlint hook install
  factlint hook install --force`,
		Args: cobra.NoArgs,
		RunE: func(*cobra.Command, []string) error {
			out, err := exec.Command("git", "rev-parse", "--git-path", "hooks").Output()
			if err != nil {
				return fmt.Errorf("not in a git repository (git rev-parse: %v)", err)
			}
			dir := strings.TrimSpace(string(out))
			path := filepath.Join(dir, "pre-commit")
			if _, err := os.Stat(path); err == nil && !force {
				return fmt.Errorf("%s exists: not overwritten (use --force to replace it)", path)
			} else if err != nil && !errors.Is(err, fs.ErrNotExist) {
				return err
			}
			exe, err := os.Executable()
			if err != nil {
				exe = "factlint"
			}
			if err := os.MkdirAll(dir, 0o755); err != nil {
				return err
			}
			script := fmt.Sprintf(hookScript, shellQuote(exe))
			if err := os.WriteFile(path, []byte(script), 0o755); err != nil {
				return err
			}
			if err := os.Chmod(path, 0o755); err != nil {
				return err
			}
			_, err = fmt.Fprintf(e.stdout, "installed %s\n", path)
			return err
		},
	}
	install.Flags().BoolVar(&force, "force", false, "replace an existing pre-commit hook")
	c.AddCommand(install)
	return c
}

func shellQuote(s string) string { return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'" }
