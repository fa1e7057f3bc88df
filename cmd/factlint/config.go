package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/factlint/factlint/rules"
)

// project is a configuration found for this run, with its paths made
// relative to the working directory.
type project struct {
	path string // "" when there is none
	cfg  rules.Config
	data []byte
}

// findConfig reads --config, or the first .factlint.cue from the working
// directory up to the root.
func findConfig(flag string) (*project, error) {
	path := flag
	if path == "" {
		dir, err := os.Getwd()
		if err != nil {
			return &project{}, nil
		}
		for {
			p := filepath.Join(dir, rules.ConfigName)
			if _, err := os.Stat(p); err == nil {
				path = p
				break
			} else if !errors.Is(err, fs.ErrNotExist) {
				return nil, err
			}
			parent := filepath.Dir(dir)
			if parent == dir {
				return &project{}, nil
			}
			dir = parent
		}
	}
	data, err := readFile(path)
	if err != nil {
		return nil, err
	}
	name := rel(path)
	cfg, err := rules.LoadConfig(name, data)
	if err != nil {
		return nil, err
	}
	p := &project{path: name, cfg: *cfg, data: data}
	dir := filepath.Dir(path)
	fix := func(ps []string) []string {
		out := make([]string, len(ps))
		for i, x := range ps {
			out[i] = x
			if x != "-" && !filepath.IsAbs(x) {
				out[i] = rel(filepath.Join(dir, x))
			}
		}
		return out
	}
	p.cfg.Sources, p.cfg.Draft = fix(p.cfg.Sources), fix(p.cfg.Draft)
	p.cfg.Rules, p.cfg.Facts = fix(p.cfg.Rules), fix(p.cfg.Facts)
	if p.cfg.Baseline != "" {
		p.cfg.Baseline = fix([]string{p.cfg.Baseline})[0]
	}
	return p, nil
}

// rel shortens a path to one relative to the working directory when it
// can, for messages.
func rel(path string) string {
	wd, err := os.Getwd()
	if err != nil {
		return path
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if r, err := filepath.Rel(wd, abs); err == nil {
		return r
	}
	return path
}

// ruleFiles are the --rules files, the configuration's, and the
// configuration itself (it may hold lexicon entries and kinds).
func (p *project) ruleFiles(extra []string) ([]rules.File, error) {
	var files []rules.File
	if p.path != "" {
		files = append(files, rules.File{Name: p.path, Data: p.data})
	}
	for _, path := range append(append([]string{}, p.cfg.Rules...), extra...) {
		b, err := readFile(path)
		if err != nil {
			return nil, err
		}
		files = append(files, rules.File{Name: path, Data: b})
	}
	return files, nil
}

func pick(flag, cfg, def string) string {
	switch {
	case flag != "":
		return flag
	case cfg != "":
		return cfg
	}
	return def
}

func errNoPaths(p *project) error {
	if p.path == "" {
		return fmt.Errorf("no paths given, and no %s with sources found", rules.ConfigName)
	}
	return fmt.Errorf("no paths given, and %s lists no sources", p.path)
}
