package main

import (
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/facts"
	"github.com/factlint/factlint/rules"
)

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
}

type checkFlags struct {
	inputOptions
	format        string
	failOn        string
	against       []string
	rules         []string
	config        string
	facts         []string
	baseline      string
	writeBaseline string
	preCommit     bool
	eachFolder    bool
}

func checkCmd(e *env) *cobra.Command {
	var f checkFlags
	c := &cobra.Command{
		Use:   "check [paths...]",
		Short: "Report where the documents contradict one another",
		Long: `Check extracts the claims of every document, unifies them with CUE and
reports each key on which the sources cannot all be right, quoting each side.

Paths are files, folders (searched for .txt, .text, .md and .markdown files), globs,
or - for standard input; with none, the sources of .factlint.cue. A
sources.cue beside the files (or --manifest) gives each file its publication
date, against which "last September" or "nearly 14 months ago" resolve;
--date gives one date to all.

With --against, the paths given are drafts: only conflicts between a draft and
the documents of --against (or a fact sheet) are reported. --pre-commit does
the same with the configuration's sources as --against: the changed files a
hook passes are checked against the whole set, and only they are reported.

An archive holds many events: --each-folder checks each folder's documents
as a story of their own (a file's folder is the one that holds it), in one
process, and prints one report.

.factlint.cue is found from the working directory up (or --config); flags win
over it. Inline <!-- factlint:ignore KEY reason --> comments silence the next
paragraph's conflicts on KEY; --write-baseline records today's conflicts so
that --baseline reports only new ones.

Examples:
  factlint check testdata/stoltenberg
  factlint check --format json articles/*.txt
  factlint check draft.md --against wires/
  factlint check draft.md --facts newsroom/facts.cue
  cat draft.md | factlint check - --against wires/ --date 2023-04-20
  factlint check --write-baseline .factlint-baseline.json archive/
  factlint check --each-folder archive/`,
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(cmd, e, f, args) },
	}
	fl := c.Flags()
	fl.StringVar(&f.format, "format", "", "output format: "+strings.Join(report.FormatNames(), ", ")+" (default text)")
	fl.StringVar(&f.failOn, "fail-on", "", "exit 1 on conflicts at or above: error, warning, info, or none (never) (default error)")
	fl.StringSliceVar(&f.against, "against", nil, "check the paths as drafts against these sources")
	fl.StringVar(&f.manifest, "manifest", "", "sources manifest (CUE) giving each file's date and outlet")
	fl.StringVar(&f.date, "date", "", "reference date for every document (YYYY-MM-DD)")
	fl.StringSliceVar(&f.rules, "rules", nil, "extra CUE rule files")
	fl.StringVar(&f.config, "config", "", "configuration file (default: .factlint.cue from here up)")
	fl.StringSliceVar(&f.facts, "facts", nil, "fact sheets: CUE files of established facts")
	fl.StringVar(&f.baseline, "baseline", "", "do not report the conflicts recorded in this baseline")
	fl.StringVar(&f.writeBaseline, "write-baseline", "", "record the conflicts found in this baseline file")
	fl.BoolVar(&f.preCommit, "pre-commit", false, "the paths are changed files: check them against the configured sources")
	fl.BoolVar(&f.eachFolder, "each-folder", false, "check each folder's documents as a story of its own (an archive of many events)")
	return c
}

func runCheck(cmd *cobra.Command, e *env, f checkFlags, args []string) error {
	p, err := findConfig(f.config)
	if err != nil {
		return err
	}
	f.format = pick(f.format, p.cfg.Format, "text")
	f.failOn = pick(f.failOn, p.cfg.FailOn, "error")
	f.date = pick(f.date, p.cfg.Date, "")
	f.baseline = pick(f.baseline, p.cfg.Baseline, "")
	var failOn checker.Severity
	if f.failOn != "none" && f.failOn != "never" { // "never": the word a user tries
		s, err := checker.ParseSeverity(f.failOn)
		if err != nil {
			return fmt.Errorf("--fail-on: unknown level %q (want error, warning, info or none)", f.failOn)
		}
		failOn = s
	}
	if _, ok := report.Formats[f.format]; !ok {
		return fmt.Errorf("--format: unknown format %q (want %s)", f.format, strings.Join(report.FormatNames(), ", "))
	}
	args, f.against = checkPaths(f, p, args)
	if f.preCommit && len(args) == 0 {
		return nil // nothing staged that factlint reads
	}
	if len(args) == 0 {
		return errNoPaths(p)
	}
	if f.eachFolder && len(f.against) > 0 {
		return fmt.Errorf("--each-folder: cannot be combined with --against or --pre-commit")
	}
	set, l, err := start(e, f, p, args)
	if err != nil {
		return err
	}
	opt, baseline, err := checkOptions(f, p, set)
	if err != nil {
		return err
	}
	if len(f.against) > 0 {
		opt.Draft = map[string]bool{}
		for _, in := range l.inputs {
			opt.Draft[in.name] = true
		}
		for _, a := range f.against {
			l.add(a)
		}
	}
	l.loadAll()
	bad := l.report()
	r, err := checkDocs(cmd, e, f, l.docs, opt)
	if err != nil {
		return err
	}
	if baseline != nil {
		baseline.Filter(r)
	}
	if f.writeBaseline != "" && !bad {
		if err := writeFile(f.writeBaseline, checker.NewBaseline(r).Write); err != nil {
			return err
		}
	}
	if err := writeReport(e, f, set, r); err != nil {
		return err
	}
	switch {
	case bad:
		e.status = exitUsage
	case f.writeBaseline != "":
		// adopting: what was recorded does not fail the run
	default:
		for _, c := range r.Conflicts {
			if failOn != 0 && c.Severity >= failOn {
				e.status = exitConflicts
			}
		}
	}
	return nil
}

// checkPaths returns the paths to check and the sources to check them
// against: the arguments, or the configuration's sources and drafts;
// with --pre-commit, the changed files of the configured set only.
func checkPaths(f checkFlags, p *project, args []string) (paths, against []string) {
	against = f.against
	switch {
	case f.preCommit:
		// Changed files outside the configured set (a README) are not
		// the set's business.
		if set := append(append([]string{}, p.cfg.Sources...), p.cfg.Draft...); len(set) > 0 {
			args = inSet(args, set)
		}
		if len(against) == 0 {
			against = p.cfg.Sources
		}
	case len(args) == 0 && len(p.cfg.Draft) > 0:
		args = p.cfg.Draft
		if len(against) == 0 {
			against = p.cfg.Sources
		}
	case len(args) == 0:
		args = p.cfg.Sources
	}
	return args, against
}

// checkOptions reads the fact sheets and the baseline a check uses.
func checkOptions(f checkFlags, p *project, set *rules.Set) (checker.Options, *checker.Baseline, error) {
	opt := checker.Options{Rules: set, Aliases: p.cfg.Aliases, Ignore: p.cfg.Ignore}
	for _, path := range append(append([]string{}, p.cfg.Facts...), f.facts...) {
		b, err := readFile(path)
		if err != nil {
			return opt, nil, err
		}
		fs, err := checker.LoadFacts(set, path, b)
		if err != nil {
			return opt, nil, err
		}
		opt.Facts = append(opt.Facts, fs)
	}
	if f.baseline == "" || f.writeBaseline != "" {
		return opt, nil, nil
	}
	b, err := readFile(f.baseline)
	if err != nil {
		return opt, nil, err
	}
	baseline, err := checker.ReadBaseline(f.baseline, b)
	return opt, baseline, err
}

// checkDocs checks the documents, as one story or folder by folder, with
// a progress bar on long runs.
func checkDocs(cmd *cobra.Command, e *env, f checkFlags, docs []*facts.Document, opt checker.Options) (*checker.Report, error) {
	bar := e.progress(len(docs))
	defer bar.finish()
	opt.Progress = bar.add
	if f.eachFolder {
		return checker.CheckEach(cmd.Context(), byFolder(docs), opt)
	}
	return checker.Check(cmd.Context(), docs, opt)
}

// writeReport prints the report, and on a terminal says when it is empty.
func writeReport(e *env, f checkFlags, set *rules.Set, r *checker.Report) error {
	err := report.Write(e.stdout, f.format, r, report.Options{
		Color: e.isTerminal(e.stdout), MaxPerGroup: 3, Rules: set,
		Tool: report.Tool{Name: "factlint", Version: versionString(), URI: "https://github.com/factlint/factlint"},
	})
	if err != nil {
		return err
	}
	if len(r.Conflicts) == 0 && f.format == "text" && e.isTerminal(e.stderr) {
		// Silence on a terminal reads as a hang or a crash: say so. Not
		// in pipes, where silence is the convention.
		fmt.Fprintf(e.stderr, "0 conflicts in %s (%s, %s)\n", count(r.Documents, "document"), count(r.Sources, "source"), count(r.Claims, "claim"))
	}
	return nil
}

// count says "1 document", "5 documents".
func count(n int, noun string) string {
	if n == 1 {
		return "1 " + noun
	}
	return strconv.Itoa(n) + " " + noun + "s"
}

// byFolder splits documents by the folder that holds them, in the order
// the folders first appear.
func byFolder(docs []*facts.Document) [][]*facts.Document {
	var sets [][]*facts.Document
	index := map[string]int{}
	for _, d := range docs {
		dir := path.Dir(d.Name)
		i, ok := index[dir]
		if !ok {
			i = len(sets)
			index[dir] = i
			sets = append(sets, nil)
		}
		sets[i] = append(sets[i], d)
	}
	return sets
}

// inSet keeps the paths that one of the set's paths names: the same file,
// a file under that folder, or a match of that glob.
func inSet(paths, set []string) []string {
	var out []string
	for _, p := range paths {
		c := filepath.Clean(p)
		for _, s := range set {
			s = filepath.Clean(s)
			ok, _ := filepath.Match(s, c)
			if ok || c == s || strings.HasPrefix(c, s+string(filepath.Separator)) || s == "." {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// writeFile writes a file whole or not at all: to a temporary file beside
// it, renamed into place.
func writeFile(path string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(path), ".factlint-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	return os.Rename(tmp.Name(), path)
}

// start loads the rules and then the documents the arguments name.
func start(e *env, f checkFlags, p *project, args []string) (*rules.Set, *loader, error) {
	files, err := p.ruleFiles(f.rules)
	if err != nil {
		return nil, nil, err
	}
	set, err := rules.Load(files...)
	if err != nil {
		return nil, nil, err
	}
	l, err := newLoader(e, f.inputOptions)
	if err != nil {
		return nil, nil, err
	}
	for _, a := range args {
		l.add(a)
	}
	return set, l, nil
}

func loadRules(paths []string) (*rules.Set, error) {
	var files []rules.File
	for _, p := range paths {
		b, err := readFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, rules.File{Name: p, Data: b})
	}
	return rules.Load(files...)
}
