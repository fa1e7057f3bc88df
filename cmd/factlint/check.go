package main

import (
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/spf13/cobra"
	"golang.org/x/term"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/rules"
)

func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && term.IsTerminal(int(f.Fd())) && os.Getenv("NO_COLOR") == ""
}

type checkFlags struct {
	inputOptions
	format  string
	failOn  string
	against []string
	rules   []string
}

func checkCmd(e *env) *cobra.Command {
	var f checkFlags
	c := &cobra.Command{
		Use:   "check [paths...]",
		Short: "Report where the documents contradict one another",
		Long: `Check extracts the claims of every document, unifies them with CUE and
reports each key on which the sources cannot all be right, quoting each side.

Paths are files, folders (searched for .txt, .md and .markdown files), globs,
or - for standard input. A sources.cue beside the files (or --manifest) gives
each file its publication date, against which "last September" or "nearly 14
months ago" resolve; --date gives one date to all.

With --against, the paths given are drafts: only conflicts between a draft and
the documents of --against are reported.

Examples:
  factlint check testdata/stoltenberg
  factlint check --format json articles/*.txt
  factlint check draft.md --against wires/
  cat draft.md | factlint check - --against wires/ --date 2023-04-20`,
		Args: cobra.MinimumNArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error { return runCheck(cmd, e, f, args) },
	}
	fl := c.Flags()
	fl.StringVar(&f.format, "format", "text", "output format: "+strings.Join(report.FormatNames(), ", "))
	fl.StringVar(&f.failOn, "fail-on", "error", "exit 1 on conflicts at or above: error, warning, info or none")
	fl.StringSliceVar(&f.against, "against", nil, "check the paths as drafts against these sources")
	fl.StringVar(&f.manifest, "manifest", "", "sources manifest (CUE) giving each file's date and outlet")
	fl.StringVar(&f.date, "date", "", "reference date for every document (YYYY-MM-DD)")
	fl.StringSliceVar(&f.rules, "rules", nil, "extra CUE rule files")
	return c
}

func runCheck(cmd *cobra.Command, e *env, f checkFlags, args []string) error {
	var failOn checker.Severity
	if f.failOn != "none" {
		s, err := checker.ParseSeverity(f.failOn)
		if err != nil {
			return fmt.Errorf("--fail-on: %w", err)
		}
		failOn = s
	}
	if _, ok := report.Formats[f.format]; !ok {
		return fmt.Errorf("--format: unknown format %q (want %s)", f.format, strings.Join(report.FormatNames(), ", "))
	}
	set, l, err := start(e, f, args)
	if err != nil {
		return err
	}
	opt := checker.Options{Rules: set}
	if len(f.against) > 0 {
		opt.Draft = map[string]bool{}
		for _, d := range l.docs {
			opt.Draft[d.Name] = true
		}
		for _, a := range f.against {
			l.add(a)
		}
	}
	bad := l.report()
	r, err := checker.Check(cmd.Context(), l.docs, opt)
	if err != nil {
		return err
	}
	err = report.Write(e.stdout, f.format, r, report.Options{
		Color: e.isTerminal(e.stdout), MaxPerGroup: 3, Rules: set,
		Tool: report.Tool{Name: "factlint", Version: versionString(), URI: "https://github.com/factlint/factlint"},
	})
	if err != nil {
		return err
	}
	if bad {
		e.status = exitUsage
		return nil
	}
	for _, c := range r.Conflicts {
		if failOn != 0 && c.Severity >= failOn {
			e.status = exitConflicts
		}
	}
	return nil
}

// start loads the rules and then the documents the arguments name.
func start(e *env, f checkFlags, args []string) (*rules.Set, *loader, error) {
	set, err := loadRules(f.rules)
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
		b, err := os.ReadFile(p)
		if err != nil {
			return nil, err
		}
		files = append(files, rules.File{Name: p, Data: b})
	}
	return rules.Load(files...)
}
