package main

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"unicode/utf8"
)

// factlint runs the built command, as a user would: every figure of the
// harness comes from its JSON output.
type factlint struct {
	bin   string   // path of the binary
	rules []string // extra --rules files, absolute
}

// buildFactlint builds ./cmd/factlint of this module into dir.
func buildFactlint(ctx context.Context, dir string) (string, error) {
	bin := filepath.Join(dir, "factlint")
	cmd := exec.CommandContext(ctx, "go", "build", "-o", bin, "github.com/factlint/factlint/cmd/factlint")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("go build ./cmd/factlint: %w\n%s", err, stderr.Bytes())
	}
	return bin, nil
}

// run executes factlint with args in dir (so that paths in its output are
// relative to dir and no .factlint.cue of the caller applies) and returns
// its standard output. Exit status 1 (conflicts found) is not an error.
func (f *factlint) run(ctx context.Context, dir string, args ...string) ([]byte, error) {
	if len(args) > 0 && len(f.rules) > 0 {
		withRules := []string{args[0]}
		for _, r := range f.rules {
			withRules = append(withRules, "--rules", r)
		}
		args = append(withRules, args[1:]...)
	}
	cmd := exec.CommandContext(ctx, f.bin, args...)
	cmd.Dir = dir
	cmd.Env = append(os.Environ(), "NO_COLOR=1")
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	var exit *exec.ExitError
	if errors.As(err, &exit) && exit.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return nil, fmt.Errorf("factlint %s (in %s): %w\n%s", strings.Join(args, " "), dir, err, stderr.Bytes())
	}
	return stdout.Bytes(), nil
}

// report is the part of `factlint check --format json` (version 1) the
// harness reads.
type report struct {
	Version int `json:"version"`
	Summary struct {
		Documents, Sources, Claims, Errors, Warnings, Infos int
	} `json:"summary"`
	Conflicts []conflict `json:"conflicts"`
}

type conflict struct {
	Severity    string     `json:"severity"`
	Key         string     `json:"key"`
	Kind        string     `json:"kind"`
	Message     string     `json:"message"`
	Explanation string     `json:"explanation"`
	Evidence    []evidence `json:"evidence"`
}

type evidence struct {
	File      string `json:"file"`
	Line      int    `json:"line"`
	Column    int    `json:"column"`
	EndLine   int    `json:"end_line"`
	EndColumn int    `json:"end_column"`
	Text      string `json:"text"`
	Value     string `json:"value"`
	Source    string `json:"source"`
	Side      string `json:"side"`
	Sentence  string `json:"sentence"`
	// Extra holds the fields the harness does not read ("event",
	// "participants", "role"...), rendered "name=value" and sorted, for
	// the dumps.
	Extra []string `json:"-"`
}

// known are the evidence fields read above.
var known = map[string]bool{"file": true, "line": true, "column": true, "end_line": true, "end_column": true,
	"text": true, "value": true, "source": true, "side": true, "sentence": true}

// UnmarshalJSON reads the fields of evidence and keeps the others in Extra.
func (e *evidence) UnmarshalJSON(b []byte) error {
	type plain evidence
	if err := json.Unmarshal(b, (*plain)(e)); err != nil {
		return err
	}
	var all map[string]json.RawMessage
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	e.Extra = nil
	for k, v := range all {
		if !known[k] {
			var c bytes.Buffer
			if json.Compact(&c, v) != nil {
				c.Reset()
				c.Write(v)
			}
			e.Extra = append(e.Extra, k+"="+c.String())
		}
	}
	slices.Sort(e.Extra)
	return nil
}

func (e evidence) span() span {
	return span{File: e.File, Line: e.Line, Col: e.Column, EndLine: e.EndLine, EndCol: e.EndColumn}
}

// level is a severity as a number: 3 error, 2 warning, 1 info.
func level(severity string) int {
	switch severity {
	case "error":
		return 3
	case "warning":
		return 2
	case "info":
		return 1
	}
	return 0
}

// check runs `factlint check --format json` on paths (relative to dir).
func (f *factlint) check(ctx context.Context, dir string, extra []string, paths ...string) (*report, error) {
	args := append([]string{"check", "--format", "json", "--fail-on", "none"}, extra...)
	out, err := f.run(ctx, dir, append(args, paths...)...)
	if err != nil {
		return nil, err
	}
	var r report
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("factlint check %s: reading its JSON: %w", strings.Join(paths, " "), err)
	}
	if r.Version != 1 {
		return nil, fmt.Errorf("factlint check: JSON version %d, want 1", r.Version)
	}
	return &r, nil
}

// claim is one claim of `factlint extract --format json` (version 1).
type claim struct {
	Kind   string `json:"kind"`
	Key    string `json:"key"`
	Value  string `json:"value"`
	File   string `json:"file"`
	Line   int    `json:"line"`
	Column int    `json:"column"`
	Text   string `json:"text"`
	Source string `json:"source"`
}

// span of the claim's words: the JSON gives the start and the text.
func (c claim) span() span {
	s := span{File: c.File, Line: c.Line, Col: c.Column, EndLine: c.Line, EndCol: c.Column}
	lines := strings.Split(c.Text, "\n")
	s.EndLine += len(lines) - 1
	if len(lines) > 1 {
		s.EndCol = 1
	}
	s.EndCol += utf8.RuneCountInString(lines[len(lines)-1])
	return s
}

// extract runs `factlint extract --format json` on paths (relative to dir).
func (f *factlint) extract(ctx context.Context, dir string, paths ...string) ([]claim, error) {
	out, err := f.run(ctx, dir, append([]string{"extract", "--format", "json"}, paths...)...)
	if err != nil {
		return nil, err
	}
	var r struct {
		Version int     `json:"version"`
		Claims  []claim `json:"claims"`
	}
	if err := json.Unmarshal(out, &r); err != nil {
		return nil, fmt.Errorf("factlint extract %s: reading its JSON: %w", strings.Join(paths, " "), err)
	}
	if r.Version != 1 {
		return nil, fmt.Errorf("factlint extract: JSON version %d, want 1", r.Version)
	}
	return r.Claims, nil
}

// A span is a stretch of one file in 1-based lines and code-point columns,
// the end exclusive: the unit of gold.jsonl and of factlint's JSON.
type span struct {
	File            string
	Line, Col       int
	EndLine, EndCol int
}

func (s span) overlaps(t span) bool {
	if s.File != t.File {
		return false
	}
	before := func(l1, c1, l2, c2 int) bool { return l1 < l2 || l1 == l2 && c1 < c2 }
	return before(s.Line, s.Col, t.EndLine, t.EndCol) && before(t.Line, t.Col, s.EndLine, s.EndCol)
}

func (s span) String() string { return fmt.Sprintf("%s:%d:%d", s.File, s.Line, s.Col) }
