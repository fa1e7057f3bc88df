package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/facts"
)

// inputOptions say how to read the documents.
type inputOptions struct {
	manifest string // --manifest
	date     string // --date
}

// textExts are the extensions a folder is searched for.
var textExts = map[string]bool{".txt": true, ".text": true, ".md": true, ".markdown": true}

// loader reads documents, collecting input errors so that one bad file
// does not stop the others.
type loader struct {
	e         *env
	opt       inputOptions
	date      facts.Date
	manifests map[string]map[string]checker.ManifestEntry // by folder
	explicit  map[string]checker.ManifestEntry
	seen      map[string]bool
	docs      []*facts.Document
	errs      []error
}

func newLoader(e *env, opt inputOptions) (*loader, error) {
	l := &loader{e: e, opt: opt, manifests: map[string]map[string]checker.ManifestEntry{}, seen: map[string]bool{}}
	if opt.date != "" {
		d, err := facts.ParseDate(opt.date)
		if err != nil {
			return nil, fmt.Errorf("--date: %w", err)
		}
		l.date = d
	}
	if opt.manifest != "" {
		m, err := readManifest(opt.manifest)
		if err != nil {
			return nil, err
		}
		l.explicit = m
		l.manifests[filepath.Dir(opt.manifest)] = m
	}
	return l, nil
}

func readManifest(path string) (map[string]checker.ManifestEntry, error) {
	b, err := readFile(path)
	if err != nil {
		return nil, err
	}
	return checker.LoadManifest(path, b)
}

// add reads the documents a path names: a file, a folder (its .txt, .md
// and .markdown files, recursively; "dir/..." too), a glob, or "-" for
// standard input.
func (l *loader) add(arg string) {
	if arg == "-" {
		b, err := readLimited(l.e.stdin, "-")
		if err != nil {
			l.errs = append(l.errs, err)
			return
		}
		l.load("-", "", b)
		return
	}
	// "dir/..." as in Go: the folder, recursively (folders always are).
	if d, ok := strings.CutSuffix(arg, "/..."); ok {
		arg = d
		if arg == "" || arg == "." {
			arg = "."
		}
	}
	info, err := os.Stat(arg)
	switch {
	case err == nil && info.IsDir():
		var files []string
		err := filepath.WalkDir(arg, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				return err
			}
			if d.IsDir() && p != arg && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			if !d.IsDir() && textExts[strings.ToLower(filepath.Ext(p))] {
				files = append(files, p)
			}
			return nil
		})
		if err != nil {
			l.errs = append(l.errs, err)
		}
		if len(files) == 0 && err == nil {
			l.errs = append(l.errs, fmt.Errorf("%s: no .txt or .md files in folder", arg))
		}
		sort.Strings(files)
		for _, f := range files {
			l.file(f)
		}
	case err == nil:
		l.file(arg)
	case errors.Is(err, fs.ErrNotExist) && strings.ContainsAny(arg, "*?["):
		matches, gerr := filepath.Glob(arg)
		if gerr != nil {
			l.errs = append(l.errs, fmt.Errorf("%s: %w", arg, gerr))
			return
		}
		if len(matches) == 0 {
			l.errs = append(l.errs, fmt.Errorf("%s: no files match", arg))
		}
		for _, m := range matches {
			l.add(m)
		}
	case errors.Is(err, fs.ErrNotExist):
		l.errs = append(l.errs, fmt.Errorf("%s: no such file or folder", arg))
	default:
		l.errs = append(l.errs, err)
	}
}

func (l *loader) file(path string) {
	name := filepath.ToSlash(filepath.Clean(path))
	if l.seen[name] {
		return
	}
	l.seen[name] = true
	b, err := readFile(path)
	if err != nil {
		l.errs = append(l.errs, err)
		return
	}
	l.load(name, path, b)
}

// meta finds what a manifest says of a file: --manifest (names relative
// to the manifest's folder), else the sources.cue beside the file.
func (l *loader) meta(path string) facts.Meta {
	m := facts.Meta{Date: l.date, Override: !l.date.IsZero()}
	if path == "" {
		return m
	}
	man, rel := l.explicit, ""
	if man != nil {
		r, err := filepath.Rel(filepath.Dir(l.opt.manifest), path)
		if err != nil {
			return m
		}
		rel = filepath.ToSlash(r)
	} else {
		dir := filepath.Dir(path)
		var ok bool
		if man, ok = l.manifests[dir]; !ok {
			mpath := filepath.Join(dir, "sources.cue")
			b, err := readFile(mpath)
			switch {
			case err == nil:
				if man, err = checker.LoadManifest(filepath.ToSlash(mpath), b); err != nil {
					l.errs = append(l.errs, err)
				}
			case !errors.Is(err, fs.ErrNotExist):
				l.errs = append(l.errs, err)
			}
			l.manifests[dir] = man
		}
		rel = filepath.Base(path)
	}
	if ent, ok := man[rel]; ok {
		if m.Date.IsZero() {
			m.Date = ent.Date
		}
		m.Outlet = ent.Outlet
	}
	return m
}

func (l *loader) load(name, path string, b []byte) {
	d, err := facts.Load(name, b, l.meta(path))
	if err != nil {
		l.errs = append(l.errs, err)
		return
	}
	l.docs = append(l.docs, d)
}

// report prints the input errors and tells whether there were any.
func (l *loader) report() bool {
	for _, err := range l.errs {
		// One line per input error, whatever its file's name holds.
		fmt.Fprintf(l.e.stderr, "factlint: %s\n", report.Visible(err.Error()))
	}
	return len(l.errs) > 0
}
