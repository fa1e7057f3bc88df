package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"sort"
	"strings"
	"sync"

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
	inputs    []input // listed, in order, not yet read
	docs      []*facts.Document
	errs      []error
}

// An input is a document listed, to be read later (by loadAll, or one at
// a time by read on extraction's workers).
type input struct {
	name, path string
	meta       facts.Meta
	data       []byte // standard input, read when listed
	err        error  // found when listed: reported in its place
}

// fail records an input error in the order of the inputs.
func (l *loader) fail(err error) {
	l.inputs = append(l.inputs, input{err: err})
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

// add lists the documents a path names: a file, a folder (its .txt,
// .text, .md and .markdown files, recursively; "dir/..." too), a glob, or
// "-" for standard input (read now).
func (l *loader) add(arg string) {
	if arg == "-" {
		b, err := readLimited(l.e.stdin, "-")
		if err != nil {
			l.fail(err)
			return
		}
		l.inputs = append(l.inputs, input{name: "-", meta: l.meta(""), data: b})
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
			l.fail(err)
		}
		if len(files) == 0 && err == nil {
			l.fail(fmt.Errorf("%s: no .txt, .text, .md or .markdown files in folder", arg))
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
			l.fail(fmt.Errorf("%s: %w", arg, gerr))
			return
		}
		if len(matches) == 0 {
			l.fail(fmt.Errorf("%s: no files match", arg))
		}
		for _, m := range matches {
			l.add(m)
		}
	case errors.Is(err, fs.ErrNotExist):
		l.fail(fmt.Errorf("%s: no such file or folder", arg))
	default:
		l.fail(err)
	}
}

func (l *loader) file(path string) {
	name := filepath.ToSlash(filepath.Clean(path))
	if l.seen[name] {
		return
	}
	l.seen[name] = true
	l.inputs = append(l.inputs, input{name: name, path: path, meta: l.meta(path)})
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
					l.fail(err)
				}
			case !errors.Is(err, fs.ErrNotExist):
				l.fail(err)
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

// read reads and loads the i-th input. It is safe to call from several
// goroutines.
func (l *loader) read(i int) (*facts.Document, error) {
	in := l.inputs[i]
	if in.err != nil {
		return nil, in.err
	}
	b := in.data
	if in.path != "" {
		var err error
		if b, err = readFile(in.path); err != nil {
			return nil, err
		}
	}
	if len(b) >= largeInput {
		tighterGC.Do(func() { debug.SetGCPercent(50) })
	}
	return facts.Load(in.name, b, in.meta)
}

// A document's claims are all held until it is written (extract) or
// judged (check): on a document of megabytes, the collector's default
// (a heap twice the live one) makes the peak about 22 times the input.
// From the first such document on, the collector runs at half that
// growth: the peak falls to about 17 times, for about 7% more CPU on a
// 7.5 MiB article (bench/memory.sh), nothing on ordinary articles.
const largeInput = 1 << 20

var tighterGC sync.Once

// loadAll reads every input listed, on all cores, into docs (in order)
// and errs.
func (l *loader) loadAll() {
	docs := make([]*facts.Document, len(l.inputs))
	errs := make([]error, len(l.inputs))
	if workers := min(runtime.GOMAXPROCS(0), len(l.inputs)); workers <= 1 {
		for i := range l.inputs { // one file: no worker to start (start-up)
			docs[i], errs[i] = l.read(i)
		}
	} else {
		next := make(chan int)
		var wg sync.WaitGroup
		for range workers {
			wg.Add(1)
			go func() {
				defer wg.Done()
				for i := range next {
					docs[i], errs[i] = l.read(i)
				}
			}()
		}
		for i := range l.inputs {
			next <- i
		}
		close(next)
		wg.Wait()
	}
	for i := range l.inputs {
		if errs[i] != nil {
			l.errs = append(l.errs, errs[i])
		} else {
			l.docs = append(l.docs, docs[i])
		}
	}
	l.inputs = nil
}

// report prints the input errors and tells whether there were any.
func (l *loader) report() bool {
	for _, err := range l.errs {
		l.printInputError(err)
	}
	return len(l.errs) > 0
}

// printInputError prints one input error on one line, whatever its
// file's name holds.
func (l *loader) printInputError(err error) {
	fmt.Fprintf(l.e.stderr, "factlint: %s\n", report.Visible(err.Error()))
}
