package main

import (
	"fmt"

	"github.com/spf13/cobra"

	"github.com/factlint/factlint/checker"
	"github.com/factlint/factlint/checker/report"
	"github.com/factlint/factlint/facts"
)

func extractCmd(e *env) *cobra.Command {
	var f checkFlags
	c := &cobra.Command{
		Use:   "extract [paths...]",
		Short: "Print every claim found, keyed or not",
		Long: `Extract prints the claims factlint finds in the documents, with their
normalized values, keys, positions and qualifiers: as CUE (the default, a
start for a fact sheet) or as JSON. A claim with no key is shown here but
never takes part in a conflict.

Examples:
  factlint extract testdata/stoltenberg/003_0db232e74ff22dfd.txt
  factlint extract --format json testdata/stoltenberg`,
		RunE: func(cmd *cobra.Command, args []string) error {
			if f.format != "cue" && f.format != "json" {
				return fmt.Errorf("--format: unknown format %q (want cue or json)", f.format)
			}
			p, err := findConfig(f.config)
			if err != nil {
				return err
			}
			f.date = pick(f.date, p.cfg.Date, "")
			if len(args) == 0 {
				args = append(append([]string{}, p.cfg.Draft...), p.cfg.Sources...)
			}
			if len(args) == 0 {
				return errNoPaths(p)
			}
			set, l, err := start(e, f, p, args)
			if err != nil {
				return err
			}
			bad := l.report()
			opt, err := checker.ExtractOptions(set, nil)
			if err != nil {
				return err
			}
			opt.Aliases = checker.FoldAliases(p.cfg.Aliases)
			// Each document's claims are written as soon as it and those
			// before it are extracted, in order: nothing is held to the end.
			out := report.NewClaimsWriter(e.stdout, f.format)
			bar := e.progress(len(l.inputs))
			err = checker.ExtractEach(cmd.Context(), len(l.inputs), l.read, opt,
				func(_ int, _ *facts.Document, claims []facts.Claim, err error) error {
					bar.add()
					if err != nil {
						bar.clear()
						l.printInputError(err)
						bad = true
						return nil
					}
					// names meet within the document; check aligns them
					// across documents too
					facts.Align([][]facts.Claim{claims})
					return out.Write(claims)
				})
			bar.finish()
			if err != nil {
				return err
			}
			if bad {
				e.status = exitUsage
			}
			return out.Close()
		},
	}
	fl := c.Flags()
	fl.StringVar(&f.format, "format", "cue", "output format: cue or json")
	fl.StringVar(&f.manifest, "manifest", "", "sources manifest (CUE) giving each file's date and outlet")
	fl.StringVar(&f.date, "date", "", "reference date for every document (YYYY-MM-DD)")
	fl.StringSliceVar(&f.rules, "rules", nil, "extra CUE rule files")
	fl.StringVar(&f.config, "config", "", "configuration file (default: .factlint.cue from here up)")
	return c
}
